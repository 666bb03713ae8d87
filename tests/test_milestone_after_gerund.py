"""A step told by the gerund of a clause of time ("After handing over the base on Sunday, ...") is done on
the day gone by that the clause gives it; without a day, or with one ahead, it is no step done."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUBLISHED = date(2030, 5, 10)  # a Friday: "on Sunday" is 5 May


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _done(extractor: Extractor, text: str) -> set[str]:
    return {m.due for m in extractor.extract(text, id="t", published=PUBLISHED).milestones if m.done}


@pytest.mark.parametrize(
    "text",
    [
        "After handing over the river base to the national army on Sunday, the Belgian contingent withdrew "
        "from its camp near Kindu on Wednesday, the ministry said.",
        "After handing over the river base to the national army on Sunday, the Belgian contingent said it "
        "would keep a liaison team in the capital.",
        "After withdrawing from the hill post on Sunday, Kenyan troops said they would stay in the port city.",
    ],
)
def test_a_handover_in_an_after_clause_with_its_day_gone_by_is_done_then(extractor, text):
    assert "2030-05-05" in _done(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a day ahead: the step is still to come
        "After handing over the river base to the national army next week, the Belgian contingent will leave.",
        # no day: the clause only times the news after it
        "After handing over the river base to the national army, the Belgian contingent will leave.",
        # a clause of time with no step in it
        "After talks with the national army on Sunday, the Belgian contingent said it would stay.",
    ],
)
def test_an_after_clause_without_a_day_gone_by_tells_no_step_done(extractor, text):
    assert _done(extractor, text) == set()
