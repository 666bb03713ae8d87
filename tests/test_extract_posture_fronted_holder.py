"""Posture: a bare figure the sentence's holder has sent by now, told after a clause put before the
subject ("With 2,000 soldiers there last year, Paris has now sent 4,000") or after "and", counts the
troops that clause told, in the same place; the second figure had been lost."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 2, 3))
    return [(p.force, p.country, p.count) for p in facts.troop_posture]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("With barely 800 troops in Chad last spring, France has now sent about 2,400.", ("France", "Chad", 2400)),
        ("With some 1,100 soldiers in Kosovo a year ago, the Pentagon has now deployed nearly 3,000.",
         ("United States", "Kosovo", 3000)),
        ("Britain had 600 soldiers in Estonia in 2021 and has now sent about 1,700.", ("United Kingdom", "Estonia", 1700)),
    ],
)
def test_a_holders_bare_figure_sent_by_now_is_a_level(ex, text, level):
    assert level in _levels(ex, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # near misses: a figure with a noun of its own that is no troops, and a figure of no verb of sending
        ("With barely 800 troops in Chad last spring, France has now sent 2,400 tonnes of food.", 2400),
        ("With barely 800 troops in Chad last spring, France has now spent 2,400 on fuel.", 2400),
    ],
)
def test_other_figures_after_such_a_clause_stay_out(ex, text, count):
    assert all(c != count for _, _, c in _levels(ex, text))
