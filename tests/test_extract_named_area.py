"""An unknown name told as "the X area" and hit by the event ("shells hit the X area") is the scene, as
"the X village" is, with the town it is told from as its town; a known town's area stays the town."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _places(ex: Extractor, text: str) -> list[tuple[str | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 3, 10))
    return [(i.location, i.country) for i in facts.incidents]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the area hit, not the town it is told from
        ("Shells hit the Abu Qarnain area east of El Obeid on Thursday, killing seven civilians.", [("Abu Qarnain area, El Obeid", "Sudan")]),
        ("Drones bombed the Abu Qarnain area east of El Obeid on Thursday, killing seven civilians.", [("Abu Qarnain area, El Obeid", "Sudan")]),
        # controls: the same area told with "in", the village kind word, and a known town's area
        ("Shells fell in the Abu Qarnain area east of El Obeid on Thursday, killing seven civilians.", [("Abu Qarnain area, El Obeid", "Sudan")]),
        ("Shells hit the Abu Qarnain village east of El Obeid on Thursday, killing seven civilians.", [("Abu Qarnain village, El Obeid", "Sudan")]),
        ("Artillery pounded the Baghdad area on Thursday, killing two people.", [("Baghdad", "Iraq")]),
    ],
)
def test_area_hit_is_the_scene(ex: Extractor, text: str, expected: list) -> None:
    assert _places(ex, text) == expected
