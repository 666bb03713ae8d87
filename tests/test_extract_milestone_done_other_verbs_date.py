"""A step told done dates itself by its own day, not by a month that another verb after it governs: in
'the pullout was finished ahead of the deadline the two sides agreed in May', May is the agreement's; a
day that follows the step's own verb ('was completed on Friday') still dates the step."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2024, 8, 9)


def _done(ex: Extractor, text: str) -> list[str]:
    return sorted(m.due for m in ex.extract(text, id="x", published=PUB).milestones if m.done)


def test_a_month_of_another_verb_after_the_step_is_not_its_day(ex):
    """The month an agreement was reached, told after the step in a clause of its own, dates no step."""
    text = (
        "Italian troops have left the Tamanrasset camp, officials said. "
        "The pullout from the camp was completed ahead of the deadline the two governments agreed in May."
    )
    assert "2024-05" not in _done(ex, text)


def test_the_step_own_day_still_dates_it(ex):
    """A day right after the step's own verb is the step's."""
    text = "The pullout of Italian troops from the Tamanrasset camp was completed on Monday, officials said."
    assert _done(ex, text) == ["2024-08-05"]


def test_a_deadline_set_in_a_month_gone_by_is_no_plan_a_year_on(ex):
    """'the deadline the two governments set in May', told in August: May is when it was set, gone by."""
    text = (
        "Italian troops have left the Tamanrasset camp, officials said. "
        "The pullout from the camp was completed ahead of the deadline the two governments set in May."
    )
    assert [m.due for m in ex.extract(text, id="x", published=PUB).milestones if not m.done] == []


def test_a_deadline_that_is_set_for_a_month_stays_ahead(ex):
    """A deadline told set for a month, with the verb 'be' before it, still lies ahead."""
    text = "The deadline for the Italian troops to leave the Tamanrasset camp is set for May, officials said."
    assert [m.due for m in ex.extract(text, id="x", published=PUB).milestones] == ["2025-05"]
