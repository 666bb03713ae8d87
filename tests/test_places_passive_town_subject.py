"""A town or village only the world list knows, opening its clause as the subject of a passive blow
("X was shelled", "X had been bombed"), is the scene, as after "in"; the same town as a speaker, or
told of with a verb that is no blow, places nothing."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    incs = ex.extract(text, id="t", published=date(2025, 3, 14)).incidents
    return sorted((i.type, i.location, i.country) for i in incs)


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        (
            "Kadugli was shelled on Sunday, killing six people, according to a local medical group.",
            [("shelling", "Kadugli", "Sudan")],
        ),
        (
            "Fighting spread south overnight; Kadugli was heavily shelled on Sunday, killing six people.",
            [("shelling", "Kadugli", "Sudan")],
        ),
        (
            "KHARTOUM, March 9 (Reuters) - Meanwhile, Dilling was struck by a drone on Saturday, wounding 11 "
            "people, a local official said.",
            [("drone_attack", "Dilling", "Sudan")],
        ),
        (
            # control: a town the gazetteer itself knows, placed the same way already
            "Nyala was shelled on Sunday, killing six people, according to a local medical group.",
            [("shelling", "Nyala", "Sudan")],
        ),
        (
            # control: after "in", as before
            "In Kadugli, shells killed six people on Sunday, according to a local medical group.",
            [("shelling", "Kadugli", "Sudan")],
        ),
    ],
)
def test_passive_town_subject(ex, text, seen):
    assert _seen(ex, text) == seen


@pytest.mark.parametrize(
    "text",
    [
        "Kadugli said it was shelled by the paramilitaries on Sunday, but gave no toll.",
        "Kadugli was blamed on Sunday for the shelling, which killed six people.",
    ],
)
def test_town_not_hit_places_nothing(ex, text):
    # no blow told passively on the town: it is no scene
    assert all(loc != "Kadugli" for _t, loc, _c in _seen(ex, text))
