"""Troop posture from many articles -> the latest figure per force and country.

With the change since the previous brief or the previous figure on record. Incidents and the
shared claim types live in ``reporter.brief.merge``, commitments in ``reporter.brief.commitments``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reporter.brief.merge import Disagreement, Report, claims_of
from reporter.models import Posture

_STOP_WORDS = (
    "a an the of and or to by in on at for from with its their be will is are was were has have "
    "coalition forces force troops troop us u.s. united states american mission military withdrawal "
    "withdraw withdrawn leave exit complete completes completed end ends fully gradual gradually "
    "all remaining final scheduled due plan planned agreement under"
)
_STOP = frozenset(_STOP_WORDS.split())
_WORD = re.compile(r"[a-z0-9]+")
FORCE_ALIASES = {
    "us": "United States",
    "u.s.": "United States",
    "usa": "United States",
    "american": "United States",
    "united states": "United States",
    "the united states": "United States",
    "us forces": "United States",
    "u.s. forces": "United States",
}


@dataclass(frozen=True, kw_only=True, slots=True)
class PostureFigure:
    force: str
    country: str
    count: int | None
    qualifier: str | None
    as_of: str | None
    sources: tuple[int, ...]
    previous: int | None = None
    previous_as_of: str | None = None
    change: int | None = None
    change_basis: str | None = None
    disagreements: tuple[Disagreement, ...] = ()
    evidence: str = ""

    def disagreement(self, name: str) -> Disagreement | None:
        return next((d for d in self.disagreements if d.field == name), None)


# --- troop posture --------------------------------------------------------------------------


def force_name(force: str) -> str:
    return FORCE_ALIASES.get(force.strip().lower(), force.strip())


#: Qualifier statuses (extract/posture.py) that describe a level other than the one standing now.
_NOT_STANDING = ("(planned", "(former", "(withdrawn", "(additional", "exercise)")


def is_standing(p: Posture) -> bool:
    """A figure for the force there now ("about 2,500"), not a plan, a past level or a movement."""
    return not any(status in (p.qualifier or "") for status in _NOT_STANDING)


def _last_told_per_article(reports: Sequence[Report]) -> list[Report]:
    """One figure per article: the one it tells last. Several standing figures for one force and
    place in one article ("initially 1,000 ... had grown to 2,000 ... increased to about 2,500") are
    its history or parts of a whole, not outlets disagreeing. (Earlier articles on record all count
    as source 0: their day keeps them apart.)"""
    last: dict[tuple[int, date | None], Report] = {}
    for r in reports:
        last[(r.source, r.published)] = r
    return list(last.values())


def merge_posture(
    reports: Sequence[Report],
    *,
    previous: dict[tuple[str, str], dict] | None = None,
    previous_label: str = "",
) -> list[PostureFigure]:
    """The latest figure per (force, country); differing figures of that date are a disagreement.

    The change is against the previous brief's figure when there is one, else against the latest
    earlier figure on record.
    """
    by_key: dict[tuple[str, str], list[Report]] = defaultdict(list)
    for r in reports:
        p = r.fact
        assert isinstance(p, Posture)
        if not is_standing(p):
            continue  # a planned, former, added or withdrawn level is not what stands there now
        by_key[(force_name(p.force), p.country.strip())].append(r)
    figures = []
    for (force, country), told in sorted(by_key.items()):
        rs = _last_told_per_article(told)
        latest_day = max((r.published for r in rs if r.published), default=None)
        latest = [r for r in rs if r.published == latest_day]
        claims = claims_of((r.fact.count, r.source) for r in latest)  # type: ignore[union-attr]
        top = next(r.fact for r in latest if str(r.fact.count) == claims[0].value)  # type: ignore[union-attr]
        count = int(claims[0].value) if len(claims) == 1 else None
        earlier = sorted(
            (r for r in rs if r.published and latest_day and r.published < latest_day),
            key=lambda r: r.published,
        )  # type: ignore[arg-type,return-value]
        prev_count, prev_as_of, basis = None, None, None
        prior = (previous or {}).get((force, country))
        if prior and prior.get("count") is not None:
            prev_count, prev_as_of, basis = prior["count"], prior.get("as_of"), previous_label
        elif earlier:
            prev_count = earlier[-1].fact.count  # type: ignore[union-attr]
            prev_as_of = earlier[-1].published.isoformat()  # type: ignore[union-attr]
            basis = "since the previous figure on record"
        figures.append(
            PostureFigure(
                force=force,
                country=country,
                count=count,
                qualifier=top.qualifier,  # type: ignore[union-attr]
                as_of=latest_day.isoformat() if latest_day else None,
                sources=tuple(sorted({r.source for r in latest})),
                previous=prev_count,
                previous_as_of=prev_as_of,
                change=(count - prev_count) if count is not None and prev_count is not None else None,
                change_basis=basis,
                disagreements=(Disagreement(field="count", claims=claims),) if len(claims) > 1 else (),
                evidence=top.evidence,  # type: ignore[union-attr]
            )
        )
    return figures


__all__ = [
    "PostureFigure",
    "force_name",
    "merge_posture",
]
