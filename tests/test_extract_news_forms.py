"""Events told in the forms outlets use around them: a backdrop put first, a ministry's statement, a headline.

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
    "text, place, day, killed",
    [
        # a trend put first as the scene's backdrop tells no pattern of the deed after its comma
        ("Amid a surge in violence, gunmen killed six people in Bokkos on Saturday.", "Bokkos", "2025-03-08", 6),
        ("Amidst rising attacks by bandits, gunmen killed 12 villagers in Zamfara on Sunday.", "Zamfara", "2025-03-09", 12),
        ("Against the backdrop of frequent raids, militants attacked a police post in Bannu on Saturday.", "Bannu", "2025-03-08", None),
        ("In the midst of an escalation in fighting, Russian shelling killed two people in Kherson on Sunday.", "Kherson", "2025-03-09", 2),
    ],
)
def test_backdrop_put_first_leaves_the_deed_one_event(ex, text, place, day, killed):
    found = _incidents(ex, text)
    assert [(i.location, str(i.date), i.casualties.killed) for i in found] == [(place, day, killed)]


@pytest.mark.parametrize(
    "text",
    [
        # the deed after the comma is itself a pattern
        "Amid a surge in violence, gunmen often kill villagers in Plateau state.",
        "Amid a surge in violence, bandits have carried out repeated attacks on villages in Zamfara.",
        # the backdrop with no deed after it
        "Amid a surge in violence in Plateau state, the governor imposed a curfew.",
    ],
)
def test_backdrop_before_a_pattern_or_no_deed_is_none(ex, text):
    assert not _incidents(ex, text)


@pytest.mark.parametrize(
    "text, place, day, killed, injured",
    [
        # people harmed in a fight named by its noun after "during", or as "combat": a fight on the ground
        ("A soldier was killed during fighting in Rafah on Saturday, the army said.", "Rafah", "2025-03-08", 1, None),
        ("A sergeant was killed in combat in Khan Younis on Sunday, the military said.", "Khan Younis", "2025-03-09", 1, None),
        ("Two soldiers were wounded during heavy fighting near Pokrovsk on Sunday.", "Pokrovsk", "2025-03-09", None, 2),
    ],
)
def test_harmed_during_fighting_is_a_clash(ex, text, place, day, killed, injured):
    found = _incidents(ex, text)
    assert [(i.type, i.location, str(i.date), i.casualties.killed, i.casualties.injured) for i in found] == [
        ("armed_clash", place, day, killed, injured)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # combat as a kind of duty, or harm in a drill, tells no fight
        "Soldiers killed during combat operations are honoured every year.",
        "A soldier was killed during training in the Negev on Sunday.",
    ],
)
def test_combat_as_a_duty_is_no_fight(ex, text):
    assert not _incidents(ex, text)


@pytest.mark.parametrize(
    "text, days",
    [
        # a date that opens a line, a dash or a colon after it, dates what the line tells (a timeline's entry)
        ("March 8, 2025 - Russian forces shelled Nikopol, wounding two civilians.", ["2025-03-08"]),
        ("8 March 2025: A drone hit a house in Sumy, killing one.", ["2025-03-08"]),
        (
            "Timeline:\n\nFebruary 24, 2025 - A missile struck Kharkiv, killing three.\n\nMarch 1, 2025 - Drones hit the port of Odesa.",
            ["2025-02-24", "2025-03-01"],
        ),
    ],
)
def test_dated_entry_opens_its_line(ex, text, days):
    assert [str(i.date) for i in _incidents(ex, text)] == days


@pytest.mark.parametrize(
    "text, day",
    [
        # the page's own day over its story stays a stamp: the event's day is the one the sentence tells
        ("March 10, 2025 - Russian forces shelled Nikopol on Sunday, wounding two civilians.", "2025-03-09"),
        # a date alone on its line is the page's stamp
        ("March 8, 2025\n\nRussian forces shelled Nikopol on Sunday, wounding two civilians.", "2025-03-09"),
    ],
)
def test_page_stamp_dates_no_event(ex, text, day):
    assert [str(i.date) for i in _incidents(ex, text)] == [day]


@pytest.mark.parametrize(
    "text, typ",
    [
        # a ship named for the aircraft it carries is the target, not the means of the attack on it
        ("The Houthis fired two ballistic missiles at an American aircraft carrier in the northern Red Sea on Saturday.", "missile_attack"),
        ("The Houthis said they fired missiles at the aircraft carrier Sea Falcon in the Red Sea on Sunday.", "missile_attack"),
        # control: aircraft flown from a carrier are the means of their strike
        ("Warplanes from an aircraft carrier struck Houthi positions in Saada on Sunday.", "air_strike"),
    ],
)
def test_aircraft_carrier_is_a_ship(ex, text, typ):
    assert [i.type for i in _incidents(ex, text)] == [typ]


@pytest.mark.parametrize(
    "text, place",
    [
        # a headline in title case tells its deed in the present, the verb in its base form
        ("Bandits Kill 12 Villagers In Zamfara", "Zamfara"),
        ("Gunmen Kill Four Policemen In Bannu", "Bannu"),
        ("Jihadists Storm Army Base In Northern Burkina Faso", "Burkina Faso"),
    ],
)
def test_title_case_headline_in_the_present(ex, text, place):
    assert [(i.type, i.location) for i in _incidents(ex, text)] == [("armed_clash", place)]


@pytest.mark.parametrize(
    "text",
    [
        # an aim, a question, a crowd or a hazard in a title-case headline tells no deed
        "Army Vows To Kill All Bandits In Zamfara",
        "Why Bandits Kill Villagers In Zamfara",
        "Protesters Storm Parliament In Nairobi",
        "Heavy Rains Kill 12 In Niger State",
        "Tropical Storm Kills Five In Mozambique",
        # the base form in running text is no deed
        "Bandits kill when they are not paid ransom in Zamfara, residents said.",
    ],
)
def test_title_case_base_form_controls(ex, text):
    assert not _incidents(ex, text)


@pytest.mark.parametrize(
    "text, place, country, day",
    [
        # a label over the story ("Ambush in X.") names the event the next sentences tell: one event, and a
        # spot the telling reads abroad or nowhere is the label's place
        (
            "Ambush in Khyber district. Militants opened fire on a police patrol in Bara on Sunday. Two policemen were killed, officials said.",
            "Khyber district",
            "Pakistan",
            "2025-03-09",
        ),
        (
            "Deadly blast in Kabul. An explosion ripped through a minibus in the Dasht-e-Barchi area on Saturday. At least five passengers died.",
            "Kabul",
            "Afghanistan",
            "2025-03-08",
        ),
    ],
)
def test_label_over_the_story_is_the_event_told(ex, text, place, country, day):
    assert [(i.location, i.country, str(i.date)) for i in _incidents(ex, text)] == [(place, country, day)]


def test_label_over_another_town_of_its_country_stays(ex):
    # the next sentence tells an event in another town of the label's country: two places, two events
    text = "Deadly blast in Kabul. A bomb exploded at a market in Herat on Sunday, killing four."
    assert sorted(i.location for i in _incidents(ex, text)) == ["Herat", "Kabul"]


@pytest.mark.parametrize(
    "text, place, killed",
    [
        # armed men who fought at a scene, the verb with no object: a clash there
        ("Rival militias fought in Tripoli on Sunday, killing four.", "Tripoli", 4),
        ("Rival clans fought in Galkayo on Sunday, leaving eight dead.", "Galkayo", 8),
    ],
)
def test_armed_men_fought_at_a_scene(ex, text, place, killed):
    assert [(i.type, i.location, i.casualties.killed) for i in _incidents(ex, text)] == [("armed_clash", place, killed)]


@pytest.mark.parametrize(
    "text",
    [
        # no armed subject, a relative clause's fight, a campaign, a blaze or a quarrel: no clash
        "He fought in Syria in the 1980s.",
        "Soldiers who fought in Bakhmut in 2023 were honoured on Sunday.",
        "Rebels fought in Kalehe for years before the truce.",
        "Firefighters fought the blaze in Kharkiv for hours on Sunday.",
        "The two sides fought over the budget on Sunday.",
    ],
)
def test_fought_controls(ex, text):
    assert not _incidents(ex, text)
