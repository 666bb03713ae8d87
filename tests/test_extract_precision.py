"""Which mentions are events: captions, reactions, classes of events and consequences are not new ones."""

from __future__ import annotations

from datetime import date

import pytest


def _types(ex, text):
    return [i.type for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents]


@pytest.mark.parametrize(
    "text",
    [
        # a caption or a picture describes what is shown, not an event told
        "A photo released by the army shows soldiers beside a burning truck after the attack on the base in Gao.",
        "The group posted a video showing the rocket launch from the hills near Sidon.",
        "A general view shows the wreckage a car bomb left outside a hotel in Kismayo on Monday.",
        "An aerial view of the market after Tuesday's bombing in Gao.",
        # a country that only owns the targets is no scene for attacks spoken of together
        "He said the sites were picked for their links to attacks on American personnel across the region.",
        # a party's strikes, undated and uncounted, are a class of events
        "Romanian officials keep logging debris from Russia's strikes on Ukraine.",
        # sirens warn of a raid: "air raid sirens" tell no raid of their own
        "Air raid sirens sounded across Amman on Friday as drones flew west toward Israel.",
    ],
)
def test_no_event_is_told(ex, text):
    assert _types(ex, text) == []


@pytest.mark.parametrize(
    "text, types",
    [
        # a reaction's name for the event told is that event
        (
            "Rockets hit the border post near Rutba on Monday. "
            "The government condemned the attack as a violation of its airspace.",
            ["rocket_attack"],
        ),
        # "vows of revenge" is a noun: no one's threat, and the attack stays told
        ("Iran fired missiles at Israel on Tuesday, prompting alarm and vows of revenge.", ["missile_attack"]),
        # a blast the strike set off is part of the strike
        (
            "Jets struck a military site near Kiswah on Sunday. "
            "The strike hit a hill the army used, setting off a big explosion that residents heard across the town.",
            ["air_strike"],
        ),
        # an attack told without its means takes them when told next
        (
            "Niamey was hit by attacks targeting a police academy in the Yantala district on Tuesday. "
            "Gunfire lasted for hours at the academy.",
            ["armed_clash"],
        ),
    ],
)
def test_one_event_is_told(ex, text, types):
    assert _types(ex, text) == types


@pytest.mark.parametrize(
    "text",
    [
        # an attempt or a failure to intercept is no interception
        "Several attempts were made on Sunday to intercept the missile fired at Lod, the army said.",
        "An attempt was made late on Friday to intercept the rocket over Sderot, the army said.",
        "Two attempts had been made this morning to intercept the drone near Eilat.",
        "The army opened an inquiry into the failure to intercept the drone over Ashdod on Sunday.",
        # a tally up to a day is no one event
        "Until that date, all of the drones fired at Haifa had been intercepted.",
    ],
)
def test_no_interception_is_told(ex, text):
    assert "interception" not in _types(ex, text)


@pytest.mark.parametrize(
    "text, types",
    [
        # captions without a verb, and a helicopter landing, tell no event
        ("The scene after a rocket hit a school in Safed.", []),
        ("A helicopter carrying the wounded landed at the hospital in Nahariya on Monday.", []),
        # missiles an aircraft fired make a strike from the air
        ("The consulate in Baghdad was hit on Monday by four missiles fired by F-16 jets, the ambassador said.", ["air_strike"]),
        # a first account of an event told is that event
        ("A drone hit the base at Harir on Saturday. Police initially said two rockets had landed near the base.", ["drone_attack"]),
        # a blast where an attack from the air struck is that attack's
        (
            "A drone hit an office block in Ashkelon on Friday. "
            "Officials said an explosion hit the office block in Ashkelon, wounding two.",
            ["drone_attack"],
        ),
        # "a new drone" is a new weapon, not a further attack
        (
            "The rebels claimed a drone attack on Eilat on Friday. "
            "They said they used a new drone called Sky that struck a target in Eilat.",
            ["drone_attack"],
        ),
    ],
)
def test_what_is_told_of_an_event_gives_one(ex, text, types):
    assert _types(ex, text) == types


