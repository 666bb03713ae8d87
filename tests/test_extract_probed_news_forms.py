"""News forms other than the wire lead (live-blog entries, communiqués, monitors' notes, headlines),
found by probing with self-written sentences, each beside a near miss.

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

DAY = date(2025, 3, 10)
FILLER = " The army said it had moved more troops to the province last spring."


def _incidents(ex, text):
    return ex.extract(text + FILLER, id="t", published=DAY).incidents


def _found(ex, text):
    return [(i.type, i.location, i.casualties.killed) for i in _incidents(ex, text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a live blog's running toll of today or of the last few days is one stretch of fighting (GUIDE:
        # "since Friday" runs from its start to the report), not a campaign's toll
        (
            "Israeli strikes on Rafah have killed at least 11 people since dawn, the civil defence agency says.",
            [("air_strike", "Rafah", 11)],
        ),
        ("At least nine people have been killed in Russian shelling of Kherson since midnight, officials say.", [("shelling", "Kherson", 9)]),
        ("Israeli strikes have killed 23 people in Khan Younis since Saturday, medics said.", [("air_strike", "Khan Younis", 23)]),
        ("Russian shelling has killed six people in Nikopol over the past 24 hours, the governor said.", [("shelling", "Nikopol", 6)]),
    ],
)
def test_a_toll_since_a_recent_start_is_one_stretch_of_fighting(ex, text, expected):
    assert _found(ex, text) == expected


def test_a_toll_since_a_recent_start_runs_to_the_report():
    found = Extractor().extract(
        "Israeli strikes have killed 23 people in Khan Younis since Saturday, medics said." + FILLER, id="t", published=DAY
    ).incidents
    assert [str(i.date) for i in found] == ["2025-03-08/2025-03-10"]


@pytest.mark.parametrize(
    "text",
    [
        # a campaign's toll, since a year or the war's start, or with no start at all
        "Israeli strikes have killed more than 30,000 people in Gaza since October 2023, the ministry says.",
        "The raids have killed about 600 civilians in Idlib since the offensive began, a monitor says.",
        "Russian shelling has killed 70 people in Nikopol, the governor said.",
    ],
)
def test_a_campaign_toll_stays_no_event(ex, text):
    assert _found(ex, text) == []


def _typed(ex, text):
    return [(i.type, i.location, i.country) for i in _incidents(ex, text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "and" then a subject of its own (a doer, a weapon) and its verb of harm: a second event
        (
            "A car bomb killed four soldiers in Gao and gunmen killed two traders near Menaka on Sunday, officials said.",
            [("explosion", "Gao", "Mali"), ("armed_clash", "Menaka", "Mali")],
        ),
        (
            "Three drones struck Poltava and a missile hit Chernihiv overnight, the governors said.",
            [("drone_attack", "Poltava", "Ukraine"), ("missile_attack", "Chernihiv", "Ukraine")],
        ),
        (
            "A missile hit Kryvyi Rih on Saturday and drones struck Kherson on Sunday, officials said.",
            [("missile_attack", "Kryvyi Rih", "Ukraine"), ("drone_attack", "Kherson", "Ukraine")],
        ),
        # ... and a subject that counts more of the weapon told before takes that weapon
        (
            "A drone hit a depot in Poltava and two more struck Chernihiv overnight, officials said.",
            [("drone_attack", "Poltava", "Ukraine"), ("drone_attack", "Chernihiv", "Ukraine")],
        ),
        (
            "Two rockets fell in Nahariya and another struck Safed on Sunday, the army said.",
            [("rocket_attack", "Nahariya", "Israel"), ("rocket_attack", "Safed", "Israel")],
        ),
        (
            "One drone hit a school in Poltava while three others struck a plant in Chernihiv, officials said.",
            [("drone_attack", "Poltava", "Ukraine"), ("drone_attack", "Chernihiv", "Ukraine")],
        ),
    ],
)
def test_and_before_a_subject_and_verb_of_its_own_tells_a_second_event(ex, text, expected):
    assert _typed(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a reply to the first event, or its toll told by a second verb with no subject, is no second event
        (
            "Russian forces shelled Nikopol on Sunday and Ukrainian troops returned fire, officials said.",
            [("shelling", "Nikopol", "Ukraine")],
        ),
        ("Russian shelling killed two people in Nikopol and wounded five on Sunday, officials said.", [("shelling", "Nikopol", "Ukraine")]),
        # two targets of one verb stay one event
        ("Israeli jets struck Tyre and Sidon on Sunday, the army said.", [("air_strike", "Tyre", "Lebanon")]),
    ],
)
def test_and_without_a_subject_and_blow_of_its_own_tells_no_second_event(ex, text, expected):
    assert _typed(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a report whose subject is a site in a town, then its passive verb: the town is the scene, not where
        # the speaker spoke
        ("The charity said its clinic in Khan Younis was hit by shelling on Sunday.", [("shelling", "Khan Younis", "Palestine")]),
        ("Officials said a school in Poltava was hit by a missile on Sunday.", [("missile_attack", "Poltava", "Ukraine")]),
        ("The company said that its depot in Bryansk was struck by a drone on Sunday.", [("drone_attack", "Bryansk", "Russia")]),
    ],
)
def test_a_reported_subjects_town_is_the_scene(ex, text, expected):
    assert _typed(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # where the speaker spoke, told with the speech word, stays no scene
        ("The minister told reporters in Kyiv that a drone hit Poltava on Sunday.", [("drone_attack", "Poltava", "Ukraine")]),
        ("The minister said in Kyiv that a drone hit Poltava on Sunday.", [("drone_attack", "Poltava", "Ukraine")]),
    ],
)
def test_where_a_speaker_spoke_stays_no_scene(ex, text, expected):
    assert _typed(ex, text) == expected


def _killed(ex, text):
    return [(i.type, i.location, i.casualties.killed, list(i.actors)) for i in _incidents(ex, text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a communiqué's own word, set in quotes, or said of the speaker itself: armed men "neutralised" were killed
        (
            'The Turkish defence ministry said it "neutralised" nine PKK militants near Duhok on Sunday.',
            [("armed_clash", "Duhok", 9, ["Turkey"])],
        ),
        ("The Turkish defence ministry said it neutralised nine PKK militants near Duhok on Sunday.", [("armed_clash", "Duhok", 9, ["Turkey"])]),
        ("Turkish troops “neutralized” seven PKK militants near Duhok on Sunday, the ministry said.", [("armed_clash", "Duhok", 7, ["Turkey"])]),
    ],
)
def test_armed_men_neutralised_in_quotes_were_killed(ex, text, expected):
    assert _killed(ex, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # what was "neutralised" is no one killed: a threat, a plot
        'The minister said the army had "neutralised" the threat near Duhok on Sunday.',
        "The ministry said it neutralised a plot by nine militants near Duhok on Sunday.",
    ],
)
def test_a_threat_or_plot_neutralised_is_no_one_killed(ex, text):
    assert _killed(ex, text) == []


@pytest.mark.parametrize(
    "text, killed",
    [
        # "martyred": the dead, in the words of many outlets of South Asia and the Middle East
        ("Four soldiers were martyred when militants attacked a post in Kurram on Sunday, the army said.", 4),
        ("Militants attacked a police post in Tank on Sunday, martyring three constables.", 3),
        ("A soldier was martyred in a raid on a post in Tank on Sunday, the army said.", 1),
        ("Three soldiers embraced martyrdom in a gunfight with militants in Kurram on Sunday, the army said.", 3),
    ],
)
def test_the_martyred_are_the_dead(ex, text, killed):
    assert [i.casualties.killed for i in _incidents(ex, text)] == [killed]


def test_martyrs_named_in_a_group_or_mourned_count_no_toll(ex):
    # a group's name, and martyrs mourned, count no dead of the event told
    found = _incidents(ex, "The Al-Aqsa Martyrs Brigades said its 12 fighters attacked a checkpoint near Jenin on Sunday.")
    assert [i.casualties.killed for i in found] == [None]


def _doers(ex, text):
    return [list(i.actors) for i in _incidents(ex, text)]


@pytest.mark.parametrize(
    "text, actors",
    [
        # a people's armour, gunships and guards are its forces; a command's communiqué names its state
        ("Israeli tanks fired at a UN post near Shebaa on Sunday, the mission said.", [["Israel"]]),
        ("Iranian border guards shot dead three porters near Sardasht on Sunday.", [["Iran"]]),
        ("US Africa Command said it carried out an airstrike near Bosaso on Sunday.", [["United States"]]),
        ("AFRICOM said it conducted an airstrike near Bosaso on Sunday, killing two militants.", [["United States"]]),
    ],
)
def test_a_peoples_armour_and_guards_and_a_command_name_their_state(ex, text, actors):
    assert _doers(ex, text) == actors


@pytest.mark.parametrize(
    "text, actors",
    [
        # the people's tanks as the target, or as the subject of a passive, name no doer
        ("Hezbollah fighters destroyed two Israeli tanks near Khiam on Sunday.", [["Hezbollah"]]),
        ("Two Israeli tanks were hit by missiles near Khiam on Sunday.", [[]]),
    ],
)
def test_a_peoples_tanks_as_the_target_name_no_doer(ex, text, actors):
    assert _doers(ex, text) == actors


@pytest.mark.parametrize(
    "text, actors",
    [
        # a capital that "came under" an attack told by several words is the target, not its government acting
        ("Kyiv came under a ballistic missile attack early on Sunday, the city administration said.", [[]]),
        ("Kyiv came under a massive Russian ballistic missile attack early on Sunday.", [["Russia"]]),
    ],
)
def test_a_capital_that_came_under_a_long_named_attack_is_its_target(ex, text, actors):
    assert _doers(ex, text) == actors


@pytest.mark.parametrize(
    "text, expected",
    [
        # herdsmen who kill are armed men on the ground, as settlers are
        ("Suspected herdsmen killed nine farmers in Agatu on Sunday, a local official said.", [("armed_clash", 9)]),
        ("Armed herders killed nine farmers in Agatu on Sunday, a local official said.", [("armed_clash", 9)]),
    ],
)
def test_herdsmen_who_kill_fight_on_the_ground(ex, text, expected):
    assert [(i.type, i.casualties.killed) for i in _incidents(ex, text)] == expected


def test_herders_grazing_do_nothing(ex):
    assert list(_incidents(ex, "Herders grazed their cattle near Agatu on Sunday as troops patrolled.")) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # the gerund of "strike" after "of", "for", "by", before its object, tells the strike accused or done
        ("Iran accused Israel of striking a hospital in Kermanshah on Sunday.", [("air_strike", "Kermanshah", ["Israel (blamed)"])]),
        (
            "Hezbollah accused Israel of striking a house in Nabatieh on Sunday, killing two.",
            [("air_strike", "Nabatieh", ["Israel (blamed)"])],
        ),
    ],
)
def test_a_gerund_of_striking_before_its_object_tells_a_strike(ex, text, expected):
    assert [(i.type, i.location, list(i.actors)) for i in _incidents(ex, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # "striking" as an adjective, or striking a bargain, is no strike
        "The minister spoke of striking a balance in Nabatieh on Sunday.",
        "The town of striking beauty lies near Nabatieh, the army said on Sunday.",
        "The photographer was praised for striking images of Nabatieh on Sunday.",
    ],
)
def test_striking_as_an_adjective_or_a_bargain_is_no_strike(ex, text):
    assert list(_incidents(ex, text)) == []


def test_a_gerund_after_a_clause_opener_is_no_event_word_of_its_own():
    # "after striking the runway" opens a clause with no subject of its own: the gerund stays no event word
    from reporter.extract import events
    from reporter.extract.text import tokens

    text = "Jets left the airfield unusable after striking its runway on Sunday night."
    assert [t.word for t in events.find_triggers(text, tokens(text, 0))] == []


@pytest.mark.parametrize(
    "text, counts",
    [
        # "three more", "two others", "another": the second event's own count of the weapon told before
        ("A drone hit a depot in Poltava and three more struck Chernihiv overnight, officials said.", [1, 3]),
        ("One drone hit a school in Poltava while two others struck a plant in Chernihiv, officials said.", [1, 2]),
        ("Two rockets fell in Nahariya and another struck Safed on Sunday, the army said.", [2, 1]),
    ],
)
def test_more_of_the_weapon_told_before_count_their_own(ex, text, counts):
    assert [i.count for i in _incidents(ex, text)] == counts


def test_the_rest_of_a_salvo_fallen_counts_nothing_of_its_own(ex):
    # "the rest fell in open areas": no second event, and the first keeps its count
    found = _incidents(ex, "Two rockets hit Sderot and the rest fell in open areas on Sunday, the army said.")
    assert [i.count for i in found] == [2]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a maritime agency's note: a blast beside a ship, with no other word of war, is an incident at sea
        (
            "A ship's master reported an explosion close to the vessel 60 nautical miles west of Hodeidah on Sunday, the agency said.",
            [("explosion", "60 nautical miles west of Hodeidah", None)],
        ),
    ],
)
def test_a_blast_beside_a_ship_is_a_maritime_incident(ex, text, found):
    """"An explosion near a merchant vessel": a ship is where a blast harms at sea."""
    assert _found_bare(ex, text) == found


def test_a_blast_of_trade_beside_no_ship_is_no_incident(ex):
    """A blast of words about trade, with no ship and no harm, stays out."""
    assert _found_bare(ex, "An explosion in car sales lifted the market in Aden on Sunday, traders said.") == []


def _found_bare(ex, text):
    return [(i.type, i.location, i.casualties.killed) for i in ex.extract(text, id="t", published=DAY).incidents]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a country's force reports the sky it defends: what its air defences stopped, or "the enemy" sent
        ("Air defences shot down 38 drones overnight, Ukraine's air force said.", [("interception", "Ukraine", None)]),
        ("The enemy attacked with 52 drones overnight, the Ukrainian air force said.", [("drone_attack", "Ukraine", None)]),
        (
            "The enemy attacked with 52 drones overnight, the Air Force of the Armed Forces of Ukraine said.",
            [("drone_attack", "Ukraine", None)],
        ),
        # near misses: no force speaks; a state that stops weapons far from home speaks
        ("Air defences shot down 38 drones overnight, the Ukrainian foreign ministry said.", []),
        ("Air defences shot down two drones on Monday, CENTCOM said.", []),
    ],
)
def test_a_force_s_tally_with_no_place_is_over_its_country(ex, text, found):
    """"Air defences shot down 38 drones, Ukraine's air force said": over Ukraine, as the force reports it."""
    assert _found_bare(ex, text) == found
