"""A disputed due date in the timeline table keeps each value and its sources on one line ("Dec 2030
[2][3][5]", then "vs Sep 2030 [7]"): in a narrow column the sources of one value broke onto a line of
their own, read as a third value."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from datetime import UTC, datetime

import pytest

from reporter.brief.build import build_brief
from reporter.brief.commitments import MergedMilestone
from reporter.brief.merge import Claim, Disagreement
from reporter.brief.render import render_brief
from tests.test_brief_helpers import load_articles, load_spec

AS_OF = datetime(2025, 6, 16, 6, 0, tzinfo=UTC)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_each_disputed_due_value_stays_on_its_line(tmp_path):
    due = Disagreement(field="due", claims=(Claim(value="2030-12", sources=(2, 3, 5)), Claim(value="2030-09", sources=(7,))))
    line = MergedMilestone(
        key="k", what="the brigade will leave the northern highlands", due="2030-12", due_date="2030-12-31",
        status="due", days=2000, status_text="in 2000 days", sources=(2, 3, 5, 7), disagreements=(due,),
    )  # fmt: skip
    config, spec = load_spec(tmp_path, sections=["header", "timeline"])
    articles, facts = load_articles()
    data = build_brief(spec, articles=articles, facts=facts, as_of=AS_OF, period_start=None, issue=3)
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(render_brief(dataclasses.replace(data, milestones=[line]), spec=spec, config=config).pdf)
    lines = [" ".join(t.split()) for t in subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.splitlines()]
    assert "Dec 2030 [2][3][5]" in lines
    assert "vs Sep 2030 [7]" in lines
