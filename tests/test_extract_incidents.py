"""Incidents: one per event, typed and dated; references merge; negations, plans and patterns make none."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reporter.extract import Extractor
from reporter.sources.document import parse_text

FIXTURES = Path(__file__).parent / "fixtures" / "extract"


def facts_of(ex: Extractor, name: str):
    doc = parse_text((FIXTURES / name).read_text())
    return ex.extract(doc.text, id=name, published=doc.published.date() if doc.published else None)


def test_overnight_barrage_interception_and_debris(ex):
    """A national barrage, its interception and debris falling on a district are three incidents (drones
    and missiles in one salvo make a missile attack counted whole, as the annotation guide has it)."""
    incidents = facts_of(ex, "kyiv_overnight.txt").incidents
    summary = [(i.type, i.location, i.date, i.count) for i in incidents]
    assert summary[:3] == [
        ("missile_attack", "Ukraine", "2025-07-09/2025-07-10", 418),
        ("interception", "Ukraine", "2025-07-09/2025-07-10", 385),  # 370 of the drones and 15 of the missiles
        ("crash", "Shevchenkivskyi district", "2025-07-09/2025-07-10", 1),
    ]
    assert incidents[0].actors == ("Russia",) and incidents[0].casualties.killed == 2
    assert ("air_strike", "Saratov region", "2025-07-08") in [(i.type, i.location, i.date) for i in incidents]


def test_strike_and_threat_with_dateline(ex):
    """An air strike dated by weekday and a named group's warning; the dateline city is no place."""
    strike, threat = facts_of(ex, "gaza_strike.txt").incidents
    assert (strike.type, strike.location, strike.date, strike.actors) == (
        "air_strike",
        "Gaza City",
        "2025-08-03",
        ("Israel",),
    )
    assert strike.casualties.killed == 14 and strike.attribution.startswith("civil defence agency")
    assert (threat.type, threat.actors, threat.country) == (
        "threat_statement",
        ("Hamas",),
        "Palestine",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The factions have carried out no attacks on US bases since February.",
        "Analysts say Hezbollah could launch rockets at Israel if the war widens.",
        "The new border rules potentially invite clashes between herders and troops near Gao, officials said on Monday.",
        "The base has been a frequent target of rocket attacks since the war began.",
        "US forces have been attacked more than 160 times since October.",
        "A spokesman denied that the group had carried out Sunday's drone attack.",
        "The army plans to strike militant positions in the coming weeks.",
        "The army approved operational plans for an attack in Lebanon on Tuesday.",
        "On Sunday the cabinet discussed plans for a ground offensive on the rebel stronghold of Kidal.",
        "Iraq kept their World Cup hopes alive as a stoppage-time strike from the striker sealed the win "
        "in front of 60,000 fans at the stadium; the coach praised the players after the match.",
    ],
)
def test_non_events_make_no_incident(ex, text):
    """Negated, hypothetical, generic, denied, planned and sporting 'attacks' are not incidents."""
    assert ex.extract(text, id="x", published=date(2025, 3, 12)).incidents == ()


def test_references_enrich_instead_of_repeating(ex):
    """'The drones were downed ...' refines the first interception rather than adding a second one."""
    text = (
        "Two drones sent from Iran toward Israel were shot down over Iraq by the US-led coalition, officials said. "
        "Coalition forces brought the drones down at the Ain al-Asad airbase in the night from Saturday to Sunday."
    )
    (one,) = ex.extract(text, id="x", published=date(2025, 6, 15)).incidents
    assert (one.type, one.location, one.date, one.count, one.origin, one.destination) == (
        "interception", "Ain al-Asad airbase", "2025-06-14/2025-06-15", 2, "Iran", "Israel",
    )  # fmt: skip
    assert one.evidence == text


def test_every_string_is_grounded(ex):
    """Evidence of every fact is a verbatim slice of the article."""
    for name in ("kyiv_overnight.txt", "gaza_strike.txt", "posture_words.txt"):
        doc = parse_text((FIXTURES / name).read_text())
        facts = facts_of(ex, name)
        for item in (*facts.incidents, *facts.troop_posture, *facts.milestones):
            assert item.evidence in doc.text


def test_background_events_are_dated_as_far_as_the_text_allows(ex):
    """An analysis piece's past events are incidents with day, month or range dates; patterns are not."""
    summary = [(i.type, i.location, i.date) for i in facts_of(ex, "probe_analysis.txt").incidents]
    assert ("drone_attack", "Tower 22", "2024-01-28") in summary
    assert ("missile_attack", "Ain al-Asad air base", "2020-01-08") in summary
    assert ("drone_attack", "Baghdad International Airport", "2020-01-01/2020-01-31") in summary
    assert ("missile_attack", "Abqaiq", "2019-09-01/2019-09-30") in summary
    assert ("drone_attack", "Baghdad", "2024-02-07") in summary  # "five days later" than Feb. 2
    assert not any("170" in (i.evidence or "") for i in facts_of(ex, "probe_analysis.txt").incidents)


def test_off_topic_articles_give_no_incidents(ex):
    """Storms, price wars and drills borrow war words but report no incident."""
    for name in ("offtopic_storm.txt", "offtopic_business.txt", "probe_drills.txt"):
        assert facts_of(ex, name).incidents == ()


def _told(text: str, s_idx: int):
    """The one event a self-written sentence tells, as if told in sentence ``s_idx`` of a longer report."""
    from dataclasses import replace

    from reporter.extract.document import Document
    from reporter.extract.incidents import incident_events

    art = Document.read(text, date(2030, 5, 10), Extractor().lexicon)
    (event,) = incident_events(art)
    return art, replace(event, s_idx=s_idx)


def test_an_event_told_again_far_from_its_story_is_one_event():
    """One record per real event: a retelling of the same kind, days and spot adds its toll to the
    first telling; another day, another doer or a threat stays an event of its own."""
    from reporter.extract.incidents import _one_per_event

    _, first = _told("Coalition jets bombed a depot in Syria on 8 May 2030.", 2)
    art, again = _told("A coalition air strike in Syria on 8 May 2030 killed three fighters.", 9)
    (one,) = _one_per_event(art, [first, again])
    assert (one.type, one.place.name, one.killed) == ("air_strike", "Syria", 3)
    for text in (
        "A coalition air strike in Syria on 10 May 2030 killed three fighters.",
        "Russian jets bombed a depot in Syria on 8 May 2030.",
        "Another coalition air strike in Syria on 8 May 2030 killed three fighters.",
    ):
        art, other = _told(text, 9)
        assert len(_one_per_event(art, [first, other])) == 2, text


