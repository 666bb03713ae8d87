"""Places: which of the places a story names is the event's scene (GUIDE: the most specific place named
for the event itself; not the place of an earlier event it answers, nor where someone spoke, nor a
group's name, nor the far side of a border), and the scene told across sentences (a later sentence
naming the spot of an event told in a country or by a reference point). Sentences written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _places(ex: Extractor, text: str) -> list[tuple[str | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2024, 3, 10))
    return [(i.location, i.country) for i in facts.incidents]


@pytest.mark.parametrize(
    "text",
    [
        'The militia said it fired rockets at Israel "in response to the assassination carried out" in Nabatieh on'
        " Friday.",
        "Militants fired rockets into Israel on Thursday to avenge the killing of a commander in Beirut.",
    ],
)
def test_the_place_of_the_event_an_attack_answers_is_not_its_scene(ex, text):
    assert _places(ex, text)[:1] == [("Israel", "Israel")]


def test_the_answered_event_keeps_its_own_scene(ex):
    """The earlier strike told inside the phrase is still placed where it hit; the answer where it was aimed."""
    text = "Iran launched missiles at Israel on Saturday in retaliation for the strike on its consulate in Damascus."
    found = _places(ex, text)
    assert ("Israel", "Israel") in found and ("Damascus", "Syria") in found


@pytest.mark.parametrize(
    "text",
    [
        "Rebels overran an army post on Friday. Speaking to reporters in the capital Mogadishu, the army chief"
        " confirmed the assault.",
        "Rebels overran an army post on Friday. speaking to reporters in the capital Kabul, a general confirmed"
        " the assault.",
    ],
)
def test_the_city_a_speaker_spoke_in_is_not_the_scene(ex, text):
    assert all(loc not in ("Mogadishu", "Kabul") for loc, _ in _places(ex, text))


def test_a_group_named_for_countries_places_nothing(ex):
    """A group named for where it fights is a name: the countries in it are not the scene."""
    text = "Rockets hit a coalition outpost on Friday, said a spokesman for the war on Islamic State in Iraq and Syria."
    assert all(country not in ("Iraq", "Syria") for _, country in _places(ex, text))


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        (
            "Jihadists attacked the military detachment of the Arbinda department in Soum province on Friday.",
            "Arbinda department",
        ),
        (
            "Gunmen stormed the Bourzanga military detachment in Bam province on Friday.",
            "Bourzanga military detachment",
        ),
    ],
)
def test_a_department_or_detachment_is_more_specific_than_its_province(ex, text, scene):
    found = _places(ex, text)
    assert found and found[0][0] == scene


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A cargo ship was struck by a missile off the coast of Yemen on Friday.", "Yemen"),
        ("A tanker was hit by a projectile off the eastern coast of Oman on Friday.", "Oman"),
        ("A drone hit a tanker off the Somali coast on Friday.", "Somalia"),
    ],
)
def test_a_ship_hit_off_a_coast_is_placed_in_that_country(ex, text, country):
    assert _places(ex, text) == [(country, country)]


def test_a_foreign_namesake_town_in_a_story_of_one_country_is_not_placed_abroad(ex):
    """'the road to Samara' in a story plainly about Iraq: not the Russian city of that name."""
    text = (
        "A roadside bomb hit an Iraqi army convoy near Baghdad on Friday, Iraqi officials said.\n\n"
        "Iraqi police said the convoy was hit in the main road near Samara."
    )
    assert all(country != "Russia" for _, country in _places(ex, text))


def test_a_town_hit_across_the_border_fire_came_from_keeps_its_country(ex):
    """'Rockets from Syria hit Hermel': the country named is only where the fire came from; the town it
    hit, near that border, is the scene, in its own country though the article never names it."""
    assert _places(ex, "Militants from Syria fired rockets at Hermel on Friday, killing two.") == [
        ("Hermel", "Lebanon")
    ]


def test_a_far_namesake_of_a_town_hit_from_a_named_country_stays_unplaced(ex):
    """Near miss: a world-list town far from the country the fire came from is a name as written."""
    assert all(
        country != "Russia" for _, country in _places(ex, "Militants from Syria fired rockets at Samara on Friday.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "The New People's Army ambushed soldiers in Samar on Monday, killing three.",
        "The New People's Army ambushed soldiers in Samar on Monday, killing three, the Philippine army said.",
    ],
)
def test_a_town_half_a_world_from_the_armed_groups_home_is_no_namesake_of_the_list(ex, text):
    """The only town of the name the list holds lies half a world from the home of the armed group that
    acted, and the story names no other country: the spot is the group's country's, unplaced."""
    assert _places(ex, text) == [("Samar", "Philippines")]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Russian forces struck Samar with drones on Monday, killing two.", "Ukraine"),
        ("The Houthis fired a missile at Ashdod on Monday, injuring two.", "Israel"),
    ],
)
def test_a_town_struck_by_a_state_or_across_a_region_keeps_the_lists_country(ex, text, country):
    """Near misses: a state's forces strike far from home, and a group's missile within its region."""
    assert _places(ex, text)[0][1] == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Syrian government forces attacked rebels in Tripoli on Friday, killing five.", "Lebanon"),
        ("Gunmen attacked a police post in Mahas on Friday, killing four, Syrian officials said.", "Jordan"),
    ],
)
def test_of_namesakes_in_unnamed_countries_the_one_beside_a_named_country_is_meant(ex, text, country):
    """Neither namesake's country is named; the one beside the country whose forces or officials the
    story names is the scene, not the larger one far away."""
    assert _places(ex, text)[0][1] == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Turkish drones struck militia positions near Tripoli on Friday, killing five.", "Libya"),
        ("Clashes in Tripoli killed five people on Friday as rival militias fought.", "Libya"),
    ],
)
def test_of_namesakes_with_no_country_beside_them_the_larger_is_meant(ex, text, country):
    """Near misses: a named country far from both namesakes, or none named, leaves the larger town."""
    assert _places(ex, text)[0][1] == country


def test_a_town_the_storys_own_forces_struck_near_their_country_keeps_its_country(ex):
    """In a story of one country, the town its own forces struck, near that country, is the other
    side's in the war, not a namesake to drop."""
    text = (
        "Ukrainian drones struck a refinery in Saratov on Friday, Ukraine's general staff said.\n\n"
        "The Ukrainian military said the strike caused a large fire."
    )
    assert _places(ex, text) == [("Saratov", "Russia")]


