"""A step's date told with its deadline extended in apposition ("were to leave X by January 26, a
deadline later extended to February 18"), where the extractor reads the step's own words at both
dates: one timeline line due at the later day, the earlier superseded. Two steps of one sentence,
each with its date and no word of a deadline moved, stay two lines."""

from __future__ import annotations

from datetime import date

from tests.conftest import timeline_lines

_TOLD = date(2031, 7, 5)


def test_a_step_read_at_both_dates_of_an_apposed_extension_is_one_line():
    for text in (
        "Under the truce, the militia was to leave the hill villages by January 26, a deadline later extended to February 18.",
        "Under the November truce, Israeli forces were to leave southern Lebanon by January 26, a deadline later extended to February 18.",
    ):
        (line,) = timeline_lines([(text, _TOLD)], _TOLD)
        assert (line.due, line.superseded) == ("2031-02-18", ("2031-01-26",))


def test_two_steps_each_with_its_date_stay_two_lines():
    """Near miss: the crossing by May 2 and the airport by June 9 are two steps, not one moved."""
    text = "Under the accord, the rebels were to hand over the border crossing by May 2 and the airport by June 9."
    assert sorted(line.due for line in timeline_lines([(text, _TOLD)], _TOLD)) == ["2031-05-02", "2031-06-09"]