@pytest.mark.parametrize(
    "text",
    [
        # an event awaited, asked for, or a campaign of many, is no event told
        "The Pentagon sent more forces to the region to defend against an expected attack on Israel.",
        "The warnings suggested another military operation against the group in Nabatieh was imminent.",
        "Lithuania called for shooting down jets that breach the alliance's airspace.",
        "The carrier was sent amid a US bombing campaign in Yemen.",
    ],
)
def test_no_event_happened(ex, text):
    assert _types(ex, text) == []


@pytest.mark.parametrize(
    "text, types",
    [
        # a blast told first takes the type of the attack from the air told after it at that place
        (
            "An explosion hit a building in Eilat early on Friday. "
            "The army said it was investigating it as a drone attack on Eilat.",
            ["drone_attack"],
        ),
        # a time clause put first is a clause of its own: the warning does not swallow the strike
        ("Hours after the minister warned of new attacks, a drone strike hit a car in Kabul on Sunday.", ["drone_attack"]),
        # event notes in the style of conflict monitors: fire sent to the place just told, or by either
        # side of a battle, is one event; settlers, grenades and live fire are typed
        (
            "On 1 May 2024, Israeli warplanes struck a house in Rafah (Rafah, Gaza Strip). "
            "Meanwhile, Israeli artillery shelled targets in the same area.",
            ["air_strike"],
        ),
        (
            "On 1 May 2024, Russian and Ukrainian forces clashed near Kupiansk (Kharkiv). Russian forces shelled Kupiansk.",
            ["armed_clash"],
        ),
        (
            "On 3 March 2024, Israeli settlers attacked Palestinian farmers near Turmus Ayya "
            "(Ramallah, West Bank), injuring 2 farmers.",
            ["armed_clash"],
        ),
        ("On 3 March 2024, unidentified assailants threw a hand grenade at a house in Basra (Basrah).", ["explosion"]),
        (
            "On 5 May 2024, Israeli forces fired live ammunition at Palestinian protesters in Beita "
            "(Nablus, West Bank), injuring 4.",
            ["armed_clash"],
        ),
    ],
)
def test_one_event_of_its_type(ex, text, types):
    assert _types(ex, text) == types


def test_confidence_ranks_a_sourced_dated_toll_above_a_bare_mention(ex):
    """Confidence reads what separates true incidents from false ones: an own date, a source, a toll."""
    text = (
        "Rockets hit the base at Taji on Monday, killing two soldiers, police said. "
        "A blast hit a depot in Tikrit. "
        "Hezbollah warned that it would strike Israel again."
    )
    got = {i.type: i.confidence for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents}
    assert got["rocket_attack"] > got["explosion"] > got["threat_statement"]


@pytest.mark.parametrize(
    "text, types",
    [
        # what an event answers is an event of its own, in a clause of its own
        (
            "The attack was probably in retaliation to an Israeli strike on Saturday that killed three militants in Aitaroun.",
            ["air_strike"],
        ),
        # a threat's sentence still tells the event it answers
        (
            "Hezbollah vowed revenge after two fighters were killed in a blast in Aitaroun on Saturday.",
            ["threat_statement", "explosion"],
        ),
    ],
)
def test_the_event_answered_is_told(ex, text, types):
    assert _types(ex, text) == types


@pytest.mark.parametrize(
    ("sentence", "tolls"),
    [
        ("A rocket hit the depot on Monday, killing 12 people and wounding 30, medics said.", [(12, None), (None, 30)]),
        ("The strike killed 12 people and wounded 30 more, medics said.", [(12, None), (None, 30)]),
        # a qualifier before the dead does not make them the wounded too
        ("The strike killed at least 12 people and wounded 30, medics said.", [(12, None), (None, 30)]),
        ("The strike killed at least 12 and injured 30 others, medics said.", [(12, None), (None, 30)]),
        ("It struck the square, where a blast in 2019 had killed more than 300 people.", []),
        # a month right before the verb dates the event; the number after the verb is its toll
        ("A blast at the square in May killed 24 people, police said.", [(24, None)]),
        ("A raid on the village in March wounded 30 people.", [(None, 30)]),
        # near miss: a day of the month right before the verb is no toll
        ("A blast at the square on April 1 killed seven people.", [(7, None)]),
    ],
)
def test_a_number_belongs_to_the_toll_verb_before_it_and_a_year_is_no_toll(sentence, tolls):
    """'killed 12 people and wounded 30': the 12 are the dead, not also the wounded; 'a blast in 2017
    that killed ...' tells that year's toll, not a toll of 2,017."""
    from reporter.extract import casualties

    assert [(k, i) for _, k, i in casualties.find(sentence, 0, len(sentence))] == tolls


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Gunmen shot and killed a village elder near the mill on Monday, police said.", 1),
        ("A border guard was killed when the patrol came under fire on Monday.", 1),
        ("The raid killed a farmer and two herders near the well, residents said.", 3),
        ("The raid killed a number of herders near the well, residents said.", None),
        ("The raid killed 4 herders near the well, among them a teenager.", 4),
        ("A missile hit the port and killed a watchman near the silos, the governor said.", 1),
        ("A militia operative was killed in a drone strike near the border on Monday.", 1),
        ("The strike killed a number of vendors at the market, residents said.", None),
    ],
)
def test_one_person_told_by_a_is_one_dead(sentence, killed):
    """'killed a village elder', 'a border guard was killed': one dead (with the groups listed after
    it); 'a number of herders' is no count, and a number told elsewhere stands."""
    from reporter.extract import casualties

    found = [k for _, k, _ in casualties.find(sentence, 0, len(sentence)) if k is not None]
    assert found == ([killed] if killed is not None else [])