def test_another_blow_at_the_same_town_that_day_is_the_same_event():
    """ "Another" or "a second" blow of the same kind at the same named town or spot on the same day
    is the one event told piece by piece; on another day, at another town, or at a site of its own
    (a school the first telling did not name), it stays an event apart."""
    first = "Rebel drones struck an army depot in Kidal on 8 May 2030. Residents fled to the hills. "

    def told(second):
        facts = Extractor().extract(first + second, id="t", published=date(2030, 5, 10))
        return [(i.type, i.location) for i in facts.incidents]

    for second in (
        "Another rebel drone struck a fuel store in Kidal on 8 May 2030.",
        "A second rebel drone hit the town on 8 May 2030, wounding two guards.",
    ):
        assert told(second) == [("drone_attack", "Kidal")], second
    for second in (
        "Another rebel drone struck a fuel store in Kidal on 9 May 2030.",
        "Another rebel drone struck a fuel store in Gao on 8 May 2030.",
        "Another rebel drone struck a school in Kidal on 8 May 2030.",
    ):
        assert len(told(second)) == 2, second


def test_the_same_kind_of_blow_in_a_town_and_its_province_that_day_is_one_event():
    """A town and the province around it, the same day and the same type of attack, with no doer named on
    either side: one event told at two scales. Another type (a drone and jets) stays two events."""
    from reporter.extract.incidents import _one_per_event

    _, first = _told("A drone hit a fuel depot in Donetsk Oblast on 8 May 2030.", 2)
    art, again = _told("A drone struck a school in Kramatorsk on 8 May 2030.", 6)
    (one,) = _one_per_event(art, [first, again])
    assert (one.type, one.place.name) == ("drone_attack", "Kramatorsk")
    art, other = _told("Jets bombed a school in Kramatorsk on 8 May 2030.", 6)
    assert len(_one_per_event(art, [first, other])) == 2


def test_the_lead_told_again_at_a_spot_in_its_town_is_one_event():
    """The lead event told again the same day at a spot no gazetteer knows (a junction, a hotel) is that
    event told at a finer scale; a spot telling a toll of its own, or a spot told in another town, stays
    an event apart."""
    lead = "Twin car bombs killed twenty people in Mogadishu on Saturday, police said. Shops closed early. "

    def told(second):
        facts = Extractor().extract(lead + second, id="t", published=date(2030, 5, 10))
        return [(i.type, i.location, i.casualties.killed) for i in facts.incidents]

    assert told("Two vehicles loaded with explosives blew up near the busy Dhagaxley junction on Saturday afternoon.") == [
        ("explosion", "Mogadishu", 20)
    ]
    for second in (
        "Two vehicles loaded with explosives blew up near the busy Dhagaxley junction on Saturday, killing four.",
        "Two vehicles loaded with explosives blew up near the busy Dhagaxley junction in Kismayo on Saturday.",
    ):
        assert len(told(second)) == 2, second


def test_the_lead_site_named_again_by_another_kind_word_is_one_event():
    """The lead told at a site in a town (the "X College" in a city), then told again the same day at a site
    with no town of its own named as that one but for its kind word (the "X Academy"), is the lead's site named
    another way. A site named otherwise, a site placed in another town, one with a toll of its own or one told
    as a further blow stays an event apart."""
    lead = "On Thursday, forty cadets were killed by a drone attack on a parade at Homs's Military College. "

    def told(second):
        facts = Extractor().extract(lead + second, id="t", published=date(2030, 5, 10))
        return [(i.type, i.location, i.casualties.killed) for i in facts.incidents]

    assert told("Rebels carried out a drone attack on the parade at the Military Academy, the army said.") == [
        ("drone_attack", "Military College, Homs", 40)
    ]
    for second in (
        "Rebels carried out a drone attack on the parade at the Naval Academy, the army said.",
        "Rebels carried out a drone attack on the parade at the Military Academy in Hama, the army said.",
        "Rebels carried out a drone attack on the Military Academy, wounding three guards, the army said.",
        "On Thursday another drone struck the Military Academy, the army said.",
    ):
        assert len(told(second)) == 2, second


def test_the_same_toll_the_same_day_in_one_country_is_one_event():
    """Two tellings of one type on the same days in one country with the very same death toll are one event,
    even at two towns (a suburb told once as its city); another toll, another day, another type or a toll of
    one or two stays apart."""
    from reporter.extract.incidents import _one_per_event

    _, first = _told("Gunmen killed sixty people at a concert hall in Moscow on 8 May 2030.", 1)
    art, again = _told("Gunmen attacked a concert hall in Krasnogorsk on 8 May 2030, killing sixty people.", 4)
    (one,) = _one_per_event(art, [first, again])
    assert (one.type, one.killed) == ("armed_clash", 60)
    for text in (
        "Gunmen attacked a concert hall in Krasnogorsk on 8 May 2030, killing twelve people.",
        "Gunmen attacked a concert hall in Krasnogorsk on 9 May 2030, killing sixty people.",
        "A drone hit a concert hall in Krasnogorsk on 8 May 2030, killing sixty people.",
    ):
        art, other = _told(text, 4)
        assert len(_one_per_event(art, [first, other])) == 2, text
    # a toll of two is shared by chance
    _, first = _told("Gunmen killed two people at a market in Moscow on 8 May 2030.", 1)
    art, other = _told("Gunmen attacked a checkpoint in Krasnogorsk on 8 May 2030, killing two people.", 4)
    assert len(_one_per_event(art, [first, other])) == 2


def test_an_undated_telling_at_the_one_dated_spot_is_that_event():
    """An event told without a day at a town where the report dates exactly one event of its kind is that
    event told again; with two dated there, or another toll, it stays apart."""
    from dataclasses import replace

    from reporter.extract.incidents import _one_per_event

    # (told alone, a sentence is its report's lead and takes the report's day: the day is taken away)
    _, undated = _told("Gunmen had attacked a checkpoint in Mosul, residents said.", 2)
    undated = replace(undated, date=None, date_q=0)
    art, dated = _told("Gunmen attacked a checkpoint in Mosul on 8 May 2030, killing five soldiers.", 9)
    (one,) = _one_per_event(art, [undated, dated])
    assert (one.type, one.place.name, one.date.iso(), one.killed) == ("armed_clash", "Mosul", "2030-05-08", 5)
    _, earlier = _told("Gunmen attacked a checkpoint in Mosul on 2 May 2030, killing two soldiers.", 5)
    assert len(_one_per_event(art, [undated, earlier, dated])) == 3
    _, tolled = _told("Gunmen had attacked a checkpoint in Mosul, killing two soldiers, residents said.", 2)
    assert len(_one_per_event(art, [replace(tolled, date=None, date_q=0), dated])) == 2
    # a sea is such a place too
    _, at_sea = _told("A drone had struck a tanker in the Red Sea, the navy said.", 2)
    art, dated_at_sea = _told("A drone struck a tanker in the Red Sea on 8 May 2030.", 9)
    (one,) = _one_per_event(art, [replace(at_sea, date=None, date_q=0), dated_at_sea])
    assert (one.type, one.place.name, one.date.iso()) == ("drone_attack", "Red Sea", "2030-05-08")
    # and so is a country, when the report dates one event of the kind in it: the town is the place
    _, in_country = _told("Rebels had attacked an army post in Mali, the army said.", 2)
    art, in_town = _told("Rebels attacked an army post in Kidal on 8 May 2030.", 9)
    (one,) = _one_per_event(art, [replace(in_country, date=None, date_q=0), in_town])
    assert (one.type, one.place.name, one.date.iso()) == ("armed_clash", "Kidal", "2030-05-08")


