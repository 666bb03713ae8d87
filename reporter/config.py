"""YAML configuration -> typed, validated models; the only reader of config files.

Errors become one :class:`ConfigError` naming file, line, key path and what was expected.
Relative paths in the config are resolved against the config file's folder.
"""

from __future__ import annotations

import difflib
import os
import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal, get_args
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

from reporter.crontab import CronError, parse_crontab
from reporter.errors import ConfigError, ConfigErrors
from reporter.models import INCIDENT_TYPES
from reporter.yaml_lines import dotted, line_at, line_index, yaml_error

DEFAULT_CONFIG = Path("config/reporter.yaml")
#: Where a system-wide install keeps its config (the systemd unit's REPORTER_CONFIG).
SYSTEM_CONFIG = Path("/etc/reporter/reporter.yaml")
#: The systemd unit's environment file: the command reads REPORTER_CONFIG from it as well, so
#: `reporter status` run from a shell looks at the service's config and database.
SYSTEM_DEFAULTS = Path("/etc/default/reporter")
#: The ``{name}`` placeholders a brief's e-mail subject may use.
SUBJECT_FIELDS = ("title", "dtg", "issue", "brief_id", "handling")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
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
    """How feeds and web pages are fetched."""

    timeout: float = Field(10.0, gt=0, description="seconds per HTTP request")
    retries: int = Field(
        2, ge=0, le=10, description="retries of a failed request (connection errors, 5xx, 429)"
    )
    backoff: float = Field(0.5, ge=0, description="first retry delay in seconds, doubled each time")
    max_bytes: int = Field(5_000_000, gt=0, description="bodies larger than this are refused")
    concurrency: int = Field(8, ge=1, le=64, description="requests in flight across all sources")
    per_host: int = Field(2, ge=1, le=16, description="requests in flight per host")
    user_agent: str = Field(
        "reporter/0.1 (+https://example.org/reporter; situation briefs)",
        description="the User-Agent header sent with every request; name yourself and a contact",
    )


class SourceConfig(_Model):
    """One place articles come from (an item of `sources:`)."""

    id: Annotated[str, Field(pattern=_ID, description="unique name, used by briefs' `sources:`")]
    kind: Literal["file", "feed", "web"] = Field(
        description="file: local article files; feed: RSS/Atom; web: article pages"
    )
    path: str | None = Field(
        None,
        description="file: a file, folder or glob (.txt/.md/.html; the folder must exist); feed: a local feed file",
    )
    url: str | None = Field(None, description="feed: the feed's URL; web: one article page")
    urls: tuple[str, ...] = Field((), description="web: several article pages")
    outlet: str | None = Field(None, description="outlet name shown in the brief when articles carry none")
    tags: tuple[str, ...] = Field((), description="labels a brief's `tags:` selects sources by")
    enabled: bool = Field(True, description="false keeps the source configured but never fetched")

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
    """When `reporter serve` runs a brief (a brief's `schedule:`)."""

    cron: str = Field(description="standard 5-field crontab line, e.g. '0 6 * * 1-5'")
    timezone: str = Field("UTC", description="IANA zone the cron line is read in (DST-safe)")
    misfire: Literal["skip", "run_once"] = Field(
        "run_once", description="a run missed while down: made up once (run_once) or recorded as missed"
    )
    grace: timedelta = Field(
        timedelta(hours=6), description="how late a missed run may still be made up (ISO 8601, e.g. PT6H)"
    )

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
    """One section of a brief (an item of `sections:`; a plain id is short for `{id: ID}`)."""

    id: Literal[SECTION_IDS] = Field(description="which section")  # type: ignore[valid-type]
    title: str | None = Field(None, description="heading instead of the default one")
    enabled: bool = Field(True, description="false leaves the section, and every link to it, out")


class Filters(_Model):
    """Narrow a brief to some incidents; empty lists filter nothing."""

    countries: tuple[str, ...] = Field((), description="keep incidents in these countries")
    actors: tuple[str, ...] = Field((), description="keep incidents naming one of these actors")
    types: tuple[Literal[INCIDENT_TYPES], ...] = Field(  # type: ignore[valid-type]
        (), description="keep incidents of these types"
    )
    keywords: tuple[str, ...] = Field((), description="keep incidents whose text contains one of these words")


