"""Cross-sentence linking: details told in a neighbouring sentence join the event they refer to."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _incidents(ex, text):
    return ex.extract(text, id="t", published=date(2025, 6, 18)).incidents


def test_a_follow_up_about_the_downed_weapons_is_the_same_event(ex):
    """'The drones were targeted because ...' tells more of the interception, not a new attack."""
    text = (
        "Two drones were shot down near Erbil airport on Sunday. "
        "The drones were targeted because they entered the perimeter of the base."
    )
    got = _incidents(ex, text)
    assert [(i.type, i.date) for i in got] == [("interception", "2025-06-15")]
    assert "perimeter" in got[0].evidence


def test_an_interception_told_next_keeps_the_attacks_date(ex):
    """An interception in the sentence after the attack takes the attack's date."""
    text = "Rebels fired two missiles at Haifa on Tuesday. Both missiles were intercepted over the sea."
    assert [(i.type, i.date) for i in _incidents(ex, text)] == [
        ("missile_attack", "2025-06-17"),
        ("interception", "2025-06-17"),
    ]


def test_destroying_the_weapons_is_still_an_interception(ex):
    """Weapons destroyed by air defences are intercepted: a second event, not more of the attack."""
    text = "The army launched drones at Kyiv on Sunday. The drones were destroyed by air defences over the city."
    assert [i.type for i in _incidents(ex, text)] == ["drone_attack", "interception"]


def test_the_scene_set_just_before_dates_an_undated_event(ex):
    """A dated sentence that tells no event sets the scene: the undated event after it takes its date."""
    text = "Sirens sounded across the northern towns on Friday. A drone was intercepted over the Galilee."
    assert [(i.type, i.date) for i in _incidents(ex, text)] == [("interception", "2025-06-13")]


@pytest.mark.parametrize(
    "second, toll",
    [
        ("Two people were killed and five wounded, the mayor said.", (2, 5)),
        ("The governor said the attack started a fire but nobody was hurt.", (0, 0)),
    ],
)
def test_a_toll_told_right_after_belongs_to_the_event(ex, second, toll):
    """A toll in the next sentence of the paragraph, telling no event of its own, is the event's toll."""
    got = _incidents(ex, f"A rocket hit a school in Kharkiv on Monday. {second}")
    assert [(i.casualties.killed, i.casualties.injured) for i in got] == [toll]


def test_a_toll_of_many_attacks_is_not_the_last_events(ex):
    """'Most of those attacks caused casualties' speaks of a pattern, not of the event just told."""
    text = (
        "A rocket hit a school in Kharkiv on Monday. "
        "Most of those attacks have killed two or more people, the mayor said."
    )
    assert [(i.casualties.killed, i.casualties.injured) for i in _incidents(ex, text)] == [(None, None)]


def test_a_retelling_in_a_sibling_type_is_one_event(ex):
    """A 'drone strike' told again as 'the strike' or 'an air strike' at the same place is one event."""
    text = (
        "A drone strike hit a car in the town of Qaim on Monday, killing two fighters. "
        "Officials confirmed it was an American air strike in Qaim."
    )
    assert len(_incidents(ex, text)) == 1


def test_a_place_and_its_province_after_a_comma_are_one_place(ex):
    """'near Town, Province' names the area the town lies in, not a second target."""
    text = "On Monday, troops shelled positions near Kamianka, Zaporizhzhia, officials said."
    assert len(_incidents(ex, text)) == 1


@pytest.mark.parametrize(
    "second, place",
    [
        ("They were downed near the Victory base at Baghdad airport.", "Victory base"),
        ("The interception took place over the village of Tal Afar.", "Tal Afar"),
    ],
)
def test_the_scene_told_in_the_next_sentence_places_the_event(ex, second, place):
    """A country-level event whose spot the next sentence gives takes that spot, and stays one event."""
    got = _incidents(ex, f"Two drones were shot down over Iraq on Sunday, officials said. {second}")
    assert [(i.type, i.location, i.date) for i in got] == [("interception", place, "2025-06-15")]


def test_a_later_mention_naming_only_the_country_retells_the_event(ex):
    """'A drone hit a base in X town ... the drone attack in <country>' is one event, at the town."""
    text = (
        "A drone attack hit Tower 22, a small outpost in Jordan, on Sunday, killing three soldiers. "
        "Officials later blamed a militia for the drone attack in Jordan."
    )
    assert [(i.type, i.location) for i in _incidents(ex, text)] == [("drone_attack", "Tower 22")]


def test_an_undated_lead_is_dated_by_its_retelling(ex):
    """An undated first mention and a dated retelling at the very same place are one event, dated."""
    text = (
        "Jets killed a militia commander in a strike in Kirkuk, officials said. "
        "The air strike in Kirkuk on Thursday also wounded two guards."
    )
    assert [(i.type, i.location, i.date) for i in _incidents(ex, text)] == [("air_strike", "Kirkuk", "2025-06-12")]


def test_a_later_sentence_names_the_spot_in_the_events_country(ex):
    """An attack placed only "in Kenya" takes the airfield a following sentence names; a threat
    told in between is no event to narrow."""
    text = (
        "Gunmen attacked a military base in Kenya on Sunday, killing two soldiers. "
        "The army said the militants had tried to breach the fence at the Sandpoint Airfield before dawn."
    )
    assert [(i.location, i.country) for i in _incidents(ex, text)] == [("Sandpoint Airfield", "Kenya")]
    threat = text.replace("soldiers. ", "soldiers. Iran has vowed to retaliate. ")
    assert ("Sandpoint Airfield", "Iran") not in [(i.location, i.country) for i in _incidents(ex, threat)]


def test_a_lead_in_a_province_is_the_same_event_as_its_spot_told_after(ex):
    """A lead placed in a province, then a quote naming the spot within it: one event, at the spot."""
    text = (
        "Gunmen opened fire on an army post in Kirkuk province on Monday, killing three soldiers. "
        "Officials gave no further details. "
        '"Terrorists opened fire on a post in the Wadi Zarqa area of Kirkuk," the statement said.'
    )
    got = _incidents(ex, text)
    assert [i.type for i in got] == ["armed_clash"]
    assert "Wadi Zarqa" in got[0].location


def test_the_same_number_of_weapons_told_again_is_one_attack(ex):
    """The same count of the same weapon in the same country, told again at another name, is one attack."""
    text = (
        "Seven rockets targeted the airport in Basra late on Tuesday, police said. "
        "A militia statement said its fighters launched seven rockets at the Shatt al-Arab hotel."
    )
    assert [i.type for i in _incidents(ex, text)] == ["rocket_attack"]


def test_an_attack_told_as_a_missile_attack_then_its_count_is_one_event(ex):
    """'a missile attack' counts one; the missiles counted in the next sentence are of that attack."""
    text = (
        "On Monday, the rebels launched a missile attack on Camp Lemonnier in Djibouti. "
        "The assault, which the rebels called a warning, involved nine missiles fired from the coast."
    )
    assert [i.type for i in _incidents(ex, text)] == ["missile_attack"]


def test_the_scene_skips_a_threat_and_an_event_that_borrowed_the_place(ex):
    """Between an attack placed "in Kenya" and the sentence naming its airfield, an unplaced strike
    that borrowed Kenya and a threat are told: the airfield still places the attack."""
    text = (
        "Gunmen attacked a military base in Kenya, killing two soldiers. "
        "Days before, a drone strike killed a commander, and Iran has promised revenge. "
        "Six aircraft were damaged at the Sandpoint Airfield."
    )
    got = [(i.type, i.location) for i in _incidents(ex, text)]
    assert ("armed_clash", "Sandpoint Airfield") in got


def test_no_casualties_after_an_interception_is_the_attacks_toll_too(ex):
    """An attack, its interception, then "no casualties": the attack's toll is zero as well."""
    text = (
        "On Monday Iran fired twelve missiles at the Camp Sandpoint base in Qatar. "
        "Air defences intercepted eleven of the missiles over the base. "
        "No casualties were reported."
    )
    attack = next(i for i in _incidents(ex, text) if i.type == "missile_attack")
    assert (attack.casualties.killed, attack.casualties.injured) == (0, 0)


def test_an_unplaced_attack_after_a_threat_takes_the_place_of_the_last_attack_of_its_kind(ex):
    """A threat's place is the speaker's: the unplaced strike after it lies where the last strike was."""
    text = (
        "Jets carried out an airstrike on a depot in eastern Syria on Tuesday. "
        "Militias fired rockets at troops in Iraq on Sunday. "
        "President Biden warned Iran last month that if it continued to move against US forces, "
        '"we will respond," officials said. '
        "Jets carried out airstrikes on June 2, officials said."
    )
    got = [(i.type, i.date, i.country) for i in _incidents(ex, text) if i.type == "air_strike"]
    assert ("air_strike", "2025-06-02", "Syria") in got


