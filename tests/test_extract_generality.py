"""General language rules checked on short sentences of our own, in varied wording."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor, infer_published


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def test_dateline_with_two_cities():
    """A dateline naming two cities split by a slash still gives the date."""
    text = "NAIROBI / LONDON, 3 March 2025 — Gunmen attacked a village in the north, officials said."
    assert infer_published(text) == date(2025, 3, 3)


def test_weekday_with_bracketed_month_day():
    """'on Tuesday (Dec 2)' anchors the date, the year taken from the years in the text."""
    text = "Two soldiers were killed on Tuesday (Dec 2) in a roadside blast. Attacks rose in 2025."
    assert infer_published(text) == date(2025, 12, 2)


def test_weekday_month_day_without_any_year():
    """Without any year, the weekday picks the latest fitting year not after today."""
    got = infer_published("A mortar hit the base on Friday, March 7, police said.")
    assert got is not None and got.weekday() == 4 and (got.month, got.day) == (3, 7)
    assert got <= date.today()


def _posture(ex, text):
    facts = ex.extract(text, id="p", published=date(2025, 6, 18))
    return [(p.force, p.country, p.count) for p in facts.troop_posture]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("France, which once led the mission in Mali, still keeps about 1,000 soldiers in Chad.", ("France", "Chad", 1000)),
        ("Spain, which leads the NATO battlegroup in Latvia with some 600 troops, said it would stay.", ("Spain", "Latvia", 600)),
        ("Germany, Lithuania's closest ally, has roughly 4,800 troops in Lithuania.", ("Germany", "Lithuania", 4800)),
        ("The UN peacekeeping mission, UNMISS, has some 14,000 uniformed personnel in South Sudan.", ("UNMISS", "South Sudan", 14000)),
    ],
)
def test_subject_skips_asides(ex, text, expected):
    """A name inside a relative clause or appositive is not the subject that holds the troops."""
    assert _posture(ex, text) == [expected]


def test_strong_unit_with_several_modifiers(ex):
    """'the 1,500-strong British mechanised infantry battalion' still counts."""
    got = _posture(ex, "In Estonia, the 1,500-strong British mechanised infantry battalion was inspected.")
    assert got == [("United Kingdom", "Estonia", 1500)]


def test_africa_corps_is_a_russian_force(ex):
    """Russia's Africa Corps is reported as Russia, not as the Wagner Group it replaced."""
    got = _posture(ex, "The Africa Corps, which replaced the Wagner mercenaries, has about 1,000 personnel in Niger.")
    assert got == [("Russia", "Niger", 1000)]


def test_in_the_country_refers_to_the_last_host(ex):
    """'in the country' takes the host country of the posture stated just before."""
    got = _posture(ex, "Turkey has some 3,000 soldiers in Qatar. Washington has fewer than 500 troops in the country.")
    assert got == [("Turkey", "Qatar", 3000), ("United States", "Qatar", 500)]


def _threats(ex, text):
    facts = ex.extract(text, id="p", published=date(2025, 6, 18))
    return [(i.actors, i.location) for i in facts.incidents if i.type == "threat_statement"]


def test_threat_speaker_after_a_long_lowercase_title(ex):
    """A speaker introduced by a long title ('deputy chairman') is still the subject who threatens."""
    text = (
        "Russian Security Council deputy chairman Dmitry Medvedev said on Monday that Moscow would strike "
        "back at any base used to launch missiles."
    )
    assert _threats(ex, text) and _threats(ex, text)[0][0] == ("Dmitry Medvedev",)


def test_threat_made_in_the_speakers_capital(ex):
    """A threat said to be made 'in' or 'from' a city of the speaker's own country is placed there."""
    text = (
        "Belarusian leader Alexander Lukashenko warned on Monday that any attempt to strike military depots on "
        "Belarusian soil would be met with force, speaking to reporters in Minsk."
    )
    assert _threats(ex, text) == [(("Alexander Lukashenko",), "Minsk")]


def test_live_blog_clock_stamp_dates_the_entry(ex):
    """An entry opening with a clock time ('14:20 GMT —') tells of the day the blog is published."""
    text = (
        "Follow our live coverage.\n\n"
        "14:20 GMT — A drone strike on a checkpoint near Kramatorsk killed two soldiers, officials said.\n"
    )
    facts = ex.extract(text, id="p", published=date(2025, 6, 18))
    assert [(i.date, i.location) for i in facts.incidents] == [("2025-06-18", "Kramatorsk")]


def test_overnight_into_a_weekday(ex):
    """'overnight into Monday' is the night from Sunday to Monday."""
    text = "Polish jets shot down two Russian drones over Lublin overnight into Monday, the army said."
    facts = ex.extract(text, id="p", published=date(2026, 2, 10))
    assert [i.date for i in facts.incidents] == ["2026-02-08/2026-02-09"]


