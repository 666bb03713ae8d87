"""A site an armed party "destroyed", its means untold, is typed as the same party's "attacked" is: forces
on the ground ruining a depot or a bridge fought for it (armed_clash). A ruin done by aircraft stays an air
strike, and one by a state that flies its strikes far from home stays one too."""

from __future__ import annotations

from datetime import date

import pytest


def _types(ex, text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(i.type, i.location, i.actors) for i in ex.extract(text, id="t", published=date(2025, 3, 14)).incidents]


@pytest.mark.parametrize(
    ("text", "place", "actor"),
    [
        ("Moscow said its troops destroyed a Ukrainian fuel depot near Kupiansk on Tuesday.", "Kupiansk", "Russia"),
        ("Ukrainian forces destroyed a Russian command post near Tokmak on Wednesday.", "Tokmak", "Ukraine"),
    ],
)
def test_site_ruined_by_ground_forces_is_fighting(ex, text, place, actor):
    assert _types(ex, text) == [("armed_clash", place, (actor,))]


def test_the_same_site_attacked_types_alike(ex):
    ruined = _types(ex, "Ukrainian forces destroyed a Russian command post near Tokmak on Wednesday.")
    attacked = _types(ex, "Ukrainian forces attacked a Russian command post near Tokmak on Wednesday.")
    assert ruined == attacked


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # control: aircraft as the doer name the means
        ("Israeli warplanes destroyed a weapons depot near Nabatieh on Wednesday.", "air_strike"),
        # control: what flies destroyed in flight is an interception
        ("Ukraine said its air defences destroyed 30 drones over the Kyiv region on Wednesday.", "interception"),
    ],
)
def test_ruin_by_other_means_keeps_its_type(ex, text, kind):
    assert [t for t, _, _ in _types(ex, text)] == [kind]