def test_an_undated_lead_does_not_take_in_an_earlier_months_event_at_its_place(ex):
    """'a car bomb in X last month', told under a lead at X, is another, earlier event."""
    text = (
        "A suicide bomber attacked a beach in Mogadishu, killing 30 people. "
        "Police said the attackers were shot. "
        "Militants have struck often. Last month a car bomb exploded at a cafe in Mogadishu, killing five."
    )
    got = [(i.type, i.date) for i in _incidents(ex, text) if i.type == "explosion"]
    assert ("explosion", "2025-05-01/2025-05-31") in got and len(got) == 2


def test_a_named_past_event_with_its_own_year_is_an_event_of_its_own(ex):
    """'the Tikrit barracks bombing in 2014' refers to nothing told before: it is that year's event."""
    text = (
        "Jets struck a depot in Mosul on Sunday, killing two guards. "
        "The dead commander was wanted for the Tikrit barracks bombing in 2014 that killed 40 soldiers."
    )
    got = {(i.type, i.location, i.date) for i in _incidents(ex, text)}
    assert ("explosion", "Tikrit", "2014-01-01/2014-12-31") in got


def test_a_retelling_dated_by_a_span_of_months_around_the_known_day_is_that_event(ex):
    """'the first time this year that troops on Kinmen downed a drone' retells Sunday's downing there."""
    text = (
        "Troops on Kinmen shot down a drone on Sunday, the coast guard said. "
        "It was the first time this year that soldiers on Kinmen had shot down a drone."
    )
    got = [(i.type, i.location) for i in _incidents(ex, text)]
    assert got == [("interception", "Kinmen")]


def test_the_same_day_is_the_day_last_told(ex):
    """'the same day' names again the day told just before, though no event was told on it."""
    text = (
        "The council voted on Monday to end the mission.\n\n"
        "Earlier the same day, jets bombed a depot in the port town of Gornik."
    )
    assert [(i.type, i.date) for i in _incidents(ex, text)] == [("air_strike", "2025-06-16")]


@pytest.mark.parametrize(
    "dateline, where, place",
    [
        ("KORVETO, Syria -- ", "in Syria", "Korveto"),
        # a capital's dateline, with a date or an outlet after it and no country
        ("DAMASCUS, June 17 (Wire) - ", "in Syria", "Damascus"),
        ("DAMASCUS (Wire) - ", "in Syria", "Damascus"),
        # the date in full and no outlet: the day is the page's stamp, the town still the dateline's
        ("DAMASCUS, June 17, 2025 -- ", "in Syria", "Damascus"),
        # a town in lower case, with the day right after it
        ("Damascus, June 17 (Wire) - ", "in Syria", "Damascus"),
        # the page's stamp first on the line, and a colon closing the dateline
        ("date 2025-06-17 ALEPPO: ", "in Syria", "Aleppo"),
        # from the capital, an event told in a part of the country is not in the capital
        ("DAMASCUS, Syria -- ", "in northern Syria", "Syria"),
        # "LONDON/CAIRO": no one town
        ("KORVETO/DAMASCUS -- ", "in Syria", "Syria"),
        # from any town, an event told in a part of the country or over it is not at the town
        ("KORVETO, Syria -- ", "in northern Syria", "Syria"),
        ("KORVETO, Syria -- ", "in central Syria", "Syria"),
    ],
)
def test_the_dateline_town_places_the_event_its_sentence_tells_in_the_country(ex, dateline, where, place):
    """A reporter filing from a town is at the scene of the event told there, placed only in the country."""
    text = dateline + f"Gunmen attacked an army checkpoint {where} on Tuesday, killing two soldiers, officials said."
    assert [i.location for i in _incidents(ex, text)] == [place]


@pytest.mark.parametrize(
    ("sky", "place"),
    [("over central Israel", "Israel"), ("over Israel", "Israel"), ("in Israel", "Haifa")],
)
def test_an_interception_over_the_country_is_not_at_the_dateline_town(ex, sky, place):
    """Weapons shot down over a country, or over a part of it, were in its sky, not over the town the
    reporter files from; one told only "in" the country stays at the town."""
    text = f"HAIFA, Israel -- Several missiles were intercepted {sky} on Tuesday night, the military said."
    assert [i.location for i in _incidents(ex, text)] == [place]


def test_a_ship_attacked_is_not_at_the_dateline_town(ex):
    """A ship is hit at sea: the town a reporter files from is no scene of an attack on a vessel, though an
    attack on a spot the dateline's sentence leaves unnamed still is."""
    ship = "DUBAI, June 17 (Wire) - Rebels said on Tuesday they had attacked the cargo ship Sea Lark with drones."
    assert [i.location for i in _incidents(ex, ship)] != ["Dubai"]
    # near miss: the dateline's sentence names no ship
    base = "ERBIL, Iraq, June 17 (Wire) - A drone attack targeted the airport on Tuesday, officials said."
    assert [i.location for i in _incidents(ex, base)] == ["Erbil"]


@pytest.mark.parametrize("label", ["UPDATE", "PHOTO"])
def test_a_label_with_a_colon_is_no_dateline(ex, label):
    """Capitals before a colon open a dateline only when they name a place."""
    text = f"{label}: Gunmen attacked an army checkpoint in Syria on Tuesday, killing two soldiers, officials said."
    assert [i.location for i in _incidents(ex, text)] == ["Syria"]


def test_a_fight_told_as_still_going_on_the_next_day_is_the_same_fight(ex):
    """One siege over two days is one clash, dated by both days."""
    text = (
        "Gunmen stormed a hotel in the town of Gornik on Friday evening, killing nine people.\n\n"
        "Heavy gunfire rang out on Saturday morning as soldiers were still trying to end the siege at the hotel."
    )
    assert [(i.type, i.date) for i in _incidents(ex, text)] == [("armed_clash", "2025-06-13/2025-06-14")]


@pytest.mark.parametrize(
    "retold",
    [
        "In a statement on Tuesday, the army said the drone strike on the depot destroyed two fuel tanks.",
        "The army's Tuesday statement said the drone strike on the depot destroyed two fuel tanks.",
    ],
)
def test_a_day_told_with_a_statement_dates_the_statement_not_the_event(ex, retold):
    """The strike retold in a later statement is the strike of its own day, not a second one."""
    text = "Drones struck an oil depot in the port of Gornik on Saturday.\n\n" + retold
    assert [(i.type, i.date) for i in _incidents(ex, text)] == [("drone_attack", "2025-06-14")]


def test_the_previous_day_counts_from_the_day_of_the_saying(ex):
    """'said on Tuesday that ... the previous day': the event is on Monday."""
    text = "The army said on Tuesday that jets had struck a weapons depot in the town of Gornik the previous day."
    assert [(i.type, i.date) for i in _incidents(ex, text)] == [("air_strike", "2025-06-16")]


@pytest.mark.parametrize(
    "retold",
    [
        # the attack referred to, told with its weapon
        "The attack was carried out with a drone.",
        # the weapon told striking at the attack's spot that day
        "A drone hit the barracks of the base, officials said.",
    ],
)
def test_a_weapon_told_after_an_attack_taken_for_a_fight_names_its_means(ex, retold):
    """An armed group's attack of untold means is guessed a fight; a later sentence naming what struck
    types it."""
    text = "Kataib Hezbollah attacked a US base in Syria on Sunday, killing three soldiers. " + retold
    assert [i.type for i in _incidents(ex, text)] == ["drone_attack"]


@pytest.mark.parametrize(
    ("retold", "types"),
    [
        # the attack told again that day, in the country alone, by bombers: one event, still the fight, since
        # the story tells no blast (the bombers' name is no blast; test_extract_bombers_with_no_blast)
        ("On Wednesday, twenty suicide bombers carried out a major attack inside Iran, an official said.", ["armed_clash"]),
        # controls: another town, a further attack, a toll of its own, another country, a blast told apart
        (
            "On Wednesday, twenty suicide bombers carried out a major attack in Tabriz, an official said.",
            ["armed_clash", "explosion"],
        ),
        (
            "On Wednesday, twenty suicide bombers carried out another attack inside Iran, an official said.",
            ["armed_clash", "explosion"],
        ),
        (
            "On Wednesday, suicide bombers carried out an attack inside Iran, killing four, an official said.",
            ["armed_clash", "explosion"],
        ),
        ("On Wednesday, suicide bombers carried out an attack inside Iraq, an official said.", ["armed_clash", "explosion"]),
        ("On Wednesday, a blast hit a bus inside Iran, an official said.", ["armed_clash", "explosion"]),
    ],
)
def test_a_bombers_attack_told_in_the_country_of_a_guessed_fight_names_its_means(ex, retold, types):
    """A guessed fight at a town, told again the same day as an attack by bombers placed only in the town's
    country, is that attack told with its means: one event."""
    text = "On Wednesday, gunmen attacked a police station in Zahedan, killing 11 guards.\n\n" + retold
    got = ex.extract(text, id="t", published=date(2025, 3, 10)).incidents
    assert sorted(i.type for i in got) == types


