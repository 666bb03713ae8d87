"""Brief data -> HTML (sandboxed Jinja2) -> PDF (WeasyPrint, in ``pdf``).

``render_brief`` builds the template context (documented in ``templates/README.md``): the brief,
the enabled sections in their configured order, SVG charts and the map as ``data:`` URIs, and the
formatting filters; renders it once for print (PDF) and once for screen (HTML preview and email);
and attaches the brief's facts (``facts.json``, ``incidents.csv``) inside the PDF.

Templates are looked up in the user's template directory first, then in the bundled
``templates/``. Templates and article text are untrusted: autoescape is on, the Jinja2 sandbox
is used, and WeasyPrint may read only ``data:`` URIs and files under the template directories.
"""

from __future__ import annotations

import base64
import contextlib
import logging
import mimetypes
import os
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, TemplateError, select_autoescape
from jinja2.bccache import Bucket, FileSystemBytecodeCache
from jinja2.sandbox import SandboxedEnvironment

from reporter import files
from reporter.brief import textfmt
from reporter.brief.pdf import PdfMeta
from reporter.errors import RenderError

log = logging.getLogger(__name__)

BUNDLED_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def template_dirs(user_dir: Path | None) -> tuple[Path, ...]:
    dirs = [user_dir] if user_dir else []
    dirs.append(BUNDLED_TEMPLATES)
    return tuple(d.resolve() for d in dirs)


class _CompiledTemplates(FileSystemBytecodeCache):
    """Templates compiled to Python once and kept in the user cache (keyed by name and source, so an
    edited template is compiled again): compiling the brief's and the e-mail's took ~0.1 s a run."""

    def __init__(self) -> None:
        super().__init__(str(files.cache_dir() / "templates"))

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):  # an unwritable cache only costs compiling next time
            os.makedirs(self.directory, exist_ok=True)
            super().dump_bytecode(bucket)


def make_environment(dirs: Sequence[Path]) -> SandboxedEnvironment:
    """A sandboxed, autoescaping, strict Jinja2 environment over the template directories."""
    env = SandboxedEnvironment(
        loader=ChoiceLoader([FileSystemLoader(str(d)) for d in dirs]),
        bytecode_cache=_CompiledTemplates(),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        dtg=textfmt.dtg,
        localtime=textfmt.local_time,
        factdate=textfmt.fact_date,
        day=textfmt.day,
        num=textfmt.number,
        troops=textfmt.troops,
        signed=textfmt.signed,
        kind=textfmt.kind,
        clip=textfmt.clip,
        quote=textfmt.quote,
    )
    env.globals.update(
        factdate=textfmt.fact_date,
        kind=textfmt.kind,
        num=textfmt.number,
        precision_note=textfmt.precision_note,
        place_note=textfmt.place_note,
        according_to=textfmt.according_to,
        actor_lead=textfmt.actor_lead,
        claims_lead=textfmt.claims_lead,
    )
    env.tests["safe_link"] = is_safe_link
    env.globals["linked"] = {"sources": True, "incidents": set()}
    return env


def is_safe_link(url: str | None) -> bool:
    """Only http(s) URLs become links; anything else (file:, javascript:, data:) is shown as text."""
    return bool(url) and urlsplit(str(url)).scheme.lower() in ("http", "https") and len(str(url)) < 2000


@contextlib.contextmanager
def _template_errors(label: str) -> Iterator[None]:
    """A template's fault as a RenderError naming the template and its line (no traceback)."""
    try:
        yield
    except TemplateError as exc:
        where = f" (line {exc.lineno})" if getattr(exc, "lineno", None) else ""
        raise RenderError(f"{label}{where}: {exc}") from None


def render_html(template: str, context: dict[str, Any], *, dirs: Sequence[Path]) -> str:
    env = make_environment(dirs)
    with _template_errors(f"template {template}"):
        return env.get_template(template).render(**context)


@dataclass(frozen=True, kw_only=True, slots=True)
class RenderedBrief:
    pdf: bytes
    html: str
    email_html: str
    email_text: str
    #: The e-mail's PNG figures by Content-ID, each referenced as ``cid:`` in ``email_html``.
    email_images: dict[str, bytes] = field(default_factory=dict)
    subject_vars: dict[str, str]
    timings: dict[str, float] = field(default_factory=dict)


def dtg(value: datetime | None) -> str:
    """Military date-time group in UTC, e.g. ``151200Z JUN 25``."""
    return textfmt.dtg(value)


