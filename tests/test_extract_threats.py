"""Threat statements: a named party, a threat predicate and what it holds out (self-written sentences).

Each test names one rule: who the speaker is (after a break, by surname, after a quotation), what
makes a complement a threat, and which day a statement told without one is given.
"""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

DAY = date(2025, 3, 12)


def _threats(ex, text, published=DAY):
    incidents = ex.extract(text, id="t", published=published).incidents
    return [(i.actors, i.country, i.date) for i in incidents if i.type == "threat_statement"]


@pytest.mark.parametrize(
    "text, speaker, country",
    [
        # a statement opens after a semicolon: its speaker is not the first clause's subject
        ("Hezbollah asked villagers to return to the border towns; Katz warns that the group will pay a heavy "
         "price for any breach.", "Israel Katz", "Israel"),
        # a live-blog stamp and an apposition before the verb
        ("**09:10** — Hamas's armed wing, the Qassam Brigades, has issued a statement warning that the soldiers "
         "will come under fire if they advance.", "Hamas", "Palestine"),
        # a listed person named by surname alone, after a title
        ("Military spokesman Saree vowed revenge for the strikes on the port.", "Yahya Saree", "Yemen"),
        # the participle's subject is who the quotation before it is attributed to
        ("\"Our drones will keep flying until the blockade ends,\" Saree said, warning tanker crews that they "
         "will be targeted.", "Yahya Saree", "Yemen"),
    ],
)  # fmt: skip
def test_the_speaker_of_a_threat(ex, text, speaker, country):
    assert [(a, c) for a, c, _ in _threats(ex, text)] == [((speaker,), country)]


@pytest.mark.parametrize(
    "text",
    [
        # a party named inside a prepositional phrase, a comma before the verb: the subject is the war
        "The widening war between Israel and Hamas in Gaza, threatens to draw in the wider region.",
        # a warning that reports an event, or a risk, holds out no harm by the speaker
        "The maritime agency warned on Monday that a tanker was hit by a projectile off Aden.",
        "Officials in Kyiv warn that the number of attack drones built by Russia keeps growing.",
        # a pledge of what the speaker's side will keep doing, with no harm and no condition put to anyone
        "Israeli jets struck Gaza on Monday. Defense Minister Israel Katz vowed on Tuesday that Israel would keep "
        "charge of the border crossings.",
    ],
)  # fmt: skip
def test_no_threat_without_a_speaker_or_harm(ex, text):
    assert _threats(ex, text) == []


def test_a_threatened_party_by_name_is_a_threat(ex):
    """ "threatened Iran with ...": the party in the object slot makes the verb a threat."""
    text = "Trump threatened Iran with bombing the likes of which it has never seen."
    assert _threats(ex, text) == [(("Donald Trump",), "United States", "2025-03-12")]


def test_an_undated_threat_is_dated_by_its_report_not_a_deadline_before_it(ex):
    """A statement told without a day was made when reported, whatever day the sentence before names."""
    text = (
        "Hamas is due to hand over four captives by Saturday under the truce. "
        "Netanyahu warned that Israel would resume the war with full force if the exchange failed."
    )
    assert _threats(ex, text) == [(("Benjamin Netanyahu",), "Israel", "2025-03-12")]


def test_a_quotation_then_its_speaker_is_one_threat_with_the_speech(ex):
    """'"We will ...," he said' after a named speaker's statement: the same speech, one threat, by the
    person last named ("he" stands for him), here speaking for the group he leads ("the group would", "our
    operations will": tests/test_threats_leader_speaks_for_party.py); on its own, the quotation is a threat
    by its speaker."""
    text = (
        "In a speech on Tuesday, Houthi leader Abdul-Malik al-Houthi said the group would expand its attacks "
        "on ships. \"Our operations will escalate as long as the siege goes on,\" he said."
    )
    assert _threats(ex, text) == [(("Houthis",), "Yemen", "2025-03-11")]
    alone = "Drones and missiles were fired at Eilat. \"We will strike back at the ports,\" Khamenei said."
    assert _threats(ex, alone) == [(("Ali Khamenei",), "Iran", "2025-03-12")]


def test_said_would_reads_past_abbreviations(ex):
    """'said that any U.S. decision ... would bring a response': an abbreviation ends no sentence."""
    text = (
        "Medvedev said on Monday that any U.S. decision to send long-range missiles to Kyiv would bring a "
        "response from Moscow."
    )
    assert [a for a, _, _ in _threats(ex, text)] == [("Dmitry Medvedev",)]


def test_a_nationality_before_a_role_speaks_for_its_state(ex):
    """ "Iranian officials warned ...": officials, ministers and envoys of a nationality speak for the state."""
    text = "Israeli jets struck a depot near Beirut. Iranian officials warned that Tehran would retaliate for it."
    assert [(a, c) for a, c, _ in _threats(ex, text)] == [(("Iran",), "Iran")]


def test_threats_against_two_parties_are_two(ex):
    """One speaker's threats told one after the other are one threat, unless they threaten other parties."""
    text = (
        "Trump warned the Houthis that they would pay a heavy price for the attacks on ships. "
        "He also threatened Iran with bombing if talks failed."
    )
    assert [a for a, _, _ in _threats(ex, text)] == [("Donald Trump",), ("Donald Trump",)]