def test_a_weapon_of_another_party_leaves_the_guessed_fight(ex):
    """Another party's weapon striking back is another event (the time told apart is
    test_the_scene_skips_a_threat_and_an_event_that_borrowed_the_place's)."""
    text = (
        "Kataib Hezbollah attacked a US base in Syria on Sunday, killing three soldiers. "
        "An American drone struck the attackers near the base."
    )
    assert [i.type for i in _incidents(ex, text)] == ["armed_clash", "drone_attack"]


@pytest.mark.parametrize(
    "second",
    [
        "It happened on Sunday night, police said.",
        "The incident took place on Sunday.",
        "Nobody else was hurt in Sunday's incident.",
    ],
)
def test_a_sentence_telling_when_it_happened_dates_the_event_just_told(ex, second):
    """An event told with no day, then "it happened on Sunday": Sunday is its day (not the report's)."""
    text = "Gunmen attacked a checkpoint in Kirkuk, killing two soldiers. " + second
    assert [(i.type, i.date) for i in _incidents(ex, text)] == [("armed_clash", "2025-06-15")]


@pytest.mark.parametrize(
    "second",
    [
        # the day of the saying, not of the event
        "Police said on Monday that the incident was under investigation.",
        # two days: which one is the event's is not told
        "The incident took place either on Saturday or on Sunday.",
        # a day still to come
        "An inquiry into the incident will report on Friday, June 20.",
    ],
)
def test_no_day_is_lent_when_the_sentence_does_not_say_when_it_happened(ex, second):
    text = "Gunmen attacked a checkpoint in Kirkuk, killing two soldiers. " + second
    # undated, the event is news of the day before the report or of its day
    assert [i.date for i in _incidents(ex, text)] == ["2025-06-17/2025-06-18"]


@pytest.mark.parametrize(
    "second",
    [
        "It added that drone strikes destroyed two of the fighters' camps near Dioura on Monday.",
        "The ministry confirmed that artillery strikes had hit rebel positions in Dioura on Monday.",
        "Officials reported that air strikes later hit a camp near Dioura on Monday.",
    ],
)
def test_that_after_a_verb_of_saying_opens_a_new_event_not_a_reference(ex, second):
    """'added that drone strikes destroyed ...': "that" opens what was said, no determiner; the strikes at
    another town are an event of their own, not the attack told before retold."""
    text = f"The army said it had repelled an attack on a base at Sokolo on Monday. {second}"
    got = _incidents(ex, text)
    assert len(got) == 2
    assert [i.location.split(",")[0] for i in got] == ["Sokolo", "Dioura"]


def test_that_as_a_determiner_still_refers_back(ex):
    """'that strike' (no verb of saying before it) is the strike told before."""
    text = "Rockets hit the Victory base near Baghdad on Monday. Officials said that strike caused no damage."
    assert len(_incidents(ex, text)) == 1


@pytest.mark.parametrize(
    "first",
    [
        "Insurgents fired a salvo of rockets at an army base near Kirkuk on Friday, killing a contractor.",
        "Rockets slammed into a base outside Kirkuk on Friday, killing a contractor.",
    ],
)
def test_an_unnamed_base_by_a_town_and_the_named_base_there_are_one_event(ex, first):
    """'a base near Kirkuk' and 'the K1 military base' (a base the gazetteer puts by Kirkuk) told the
    same day are one attack told twice, placed at the base."""
    text = f"{first} Later, the Iraqi army said missiles struck a depot at the K1 military base on Friday evening."
    got = _incidents(ex, text)
    assert [(i.location, i.date) for i in got] == [("K1 military base", "2025-06-13")]


def test_a_named_base_and_other_sites_near_its_town_stay_apart(ex):
    """Depots near a town are not the base near it; and a market in the town is not the base."""
    text = (
        "A rocket hit the K1 military base on Friday, officials said. "
        "Another rocket struck a market in Kirkuk the same day, wounding three civilians."
    )
    assert len(_incidents(ex, text)) == 2
    text = "Jets struck weapons depots near Kirkuk on Friday. Rockets hit the K1 military base on Friday."
    assert len(_incidents(ex, text)) == 2


def test_a_day_counted_from_a_stretch_of_months_is_no_day(ex):
    """'A day before X' after a tally over months: the tally fixes no day to count from (it gave the day
    before its first month); the event stays undated rather than wrongly dated."""
    text = (
        "Monitors counted more than 300 air raids on villages between May 2022 and June 2023, a rights "
        "group said. A day before Tanai, jets bombed a school in Lema, killing nine people."
    )
    assert [(i.location, i.date) for i in _incidents(ex, text)] == [("Lema", None)]


def test_a_day_counted_from_a_day_told_before(ex):
    """'A day earlier' after an event dated to the day counts from that day."""
    text = "Jets bombed a market in Tanai on 4 June 2023, killing 20. A day earlier, the army shelled a school in Lema."
    assert [(i.location, i.date) for i in _incidents(ex, text)] == [("Tanai", "2023-06-04"), ("Lema", "2023-06-03")]


@pytest.mark.parametrize(
    "opening",
    ["Separately, militants", "In a separate incident, militants", "Elsewhere, militants"],
)
def test_an_event_told_as_apart_does_not_take_the_place_before(ex, opening):
    """'Separately', 'in a separate incident', 'elsewhere': the event told next is apart from the one
    before, so it does not happen at that one's town (it names no place of its own here)."""
    text = f"An air strike hit a farm in Nabatieh on Monday, killing two shepherds. {opening} fired rockets at an army post."
    got = [(i.type, i.location) for i in _incidents(ex, text)]
    assert got[0] == ("air_strike", "Nabatieh")
    assert ("rocket_attack", "Nabatieh") not in got


def test_an_event_told_next_without_a_place_still_takes_the_place_before(ex):
    """Without such a word, an unplaced event told right after another belongs to the same story."""
    text = "An air strike hit a farm in Nabatieh on Monday, killing two shepherds. Militants fired rockets at an army post."
    assert ("rocket_attack", "Nabatieh") in [(i.type, i.location) for i in _incidents(ex, text)]


@pytest.mark.parametrize(
    "second",
    [
        "Hezbollah claimed the attack at Hadera and vowed more raids on Israeli towns.",
        "The group said the attack near Hadera answered Israeli air strikes on Tyre that killed 12.",
    ],
)
def test_an_event_placed_in_a_country_is_at_the_spot_it_is_named_by_again(ex, second):
    """'a drone hit an army base in central Israel' and later 'the attack near Hadera': the event told
    first is at the spot named with it again (GUIDE: the most specific place named for the event), even
    in a sentence that tells another event or a threat too."""
    text = f"Three soldiers were killed when a drone hit an army base in central Israel on Sunday. {second}"
    got = [(i.type, i.location) for i in _incidents(ex, text)]
    assert got[0] == ("drone_attack", "Hadera")


def test_a_spot_of_another_country_does_not_place_the_event(ex):
    """'the attack on Tyre' names no spot of Israel: the event in central Israel keeps its country."""
    text = (
        "Three soldiers were killed when a drone hit an army base in central Israel on Sunday. "
        "The group said the attack on Tyre a week earlier had left it no choice, and vowed more raids."
    )
    assert _incidents(ex, text)[0].location == "Israel"


@pytest.mark.parametrize(
    "second",
    [
        "A third rocket fell short and landed in an orchard near the village of Tel Saman.",
        "A third rocket landed in open ground east of the base, causing no damage.",
        "The third missile fell into the sea off the coast.",
    ],
)
def test_one_more_weapon_of_the_volley_is_the_same_attack(ex, second):
    """'Two rockets struck the base. A third rocket fell short': the ordinal counts on the volley just
    told, one attack, not a second one where the stray rocket came down."""
    first = "Two rockets struck a military base near Raqqa on Sunday, wounding four soldiers. "
    first = first.replace("rockets", "missiles") if "missile" in second else first
    got = _incidents(ex, first + second)
    assert len([i for i in got if i.type in ("rocket_attack", "missile_attack")]) == 1