class Recipients(_Model):
    """Who receives a brief by e-mail (outbox and smtp delivery)."""

    to: tuple[str, ...] = Field((), description="To: addresses")
    cc: tuple[str, ...] = Field((), description="Cc: addresses")
    bcc: tuple[str, ...] = Field((), description="Bcc: addresses (never shown in headers)")

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
    """One brief: what it covers, how it looks, who gets it and when (an item of `briefs:`)."""

    id: Annotated[str, Field(pattern=_ID, description="unique name; used in file names and `--brief`")]
    title: str = Field(description="the brief's title, on the PDF and in the e-mail")
    sources: tuple[str, ...] = Field(
        (), description="source ids to draw on (with `tags`: either matches; neither: all)"
    )
    tags: tuple[str, ...] = Field((), description="draw on the sources carrying one of these tags")
    period: str = Field("24h", description="'all', or how far back from the brief's moment: Nh, Nd or Nw")
    as_of: datetime | None = Field(
        None,
        description="pin the brief's moment (tests only; a scheduled brief may not pin it, use `run --as-of`)",
    )
    timezone: str = Field("UTC", description="IANA zone dates in the brief are shown in")
    sections: tuple[SectionConfig, ...] = Field(
        tuple(SectionConfig(id=s) for s in SECTION_IDS),
        description="which sections, in which order; ids or {id, title, enabled} mappings",
    )
    template: str = Field(
        "brief.html.j2",
        description="the brief's template, looked up in `templates.directory` then templates/",
    )
    paper: Literal["A4", "Letter"] = Field("A4", description="page size")
    handling: str = Field("TLP:CLEAR", description="TLP 2.0 label printed on every page")
    pdf_variant: Literal["pdf/a-3b", "pdf/ua-1"] | None = Field(
        None, description="archival (pdf/a-3b) or accessible, tagged (pdf/ua-1) PDF; null: plain PDF"
    )
    filters: Filters = Field(Filters(), description="keep only some incidents (the keys below)")
    max_incidents_in_pdf: int | None = Field(
        None,
        ge=1,
        description="entries in the PDF's incident log (the latest); unset: all. All are in the attachments",
    )
    email_top_incidents: int = Field(10, ge=0, description="incidents in the e-mail digest's table")
    recipients: Recipients = Field(Recipients(), description="e-mail recipients (the keys below)")
    subject: str = Field(
        "{title} — {dtg}",
        description="e-mail subject; placeholders: " + ", ".join("{" + p + "}" for p in SUBJECT_FIELDS),
    )
    delivery: tuple[Literal["outbox", "smtp", "directory"], ...] = Field(
        ("outbox",),
        description="outbox: .eml files in `delivery.outbox`; smtp: send via `delivery.smtp`; directory: copy the PDF to `directory`",
    )
    directory: str | None = Field(None, description="folder the `directory` delivery copies the PDF into")
    schedule: ScheduleConfig | None = Field(None, description="when `serve` runs it; null: by hand only")
    skip_if_empty: bool = Field(
        False, description="record a skip instead of sending a brief with no incidents"
    )
    skip_if_unchanged: bool = Field(
        False, description="record a skip when the facts equal the last delivered issue's"
    )

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

    @field_validator("subject")
    @classmethod
    def _subject(cls, value: str) -> str:
        unknown = [m for m in _PLACEHOLDER.findall(value) if m not in SUBJECT_FIELDS]
        if unknown:
            raise ValueError(
                f"unknown placeholder {{{unknown[0]}}} in the subject; use "
                + ", ".join("{" + p + "}" for p in SUBJECT_FIELDS)
            )
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

    @property
    def enabled_sections(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.sections if s.enabled)


