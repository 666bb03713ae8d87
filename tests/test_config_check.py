"""One check of everything a run needs: each mistake is one line with file, line, key and the fix."""

from __future__ import annotations

import pytest

from reporter.config import load_config
from reporter.config_check import config_problems
from reporter.errors import ConfigError
from tests.conftest import run_cli

BASE = """\
storage: {database: var/db.sqlite}
output: {directory: out}
templates:
  directory: null
  theme_css: null
extraction:
  lexicons: []
sources:
  - {id: local, kind: file, path: inbox/*.txt}
delivery:
  outbox: var/outbox
briefs:
  - id: daily
    title: Daily brief
    subject: "{title} — issue {issue}"
    template: brief.html.j2
    delivery: [outbox]
"""

# (name, text replaced, replacement, key, line, words the message must hold)
CASES = [
    (
        "missing lexicon",
        "lexicons: []",
        "lexicons: [places.yaml]",
        "extraction.lexicons[0]",
        7,
        "no such lexicon file",
    ),
    (
        "missing template",
        "template: brief.html.j2",
        "template: mine.html.j2",
        "briefs[0].template",
        16,
        "no template 'mine.html.j2'",
    ),
    (
        "missing template folder",
        "directory: null",
        "directory: my-templates",
        "templates.directory",
        4,
        "no such folder",
    ),
    ("missing theme", "theme_css: null", "theme_css: theme.css", "templates.theme_css", 5, "no such file"),
    ("source folder typo", "path: inbox/*.txt", "path: inbx/*.txt", "sources[0].path", 9, "no such folder"),
    (
        "source file folder typo",
        "path: inbox/*.txt",
        "path: inbx/today.txt",
        "sources[0].path",
        9,
        "no such file or folder",
    ),
    (
        "unknown placeholder",
        "issue {issue}",
        "issue {isue}",
        "briefs[0].subject",
        15,
        "unknown placeholder {isue}",
    ),
    (
        "smtp password unset",
        "  outbox: var/outbox\n",
        '  outbox: var/outbox\n  smtp: {host: smtp.example.org, password: "${REPORTER_TEST_UNSET_PW}"}\n',
        "delivery.smtp.password",
        12,
        "REPORTER_TEST_UNSET_PW is not set",
    ),
    (
        "scheduled brief pins its moment",
        "    delivery: [outbox]\n",
        "    delivery: [outbox]\n    as_of: 2025-06-20T06:00:00Z\n    schedule: {cron: '0 6 * * *'}\n",
        "briefs[0].as_of",
        18,
        "run --as-of",
    ),
]


@pytest.fixture
def folder(tmp_path, monkeypatch):
    (tmp_path / "inbox").mkdir()  # an existing folder with no files yet is fine
    monkeypatch.delenv("REPORTER_TEST_UNSET_PW", raising=False)
    return tmp_path


def problems_of(folder, text: str) -> list[ConfigError]:
    path = folder / "reporter.yaml"
    path.write_text(text)
    try:
        config = load_config(path)
    except ConfigError as exc:
        return [exc]
    return config_problems(config)


def test_base_config_is_clean(folder):
    """The base of every case passes, with an empty source folder and no network."""
    assert problems_of(folder, BASE) == []


@pytest.mark.parametrize(("name", "old", "new", "key", "line", "words"), CASES, ids=[c[0] for c in CASES])
def test_each_mistake_is_one_line(folder, name, old, new, key, line, words):
    """Each mistake gives exactly one problem naming the file, its line, the key and what to do."""
    assert old in BASE
    problems = problems_of(folder, BASE.replace(old, new))
    assert len(problems) == 1, [str(p) for p in problems]
    text = str(problems[0])
    assert "\n" not in text
    assert text.startswith(f"{folder / 'reporter.yaml'}:{line}: {key}: "), text
    assert words in text
    assert "; " in text or "use " in text  # the fix follows the problem


def test_theme_message_says_the_file_is_missing(folder):
    """A missing theme is 'no such file', not a complaint about template directories."""
    (problem,) = problems_of(folder, BASE.replace("theme_css: null", "theme_css: theme.css"))
    assert "template directories" not in str(problem)


def test_set_password_variable_passes(folder, monkeypatch):
    """With the variable set, the same config passes."""
    monkeypatch.setenv("REPORTER_TEST_UNSET_PW", "secret")
    smtp = '  outbox: var/outbox\n  smtp: {host: smtp.example.org, password: "${REPORTER_TEST_UNSET_PW}"}\n'
    assert problems_of(folder, BASE.replace("  outbox: var/outbox\n", smtp)) == []


def test_smtp_needs_recipients(folder):
    """A brief sent by SMTP to no one is a mistake, named at its delivery line."""
    text = BASE.replace("  outbox: var/outbox\n", "  outbox: var/outbox\n  smtp: {host: smtp.example.org}\n")
    (problem,) = problems_of(folder, text.replace("delivery: [outbox]", "delivery: [smtp]"))
    assert str(problem).startswith(f"{folder / 'reporter.yaml'}:18: briefs[0].delivery: ")
    assert "add recipients.to" in str(problem)


def test_empty_file(folder):
    """An empty file is a mistake, not a config with nothing to do."""
    (problem,) = problems_of(folder, "# nothing yet\n")
    assert str(problem).startswith(f"{folder / 'reporter.yaml'}:1: the config is empty")


def test_no_briefs(folder):
    """A config without briefs has nothing to run."""
    (problem,) = problems_of(folder, BASE.split("briefs:")[0])
    assert "no briefs configured" in str(problem)


def test_all_problems_at_once(folder):
    """Several mistakes are reported together, one line each, by validate, run, preview and serve alike."""
    text = BASE.replace("lexicons: []", "lexicons: [places.yaml]").replace("inbox/*.txt", "inbx/*.txt")
    (folder / "reporter.yaml").write_text(text)
    config = str(folder / "reporter.yaml")
    for args in (("validate",), ("run", "--no-deliver"), ("preview", "--brief", "daily"), ("serve",)):
        result = run_cli(*args, "--config", config, cwd=folder)
        assert result.returncode == 2, (args, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 2 and all(line.startswith("reporter: ") for line in lines), result.stderr
        assert "Traceback" not in result.stderr
    assert not (folder / "var").exists(), "nothing may run before the config is fixed"
