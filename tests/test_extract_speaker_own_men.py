"""A party's statement that names itself as the doer, in its first person after a colon ('said: "We struck"') or as
men held to have ties to a group ("suspected of links to X"), gives that party as the doer (suspected where so)."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text):
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 3, 12)).incidents]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ('The Houthis said: "We fired two missiles at a tanker in the Gulf of Aden on Sunday."', [("Houthis",)]),
        ('Al-Shabaab said: "Our fighters stormed an army base near Jowhar on Sunday."', [("Al-Shabaab",)]),
        ("Gunmen suspected of ties with JNIM killed nine herders near Bandiagara on Sunday.", [("JNIM (suspected)",)]),
    ],
)
def test_the_speaker_or_group_is_the_doer(ex, text, actors):
    assert _actors(ex, text) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a victim's first person tells no doer
        ('A fisherman in Hodeidah said: "We heard missiles strike the port on Sunday."', [()]),
        # the first person of a quote without a colon and speaker before it is left alone
        ('"We were shelled near Jowhar on Sunday," a soldier said.', [()]),
    ],
)
def test_near_misses_keep_their_reading(ex, text, actors):
    assert _actors(ex, text) == actors
