"""Milestones: a sum of money an agency needs or seeks to reach people by a date ("needs $200 million to
feed a million people by May") is an appeal, no one's commitment, so no milestone; a force's step due by
a date in the same sentence, and a step a force 'needs to' take, keep their dues."""

from __future__ import annotations

from datetime import date

TOLD = date(2029, 4, 12)


#: A war story's opening, so the sentence after it is read as news of a conflict.
WAR = "Rebels seized the army's last garrison in the hills in March. "


def _dues(ex, text: str) -> list[str]:
    return [m.due for m in ex.extract(WAR + text, id="t", published=TOLD).milestones]


def test_dollars_needed_by_a_date(ex):
    text = "The relief agency said it needs $200 million to reach a million displaced people by May 2030."
    assert _dues(ex, text) == []


def test_sum_in_words_sought_by_a_date(ex):
    text = "The aid group is seeking 80 million euros to reach families in the camps by the end of 2029."
    assert _dues(ex, text) == []


def test_step_of_a_force_beside_a_sum_stays(ex):
    """Control: the pullout is still due."""
    text = "The observers will leave the valley by May 2030, the mission said, though it needs $20 million for the move."
    assert _dues(ex, text) == ["2030-05"]


def test_step_a_force_needs_to_take_stays(ex):
    """Control: 'needs to' and a step, no sum."""
    assert _dues(ex, "The brigade needs to withdraw from the valley by May 2030.") == ["2030-05"]
