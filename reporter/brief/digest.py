"""The e-mail body: a digest of the brief, as HTML that mail clients show and as plain text.

The PDF is the full brief; the mail a reader opens shows the header (with the TLP label first),
the key points, the changes since the last brief, the most significant incidents as a compact
table, a one-line timeline glance, and the map and incidents-by-day chart as PNG parts referenced
by ``cid:`` (Gmail shows no ``data:`` images, Outlook no SVG). Both parts are rendered from one
context whose sentences are built here, so the text and the HTML say the same thing.

CSS is written as a ``<style>`` block in ``templates/email/digest.css`` and inlined into ``style``
attributes with css-inline (the only user of that library), since several clients drop ``<style>``;
only the dark-mode ``@media`` rules stay in a block, for the clients that honour them.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reporter.brief import phrasing, textfmt
from reporter.brief.build import significance

#: Width of the digest's content column in CSS pixels (a 600 px body less its padding).
IMAGE_WIDTH = 568
#: The width the figures' PNGs are drawn for (they carry twice the pixels, for dense screens).
PNG_WIDTH = IMAGE_WIDTH
HTML_TEMPLATE = "email/digest.html.j2"
TEXT_TEMPLATE = "email/digest.txt.j2"

#: Alt text and caption of each figure of the digest: (context key, alt text, caption).
FIGURES = (
    (
        "map",
        "Map of incident locations; numbers refer to the incident table",
        "Numbers refer to the incidents above and to the log in the PDF.",
    ),
    (
        "incidents_by_day",
        "Bar chart of incidents per day, stacked by type",
        "Each incident counted once, on the first day of its reported date.",
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class EmailDigest:
    html: str
    text: str
    #: Content-ID (without the angle brackets) -> PNG bytes, for each ``cid:`` in ``html``.
    images: dict[str, bytes] = field(default_factory=dict)


def top_incidents(incidents: Sequence[Any], limit: int) -> list[Any]:
    """The ``limit`` most significant incidents, most significant first."""
    return sorted(incidents, key=significance)[: max(limit, 0)]


def casualties(inc: Any) -> str:
    """'3 killed, 5 injured', 'none reported hurt', 'disputed', or 'not reported'."""
    if inc.disagreement("killed") or inc.disagreement("injured"):
        return "disputed"
    parts = [f"{textfmt.number(n)} {word}" for n, word in ((inc.killed, "killed"), (inc.injured, "injured")) if n]
    if parts:
        return ", ".join(parts)
    if inc.killed == 0 or inc.injured == 0:
        return "none"
    return "not reported"


def incident_row(inc: Any) -> dict[str, Any]:
    """One line of the digest's table; the same words serve the text part."""
    place = textfmt.clip(inc.location, 60) if inc.location else ""
    country = inc.country if inc.country and inc.country != inc.location else ""
    what = textfmt.kind(inc.type)
    if inc.count and inc.count > 1 and inc.objects:
        what = f"{what} ({textfmt.plural(inc.count, textfmt.clip(inc.objects[0], 20))})"
    elif inc.count and inc.count > 1:
        what = f"{what} ({inc.count})"
    return {
        "number": inc.number,
        "date": textfmt.fact_date(inc.date),
        "place": place or country or "place unknown",
        "country": country if place else "",
        "what": what,
        "harm": casualties(inc),
        "status": inc.status,
        "status_class": inc.status.replace(" ", "-"),
    }


def timeline_glance(milestones: Sequence[Any]) -> str:
    """One line: the next milestone and its countdown, else the latest one passed."""
    upcoming = [m for m in milestones if m.status == "due"]
    if upcoming:
        m = upcoming[0]
        when = "due today" if m.days == 0 else f"{m.days} day{'s' if m.days != 1 else ''} to go"
        later = f" ({len(upcoming) - 1} more later)" if len(upcoming) > 1 else ""
        return f"Next milestone: {textfmt.clip(m.label, 110)}, due {textfmt.fact_date(m.due)}: {when}{later}."
    past = [m for m in milestones if m.status in ("passed", "overdue")]
    if past:
        m = past[-1]
        return f"No milestone ahead; the last, {textfmt.clip(m.label, 110)} ({textfmt.fact_date(m.due)}), {m.status} {m.status_text}."
    return "No withdrawal milestones reported in the period."


