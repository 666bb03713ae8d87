"""Small charts for the brief: incidents by day and type, and the withdrawal timeline.

Written as SVG directly (``svg.Canvas``), with a fixed layout: a legend band, the plot, the axis
labels. Text stays text in the brief's font. The e-mail digest rasterises the same SVG
(``svg.to_png``), so mail and PDF agree.
"""

from __future__ import annotations

import math
import re
import textwrap
from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta

from reporter.brief.commitments import MergedMilestone
from reporter.brief.merge import MergedIncident, date_bounds
from reporter.brief.svg import Canvas, nice_step, text_width
from reporter.incident_types import TYPES

#: One colour per incident type, also used in the map legend.
TYPE_COLOURS = {str(kind): info.colour for kind, info in TYPES.items()}
#: Figures are laid out this wide (points): the e-mail column's 568 CSS pixels, so the mail shows
#: 7 pt text at 7 pt; the PDF scales the same drawing to its wider column.
WIDTH_PT = 426.0
TEXT = 7.0  # points: axis labels and ticks
SMALL = 6.0  # points: legend and notes
AXIS = "#000000"


#: The incidents chart draws at most this many bars, ending on the last incident's.
CHART_DAYS = 45
#: Bar widths, finest first. A brief over years drew its last 45 days only: one bar of 56 incidents.
UNITS = ("day", "week", "month", "quarter", "year")
#: The chart takes the finest unit whose bars leave out at most this share of the dated incidents, or
#: one (one stray incident a year before the rest does not turn a month's days into one bar).
LEFT_OUT = 0.1


