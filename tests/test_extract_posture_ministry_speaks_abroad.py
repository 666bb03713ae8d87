"""Posture: a state's defence ministry that tells, by its possessive ("Ghana's defence ministry says"), of
soldiers its sentence places in another country speaks of its own troops there, as its army telling so
already reads; a ministry telling of troops on its own ground, or of another party's named troops,
keeps its reading as a host speaking."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 5, 6))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


@pytest.mark.parametrize(
    "second",
    [
        "Ghana's defence ministry says 350 soldiers are stationed in Mali.",
        "Ghana's ministry of defence said on Monday that about 350 troops were deployed in Mali.",
    ],
)
def test_the_ministrys_own_soldiers_abroad(ex: Extractor, second: str) -> None:
    text = "Portugal once sent engineers to the region. " + second
    assert ("Ghana", "Mali", 350) in _levels(ex, text)
    assert ("Portugal", "Mali", 350) not in _levels(ex, text)


def test_a_hosts_ministry_tells_of_guests(ex: Extractor) -> None:
    """Near miss: a host's ministry telling of another state's named troops on its ground."""
    text = "Estonia's defence ministry says 800 British soldiers are based in Estonia."
    assert ("United Kingdom", "Estonia", 800) in _levels(ex, text)
    assert ("Estonia", "Estonia", 800) not in _levels(ex, text)


def test_another_partys_named_troops_stay_theirs(ex: Extractor) -> None:
    """Near miss: the ministry tells of troops its words name as another state's."""
    text = "Portugal once sent engineers to the region. Ghana's defence ministry says 350 French soldiers are in Mali."
    assert ("France", "Mali", 350) in _levels(ex, text)
    assert ("Ghana", "Mali", 350) not in _levels(ex, text)