@pytest.mark.parametrize(
    ("sentence", "tolls"),
    [
        ("The drone attack destroyed two cranes and killed a guard at the port, officials said.", [(1, None)]),
        ("Two shells hit the market and wounded a woman, the mayor said.", [(None, 1)]),
        ("Fighters burned 30 huts and then killed a herder near the river.", [(1, None)]),
        # near misses: the number before the verb is the dead's own, or the verb has its own number
        ("Three soldiers and a policeman killed in an ambush near the border.", [(4, None)]),
        ("Gunmen torched 40 houses and killed 12 villagers, residents said.", [(12, None)]),
        ("Two soldiers were killed and five were wounded in the ambush.", [(2, None), (None, 5)]),
        ("Four guards were shot and killed at the gate overnight.", [(4, None)]),
        ("Two constables were stabbed and injured at the checkpoint.", [(None, 2)]),
    ],
)
def test_a_number_hit_by_the_first_verb_is_no_toll_of_a_second(sentence, tolls):
    """'destroyed two cranes and killed a guard': the toll verb after 'and' has its own object; the
    two are cranes, not dead."""
    assert tolls_of(sentence) == tolls


def tolls_of(sentence: str) -> list[tuple[int | None, int | None]]:
    """The (killed, injured) statements casualties.find reads in a sentence."""
    from reporter.extract import casualties

    return [(k, i) for _, k, i in casualties.find(sentence, 0, len(sentence))]


@pytest.mark.parametrize(
    ("sentence", "tolls"),
    [
        ("Between 10 and 15 people were killed in the raid.", [(10, None)]),
        ("The raid killed between 10 and 15 people.", [(10, None)]),
        ("Three or four soldiers were wounded in the blast.", [(None, 3)]),
        # near misses: a single number, and groups listed with "and", count as before
        ("The raid killed 15 people.", [(15, None)]),
        ("Two soldiers and 15 civilians were killed.", [(17, None)]),
    ],
)
def test_a_range_counts_its_low_end(sentence, tolls):
    """'between 10 and 15 people were killed' counts the 10 that are sure, as 'more than 10' counts 10."""
    assert tolls_of(sentence) == tolls


@pytest.mark.parametrize(
    ("sentence", "tolls"),
    [
        ("The driver and two passengers were killed, police said.", [(3, None)]),
        ("Police said a soldier and three civilians were wounded in the blast.", [(None, 4)]),
        # near misses: the speaker before the toll, and a thing listed first, add no one
        ("The commander said two soldiers were killed.", [(2, None)]),
        ("Gunmen attacked the village and two people were killed.", [(2, None)]),
    ],
)
def test_one_person_listed_before_a_numbered_group_adds_one(sentence, tolls):
    """'the driver and two passengers were killed' are three dead."""
    assert tolls_of(sentence) == tolls