def test_an_unlisted_speaker_speaks_for_the_side_he_says_will_act(ex):
    text = "Defence Secretary Grant Sutton told MPs the UK will not hesitate to respond again to the attacks on ships."
    assert [(a, c) for a, c, _ in _threats(ex, text)] == [(("United Kingdom",), "United Kingdom")]


def test_a_date_in_what_is_said_is_not_the_day_it_was_said(ex):
    text = "Hezbollah vowed revenge for the killing of its commander in an air strike on February 20."
    assert [d for _, _, d in _threats(ex, text)] == ["2025-03-12"]


def test_where_the_speaker_spoke_from_in_the_next_sentence(ex):
    text = (
        "Katz warned on Tuesday that Israel would act with full force if Hezbollah rearmed. "
        "\"We will not allow it,\" Katz said in a statement from his office in Tel Aviv."
    )
    incidents = ex.extract(text, id="t", published=DAY).incidents
    assert [(i.location, i.country) for i in incidents if i.type == "threat_statement"] == [("Tel Aviv", "Israel")]


def test_an_ultimatum_is_a_threat_by_what_it_is(ex):
    text = "The Houthis gave Israel a four-day ultimatum to let aid trucks into the besieged city."
    assert [(a, c) for a, c, _ in _threats(ex, text)] == [(("Houthis",), "Yemen")]


@pytest.mark.parametrize(
    "text",
    [
        # what will befall a party, on a condition put to it, is a threat whatever its words
        "Hezbollah warned on Tuesday that any Israeli presence after the deadline would be treated as an occupation.",
        "Kim Yo-jong warned on Tuesday that Seoul would face disaster if its troops fired again at the border.",
        # further attacks held out
        "Al-Shabaab spokesman Ali Dhere threatened further attacks on the airport on Tuesday.",
    ],
)
def test_a_will_with_a_condition_put_to_a_party_is_a_threat(ex, text):
    assert len(_threats(ex, text)) == 1


def test_a_warning_that_tells_news_gives_the_event_it_tells(ex):
    """A warning that holds out no harm passes on news: the event word of its clause tells the event."""
    text = (
        "The shipping agency warned on Tuesday that a cargo ship was hit by a missile off Hodeidah, and urged "
        "vessels to report anything suspicious."
    )
    incidents = ex.extract(text, id="t", published=DAY).incidents
    assert [(i.type, i.location) for i in incidents] == [("missile_attack", "Hodeidah")]


@pytest.mark.parametrize(
    "text",
    [
        # an attack as the object of "threaten" or "vow", a noun or the verb after "to"
        "The Houthis threatened missile strikes on American bases in the Gulf on Tuesday.",
        "Hezbollah threatened attacks on northern towns if the shelling of villages went on.",
        "The Houthis threatened on Tuesday to sink any tanker bound for Eilat.",
        "Al-Shabaab vowed on Tuesday to storm the army base outside the town.",
        # a promise of attacks is a threat, not the attack it promises
        "The Houthis promised on Tuesday to attack any vessel sailing to Eilat with drones.",
        "Kataib Hezbollah pledged on Tuesday to keep attacking the bases of the coalition.",
    ],
)  # fmt: skip
def test_an_attack_held_out_by_a_threat_verb_is_a_threat_not_an_attack(ex, text):
    incidents = ex.extract(text, id="t", published=DAY).incidents
    assert [i.type for i in incidents] == ["threat_statement"]


@pytest.mark.parametrize(
    "text",
    [
        # the one threatened by attacks, and a promise of no harm, threaten nothing
        "The truce in the north is threatened by clashes between the army and the rebels.",
        "Israel promised on Tuesday to rebuild the homes damaged in the war.",
    ],
)
def test_a_threat_verb_without_a_held_out_attack_is_no_threat(ex, text):
    assert _threats(ex, text) == []


def test_a_warning_that_harm_is_to_come_is_a_threat_however_worded(ex):
    """ "warned that the warships would be targeted": harm to come, in the passive, with no condition."""
    text = "The Houthis warned on Tuesday that American warships in the Red Sea would be targeted with missiles."
    assert [i.type for i in ex.extract(text, id="t", published=DAY).incidents] == ["threat_statement"]


def test_a_town_of_the_speakers_own_country_is_where_its_threat_is_aimed():
    """'warned that they would storm X', 'threatened to attack army units in X': a town
    of the speaker's own country the threat names is its place, not the whole country."""
    ex = Extractor()
    for text in (
        "The Rapid Support Forces warned on Monday that they would storm Omdurman unless the army withdrew.",
        "On Monday the RSF threatened to attack army units in Omdurman unless they pulled back.",
    ):
        facts = ex.extract(text, id="t", published=date(2025, 6, 25))
        assert [(i.type, i.location, i.country) for i in facts.incidents] == [("threat_statement", "Omdurman", "Sudan")]


