"""A toll counted since a day before the strike told last, naming no place of its own, is the country's
tally, not a toll of the town that strike hit: self-written articles (one outlet and several), each with a
near-miss control."""

from __future__ import annotations

from datetime import date

from reporter.brief.merge import group_incidents
from reporter.extract import Extractor
from tests.conftest import incident_reports

_STRIKE = "Israeli jets hit the defence ministry in Tehran on Saturday night, state television said."
_DAY = date(2025, 6, 16)


def _incidents(text: str, day: date = _DAY) -> list[tuple[str, str | None, int | None]]:
    found = Extractor().extract(text, id="t", published=day).incidents
    return [(i.location, i.date, i.casualties.killed) for i in found]


def test_a_tally_since_the_day_before_the_strike_is_the_countrys():
    text = f"{_STRIKE}\n\nThe health ministry said 180 people had died in Israeli raids since Friday."
    found = _incidents(text)
    assert ("Iran", "2025-06-13/2025-06-16", 180) in found, found
    assert ("Tehran", "2025-06-14", None) in found, found


def test_a_toll_since_the_strikes_own_night_stays_in_its_town():
    """Near-miss control: dead counted from the very night of the strike told are that strike's."""
    text = f"{_STRIKE}\n\nThe health ministry said 12 people had died in the raid since Saturday night."
    found = _incidents(text)
    assert ("Tehran", "2025-06-14", 12) in found, found


def test_a_tally_naming_its_town_keeps_it():
    """Near-miss control: a tally that names its own town is that town's."""
    text = f"{_STRIKE}\n\nThe health ministry said 70 people had died in Israeli raids on Tehran since Friday."
    found = _incidents(text)
    assert any(loc == "Tehran" and killed == 70 for loc, _, killed in found), found


def test_the_brief_rows_a_countrys_tally_apart_from_the_towns_strike():
    """Two outlets: one tells the Saturday night strike on the ministry in Tehran, the other the same strike
    and a tally of the days since Friday. The tally's row is the country's; the strike is one row of both."""
    a = (f"{_STRIKE} Smoke rose over the ministry compound.", _DAY)
    b = (
        "Israeli aircraft struck the defence ministry in Tehran late on Saturday, witnesses said. The health "
        "ministry said 180 people had been killed in Israeli attacks since Friday.",
        _DAY,
    )
    reports = incident_reports([a, b])
    rows = [sorted({(r.source, r.fact.location, r.fact.casualties.killed) for r in g}, key=str) for g in group_incidents(reports)]
    assert [(2, "Iran", 180)] in rows, rows
    assert any({s for s, _, _ in row} == {1, 2} and all(loc == "Tehran" for _, loc, _ in row) for row in rows), rows
