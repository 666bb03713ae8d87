"""HTML -> PDF with WeasyPrint: the only module touching WeasyPrint.

WeasyPrint may read only ``data:`` URIs and files under the template directories (templates and
article text are untrusted). Kept apart from ``render`` so the PDF worker process
(``pdf_worker``) loads WeasyPrint without the brief's templates.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import sys
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from reporter.errors import RenderError

log = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True, slots=True)
class PdfMeta:
    title: str
    author: str = "reporter"
    subject: str | None = None
    keywords: tuple[str, ...] = ()
    created: datetime | None = None


@contextlib.contextmanager
def _no_library_search() -> Iterator[None]:
    """While WeasyPrint loads Pango and friends, a library name that fails to load is not searched for.

    WeasyPrint tries Windows and macOS names before the Linux soname; for each miss cffi calls
    ctypes.util.find_library, which on Linux spawns gcc, ld and ldconfig: some fifty processes
    and a third of a second per run. The soname it then loads needs no search.
    """
    import ctypes.util

    original = ctypes.util.find_library
    ctypes.util.find_library = lambda name: None
    try:
        yield
    finally:
        ctypes.util.find_library = original


def _import_weasyprint() -> Any:
    if "weasyprint" in sys.modules or not sys.platform.startswith("linux"):
        import weasyprint

        return weasyprint
    try:
        with _no_library_search():
            import weasyprint
    except OSError:  # a system whose libraries need the search after all: import the usual way
        import weasyprint
    return weasyprint


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


@contextlib.contextmanager
def _young_garbage_collected_at_end() -> Iterator[None]:
    """No cyclic garbage collection while WeasyPrint lays out and draws; one of young objects after.

    A render makes hundreds of thousands of boxes, each pass over them triggers full collections,
    and in a process holding much else (the service, a brief's articles) each traverses all of it:
    7-20% of the render's CPU time (bench_render). Objects made meanwhile stay young, so collecting the
    youngest generation afterwards frees the render's garbage without traversing the rest.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)  # the PDF/A profile file, as in render_pdf
            gc.collect(0)
        if enabled:
            gc.enable()


def render_pdf(
    html: str,
    *,
    dirs: Sequence[Path],
    meta: PdfMeta,
    attachments: Sequence[tuple[str, bytes, str]] = (),
    pdf_variant: str | None = None,
) -> bytes:
    """HTML to PDF bytes; ``attachments`` are (file name, content, description) embedded in the PDF."""
    weasyprint = _import_weasyprint()

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
        with _young_garbage_collected_at_end():  # the laid-out document is garbage by then
            return _write(document, meta, options)
    except Exception as exc:  # WeasyPrint raises many kinds; the run records one message
        raise RenderError(f"PDF rendering failed: {exc}") from exc


def _write(document: Any, meta: PdfMeta, options: dict[str, Any]) -> bytes:
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
    with warnings.catch_warnings():
        # WeasyPrint 70 leaves its sRGB profile file open for PDF/A (closed when collected).
        warnings.simplefilter("ignore", ResourceWarning)
        return rendered.write_pdf(**options)
