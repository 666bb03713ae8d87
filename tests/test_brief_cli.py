"""`reporter preview` writes HTML and PDF and prints their paths; `reporter export` prints the facts."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from click.testing import CliRunner

from reporter.cli import main
from reporter.pipeline import EXTRACTOR_ID
from reporter.store import open_store
from tests.test_brief_helpers import FIXTURES, load_articles


def _config(tmp_path):
    text = (FIXTURES / "config.yaml").read_text()
    text = text.replace("database: var/reporter.db", f"database: {tmp_path}/reporter.db")
    text = text.replace("directory: out", f"directory: {tmp_path}/out")
    # The fixture pins its moment; a brief that does so may not also be scheduled.
    text = text.split("    schedule:")[0]
    # Preview and export are about files and formats, not figures: no map or charts to draw.
    text = re.sub(r"sections: \[.*\]", "sections: [header, incidents, posture, sources]", text)
    (tmp_path / "none").mkdir()
    path = tmp_path / "config.yaml"
    path.write_text(text)
    articles, facts = load_articles()
    with open_store(tmp_path / "reporter.db") as store:
        for article in articles:
            store.add_article(article, canonical_url=article.url)
        store.save_facts(list(facts.values()), extractor=EXTRACTOR_ID)
    return str(path)


def test_preview_and_export(tmp_path):
    """Preview prints an HTML and a PDF path that exist; export gives JSON and ACLED-like CSV."""
    config = _config(tmp_path)
    runner = CliRunner()
    result = runner.invoke(main, ["preview", "--config", config, "--brief", "iraq-test", "--no-fetch"])
    assert result.exit_code == 0, result.output
    html, pdf = result.output.split()
    assert html.endswith(".html") and pdf.endswith(".pdf")
    assert Path(pdf).read_bytes()[:5] == b"%PDF-"
    result = runner.invoke(main, ["export", "--config", config, "--brief", "iraq-test", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["posture"][0]["count"] == 2500
    result = runner.invoke(main, ["export", "--config", config, "--brief", "iraq-test", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert rows and "event_id_cnty" in rows[0]


def test_unknown_brief_is_a_config_error(tmp_path):
    """A brief id not in the config exits 2 with one line."""
    result = CliRunner().invoke(main, ["export", "--config", _config(tmp_path), "--brief", "nope"])
    assert result.exit_code == 2