@pytest.mark.parametrize(
    "second",
    [
        "Hours later, a second drone attack hit an army post near Tikrit.",
        "A second drone struck an army post near Tikrit.",
    ],
)
def test_an_ordinal_weapon_with_a_target_of_its_own_is_its_own_attack(ex, second):
    """'a second drone attack' counts attacks, and 'a second drone struck an army post' hit a target of
    its own: a new event, at its own place."""
    text = "A drone struck a checkpoint near Kirkuk on Sunday. " + second
    assert len(_incidents(ex, text)) == 2


@pytest.mark.parametrize(
    "claim, actors",
    [
        ("The Islamic Resistance in Iraq later claimed credit for the attack.", ("Islamic Resistance in Iraq (claimed)",)),
        ("Kataib Hezbollah said it carried out the attack.", ("Kataeb Hezbollah (claimed)",)),
        ("Nobody has claimed the strike so far.", ()),
        ("A group with ties to al-Qaeda claimed responsibility for the attack.", ()),
        ("Kataib Hezbollah claimed the attack had hit an empty hangar.", ()),
        # a blame or suspicion told after the event: the party blamed, whoever blames it
        ("Washington blamed Kataib Hezbollah for the attack.", ("Kataeb Hezbollah (blamed)",)),
        ("Kataib Hezbollah was blamed for the strike.", ("Kataeb Hezbollah (blamed)",)),
        ("The Pentagon blamed the attack on Kataib Hezbollah.", ("Kataeb Hezbollah (blamed)",)),
        ("US officials believe Kataib Hezbollah was behind the attack.", ("Kataeb Hezbollah (suspected)",)),
        ("Kataib Hezbollah praised the attack.", ()),
    ],
)
def test_a_claim_told_after_the_event_gives_it_its_party_as_claimed(ex, claim, actors):
    """ "X claimed responsibility for the attack" after the attack is told: X is its party, claimed
    (the GUIDE's suffix); nobody's claim, or a group the claimant is tied to, gives none."""
    text = f"A drone struck a base in eastern Syria on Friday, wounding three soldiers.\n\n{claim}"
    assert [i.actors for i in _incidents(ex, text)] == [actors]


def test_where_an_attack_hit_after_its_interception_is_told_is_the_attacks_scene(ex):
    """An attack, then how many of its weapons were downed, then where what got through hit: the
    sites are the attack's, and the interception stays over the country."""
    text = (
        "Russia launched a large missile and drone attack on Ukraine overnight, officials said. "
        "The air force said it shot down 30 of 40 missiles and 50 of 60 drones. "
        "The attack damaged power plants in the Lviv region."
    )
    got = [(i.type, i.location) for i in _incidents(ex, text)]
    assert got == [("missile_attack", "Lviv region"), ("interception", "Ukraine")]


def test_a_party_a_relative_clause_names_does_not_claim_the_attack(ex):
    """ "The group that has fought Kenya's government for years claimed it": the country the relative
    clause names is no claimant; a named subject before its relative clause is."""
    told = "Gunmen stormed a hotel in Kismayo on Sunday, killing nine people. "
    unnamed = told + "The al-Qaida-linked group that has been fighting the government of Kenya for years claimed the attack."
    named = told + "Al-Shabaab, which has been fighting the government of Kenya for years, claimed the attack."
    assert [i.actors for i in ex.extract(unnamed, id="t", published=date(2024, 10, 22)).incidents] == [()]
    assert [i.actors for i in ex.extract(named, id="t", published=date(2024, 10, 22)).incidents] == [("Al-Shabaab (claimed)",)]


@pytest.mark.parametrize(
    "second",
    [
        # the launch of what was shot down, told after it by a reference
        "The missiles were fired by rebels in Yemen, the ministry said.",
        # a determiner reaches over the weapons joined to the first one it names
        "The missiles and drones were launched from Yemen, an official said.",
        "A spokesman said these missiles and drones were launched from Yemen heading north.",
    ],
)
def test_the_launch_of_the_downed_weapons_is_the_interception(ex, second):
    text = "A frigate in the Red Sea shot down four cruise missiles and six drones on Thursday. " + second
    got = _incidents(ex, text)
    assert [(i.type, i.date, i.location) for i in got] == [("interception", "2025-06-12", "Red Sea")]
    assert got[0].actors == ()


@pytest.mark.parametrize(
    "second",
    [
        "According to the state news agency, three missiles were fired into the camp's sports hall.",
        "Two missiles hit a building inside the camp.",
    ],
)
def test_missiles_told_after_a_strike_from_the_air_are_its_munitions(ex, second):
    text = "An Israeli airstrike on a refugee camp in Tyre on Monday left nine dead. " + second
    assert [(i.type, i.location) for i in _incidents(ex, text)] == [("air_strike", "Tyre")]


def test_missiles_of_another_party_after_a_strike_stay_apart(ex):
    text = (
        "Israeli jets struck a depot in Tyre on Monday, killing two. "
        "Hezbollah fired missiles at Haifa later that day."
    )
    assert [i.type for i in _incidents(ex, text)] == ["air_strike", "missile_attack"]


@pytest.mark.parametrize(
    "text, types",
    [
        # an aim guessed at is no target: the weapons were only intercepted
        (
            "A frigate in the Red Sea on Thursday shot down several missiles and drones launched by rebels in "
            "Yemen that officials said were possibly headed toward Israel.",
            ["interception"],
        ),
        (
            "Air defences near Haifa on Thursday shot down six drones launched by the militia that were probably "
            "aimed at the port.",
            ["interception"],
        ),
        # a target told makes the launch an attack too
        (
            "Air defences on Thursday shot down 40 missiles fired by Russia at Kyiv, officials said.",
            ["missile_attack", "interception"],
        ),
        # (the month May is no hedge)
        (
            "Air defences near Haifa shot down six drones launched by the militia in May at the port.",
            ["drone_attack", "interception"],
        ),
    ],
)
def test_an_interception_of_weapons_aimed_at_a_stated_target_is_an_attack_too(ex, text, types):
    assert [i.type for i in _incidents(ex, text)] == types


@pytest.mark.parametrize(
    "first",
    [
        "Iran launched more than 300 drones and missiles at Israel overnight on Saturday, the army said.",
        "On Saturday Iran sent waves of drone and missile attacks toward Israel, the army said.",
    ],
)
def test_the_launch_of_one_weapon_of_a_mixed_salvo_is_that_salvo(ex, first):
    text = first + " Officials added that the drones were launched from Iraq and Yemen as well."
    assert [i.type for i in _incidents(ex, text)] == ["missile_attack"]


@pytest.mark.parametrize(
    "earlier",
    [
        "The group's previous assault, in March, killed 23 villagers in Mambasa.",
        "The previous attack on the area took place in March and left 23 villagers dead in Mambasa.",
    ],
)
def test_an_earlier_attack_told_with_its_own_day_spot_and_toll_is_an_event(ex, earlier):
    """A definite mention that refers to nothing told before and brings its own month, place and dead
    is a background event in its own right."""
    text = f"Rebels attacked a church in Komanda on Sunday, killing 38 worshippers. {earlier}"
    got = [(i.type, i.date, i.location, i.casualties.killed) for i in _incidents(ex, text)]
    assert got == [("armed_clash", "2025-06-15", "Komanda", 38), ("armed_clash", "2025-03-01/2025-03-31", "Mambasa", 23)]


def test_a_definite_mention_without_a_day_of_its_own_refers_back(ex):
    text = "Rebels attacked a church in Komanda on Sunday, killing 38 worshippers. The attack left 23 dead in Mambasa."
    assert [i.location for i in _incidents(ex, text)] == ["Komanda"]


def test_a_site_referred_back_to_across_paragraphs_is_the_one_named_before(ex):
    """'... the Holy Cross Church in Ikare. || Gunmen attacked the church': the story's first event, at a
    site told by its kind, is at the spot the paragraph before names; a country there is no spot."""
    text = (
        "Sunday was a dark day for members of the Holy Cross Church in Ikare.\n\n"
        "Gunmen attacked the church during mass on Sunday and killed 20 worshippers."
    )
    got = [(i.type, i.location) for i in ex.extract(text, id="t", published=date(2022, 6, 6)).incidents]
    assert got == [("armed_clash", "Holy Cross Church, Ikare")]
    text = "Flights were diverted across Jordan.\n\nJets struck the airport on Sunday, officials said."
    assert [i.location for i in ex.extract(text, id="t", published=date(2022, 6, 6)).incidents] == []


def test_a_day_told_for_an_event_dated_by_its_month_is_its_day(ex):
    """ "A raid in June killed 40 ... The raid on Monday wrecked ...": the day told again for the event lies
    inside the month it was first dated by, so it is the event's own day (GUIDE: as precise as the text
    allows)."""
    text = (
        "Warplanes bombed the Qasr jail in Tehran during the fighting this month, killing at least 40 inmates. "
        "The air raid on Monday wrecked its east wing and two guard towers."
    )
    assert [(i.type, i.date) for i in _incidents(ex, text)] == [("air_strike", "2025-06-16")]


