"""The article's lead event (lead.py): retellings folded into it, its type read from all its facets."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _incidents(ex: Extractor, text: str):
    return ex.extract(text, id="t", published=date(2026, 3, 4)).incidents


def test_aircraft_retold_with_missiles_is_one_air_strike(ex):
    """Jets named anywhere in the lead's retellings make it an air strike, told once."""
    text = (
        "Warplanes struck a government compound in Halvaria on Tuesday, killing four guards. "
        "The regional governor condemned the raid in a statement. "
        "Officials said the compound was hit by five missiles fired by fighter jets."
    )
    got = [i for i in _incidents(ex, text) if i.type != "threat_statement"]
    assert [(i.type, i.location) for i in got] == [("air_strike", "Halvaria")]


def test_blast_retold_as_drone_attack_takes_the_drone(ex):
    """A vague lead ("a blast") takes the means a later sentence names for it at the same spot."""
    text = (
        "A powerful blast shook central Tel Aviv early on Monday, police said. "
        "Residents described broken windows across the block. "
        "The army later said a drone struck a building in Tel Aviv, killing one man."
    )
    got = _incidents(ex, text)
    assert [(i.type, i.location) for i in got] == [("drone_attack", "Tel Aviv")]


def test_clash_with_air_support_stays_a_clash(ex):
    """A fight told first stays a fight when a later sentence adds aircraft over the same town."""
    text = (
        "On 2 March 2026, rebels and army troops clashed in Kidal. "
        "Army aircraft dropped bombs near Kidal. There were no casualties."
    )
    got = _incidents(ex, text)
    assert [i.type for i in got] == ["armed_clash"]


def test_impacts_of_a_wider_barrage_stay_apart(ex):
    """An impact of another weapon or count at a spot is a part of the barrage, not the lead retold."""
    text = (
        "Russia fired nine cruise missiles at Ukraine overnight, the air force said on Wednesday. "
        "In Odesa, a drone struck a warehouse, injuring two workers."
    )
    got = _incidents(ex, text)
    assert len(got) == 2


def test_missile_and_rocket_retellings_are_one_attack(ex):
    """Outlets call the same projectile a missile and a rocket: one attack at the town."""
    text = (
        "A missile attack on the town of Kiryat Shmona killed three people on Sunday. "
        "Rescue teams searched the rubble through the night. "
        "A rocket attack on a school in Kiryat Shmona has killed three people, officials said."
    )
    got = _incidents(ex, text)
    assert [(i.type, i.location) for i in got] == [("missile_attack", "Kiryat Shmona")]


def test_a_ship_struck_with_a_weapon_fired_named_next_to_it_is_a_missile_attack(ex):
    """A strike on a vessel with no aircraft named, told beside something fired from afar: a missile attack at sea."""
    text = (
        "On Tuesday a cargo ship was struck in the Red Sea, a maritime security firm said. Rebels claimed it "
        "and said they had fired two missiles."
    )
    got = _incidents(ex, text)
    assert [(i.type, i.location) for i in got] == [("missile_attack", "Red Sea")]


def test_a_ship_struck_by_means_no_sentence_near_it_names_stays_untold(ex):
    """A weapon named only paragraphs away is another event's: the ship's attack keeps its untold means."""
    text = (
        "Rebels fired two missiles at a base in the desert on Monday. "
        "Officials inspected the damage. Engineers repaired the runway. Flights resumed at noon. "
        "On Tuesday a cargo ship was struck in the Red Sea, a maritime security firm said. Rebels claimed it."
    )
    got = _incidents(ex, text)
    assert [(i.type, i.location) for i in got if i.location == "Red Sea"] == [("other", "Red Sea")]


def test_the_named_ship_retold_from_the_attackers_country_is_the_lead(ex):
    """The rebels' account of the same named ship, placed only in their country, is the lead retold."""
    text = (
        "Two sailors were killed when missiles struck the bulk carrier Morning Pearl in the Gulf of Aden. "
        "Shipping firms rerouted vessels around Africa. "
        "A rebel spokesman in Yemen said the Morning Pearl was struck after ignoring warnings."
    )
    got = [i for i in _incidents(ex, text) if i.type != "threat_statement"]
    assert [(i.type, i.location) for i in got] == [("missile_attack", "Gulf of Aden")]


def test_a_blast_near_a_ship_stays_a_blast(ex):
    """Nothing is said to have struck the ship: an explosion reported near it is an explosion."""
    text = "On Tuesday a cargo ship reported an explosion near the vessel in the Red Sea. Rebels denied it."
    got = _incidents(ex, text)
    assert [i.type for i in got] == ["explosion"]


def test_an_attack_by_an_army_retold_as_the_strike_is_an_air_strike(ex):
    """An attack typed a fight only because an army did it is an air strike when the next sentence
    calls it "the strike"; a ground attack whose air support strikes on its own stays a fight."""
    text = (
        "On Monday the Turkish army said it had attacked the entrance of the defence ministry in Homs. "
        "The strike was ordered by the government, the army said."
    )
    assert [i.type for i in _incidents(ex, text)] == ["air_strike"]
    text = (
        "On 2 March 2026, rebel forces attacked the army, but were repelled near Kidal. "
        "Army jets struck the forest near Kidal. Casualties unknown."
    )
    assert [i.type for i in _incidents(ex, text)] == ["armed_clash"]