class SmtpConfig(_Model):
    """The mail server `smtp` delivery and failure notices use."""

    host: str = Field(description="SMTP server host name")
    port: int = Field(587, ge=1, le=65535, description="587 for starttls, 465 for ssl, 25 for none")
    security: Literal["none", "starttls", "ssl"] = Field("starttls", description="transport security")
    username: str | None = Field(None, description="login name; null: no AUTH")
    password: str | None = Field(
        None, description="only as ${ENV_VAR}; the variable must be set where reporter runs"
    )
    timeout: float = Field(30.0, gt=0, description="seconds per SMTP operation")
    verify: bool = Field(
        True, description="verify the server's certificate; false only for a relay trusted otherwise"
    )
    ca_file: str | None = Field(
        None, description="extra CA bundle (PEM) to trust, e.g. an internal relay's CA"
    )
    retries: int = Field(3, ge=0, le=10, description="retries after connection errors and 4xx answers")
    backoff: float = Field(2.0, ge=0, description="first retry delay in seconds, doubled each time")

    @field_validator("password")
    @classmethod
    def _env_only(cls, value: str | None) -> str | None:
        if value is not None and not _ENV_REF.match(value):
            raise ValueError("passwords are not written in config; use '${ENV_VAR}' and set that variable")
        return value

    @property
    def password_variable(self) -> str | None:
        """The environment variable the password is read from."""
        return _ENV_REF.match(self.password).group(1) if self.password else None  # type: ignore[union-attr]

    def resolve_password(self) -> str | None:
        """The password from the environment variable the config names."""
        name = self.password_variable
        if name is None:
            return None
        if name not in os.environ:
            raise ConfigError(f"set the environment variable {name} (the SMTP password)", key="delivery.smtp")
        return os.environ[name]


class DeliveryConfig(_Model):
    """Where briefs go."""

    outbox: str = Field("var/outbox", description="folder the `outbox` delivery writes .eml files to")
    sender: str = Field("reporter@localhost", description="From: address")
    smtp: SmtpConfig | None = Field(None, description="mail server for `smtp` delivery (the keys below)")
    operator_email: str | None = Field(None, description="failure notices go here (never to readers)")


class StorageConfig(_Model):
    """The database."""

    database: str = Field(
        "var/reporter.db", description="SQLite file for articles, facts, runs and deliveries"
    )


class OutputConfig(_Model):
    """Where rendered briefs are written."""

    directory: str = Field(
        "out", description="PDFs and HTML land in DIR/<brief-id>/<brief-id>-<moment>-run<N>.pdf"
    )


class TemplatesConfig(_Model):
    """Your own templates, stylesheet and logo."""

    directory: str | None = Field(
        None, description="user templates, looked up before the bundled ones (must exist)"
    )
    theme_css: str | None = Field(None, description="CSS file added after the bundled stylesheet")
    logo: str | None = Field(None, description="image file shown in the brief's header")


class ExtractionConfig(_Model):
    """The extractor's extra knowledge."""

    lexicons: tuple[str, ...] = Field(
        (), description="extra gazetteer/actor lexicon YAML files (format: reporter/extract/README.md)"
    )


class Config(_Model):
    """The whole configuration; ``base_dir`` is the folder relative paths are resolved against."""

    storage: StorageConfig = Field(StorageConfig(), description="the database")
    output: OutputConfig = Field(OutputConfig(), description="where rendered briefs are written")
    templates: TemplatesConfig = Field(TemplatesConfig(), description="your own templates, theme and logo")
    extraction: ExtractionConfig = Field(ExtractionConfig(), description="extra lexicons for the extractor")
    fetch: FetchConfig = Field(FetchConfig(), description="how feeds and pages are fetched")
    sources: tuple[SourceConfig, ...] = Field((), description="where articles come from")
    delivery: DeliveryConfig = Field(DeliveryConfig(), description="where briefs go")
    briefs: tuple[BriefConfig, ...] = Field((), description="the briefs to produce")
    base_dir: Path = Field(Path("."), exclude=True)
    path: Path | None = Field(None, exclude=True)
    # Key path -> line in the file, so checks made after loading can still name the line.
    _lines: dict[tuple[Any, ...], int] = PrivateAttr(default_factory=dict)

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

    def line_of(self, *key: Any) -> int | None:
        """The line of a key path in the config file (or of its nearest parent), when known."""
        return line_at(self._lines, key)

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


