"""An event on a road told by the two towns it runs between is placed at the first named, not at whichever
the gazetteer ranks as the smaller: the scene lies on the road, in neither town; a spot the sentence names
as the scene, and a road named by its towns' compound, keep their readings."""

from __future__ import annotations

from datetime import date

import pytest


def _locations(ex, text: str) -> list[tuple[str, str | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 2, 10))
    return [(i.type, i.location, i.country) for i in facts.incidents]


@pytest.mark.parametrize(
    "text",
    [
        "NIAMEY - Five gendarmes died on Monday after an explosive device went off under their truck on the road between Tillaberi and Ayorou.",
        "NIAMEY - Five gendarmes died on Monday after an explosive device went off under their truck on the main road between Tillaberi and Ayorou in the west of the country.",
    ],
)
def test_road_between_two_towns_is_placed_at_the_first(ex, text):
    assert [loc for _, loc, _ in _locations(ex, text)] == ["Tillaberi"]


def test_scene_named_beside_the_road_stays(ex):
    """Control: a town the sentence names as the spot ('near X') is still the scene."""
    text = "NIAMEY - Five gendarmes died on Monday after an explosive device went off under their truck near Ayorou, on the road between Tillaberi and Ayorou."
    assert [loc for _, loc, _ in _locations(ex, text)] == ["Ayorou"]


def test_road_named_by_compound_stays(ex):
    """Control: a road named by its towns' compound keeps the compound as the place."""
    text = "NIAMEY - Five gendarmes died on Monday after an explosive device went off under their truck on the Tillaberi-Ayorou road."
    assert [loc for _, loc, _ in _locations(ex, text)] == ["Tillaberi-Ayorou"]
