"""The PDF worker process: renders what it is sent, hands back WeasyPrint's warnings and errors,
and when it is gone the PDF is rendered in this process instead."""

from __future__ import annotations

import logging

import pytest

from reporter.brief import pdf_worker
from reporter.brief.pdf import PdfMeta
from reporter.brief.render import BUNDLED_TEMPLATES
from reporter.errors import RenderError

DIRS = (BUNDLED_TEMPLATES,)


@pytest.fixture
def worker(monkeypatch):
    # This test process may have loaded WeasyPrint already; the worker is started regardless.
    monkeypatch.delitem(pdf_worker.sys.modules, "weasyprint", raising=False)
    pdf_worker.start()
    assert pdf_worker._worker is not None
    yield pdf_worker._worker
    pdf_worker.stop()


def test_worker_renders_and_hands_back_warnings(worker, caplog):
    """Two documents in turn; a blocked resource's warning is logged here, as if rendered here."""
    first = pdf_worker.submit("<p>one</p>", dirs=DIRS, meta=PdfMeta(title="one"))
    html = '<p>two</p><img src="file:///etc/hostname">'
    with caplog.at_level(logging.WARNING):
        second = pdf_worker.submit(html, dirs=DIRS, meta=PdfMeta(title="two"))()
    assert first().startswith(b"%PDF") and second.startswith(b"%PDF")  # answers taken out of order
    assert any("blocked resource file:///etc/hostname" in r.getMessage() for r in caplog.records)
    with pytest.raises(RenderError):
        pdf_worker.submit("<p>x</p>", dirs=DIRS, meta=PdfMeta(title="x"), pdf_variant="no-such-variant")()


def test_a_dead_worker_means_rendering_here(worker, caplog):
    """A worker killed before or while it works costs nothing but a warning."""
    pending = pdf_worker.submit("<p>one</p>", dirs=DIRS, meta=PdfMeta(title="one"))
    worker.kill()
    worker.wait()
    with caplog.at_level(logging.WARNING):
        assert pending().startswith(b"%PDF")
    assert pdf_worker.submit("<p>two</p>", dirs=DIRS, meta=PdfMeta(title="two"))().startswith(b"%PDF")
