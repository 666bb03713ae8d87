"""iter_facts reads files and JSON Lines, keeps order across worker processes and never raises on bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from reporter.extract import iter_facts

FIXTURES = Path(__file__).parent / "fixtures" / "extract"


def test_records_and_bad_records(caplog):
    """Every record yields Facts with its id; unreadable ones yield empty Facts and a warning."""
    facts = list(iter_facts([FIXTURES / "records.jsonl"]))
    ids = [f.id for f in facts]
    assert ids == [
        "rec-1",
        f"{FIXTURES / 'records.jsonl'}:2",
        "rec-3",
        f"{FIXTURES / 'records.jsonl'}:4",
        "rec-5",
    ]
    assert facts[0].published == "2025-03-12" and facts[0].incidents[0].type == "drone_attack"
    assert facts[1].incidents == () and facts[2].incidents == () and facts[3].incidents == ()
    assert facts[4].incidents[0].location == "US embassy in Baghdad"
    assert "not a JSON record" in caplog.text and "no text or html" in caplog.text


def test_files_html_front_matter_and_missing(tmp_path):
    """An HTML page gives its main text and metadata date; a missing file gives empty Facts."""
    page, missing = FIXTURES / "page.html", tmp_path / "gone.txt"
    html, gone = iter_facts([page, missing])
    assert html.id == str(page) and html.published == "2024-02-05" and html.title == "Rockets hit Iraqi base"
    assert [i.type for i in html.incidents] == ["rocket_attack", "interception"]
    assert [(p.country, p.count) for p in html.troop_posture] == [("Iraq", 2500)]
    assert gone.id == str(missing) and gone.incidents == ()


def test_given_date_wins_over_front_matter():
    """--published overrides the date an article carries."""
    (facts,) = iter_facts([FIXTURES / "kyiv_overnight.txt"], published=date(2025, 7, 11))
    assert facts.published == "2025-07-11"


def test_parallel_output_matches_serial_and_keeps_order(tmp_path):
    """Worker processes give the same facts, in input order, as one process."""
    path = tmp_path / "many.jsonl"
    texts = [p.read_text() for p in sorted(FIXTURES.glob("*.txt"))]
    with path.open("w") as out:
        for i in range(120):
            out.write(
                json.dumps({"id": f"a{i}", "text": texts[i % len(texts)], "published": "2025-07-10"}) + "\n"
            )
    serial = [f.to_dict() for f in iter_facts([path], workers=1)]
    parallel = [f.to_dict() for f in iter_facts([path], workers=2)]
    assert [f["id"] for f in parallel] == [f"a{i}" for i in range(120)]
    assert parallel == serial