def test_a_strike_of_untold_means_by_no_party_retells_the_attack_there(ex):
    """A strike word with no weapon, nothing that flies and no doer is typed from the air by default; told
    on the story's day right after the missile attack at the town, it is that attack told again, not an air
    strike of its own (nor does a strike told first that day with no place hold it apart)."""
    text = (
        "Crowds were out for a street festival on Sunday when the strike occurred, officials said.\n\n"
        "A Russian missile strike on the city of Poltava killed at least 12 people on Sunday. "
        '"The occupiers struck civilians in their homes," the governor wrote.'
    )
    assert [(i.type, i.location) for i in _incidents(ex, text)] == [("missile_attack", "Poltava")]


@pytest.mark.parametrize(
    "text",
    [
        "Earlier this month, two blasts killed 30 people at a market in Kirkuk.",
        "That night, rockets hit a depot in Kirkuk, killing two guards.",
    ],
)
def test_a_determiner_of_a_time_before_the_event_word_refers_to_nothing(ex, text):
    """ "this month, two blasts": the determiner counts the time, so the event is a new one, not told before."""
    found = ex.extract(text, id="t", published=date(2024, 3, 20)).incidents
    assert [i.location for i in found] == ["Kirkuk"]


def test_a_reference_told_with_the_night_before_the_report_day_is_the_event(ex):
    """'..., officials said Wednesday. The blast ... on Tuesday night': a mention by its determiner dated a
    day beside the event it refers to (a night, and the day it was reported) is that event, and its
    closer place and day stand."""
    text = (
        "A Russian missile hit a busy cafe in northern Ukraine, killing at least eight people, officials said "
        "Wednesday. The blast at the cafe in the city of Sumy on Tuesday night brought down part of the roof."
    )
    assert [(i.type, i.date, i.location) for i in _incidents(ex, text)] == [
        ("missile_attack", "2025-06-17", "Sumy")
    ]


@pytest.mark.parametrize(("day", "want"), [("on Thursday", "2025-06-12"), ("last Thursday", "2025-06-12")])
def test_a_definite_event_with_its_own_past_day_and_town_is_told_apart(ex, day, want):
    """'the shelling of X on Thursday', referring to nothing told, with a day of its own before the
    report's days and a town: a background event of its own, not a mention with nothing to refer to."""
    text = f"Gunmen attacked a checkpoint in Sinjar on Monday. Talks stalled after the shelling of Tal Afar {day}."
    got = [(i.type, i.location, i.date) for i in _incidents(ex, text)]
    assert ("shelling", "Tal Afar", want) in got


def test_a_definite_event_of_the_report_s_days_still_refers_back(ex):
    text = "Gunmen attacked a checkpoint in Sinjar on Monday. The attack on the checkpoint in Sinjar on Monday wounded two."
    assert [(i.location, i.date) for i in _incidents(ex, text)] == [("Sinjar", "2025-06-16")]


def test_an_event_told_off_a_coast_is_in_the_sea_the_next_sentence_names():
    """ "left their carrier off Yemen after missiles hit it. || The carrier was crossing the Gulf of Aden
    when the missiles struck": the attack told only off a country's coast happened in the sea told with it next (a sea
    lies in no country)."""
    from datetime import date

    from reporter.extract import Extractor

    def placed(where):
        text = (
            f"Sailors left their bulk carrier {where} Yemen on 3 March 2031 after missiles launched by the Houthis "
            "hit it. The carrier was crossing the Gulf of Aden when the missiles struck, a maritime agency said."
        )
        facts = Extractor().extract(text, id="t", published=date(2031, 3, 4))
        return [(i.location, i.country) for i in facts.incidents]

    assert placed("off") == [("Gulf of Aden", None)]


def test_a_past_attack_named_with_its_own_year_and_spot_in_an_undated_story_is_not_a_retelling():
    """A story that tells no day with a year ("the attack on Korvale on March 24") gives no "now" to
    measure a past event against; "the attack on Fendara in 2019", named with a spot and a year of its
    own, is an event apart, not the story's attack told again (which keeps its own spot)."""
    from reporter.extract import Extractor

    text = (
        "The insurgent attack on the town of Korvale on March 24 killed dozens of people. "
        "Officials likened it to the raid on the town of Fendara in 2019."
    )
    facts = Extractor().extract(text, id="t")
    told = [(i.location, i.date) for i in facts.incidents]
    assert ("Korvale", None) in told and ("Fendara", "2019-01-01/2019-12-31") in told


def test_a_day_told_before_is_not_the_events_when_its_sentence_names_another_weekday(ex):
    """An undated page: a caption's Saturday date above a lead whose sentence tells 'said Tuesday' is not
    the event's day (the lead tells of another day); without that weekday the lead takes it."""
    caption = "Supporters rally in the port city on March 1, 2025. (Photo agency)\n\n"
    told = "A drone struck a grain freighter in the Red Sea close to the port of Mokha, officials said Tuesday."
    untold = "A drone struck a grain freighter in the Red Sea close to the port of Mokha, officials said."
    got = ex.extract(caption + told, id="t").incidents
    assert [(i.type, i.date) for i in got] == [("drone_attack", None)]
    got = ex.extract(caption + untold, id="t").incidents
    assert [(i.type, i.date) for i in got] == [("drone_attack", "2025-03-01")]


def test_a_named_ship_told_off_a_coast_and_at_sea_is_one_attack(ex):
    """One source places the ship off a country's coast, another in the sea, each naming the ship: the
    ship's name ties the two tellings (one attack, at sea, since a sea lies in no country)."""
    text = (
        "The defence ministry said on Saturday that a drone hit a chemical carrier off the coast of Oman before dawn. "
        "The carrier MV Corva Lantis was struck by one drone, the ministry added, and a fire on deck "
        "was put out. Shipping rates rose in the region this week. "
        "A drone struck the MV Corva Lantis in the Arabian Sea on Saturday, a monitoring group said."
    )
    got = _incidents(ex, text)
    assert [(i.type, i.location, i.country) for i in got] == [("drone_attack", "Arabian Sea", None)]


def test_two_ships_named_apart_stay_two_attacks(ex):
    """A name ties tellings only when they name the same ship: two ships hit off one coast and in one sea
    the same day are two attacks."""
    text = (
        "A drone struck the tanker Corva Lantis off the coast of Oman early on Saturday, the ministry said. "
        "Shipping rates rose in the region this week. "
        "A drone struck the bulker Halden Reef in the Arabian Sea on Saturday, a monitoring group said."
    )
    got = _incidents(ex, text)
    assert sorted(i.location for i in got) == ["Arabian Sea", "Oman"]


def test_a_named_ship_told_at_sea_by_two_sources_with_other_means_is_one_attack(ex):
    """Undated, at one sea, one source tells a drone and another missiles: the ship's name, told by both, ties
    the two tellings of the one attack (the sources disagree on the means, not on the event)."""
    text = (
        "The bulker Corva Lantis was hit by a drone in the Gulf of Aden, its operator reported. "
        "Port fees rose in the region. Rates for cargo went up. "
        "The Corva Lantis was hit by missiles, out in the Gulf of Aden, a rebel spokesman said."
    )
    got = ex.extract(text, id="t").incidents
    assert [(i.type, i.location) for i in got] == [("drone_attack", "Gulf of Aden")]


def test_a_named_ship_told_at_sea_twice_by_one_source_stays_apart(ex):
    """The same source telling the ship hit by a drone and by missiles tells two blows."""
    text = (
        "The bulker Corva Lantis was hit by a drone in the Gulf of Aden, its operator reported. "
        "Port fees rose in the region. Rates for cargo went up. "
        "The Corva Lantis was hit by missiles, out in the Gulf of Aden, its operator added."
    )
    got = ex.extract(text, id="t").incidents
    assert sorted(i.type for i in got) == ["drone_attack", "missile_attack"]


@pytest.mark.parametrize(
    "phase",
    [
        "The attack started with blasts outside the Zenith Hotel before the gunmen went in.",
        "Residents said the assault began when a man wearing explosives detonated them by the gate of the Zenith Hotel.",
    ],
)
def test_a_blast_told_as_how_the_attack_began_is_part_of_it(ex, phase):
    """"The attack started with blasts ...", "the assault began when a man detonated his explosives ...": the
    blast is the opening of the attack told before, at its spot, not an explosion of its own."""
    text = (
        "Militants stormed a hotel in Kismayo on Friday, exchanging fire with security forces for hours, "
        f"police said. {phase}"
    )
    assert [i.type for i in _incidents(ex, text)] == ["armed_clash"]