def test_a_town_a_threat_demands_be_left_is_where_it_is_aimed():
    """'demanded that the army withdraw from the city': the town to be left (where a move starts, in the
    speaker's own country) is the threat's place, not the speaker's whole country."""
    ex = Extractor()
    text = (
        "The Rapid Support Forces surrounded Omdurman in May. The Rapid Support Forces sent an ultimatum on "
        "Monday, demanding the soldiers pull out from the city by Friday."
    )
    facts = ex.extract(text, id="t", published=date(2025, 6, 25))
    assert [(i.location, i.country) for i in facts.incidents if i.type == "threat_statement"] == [
        ("Omdurman", "Sudan")
    ]


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "In Baghdad, Kataeb Hezbollah on Monday warned that foreign troops would pay a heavy price if "
            "Washington joined any strike on Syria or Iran.",
            ("Baghdad", "Iraq"),
        ),
        (
            "On Monday the Houthis warned from Sanaa that they would target American ships if the US attacked "
            "Iraq and Iran.",
            ("Sanaa", "Yemen"),
        ),
    ],
)
def test_countries_named_inside_a_threat_do_not_split_it(ex, text, place):
    """Two countries the threat speaks of ("a strike on Syria or Iran") are no two scenes of two events:
    one threat, placed where its speaker spoke."""
    incidents = ex.extract(text, id="t", published=DAY).incidents
    assert [(i.location, i.country) for i in incidents if i.type == "threat_statement"] == [place]


@pytest.mark.parametrize(
    "text, place",
    [
        # a warning to leave a place holds out harm to those who stay, and is aimed at that place
        (
            "The Israeli military issued an evacuation warning on Monday for residents of the Dahiyeh in Beirut, "
            "saying its jets would hit Hezbollah sites there.",
            "Dahiyeh",
        ),
        (
            "The Israeli army warned residents of Tyre on Tuesday to evacuate at once as its troops fought Hezbollah.",
            "Tyre",
        ),
        # the place to be left told by the warning's complement, a capital among them (the ground, not its government)
        (
            "The Israeli army issued a warning on Tuesday to evacuate parts of Beirut where the group has offices.",
            "Beirut",
        ),
        ("In a video on Tuesday, a JNIM commander was seen warning Djibo residents to evacuate the town.", "Djibo"),
    ],
)
def test_a_warning_to_leave_is_a_threat_at_the_place_to_be_left(ex, text, place):
    got = [(i.type, i.location) for i in ex.extract(text, id="t", published=DAY).incidents]
    assert got == [("threat_statement", place)]


def test_an_attack_still_to_come_is_no_event(ex):
    """ "ahead of strikes": what the warning precedes has not happened yet."""
    text = "The IDF ordered residents of four villages in southern Lebanon to leave ahead of strikes on Tuesday."
    assert not ex.extract(text, id="t", published=DAY).incidents


@pytest.mark.parametrize(
    "text",
    [
        # an attack held out by its means or its end is harm to come, as "strike" is
        "Trump said on Saturday that US warplanes would bomb Iran's missile sites if Tehran refused the deal.",
        "Netanyahu said on Monday that the army would invade Rafah if the rockets from Gaza did not stop.",
    ],
)
def test_a_modal_attack_by_any_verb_of_attack_is_a_threat(ex, text):
    assert [i.type for i in ex.extract(text, id="t", published=DAY).incidents] == ["threat_statement"]


@pytest.mark.parametrize(
    "text",
    [
        # an end to harm is held out, not harm: no threat
        'The president told reporters on Tuesday: "We will stop the bombing of the rebels at once," citing a truce with the militia.',
        "The militia said on Monday it would halt its attacks on foreign troops in the country, ending its armed campaign.",
    ],
)
def test_a_promise_to_stop_attacking_is_no_threat(ex, text):
    assert [i.type for i in ex.extract(text, id="t", published=DAY).incidents if i.type == "threat_statement"] == []


@pytest.mark.parametrize(
    "text",
    [
        # attacks as the subject of a predicate of going on or growing: held out, not told as done
        "The Houthis warned on Tuesday that attacks on tankers in the Red Sea would continue.",
        "Israel's defence minister Katz said on Tuesday that the strikes on Sanaa will intensify in the days ahead.",
        "The Houthis said on Tuesday that their raids on shipping will not stop until the siege ends.",
        "Katz told the army's pilots on Tuesday that the next strike on the port of Hodeidah would be heavier than the last.",
    ],
)
def test_attacks_told_as_still_to_come_are_a_threat_not_an_attack(ex, text):
    incidents = ex.extract(text, id="t", published=DAY).incidents
    assert [i.type for i in incidents] == ["threat_statement"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an attack done, with a modal of another predicate after it, stays an attack told
        ("Israeli warplanes struck the port of Hodeidah on Tuesday and will return, the army said.", ["air_strike"]),
        # a predicate of a deed's aftermath speaks of one that happened
        ("An Israeli air strike on the port of Hodeidah on Tuesday will be investigated, the army said.", ["air_strike"]),
        # "the next day" is a date, not an event to come
        ("Rebels fired rockets at Kirkuk on Monday; the next day rockets hit the airport in Erbil.",
         ["rocket_attack", "rocket_attack"]),
    ],
)  # fmt: skip
def test_an_attack_told_as_done_is_kept_beside_a_modal(ex, text, expected):
    incidents = ex.extract(text, id="t", published=DAY).incidents
    assert sorted(i.type for i in incidents) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tanks and artillery remain on alert along the border. Hezbollah warned on Monday of heavier attacks on Haifa.",
        "Tanks and artillery remain on alert along the border. Turkey's army chief warned Tuesday of a wave of air "
        "strikes on PKK bases in Duhok.",
    ],
)
def test_an_attack_a_warning_is_of_is_held_out_not_told(ex, text):
    """The attack a named party warns "of" is still to come: a threat, not an attack told."""
    got = [i.type for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents]
    assert got == ["threat_statement"]


