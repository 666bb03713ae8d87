"""A headline tells its blow in the present and drops its articles: "Gunmen Attack X Killing Five", "Jets Pound X
Overnight", "Two Blasts Hit Market In X". The place right after the verb is the scene, the count after "kill" is
the dead, and a blast that hit a bare noun in a named town is a blast there, in title case or sentence case alike;
the same words told as a threat, a modal or a currency's slide stay as they were.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 3, 14)  # a Friday


def _read(ex, text):
    return [
        (i.type, i.location, str(i.date), i.casualties.killed) for i in ex.extract(text, id="t", published=DAY).incidents
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a blast that hit a bare noun in a named town: a one-line story is about conflict
        ("Two Blasts Hit Market In Dikwa On Friday", [("explosion", "Dikwa", "2025-03-14", None)]),
        ("Two blasts hit market in Dikwa on Friday", [("explosion", "Dikwa", "2025-03-14", None)]),
        # a town right after the present of a blow is its scene
        ("Gunmen Attack Gwoza Killing Five", [("armed_clash", "Gwoza", "2025-03-13/2025-03-14", 5)]),
        ("Gunmen attack Gwoza killing five", [("armed_clash", "Gwoza", "2025-03-13/2025-03-14", 5)]),
        # "pound" and "bomb" are verbs after a plural subject
        ("Jets Pound Raqqa Overnight", [("air_strike", "Raqqa", "2025-03-13/2025-03-14", None)]),
        ("Jets pound Raqqa overnight", [("air_strike", "Raqqa", "2025-03-13/2025-03-14", None)]),
        # the present "kill" and its count: the dead
        ("Gunmen Kill Five In Gwoza", [("armed_clash", "Gwoza", "2025-03-13/2025-03-14", 5)]),
        # control: the past was already read so
        ("Jets Pounded Raqqa Overnight", [("air_strike", "Raqqa", "2025-03-13/2025-03-14", None)]),
        ("Gunmen attacked Gwoza on Friday, killing five.", [("armed_clash", "Gwoza", "2025-03-14", 5)]),
    ],
)
def test_headline_present_blow(ex, text, expected):
    assert _read(ex, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two Blasts Hit Market In Dikwa On Friday\n\nTwo blasts hit a market in Dikwa on Friday.",
        "Two blasts hit a market in Dikwa on Friday.",
    ],
)
def test_headline_and_body_are_one_blast(ex, text):
    assert _read(ex, text) == [("explosion", "Dikwa", "2025-03-14", None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # nouns, not verbs, with no plural subject before them
        ("Car Bomb Kills Five In Kano", [("explosion", "Kano", "2025-03-13/2025-03-14", 5)]),
        ("British Pound Hits Record Low Against Dollar", []),
        # a kill held out or denied counts no dead
        ("Soldiers will not kill 10 prisoners in Bama, the commander insisted on Friday after clashes.", []),
        # weather is no blast
        ("A scandal rocked the party in Abuja, and two blasts of cold air hit farms in Kano on Friday.", []),
    ],
)
def test_controls_stay(ex, text, expected):
    assert _read(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title-case third person after a party, its object next: the party's deed
        ("Army Shells Rebel Positions Near Goma", [("shelling", "Goma", "2025-03-13/2025-03-14", None)]),
        ("Ukraine Downs 40 Russian Drones Overnight", [("interception", "Ukraine", "2025-03-13/2025-03-14", None)]),
        # control: a verb after the word makes it a plural noun, the subject
        ("Artillery Shells Fall On Market In Goma", []),
        ("Car Bombs Kill Five In Kano", [("explosion", "Kano", "2025-03-13/2025-03-14", 5)]),
        ("Ups And Downs Of War In Ukraine", []),
    ],
)
def test_headline_third_person_blow(ex, text, expected):
    assert _read(ex, text) == expected


@pytest.mark.parametrize(
    "text, injured",
    [
        # the present "wounds" and its count: the wounded
        ("Bomb Blast Wounds 9 In Maiduguri\n\nResidents fled.", 9),
        ("A blast wounds nine people at a market in Maiduguri on Friday.", 9),
        # control: the past was already read so
        ("A blast wounded nine people at a market in Maiduguri on Friday.", 9),
    ],
)
def test_present_wounds_count(ex, text, injured):
    assert [i.casualties.injured for i in ex.extract(text, id="t", published=DAY).incidents] == [injured]


def test_wounds_as_a_noun_counts_nobody(ex):
    text = "A blast hit a market in Maiduguri on Friday. A trader later died of his wounds in hospital."
    assert [i.casualties.injured for i in ex.extract(text, id="t", published=DAY).incidents] == [None]
