"""A toll listed as a numbered group and then one more person ("three rebels and a policeman were killed",
"killing two guards and a driver") counts that person too. One who only speaks after the toll ("and a
man said") or harm of another kind told after it adds nothing."""

from __future__ import annotations

from datetime import date

from tests.conftest import shared_extractor


def _tolls(text):
    return [(i.casualties.killed, i.casualties.injured) for i in shared_extractor().extract(text, id="t", published=date(2026, 3, 9)).incidents]


def test_one_more_before_the_passive_verb():
    assert _tolls("Three rebels and a policeman were killed in a shootout in Bannu on Sunday.") == [(4, None)]


def test_one_more_after_the_participle():
    assert _tolls("Gunmen ambushed a bus near Kalat on Sunday, killing two guards and a driver.") == [(3, None)]


def test_one_more_wounded():
    assert _tolls("A roadside bomb wounded four soldiers and a medic near Kidal on Sunday.") == [(None, 5)]


def test_a_speaker_after_the_toll_adds_nothing():
    """Near miss: "and a man" opens another clause, his account, not one more killed."""
    assert _tolls("Gunmen killed two guards in Kalat on Sunday and a man said he saw them escape.") == [(2, None)]