@pytest.mark.parametrize(
    "statement",
    [
        "Moscow said on Tuesday that it reserved the right to respond at a time of its choosing.",
        "The Kremlin said Russia reserves its right to take retaliatory steps.",
        "The Kremlin said on Tuesday that Russia would take its revenge.",
        "The Kremlin said Russia would take retaliatory measures against Kyiv.",
    ],
)
def test_a_right_reserved_to_harm_and_revenge_taken_are_threats(ex, statement):
    # a right reserved to retaliate holds the harm out as "will" does; revenge taken is harm named by a noun
    text = f"Drones struck a depot in Belgorod on Monday. {statement}"
    assert [(actors, country) for actors, country, _ in _threats(ex, text)] == [(("Russia",), "Russia")]


@pytest.mark.parametrize(
    "statement",
    [
        # a verb of saying beyond "said": "asserted", "wrote", "saying"
        "Iran's army command asserted that it will retaliate against the gunmen.",
        "The Revolutionary Guards commander wrote that Iran will avenge its fallen officers.",
        "The Revolutionary Guards issued a statement, saying they will strike the gunmen's hideouts.",
        # a right reserved without its article
        "Iran said it reserves right to hit back at a time of its choosing.",
        # a cost held out as what may follow
        "Iran said the attack could carry grave consequences for its sponsors.",
    ],
)
def test_more_verbs_of_saying_and_costs_held_out_are_threats(ex, statement):
    text = f"Gunmen attacked a police station in Zahedan on Monday, killing four officers. {statement}"
    [(actors, country, _)] = _threats(ex, text)
    assert actors[0] in ("Iran", "Islamic Revolutionary Guard Corps") and country == "Iran"


def test_a_harm_no_party_will_do_is_no_threat(ex):
    """A truce told in a quotation ("neither army will attack the other's posts") holds out no harm."""
    text = (
        "Gunmen attacked a police station in Zahedan on Monday, killing four officers. "
        "\"From today, neither army will attack the other's posts,\" Saree said."
    )
    assert _threats(ex, text) == []


def test_a_threat_told_in_the_past_perfect_is_background_not_a_statement_of_the_report(ex):
    """ "had vowed for weeks to hit back": told in the past perfect, a threat lies before the events the report
    tells (GUIDE: an open-ended background threat is optional); the same vow told as news is a threat, and
    an evacuation warning issued before the strike it announced stays one."""
    strike = "Jets struck a depot in Tyre on Sunday, the army said. "
    assert _threats(ex, strike + "Hezbollah had vowed for weeks to retaliate for any strike on the port.") == []
    assert _threats(ex, strike + "Hezbollah vowed on Sunday to retaliate for the strike on the port.")
    warned = "An hour before the strike, the Israeli army had warned residents of the district to evacuate."
    assert [a for a, _, _ in _threats(ex, "Israeli jets struck a depot in Tyre on Sunday. " + warned)] == [("Israel",)]


def test_a_threat_to_ships_in_a_sea_is_placed_at_that_sea(ex):
    """A sea, gulf or strait the threat's words name is where the harm is held out."""
    text = (
        "Militants fired rockets at a port in Hodeidah on Monday, killing two guards. The Houthis "
        "warned on Tuesday that any tanker in the Gulf of Aden bound for the enemy's ports will be targeted."
    )
    incidents = ex.extract(text, id="t", published=DAY).incidents
    assert [(i.location, i.country) for i in incidents if i.type == "threat_statement"] == [("Gulf of Aden", None)]


def test_a_sea_a_threatened_ship_passes_through_is_its_route(ex):
    """Ships warned off a route through a sea are threatened where the speaker stands (a guard)."""
    text = (
        "Militants fired rockets at a port in Hodeidah on Monday, killing two guards. The Houthis "
        "warned on Tuesday that they would strike tankers sailing through the Gulf of Aden towards the enemy's ports."
    )
    incidents = ex.extract(text, id="t", published=DAY).incidents
    assert [(i.location, i.country) for i in incidents if i.type == "threat_statement"] == [("Yemen", "Yemen")]