@pytest.mark.parametrize(
    ("sentence", "tolls"),
    [
        ("A drone hit a car, wounding a man, the governor said.", [(None, 1)]),
        ("Gunmen attacked the post, killing a soldier, a spokesman said.", [(1, None)]),
        ("The strike killed a man and his son, the mayor said.", [(2, None)]),
        # control: a second person listed with no speech verb after still counts
        ("The strike killed a man and his son near the well.", [(2, None)]),
    ],
)
def test_the_speaker_after_one_harmed_is_not_listed_with_them(sentence, tolls):
    """'wounding a man, the governor said': the governor reports the wound, he is not a second wounded."""
    assert tolls_of(sentence) == tolls


@pytest.mark.parametrize(
    ("sentence", "tolls"),
    [
        ("A drone hit a car, killing its two occupants, the ministry said.", [(2, None)]),
        ("The shell hit the house, killing their three children.", [(3, None)]),
        # near misses: one person after the possessive, and a year after it, count as before
        ("The blast hit the bus, killing its driver.", [(1, None)]),
        ("The raid ended its 2024 campaign, killing five.", [(5, None)]),
    ],
)
def test_a_toll_told_after_a_possessive_counts(sentence, tolls):
    """'killing its two occupants': the number after the possessive is the dead."""
    assert tolls_of(sentence) == tolls


@pytest.mark.parametrize(
    ("sentence", "tolls"),
    [
        ("The driver was killed, the health ministry said.", [(1, None)]),
        ("Its pilot was wounded, the army said.", [(None, 1)]),
        ("A peacekeeper was killed when the patrol came under fire.", [(1, None)]),
        ("Militants fired on the convoy, wounding a peacekeeper.", [(None, 1)]),
        # near misses: no one harmed, and a thing that is no person
        ("The driver was not killed, the ministry said.", []),
        ("The plan was killed by lawmakers on Monday.", []),
    ],
)
def test_one_person_told_by_the_or_a_possessive_is_one_harmed(sentence, tolls):
    """'The driver was killed', 'its pilot was wounded', 'a peacekeeper was killed': one person each."""
    assert tolls_of(sentence) == tolls


@pytest.mark.parametrize(
    ("sentence", "tolls"),
    [
        ("At least 15 people, including six women, were killed in the raid on Monday.", [(15, None)]),
        ("Ten villagers, among them four children, died when the shell fell on Sunday.", [(10, None)]),
        ("Twenty people, including eight soldiers, were wounded in the blast, police said.", [(None, 20)]),
        # near misses: a subset told after the toll, and groups listed without an aside, stay as they were
        ("The blast killed three people, including two children, and wounded seven.", [(3, None), (None, 7)]),
        ("Two soldiers and three civilians were killed in the blast on Monday.", [(5, None)]),
    ],
)
def test_a_subset_set_off_by_commas_belongs_to_the_number_before_it(sentence, tolls):
    """'15 people, including six women, were killed' are 15 dead: the aside names some of them."""
    assert tolls_of(sentence) == tolls


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("The truce ends fighting that has claimed the lives of 9,000 people in 14 months.", None),
        ("The offensive has killed 3,200 civilians over the past eight months, the agency said.", None),
        ("A drone strike on the market killed 9 people on Monday, medics said.", 9),
        ("Shelling killed four people in two days of clashes near the town.", 4),
    ],
)
def test_a_toll_over_months_or_years_is_no_single_events(sentence, killed):
    """A toll told over a stretch of weeks, months or years is a war's, not one event's."""
    from reporter.extract import casualties

    found = [k for _, k, _ in casualties.find(sentence, 0, len(sentence)) if k is not None]
    assert found == ([killed] if killed is not None else [])


@pytest.mark.parametrize(
    "text",
    [
        # a trend is many events: rising numbers of attacks are no one attack
        "The decision comes amid mounting attacks by the rebels in Kidal province.",
        "Niger has seen a sharp rise in jihadist attacks on army posts near Tillaberi.",
        # what goes on, and what a campaign has lasted, is no one event
        "The militia's fighters continue to strike army posts near Tessalit, killing soldiers.",
        "Residents of Gao have endured weeks of heavy shelling by the rebels.",
        # what stops or pauses is not an event told
        "A pause in fighting between the army and the rebels in Gao was extended on Monday.",
        "The talks in Doha sought an end to the strikes on Hodeidah.",
        # a capability or a difficulty is no deed
        "The envoy said the rebels are able to strike ships near Eilat.",
        "Such missiles are hard to intercept over Haifa, the officer said.",
        # an attempt named as such
        "Guards stopped an attempted raid on the army post in Gao on Monday.",
        # a body named by its mission speaks; it is no operation told
        "The EU naval operation off Yemen said on Thursday that shipping near Hodeidah had resumed.",
        # a campaign's length
        "The rebels agreed to a truce in May after months of American airstrikes on Hodeidah.",
    ],
)
def test_no_single_event_in_trends_pauses_and_capabilities(ex, text):
    assert _types(ex, text) == []