def test_an_undated_telling_that_continues_the_story_joins_the_undated_one_before():
    """On a page with no day, an event told again further down, of the same type at the same town, joins the
    first telling when it continues the story (it takes what it lacks from the sentences before); told in
    its own right, or with a toll of its own, it stays apart."""
    from dataclasses import replace

    from reporter.extract.incidents import _one_per_event

    def undated(text, s_idx, **kw):
        art, c = _told(text, s_idx)
        return art, replace(c, date=None, date_q=0, **kw)

    _, first = undated("Gunmen killed five people at a market in Kaduna, police said.", 1)
    art, again = undated("The gunmen opened fire at a market in Kaduna, police said.", 2, inherited=True)
    (one,) = _one_per_event(art, [first, again])
    assert (one.type, one.place.name, one.killed) == ("armed_clash", "Kaduna", 5)
    assert len(_one_per_event(art, [first, replace(again, inherited=False)])) == 2
    art, other = undated("Gunmen killed two people at a market in Kaduna, police said.", 2, inherited=True)
    assert len(_one_per_event(art, [first, other])) == 2
    # the lead told on at a spot of its town no gazetteer knows
    _, lead = undated("Twin car bombs killed twenty people in Mogadishu, police said.", 0)
    art, spot = undated("Two vehicles loaded with explosives blew up near the Dhagaxley junction.", 3, inherited=True)
    (one,) = _one_per_event(art, [lead, spot])
    assert (one.type, one.place.name, one.killed) == ("explosion", "Mogadishu", 20)


def test_a_headline_tells_the_event_a_body_gives_no_scene():
    """A headline is a title, passed over while the body tells the event; when the body names no event
    with a scene, the headline's is the article's event (and only then: the body's telling wins)."""
    from reporter.extract.document import Document
    from reporter.extract.incidents import incident_events

    body = (
        "The owners of both vessels said the crews were safe and the ships were sailing on to port. "
        "Insurers said premiums for the route would rise again."
    )
    lexicon = Extractor().lexicon
    art = Document.read("Two cargo ships attacked by drones off Hodeidah\n\n" + body, date(2030, 5, 10), lexicon)
    assert [(e.type, e.place.name) for e in incident_events(art)] == [("drone_attack", "Hodeidah")]
    told = "Drones struck two cargo ships near Mocha on Monday, the owners said. " + body
    art = Document.read("Two cargo ships attacked by drones off Hodeidah\n\n" + told, date(2030, 5, 10), lexicon)
    assert [(e.type, e.place.name) for e in incident_events(art)] == [("drone_attack", "Mocha")]


def test_a_body_telling_only_a_threat_leaves_the_headline_its_event():
    """A body whose only incident is a threat answering the event tells no event of its own: the
    headline's event stands beside the threat."""
    from reporter.extract.document import Document
    from reporter.extract.incidents import incident_events

    body = (
        "Officials said the crews were safe and the ships sailed on to port. "
        "The Houthis vowed on Monday to strike any ship bound for Israel in the Red Sea."
    )
    art = Document.read("Two cargo ships attacked by drones off Hodeidah\n\n" + body, date(2030, 5, 10), Extractor().lexicon)
    assert sorted(e.type for e in incident_events(art)) == ["drone_attack", "threat_statement"]


def test_a_headline_pass_reads_each_body_sentence_once(monkeypatch):
    """The headline's pass, after a body that names no scene, links the body's candidates again but
    reads no body sentence a second time: a sentence's candidates are its own."""
    from reporter.extract import incidents
    from reporter.extract.document import Document

    body = (
        "Drones struck two cargo ships on Monday, the owners said. "
        "The crews were safe and the ships sailed on to port."
    )
    art = Document.read("Two cargo ships attacked by drones off Hodeidah\n\n" + body, date(2030, 5, 10), Extractor().lexicon)
    read: list[int] = []
    real = incidents.sentence_candidates

    def counted(art: Document, s_idx: int):
        read.append(s_idx)
        return real(art, s_idx)

    monkeypatch.setattr(incidents, "sentence_candidates", counted)
    assert [(e.type, e.place.name) for e in incidents.incident_events(art)] == [("drone_attack", "Hodeidah")]
    assert sorted(read) == list(range(len(art.sentences)))


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a spot within a town, and a town within its province, told again: one event
        (
            "An Israeli drone hit a car in Beirut's southern suburbs on Wednesday evening, and a militia "
            "commander and his driver died. The group mourned him. Officials said an Israeli drone strike "
            "in Beirut on Wednesday had taken the commander's life.",
            ["Beirut's southern suburbs"],
        ),
        (
            "Russian missiles hit a school in Pokrovsk on Thursday and 11 people died. Rescuers searched "
            "the ruins all night. The governor said Russian rockets struck a school in the Donetsk region "
            "on Thursday.",
            ["Pokrovsk"],
        ),
        # two towns of one country, or two towns a few kilometres apart, are two events
        (
            "An Israeli drone hit a car in Beirut on Wednesday evening, and a militia commander died. The "
            "group mourned him. An Israeli drone strike in Tyre on Wednesday took two more lives, officials said.",
            ["Beirut", "Tyre"],
        ),
        (
            "Russian missiles hit a school in Kramatorsk on Thursday and 11 people died. Rescuers searched "
            "the ruins all night. Russian rockets struck a market in Sloviansk on Thursday, officials said.",
            ["Kramatorsk", "Sloviansk"],
        ),
    ],
)
def test_an_event_retold_at_a_place_inside_its_place_is_one_event(ex, text, places):
    """The gazetteer keeps no province of a town: a known town near a known region's centre lies in it,
    and a known spot a few kilometres from a known town lies in that town (GUIDE: one record per event),
    when the same doer is named in both tellings."""
    facts = ex.extract(text, id="t", published=date(2030, 5, 10))
    assert [i.location for i in facts.incidents] == places


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's air force said it shot down 45 of 60 drones launched by Russia overnight on Tuesday.",
        "Israel intercepted a missile launched by the Houthis from Yemen on Tuesday, the army said.",
    ],
)
def test_who_launched_what_was_stopped_is_not_the_interceptor(ex, text):
    """ "shot down drones launched by X": the "by" phrase is the launch's; the interceptor is the side
    that stopped them, and the launcher is the actor of the attack alone."""
    facts = ex.extract(text + "\n\nThe army said its troops were on alert.", id="x", published=date(2025, 6, 18))
    stopped = [i for i in facts.incidents if i.type == "interception"]
    assert stopped and all(i.actors in ((), ("Ukraine",), ("Israel",)) for i in stopped)
    assert not any(a in ("Russia", "Houthis", "Yemen") for i in stopped for a in i.actors)


