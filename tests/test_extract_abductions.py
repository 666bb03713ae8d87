"""Abductions, assassinations and other deeds of armed men told the way local reports tell them.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 3, 10)
TAIL = "\n\nThe army gave no further details."


def _incidents(ex, text):
    return ex.extract(text + TAIL, id="t", published=DAY).incidents


@pytest.mark.parametrize(
    "text, typ, place, day",
    [
        # people carried off by armed men are an event of no listed kind (GUIDE: every specific event)
        ("Gunmen abducted four teachers in Gedo region on Saturday, an elder said.", "other", "Gedo region", "2025-03-08"),
        ("Suspected bandits kidnapped 30 travellers near Funtua on Friday, police said.", "other", "Funtua", "2025-03-07"),
        # ... the armed men as the agent of a passive
        ("Two engineers were kidnapped by armed men in Khyber Pakhtunkhwa on Sunday.", "other", "Khyber Pakhtunkhwa", "2025-03-09"),
        # ... with a life taken, a fight
        ("Gunmen kidnapped a pastor in Enugu state on Sunday and killed his guard, police said.", "armed_clash", None, "2025-03-09"),
    ],
)
def test_abduction_by_armed_men_is_an_event(ex, text, typ, place, day):
    found = _incidents(ex, text)
    assert [i.type for i in found] == [typ]
    assert str(found[0].date) == day
    if place:
        assert found[0].location == place


@pytest.mark.parametrize(
    "text",
    [
        # no armed doer told: crime, or captives of an event told elsewhere
        "A trader was abducted from his shop in Kano on Sunday, police said.",
        "The students kidnapped last month returned home on Sunday, officials said.",
        "Troops rescued 14 people who had been kidnapped, officials said.",
        # a surge of abductions is no event
        "Kidnappings by bandits have surged across the northwest this year, officials said.",
    ],
)
def test_abduction_without_armed_doers_is_no_event(ex, text):
    assert list(_incidents(ex, text)) == []


@pytest.mark.parametrize(
    "text, killed",
    [
        # one person assassinated or gunned down, told by a determiner: a toll of one
        ("A district council member was assassinated in Afgoye on Sunday, police said.", 1),
        ("A customs officer was gunned down outside his house in Bannu on Sunday.", 1),
        # ... the person told by the place they served
        ("The governor of Kandahar was assassinated at his office on Saturday, officials said.", 1),
        # ... and the deed named by its noun
        ("The assassination of a village elder in Bajaur on Sunday angered residents.", 1),
        ("Jihadists claimed the assassination of a district commissioner in Gao on Saturday.", 1),
    ],
)
def test_one_person_assassinated_is_a_toll_of_one(ex, text, killed):
    found = _incidents(ex, text)
    assert len(found) == 1
    assert found[0].casualties.killed == killed
    # its means untold, an assassination stays of no listed kind (GUIDE: other); armed men told make it a shooting
    assert found[0].type == ("armed_clash" if "gunned" in text or "Jihadists" in text else "other")


@pytest.mark.parametrize(
    "text",
    [
        # a killing planned or foiled, not done
        "Police uncovered an assassination plot against the governor of Kunduz on Sunday.",
        "Officials said assassination squads had operated in the city for years.",
        # the cause of a vow, with no day or place of its own
        "The group vowed revenge for the assassination of its founder.",
    ],
)
def test_assassination_planned_or_undated_is_no_event(ex, text):
    assert list(_incidents(ex, text)) == []


@pytest.mark.parametrize(
    "text, place, killed",
    [
        # a mass killing named by its noun is an attack, with its toll (GUIDE: armed_clash, lives taken on the ground)
        ("Saturday's massacre in the village of Kwasa killed 15 people.", "Kwasa", 15),
        ("A massacre in Mangu on Sunday left 40 people dead, officials said.", "Mangu", 40),
    ],
)
def test_a_massacre_named_by_its_noun_is_an_event(ex, text, place, killed):
    found = _incidents(ex, text)
    assert [(i.type, i.location, i.casualties.killed) for i in found] == [("armed_clash", place, killed)]


@pytest.mark.parametrize(
    "text",
    [
        # feared or warned of: no massacre done
        "Rights groups warned of a possible massacre if the rebels enter Goma.",
        "Officials said they feared a massacre in the town of Goma.",
        # the verb's infinitive after a threat: not done
        "The militia threatened to massacre the villagers of Mangu, officials said.",
    ],
)
def test_a_massacre_feared_is_no_event(ex, text):
    assert list(_incidents(ex, text)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a charge fixed to something, then the harm verb: the blast did it (GUIDE: explosion)
        ("A bomb attached to a pickup killed two guards in Kandahar on Sunday.", [("explosion", 2)]),
        ("A mine strapped to a donkey cart wounded three policemen in Kunar on Sunday.", [("explosion", None)]),
        # control: a charge fixed and made safe harmed no one
        ("A bomb attached to a pickup was defused in Kandahar on Sunday, police said.", []),
    ],
)
def test_a_charge_fixed_to_something_did_the_harm(ex, text, expected):
    assert [(i.type, i.casualties.killed) for i in _incidents(ex, text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the toll told before the "when" clause of an armed group's attack on a town: that attack took it
        ("Five soldiers were killed when JNIM attacked Boulkessi on Saturday.", [("armed_clash", "Boulkessi", 5)]),
        ("Three people were wounded when the RSF attacked Omdurman on Saturday.", [("armed_clash", "Omdurman", None)]),
        # a state's attack by untold means stays of untold kind
        ("Two people were killed on Saturday when Russia attacked Kharkiv.", [("other", "Kharkiv", 2)]),
        # controls: words attacked, or a brawl, are no armed attack
        ("A man died in Kano on Saturday when critics attacked the budget.", []),
        ("Four people were hurt when fans attacked a bus in Lagos on Saturday.", []),
    ],
)
def test_a_toll_told_before_when_an_armed_group_attacked(ex, text, expected):
    assert [(i.type, i.location, i.casualties.killed) for i in _incidents(ex, text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # one subject, two deeds after "and", each with a day of its own: two events
        (
            "Militants raided a police post in Bannu on Friday and ambushed a convoy near Tank on Saturday.",
            [("armed_clash", "Bannu", "2025-03-07"), ("armed_clash", "Tank", "2025-03-08")],
        ),
        (
            "The RSF shelled Omdurman on Friday and stormed the Zamzam camp on Saturday.",
            [("shelling", "Omdurman", "2025-03-07"), ("armed_clash", "Zamzam camp", "2025-03-08")],
        ),
        # ... the second deed's own day, not the first's, and not the first's toll
        (
            "Gunmen killed four people in Bokkos on Friday and attacked the village of Mangu on Saturday.",
            [("armed_clash", "Bokkos", "2025-03-07"), ("armed_clash", "Mangu", "2025-03-08")],
        ),
        # controls: a second verb with no day of its own goes on telling the first deed
        (
            "Militants raided a police post in Bannu on Friday and killed two officers.",
            [("armed_clash", "Bannu", "2025-03-07")],
        ),
        (
            "Militants raided a police post in Bannu and ambushed a convoy near Tank on Saturday.",
            [("armed_clash", "Tank", "2025-03-08")],
        ),
    ],
)
def test_two_deeds_of_one_subject_on_two_days(ex, text, expected):
    assert [(i.type, i.location, str(i.date)) for i in _incidents(ex, text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # homes torched by armed men are an event as people carried off are (other; a fight with a toll)
        ("Gunmen torched 30 houses in the village of Kutru on Saturday, residents said.", [("other", "Kutru")]),
        ("Junta troops torched dozens of homes in Kani township on Saturday, locals said.", [("other", "Kani township")]),
        ("Bandits torched a police station in Zamfara state on Saturday, killing two officers.", [("armed_clash", "Zamfara state")]),
        # controls: a riot or a brawl is no armed attack
        ("Protesters torched a police car in Lagos on Saturday, police said.", []),
        ("Fans torched a bus outside the stadium in Cairo on Saturday.", []),
    ],
)
def test_homes_torched_by_armed_men(ex, text, expected):
    assert [(i.type, i.location) for i in _incidents(ex, text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an operation, or a bid foiled, with the armed men it killed told after it: a fight (GUIDE: armed_clash)
        ("Troops carried out an operation in Bannu on Saturday, killing four terrorists.", [("armed_clash", "Bannu", 4)]),
        ("Security forces foiled an infiltration bid in Kurram on Saturday, killing two militants.", [("armed_clash", "Kurram", 2)]),
        ("Police thwarted an attack on a checkpoint in Tank on Saturday, killing three attackers.", [("armed_clash", "Tank", 3)]),
        # controls: arrests, or a figure of speech, are no fight
        ("Security forces carried out an operation in Bannu on Saturday, arresting four suspects.", []),
        ("Police foiled a bomb plot in Karachi on Saturday, arresting two suspects.", []),
        ("The army carried out an operation in Bannu on Saturday, killing hopes of talks.", []),
    ],
)
def test_an_operation_or_foiled_bid_that_killed_armed_men(ex, text, expected):
    assert [(i.type, i.location, i.casualties.killed) for i in _incidents(ex, text)] == expected


def test_an_assassination_answered_is_no_scene_of_the_answer(ex):
    """ "fired rockets at X in response to the assassination in Y": the cause answered is not the answer's scene."""
    text = "The group said it fired rockets at Israel in revenge for the assassination carried out in Tyre on Friday."
    assert [(i.type, i.location) for i in _incidents(ex, text)][:1] == [("rocket_attack", "Israel")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a named armed group as the subject of the carrying off: an event as with "gunmen" (GUIDE: other)
        ("Boko Haram abducted 40 pupils from a school in Kuriga on Saturday.", [("other", "Kuriga")]),
        ("Al-Shabaab has kidnapped six nurses in Gedo region, elders said on Saturday.", [("other", "Gedo region")]),
        ("JNIM reportedly abducted 15 lorry drivers near Kayes on Friday.", [("other", "Kayes")]),
        # controls: a state's force or police as the subject, a denial, or the group only as the captors of a freed few
        ("Russia abducted thousands of children from occupied towns, Kyiv says.", []),
        ("Boko Haram denied it abducted the pupils in Kuriga.", []),
        ("The army said the pupils abducted by Boko Haram in Kuriga were freed.", []),
    ],
)
def test_abduction_by_a_named_armed_group(ex, text, expected):
    assert [(i.type, i.location) for i in _incidents(ex, text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # ordnance left from fighting that went off: a blast, read as a mine's is (GUIDE: explosion)
        ("Explosive remnants of war killed three herders in Deir ez-Zor on Sunday.", [("explosion", "Deir ez-Zor", 3)]),
        ("Unexploded ordnance killed two girls in Deir ez-Zor on Saturday.", [("explosion", "Deir ez-Zor", 2)]),
        ("Four boys were killed by unexploded ordnance near Idlib on Sunday.", [("explosion", "Idlib", 4)]),
        # controls: a count over months, a habit, ordnance cleared or a threat are no event
        ("Explosive remnants of war have killed more than 400 people in Syria since December, the UN said.", []),
        ("Unexploded ordnance kills dozens of children every year, the agency said.", []),
        ("Deminers cleared unexploded ordnance in Kherson region on Sunday.", []),
        ("Explosive remnants of war threaten farmers in Deir ez-Zor, the UN said.", []),
    ],
)
def test_ordnance_left_from_fighting_that_went_off(ex, text, expected):
    assert [(i.type, i.location, i.casualties.killed) for i in _incidents(ex, text)] == expected


