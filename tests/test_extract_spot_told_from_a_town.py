"""Places: a spot no gazetteer knows, told as what an attack struck and then placed by a direction from a
known town ("struck X south of Y"), is the scene; the town is only its reference point."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _places(ex: Extractor, text: str) -> list[str | None]:
    facts = ex.extract(text, id="t", published=date(2024, 3, 4))
    return [i.location for i in facts.incidents]


@pytest.mark.parametrize(
    "text, spot",
    [
        ("A drone struck Camp Qarawul west of Kirkuk on Friday, wounding a soldier.", "Camp Qarawul"),
        ("Gunmen attacked Tel Dobran south-east of Raqqa on Friday, killing four.", "Tel Dobran"),
    ],
)
def test_a_struck_spot_told_from_a_known_town_is_the_scene(ex, text, spot):
    (location,) = _places(ex, text)
    assert location is not None and location.startswith(spot)


def test_a_struck_spot_told_in_a_known_town_gives_way_to_the_town(ex):
    """Control: where the known town is the scene told ("in Y"), it still wins over an unknown name."""
    assert _places(ex, "A drone struck Qarawul in Kirkuk on Friday, wounding a soldier.") == ["Kirkuk"]