@pytest.mark.parametrize("outlet", ["Regional Daily", "the Jerusalem Post", "the Kyiv Independent", "the Sudan Tribune"])
def test_an_outlets_name_is_neither_a_habit_nor_a_scene(ex, outlet):
    """ "told the Regional Daily" names an outlet, not a daily habit that would make the event a pattern;
    "told the Jerusalem Post" names no scene: the event stays where its sentence puts it."""
    text = f"Two drones targeted a base in eastern Syria on Thursday and were shot down, a US official told {outlet}."
    facts = ex.extract(text, id="x", published=date(2026, 11, 20))
    assert [(i.type, i.country) for i in facts.incidents] == [("interception", "Syria")]


def test_a_habit_in_lower_case_is_still_a_pattern(ex):
    """ "almost daily" tells attacks that recur, no one event."""
    text = "Militants attack the base almost daily, officials said.\n\nThe army said its troops were on alert."
    assert ex.extract(text, id="x", published=date(2026, 11, 20)).incidents == ()


@pytest.mark.parametrize(
    "text, told",
    [
        # one span of time named is when the strikes fell, not a run of them
        ("The coalition said its jets bombed militia depots in eastern Syria over the past weekend.", [("air_strike", "Syria")]),
        ("Engineers said artillery shelled the dam near Kherson over the past night.", [("shelling", "Ukraine")]),
        # what came "at regular intervals" is the sirens, not the barrage
        (
            "A barrage of rockets was fired from Lebanon into northern Israel on Tuesday, with sirens sounding at regular intervals.",
            [("rocket_attack", "Israel")],
        ),
        # (a run of weeks or months is still a pattern)
        ("Militia drones struck bases in eastern Syria over the past few months.", []),
        ("Rebels regularly shelled the town of Kherson in Ukraine, officials said.", []),
    ],
)
def test_a_span_or_a_bystanders_rhythm_makes_no_pattern(ex, text, told):
    """ "over the past weekend" names when one event fell, and "sirens at regular intervals" the rhythm of
    a warning: neither makes the clause's event a pattern, as "over the past months" and "regularly" do."""
    facts = ex.extract(text + "\n\nThe army said its troops were on alert.", id="x", published=date(2026, 11, 20))
    assert [(i.type, i.country) for i in facts.incidents] == told


@pytest.mark.parametrize(
    "text, blamed",
    [
        (
            "A drone attack on a base in Syria on Friday wounded three soldiers, an attack the US believed was "
            "carried out by Iran-backed militias.",
            "Iran-backed militias (suspected)",
        ),
        (
            "Rockets believed to have been fired by Kataib Hezbollah hit a base in Syria on Friday, wounding three.",
            "Kataeb Hezbollah (suspected)",
        ),
    ],
)
def test_a_party_believed_to_have_attacked_is_suspected_not_seen_to_act(ex, text, blamed):
    """The party someone believes or suspects did it is marked suspected (the GUIDE's suffix), not an actor."""
    facts = ex.extract(text + "\n\nThe army said its troops were on alert.", id="x", published=date(2026, 11, 20))
    assert [i.actors for i in facts.incidents] == [(blamed,)]


@pytest.mark.parametrize("answer", ["in retaliation for", "in response to", "in revenge for"])
def test_the_event_an_attack_answers_does_not_take_its_day(ex, answer):
    """An attack told as the answer to another names that other event but not its day: it came
    before, on a day the sentence does not give (not the answering attack's day)."""
    text = f"Jets struck a depot in the port of Dosso on Saturday {answer} a drone attack on Tanout."
    got = {i.location: i.date for i in ex.extract(text, id="x", published=date(2025, 6, 21)).incidents}
    assert got == {"Dosso": "2025-06-21", "Tanout": None}


@pytest.mark.parametrize(
    "text, events",
    [
        ("The cargo ship Silver Heron fell victim to a boarding by armed men from a helicopter in the Red Sea on Sunday.", 0),
        ("The talks on the airport, where a helicopter waited, fell through on Sunday.", 0),
        ("The guns on the helicopter pads near Kharkiv fell silent on Sunday.", 0),
        ("A drone fell on a house in Kharkiv on Sunday, the regional governor said.", 1),
    ],
)
def test_fell_in_an_idiom_is_no_event(ex, text, events):
    """'Fell victim to', 'fell through', 'fell silent' tell no fall of anything (a helicopter named
    beside it fell nowhere, nor struck); a drone that fell on a house still did."""
    assert len(ex.extract(text, id="x", published=date(2025, 3, 12)).incidents) == events


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # one attack at one town, told on the night's two days by two sources: one event
        (
            "Rebels attacked a church in Beni on Sunday, killing 35 worshippers, officials said. The army "
            "sent more troops to the area. Aid groups asked for calm. The governor visited the town and met "
            "families. Markets stayed shut. Gunmen opened fire on worshippers at a church in Beni on "
            "Saturday night, a priest told reporters.",
            ["2030-05-12"],
        ),
        # a region struck on two days a day apart, or a town with a toll of its own each day: two events
        # (guards: passed before the change too)
        (
            "Israeli jets struck the Gaza Strip on Sunday, killing nine people. Aid groups protested. Israeli "
            "jets struck the Gaza Strip again on Monday, killing four people.",
            ["2030-05-12", "2030-05-13"],
        ),
        (
            "Rebels attacked a church in Beni on Sunday, killing 35 worshippers, officials said. The army "
            "sent more troops to the area. Aid groups asked for calm. The governor visited the town and met "
            "families. Markets stayed shut. Gunmen killed 12 farmers at a market in Beni on Saturday "
            "night, a priest told reporters.",
            ["2030-05-12", "2030-05-11"],
        ),
    ],
)
def test_one_attack_at_a_town_told_on_days_a_day_apart_is_one_event(ex, text, days):
    """Sources that date a night's attack to the evening or to the next morning tell one event when
    it is of one kind at one town and no two tolls differ; a region or a sea sees a new attack each day."""
    facts = ex.extract(text, id="t", published=date(2030, 5, 14))
    assert [i.date for i in facts.incidents] == days


