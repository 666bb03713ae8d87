"""Imports flow one way along the data flow, form no circle, and each heavy library has one owner.

Every import counts, including those inside functions (a deferred import is still a dependency);
only imports under ``if TYPE_CHECKING:`` are left out, since they never run.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "reporter"

# library -> the modules allowed to import it
OWNERS = {
    "weasyprint": {"reporter/brief/pdf.py"},
    "apscheduler": {"reporter/crontab.py", "reporter/service/scheduler.py"},  # triggers / scheduler
    "smtplib": {"reporter/delivery/deliver.py"},
    "trafilatura": {"reporter/sources/document.py"},
    "sqlite3": {"reporter/store.py"},
    "sklearn": set(),  # training only (benchmarks/train_milestones.py): the package reads its weights as JSON
}

# The data flow, bottom to top: a module may import its own layer and the layers below it.
# fmt: off
LAYERS = (
    ("ground", ("reporter", "reporter.errors", "reporter.models", "reporter.files", "reporter.config",
                "reporter.crontab", "reporter.isojson")),
    ("sources", ("reporter.sources",)),
    ("extract", ("reporter.extract",)),
    ("store", ("reporter.store",)),
    ("brief", ("reporter.brief",)),
    ("delivery", ("reporter.delivery",)),
    ("pipeline", ("reporter.pipeline", "reporter.config_check")),  # config_check: what a run needs
    ("service", ("reporter.service",)),
    ("cli", ("reporter.cli", "reporter.__main__")),
)
# fmt: on


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _runtime_nodes(tree: ast.AST):
    """Every node except those under ``if TYPE_CHECKING:``."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            stack.extend(node.orelse)
            continue
        yield node
        stack.extend(ast.iter_child_nodes(node))


@functools.cache  # each module is parsed once for all the tests here, not once per library and test
def imports_of(path: Path) -> frozenset[str]:
    """Imported module names; ``from pkg import sub`` counts as ``pkg.sub`` when ``sub`` is a module."""
    names: set[str] = set()
    for node in _runtime_nodes(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                names.add(sub if sub in MODULES else node.module)
    return frozenset(names)


def layer_of(module: str) -> int:
    best = (-1, -1)  # (length of the matching prefix, layer index)
    for index, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best[0]:
                best = (len(prefix), index)
    assert best[1] >= 0, f"{module} belongs to no layer: add it to LAYERS"
    return best[1]


def graph() -> dict[str, set[str]]:
    return {
        name: {i for i in imports_of(path) if i in MODULES and i != name} for name, path in MODULES.items()
    }


def test_libraries_have_one_owner():
    """WeasyPrint, APScheduler, smtplib, trafilatura and sqlite3 are each imported by their owning module only."""
    for path in MODULES.values():
        rel = path.relative_to(PACKAGE.parent).as_posix()
        for library, owners in OWNERS.items():
            if any(i == library or i.startswith(library + ".") for i in imports_of(path)):
                assert rel in owners, f"{rel} imports {library}; owners: {owners}"


def test_imports_follow_the_data_flow():
    """No module imports a layer above its own (sources -> extract -> store -> brief -> delivery -> ...)."""
    upward = []
    for name, imported in graph().items():
        for target in imported:
            if layer_of(target) > layer_of(name):
                upward.append(f"{name} -> {target}")
    assert not upward, "imports against the data flow:\n" + "\n".join(sorted(upward))


def test_no_import_cycles():
    """The module import graph (deferred imports included) is acyclic, package __init__ files too."""
    edges = graph()
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    cycles: list[str] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                cycles.append(" -> ".join([*path[path.index(nxt) :], nxt]))
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for start in sorted(edges):
        if start not in state:
            visit(start, [start])
    assert not cycles, "import cycles:\n" + "\n".join(cycles)


def test_a_local_run_starts_without_the_http_stack_or_the_extractor():
    """Importing the pipeline loads neither httpx (remote sources only) nor the extractor's patterns
    (only when something is new), trafilatura (HTML sources only) or numpy (the map, via shapely),
    so `reporter run` with nothing new starts lean."""
    import subprocess
    import sys

    lean = ("httpx", "tenacity", "reporter.extract", "weasyprint", "shapely", "numpy", "trafilatura")
    code = f"import sys, reporter.pipeline; print([m for m in {lean!r} if m in sys.modules])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_no_module_binds_a_top_level_name_twice():
    """A second top-level ``NAME = ...`` or ``def name`` silently replaces the first for every use in the
    module, the first author's included (ruff's F811 sees only redefined functions and imports)."""
    twice = []
    for path in sorted(PACKAGE.rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
                names = [node.target.id]
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names = [node.name]
            else:
                continue
            for name in names:
                if name in seen:
                    twice.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {name}")
                seen.add(name)
    assert not twice, twice