@pytest.mark.parametrize(
    "last, events",
    [
        # an earlier event told with a day of its own at "the shrine", far below the shrine's name
        ("On March 3, gunmen opened fire at the old shrine, killing ten people.", 2),
        # undated, it is the same attack told again (or nothing to place): no second event
        ("Gunmen opened fire at the old shrine, killing ten people.", 1),
    ],
)
def test_dated_event_at_a_site_told_by_its_kind_is_at_the_site_named_long_before(ex, last, events):
    """ "the shrine" in a dated event told many sentences below the shrine's name is that shrine: the
    event is placed there, and so kept as one of its own, however far back the name was told."""
    fill = "".join(f"Officials gave update number {n} to reporters.\n\n" for n in range(1, 10))
    text = "Gunmen opened fire at the Imam Reza shrine in Mashhad on Sunday, killing four people, officials said.\n\n"
    incidents = ex.extract(text + fill + last, id="t", published=date(2023, 8, 14)).incidents
    assert len(incidents) == events
    assert incidents[-1].date == ("2023-03-03" if events == 2 else "2023-08-13")
    assert "Imam Reza" in incidents[-1].location


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Drones hit a grain silo in Atbara on Tuesday. "
            "That blast follows the drone strike on an army camp near Dongola on Sunday.",
            [("drone_attack", "2025-06-17", "Atbara"), ("drone_attack", "2025-06-15", "Dongola")],
        ),
        (
            "Militants stormed a checkpoint in Kidal on Friday. "
            "The assault followed a drone strike on a convoy near Gao on Tuesday.",
            [("armed_clash", "2025-06-13", "Kidal"), ("drone_attack", "2025-06-17", "Gao")],
        ),
    ],
)
def test_the_event_a_report_follows_is_an_event_of_its_own(ex, text, expected):
    """'The raid follows X on Monday': the verb relates two events, so the one followed is told in its own
    clause, with its own day, place, weapon and toll, not lent to the event the sentence names first."""
    got = _incidents(ex, text)
    assert sorted((i.type, i.date, i.location) for i in got) == sorted(expected)


def test_a_site_named_with_its_kind_and_without_is_one_spot(ex):
    """'the X mosque' and 'X', a site no gazetteer knows, told with and without its kind: one place, one event."""
    text = (
        "An attack on the Bibi Zandi mosque on Wednesday killed 15 people. A witness at Bibi Zandi told state "
        "television he heard sounds of gunfire after prayers."
    )
    assert [(i.type, i.location) for i in _incidents(ex, text)] == [("armed_clash", "Bibi Zandi mosque")]


def test_a_telling_dated_only_by_a_lent_day_the_day_after_is_the_same_event():
    """One attack told once on its day at a town and once at a spot in that town, with a day only lent it (the
    statement's or the story's) the day after, is one event; both days told by the event's own words are two
    attacks, and a country sees a new fight every day."""
    from dataclasses import replace

    from reporter.extract import incidents
    from reporter.extract.dates import DateSpan

    _, art = Extractor().document("Gunmen attacked a police post in Kismayo on Friday.", date(2025, 6, 21))
    (first,) = incidents.incident_events(art)
    town = first.place
    spot = replace(town, name="Kismayo port", rank=5, lat=town.lat + 0.01, lon=town.lon + 0.01)
    saturday = DateSpan(date(2025, 6, 21), date(2025, 6, 21), "day")
    lent = replace(first, s_idx=first.s_idx + 2, place=spot, date=saturday, date_q=1, date_kind="weekday")
    assert incidents._same_event(art, first, lent)
    assert not incidents._same_event(art, first, replace(lent, date_q=3))
    country = replace(town, rank=1)
    assert not incidents._same_event(art, replace(first, place=country), replace(lent, place=country))


def test_a_launch_referring_to_the_headline_is_the_interception_the_body_tells(ex):
    """'The missiles were fired from X' opening the body refers to the headline's downed missiles: with the
    interception told next, one event (the interceptor's), not an attack of its own."""
    text = (
        "Navy destroyer downs missiles over the Red Sea\n\n"
        "The missiles were fired by rebels in Yemen, officials said.\n\n"
        "The destroyer shot down three missiles on Thursday in the northern Red Sea."
    )
    assert [(i.type, i.location) for i in _incidents(ex, text)] == [("interception", "Red Sea")]


@pytest.mark.parametrize(
    "between, where",
    [
        # the sentence just before names no place: the one before it sets the scene
        (" Shops along the main road stayed shut. ", "Gao"),
        # a paragraph break: the scene of another paragraph is no scene of this one
        ("\n\nShops along the main road stayed shut. ", None),
        # the sentence just before names a place of its own: that one, as before
        (" Families later reached Bamako by road. ", "Bamako"),
    ],
)
def test_a_sentence_naming_no_place_does_not_hide_the_scene_set_before_it(ex, between, where):
    text = (
        "Residents of Gao fled their homes on Monday as smoke rose over the market."
        + between
        + "Gunmen attacked a checkpoint on Monday, killing four soldiers."
    )
    got = [i.location for i in _incidents(ex, text) if i.type == "armed_clash"]
    assert got == ([where] if where else [])


@pytest.mark.parametrize(
    "second",
    [
        "The foreign ministry in Tehran denounced the Iranian strike as lawless and reckless.",
        "Officials in Tehran called the Iranian strike an act of war.",
    ],
)
def test_a_retelling_naming_the_struck_state_adds_no_second_attacker(ex, second):
    """ "US jets struck sites in Iran. ... the Iranian strike": once the event has a foreign doer, the
    state whose ground was struck, named in a retelling, is the target, never a second attacker."""
    text = "US warplanes struck missile sites in Iran on Monday, officials said. " + second
    strikes = [i for i in _incidents(ex, text) if i.country == "Iran"]
    assert strikes and all("Iran" not in i.actors for i in strikes)


@pytest.mark.parametrize(
    "second, n",
    [
        # a witness tells the night before the story's day: the same attack
        ('"Late last night, around 10 pm, we heard shooting near the chapel," a farmer told reporters.', 1),
        # the day before, told in daylight: another day's fighting, apart
        ('"Yesterday morning we heard shooting near the chapel," a farmer told reporters.', 2),
    ],
)
def test_a_night_told_on_the_eve_of_the_storys_day_is_that_event(ex, second, n):
    """A report dates a night's attack by the day it gives the news: a witness who tells of the night
    before that day tells the same attack, not a second one."""
    text = (
        "Rebels attacked a chapel in Ituri province on Wednesday, killing at least 20 people, local officials said. "
        "Survivors fled towards the river. " + second
    )
    got = [i for i in _incidents(ex, text) if i.type == "armed_clash"]
    assert len(got) == n
    assert got[0].date == "2025-06-18"


def test_a_reference_naming_a_doer_joins_that_doers_event(ex):
    """ "the Iranian strike", told after two attacks by two parties, refers to Iran's, even when the
    other's event word ("air strikes") is closer in kind to the guessed "strike": the doer the
    reference names settles it, and the toll it tells goes to that event."""
    text = (
        "Iran fired missiles at an American airfield in Bahrain on Monday. "
        "The barrage followed US air strikes on nuclear sites in Iran on Sunday. "
        "Officials in Manama denounced the Iranian strike, which they said wounded three guards."
    )
    got = {i.type: i for i in ex.extract(text, id="t", published=date(2025, 6, 24)).incidents}
    assert got["missile_attack"].casualties.injured == 3
    assert got["air_strike"].casualties.injured is None


def test_a_bare_ordinal_after_one_told_is_more_of_the_volley(ex):
    """ "one came down beside the vessel and a third fell into the waves": "a third" is one more of the
    weapons already told, not a new attack of its own."""
    text = (
        "Rebels fired three missiles at a grain freighter off Eritrea on Monday. "
        "One of the missiles exploded close to the freighter, while a second struck the waves, the navy said."
    )
    assert [i.type for i in _incidents(ex, text)] == ["missile_attack"]


_FACTION_HIT = (
    "Three fighters were killed and five hurt in a drone strike on an office of a pro-Iranian faction in "
    "western Mosul on Tuesday, police said.\n"
)


def test_a_second_source_naming_other_means_retells_the_blow():
    """A drone strike, then witnesses telling rockets hit the building, with no day, place or party of
    their own: one blow told by two sources, not two attacks; the first telling keeps its type and toll."""
    text = (
        _FACTION_HIT + "Witnesses said two rockets struck a building the Kataib Sayyid al-Shuhada faction used.\n"
        "The attack also wounded a senior commander, a ministry source said."
    )
    got = Extractor().extract(text, id="t").incidents
    assert [(i.type, i.location, i.casualties.killed) for i in got] == [("drone_attack", "Mosul", 3)]


