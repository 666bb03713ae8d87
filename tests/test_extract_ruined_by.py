"""A passive ruin whose "by" names a munition ("were destroyed by drones") is that munition's attack on its subject,
the "by" phrase's people its doer; a munition ruined by air defences or jets stays an interception."""

from __future__ import annotations

from datetime import date

import pytest


def _read(ex, text):
    f = ex.extract(text, id="t", published=date(2025, 3, 12))
    return [(i.type, i.actors, i.count) for i in f.incidents]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Three armoured trucks were destroyed by Russian drones near Kupiansk on Sunday.", [("drone_attack", ("Russia",), None)]),
        ("A grain silo was destroyed by a missile near Odesa on Sunday.", [("missile_attack", (), 1)]),
        ("Two transport planes were destroyed by Ukrainian drones at an airfield near Saki on Sunday.", [("drone_attack", ("Ukraine",), None)]),
    ],
)
def test_the_subject_of_a_passive_ruin_is_its_target(ex, text, read):
    assert _read(ex, text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a munition ruined by air defences was stopped in flight
        ("Four drones were destroyed by air defences over Sumy on Sunday.", [("interception", (), 4)]),
        # a ruin by no weapon tells no attack
        ("A grain silo was destroyed by fire near Odesa on Sunday.", []),
    ],
)
def test_near_misses_keep_their_reading(ex, text, read):
    assert _read(ex, text) == read
