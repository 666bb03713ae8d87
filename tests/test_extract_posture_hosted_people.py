"""Posture: a host's guests counted by their people's name ("hosts the Fifth Fleet and some 9,000
Americans") are that state's troops in the host, in a military sentence that tells no civilians; the
subject of a hosting verb is where troops are, never the holder of a later bare figure."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None, str | None]]:
    facts = ex.extract("Officials spoke on Monday. " + text, id="t", published=date(2025, 3, 3))
    return sorted((p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture)


def test_hosted_people_and_the_second_figure(ex: Extractor) -> None:
    text = "Oman hosts a naval base and about 2,000 Britons, while some 700 are in Qatar."
    assert _levels(ex, text) == [
        ("United Kingdom", "Oman", 2000, "about"),
        ("United Kingdom", "Qatar", 700, "some"),
    ]


def test_home_to_people_by_a_fleet(ex: Extractor) -> None:
    text = "Djibouti, home to the Italian navy's Red Sea squadron base, is home to roughly 1,500 Italians."
    assert _levels(ex, text) == [("Italy", "Djibouti", 1500, "roughly")]


@pytest.mark.parametrize(
    "text",
    [
        "Jordan hosts some 1.3 million Syrians, the ministry said.",  # no military sentence, and too many
        "Turkey hosts 3 million refugees, more than any other country.",
        "Qatar, home to a large US air base, hosts about 8,000 Americans, most of them contractors.",
        "The UAE hosts about 4,000 Indians working at the naval base.",
    ],
)
def test_civilians_are_no_troops(ex: Extractor, text: str) -> None:
    assert _levels(ex, text) == []


def test_people_beside_troops_told_are_others(ex: Extractor) -> None:
    """Control: troops told by their noun; the people beside them are no one's troops."""
    text = "Jordan hosts some 3,000 US troops and 20,000 Iraqis."
    assert _levels(ex, text) == [("United States", "Jordan", 3000, "some")]


def test_a_host_holds_no_second_figure(ex: Extractor) -> None:
    """The subject of a hosting verb is where the troops are, so a second clause's bare figure is the guests'."""
    text = "Oman hosts a naval base and about 2,000 British troops, while some 700 are in Qatar."
    assert _levels(ex, text) == [("United Kingdom", "Oman", 2000, "about"), ("United Kingdom", "Qatar", 700, "some")]


def test_a_holder_keeps_its_second_figure(ex: Extractor) -> None:
    """Control: a subject that keeps troops holds the bare figure of the clause after it."""
    text = "Kenya keeps about 3,000 soldiers in Somalia, while some 400 are in South Sudan."
    assert _levels(ex, text) == [("Kenya", "Somalia", 3000, "about"), ("Kenya", "South Sudan", 400, "some")]


def test_people_before_troops_told_count(ex: Extractor) -> None:
    text = "Gabon hosts a French camp and about 400 Belgians plus 350 Spanish soldiers."
    assert _levels(ex, text) == [("Belgium", "Gabon", 400, "about"), ("Spain", "Gabon", 350, None)]


def test_two_peoples_are_no_one_level(ex: Extractor) -> None:
    text = "The island houses a naval support facility and some 2,000 Americans and Britons."
    assert _levels(ex, text) == []


def test_people_in_uniform_and_a_further_host(ex: Extractor) -> None:
    """ "in uniform" closes the people's phrase, so the list after it names a further host of the same force."""
    text = "Germany hosts roughly 35,000 Americans in uniform, and Italy about 12,000."
    assert _levels(ex, text) == [
        ("United States", "Germany", 35000, "roughly"),
        ("United States", "Italy", 12000, "about"),
    ]