def test_a_body_of_states_with_no_force_of_its_own_threatens_no_one(ex):
    """The UN, the EU or the AU warning of grave consequences foresees harm: no party that can use force
    holds it out; a state's warning of the same words threatens."""
    event = "Militia fighters shelled a camp near El Fasher on Monday, killing nine people. "
    un = "In Nairobi, UN High Commissioner for Refugees Jan Novak warned Tuesday of grave consequences for civilians once the rains come."
    assert _threats(ex, event + un) == []
    assert [a for a, _, _ in _threats(ex, event + "Iran warned on Tuesday of grave consequences for those responsible.")] == [("Iran",)]


def test_an_ultimatum_to_agree_to_a_truce_holds_out_no_force_by_itself(ex):
    """An ultimatum is a threat by what it is, unless its demand is a truce: then only its own words of harm
    make it one."""
    event = "Drones struck an oil depot near Kursk on Monday, officials said. "
    truce = "The United States issued Moscow an ultimatum on Tuesday to accept a truce within ten days."
    assert _threats(ex, event + truce) == []
    leave = "The Rapid Support Forces gave the army an ultimatum to leave the town of El Fasher by Friday."
    assert [a for a, _, _ in _threats(ex, event + leave)] == [("Rapid Support Forces",)]


def test_an_event_that_threatens_is_no_party_threatening(ex):
    """ "The RSF advance on the oil field threatens the exports": the subject is an event, the party only its
    modifier; the party as the subject threatens."""
    event = "Fighters shelled a market in Kadugli on Monday, killing six people. "
    assert _threats(ex, event + "The RSF advance on the oil field threatens South Sudan's exports.") == []
    assert _threats(ex, event + "The RSF threatens South Sudan with strikes on its oil fields.")


def test_a_harm_said_with_no_target_and_no_condition_is_no_threat(ex):
    """ "X said Y would retaliate." ends at the harm: no object, target or condition, a resolve voiced after
    an attack; a target or a condition put to the other side makes the same words a threat."""
    event = "Gunmen attacked a police station in Zahedan on Monday, killing four officers. "
    assert _threats(ex, event + "President Ahmad Karimi said Iran would retaliate.") == []
    for said in (
        "President Ahmad Karimi said Iran would retaliate against the camps across the border.",
        "President Ahmad Karimi said Iran would retaliate if the attacks went on.",
    ):
        assert [a for a, _, _ in _threats(ex, event + said)] == [("Iran",)]


@pytest.mark.parametrize(
    "text, country",
    [
        # the subject places the speaker in a country other than its patron's: it speaks from there
        ("The Iran-backed militias in Syria vowed on Tuesday to strike American troops if the raids go on.", "Syria"),
        ("Hezbollah units based in Syria threatened on Tuesday to attack the Israeli border posts.", "Syria"),
        # a clause before the subject names the place of another event, not the speaker's
        ("After the raid in Syria on Monday, Iran warned on Tuesday that it would retaliate against Israel.", "Iran"),
    ],
)
def test_threat_placed_where_the_subject_puts_the_speaker(ex, text, country):
    assert [c for _, c, _ in _threats(ex, text)] == [country]


@pytest.mark.parametrize(
    "text, threats",
    [
        # an official the lexicon does not know warns what his own side will do: that side threatens
        ("Spokesman Karim Haddadi warned Iran would hit back hard for the attack.", [(("Iran",), "Iran")]),
        ("Foreign Minister Olaf Berensen warned on Monday that Russia would respond to any new drone raid.",
         [(("Russia",), "Russia")]),
        # a name with no office foresees another side's step: no threat
        ("Analyst Dana Whitcombe warned Iran would hit back hard for the sabotage.", []),
        # "must" puts a demand to the party named, the other side: that party is the one warned, not the threat's
        ("Spokesman Karim Haddadi warned Israel must stop its attacks on Syria or face a wider war.", []),
        ("Foreign Minister Olaf Berensen warned on Monday that Poland must stop arming Ukraine or face attacks on its depots.",
         []),
    ],
)
def test_unlisted_official_warns_for_his_own_side(ex, text, threats):
    assert [(tuple(a), c) for a, c, _ in _threats(ex, text)] == threats


def test_a_reply_named_as_the_motive_of_a_step_holds_out_no_harm(ex):
    """ "would take all measures in response to the raid": the reply is the motive of the step, the raid an
    event told; "in response to any aggression" puts a condition to the other side, a threat."""
    event = "Gunmen attacked a border post near Deir Hafer on Sunday, killing three soldiers. "
    assert _threats(ex, event + "Syria vowed on Monday that it would take all needed steps in response to the raid.") == []
    said = "Syria warned on Monday that it would not stay idle in response to any aggression."
    assert [a for a, _, _ in _threats(ex, event + said)] == [("Syria",)]


