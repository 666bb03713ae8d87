"""A named site left, told with the town or airport it lies by ("left the Victory base near Baghdad
airport"), is the site's leaving: the timeline line is labelled by the base, not by the whole of
federal Iraq as if two places were left. An unnamed base told by its town ("the base near Kirkuk")
is still known by that town."""

from __future__ import annotations

from datetime import date

from reporter.brief.commitment_identity import places_left
from tests.conftest import timeline_lines

_DAY = date(2031, 6, 20)


def test_a_named_base_left_near_an_airport_labels_its_line():
    for text in (
        "An Iraqi military source said the last coalition troops had left the Victory base near Baghdad airport on Friday.",
        "The last coalition troops left the Victory base outside Baghdad on Friday, an Iraqi officer said.",
    ):
        (line,) = timeline_lines([(text, _DAY)], _DAY)
        assert "Victory base" in line.headline and "federal" not in line.headline


def test_an_unnamed_base_is_known_by_its_town():
    """Near miss: 'the base near Kirkuk' names no site of its own: Kirkuk is where the step is taken."""
    assert places_left("coalition troops left the base near Kirkuk") == frozenset({"Kirkuk"})
    assert places_left("coalition troops left the Victory base near Baghdad airport") == frozenset({"Victory base"})
