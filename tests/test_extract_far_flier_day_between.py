"""Incident types: a site or weapons ruined by the forces of a state that flies its strikes were struck from
the air even when the day is told between the doer and its verb."""

from __future__ import annotations

from datetime import date


def _types(ex, text: str) -> list[str]:
    return [i.type for i in ex.extract(text, id="t", published=date(2024, 2, 8)).incidents]


def test_day_between_doer_and_verb(ex):
    assert _types(ex, "American forces on Tuesday destroyed two missile launchers in Yemen, the command said.") == ["air_strike"]


def test_part_of_day_between_doer_and_verb(ex):
    assert _types(ex, "American forces early Tuesday morning destroyed a radar site in Yemen, the command said.") == ["air_strike"]


def test_day_told_after_was_already_read(ex):
    """Control: the day after the verb changed nothing."""
    assert _types(ex, "American forces destroyed two missile launchers in Yemen on Tuesday, the command said.") == ["air_strike"]


def test_a_force_that_does_not_fly_its_strikes_keeps_its_reading(ex):
    """Control: a depot ruined by a state not listed as flying its strikes is no air strike: its forces' ground
    deed, typed as their "attacked" is (test_candidates_ruined_site_type)."""
    assert _types(ex, "Ukrainian forces on Tuesday destroyed an ammunition depot near Kherson, the army said.") == ["armed_clash"]