@pytest.mark.parametrize(
    "before, said",
    [
        # the body named with its state's adjective two sentences before, then by its noun
        ("The Jordanian Defence Ministry condemned the raid. The ministry added that the dead were farmers. ",
         '"Amman will not let this crime go unpunished," the ministry said.'),
        # the body named with its state's possessive, then by the same noun inside a longer name
        ("Jordan's Joint Command of its forces said the raid killed three farmers. ",
         "The Joint Command of its forces also said it will respond with all its might to those behind it."),
        # the body first named with no state, right after a sentence its state opens
        ("Jordan condemned the raid. The Ministry of Interior stated that three farmers died. ",
         "The ministry said on Monday that the raid could have grave consequences."),
        # the body opens the clause whose participle tells the threat
        ("Jordan's Foreign Ministry condemned the raid. ",
         "The ministry put out a statement on Monday, asserting that the raid would bring a harsh response."),
    ],
)
def test_a_body_told_again_by_its_noun_speaks_for_the_party_it_was_named_with(ex, before, said):
    event = "Drones struck a farm near Mafraq on Sunday, killing three farmers. "
    assert [a for a, _, _ in _threats(ex, event + before + said)] == [("Jordan",)]


def test_a_body_told_again_is_not_the_party_that_opens_the_sentence_before(ex):
    """ "the ministry" is the body named with a state, not whoever opens the sentence before it."""
    text = (
        "Drones struck a farm near Mafraq on Sunday, killing three farmers. Hezbollah denied any role. "
        "The ministry warned on Monday that it would retaliate against the camps if the raids went on."
    )
    assert _threats(ex, text) == []


def test_a_harm_held_out_by_what_will_not_be_let_pass_however_long_its_object(ex):
    """ "will not let this act go unanswered": the act not let pass is a harm held out, whatever words name it."""
    text = (
        "Drones struck a farm near Mafraq on Sunday, killing three farmers. "
        "\"We will not let this cowardly and criminal act of aggression go unanswered,\" Iran's army said."
    )
    assert [a for a, _, _ in _threats(ex, text)] == [("Iran",)]


@pytest.mark.parametrize(
    "said",
    [
        '"We promise to widen our raids as long as the siege of the port goes on," Saree was quoted as saying.',
        '"We pledge to expand our operations against the navy," Saree said.',
    ],
)
def test_a_speakers_own_vow_in_a_quotation_holds_out_harm(ex, said):
    """ "we promise to widen our raids": the speaker's own vow holds harm out as "we will" does."""
    text = "Drones struck a tanker off Hodeidah on Sunday, killing three sailors. " + said
    assert [a for a, _, _ in _threats(ex, text)] == [("Yahya Saree",)]


@pytest.mark.parametrize(
    "said, speaker",
    [
        ('"Turkey reserves the right to strike back at a time of its choosing," it added.', [("Turkey",)]),
        ('"Turkey will hit the camps if the raids go on," they said.', [("Turkey",)]),
        # a party named in the quotation that is no subject of the harm: no speaker found
        ('"The raids on Turkey will not go unanswered," it added.', []),
    ],
)
def test_a_quotation_told_by_it_is_the_threat_of_the_party_its_harm_is_said_of(ex, said, speaker):
    """ '"Turkey reserves the right to respond," it added': "it" names no one, the quotation's own subject does."""
    text = "Drones struck a border post near Kilis on Sunday, killing three guards. " + said
    assert [a for a, _, _ in _threats(ex, text)] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shelled a market in Kassala on Monday. The defence minister of Sudan several weeks ago warned the "
        "rebels of a crushing answer if they moved on the city.",
        "Rebels shelled a market in Kassala on Monday. Sudan warned the rebels last month that it would strike "
        "their camps if they moved on the city.",
    ],
)  # fmt: skip
def test_a_threat_told_as_made_weeks_before_the_report_is_background(ex, text):
    """ "several weeks ago warned", "warned ... last month that": a threat told as made weeks or more before the
    report is background (GUIDE: open-ended background threats are optional), no statement of its news."""
    assert _threats(ex, text) == []


def test_a_time_inside_what_was_said_leaves_a_threat_its_news(ex):
    text = (
        "Rebels shelled a market in Kassala on Monday. Sudan warned on Tuesday that the raids of last month "
        "would be repaid if the rebels moved on the city."
    )
    assert [a for a, _, _ in _threats(ex, text)] == [("Sudan",)]


def test_a_country_placing_the_group_a_speaker_leads_is_not_the_speaker(ex):
    """ "the head of Lebanon armed group Hezbollah": the group is who speaks, the country only places it."""
    text = (
        "The head of Lebanon armed group Hezbollah – a foe of Israel – vowed on Tuesday that Israel would pay "
        "a heavy price if it widened the war."
    )
    assert [a for a, _, _ in _threats(ex, text)] == [("Hezbollah",)]


def test_an_adviser_of_a_nations_leader_speaks_for_its_state(ex):
    """ "the Iranian President's security adviser vowed ...": a nationality before a role of its head of
    state's speaks for that state, as "Iranian officials" does."""
    text = "The Iranian President's security adviser vowed to retaliate against Israel for the killing."
    assert [(a, c) for a, c, _ in _threats(ex, text)] == [(("Iran",), "Iran")]


def test_a_warning_of_a_bare_reply_is_no_threat(ex):
    """ "Hamas warns of response": a reply with no one it falls on and no condition put is a resolve voiced, as
    "X said Y would retaliate." is; a warning of a reply to a named party is a threat."""
    assert _threats(ex, "Jets struck a flat in Tyre on Monday, killing a commander. Hamas warned of a harsh response.") == []
    assert _threats(ex, "Jets struck a flat in Tyre on Monday. Hamas warned of a response against Israel.")


