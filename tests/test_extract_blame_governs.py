"""A party a blame, claim or suspicion governs is marked as blamed, claiming or suspected wherever its name stands
(before the event word, after a "by" that names the one blaming, in a bare suspicion), while a doer keeps no mark."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text):
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 3, 12)).incidents]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the blame or claim phrase sits between the weapon and the event verb
        ("A roadside bomb blamed on the Islamic State killed six people near Kirkuk on Sunday.", "Islamic State (blamed)"),
        ("Mortar rounds claimed by Al-Shabaab wounded seven soldiers near Baidoa on Sunday.", "Al-Shabaab (claimed)"),
        # the one who blames stands between the blame verb and "on"
        ("A rocket attack on the port of Aden on Sunday was blamed by the government on the Houthis.", "Houthis (blamed)"),
        # armed men held to be from a group
        ("Gunmen thought to be from Al-Shabaab stormed a police post near Baidoa on Sunday.", "Al-Shabaab (suspected)"),
        # a bare suspicion told in the next sentence
        (
            "A bomb killed nine soldiers at a checkpoint near Quetta on Sunday. Investigators suspected the Pakistani Taliban.",
            "Tehrik-i-Taliban Pakistan (suspected)",
        ),
    ],
)
def test_a_governed_party_is_marked(ex, text, actor):
    assert _actors(ex, text) == [(actor,)]


def test_a_deed_renamed_after_in_an_names_its_suspected_doer(ex):
    text = (
        "A drone hit a fuel depot near Erbil on Sunday in an attack thought by officials to have been carried out"
        " by Kataib Hezbollah."
    )
    assert _actors(ex, text) == [("Kataeb Hezbollah (suspected)",)]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a bomb planted by a group: the group acted, no mark
        ("A roadside bomb planted by the Islamic State killed six people near Kirkuk on Sunday.", [("Islamic State",)]),
        # "by" naming the doer, no other preposition after it
        ("The port of Aden was shelled on Sunday by the Houthis.", [("Houthis",)]),
        # the attack answered is another deed: its doer is not the doer of the strike
        ("Rockets hit a base near Erbil on Sunday in a response to an attack by Kataib Hezbollah.", [()]),
        # an adjective before the armed men, no suspicion phrase: they acted
        ("Al-Shabaab gunmen stormed a police post near Baidoa on Sunday.", [("Al-Shabaab",)]),
        # a suspicion naming men arrested later is no suspect of the bombing
        ("A bomb killed nine soldiers at a checkpoint near Quetta on Sunday. Suspected Pakistani Taliban fighters were held.", [()]),
    ],
)
def test_near_misses_keep_their_reading(ex, text, actors):
    assert _actors(ex, text) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # the party's men, then a clause about them
        (
            "A car bomb exploded at a market in Deir ez-Zor on Sunday, killing four. Officials blamed Islamic State cells that hide in the desert.",
            [("Islamic State (blamed)",)],
        ),
        ("A car bomb exploded at a market in Deir ez-Zor on Sunday, killing four. Officials blamed Israel, which kept silent.", [("Israel (blamed)",)]),
        # the clause after the party goes on to blame it for another deed
        (
            "A car bomb exploded at a market in Deir ez-Zor on Sunday, killing four. Officials blamed Islamic State cells that hide in the"
            " desert for the murder of a tribal elder.",
            [()],
        ),
    ],
)
def test_a_bare_blame_reaches_past_the_partys_men_and_a_clause_about_them(ex, text, actors):
    assert _actors(ex, text) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # the renaming noun told after a report set off by commas, one of a series
        (
            "A bulk carrier was attacked off Mukalla on Sunday, the navy said, in the latest suspected Houthi raid on shipping.",
            [("Houthis (suspected)",)],
        ),
        ("A fuel truck was struck near Ras Isa on Sunday in another Houthi attack.", [("Houthis",)]),
    ],
)
def test_a_renaming_noun_after_the_report_names_the_doer(ex, text, actors):
    assert _actors(ex, text) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "A drone hit an army post near Hasakah on Sunday, killing two soldiers. Officials said the attack bore the"
            " hallmarks of Kataib Hezbollah.",
            [("Kataeb Hezbollah (suspected)",)],
        ),
        (
            "A bomb went off at a bus station in Quetta on Sunday, killing eight, in an attack that had all the hallmarks"
            " of a Pakistani Taliban operation.",
            [("Tehrik-i-Taliban Pakistan (suspected)",)],
        ),
        # a likeness to no party names no suspect
        (
            "A drone hit an army post near Hasakah on Sunday, killing two soldiers. The attack bore the hallmarks of"
            " earlier raids.",
            [()],
        ),
    ],
)
def test_the_hallmarks_of_a_party_make_it_a_suspect(ex, text, actors):
    assert _actors(ex, text) == actors
