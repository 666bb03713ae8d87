"""A deadline pushed back and told without its year lies after the deadline it moves: the first such day
after the old one, whatever the publication day."""

import datetime

import pytest


@pytest.mark.parametrize(
    ("text", "published", "due"),
    [
        # told months later: the new day has passed too, but it still follows the old deadline
        (
            "Under the truce signed on November 27, 2024, the army was to withdraw its troops within 60 days. "
            "The deadline was later extended to February 18.",
            datetime.date(2025, 4, 22),
            "2025-02-18",
        ),
        # pushed back past the old month: the next year's month
        (
            "Foreign troops will leave the country by September 2025, the ministry said. "
            "The deadline was later pushed back to June.",
            datetime.date(2025, 4, 22),
            "2026-06",
        ),
        # control: a year told is kept as told
        (
            "Foreign troops will leave the country by September 2025, the ministry said. "
            "The deadline was later pushed back to June 2027.",
            datetime.date(2025, 4, 22),
            "2027-06",
        ),
    ],
)
def test_moved_deadline_follows_the_old_one(ex, text, published, due):
    moved = [m for m in ex.extract(text, id="t", published=published).milestones if "deadline moved" in m.what]
    assert [m.due for m in moved] == [due]
