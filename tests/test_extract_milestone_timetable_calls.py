"""A timetable's own call is the plan's terms, as a deal's is: "a timetable that calls for all troops to
leave by" is a commitment; a party's call on others stays a wish."""

import datetime

import pytest

PUBLISHED = datetime.date(2025, 3, 13)


@pytest.mark.parametrize(
    "text",
    [
        "Officials kept to a timetable that calls for all peacekeepers to leave the country by the end of 2025.",
        "The schedule calls for the last peacekeepers to leave the border zone by the end of 2025.",
        "The accord, signed in May, calls for foreign troops to withdraw by the end of 2025.",
        "The road map, agreed in May, calls for the foreign brigades to withdraw by the end of 2025.",
    ],
)
def test_a_timetables_call_is_a_commitment(ex, text):
    (m,) = ex.extract(text, id="t", published=PUBLISHED).milestones
    assert m.due.startswith("2025-12") and not m.done


@pytest.mark.parametrize(
    "text",
    [
        # control: a party's call on others is a wish, whatever the date
        "The cleric called for all foreign forces to leave by the end of 2025.",
        "The cleric, speaking in May, called for all foreign forces to leave by the end of 2025.",
    ],
)
def test_a_partys_call_stays_a_wish(ex, text):
    assert ex.extract(text, id="t", published=PUBLISHED).milestones == ()
