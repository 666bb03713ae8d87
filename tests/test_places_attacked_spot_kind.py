"""The object of an attack verb with its kind word ("gunmen attacked X village") is a spot no gazetteer need
know, as "the X village" or "on X village" is: the finer place of the event, within the province told
with it."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text):
    return [(i.location, i.country, i.casualties.killed) for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents]


def test_a_village_attacked_is_the_place(ex):
    text = "Gunmen attacked Dan Gulbi village in Zamfara state on Sunday, killing 14 people, police said."
    assert _incidents(ex, text) == [("Dan Gulbi village, Zamfara state", "Nigeria", 14)]


def test_a_village_stormed_told_after_the_state_refines_it(ex):
    text = (
        "Gunmen attacked a village in Zamfara state on Sunday, killing 14 people, police said. "
        "The attackers stormed Dan Gulbi village on motorcycles shortly after dawn, a police spokesman said."
    )
    assert [loc for loc, _, _ in _incidents(ex, text)] == ["Dan Gulbi village"]


def test_an_attack_verb_before_a_name_with_no_kind_word_changes_nothing(ex):
    # control: no kind word after the name, the province stays the place
    text = "Jets bombed Boko Haram hideouts in Borno state on Sunday, killing 14 fighters, the army said."
    assert [loc for loc, _, _ in _incidents(ex, text)] == ["Borno state"]
