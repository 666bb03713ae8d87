"""`reporter preview` and `reporter export`: look at a brief, or take its facts elsewhere.

Registered on the main group at the end of ``reporter/cli/__init__.py``. Neither command records
a run or delivers anything.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import click

from reporter.cli.common import config_option, echo, handle_errors, load, parse_moment


@click.command()
@config_option
@click.option("--brief", "brief_id", required=True, metavar="ID", help="The brief to preview.")
@click.option("--as-of", "as_of", metavar="DATETIME", help="Preview as of this moment (ISO 8601).")
@click.option("--no-fetch", is_flag=True, help="Use only what the store holds; do not read the sources.")
@handle_errors
def preview(config_path: str | None, brief_id: str, as_of: str | None, no_fetch: bool) -> None:
    """Render a brief to HTML and PDF without recording or delivering it; print both paths."""
    from reporter.brief.render import render_brief
    from reporter.files import write_atomically
    from reporter.pipeline import collect_brief, ingest, output_path
    from reporter.sources.document import to_utc
    from reporter.store import open_store

    config = load(config_path, check=True, environment=False)
    spec = config.brief(brief_id)
    now = datetime.now(UTC)
    moment = parse_moment(as_of) or to_utc(spec.as_of) or now
    with open_store(config.resolve(config.storage.database)) as store:
        if not no_fetch:
            ingest(config, config.sources_for(spec), store=store, now=now)
        data = collect_brief(config, spec, store=store, as_of=moment, issue=store.issue_at(spec.id, moment))
        rendered = render_brief(data, spec=spec, config=config, store=store)
    pdf = output_path(config, spec, moment, ".pdf")
    pdf = pdf.with_name("preview-" + pdf.name)
    html = pdf.with_suffix(".html")
    write_atomically(html, rendered.html.encode("utf-8"))
    write_atomically(pdf, rendered.pdf)
    echo(str(html))
    echo(str(pdf))


@click.command()
@config_option
@click.option("--brief", "brief_id", required=True, metavar="ID", help="The brief whose facts to export.")
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="json", show_default=True)
@click.option("--output", "output", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
@click.option("--as-of", "as_of", metavar="DATETIME", help="Build the brief as of this moment instead.")
@handle_errors
def export(config_path: str | None, brief_id: str, fmt: str, output: str | None, as_of: str | None) -> None:
    """Export the facts of the brief's latest issue (facts.json, or incidents.csv in ACLED-like columns).

    Without a finished issue on record, or with --as-of, the brief is built from the store.
    """
    from reporter.brief.export import export as export_bytes
    from reporter.pipeline import collect_brief
    from reporter.sources.document import to_utc
    from reporter.store import open_store

    config = load(config_path)
    spec = config.brief(brief_id)
    moment = parse_moment(as_of)
    with open_store(config.resolve(config.storage.database), create=False) as store:
        stored = None if moment else store.last_brief_data(spec.id)  # the latest by moment
        if stored is None:
            when = moment or to_utc(spec.as_of) or datetime.now(UTC)
            stored = collect_brief(config, spec, store=store, as_of=when, issue=0).to_json()
    payload = export_bytes(stored, fmt)
    if output:
        from reporter.files import write_atomically

        echo(str(write_atomically(Path(output), payload)))
    else:
        sys.stdout.buffer.write(payload)
        sys.stdout.flush()
