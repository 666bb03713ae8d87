"""Configuration loading: valid configs load, each kind of bad config gives one precise line and exit 2."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from reporter.config import load_config
from reporter.config_check import config_problems
from reporter.errors import ConfigError
from tests.conftest import ROOT, run_cli

GOOD = """\
storage:
  database: var/db.sqlite
sources:
  - id: local
    kind: file
    path: articles/*.txt
    tags: [iraq]
  - id: wire
    kind: feed
    url: https://example.org/feed.xml
briefs:
  - id: daily
    title: Daily
    tags: [iraq]
    period: 24h
    sections: [header, incidents, {id: sources, title: References}]
    schedule:
      cron: "0 6 * * 0"
      timezone: Europe/Berlin
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "reporter.yaml"
    path.write_text(text)
    return path


def test_bundled_config_is_valid():
    """The config shipped in config/ loads and every brief draws on at least one source."""
    config = load_config(ROOT / "config" / "reporter.yaml")
    assert config.briefs and config.sources
    for brief in config.briefs:
        assert config.sources_for(brief)
        assert brief.as_of is None, "the demo's moment belongs in `make run`, not in a config serve uses"
    assert config_problems(config, environment=False) == []


def test_good_config_resolves_paths_and_periods(tmp_path):
    """Relative paths resolve against the config's folder; periods and sections parse."""
    config = load_config(write(tmp_path, GOOD))
    assert config.resolve(config.storage.database) == tmp_path / "var" / "db.sqlite"
    daily = config.brief("daily")
    assert daily.period_delta == timedelta(hours=24)
    assert [s.id for s in daily.sections] == ["header", "incidents", "sources"]
    assert daily.sections[2].title == "References"
    assert [s.id for s in config.sources_for(daily)] == ["local"]


def test_env_config_variable_is_used(tmp_path, monkeypatch):
    """REPORTER_CONFIG names the config when no path is given."""
    monkeypatch.setenv("REPORTER_CONFIG", str(write(tmp_path, GOOD)))
    assert load_config().brief("daily").title == "Daily"


def test_smtp_password_comes_from_environment(tmp_path, monkeypatch):
    """The SMTP password is read from the variable named in config, and its absence says which to set."""
    path = write(tmp_path, "delivery:\n  smtp:\n    host: mail.example.org\n    password: ${MY_SMTP_PW}\n")
    smtp = load_config(path).delivery.smtp
    monkeypatch.delenv("MY_SMTP_PW", raising=False)
    with pytest.raises(ConfigError, match="MY_SMTP_PW"):
        smtp.resolve_password()
    monkeypatch.setenv("MY_SMTP_PW", "s3cret")
    assert smtp.resolve_password() == "s3cret"


BRIEF = "briefs:\n  - id: a\n    title: A\n"

BAD = [
    # (config text, expected line, expected key, expected words)
    (BRIEF + '    schedule:\n      cron: "61 * * * *"\n', 5, "briefs[0].schedule.cron", "not a valid cron"),
    (BRIEF + '    schedule:\n      cron: "0 6 * *"\n', 5, "briefs[0].schedule.cron", "expected 5 fields"),
    (
        BRIEF + '    schedule:\n      cron: "0 6 * * *"\n      timezone: Mars/Olympus\n',
        6,
        "briefs[0].schedule.timezone",
        "IANA time zone",
    ),
    ("storage:\n  databse: x.db\n", 2, "storage.databse", "unknown key; did you mean 'database'?"),
    ("colour: blue\n", 1, "colour", "unknown key; expected one of storage, output, templates"),
    (BRIEF + "    recipients: {to: [a@b.org], bc: [c@d.org]}\n", 4, "briefs[0].recipients.bc", "mean 'bcc'"),
    (BRIEF + "    tags: iraq\n", 4, "briefs[0].tags", "'iraq' is not a list; write it as [iraq]"),
    (BRIEF + "    paper: A5\n", 4, "briefs[0].paper", "'A4' or 'Letter'"),
    (
        "sources:\n  - id: s\n    kind: rss\n    url: https://x.org/f\n",
        3,
        "sources[0].kind",
        "'file', 'feed' or 'web'",
    ),
    ("sources:\n  - id: s\n    kind: feed\n", 2, "sources[0]", "needs 'url'"),
    ("sources:\n  - id: s\n    kind: web\n    url: ftp://x.org/a\n", 2, "sources[0]", "not an http(s) URL"),
    (BRIEF + "    sources: [nope]\n", 4, "briefs[0].sources[0]", "unknown source 'nope'"),
    ("fetch:\n  timeout: -1\n", 2, "fetch.timeout", "greater than 0"),
    ("fetch:\n  concurrency: lots\n", 2, "fetch.concurrency", "valid integer"),
    ("briefs:\n  - id: a\n", 2, "briefs[0].title", "required key is missing"),
    ("delivery:\n  smtp:\n    host: x\n    password: hunter2\n", 4, "delivery.smtp.password", "${ENV_VAR}"),
    (BRIEF + "    period: 3 days\n", 4, "briefs[0].period", "not a period"),
    (BRIEF + "    sections: [header, gossip]\n", 4, "briefs[0].sections[1].id", "'gossip' is not one of"),
    (BRIEF + "    handling: SECRET\n", 4, "briefs[0].handling", "TLP 2.0"),
    (
        BRIEF + "    recipients:\n      to: [not-an-address]\n",
        5,
        "briefs[0].recipients.to",
        "not an email address",
    ),
    (
        "sources:\n  - {id: a, kind: file, path: x}\n  - {id: a, kind: file, path: y}\n",
        3,
        "sources[1].id",
        "duplicate",
    ),
    (BRIEF + "    delivery: [smtp]\n", 4, "briefs[0].delivery", "delivery.smtp"),
    (BRIEF + "    delivery: [pigeon]\n", 4, "briefs[0].delivery[0]", "'outbox', 'smtp' or 'directory'"),
    (
        BRIEF + "    schedule:\n      cron: '0 6 * * *'\n      misfire: maybe\n",
        6,
        "briefs[0].schedule.misfire",
        "'skip' or 'run_once'",
    ),
    ("briefs: [unclosed\n", 2, None, "invalid YAML"),
    ("- just\n- a list\n", 1, None, "expected a mapping"),
]


@pytest.mark.parametrize(("text", "line", "key", "words"), BAD, ids=[b[2] or b[3] for b in BAD])
def test_bad_config_one_line_error(tmp_path, text, line, key, words):
    """Each bad config names file, line, key path and what was expected."""
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert message.startswith(f"{path}:{line}: "), message
    if key:
        assert f": {key}: " in message, message
    assert words in message, message
    assert "\n" not in message


def test_every_mistake_is_named_at_once_in_the_files_order(tmp_path):
    """An admin fixes them all in one pass: one line per mistake, top to bottom."""
    path = write(tmp_path, BRIEF + "    paper: A5\n    tags: iraq\nfetch:\n  timeout: -1\ncolour: blue\n")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert [line.split(": ")[1] for line in str(info.value).splitlines()] == [
        "briefs[0].paper",
        "briefs[0].tags",
        "fetch.timeout",
        "colour",
    ]


@pytest.mark.parametrize("index", [0, 3, 9, 13, 22])
def test_validate_command_exits_2_with_one_line(tmp_path, index):
    """`reporter validate` on a bad config prints exactly one line, no traceback, and exits 2."""
    text, line, _key, words = BAD[index]
    path = write(tmp_path, text)
    result = run_cli("validate", "--config", str(path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert f"{path}:{line}:" in lines[0] and words in lines[0]
    assert "Traceback" not in result.stderr


def test_validate_missing_file_exits_2(tmp_path):
    """A config path that does not exist is a config error, not a crash."""
    result = run_cli("validate", "--config", str(tmp_path / "nope.yaml"))
    assert result.returncode == 2
    assert "no such config file" in result.stderr


def test_validate_good_config_exits_0(tmp_path):
    """A valid config validates with exit 0 and a summary."""
    (tmp_path / "articles").mkdir()
    result = run_cli("validate", "--config", str(write(tmp_path, GOOD)))
    assert result.returncode == 0, result.stderr
    assert "2 sources, 1 briefs" in result.stdout
