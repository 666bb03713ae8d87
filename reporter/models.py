"""Typed records that cross module boundaries: articles in, facts out, runs recorded.

Frozen, keyword-only dataclasses. Datetimes are tz-aware UTC; fact dates are ISO strings
because their precision varies ("2025-06-14/2025-06-15", "2025-09", "2026").
The fact records mirror ``shared/contract/facts.schema.json`` field for field.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from reporter.incident_types import NAMES

INCIDENT_TYPES = NAMES


class RunStatus(StrEnum):
    """A brief run's state, as the store keeps it (``runs.status``)."""

    RUNNING = "running"  # started; nothing produced yet
    RENDERED = "rendered"  # PDF written; deliveries under way
    OK = "ok"  # produced, with nobody to deliver to
    DELIVERED = "delivered"  # produced and sent to every recipient
    PARTIAL = "partial"  # produced; some recipients failed
    FAILED = "failed"
    SKIPPED = "skipped"  # skip_if_empty or skip_if_unchanged
    MISSED = "missed"  # its time passed while the service was down
    INTERRUPTED = "interrupted"  # the service stopped mid-run; resumed on start


#: Finished runs: asking for one again repeats nothing.
RUN_FINISHED = (RunStatus.OK, RunStatus.DELIVERED, RunStatus.SKIPPED, RunStatus.MISSED)
#: Runs that produced an issue: they are numbered, and the next issue's changes are against them.
RUN_PRODUCED = (RunStatus.OK, RunStatus.DELIVERED, RunStatus.PARTIAL)
#: Runs a crash or a stop left behind, resumed when the service starts.
RUN_UNFINISHED = (RunStatus.RUNNING, RunStatus.RENDERED, RunStatus.INTERRUPTED)


class DeliveryStatus(StrEnum):
    """One recipient's delivery state for one run (``deliveries.status``)."""

    SENT = "sent"
    FAILED = "failed"  # may be retried
    SENDING = "sending"  # mid-SMTP transaction; a crash here leaves it unknown
    UNKNOWN = "unknown"  # may have arrived: never resent automatically


def content_hash(text: str) -> str:
    """Hash of an article's text with whitespace and case folded, so rewraps are duplicates."""
    folded = " ".join(text.lower().split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


@dataclass(frozen=True, kw_only=True, slots=True)
class Article:
    """One news article as read from a source."""

    id: str
    source_id: str
    url: str | None
    outlet: str | None
    title: str | None
    published: datetime | None
    #: where ``published`` came from: metadata | feed | text | url | file_time | none
    published_from: str
    fetched: datetime
    text: str
    content_hash: str
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class Casualties:
    killed: int | None = None
    injured: int | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Incident:
    date: str | None
    type: str
    location: str | None
    country: str | None
    lat: float | None = None
    lon: float | None = None
    actors: tuple[str, ...] = ()
    objects: tuple[str, ...] = ()
    count: int | None = None
    origin: str | None = None
    destination: str | None = None
    casualties: Casualties = field(default_factory=Casualties)
    attribution: str | None = None
    evidence: str = ""
    confidence: float = 0.5


@dataclass(frozen=True, kw_only=True, slots=True)
class Posture:
    force: str
    country: str
    count: int
    qualifier: str | None
    evidence: str


@dataclass(frozen=True, kw_only=True, slots=True)
class Milestone:
    what: str
    due: str
    evidence: str
    #: Reported as done ("handed over the base"), not planned: decided once, where the sentence is read.
    done: bool = False


#: The mark after a milestone's clause that gives one country's share of a step told for two ("will
#: withdraw from A and B by May: in B"): the extractor writes it, the brief reads it as the place.
SHARE_MARK = ": in "


def share_of(what: str) -> tuple[str, str | None]:
    """The clause without its share mark, and the country the mark names (None where there is none)."""
    clause, mark, country = what.rpartition(SHARE_MARK)
    if not mark or not country or "(" in country or ":" in country:
        return what, None
    return clause, country


@dataclass(frozen=True, kw_only=True, slots=True)
class Facts:
    """Everything extracted from one article, in the contract's shape."""

    id: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    incidents: tuple[Incident, ...] = ()
    troop_posture: tuple[Posture, ...] = ()
    milestones: tuple[Milestone, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON object (tuples become lists)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Facts:
        def incident(d: dict[str, Any]) -> Incident:
            d = dict(d)
            d["casualties"] = Casualties(**(d.get("casualties") or {}))
            d["actors"] = tuple(d.get("actors") or ())
            d["objects"] = tuple(d.get("objects") or ())
            return Incident(**d)

        return cls(
            id=data["id"],
            url=data.get("url"),
            title=data.get("title"),
            published=data.get("published"),
            incidents=tuple(incident(i) for i in data.get("incidents") or ()),
            troop_posture=tuple(Posture(**p) for p in data.get("troop_posture") or ()),
            milestones=tuple(Milestone(**m) for m in data.get("milestones") or ()),
        )
