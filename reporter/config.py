"""YAML configuration -> typed, validated models; the only reader of config files.

Errors become one :class:`ConfigError` naming file, line, key path and what was expected.
Relative paths in the config are resolved against the config file's folder.
"""

from __future__ import annotations

import os
import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from reporter.crontab import CronError, parse_crontab
from reporter.errors import ConfigError
from reporter.models import INCIDENT_TYPES

DEFAULT_CONFIG = Path("config/reporter.yaml")
_ENV_REF = re.compile(r"^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$")
_PERIOD = re.compile(r"^(all|\d+[hdw])$")
_ID = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"

SECTION_IDS = (
    "header",
    "key_points",
    "changes",
    "map",
    "incidents",
    "incident_chart",
    "posture",
    "timeline",
    "statements",
    "sources",
    "method",
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FetchConfig(_Model):
    timeout: float = Field(10.0, gt=0, description="seconds per HTTP request")
    retries: int = Field(2, ge=0, le=10)
    backoff: float = Field(0.5, ge=0, description="first retry delay in seconds, doubled each time")
    max_bytes: int = Field(5_000_000, gt=0, description="bodies larger than this are refused")
    concurrency: int = Field(8, ge=1, le=64)
    per_host: int = Field(2, ge=1, le=16)
    user_agent: str = "reporter/0.1 (+https://example.org/reporter; situation briefs)"


class SourceConfig(_Model):
    id: Annotated[str, Field(pattern=_ID)]
    kind: Literal["file", "feed", "web"]
    path: str | None = Field(None, description="file: a path or glob; feed: a local feed file")
    url: str | None = None
    urls: tuple[str, ...] = ()
    outlet: str | None = None
    tags: tuple[str, ...] = ()
    enabled: bool = True

    @model_validator(mode="after")
    def _needs_location(self) -> SourceConfig:
        if self.kind == "file" and not self.path:
            raise ValueError("a file source needs 'path' (a file, folder or glob)")
        if self.kind == "feed" and not (self.url or self.path):
            raise ValueError("a feed source needs 'url' (or 'path' for a local feed file)")
        if self.kind == "web" and not (self.url or self.urls):
            raise ValueError("a web source needs 'url' or 'urls'")
        for url in (self.url, *self.urls):
            if url and not re.match(r"^https?://[^\s/]+", url):
                raise ValueError(f"{url!r} is not an http(s) URL")
        return self


class ScheduleConfig(_Model):
    cron: str
    timezone: str = "UTC"
    misfire: Literal["skip", "run_once"] = "run_once"
    grace: timedelta = Field(timedelta(hours=6), description="how late a missed run may still be made up")

    @field_validator("cron")
    @classmethod
    def _cron(cls, value: str) -> str:
        try:
            parse_crontab(value)
        except CronError as exc:
            raise ValueError(str(exc)) from None
        return value

    @field_validator("timezone")
    @classmethod
    def _tz(cls, value: str) -> str:
        return _check_timezone(value)


class SectionConfig(_Model):
    id: Literal[SECTION_IDS]  # type: ignore[valid-type]
    title: str | None = None
    enabled: bool = True


class Filters(_Model):
    countries: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    types: tuple[Literal[INCIDENT_TYPES], ...] = ()  # type: ignore[valid-type]
    keywords: tuple[str, ...] = ()


class Recipients(_Model):
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    bcc: tuple[str, ...] = ()

    @field_validator("to", "cc", "bcc")
    @classmethod
    def _addresses(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        for value in values:
            if not re.match(r"^[^@\s<>,;\r\n]+@[^@\s<>,;\r\n]+\.[^@\s<>,;\r\n]+$", value):
                raise ValueError(f"{value!r} is not an email address")
        return values

    @property
    def all(self) -> tuple[str, ...]:
        return self.to + self.cc + self.bcc


class BriefConfig(_Model):
    id: Annotated[str, Field(pattern=_ID)]
    title: str
    sources: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    period: str = "24h"
    as_of: datetime | None = Field(None, description="pin the brief's moment (demo briefs)")
    timezone: str = "UTC"
    sections: tuple[SectionConfig, ...] = tuple(SectionConfig(id=s) for s in SECTION_IDS)
    template: str = "brief.html.j2"
    paper: Literal["A4", "Letter"] = "A4"
    handling: str = "TLP:CLEAR"
    pdf_variant: Literal["pdf/a-3b", "pdf/ua-1"] | None = None
    filters: Filters = Filters()
    max_incidents_in_pdf: int = Field(60, ge=1)
    email_top_incidents: int = Field(10, ge=0, description="incidents in the e-mail digest's table")
    recipients: Recipients = Recipients()
    subject: str = "{title} — {dtg}"
    delivery: tuple[Literal["outbox", "smtp", "directory"], ...] = ("outbox",)
    directory: str | None = None
    schedule: ScheduleConfig | None = None
    skip_if_empty: bool = False
    skip_if_unchanged: bool = False

    @field_validator("period")
    @classmethod
    def _period(cls, value: str) -> str:
        if not _PERIOD.match(value):
            raise ValueError(
                f"{value!r} is not a period (expected 'all' or a number with h, d or w, e.g. '24h')"
            )
        return value

    @field_validator("handling")
    @classmethod
    def _handling(cls, value: str) -> str:
        if not re.match(r"^TLP:(CLEAR|GREEN|AMBER|AMBER\+STRICT|RED)$", value):
            raise ValueError(f"{value!r} is not a TLP 2.0 label (TLP:CLEAR, GREEN, AMBER, AMBER+STRICT, RED)")
        return value

    @field_validator("timezone")
    @classmethod
    def _tz(cls, value: str) -> str:
        return _check_timezone(value)

    @field_validator("sections", mode="before")
    @classmethod
    def _section_shorthand(cls, value: Any) -> Any:
        # A plain list of ids is the common case; mappings allow retitling and switching off.
        if isinstance(value, list):
            return [{"id": v} if isinstance(v, str) else v for v in value]
        return value

    @model_validator(mode="after")
    def _delivery_needs(self) -> BriefConfig:
        if "directory" in self.delivery and not self.directory:
            raise ValueError("delivery 'directory' needs the brief's 'directory' folder")
        return self

    @property
    def period_delta(self) -> timedelta | None:
        if self.period == "all":
            return None
        number, unit = int(self.period[:-1]), self.period[-1]
        return {"h": timedelta(hours=number), "d": timedelta(days=number), "w": timedelta(weeks=number)}[unit]


class SmtpConfig(_Model):
    host: str
    port: int = Field(587, ge=1, le=65535)
    security: Literal["none", "starttls", "ssl"] = "starttls"
    username: str | None = None
    password: str | None = Field(None, description="only as ${ENV_VAR}")
    timeout: float = Field(30.0, gt=0)
    verify: bool = True
    ca_file: str | None = Field(None, description="extra CA bundle (PEM) to trust, e.g. an internal relay's CA")
    retries: int = Field(3, ge=0, le=10)
    backoff: float = Field(2.0, ge=0)

    @field_validator("password")
    @classmethod
    def _env_only(cls, value: str | None) -> str | None:
        if value is not None and not _ENV_REF.match(value):
            raise ValueError("passwords are not written in config; use '${ENV_VAR}' and set that variable")
        return value

    def resolve_password(self) -> str | None:
        """The password from the environment variable the config names."""
        if self.password is None:
            return None
        name = _ENV_REF.match(self.password).group(1)  # type: ignore[union-attr]
        if name not in os.environ:
            raise ConfigError(f"set the environment variable {name} (the SMTP password)", key="delivery.smtp")
        return os.environ[name]


class DeliveryConfig(_Model):
    outbox: str = "var/outbox"
    sender: str = "reporter@localhost"
    smtp: SmtpConfig | None = None
    operator_email: str | None = None


class StorageConfig(_Model):
    database: str = "var/reporter.db"


class OutputConfig(_Model):
    directory: str = "out"


class TemplatesConfig(_Model):
    directory: str | None = Field(None, description="user templates, looked up before the bundled ones")
    theme_css: str | None = None
    logo: str | None = None


class ExtractionConfig(_Model):
    lexicons: tuple[str, ...] = ()


class Config(_Model):
    """The whole configuration; ``base_dir`` is the folder relative paths are resolved against."""

    storage: StorageConfig = StorageConfig()
    output: OutputConfig = OutputConfig()
    templates: TemplatesConfig = TemplatesConfig()
    extraction: ExtractionConfig = ExtractionConfig()
    fetch: FetchConfig = FetchConfig()
    sources: tuple[SourceConfig, ...] = ()
    delivery: DeliveryConfig = DeliveryConfig()
    briefs: tuple[BriefConfig, ...] = ()
    base_dir: Path = Field(Path("."), exclude=True)
    path: Path | None = Field(None, exclude=True)

    @model_validator(mode="after")
    def _references(self) -> Config:
        source_ids = [s.id for s in self.sources]
        _unique(source_ids, "sources")
        _unique([b.id for b in self.briefs], "briefs")
        for i, brief in enumerate(self.briefs):
            for j, ref in enumerate(brief.sources):
                if ref not in source_ids:
                    raise _RefError(
                        ("briefs", i, "sources", j),
                        f"unknown source {ref!r} (known: {', '.join(source_ids) or 'none'})",
                    )
            if "smtp" in brief.delivery and self.delivery.smtp is None:
                raise _RefError(("briefs", i, "delivery"), "'smtp' delivery needs a delivery.smtp section")
        return self

    def resolve(self, path: str | Path) -> Path:
        """A config path made absolute against the config file's folder."""
        p = Path(os.path.expanduser(str(path)))
        return p if p.is_absolute() else Path(os.path.normpath(self.base_dir / p))

    def brief(self, brief_id: str) -> BriefConfig:
        for brief in self.briefs:
            if brief.id == brief_id:
                return brief
        known = ", ".join(b.id for b in self.briefs) or "none"
        raise ConfigError(f"no brief {brief_id!r} (configured: {known})", file=str(self.path or ""))

    def sources_for(self, brief: BriefConfig) -> tuple[SourceConfig, ...]:
        """The enabled sources a brief draws from: named ones plus tagged ones (all when neither)."""
        chosen = [
            s
            for s in self.sources
            if s.enabled
            and (
                (not brief.sources and not brief.tags)
                or s.id in brief.sources
                or set(s.tags) & set(brief.tags)
            )
        ]
        return tuple(chosen)


class _RefError(ValueError):
    def __init__(self, loc: tuple[Any, ...], message: str):
        self.loc = loc
        super().__init__(message)


def _unique(ids: list[str], what: str) -> None:
    seen: set[str] = set()
    for i, value in enumerate(ids):
        if value in seen:
            raise _RefError((what, i, "id"), f"duplicate id {value!r}")
        seen.add(value)


def _check_timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{value!r} is not an IANA time zone (e.g. 'Europe/Berlin')") from None
    return value


# --- loading -------------------------------------------------------------------------------


def _line_index(node: yaml.Node, prefix: tuple[Any, ...] = ()) -> dict[tuple[Any, ...], int]:
    """Map every key path in a composed YAML document to its 1-based line."""
    lines: dict[tuple[Any, ...], int] = {prefix: node.start_mark.line + 1}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            path = (*prefix, key.value)
            lines.update(_line_index(value, path))
            lines[path] = key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            lines.update(_line_index(item, (*prefix, i)))
    return lines


def _dotted(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _describe(error: dict[str, Any]) -> str:
    kind = error["type"]
    value = error.get("input")
    if kind == "extra_forbidden":
        return "unknown key"
    if kind == "missing":
        return "required key is missing"
    if kind == "literal_error":
        expected = error.get("ctx", {}).get("expected", "")
        return f"{value!r} is not one of {expected}"
    message = str(error["msg"]).removeprefix("Value error, ")
    if kind in ("value_error", "assertion_error"):
        return message
    return f"{value!r}: {message[0].lower()}{message[1:]}" if not isinstance(value, dict | list) else message


def load_config(path: str | Path | None = None) -> Config:
    """Read and validate a config file (``--config``, else $REPORTER_CONFIG, else config/reporter.yaml)."""
    path = Path(path or os.environ.get("REPORTER_CONFIG") or DEFAULT_CONFIG)
    shown = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError("no such config file (pass --config or set REPORTER_CONFIG)", file=shown) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config: {exc}", file=shown) from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(
            f"invalid YAML: {problem}", file=shown, line=mark.line + 1 if mark else None
        ) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(
            "expected a mapping of sections (storage, sources, briefs, ...)", file=shown, line=1
        )
    lines = _line_index(node) if node is not None else {}
    base_dir = path.resolve().parent
    try:
        return Config.model_validate({**data, "base_dir": base_dir, "path": path})
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = tuple(error["loc"])
        ctx_error = error.get("ctx", {}).get("error")
        if isinstance(ctx_error, _RefError):
            loc = ctx_error.loc
            message = str(ctx_error)
        else:
            message = _describe(error)
        line = next((lines[loc[:n]] for n in range(len(loc), -1, -1) if loc[:n] in lines), None)
        raise ConfigError(message, file=shown, line=line, key=_dotted(loc) or None) from None