def test_a_far_namesake_in_a_story_of_one_countrys_forces_stays_unplaced(ex):
    """Near miss: the town of the list lies far from the country whose forces act."""
    text = (
        "Iraqi troops clashed with militants near Samara on Friday, Iraq's army said.\n\n"
        "The Iraqi military said two soldiers were wounded."
    )
    assert all(country != "Russia" for _, country in _places(ex, text))


def test_a_border_named_in_a_story_of_one_country_is_that_countrys_side(ex):
    text = (
        "Somali officials said al Shabaab fighters attacked Somali troops in Gedo on Friday. Somali forces"
        " repelled them.\n\n"
        "Three weeks ago, al Shabaab fighters attacked a Somali army base at a town near the Kenyan border."
    )
    assert all(country != "Kenya" for _, country in _places(ex, text))


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("Drones struck Zabul's Tarnak village on Friday, killing three.", "Tarnak village"),
        ("An air strike hit Kunar's Dangam district on Friday.", "Dangam district"),
        ("Gunmen attacked a checkpoint in Zabul Province on Friday, near the town of Shinkay.", "Shinkay"),
    ],
)
def test_a_spot_inside_a_province_named_with_it_is_the_scene(ex, text, scene):
    """'Zabul's Tarnak village': the possessor holds the spot; 'Zabul Province' (its kind inside the
    name) holds the town named beside it (written with it as 'X, Y')."""
    found = _places(ex, text)
    assert found and (found[0][0] or "").split(",")[0] == scene


def test_a_town_of_the_events_country_told_outside_its_clause_is_the_scene(ex):
    """The clause places the event only in a country; the sentence names a town of that country in a
    clause that tells no event of its own: the town is the scene."""
    text = "Two drones struck Syria on Monday night, and residents of the town of Qamishli reported heavy damage."
    assert _places(ex, text) == [("Qamishli", "Syria")]


def test_the_capital_told_as_ground_outside_the_events_clause_is_the_scene(ex):
    """The capital narrows an event placed in its country when the sentence tells it as ground; joined to
    another party ('the capital and its neighbour signed'), it is a government and does not."""
    text = "Gunmen stormed a hotel in Somalia on Monday, and shops in Mogadishu stayed shut."
    assert _places(ex, text) == [("Mogadishu", "Somalia")]
    text = "Gunmen stormed a hotel in Somalia on Monday, a week after Mogadishu and Nairobi signed a pact."
    assert _places(ex, text) == [("Somalia", "Somalia")]


@pytest.mark.parametrize(
    "text, scene",
    [
        (
            "A bomb exploded on Monday, killing three soldiers, while the convoy was parked north of Kandahar.",
            ("Kandahar", "Afghanistan"),
        ),
        ("Gunmen killed four soldiers on Monday, and the bodies were found in fields east of Kirkuk.", ("Kirkuk", "Iraq")),
    ],
)
def test_a_reference_point_told_outside_an_unplaced_events_clause_places_it(ex, text, scene):
    """The event's clause names no place; the sentence names a town only as the point a spot lies by (no
    distance given) outside it: the event is placed by it, as by a reference point in its own clause."""
    assert _places(ex, text) == [scene]


def test_a_town_near_the_events_province_told_outside_its_clause_is_the_scene(ex):
    """The clause places the event in a province; the sentence names a known town near its centre in a
    clause that tells no event: the town is the scene."""
    text = "Militants attacked a convoy in Idlib province on Monday, while families in Saraqib said they stayed indoors."
    assert _places(ex, text) == [("Saraqib", "Syria")]


# --- the scene told in another sentence -------------------------------------------------------


