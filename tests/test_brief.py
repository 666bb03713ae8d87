"""The brief's data: filters, key points pointing to sections, changes since the last issue, exports."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import UTC, datetime

from reporter.brief import textfmt
from reporter.brief.build import build_brief
from reporter.brief.export import incidents_csv
from reporter.models import Casualties
from tests.test_brief_helpers import load_articles, load_spec

AS_OF = datetime(2025, 6, 16, 6, 0, tzinfo=UTC)


def _brief(spec=None, previous=None, articles=None, facts=None, issue=1):
    if spec is None:
        _, spec = load_spec()
    if articles is None:
        articles, facts = load_articles()
    return build_brief(
        spec, articles=articles, facts=facts, as_of=AS_OF, period_start=None, issue=issue, previous=previous
    )


def test_seed_facts_merged_and_sourced():
    """Seed plus rewrites: two Ain al-Asad interceptions with dates, 2,500 US troops, two milestones."""
    data = _brief()
    ain = [i for i in data.incidents if i.type == "interception"]
    assert [(i.date, i.location, i.status) for i in ain] == [
        ("2025-06-13", "Ain al-Asad air base", "corroborated"),
        # (One outlet's overnight range holds the others' day: the day, no disagreement.)
        ("2025-06-15", "Ain al-Asad air base", "corroborated"),
    ]
    assert ain[1].disagreement("date") is None
    assert ain[1].disagreement("count") is not None
    (us,) = data.posture
    assert (us.force, us.country, us.count) == ("United States", "Iraq", 2500)
    federal, kurdistan = data.milestones
    assert (federal.due, federal.status, federal.days) == ("2025-09", "due", 106)
    assert kurdistan.disagreement("due") is not None and kurdistan.status == "due"
    assert [s.number for s in data.sources] == list(range(1, len(data.sources) + 1))
    assert data.statements[0].actors == ("Kataeb Hezbollah",)
    assert data.next_issue == datetime(2025, 6, 17, 3, 0, tzinfo=UTC)


def test_key_points_are_three_to_seven_and_point_to_sections():
    """Key points are deterministic, 3-7 of them, and each names a section."""
    first, second = _brief(), _brief()
    assert first.key_points == second.key_points
    assert 3 <= len(first.key_points) <= 7
    assert {p.section for p in first.key_points} <= {
        "incidents",
        "changes",
        "posture",
        "timeline",
        "statements",
        "sources",
    }
    assert any("2,500" in p.text for p in first.key_points)


def test_key_points_name_the_state_a_leader_speaks_for():
    """The statements' key point lists parties, not persons beside states: a leader the lexicon
    says speaks for a state is that state, named once with it."""
    from reporter.brief.build import key_points

    data = _brief()
    (said,) = data.statements[:1]
    leaders = [replace(said, actors=("Benjamin Netanyahu",)), replace(said, actors=("Israel",)), replace(said, actors=("Vladimir Putin",))]
    data = replace(data, statements=(*leaders, *data.statements))
    (point,) = [p for p in key_points(data) if p.section == "statements"]
    assert "Netanyahu" not in point.text and "Putin" not in point.text
    assert "(Israel, Russia, Kataeb Hezbollah" in point.text, point.text


def test_filters_limit_the_brief():
    """A country filter keeps only that country's incidents; type filters drop the rest."""
    _, spec = load_spec(filters={"countries": ["Syria"]})
    assert _brief(spec).incidents == ()
    _, spec = load_spec(filters={"types": ["explosion"]})
    assert [i.type for i in _brief(spec).incidents] == ["explosion"]


def test_changes_since_last_brief():
    """Against the previous issue, a rise in casualties is 'escalated', a new report is 'new'."""
    articles, facts = load_articles()
    previous = _brief(articles=articles, facts=facts).to_json()
    previous["incidents"] = [i for i in previous["incidents"] if i["type"] == "interception"]
    hostile = facts["a-hostile"]
    worse = replace(hostile.incidents[0], casualties=Casualties(killed=3))
    facts = {**facts, "a-hostile": replace(hostile, incidents=(worse,))}
    previous["incidents"].append(
        {**_brief(articles=articles, facts=load_articles()[1]).to_json()["incidents"][1]}
    )
    data = _brief(articles=articles, facts=facts, previous={**previous, "issue": 4}, issue=5)
    statuses = {c.status for c in data.changes.incidents}
    assert data.changes.previous_issue == 4
    assert "escalated" in statuses and "unchanged" in statuses
    assert any("killed 1 → 3" in c.note for c in data.changes.incidents)
    assert any(p.section == "changes" for p in data.key_points)


def test_facts_hash_ignores_issue_and_clock():
    """skip_if_unchanged compares facts only: another issue number gives the same hash."""
    assert _brief(issue=1).facts_hash() == _brief(issue=9).facts_hash()


def test_incidents_csv_acled_like_and_formula_safe():
    """The CSV has ACLED-like columns and neutralises cells a spreadsheet would run."""
    data = _brief()
    rows = list(csv.DictReader(io.StringIO(incidents_csv(data).decode())))
    assert rows[0]["event_date"] and rows[0]["country"] == "Iraq"
    assert {r["verification"] for r in rows} >= {"corroborated", "single source"}
    assert all(not r["actor1"].startswith(("=", "+", "@")) for r in rows)
    assert json.loads(json.dumps(data.to_json()))["brief_id"] == "iraq-test"


