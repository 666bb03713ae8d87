"""Fire two sides traded is its own fight, not a retelling or a claim of one side's blow told before it."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 5, 7)


def _rows(ex: Extractor, text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    facts = ex.extract(text, id="x", published=PUB)
    return sorted((i.type, i.location, tuple(sorted(i.actors))) for i in facts.incidents)


def test_a_strike_lead_and_an_exchange_of_artillery_fire_are_two_events(ex):
    text = (
        "LAHORE (Wire) — India struck eight sites in Pakistan-administered Kashmir before dawn on Wednesday, "
        "officials said. Indian and Pakistani troops exchanged heavy artillery fire along the Line of Control "
        "in Kashmir through the night, the army said."
    )
    rows = _rows(ex, text)
    assert len(rows) == 2, rows
    assert {r[2] for r in rows} == {("India",), ("India", "Pakistan")}


def test_fire_traded_near_a_village_is_no_claim_of_the_raid_told_before(ex):
    text = (
        "TYRE (Wire) — Israel struck several hillside villages in southern Lebanon on Tuesday, the army said. "
        "Israeli soldiers and Hezbollah fighters traded fire near the border village of Aitaroun, residents said."
    )
    rows = _rows(ex, text)
    assert len(rows) == 2, rows
    assert ("armed_clash", "Aitaroun", ("Hezbollah", "Israel")) in rows


def test_control_one_side_retold_stays_one_event(ex):
    text = (
        "TYRE (Wire) — Israeli jets struck southern Lebanon on Tuesday, the army said. The strikes hit "
        "Hezbollah positions near the town of Nabatieh, it said."
    )
    assert len(_rows(ex, text)) == 1


def test_control_a_fight_told_again_as_an_exchange_stays_one_event(ex):
    text = (
        "MOPTI (Wire) — Soldiers attacked a militant camp near Mopti on Tuesday, the army said. Soldiers and "
        "militants exchanged fire for hours, it said, and 12 militants were killed."
    )
    assert len(_rows(ex, text)) == 1
