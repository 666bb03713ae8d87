"""Posture: a bare figure of a second clause placed by "serve in" ("while about 100 serve in Lithuania")
counts the troops told before it, as "are in" and "are stationed in" do."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None, str | None]]:
    facts = ex.extract("Officials spoke on Monday. " + text, id="t", published=date(2025, 3, 3))
    return sorted((p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture)


@pytest.mark.parametrize(
    "text",
    [
        "Canada keeps about 2,000 soldiers in Latvia, while around 300 serve in Poland.",
        "Canada keeps about 2,000 soldiers in Latvia, while around 300 are serving in Poland.",
        "Canada keeps about 2,000 soldiers in Latvia. Around 300 serve in Poland.",
    ],
)
def test_serve_in_shares_the_force(ex: Extractor, text: str) -> None:
    assert _levels(ex, text) == [("Canada", "Latvia", 2000, "about"), ("Canada", "Poland", 300, "around")]


def test_people_serving_elsewhere_are_no_troops(ex: Extractor) -> None:
    """Control: people counted by their own noun serve in no troop level."""
    text = "Canada keeps about 2,000 soldiers in Latvia. About 300 officials serve in the local council."
    assert _levels(ex, text) == [("Canada", "Latvia", 2000, "about")]


@pytest.mark.parametrize(
    "text",
    [
        "Portugal keeps about 1,000 soldiers in Lebanon, while around 300 serve with NATO in Poland.",
        "Portugal keeps about 1,000 soldiers in Lebanon, while around 300 are posted to Poland.",
    ],
)
def test_serve_with_a_body_and_posted_to(ex: Extractor, text: str) -> None:
    assert _levels(ex, text) == [("Portugal", "Lebanon", 1000, "about"), ("Portugal", "Poland", 300, "around")]


def test_with_a_part_serving_elsewhere(ex: Extractor) -> None:
    """ "with about 100 serving in Lithuania": a further figure of the troops told, placed by its own "in"."""
    text = "Portugal keeps about 1,000 soldiers in Lebanon, with around 300 serving in Poland."
    assert _levels(ex, text) == [("Portugal", "Lebanon", 1000, "about"), ("Portugal", "Poland", 300, "around")]