def test_strikes_at_a_town_told_on_a_weekday_and_on_the_next_one_further_down_are_two_events(ex):
    """A report that tells strikes at a town on one weekday and, further down, more strikes there on the
    weekday after, each day in its own words, tells on a day at a time: two events, not one night told twice."""
    text = (
        "Jets struck the market district of Beni on Friday, killing a militia commander, officials said. "
        "Aid groups asked for calm. The governor visited the town and met families. Markets stayed shut. "
        "Schools were closed. Residents fled to the river. Further raids followed. "
        "Witnesses counted a dozen strikes on Beni before dawn on Saturday."
    )
    facts = ex.extract(text, id="t", published=date(2030, 5, 14))
    assert [i.date for i in facts.incidents] == ["2030-05-10", "2030-05-11"]


def test_an_event_told_earlier_in_the_day_with_no_day_before_it_is_the_reports():
    """ "Earlier in the day, ..." with no day told in the sentences before it: the day of the report,
    as "earlier today" is; a day told just before it is the one it means."""
    text = (
        "Gunmen attacked a bus near Korvale, killing six passengers. Police sealed the road. "
        "The governor said the attackers fled to the hills. Aid workers reached the site. "
        "Earlier in the day, soldiers killed three militants in a raid in Fendara."
    )
    facts = Extractor().extract(text, id="t", published=date(2031, 3, 14))
    assert {i.location: i.date for i in facts.incidents}.get("Fendara") == "2031-03-14"
    told = "Soldiers raided a camp near Korvale on 9 March 2031. Earlier in the day, soldiers killed three militants in a raid in Fendara."
    facts = Extractor().extract(told, id="t", published=date(2031, 3, 14))
    assert {i.location: i.date for i in facts.incidents}.get("Fendara") == "2031-03-09"


def test_a_spot_no_gazetteer_knows_lies_in_the_country_of_the_place_named_just_before():
    """In an article about several countries, an unknown spot takes the country of the last place told
    as a place ("in northern Amman") in the two sentences before it; a country named as a party
    ("Iran said") places nothing."""
    war = "Israel and Iran traded strikes all week. Iran fired missiles at Israel, and Israel struck Iran. "
    text = war + (
        "Two drones fell in Jordan on 12 March 2031. The first crashed in northern Amman. "
        "Later, a second drone crashed in the eastern Qarvesh District, injuring a girl."
    )
    facts = Extractor().extract(text, id="t", published=date(2031, 3, 12))
    assert {i.location: i.country for i in facts.incidents}.get("Qarvesh District") == "Jordan"
    party = war + "Aid groups sent food. Officials met. Iran said on 12 March 2031 that a drone crashed in the Qarvesh District, injuring a girl."
    facts = Extractor().extract(party, id="t", published=date(2031, 3, 12))
    assert {i.location: i.country for i in facts.incidents}.get("Qarvesh District") is None


@pytest.mark.parametrize(
    "claim",
    [
        "The Houthis said they carried out a military operation against the vessel on Tuesday.",
        "Yemen's armed forces carried out a military operation targeting the ship on Tuesday, a military spokesman said.",
    ],
)
def test_weaponless_claim_folds_into_the_attack_it_claims(ex, claim):
    """A party's claim without a weapon, on the day its missile attack is told at the same sea (a group speaking
    as the state it is based in is the same party), is that attack claimed, not a clash of its own."""
    text = "Houthi rebels fired two anti-ship missiles at a grain carrier in the Red Sea on Tuesday, the US military said. "
    (one,) = ex.extract(text + claim, id="x", published=date(2024, 3, 7)).incidents
    assert (one.type, one.location, one.date) == ("missile_attack", "Red Sea", "2024-03-05")


def test_weaponless_claim_folds_into_the_attack_it_claims_on_an_undated_page(ex):
    """A page that dates neither the attack nor the claim (no day to count 'Tuesday' from): the party's
    weaponless claim at the same sea is still that attack claimed, not a clash of its own."""
    text = (
        "Houthi rebels fired two anti-ship missiles at a bulk carrier in the Red Sea, American commanders said Tuesday. "
        "The Houthis said they carried out a military operation against the vessel, a spokesman said."
    )
    (one,) = ex.extract(text, id="x").incidents
    assert (one.type, one.location, one.date) == ("missile_attack", "Red Sea", None)


@pytest.mark.parametrize(
    "text, ships",
    [
        ("Drones struck two tankers in the Arabian Sea on Monday, the navy said.", 2),
        ("Missiles hit three merchant vessels in the Arabian Sea on Monday, the navy said.", 3),
        ("Two container ships were attacked with drones in the Red Sea on Monday, the navy said.", 2),
        ("Two tankers off the coast, near the port of Salalah, were struck by drones in the Arabian Sea on Monday.", 2),
        # tankers on land are lorries; ships that fired did not get hit; one ship hit is one event
        ("A drone hit a depot near two fuel tankers in Basra on Monday, the police said.", 1),
        ("Two ships fired at drones over the Red Sea on Monday, the navy said.", 1),
        ("Two ships fired at drones that were launched over the Red Sea on Monday, the navy said.", 1),
        ("Drones struck a tanker in the Arabian Sea on Monday, the navy said.", 1),
    ],
)
def test_each_ship_hit_at_sea_is_an_event(ex, text, ships):
    """Each ship attacked is its own event (one record per distinct event): two or three ships told as hit
    in one clause at a sea stand once per ship, on the same day at the same sea."""
    incidents = ex.extract(text, id="t", published=date(2030, 5, 14)).incidents
    assert [(i.location, i.date) for i in incidents] == [(incidents[0].location, "2030-05-13")] * ships


@pytest.mark.parametrize(
    "text, ships",
    [
        # the first telling names one ship, a later one folded into it numbers the ships hit
        (
            "A cargo ship sailing in the Arabian Sea on Monday was attacked, the navy said. "
            "The rebels said on Monday they had fired missiles at two ships, the Alder Crest and the Birch Star, "
            "in the Arabian Sea.",
            2,
        ),
        (
            "An explosion tore through a tanker in the Arabian Sea, its owner said. "
            "Two oil tankers were hit in attacks in the Arabian Sea, shipping firms said.",
            2,
        ),
        # a later telling that numbers no ships adds none
        (
            "A cargo ship sailing in the Arabian Sea on Monday was attacked, the navy said. "
            "The rebels said on Monday they had fired missiles at the ship in the Arabian Sea.",
            1,
        ),
    ],
)
def test_ships_numbered_in_a_later_telling_are_each_an_event(ex, text, ships):
    """The clause that numbers the ships hit may be a later telling folded into the attack first told: each
    ship hit there on those days is still its own event."""
    incidents = ex.extract(text, id="t", published=date(2030, 5, 14)).incidents
    assert len(incidents) == ships
    assert {i.location for i in incidents} == {"Arabian Sea"}


