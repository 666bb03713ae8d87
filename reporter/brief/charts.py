"""Small SVG charts for the brief: incidents by day and type, and the withdrawal timeline.

matplotlib is imported lazily and used without pyplot (a bare ``Figure`` on the SVG canvas: no
display, no backend selection, no global figure registry). Text stays text in
the SVG (``svg.fonttype: none``) so charts are small and use the brief's font; matplotlib escapes
it, so article-derived labels cannot inject markup.
"""

from __future__ import annotations

import contextlib
import io
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from typing import Any

from reporter.brief.merge import MergedIncident, date_bounds
from reporter.brief.merge_posture import MergedMilestone
from reporter.incident_types import TYPES

#: One colour per incident type, also used in the map legend.
TYPE_COLOURS = {str(kind): info.colour for kind, info in TYPES.items()}
_RC = {
    "svg.fonttype": "none",
    "font.family": "DejaVu Sans",
    "font.size": 7,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "svg.hashsalt": "reporter",  # stable ids: the same brief gives the same bytes
}


@contextlib.contextmanager
def new_figure(width_in: float, height_in: float) -> Iterator[Any]:
    """A matplotlib ``Figure`` on the SVG canvas, built and saved under the brief's rc settings."""
    import matplotlib
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.figure import Figure

    with matplotlib.rc_context(_RC):
        fig = Figure(figsize=(width_in, height_in))
        FigureCanvasSVG(fig)
        yield fig


def to_svg(fig: Any) -> str:
    out = io.StringIO()
    fig.savefig(out, format="svg", bbox_inches="tight", metadata={"Date": None})
    return out.getvalue()


def incidents_by_day(incidents: Sequence[MergedIncident], *, max_days: int = 45) -> str | None:
    """Stacked bars: incidents per day (first day of each incident's date), coloured by type."""
    days = [(date.fromisoformat(i.date_from), i.type) for i in incidents if i.date_from]
    if not days:
        return None
    last = max(d for d, _ in days)
    first = max(min(d for d, _ in days), last - timedelta(days=max_days - 1))
    span = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    counts = Counter((d, t) for d, t in days if d >= first)
    kinds = [k for k in TYPE_COLOURS if any(t == k for _, t in counts)]
    with new_figure(7.0, 1.6) as fig:
        ax = fig.add_subplot()
        bottom = [0] * len(span)
        xs = list(range(len(span)))
        for kind in kinds:
            heights = [counts.get((d, kind), 0) for d in span]
            ax.bar(
                xs, heights, bottom=bottom, color=TYPE_COLOURS[kind], label=kind.replace("_", " "), width=0.8
            )
            bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
        step = max(1, len(span) // 12)
        ax.set_xticks(xs[::step], [f"{d.day} {d:%b}" for d in span[::step]])
        ax.set_ylabel("incidents")
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.legend(
            frameon=False, fontsize=6, ncol=min(4, len(kinds)), loc="upper left", bbox_to_anchor=(0, 1.25)
        )
        return to_svg(fig)


def timeline(milestones: Sequence[MergedMilestone], *, today: date) -> str | None:
    """One row per commitment; a dot at each claimed due date (hollow where sources differ); a today line."""
    rows = []
    for m in milestones:
        claims = m.disagreements[0].claims if m.disagreements else ()
        dates = [b[1] for b in (date_bounds(c.value) for c in claims) if b] or [
            date.fromisoformat(m.due_date)
        ]
        rows.append((m, dates))
    if not rows:
        return None
    import matplotlib.dates as mdates

    all_dates = [d for _, ds in rows for d in ds] + [today]
    lo, hi = min(all_dates) - timedelta(days=45), max(all_dates) + timedelta(days=45)
    with new_figure(7.0, 0.5 + 0.32 * len(rows)) as fig:
        ax = fig.add_subplot()
        for y, (m, dates) in enumerate(reversed(rows)):
            colour = {"passed": "#777777", "overdue": "#D55E00", "due": "#0072B2"}.get(m.status, "#999999")
            if len(dates) > 1:
                ax.plot([min(dates), max(dates)], [y, y], color=colour, linewidth=1, linestyle=":")
            for n, d in enumerate(dates):
                ax.plot(
                    [d],
                    [y],
                    marker="o",
                    markersize=6,
                    color=colour,
                    markerfacecolor=colour if n == 0 else "white",
                )
        ax.axvline(today, color="#C00000", linewidth=1.2)
        # Above the plot area (axes fraction 1.0), where no row can hide it and the tight bbox keeps it.
        ax.annotate(
            "today",
            (today, 1.0),
            xycoords=("data", "axes fraction"),
            color="#C00000",
            fontsize=6,
            ha="center",
            va="bottom",
            xytext=(0, 1),
            textcoords="offset points",
        )
        labels = [_short(m.what) for m, _ in reversed(rows)]
        ax.set_yticks(range(len(rows)), labels)
        ax.set_ylim(-0.6, len(rows) - 0.2)
        ax.set_xlim(lo, hi)
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=8))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
        ax.spines["left"].set_visible(False)
        ax.tick_params(axis="y", length=0)
        ax.grid(axis="x", color="#dddddd", linewidth=0.5)
        return to_svg(fig)


def _short(text: str, limit: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