def test_an_undated_event_is_news_of_the_report_unless_told_as_past(ex):
    """Told with no day far from any dated event, an attack is news of the report's day or the day
    before; one told as background ("had", "in retaliation for") keeps no date."""
    text = (
        "Jets struck a depot in Mosul on Sunday, killing two guards. "
        "The governor condemned the raid. Talks on a truce went on in Baghdad. "
        "Diplomats met for five hours. Aid groups asked for access. Prices of fuel rose. "
        "A drone hit a checkpoint in Kirkuk, police said. "
        "Militias had shelled Basra, a resident recalled. "
        "A rebel group fired rockets at Erbil in retaliation for airstrikes on Tikrit."
    )
    got = {(i.type, i.location): i.date for i in _incidents(ex, text)}
    assert got[("air_strike", "Mosul")] == "2026-03-01"
    assert got[("drone_attack", "Kirkuk")] == "2026-03-03/2026-03-04"
    assert got[("shelling", "Basra")] is None
    assert got[("air_strike", "Tikrit")] is None


@pytest.mark.parametrize(
    "second",
    [
        "They reported that air strikes later hit a camp near Maiduguri on Friday.",
        "The army confirmed that artillery strikes had hit rebel positions near Maiduguri on Friday.",
    ],
)
def test_strikes_told_after_a_saying_that_are_no_name_for_the_lead(ex, second):
    """'reported that air strikes hit ...': "that" after a verb of saying opens what was said, strikes of
    their own elsewhere; the gunmen's attack told first stays a fight, not an air strike."""
    text = f"Police said gunmen attacked a checkpoint in Kano on Friday. {second}"
    got = [(i.type, i.location) for i in _incidents(ex, text)]
    assert got[0] == ("armed_clash", "Kano")
    assert len(got) == 2


def test_a_town_in_the_province_told_first_is_where_the_lead_happened(ex):
    """A lead placed in a province, retold at a town the gazetteer puts in it (near its centre), is one
    event at that town (the closer place), even when the retelling names no reference or toll."""
    text = (
        "Three soldiers killed in insurgent attack in Nineveh\n\n"
        "Three soldiers were killed after insurgents opened fire on an army checkpoint in western Nineveh "
        "province on Sunday.\n\nThe interior ministry confirmed the deaths in a statement late Sunday.\n\n"
        "\u201cInsurgents fired on a post of the 4th battalion in the Tal Afar area on the Nineveh road,\u201d "
        "the statement said."
    )
    got = [(i.type, i.location) for i in ex.extract(text, id="t").incidents]
    assert got == [("armed_clash", "Tal Afar area")]


@pytest.mark.parametrize(
    ("clause", "further"),
    [
        ("Five people were killed and another 14 were wounded in the shooting", False),
        ("another three were hurt when the bus was hit", False),
        ("gunmen fired on a post of the second battalion near the dam", False),
        ("blasts set two trucks ablaze in separate yards near the port", False),
        ("another attack hit the port", True),
        ("a second strike hit the market", True),
        ("in a separate attack, gunmen fired on a bus", True),
        ("another two drones struck the depot", True),
    ],
)
def test_a_further_event_is_told_of_an_event_not_of_victims_units_or_places(clause, further):
    """NEW_EVENT (which keeps a mention from being the lead or its retelling) reads "another", "second"
    and "separate" as a further event, not "another 14 were wounded" (more victims of the same one), a
    unit ("the second battalion") or places ("separate yards")."""
    from reporter.extract.candidates import NEW_EVENT

    assert bool(NEW_EVENT.search(clause)) is further


@pytest.mark.parametrize(
    ("preamble", "lead"),
    [
        ("The road north of the city was quiet for most of the week.\n\nFarmers were out in the fields at dawn.", 0),
        ("Officials condemned the ambush in a brief statement.\n\nFarmers were out in the fields at dawn.", None),
    ],
)
def test_lines_that_tell_no_event_leave_the_lead_its_place(ex, preamble, lead):
    """Byline and date lines and a preamble that tells no event do not push the lead out of the opening:
    the first event after them is the lead; a preamble line that tells of an event still does."""
    from reporter.extract import lead as lead_mod
    from reporter.extract.document import Document
    from reporter.extract.incidents import Linker, sentence_candidates

    text = (
        "Three soldiers killed in insurgent attack in Nineveh\n\nBy Staff Reporter\n\nUpdated 4 March 2026\n\n"
        f"{preamble}\n\nThree soldiers were killed after insurgents opened fire on an army checkpoint in "
        "western Nineveh province on Sunday.\n\nThe interior ministry confirmed the deaths late Sunday."
    )
    art = Document.read(text, date(2026, 3, 4), ex.lexicon)
    linker = Linker(art)
    for s_idx in range(3, len(art.sentences)):
        for c in sentence_candidates(art, s_idx):
            linker.add(c)
    assert linker.events
    assert lead_mod._lead_index(art, linker.events) == lead


