"""A base known by its number ("Air Base 101 in Niamey") is told by its town as any base is ("the
base in Niamey"): a line of its leaving is labelled by that town, not by the whole country, as if the
pullout from Niger were complete. A plan for the whole country keeps the country."""

from __future__ import annotations

from datetime import date

from tests.conftest import timeline_lines

_DAY = date(2031, 7, 8)


def test_a_numbered_base_left_is_labelled_by_its_town():
    text = "US forces completed their withdrawal from Air Base 101 in Niamey on Sunday, handing it to the army, officials said."
    (line,) = timeline_lines([(text, _DAY)], _DAY)
    assert "Niamey" in line.headline and "Niger" not in line.headline


def test_a_country_wide_plan_keeps_the_country():
    """Near miss: the whole pullout, by its day, is Niger's."""
    text = "The United States will complete the withdrawal of its troops from Niger by September 15, officials said."
    (line,) = timeline_lines([(text, _DAY)], _DAY)
    assert "Niger" in line.headline
