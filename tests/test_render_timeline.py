"""A long withdrawal timeline: its chart splits into page-sized figures that keep to the page box,
and the section heading stays on the page of the first one."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from reporter.brief.build import build_brief
from reporter.brief.charts import WIDTH_PT, timeline
from reporter.brief.commitments import MergedMilestone
from reporter.brief.render import render_brief
from tests.test_brief_helpers import load_articles, load_spec

AS_OF = datetime(2025, 6, 16, 6, 0, tzinfo=UTC)
CSS = Path(__file__).parent.parent / "templates" / "brief.css"
PAPERS_MM = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
MM = 72 / 25.4
#: Room a figure must leave on its page for the section heading above it and the caption below.
HEADING_AND_CAPTION_PT = 60.0
ROWS = 30  # one figure of 30 rows would be taller than an A4 page


def _milestones(n: int) -> list[MergedMilestone]:
    # Labels longer than the chart's two lines of 44 characters: the chart shortens them with "…",
    # the table below prints them whole, so the PDF's "…" words are the chart's row labels.
    out = []
    for k in range(n):
        due = date(2024, 1, 10) + timedelta(days=29 * k)
        status = "passed" if due < AS_OF.date() else "due"
        out.append(
            MergedMilestone(
                key=f"m{k}", what=f"Step {k + 1} of the pullout: convoy leaves the river camp for the border post and the depot past the hills",
                due=due.isoformat(), due_date=due.isoformat(), status=status, days=(due - AS_OF.date()).days,
                status_text=f"{status} on {due:%d %b %Y}", sources=(1,),
            )
        )  # fmt: skip
    return out


def _content_box(paper: str) -> tuple[float, float, float]:
    """Width, height and bottom margin (points) of the page's content box, from the brief's @page rule."""
    margin = re.search(
        r"@page\s*{[^}]*?margin:\s*([\d.]+)mm ([\d.]+)mm ([\d.]+)mm ([\d.]+)mm", CSS.read_text()
    )
    top, right, bottom, left = (float(v) * MM for v in margin.groups())
    width, height = (v * MM for v in PAPERS_MM[paper])
    return width - left - right, height - top - bottom, bottom


def test_a_long_timeline_splits_into_figures_that_fit_a_page():
    """Every row is drawn once, in even parts, each part no taller than the page leaves it."""
    parts = timeline(_milestones(ROWS), today=AS_OF.date())
    assert len(parts) > 1
    labels = [re.findall(r"Step (\d+) of", p) for p in parts]
    assert [int(n) for part in labels for n in part] == list(range(1, ROWS + 1))
    assert max(map(len, labels)) - min(map(len, labels)) <= 1
    for paper in PAPERS_MM:
        width, height, _ = _content_box(paper)
        for svg in parts:
            drawn = float(re.search(r'<svg[^>]*height="([\d.]+)"', svg).group(1)) * width / WIDTH_PT
            assert drawn <= height - HEADING_AND_CAPTION_PT, f"a part is {drawn:.0f} pt tall on {paper}"
    assert timeline([], today=AS_OF.date()) == []


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_long_timeline_in_the_pdf_keeps_heading_and_rows_on_the_page(tmp_path):
    """Rendered: the heading's page shows chart content, and every chart row lies inside a page box."""
    config, spec = load_spec(tmp_path, sections=["header", "timeline"])
    articles, facts = load_articles()
    data = build_brief(spec, articles=articles, facts=facts, as_of=AS_OF, period_start=None, issue=3)
    data = dataclasses.replace(data, milestones=_milestones(ROWS))
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(render_brief(data, spec=spec, config=config).pdf)
    bbox = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    _, _, bottom = _content_box(spec.paper)
    pages = re.findall(r'<page width="[\d.]+" height="([\d.]+)">(.*?)</page>', bbox, re.S)
    rows, heading_page = 0, None
    for n, (page_h, body) in enumerate(pages):
        words = re.findall(r'yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', body)
        texts = [w for _, w in words]
        if heading_page is None and "Withdrawal" in texts:
            heading_page = n
            assert "today" in texts, "the timeline heading stands on a page without its chart"
        for y_max, word in words:
            if word.endswith("…"):
                rows += 1
                assert float(y_max) <= float(page_h) - bottom, f"a chart row runs past page {n + 1}'s footer"
    assert heading_page is not None and rows == ROWS


def test_a_long_label_wraps_and_keeps_its_party():
    """A label too long for one line takes two, broken between words; one too long for two loses
    words from its end, never the party in brackets that closes it."""
    from reporter.brief.charts import label_lines

    assert label_lines("the mission closes its last camp") == ("the mission closes its last camp",)
    two = label_lines("its soldiers in the northern province will depart (alliance)")
    assert len(two) == 2 and " ".join(two) == "its soldiers in the northern province will depart (alliance)"
    long = label_lines(
        "the envoy said on Monday that every foreign unit stationed along the river would be gone (council)"
    )
    assert len(long) == 2 and long[-1].endswith("… (council)") and all(len(line) <= 44 for line in long)
    svg = timeline([dataclasses.replace(_milestones(1)[0], what=" ".join(two))], today=date(2025, 6, 16))[0]
    assert "(alliance)" in svg and "(…" not in svg


def test_a_lone_far_deadline_sits_at_the_axis_edge_with_its_year():
    """One commitment due in 2040 among others in 2024-2025 does not stretch the axis to 2040: its
    dot sits at the edge, its year beside it; the axis ticks stay within the near dates."""
    near = _milestones(12)
    far = dataclasses.replace(near[0], key="far", due="2040", due_date="2040-12-31", status="due")
    (svg,) = timeline([*near, far], today=AS_OF.date())
    years = {int(y) for y in re.findall(r">\w{3} (\d{4})<", svg)}
    assert years and max(years) <= 2026
    assert "→ 2040" in svg


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_a_moved_deadline_reads_as_moved_not_as_sources_disagreeing(tmp_path):
    """A deadline told as moved shows its new date, then "moved from" the old one with its sources;
    no "vs" between them (that is for outlets that disagree)."""
    from reporter.brief.commitments import merge_milestones
    from reporter.brief.merge import Report
    from reporter.models import Milestone

    said = "The Dutch pullout from Mali, first set for May 2025, was postponed to November 2025, the ministry said."
    reports = [
        Report(source=1, published=date(2025, 4, 2), fact=Milestone(what="The Dutch pullout from Mali", due=due, evidence=said))
        for due in ("2025-05", "2025-11")
    ]  # fmt: skip
    (line,) = merge_milestones(reports, as_of=AS_OF.date())
    config, spec = load_spec(tmp_path, sections=["header", "timeline"])
    articles, facts = load_articles()
    data = build_brief(spec, articles=articles, facts=facts, as_of=AS_OF, period_start=None, issue=3)
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(render_brief(dataclasses.replace(data, milestones=[line]), spec=spec, config=config).pdf)
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert "moved from May 2025 [1]" in text
    assert "vs May 2025" not in text
