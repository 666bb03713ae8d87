"""Frames found by probing the extractor with self-written news sentences built to a pattern, each
beside a near miss that must keep its reading.

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 3, 10)


def _found(ex, text):
    return [(i.type, i.location) for i in ex.extract(text, id="t", published=DAY).incidents]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the weapon of the event that set the attack off, told after the attack word, does not type it
        (
            "Israeli strikes prompted by Hezbollah rocket fire hit villages in southern Lebanon on Friday, the army said.",
            [("air_strike", "southern Lebanon")],
        ),
        (
            "Israeli strikes triggered by a Hezbollah rocket attack killed two people near Tyre on Friday, the army said.",
            [("air_strike", "Tyre")],
        ),
        (
            "Israeli strikes on southern Lebanon on Friday were prompted by Hezbollah rocket fire, the army said.",
            [("air_strike", "southern Lebanon")],
        ),
    ],
)
def test_cause_weapon_does_not_type_the_attack(ex, text, expected):
    assert _found(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # near misses: the weapon is the means ("launched by"), or caused the blast itself
        (
            "Rockets launched by Hezbollah hit villages in northern Israel on Friday, the army said.",
            [("rocket_attack", "northern Israel")],
        ),
        (
            "An explosion at a fuel depot in Belgorod triggered by a Ukrainian drone strike on Friday wounded two, the governor said.",
            [("drone_attack", "Belgorod")],
        ),
    ],
)
def test_weapon_named_as_the_means_still_types_it(ex, text, expected):
    assert _found(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rebel fighters broke through the army's defences near Pokrovsk on Thursday, the Ukrainian military said.", [("armed_clash", "Pokrovsk")]),
        ("RSF fighters broke through the army's defences near El Fasher on Monday, the Sudanese army said.", [("armed_clash", "El Fasher")]),
        ("Russian forces broke through Ukrainian lines near Kurakhove on Friday, a Ukrainian commander said.", [("armed_clash", "Kurakhove")]),
        ("Ukrainian troops broke through the Russian front line near Kupiansk on Sunday, the general staff said.", [("armed_clash", "Kupiansk")]),
    ],
)
def test_front_broken_through_is_fighting(ex, text, expected):
    assert _found(ex, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Protesters broke through police lines in Kyiv on Sunday, weeks into the war, witnesses said.",
        "The sun broke through the clouds over Kyiv on Sunday, weeks into the war, residents said.",
        "Striking workers broke through picket lines in Kyiv on Sunday, weeks into the war, witnesses said.",
    ],
)
def test_other_things_broken_through_are_no_fight(ex, text):
    assert _found(ex, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # people coming home were met where they came back to (the name known or not)
        ("Israeli troops opened fire on residents returning to Khiam on Sunday, killing three, the health ministry said.", [("armed_clash", "Khiam")]),
        ("Soldiers shot dead three people returning to Bint Jbeil on Sunday, the health ministry said.", [("armed_clash", "Bint Jbeil")]),
        ("Gunmen attacked displaced families returning to Kidal on Sunday, killing three, officials said.", [("armed_clash", "Kidal")]),
        (
            "Israeli troops opened fire on residents trying to return to their homes in Aitaroun on Sunday, killing three, the health ministry said.",
            [("armed_clash", "Aitaroun")],
        ),
        ("Israeli troops opened fire on residents returning to Aitaroun on Sunday, killing three, the health ministry said.", [("armed_clash", "Aitaroun")]),
    ],
)
def test_people_returning_home_were_met_there(ex, text, expected):
    assert _found(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a convoy or a bus on its way back is not at the place it was going to
        ("A bus carrying soldiers returning to Kabul was ambushed in Logar on Sunday, killing three, officials said.", [("armed_clash", "Logar")]),
        ("A convoy returning to Kabul was ambushed on Sunday, killing three soldiers, officials said.", []),
    ],
)
def test_a_convoy_on_its_way_back_is_not_at_its_goal(ex, text, expected):
    assert _found(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a kind of area before "of" and the name: the name is where it happened
        ("A Houthi drone crashed in a desert area of southern Saudi Arabia on Sunday, Saudi state media said.", [("crash", "Saudi Arabia")]),
        ("A drone crashed in a remote area of southern Iraq on Sunday, state media said.", [("crash", "Iraq")]),
    ],
)
def test_place_after_a_kind_of_area(ex, text, expected):
    assert _found(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # near misses: the area word without an adjective, and a town the area is near
        ("A drone crashed in an area of southern Iraq on Sunday, state media said.", [("crash", "Iraq")]),
        ("A drone crashed in a desert area near Tabuk on Sunday, Saudi state media said.", [("crash", "Tabuk")]),
    ],
)
def test_area_near_misses_keep_their_reading(ex, text, expected):
    assert _found(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # ground fighting begun on a place named
        ("The Kachin Independence Army launched an offensive on Bhamo on Saturday, residents said.", [("armed_clash", "Bhamo")]),
        ("The RSF mounted a fresh offensive against El Fasher on Monday, the army said.", [("armed_clash", "El Fasher")]),
        ("The army began an offensive to retake Wad Madani on Sunday, military sources said.", [("armed_clash", "Wad Madani")]),
        ("The RSF launched an offensive against the city of El Fasher on Monday, the army said.", [("armed_clash", "El Fasher")]),
    ],
)
def test_offensive_launched_on_a_place_is_fighting(ex, text, expected):
    assert _found(ex, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a campaign against a foe with no front named, or an offensive of words
        "Puntland forces launched a ground offensive against the group in the mountains in December, officials said.",
        "The government launched a diplomatic offensive in Brussels on Saturday to win support for the war effort.",
    ],
)
def test_offensive_of_words_or_against_a_foe_is_no_fight(ex, text):
    assert _found(ex, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # armed men of no state launching an attack noun fight on the ground, as when they "attacked"
        ("Rebels launched an assault on Bhamo on Saturday, residents said.", [("armed_clash", "Bhamo")]),
        ("Rebels launched an attack on Bhamo on Saturday, residents said.", [("armed_clash", "Bhamo")]),
        ("Gunmen carried out an attack on a village in Zamfara on Sunday, residents said.", [("armed_clash", "Zamfara")]),
    ],
)
def test_irregulars_launching_an_attack_fight_on_the_ground(ex, text, expected):
    assert _found(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a ship attacked, a state's attack of untold means, and an attack of no arms keep "other"
        ("Houthi rebels launched an attack on a tanker off Hodeidah on Sunday, a spokesman said.", [("other", "Hodeidah")]),
        ("Russia launched an attack on Kyiv on Saturday, the mayor said.", [("other", "Kyiv")]),
        ("Hackers launched an attack on the ministry's servers in Kyiv on Saturday, during the war, officials said.", [("other", "Kyiv")]),
    ],
)
def test_attacks_of_untold_means_stay_untyped(ex, text, expected):
    assert _found(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # aircraft scrambled as a precaution are not the means of the attack told beside them
        (
            "Poland scrambled fighter jets on Monday as Russia launched a massive missile attack on western Ukraine, the Polish military said.",
            [("missile_attack", "Ukraine")],
        ),
        ("Polish and allied aircraft were scrambled on Monday as Russian missiles struck Lviv, the military said.", [("missile_attack", "Lviv")]),
    ],
)
def test_scrambled_jets_do_not_type_the_attack(ex, text, expected):
    assert _found(ex, text) == expected


def test_jets_that_struck_still_type_the_attack(ex):
    assert _found(ex, "Russian jets struck Lviv on Monday, the military said.") == [("air_strike", "Lviv")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # people harmed by a party's fire of untold means were shot at
        ("Two Palestinians were killed by Israeli fire near an aid distribution site in Rafah on Sunday, medics said.", [("armed_clash", "Rafah")]),
        ("A Palestinian man was wounded by army fire near Nablus on Monday, the health ministry said.", [("armed_clash", "Nablus")]),
        ("Two soldiers were killed by friendly fire near Bakhmut on Monday, the army said.", [("armed_clash", "Bakhmut")]),
    ],
)
def test_harmed_by_a_partys_fire_is_a_shooting(ex, text, expected):
    assert _found(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a blaze harms no one by arms; fire named by its weapon keeps the weapon's type
        ("Three people were killed by fire in an apartment block in Kyiv on Sunday, weeks into the war, officials said.", []),
        ("Two people were killed by Russian artillery fire in Kherson on Monday, officials said.", [("shelling", "Kherson")]),
        ("Two people were killed by Russian rocket fire in Kherson on Monday, officials said.", [("rocket_attack", "Kherson")]),
    ],
)
def test_fire_near_misses_keep_their_reading(ex, text, expected):
    assert _found(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a killing told by its purpose, with its one dead
        ("Unknown gunmen assassinated a local official in Daraa province on Thursday, a monitor said.", [("armed_clash", "Daraa province", 1)]),
        ("Gunmen on a motorbike assassinated a police commander in Mogadishu on Monday, officials said.", [("armed_clash", "Mogadishu", 1)]),
        ("An Israeli drone assassinated a Hamas commander in Tyre on Monday, the army said.", [("drone_attack", "Tyre", 1)]),
    ],
)
def test_assassination_is_a_killing(ex, text, expected):
    found = [(i.type, i.location, i.casualties.killed) for i in ex.extract(text, id="t", published=DAY).incidents]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        # a plot foiled, and a killing long past only named to date a gathering
        "Police foiled a plot to assassinate the governor of Daraa on Thursday, a monitor said amid the war.",
        "Mourners gathered in Beirut on Sunday to mark a year since the leader was assassinated, amid the war.",
    ],
)
def test_assassination_near_misses_tell_no_killing(ex, text):
    assert _found(ex, text) == []
