"""Brief identity pins: one row per real event and one timeline line per commitment, across outlets.

Built with the real extractor and brief builder from self-written multi-outlet articles
(tests/fixtures/brief_identity), and from the bundled sample articles as `make run` reads them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import replace
from datetime import UTC, date, datetime
from itertools import permutations
from pathlib import Path

import pytest

from reporter.brief.build import BriefData, build_brief
from reporter.brief.merge import Report, group_incidents
from reporter.config import BriefConfig, load_config
from reporter.extract import Extractor
from reporter.models import Article, Casualties, Facts, Incident, content_hash
from tests.conftest import incident_reports

FIXTURES = Path(__file__).parent / "fixtures" / "brief_identity"
ROOT = Path(__file__).resolve().parents[1]
AS_OF = datetime(2025, 3, 12, 6, tzinfo=UTC)


@pytest.fixture(scope="module")
def brief() -> BriefData:
    extractor = Extractor()
    articles, facts = [], {}
    for item in json.loads((FIXTURES / "articles.json").read_text(encoding="utf-8")):
        # An article without a date (null) is as a page without one: its text says only "on Sunday".
        published = datetime.fromisoformat(item["published"]).replace(tzinfo=UTC) if item["published"] else None
        articles.append(
            Article(
                id=item["id"],
                source_id="fixture",
                url=None,
                outlet=item["outlet"],
                title=None,
                published=published,
                published_from="metadata" if published else "none",
                fetched=published or AS_OF,
                text=item["text"],
                content_hash=content_hash(item["text"]),
            )
        )
        day = published.date() if published else None
        facts[item["id"]] = extractor.extract(item["text"], id=item["id"], published=day)
    spec = BriefConfig(id="identity", title="Identity", period="all", as_of=AS_OF)
    return build_brief(spec, articles=articles, facts=facts, as_of=AS_OF, period_start=None, issue=1)


def _demo_moment() -> str:
    """The moment `make run` pins the sample brief to (the Makefile's DEMO_MOMENT)."""
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return next(line.split("=", 1)[1].strip() for line in text.splitlines() if line.startswith("DEMO_MOMENT"))


def _outlets(data: BriefData, numbers) -> set[str]:
    return {data.source(n).outlet for n in numbers}


def _figures(rows: list[set[str]]) -> tuple[float, float]:
    """(rows per real event, share of rows holding two real events), as the corpus benchmark counts."""
    on: dict[str, int] = defaultdict(int)
    for row in rows:
        for event in row:
            on[event] += 1
    return sum(on.values()) / len(on), sum(len(r) > 1 for r in rows) / len(rows)


def test_rockets_and_their_interception_across_outlets_are_one_row(brief):
    """Rockets 'fired at' a base, 'two intercepted', and 'targeted the base' from three outlets, and
    an undated page's three rockets 'on Sunday night' at the base: one row."""
    (harir,) = [i for i in brief.incidents if "Harir" in (i.location or "")]
    assert harir.type == "rocket_attack" and harir.facets == ("interception",)
    assert harir.intercepted == 2 and harir.count == 3
    assert _outlets(brief, harir.sources) == {"North Desk", "River Post", "Plain Times", "Valley Echo"}


def test_two_drones_at_two_airports_the_same_night_stay_two_rows(brief):
    """Erbil and Irbil are one airport (two outlets, and a third's drone over Erbil 'early on
    Monday' after 'late on Sunday'); Baghdad's airport the same night is another event, and so are
    an undated page's drone at Erbil airport 'on Thursday' and a drone over Erbil 'late on Saturday'."""
    airports = [i for i in brief.incidents if "irport" in (i.location or "")]
    by_place = sorted((("Baghdad" in i.location), sorted(_outlets(brief, i.sources))) for i in airports)
    assert by_place == [
        (False, ["Gulf Wire", "Mountain News", "Pass Journal"]),
        (False, ["Sand Courier"]),
        (True, ["Gulf Wire"]),
    ]
    (saturday,) = [i for i in brief.incidents if i.location == "Erbil"]
    assert saturday.date == "2025-03-08" and _outlets(brief, saturday.sources) == {"Pass Journal"}


def test_one_village_spelt_in_one_word_or_three_is_one_row(brief):
    """'the village of Ta Ma Gyi' and 'Tamagyi village', an air strike the same Tuesday with the same
    toll: outlets space a transliterated name differently; one row with both outlets."""
    (strike,) = [i for i in brief.incidents if "gyi" in (i.location or "").lower()]
    assert _outlets(brief, strike.sources) == {"Teak Post", "Monsoon Wire"}


def test_a_drone_attack_the_strikes_in_reply_and_strikes_somewhere_in_the_country_stay_apart(brief):
    """One article tells a drone attack near Hasakah on Thursday and US air strikes in Syria in reply
    on Friday: two events. Another outlet's 'struck targets in Syria on Thursday' names only the
    country: it is no part of the drone attack (another kind of attack, no place in common)."""
    syria = sorted(
        (i.type, i.location, i.date, sorted(_outlets(brief, i.sources))) for i in brief.incidents if i.country == "Syria"
    )
    assert syria == [
        ("air_strike", "Syria", "2025-03-06", ["Steppe Monitor"]),
        ("air_strike", "Syria", "2025-03-07", ["Oasis Daily"]),
        ("drone_attack", "Hasakah", "2025-03-06", ["Oasis Daily"]),
    ]


def test_one_hospital_struck_dated_a_day_apart_is_one_row_a_depot_the_next_day_another(brief):
    """A drone on 'the main hospital in El Obeid on Friday' (nine dead) and 'a drone attack on a hospital
    in El Obeid on Saturday' (11 dead): outlets date one attack on one kind of target by their own day;
    one row, the dates and tolls shown as disagreements. The fuel depot hit on Sunday is another."""
    kassala = sorted(
        (i.date_from, sorted(_outlets(brief, i.sources))) for i in brief.incidents if i.location == "El Obeid"
    )
    assert kassala == [("2025-03-07", ["Kiln Post", "Loom Daily"]), ("2025-03-09", ["Loom Daily"])]


def test_an_undated_page_joins_the_one_attack_on_its_target_at_its_town(brief):
    """A page without a date tells a missile 'at the Poltava railway station' and names no day: the one
    missile attack on a station in Poltava (Friday's, twelve dead) is its event, one row. Another
    undated page's missile on a Poltava market is a different target, so another row."""
    poltava = sorted(sorted(_outlets(brief, i.sources)) for i in brief.incidents if i.location == "Poltava")
    assert poltava == [["Frost Ledger", "Quay Times"], ["Glen Daily"]]


def test_rows_and_lines_per_real_event_meet_the_targets(brief):
    """Each real event and commitment of the fixture is on one row, and no row mixes two."""
    events = json.loads((FIXTURES / "events.json").read_text(encoding="utf-8"))
    rows = [
        {
            e
            for e, (outlet, word, *day) in events["events"].items()
            if word in (i.location or "") and outlet in _outlets(brief, i.sources) and (not day or i.date == day[0])
        }
        for i in brief.incidents
    ]
    lines = [
        {c for c, words in events["commitments"].items() if any(w in m.what for w in words)}
        for m in brief.milestones
    ]
    assert _figures(rows) == (1.0, 0.0)
    assert _figures(lines) == (1.0, 0.0)


def test_one_commitment_per_line_with_its_due_dates_as_a_disagreement(brief):
    """'leave federal Iraq' and 'vacate bases in Baghdad and Anbar' are one line; the Kurdistan exit
    is another, its September and December 2026 dates shown as sources' disagreement."""
    federal, kurdistan = [m for m in brief.milestones if m.who == "US-led coalition" and m.due >= "2025-09"]
    assert federal.due == "2025-09" and not federal.disagreements
    assert _outlets(brief, federal.sources) == {"North Desk", "River Post"}
    assert federal.who == "US-led coalition" and federal.where == "Iraq (federal)"
    assert kurdistan.where == "Kurdistan Region"
    assert sorted(c.value for c in kurdistan.disagreement("due").claims) == ["2026-09", "2026-12"]


def test_a_deadline_and_its_extension_are_two_lines_and_a_later_handover_completes_its_line(brief):
    """'supposed to leave Zakho by March 1' and 'extended to March 20' are two lines, the first
    'passed' (told as history, not still pending); the Kirkuk airport handover planned for March
    and reported done on Monday is one line, completed on that day, with both outlets."""
    zakho = sorted((m.due, m.status, _outlets(brief, m.sources)) for m in brief.milestones if m.who == "Turkey")
    assert zakho == [
        ("2025-03-01", "passed", {"Hill Courier"}),
        ("2025-03-20", "due", {"Hill Courier", "Lake Gazette"}),
    ]
    (handover,) = [m for m in brief.milestones if m.due.startswith("2025-03") and m.who == "US-led coalition"]
    assert handover.status == "completed" and handover.completed == "2025-03-10"
    assert _outlets(brief, handover.sources) == {"Hill Courier", "Lake Gazette"}


def test_a_truce_a_release_and_a_pullback_due_one_day_are_three_lines(brief):
    """Three outlets give a truce, a prisoner release and an army pullback all due on March 14, in
    their own words ('take effect' / 'come into force', 'release detainees' / 'free prisoners' /
    'hand over prisoners'): one line for each step, with every outlet that gave it."""
    day = sorted(
        (len(m.sources), sorted(_outlets(brief, m.sources))) for m in brief.milestones if m.due == "2025-03-14"
    )
    assert day == [
        (2, ["Cedar Wire", "Delta Daily"]),
        (3, ["Cedar Wire", "Delta Daily", "Oak Herald"]),
        (7, ["Cedar Wire", "Delta Daily", "Field Notes", "Moss Review", "Oak Herald", "Reed Times", "Stone Weekly"]),
    ]


def test_a_handover_told_with_its_weekday_between_subject_and_verb_is_one_line(brief):
    """'France on Monday formally handed back its last base' and 'The French army handed back its
    last base ... on Monday' are one completed line, France's."""
    (chad,) = [m for m in brief.milestones if m.where == "Chad" and m.who != "United States"]
    assert chad.who == "France" and chad.status == "completed"
    assert _outlets(brief, chad.sources) == {"First Bulletin", "Second Bulletin"}


def test_two_countries_leaving_one_country_the_same_day_are_two_lines(brief):
    """'Germany told parliament ... it would finish bringing its soldiers home' and
    'French troops will leave Niger', both by March 31: the country named before a clause without a
    party is not France. 'France's final servicemen in Niger' are France's line
    (servicemen are troops, so France is who leaves, not where)."""
    niger = sorted(sorted(_outlets(brief, m.sources)) for m in brief.milestones if m.due == "2025-03-31" and m.where == "Niger")
    assert niger == [["Bay Record"], ["Dune Post", "Ridge Review"]]


def test_a_truce_range_starts_on_the_truce_line_and_ends_on_its_own(brief):
    """'The truce will run from March 14 to March 16' and 'will last three days, beginning on March
    14': their start joins the truce taking effect on March 14, as does 'in force since March 14'
    (a truce, not a force), and so does 'a three-day truce began' (seven outlets); their end is one
    line of its own, the end days shown as the sources' disagreement: 'began' and the end it implies
    share words, not a step."""
    truce = sorted(
        (m.due, sorted(_outlets(brief, m.sources)), m.disagreement("due"))
        for m in brief.milestones
        if ("truce" in m.what.lower() or "ceasefire" in m.what.lower()) and "2025-03-14" <= m.due <= "2025-03-17"
    )
    assert [(due, outlets) for due, outlets, _ in truce] == [
        ("2025-03-14", ["Cedar Wire", "Delta Daily", "Field Notes", "Moss Review", "Oak Herald", "Reed Times", "Stone Weekly"]),
        ("2025-03-17", ["Moss Review", "Reed Times", "Stone Weekly"]),
    ]
    assert sorted(c.value for c in truce[1][2].claims) == ["2025-03-16", "2025-03-17"]


def test_a_truce_to_last_from_one_evening_starts_then(brief):
    """'a truce ... meant to hold from 6 p.m. on March 20' and 'a truce will begin at 6 p.m. on
    March 20': the day a truce runs from is its start ('last' is no end), one line, both outlets."""
    (hawija,) = [m for m in brief.milestones if _outlets(brief, m.sources) & {"Quill Post", "Rook Daily"}]
    assert hawija.due == "2025-03-20" and _outlets(brief, hawija.sources) == {"Quill Post", "Rook Daily"}


def test_a_mandate_told_without_its_force_joins_the_mandate_due_that_day_not_a_troop_exit(brief):
    """'the mandate of UNDOF is extended until March 31' and an undated page's 'the peacekeepers'
    mandate now runs until March 31': Germany and France also leave Niger that
    day, but only one line due then speaks of a mandate. One line with both outlets."""
    (mandate,) = [m for m in brief.milestones if _outlets(brief, m.sources) & {"Tern Times", "Gull Notes"}]
    assert mandate.due == "2025-03-31" and _outlets(brief, mandate.sources) == {"Tern Times", "Gull Notes"}


def test_a_vague_mention_told_before_its_commitment_still_joins_it(brief):
    """'complete withdrawal is due by April 15' (no party, no place), in an article a month before
    'Kenyan troops ... ahead of a complete exit by April 15' from Haiti: the one line due that day,
    whichever article came first."""
    (haiti,) = [m for m in brief.milestones if m.due == "2025-04-15"]
    assert _outlets(brief, haiti.sources) == {"Wren Post", "Finch Daily"}


def test_a_party_leaving_somewhere_in_a_year_is_not_its_exit_from_a_named_country(brief):
    """'The French pullout ... complete in 2026' and 'Senegal's president asked France to withdraw
    ... in 2026': France leaves several countries some years, so two lines."""
    year = sorted(sorted(_outlets(brief, m.sources)) for m in brief.milestones if m.due == "2026")
    assert year == [["Gulf Courier"], ["Hill Gazette"]]


def test_a_deadline_given_to_a_party_and_its_exit_the_day_before_are_one_completed_line(brief):
    """'Georgia has given Russia until March 1 to withdraw' (Russia leaves, from Georgia) and,
    weeks later, 'On 28 February, Russian border guards left': one commitment met a day early
    across a month's edge, one line, completed, with both outlets."""
    (line,) = [m for m in brief.milestones if m.who == "Russia"]
    assert line.due == "2025-03-01" and line.where == "Georgia"
    assert line.status == "completed" and line.completed == "2025-02-28"
    assert _outlets(brief, line.sources) == {"Steppe Ledger", "Harbour Ledger"}


def test_a_truce_that_began_and_its_end_three_days_on_are_two_lines(brief):
    """'A truce began in Tal Afar on Friday, March 7' and, in the same article, 'the truce in Tal
    Afar ends on Monday, March 10': one deal, but its two edges, each on its own line."""
    truce = sorted((m.due, m.status) for m in brief.milestones if m.due < "2025-03-14" and "Tal Afar" in m.what)
    assert truce == [("2025-03-07", "completed"), ("2025-03-10", "passed")]


def test_a_deadline_met_weeks_early_is_one_completed_line(brief):
    """'Italian troops must leave Kosovo by March 28' (in a sentence that names 'the administration
    of US President ...': who decides, not where) and 'Italian troops completed their withdrawal
    from Kosovo on Monday, March 3': one line, completed on March 3, with both outlets."""
    (kosovo,) = [m for m in brief.milestones if m.where == "Kosovo"]
    assert kosovo.who == "Italy" and kosovo.status == "completed" and kosovo.completed == "2025-03-03"
    assert _outlets(brief, kosovo.sources) == {"Ridge Bulletin", "Pine Review"}


def test_forces_in_a_country_leaving_in_a_year_are_not_a_mission_there_due_one_day(brief):
    """'ordered most American forces in Somalia to leave' in 2025: Somalia is where they leave,
    not a party; a mission ended 'there' by August 31 names no place, so a bare year does not tie
    it to Somalia. Two lines."""
    us = [m for m in brief.milestones if m.due.startswith("2025") and m.who == "United States"]
    lines = sorted((m.due, m.where, sorted(_outlets(brief, m.sources))) for m in us)
    assert lines == [
        ("2025", "Somalia", ["Harbour Times"]),
        ("2025-06-30", "Jordan", ["Birch Daily"]),  # (the Syria and Jordan cut, below)
        ("2025-06-30", "Syria", ["Ash Tribune", "Birch Daily"]),
        ("2025-08-31", None, ["Coast Ledger"]),
    ]


def test_one_cut_in_two_countries_is_a_line_in_each(brief):
    """'withdraw hundreds of troops from Jordan and Syria' by June 30, told by 'the defence secretary
    of the United States' (who speaks, not where), is a step in each country: a commitment is who does
    what where, so each country's share is a line of its own (it was one line while commitments were
    read by party and date alone). 'reduced in Syria, Jordan' says Syria first and joins that line;
    it never ties the two lines into one."""
    cuts = sorted((m.where, m.who, sorted(_outlets(brief, m.sources))) for m in brief.milestones if m.due == "2025-06-30")
    assert cuts == [
        ("Jordan", "United States", ["Birch Daily"]),
        ("Syria", "United States", ["Ash Tribune", "Birch Daily"]),
    ]


def test_a_party_leaving_a_country_in_a_year_is_not_its_deadline_somewhere_unnamed(brief):
    """'U.S. forces in Chad to leave in 2024' (Chad is where, not who) is one line; 'had begun their
    final withdrawal ahead of the July 31 deadline' (no place, no stage) joins 'the July 31 deadline
    for withdrawing American forces from Afghanistan', not the year's Chad exit."""
    chad = [m for m in brief.milestones if m.where == "Chad" and m.who == "United States"]
    assert [(m.due, _outlets(brief, m.sources)) for m in chad] == [("2024", {"Kite Post"})]
    (july,) = [m for m in brief.milestones if m.due.endswith("-07-31")]
    assert _outlets(brief, july.sources) == {"Lark Journal", "Wren Gazette"}


def test_a_truce_that_names_its_sides_and_a_mission_launched_then_started_are_one_line_each(brief):
    """'the truce between Israel and Hamas starts on March 8' and 'a truce began in the Gaza
    Strip' that morning: a truce names its sides, so Israel is no other place than Gaza. 'will
    launch its new mission in Somalia in March' and 'the new mission started in Somalia on March 1'
    are one start, completed that day."""
    (gaza,) = [m for m in brief.milestones if m.due == "2025-03-08"]
    assert _outlets(brief, gaza.sources) == {"Ivy Ledger", "Jade Wire"}
    (mission,) = [m for m in brief.milestones if m.where == "Somalia" and m.due.startswith("2025-03")]
    assert _outlets(brief, mission.sources) == {"Kelp Times", "Lime Review"}
    assert mission.status == "completed" and mission.completed == "2025-03-01"


def test_the_broker_of_a_deal_is_no_side_of_its_release(brief):
    """'a Qatari-mediated deal under which Hamas must release hostages' and 'Hamas pledged to release
    30 hostages', both by March 22: Qatar brokers, Hamas releases; one line."""
    (release,) = [m for m in brief.milestones if m.due == "2025-03-22"]
    assert _outlets(brief, release.sources) == {"Moor Herald", "Nook Daily"}


def test_two_partyless_clauses_beginning_one_drawdown_the_same_day_are_one_line(brief):
    """'commence a gradual drawdown' and 'start withdrawing its soldiers', both by 15 May and naming
    no party or place, are placed by their day: one step of one line, both outlets."""
    (may,) = [m for m in brief.milestones if m.due == "2025-05-15"]
    assert _outlets(brief, may.sources) == {"Isle Chronicle", "Jetty News"}


def test_the_country_that_lets_a_force_stay_is_where_it_stays(brief):
    """'Kenya will allow the Egyptian contingent to keep using its coastal bases for patrols into
    Somalia' and 'Egyptian troops will remain in Kenya': Kenya hosts; one line, both outlets."""
    (kenya,) = [m for m in brief.milestones if m.who == "Egypt" and m.due == "2025-10"]
    assert kenya.where == "Kenya" and _outlets(brief, kenya.sources) == {"Lark Bulletin", "Mire Weekly"}


def test_the_sample_brief_has_no_duplicate_row_or_timeline_line(tmp_path):
    """`make run`'s sample brief lists each event once and each commitment once."""
    from reporter.pipeline import collect_brief, ingest
    from reporter.store import open_store

    config = load_config(ROOT / "config" / "reporter.yaml")
    config = config.model_copy(
        update={"storage": config.storage.model_copy(update={"database": str(tmp_path / "r.db")})}
    )
    spec = config.briefs[0]
    moment = datetime.fromisoformat(_demo_moment())
    with open_store(tmp_path / "r.db") as store:
        ingest(config, config.sources_for(spec), store=store, now=moment)
        data = collect_brief(config, spec, store=store, as_of=moment, issue=1)
    rows = [(i.type, i.location, i.date) for i in data.incidents]
    assert len(rows) == len(set(rows))
    friday = [i for i in data.incidents if i.date == "2025-06-13" and "Asad" in (i.location or "")]
    assert len(friday) == 1 and friday[0].country == "Iraq" and len(friday[0].sources) == 2
    # One line each for the federal and the Kurdistan exit (other steps may have lines of their own).
    lines = [(m.who, m.where) for m in data.milestones]
    assert lines.count(("US-led coalition", "Iraq (federal)")) == 1
    assert lines.count(("US-led coalition", "Kurdistan Region")) == 1


def _report(n: int, outlet: str, location: str) -> tuple[Article, Facts]:
    text = f"A drone struck {location} in Iraq on Monday, officials said."
    published = datetime(2025, 3, 11, 9, tzinfo=UTC)
    article = Article(
        id=f"lex{n}", source_id="fixture", url=None, outlet=outlet, title=None, published=published,
        published_from="metadata", fetched=published, text=text, content_hash=content_hash(text),
    )  # fmt: skip
    incident = Incident(date="2025-03-10", type="drone_attack", location=location, country="Iraq", evidence=text)
    return article, Facts(id=article.id, published="2025-03-11", incidents=(incident,))


def test_a_users_lexicon_names_one_place_for_event_identity(tmp_path):
    """Two outlets name one base by two names that only the user's lexicon joins: one row with the
    lexicon, two without it (the brief reads the lexicons the extractor read)."""
    lexicon = tmp_path / "bases.yaml"
    lexicon.write_text(
        "places:\n  - {name: Forward Base Quill, kind: base, country: Iraq, aliases: [Camp Tamsin]}\n",
        encoding="utf-8",
    )
    pairs = [_report(1, "North Desk", "Forward Base Quill"), _report(2, "River Post", "Camp Tamsin")]
    articles, facts = [a for a, _ in pairs], {a.id: f for a, f in pairs}
    spec = BriefConfig(id="lex", title="Lexicon", period="all", as_of=AS_OF)

    def rows(paths) -> int:
        data = build_brief(spec, articles=articles, facts=facts, as_of=AS_OF, period_start=None, issue=1, lexicon_paths=paths)  # fmt: skip
        return len(data.incidents)

    assert rows(()) == 2
    assert rows((lexicon,)) == 1
    assert rows(()) == 2  # the bundled lexicons again: nothing of the user's file stays cached


def _raid(n: int, outlet: str, location: str, actor: str, killed: int | None = None) -> tuple[Article, Facts]:
    text = f"Jets sent by {actor} bombed {location} on Monday, a spokesman for the outlet {outlet} wrote."
    published = datetime(2025, 3, 11, 9, tzinfo=UTC)
    article = Article(
        id=f"raid{n}", source_id="fixture", url=None, outlet=outlet, title=None, published=published,
        published_from="metadata", fetched=published, text=text, content_hash=content_hash(text),
    )  # fmt: skip
    incident = Incident(
        date="2025-03-10", type="air_strike", location=location, country="Iraq", actors=(actor,), evidence=text,
        casualties=Casualties(killed=killed),
    )  # fmt: skip
    return article, Facts(id=article.id, published="2025-03-11", incidents=(incident,))


def _rows(pairs: list[tuple[Article, Facts]]) -> int:
    articles, facts = [a for a, _ in pairs], {a.id: f for a, f in pairs}
    spec = BriefConfig(id="raids", title="Raids", period="all", as_of=AS_OF)
    return len(build_brief(spec, articles=articles, facts=facts, as_of=AS_OF, period_start=None, issue=1).incidents)


def test_a_country_wide_raid_by_another_party_is_not_the_raid_on_a_named_town():
    """One outlet's raid on a named town by one party and another outlet's raid told only of the
    country, the same day, by another party: two rows (only the country ties them). By the same party,
    or with the same dead told by both, one row."""
    town, country = ("Hill Courier", "Baghdad"), ("Lantern Wire", "Iraq")
    assert _rows([_raid(1, *town, "Zedland"), _raid(2, *country, "Yarrow Command")]) == 2
    assert _rows([_raid(1, *town, "Zedland"), _raid(2, *country, "Zedland")]) == 1
    assert _rows([_raid(1, *town, "Zedland", 7), _raid(2, *country, "Yarrow Command", 7)]) == 1



def _drones(n: int, outlet: str, location: str, day: str | None, text: str) -> tuple[Article, Facts]:
    published = datetime.fromisoformat(day).replace(hour=9, tzinfo=UTC) if day else None
    article = Article(
        id=f"drones{n}", source_id="fixture", url=None, outlet=outlet, title=None, published=published,
        published_from="metadata" if day else "none", fetched=published or AS_OF, text=text,
        content_hash=content_hash(text),
    )  # fmt: skip
    incident = Incident(date=day, type="drone_attack", location=location, country="Iraq", evidence=text)
    return article, Facts(id=article.id, published=day, incidents=(incident,))


def test_an_undated_country_wide_report_joins_no_row_when_the_country_has_two_of_its_kind():
    """A page with no date at all telling of drones somewhere in a country in words like one row's:
    with that the country's one dated drone attack, it joins it; with another dated drone attack
    there too, which one it tells of nothing says but the words, and it keeps a row of its own."""
    told = "Swarms of small drones hit a fuel yard and a relay mast, the ministry of Iraq said."
    baghdad = _drones(1, "Hill Courier", "Baghdad", "2025-03-10", told.replace("Iraq", "Baghdad"))
    basra = _drones(2, "Lantern Wire", "Basra", "2025-02-20", "A drone fell on a Basra warehouse, police said.")
    undated = _drones(3, "Quay Bulletin", "Iraq", None, told)
    assert _rows([baghdad, undated]) == 1
    assert _rows([baghdad, basra, undated]) == 3


def _strike(source: int, published: str, day: str | None, actor: str, evidence: str, kind: str = "air_strike") -> Report:
    fact = Incident(date=day, type=kind, location="Iraq", country="Iraq", actors=(actor,), evidence=evidence)
    return Report(source=source, published=date.fromisoformat(published), fact=fact)


def _row_count(reports: list[Report]) -> int:
    return len(group_incidents(reports))


_SUNDAY = "Bombers sent by Zedland struck three depots in Iraq on Sunday, its defence office said."
_PAGE = "The raids Zedland flew against Iraqi depots drew anger from the neighbours, a columnist wrote."


def test_a_country_wide_strike_on_a_dated_page_joins_the_strike_by_its_party_told_to_the_day():
    """One outlet's strikes by a party on a country told to the day, another's page of two days later
    telling of that party's strikes there in a sentence that names no day: one row. The page's few
    days before it are no span its outlet told ("in March": a span somewhere in a country ties nothing)."""
    told = _strike(1, "2025-03-10", "2025-03-09", "Zedland", _SUNDAY)
    page = _strike(2, "2025-03-11", None, "Zedland", _PAGE)
    assert _row_count([told, page]) == 1


def test_a_page_dated_strike_by_another_party_or_a_month_told_stays_apart():
    """Controls: the page's strikes by another party; a strike told only by its month; and the page
    beside the party's strikes told on two days it both fits alike: rows of their own."""
    told = _strike(1, "2025-03-10", "2025-03-09", "Zedland", _SUNDAY)
    other = _strike(2, "2025-03-11", None, "Yarrow Command", _PAGE.replace("Zedland", "Yarrow Command"))
    assert _row_count([told, other]) == 2
    month = _strike(3, "2025-03-28", "2025-03", "Zedland", _PAGE)
    assert _row_count([told, month]) == 2
    tuesday = _strike(4, "2025-03-11", "2025-03-11", "Zedland", _SUNDAY.replace("Sunday", "Tuesday"))
    page = _strike(2, "2025-03-11", None, "Zedland", _PAGE)
    assert _row_count([told, tuesday, page]) == 3


def _crash(source: int, published: str, day: str, location: str, evidence: str, **kw) -> Report:
    fact = Incident(
        date=day, type="crash", location=location, country="Iraq", evidence=evidence,
        casualties=Casualties(killed=0, injured=0), **kw,
    )  # fmt: skip
    return Report(source=source, published=date.fromisoformat(published), fact=fact)


_WEEKEND = "2025-06-14/2025-06-15"
_AT_BASE = _crash(
    1, "2025-06-15", _WEEKEND, "Ain al-Asad air base",
    "Debris fell in the sand west of the air base at Ain al-Asad, and nobody was hurt.", objects=("projectile",),
)  # fmt: skip
_BY_VILLAGE = _crash(
    2, "2025-06-17", "2025-06-16", "Bahirka",
    "A drone plunged into a field by the village of Bahirka on Monday, the local mayor said.",
    objects=("drone",), count=1, actors=("US-led coalition",),
)  # fmt: skip
_IN_IRAQ = _crash(
    3, "2025-06-15", _WEEKEND, "Iraq",
    "Parts of several projectiles have come down across Iraq, far from homes, with no one hurt.",
    objects=("projectile",), actors=("US-led coalition",),
)  # fmt: skip


def _rows_of(reports: list[Report]) -> list[list[int]]:
    return sorted(sorted(r.source for r in g) for g in group_incidents(reports))


@pytest.mark.parametrize("order", list(permutations(range(3))))
def test_a_country_wide_crash_ties_no_two_placed_rows_whatever_the_order(order):
    """Debris at an air base over a weekend and a drone down by a village on the Monday do not tie;
    a crash told only of the country ties to each (more closely to the weekend's debris). Whatever
    order the reports come in, the two placed ones stay two rows and the country's crash joins the
    one it ties closely, never both."""
    reports = [(_AT_BASE, _BY_VILLAGE, _IN_IRAQ)[n] for n in order]
    assert _rows_of(reports) == [[1, 3], [2]]


@pytest.mark.parametrize("order", list(permutations(range(3))))
def test_a_country_wide_crash_as_close_to_two_placed_rows_joins_neither(order):
    """The village's drone told of the same weekend: the country's crash ties as closely to it as to
    the base's debris, and which of the two it is nothing says. Three rows, whatever the order."""
    weekend = "A drone plunged into a field by the village of Bahirka over the weekend, the local mayor said."
    village = replace(_BY_VILLAGE, published=date(2025, 6, 15), fact=replace(_BY_VILLAGE.fact, date=_WEEKEND, evidence=weekend))
    reports = [(_AT_BASE, village, _IN_IRAQ)[n] for n in order]
    assert _rows_of(reports) == [[1], [2], [3]]


@pytest.mark.parametrize("placed", [_AT_BASE, _BY_VILLAGE])
def test_a_country_wide_crash_beside_one_placed_row_joins_it(placed):
    """Control: with one of the two placed reports only, the country's crash joins its row, whichever
    comes first."""
    assert _rows_of([placed, _IN_IRAQ]) == _rows_of([_IN_IRAQ, placed]) == [sorted((placed.source, 3))]


def test_a_country_wide_report_held_back_by_two_rows_joins_them_once_they_are_one_whatever_the_order():
    """Two reports at one base that the first grouping left on two rows (a third, at another base,
    tied one of them as well) are joined afterwards; a crash told only of the country, held back
    while it tied both rows alike, then joins their one row, whether it came first or last. The
    relation between the reports is handed in (``rule_groups`` takes it), so that each pair ties
    exactly as the case needs."""
    from reporter.brief.identity import CONFLICT, Relation
    from reporter.brief.merge import rule_groups

    def at(source: int, location: str) -> Report:
        return _crash(source, "2025-06-15", "2025-06-15", location, f"A self-written line of page {source}.")

    first, other, second, country = at(1, "Ain al-Asad air base"), at(2, "Harir air base"), at(3, "Ain al-Asad air base"), at(4, "Iraq")
    close = Relation(5.0, place="within")
    ties = {frozenset((1, 3)): close, frozenset((2, 3)): close, frozenset((1, 4)): close, frozenset((3, 4)): close}

    def related(a: Report, b: Report) -> Relation:
        return ties.get(frozenset((a.source, b.source)), CONFLICT)

    for order in ([country, first, other, second], [first, other, second, country]):
        groups = rule_groups(order, related)
        assert sorted(sorted(r.source for r in g) for g in groups) == [[1, 3, 4], [2]]


def test_two_pages_of_one_story_tie_no_two_placed_rows_through_a_country_wide_report():
    """Two pages tell one raid alike, and each a drone that came down besides, by neither dated: one
    page only somewhere in the country, on the row of a crash at one base, the other by a village.
    The story ties the two drones, but the country-wide one ties to a crash anywhere there: the
    base's row and the village's stay apart. Told by both at the village, or the country-wide one on
    a row of its own, the two join (controls)."""
    from reporter.brief.identity import Relation
    from reporter.brief.merge import join_companions

    def page(source: int, type_: str, location: str, evidence: str, day: str | None = None) -> Report:
        fact = Incident(date=day, type=type_, location=location, country="Iraq", evidence=evidence)
        return Report(source=source, published=None, fact=fact)

    raid = [page(n, "drone_attack", "Erbil", f"Drones struck the airport of Erbil, page {n} says.", "2025-06-16") for n in (1, 2)]
    at_base = page(3, "crash", "Ain al-Asad air base", "Debris fell west of the air base at Ain al-Asad.", "2025-06-16")
    in_iraq = page(1, "crash", "Iraq", "One more drone came down somewhere in Iraq, it added.")
    by_village = page(2, "crash", "Bahirka", "One more drone plunged into a field by Bahirka, it added.")

    def related(a: Report, b: Report) -> Relation:
        return Relation(5.0, place="same") if {a.source, b.source} == {1, 2} and a.fact.type == b.fact.type == "drone_attack" else Relation(0.0)

    rows = join_companions([raid, [at_base, in_iraq], [by_village]], related)
    assert [sorted(r.source for r in g) for g in rows] == [[1, 2], [1, 3], [2]]
    also_there = page(1, "crash", "Bahirka", "One more drone came down by Bahirka, it added.")
    for first in (also_there, in_iraq):  # (the country-wide one on a row of its own: nothing to bridge)
        rows = join_companions([raid, [first], [by_village]], related)
        assert [sorted(r.source for r in g) for g in rows] == [[1, 2], [1, 2]]


def _rows_of_articles(articles: list[tuple[str, date | None]]) -> list[set[int]]:
    """The brief's rows (sources by article number) of self-written articles: (text, page date)."""
    reports = incident_reports(articles)
    return [{r.source for r in g} for g in group_incidents(reports)]


def test_a_hotel_siege_told_by_the_hotel_and_by_its_town_is_one_row():
    """One outlet tells gunmen storming 'a hotel in Mogadishu'; a page with no date names the hotel in
    its headline, tells 'a hotel in' the town and retells the siege at 'the hotel': one row."""
    town = ("Gunmen stormed a hotel in Mogadishu on Sunday night, killing four people, police said.", date(2031, 5, 12))
    hotel = (
        "Four killed in ongoing raid on Blue Palm hotel\n\n"
        "Four people at least were killed in an assault on a hotel in Mogadishu that started last night.\n\n"
        "The hotel is still under siege by the attackers, who are exchanging fire with troops.",
        None,
    )
    assert _rows_of_articles([town, hotel]) == [{1, 2}]


def test_a_hotel_siege_in_another_town_stays_its_own_row():
    """Near-miss control: the undated page's hotel siege told in Kismayo is not the Mogadishu hotel's."""
    town = ("Gunmen stormed a hotel in Mogadishu on Sunday night, killing four people, police said.", date(2031, 5, 12))
    other = (
        "Four killed in ongoing raid on Blue Palm hotel\n\n"
        "Four people at least were killed in an assault on a hotel in Kismayo that started last night.\n\n"
        "The hotel is still under siege by the attackers, who are exchanging fire with troops.",
        None,
    )
    assert _rows_of_articles([town, other]) == [{1}, {2}]


def _article(n: int, outlet: str, day: str, text: str) -> Article:
    published = datetime.fromisoformat(day).replace(tzinfo=UTC)
    return Article(
        id=f"tl{n}", source_id="fixture", url=None, outlet=outlet, title=None, published=published,
        published_from="metadata", fetched=published, text=text, content_hash=content_hash(text),
    )  # fmt: skip


def _timeline(*told: tuple[str, str, str]) -> list:
    extractor = Extractor()
    articles = [_article(n, outlet, day, text) for n, (outlet, day, text) in enumerate(told, 1)]
    facts = {a.id: extractor.extract(a.text, id=a.id, published=a.published.date()) for a in articles}
    as_of = datetime(2026, 3, 1, 6, tzinfo=UTC)
    spec = BriefConfig(id="tl", title="Timeline", period="all", as_of=as_of)
    return build_brief(spec, articles=articles, facts=facts, as_of=as_of, period_start=None, issue=1).milestones


def test_a_force_reported_gone_from_a_part_of_a_country_completes_that_line_only():
    """Outlets tell two steps of one force at two places; a later one says it "left federal Iraq" on a
    day: that line is completed on that day, and the step due later at the other place stays due."""
    lines = _timeline(
        ("North Desk", "2024-09-28", "The coalition will leave federal Iraq by September 2025 and leave "
         "Kurdistan by September 2026, officials said after the talks on the war."),
        ("River Post", "2024-10-05", "Coalition forces will exit Iraqi Kurdistan by September 2026, a minister said."),
        ("Hill Wire", "2025-09-20", "Coalition troops left federal Iraq on September 14, officials said."),
    )  # fmt: skip
    got = sorted((m.where, m.status, m.completed, len(m.sources)) for m in lines if m.who == "US-led coalition")
    assert got == [("Iraq (federal)", "completed", "2025-09-14", 2), ("Kurdistan Region", "due", None, 2)]


def test_a_later_report_that_the_step_is_still_not_done_makes_its_line_overdue():
    """A source published after the due date says the force has still not left: the one line is overdue."""
    lines = _timeline(
        ("North Desk", "2024-09-28", "Coalition forces will leave federal Iraq by September 2025, officials said."),
        ("Hill Wire", "2025-10-10", "The coalition has still not left federal Iraq despite the September deadline, "
         "lawmakers said."),
    )  # fmt: skip
    assert [(m.where, m.status, len(m.sources)) for m in lines] == [("Iraq (federal)", "overdue", 2)]


def test_a_later_report_that_the_force_left_by_the_month_completes_the_line_not_overdue():
    """A source after the due month says the force left by then (and names its next step): the line is
    completed, not overdue for the next step's "will" in the same sentence."""
    lines = _timeline(
        ("North Desk", "2024-09-28", "Coalition forces will leave federal Iraq by September 2025, officials said."),
        ("Hill Wire", "2025-10-15", "Coalition forces left federal Iraq by September as planned and will leave "
         "Kurdistan by September 2026, officials said after the war talks."),
    )  # fmt: skip
    got = sorted((m.where, m.status, m.completed) for m in lines)
    assert got == [("Iraq (federal)", "completed", "2025-09"), ("Kurdistan Region", "due", None)]


def _shooting(source: int, day: str | None, location: str, evidence: str, killed: int | None = None) -> Report:
    fact = Incident(
        date=day, type="armed_clash", location=location, country="Israel", evidence=evidence,
        casualties=Casualties(killed=killed),
    )  # fmt: skip
    return Report(source=source, published=date(2025, 3, 11), fact=fact)


_TOWN_SHOT = "Gunmen shot dead six people waiting for a bus in Jerusalem on Monday, medics said."
_SPOT_SHOT = "Two attackers fired on a queue at Pellow Crossing on Monday before guards shot them, police said."
_EARLIER = "The same crossing had seen a stabbing two years before, the outlet recalled."


def test_a_spot_one_report_writes_within_its_town_ties_another_outlets_spot_to_the_towns_report():
    """One outlet tells Monday's shooting in the town and recalls an earlier attack it places at
    'Pellow Crossing, Jerusalem'; another outlet names only the crossing for Monday's shooting. What the
    first outlet's place says (the crossing lies in the town) holds for every report: one row for Monday."""
    town = _shooting(1, "2025-03-10", "Jerusalem", _TOWN_SHOT, killed=6)
    earlier = _shooting(1, "2023-05-02", "Pellow Crossing, Jerusalem", _EARLIER)
    spot = _shooting(2, "2025-03-10", "Pellow Crossing", _SPOT_SHOT)
    rows = [sorted((r.source, r.fact.date) for r in g) for g in group_incidents([town, earlier, spot])]
    assert sorted(rows) == [[(1, "2023-05-02")], [(1, "2025-03-10"), (2, "2025-03-10")]]


def test_a_spot_written_within_another_town_does_not_tie_to_the_towns_report():
    """Near-miss control: the crossing is written within another town (Haifa): Monday's shooting at the
    crossing and the one in Jerusalem stay two rows."""
    town = _shooting(1, "2025-03-10", "Jerusalem", _TOWN_SHOT, killed=6)
    earlier = _shooting(1, "2023-05-02", "Pellow Crossing, Haifa", _EARLIER)
    spot = _shooting(2, "2025-03-10", "Pellow Crossing", _SPOT_SHOT)
    rows = [sorted(r.source for r in g) for g in group_incidents([town, earlier, spot])]
    assert len(rows) == 3


def _siege(source: int, day: str | None, location: str, evidence: str, killed: int | None = None) -> Report:
    fact = Incident(
        date=day, type="armed_clash", location=location, country="Mozambique", evidence=evidence,
        casualties=Casualties(killed=killed),
    )  # fmt: skip
    return Report(source=source, published=date(2031, 3, 29) if day else None, fact=fact)


def _siege_rows(first_hotel: str) -> list[list[int]]:
    fleeing = _siege(
        1, "2031-03-28", "Quenlo", f"Guests fleeing the {first_hotel} in Quenlo on Friday ran into an ambush and "
        "nine were killed, a relief worker wrote.", killed=9,
    )  # fmt: skip
    overran = _siege(2, "2031-03-28", "Quenlo", "Insurgents overran a hotel in the port town of Quenlo on Friday, officials believe.")
    undated = _siege(3, None, "Marisol Hotel", "Nine guests died fleeing the fighters who laid siege to the Marisol Hotel.", killed=9)
    return sorted(sorted(r.source for r in g) for g in group_incidents([fleeing, overran, undated]))


def test_a_hotel_told_in_a_town_no_list_knows_ties_its_undated_siege_to_the_towns_row():
    """One outlet tells of guests fleeing 'the Hotel Marisol in Quenlo' (a town no gazetteer knows),
    another of 'a hotel' there the same day, an undated page of the siege of 'the Marisol Hotel' with
    the first one's dead: the hotel lies in the town, for every report: one row."""
    assert _siege_rows("Hotel Marisol") == [[1, 2, 3]]


def test_another_hotel_told_in_the_town_leaves_the_undated_siege_apart():
    """Near-miss control: the first outlet's sentence names another hotel of the town: the undated
    siege of the Marisol Hotel is not tied to the town's row."""
    assert _siege_rows("Hotel Baobab") == [[1, 2], [3]]


def test_an_undated_page_telling_a_passive_attack_joins_the_month_dated_report_with_its_toll():
    """One outlet tells of a December attack that left 14 guards dead at a post in Rask; a page with
    no date leads with 'a checkpoint in the province, Iran, was attacked' and gives the same 14 dead in
    the next sentence: one row (the undated page's attack had been too loose to read at all)."""
    dated = (
        "Jaish al-Adl said it staged a December attack that left 14 border guards dead at a post in the town "
        "of Rask, officials said.",
        date(2024, 4, 4),
    )
    undated = (
        "A police post in the restive frontier province of Sistan-Baluchestan in Iran was attacked. Fighters of the "
        "Jaish al-Adl group staged the assault, and at least 14 border guards were killed. The town "
        "of Rask saw the fighting.",
        None,
    )
    assert _rows_of_articles([dated, undated]) == [{1, 2}]


def test_a_weapon_attack_told_with_a_and_its_downed_drones_are_one_row():
    """'A drone attack targeted the airport in X' counts one (the attack), so it caps no interception's
    count: another outlet's two drones shot down there that night are the same event, one row with both
    facets. Near miss: two drones downed at another town's airport stay their own row."""
    attack = (
        "A drone attack targeted the airport in Sulaimaniya on Tuesday night, two security sources said. "
        "The drones were downed before they reached the runway.",
        date(2031, 5, 14),
    )
    downed = ("Two drones were shot down near Sulaimaniya International Airport late on Tuesday, officials said.", date(2031, 5, 14))
    elsewhere = ("Two drones were shot down near Kirkuk airport late on Tuesday, officials said.", date(2031, 5, 14))
    assert _rows_of_articles([attack, downed]) == [{1, 2}]
    assert sorted(map(sorted, _rows_of_articles([attack, elsewhere]))) == [[1], [2]]
    # one rocket of several, told by its ordinal, is no count of those fired
    third = (
        "Air defences at Sulaimaniya airport shot down two rockets overnight, the army said on Wednesday. "
        "A third rocket fell in an empty field, causing no damage.",
        date(2031, 5, 14),
    )
    fired = ("Three rockets were fired at Sulaimaniya airport late on Tuesday, two of which were intercepted.", date(2031, 5, 14))
    assert _rows_of_articles([fired, third]) == [{1, 2}]


def test_a_town_told_with_its_state_and_the_states_seat_are_one_row():
    """One outlet tells a train bombed 'in Dutse, Kaduna State' (not the Dutse of Jigawa the world list
    holds), another the same train bombed near Kaduna the same night: one row."""
    state = ("Bandits bombed a passenger train in Dutse, Kaduna State on Monday evening, killing seven travellers.", date(2025, 3, 10))  # fmt: skip
    seat = ("Seven passengers died when gunmen blew up a train near Kaduna on Monday night, officials said.", date(2025, 3, 11))  # fmt: skip
    assert _rows_of_articles([state, seat]) == [{1, 2}]


def test_a_town_told_with_its_own_state_and_another_states_seat_stay_apart():
    """Near-miss control: the train bombed in 'Dutse, Jigawa State' lies far from Kaduna: two rows."""
    state = ("Bandits bombed a passenger train in Dutse, Jigawa State on Monday evening, killing seven travellers.", date(2025, 3, 10))  # fmt: skip
    seat = ("Seven passengers died when gunmen blew up a train near Kaduna on Monday night, officials said.", date(2025, 3, 11))  # fmt: skip
    assert sorted(map(sorted, _rows_of_articles([state, seat]))) == [[1], [2]]


_BY_TOWN_AIRPORT = ("A car bomb exploded near Multan Airport on Sunday night, killing two foreign engineers, police said.", date(2025, 3, 10))  # fmt: skip


def test_an_airport_told_by_its_town_and_by_its_own_name_there_is_one_row():
    """One outlet tells a blast near 'Multan Airport' (put at the town's point), another, filing from
    Multan, the same blast near 'the Quaid Memorial Airport' (a name no gazetteer places): one
    airport, by its town's name and by its own, one row."""
    own = ("Multan, March 10 (Wire) Two foreign engineers were killed late on Sunday when a suicide bomber struck their convoy near the Quaid Memorial Airport, police said.", date(2025, 3, 10))  # fmt: skip
    assert _rows_of_articles([_BY_TOWN_AIRPORT, own]) == [{1, 2}]


@pytest.mark.parametrize(
    "other",
    [
        # another town's airport by its own name: an airport too, not Multan's
        "Lahore, March 10 (Wire) Two foreign engineers were killed late on Sunday when a suicide bomber struck their convoy near the Allama Iqbal International Airport, police said.",
        # an airport by its own name, its sentence naming no town: nothing puts it in Multan
        "Two foreign engineers were killed late on Sunday when a suicide bomber struck their convoy near the Quaid Memorial Airport, police said.",
    ],
)
def test_an_airport_by_its_own_name_in_no_town_told_stays_apart_from_a_towns_airport(other):
    """Near-miss controls: the airport of another town, or one whose sentence names no town: two rows."""
    assert sorted(map(sorted, _rows_of_articles([_BY_TOWN_AIRPORT, (other, date(2025, 3, 10))]))) == [[1], [2]]


def test_other_drones_shot_down_that_day_are_not_the_attack_told_beside_them():
    """One outlet tells one drone hitting a mosque and 'four other drones' shot down over the city
    later that day; another the same, with 'several more' downed that afternoon: the interception of the
    other drones is its own row (both outlets), not a facet of the mosque's attack. Near miss: drones of
    the attack itself downed there stay a facet of it."""
    first = (
        "RSF drones strike El Fasher mosque, killing 30\n\n"
        "PORT SUDAN, Oct 14 - A drone launched by the paramilitary Rapid Support Forces struck a mosque in El "
        "Fasher during dawn prayers on Monday, killing at least 30 worshippers, a local resistance committee said.\n\n"
        "The Sudanese army said its air defences shot down four other drones over the city later on Monday.",
        date(2025, 10, 14),
    )
    second = (
        "At least 28 people were killed when an RSF drone hit a mosque in the North Darfur capital El Fasher on "
        "Monday morning, medics said. The army said it downed several more drones that afternoon.",
        date(2025, 10, 14),
    )
    assert sorted(_typed_rows([first, second])) == [("drone_attack", (1, 2), ()), ("interception", (1, 2), ())]
    same = (
        "RSF drones targeted a mosque in El Fasher on Monday; the army said it shot down two of the drones.",
        date(2025, 10, 14),
    )
    assert [facets for _, _, facets in _typed_rows([same])] == [("interception",)]


def _typed_rows(articles: list[tuple[str, date | None]]) -> list[tuple[str, tuple[int, ...], tuple[str, ...]]]:
    """The brief's rows of self-written articles as (type, sources by article number, facets)."""
    extractor = Extractor()
    arts, facts = [], {}
    for n, (text, day) in enumerate(articles, 1):
        published = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
        art = Article(id=f"a{n}", source_id="s", url=f"https://outlet{9 - n}.example/{n}", outlet=f"outlet{9 - n}", title=None,
                      published=published, published_from="metadata", fetched=published, text=text, content_hash=content_hash(text))  # fmt: skip
        arts.append(art)
        facts[art.id] = extractor.extract(text, id=art.id, published=day, fetched=published)
    as_of = datetime(2031, 6, 1, tzinfo=UTC)
    data = build_brief(BriefConfig(id="t", title="t", period="all", as_of=as_of), articles=arts, facts=facts,
                       as_of=as_of, period_start=None, issue=1)  # fmt: skip
    by_number = {s.number: int(s.article_id[1:]) for s in data.sources}
    return [(i.type, tuple(sorted(by_number[n] for n in i.sources)), i.facets) for i in data.incidents]


def test_a_drone_strike_on_a_port_and_one_killing_dozens_in_a_far_region_stay_two_rows():
    """'Killing dozens' is a toll, not a salvo of dozens: one article's drone strike on Port Sudan and the
    army's drones over North Kordofan that day, a thousand kilometres apart, are two events."""
    text = (
        "A drone sent by the paramilitary RSF hit a fuel depot in Port Sudan on Wednesday, an army spokesman"
        " said. Army drones also hit RSF positions in North Kordofan on Wednesday, killing dozens, a military"
        " source said."
    )
    assert _rows_of_articles([(text, date(2031, 3, 20))]) == [{1}, {1}]


def test_dozens_of_drones_on_one_day_at_two_cities_are_still_one_salvo():
    """Near-miss control: a salvo of dozens of drones reported at two cities of one country that day."""
    first = ("Russia launched dozens of drones at Ukraine on Wednesday; one hit a depot in Odesa, the governor said.", date(2031, 3, 20))
    second = ("A drone hit a power plant in Mykolaiv on Wednesday, officials said.", date(2031, 3, 20))
    rows = _rows_of_articles([first, second])
    assert any(row == {1, 2} for row in rows), rows


_AIR_STRIKE_AT_MARKET = ("An air strike killed 15 people at a market in the town of Majz on Tuesday, officials said.", date(2031, 3, 5))


@pytest.mark.parametrize(
    "undated",
    [
        "A missile strike on a market in Majz killed five people and wounded 20, medical sources said.",
        "Fifteen people were killed when a missile hit Majz, medics said.",
    ],
)
def test_an_undated_page_that_types_the_one_strike_otherwise_joins_its_row(undated):
    """'An air strike at a market in Majz' (15 dead) and, on a page with no date, 'a missile strike on a
    market in Majz' (five dead) or a missile that killed fifteen there: outlets call one strike by its jets
    or its missile and count its dead differently; the same kind of target, or the same ten or more dead,
    at the one town ties the undated page to the one event there."""
    assert _rows_of_articles([_AIR_STRIKE_AT_MARKET, (undated, None)]) == [{1, 2}]


@pytest.mark.parametrize(
    "undated",
    [
        # another kind of target at the town
        "A missile strike on a fuel depot in Majz killed five people, medical sources said.",
        # another town
        "A missile strike on a market in Dahyan killed five people and wounded 20, medical sources said.",
        # another day named
        "A missile strike on a market in Majz on Friday killed five people, medical sources said.",
    ],
)
def test_an_undated_strike_typed_otherwise_on_another_target_town_or_day_stays_apart(undated):
    """Near misses: another target, another town or another day named keeps the undated page apart."""
    assert _rows_of_articles([_AIR_STRIKE_AT_MARKET, (undated, None)]) == [{1}, {2}]


def test_an_undated_strike_typed_otherwise_joins_neither_of_two_strikes_it_fits():
    """Near miss: two dated strikes on markets at the town (two days): the undated page fits both, and
    joins neither."""
    second = ("An air strike hit a market in Majz on Thursday, killing eight people.", date(2031, 3, 7))
    undated = ("A missile strike on a market in Majz killed five people, medical sources said.", None)
    rows = _rows_of_articles([_AIR_STRIKE_AT_MARKET, second, undated])
    assert {3} in rows and not any(len(r) > 1 for r in rows)


_DRONE_ON_CAMP = ("A drone strike hit the Zamzam camp near El Fasher on Saturday, killing 14 people, activists said.", date(2031, 5, 4))


def test_an_attack_told_by_the_day_its_source_spoke_joins_the_strike_the_day_before():
    """'14 were killed in an attack on the Zamzam camp, a committee said on Sunday' on Monday's page and a
    drone strike killing 14 at the camp on Saturday: the only day the sentence names is the day its source
    spoke, so the event may be the day before, as a page's own day may; the same fourteen dead at the one
    camp tie the generic attack to the drone strike. One row."""
    said = ("At least 14 people were killed in an attack on the Zamzam camp, a local committee said on Sunday.", date(2031, 5, 5))
    assert _rows_of_articles([_DRONE_ON_CAMP, said]) == [{1, 2}]


@pytest.mark.parametrize(
    "said",
    [
        # another camp
        "At least 14 people were killed in an attack on the Abu Shouk camp, a local committee said on Sunday.",
        # the day of the attack told, not of the speech
        "At least 14 people were killed in an attack on the Zamzam camp on Sunday, a local committee said.",
    ],
)
def test_an_attack_at_another_camp_or_on_its_own_day_stays_apart(said):
    """Near misses: another camp, or a day told of the attack itself, keeps the generic attack apart."""
    assert _rows_of_articles([_DRONE_ON_CAMP, (said, date(2031, 5, 5))]) == [{1}, {2}]


_VILLAGE_IN_REGION = (
    "Military jets bombed a monastery in Lintalu village, Sagaing Region, on Sunday, killing nine civilians, a local group said.",
    date(2031, 8, 5),
)


def test_a_village_told_in_one_province_and_a_strike_in_another_province_stay_two_rows():
    """'a monastery in Lintalu village, Sagaing Region' (nine dead, two outlets, the village spelt two
    ways) and 'a village in Magway region' (four dead) the same Sunday: the village lies in the province its outlet tells, so the two provinces are
    two places, not a place the map cannot put beside a region (which no rule told apart, and the learned
    layer joined). Two rows."""
    spelt = (
        "An air strike killed nine people at a monastery in the village of Lin Ta Lu, Sagaing region, on Sunday, residents said.",
        date(2031, 8, 5),
    )
    other = ("An air strike killed four people in a village in Magway region on Sunday, a local official said.", date(2031, 8, 5))
    assert _rows_of_articles([_VILLAGE_IN_REGION, spelt, other]) == [{1, 2}, {3}]


def test_a_village_told_in_a_province_is_within_that_province():
    """Near miss: the village told in Sagaing Region lies within Sagaing Region, as before; Borno told in
    the zone it belongs to is no other province either."""
    from reporter.brief.identity import _where, place_relation

    village = _where("Lintalu village, Sagaing Region", "Myanmar", None, None)
    assert place_relation(village, _where("Sagaing region", "Myanmar", 22.0, 95.6)) == "within"
    assert place_relation(_where("a village, Borno", "Nigeria", None, None), _where("north-east Nigeria", "Nigeria", None, None)) != "different"
