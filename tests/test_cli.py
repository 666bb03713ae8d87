"""The `reporter` command end to end, in subprocesses from clean temporary directories."""

from __future__ import annotations

import re
import shutil
import time

import pytest
from pypdf import PdfReader

from tests.conftest import ROOT, run_cli

# The moment `make run` gives the bundled demo; the bundled config itself pins none, so `serve` uses real time.
DEMO_MOMENT = re.search(r"^DEMO_MOMENT := (\S+)$", (ROOT / "Makefile").read_text(), re.M).group(1)

ARTICLE = """---
title: Drone downed near Erbil air base
outlet: Test Wire
url: https://example.org/erbil-drone
published: 2025-06-14
---
A drone was shot down near Erbil air base in northern Iraq on Saturday, two security officials said.
No casualties were reported. The United States has about 2,500 troops in Iraq.
"""

CONFIG = """\
storage: {{database: var/db.sqlite}}
output: {{directory: out}}
delivery: {{outbox: var/outbox}}
sources:
  - {{id: local, kind: file, path: articles/*.txt}}
  - {{id: broken, kind: file, path: missing/*.txt}}
briefs:
  - id: test
    title: Test brief
    period: all
    as_of: 2025-06-15T06:00:00Z
    handling: {handling}
    recipients: {{to: [reader@example.org]}}
    sections: [header, incidents, sources]  # no map or charts: the bundled demo test draws those
"""


@pytest.fixture
def workdir(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "erbil.txt").write_text(ARTICLE)
    (tmp_path / "missing").mkdir()  # exists (else the config is refused) but holds no articles
    (tmp_path / "reporter.yaml").write_text(CONFIG.format(handling="TLP:GREEN"))
    return tmp_path


def test_help_lists_commands():
    """`reporter --help` lists the main commands and exits 0."""
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("run", "validate", "sources", "extract"):
        assert command in result.stdout


def test_version():
    """`reporter --version` prints the version."""
    result = run_cli("--version")
    assert result.returncode == 0 and "reporter" in result.stdout


def test_run_writes_pdf_despite_broken_source(workdir):
    """A run prints the PDF path; a failing source is reported on stderr and does not stop the run."""
    result = run_cli("run", "--config", str(workdir / "reporter.yaml"), cwd=workdir)
    assert result.returncode == 0, result.stderr
    pdf = workdir / result.stdout.strip().splitlines()[-1]
    assert pdf.is_file() and pdf.parent == workdir / "out" / "test"
    assert pdf.name == "test-20250615T0600Z-run1.pdf"
    assert "source broken" in result.stderr
    reader = PdfReader(pdf)
    assert reader.metadata.title.startswith("Test brief")  # then "— issue N, DTG"
    for page in reader.pages:
        assert page.extract_text().count("TLP:GREEN") >= 1
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Drone downed near Erbil air base" in text
    assert "Test Wire" in text
    assert not list((workdir / "out" / "test").glob(".*.tmp")), "temporary files left behind"
    assert list((workdir / "var" / "outbox").glob("*.eml"))


def test_run_as_of_names_output_and_never_overwrites(workdir):
    """--as-of sets the brief's moment and so its file name; a second run at that moment gets its
    own file, so the PDF delivered first stays as it was and history points at each run's own."""
    args = ("run", "--config", str(workdir / "reporter.yaml"), "--as-of", "2025-06-20T12:30Z")
    first = run_cli(*args, cwd=workdir)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip().endswith("test-20250620T1230Z-run1.pdf")
    delivered = (workdir / first.stdout.strip()).read_bytes()
    second = run_cli(*args, "--no-deliver", cwd=workdir)
    assert second.stdout.strip().endswith("test-20250620T1230Z-run2.pdf")
    assert (workdir / first.stdout.strip()).read_bytes() == delivered
    history = run_cli("history", "--config", str(workdir / "reporter.yaml"), cwd=workdir).stdout
    assert "run1.pdf" in history and "run2.pdf" in history


def test_run_unknown_brief_exits_2(workdir):
    """Asking for a brief that is not configured is a usage error."""
    result = run_cli("run", "--config", str(workdir / "reporter.yaml"), "--brief", "nope", cwd=workdir)
    assert result.returncode == 2
    assert "no brief 'nope'" in result.stderr and "Traceback" not in result.stderr


def test_sources_check_reports_each_source(workdir):
    """`sources --check` lists each source with its status and exits 1 when one fails."""
    result = run_cli("sources", "--check", "--config", str(workdir / "reporter.yaml"), cwd=workdir)
    assert result.returncode == 1
    assert "local" in result.stdout and "ok, 1 articles" in result.stdout
    assert "broken" in result.stdout and "no files match" in result.stdout


def test_bundled_demo_from_clean_directory(tmp_path):
    """The bundled config and samples, copied to a clean folder, give a PDF listing the sample articles."""
    if not any((ROOT / "config" / "samples").glob("*.txt")):
        pytest.skip("bundled samples not present")
    shutil.copytree(ROOT / "config", tmp_path / "config")
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    start = time.monotonic()
    result = run_cli("run", "--config", "config/reporter.yaml", "--as-of", DEMO_MOMENT, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - start < 120
    pdf = tmp_path / result.stdout.strip().splitlines()[-1]
    reader = PdfReader(pdf)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Ain al-Asad" in text
    assert text.count("TLP:CLEAR") >= 2 * len(reader.pages)
    # The mail of the samples: HTML part under Gmail's clipping size, the whole message under 1 MB.
    from email import message_from_bytes, policy

    raw = next((tmp_path / "var" / "outbox").glob("*.eml")).read_bytes()
    html = message_from_bytes(raw, policy=policy.default).get_body(("html",)).get_content()
    assert len(raw) < 1_000_000 and len(html.encode()) < 100_000 and "cid:" in html
