"""Two events told in one sentence, each with its own day and town ("gunmen killed two in A on Saturday and
a bomb wounded five in B on Sunday"): each at its own town. The tolls are no single event broken down by
place (no country-level row), and a spot no gazetteer knows in the second is not taken to lie in the first's
town. A toll broken down by place within one clause stays one event over the country."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    incs = ex.extract(text, id="t", published=date(2025, 3, 10)).incidents
    return sorted((i.date, i.location, i.country) for i in incs)


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        (
            "Gunmen killed two in Quetta on Saturday and a roadside bomb wounded five in Turbat on Sunday.\n\n"
            "Pakistan has seen a rise in attacks in Balochistan.",
            [("2025-03-08", "Quetta", "Pakistan"), ("2025-03-09", "Turbat", "Pakistan")],
        ),
        (
            "Gunmen killed two in Quetta on Saturday and a roadside bomb wounded five in Kech on Sunday.\n\n"
            "Pakistan has seen a rise in attacks in Balochistan.",
            [("2025-03-08", "Quetta", "Pakistan"), ("2025-03-09", "Kech", "Pakistan")],
        ),
        (
            "Gunmen killed two in Kunduz on Saturday and a roadside bomb wounded five in the Dasht-e Archi district on "
            "Sunday.\n\nAfghanistan's Taliban police blamed Islamic State for the attacks in Afghanistan.",
            [("2025-03-08", "Kunduz", "Afghanistan"), ("2025-03-09", "Dasht-e Archi district", "Afghanistan")],
        ),
        (
            # near miss: tolls told with their victims, no share of one event at each town
            "Jihadists killed four soldiers in Djibo on Saturday and a roadside bomb wounded six in Arbinda on Sunday."
            "\n\nBurkina Faso's army said it pursued the attackers across Burkina Faso.",
            [("2025-03-08", "Djibo", "Burkina Faso"), ("2025-03-09", "Arbinda", "Burkina Faso")],
        ),
    ],
)
def test_two_days_two_towns(ex, text, seen):
    assert _seen(ex, text) == seen


def test_shares_in_one_clause_stay_one_event_over_the_country(ex):
    # near miss: the shares are told in the clause of the one event
    text = (
        "Russia said its air defences destroyed 23 Ukrainian drones overnight, including 12 over the Kursk region "
        "and eight over the Belgorod region."
    )
    found = ex.extract(text, id="t", published=date(2025, 3, 10)).incidents
    assert [(i.location, i.country) for i in found] == [("Russia", "Russia")]


def test_spot_in_the_town_of_one_event_told_once(ex):
    # near miss: one day, one clause: the spot no gazetteer knows lies in the town named before it
    text = (
        "In Quetta, gunmen attacked a checkpoint in the Kili Ismail area on Saturday, killing two policemen.\n\n"
        "Pakistan has seen a rise in attacks in Balochistan."
    )
    found = ex.extract(text, id="t", published=date(2025, 3, 10)).incidents
    assert [(i.location, i.country) for i in found] == [("Kili Ismail area, Quetta", "Pakistan")]
