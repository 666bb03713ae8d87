"""Facts of a period -> the brief's data: sources numbered, incidents, posture and milestones.

This is the first version: every article's facts are listed with their source number.
Merging across articles (corroboration, disagreements) builds on the same structures.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from reporter.config import BriefConfig
from reporter.models import Article, Facts, Incident, Milestone, Posture


@dataclass(frozen=True, kw_only=True, slots=True)
class SourceRef:
    number: int
    article_id: str
    outlet: str | None
    title: str | None
    url: str | None
    published: datetime | None
    fetched: datetime


@dataclass(frozen=True, kw_only=True, slots=True)
class SourcedIncident:
    incident: Incident
    sources: tuple[int, ...]


@dataclass(frozen=True, kw_only=True, slots=True)
class SourcedPosture:
    posture: Posture
    sources: tuple[int, ...]
    as_of: str | None


@dataclass(frozen=True, kw_only=True, slots=True)
class SourcedMilestone:
    milestone: Milestone
    sources: tuple[int, ...]


@dataclass(frozen=True, kw_only=True, slots=True)
class BriefData:
    brief_id: str
    title: str
    issue: int
    as_of: datetime
    period_start: datetime | None
    handling: str
    sources: tuple[SourceRef, ...]
    incidents: tuple[SourcedIncident, ...]
    posture: tuple[SourcedPosture, ...]
    milestones: tuple[SourcedMilestone, ...]
    key_points: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return json.loads(json.dumps(asdict(self), default=str))

    def facts_hash(self) -> str:
        """Hash of the facts only (not timestamps or issue number), for skip_if_unchanged."""
        data = self.to_json()
        payload = {k: data[k] for k in ("incidents", "posture", "milestones")}
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def build_brief(
    spec: BriefConfig,
    *,
    articles: list[Article],
    facts: dict[str, Facts],
    as_of: datetime,
    period_start: datetime | None,
    issue: int,
) -> BriefData:
    """Number the sources and collect every article's facts with their source numbers."""
    refs: list[SourceRef] = []
    incidents: list[SourcedIncident] = []
    posture: list[SourcedPosture] = []
    milestones: list[SourcedMilestone] = []
    for number, article in enumerate(articles, 1):
        refs.append(
            SourceRef(
                number=number,
                article_id=article.id,
                outlet=article.outlet,
                title=article.title,
                url=article.url,
                published=article.published,
                fetched=article.fetched,
            )
        )
        found = facts.get(article.id)
        if found is None:
            continue
        incidents += [SourcedIncident(incident=i, sources=(number,)) for i in found.incidents]
        posture += [
            SourcedPosture(posture=p, sources=(number,), as_of=found.published) for p in found.troop_posture
        ]
        milestones += [SourcedMilestone(milestone=m, sources=(number,)) for m in found.milestones]
    incidents.sort(key=lambda s: (s.incident.date or "", s.incident.type))
    return BriefData(
        brief_id=spec.id,
        title=spec.title,
        issue=issue,
        as_of=as_of,
        period_start=period_start,
        handling=spec.handling,
        sources=tuple(refs),
        incidents=tuple(incidents),
        posture=tuple(posture),
        milestones=tuple(milestones),
    )