def test_a_quotation_standing_alone_goes_on_with_the_speaker_before_it(ex):
    """'"...," X told the radio. "The Ruritanian regime will pay dearly for it."': a sentence that is a
    quotation and nothing else, whose harm has a party as its subject, is the threat of the one the
    quotation before it was attributed to (not of the party named inside it)."""
    text = (
        "Drones struck a depot in Tyre on Monday. \"The enemy has crossed every line by hitting homes,\" a "
        "Hezbollah commander told a local radio station.\n\n\"The Israeli regime will pay a heavy price for it.\""
    )
    assert [(a, c) for a, c, _ in _threats(ex, text)] == [(("Hezbollah",), "Lebanon")]


@pytest.mark.parametrize(
    "text",
    [
        # no party is the harm's subject: a resolve voiced after an attack
        "Drones struck a depot in Tyre on Monday. \"The enemy has crossed every line,\" a Hezbollah commander "
        "told a local radio station.\n\n\"This crime will not go unanswered.\"",
        # the quotation before it is attributed to no one the lexicon knows as a party
        "Drones struck a depot in Tyre on Monday. \"We lost everything,\" a shopkeeper told a local radio "
        "station.\n\n\"The Israeli regime will pay a heavy price for it.\"",
    ],
)  # fmt: skip
def test_a_quotation_standing_alone_needs_a_party_to_bear_the_harm_and_a_speaker(ex, text):
    assert _threats(ex, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Turkey answered with a statement, asserting that any incursion by the militia would lead to serious consequences.",
        "Rebel drones struck a depot in Kassala on Sunday. Egypt said on Monday that any strike on the dam would result "
        "in grave consequences for those behind it.",
        "Algeria stressed that an attack on its convoys will carry the gravest consequences.",
    ],
)  # fmt: skip
def test_a_cost_a_statement_says_harm_will_lead_to_holds_it_out(ex, text):
    """ "would lead to serious consequences", "will carry grave consequences": the cost held out by a verb of
    what follows, as "would face consequences" holds it out."""
    assert [a for a, _, _ in _threats(ex, text)] != []


def test_a_threat_told_again_by_a_speaker_of_the_same_home_is_one_threat(ex):
    """A leader's threat against a party, told again in the next sentence as his group's, is one threat;
    a threat by a speaker of another home, or against another party, stays its own."""
    one = (
        "Rockets hit a base near Kiryat Shmona on Monday. Nasrallah warned Cyprus that it would pay a heavy price "
        "if it opened its ports to Israel. The head of Hezbollah then threatened Cyprus with retaliation if "
        "the ports were used for raids on Lebanon."
    )
    assert len(_threats(ex, one)) == 1
    two = (
        "Rockets hit a base near Kiryat Shmona on Monday. Nasrallah warned Cyprus that it would pay a heavy price "
        "if it opened its ports to Israel. Iran also threatened Cyprus with retaliation if the ports were used "
        "for raids on Lebanon."
    )
    assert len(_threats(ex, two)) == 2


def test_a_threat_told_deep_in_a_report_with_no_day_or_party_is_background(ex):
    """Past the report's opening sentences, a threat with no day of its own and no party it is made against
    is background; the same threat in the opening, or one against a named party, is news."""
    filler = " ".join(f"Aid convoy {n} reached the camp near Kassala." for n in range(8))
    lead = "Rebel drones struck a fuel depot in Port Sudan on Monday, killing four guards. "
    late = lead + filler + " The Rapid Support Forces have vowed to widen their strikes."
    assert _threats(ex, late) == []
    early = lead + "The Rapid Support Forces have vowed to widen their strikes. " + filler
    assert len(_threats(ex, early)) == 1
    aimed = lead + filler + " The Rapid Support Forces have vowed to widen their strikes against Egypt."
    assert len(_threats(ex, aimed)) == 1


_RAID = "Rebel drones struck a fuel depot in Port Sudan on Monday, killing four guards. "


@pytest.mark.parametrize(
    "background, news",
    [
        (
            "The raid came days after the Rapid Support Forces vowed to widen their strikes.",
            "The raid came hours after the Rapid Support Forces vowed to widen their strikes.",
        ),
        (
            "Since the siege of the city began, the Rapid Support Forces have repeatedly vowed to widen their strikes.",
            "The Rapid Support Forces have vowed to widen their strikes.",
        ),
        (
            "The Rapid Support Forces have long vowed to widen their strikes.",
            "The Rapid Support Forces have long vowed to widen their strikes against Egypt.",
        ),
        (
            "Amid rising tensions, the Rapid Support Forces vowed to widen their strikes.",
            "Amid rising tensions, the Rapid Support Forces warned residents of Kassala to leave their homes.",
        ),
    ],
)
def test_an_open_ended_threat_its_sentence_sets_before_the_news_is_background(ex, background, news):
    """A threat with no day and no party of its own, told (even in the opening) by a sentence that sets it
    before the report's news (the event "came days after" it, "since", "has long", "repeatedly", amid
    tensions), is background (GUIDE: open-ended threats are optional). The event coming "hours after" it
    leaves it news of the day; one against a named party, or a warning to leave a place (the step before
    the strike), stays a threat."""
    assert _threats(ex, _RAID + background) == []
    assert len(_threats(ex, _RAID + news)) == 1