def test_stored_json_writes_times_in_iso_8601_and_reads_older_ones():
    """The brief's JSON (the run record, facts.json) writes its moments as ISO 8601 with a 'T';
    a previous issue stored with a space still gives its date-time group."""
    articles, facts = load_articles()
    stored = _brief(articles=articles, facts=facts).to_json()
    assert stored["as_of"] == "2025-06-16T06:00:00+00:00"
    assert stored["next_issue"][10] == "T"
    assert datetime.fromisoformat(stored["next_issue"]) == datetime(2025, 6, 17, 3, tzinfo=UTC)
    assert all("T" in s["fetched"] for s in stored["sources"])
    for written in ("2025-06-16T06:00:00+00:00", "2025-06-16 06:00:00+00:00"):
        data = _brief(articles=articles, facts=facts, previous={**stored, "as_of": written, "issue": 4}, issue=5)
        assert textfmt.dtg(data.changes.previous_as_of) == "160600Z JUN 25"


def test_incident_gone_since_the_last_brief_is_listed_as_dropped():
    """An incident of the previous issue that matches nothing now is listed, with its old number."""
    articles, facts = load_articles()
    previous = _brief(articles=articles, facts=facts).to_json()
    gone = {**previous["incidents"][0], "key": "gone", "type": "shelling", "location": "Kirkuk", "number": 9}
    previous["incidents"].append(gone)
    data = _brief(articles=articles, facts=facts, previous={**previous, "issue": 4}, issue=5)
    assert data.changes.dropped == ("incident 9: shelling, Kirkuk, 13 Jun 2025",)
    assert any("1 no longer reported" in p.text for p in data.key_points)


def test_key_points_stay_three_to_seven_with_nothing_to_report():
    """A brief with no facts at all still has three key points, each naming a section."""
    articles, _ = load_articles()
    data = _brief(articles=articles, facts={})
    assert len(data.key_points) == 3
    assert data.key_points[0].text == "No incidents reported in the period."


def test_untitled_article_cited_by_its_first_sentence_and_source_id():
    """A source without title or outlet shows its first sentence (clipped) and its source id."""
    articles, facts = load_articles()
    cited = next(a for a in articles if facts.get(a.id) and facts[a.id].incidents)
    text = "Rockets hit the base at dawn on Friday. " + "More detail follows in this sentence. " * 5
    bare = replace(cited, title=None, outlet=None, text=text)
    data = _brief(articles=[bare if a is cited else a for a in articles], facts=facts)
    ref = next(s for s in data.sources if s.article_id == cited.id)
    assert ref.title == "Rockets hit the base at dawn on Friday." and ref.outlet == cited.source_id
    long = replace(bare, text="word " * 60)
    data = _brief(articles=[long if a is cited else a for a in articles], facts=facts)
    ref = next(s for s in data.sources if s.article_id == cited.id)
    assert len(ref.title) == 90 and ref.title.endswith("…")


def test_csv_cells_formulas_escaped_numbers_kept():
    """Text that a spreadsheet would run is escaped; negative numbers such as longitudes stay numbers."""
    from reporter.brief.export import _safe

    assert _safe("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert _safe("-cmd|x") == "'-cmd|x"
    assert _safe("-98.6000") == "-98.6000"
    assert _safe(-12) == "-12"


def test_troop_parts_keep_their_own_renumbered_sources():
    """The level cites its article; the group a reinforcement joins and the reinforcement, told by
    another article of that day, cite that one, which is listed among the sources."""
    from reporter.models import Posture

    articles, facts = load_articles()
    a = next(x for x in articles if x.id in facts and facts[x.id].troop_posture)
    b = next(x for x in articles if x.id != a.id and x.published and a.published and x.id in facts)
    b = replace(b, published=a.published)

    def told(count, qualifier, evidence):
        return Posture(force="US", country="Iraq", count=count, qualifier=qualifier, evidence=evidence)

    facts = dict(facts)
    facts[a.id] = replace(facts[a.id], troop_posture=[told(2500, "about", "About 2,500 US troops are in Iraq.")])
    facts[b.id] = replace(
        facts[b.id],
        published=facts[a.id].published,
        troop_posture=[
            told(1000, "(additional)", "The Pentagon will send 1,000 more troops to Iraq."),
            told(300, "about", "They will join about 300 others who are already there."),
        ],
    )
    articles = [b if x.id == b.id else x for x in articles]
    data = _brief(articles=articles, facts=facts)
    (us,) = data.posture
    by_article = {s.article_id: s.number for s in data.sources}
    assert (us.count, us.disagreements) == (2500, ())
    assert by_article[a.id] in us.sources and by_article[b.id] not in us.sources
    assert [(p.text, p.sources) for p in us.parts] == [
        ("about 300 already there", (by_article[b.id],)),
        ("+1,000 more", (by_article[b.id],)),
    ]
