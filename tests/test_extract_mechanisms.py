"""The general mechanisms of incident extraction, each checked on several self-written wordings.

Each test names one rule of language the extractor applies (a frame's slot, a modifier that only
describes a weapon, a pattern that is no single event, who speaks a threat), not a sentence that
once went wrong.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 6, 18)


def _incidents(ex, text, published=DAY):
    return ex.extract(text, id="m", published=published).incidents


def _types(ex, text):
    return [i.type for i in _incidents(ex, text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "bring/take down" is an interception only with an aircraft or weapon in its object slot
        (
            "Soldiers used a jammer to bring down a drone over a post near Kharkiv on Sunday.",
            ["interception"],
        ),
        ("Gunners took down two helicopters over Belgorod on Sunday, the governor said.", ["interception"]),
        ("Protesters took down the banner in Goma on Sunday.", []),
        # "dropped" is a strike from the air only with munitions in its object slot
        ("Jets dropped glide bombs on a depot in Sumy on Friday, killing three people.", ["air_strike"]),
        (
            "A quadcopter dropped grenades on a trench near Bakhmut on Friday, wounding two soldiers.",
            ["air_strike"],
        ),
        ("Cargo planes dropped food parcels over Gaza on Saturday.", []),
    ],
)
def test_a_frame_needs_its_slot_filled(ex, text, expected):
    """Several-word frames ('take down X', 'dropped X on') are events only with the right kind of object."""
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Fragments of intercepted missiles fell in Irbid on Tuesday, damaging a house.", [("crash", ())]),
        ("Debris from a downed drone landed in a yard in Rzeszow on Tuesday.", [("crash", ())]),
        ("Two deminers were wounded on Monday when an unexploded Russian shell detonated in a field near Izium.",
         [("explosion", ())]),
        ("A leftover artillery shell exploded near a school in Kupiansk on Monday, wounding a farmer.",
         [("explosion", ())]),
    ],
)  # fmt: skip
def test_an_event_word_that_only_describes_the_weapon(ex, text, expected):
    """'intercepted', 'downed', 'unexploded' describe the weapon: its fall is a crash, old ordnance going
    off is an explosion with no attacker."""
    assert [(i.type, i.actors) for i in _incidents(ex, text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A drone crashed into a field near Rzeszow in Poland on Monday, police said.", "crash"),
        ("A Russian drone crashed into the sea off Constanta in Romania on Monday.", "crash"),
        ("A drone crashed into an apartment block in Kyiv on Monday, officials said.", "drone_attack"),
        ("A missile slammed into a warehouse in Odesa on Monday, injuring four.", "missile_attack"),
    ],
)
def test_what_a_weapon_ends_in_decides_attack_or_crash(ex, text, expected):
    """A weapon ending in open ground or water hit nothing; one ending in a building struck it."""
    assert _types(ex, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The army said it had repelled an attack by militants on its base near Menaka on Thursday.",
        "Troops fought off an assault on their post near Gao on Thursday, the army said.",
        "Two militants were killed in a gunbattle with troops in Kupwara on Tuesday, police said.",
        "Three gunmen died in a shootout with soldiers in Peshawar on Tuesday, police said.",
    ],
)
def test_ground_fighting_is_a_clash(ex, text):
    """A repelled attack, a gunbattle or a shootout is a battle: armed_clash."""
    assert _types(ex, text) == ["armed_clash"]


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces have launched more than 6,000 drones at Ukraine so far this month, officials said.",
        "The Houthis have targeted more than 100 ships with missiles since October 2023, killing four sailors.",
        "The militia has fired eight thousand rockets at the north to date, the army said.",
        "The rebels have attacked at least twelve convoys on the road, officials said.",
    ],
)
def test_running_totals_are_not_incidents(ex, text):
    """A running total, in digits or words, is no single event."""
    assert _types(ex, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A rocket hit a base near Erbil on Sunday, officials said, the latest in a series of attacks on the facility.",
        "A drone struck a depot near Erbil on Sunday, the latest of several such incidents this year.",
    ],
)
def test_an_event_placed_in_a_series_is_still_one_event(ex, text):
    """', the latest in a series of attacks' places an event in a pattern without making it generic."""
    assert [i.date for i in _incidents(ex, text)] == ["2025-06-15"]


@pytest.mark.parametrize(
    "text, toll",
    [
        ("A rocket hit a field near Sderot on Monday. No one was injured.", (0, 0)),
        ("A rocket hit a house in Sderot on Monday, killing two people; no one else was injured.", (2, 0)),
        ('The army said it repelled an attack on its base near Menaka on Thursday, killing "dozens of terrorists".',
         (12, None)),
        ("A shell hit a market in Donetsk on Monday, killing at least seven people.", (7, None)),
        ("A shell hit a market in Donetsk on Monday, causing the deaths of at least seven people.", (7, None)),
    ],
)  # fmt: skip
def test_tolls_as_news_states_them(ex, text, toll):
    """'No one was injured' with no death told is 0/0, a stated death stands, a quoted toll counts
    ('dozens' = 12), 'at least N' is N."""
    assert [(i.casualties.killed, i.casualties.injured) for i in _incidents(ex, text)] == [toll]


def test_a_clock_stamped_entry_tells_of_the_day_of_publication(ex):
    """A live-blog entry opening with a clock time ('14:20 GMT —', '[09:05]') is dated by publication."""
    for stamp in ("14:20 GMT —", "[09:05]"):
        text = f"Follow our live coverage.\n\n{stamp} A drone strike on a checkpoint near Kramatorsk killed two soldiers.\n"
        assert [(i.date, i.location) for i in _incidents(ex, text)] == [("2025-06-18", "Kramatorsk")]


def _threats(ex, text):
    return [(i.actors, i.location) for i in _incidents(ex, text) if i.type == "threat_statement"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the speaker opens the sentence after titles, lower-case roles included
        ("Russian Security Council deputy chairman Dmitry Medvedev said on Monday that Moscow would strike back "
         "at any base used to launch missiles.", "Dmitry Medvedev"),
        # a name inside an apposition is not the speaker
        ("Kim Yo-jong, the powerful sister of leader Kim Jong-un, warned on Wednesday that the North would strike "
         "South Korean border posts if the drone flights continued.", "Kim Yo-jong"),
        # idioms of retaliation are threat content
        ("Defence Minister Yoav Gallant said on Monday that Hezbollah would pay a heavy price for the rocket fire.",
         "Yoav Gallant"),
        ("Khamenei said on Friday that Israel would face severe consequences for the air strikes.", "Ali Khamenei"),
        # threatening to take a place is threat content
        ("In a speech on Monday, Hemedti threatened to seize El Fasher and warned residents to leave army areas.",
         "Mohamed Hamdan Dagalo"),
    ],
)  # fmt: skip
def test_who_speaks_a_threat(ex, text, speaker):
    """A threat's actor is the named speaker who opens the sentence, past titles and appositions."""
    assert [a for a, _ in _threats(ex, text)] == [(speaker,)]