TLP_COLOURS = {
    "TLP:RED": "#FF2B2B",
    "TLP:AMBER": "#FFC000",
    "TLP:AMBER+STRICT": "#FFC000",
    "TLP:GREEN": "#33FF00",
}
DEFAULT_TITLES = {
    "header": None,
    "key_points": "Key points",
    "changes": "Changes since the last brief",
    "map": "Map of incidents",
    "incidents": "Incident log",
    "incident_chart": "Incidents by day and type",
    "posture": "Troop posture",
    "timeline": "Withdrawal timeline",
    "statements": "Statements and threats",
    "sources": "Sources",
    "method": "Method note",
}


def _data_uri(data: bytes | str, mime: str) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return f"data:{mime};base64,{base64.b64encode(raw).decode('ascii')}"


def _file_uri_under(path: Path, dirs: Sequence[Path], mime: str | None = None) -> str | None:
    """A config-named file (logo, theme) as a data: URI, only if it lies under a template directory."""
    real = path.resolve()
    if not real.is_file():
        log.warning("ignored %s: no such file (templates.theme_css / templates.logo)", path)
        return None
    if not any(real.is_relative_to(d) for d in dirs):
        log.warning("ignored %s: not under the template directories", path)
        return None
    mime = mime or mimetypes.guess_type(real.name)[0] or "application/octet-stream"
    return _data_uri(real.read_bytes(), mime)


def _disagreement_rows(data: Any, *, logged: set[int]) -> list[dict[str, Any]]:
    """Disputed values for the list under the log; a logged incident shows its own inline, so is left out."""
    rows = []
    for inc in data.incidents:
        if inc.number in logged:
            continue
        for d in inc.disagreements:
            fmt = textfmt.fact_date if d.field == "date" else (textfmt.kind if d.field == "type" else str)
            claims = [{"value": fmt(c.value), "sources": c.sources} for c in d.claims]
            # (An interception's actors shot it down, as its line says.)
            field = "intercepted by" if d.field == "interceptors" or (d.field == "actors" and inc.type == "interception") else d.field
            rows.append({"label": f"Incident {inc.number}", "field": field, "claims": claims})
    for m in data.milestones:
        for d in m.disagreements:
            # A deadline told as moved: the date it was moved from is the line's history (the
            # timeline shows it as "moved from"), not a date sources dispute.
            told = [c for c in d.claims if c.value not in (getattr(m, "superseded", ()) or ())]
            if len(told) < 2:
                continue
            claims = [{"value": textfmt.fact_date(c.value), "sources": c.sources} for c in told]
            # Named as the chart names the line (who, step, where): a source's clause cut at 60
            # characters ended mid-word ("... withdrawal from the Kurdis…").
            name = getattr(m, "headline", "") or m.what
            rows.append({"label": f"Milestone “{textfmt.clip(name, 80)}”", "field": "due date", "claims": claims})
    for p in data.posture:
        for d in p.disagreements:
            claims = [{"value": textfmt.number(int(c.value)), "sources": c.sources} for c in d.claims]
            rows.append({"label": f"{p.force} in {p.country}", "field": "troops", "claims": claims})
    return rows