def test_the_latest_in_a_series_is_still_one_event(ex):
    """', the latest in a series of attacks' places the event in a pattern without making it generic."""
    text = (
        "A rocket hit a base near Erbil on Sunday, officials said, the latest in a series of attacks "
        "on the facility."
    )
    facts = ex.extract(text, id="p", published=date(2025, 6, 18))
    assert [(i.type, i.date) for i in facts.incidents] == [("rocket_attack", "2025-06-15")]


def test_dateline_naming_two_cities_is_not_text(ex):
    """'GOMA / NAIROBI, 3 May 2025 —' is a dateline: its cities are where the story was filed."""
    from reporter.extract.document import Document

    art = Document.read("GOMA / NAIROBI, 3 May 2025 — Rebels shelled Sake.", date(2025, 5, 3), ex.lexicon)
    assert art.datelines and art.in_dateline(0) and not art.in_dateline(art.text.index("Rebels"))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A drone crashed into a field near Rzeszow in Poland on Monday, police said.", "crash"),
        ("A Russian drone crashed into the sea off Constanta in Romania on Monday, officials said.", "crash"),
        ("A drone crashed into an apartment block in Kyiv on Monday, officials said.", "drone_attack"),
    ],
)
def test_crash_into_open_ground_is_a_crash(ex, text, expected):
    """A weapon that crashed into a field or the sea hit nothing; into a building, it struck it."""
    facts = ex.extract(text, id="p", published=date(2025, 6, 18))
    assert [i.type for i in facts.incidents] == [expected]


def test_unknown_place_names_with_non_ascii_letters(ex):
    """A place no gazetteer knows keeps its accented and Central European letters whole."""
    text = "Artillery shelled the village of Łężyca near Zielona Góra on Monday, killing two soldiers."
    facts = ex.extract(text, id="p", published=date(2025, 6, 18))
    assert [i.location for i in facts.incidents] == ["Łężyca, Zielona Góra"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A rocket hit a field near Sderot on Monday. No one was injured.", (0, 0)),
        ("A rocket hit a house in Sderot on Monday, killing two people; no one else was injured.", (2, 0)),
    ],
)
def test_no_one_injured_means_no_one_harmed(ex, text, expected):
    """'No one was injured' with no death told means nobody was harmed; a stated death still stands."""
    facts = ex.extract(text, id="p", published=date(2025, 6, 18))
    assert [(i.casualties.killed, i.casualties.injured) for i in facts.incidents] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russian jets dropped glide bombs on a market in Sumy on Friday, killing three people.", "air_strike"),
        ("A quadcopter dropped grenades on a checkpoint near Bakhmut on Friday, wounding two soldiers.", "air_strike"),
        ("Ukraine hit the port of Sevastopol on Friday with uncrewed surface vessels, officials said.", "drone_attack"),
        ("US bombers struck an underground site in Iran on Friday with bunker-busting bombs.", "air_strike"),
    ],
)
def test_dropped_munitions_and_newer_weapon_names(ex, text, expected):
    """Munitions dropped on a target are a strike from the air; naval drones and bunker busters are known weapons."""
    facts = ex.extract(text, id="p", published=date(2025, 6, 18))
    assert [i.type for i in facts.incidents] == [expected]


def test_dropped_aid_is_no_incident(ex):
    """Dropping food parcels is not a strike."""
    facts = ex.extract("Aid planes dropped food parcels over Gaza on Saturday.", id="p", published=date(2025, 6, 18))
    assert not facts.incidents


def test_unplaced_event_takes_the_scene_set_just_before(ex):
    """An unplaced event takes the place the sentence just before names, not the last incident's place."""
    text = (
        "A drone strike hit a market in Kherson on Monday. Sirens sounded in Sderot near the Gaza border. "
        "Two rockets were fired from the Gaza Strip."
    )
    facts = ex.extract(text, id="p", published=date(2025, 6, 18))
    assert [(i.type, i.location) for i in facts.incidents] == [
        ("drone_attack", "Kherson"),
        ("rocket_attack", "Sderot"),
    ]


def test_fragments_of_intercepted_missiles_falling_are_a_crash(ex):
    """'Fragments of intercepted missiles fell in X': 'intercepted' describes the debris; the event is a crash."""
    text = "Fragments of intercepted missiles fell in Irbid on Tuesday, damaging a house, though no one was hurt."
    facts = ex.extract(text, id="p", published=date(2025, 6, 18))
    assert [(i.type, i.location) for i in facts.incidents] == [("crash", "Irbid")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A drone hit a fuel depot in the village of Dubki, 30 km north of Belgorod, on Monday.", "Dubki"),
        ("In the Kursk region south-west of Moscow, a drone hit a substation on Monday.", "Kursk region"),
        ("On Monday a missile struck a Liberia-flagged tanker 60 nautical miles east of Aden.", "Aden"),
    ],
)
def test_reference_points_and_flag_states_are_not_the_scene(ex, text, expected):
    """'N km north of X' only locates the scene unless nothing else is named; 'Liberia-flagged' is no place."""
    facts = ex.extract(text, id="p", published=date(2025, 6, 18))
    assert [i.location for i in facts.incidents] == [expected]


def _milestones(ex, text):
    facts = ex.extract(text, id="p", published=date(2025, 6, 18))
    return [m.due for m in facts.milestones]


