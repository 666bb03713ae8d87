"""A claim of an event named by its day's possessive ("claimed Friday's attack") gives the event told its
claimant, as "claimed the attack" does, even when the claimant's name is set off by an apposition: the day's
possessive is the noun's determiner, not an owner who did it (GUIDE: "X (claimed)")."""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 6, 17)  # a Tuesday
LEAD = "Gunmen attacked an army post near Mopti on Saturday, killing four soldiers, a security source said. "


def _incidents(ex, text: str):
    return ex.extract(text, id="t", published=DAY).incidents


@pytest.mark.parametrize(
    "claim",
    [
        "JNIM, an umbrella group of al-Qaeda-aligned factions, claimed Saturday's attack in a statement.",
        "JNIM, a coalition of jihadist factions, claimed Saturday's raid on its news channel.",
        "JNIM claimed Saturday's attack in a statement.",
    ],
)
def test_a_claim_of_the_days_attack_names_the_claimant(ex, claim):
    incs = _incidents(ex, LEAD + claim)
    assert len(incs) == 1 and incs[0].date == "2025-06-14"
    assert "JNIM (claimed)" in incs[0].actors, incs[0].actors


def test_control_a_day_named_event_without_a_claim_stays_unclaimed(ex):
    """Near miss: the day's attack told again with no claim verb is the same event, with no claimant."""
    text = LEAD + "Residents of Mopti, a town of traders and fishermen, said Saturday's attack was the deadliest in months."
    incs = _incidents(ex, text)
    assert [(i.date, i.actors) for i in incs] == [("2025-06-14", ())], incs
