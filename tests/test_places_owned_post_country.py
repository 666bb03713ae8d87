"""A spot no gazetteer knows where a nation's post or base stands ("a Somali army base in X") lies on that
nation's soil, in a story that names no other country. A base of a state an ocean away, or one told in a
story of another country, gives no country."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    incs = ex.extract(text, id="t", published=date(2025, 3, 14)).incidents
    return sorted((i.location, i.country) for i in incs)


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        (
            "Militants attacked a Somali army base in El Baraf on Tuesday, killing at least four soldiers, a local "
            "commander told reporters.",
            [("El Baraf", "Somalia")],
        ),
        (
            "Insurgents stormed a Malian army outpost in Tinzawat on Friday, killing six soldiers, a security source said.",
            [("Tinzawat", "Mali")],
        ),
        (
            # control: a state an ocean away keeps its bases abroad
            "Gunmen attacked a US army base in Tal Bira on Tuesday, wounding two soldiers, officials said.",
            [("Tal Bira", None)],
        ),
        (
            # control: the story names another country; the base's owner is no scene
            "Drones attacked a Turkish army base in Sirte Baba on Tuesday, wounding two soldiers, officials in Iraq said.",
            [("Sirte Baba", "Iraq")],
        ),
    ],
)
def test_owned_post_country(ex, text, seen):
    assert _seen(ex, text) == seen
