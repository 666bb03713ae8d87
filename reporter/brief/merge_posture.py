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

from reporter.brief.identity import lookup
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
class PosturePart:
    """A figure told beside the level: ``role`` "part" (within the level: "already there", a unit)
    or "increment" (troops being sent or added); ``label`` says which as a reader would."""

    count: int
    qualifier: str | None
    role: str
    label: str
    sources: tuple[int, ...]
    #: The same reinforcement sized otherwise by other sources ("about 3,000" and "3,500 more"):
    #: each further size with its own sources; ``sources`` then covers them all.
    others: tuple[PosturePart, ...] = ()

    @property
    def amount(self) -> str:
        """The figure alone as listed: "+about 3,000", "about 650"."""
        words = " ".join(re.sub(r"\([^()]*\)", " ", self.qualifier or "").split())
        n = f"{words} {self.count:,}".strip()
        return f"+{n}" if self.role == "increment" else n

    @property
    def values(self) -> tuple[tuple[str, tuple[int, ...]], ...]:
        """Each size told with its sources: one pair, or one per source set when sizes differ."""
        if not self.others:
            return ((self.amount, self.sources),)
        own = tuple(s for s in self.sources if all(s not in o.sources for o in self.others))
        return ((self.amount, own), *((o.amount.lstrip("+"), o.sources) for o in self.others))

    @property
    def text(self) -> str:
        """As the brief lists it: "+3,000 more", "about 650 already there", "battalion of some 750",
        "+about 3,000 / 3,500 more" (one reinforcement sized differently)."""
        n = " / ".join(v for v, _ in self.values)
        if self.role == "increment":
            return f"{n} {self.label}"
        if self.label.lower() in _UNIT_WORDS:
            return f"{self.label} of {n}"
        return f"{n} {self.label}"


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
    #: Figures of the same day that are not the level: a unit's own strength, the troops a
    #: reinforcement joins, the reinforcement itself. Listed beside the level, never against it.
    parts: tuple[PosturePart, ...] = ()

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


#: A unit named with its own strength: "a battalion of some 750", "the brigade has about 4,000".
_UNIT_WORDS = ("battalion", "brigade", "regiment", "company", "division", "squadron", "detachment")
_UNIT_BEFORE = re.compile(rf"\b({'|'.join(_UNIT_WORDS)})\b[^.;,:]{{0,30}}$", re.I)
#: A branch or trade named after the number: "100 Marines", "750 paratroopers".
_UNIT_AFTER = re.compile(
    r"^\s+(paratroopers|marines|commandos|rangers|sailors|airmen|special forces|military police)\b", re.I
)
#: The troops a reinforcement joins: "will join the 2,500 already there", "join about 650 others".
_JOINED = re.compile(
    r"\bjoin(?:s|ed|ing)?\s+(?:(?:the|about|around|roughly|some|nearly|an\s+estimated)\s+)*$", re.I
)
#: The number is the reinforcement: "some 2,000 more are to join them", "is deploying 1,500 to".
_JOINING = re.compile(r"^[^.;:]{0,40}?\b(?:is|are|will|would|to)\s+(?:be\s+)?join(?:ing)?\b", re.I)
_SENDING = re.compile(
    r"\b(?:is|are|will|would|to)\s+(?:begin\s+)?(?:deploy(?:ing)?|send(?:ing)?|dispatch(?:ing)?)\s+"
    r"(?:(?:about|around|roughly|some|nearly|up\s+to|as\s+many\s+as|more\s+than|another)\s+)*$",
    re.I,
)


_ALREADY = "already there"
#: The figure told of named places inside its country, not of the country: "around 900 American
#: soldiers are stationed at Harir base and Erbil airport", "200 are deployed in the Kurdistan Region".
_AT_PLACES = re.compile(
    r"^\s+(?P<who>(?:[\w.-]+\s+){0,3}?)(?:(?:are|is|were|remain|currently|still|now)\s+){0,2}"
    r"(?:stationed|based|deployed|posted|housed)\s+(?P<at>at|in)\s+(?P<where>[^.;,()]{3,80})",
    re.I,
)
_PLACE_LIST = re.compile(r"\s*(?:,|\band\b)\s*")


def _number_in(text: str, count: int) -> re.Match[str] | None:
    digits = str(count)
    grouped = f"{count:,}"
    return re.search(rf"(?<![\d,.])(?:{re.escape(grouped)}|{digits})(?!\d|[,.]\d)", text)


def role(p: Posture) -> tuple[str, str]:
    """How a figure stands to the level of its force and place: ("level", ""), ("part", label) or
    ("increment", label). Read from its sentence; a figure its sentence does not show is a level."""
    if "(additional" in (p.qualifier or ""):
        return "increment", "more"
    m = _number_in(p.evidence or "", p.count) if p.count is not None else None
    if m is None:
        return "level", ""
    before, after = p.evidence[max(0, m.start() - 60) : m.start()], p.evidence[m.end() : m.end() + 80]
    if _JOINING.search(after):
        return "increment", "joining"
    if _SENDING.search(before):
        return "increment", "being sent"
    if _JOINED.search(before) and not after.startswith("-"):  # not "joined the 2,000-strong force"
        return "part", _ALREADY
    unit = _UNIT_BEFORE.search(before) or _UNIT_AFTER.search(after)
    if unit:
        word = unit.group(1)
        return "part", word if word[0].isupper() else word.lower()
    if (where := _places_inside(p, after)) is not None:
        return "part", where
    return "level", ""


