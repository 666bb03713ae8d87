"""A strike told right at a nation's bases or airfields, a bare plural after the verb ("struck Ukrainian military
airfields"), with no scene named, lies on that nation's soil, as "an assault on a Pakistani army post" does."""

from __future__ import annotations

from datetime import date


def _places(ex, text: str) -> list[tuple[str | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 2, 11))
    return [(i.location, i.country) for i in facts.incidents]


def test_struck_a_nations_airfields_is_on_its_soil(ex):
    text = "Moscow's defence ministry said on Monday that its forces had hit Ukrainian military airfields overnight."
    assert _places(ex, text) == [("Ukraine", "Ukraine")]


def test_control_a_town_named_stays_the_scene(ex):
    # control: a named town is still the scene
    text = "Ukrainian drones struck Russian air bases near Engels on Monday night, the general staff said."
    assert [loc for loc, _ in _places(ex, text)] == ["Engels"]