def changes_summary(data: Any, limit: int = 5) -> dict[str, Any]:
    """The changes since the last brief: one sentence, a few lines, and how many more the PDF lists."""
    c = data.changes
    if c.first:
        return {"summary": "First issue on record: every incident is new.", "lines": [], "more": 0}
    by_number = {i.number: i for i in data.incidents}
    summary = (
        f"Compared with issue {c.previous_issue}: "
        f"{phrasing.change_counts(c.count('new'), c.count('escalated'), c.count('unchanged'))}"
        + (f"; {len(c.dropped)} no longer reported." if c.dropped else ".")
    )
    lines = []
    for ch in c.incidents:
        inc = by_number.get(ch.incident)
        if ch.status == "unchanged" or inc is None:
            continue
        what = f"{textfmt.kind(inc.type)} {phrasing.incident_place(inc)}, {textfmt.fact_date(inc.date)}"
        lines.append(
            f"{ch.status.capitalize()}: {what} (incident {inc.number}){': ' + ch.note if ch.note else ''}"
        )
    lines += [f"Posture: {line}" for line in c.posture]
    lines += [f"Timeline: {line}" for line in c.milestones]
    return {"summary": summary, "lines": lines[:limit], "more": max(len(lines) - limit, 0)}


def cid_for(name: str, data: Any, png: bytes) -> str:
    """A Content-ID unique to this figure's bytes: ``map.3f2a…@iraq-daily.reporter``."""
    digest = hashlib.sha256(png).hexdigest()[:12]
    return f"{name}.{digest}@{data.brief_id}.reporter"


def _png_size(png: bytes) -> tuple[int, int]:
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        return image.size


def digest_context(context: dict[str, Any], *, spec: Any) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The digest's template context (on top of the brief's) and its images by Content-ID."""
    from reporter.brief.svg import to_png

    data = context["brief"]
    images: dict[str, bytes] = {}
    figures = []
    # The figures' SVGs drawn as PNG, only when the brief goes out by mail at all.
    mailed = {"outbox", "smtp"} & set(spec.delivery)
    for key, alt, caption in FIGURES:
        svg = context.get("svg", {}).get(key) if mailed else None
        if not svg:
            continue
        png = to_png(svg, PNG_WIDTH)
        cid = cid_for(key, data, png)
        images[cid] = png
        w, h = _png_size(png)
        shown = IMAGE_WIDTH  # CSS scales the picture to the column; Outlook reads the attributes
        note = context.get({"map": "map_note", "incidents_by_day": "chart_note"}[key], "")
        figures.append(
            {
                "key": key,
                "cid": cid,
                "alt": alt,
                "caption": f"{caption} {note}".strip(),
                "width": shown,
                "height": round(h * shown / w),
                "title": context["section_titles"].get("map" if key == "map" else "incident_chart", ""),
            }
        )
    top = top_incidents(data.incidents, spec.email_top_incidents)
    period_from = textfmt.dtg(data.period_start) if data.period_start else "all reports on record"
    in_pdf = [s["title"] for s in context["sections"] if s["id"] not in ("header", "key_points")]
    extra = {
        "period": f"{period_from} – {textfmt.dtg(data.as_of)}",
        "top": [incident_row(i) for i in top],
        "top_total": len(data.incidents),
        "top_limit": spec.email_top_incidents,
        "changes_digest": changes_summary(data),
        "glance": timeline_glance(data.milestones),
        "figures": figures,
        "pdf_holds": phrasing.join_and(t.lower() for t in in_pdf),
        "image_width": IMAGE_WIDTH,
    }
    return {**context, **extra}, images


def inline_css(html: str) -> str:
    """Styles moved into ``style`` attributes; ``@media`` rules kept in a block; nothing fetched."""
    import css_inline

    inliner = css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False)
    return inliner.inline(html)


def render_digest(env: Any, context: dict[str, Any], *, spec: Any) -> EmailDigest:
    """Both parts of the mail from the brief's context; ``env`` is the brief's sandboxed Jinja2."""
    full, images = digest_context(context, spec=spec)
    html = inline_css(env.get_template(HTML_TEMPLATE).render(**full))
    text = env.get_template(TEXT_TEMPLATE).render(**full)
    return EmailDigest(html=html, text=text.strip() + "\n", images=images)


__all__ = [
    "IMAGE_WIDTH",
    "PNG_WIDTH",
    "EmailDigest",
    "casualties",
    "changes_summary",
    "render_digest",
    "timeline_glance",
    "top_incidents",
]
