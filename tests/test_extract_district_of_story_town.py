"""A district told with no town, whose world-list namesake lies far from the one town the story told before,
is that town's district at that town's point; a district near the town keeps its own reading."""

from __future__ import annotations

from datetime import date


def _points(ex, text: str) -> dict[str, tuple[float | None, float | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 1, 20))
    return {i.location: (i.lat, i.lon) for i in facts.incidents}


def test_far_namesake_district_is_the_story_towns(ex):
    text = (
        "Attack drones targeted the harbour city of Odesa before dawn, the governor said. "
        "Falling fragments set a storage depot alight in the Prymorskyi district."
    )
    lat, lon = _points(ex, text)["Prymorskyi district"]
    assert abs(lat - 46.48) < 0.3 and abs(lon - 30.72) < 0.3


def test_district_near_the_town_keeps_its_point(ex):
    """Control: a district some tens of km off may be one of its own beside the town: read as before."""
    text = "Gunmen raided a police post in Quetta on Monday. Hours later, militants ambushed a convoy in Mastung district."
    lat, _ = _points(ex, text)["Mastung district"]
    assert abs(lat - 29.8) < 0.1
