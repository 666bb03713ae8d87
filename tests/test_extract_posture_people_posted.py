"""Posture: a people counted by its plural name is that state's troops when told posted ("are stationed
in X") or hosted "with" a base, never when told living, visiting or evacuated."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 6, 20))
    return sorted((p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "MANAMA (Wire) — Some 9,000 Americans are stationed in Bahrain, home of the US Fifth Fleet, officials said on Monday.",
            ("United States", "Bahrain", 9000, "some"),
        ),
        (
            "DOHA (Wire) — Qatar hosts the largest US base in the region, with some 10,000 Americans, officials said on Monday.",
            ("United States", "Qatar", 10000, "some"),
        ),
        ("Some 3,000 Britons are deployed in Estonia, the ministry said on Monday.", ("United Kingdom", "Estonia", 3000, "some")),
        (
            "Roughly 2,500 Italians remain stationed in Lebanon with the UN force, the ministry said.",
            ("Italy", "Lebanon", 2500, "roughly"),
        ),
    ],
)
def test_people_posted_are_troops(ex: Extractor, text: str, level: tuple) -> None:
    assert _levels(ex, text) == [level]


def test_people_posted_before_are_a_former_level(ex: Extractor) -> None:
    """The posting verb is read after the people as after a troop noun: a level held before is a former one."""
    text = "About 1,200 Americans were stationed in Niger before the coup, officials said."
    assert _levels(ex, text) == [("United States", "Niger", 1200, "about (former level)")]


@pytest.mark.parametrize(
    "text",
    [
        "Some 9,000 Americans live in Bahrain, the embassy said.",
        "About 2,000 Americans were evacuated from Lebanon on Monday.",
        "Some 10,000 Americans visited Qatar during the World Cup.",
        "About 2,000 Americans based in Dubai work in finance, a survey found.",  # no military sentence
        "Qatar hosts the World Cup, with some 10,000 Americans expected to attend.",
        "Qatar hosts a US air base, with some 10,000 Americans living nearby.",  # told as civilians
        "Some 9,000 Americans and Britons are stationed in Bahrain, officials said.",  # two peoples' sum
    ],
)
def test_people_not_posted_are_no_troops(ex: Extractor, text: str) -> None:
    assert _levels(ex, text) == []
