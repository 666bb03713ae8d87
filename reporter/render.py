"""Brief data -> HTML (sandboxed Jinja2) -> PDF (WeasyPrint). The only module touching WeasyPrint.

Templates are looked up in the user's template directory first, then in the bundled
``templates/``. Templates and article text are untrusted: autoescape is on, the Jinja2 sandbox
is used, and WeasyPrint may read only ``data:`` URIs and files under the template directories.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, TemplateError, select_autoescape
from jinja2.sandbox import SandboxedEnvironment

from reporter.errors import RenderError

log = logging.getLogger(__name__)

BUNDLED_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


@dataclass(frozen=True, kw_only=True, slots=True)
class PdfMeta:
    title: str
    author: str = "reporter"
    subject: str | None = None
    keywords: tuple[str, ...] = ()
    created: datetime | None = None


def template_dirs(user_dir: Path | None) -> tuple[Path, ...]:
    dirs = [user_dir] if user_dir else []
    dirs.append(BUNDLED_TEMPLATES)
    return tuple(d.resolve() for d in dirs)


def make_environment(dirs: Sequence[Path]) -> SandboxedEnvironment:
    """A sandboxed, autoescaping, strict Jinja2 environment over the template directories."""
    env = SandboxedEnvironment(
        loader=ChoiceLoader([FileSystemLoader(str(d)) for d in dirs]),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def render_html(template: str, context: dict[str, Any], *, dirs: Sequence[Path]) -> str:
    env = make_environment(dirs)
    try:
        return env.get_template(template).render(**context)
    except TemplateError as exc:
        where = f" (line {exc.lineno})" if getattr(exc, "lineno", None) else ""
        raise RenderError(f"template {template}{where}: {exc}") from None


def _url_fetcher(allowed_roots: Sequence[Path]):
    from weasyprint.urls import URLFetcher

    roots = tuple(str(r.resolve()) + os.sep for r in allowed_roots)

    class RestrictedFetcher(URLFetcher):
        """Only data: URIs and files below the template directories; never the network."""

        def fetch(self, url: str, headers: Any = None) -> Any:
            scheme = url.split(":", 1)[0].lower()
            if scheme == "data":
                return super().fetch(url, headers)
            if scheme == "file":
                path = os.path.realpath(unquote(urlsplit(url).path))
                if path.startswith(roots):
                    return super().fetch(url, headers)
            log.warning("blocked resource %s", url[:200])
            raise ValueError(f"resource not allowed: {url[:200]}")

    return RestrictedFetcher(allowed_protocols=("data", "file"), allow_redirects=False)


def render_pdf(
    html: str,
    *,
    dirs: Sequence[Path],
    meta: PdfMeta,
    attachments: Sequence[tuple[str, bytes, str]] = (),
    pdf_variant: str | None = None,
) -> bytes:
    """HTML to PDF bytes; ``attachments`` are (file name, content, description) embedded in the PDF."""
    import weasyprint

    fetcher = _url_fetcher(dirs)
    base_url = dirs[-1].as_uri() + "/"
    document = weasyprint.HTML(string=html, base_url=base_url, url_fetcher=fetcher)
    files = [
        weasyprint.Attachment(string=data, name=name, description=desc) for name, data, desc in attachments
    ]
    options: dict[str, Any] = {"attachments": files or None, "pdf_variant": pdf_variant}
    if pdf_variant == "pdf/ua-1":
        options["pdf_tags"] = True
    try:
        rendered = document.render(**{k: v for k, v in options.items() if k in ("pdf_variant", "pdf_tags")})
        rendered.metadata.title = meta.title
        rendered.metadata.authors = [meta.author]
        if meta.subject:
            rendered.metadata.description = meta.subject
        rendered.metadata.keywords = list(meta.keywords)
        if meta.created:
            stamp = meta.created.strftime("%Y-%m-%dT%H:%M:%SZ")
            rendered.metadata.created = stamp
            rendered.metadata.modified = stamp
        rendered.metadata.generator = "reporter (WeasyPrint)"
        return rendered.write_pdf(**options)
    except Exception as exc:  # WeasyPrint raises many kinds; the run records one message
        raise RenderError(f"PDF rendering failed: {exc}") from exc


def write_atomically(path: Path, data: bytes) -> Path:
    """Write to a temporary file in the same folder, then rename over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


@dataclass(frozen=True, kw_only=True, slots=True)
class RenderedBrief:
    pdf: bytes
    html: str
    email_html: str
    email_text: str
    subject_vars: dict[str, str]


def dtg(value: datetime | None) -> str:
    """Military date-time group in UTC, e.g. ``151200Z JUN 25``."""
    if value is None:
        return "—"
    value = value.astimezone(UTC)
    return value.strftime("%d%H%MZ ") + value.strftime("%b %y").upper()


def render_brief(data: Any, *, spec: Any, config: Any, store: Any = None) -> RenderedBrief:
    """Render a brief's data with its template into PDF bytes and HTML."""
    user_dir = config.resolve(config.templates.directory) if config.templates.directory else None
    dirs = template_dirs(user_dir)
    env_context = {"brief": data, "paper": spec.paper, "spec": spec}
    env = make_environment(dirs)
    env.filters["dtg"] = dtg
    try:
        html = env.get_template(spec.template).render(**env_context)
    except TemplateError as exc:
        where = f" (line {exc.lineno})" if getattr(exc, "lineno", None) else ""
        raise RenderError(f"template {spec.template}{where}: {exc}") from None
    meta = PdfMeta(title=data.title, subject=f"Situation brief {dtg(data.as_of)}", created=data.as_of)
    pdf = render_pdf(html, dirs=dirs, meta=meta, pdf_variant=spec.pdf_variant)
    lines = [f"{data.title}", f"Issue {data.issue}, as of {dtg(data.as_of)}", ""]
    lines += [f"- {point}" for point in data.key_points]
    lines += ["", f"{len(data.incidents)} incidents, {len(data.sources)} sources. The PDF brief is attached."]
    text = "\n".join(lines)
    return RenderedBrief(
        pdf=pdf,
        html=html,
        email_html=html,
        email_text=text,
        subject_vars={
            "title": data.title,
            "dtg": dtg(data.as_of),
            "issue": str(data.issue),
            "brief_id": data.brief_id,
        },
    )