def _sited(role: tuple[str, str]) -> bool:
    """A part told at places inside the country (:func:`_places_inside`)."""
    return role[0] == "part" and role[1].startswith(("at ", "in "))


def _places_inside(p: Posture, after: str) -> str | None:
    """"at Harir base and Erbil airport" where the figure's sentence tells its troops stationed at
    places the gazetteer puts inside the figure's country (bases, towns, a region), and not the
    country itself: the troops there, a part of the country's level, not that level."""
    told = _AT_PLACES.match(after)
    if told is None or p.country.lower() in told.group("who").lower():
        return None
    where = told.group("where").strip()
    names = [re.sub(r"^the\s+", "", n, flags=re.I) for n in _PLACE_LIST.split(where) if n.strip()]
    places = [lookup(n) for n in names]
    if not places or any(x is None or x.kind == "country" or (x.country or "").lower() != p.country.lower() for x in places):
        return None
    return f"{told.group('at').lower()} {where}"


def _added(p: Posture) -> bool:
    return "(additional" in (p.qualifier or "")


def is_planned(qualifier: str | None) -> bool:
    """A level to come ("about (planned)"), not an exercise's."""
    return "(planned" in (qualifier or "") and "exercise)" not in (qualifier or "")


def _planned_row(force: str, country: str, every: Sequence[Report]) -> PostureFigure | None:
    """A force and place no one tells a standing level for, only a level to come ("will send about
    1,100 troops"): that level, marked planned, as its latest day tells it. No change is worked out
    against it, nor is it kept as the level a later figure changes from."""
    planned = [r for r in every if is_planned(r.fact.qualifier) and r.fact.count is not None]  # type: ignore[union-attr]
    if not planned:
        return None
    day = max((r.published for r in planned if r.published), default=None)
    latest = _last_told_per_article([r for r in planned if r.published == day])
    claims = claims_of((r.fact.count, r.source) for r in latest)  # type: ignore[union-attr]
    top = next((r.fact for r in latest if str(r.fact.count) == claims[0].value), None) if claims else None  # type: ignore[union-attr]
    return PostureFigure(
        force=force,
        country=country,
        count=int(claims[0].value) if len(claims) == 1 else None,
        qualifier=top.qualifier if top else None,
        as_of=day.isoformat() if day else None,
        sources=tuple(sorted({r.source for r in latest})),
        disagreements=(Disagreement(field="count", claims=claims),) if len(claims) > 1 else (),
        evidence=top.evidence if top else "",
    )


def _parts(reports: Sequence[Report], roles: dict[int, tuple[str, str]]) -> tuple[PosturePart, ...]:
    """The figures that are not the level, one per role and count (the first-cited label names it).
    Reinforcements of one day sized differently by different sources, each source telling one
    size, are one reinforcement: one part listing each size with its sources."""
    grouped: dict[tuple[str, int], list[Report]] = defaultdict(list)
    for r in sorted(reports, key=lambda r: r.source):
        if roles[id(r)][0] != "level":
            grouped[(roles[id(r)][0], r.fact.count)].append(r)  # type: ignore[union-attr]
    parts = [
        PosturePart(
            count=count,
            qualifier=rs[0].fact.qualifier,  # type: ignore[union-attr]
            role=kind,
            label=roles[id(rs[0])][1],
            sources=tuple(sorted({r.source for r in rs})),
        )
        for (kind, count), rs in sorted(grouped.items(), key=lambda kv: (kv[0][0] != "part", -kv[0][1]))
    ]
    added = sorted((p for p in parts if p.role == "increment"), key=lambda p: p.sources)
    told = [s for p in added for s in p.sources]
    if len(added) > 1 and len(told) == len(set(told)) and 0 not in told:
        first, *rest = added
        one = PosturePart(
            count=first.count, qualifier=first.qualifier, role=first.role, label=first.label,
            sources=tuple(sorted(told)), others=tuple(rest),
        )  # fmt: skip
        parts = [p for p in parts if p.role != "increment"] + [one]
    return tuple(parts)


def _roles(day: Sequence[Report]) -> dict[int, tuple[str, str]]:
    """Each figure's role; when every standing figure names one and the same unit ("18,000 Marines"
    against "19,000 Marines") they are outlets differing on that unit's strength: levels."""
    roles = {id(r): role(r.fact) for r in day}  # type: ignore[arg-type]
    standing = [roles[id(r)] for r in day if is_standing(r.fact)]  # type: ignore[arg-type]
    kinds = {kind for kind, _ in standing}
    units = {label.lower() for kind, label in standing if kind == "part" and label != _ALREADY}
    # (Troops told at places inside the country are never its level, however many outlets tell them.)
    sited = any(map(_sited, standing))
    if kinds == {"part"} and len(units) == 1 and all(label != _ALREADY for _, label in standing) and not sited:
        roles.update({id(r): ("level", "") for r in day if is_standing(r.fact)})  # type: ignore[arg-type]
    return roles


