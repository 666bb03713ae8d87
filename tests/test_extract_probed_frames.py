"""Incident fields read right in common news frames: who the passive subject is, what set off a blast."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUBLISHED = date(2025, 3, 10)


def only(ex: Extractor, text: str):
    incidents = ex.extract(text, id="probe", published=PUBLISHED).incidents
    assert len(incidents) == 1, incidents
    return incidents[0]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Twelve villagers were killed by troops near Mopti on Sunday, residents said.", None),
        ("Nine traders were shot dead by soldiers in Sagaing on Friday, witnesses said.", None),
        ("Seven militants were killed by troops during an operation in Bannu on Wednesday, the army said.", None),
        # near misses: what a passive interception or a fall counts is the weapons
        ("Three drones were shot down over Belgorod on Sunday, the governor said.", 3),
        ("Two were shot down by air defences over Kursk on Sunday, the army said.", 2),
    ],
)
def test_the_victims_of_a_passive_harm_are_no_count(ex, text, count):
    """'Twelve villagers were killed by troops': the twelve are the dead, not a number of things used."""
    incident = only(ex, text.replace(" || ", "\n\n"))
    assert incident.count == count


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Two soldiers were killed by a mine near Gao on Thursday, the army said.", "explosion"),
        ("A mine killed two herders near Gao on Thursday, the army said.", "explosion"),
        ("Three soldiers were wounded by an anti-tank mine near Kidal on Monday, the army said.", "explosion"),
        ("Four soldiers were killed when their vehicle hit a mine near Gao on Thursday, the army said.", "explosion"),
        ("A troop truck struck a mine near Menaka on Friday, killing six soldiers, the army said.", "explosion"),
        # near misses: a pit as the target or the scene, and a conveyance that hit something else
        ("Drones hit a mine in Ituri province on Sunday, killing five miners, the army said.", "drone_attack"),
        ("Rebels killed five guards at a gold mine in Ituri on Sunday, the army said.", "armed_clash"),
        ("A truck hit a checkpoint near Gao on Friday, killing two soldiers, the army said.", "armed_clash"),
    ],
)
def test_a_mine_that_went_off_is_an_explosion(ex, text, kind):
    """'killed by a mine', 'their vehicle hit a mine': a landmine blast, though 'mine' alone is no
    weapon word (it is also a pit, or 'of mine')."""
    assert only(ex, text).type == kind


def incidents(ex: Extractor, text: str):
    return ex.extract(text.replace(" || ", "\n\n"), id="probe", published=PUBLISHED).incidents


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Eight farmers were killed by the RSF in Omdurman on Tuesday, activists said.", ("Rapid Support Forces",)),
        ("Four soldiers were killed near Baidoa on Monday by al-Shabaab, a commander said.", ("Al-Shabaab",)),
        ("Nine villagers were wounded by JNIM near Djibo on Sunday, the army said.", ("JNIM",)),
    ],
)
def test_a_named_armed_group_after_by_did_the_harm(ex, text, actors):
    """'Eight farmers were killed by the RSF': the group is the doer, so the toll is an event of its own."""
    incident = only(ex, text)
    assert (incident.type, incident.actors) == ("armed_clash", actors)


def test_a_group_that_only_holds_the_scene_did_no_harm(ex):
    """'killed in a village held by the RSF' names the holders of the village, not the doers (the toll, at a
    spot on a day of its own, is an event whose doer is untold)."""
    text = "Eight farmers were killed in a village held by the RSF near Omdurman on Tuesday. || The army was on alert."
    assert [(i.location, i.actors) for i in incidents(ex, text)] == [("Omdurman", ())]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("An Israeli drone killed two Hezbollah members in a strike on their car in Bint Jbeil on Sunday.", ("Israel",)),
        ("A Turkish drone killed three PKK fighters in a strike on a truck near Sinjar on Friday.", ("Turkey",)),
        # near miss: a weapon of no named owner leaves the doer untold (the victims' group is not it)
        ("A drone killed two Hezbollah members in a strike on their car in Bint Jbeil on Sunday.", ()),
    ],
)
def test_the_owner_of_a_weapon_that_killed_did_the_strike_told_after(ex, text, actors):
    """'An Israeli drone killed two Hezbollah members in a strike on ...': the drone's owner struck."""
    assert only(ex, text).actors == actors


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Yemen's Houthis downed an American drone over al-Jawf on Thursday.", ("al-Jawf", "Yemen")),
        ("Yemen's Houthis downed an American drone over al-Jawf province on Thursday.", ("al-Jawf province", "Yemen")),
        # near misses: a name already read, and the article inside a group's name, leave the scene as it was
        ("Israeli jets struck al-Mayadin in eastern Syria on Sunday, a monitor said.", ("al-Mayadin", "Syria")),
        ("Saraya al-Quds fighters fired rockets at Sderot on Sunday, the army said.", ("Sderot", "Israel")),
    ],
)
def test_a_place_written_with_the_arabic_article_in_lower_case_is_found(ex, text, place):
    """'over al-Jawf': the article written in lower case opens the name as 'Al Jawf' would."""
    incident = only(ex, text)
    assert (incident.location, incident.country) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Al-Shabaab fighters attacked a base in Lower Shabelle on Monday, the army said.", ("Lower Shabelle", "Somalia")),
        ("An air strike hit a village in Gezira state on Monday, killing 12 people.", ("Gezira state", "Sudan")),
        ("Bandits attacked a village in Zamfara state on Monday, killing 30 people, police said.", ("Zamfara state", "Nigeria")),
        # control: a region already listed keeps its reading
        ("Bandits attacked a village in Borno state on Monday, killing 30 people, police said.", ("Borno state", "Nigeria")),
    ],
)
def test_a_region_named_without_its_country_is_placed_in_it(ex, text, place):
    """'in Lower Shabelle', 'in Gezira state': first-level regions of the covered countries have a country."""
    incident = only(ex, text)
    assert (incident.location, incident.country) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rockets fired from Gaza fell in Ashkelon on Monday, the army said.", ("Ashkelon", "Israel")),
        ("A rocket fired from Gaza landed in Sderot on Monday, the army said.", ("Sderot", "Israel")),
        # control: the launch site's own phrase is still where the rockets came from, not the scene
        ("Rockets fired from Gaza hit a house in Ashkelon on Monday, the army said.", ("Ashkelon", "Israel")),
    ],
)
def test_where_a_weapon_fired_from_afar_came_down_is_the_scene(ex, text, place):
    """'Rockets fired from Gaza fell in Ashkelon': the verb of the fall ends the launch site's phrase."""
    incident = only(ex, text)
    assert (incident.location, incident.country) == place