@pytest.mark.parametrize(
    "text",
    [
        "Rebels launched drone attacks on Erbil on Saturday, a spokesman said. Aid groups sent food to the region. "
        "One guard was killed and four were wounded in an attack on Erbil airport on Saturday, officials said.",
        "Officials said one guard was killed and four were wounded in a rebel attack on Erbil airport on Saturday. "
        "Aid groups sent food to the region. The rebels said they had launched drones at Erbil on Saturday.",
    ],
)
def test_a_weaponless_attack_where_a_drone_attack_is_told_that_day_is_that_attack(ex, text):
    """An attack told with no weapon of its own, on the day and at a spot inside the town where the report
    tells a drone attack, is that attack told again with its toll and its spot, not a fight on the ground."""
    (one,) = ex.extract(text, id="t", published=date(2031, 3, 17)).incidents
    assert (one.type, one.date, one.location, one.casualties.killed) == ("drone_attack", "2031-03-15", "Erbil airport", 1)


def test_a_weaponless_attack_on_another_day_stays_apart_from_the_drone_attack(ex):
    text = (
        "Rebels launched drone attacks on Erbil on Saturday, a spokesman said. Aid groups sent food to the region. "
        "A guard died in an attack on Erbil airport on Monday, officials said."
    )
    assert len(ex.extract(text, id="t", published=date(2031, 3, 17)).incidents) == 2


def test_every_reader_of_ships_knows_every_word_for_a_ship():
    """One table of ship words (reporter.ship_nouns): a ship on its way, a vessel hit, a conveyance
    seized and a ship the lead tells is each noun of it, singular or plural."""
    from reporter import ship_nouns
    from reporter.extract import candidates, lead, places

    for noun in ship_nouns.SHIPS:
        for word in (noun, f"{noun}s"):
            assert places._SHIP_GOING.search(f"a {word} bound for ")
            assert candidates._VESSEL.search(f"Drones hit the {word}.")
            assert candidates._SEIZABLE.search(f"Gunmen seized the {word}.")
            assert word in lead._VESSELS


@pytest.mark.parametrize(
    "text, expected",
    [
        # the armed group struck is tied to one country: the strike is there, at country level
        (
            "Talks on a truce stalled this week.\n\nWarplanes from the coalition bombed the Houthis on Tuesday, "
            "a spokesman said.",
            [("air_strike", "Yemen", "Yemen", "2025-03-11")],
        ),
        # a scene named for the event wins, and the placeless telling folds into it
        (
            "Talks on a truce stalled this week.\n\nWarplanes from the coalition bombed the Houthis on Tuesday, "
            "a spokesman said. The strikes hit the port of Hodeidah, the group said.",
            [("air_strike", "port of Hodeidah", "Yemen", "2025-03-11")],
        ),
        # a group named as one side of a fight is no object struck: no place, no incident
        (
            "Talks on a truce stalled this week.\n\nFighting between the Houthis and the army broke out on "
            "Tuesday, a spokesman said.",
            [],
        ),
    ],
)
def test_an_event_told_with_no_place_is_in_the_home_of_the_group_it_struck(ex, text, expected):
    """GUIDE: country is where an event happened. An event told with its day but no place, done to an
    armed group the lexicon ties to one country, happened in that country (never the attacker's)."""
    facts = ex.extract(text, id="x", published=date(2025, 3, 12))
    assert [(i.type, i.location, i.country, i.date) for i in facts.incidents] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a ship struck with its means named, in a report naming one sea: the attack is in that sea
        (
            "Shipping firms rerouted vessels away from the Gulf of Aden this week.\n\nA drone hit a tanker on "
            "Monday, damaging its deck, the crew said.",
            [("drone_attack", "Gulf of Aden", None, "2025-03-10")],
        ),
        # two seas named: which one is not told
        (
            "Shipping firms rerouted vessels away from the Red Sea and also the Gulf of Aden this week.\n\nA drone "
            "hit a tanker on Monday, damaging its deck, the crew said.",
            [],
        ),
    ],
)
def test_a_ship_struck_with_no_place_told_is_in_the_one_sea_its_report_names(ex, text, expected):
    """GUIDE: the place of an event is where it happened. A ship struck by a named means with no place in
    its clause was struck at sea; when the report names one sea and no other, it was that sea."""
    facts = ex.extract(text, id="x", published=date(2025, 3, 12))
    assert [(i.type, i.location, i.country, i.date) for i in facts.incidents] == expected


@pytest.mark.parametrize(
    ("sentence", "published", "when"),
    [
        # a dated page: the "since" date is the clash's own day, not the stretch from it to the report
        ("The border panel has convened 14 times since the March 4, 2021, clash at Tessalit.", date(2024, 3, 10), "2021-03-04"),
        # an undated page: the pattern word ("often") is the meetings', not the clash's
        ("The border panel has convened often since the March 4, 2021, clash at Tessalit.", None, "2021-03-04"),
        # a month named so dates the event to that month
        ("The border panel has convened 14 times since the October 2021 clash at Tessalit.", date(2024, 3, 10), "2021-10-01/2021-10-31"),
    ],
)
def test_since_date_names_the_event_after_it(ex, sentence, published, when):
    """ "since the <date> clash at X": the date tells the day of the event it opens, one incident then."""
    text = f"Envoys met in Algiers on Monday to revive the peace deal. {sentence}"
    found = [(i.type, i.location, i.date) for i in ex.extract(text, id="t", published=published).incidents]
    assert found == [("armed_clash", "Tessalit", when)]


@pytest.mark.parametrize(
    "sentence",
    [
        # the event word comes first: "since" measures a stretch, no day of the attack
        "It marked the bloodiest attack on the garrison of Tessalit since 2019.",
        # a pattern since a day: still no single event
        "Gunmen have repeatedly attacked the garrison of Tessalit since March 1.",
    ],
)
def test_since_date_before_no_event_word_names_none(ex, sentence):
    """A guard: the change above reads only an event word the "since" date opens."""
    text = f"Envoys met in Algiers on Monday to revive the peace deal. {sentence}"
    assert ex.extract(text, id="t", published=date(2024, 3, 10)).incidents == ()


def test_since_date_then_a_clause_of_its_own_is_a_stretch(ex):
    """ "since June 2023, seizing villages": the comma opens a clause, no noun the date names."""
    text = (
        "Envoys met in Algiers on Monday to revive the peace deal. "
        "The rebels have stepped up raids in the north since June 2023, seizing several villages near Tessalit."
    )
    found = [(i.location, i.date) for i in ex.extract(text, id="t", published=date(2024, 3, 10)).incidents]
    assert ("Tessalit", "2023-06-01/2023-06-30") not in found and ("north", "2023-06-01/2023-06-30") not in found, found


_TOLL_TEXT = (
    "Officials in Verlin met on Monday to discuss the harvest. The markets stayed open and prices held. "
    "Farmers said the rains came late this year. The council approved a new school budget. "
    "Gunmen attacked a police post in the town of Marsk, in Ruritania, on Tuesday. "
    "Three officers died and two more were hurt, a provincial official said. "
    "Traders reported that roads north of the town were quiet. A festival is planned for the spring."
)


