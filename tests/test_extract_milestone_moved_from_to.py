"""A date moved "from" one day "to" another is no stretch of days but the day moved to: with no year
told, the first such day on or after the day moved from (the last before it when brought forward), which
takes the year nearest the report."""

import datetime

import pytest

MARCH_14 = datetime.date(2025, 3, 14)


@pytest.mark.parametrize(
    ("text", "published", "due"),
    [
        # the old day gone by, the new one just ahead: this March, not the next
        ("Chad has pushed back the deadline for French troops to leave from January 31 to March 15.", MARCH_14, "2025-03-15"),
        # the verb after its subject, the date after the verb
        (
            "The deadline for French troops to leave Chad was pushed back from January 31 to March 15, officials said.",
            MARCH_14,
            "2025-03-15",
        ),
        # a step, not a deadline, postponed
        ("Niger has postponed the withdrawal of US forces from March 20 to May 31.", MARCH_14, "2025-05-31"),
        # across the new year: the new day follows the old one
        (
            "The deadline for the withdrawal of Russian troops was extended from December 31 to February 28, the ministry said.",
            datetime.date(2024, 12, 20),
            "2025-02-28",
        ),
        # told after both days: the passed deadline keeps its year
        (
            "The deadline for the withdrawal of Russian troops was extended from December 31 to February 28, the ministry said.",
            datetime.date(2025, 4, 10),
            "2025-02-28",
        ),
        # brought forward: the day moved to comes before the old one, in its year
        (
            "Mali's transitional authorities brought forward the handover of the Kidal camp from April 30 to April 2, a statement said.",
            MARCH_14,
            "2025-04-02",
        ),
        # years told are kept
        (
            "The deadline for the withdrawal of Russian troops was extended from January 31, 2025 to March 15, 2026, the ministry said.",
            MARCH_14,
            "2026-03-15",
        ),
    ],
)
def test_moved_from_to_is_the_day_moved_to(ex, text, published, due):
    found = ex.extract(text, id="t", published=published).milestones
    assert [m.due for m in found] == [due]
    assert not found[0].done


def test_a_truce_moved_is_not_a_truce_told_from_to(ex):
    found = ex.extract("The truce was extended from March 10 to March 25, mediators said.", id="t", published=MARCH_14).milestones
    assert [(m.due, m.done) for m in found] == [("2025-03-25", False)]


@pytest.mark.parametrize(
    ("text", "dues"),
    [
        # control: a stretch of days with no verb of a move stays a stretch, due at its end
        ("UN peacekeepers will patrol the buffer zone from March 20 to March 30, the mission said.", ["2025-03-30"]),
        # control: a move of no force's step gives nothing
        ("The deadline was moved from January 31 to March 15 for tax returns.", []),
    ],
)
def test_controls(ex, text, dues):
    assert [m.due for m in ex.extract(text, id="t", published=MARCH_14).milestones] == dues
