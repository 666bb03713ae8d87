"""Where a YAML file went wrong: the line of a key path and the key path as errors write it.

The config and the lexicon files name file, line and key in every error; this is the part they
share. Kept apart from config.py so the extractor reads lexicons without importing pydantic.
"""

from __future__ import annotations

from typing import Any

import yaml

from reporter.errors import ConfigError


def line_index(node: yaml.Node, prefix: tuple[Any, ...] = ()) -> dict[tuple[Any, ...], int]:
    """Map every key path in a composed YAML document to its 1-based line."""
    lines: dict[tuple[Any, ...], int] = {prefix: node.start_mark.line + 1}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            path = (*prefix, key.value)
            lines.update(line_index(value, path))
            lines[path] = key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            lines.update(line_index(item, (*prefix, i)))
    return lines


def line_at(lines: dict[tuple[Any, ...], int], key: tuple[Any, ...]) -> int | None:
    """The line of a key path in a :func:`line_index` (or of its nearest parent), when known."""
    return next((lines[key[:n]] for n in range(len(key), -1, -1) if key[:n] in lines), None)


def yaml_error(exc: yaml.YAMLError, file: str) -> ConfigError:
    """A YAML syntax error as one line naming the file and the line the parser stopped at."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return ConfigError(f"invalid YAML: {problem}", file=file, line=mark.line + 1 if mark else None)


def dotted(loc: tuple[Any, ...]) -> str:
    """A key path as it is written in errors: ``briefs[0].schedule.cron``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