def test_toll_sentences_read_only_where_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    from itertools import compress

    from reporter.extract import casualties
    from reporter.extract.document import Document
    from reporter.extract.incidents import incident_events

    art = Document.read(_TOLL_TEXT, date(2030, 5, 10), Extractor().lexicon)
    every = art.sentences_with(list(compress(art.token_starts, map(casualties.is_hint_word, art.norms))))
    tested: list[str] = []
    real = casualties.is_hint_word

    def counted(word: str) -> bool:
        tested.append(word)
        return real(word)

    monkeypatch.setattr(casualties, "is_hint_word", counted)
    events = incident_events(art)
    # the toll sentence after the attack still gives the attack its dead and wounded ...
    attack = next(c for c in events if c.place is not None and c.place.name == "Marsk")
    assert (attack.killed, attack.injured) == (3, 2)
    # ... though only the sentences toll_only asks about were read for toll words, not the whole article
    assert 0 < len(tested) < len(art.norms) // 2
    assert {k for k in range(len(art.sentences)) if k in every} == {5}


@pytest.mark.parametrize(
    "text, places",
    [
        # "and <noun> <verb> near B": a clause of its own, whose place is no second target of the first
        ("Two drones were shot down over Jammu and loud explosions reported near the Nowgam Chowk garrison on Sunday.",
         ["Jammu"]),
        ("Two drones were shot down over Jammu and gunfire heard near the Nowgam Chowk garrison on Sunday.",
         ["Jammu"]),
        # controls: targets listed after one verb stay one event each
        ("Jets struck targets in Sanaa and the rebel stronghold of Saada on Sunday.", ["Sanaa", "Saada"]),
        ("Jets struck depots in Hama and launch sites located in Idlib on Sunday.", ["Hama", "Idlib"]),
    ],
)
def test_a_place_after_a_verb_of_its_own_is_no_listed_target(ex, text, places):
    found = [i.location for i in ex.extract(text, id="t", published=date(2025, 5, 12)).incidents]
    assert found == places, found


@pytest.mark.parametrize(
    "text, places",
    [
        # a nationality on an aircraft told by its model flies for its nation far from home, as on "jets"
        ("Dutch F-35s were scrambled on Wednesday to help bring down the drones, the army said.", []),
        ("Dutch jets were scrambled on Wednesday to help bring down the drones, the army said.", []),
        ("Italian tanker refuelling planes were scrambled on Wednesday to help bring down the drones, the army said.", []),
        # controls: the interceptor's own country, and a place the sentence names
        ("Polish troops shot down two drones on Wednesday, officials said.", ["Poland"]),
        ("Polish F-16s shot down two drones over Rzeszow on Wednesday, officials said.", ["Rzeszow"]),
    ],
)
def test_a_nationality_on_an_aircraft_model_is_no_home_ground(ex, text, places):
    found = [i.location for i in ex.extract(text, id="t", published=date(2025, 9, 11)).incidents]
    assert found == places, found


@pytest.mark.parametrize(
    "text, places",
    [
        # where goods are sent from a site is no scene of what happened at the site
        ("Gunmen opened fire at the freight yard on Sunday, a yard used to transfer aid lorries to Gaza.", []),
        ("A blast hit the depot on Sunday, a hub that ships fuel and grain to Mosul.", []),
        # controls: a vehicle told by its goal was hit on its way there; a scene told plainly stays
        ("An air strike hit a convoy delivering food to Khan Younis on Sunday.", ["Khan Younis"]),
        ("An air strike hit a convoy in Rafah on Sunday.", ["Rafah"]),
    ],
)
def test_where_a_site_sends_goods_is_no_scene(ex, text, places):
    found = [i.location for i in ex.extract(text, id="t", published=date(2024, 9, 9)).incidents]
    assert found == places, found


def test_a_quoted_today_is_the_speakers_day(ex):
    """ "Today ..." inside a quotation the report tells in the past is the day of speaking, which the
    report's day only bounds: the strike it tells is the one the report dated the day before."""
    text = (
        "A relief group said an Israeli strike killed six of its drivers in Khan Younis on Monday. "
        "\"Today, our charity lost several of its people in an army strike in Gaza,\" its director told reporters."
    )
    found = [(i.location, i.date) for i in ex.extract(text, id="t", published=date(2024, 4, 2)).incidents]
    assert found == [("Khan Younis", "2024-04-01")], found


@pytest.mark.parametrize(
    "text, day",
    [
        ("\"Today, gunmen attacked our village near Kidal and killed four herders,\" the mayor said.",
         "2024-04-01/2024-04-02"),
        # controls: a quote told in the present, and "today" in the report's own words
        ("\"Today, gunmen attacked our village near Kidal and killed four herders,\" the mayor says.", "2024-04-02"),
        ("Gunmen attacked a village near Kidal today and killed four herders, the mayor said.", "2024-04-02"),
    ],
)
def test_a_quoted_today_spans_the_report_day_and_the_one_before(ex, text, day):
    (event,) = ex.extract(text, id="t", published=date(2024, 4, 2)).incidents
    assert event.date == day


@pytest.mark.parametrize(
    "text, killed",
    [
        # an attacker's own death is not counted with those he killed
        ("A suicide bomber killed himself and four guards at a checkpoint in Gao on Monday, police said.", 4),
        ("On Monday a suicide attacker set off his vest at a mosque in Kidal, killing himself and at least nine worshippers.", 9),
        # control: the toll told plainly
        ("A suicide bomber killed four guards at a checkpoint in Gao on Monday, police said.", 4),
    ],
)
def test_a_suicide_attackers_toll_counts_those_he_killed(ex, text, killed):
    facts = ex.extract(text, id="t", published=date(2025, 6, 16))
    assert [i.casualties.killed for i in facts.incidents] == [killed]


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        # a people's name used as a noun is one person, as "a man" is
        ("A Malian was shot dead by gunmen near Gao on Monday, the army said.", 1, None),
        ("A Chadian was wounded when gunmen raided a market in Tillia on Monday, the army said.", None, 1),
        # control: the name qualifying a thing counts nobody
        ("A Malian patrol was attacked by gunmen near Gao on Monday, the army said.", None, None),
    ],
)
def test_one_of_a_people_harmed_is_one_person(ex, text, killed, injured):
    facts = ex.extract(text, id="t", published=date(2025, 6, 16))
    assert [(i.casualties.killed, i.casualties.injured) for i in facts.incidents] == [(killed, injured)]