def test_a_reaction_that_deems_an_event_names_the_event_told(ex):
    text = (
        "Missiles hit a village near Panjgur on Tuesday. "
        "The cabinet denounced what it deemed a blatant breach of national airspace."
    )
    assert _types(ex, text) == ["missile_attack"]


def test_the_strike_word_types_a_clause_the_vague_verb_opens(ex):
    """ "targeted ... strikes": of two strike words, the one that names the means types the event."""
    text = "The army targeted rebel hideouts in Paktika province with precision strikes on Tuesday."
    assert _types(ex, text) == ["air_strike"]


@pytest.mark.parametrize(
    "text, types",
    [
        # a strike that killed is violence, even in a short report with few words of war
        (
            "An Israeli strike late on Monday killed five aid workers on a road in Deir al-Balah, the charity said. "
            "The team had delivered flour to a depot. The army said the convoy was struck twice. "
            "The prime minister said the strike was being reviewed.",
            ["air_strike"],
        ),
        # the dead named after their unit ("the two soldiers killed") are no deed of those soldiers
        (
            "Hezbollah fired rockets at Safed on Sunday. "
            "In addition to the two soldiers killed, four soldiers were badly hurt, the army added.",
            ["rocket_attack"],
        ),
        # an armed group named before the harm did it
        ("Al-Shabaab claimed responsibility for killing 40 soldiers at an army post in Baidoa on Sunday.", ["armed_clash"]),
        # a toll counted since a start is a running total
        ("Al-Shabaab has killed 40,000 people in Somalia since 2012.", []),
    ],
)
def test_who_harmed_and_how_often(ex, text, types):
    assert _types(ex, text) == types


def test_falling_debris_is_a_crash_on_the_day_of_the_attack(ex):
    """Debris that fell is a crash of its own, whatever it came from, dated by the attack told before it."""
    text = (
        "Russian drones hit Lviv overnight on Sunday, the mayor said. The air force said it shot down most "
        "of them. Officials later added that falling debris damaged two houses in Zhovkva."
    )
    got = [(i.type, i.date, i.location) for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents]
    assert ("crash", "2025-06-15/2025-06-16", "Zhovkva") in got
    # where the debris came from is no interception told
    assert _types(ex, "Falling debris from downed targets was found in Brovary on Monday.") == ["crash"]


@pytest.mark.parametrize(
    "text, types",
    [
        # an attack told without its means used the means of the doer's other attacks in the article
        (
            "Iran fired missiles at Haifa on Monday, killing two people. "
            "Iran's attack on an oil terminal in Erbil on Monday caused no casualties, officials said.",
            ["missile_attack", "missile_attack"],
        ),
        # another doer's means do not lend themselves
        (
            "Israeli jets struck Tabriz on Monday. Iran's attack on an oil terminal in Erbil on Monday caused no casualties.",
            ["air_strike", "other"],
        ),
        # many strikes at one spot with one toll are one raid; without a toll or a day, a pattern
        (
            "A series of airstrikes on the Barmal district of Paktika province has killed at least 15 people, officials said.",
            ["air_strike"],
        ),
        ("A series of airstrikes on Paktika province has been reported by residents.", []),
        # ... and so is a day's raid on many targets in a country
        ("Jets bombed multiple targets across Paktika province on Monday night.", ["air_strike"]),
        ("Jets bombed multiple targets in Afghanistan on Monday night.", ["air_strike"]),
        # a stretch of fighting named as such is many events, whatever day it began
        (
            "A fragile truce is holding in Dosso, ending a period of mutual shelling between the army and the rebels"
            " that began on March 3, 2023.",
            [],
        ),
        # strikes traded back and forth are many events, not one of the day the sentence names
        (
            "The truce began on January 19, closing a war that led to an exchange of missile strikes between Iran and Israel.",
            [],
        ),
        # a vow told as a participle is a threat all the same
        (
            "Jets struck a village in Khost on Monday. The Taliban's defence ministry condemned the attack, vowing retaliation.",
            ["air_strike", "threat_statement"],
        ),
        # the way in of a weapon told is its attack's path; a country closing its airspace is a step of its own
        (
            "A Hezbollah drone hit a base near Binyamina on Sunday. The army is looking into how the drone breached Israeli airspace.",
            ["drone_attack"],
        ),
        (
            "Iran fired missiles at Israel on Tuesday. In the aftermath of the missile strikes, Jordan closed its airspace.",
            ["missile_attack", "other"],
        ),
        # heavy weapons and a gunboat's fire are artillery, whatever verb tells it
        ("On 1 May 2024, the Myanmar military fired heavy weapons from an outpost near Lai Zar (Waingmaw, Kachin).", ["shelling"]),
        ("On 1 May 2024, Israeli gunboats hit the shore off Deir al Balah (Deir El Balah, Gaza Strip).", ["shelling"]),
        # a raid from the air, however worded
        ("The army carried out an air-to-ground raid on a mining site near Kiral on Tuesday.", ["air_strike"]),
    ],
)
def test_the_means_of_an_attack(ex, text, types):
    assert _types(ex, text) == types


