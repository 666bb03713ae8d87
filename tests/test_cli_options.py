"""Command-line conveniences: global options after the command, and `extract`'s inputs."""

from __future__ import annotations

import json

from click.testing import CliRunner

from reporter.cli import hoist_global_options, main

ARTICLE = """---
title: Drone strikes near a made-up outpost
published: 2025-06-14
---
A drone struck Camp Quillfeather in eastern Syria on Saturday, two officials said.
"""


def test_global_options_after_the_command():
    """`reporter serve --log-format json -v` means what `reporter --log-format json -v serve` does."""
    commands = {"serve", "run"}
    assert hoist_global_options(["serve", "--log-format", "json", "--health-port", "1", "-vv"], commands) == [
        "--log-format", "json", "-vv", "serve", "--health-port", "1",
    ]  # fmt: skip
    assert hoist_global_options(["run", "--log-format=plain", "--", "-v"], commands) == [
        "--log-format=plain", "run", "--", "-v",
    ]  # fmt: skip
    result = CliRunner().invoke(main, ["extract", "--help", "-v", "--log-format", "plain"])
    assert result.exit_code == 0, result.output


def test_extract_refuses_what_it_cannot_read(tmp_path):
    """A PDF is refused with one line and exit 2, not turned into empty facts."""
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.7 not an article")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "report.pdf")])
    assert result.exit_code == 2
    assert "cannot read .pdf" in result.output and result.output.count("\n") == 1


def test_extract_documents_jsonl_fields():
    """`extract --help` names every .jsonl field it reads."""
    text = CliRunner().invoke(main, ["extract", "--help"]).output
    for field in ("id", "text", "html", "url", "title", "published"):
        assert field in text


def test_extract_uses_the_configured_lexicons(tmp_path):
    """With --config, extract knows the places the config's lexicons add, as `run` would."""
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "places.yaml").write_text(
        "places:\n  - {name: Camp Quillfeather, kind: base, country: Syria, lat: 35.1, lon: 40.2}\n"
    )
    (tmp_path / "reporter.yaml").write_text("extraction:\n  lexicons: [places.yaml]\n")
    runner = CliRunner()
    plain = json.loads(runner.invoke(main, ["extract", str(tmp_path / "a.txt")]).output)
    result = runner.invoke(
        main, ["extract", "--config", str(tmp_path / "reporter.yaml"), str(tmp_path / "a.txt")]
    )
    configured = json.loads(result.output)
    assert [(i["location"], i["lat"]) for i in configured["incidents"]] == [("Camp Quillfeather", 35.1)]
    # (without the lexicon the name struck may still be read as written, but nothing puts it on the map)
    assert [(i["location"], i["lat"]) for i in plain["incidents"]] != [("Camp Quillfeather", 35.1)]
    (tmp_path / "places.yaml").unlink()
    result = runner.invoke(
        main, ["extract", "--config", str(tmp_path / "reporter.yaml"), str(tmp_path / "a.txt")]
    )
    assert result.exit_code == 2 and "places.yaml" in result.output
