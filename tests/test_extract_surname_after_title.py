"""A one-word place that ends a person's name after a title ("police spokesman Ahmed Aden said") names
the speaker, not a scene: it neither places the event nor makes a second one there. The same place named
as a scene, or a title before a known place name, keeps its reading."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

EX = Extractor()


def _incidents(text):
    facts = EX.extract(text, id="t", published=date(2026, 3, 12))
    return [(i.type, i.location, i.country) for i in facts.incidents]


def test_a_titled_speakers_family_name_places_nothing():
    text = (
        "A bomb hidden in a parked car exploded outside a hotel in Kismayo on Tuesday, killing four guards. "
        "Regional police commander Yusuf Aden said the bomber detonated the charge as guards approached the car."
    )
    assert _incidents(text) == [("explosion", "Kismayo", "Somalia")]


def test_two_given_names_then_the_place():
    text = (
        "Gunmen shot dead two traders at a market in Galkayo on Sunday. "
        "Colonel Abdi Mohamed Aden told reporters the gunmen opened fire from a passing van."
    )
    assert [loc for _, loc, _ in _incidents(text)] == ["Galkayo"]


def test_the_place_told_as_a_scene_after_a_speaker_stays():
    """Near miss: the speaker is named in full, and the port is where the blast was."""
    text = "Police spokesman Ahmed Yusuf said a grenade exploded at a checkpoint in Aden on Tuesday, wounding two soldiers."
    assert _incidents(text) == [("explosion", "Aden", "Yemen")]


def test_a_title_before_a_known_place_keeps_it():
    """Near miss: a governor of a province is named by its title, no given name between."""
    text = "The Governor of Aden said a drone struck a fuel depot in Aden on Tuesday."
    assert [loc for _, loc, _ in _incidents(text)] == ["Aden"]