def test_a_place_named_with_its_kind_of_area_is_the_same_place(ex):
    """ "Saravan County" and "Saravan": a blast heard there and the attack told there are one event."""
    text = (
        "The sound of explosions was heard in several areas of Saravan County on Thursday, the governor said. "
        "Later, officials said a missile attack had hit Saravan on Thursday, killing nine people."
    )
    assert _types(ex, text) == ["missile_attack"]


def test_what_an_event_answers_over_whole_countries_is_a_kind_of_event(ex):
    text = (
        "Jets struck a depot near Deir ez-Zor on Wednesday. "
        "The raid answered attacks on U.S. troops in Syria and Iraq."
    )
    assert _types(ex, text) == ["air_strike"]


def test_new_tells_a_further_event_only_of_an_event_noun(ex):
    """ "a new construction area" does not make the lead a further event; its retelling folds into it."""
    text = (
        "Two drone attacks killed three people at a new construction area in Abu Dhabi on Monday. "
        "Monday's incident was probably caused by an attack by Houthi rebels in Abu Dhabi."
    )
    assert _types(ex, text) == ["drone_attack"]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # an agency photo's caption: a present-tense scene closed by its full date
        ("A recruit opens fire at a target as trainers watch at a base near Kandahar, Afghanistan, on Aug. 8, 2009.", []),
        # a report closed by the same date keeps its event
        ("A drone strike hit a house near Kandahar, Afghanistan, on Aug. 8, 2009.", ["drone_attack"]),
    ],
)
def test_a_present_tense_scene_closed_by_its_full_date_is_a_caption(ex, text, events):
    assert _types(ex, text) == events


@pytest.mark.parametrize(
    "text",
    [
        "Two tankers were attacked on Sunday in the Gulf of Aden.",
        "Men on motorbikes attacked two checkpoints near Mandera on Sunday.",
        "Men on motorbikes attacked two outposts near Mandera on Sunday.",
    ],
)
def test_military_words_count_in_the_plural_as_in_the_singular(ex, text):
    """'a tanker was attacked' was an event and 'two tankers were attacked' not: the words that make an
    attack one made with arms read the same in either number."""
    assert len(_types(ex, text)) == 1


def test_attacks_answered_told_with_two_weapons_are_no_events_of_their_own(ex):
    """'in reprisal for rocket and drone attacks on U.S. troops in Iraq and Syria': a kind of event
    answered, as 'in retaliation for drone attacks' already was; not two dated drone attacks."""
    text = (
        "The raids on Sunday came in reprisal for rocket and drone attacks on United States troops "
        "in Iraq and Syria, the paper said."
    )
    assert "drone_attack" not in _types(ex, text)


def test_places_living_under_a_kind_of_fire_tell_no_event(ex):
    """'evacuating civilians from areas under bombardment': a condition of places, not a dated strike."""
    text = (
        "The depot, in the Kharkiv region, served on Monday to move residents out of towns under "
        "bombardment from Russian forces."
    )
    assert _types(ex, text) == []