@pytest.mark.parametrize(
    "text, expected",
    [
        # an ultimatum told as a demand and its other branch is a threat, not an attack
        ("Hezbollah on Tuesday warned Israeli troops to leave the hills or face attacks.", [(("Hezbollah",), "Lebanon")]),
        ("On Tuesday the Houthis warned shipping firms to stop calling at Eilat or else face strikes.",
         [(("Houthis",), "Yemen")]),
    ],
)
def test_an_ultimatum_or_face_harm_is_a_threat(ex, text, expected):
    assert [(a, c) for a, c, _ in _threats(ex, text)] == expected
    assert [i.type for i in ex.extract(text, id="t", published=DAY).incidents] == ["threat_statement"]


def test_a_demand_or_face_what_is_no_harm_from_no_armed_party_is_no_threat(ex):
    text = "On Tuesday protesters told the governor to resign or face more rallies, the army said."
    assert _threats(ex, text) == []


LEAD = "A roadside bomb killed three soldiers near Palmyra on Monday, the army said. "


@pytest.mark.parametrize(
    "speaker", ["A Guards commander", "A Hezbollah spokesman", "The movement's military chief", "The movement's envoy"]
)
def test_a_partys_rank_saying_the_party_would_strike_is_its_threat(ex, speaker):
    """'A Guards commander said Iran would strike ...': no party speaks by name, but one of a party's
    ranks or offices (the same list that lets a named official speak for his own side) holds out the harm
    the named party would do: that party threatens."""
    party = "Iran" if "Guards" in speaker else "Hezbollah"
    text = LEAD + f"{speaker} said on Tuesday that {party} would strike back at the bases."
    assert [t[0] for t in _threats(ex, text)] == [(party,)]


@pytest.mark.parametrize("speaker", ["An analyst", "Residents", "Several experts"])
def test_a_forecast_by_someone_of_no_party_is_no_threat(ex, speaker):
    """Control: an analyst's or residents' forecast that a party would strike threatens nothing."""
    text = LEAD + f"{speaker} said on Tuesday that Iran would strike back at the bases."
    assert _threats(ex, text) == []


@pytest.mark.parametrize("held_out", ["would be a declaration of war", "would be treated as an act of war"])
def test_a_step_held_out_as_the_start_of_a_war_is_a_threat(ex, held_out):
    """'Any attack on the president would be a declaration of war': harm held out by naming what the
    act would start."""
    text = LEAD + f"Uganda's army chief said on Tuesday that any attack on the president {held_out}."
    assert [t[0] for t in _threats(ex, text)] == [("Uganda",)]


def test_an_act_of_war_told_of_a_past_attack_is_no_threat(ex):
    """Control: calling an attack that happened an act of war holds nothing out."""
    text = LEAD + "Uganda's army chief said on Tuesday that the attack was an act of war."
    assert _threats(ex, text) == []


@pytest.mark.parametrize("speaker", ["a Guards commander said", "the Guards said", "the Guards wrote on social media"])
def test_a_threat_reported_without_quotes_before_its_speaker(ex, speaker):
    """'Iran will make its foes pay, a Guards commander said': the statement reported before the speech
    tag, with no quotation marks, holds its harm out as a quotation would."""
    text = LEAD + f"Iran will avenge its two dead engineers, {speaker} on Friday."
    assert [t[0] for t in _threats(ex, text)] == [("Iran",)]


@pytest.mark.parametrize("speaker", ["analysts said", "residents told reporters", "experts said"])
def test_a_forecast_reported_before_outsiders_is_no_threat(ex, speaker):
    """Control: the same words forecast by analysts, residents or experts threaten nothing."""
    text = LEAD + f"Iran will avenge its two dead engineers, {speaker} on Friday."
    assert _threats(ex, text) == []


_STRUCK = "A drone struck a convoy near Erbil on Friday. "


def test_a_vow_compared_with_the_past_is_news(ex):
    """ "will avenge the death of its fighters, as it has done in the past": the comparison dates deeds of
    the past, not the vow, which stays the report's threat."""
    text = _STRUCK + "The Hezbollah leader told supporters that the group will avenge the death of its fighters, as it has done in the past."
    got = ex.extract(text, id="x", published=date(2025, 3, 10)).incidents
    assert [(i.type, i.actors) for i in got if i.type == "threat_statement"] == [("threat_statement", ("Hezbollah",))]


def test_a_vow_told_as_made_in_the_past_stays_background(ex):
    # control: the vow itself set in the past
    text = _STRUCK + "In the past, the Hezbollah leader has vowed that the group will avenge the death of its fighters."
    got = ex.extract(text, id="x", published=date(2025, 3, 10)).incidents
    assert [i.type for i in got if i.type == "threat_statement"] == []