@pytest.mark.parametrize(
    "second",
    [
        "Witnesses said another rocket struck a building the Kataib Sayyid al-Shuhada faction used.",
        "Witnesses said Turkish rockets struck a building the Kataib Sayyid al-Shuhada faction used.",
    ],
)
def test_a_further_blow_or_one_by_its_own_party_stays_apart(ex, second):
    """ "another rocket" is a further blow, and rockets a party of their own fired are another act."""
    got = Extractor().extract(_FACTION_HIT + second, id="t").incidents
    assert [i.type for i in got] == ["drone_attack", "rocket_attack"]


def test_a_strike_from_the_air_told_after_rockets_stays_apart():
    """Rockets first, then a drone at the same building: the air strike is as often the answer to the rockets."""
    text = (
        "Three fighters died when rockets were fired at an office of a pro-Iranian faction in western Mosul "
        "on Tuesday, police said.\nWitnesses said a drone struck a building the Kataib Sayyid al-Shuhada faction used."
    )
    assert [i.type for i in Extractor().extract(text, id="t").incidents] == ["rocket_attack", "drone_attack"]


def test_missiles_named_after_a_strike_are_its_means(ex):
    """ "struck six sites", then "missiles were used": the strike's means, one missile attack (not an air
    strike beside a missile attack)."""
    text = (
        "The American and British militaries struck six sites the rebels use in Yemen on Monday night. "
        "According to officials, cruise missiles fired from warships were used to destroy radar sites."
    )
    got = ex.extract(text, id="t", published=date(2025, 3, 4)).incidents
    assert [(i.type, i.date) for i in got] == [("missile_attack", "2025-03-03")]


def test_debris_falling_where_a_missile_struck_is_that_strike(ex):
    """Debris told falling at the spot and on the day a missile struck, with nothing of its own, is what
    the strike did, not a crash of its own."""
    text = (
        "A regional television channel was bombed live on air on Monday as a missile hit its newsroom in Isfahan. "
        "Viewers watched a presenter run off set amid smoke, flames, and falling debris as the picture went black."
    )
    got = ex.extract(text, id="t", published=date(2025, 3, 4)).incidents
    assert [(i.type, i.location) for i in got] == [("missile_attack", "Isfahan")]


@pytest.mark.parametrize(("ship", "n"), [("CORAL DAWN", 1), ("SEA LARK", 2)])
def test_a_named_ship_hit_on_one_day_at_two_waters_is_one_blow(ex, ship, n):
    """A tanker told hit in an ocean by one source and in a sea within it by another, on the same day: one
    blow named two ways (a ship is at one spot at a time); another ship's name there is another attack.
    Read at the rules (the learned keep/drop layer may settle it on its own)."""
    from reporter.extract.incidents import incident_events

    text = (
        "The navy said on Saturday that a drone struck the tanker MV Coral Dawn in the Indian Ocean, about "
        "150 nautical miles off Oman.\nNo one was hurt and the fire was put out.\nThe ship was carrying fuel "
        f"to Singapore.\nPort officials have now said that a one-way drone which hit a Maltese-flagged chemical "
        f"tanker, M/V {ship}, today in the Arabian Sea had been fired from Iran."
    )
    _, art = ex.document(text, date(2025, 2, 15))
    assert [e.type for e in incident_events(art)] == ["drone_attack"] * n


def test_an_attack_the_subject_follows_is_an_earlier_one(ex):
    """'This raid follows Saturday's drone attack on X' names an earlier attack at the same town, not the
    lead told again, even when the lead gives no day of its own."""
    text = (
        "Insurgents launched drones at fuel tanks in Kassala, officials said. "
        "This latest raid follows Saturday's drone attack against an army camp near Kassala airport."
    )
    got = _incidents(ex, text)
    assert sorted((i.type, i.location, i.date) for i in got) == [
        ("drone_attack", "Kassala", "2025-06-17/2025-06-18"),
        ("drone_attack", "Kassala airport", "2025-06-14"),
    ]


@pytest.mark.parametrize("verb", ["followed", "follows"])
def test_an_attack_the_subject_followed_is_another(ex, verb):
    text = (
        "Insurgents launched drones at fuel tanks in Kassala, officials said. "
        f"The raid {verb} Saturday's drone strike on an army camp in Kassala."
    )
    assert len(_incidents(ex, text)) == 2


@pytest.mark.parametrize(
    "between, place",
    [
        ("The two navies said their aim is to restore calm in the Gulf of Aden.", "Somalia"),
        ("The two navies said they want to keep the peace in the Gulf of Aden.", "Somalia"),
        # control: a sentence telling a happening at a place still sets the scene
        ("The two navies said their ships were patrolling the Gulf of Aden.", "Gulf of Aden"),
    ],
)
def test_a_place_named_only_as_an_aims_ground_sets_no_scene(ex, between, place):
    """ "their aim is to restore calm in X": a goal spoken of, not where the next sentence's strike was."""
    text = (
        "French and Italian jets bombed six pirate camps in Somalia on Sunday night. " + between + " "
        "The raids come about a week after French and Italian jets struck more than 30 targets in 12 locations."
    )
    got = _incidents(ex, text)
    assert [i.location for i in got][-1] == place


def test_an_aims_ground_in_the_events_own_clause_stays_its_place(ex):
    """Control: the aim's ground told in the event's own clause is where it happened."""
    text = "Peacekeepers sent to restore order in Bunia came under mortar fire on Monday."
    assert [i.location for i in _incidents(ex, text)] == ["Bunia"]


@pytest.mark.parametrize("opening", ["The previous bombing", "The last attack"])
def test_an_earlier_event_of_the_kind_keeps_its_own_day_and_toll(ex, opening):
    """'The previous bombing ... came in March 2016' tells an earlier event: the story's bombing keeps
    its own toll and is not dated to that month."""
    text = (
        "Officials say at least 18 people were killed in two suicide bombings at a clothes market in Mosul. "
        f"{opening} there came in March 2016 and killed 31 people in the same market."
    )
    got = _incidents(ex, text)
    assert not any(i.casualties.killed == 18 and (i.date or "").startswith("2016") for i in got)
    assert [i.casualties.killed for i in got if (i.date or "").startswith("2016")] == [31]


def test_a_definite_mention_with_no_earlier_word_still_joins_the_event(ex):
    """Control: 'The bombing ...' told again on its own day is the story's event, one incident."""
    text = (
        "Officials say at least 18 people were killed in two suicide bombings at a clothes market in Mosul "
        "on Monday. The bombing on Monday also wounded 40 people in the same market."
    )
    got = _incidents(ex, text)
    assert len(got) == 1 and got[0].casualties.killed == 18


def test_a_weapon_that_came_down_beside_an_interception_has_no_interceptor_for_actor(ex):
    """'Air defences downed one drone ..., while a second drone crashed near X': the crash is of a weapon
    whose sender is untold; the interceptor of the other drone did not send it."""
    text = (
        "Coalition air defences shot down a drone near Erbil airport on Monday, officials said, "
        "while a second drone crashed in a field near the village of Kani Qirzhala."
    )
    crash = [i for i in _incidents(ex, text) if i.type == "crash"]
    assert [i.actors for i in crash] == [()]


def test_a_weapon_that_came_down_after_its_launch_keeps_its_sender(ex):
    """Control: 'The militia launched two drones ...; one of them crashed near X': its sender is told."""
    text = (
        "Kataib Hezbollah launched two drones at Erbil airport on Monday, officials said. "
        "One of the drones crashed in a field near the village of Kani Qirzhala."
    )
    crash = [i for i in _incidents(ex, text) if i.type == "crash"]
    assert crash and all(i.actors == ("Kataeb Hezbollah",) for i in crash)


_AIRPORT_STORY = (
    "Israeli jets on Wednesday bombed the main airport in the northern city of Aleppo, "
    "putting it out of service, state media reported.\n\nOfficials said repairs had begun.\n\n"
    "The runway was damaged.\n\nFlights were cancelled.\n\nPassengers were stranded.\n\nAid was delayed.\n\n"
)


@pytest.mark.parametrize(
    "last, expected",
    [
        # on a page with no date, an airstrike told "earlier this month" at "the airport" is another strike,
        # at the airport named before ("the airport in the northern city of Aleppo")
        ("Earlier this month, Israeli warplanes struck the airport, closing it for three days.",
         [("air_strike", "Aleppo"), ("air_strike", "Aleppo")]),
        # controls: told with no earlier time, it is the strike told again; no airport named before it
        ("Israeli warplanes struck the airport, closing it for three days.", [("air_strike", "Aleppo")]),
    ],
)
def test_an_undated_event_told_earlier_at_the_site_is_another_event(ex, last, expected):
    facts = ex.extract(_AIRPORT_STORY + last, id="x", published=None)
    assert [(i.type, i.location) for i in facts.incidents] == expected


