"""Small charts for the brief: incidents by day and type, and the withdrawal timeline.

matplotlib is imported lazily and used without pyplot (a bare ``Figure`` on the SVG canvas: no
display, no backend selection, no global figure registry). Text stays text in
the SVG (``svg.fonttype: none``) so charts are small and use the brief's font; matplotlib escapes
it, so article-derived labels cannot inject markup. The e-mail digest asks for a PNG as well: the
same ``Figure`` is saved a second time, so the mail and the PDF show the same drawing.
"""

from __future__ import annotations

import contextlib
import io
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from reporter.brief.commitments import MergedMilestone
from reporter.brief.merge import MergedIncident, date_bounds
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


@dataclass(frozen=True, slots=True)
class Drawing:
    """One figure as SVG (for the PDF) and, when asked for, as PNG (for the e-mail)."""

    svg: str
    png: bytes | None = None


def to_svg(fig: Any) -> str:
    out = io.StringIO()
    fig.savefig(out, format="svg", bbox_inches="tight", metadata={"Date": None})
    return out.getvalue()


#: Pixels per CSS pixel in the e-mail's PNGs: sharp on high-density screens.
PNG_DENSITY = 2


def to_png(fig: Any, shown_px: int, *, density: int = PNG_DENSITY) -> bytes:
    """The figure as a palette PNG for a column ``shown_px`` CSS pixels wide, ``density`` pixels each.

    The figure is first resized to that width at 96 CSS pixels to the inch, so its 7 pt text reads
    at 7 pt in the mail rather than shrunk with a page-wide drawing. Call it after ``to_svg``: the
    resize stays on the figure. A palette of 256 colours keeps a map a quarter of its RGB size.
    """
    from PIL import Image

    width_in, height_in = fig.get_size_inches()
    scale = shown_px / 96 / width_in
    fig.set_size_inches(width_in * scale, height_in * scale)
    out = io.BytesIO()
    fig.savefig(out, format="png", dpi=96 * density, bbox_inches="tight", metadata={"Software": None})
    image = Image.open(io.BytesIO(out.getvalue())).convert("RGB")
    small = io.BytesIO()
    # Fast octree, no dithering and no optimize pass: a tenth of the time of median cut with
    # optimize, and a smaller file for these flat-coloured drawings.
    image.quantize(colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(
        small, format="PNG"
    )
    return small.getvalue()


def draw(fig: Any, png_width: int | None) -> Drawing:
    svg = to_svg(fig)  # first: to_png resizes the figure
    return Drawing(svg=svg, png=to_png(fig, png_width) if png_width else None)


def incidents_by_day(
    incidents: Sequence[MergedIncident], *, max_days: int = 45, png_width: int | None = None
) -> Drawing | None:
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
        return draw(fig, png_width)


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
            colour = {"passed": "#777777", "overdue": "#D55E00", "due": "#0072B2", "completed": "#009E73"}.get(
                m.status, "#999999"
            )
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