def test_a_town_the_sentence_before_names_as_a_reference_point_places_an_unplaced_event(ex):
    """The sentence just before, in the paragraph, names a town only as the point a spot lies by (no
    distance given): an event told with no place is placed by it; a country so named places nothing."""
    text = "Smoke rose over farmland north of Kirkuk on Monday. Gunmen had killed four soldiers at a checkpoint, police said."
    assert _places(ex, text) == [("Kirkuk", "Iraq")]
    text = "Smoke rose over farmland north of Iraq on Monday. Gunmen had killed four soldiers at a checkpoint, police said."
    assert _places(ex, text) == []


def test_where_it_took_place_told_sentences_later_is_the_scene(ex):
    text = (
        "Militants attacked an army base in Somalia on Friday, killing six soldiers, officials said.\n\n"
        '"We lost brave men," a colonel said. The raid was the second this week. Residents fled.\n\n'
        "It took place in the Bay region, on the outskirts of the town of Dinsoor."
    )
    assert _places(ex, text) == [("Dinsoor", "Somalia")]


def test_a_town_told_in_the_sentence_before_narrows_an_event_placed_in_its_country(ex):
    """The sentence before the event, in its paragraph, names a town of the country the event is told in:
    the town is the scene, as it is for an event told with no place at all."""
    text = "Windows shook across Kirkuk late on Tuesday. A drone struck Iraq overnight, officials said."
    assert _places(ex, text) == [("Kirkuk", "Iraq")]


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        (
            "Gunmen attacked a police checkpoint 25 km west of Kirkuk on Friday, killing two officers.\n\n"
            "The gunmen attacked the checkpoint in Hawija before escaping, a police source said.",
            "Hawija",
        ),
        (
            "Militants ambushed an army patrol 40 km north of Baghdad on Thursday.\n\n"
            "The militants ambushed the patrol near Tarmiyah, officials said.",
            "Tarmiyah",
        ),
    ],
)
def test_a_spot_told_after_a_reference_point_is_the_scene(ex, text, scene):
    """'a checkpoint 25 km west of X' places the attack by X only until the spot is named: one event, there."""
    assert _places(ex, text) == [(scene, "Iraq")]


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        (
            "Gunmen attacked a police convoy in Khyber Pakhtunkhwa province on Monday, killing five. Police said"
            " the gunmen had waited near a bridge in the Mardan district.",
            ("Mardan district", "Pakistan"),
        ),
        (
            "A bomb killed two soldiers in Balochistan province on Tuesday. The device was planted near a"
            " checkpoint in Quetta, officials said.",
            ("Quetta", "Pakistan"),
        ),
        (
            "Militants ambushed an army patrol in Kirkuk province on Sunday, killing three soldiers. The patrol"
            " was on a road in the Daquq area at the time.",
            ("Daquq area", "Iraq"),
        ),
    ],
)
def test_a_spot_in_the_province_told_in_the_next_sentence_is_the_scene(ex, text, scene):
    """A sentence telling no event of its own names where, in the province the event was placed in, it
    happened: a known town near the province's centre, or a name the text calls a district or area."""
    assert _places(ex, text) == [scene]


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        (
            "Turkish shelling killed nine people in the Kurdistan Region on Wednesday. Protesters later gathered"
            " outside the Turkish embassy in Baghdad.",
            ("Kurdistan Region", "Iraq"),
        ),
        (
            "Militants attacked a base in Kursk region on Sunday, killing three. The documents they carried were"
            " written in Korean.",
            ("Kursk region", "Russia"),
        ),
    ],
)
def test_a_capital_or_a_bare_word_after_a_province_event_is_not_its_scene(ex, text, scene):
    """The capital, where protests and statements are, lies outside the province; 'in Korean' names no spot."""
    assert _places(ex, text) == [scene]


def test_a_country_told_event_keeps_its_country_though_the_story_names_one_town_there(ex):
    """'strikes on Iranian territory' are country-wide: a capital named as a government elsewhere
    ('ties with Tehran') is no spot of theirs, and a closure of a country's airspace is not at the one
    town another event of the story happened in (both were moved to that town, and the closure lost)."""
    text = (
        "Israel launched air strikes on Iranian territory on Friday, officials said.\n\n"
        "Baghdad has long balanced its ties with Tehran against its partnership with Washington."
    )
    assert _places(ex, text) == [("Iran", "Iran")]
    text = (
        "Debris from a missile fell near the town of Hit in Iraq on Tuesday night, causing no casualties.\n\n"
        "Iraq's aviation authority has kept the country's airspace closed since the war began."
    )
    assert ("Iraq", "Iraq") in _places(ex, text)


# --- The scene told after an event placed in a province or region (scene_only) ---


