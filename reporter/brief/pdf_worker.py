"""WeasyPrint in a second process, for one-shot runs on a machine with two cores or more.

Importing WeasyPrint and warming it up (Pango, fonts, cffi types) costs about half a second of CPU,
and nothing before the PDF needs it. ``start()`` (called by `reporter run` once its config holds)
starts `python -m reporter.brief.pdf_worker`, which does that while this process fetches, extracts
and builds the brief; the worker then renders the PDF while this process draws the e-mail.
Requests and answers are pickled over the worker's stdin and stdout, one after another. A
long-running service imports WeasyPrint once and never starts the worker. Whatever goes wrong
with the worker, the PDF is rendered here instead.
"""

from __future__ import annotations

import logging
import os
import pickle
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

_worker: subprocess.Popen | None = None
#: Requests sent to the worker, numbered; answers come back with their number. One read while
#: waiting for another is kept here (a request given up on error is never asked for).
_sent = 0
_answers: dict[int, tuple[bool, Any, list[tuple[str, int, str]]]] = {}
#: One request on the pipe at a time.
_send_lock = threading.Lock()


def start() -> None:
    """Start the worker; nothing on one core, or when WeasyPrint is loaded in this process already."""
    global _worker
    if _worker is not None or "weasyprint" in sys.modules or (os.cpu_count() or 1) < 2:
        return
    try:
        _worker = subprocess.Popen(
            [sys.executable, "-m", "reporter.brief.pdf_worker"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
        )
    except OSError as exc:  # no process to be had: render here
        log.debug("PDF worker not started: %s", exc)


def stop() -> None:
    """End the worker: it finishes when its input closes (waited for, so its CPU time counts as ours);
    one never sent anything (a run that failed or skipped) is killed."""
    global _worker, _sent
    if _worker is not None:
        worker, _worker = _worker, None
        try:
            if not _sent:
                worker.kill()
            worker.stdin.close()  # type: ignore[union-attr]
            worker.wait(timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            worker.kill()
            worker.wait()
        worker.stdout.close()  # type: ignore[union-attr]
        _sent = 0
        _answers.clear()


def submit(html: str, **options: Any) -> Callable[[], bytes]:
    """Start rendering ``html`` (``pdf.render_pdf``'s options); call the result for the PDF bytes."""
    from reporter.brief import pdf as render

    worker = _worker
    if worker is None or worker.poll() is not None:
        pdf = render.render_pdf(html, **options)
        return lambda: pdf
    global _sent
    _sent += 1
    number = _sent
    request = pickle.dumps((number, html, options), protocol=pickle.HIGHEST_PROTOCOL)
    # Sent from a thread: a worker still warming up reads it only then, and this process goes on.
    sender = threading.Thread(target=_send, args=(worker, request), name="pdf-request", daemon=True)
    sender.start()

    def result() -> bytes:
        try:
            while number not in _answers:
                answered, *answer = pickle.load(worker.stdout)  # type: ignore[arg-type]
                _answers[answered] = tuple(answer)  # type: ignore[assignment]
            ok, value, records = _answers.pop(number)
        except Exception as exc:  # the worker died mid-way
            log.warning("PDF worker failed (%s, exit code %s): rendering here", exc, worker.poll())
            return render.render_pdf(html, **options)
        for name, level, message in records:
            logging.getLogger(name).log(level, "%s", message)
        if not ok:
            raise render.RenderError(value)
        return value

    return result


def _send(worker: subprocess.Popen, request: bytes) -> None:
    try:
        with _send_lock:
            worker.stdin.write(request)  # type: ignore[union-attr]
            worker.stdin.flush()  # type: ignore[union-attr]
    except OSError as exc:  # the worker has gone: result() reads nothing and renders here
        log.debug("PDF request not sent: %s", exc)


class _Keep(logging.Handler):
    """The worker's warnings, handed back to the parent to log as its own."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.name, record.levelno, record.getMessage()))


def _serve() -> None:
    """In the worker: warm WeasyPrint up, then render each request until the input closes."""
    from pathlib import Path

    from reporter.brief.pdf import PdfMeta, RenderError, render_pdf

    # Ctrl-C reaches the whole process group: the run ends the worker by closing its input.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Answers go to the real stdout; anything printed by a library goes to stderr instead.
    answers = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    render_pdf("<p>warm-up</p>", dirs=(Path(__file__).parent,), meta=PdfMeta(title="warm-up"))
    keep = _Keep()
    logging.getLogger().addHandler(keep)
    while True:
        try:
            number, html, options = pickle.load(sys.stdin.buffer)
        except EOFError:
            return
        keep.records = []
        try:
            answer = (number, True, render_pdf(html, **options), keep.records)
        except RenderError as exc:
            answer = (number, False, str(exc), keep.records)
        pickle.dump(answer, answers, protocol=pickle.HIGHEST_PROTOCOL)
        answers.flush()


if __name__ == "__main__":
    _serve()
    # Every answer is flushed: leave without the interpreter's teardown (freeing WeasyPrint's
    # modules, fonts and caches took ~0.15 s, which `reporter run` waited for in stop()).
    sys.stderr.flush()
    os._exit(0)