def test_a_spot_inside_the_launch_area_is_no_scene(ex):
    """'fired from a militia post in Qaim' names where the rockets came from; no scene, no incident."""
    assert incidents(ex, "Rockets were fired from a militia post in Qaim on Monday, the army said. || Troops were on alert.") == ()


def test_a_state_named_on_its_aircraft_is_no_scene_of_their_interception(ex):
    """'US fighter jets shot down two drones': jets fly far from home, so the US is not the scene (as
    'Italian F-35 fighters intercepted' was not); a state that intercepts by name stays its own scene."""
    found = incidents(ex, "US fighter jets shot down two Iranian drones approaching the carrier on Monday, officials said.")
    assert [i.country for i in found if i.type == "interception"] in ([], [None])
    assert [(i.location, i.country) for i in incidents(ex, "Israel intercepted a drone on Monday, the army said.")] == [
        ("Israel", "Israel")
    ]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A US F/A-18 fighter jet was shot down over the Red Sea on Monday by a US cruiser, the Navy said.", 1),
        ("Russia fired Kh-101 missiles at Lviv on Monday, the governor said.", None),
        # control: a number before the model's name counts
        ("Russia fired two Kh-101 missiles at Lviv on Monday, the governor said.", 2),
    ],
)
def test_the_number_in_a_models_name_counts_nothing(ex, text, count):
    """'an F/A-18 fighter jet' is one jet, not 18; 'Kh-101 missiles' are an untold number."""
    assert only(ex, text).count == count


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hamas said its fighters destroyed an Israeli tank in Jabalia on Monday. || The army was on alert.", "armed_clash"),
        ("Ukrainian troops destroyed two Russian armoured vehicles near Pokrovsk on Monday. || The army was on alert.", "armed_clash"),
        # near misses: a drone that ruined a tank struck it, and a fuel tank or homes destroyed are no fight
        ("A drone destroyed a Russian tank near Pokrovsk on Monday, the brigade said.", "drone_attack"),
        ("The army destroyed a fuel tank near Gao on Monday, officials said. || The army was on alert.", None),
        ("Israeli troops destroyed homes in Jenin on Monday, residents said. || The army was on alert.", None),
    ],
)
def test_armour_destroyed_by_men_on_the_ground_was_fought_for(ex, text, kind):
    """'its fighters destroyed an Israeli tank': a ground fight, not an interception (nothing flew)."""
    assert [i.type for i in incidents(ex, text)] == ([kind] if kind else [])


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("The clashes in Tripoli on Monday killed 9 people, medics said.", ["armed_clash"]),
        ("The strikes on Kherson on Sunday killed four people, the governor said.", ["air_strike"]),
        # near miss: with neither a day nor a spot of their own, 'the clashes' refer to nothing told
        ("The clashes killed 9 people, medics said.", []),
    ],
)
def test_a_plural_lead_dated_at_a_named_spot_tells_its_event(ex, text, kinds):
    """'The clashes in Tripoli on Monday killed 9': an opening 'the' with its own day and spot is the
    event, plural or not ('The attack on the base on Sunday' already was)."""
    assert [i.type for i in incidents(ex, text)] == kinds


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Pakistan's army said militants attacked a checkpoint in North Waziristan on Monday, killing five soldiers.", ()),
        ("Mali's army said gunmen ambushed a convoy near Gao on Monday, killing four soldiers.", ()),
        # controls: the speaker who says it acted, or claims to have, is the doer
        ("The PKK said it attacked a Turkish base in Duhok on Monday, killing four soldiers.", ("PKK",)),
        ("The Houthis claimed to have shot down a US drone over Saada on Monday.", ("Houthis (claimed)",)),
        ("The Taliban said Pakistani jets bombed Khost province on Monday, killing eight civilians.", ("Pakistan",)),
        # the day it was said, and "that", may stand between the speech verb and its report
        ("Pakistan's army said on Sunday militants attacked a checkpoint in Bannu, killing three soldiers.", ()),
        ("The Iraqi army said on Monday that gunmen attacked a checkpoint near Kirkuk, killing two soldiers.", ()),
        ("The Iraqi army said that on Monday gunmen attacked a checkpoint near Kirkuk, killing two soldiers.", ()),
        ("Ukraine's air force said on Sunday a large overnight attack hit Kyiv, wounding five people.", ()),
        # controls: the day is not the report's doer, nor are the speaker's own forces told with no name
        ("The Iraqi army said Monday it attacked a hideout near Kirkuk, killing two gunmen.", ("Iraq",)),
        ("The Ukrainian military said troops repelled an assault near Pokrovsk, killing ten soldiers.", ("Ukraine",)),
        ("The Israeli army said jets struck a Hezbollah depot in Nabatieh on Monday.", ("Israel",)),
        ("Ukraine's air force said air defences shot down 40 of the 60 drones Russia launched overnight.", ("Ukraine",)),
    ],
)
def test_a_speaker_whose_report_names_its_own_doer_did_not_act(ex, text, actors):
    """'Pakistan's army said militants attacked ...': the army reports; the unnamed militants did it."""
    assert only(ex, text).actors == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Israeli settlers attacked the village of Huwara on Monday, wounding five Palestinians, medics said.", ("Israeli settlers",)),
        ("Ukrainian saboteurs blew up a railway bridge near Kursk on Monday. || The army was on alert.", ("Ukrainian saboteurs",)),
        # control: a people's troops are its state's
        ("Israeli troops killed three gunmen in Tulkarem on Monday, the army said.", ("Israel",)),
    ],
)
def test_a_peoples_settlers_or_saboteurs_are_armed_men_of_that_people(ex, text, actors):
    """'Israeli settlers attacked': armed men of a people, named so, as 'Palestinian gunmen' are."""
    assert only(ex, text).actors == actors


@pytest.mark.parametrize(
    ("text", "where", "day"),
    [
        ("The ambush, which took place near Gao on Tuesday, left six soldiers dead.", "Gao", "2025-03-04"),
        ("The raid, which happened in Menaka on Saturday, killed three herders.", "Menaka", "2025-03-08"),
    ],
)
def test_an_aside_telling_where_and_when_the_event_took_place_is_its_own(ex, text, where, day):
    """'the ambush, which took place near X on Tuesday, left ...': the aside gives the event its day and
    place, no clause of its own."""
    incident = only(ex, text)
    assert (incident.location, incident.date) == (where, day)


@pytest.mark.parametrize(
    ("text", "one"),
    [
        ("The ambush, which took place near Gao on Tuesday, left six soldiers dead.", True),
        # near miss: a relative clause telling a deed of its own is a clause of its own
        ("The ambush, which killed six soldiers near Gao on Tuesday, was claimed by JNIM.", False),
    ],
)
def test_an_aside_telling_another_deed_still_opens_a_clause(text, one):
    from reporter.extract.events import clauses

    assert (len(clauses(text, 0, len(text))) == 1) == one
