"""The incidents chart over a long period, read back from the rendered PDF and its SVG: bars as wide
as the period needs, so every dated incident is drawn and the heading names the bar width."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date, timedelta

import pypdf

from reporter.brief import charts
from reporter.brief.render import render_brief
from tests.test_render import _render_data


def _spread(incidents, start: date, every_days: int, count: int = 13):
    """``count`` incidents made from the given ones, one every ``every_days`` days from ``start``."""
    out = []
    for n in range(count):
        day = (start + timedelta(days=n * every_days)).isoformat()
        inc = incidents[n % len(incidents)]
        out.append(replace(inc, key=f"k{n}", number=n + 1, date=day, date_from=day, date_to=day))
    return out


def _bars(svg: str) -> int:
    """Incidents drawn: each bar segment's height over one incident's height (legend swatches are 5 high)."""
    heights = [float(h) for h in re.findall(r'<rect [^>]*height="([\d.]+)"', svg) if float(h) != 5.0]
    unit = min(heights)
    return round(sum(h / unit for h in heights))


def test_a_brief_over_years_draws_every_incident_in_month_bars(tmp_path):
    """Incidents 80 days apart over nearly three years: 45 days, or weeks, would draw one or four of
    them; months draw all, and the heading and caption say the bars are months."""
    data, config = _render_data()
    incidents = _spread(data.incidents, date(2022, 1, 10), 80)
    assert charts.chart_unit(incidents) == "month"
    svg = charts.incidents_by_day(incidents)
    assert _bars(svg) == len(incidents)
    assert ">2022</text>" in svg and ">2024</text>" in svg

    from tests.test_brief_helpers import load_spec

    _, spec = load_spec(tmp_path)
    spec = spec.model_copy(update={"sections": [s for s in spec.sections if s.id == "incident_chart"]})
    pdf = render_brief(replace(data, incidents=incidents), spec=spec, config=config).pdf
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split())
    assert "Incidents by month and type" in text
    assert "Incidents by day and type" not in text
    assert "Each bar is one month." in text
    assert "Only the last" not in text


def test_one_stray_old_incident_keeps_day_bars():
    """Two incidents of twenty a year early: days still (they are left out, and the caption says
    so), not a year of months with the rest in one bar."""
    data, _ = _render_data()
    incidents = _spread(data.incidents, date(2025, 5, 1), 2, count=20)
    for n in (0, 1):
        incidents[n] = replace(incidents[n], date="2024-05-01", date_from="2024-05-01", date_to="2024-05-01")
    assert charts.chart_unit(incidents) == "day"
    svg = charts.incidents_by_day(incidents)
    assert _bars(svg) == len(incidents) - 2
    assert charts.incidents_by_day_note(incidents).startswith("Only the last 45 days are drawn")


def test_bins_start_on_their_first_day():
    d = date(2025, 8, 14)  # a Thursday
    assert [charts.bin_start(d, u) for u in charts.UNITS] == [
        d,
        date(2025, 8, 11),
        date(2025, 8, 1),
        date(2025, 7, 1),
        date(2025, 1, 1),
    ]