def _sent_alone(kept: Sequence[Report], roles: dict[int, tuple[str, str]]) -> None:
    """Troops told only as being sent ("is deploying 2,000 troops to Romania"), with no level, unit,
    group joined or reinforcement ("more", "additional") told for that force and place on any day
    (nor in the previous brief): what is sent is the level there, not an addition to a level no one tells."""
    if kept and all(roles[id(r)] == ("increment", "being sent") for r in kept):
        roles.update({id(r): ("level", "") for r in kept})


def _added_row(force: str, country: str, kept: Sequence[Report]) -> PostureFigure | None:
    """A force and place told only by troops added ("2,000 more troops"), with no level: no overall
    figure, the reinforcements of its latest day listed as the parts of a standing one are."""
    added = [r for r in kept if _added(r.fact) and r.fact.count is not None]  # type: ignore[arg-type,union-attr]
    if not added:
        return None
    day = max((r.published for r in added if r.published), default=None)
    latest = [r for r in added if r.published == day]
    parts = _parts(latest, {id(r): role(r.fact) for r in latest})  # type: ignore[arg-type]
    return PostureFigure(
        force=force,
        country=country,
        count=None,
        qualifier=None,
        as_of=day.isoformat() if day else None,
        sources=tuple(sorted({s for part in parts for s in part.sources})),
        parts=parts,
    )


def merge_posture(
    reports: Sequence[Report],
    *,
    previous: dict[tuple[str, str], dict] | None = None,
    previous_label: str = "",
) -> list[PostureFigure]:
    """The latest figure per (force, country); differing figures of that date are a disagreement.

    Each figure is first read for what it is: a unit's own strength (when the day tells other
    figures too), the troops a reinforcement joins or the reinforcement itself is listed beside the
    level (``parts``) and never disputes it; what still differs is a disagreement. The change is against the previous brief's
    figure when there is one, else against the latest earlier figure on record.
    """
    by_key: dict[tuple[str, str], list[Report]] = defaultdict(list)
    for r in reports:
        p = r.fact
        assert isinstance(p, Posture)
        by_key[(force_name(p.force), p.country.strip())].append(r)
    figures = []
    for (force, country), every in sorted(by_key.items()):
        # a planned, former or withdrawn level is not what stands there now; an added one is listed
        kept = [r for r in every if is_standing(r.fact) or _added(r.fact)]  # type: ignore[arg-type]
        standing = [r for r in kept if is_standing(r.fact)]  # type: ignore[arg-type]
        if not standing:
            if (row := _planned_row(force, country, every) or _added_row(force, country, kept)) is not None:
                figures.append(row)
            continue
        roles: dict[int, tuple[str, str]] = {}
        for day in {r.published for r in kept}:
            roles |= _roles([r for r in kept if r.published == day])
        if (force, country) not in (previous or {}):
            _sent_alone(kept, roles)
        # A day that tells only troops at places inside the country tells no level: the level stands
        # as last told, and those troops are listed beside it.
        told = [r for r in standing if not _sited(roles[id(r)])] or standing
        latest_day = max((r.published for r in told if r.published), default=None)
        since = [r for r in kept if _sited(roles[id(r)]) and r.published and latest_day and r.published > latest_day]
        parts = _parts([r for r in kept if r.published == latest_day] + since, roles)
        rs = _last_told_per_article([r for r in standing if roles[id(r)][0] == "level"])
        latest = [r for r in rs if r.published == latest_day]
        claims = claims_of((r.fact.count, r.source) for r in latest)  # type: ignore[union-attr]
        top = next((r.fact for r in latest if str(r.fact.count) == claims[0].value), None) if claims else None  # type: ignore[union-attr]
        sources = {r.source for r in latest} or {s for part in parts for s in part.sources}
        count = int(claims[0].value) if len(claims) == 1 else None
        earlier = sorted(
            (r for r in rs if r.published and latest_day and r.published < latest_day),
            key=lambda r: r.published,
        )  # type: ignore[arg-type,return-value]
        prev_count, prev_as_of, basis = None, None, None
        prior = (previous or {}).get((force, country))
        if prior and prior.get("count") is not None and not is_planned(prior.get("qualifier")):
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
                qualifier=top.qualifier if top else None,
                as_of=latest_day.isoformat() if latest_day else None,
                sources=tuple(sorted(sources)),
                previous=prev_count,
                previous_as_of=prev_as_of,
                change=(count - prev_count) if count is not None and prev_count is not None else None,
                change_basis=basis,
                disagreements=(Disagreement(field="count", claims=claims),) if len(claims) > 1 else (),
                evidence=top.evidence if top else "",
                parts=parts,
            )
        )
    return figures


__all__ = [
    "PostureFigure",
    "PosturePart",
    "force_name",
    "is_planned",
    "merge_posture",
]
