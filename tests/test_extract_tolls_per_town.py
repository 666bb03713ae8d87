"""A toll of its own told at each town listed with "and" ("strikes killed four in A and two in B", "killed one in
A and wounded three in B"): one event at each town, each with its own dead or wounded. Towns listed with one toll
stay one operation."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    incs = ex.extract(text, id="t", published=date(2025, 3, 10)).incidents
    return sorted((i.location, i.casualties.killed, i.casualties.injured) for i in incs)


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        (
            "Israeli strikes killed four people in Rafah and two in Khan Younis on Sunday, medics said.",
            [("Khan Younis", 2, None), ("Rafah", 4, None)],
        ),
        (
            "Russian shelling killed one person in Kherson and wounded three in Nikopol on Sunday.",
            [("Kherson", 1, None), ("Nikopol", None, 3)],
        ),
        (
            "Shelling wounded four people in Kherson and two in Beryslav on Wednesday, the governor said.",
            [("Beryslav", None, 2), ("Kherson", None, 4)],
        ),
        (
            "Gunmen killed 20 villagers in Djibo and 15 in Arbinda on Saturday, local sources said.",
            [("Arbinda", 15, None), ("Djibo", 20, None)],
        ),
    ],
)
def test_a_toll_at_each_town_is_an_event_at_each(ex, text, seen):
    assert _seen(ex, text) == seen


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        # one toll for towns listed together: one operation, told at its first town
        ("Israeli strikes in Rafah and Khan Younis killed six people on Sunday.", [("Rafah", 6, None)]),
        ("Israeli strikes hit Rafah and Khan Younis on Sunday, killing six people.", [("Rafah", 6, None)]),
        ("Israeli strikes killed four people in Rafah and Khan Younis on Sunday.", [("Rafah", 4, None)]),
        # one town, the wounded told of the same city
        (
            "Israeli strikes killed four people in Rafah and wounded two in the same city on Sunday.",
            [("Rafah", 4, 2)],
        ),
    ],
)
def test_near_miss_one_toll_for_the_towns_stays_one_operation(ex, text, seen):
    assert _seen(ex, text) == seen


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        (
            "Israeli strikes killed six in Gaza and two in Lebanon on Sunday, officials said.",
            [("Gaza", 6, None), ("Lebanon", 2, None)],
        ),
        (
            "American raids killed ten fighters in Mogadishu and four in Kenya on Sunday.",
            [("Kenya", 4, None), ("Mogadishu", 10, None)],
        ),
        (
            "Drones killed three in Khartoum and wounded two in Chad on Sunday.",
            [("Chad", None, 2), ("Khartoum", 3, None)],
        ),
    ],
)
def test_a_toll_in_a_town_and_one_in_another_country_are_two_events(ex, text, seen):
    # a town outranks a country as one scene's place, but a toll of its own in another country is a second scene
    assert _seen(ex, text) == seen


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        # one toll over both: one operation at the town
        ("Israeli strikes killed six in Gaza and Lebanon on Sunday.", [("Gaza", 6, None)]),
        # the second toll is told by a clause of its own
        ("Israeli strikes killed six in Gaza, and Lebanon reported two more deaths on Sunday.", [("Gaza", 6, None)]),
    ],
)
def test_a_country_without_its_own_toll_is_no_second_scene(ex, text, seen):
    assert _seen(ex, text) == seen
