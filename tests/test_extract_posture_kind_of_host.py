"""Posture: "the kingdom/emirate hosts N foreign troops" is hosted by the country told before, skipping the
troops' own state named in between ("a close U.S. ally"), also when the kind opens a second clause
(", and the kingdom hosts ...")."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 10, 5))
    return [(p.force, p.country, p.count) for p in facts.troop_posture]


@pytest.mark.parametrize(
    "text",
    [
        "CAIRO - Protests went on. Bahrain is a firm U.S. partner. The kingdom hosts about 9,000 American troops.",
        "CAIRO - Protests went on. Bahrain rarely comments on defence, and the kingdom hosts about 9,000 American troops.",
    ],
)
def test_the_kind_of_country_is_the_one_told_before(ex, text):
    assert ("United States", "Bahrain", 9000) in _levels(ex, text)


def test_a_host_named_as_subject_is_read_as_before(ex):
    # near miss: the host named by its own name
    text = "CAIRO - Protests went on. Bahrain hosts about 9,000 American troops."
    assert ("United States", "Bahrain", 9000) in _levels(ex, text)
