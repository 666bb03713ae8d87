"""A yearless month right after a past verb near the start of a sentence ('Moscow agreed in May, and ...')
is the month that verb's act took place, not a date fronted before a clause told ahead: it keeps the year
behind the report, so no plan is read as due a year later; a month that opens the sentence alone
('In May, the guards will leave ...') still lies ahead."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2024, 6, 12)


def _dues(ex: Extractor, text: str) -> list[str]:
    return sorted(m.due for m in ex.extract(text, id="x", published=PUB).milestones)


def test_a_month_after_a_past_verb_is_not_a_plan_a_year_on(ex):
    """The month of an agreement told gone by is no due date of the plan told after it."""
    text = (
        "Baghdad asked Tehran to pull its military advisers out of the port by August 1. "
        "Tehran agreed in May, and the advisers are expected to leave by that date."
    )
    assert "2025-05" not in _dues(ex, text)


def test_a_participle_opening_the_sentence_dates_its_own_act(ex):
    """'Signed in May, the pact will ...': May is the signing's, gone by."""
    text = "Signed in May, the pact will see the advisers leave the port."
    assert "2025-05" not in _dues(ex, text)


def test_a_month_that_opens_the_sentence_still_lies_ahead(ex):
    """A month fronted by a preposition alone before a clause told ahead is the coming one."""
    text = "In May, the advisers will leave the port under the pact, officials said."
    assert _dues(ex, text) == ["2025-05"]