@pytest.mark.parametrize(
    "text, scene",
    [
        (
            "Insurgents overran an army post in the Hiraan region on Sunday, residents said. The assault took"
            " place in Buqda, a farming district 90 km north of the capital Mogadishu.",
            "Buqda",
        ),
        (
            "Militants raided a police camp in the Gedo region on Saturday, elders said. The raid occurred in"
            " Qansahley, a grazing district some 50 km west of the capital Mogadishu.",
            "Qansahley",
        ),
    ],
)
def test_a_spot_told_with_its_distance_from_another_town_is_the_scene(ex, text, scene):
    """The town the distance is measured from only locates the spot; the apposition calls it a district."""
    assert [loc for loc, _ in _places(ex, text)] == [scene]


def test_a_spot_told_just_after_a_retelling_of_a_province_event_is_its_scene(ex):
    """Counted from the sentence that last retold the event, not from the first that told it."""
    text = (
        "A roadside bomb killed two soldiers in Iraq on Friday, the army said. The blast struck their vehicle"
        " in Diyala province, north of Baghdad, the army said. Their names were withheld. The total of"
        " soldiers lost this year rose to nine. The army gave no more details, but it appeared to be the"
        " roadside bomb explosion police had reported earlier. A police officer said the bomb badly damaged"
        " an armoured truck near Khalis town, 15 miles north of Baquba."
    )
    assert _places(ex, text) == [("Khalis town", "Iraq")]


# --- Where a launch came from (places._role) ---


@pytest.mark.parametrize(
    "text, scene",
    [
        (
            "Rockets struck the coalition base at Al-Omar late on Thursday, officials said. A monitoring group said"
            " three rockets were fired from a militia post in the Mayadin area.",
            "Al-Omar",
        ),
        (
            "Two drones hit an oil field near Hasakah on Monday. The monitor said the drones were launched from an"
            " abandoned farm in the Qamishli countryside.",
            "Hasakah",
        ),
        (
            "Militants fired mortar rounds at the airport in Mogadishu on Sunday. Police said the shells were fired"
            " from positions in the Daynile district.",
            "Mogadishu",
        ),
    ],
)
def test_the_area_a_launch_site_lies_in_is_where_it_came_from(ex, text, scene):
    """'fired from a post in X': X is the launch's origin, not a second scene."""
    assert [loc for loc, _ in _places(ex, text)] == [scene]


def test_attackers_struck_back_where_they_fired_from_keep_that_scene(ex):
    text = (
        "Militants attacked soldiers from a building in the vicinity of Jilib on Friday, and a US airstrike then"
        " hit the militants there."
    )
    assert ("Jilib", "Somalia") in _places(ex, text)


def test_a_country_that_closes_its_airspace_is_the_scene_whatever_flies_elsewhere():
    """ "Its airspace" is the closer's own sky, even when the clause goes on to where missiles flew."""
    text = "Iraq closed its airspace on Saturday as missiles flew toward Israel, officials said."
    got = [(i.type, i.location) for i in Extractor().extract(text, id="t", published=date(2025, 6, 21)).incidents]
    assert got == [("other", "Iraq")]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        # a named site that an attack verb takes as its object is the scene, its head in either case
        ("Gunmen stormed the Imam Zorbani shrine in Erbil on Friday, killing four guards.", "Imam Zorbani shrine"),
        ("A rocket hit the Northgate Palace in Erbil on Friday, killing four guards.", "Northgate Palace"),
    ],
)
def test_a_named_site_an_attack_took_as_its_object_is_the_scene(ex, text, site):
    ((location, country),) = _places(ex, text)
    assert location == f"{site}, Erbil" and country == "Iraq"


def test_a_site_no_gazetteer_holds_lies_in_the_town_named_with_it_not_the_dateline(ex):
    text = "BAGHDAD, March 10 (Reuters) - A blast struck the Qorna Marsh Port in Basra on Friday, killing four workers."
    assert _places(ex, text) == [("Qorna Marsh Port, Basra", "Iraq")]


def test_two_states_named_before_strikes_are_their_parties_not_a_scene(ex):
    # "against US and Israeli strikes": whose strikes they were, as "against US strikes" is
    assert _places(ex, "Iran said it answered US and Israeli strikes with drones fired at Erbil on Friday.") == [
        ("Erbil", "Iraq")
    ]
    assert _places(ex, "Iran retaliated on Friday against US and Israeli strikes.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Fears of a wider war with Damascus grew after jets struck a depot on Friday, killing four guards.",
        "Tensions with Damascus rose after jets struck a depot on Friday, killing four guards.",
    ],
)
def test_a_capital_warred_or_quarrelled_with_is_a_party_not_the_scene(ex, text):
    assert ("Damascus", "Syria") not in _places(ex, text)


def test_the_event_an_attack_answers_keeps_its_own_untold_day(ex):
    # the day told before "in response to" is the answering attack's, not the strike's it answers
    facts = ex.extract(
        "Iran launched drones at Israel on Saturday in response to the strike on its consulate in Damascus.",
        id="t",
        published=date(2024, 4, 14),
    )
    dates = {i.location: i.date for i in facts.incidents}
    assert dates.get("Israel") == "2024-04-13" and dates.get("Damascus") is None