def bin_start(d: date, unit: str) -> date:
    """The first day of the bar ``d`` falls in: a week starts on Monday, a quarter in Jan/Apr/Jul/Oct."""
    if unit == "day":
        return d
    if unit == "week":
        return d - timedelta(days=d.weekday())
    if unit == "month":
        return d.replace(day=1)
    if unit == "quarter":
        return date(d.year, (d.month - 1) // 3 * 3 + 1, 1)
    return date(d.year, 1, 1)


def _next_bin(d: date, unit: str) -> date:
    if unit in ("day", "week"):
        return d + timedelta(days=1 if unit == "day" else 7)
    months = {"month": 1, "quarter": 3, "year": 12}[unit]
    n = d.year * 12 + d.month - 1 + months
    return date(n // 12, n % 12 + 1, 1)


def _bins_back(last: date, unit: str, count: int) -> date:
    """The first of ``count`` bars ending with the one that starts on ``last``."""
    first = last
    for _ in range(count - 1):
        if unit in ("day", "week"):
            first -= timedelta(days=1 if unit == "day" else 7)
        else:
            months = {"month": 1, "quarter": 3, "year": 12}[unit]
            n = first.year * 12 + first.month - 1 - months
            first = date(n // 12, n % 12 + 1, 1)
    return first


def chart_unit(incidents: Sequence[MergedIncident], *, max_days: int = CHART_DAYS) -> str:
    """The bar width: the finest of :data:`UNITS` whose last ``max_days`` bars hold all but at most
    :data:`LEFT_OUT` of the dated incidents, or one."""
    days = [date.fromisoformat(i.date_from) for i in incidents if i.date_from]
    if not days:
        return "day"
    for unit in UNITS:
        last = bin_start(max(days), unit)
        first = _bins_back(last, unit, max_days)
        if sum(1 for d in days if bin_start(d, unit) < first) <= max(1, LEFT_OUT * len(days)):
            return unit
    return "year"


def _window(
    incidents: Sequence[MergedIncident], max_days: int, unit: str
) -> tuple[list[tuple[date, str]], date] | None:
    """Each dated incident's (first day of its bar, type), and the first bar the chart draws."""
    days = [(bin_start(date.fromisoformat(i.date_from), unit), i.type) for i in incidents if i.date_from]
    if not days:
        return None
    last = max(d for d, _ in days)
    return days, max(min(d for d, _ in days), _bins_back(last, unit, max_days))


def chart_title(title: str, unit: str) -> str:
    """The section's default heading names the bar width the chart drew ("by month and type")."""
    return title.replace("by day", f"by {unit}") if unit != "day" else title


def incidents_by_day_note(
    incidents: Sequence[MergedIncident], *, max_days: int = CHART_DAYS, unit: str | None = None
) -> str:
    """What the chart leaves out, for its caption: a reader counting its bars against the log
    should not think incidents are missing. "" when it draws every incident by day."""
    unit = unit or chart_unit(incidents, max_days=max_days)
    window = _window(incidents, max_days, unit)
    undated = sum(1 for i in incidents if not i.date_from)
    earlier = sum(1 for d, _ in window[0] if d < window[1]) if window else 0
    parts = [f"Each bar is one {unit}."] if unit != "day" else []
    if earlier:
        parts.append(
            f"Only the last {max_days} {unit}s are drawn: {earlier} earlier "
            f"incident{'s are' if earlier > 1 else ' is'} not."
        )
    if undated:
        parts.append(f"{undated} undated incident{'s are' if undated > 1 else ' is'} not drawn.")
    return " ".join(parts)


def incidents_by_day(
    incidents: Sequence[MergedIncident], *, max_days: int = CHART_DAYS, unit: str | None = None
) -> str | None:
    """Stacked bars: incidents per day (first day of each incident's date), coloured by type; per
    week, month, quarter or year when days would leave many out (:func:`chart_unit`)."""
    unit = unit or chart_unit(incidents, max_days=max_days)
    window = _window(incidents, max_days, unit)
    if window is None:
        return None
    days, first = window
    last = max(d for d, _ in days)
    span = [first]
    while span[-1] < last:
        span.append(_next_bin(span[-1], unit))
    counts = Counter((d, t) for d, t in days if d >= first)
    kinds = [k for k in TYPE_COLOURS if any(t == k for _, t in counts)]
    return _bars(span, counts, kinds, WIDTH_PT, unit)


def _bar_label(d: date, unit: str) -> str:
    if unit == "year":
        return str(d.year)
    if unit == "quarter":
        return f"Q{(d.month - 1) // 3 + 1}"
    if unit == "month":
        return f"{d:%b}"
    return f"{d.day} {d:%b}"


def _bars(span: list[date], counts: Counter, kinds: list[str], width: float, unit: str = "day") -> str:
    # Legend: a row of swatches above the plot, wrapping onto as many rows as it needs.
    left, right, row_h = 30.0, 4.0, 9.0
    entries, x, y = [], left, 0.0
    for kind in kinds:
        label = kind.replace("_", " ")
        step = 14 + text_width(label, SMALL) + 12
        if x + step > width - right and x > left:
            x, y = left, y + row_h
        entries.append((x, y, kind, label))
        x += step
    legend_h = y + row_h + 6
    plot_h, bottom = 90.0, 22.0  # day labels, and under them the year where it is first or changes
    c = Canvas(width, legend_h + plot_h + bottom)
    for x, y, kind, label in entries:
        c.rect(x, y + 2, 10, 5, fill=TYPE_COLOURS[kind])
        c.text(x + 14, y + 7, label, size=SMALL)
    top, base = legend_h, legend_h + plot_h
    totals = [sum(counts.get((d, k), 0) for k in kinds) for d in span]
    y_max = max(totals) * 1.05
    step = max(1, round(nice_step(y_max, 5)))  # whole incidents only

    def y_of(v: float) -> float:
        return base - v / y_max * plot_h

    slot = (width - right - left) / len(span)
    for n, d in enumerate(span):
        height = 0
        for kind in kinds:
            count = counts.get((d, kind), 0)
            if count:
                c.rect(left + slot * (n + 0.1), y_of(height + count), slot * 0.8, count / y_max * plot_h,
                       fill=TYPE_COLOURS[kind])  # fmt: skip
                height += count
    c.line(left, top, left, base, colour=AXIS, width=0.8)
    c.line(left, base, width - right, base, colour=AXIS, width=0.8)
    for v in range(0, math.floor(y_max) + 1, step):
        c.line(left - 3, y_of(v), left, y_of(v), colour=AXIS, width=0.8)
        c.text(left - 5, y_of(v) + TEXT * 0.35, str(v), size=TEXT, anchor="end")
    c.text(8, top + plot_h / 2, "incidents", size=TEXT, anchor="middle", rotate=-90)
    # As many bar labels as fit side by side.
    widest = max(text_width(_bar_label(d, unit), TEXT) for d in span)
    every = math.ceil(len(span) * (widest + 6) / (width - right - left))
    year = None
    for n in range(0, len(span), every):
        x = left + slot * (n + 0.5)
        c.line(x, base, x, base + 3, colour=AXIS, width=0.8)
        label = _bar_label(span[n], unit)
        # Centred under its tick, but moved in where the last day's label would cross the edge.
        tx = min(x, width - text_width(label, TEXT) / 2 - 1)
        c.text(tx, base + 3 + TEXT, label, size=TEXT, anchor="middle")
        # Days alone leave the reader guessing which year the bars are in (a year's bar names it).
        if unit != "year" and span[n].year != year:
            year = span[n].year
            c.text(tx, base + 4 + 2 * TEXT, str(year), size=TEXT, anchor="middle")
    return c.svg()


#: Timeline marker colours by milestone status.
STATUS_COLOURS = {"passed": "#777777", "overdue": "#D55E00", "due": "#0072B2", "completed": "#009E73"}
TODAY = "#C00000"


#: Most rows in one timeline figure. A figure is one unbreakable image, so a taller one would run
#: past the page footer (or be pushed alone to the next page, leaving its heading behind). 22 rows
#: draw 466 pt high, about 580 pt on the page scaled to the column (A4: x1.21, Letter: x1.25): that
#: leaves room for the section heading and the caption under Letter's 684 pt content box.
TIMELINE_ROWS = 22


def timeline(
    milestones: Sequence[MergedMilestone],
    *,
    today: date,
    width: float = WIDTH_PT,
    most_rows: int = TIMELINE_ROWS,
) -> list[str]:
    """One row per commitment; a dot at each claimed due date (hollow where sources differ); a today line.

    Many commitments are split into figures of at most ``most_rows`` rows each, of even size, all on
    one date axis and label column, so they read as one chart continued. ``[]`` when there are none.
    """
    rows = []
    for m in milestones:
        claims = m.disagreements[0].claims if m.disagreements else ()
        dates = [b[1] for b in (date_bounds(c.value) for c in claims) if b] or [
            date.fromisoformat(m.due_date)
        ]
        rows.append((label_lines(m.headline or m.what), STATUS_COLOURS.get(m.status, "#999999"), dates))
    if not rows:
        return []
    lo, hi = _axis([d for *_, ds in rows for d in ds], today)
    left = 8 + max(text_width(line, TEXT) for lines, *_ in rows for line in lines)
    per_part = math.ceil(len(rows) / math.ceil(len(rows) / most_rows))
    # The colours' key, under the last part: a label names the step, its colour the status the table gives.
    shown = {m.status for m in milestones}
    key = [(s, colour) for s, colour in STATUS_COLOURS.items() if s in shown]
    return [
        _timeline_part(
            rows[k : k + per_part], today=today, lo=lo, hi=hi, left=left, width=width,
            key=key if k + per_part >= len(rows) else (),
        )
        for k in range(0, len(rows), per_part)
    ]


#: A date further than this from all the others is off the axis: one deadline in 2040 would squeeze
#: every other row into a sliver of the chart. It is drawn at the axis edge with its year.
_OFF_AXIS = timedelta(days=3 * 365)


def _axis(dates: list[date], today: date) -> tuple[date, date]:
    """The axis ends: every date and today, less the lone far ones at either end (see :data:`_OFF_AXIS`)."""
    days = sorted({*dates, today})
    while len(days) > 2 and days[-1] - days[-2] > _OFF_AXIS and days[-1] != today:
        days.pop()
    while len(days) > 2 and days[1] - days[0] > _OFF_AXIS and days[0] != today:
        days.pop(0)
    return days[0] - timedelta(days=45), days[-1] + timedelta(days=45)


def _timeline_part(
    rows: list, *, today: date, lo: date, hi: date, left: float, width: float, key: Sequence[tuple[str, str]] = ()
) -> str:
    right, top, row_h = 6.0, 10.0, 20.0
    plot_h = row_h * len(rows)
    base = top + plot_h
    c = Canvas(width, base + 16 + (10 if key else 0))
    x = left
    for status, colour in key:
        c.circle(x + 3, base + 20, 2.5, fill=colour, stroke=colour, stroke_width=1.0)
        c.text(x + 8, base + 22, status, size=SMALL)
        x += 8 + text_width(status, SMALL) + 10
    days = (hi - lo).days

    def x_of(d: date) -> float:
        d = min(max(d, lo), hi)  # off the axis: at its edge, its year told beside it
        return left + (d - lo).days / days * (width - right - left)

    labels = []
    for tick in month_ticks(lo, hi):
        x = x_of(tick)
        c.line(x, top, x, base, colour="#dddddd", width=0.5)
        c.line(x, base, x, base + 3, colour=AXIS, width=0.8)
        labels.append((x, f"{tick:%b %Y}"))
    for x, label in _tick_labels(labels, width):
        c.text(x, base + 3 + TEXT, label, size=SMALL, anchor="middle")
    c.line(left, base, width - right, base, colour=AXIS, width=0.8)
    for n, (lines, colour, dates) in enumerate(rows):
        y = top + row_h * (n + 0.5)
        # One line centred on the row; two lines one above and one below its middle.
        first = y + TEXT * 0.35 - (len(lines) - 1) * TEXT * 0.6
        for k, line in enumerate(lines):
            c.text(left - 6, first + k * TEXT * 1.2, line, size=TEXT, anchor="end")
        if len(dates) > 1:
            c.line(
                x_of(min(dates)), y, x_of(max(dates)), y, colour=colour, width=1.0, stroke_dasharray="1 1.6"
            )
        for k, d in enumerate(dates):
            c.circle(x_of(d), y, 3.0, fill=colour if k == 0 else "#ffffff", stroke=colour, stroke_width=1.0)
            if d > hi:
                c.text(x_of(d) - 5, y - 4, f"→ {d:%Y}", size=SMALL, anchor="end", colour=colour)
            elif d < lo:
                c.text(x_of(d) + 5, y - 4, f"{d:%Y} ←", size=SMALL, anchor="start", colour=colour)
    # Above the plot area, where no row can hide it.
    c.line(x_of(today), top, x_of(today), base, colour=TODAY, width=1.2)
    c.text(x_of(today), top - 2, "today", size=SMALL, anchor="middle", colour=TODAY)
    return c.svg()


def _tick_labels(ticks: list[tuple[float, str]], width: float) -> list[tuple[float, str]]:
    """Tick labels centred under their ticks, the last moved in where it would cross the figure's
    right edge (its year was cut to "Jan 202"); a label the moved one would then touch gives way."""
    if not ticks:
        return []
    *rest, (x, label) = ticks
    half = text_width(label, SMALL) / 2
    x = min(x, width - half - 1)
    kept = [(x, label)]
    for tx, tl in reversed(rest):
        if tx + text_width(tl, SMALL) / 2 + 2 <= kept[-1][0] - text_width(kept[-1][1], SMALL) / 2:
            kept.append((tx, tl))
    return kept[::-1]


def month_ticks(lo: date, hi: date, most: int = 8) -> list[date]:
    """First days of months between ``lo`` and ``hi``, every 1, 2, 3, 4, 6 or 12 months, at most ``most``."""
    months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
    every = next((k for k in (1, 2, 3, 4, 6, 12) if months / k <= most), 12 * math.ceil(months / most / 12))
    out = []
    year, month = lo.year, lo.month
    while (year, month) <= (hi.year, hi.month):
        first = date(year, month, 1)
        if lo <= first and (year * 12 + month - 1) % every == 0:
            out.append(first)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


_PARTY = re.compile(r"\s(\([^()]{1,40}\))$")


def label_lines(text: str, width: int = 44, most: int = 2) -> tuple[str, ...]:
    """A commitment's label on at most ``most`` lines of at most ``width`` characters, broken between
    words into lines of even length. One too long loses words from its end but keeps the party in
    brackets that closes it ("... will leave (coalition)"): cut mid-word, it read "will leave (...".
    """
    text = " ".join(text.split())
    if len(text) <= width:
        return (text,)
    for w in range(math.ceil(len(text) / most), width + 1):
        lines = textwrap.wrap(text, w)
        if len(lines) <= most:
            return tuple(lines)
    m = _PARTY.search(text)
    party = f" {m.group(1)}" if m else ""
    words = (text[: m.start()] if m else text).split()
    while len(words) > 1:
        words.pop()
        lines = textwrap.wrap(" ".join(words).rstrip(",;:-") + "…" + party, width)
        if len(lines) <= most:
            return tuple(lines)
    return (text[: width - 1] + "…",)
