"""The brief's data: filters, key points pointing to sections, changes since the last issue, exports."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import UTC, datetime

from reporter.brief import build_brief
from reporter.export import incidents_csv
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
        ("2025-06-14/2025-06-15", "Ain al-Asad air base", "corroborated"),
    ]
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