def test_a_spot_named_by_a_later_telling_lies_in_the_town_the_lead_told(ex):
    """A headline names the hotel, the lead tells the attack on 'a hotel in' a town on the map, and a
    later sentence retells it at 'the hotel': the hotel in that town, not a hotel somewhere in the
    country (the brief could not put it beside other outlets' reports of the town)."""
    text = (
        "Four killed in ongoing raid on Blue Palm hotel\n\n"
        "Four people at least were killed in an assault on a hotel in Mogadishu that started last night.\n\n"
        "The hotel is still under siege by the attackers, who are exchanging fire with troops."
    )
    (inc,) = ex.extract(text, id="p", published=date(2025, 3, 10)).incidents
    assert (inc.location, inc.country) == ("Blue Palm hotel, Mogadishu", "Somalia")


def test_a_spot_told_in_another_town_or_a_village_stays_where_it_was_told(ex):
    """Near-miss controls: a hotel the headline puts in another town is that town's (a second event),
    and a village named beside the town is not put in it."""
    other = (
        "Four killed in ongoing raid on Blue Palm hotel in Kismayo\n\n"
        "Four people at least were killed in an assault on a hotel in Mogadishu that started last night.\n\n"
        "The hotel is still under siege by the attackers, who are exchanging fire with troops."
    )
    places = [i.location for i in ex.extract(other, id="p", published=date(2025, 3, 10)).incidents]
    assert places == ["Mogadishu", "Blue Palm hotel, Kismayo"]
    village = (
        "Four killed in ongoing raid on Kalo village\n\n"
        "Four people at least were killed in an assault near Mogadishu that started last night.\n\n"
        "The village is still under siege by the attackers, who are exchanging fire with troops."
    )
    assert [i.location for i in ex.extract(village, id="p", published=date(2025, 3, 10)).incidents] == ["Mogadishu"]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a toll someone is blamed for, or that a reprisal answers, is not the event's own
        ("A drone strike on Friday killed the commander behind the deaths of 40 villagers in Kidal, the army said.", 1),
        ("The group, accused of killing 30 civilians in Kidal, attacked an army post on Friday, killing four soldiers.", 4),
        ("The army said on Friday that it had carried out the air strike that killed Ahmed Salim and other "
         "officers at the airport in Gao. Salim was blamed for killing hundreds of soldiers.", None),
        # near miss: the event's own toll stays
        ("Militants attacked an army post near Kidal on Friday, causing the deaths of 12 soldiers, the army said.", 12),
    ],
)
def test_a_toll_someone_is_blamed_for_is_not_the_events(ex, text, killed):
    (incident,) = ex.extract(text, id="t", published=date(2031, 3, 17)).incidents
    assert incident.casualties.killed == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a subset in brackets between the number and its verb is part of the number, as one set off by commas
        ("Nine guests (including a foreign engineer) were killed when militants attacked the Lakeview Hotel in "
         "Palma on Friday.", 9),
        ("Nine guests (a foreign engineer among them) were at first killed when militants attacked the Lakeview "
         "Hotel in Palma on Friday.", 9),
        # near miss: brackets holding a figure of their own are another count, not an aside of this one
        ("Nine guests (and four guards) were killed when militants attacked the Lakeview Hotel in Palma on Friday.", None),
    ],
)
def test_a_subset_told_in_brackets_before_the_toll_verb_keeps_the_toll(ex, text, killed):
    found = ex.extract(text, id="brackets", published=date(2021, 3, 29)).incidents
    assert [i.casualties.killed for i in found][:1] == [killed]


_PASSIVE_LEAD = (
    "A police post in the restive frontier province of Sistan-Baluchestan in Iran was attacked. Fighters of the "
    "Jaish al-Adl group staged the assault, and at least nine border guards were killed."
)


def test_a_place_in_the_subject_of_a_passive_attack_is_its_scene(ex):
    """'A checkpoint in the province of X, Iran, was attacked': the place of what was attacked is the
    scene of the attack, however long the subject, and the next sentence's toll is that attack's."""
    found = ex.extract(_PASSIVE_LEAD, id="passive", published=date(2023, 12, 15)).incidents
    assert [(i.country, i.casualties.killed) for i in found] == [("Iran", 9)]


def test_a_place_in_the_subject_of_an_active_attack_is_no_scene_of_its_own():
    """Near-miss control: the attackers come from the province ('Militants from X attacked'): the place is
    theirs, not the scene, and the loose attack stays no event of its own."""
    text = (
        "Militants from the restive frontier province of Sistan-Baluchestan in Iran attacked. Officials said the "
        "assault led to the deaths of at least nine border guards."
    )
    assert Extractor().extract(text, id="active", published=date(2023, 12, 15)).incidents == ()


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the second blast ..., as two were wounded on Tuesday": the day and toll after "as" are the earlier
        # blast's, an event of its own, not the toll and day of the blast just told
        (
            "Six people were killed in a bomb blast near the market in Gao on Thursday, officials said.\n\n"
            "It was the town's second blast in three days, as two people were hurt on Tuesday.",
            [("explosion", "2025-03-06", 6, None), ("explosion", "2025-03-04", None, 2)],
        ),
        # controls: no harm told after "as"; a day told before "as" (the earlier event's day is not told)
        (
            "Six people were killed in a bomb blast near the market in Gao on Thursday, officials said.\n\n"
            "This was the second blast in Gao within a few days, as police searched the area on Tuesday.",
            [("explosion", "2025-03-06", 6, None)],
        ),
        (
            "Six people were killed in a bomb blast near the market in Gao on Thursday, officials said.\n\n"
            "It was the third attack on the town this month, after four soldiers were killed on Monday.",
            [("explosion", "2025-03-06", 6, None)],
        ),
    ],
)
def test_the_earlier_event_an_ordinal_counts_is_told_after_as(ex, text, expected):
    facts = ex.extract(text, id="x", published=date(2025, 3, 10))
    assert [(i.type, i.date, i.casualties.killed, i.casualties.injured) for i in facts.incidents] == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a salvo aimed at the whole country, filed from one of its towns: the country's, not the town's
        ("HAIFA, June 16 - Iran fired dozens of missiles at Israel early on Monday, killing at least eight people, medics said.", "Israel"),
        # ... unless the sentence tells the harm in the dateline's town
        ("ODESA, June 16 - Russia launched a drone attack on Ukraine overnight, killing two people in the city, officials said.", "Odesa"),
        # control: an event placed only "in" the country is the town's the reporter files from
        ("KIRKUK, June 16 - A roadside bomb exploded in Iraq on Monday, killing two soldiers, police said.", "Kirkuk"),
    ],
)
def test_a_dateline_town_places_no_attack_aimed_at_the_whole_country(ex, text, place):
    """'HAIFA - Iran fired missiles at Israel': the dateline's town is where the reporter files from;
    an attack aimed at the whole country stays the country's."""
    assert [i.location for i in ex.extract(text, id="t", published=date(2025, 6, 16)).incidents] == [place]
