"""Places: where weapons readied but not yet fired were meant to go is no scene of the strike that hit them
on the ground; the doer's home or a place told in its own right is."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text: str) -> list[tuple[str, str | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2024, 2, 8))
    return [(i.type, i.location, i.country) for i in facts.incidents]


def test_aim_of_readied_missiles_is_not_the_scene(ex):
    text = "American forces on Tuesday struck three Houthi missiles that were poised to launch toward Israel, officials said."
    assert _incidents(ex, text) == [("air_strike", "Yemen", "Yemen")]


def test_aim_of_drones_prepared_for_launch_is_not_the_scene(ex):
    text = "American forces on Tuesday hit two Houthi drones that had been prepared for launch against ships in the Red Sea."
    assert [loc for _, loc, _ in _incidents(ex, text)] == ["Yemen"]


def test_a_launch_made_keeps_its_target(ex):
    """Control: missiles fired toward a country hit it there, as before."""
    text = "The Houthis on Tuesday fired three missiles toward Israel, officials said."
    assert _incidents(ex, text) == [("missile_attack", "Israel", "Israel")]


def test_the_aim_stands_in_when_nothing_else_places_the_strike(ex):
    """Control: with no doer's home and no other place, the aim is still the nearest place told."""
    text = "American forces on Tuesday struck three cruise missiles that were poised to launch toward the Red Sea."
    assert [loc for _, loc, _ in _incidents(ex, text)] == ["Red Sea"]


def test_anti_ship_weapons_struck_on_land_are_no_ship_attacked(ex):
    """A ship named only in the kind of weapons struck ("anti-ship") makes no attack at sea of the strike, and a
    patron named on the group ("Iran-backed") does not hide the group whose home places it."""
    text = (
        "American forces on Tuesday struck two Iran-backed Houthi anti-ship missiles that were readied for launch "
        "into the Red Sea, officials said."
    )
    assert _incidents(ex, text) == [("air_strike", "Yemen", "Yemen")]


def test_a_ship_struck_is_still_an_attack_at_sea(ex):
    """Control: a merchant ship struck with missiles told beside it is a missile attack at sea."""
    text = "A merchant ship was struck in the Red Sea on Tuesday, officials said. Two missiles were seen before the blast."
    assert [t for t, _, _ in _incidents(ex, text)][:1] == ["missile_attack"]