@pytest.mark.parametrize(
    "text",
    [
        "A farmer was killed by artillery fire in southern Lebanon on Friday.\n\n"
        "Hundreds attended his funeral in his home village, Khiam, on Saturday.",
        "A farmer was killed by artillery fire in southern Lebanon on Friday.\n\n"
        "He was buried in Khiam on Saturday, his family said.",
    ],
)
def test_where_the_dead_are_mourned_is_no_scene(ex, text):
    assert _places(ex, text) == [("southern Lebanon", "Lebanon")]


_AFTER_THE_ATTACK = (
    " The governor visited the wounded in hospital. He promised new funds for the police. Traders closed their"
    " shops for a day. Mourners gathered for the funerals. The city council met in an emergency session."
)


@pytest.mark.parametrize(
    "text, site, day",
    [
        (
            "Gunmen stormed the Bab Zarin shrine in Qalfa on Friday, killing six worshippers."
            + _AFTER_THE_ATTACK
            + " On 4 June 2022, a bombing at the old shrine wounded eleven pilgrims.",
            "Bab Zarin shrine",
            "2022-06-04",
        ),
        (
            "Gunmen stormed the Sidi Talha mosque in Qalfa on Friday, killing six worshippers."
            + _AFTER_THE_ATTACK
            + " In March 2021, a car bomb outside the mosque killed nine people.",
            "Sidi Talha mosque",
            "2021-03-01/2021-03-31",
        ),
    ],
)
def test_a_site_named_again_by_its_kind_is_the_scene_of_the_event_told_there(ex, text, site, day):
    """ "the old shrine", "the mosque": the site of that kind the story named last (as "the village" is the
    settlement named last), so an earlier event told there with its own day, too far from the story's events
    to take their place, is placed at it instead of going unplaced (and unreported)."""
    facts = ex.extract(text, id="t", published=date(2024, 3, 10))
    assert [(i.date, i.location) for i in facts.incidents if i.date == day] == [(day, site)]


@pytest.mark.parametrize(
    "text",
    [
        "A bulk carrier was struck by a drone flown from Iran in the Arabian Sea on Friday, its owner said.",
        "A tanker was struck by a missile fired from Yemen in the Red Sea on Friday.",
    ],
)
def test_a_sea_told_after_the_named_land_a_weapon_came_from_is_where_it_hit(ex, text):
    """A named land needs no locating by a sea: "from X in the Y Sea" tells the launch from X and the hit at
    sea, unlike "fired from a boat in the Y Sea", where the sea locates the launch site."""
    assert [loc for loc, _ in _places(ex, text)][:1] in (["Arabian Sea"], ["Red Sea"])


def test_a_sea_locating_an_unnamed_launch_site_stays_its_origin(ex):
    text = "Rockets fired from a speedboat in the Red Sea hit a tanker off the port of Mocha on Friday."
    assert "Red Sea" not in [loc for loc, _ in _places(ex, text)]


def test_a_town_joined_by_and_is_no_modifier_of_the_event_noun(ex):
    """ "X and heavy shelling of Y": the town before "and" belongs to another phrase, so the place after the
    event word is its scene (a town right before the noun, "the Izium shelling", would be)."""
    text = "The detentions in Kharkiv and heavy shelling of Izium on Sunday alarmed officials."
    assert _places(ex, text) == [("Izium", "Ukraine")]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # words describing the town before its kind ("the old Syrian trading city of")
        (
            "A drone hit the Rawda hospital in the old Syrian trading city of Aleppo, officials in Damascus said on"
            " Sunday.",
            "Rawda hospital, Aleppo",
        ),
        # the site's own town, not the town the sentence opened with
        (
            "After weeks of calm in Baidoa, gunmen on Friday stormed the Blue Palm Hotel in the coastal city of"
            " Kismayo, killing four guards.",
            "Blue Palm Hotel, Kismayo",
        ),
    ],
)
def test_a_site_lies_in_the_town_its_own_phrase_names(ex, text, where):
    assert _places(ex, text)[0][0] == where


def test_an_aside_between_dashes_on_the_place_keeps_the_day_told_after_it(ex):
    """ "near X – a town in Y province – on Tuesday": the clause runs through the aside to its day, and the
    aside's province only locates the town."""
    text = "Two police officers were killed when their patrol was ambushed near Kalaa – a town in Diyala province – on Tuesday."
    facts = ex.extract(text, id="t", published=date(2024, 3, 10))
    assert [(i.date, i.location.split(",")[0], i.country) for i in facts.incidents] == [("2024-03-05", "Kalaa", "Iraq")]


def test_a_span_without_two_spaced_dashes_is_not_searched_for_an_aside():
    """An aside stands between two dashes after spaces: a span with fewer has none, and neither the
    pattern nor the span's dates are read there (the dates only once an aside is found)."""
    from reporter.extract.candidates import _place_asides

    class Art:
        def __init__(self, text: str) -> None:
            self.text = text
            self.asked = 0

        def dates_in(self, a: int, b: int) -> list:
            self.asked += 1
            return []

    bare = Art("Gunmen ambushed a convoy near Kalaa - a well-known town, on Tuesday.")
    assert _place_asides(bare, 0, len(bare.text)) == [] and bare.asked == 0
    hyphened = Art("A pro-government militia shelled the north-east of the town on Monday.")
    assert _place_asides(hyphened, 0, len(hyphened.text)) == [] and hyphened.asked == 0
    told = Art("The patrol was ambushed near Kalaa – a town in Diyala province – on Tuesday.")
    assert _place_asides(told, 0, len(told.text)) == [] and told.asked == 1  # no day found at its end


