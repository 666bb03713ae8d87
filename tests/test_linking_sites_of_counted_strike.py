"""Sites of a counted strike, hit the next sentence by means whose owner goes unnamed, are struck by its doer;
missiles a state's warships fire stay missiles, though the state flies its strikes."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 6, 22)


def _rows(ex: Extractor, text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return sorted((i.type, i.location, i.actors) for i in ex.extract(text, id="x", published=PUB).incidents)


TWO_SITES = (
    "WASHINGTON (Wire) — The United States struck two airfields in Yemen early on Sunday, the Pentagon said. "
    "Bombers dropped 12 heavy bombs on the runway at Al Anad, and warships fired 20 cruise missiles at a "
    "hangar complex near Hodeidah, officials said."
)


def test_each_site_takes_the_doer_of_the_strike_told_before(ex):
    rows = _rows(ex, TWO_SITES)
    assert rows and all(r[2] == ("United States",) for r in rows), rows


def test_missiles_fired_from_warships_stay_a_missile_attack(ex):
    text = (
        "WASHINGTON (Wire) — US warships fired 20 cruise missiles at a radar station near Hodeidah on Sunday, "
        "the Pentagon said, in a second night of strikes."
    )
    assert [r[0] for r in _rows(ex, text)] == ["missile_attack"]


def test_control_a_strike_a_day_later_takes_no_doer(ex):
    text = (
        "WASHINGTON (Wire) — The United States struck two airfields in Yemen early on Sunday, the Pentagon said. "
        "On Wednesday, unidentified drones hit a fuel depot near Hodeidah, residents said."
    )
    assert all(r[2] != ("United States",) for r in _rows(ex, text) if r[1] == "Hodeidah")
