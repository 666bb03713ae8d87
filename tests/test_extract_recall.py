"""Recall of attack incidents: events the frame's slots and the sentence's grammar say happened.

Each test names one rule of language (a complementiser is no determiner, a target narrows the
country it lies in, a speaker's participle does not qualify the event), on self-written wordings.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 6, 18)


def _found(ex, text, published=DAY):
    return [(i.type, i.location) for i in ex.extract(text, id="r", published=published).incidents]


@pytest.mark.parametrize(
    "second",
    [
        "Earlier, residents reported that Turkish warplanes launched air strikes on farms near Amedi.",
        "Residents said that Turkish warplanes also bombed a farm near Amedi.",
    ],
)
def test_that_after_a_reporting_verb_opens_a_clause_and_refers_back_to_nothing(ex, second):
    # "reported that Turkish warplanes": "that" opens what was said; the warplanes are new, so is the raid
    text = f"Turkish jets struck a village in Duhok province. {second}"
    assert _found(ex, text, None) == [("air_strike", "Duhok province"), ("air_strike", "Amedi")]


@pytest.mark.parametrize("toward", ["toward", "towards", "at"])
def test_the_target_of_an_attack_narrows_the_country_it_lies_in(ex, toward):
    text = f"Iran fired six missiles {toward} the Al Udeid Air Base in Qatar on Monday."
    assert _found(ex, text) == [("missile_attack", "Al Udeid Air Base")]


@pytest.mark.parametrize(
    "gloss",
    [
        "describing the attack as part of a wave of strikes",
        "calling the raid one of many attacks in recent weeks",
    ],
)
def test_a_speakers_participle_does_not_make_the_event_a_pattern(ex, gloss):
    text = f"Ukraine said on Friday that three Russian drones were shot down over Kharkiv, {gloss}."
    assert _found(ex, text) == [("interception", "Kharkiv")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a weapon or an armed party as the doer of harm makes an event of its own
        ("Last week, one rocket wounded nine people in Sderot, medics said.", [("rocket_attack", "Sderot")]),
        ("On Monday, Ethiopian troops killed 14 villagers in Gondar.", [("armed_clash", "Gondar")]),
        ("A shepherd was killed by army snipers near Jenin on Sunday.", [("armed_clash", "Jenin")]),
        # a bare toll names nobody who did it: no event
        ("Five people were killed in Gondar on Monday, officials said.", []),
    ],
)
def test_harm_done_by_a_weapon_or_an_armed_party_is_an_event(ex, text, expected):
    assert _found(ex, text) == expected


@pytest.mark.parametrize("tried", ["tried to hit", "attempted to strike"])
def test_weapons_that_tried_to_hit_a_target_were_fired(ex, tried):
    # an attempt by a weapon is an attack that missed; an attempt by a party may never have happened
    text = f"On Monday, two drones {tried} a tanker in the Gulf of Aden, the navy said."
    assert _found(ex, text) == [("drone_attack", "Gulf of Aden")]
    assert _found(ex, f"On Monday, the rebels {tried} a tanker in the Gulf of Aden.") == []


def test_a_third_weapon_is_a_further_event_at_its_own_target(ex):
    text = (
        "Drones struck the airport in Port Sudan on Tuesday. Another drone hit an army base in the city. "
        "A third drone struck a fuel depot in the city."
    )
    assert len(_found(ex, text)) == 3


@pytest.mark.parametrize(
    "salvo", ["120 drones and six missiles", "drones and missiles", "400 drones and 40 cruise missiles"]
)
def test_drones_listed_with_missiles_make_a_missile_attack(ex, salvo):
    # a mixed salvo is a missile attack (GUIDE), whatever counts stand before each weapon
    text = f"Troops fought on. Russian forces launched {salvo} at Ukraine on Monday, the air force said."
    assert _found(ex, text) == [("missile_attack", "Ukraine")]


@pytest.mark.parametrize(
    "site, place",
    [
        ("the Kurdistan region's Zarga gas field", "Zarga gas field"),
        ("the Qarawat refinery", "Qarawat refinery"),
        ("the Tilwan air base", "Tilwan air base"),
    ],
)
def test_a_site_named_with_its_kind_is_the_scene_the_gazetteer_lacks(ex, site, place):
    text = f"Troops fought on. A drone hit {site} in Iraq on Monday, halting work."
    [(kind, location)] = _found(ex, text)
    assert kind == "drone_attack" and location.startswith(place) and "'s" not in location


def test_a_weapon_downed_on_its_way_is_placed_where_it_was_heading(ex):
    text = "Troops fought on. A drone launched toward Eilat was downed by the air force on Friday."
    assert _found(ex, text) == [("interception", "Eilat")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Patriot batteries engaged incoming ballistic missiles over Doha on Monday.",
            [("interception", "Doha")],
        ),
        ("Air defences engaged several drones near Isfahan on Friday.", [("interception", "Isfahan")]),
        # engaging troops is no interception
        ("The rebels engaged government troops near Goma on Monday.", []),
    ],
)
def test_air_defence_engaging_what_flies_is_an_interception(ex, text, expected):
    assert _found(ex, f"Troops fought on. {text}") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # many weapons or strikes in one raid, with its own day and spot, are one event
        (
            "Israel launched a wave of strikes on the port of Hodeidah on Friday.",
            [("air_strike", "port of Hodeidah")],
        ),
        (
            "On Monday, Iran fired multiple missiles at the Al Udeid Air Base.",
            [("missile_attack", "Al Udeid Air Base")],
        ),
        # without a day and a spot of their own, the same words tell a pattern
        ("Israel has launched a wave of strikes on Lebanon in recent weeks.", []),
        ("Iran fired multiple missiles at Israel last year.", []),
    ],
)
def test_a_wave_of_strikes_on_one_spot_on_one_day_is_one_raid(ex, text, expected):
    assert _found(ex, f"Troops fought on. {text}") == expected


def test_a_state_attacking_by_untold_means_is_no_ground_battle(ex):
    text = (
        "Troops fought on. Russia's overnight attack on Kharkiv killed 23 people, officials said on Thursday."
    )
    assert _found(ex, text) == [("other", "Kharkiv")]


@pytest.mark.parametrize(
    ("second", "found"),
    [
        # "another attack", "a second attack" with no weapon of its own: one more of the attacks told
        (
            "Another attack in Sumy in northern Ukraine resulted in at least six deaths.",
            ("missile_attack", "Sumy"),
        ),
        ("A second attack hit a power plant in Sumy on Tuesday.", ("missile_attack", "Sumy")),
        ("In a separate attack, a school in Sumy was damaged on Tuesday.", ("missile_attack", "Sumy")),
    ],
)
def test_a_further_attack_of_untold_means_is_one_more_of_the_attacks_told(ex, second, found):
    """A further attack whose means no word near it names is one more event of the kind just told,
    made with the weapon last named (GUIDE: kept with the attacks the piece is about)."""
    text = f"Russian missiles struck Odesa on Tuesday, killing four people at a port. {second}"
    assert _found(ex, text) == [("missile_attack", "Odesa"), found]


def test_a_further_attack_after_a_ground_attack_stays_on_the_ground(ex):
    text = (
        "Gunmen attacked a police post in Zamfara on Tuesday, killing four officers. "
        "Another attack on a village in Katsina left six dead."
    )
    assert _found(ex, text) == [("armed_clash", "Zamfara"), ("armed_clash", "Katsina")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Naval troops said they had seized the tanker Blue Heron as it sailed through the Strait of Hormuz.",
            [("other", "Strait of Hormuz")],
        ),
        (
            "Armed commandos boarded and seized a Panama-flagged cargo ship carrying two thousand tonnes of smuggled diesel off the island of Kharg.",
            [("other", "Kharg")],
        ),
    ],
)
def test_a_vessel_seized_is_an_event_wherever_its_place_is_told(ex, text, expected):
    # a seizure names what was taken (a ship, a plane): the place may come late in the clause, after the
    # vessel's name and course, and the taking is still one event, not talk of seizures
    assert _found(ex, text) == expected


@pytest.mark.parametrize("many", ["multiple", "numerous"])
def test_many_weapons_in_one_event_are_no_habit(ex, many):
    # "multiple drones were shot down" counts the weapons of one event, as "several" does; "multiple
    # attacks" still speaks of many events
    text = f"Latvia said on Tuesday that {many} Russian drones crossed its border and were shot down by allied jets."
    assert _found(ex, text) == [("interception", "Latvia")]
    text = f"Gunmen have carried out {many} attacks on police posts in the north of Latvia, officials said."
    assert _found(ex, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials blamed Israel for sabotage at the Karaj power plant on Sunday, after troops raised alerts.",
        "Saboteurs sabotaged the rail line near Karaj on Sunday, the army said.",
    ],
)
def test_sabotage_is_an_attack_of_untold_means(ex, text):
    # damage done on purpose is an event of its own kind, whatever did it ("other", as the GUIDE types an
    # attack whose means are not told); a plan to sabotage is not
    assert _found(ex, text) == [("other", "Karaj")]
    assert _found(ex, "The army warned that rebels planned to sabotage the pipeline near Karaj.") == []
    # a unit named for its task is no deed
    assert _found(ex, 'Troops said a "sabotage and reconnaissance group" was spotted near Karaj on Sunday.') == []


def test_attackers_make_an_article_about_violence(ex):
    # the doers of an attack named as such ("attackers", "assailants", a "gunman") are conflict vocabulary,
    # as "gunmen" is: a short report of a shooting is relevant though it names no weapon or force
    text = (
        "Attackers fired at the car of a senior official near Qom on Friday, state media reported.\n\n"
        "The official died in hospital hours later.\n\nHis deputy vowed the killers would pay."
    )
    assert _found(ex, text, None)[:1] == [("armed_clash", "Qom")]


@pytest.mark.parametrize(
    "answer",
    [
        "The militia had vowed to respond to the army's mortar attack on Tal Afar on June 2.",
        "The militia pledged to avenge the shelling of Tal Afar on June 2.",
        "The militia promised it would retaliate for the shelling of Tal Afar on June 2.",
    ],
)
def test_the_event_a_pledged_answer_takes_as_its_object_happened(ex, answer):
    # the modal governs the answer, not the event answered, which the verb names as done
    text = f"Gunmen attacked a checkpoint in Sinjar on Monday. {answer}"
    assert ("shelling", "Tal Afar") in _found(ex, text)


def test_an_answer_to_any_attack_is_no_event(ex):
    assert _found(ex, "The militia vowed to respond to any attack on Tal Afar.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a campaign from the air on a named party or place is one event at that level
        ("Last week Israel began a broad air campaign against Iran.", [("air_strike", "Iran")]),
        ("Britain joined the bombing campaign in Yemen in March.", [("air_strike", "Yemen")]),
        # ... but not one named only by its word, nor one told as a pattern of months or as a backdrop
        ("The carrier arrived amid a bombing campaign in Yemen.", []),
        ("That aerial campaign marks a new stage of the war, officials in Beirut said.", []),
        ("For months the air campaign against the rebels in Yemen has hit ports.", []),
        # a campaign or an offensive of another kind is no attack
        ("The group waged a campaign of pressure on the government in Iraq.", []),
        ("The opposition launched a political offensive against the government in Kenya.", []),
    ],
)
def test_an_air_campaign_on_a_named_target_is_one_air_strike(ex, text, expected):
    assert _found(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an answer told by the weapons it was made with is their attack
        ("Days later, Tehran claimed it had retaliated with missiles and drones on militants across the border in Pakistan.",
         [("missile_attack", "Pakistan")]),
        ("The militia responded with rockets aimed at the Kirkuk base on Sunday.", [("rocket_attack", "Kirkuk")]),
        # an answer in words, or with force of no weapon, or still to come, is none
        ("Iran responded with warnings to Israel on Monday.", []),
        ("The army will respond with full force, the ministry in Damascus said.", []),
    ],
)
def test_an_answer_told_by_its_weapons_is_their_attack(ex, text, expected):
    assert _found(ex, text) == expected