def test_milestone_due_during_a_year(ex):
    """'are to leave during 2027' is due in 2027."""
    assert _milestones(ex, "Under the plan, the blue helmets are to leave during 2027.") == ["2027"]


def test_milestone_doubling_a_presence_within_months(ex):
    """'would double its presence ... within 12 months' is a milestone counted from publication."""
    text = "Germany, which leads the battlegroup, said it would double its presence in Lithuania within 12 months."
    assert _milestones(ex, text) == ["2026-06"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Defence Minister Yoav Gallant said on Monday that Hezbollah would pay a heavy price for the rocket fire.", "Yoav Gallant"),
        ("Khamenei said on Friday that Israel would face severe consequences for the air strikes.", "Ali Khamenei"),
    ],
)
def test_threat_idioms_of_price_and_consequences(ex, text, speaker):
    """'X said Y would pay a heavy price / face consequences' is a threat by X."""
    assert [a for a, _ in _threats(ex, text)] == [(speaker,)]


def test_speaker_before_an_apposition(ex):
    """'X, the sister of leader Y, warned ...': X speaks, not the name inside the apposition."""
    text = (
        "Kim Yo-jong, the powerful sister of leader Kim Jong-un, warned on Wednesday that the North would "
        "strike South Korean border posts if the drone flights continued."
    )
    assert [a for a, _ in _threats(ex, text)] == [("Kim Yo-jong",)]


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces have launched more than 6,000 drones at Ukraine so far this month, officials said.",
        "The Houthis have targeted more than 100 ships with missiles since October 2023, killing four sailors.",
        "Hezbollah has fired 8,000 rockets at Israel to date, the army said.",
    ],
)
def test_running_totals_are_not_incidents(ex, text):
    """A running total ('so far this month', 'to date', 'have targeted more than 100 ...') is no single event."""
    facts = ex.extract(text, id="p", published=date(2025, 6, 18))
    assert not facts.incidents


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Soldiers used an anti-drone gun to bring down a drone over a post near Kharkiv on Sunday.", ["interception"]),
        ("Air defences took down two drones over Belgorod on Sunday, the governor said.", ["interception"]),
        ("Protesters took down the flag in Goma on Sunday.", []),
    ],
)
def test_bring_or_take_down_an_aircraft_is_an_interception(ex, text, expected):
    """'bring/take down' an aircraft or drone stops it; taking down a flag is no event."""
    facts = ex.extract(text, id="p", published=date(2025, 6, 18))
    assert [i.type for i in facts.incidents] == expected


def test_unexploded_ordnance_going_off_is_an_explosion(ex):
    """'an unexploded Russian shell detonated' is an explosion with no attacker, not shelling."""
    text = "Two deminers were wounded on Monday when an unexploded Russian shell detonated in a field near Izium."
    facts = ex.extract(text, id="p", published=date(2025, 6, 18))
    assert [(i.type, i.actors) for i in facts.incidents] == [("explosion", ())]


def test_repelled_attack_is_a_clash(ex):
    """'the army repelled an attack by militants on its base' is a battle, typed armed_clash."""
    text = "The army said it had repelled an attack by militants on its base near Menaka on Thursday."
    facts = ex.extract(text, id="p", published=date(2025, 6, 18))
    assert [i.type for i in facts.incidents] == ["armed_clash"]


def test_quoted_toll_counts(ex):
    """A toll quoted from a statement ('killing "dozens of terrorists"') still counts (dozens = 12)."""
    text = 'The army said it had repelled an attack on its base near Menaka on Thursday, killing "dozens of terrorists".'
    facts = ex.extract(text, id="p", published=date(2025, 6, 18))
    assert [i.casualties.killed for i in facts.incidents] == [12]


def test_threat_to_seize_a_city(ex):
    """A named leader threatening to take or seize a city makes a threat statement."""
    text = "In a speech on Monday, Hemedti threatened to seize El Fasher and warned residents to leave army areas."
    assert [a for a, _ in _threats(ex, text)] == [("Mohamed Hamdan Dagalo",)]


def test_the_group_refers_to_the_armed_group_just_named(ex):
    """'the group ... warned' after an armed group was named: that group threatens."""
    text = (
        "Asaib Ahl al-Haq held a rally in Baghdad on Friday. In a statement on Saturday, the group warned "
        "that US forces would be targeted if they stayed."
    )
    assert [a for a, _ in _threats(ex, text)] == [("Asaib Ahl al-Haq",)]


@pytest.mark.parametrize(
    "text",
    [
        "Two militants were killed in a gunbattle with troops in Kupwara on Tuesday, police said.",
        "Three gunmen died in a shootout with soldiers in Peshawar on Tuesday, police said.",
    ],
)
def test_gunbattle_and_shootout_are_clashes(ex, text):
    """'gunbattle' and 'shootout' written as one word are armed clashes."""
    facts = ex.extract(text, id="p", published=date(2025, 6, 18))
    assert [i.type for i in facts.incidents] == ["armed_clash"]