@pytest.mark.parametrize(
    "text, place",
    [
        # where people were carried off from is the abduction's scene, not a launch site
        ("The RSF abducted 40 women from Tawila on Friday.", "Tawila"),
        ("ISWAP abducted 12 farmers from a village near Monguno on Friday.", "Monguno"),
        ("Gunmen kidnapped two engineers from a site outside Kaduna on Friday.", "Kaduna"),
    ],
)
def test_people_taken_from_a_place_were_taken_there(ex, text, place):
    assert [i.location for i in _incidents(ex, text)] == [place]


def test_rockets_fired_from_a_place_still_came_from_it(ex):
    # near miss: "from" after a launch verb names where the weapons came from, not the scene
    assert [i.location for i in _incidents(ex, "Rockets fired from Gaza struck Sderot on Friday.")] == ["Sderot"]


@pytest.mark.parametrize(
    "text, place",
    [
        # an armed group that attacked a settlement or a named town fought on the ground (GUIDE: armed_clash)
        ("The RSF attacked a village near El Fasher on Friday.", "El Fasher"),
        ("Al-Shabaab attacked a village near Jilib on Friday.", "Jilib"),
        ("The RSF attacked Tawila on Friday.", "Tawila"),
    ],
)
def test_a_group_that_attacked_a_settlement_fought_there(ex, text, place):
    assert [(i.type, i.location) for i in _incidents(ex, text)] == [("armed_clash", place)]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: attacks in words, on a plan or a person
        "The RSF attacked the government's decision on Friday.",
        "Hamas attacked the ceasefire plan on Friday.",
        "The RSF attacked the village's elders in a statement on Friday.",
    ],
)
def test_a_group_that_attacked_words_or_people_in_words_did_no_deed(ex, text):
    assert not _incidents(ex, text)