@pytest.mark.parametrize(
    "text",
    [
        "A clip filmed near Kirkuk was posted online. It shows militants firing rockets at a checkpoint.",
        "Farmers near Kirkuk have sold less grain this year. In the footage, a drone hits a truck near the airport.",
    ],
)
def test_an_event_with_no_day_nor_toll_takes_no_scene_from_the_sentence_before(ex, text):
    """Far from any event told, an event told with neither a day of its own sentence nor a toll is what a
    clip showed, a habit or background: the place the sentence before names, with no day, is not where it
    happened."""
    assert _places(ex, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Farmers near Kirkuk have sold less grain this year. The militia launched rockets at the airport on Monday.",
        "A clip filmed near Kirkuk was posted online. Militants fired rockets at a checkpoint, killing two guards.",
        # a sentence telling where and when sets the scene for the undated event after it
        "Markets in Kirkuk stayed shut on Sunday. A drone hit a truck near the airport.",
    ],
)
def test_an_event_with_a_day_or_a_toll_takes_the_scene_of_the_sentence_before(ex, text):
    assert _places(ex, text) == [("Kirkuk", "Iraq")]


def test_a_vague_mention_of_the_event_lends_its_sea_to_the_event_told_by_its_means(ex):
    """The sea named in "the first attack ... on a freighter ... in the Arabian Sea" is the scene of the missile
    strike the same sentence tells, though the vague mention's clause holds it."""
    text = (
        "Reportedly the first attack by the rebels on a freighter far out in the Arabian Sea in weeks, the raid left"
        " a Greek tanker ablaze and its sailors fled after a suspected missile strike."
    )
    assert ("Arabian Sea", None) in _places(ex, text)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (
            "Chad's army is stretched thin. Chadian troops hold few roads.\n\nRaiders stormed a police post in the far"
            " north of the nation on Tuesday, killing five officers.",
            ("the far north of the nation", "Chad"),
        ),
        (
            "Chad's army is stretched thin. Chadian troops hold few roads.\n\nRaiders stormed a police post in the"
            " country's east on Tuesday, killing five officers.",
            ("the country's east", "Chad"),
        ),
        (
            "Mali's junta took power in 2021.\n\nThe rulers of Mali have little grip on the desert, and raiders"
            " recently killed 30 herders in a raid on a market in the northeast.",
            ("the northeast", "Mali"),
        ),
    ],
)
def test_a_quarter_of_the_country_places_an_event_told_with_no_place(ex, text, where):
    """ "in the far north of the nation", "in the country's east", "in the northeast": a part of the country the
    story is about, written as the text writes it, for an event whose clause names no other place."""
    assert where in _places(ex, text)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # a named town is the scene, whatever quarter is told beside it
        (
            "Chad's army is stretched thin. Chadian troops hold few roads.\n\nRaiders stormed a police post in Faya in the far"
            " north of the nation on Tuesday, killing five officers.",
            ("Faya", "Chad"),
        ),
        # a quarter of a named province is that province's
        ("Raiders stormed a police post in the south of Kordofan on Tuesday, killing five officers.", ("Kordofan", "Sudan")),
    ],
)
def test_a_quarter_of_the_country_does_not_override_a_named_place(ex, text, where):
    assert _places(ex, text) == [where]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (
            "Syria said on Sunday that militia gunmen had killed two of its conscripts near the border with Lebanon.",
            ("the border with Lebanon", "Syria"),
        ),
        (
            "Laos and Thailand agreed a truce late Monday after Lao troops clashed with Thai soldiers on their shared"
            " border, killing three.",
            ("their shared border", "Thailand"),
        ),
        (
            "Thailand and Laos traded blame on Monday. Fighting erupted on Friday when a buried mine blew up along"
            " the border and wounded four soldiers.",
            ("the border", "Laos"),
        ),
    ],
)
def test_an_unnamed_border_places_an_event_told_with_its_toll(ex, text, where):
    """A border no name places ("along the border", "near the border with X") is where an event that counts its
    dead or wounded happened, on the side of the country named last (not the one after "with")."""
    assert where in _places(ex, text)


def test_an_unnamed_border_does_not_place_a_habit_told_without_a_toll(ex):
    text = "Laos and Thailand agreed a truce late Monday. Lao troops have often clashed with Thai soldiers along the border."
    assert _places(ex, text) == []


def _placed(ex: Extractor, text: str) -> list[tuple[str, str | None]]:
    facts = ex.extract(text, id="t", published=date(2024, 3, 10))
    return [(i.type, i.location) for i in facts.incidents]


