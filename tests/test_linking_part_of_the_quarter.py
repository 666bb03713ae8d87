"""An event placed at a quarter of a town the gazetteer knows ("Dahiyeh"), retold at a neighbourhood, village
or camp in it that no gazetteer knows, is placed at that finer spot, within the quarter (GUIDE: the most
specific place named for the event)."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text):
    return [(i.type, i.location, i.casualties.killed, i.lat is not None) for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents]


def test_a_neighbourhood_told_later_refines_the_quarter(ex):
    text = (
        "An Israeli drone struck a flat in Dahiyeh on Friday, killing a Hezbollah official, the group said. "
        "The strike hit a block in the Bir al-Abed neighbourhood."
    )
    assert _incidents(ex, text) == [("drone_attack", "Bir al-Abed neighbourhood, Dahiyeh", 1, True)]


def test_the_quarter_told_after_the_neighbourhood_keeps_the_neighbourhood(ex):
    # control: the wider quarter told later never replaces the finer spot told first
    text = (
        "An Israeli drone struck a flat in the Bir al-Abed neighbourhood on Friday, killing a Hezbollah official, "
        "the group said. The strike in Dahiyeh was the third this month."
    )
    assert [loc for _, loc, _, _ in _incidents(ex, text)] == ["Bir al-Abed neighbourhood"]


def test_a_second_strike_at_a_neighbourhood_stays_its_own(ex):
    # control: a second strike is no retelling, whatever place it names
    text = (
        "An Israeli air strike hit Dahiyeh on Friday, killing three people, the ministry said. "
        "A second strike later hit a car in the Bir al-Abed neighbourhood, wounding two."
    )
    assert [loc for _, loc, _, _ in _incidents(ex, text)] == ["Dahiyeh", "Bir al-Abed neighbourhood"]
