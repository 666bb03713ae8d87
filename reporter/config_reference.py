"""docs/configuration.md, generated from the config model so that no key goes undocumented.

``python -m reporter.config_reference > docs/configuration.md`` writes it; a test fails when the
file and the model disagree, or when a key has no description.
"""

from __future__ import annotations

import types
import typing
from datetime import datetime, timedelta
from typing import Any, Literal, Union

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from reporter.config import Config

INTRO = """\
# Configuration reference

Every key reporter reads, with its type, default and meaning. Generated from the config model
(`reporter/config.py`) by `python -m reporter.config_reference > docs/configuration.md`; a test
keeps the two in step. `config/reporter.yaml` is an annotated example.

- **Which file**: `--config FILE`, else `$REPORTER_CONFIG`, else `REPORTER_CONFIG` in
  `/etc/default/reporter` (the systemd unit's environment file), else
  `/etc/reporter/reporter.yaml` when it exists, else `config/reporter.yaml`.
- **Paths**: relative paths are resolved against the config file's folder; `~` is expanded.
  Under systemd use absolute paths (see docs/service.md).
- **Unknown keys are errors**, as are wrong types. `reporter validate` also checks what the
  keys point at (files, folders, templates, lexicons, the SMTP password variable) and prints one
  line per problem with file, line, key and the fix; `run`, `preview` and `serve` (on start and
  on reload) make the same check.
- `[]` in a key means "each item of this list".
"""


def _type_name(annotation: Any) -> str:
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return _type_name(args[0])
    if origin in (Union, types.UnionType):
        rest = [a for a in args if a is not type(None)]
        name = " or ".join(_type_name(a) for a in rest)
        return f"{name} or null" if len(rest) < len(args) else name
    if origin is Literal:
        return "one of " + ", ".join(f"`{a}`" for a in args)
    if origin is tuple:
        item = args[0]
        if typing.get_origin(item) is Literal:
            return "list of " + ", ".join(f"`{a}`" for a in typing.get_args(item))
        if isinstance(item, type) and issubclass(item, BaseModel):
            return "list of mappings"
        return f"list of {_type_name(item)}s"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return "mapping"
    return {
        str: "string",
        int: "integer",
        float: "number",
        bool: "true/false",
        datetime: "date-time (ISO 8601)",
        timedelta: "duration (ISO 8601, e.g. PT6H)",
    }.get(annotation, getattr(annotation, "__name__", str(annotation)))


def _default(field: FieldInfo) -> str:
    value = field.default
    if value is PydanticUndefined:
        return "required"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, BaseModel):
        return "see below"
    if isinstance(value, tuple):
        if value and isinstance(value[0], BaseModel):
            return "[" + ", ".join(str(getattr(v, "id", v)) for v in value) + "]"
        return "[" + ", ".join(str(v) for v in value) + "]"
    if isinstance(value, timedelta):
        hours = value.total_seconds() / 3600
        return f"PT{hours:g}H"
    return f"{value}"


def _model_of(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_of(arg)
        if found is not None:
            return found
    return None


def _is_list(annotation: Any) -> bool:
    if typing.get_origin(annotation) is tuple:
        return True
    return any(
        _is_list(a) for a in typing.get_args(annotation) if typing.get_origin(annotation) is not Literal
    )


def documented_fields(model: type[BaseModel] = Config, prefix: str = "") -> list[tuple[str, FieldInfo]]:
    """(dotted key, field) for every key a user may write, depth first."""
    out: list[tuple[str, FieldInfo]] = []
    for name, field in model.model_fields.items():
        if field.exclude:
            continue
        key = f"{prefix}{name}"
        out.append((key, field))
        nested = _model_of(field.annotation)
        if nested is not None:
            out += documented_fields(nested, f"{key}[]." if _is_list(field.annotation) else f"{key}.")
    return out


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render() -> str:
    """The whole reference as Markdown: one table per top-level section."""
    lines = [INTRO]
    for name, field in Config.model_fields.items():
        if field.exclude:
            continue
        about = field.description or ""
        lines += [f"## `{name}`", "", _cell(about[:1].upper() + about[1:]) + ".", ""]
        lines += ["| key | type | default | meaning |", "| --- | --- | --- | --- |"]
        for key, sub in documented_fields(Config, ""):
            if key != name and not key.startswith((name + ".", name + "[]")):
                continue
            if key == name:
                continue
            lines.append(
                f"| `{key}` | {_cell(_type_name(sub.annotation))} | `{_cell(_default(sub))}` "
                f"| {_cell(sub.description or '')} |"
            )
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    print(render(), end="")