@pytest.mark.parametrize(
    ("text", "kind", "where"),
    [
        # the event an answer answers takes no place the answer's side of the sentence names
        (
            "Israeli jets struck radar sites in Iran on Saturday, the army said. Washington called the raids on"
            " air-defence posts in Iran lawful self-defense in response to Tehran's ballistic missile attack"
            " on March 1.",
            "missile_attack",
            "Iran",
        ),
        # nor the story's place from the sentence before
        (
            "Israeli jets struck radar sites in Iran on Saturday, the army said. The raid came in retaliation for"
            " Tehran's ballistic missile attack on March 1.",
            "missile_attack",
            "Iran",
        ),
    ],
)
def test_the_event_an_answer_follows_takes_no_place_across_the_link(ex, text, kind, where):
    assert (kind, where) not in _placed(ex, text)


@pytest.mark.parametrize(
    ("text", "kind", "where"),
    [
        # control: the place on the event's own side is still taken
        ("Rockets were fired from Lebanon on Friday, following an air strike in Tyre.", "air_strike", "Tyre"),
        # control: "following" tells no answer: the strike is at the fires it set
        (
            "Fires raged at a fuel depot in Port Sudan on Tuesday following another drone strike, witnesses said.",
            "drone_attack",
            "Port Sudan",
        ),
        # control: "the following day" links no answer
        ("A drone was shot down over Kharkiv on Monday, and rockets hit the following day.", "rocket_attack", "Kharkiv"),
        # control: an answer told first, its own place after the link words
        ("In response to the raid, jets struck a depot in Belgorod on Sunday.", "air_strike", "Belgorod"),
        # control: a follow-up of the story's event keeps the story's place
        ("Jets struck a depot in Beirut on Tuesday. A second strike hit the same area an hour later, killing two.",
         "air_strike", "Beirut"),
    ],
)
def test_a_place_on_the_events_side_of_the_answer_link_is_kept(ex, text, kind, where):
    assert (kind, where) in _placed(ex, text)


def test_a_town_told_with_another_province_than_the_world_lists_namesake_is_placed_in_that_province(ex):
    """'in Dutse, Kaduna State': the world list's Dutse lies in Jigawa, nearer that state's point than
    Kaduna's; the town meant is another Dutse, placed in the state told after the comma, there and where
    the story names it again."""
    text = (
        "Bandits bombed a passenger train in Dutse, Kaduna State on Monday evening, killing seven travellers.\n\n"
        "Witnesses said the gunmen fired on the carriages around Dutse before fleeing into the forest."
    )
    facts = ex.extract(text, id="t", published=date(2024, 3, 10))
    assert [(i.location, i.lat) for i in facts.incidents][:1] == [("Dutse, Kaduna State", None)]


def test_a_town_told_with_its_own_province_keeps_its_point(ex):
    """Near-miss control: 'Dutse, Jigawa State' is the world list's Dutse, on its point."""
    facts = ex.extract("Bandits bombed a passenger train in Dutse, Jigawa State on Monday evening, killing seven travellers.", id="t", published=date(2024, 3, 10))  # fmt: skip
    assert [(i.location, i.lat is not None) for i in facts.incidents] == [("Dutse", True)]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Al-Shabaab fighters attacked a military base in Bardera on Friday, killing five soldiers.", "Somalia"),
        ("Boko Haram fighters attacked a military base in Malam Fatori on Friday, killing eight soldiers.", "Nigeria"),
    ],
)
def test_an_unknown_spot_a_home_grown_group_attacked_on_the_ground_is_in_its_country(ex, text, country):
    """A spot no gazetteer knows, attacked on the ground by an armed group of one country, in a story
    naming no other country: the group's country."""
    assert _places(ex, text)[0][1] == country


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab fighters attacked a military base in Bardera on Friday, killing five Kenyan soldiers.",
        "Al-Shabaab fighters and Kenyan troops clashed in Bardera on Friday, killing five.",
    ],
)
def test_an_unknown_spot_in_a_story_naming_another_country_gets_no_groups_country(ex, text):
    """Near misses: another country named, or a state's forces among the doers: no country guessed."""
    assert _places(ex, text)[0][1] is None


def test_clashes_told_after_a_seizure_in_the_datelines_sentence_are_at_the_seized_town(ex):
    # the clause "after two days of clashes" names no place of its own: the fight is the seizure's, not one
    # at the town the reporter files from
    text = (
        "GOMA, Feb 10 - Rebels captured the town of Sake, west of the lake, on Sunday after two days of"
        " clashes with government troops, residents said."
    )
    assert _places(ex, text) == [("Sake", "Democratic Republic of Congo")]


def test_an_event_of_another_kind_in_the_datelines_sentence_is_still_at_the_dateline_town(ex):
    text = "GOMA, Congo, Feb 10 - Rebels captured the town of Sake on Sunday, and a drone struck a market on Monday."
    assert ("Goma", "Democratic Republic of Congo") in _places(ex, text)