def test_an_earlier_event_at_a_site_never_named_takes_no_place(ex):
    text = (
        "An Israeli airstrike early Wednesday hit a depot in the northern city of Aleppo, state media reported.\n\n"
        "Officials said repairs had begun.\n\nThe runway was damaged.\n\nFlights were cancelled.\n\n"
        "Passengers were stranded.\n\nAid was delayed.\n\n"
        "Earlier this month, Israeli warplanes struck the airport, closing it for three days."
    )
    facts = ex.extract(text, id="x", published=None)
    assert [(i.type, i.location) for i in facts.incidents] == [("air_strike", "Aleppo")]


def test_another_partys_act_told_after_a_threat_does_not_join_it(ex):
    """A threat, then an act of the party threatened: the act's party is not a speaker of the threat."""
    text = (
        "Officials said three drones were shot down over Belgorod overnight.\n\n"
        "Russia vowed to retaliate against Ukraine at a time of its choosing.\n\n"
        "Ukraine has escalated sabotage operations ahead of a summer push.\n\n"
        "Moscow offered no proof of the claim."
    )
    threats = [i for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents if i.type == "threat_statement"]
    assert [list(t.actors) for t in threats] == [["Russia"]]


def test_the_speakers_own_further_step_after_a_threat_leaves_its_party_alone(ex):
    """Near miss: the speaker's own act told after the threat names no other party."""
    text = (
        "Officials said three drones were shot down over Belgorod overnight.\n\n"
        "Russia vowed to retaliate against Ukraine at a time of its choosing.\n\n"
        "Russia has escalated sabotage operations ahead of a summer push.\n\n"
        "Moscow offered no proof of the claim."
    )
    threats = [i for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents if i.type == "threat_statement"]
    assert [list(t.actors) for t in threats] == [["Russia"]]

def _placed(ex, text):
    return [(i.type, i.location) for i in ex.extract(text.replace(" || ", "\n\n"), id="t", published=date(2025, 6, 18)).incidents]


@pytest.mark.parametrize("verb", ["occurred", "came", "happened"])
def test_a_backdrop_of_another_kind_takes_no_place_from_the_event(ex, verb):
    """ "Gunmen killed four in Xtown. The attack came amid a salvo of rockets from Y": the salvo
    told as the backdrop is no more at the town than anywhere else in the country (it had been put there)."""
    text = (
        "Gunmen shot dead four people at a bus station in Beersheba on Tuesday. || "
        f"The attack {verb} amid a barrage of rockets fired from Lebanon."
    )
    assert ("rocket_attack", "Beersheba") not in _placed(ex, text)
    assert ("armed_clash", "Beersheba") in _placed(ex, text)


def test_a_backdrop_told_in_its_country_keeps_the_country(ex):
    """ "... came in a fraught week in Israel, amid a salvo of missiles": the salvo told in the country
    stays there, and "the attack in Xtown" told after names the shooting there again, not the barrage (it had
    moved the barrage to the town)."""
    text = (
        "Gunmen shot dead four people at a bus station in Beersheba. || "
        "The attack came in a fraught week in Israel, amid a salvo of Iranian missiles. || "
        "The two gunmen in the attack in Beersheba got off a bus on Tuesday night."
    )
    got = _placed(ex, text)
    assert ("missile_attack", "Beersheba") not in got
    assert ("armed_clash", "Beersheba") in got


def test_more_of_the_same_kind_amid_a_barrage_keeps_the_place(ex):
    """Control: rockets told amid a barrage of rockets are that barrage, at its town; and an event placed only
    in its country, named again by a town with no event told there, is at that town."""
    text = "Rockets hit Sderot on Tuesday, wounding two people. || More landed amid a barrage of rockets fired from Gaza."
    assert [t for t in _placed(ex, text) if t[0] == "rocket_attack"] == [("rocket_attack", "Sderot")]
    text = "A drone attack hit an army base in northern Israel on Tuesday. || The attack near Safed wounded two soldiers."
    assert _placed(ex, text) == [("drone_attack", "Safed")]


@pytest.mark.parametrize(
    "told",
    [
        "An army officer said one soldier was killed and six were wounded while repelling the attack. "
        '"Our crews hit two air targets," he said.',
        '"Our gunners hit several air targets," he said, "One soldier was killed and six others were wounded '
        'in repelling the attack."',
    ],
)
def test_the_toll_of_defenders_repelling_an_attack_is_the_attacks(ex, told):
    """ "Jets fired missiles at X. One soldier was killed while repelling the attack": the defenders' dead and
    wounded are the attack's, not the interception's (which had shown a toll the attack lacked)."""
    text = f"Israeli warplanes fired missiles at army positions near Aleppo on Tuesday. {told}"
    got = [(i.type, i.casualties.killed, i.casualties.injured) for i in _incidents(ex, text)]
    assert ("air_strike", 1, 6) in got
    assert all(k is None and w is None for t, k, w in got if t == "interception")


def test_a_toll_told_with_an_interception_alone_stays_its_own(ex):
    """Control: debris of a downed drone that killed one is the interception's harm, told without a repelled
    attack."""
    text = "Air defences shot down two drones over Erbil on Tuesday. One man was killed by falling debris, police said."
    got = [(i.type, i.casualties.killed) for i in _incidents(ex, text)]
    assert ("air_strike", 1) not in got and any(k == 1 for _, k in got)


@pytest.mark.parametrize("by", ["by", "in"])
def test_a_toll_of_the_strike_told_after_its_interception_is_the_attacks(ex, by):
    """ "Air defences downed missiles over X on Tuesday night. One person was killed by the strike on the
    airport": the attack whose weapons were downed, with its toll, on the interception's day and place (the
    strike referred to nothing told and was dropped, its toll lost; the interception showed no dead)."""
    text = (
        "Syrian air defences downed several Israeli missiles over Aleppo on Tuesday night, the defence ministry "
        f"said. One person was killed {by} the strike on the airport."
    )
    got = [(i.type, i.location, i.casualties.killed) for i in _incidents(ex, text)]
    assert ("missile_attack", "Aleppo", 1) in got
    assert ("interception", "Aleppo", None) in got


def test_harm_from_downed_weapons_told_after_an_interception_stays_a_crash(ex):
    """Control: dead from debris after an interception are the debris' (a crash), not a strike's."""
    text = "Air defences shot down most of the drones over Kyiv on Tuesday night. Two people were killed when debris fell on a house."
    got = [(i.type, i.casualties.killed) for i in _incidents(ex, text)]
    assert ("crash", 2) in got and not any(t.endswith("attack") for t, _ in got)


def test_lives_lost_told_after_an_interception_are_the_stopped_attacks_toll(ex):
    """What was shot down killed no one: the toll and its town are the attack's that got through."""
    text = (
        "Russia sent 60 drones against Ukraine overnight, the air force said on Sunday. Air defences downed"
        " 45 of them, it said. Three people died in Odesa, the governor said."
    )
    by_type = {i.type: i for i in _incidents(ex, text)}
    assert (by_type["drone_attack"].casualties.killed, by_type["drone_attack"].location) == (3, "Odesa")
    assert by_type["interception"].casualties.killed is None


def test_a_toll_told_after_an_interception_alone_stays_its_own(ex):
    """Near-miss control: with no attack told before it, the toll stays with the interception told."""
    text = "Air defences downed 45 drones overnight, the air force said on Sunday. Three people died in Odesa, the governor said."
    kinds = [(i.type, i.casualties.killed) for i in _incidents(ex, text)]
    assert ("drone_attack", 3) not in kinds


def test_a_toll_told_before_an_interception_in_its_sentence_is_the_strikes(ex):
    """'The army said 20 civilians were killed, eight at a school in X, and that its jets downed three planes':
    the dead are the strikes' told before, and the planes were downed over the country, not at the school."""
    text = (
        "India fired missiles at six towns in Pakistan early on Monday. Pakistan's army said 20 civilians"
        " were killed, among them eight at a school in Lahore, and that its air force had shot down three jets."
    )
    got = [(i.type, i.location, i.casualties.killed) for i in _incidents(ex, text)]
    assert ("interception", "Pakistan", None) in got
    assert any(t == "missile_attack" and k == 20 for t, _, k in got)


def test_a_toll_told_after_an_interception_in_its_sentence_stays_put(ex):
    """Control: a toll told after the downing, in its own clause, is read as before."""
    text = "Air defences shot down two drones over Erbil on Tuesday, and falling debris killed one man, police said."
    before = [(i.type, i.casualties.killed) for i in _incidents(ex, text)]
    assert any(k == 1 for _, k in before)
