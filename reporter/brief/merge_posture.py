"""Troop posture and withdrawal milestones from many articles -> one figure or commitment each.

The latest troop figure per force and country (with the change since the previous brief or the
previous figure on record), and which milestone mentions are the same commitment, with its status
against the brief's date. Incidents and the shared claim types live in ``reporter.brief.merge``.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reporter.brief.merge import Disagreement, Report, claims_of, date_bounds
from reporter.models import Milestone, Posture

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


@dataclass(frozen=True, kw_only=True, slots=True)
class MergedMilestone:
    key: str
    what: str
    due: str
    due_date: str
    status: str
    days: int
    status_text: str
    sources: tuple[int, ...]
    disagreements: tuple[Disagreement, ...] = ()
    evidence: str = ""

    def disagreement(self, name: str) -> Disagreement | None:
        return next((d for d in self.disagreements if d.field == name), None)


# --- troop posture --------------------------------------------------------------------------


def force_name(force: str) -> str:
    return FORCE_ALIASES.get(force.strip().lower(), force.strip())


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
        by_key[(force_name(p.force), p.country.strip())].append(r)
    figures = []
    for (force, country), rs in sorted(by_key.items()):
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


# --- milestones -----------------------------------------------------------------------------


def _topic(what: str) -> frozenset[str]:
    words = _WORD.findall(what.lower().replace("-", " "))
    return frozenset(
        w.removesuffix("i") if w.endswith("qi") else w for w in words if w not in _STOP and len(w) > 2
    )


#: Two mentions more than this far apart in due date are different commitments, however alike
#: their words ("leave federal bases by September 2025" vs "leave Kurdistan by the end of 2026").
_SAME_COMMITMENT_SPAN_DAYS = 200


def same_commitment(a: Milestone, b: Milestone) -> bool:
    ta, tb = _topic(a.what), _topic(b.what)
    if not ta or not tb:
        return a.what.strip().lower() == b.what.strip().lower()
    da, db = date_bounds(a.due), date_bounds(b.due)
    if da and db and abs((da[1] - db[1]).days) > _SAME_COMMITMENT_SPAN_DAYS:
        return False
    shared = len(ta & tb)
    return shared / min(len(ta), len(tb)) >= 0.5 or (shared >= 2 and shared / max(len(ta), len(tb)) >= 0.3)


def milestone_status(
    due: str, as_of: date, *, reported_after_due: bool = False
) -> tuple[str, str, int, date]:
    """(status, text, days, due date): a milestone is due at the end of the period its date names."""
    bounds = date_bounds(due)
    if bounds is None:
        return "unknown", "date unclear", 0, as_of
    last = bounds[1]
    days = (last - as_of).days
    if days >= 0:
        return (
            "due",
            ("today" if days == 0 else f"in {days} day{'s' if days != 1 else ''}"),
            days,
            last,
        )
    if reported_after_due:
        return "overdue", f"by {-days} days (still reported as pending)", days, last
    return "passed", f"{-days} days ago", days, last


def group_milestones(reports: Sequence[Report]) -> list[list[Report]]:
    """The mentions of each commitment, in first-seen order (what :func:`merge_milestones` merges)."""
    groups: list[list[Report]] = []
    for r in reports:
        for g in groups:
            # Against the group's first mention only, so no chain of look-alikes joins two commitments.
            if same_commitment(r.fact, g[0].fact):  # type: ignore[arg-type]
                g.append(r)
                break
        else:
            groups.append([r])
    return groups


def merge_milestones(reports: Sequence[Report], *, as_of: date) -> list[MergedMilestone]:
    """One record per distinct commitment; differing due dates are shown as a disagreement."""
    out = []
    for g in group_milestones(reports):
        ms: list[tuple[Milestone, Report]] = [(r.fact, r) for r in g]  # type: ignore[misc]
        claims = claims_of((m.due, r.source) for m, r in ms)
        due = claims[0].value
        what = Counter(m.what for m, _ in ms).most_common(1)[0][0]
        bounds = date_bounds(due)
        late = bool(bounds) and any(r.published and r.published > bounds[1] for _, r in ms)  # type: ignore[index]
        status, text, days, last = milestone_status(due, as_of, reported_after_due=late)
        out.append(
            MergedMilestone(
                key=hashlib.sha1(" ".join(sorted(_topic(what))).encode()).hexdigest()[:10],
                what=what,
                due=due,
                due_date=last.isoformat(),
                status=status,
                days=days,
                status_text=text,
                sources=tuple(sorted({r.source for _, r in ms})),
                disagreements=(Disagreement(field="due", claims=claims),) if len(claims) > 1 else (),
                evidence=ms[0][0].evidence,
            )
        )
    out.sort(key=lambda m: (m.due_date, m.what))
    return out


__all__ = [
    "MergedMilestone",
    "PostureFigure",
    "force_name",
    "group_milestones",
    "merge_milestones",
    "merge_posture",
    "milestone_status",
    "same_commitment",
]