def test_an_undated_pages_undated_lead_is_of_the_day_the_story_tells(ex):
    """With no publication date, an event told without a day and not as past is of the story's days:
    the day of the event last dated to a day before it, or of the first one dated when none is."""
    text = (
        "Rockets hit a market in Tuz Khurmatu, wounding three people. Police closed the roads. "
        "Schools stayed shut. Traders kept their shops closed. Residents queued for bread.\n\n"
        "On 3 May 2024 a roadside bomb killed two soldiers near Kirkuk."
    )
    got = {i.location: i.date for i in ex.extract(text, id="t").incidents}
    assert got == {"Tuz Khurmatu": "2024-05-03", "Kirkuk": "2024-05-03"}


def test_a_retelling_dated_by_its_statement_is_the_lead_of_the_day_before(ex):
    """"The army said in a Wednesday statement that ... was killed in a strike" tells the day of the saying: the
    strike told first on Tuesday, retold by its doer at a spot in the town, is one strike (its own toll aside)."""
    text = (
        "The Ruritanian army said on Wednesday it had killed a militia leader in an airstrike on Beirut the "
        "previous day. Markets stayed shut across the city. The army said in a Wednesday statement that the leader "
        "was killed in a strike by Ruritanian jets on a tower in Beirut's southern suburbs at night, a strike which killed six people."
    )
    got = ex.extract(text, id="t", published=date(2026, 3, 4)).incidents
    assert [(i.type, i.date) for i in got] == [("air_strike", "2026-03-03")]


def test_a_strike_told_on_a_day_of_its_own_stays_apart(ex):
    """A strike at a spot in the town on a later day of its own (not its statement's) is another strike."""
    text = (
        "The Ruritanian army said on Wednesday it had killed a militia leader in an airstrike on Beirut the "
        "previous day. Markets stayed shut across the city. Ruritanian jets struck a tower in Beirut's southern "
        "suburbs on Wednesday, killing six people."
    )
    got = ex.extract(text, id="t", published=date(2026, 3, 4)).incidents
    assert sorted(i.date for i in got) == ["2026-03-03", "2026-03-04"]


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        # the story looks back on an attack "of late": no day the text gives, so none
        ("Detectives named the cell behind the recent suicide blast by Quetta airport, which left four guards dead.", False),
        ("Police arrested two suspects over the recent bomb attack on a market in Peshawar that killed six people.", False),
        # control: the same lead told without "recent" is news of the report's day or the one before
        ("Detectives named the cell behind the suicide blast by Quetta airport, which left four guards dead.", True),
    ],
)
def test_a_lead_told_as_recent_is_no_news_of_the_day(ex, text, dated):
    """GUIDE: a background event gets a date only when the text gives one; 'the recent bombing' is one
    the story looks back on, not the report's news."""
    got = [i.date for i in _incidents(ex, text) if i.type != "threat_statement"]
    assert got and all((d is not None) == dated for d in got)


def _dates(ex: Extractor, text: str) -> list[str | None]:
    return [i.date for i in ex.extract(text, id="t", published=date(2026, 3, 4)).incidents]


def test_any_verb_of_saying_backshifts_a_past_perfect(ex):
    """ "a ministry noted that a depot had been struck": every verb of saying speech.py lists, not only
    "reported", puts a past perfect after it in the report's tense (news of its days); "had been struck"
    with no verb of saying before it stays background, undated."""
    lead = "Gunmen attacked a police post in Kirkuk, killing two officers.\n\n"
    noted = _dates(ex, lead + "Separately, the ministry noted that a fuel depot had been struck by a drone in Basra.")
    assert noted == ["2026-03-03/2026-03-04", "2026-03-03/2026-03-04"]
    bare = _dates(ex, lead + "Separately, a fuel depot had been struck by a drone in Basra.")
    assert bare == ["2026-03-03/2026-03-04", None]


def test_a_third_party_s_raid_after_a_fight_stays_apart(ex):
    """Jets of a party the fight's sentence never names, striking at its town, raid on their own: no
    support fire of the fight's sides (and lend the fight no doer)."""
    text = (
        "Herders and farmers clashed in the town of Jaramana on 2 March 2026, killing 14 people. "
        "Israeli warplanes struck several trucks in Jaramana on 2 March 2026."
    )
    got = _incidents(ex, text)
    assert [(i.type, i.actors) for i in got] == [("armed_clash", ()), ("air_strike", ("Israel",))]


def test_a_side_s_own_jets_after_a_fight_are_its_support(ex):
    """Jets of a side the fight's sentence names, over its town that day, are that fight's air support."""
    text = (
        "Syrian troops and rebels clashed in the town of Jaramana on 2 March 2026, killing 14 people. "
        "Syrian warplanes struck rebel trucks in Jaramana on 2 March 2026."
    )
    got = _incidents(ex, text)
    assert [i.type for i in got] == ["armed_clash"]