@pytest.mark.parametrize(
    "text, gone",
    [
        # a link to another story carries that story's title after its mark
        (
            "Gunmen stormed a border post in the eastern province of Kunar, killing at least nine guards.\n"
            "The raid began before dawn, and several attackers died in a gunfight with the guards.\n"
            "The group behind it has long fought the government in the hills.\n"
            "Also Read: Kenya: Suicide Bomber Kills 14 Troops at Army Camp\n"
            "The region is poor and remote.",
            "explosion",
        ),
        (
            "Iranian boats took a tanker in the Strait of Hormuz late on Friday, according to an American officer.\n"
            "Also read| Navy aircraft crashes in Mumbai, pilot ejects safely\n"
            "A patrol plane circled above the ship for hours on Friday, tracking data showed.",
            "crash",
        ),
        # a bare mark heads a list of titles, one a line
        (
            "Gunmen attacked a police post in Zahedan on Monday.\n\nALSO READ\n\n"
            "Rockets hit an air base near Erbil, killing two\n\n"
            "Car bomb kills six at a market in Mogadishu\n\n"
            "The attackers fled toward the hills, officials said.",
            "explosion",
        ),
    ],
)
def test_link_lines_tell_no_event(ex, text, gone):
    for published in (None, date(2024, 10, 26)):
        found = ex.extract(text, id="t", published=published).incidents
        assert gone not in [i.type for i in found]


@pytest.mark.parametrize(
    "second",
    [
        # a party named by the fight it is in: its mission, no event (GUIDE)
        "The hall was damaged, said a spokesman for the alliance fighting against the militia in Somalia.",
        "Officials thanked the forces who are fighting with the insurgents in the north.",
        # what goes on, told of many, is no one event
        "The strike came as the army pressed on with its ongoing military operations in Gaza.",
        "The news comes amid high tension in the Red Sea, notably with the rebels' ongoing drone and missile "
        "strikes on a busy shipping lane.",
        "No group has owned the attack, though the militia continues to engage in rocket strikes on Israel.",
    ],
)
def test_a_mission_or_what_goes_on_is_no_event(ex, second):
    text = "Rockets hit the airport in Abha on Wednesday, wounding 26 people. " + second
    assert _types(ex, text) == ["rocket_attack"]


def test_one_ongoing_attack_is_still_an_event(ex):
    text = "Police said an ongoing attack by gunmen on a Mogadishu hotel had left four guests dead on Sunday."
    assert _types(ex, text) == ["armed_clash"]


@pytest.mark.parametrize(
    "text, types",
    [
        # an operation with no day of its own is a mission or a campaign (GUIDE: no incident)
        ("The mandate of the regional military operation in Somalia was extended for another year, the bloc said.", []),
        (
            "Rockets hit the airport in Abha on Wednesday, wounding 26 people. Troops pressed on with a ground "
            "operation near the border town of Saada.",
            ["rocket_attack"],
        ),
        # one begun on a day of its own is the fighting it began
        ("The army launched a military operation in North Waziristan on Tuesday, backed by helicopters.", ["armed_clash"]),
    ],
)
def test_an_operation_without_a_day_of_its_own_is_a_mission(ex, text, types):
    assert _types(ex, text) == types


@pytest.mark.parametrize(
    "text",
    [
        "A drone struck a depot near Kelbo on Monday. Explosions and gunfire were heard across the district afterwards.",
        "A drone struck a depot near Kelbo on Monday. Villagers heard a blast followed by gunfire near the depot.",
    ],
)
def test_gunfire_only_heard_is_the_event_told_not_a_fight(ex, text):
    """Gunfire heard (the subject of a hearing, or chained to a blast heard) is how the event told
    sounded, not a second event fought on the ground."""
    assert _types(ex, text) == ["drone_attack"]


def test_gunfire_heard_at_another_spot_stays_an_event_of_its_own(ex):
    """Gunfire heard in another town than the event told is not that event's sound."""
    text = "A drone struck a depot near Kelbo on Monday. Heavy gunfire was heard near the army base in Maltown."
    assert _types(ex, text) == ["drone_attack", "armed_clash"]