def _describe(error: dict[str, Any]) -> str:
    kind = error["type"]
    value = error.get("input")
    if kind == "extra_forbidden":
        return "unknown key" + _known_keys(tuple(error["loc"]))
    if kind in ("tuple_type", "list_type") and isinstance(value, str | int | float):
        return f"{value!r} is not a list; write it as [{value}]"
    if kind == "missing":
        return "required key is missing"
    if kind == "literal_error":
        expected = error.get("ctx", {}).get("expected", "")
        return f"{value!r} is not one of {expected}"
    message = str(error["msg"]).removeprefix("Value error, ")
    if kind in ("value_error", "assertion_error"):
        return message
    return f"{value!r}: {message[0].lower()}{message[1:]}" if not isinstance(value, dict | list) else message


def _known_keys(loc: tuple[Any, ...]) -> str:
    """What the unknown key at ``loc`` may have meant: the nearest key allowed there, else all of them."""
    model: type[BaseModel] | None = Config
    for part in loc[:-1]:
        if model is not None and not isinstance(part, int):
            field = model.model_fields.get(part)
            # (a union's member shows in ``loc`` by its class name: no field, so nothing is said)
            model = _model_in(field.annotation) if field is not None else None
    if model is None:
        return ""
    keys = [k for k, f in model.model_fields.items() if not f.exclude]
    near = difflib.get_close_matches(str(loc[-1]), keys, n=1)
    return f"; did you mean '{near[0]}'?" if near else "; expected one of " + ", ".join(keys)


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The config section an annotation holds (``tuple[BriefConfig, ...]``, ``SmtpConfig | None``)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return next((m for m in map(_model_in, get_args(annotation)) if m is not None), None)


def config_path(path: str | Path | None = None) -> Path:
    """Which config file to read: ``--config``, else $REPORTER_CONFIG, else REPORTER_CONFIG in
    /etc/default/reporter (the unit's environment file), else /etc/reporter/reporter.yaml when it
    exists, else config/reporter.yaml."""
    if path or os.environ.get("REPORTER_CONFIG"):
        return Path(path or os.environ["REPORTER_CONFIG"])
    named = environment_file(SYSTEM_DEFAULTS).get("REPORTER_CONFIG")
    if named:
        return Path(named)
    return SYSTEM_CONFIG if SYSTEM_CONFIG.is_file() else DEFAULT_CONFIG


def environment_file(path: Path) -> dict[str, str]:
    """``KEY=VALUE`` lines of a systemd EnvironmentFile (comments and blank lines skipped)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return {}
    values = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")) or "=" not in line:
            continue
        key, _, value = line.partition("=")
        values[key.strip()] = value.strip().strip('"').strip("'")
    return values


def load_config(path: str | Path | None = None) -> Config:
    """Read and validate a config file (which one: :func:`config_path`)."""
    path = config_path(path)
    shown = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"no such config file (pass --config, set REPORTER_CONFIG or create {SYSTEM_CONFIG})", file=shown
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config: {exc}", file=shown) from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise yaml_error(exc, shown) from None
    if data is None:
        raise ConfigError(
            "the config is empty; start from config/reporter.yaml (it shows every section)",
            file=shown,
            line=1,
        )
    if not isinstance(data, dict):
        raise ConfigError(
            "expected a mapping of sections (storage, sources, briefs, ...)", file=shown, line=1
        )
    lines = line_index(node) if node is not None else {}
    base_dir = path.resolve().parent
    try:
        config = Config.model_validate({**data, "base_dir": base_dir, "path": path})
    except ValidationError as exc:
        # Every mistake at once, in the file's order: fixing one and running again to meet the next
        # is slow for an admin editing a config on a server.
        found = [_located(error, lines, shown) for error in exc.errors()]
        found.sort(key=lambda e: e.line or 0)
        raise (found[0] if len(found) == 1 else ConfigErrors(found)) from None
    config._lines = lines
    return config


def _located(error: Any, lines: dict[tuple[Any, ...], int], shown: str) -> ConfigError:
    """One of pydantic's errors as a ConfigError naming the line and key path."""
    loc = tuple(error["loc"])
    ctx_error = error.get("ctx", {}).get("error")
    if isinstance(ctx_error, _RefError):
        loc = ctx_error.loc
        message = str(ctx_error)
    else:
        message = _describe(error)
    return ConfigError(message, file=shown, line=line_at(lines, loc), key=dotted(loc) or None)
