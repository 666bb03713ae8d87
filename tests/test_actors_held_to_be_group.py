"""Armed men held to be a group's ("believed to be X fighters", "suspected of being X members"), beside the event or in a later sentence naming them again as "the attackers", make that group a suspect (GUIDE: "X (suspected)")."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text: str) -> tuple[str, ...]:
    [inc] = ex.extract(text, id="t", published=date(2025, 4, 2)).incidents
    return inc.actors


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # the belief set off after the doers' role noun, in the sentence after the event
        (
            "Armed men raided the village of Kumshe Gari on Sunday, leaving eight villagers dead, a local chief said. "
            "The attackers, believed to be Boko Haram fighters, burned a market.",
            "Boko Haram",
        ),
        # the same belief told by a verb of its own, with nothing else done
        (
            "Armed men raided the village of Kumshe Gari on Sunday, leaving eight villagers dead, a local chief said. "
            "The assailants were thought to be ISWAP militants.",
            "ISWAP",
        ),
        # "belong to" after the doers named again, in a clause of the event's own sentence
        (
            "Armed men raided the village of Kumshe Gari on Sunday, leaving eight villagers dead; "
            "the gunmen were believed to belong to ISWAP.",
            "ISWAP",
        ),
        # the belief right after the doers, before the event's verb
        (
            "Gunmen believed to be Boko Haram fighters raided the village of Kumshe Gari on Sunday, leaving eight villagers dead.",
            "Boko Haram",
        ),
        (
            "Gunmen suspected of being Boko Haram members raided the village of Kumshe Gari on Sunday, "
            "leaving eight villagers dead.",
            "Boko Haram",
        ),
        (
            "Gunmen believed to belong to ISWAP raided the village of Kumshe Gari on Sunday, leaving eight villagers dead.",
            "ISWAP",
        ),
    ],
)
def test_men_held_to_be_a_groups_make_it_a_suspect(ex, text, group):
    assert _actors(ex, text) == (f"{group} (suspected)",)


def test_the_group_acting_in_its_own_name_has_no_suffix(ex):
    """Near miss: the group told as the doer outright is no suspect."""
    text = "Boko Haram fighters raided the village of Kumshe Gari on Sunday, leaving eight villagers dead, a local chief said."
    assert _actors(ex, text) == ("Boko Haram",)


@pytest.mark.parametrize(
    "text",
    [
        # a belief about the event, not about whose men did it
        "Armed men raided the village of Kumshe Gari on Sunday, leaving eight villagers dead. "
        "Officials believed the raid had ended before dawn.",
        # a belief of how many they were
        "The gunmen, believed to number around 40, raided the village of Kumshe Gari on Sunday, leaving eight villagers dead.",
        "Armed men raided the village of Kumshe Gari on Sunday, leaving eight villagers dead. "
        "The attackers, thought to number around 40, burned a market.",
        # a belief of where they went, naming a country
        "Armed men raided the village of Kumshe Gari on Sunday, leaving eight villagers dead. "
        "The attackers were believed to be hiding near the border with Niger.",
    ],
)
def test_a_belief_of_no_group_names_no_actor(ex, text):
    assert _actors(ex, text) == ()


def test_a_belief_already_acting_adds_no_second_name(ex):
    """Near miss: the group already the doer, then held to be it again, stays one actor with no suffix."""
    text = (
        "Boko Haram fighters raided the village of Kumshe Gari on Sunday, leaving eight villagers dead. "
        "The attackers were believed to be Boko Haram members from a nearby camp."
    )
    assert _actors(ex, text) == ("Boko Haram",)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # those a raid killed, held to be a group's men, are whom it hit, not its suspects
        (
            "Nigerian troops killed 20 militants near the village of Kumshe Gari on Sunday, the army said. "
            "The militants were believed to be ISWAP fighters.",
            ("Nigeria",),
        ),
        (
            "Twenty militants were killed near the village of Kumshe Gari on Sunday. "
            "The militants were believed to be ISWAP fighters.",
            (),
        ),
        # a doer already named keeps the event its own
        (
            "Nigerian troops killed 20 militants near the village of Kumshe Gari on Sunday, the army said. "
            "The attackers were believed to be ISWAP fighters.",
            ("Nigeria",),
        ),
    ],
)
def test_men_held_to_be_a_groups_who_did_not_act_are_no_suspects(ex, text, actors):
    assert _actors(ex, text) == actors