def test_the_group_refers_to_the_armed_group_just_named(ex):
    """'the group ... warned' after an armed group was named: that group threatens."""
    text = (
        "Asaib Ahl al-Haq held a rally in Baghdad on Friday. In a statement on Saturday, the group warned "
        "that US forces would be targeted if they stayed."
    )
    assert [a for a, _ in _threats(ex, text)] == [("Asaib Ahl al-Haq",)]


def test_a_threat_made_in_the_speakers_capital_is_placed_there(ex):
    """A threat said to be made 'in' or 'from' a city of the speaker's own country is placed there."""
    text = (
        "Belarusian leader Alexander Lukashenko warned on Monday that any attempt to strike military depots on "
        "Belarusian soil would be met with force, speaking to reporters in Minsk."
    )
    assert _threats(ex, text) == [(("Alexander Lukashenko",), "Minsk")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Air raid sirens sounded across the capital on Sunday night, officials said.", []),
        ("A ceasefire ended months of mutual shelling between the army and the rebels in the north.", []),
        (
            "The alliance retaliated on Sunday by bombing the port of Hodeidah, officials said.",
            ["air_strike"],
        ),
    ],
)
def test_words_of_war_that_tell_no_single_strike(ex, text, expected):
    """Sirens named after air raids and months of shelling are no strike; 'by bombing X' is one."""
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, place",
    [
        ("A drone attack on an American outpost in Jordan late on Saturday killed three soldiers.", "Jordan"),
        ("Jets struck rebel posts in northern Iraq on Saturday, as Ankara's bombardment of the hills went on.",
         "Iraq"),
        ("A drone hit Kyiv's central station on Monday.", "Kyiv"),
    ],
)  # fmt: skip
def test_an_owner_is_a_party_not_the_scene(ex, text, place):
    """A country owning a base or a capital owning a bombardment names a party; a possessive place
    owning a building is still the scene."""
    assert [i.location for i in _incidents(ex, text)] == [place]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a time told after "and", with an event word on each side, opens the second event's clause: each
        # event keeps its own month (or day), not the later one
        (
            "In March four guards died in a militant attack on a hotel in Mogadishu and in late April its "
            "gunmen attacked an army base in Baidoa, killing 20 soldiers.",
            {("Mogadishu", "2025-03-01/2025-03-31"), ("Baidoa", "2025-04-21/2025-04-30")},
        ),
        (
            "Rebels shelled Goma on 2 June and on 9 June drones struck the airport in Bunia, officials said.",
            {("Goma", "2025-06-02"), ("Bunia", "2025-06-09")},
        ),
    ],
)
def test_a_time_after_and_opens_its_own_event(ex, text, expected):
    found = {(i.location.split(",")[0], i.date) for i in _incidents(ex, text)}
    assert expected <= found, found
