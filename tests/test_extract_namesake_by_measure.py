"""Places: a place told with its distance from a town lies about that far from it; a world-list namesake
thousands of kilometres away is no reading of it, but a spot the list lacks in the town's country."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor


def _placed(ex: Extractor, text: str) -> list[tuple[str | None, str | None, float | None]]:
    facts = ex.extract(text, id="t", published=date(2024, 3, 5))
    return [(i.location, i.country, i.lat) for i in facts.incidents]


def test_far_namesake_of_a_measured_village_is_dropped(ex):
    text = "Armed men raided Al-Aziziya, about 20 km south of Kosti, on Monday, killing four farmers, medics said."
    assert _placed(ex, text) == [("Al-Aziziya", "Sudan", None)]


def test_namesake_lying_about_the_told_distance_is_kept(ex):
    """Control: the world-list town about as far as told from the town it is measured from is the place."""
    text = "Armed men raided Al-Aziziya, about 60 km south-east of Baghdad, on Monday, killing four farmers, police said."
    assert [(loc, country) for loc, country, _ in _placed(ex, text)] == [("Al-Aziziya", "Iraq")]
    assert _placed(ex, text)[0][2] is not None
