"""A threat of armed acts by a date is no milestone: no step of a withdrawal, truce or handover."""

import datetime

import pytest

PUBLISHED = datetime.date(2025, 2, 10)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels said they would stage new attacks on the base by the end of March.",
        "The militia warned it would carry out more raids on the camp before the end of April.",
        "Gunmen promised to mount further assaults on the checkpoint by the end of June.",
    ],
)
def test_threatened_attacks_are_no_milestone(ex, text):
    assert ex.extract(text, id="t", published=PUBLISHED).milestones == ()


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # near misses: a step told beside the armed acts, or a step alone, stays
        ("The army said it would end its raids in the north by the end of March.", "2025-03-31"),
        ("The rebels said they would withdraw from the base by the end of March.", "2025-03-31"),
    ],
)
def test_steps_beside_attacks_stay(ex, text, due):
    assert [m.due for m in ex.extract(text, id="t", published=PUBLISHED).milestones] == [due]
