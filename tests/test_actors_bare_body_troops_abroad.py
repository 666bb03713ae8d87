"""Posture: a defence ministry or army named by no state ("The Ministry of Defence said", "the army said") that
tells of troops going abroad speaks of its own state's troops: the state of the capital told with it ("the
Ministry of Defence in Paris") or of the capital the story is filed from ("PARIS (Wire) -"), as an event's bare
ministry is read (test_actors_bare_defence_ministry); the figure had gone to the alliance the story opened on.
A host's ministry telling of arrivals, or a story whose troops' country is itself a party, keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

_LEAD = "NATO is bolstering its battlegroups on the alliance's eastern flank as Russia masses forces near the Baltic states."


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 3, 14))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (f"PARIS (Wire) - {_LEAD} The Ministry of Defence said about 900 troops will deploy to Estonia next month.", "France"),
        (f"PARIS (Wire) - {_LEAD} The army said about 900 soldiers will deploy to Estonia next month.", "France"),
        (f"{_LEAD} The Ministry of Defence in Paris said about 900 troops will deploy to Estonia next month.", "France"),
    ],
)
def test_the_bare_bodys_own_troops_abroad(ex: Extractor, text: str, force: str) -> None:
    assert _levels(ex, text) == [(force, "Estonia", 900)]


def test_a_hosts_ministry_tells_of_its_guests(ex: Extractor) -> None:
    """Control: filed from the troops' own capital, the bare ministry is the host's, no owner of the troops."""
    text = f"TALLINN (Wire) - {_LEAD} The defence ministry said about 900 troops will arrive in Estonia next month."
    assert _levels(ex, text) == [("NATO", "Estonia", 900)]


def test_no_dateline_and_no_seat_keeps_the_party_told_before(ex: Extractor) -> None:
    """Control: a bare ministry the story places nowhere is no one state's."""
    text = f"{_LEAD} The Ministry of Defence said about 900 troops will deploy to Estonia next month."
    assert _levels(ex, text) == [("NATO", "Estonia", 900)]