def brief_context(
    data: Any, *, spec: Any, config: Any, dirs: Sequence[Path]
) -> tuple[dict[str, Any], dict[str, float]]:
    """Everything the template sees (see templates/README.md), and how long the charts took."""
    from reporter.brief import charts, geo_map

    timings: dict[str, float] = {}
    sections = [{"id": s.id, "title": s.title or DEFAULT_TITLES[s.id]} for s in spec.sections if s.enabled]
    enabled = {s["id"] for s in sections}
    cap = spec.max_incidents_in_pdf
    if cap is None or len(data.incidents) <= cap:
        shown = list(data.incidents)
    else:
        # The most recent dated incidents; undated ones (listed last) only when room is left.
        dated = [i for i in data.incidents if i.date_from]
        undated = [i for i in data.incidents if not i.date_from]
        kept = dated[-cap:] if len(dated) >= cap else [*dated, *undated[: cap - len(dated)]]
        keep = {i.number for i in kept}
        shown = [i for i in data.incidents if i.number in keep]
    svgs: dict[str, str | None] = {"map": None, "incidents_by_day": None}
    chart_note = ""
    timeline: list[str] = []  # one figure per page-sized run of rows
    started = time.perf_counter()
    drawn = geo_map.incident_map(shown) if "map" in enabled else None
    if drawn:
        svgs["map"] = drawn.svg
    if "incident_chart" in enabled:
        unit = charts.chart_unit(data.incidents)
        svgs["incidents_by_day"] = charts.incidents_by_day(data.incidents, unit=unit)
        chart_note = charts.incidents_by_day_note(data.incidents, unit=unit)
        for s in sections:  # a heading "by day" over bars of months would mislead
            if s["id"] == "incident_chart" and s["title"] == DEFAULT_TITLES["incident_chart"]:
                s["title"] = charts.chart_title(s["title"], unit)
    if "timeline" in enabled:
        timeline = charts.timeline(data.milestones, today=data.as_of.date())
    timings["charts"] = time.perf_counter() - started
    theme = config.templates.theme_css
    logo = config.templates.logo
    keywords = [data.handling, *data.filters.get("countries", ()), *sorted({i.type for i in data.incidents})]
    context = {
        "brief": data,
        "spec": spec,
        "paper": spec.paper,
        "sections": sections,
        "section_titles": {s["id"]: s["title"] or s["id"] for s in sections},
        # What an in-document link may point at: a link to a left-out section or row would dangle.
        "linked": {
            "sources": "sources" in enabled,
            "incidents": {i.number for i in shown} if "incidents" in enabled else set(),
        },
        "incidents_shown": shown,
        "incidents_omitted": len(data.incidents) - len(shown),
        "incidents_by_number": {i.number: i for i in data.incidents},
        "disagreements": _disagreement_rows(data, logged={i.number for i in shown}),
        "charts": {k: _data_uri(v, "image/svg+xml") if v else None for k, v in svgs.items()}
        | {"timeline": [_data_uri(v, "image/svg+xml") for v in timeline]},
        "svg": svgs | {"timeline": timeline},
        "map_note": drawn.note if drawn else "",
        "chart_note": chart_note,
        "map_caption": f"{geo_map.BOUNDARY_SOURCE} {geo_map.DISCLAIMER}",
        "tlp_colour": TLP_COLOURS.get(data.handling, "#FFFFFF"),
        "theme_css": _file_uri_under(config.resolve(theme), dirs, "text/css") if theme else None,
        "logo": _file_uri_under(config.resolve(logo), dirs) if logo else None,
        "author": "reporter",
        "subject": f"Situation brief, issue {data.issue}, as of {textfmt.dtg(data.as_of)}",
        "keywords": keywords,
        "output": "pdf",
    }
    return context, timings


def render_brief(data: Any, *, spec: Any, config: Any, store: Any = None) -> RenderedBrief:
    """Render a brief's data with its template into PDF bytes (facts attached) and HTML."""
    from reporter.brief import digest, pdf_worker
    from reporter.brief.export import facts_json, incidents_csv

    user_dir = config.resolve(config.templates.directory) if config.templates.directory else None
    theme_dir = config.resolve(config.templates.theme_css).parent if config.templates.theme_css else None
    logo_dir = config.resolve(config.templates.logo).parent if config.templates.logo else None
    dirs = template_dirs(user_dir)
    # The theme and logo are config-named files; they may sit beside the config, so allow their folders.
    asset_dirs = tuple(dict.fromkeys([*dirs, *(d.resolve() for d in (theme_dir, logo_dir) if d)]))
    context, timings = brief_context(data, spec=spec, config=config, dirs=asset_dirs)
    env = make_environment(dirs)
    env.globals["linked"] = context["linked"]  # macros are imported without the render context
    started = time.perf_counter()
    with _template_errors(f"template {spec.template}"):
        template = env.get_template(spec.template)
        html_print = template.render(**context)
    timings["html"] = time.perf_counter() - started
    meta = PdfMeta(
        title=f"{data.title} — issue {data.issue}, {dtg(data.as_of)}",
        subject=context["subject"],
        keywords=tuple(context["keywords"]),
        created=data.as_of,
    )
    attachments = (
        ("facts.json", facts_json(data), "The brief's facts, machine-readable"),
        ("incidents.csv", incidents_csv(data), "Incident log in ACLED-like columns"),
    )
    # In the worker process when `reporter run` started one: the screen HTML and the e-mail are
    # made meanwhile.
    pdf_pending = pdf_worker.submit(
        html_print, dirs=dirs, meta=meta, attachments=attachments, pdf_variant=spec.pdf_variant
    )
    with _template_errors(f"template {spec.template}"):
        html_screen = template.render(**{**context, "output": "html"})
    started = time.perf_counter()
    with _template_errors("e-mail template"):
        mail = digest.render_digest(env, context, spec=spec)
    timings["email"] = time.perf_counter() - started
    started = time.perf_counter()
    pdf = pdf_pending()
    timings["pdf"] = time.perf_counter() - started
    return RenderedBrief(
        pdf=pdf,
        html=html_screen,
        email_html=mail.html,
        email_text=mail.text,
        email_images=mail.images,
        subject_vars={
            "title": data.title,
            "dtg": dtg(data.as_of),
            "issue": str(data.issue),
            "brief_id": data.brief_id,
            "handling": data.handling,
        },
        timings=timings,
    )