@pytest.mark.parametrize(
    "text, country",
    [
        (
            "Air defences destroyed 31 drones overnight, including 15 over the Kursk region, ten over the Belgorod"
            " region and six over the Bryansk region, the ministry said on Sunday.",
            "Russia",
        ),
        ("Air defences shot down 40 drones overnight, 25 of them over the Kyiv region and 15 over the Odesa region.", "Ukraine"),
    ],
)
def test_an_event_broken_down_by_place_is_over_the_whole_country(ex, text, country):
    """Shares told at several places ('15 over X, ten over Y'): one event over the country (GUIDE: one
    country-level item for an operation at several named places), not at the first place named."""
    assert _places(ex, text) == [(country, country)]


def test_an_event_at_one_named_place_keeps_it(ex):
    """Near-miss controls: one place with the whole count, or a target 'including' one spot, narrow it."""
    assert _places(ex, "Air defences shot down 40 drones over the Kyiv region overnight, the air force said.") == [
        ("Kyiv region", "Ukraine")
    ]
    assert _places(ex, "Jets struck targets in Yemen on Monday, including the port of Hodeidah, the army said.")[0][1] == "Yemen"


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Two people were killed in Kotli district on Wednesday when a missile hit the Abbas mosque, officials said.",
            ("Abbas mosque, Kotli district", "Pakistan"),
        ),
        ("Four people died in Mosul on Friday when a bomb hit the Omar school.", ("Omar school, Mosul", "Iraq")),
        ("A bomb hit the Omar school in Mosul on Friday, killing four.", ("Omar school, Mosul", "Iraq")),
    ],
)
def test_a_building_named_like_a_far_village_lies_in_the_town_its_sentence_names(ex, text, told):
    """A mosque or school whose name opens with a village only the world list knows ('Abbas', 'Omar'),
    in a sentence that puts the scene in a town far from that village: the building is named after a
    person and lies in the town told, not at the namesake village (another province, another country)."""
    assert _places(ex, text) == [told]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # a town's own site, beside another town: still that town's
        ("Drones struck Erbil airport and a base near Baghdad on Wednesday.", ("Erbil airport", "Iraq")),
        # no town told as the scene: the speaker's town is no scene, the name keeps its village
        ("A missile hit the Abbas mosque on Wednesday, killing two people, officials in Kotli said.", ("Abbas mosque", "Pakistan")),
    ],
)
def test_a_site_named_after_its_town_or_told_with_no_other_scene_keeps_its_town(ex, text, told):
    """Near misses: a known town's site keeps its town whatever else the sentence names, and a town named
    only as where officials spoke tells no other scene."""
    assert _places(ex, text)[0] == told


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Drones hit high-rise buildings in the Kyivskyi district of Kharkiv on Sunday, killing four.",
            ("Kyivskyi district, Kharkiv", "Ukraine"),
        ),
        (
            "Drones hit buildings in the Shevchenkivskyi district of Kharkiv on Sunday, killing four.",
            ("Shevchenkivskyi district, Kharkiv", "Ukraine"),
        ),
    ],
)
def test_a_district_told_of_a_town_is_that_towns_not_a_far_namesake(ex, text, told):
    """City districts share names across a country ('Kyivskyi', 'Shevchenkivskyi'): one told as a part
    'of' a town is that town's district, not the namesake the world list places in another city."""
    assert _places(ex, text) == [told]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # the town the namesake lies in: the world list's own district, written with that town
        ("Drones hit buildings in the Shevchenkivskyi district of Kyiv on Sunday, killing four.", ("Shevchenkivskyi district, Kyiv", "Ukraine")),
        # no town told: the district as the world list places it
        ("Drones hit buildings in the Kyivskyi district on Sunday, killing four.", ("Kyivskyi district", "Ukraine")),
    ],
)
def test_a_district_of_its_own_town_or_of_no_town_keeps_its_place(ex, text, told):
    """Near misses: a district told of the town it lies in, or of none, is read as before."""
    assert _places(ex, text) == [told]


@pytest.mark.parametrize(
    "text, scene",
    [
        # a district named after its seat, told as where the town lies: the town is the scene
        ("An Indian missile struck a seminary in Muridke, in Sheikhupura district, overnight, killing three people.", "Muridke"),
        ("Militants attacked a police post in Dera Ismail Khan, in Tank district, on Monday, killing two officers.", "Dera Ismail Khan"),
        ("Militants attacked a police post in Kotli, in Kotli district, on Monday, killing two officers.", "Kotli"),
        # near-miss controls: a city's own district named after no town is the finer spot; a district alone
        ("A bomb exploded at a school in Kabul, in Dasht-e-Barchi district, on Monday, killing six students.", "Dasht-e-Barchi district, Kabul"),
        ("A missile hit a seminary in Sheikhupura district on Wednesday, killing two people, police said.", "Sheikhupura district"),
    ],
)
def test_a_town_told_with_the_district_it_lies_in_is_the_scene(ex, text, scene):
    (inc,) = ex.extract(text, id="t", published=date(2025, 5, 7)).incidents
    assert inc.location == scene
