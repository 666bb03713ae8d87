"""Imports flow one way: no module imports the CLI or the scheduler, and each heavy library has one owner."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "reporter"

# library -> the modules allowed to import it
OWNERS = {
    "weasyprint": {"reporter/brief/render.py"},
    "apscheduler": {"reporter/crontab.py", "reporter/service/scheduler.py"},  # triggers / scheduler
    "smtplib": {"reporter/delivery/deliver.py"},
    "trafilatura": {"reporter/sources/document.py"},
    "sqlite3": {"reporter/store.py"},
}


def imports_of(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path.relative_to(PACKAGE.parent).as_posix(), imports_of(path)


def test_nothing_imports_cli_or_scheduler():
    """Only the CLI may import the CLI; only the CLI and the scheduler itself import the scheduler."""
    for name, imported in modules():
        if name.startswith("reporter/cli") or name == "reporter/__main__.py":
            continue
        assert not any(i == "reporter.cli" or i.startswith("reporter.cli.") for i in imported), name
        if name != "reporter/service/scheduler.py":
            assert "reporter.service.scheduler" not in imported, name


def test_libraries_have_one_owner():
    """WeasyPrint, APScheduler, smtplib, trafilatura and sqlite3 are each imported by their owning module only."""
    for name, imported in modules():
        for library, owners in OWNERS.items():
            if any(i == library or i.startswith(library + ".") for i in imported):
                assert name in owners, f"{name} imports {library}; owners: {owners}"
