"""A state or armed group that "attacked" another as the verb's whole object, on a day the clause tells, made an
attack of unstated means (GUIDE: every specific event, "other"): "Iran attacked Israel on Saturday"; a quarrel
("over its policy", "in a speech") or an attack with no day of its own is none."""

from __future__ import annotations

from datetime import date

import pytest


def _events(ex, text):
    lead = "Fighting between the army and rebel forces has raged in the region for months.\n\n"
    f = ex.extract(lead + text, id="t", published=date(2025, 6, 15))
    return [(i.type, i.location, i.actors, i.date) for i in f.incidents]


@pytest.mark.parametrize(
    "text, place, actor",
    [
        ("Iran attacked Israel on Saturday, state media said.", "Israel", "Iran"),
        ("Hezbollah attacked Israel on Saturday, the group said in a statement.", "Israel", "Hezbollah"),
        ("Yemen's Houthis said on Saturday they had attacked Israel, without naming the weapons used.", "Israel", "Houthis"),
    ],
)
def test_a_party_that_attacked_another_on_a_day_made_an_attack(ex, text, place, actor):
    assert _events(ex, text) == [("other", place, (actor,), "2025-06-14")]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a quarrel, a speech, no day of its own
        "Russia attacked Ukraine on Saturday over its stance on the talks, state media said.",
        "Iran attacked Israel on Saturday for its policy on Gaza, state media said.",
        "Iran attacked Israel in a speech on Saturday, state media said.",
        "Iran has attacked Israel before, state media said.",
    ],
)
def test_a_quarrel_or_an_attack_with_no_day_is_none(ex, text):
    assert _events(ex, text) == []
