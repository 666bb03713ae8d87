"""An interception lies where the weapons were downed: a town the same sentence names only as where someone
was hurt by debris or shrapnel does not narrow its scene; a town named with no harm still does (GUIDE: the
most specific place named for the event)."""

from __future__ import annotations

from datetime import date

from tests.conftest import shared_extractor


def _stopped_at(text):
    found = shared_extractor().extract(text, id="t", published=date(2025, 5, 4)).incidents
    return [i.location for i in found if i.type == "interception"]


_SALVO = "Hezbollah fired 60 rockets at Israel on Sunday, the army said.\n"


def test_a_town_of_harm_by_shrapnel_is_no_scene_of_the_interception():
    text = _SALVO + (
        "The army said most of the rockets were intercepted over the Galilee, and that a soldier was wounded by "
        "shrapnel near Acre."
    )
    assert _stopped_at(text) == ["Galilee"]


def test_a_town_named_with_no_harm_still_narrows_the_scene():
    # control: a town the sentence names outside the clause, with no harm told there, is the narrower scene
    text = _SALVO + (
        "The army said most of the rockets were intercepted over the Galilee, and residents in Acre reported loud booms."
    )
    assert _stopped_at(text) == ["Acre"]
