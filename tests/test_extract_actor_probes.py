"""Actors read from the wording around a report: a party a report blames in a closing participle, doers joined by
"and", a government as the doer, and a group the doers are believed to belong to (GUIDE: actors, suffixes)."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _actors(ex, text):
    return [list(i.actors) for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "A drone hit an apartment block in Kursk on Sunday, the regional governor said, blaming Ukraine.",
            ["Ukraine (blamed)"],
        ),
        (
            "A drone hit a car in Baghdad on Wednesday, killing two militia members, the group said, blaming the United States.",
            ["United States (blamed)"],
        ),
        (
            "A drone hit a fuel depot in Bryansk on Sunday, the governor said, blaming Kyiv for the attack.",
            ["Ukraine (blamed)"],
        ),
    ],
)
def test_a_party_a_report_blames_after_it_is_blamed(ex, text, actors):
    assert _actors(ex, text) == [actors]


@pytest.mark.parametrize(
    "text",
    [
        # blame for something else than a party: no party
        "A drone hit a fuel depot in Bryansk on Sunday, the governor said, blaming poor air defences.",
        # the doer is told; the blamed body is not a party of the attack
        "Russian drones hit a fuel depot in Bryansk on Sunday, the governor said, blaming the army for slow warnings.",
    ],
)
def test_blame_of_no_party_adds_none(ex, text):
    assert all(not a.endswith("(blamed)") for acts in _actors(ex, text) for a in acts)