@pytest.mark.parametrize(
    "text",
    [
        "A blast hit a convoy leaving Maltown airport late on Sunday, police said. The interior office condemned "
        "the blast, calling it a “vile terror attack outside Maltown airport.”",
        "A blast hit a convoy leaving Maltown airport late on Sunday, police said. The interior office condemned "
        "the blast, saying it was a “vile terror attack outside Maltown airport.”",
    ],
)
def test_a_name_a_reaction_gives_the_event_it_points_to_is_that_event(ex, text):
    """ "Calling it a terror attack", "saying it was a terror attack": the reaction names the event told,
    so its label is no second event (a fight guessed from the word "attack")."""
    assert _types(ex, text) == ["explosion"]


@pytest.mark.parametrize(
    ("sentence", "tolls"),
    [
        # one person told by a possessive is one, as told by "a" or "the"
        ("A drone hit a van outside the market on Monday, killing its driver.", [(1, None)]),
        ("Gunmen ambushed the mayor on Monday, killing his bodyguard.", [(1, None)]),
        # one more person listed after one, by a determiner, and a group after a possessive
        ("A drone hit a van outside the market on Monday, killing a farmer and his daughter.", [(2, None)]),
        ("Gunmen ambushed the convoy on Monday, killing a district chief and his three guards.", [(4, None)]),
        # one wounded, told by a determiner, as one dead is
        ("A drone hit a van outside the market on Monday, killing the driver and wounding a passenger.",
         [(1, None), (None, 1)]),
        # controls: a plural after a possessive counts nobody; a number told stands
        ("Gunmen ambushed the convoy on Monday, killing their escorts.", []),
        ("A drone hit a van outside the market on Monday, wounding two passengers.", [(None, 2)]),
    ],
)
def test_one_person_told_by_a_possessive_and_listed_after_one(sentence, tolls):
    from reporter.extract import casualties

    assert [(k, i) for _, k, i in casualties.find(sentence, 0, len(sentence))] == tolls


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # "a missile barrage", "a rocket salvo": the article counts the volley, not the weapons in it
        ("Rebels fired a rocket barrage at the base near Kirkuk on Monday, officials said.", None),
        ("A missile salvo hit the port of Odesa on Monday, officials said.", None),
        # near misses: the weapon itself counted
        ("A missile hit the port of Odesa on Monday, officials said.", 1),
        ("Two rockets hit the base near Kirkuk on Monday, officials said.", 2),
    ],
)
def test_a_volley_of_weapons_is_no_count_of_one(ex, text, count):
    assert [i.count for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents] == [count]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army said a militia commander responsible for rocket fire toward the border towns was killed in a"
            " strike near Nabatieh on Monday.",
            [("air_strike", "Nabatieh")],
        ),
        (
            "Officials said a rebel officer in charge of drone attacks on the capital was killed in an air strike"
            " on Omdurman on Sunday.",
            [("air_strike", "Omdurman")],
        ),
        (
            "An insurgent leader behind several bombings in Mosul was killed in a raid in Kirkuk on Friday.",
            [("armed_clash", "Kirkuk")],
        ),
        # near misses: an event told with its article, or told for itself, stays an event
        (
            "Rocket fire toward the border towns wounded two people near Kiryat Shmona on Monday.",
            [("rocket_attack", "Kiryat Shmona")],
        ),
    ],
)
def test_a_persons_role_told_by_a_kind_of_event_is_no_event(ex, text, expected):
    """'a commander responsible for rocket fire ... was killed in a strike': the rocket fire is what he did
    as his role, neither an event nor the strike's means."""
    found = ex.extract(text, id="t", published=date(2025, 6, 18)).incidents
    assert [(i.type, i.location) for i in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Heavy shelling along the frontier killed nine villagers in Uri, officials said, after Pakistani guns"
            " opened fire on hamlets on Wednesday.",
            [("shelling", ("Pakistan",), 9)],
        ),
        ("Indian guns opened fire on army posts in the Neelum valley on Thursday.", [("shelling", ("India",), None)]),
        # near miss: gunmen's fire stays a gunfight of their own
        ("Gunmen opened fire on a bus near Bannu on Monday, killing four people.", [("armed_clash", (), 4)]),
    ],
)
def test_an_armys_guns_are_its_artillery(ex, text, expected):
    """'after Pakistani guns opened fire': a people's guns fire shells; the shelling told before is theirs,
    one event, not a gunfight beside it."""
    found = ex.extract(text, id="t", published=date(2025, 6, 18)).incidents
    assert [(i.type, i.actors, i.casualties.killed) for i in found] == expected
