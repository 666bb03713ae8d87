"""A country told by a quarter of it ("in western Iran", "north-eastern Syria") is that part, as written."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _places(ex, text):
    return [(i.location, i.country) for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Warplanes struck a radar site in western Iran on Tuesday, killing four soldiers.", ("western Iran", "Iran")),
        ("A drone hit an army convoy in north-eastern Syria on Wednesday, killing two soldiers.", ("north-eastern Syria", "Syria")),
        ("Gunmen killed seven herders in central Mali on Monday, officials said.", ("central Mali", "Mali")),
    ],
)
def test_a_quarter_of_a_country_is_the_scene_as_written(ex, text, place):
    assert _places(ex, text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # no quarter told: the country alone
        ("Warplanes struck a radar site in Iran on Tuesday, killing four soldiers.", ("Iran", "Iran")),
        # a named region of the gazetteer keeps its own entry
        ("Warplanes struck targets in southern Lebanon on Tuesday, killing four people.", ("southern Lebanon", "Lebanon")),
    ],
)
def test_a_country_with_no_quarter_stays_the_country(ex, text, place):
    assert _places(ex, text) == [place]
