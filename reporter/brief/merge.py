"""Incident reports from many articles -> one record per real-world event, with sources and disagreements.

Owns the matching rules for incidents (which reports describe the same event), source families
(syndicated copies, one outlet), and what every merge shares: :class:`Report`, :class:`Claim`,
:class:`Disagreement`, ``claims_of`` and the date helpers. Troop posture and milestones are merged
in ``reporter.brief.merge_posture``. Where sources differ on a detail the merged record keeps every claim
(value and source numbers) instead of choosing silently.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache, partial
from typing import TypeVar

from reporter.brief import learned_identity
from reporter.brief.identity import (
    CONFLICT,
    FURTHER,
    LEVEL,
    LOOSE,
    STATEMENT_TYPES,
    TIE_DAYS,
    Relation,
    below_country,
    copies,
    day_agrees,
    is_debris,
    kinds_relation,
    named_days,
    on_border,
    other_dead,
    other_targets,
    parties_apart,
    place_relation,
    place_tokens,
    relation,
    retold_with_count,
    telling_toll,
    told_by_town_noun,
    toll_elsewhere,
    tolls_differ,
    type_group,
    where,
)
from reporter.brief.places_told import Told, places_told_within
from reporter.brief.textfmt import STANCE
from reporter.models import Incident, Milestone, Posture

_WORD = re.compile(r"[a-z0-9]+")
#: The GUIDE's marks after a party's name: one outlet's "Houthis" and another's "Houthis (claimed)" name one party.

@dataclass(frozen=True, kw_only=True, slots=True)
class Report:
    """One fact as one source reported it: the unit that merging groups."""

    source: int
    published: date | None
    fact: Incident | Posture | Milestone
    #: Told only of the area the row's place lies in, beside rows of other places in it (one of them
    #: or both, nothing says): a note on each such row, not its source (:func:`fold_areas`).
    wider: bool = False


@dataclass(frozen=True, kw_only=True, slots=True)
class Claim:
    value: str
    sources: tuple[int, ...]


@dataclass(frozen=True, kw_only=True, slots=True)
class Disagreement:
    field: str
    claims: tuple[Claim, ...]


@dataclass(frozen=True, kw_only=True, slots=True)
class MergedIncident:
    key: str
    type: str
    date: str | None
    date_from: str | None
    date_to: str | None
    date_precision: str
    location: str | None
    country: str | None
    place_precision: str
    lat: float | None
    lon: float | None
    actors: tuple[str, ...]
    objects: tuple[str, ...]
    count: int | None
    killed: int | None
    injured: int | None
    origin: str | None
    destination: str | None
    attributions: tuple[str, ...]
    summary: str
    sources: tuple[int, ...]
    families: int
    status: str
    disagreements: tuple[Disagreement, ...] = ()
    #: Other sides of the same event that outlets reported: "interception" for an attack of which
    #: some was shot down, "debris" for the fall of what was intercepted, "crash" for a drone or
    #: rocket of the attack that came down.
    facets: tuple[str, ...] = ()
    #: Who shot down what, and how many, when the row is an attack with an interception facet.
    interceptors: tuple[str, ...] = ()
    intercepted: int | None = None
    #: The area each outlet told the event of, beside rows of other places in it: "also reported at
    #: area level" (``Report.wider``); not among ``sources`` (they do not say it was this place).
    wider: tuple[Claim, ...] = ()
    number: int = 0

    def disagreement(self, name: str) -> Disagreement | None:
        return next((d for d in self.disagreements if d.field == name), None)


# --- source families ------------------------------------------------------------------------


def _shingles(text: str, size: int = 5) -> frozenset[int]:
    words = _WORD.findall(text.lower())
    return frozenset(hash(tuple(words[i : i + size])) for i in range(max(len(words) - size + 1, 1)))


class Families:
    """Union-find over source numbers: one outlet, or near-identical text, is one source family."""

    def __init__(self, outlets: dict[int, str | None], texts: dict[int, str], threshold: float = 0.5):
        self._parent = {n: n for n in outlets}
        self._texts = texts
        self._shingles: dict[int, frozenset[int]] = {}
        self._threshold = threshold
        by_outlet: dict[str, int] = {}
        for number, outlet in sorted(outlets.items()):
            name = (outlet or "").strip().lower()
            if name:
                self._union(by_outlet.setdefault(name, number), number)

    def _find(self, n: int) -> int:
        while self._parent[n] != n:
            self._parent[n] = self._parent[self._parent[n]]
            n = self._parent[n]
        return n

    def _union(self, a: int, b: int) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)

    def _grams(self, n: int) -> frozenset[int]:
        if n not in self._shingles:
            self._shingles[n] = _shingles(self._texts.get(n, ""))
        return self._shingles[n]

    def link_similar(self, numbers: Sequence[int]) -> None:
        """Join near-identical copies among sources that reported the same fact."""
        for i, a in enumerate(numbers):
            for b in numbers[i + 1 :]:
                if self._find(a) == self._find(b):
                    continue
                ga, gb = self._grams(a), self._grams(b)
                if ga and gb and len(ga & gb) / min(len(ga), len(gb)) >= self._threshold:
                    self._union(a, b)

    def family(self, n: int) -> int:
        return self._find(n)

    def count(self, numbers: Iterable[int]) -> int:
        return len({self._find(n) for n in numbers})


# --- dates and places -----------------------------------------------------------------------


@lru_cache(maxsize=16384)  # asked for every pair of reports a brief compares, on a few hundred values
def date_bounds(value: str | None) -> tuple[date, date] | None:
    """'YYYY', 'YYYY-MM', 'YYYY-MM-DD' or 'START/END' -> first and last day it can mean."""
    if not value:
        return None
    try:
        if "/" in value:
            start, end = value.split("/", 1)
            a, b = date_bounds(start), date_bounds(end)
            return (a[0], b[1]) if a and b else None
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            day = date(*parts)
            return day, day
        if len(parts) == 2:
            first = date(parts[0], parts[1], 1)
            nxt = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return first, nxt - timedelta(days=1)
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except (ValueError, IndexError, TypeError):
        return None


def date_precision(value: str | None) -> str:
    if not value:
        return "unknown"
    if "/" in value:
        return "range"
    return {1: "year", 2: "month", 3: "day"}.get(value.count("-") + 1, "unknown")


def place_precision(incident: Incident) -> str:
    if not incident.location:
        return "country" if incident.country else "unknown"
    if incident.country and incident.location.strip().lower() == incident.country.strip().lower():
        return "country"
    return "site" if incident.lat is not None else "named place"


def _place_rank(incident: Incident) -> int:
    """How well a report places its event, for the row's place: a geocoded place first, then a named
    one the gazetteer cannot place, then a town its sentence tells, unnamed, only as the point the
    scene lies by ("a base near the capital": the village another outlet names is the scene, not the
    capital), then the country alone. (A town named beside the scene, "near Erbil airport", "the
    outskirts of X", is still the scene's own place, as before.) Of two geocoded places the narrower
    names the row: the base, not the province another outlet gave ("Anbar" beside "Ain al-Asad")."""
    precision = place_precision(incident)
    if precision == "country":
        return 0
    if incident.location and told_by_town_noun(incident.location, incident.evidence):
        return 1
    return 3 + LEVEL.get(where(incident).kind, LEVEL["city"]) if precision == "site" else 2


def same_place(a: Incident, b: Incident) -> bool:
    """Whether two reports can be at one place (a base and its town, a country and a place in it)."""
    from reporter.brief.identity import place_relation

    wa, wb = where(a), where(b)
    if wa.kind in ("country", "unknown") and wb.kind in ("country", "unknown"):
        return not (wa.country and wb.country and wa.country.lower() != wb.country.lower())
    return place_relation(wa, wb) in ("same", "within")


def report_bounds(report: Report) -> tuple[date, date] | None:
    bounds = date_bounds(report.fact.date)  # type: ignore[union-attr]
    if bounds is None and report.published:
        # Undated: somewhere in the days before the report (a week and a half before it when told as
        # "the recent bombing": an event the page looks back on, not its news).
        days = 10 if _looked_back(report.fact) else 3  # type: ignore[arg-type]
        return report.published - timedelta(days=days), report.published
    return bounds


#: Words by which a sentence tells its event as some days past: "the recent attack", "last week's".
_LOOKED_BACK = re.compile(r"\bthe\s+recent\b|\blast\s+week['’]s\b", re.I)
#: A clause that tells its event as days before the sentence's own news ("three days after drones were
#: downed over the airport, a group said it sent them"; "..., days after a bombing in the town killed
#: 14"): up to the clause's end.
_DAYS_AFTER = re.compile(r"\b(?:(?:\w+\s+)?days|a\s+week)\s+after\b([^,;.]*)", re.I)


def _looked_back(fact: Incident) -> bool:
    """Whether an undated report's sentence tells its event as some days past: in the words above, or
    in a clause "N days after" that holds the event's own place (in "two days after the truce, a drone
    hit the town" the clause is the truce's, and the drone is the sentence's news)."""
    if _LOOKED_BACK.search(fact.evidence):
        return True
    place = (fact.location or fact.country or "").lower()
    return bool(place) and any(place in m.group(1).lower() for m in _DAYS_AFTER.finditer(fact.evidence))


#: A clause that tells its event as hours or a day before the sentence's own news, whose day the
#: sentence gives ("shelled the town on Tuesday, hours after rockets hit X"): up to the clause's end.
_HOURS_AFTER = re.compile(r"\b(?:hours|a\s+day|the\s+day|a\s+night|the\s+night)\s+after\b([^,;.]*)", re.I)


def told_before_news(fact: Incident) -> bool:
    """Whether a report's event is told in an "hours after" clause that holds its own place: dated by
    the day of the news it led to, it may be the night or the day before (in "hours after the
    shelling of X, rockets hit Y" the clause is X's, and Y's rockets keep their day)."""
    place = (fact.location or "").lower()
    return bool(place) and any(place in m.group(1).lower() for m in _HOURS_AFTER.finditer(fact.evidence))


#: Words by which a sentence tells that its event is of the page's own day.
_TODAY = re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", re.I)


def page_day(report: Report) -> bool:
    """Whether a report's date is only its page's day: dated to the day it was published, by a
    sentence that names no day of its own ("strikes killed 12 in the city, officials said"), or only
    the day its source spoke ("14 were killed in an attack on the camp, a committee said on Sunday").
    Such an event may have been the day before: outlets report the night's or the day's events the
    next morning, and a sentence that says "on Monday" or "today" of the event is dated by what it says."""
    fact = report.fact
    if report.published is None or fact.date is None or _TODAY.search(fact.evidence):  # type: ignore[union-attr]
        return False
    if fact.date == report.published.isoformat() and not named_days(fact.evidence):  # type: ignore[union-attr]
        return True
    return _said_day_only(fact.evidence, fact.date)  # type: ignore[union-attr]


#: A day named right after a verb of saying: "said on Sunday", "told reporters late on Monday".
_SAID_ON = re.compile(
    r"\b(?:said|says|told\s+(?:[\w-]+\s+){1,2}?|reported|announced|added|confirmed)\s+(?:late\s+|early\s+)?on\s+(?:[A-Z][a-z]+)\b"
)


def _said_day_only(evidence: str, day: str) -> bool:
    """A sentence dated to one day whose only named day is the one its source spoke on."""
    said = _SAID_ON.findall(evidence)
    return len(day) == 10 and len(said) == 1 and len(named_days(evidence)) == 1 and bool(named_days(said[0]))


def _relation(a: Report, b: Report, told: Told = frozenset()):
    return relation(
        a.fact,  # type: ignore[arg-type]
        b.fact,  # type: ignore[arg-type]
        a_when=report_bounds(a),
        b_when=report_bounds(b),
        same_source=a.source == b.source,
        told=told,
        a_slack=int(page_day(a) or told_before_news(a.fact)),  # type: ignore[arg-type]
        b_slack=int(page_day(b) or told_before_news(b.fact)),  # type: ignore[arg-type]
    )


def same_incident(a: Report, b: Report) -> bool:
    return _relation(a, b).score > 0


# --- incidents ------------------------------------------------------------------------------


def claims_of(pairs: Iterable[tuple[object, int]]) -> tuple[Claim, ...]:
    """(value, source) pairs -> one claim per distinct value, the most-sourced first."""
    by_value: dict[str, list[int]] = defaultdict(list)
    for value, source in pairs:
        if value is not None and value != "":
            by_value[str(value)].append(source)
    ordered = sorted(by_value.items(), key=lambda kv: (-len(set(kv[1])), min(kv[1])))
    return tuple(Claim(value=v, sources=tuple(sorted(set(s)))) for v, s in ordered)


def finest(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """Date claims without those that only hold another: "2025" beside "September 2025", or a
    range beside a day in it ("overnight", 10-11 March, beside another outlet's "late Tuesday", 10
    March). Saying less is not saying otherwise; a range that does not hold the day stays a
    disagreement. The sources of a range that holds one claim left agree with it, so they count
    (and are shown) for it: two outlets' "overnight" and a third's "Monday night" outweigh a fourth's
    other night."""

    def holds(wide: Claim, narrow: Claim) -> bool:
        w, n = date_bounds(wide.value), date_bounds(narrow.value)
        return bool(w and n) and w != n and w[0] <= n[0] and n[1] <= w[1]  # type: ignore[index]

    kept = [c for c in claims if not any(holds(c, o) for o in claims)]
    agreeing: dict[str, set[int]] = defaultdict(set)
    for wide in claims:
        inner = [c for c in kept if holds(wide, c)]
        if len(inner) == 1:
            agreeing[inner[0].value].update(wide.sources)
    if not agreeing:
        return tuple(kept)
    return claims_of((c.value, s) for c in kept for s in {*c.sources, *agreeing[c.value]})


_LEAD_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.I)


def _attributions(said: Iterable[str | None]) -> tuple[str, ...]:
    """Who the reports cite, each once: a bare noun that ends another's name is that one retold ("the
    source added" after "a security source said"), and so is a name told with another article."""
    names = list(dict.fromkeys(n for n in said if n))
    cores = [_LEAD_ARTICLE.sub("", n).lower() for n in names]
    return tuple(
        n
        for k, (n, c) in enumerate(zip(names, cores, strict=True))
        if c not in cores[:k] and not any(o.endswith(" " + c) for o in cores)
    )


def _pick(claims: tuple[Claim, ...]) -> str | None:
    return claims[0].value if claims else None


#: "claimed responsibility", "the group claimed the attack" (not a toll: "claimed the lives of 42").
_CLAIM_WORDING = re.compile(r"\bclaim(?:s|ed)?\b(?!(?:\s+[\w,-]+){0,4}?\s+lives?\b)")


def _claimed(incident: Incident) -> bool:
    """A party's own claim: attributed to one of the actors, or worded as a claim."""
    attribution = (incident.attribution or "").lower()
    if attribution and any(a.lower() in attribution or attribution in a.lower() for a in incident.actors):
        return True
    return bool(_CLAIM_WORDING.search(incident.evidence.lower()))


#: "Iran-backed militias", "Iranian-backed groups": the backer names the party outlets call by many nouns.
_BACKED = re.compile(r"^(\w+)\s*-?\s*backed\b")


@lru_cache(maxsize=4096)
def party_key(actor: str) -> str:
    """One key for the ways outlets write one party: without the GUIDE's "(claimed)" marks, a
    people's name as its country's ("Iranian" as "Iran"), a plural as its singular, and a party
    "backed" by a state by its backer."""
    from reporter.brief.commitment_parties import name_kinds

    kinds = name_kinds()
    words = [kinds[w][1].lower() if kinds.get(w, ("",))[0] == "country" else w for w in _WORD.findall(STANCE.sub("", actor).lower())]
    words = [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words]
    key = " ".join(words)
    backed = _BACKED.match(key)
    return f"{backed.group(1)} backed" if backed else key


def _side(incident: Incident, actor: str) -> str:
    """Which side of the event an actor is on: an interception's plain actor shot it down; a party
    blamed for it, claiming it or suspected fired it, whichever report names it."""
    return "caught" if incident.type == "interception" and not STANCE.search(actor) else "fired"


def agreed_actors(
    incs: Sequence[tuple[Incident, int]], families: Families, blamed: Sequence[tuple[str, int]] = ()
) -> tuple[tuple[str, ...], tuple[Claim, ...]]:
    """The actors a row shows, and those only some of its sources name (value and sources).

    One outlet may name the target as the doer ("United States" for an attack on its troops) or a
    party of its own reading; the union of every report's actors put them in the row. When two or
    more source families name actors, an actor shows as the row's when two families name it
    ("Houthis" and "Houthis (claimed)" are one party); the others are kept beside their sources, as
    a disputed date or toll is. A row one family names actors in shows them all.

    Agreement is counted on each side apart: one outlet's interceptor and another's party blamed for
    the drones are no rival readings of one actor, and two of them must not leave the row with none.
    ``blamed`` are the parties the row's interception reports blame or say claimed it (the attack's
    side when the row is an attack); ``told`` below is every (side, actor, source) named."""
    named: dict[tuple[str, str], list[int]] = defaultdict(list)
    shown: dict[tuple[str, str], str] = {}
    marked: dict[tuple[str, str], bool] = {}
    told = [(_side(inc, actor), actor, source) for inc, source in incs for actor in inc.actors]
    for side, actor, source in [*told, *(("fired", actor, source) for actor, source in blamed)]:
        key = (side, party_key(actor))
        shown.setdefault(key, actor)
        named[key].append(source)
        marked[key] = marked.get(key, True) and bool(STANCE.search(actor))
    # Who claimed it, and whom officials blamed or suspect, are statements each outlet reports with
    # its mark, not rival readings of who acted: they show whoever else is named (so does a party an
    # interception report blames, on the attack's side), and only the parties named outright need a
    # second outlet when outlets name different ones.
    agreed = []
    for side in dict.fromkeys(k[0] for k in named):
        keys = [k for k in named if k[0] == side]
        namers = {families.family(s) for k in keys if not marked[k] for s in named[k]}
        agreed += [k for k in keys if marked[k] or len(namers) < 2 or len({families.family(s) for s in named[k]}) >= 2]
    if len(agreed) == len(named):
        return tuple(shown[k] for k in named), ()
    # The parties one source set names, as one claim ("Iran, Israel [4] vs IRGC [5]": [4] does not
    # set its own two parties against each other).
    by_sources: dict[tuple[int, ...], list[str]] = defaultdict(list)
    for k, sources in named.items():
        if k not in agreed:
            by_sources[tuple(sorted(set(sources)))].append(shown[k])
    lone = claims_of((", ".join(names), s) for sources, names in by_sources.items() for s in sources)
    return tuple(shown[k] for k in named if k in agreed), lone


def merge_incidents(reports: Sequence[Report], families: Families) -> list[MergedIncident]:
    """Group reports of the same event; each group becomes one incident listing all its sources."""
    merged = [_merge_group(g, families) for g in group_incidents(reports)]
    # By date, then by the day it ends: a row told over 11-12 Mar after the rows of 11 Mar alone.
    merged.sort(key=lambda m: (m.date_from or "9999", m.date_to or m.date_from or "9999", m.type, m.location or "", m.sources))
    return merged


def group_incidents(reports: Sequence[Report]) -> list[list[Report]]:
    """The reports of each real event, in first-seen order (what :func:`merge_incidents` merges).

    A report joins the group it fits best: one of its reports must be the same event (same or
    facet kind, place, date; see ``reporter.brief.identity``) and none may plainly differ from it. A
    report that fits two groups about equally well, or that has no date and fits more than one,
    starts its own group rather than join the wrong event. Two articles that tell one story join
    their one undated report of a second event alike (:func:`join_companions`). Then the learned layer (when a model
    ships, ``reporter.brief.learned_identity``) joins rows it finds one event that no rule tells apart.
    """
    by_day = reports_by_day(reports)  # (asked by both the pair relation and the grouping)
    related = incident_relation(reports, by_day)
    groups, beside = areas_beside(join_companions(rule_groups(reports, related, by_day), related), related)
    return fold_areas(learned_identity.revise(groups, related, report_bounds), beside)


def areas_beside(
    groups: list[list[Report]], related: Callable[[Report, Report], Relation]
) -> tuple[list[list[Report]], list[tuple[list[Report], list[list[Report]]]]]:
    """The rows told only of an area ("strikes hit Lower Shabelle on Tuesday") beside two or more rows
    of places inside it that each fits (no pair of reports told apart, one that can be one event), or
    that the sentence of one of them tells besides (:func:`_told_beside`): no event of its own, it may be
    either, or both. Returned apart from the other rows (the learned layer would choose one for it by
    its liking for their words), each with the rows it lies beside, for :func:`fold_areas`."""
    rows = [n for n, g in enumerate(groups) if not _area_row(g)]
    beside: dict[int, list[int]] = {}
    for n, group in enumerate(groups):
        if not _area_row(group):
            continue
        reach = _Reach.of(group)
        fit = [k for k in rows if reach.meets(_Reach.of(groups[k])) and _area_fits(group, groups[k], related)]
        fit += [b for k in fit for a in group for b in _beside_rows(a, groups[k], groups) if not _area_row(groups[b])]
        if len(inside := _inside_rows(group, dict.fromkeys(fit), groups)) > 1:
            beside[n] = inside
    rest = [g for n, g in enumerate(groups) if n not in beside]
    return rest, [(groups[n], [groups[k] for k in inside]) for n, inside in beside.items()]


def fold_areas(groups: list[list[Report]], beside: list[tuple[list[Report], list[list[Report]]]]) -> list[list[Report]]:
    """Each area's row of :func:`areas_beside` on the rows it lay beside (as they now stand), its reports
    marked ``wider``: a note on each (not a source; the row keeps its own sources' reports alone). Where
    those rows have since become one, it joins that row as its source."""
    row_of = {id(r): n for n, g in enumerate(groups) for r in g}
    out = [list(g) for g in groups]
    for area, rows in beside:
        now = sorted({row_of[id(r)] for row in rows for r in row})
        if len(now) == 1:
            out[now[0]].extend(area)
            continue
        for k in now:
            own = {r.source for r in out[k] if not r.wider}
            out[k].extend(replace(r, wider=True) for r in area if r.source not in own)
    return out


def incident_relation(
    reports: Sequence[Report], by_day: dict[date, list[Report]] | None = None
) -> Callable[[Report, Report], Relation]:
    """How two of ``reports`` relate (identity.relation), each ordered pair asked once; ``by_day`` is
    :func:`reports_by_day` of them, made here when not given."""
    # Where the outlets say their places lie holds for every report of the brief.
    told = places_told_within(r.fact for r in reports)  # type: ignore[misc]
    by_day = reports_by_day(reports) if by_day is None else by_day

    def related(a: Report, b: Report) -> Relation:
        rel = _relation(a, b, told)
        if rel.day_off and _series(a, b, by_day):
            return CONFLICT
        return rel

    return remembered(related)


def reports_by_day(reports: Sequence[Report]) -> dict[date, list[Report]]:
    """The reports told to the day, by their day (what :func:`_days_told_apart` asks of an article)."""
    by_day: dict[date, list[Report]] = defaultdict(list)
    for report in reports:
        if date_precision(report.fact.date) == "day" and (bounds := report_bounds(report)):  # type: ignore[union-attr]
            by_day[bounds[0]].append(report)
    return by_day


def _series(a: Report, b: Report, by_day: dict[date, list[Report]]) -> bool:
    """Whether two reports tied only across a day (``identity.Relation.day_off``) are two days of a
    series: an article of the brief tells an event of their kind there on each of the two days
    (:func:`_days_told_apart`), or one names a day after the other's page was published."""
    days = [report_bounds(r) for r in (a, b)]
    first, last = min(d[0] for d in days), max(d[1] for d in days)  # type: ignore[index]
    return _told_as_two([a, b], first, last, by_day)


def rule_groups(
    reports: Sequence[Report],
    related: Callable[[Report, Report], Relation],
    by_day: dict[date, list[Report]] | None = None,
) -> list[list[Report]]:
    """The rules' grouping of :func:`group_incidents`, before any learned layer (``by_day`` as for
    :func:`incident_relation`).

    The reports told of a place below their country are grouped first, then those told only of a
    country (or of no place): one of these ties to every event of its kind there, so it joins a row
    of placed reports only where that is the one such row it fits, whichever came first, and so never
    ties two rows whose placed reports do not tie (nor does :func:`_unite` after: :func:`_one_of_many_rows`)."""
    order = {id(r): n for n, r in enumerate(reports)}
    groups: list[list[Report]] = []
    reaches: list[_Reach] = []
    # The undated reports that fitted more than one row and were left on one of their own.
    undecided: set[int] = set()
    # The reports told to the day, by their day (what :func:`_a_day_off` asks of an article).
    by_day = reports_by_day(reports) if by_day is None else by_day
    # (An area's reports after those of the places in it: :func:`_told_beside` asks of the rows they fit.)
    for report in sorted(reports, key=lambda r: (not _placed(r), where(r.fact).kind == "area")):  # type: ignore[arg-type]
        fits: list[tuple[float, int]] = []
        retold: list[int] = []
        own = _Reach.of([report])
        for n, group in enumerate(groups):
            # A group no report of which can score with this one is no fit, nor retold (that needs
            # a close pair too): its pairs are not asked (a brief's reports are mostly far apart).
            if not own.meets(reaches[n]):
                continue
            rels = [related(report, other) for other in group]
            if any(r.conflict for r in rels) and _a_day_off([report, *group], rels, reaches[n], own, by_day):
                fits.append((max(max(r.score, r.apart) for r in rels), n))
                continue
            if any(r.conflict for r in rels):
                if _retold_elsewhere(report, group, rels):
                    retold.append(n)
                continue
            if _stretched([report, *group], rels, reaches[n], own, by_day):
                continue
            best = max(r.score for r in rels)
            if best > 0:
                fits.append((best, n))
        # A loose tie (see identity._undated_tie) counts only where nothing else fits, and then
        # only when it is the one event that fits: never to choose between two.
        fits = sorted([f for f in fits if f[0] > LOOSE.score] or fits, reverse=True)
        if fits and fits[0][0] <= LOOSE.score:
            # ... nor where it would choose for another: an undated report left on a row of its own
            # for fitting two rows is tied loosely to each event of its kind there, so a later
            # report that ties to it only so would pick its event for it (and, dated otherwise
            # than both, be a third event).
            fits = [f for f in fits if not any(id(r) in undecided for r in groups[f[1]])]
        undated = report_bounds(report) is None or (bool(fits) and fits[0][0] <= LOOSE.score)
        clear = fits and (len(fits) == 1 or (not undated and fits[0][0] - fits[1][0] >= 0.3))
        joined = fits[0][1] if clear else retold[0] if not fits and len(retold) == 1 else None
        if joined is not None and (_one_of_many(report, groups[joined], groups) or _told_beside(report, groups[joined], groups)):
            joined = None
        # (Told only of an area that holds the places of two rows it fits: which one, nothing says.)
        if joined is not None and _area_report(report) and len(_inside_rows([report], [n for _, n in fits if _area_fits([report], groups[n], related)], groups)) > 1:
            joined = None
        # (Told only of a country: which of two places' rows it is, nothing in it says.)
        if joined is not None and not _placed(report) and sum(_placed_row(groups[n]) for _, n in fits) > 1:
            joined = None
        if joined is None and undated and len(fits) > 1:
            undecided.add(id(report))
        if joined is None:
            groups.append([report])
            reaches.append(own)
        else:
            groups[joined].append(report)
            reaches[joined] = reaches[joined].join(own)
    # (Rows and their reports back in the order first seen, as if placed and unplaced came mixed.)
    for group in groups:
        group.sort(key=lambda r: order[id(r)])
    groups.sort(key=lambda g: order[id(g[0])])
    return _unite(groups, related, by_day)


def _placed(report: Report) -> bool:
    return below_country(report.fact)  # type: ignore[arg-type]


def _placed_row(group: list[Report]) -> bool:
    return any(map(_placed, group))


def _one_of_many(report: Report, group: list[Report], groups: list[list[Report]]) -> bool:
    """A report with no date at all (none in its sentence, none for its page) told only of a country
    fits one row, but the country holds dated rows of its kind on two or more: that it fits one is
    no sign it is that one's event (the others' reports only told it otherwise). Unless a count of
    ten or more dead, wounded or weapons (or one both sentences tell alike, in the same words:
    ``identity.retold_with_count``), or the month and day its sentence names, ties it to the row."""
    fact = report.fact
    if fact.type in STATEMENT_TYPES or report_bounds(report) is not None or where(fact).kind != "country":  # type: ignore[union-attr,arg-type]
        return False
    if any(
        telling_toll(fact, r.fact) or day_agrees(fact, report_bounds(r), weekday=False) or retold_with_count(fact, r.fact)  # type: ignore[arg-type]
        for r in group
    ):
        return False
    family, country = type_group(fact.type), _country(report)  # type: ignore[union-attr]
    rows = sum(any(_country(r) == country and type_group(r.fact.type) == family and r.fact.date for r in g) for g in groups)  # type: ignore[union-attr]
    return rows >= 2


def _told_beside(report: Report, group: list[Report], groups: list[list[Report]]) -> bool:
    """A report told of an area ("coalition sites in the Kurdistan Region") wider than the row's
    place fits that row, but the sentence that gives the row its report tells, besides, another
    event at another place in that area on days the report's hold ("a drone was shot down over
    Erbil airport, and another drone crashed near Harir air base"): the area's report may be
    either, or both, so it joins neither."""
    return bool(_beside_rows(report, group, groups))


def _beside_rows(report: Report, group: list[Report], groups: list[list[Report]]) -> list[int]:
    """The rows :func:`_told_beside` finds: those of the other places the row's sentence tells in the area."""
    if not _area_report(report):
        return []
    told = {(r.source, r.fact.evidence): r.fact.location for r in group if r.fact.evidence and _inside(r, report)}  # type: ignore[union-attr]
    return [
        n
        for n, g in enumerate(groups)
        if g is not group
        and any(
            (r.source, r.fact.evidence) in told and r.fact.location != told[(r.source, r.fact.evidence)] and r.fact.type not in STATEMENT_TYPES and _inside(r, report)  # type: ignore[union-attr]
            for r in g
        )
    ]


def _area_report(report: Report) -> bool:
    """An event's report told only of an area (a province, a region), not of a place in it."""
    return report.fact.type not in STATEMENT_TYPES and where(report.fact).kind == "area"  # type: ignore[union-attr,arg-type]


def _area_row(group: list[Report]) -> bool:
    return all(map(_area_report, group))


def _inside(r: Report, area: Report) -> bool:
    """Whether ``r`` tells of a place inside the area ``area`` tells of, on days that meet."""
    bounds, days = report_bounds(area), report_bounds(r)
    overlaps = bounds is None or days is None or (days[0] <= bounds[1] and bounds[0] <= days[1])
    there = where(r.fact)  # type: ignore[arg-type]
    return overlaps and LEVEL.get(there.kind, 0) > LEVEL["area"] and place_relation(there, where(area.fact)) == "within"  # type: ignore[arg-type]


def _holds_inside(area: list[Report], group: list[Report]) -> bool:
    """Whether a row holds a report of a place inside the area an area's report tells of."""
    return any(_inside(r, a) for a in area for r in group)


def _area_fits(area: list[Report], group: list[Report], related: Callable[[Report, Report], Relation]) -> bool:
    """Whether an area's reports fit a row of a place inside it: no pair told apart, and one that can
    be one event, of one type or as a side of it (an interception, a drone that came down); another
    type of the family is no sign ("air strikes" in a province, and a drone attack on a base there)."""
    if not _holds_inside(area, group) or any(related(a, b).conflict for a in area for b in group):
        return False
    return any(
        related(a, b).score > 0 and (a.fact.type == b.fact.type or kinds_relation(a.fact, b.fact) != "same")  # type: ignore[union-attr,arg-type]
        for a in area
        for b in group
    )


def _inside_rows(area: list[Report], rows: Iterable[int], groups: list[list[Report]]) -> list[int]:
    """Those of ``rows`` that hold a place inside the area ``area``'s reports tell of; none where one
    of them alone shares a telling count with it (ten or more dead, or weapons: that one's event)."""
    inside = [n for n in rows if _holds_inside(area, groups[n])]
    counted = [n for n in inside if _counted_alike(area, groups[n])]
    return [] if len(counted) == 1 else inside


def _region_beside(lone: list[Report], group: list[Report], groups: list[list[Report]]) -> bool:
    """:func:`_told_beside` for joining rows: a row told only of an area, beside a row of a place in it."""
    return all(where(r.fact).kind == "area" for r in lone) and any(_told_beside(r, group, groups) for r in lone)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class _Reach:
    """What a group's reports can score with at all (``identity.relation``: only reports in no two
    countries and, both dated, at most TIE_DAYS apart): their countries (None: one without) and the
    span of their dates; ``undated`` when one has no bounds (it reaches every date). Two groups
    that do not meet hold no pair scoring above 0."""

    countries: frozenset[str | None]
    first: date | None
    last: date | None
    undated: bool

    @staticmethod
    def of(group: Sequence[Report]) -> _Reach:
        bounds = [report_bounds(r) for r in group]
        dated = [b for b in bounds if b]
        return _Reach(
            frozenset(_country(r) for r in group),
            min((b[0] for b in dated), default=None),
            max((b[1] for b in dated), default=None),
            len(dated) < len(bounds),
        )

    def join(self, other: _Reach) -> _Reach:
        firsts = [d for d in (self.first, other.first) if d]
        lasts = [d for d in (self.last, other.last) if d]
        return _Reach(
            self.countries | other.countries,
            min(firsts, default=None),
            max(lasts, default=None),
            self.undated or other.undated,
        )

    def meets(self, other: _Reach) -> bool:
        if None not in self.countries and None not in other.countries and not self.countries & other.countries:
            return False
        if self.undated or other.undated or self.first is None or other.first is None:
            return True
        # (The span holds every report's days: no report nearer than the span.)
        return (self.first - other.last).days <= TIE_DAYS and (other.first - self.last).days <= TIE_DAYS  # type: ignore[operator]


def _country(report: Report) -> str | None:
    """The country a report's place lies in, as ``identity.place_relation`` compares them; None for a
    site on a border (``identity.on_border``: another outlet may put it in the country beyond)."""
    country = where(report.fact).country  # type: ignore[arg-type]
    return country.lower() if country and not on_border(report.fact) else None  # type: ignore[arg-type]


T = TypeVar("T")


def remembered(relation: Callable[[Report, Report], T]) -> Callable[[Report, Report], T]:
    """``relation`` of each ordered pair of reports computed once (reports are told apart as objects):
    joining groups afterwards asks again of every pair each time two groups join."""
    seen: dict[tuple[int, int], T] = {}

    def related(a: Report, b: Report) -> T:
        key = (id(a), id(b))
        if key not in seen:
            seen[key] = relation(a, b)
        return seen[key]

    return related


def _a_day_off(joined: list[Report], rels: list[Relation], a: _Reach, b: _Reach, by_day: dict[date, list[Report]]) -> bool:
    """Whether a report joins a group (or two groups join, ``a`` and ``b`` their reach) that tell
    it apart only by a day: every pair in conflict is two outlets' reports of one kind at one place a
    day apart with nothing else telling them apart (``identity.relation``'s ``apart``), and the
    reports together span no more than two days (a night's attack told on either date; an
    interception the day before the attack another outlet dates). A pair one of which is told of a
    whole country only where one side already holds both days. Never when an
    article of the brief tells of such an event there on each of the two days (one town's strikes on
    two days, each told with its day, are two events), nor when a sentence names a day after another
    report's page was published (a page tells of nothing after its day)."""
    conflicts = [r for r in rels if r.conflict]
    if not all(r.apart > 0 for r in conflicts):
        return False
    if a.first is None or b.first is None:
        return False
    first, last = min(a.first, b.first), max(a.last, b.last)  # type: ignore[type-var]
    if (last - first).days > 1:
        return False
    held = (a.first <= b.first and b.last <= a.last) or (b.first <= a.first and a.last <= b.last)  # type: ignore[operator]
    if not held and (any(r.held for r in conflicts) or _named_after_page(joined)):
        return False
    return not _days_told_apart(joined, first, last, by_day)


def _named_after_page(joined: list[Report]) -> bool:
    """Whether a report's sentence names its day (or "today"), and that day comes after another
    joined report's page was published: a page tells of nothing after its day."""
    told = [(report_bounds(r), r) for r in joined if date_precision(r.fact.date) == "day"]  # type: ignore[union-attr]
    for bounds, late in told:
        named = named_days(late.fact.evidence) or _TODAY.search(late.fact.evidence)  # type: ignore[union-attr]
        if named and any(r.published and r.published < bounds[0] for _, r in told):  # type: ignore[index]
            return True
    return False


def _days_told_apart(joined: list[Report], first: date, last: date, by_day: dict[date, list[Report]]) -> bool:
    """Whether one article of the brief tells of an event of the joined reports' kind at their
    place on each of the two days (one town's raids on two days, each told with its day: a series)."""
    days: dict[int, set[date]] = defaultdict(set)
    for day in (first, last):
        for other in by_day.get(day, ()):
            if any(kinds_relation(other.fact, r.fact) == "same" and same_place(other.fact, r.fact) for r in joined):  # type: ignore[arg-type]
                days[other.source].add(day)
    return any(len(seen) >= 2 for seen in days.values())


def _stretched(joined: list[Report], rels: list[Relation], a: _Reach, b: _Reach, by_day: dict[date, list[Report]]) -> bool:
    """Whether a join that a pair tied only across a day (``identity.Relation.day_off``) carries
    would be wrong: the reports together span more than two days, or an article of the brief tells
    the two days' events there apart (:func:`_days_told_apart`). A report within the days the row
    already spans stretches nothing (a row of "overnight" reports and a later "Monday night")."""
    if not any(r.day_off for r in rels) or a.first is None or b.first is None:
        return False
    first, last = min(a.first, b.first), max(a.last, b.last)  # type: ignore[type-var]
    widened = first < a.first or last > a.last  # type: ignore[operator]
    return ((last - first).days > 1 and widened) or _told_as_two(joined, first, last, by_day)


def _told_as_two(joined: list[Report], first: date, last: date, by_day: dict[date, list[Report]]) -> bool:
    """Whether the brief's articles tell the joined reports' two days as two events: a report names a day
    after another's page (:func:`_named_after_page`), or an article tells each day's event there
    (:func:`_days_told_apart`)."""
    return _named_after_page(joined) or _days_told_apart(joined, first, last, by_day)


def _retold_elsewhere(report: Report, group: list[Report], rels: list) -> bool:
    """Whether a report is the group's event though its own article's other report of it there
    tells it apart: every report it differs from is from its own article, and another outlet's
    report ties it closely (a named place or the same day). The extractor read one event twice in
    that article ("strikes near the palace" and "bombed the army headquarters" that Wednesday);
    the other outlets say which event both are. Asked only when nothing else fits, and taken only
    when one group answers."""
    conflicts = [o for o, r in zip(group, rels, strict=True) if r.conflict]
    if any(o.source != report.source for o in conflicts):
        return False
    # A sentence that brings its event in as a further one ("another drone", "a third strike")
    # tells a new event of the article, not the one it told before.
    if FURTHER.search(report.fact.evidence):  # type: ignore[union-attr]
        return False
    # An attack and the strikes in reply that one article tells are two events, not one read twice;
    # so are the extractor's copies of an attack for each ship its sentence tells was hit.
    if any(o.fact.type != report.fact.type or copies(o.fact, report.fact) for o in conflicts):  # type: ignore[union-attr,arg-type]
        return False
    # ... nor are two its article counts other dead of ("killed four on Saturday", "killed 19" on Monday).
    if any(other_dead(o.fact, report.fact) for o in conflicts):  # type: ignore[arg-type]
        return False
    # (A tie across a day is no such tie: its own article's other day there is a series.)
    return any(o.source != report.source and r.score >= _UNITE_SCORE and not r.day_off for o, r in zip(group, rels, strict=True))


#: How close two groups' best pair of reports must be to join them afterwards (a named place or
#: the same day at least): a report that fitted two groups equally well started a third.
_UNITE_SCORE = 4.0


def _unites(
    a: list[Report], b: list[Report], related: Callable[[Report, Report], Relation], by_day: dict[date, list[Report]] | None = None
) -> bool:
    """Whether :func:`_unite` may join two groups: a close pair of reports ties them, none tells them
    apart (nor, given the reports by day, tells their days apart: :func:`_stretched`)."""
    pairs = [(x, y) for x in a for y in b]
    rels = [related(x, y) for x, y in pairs]
    if any(r.conflict for r in rels):
        return False
    if max(r.score for r in rels) < _UNITE_SCORE and not any(_dead_alike_within(*p, r) for p, r in zip(pairs, rels, strict=True)):
        return False
    return by_day is None or not _stretched([*a, *b], rels, _Reach.of(a), _Reach.of(b), by_day)


#: How close a pair at one place (or one inside the other) with the same dead must still be to join two
#: groups: dated, and of one kind (a place, dates that meet and a type agreeing score 3).
_TOLL_UNITE_SCORE = 3.0


def _dead_alike_within(x: Report, y: Report, rel: Relation) -> bool:
    """Two reports of one kind of attack whose places are one or one holds the other (a city and a
    district of it), dated alike, with the same dead and no count told otherwise: an outlet's
    city-wide account of a night's attack and another's of the block it hit are one event, however
    the reports first fell into rows."""
    fx, fy = x.fact, y.fact
    if rel.place not in ("same", "within") or rel.score < _TOLL_UNITE_SCORE or fx.type != fy.type:  # type: ignore[union-attr]
        return False
    if not (below_country(fx) and below_country(fy)):  # type: ignore[arg-type]
        return False  # (a country holds every town's attacks: only a place named ties by the dead)
    dead = fx.casualties.killed  # type: ignore[union-attr]
    return bool(dead) and dead == fy.casualties.killed and not tolls_differ(fx, fy)  # type: ignore[union-attr,arg-type]


def _told_widely(group: list[Report]) -> bool:
    """Every report of the group is dated, and only by a span of more than two days ("in June",
    "last year"): when, within it, the group's event was, none tells."""
    for report in group:
        bounds = report_bounds(report)
        if not report.fact.date or bounds is None or (bounds[1] - bounds[0]).days <= 1:  # type: ignore[union-attr]
            return False
    return True


def _one_of_many_rows(i: int, j: int, groups: list[list[Report]], reaches: list[_Reach], related: Callable[[Report, Report], Relation]) -> bool:
    """Whether one of two groups :func:`_unite` would join is told vaguely and ties as closely to a
    third group told more precisely, so that which of the two it joins would be chosen by order:

    - told only by a wide span, beside a third group that holds a dated report: a month's strikes
      on one city tie to each of its days of strikes alike (the loop left it alone for fitting more
      than one). A group of undated reports only is no other dated event to choose from;
    - told only of a country (or of no place), beside two groups of reports told of a place in it:
      a crash somewhere in the country ties to a crash at each of its places; so does one told only
      of an area beside two groups of places inside it (:func:`fold_areas` notes it on each).

    A third group is no rival, though, where the other shares a telling count with the vague one
    (the same 95 drones downed of a night's salvo, told by both; :func:`_counted_alike`) and the
    third shares none."""
    for lone, other in ((i, j), (j, i)):
        if _told_widely(groups[lone]):
            rival = _dated
        elif not _placed_row(groups[lone]) and _placed_row(groups[other]):
            rival = _placed_row
        elif _area_row(groups[lone]) and _area_fits(groups[lone], groups[other], related):
            rival = partial(_area_fits, groups[lone], related=related)
        else:
            continue
        counted = _counted_alike(groups[lone], groups[other])
        for k, third in enumerate(groups):
            if k in (i, j) or not reaches[lone].meets(reaches[k]) or not rival(third):
                continue
            if counted and not _counted_alike(groups[lone], third):
                continue
            if _unites(groups[lone], third, related):
                return True
    return False


def _interceptors(caught: Sequence[tuple[Incident, int]], attackers: Sequence[str]) -> tuple[tuple[str, int], ...]:
    """Who shot it down, with the source telling each: the interception reports' own actors, less any
    party of the attack's side, whether named alike or as the groups the attacking state backs
    ("Iran-backed militias" beside an attack by Iran): the extractor read the launchers into the interception."""
    fired = {party_key(a) for a in attackers}

    def firing(actor: str) -> bool:
        key = party_key(actor)
        return key in fired or (key.endswith(" backed") and key.removesuffix(" backed") in fired)

    return tuple((a, s) for i, s in caught for a in i.actors if _side(i, a) == "caught" and not firing(a))


def _told_otherwise(claims: tuple[Claim, ...]) -> bool:
    """Two claims each told by a source the other's sources do not tell (one outlet's "US-led coalition",
    another's "Iraqi air defences"): a dispute; one source naming both is no dispute."""
    told = [set(c.sources) for c in claims]
    return any(a - b and b - a for n, a in enumerate(told) for b in told[n + 1 :])


def _counted_alike(a: list[Report], b: list[Report]) -> bool:
    """Whether a report of each group tells the same count of ten or more (weapons, dead or wounded),
    or the two are one article's reports of one sentence (the salvo and the drones downed of it, one
    of which gave its count to the other group)."""
    return any(
        telling_toll(x.fact, y.fact) or (x.source == y.source and bool(x.fact.evidence) and x.fact.evidence == y.fact.evidence)  # type: ignore[arg-type,union-attr]
        for x in a
        for y in b
    )


def _dated(group: list[Report]) -> bool:
    return any(r.fact.date for r in group)  # type: ignore[union-attr]


def _unite(
    groups: list[list[Report]], related: Callable[[Report, Report], Relation], by_day: dict[date, list[Report]]
) -> list[list[Report]]:
    """Join groups that a close pair of reports ties and no pair tells apart, the first such pair of
    groups (in order) first; a group told only by a wide span, or only of a country, only where it
    is the one dated (or placed) group it ties so (:func:`_one_of_many_rows`)."""
    reaches = [_Reach.of(g) for g in groups]
    again = True
    while again:
        # A group held back for tying two alike (:func:`_one_of_many_rows`) may tie one alone once
        # those two are joined, though it comes before them: then the groups are asked once more.
        again = held = False
        i = 0
        while i < len(groups):
            j = i + 1
            while j < len(groups):
                a = groups[i]
                if reaches[i].meets(reaches[j]) and _unites(a, groups[j], related, by_day):
                    if _region_beside(a, groups[j], groups) or _region_beside(groups[j], a, groups):
                        pass  # (never: the sentence that tells the row tells two places in the region)
                    elif _one_of_many_rows(i, j, groups, reaches, related):
                        held = True
                    else:
                        a.extend(groups.pop(j))
                        reaches[i] = reaches[i].join(reaches.pop(j))
                        again = again or held
                        # The grown group may now join one after it that neither part joined, so
                        # those are asked again; one before it cannot (but for one held back): each
                        # part failed with it (a conflict or no close pair), and so does their union.
                        j = i + 1
                        continue
                j += 1
            i += 1
    return groups


def join_companions(groups: list[list[Report]], related: Callable[[Report, Report], Relation]) -> list[list[Report]]:
    """Rows joined where two articles tell one story (another event both tell, :func:`_one_story`)
    and, besides it, one more event alike, one of the two reports of it with no date of its own: a
    ship's attack that both tell, and the drone that each says was downed over one port besides,
    told by neither with its day. Nothing
    but the story ties the second pair, so only where it is each article's one report of that kind
    at that place (an article that tells of two tankers hit there ties neither), nothing tells the two
    apart, and each row is tied so to no other row than the other: never to choose between two. A
    report told only of a country so ties no two rows that each hold a report told of a place."""
    by_source: dict[int, list[Report]] = defaultdict(list)
    for group in groups:
        for report in group:
            if report.fact.type not in STATEMENT_TYPES:  # type: ignore[union-attr]
                by_source[report.source].append(report)
    row_of = {id(r): n for n, g in enumerate(groups) for r in g}
    # (Only reports of one family can be companions: each is asked of those alone.)
    by_family: dict[str, list[Report]] = defaultdict(list)
    for own in by_source.values():
        for report in own:
            by_family[type_group(report.fact.type)].append(report)  # type: ignore[union-attr]
    tied: dict[int, set[int]] = defaultdict(set)
    # The pairs of rows tied other than by a report told only of a country between two rows that
    # each hold a report told of a place (it ties to such a row anywhere there, not the two rows).
    firm: set[frozenset[int]] = set()
    for alike in by_family.values():
        for x in alike:
            if x.fact.date:  # type: ignore[union-attr]  (two dated reports: the rules' own question)
                continue
            for y in alike:
                i, j = row_of[id(x)], row_of[id(y)]
                if x.source != y.source and i != j and _companions(x, y, by_source, related):
                    tied[i].add(j)
                    tied[j].add(i)
                    if (_placed(x) and _placed(y)) or not (_placed_row(groups[i]) and _placed_row(groups[j])):
                        firm.add(frozenset((i, j)))
    groups, gone = list(groups), set()
    for i in sorted(tied):
        (j,) = tied[i] if len(tied[i]) == 1 else (None,)
        if j is None or j < i or tied[j] != {i} or i in gone or frozenset((i, j)) not in firm:
            continue
        if any(related(a, b).conflict for a in groups[i] for b in groups[j]):
            continue
        groups[i] = groups[i] + groups[j]
        gone.add(j)
    return [g for n, g in enumerate(groups) if n not in gone]


def _companions(x: Report, y: Report, by_source: dict[int, list[Report]], related: Callable[[Report, Report], Relation]) -> bool:
    """Two articles' reports of one kind at one place (or one within the other), each its article's
    only such report, with nothing that tells them apart (a conflict, other parties, tolls or
    targets), of two articles that tell another event alike (:func:`_one_story`)."""
    a, b = x.fact, y.fact
    if kinds_relation(a, b) != "same" or place_relation(where(a), where(b)) not in ("same", "within"):  # type: ignore[arg-type]
        return False
    if parties_apart(a, b) or tolls_differ(a, b) or other_targets(a, b):  # type: ignore[arg-type]
        return False
    for one, two in ((x, y), (y, x)):
        alike = [
            r
            for r in by_source[one.source]
            if kinds_relation(r.fact, two.fact) == "same" and place_relation(where(r.fact), where(two.fact)) in ("same", "within")  # type: ignore[arg-type]
        ]
        if len(alike) != 1:
            return False
    return not related(x, y).conflict and _one_story(x, y, by_source, related)


def _one_story(x: Report, y: Report, by_source: dict[int, list[Report]], related: Callable[[Report, Report], Relation]) -> bool:
    """The articles of ``x`` and ``y`` tell another event alike: two of their other reports that the
    rules find can be one event (they need not be close enough to choose a row by)."""
    for a in by_source[x.source]:
        for b in by_source[y.source]:
            if a is x or b is y:
                continue
            rel = related(a, b)
            if rel.score > 0 and not rel.conflict:
                return True
    return False


#: Which side of an event names the row: the attack before its interception, that before debris.
_PRIMARY_RANK = {"interception": 1, "crash": 0}


def _primary(group: list[Report]) -> tuple[list[Report], tuple[str, ...]]:
    """The reports that name the event (e.g. the attack) and the other facets present."""
    top = max(_PRIMARY_RANK.get(r.fact.type, 2) for r in group)  # type: ignore[union-attr]
    lead = next(r.fact for r in group if _PRIMARY_RANK.get(r.fact.type, 2) == top)  # type: ignore[union-attr]
    # (An attack another outlet typed otherwise, "a missile strike" beside "an air strike", names it too.)
    primary = [r for r in group if kinds_relation(r.fact, lead) == "same" or _PRIMARY_RANK.get(r.fact.type, 2) == top]  # type: ignore[arg-type,union-attr]
    facets = []
    for r in group:
        if r not in primary:
            kind = r.fact.type  # type: ignore[union-attr]
            facets.append("interception" if kind == "interception" else "debris" if is_debris(r.fact) else "crash")  # type: ignore[arg-type]
    return primary, tuple(dict.fromkeys(facets))


def facet_parts(group: list[Report]) -> list[list[Report]]:
    """A row's reports as the annotation guide counts events (for measuring): the interception
    facet, and the debris that fell of what was shot down (the guide's crash), apart from the
    attack; a drone or rocket of the attack that came down at its target stays with the attack."""
    group = [r for r in group if not r.wider]  # (a note on the row, no report of its event)
    primary, _ = _primary(group)
    caught = [r for r in group if r not in primary and r.fact.type == "interception"]  # type: ignore[union-attr]
    fallen = [r for r in group if r not in primary and is_debris(r.fact)]  # type: ignore[arg-type]
    rest = [r for r in group if r not in caught and r not in fallen]
    return [part for part in (rest, caught, fallen) if part]


def _merge_group(group: list[Report], families: Families) -> MergedIncident:
    wider = [r for r in group if r.wider]
    group = [r for r in group if not r.wider]
    primary, facets = _primary(group)
    incs: list[tuple[Incident, int]] = [(r.fact, r.source) for r in primary]  # type: ignore[misc]
    every: list[tuple[Incident, int]] = [(r.fact, r.source) for r in group]  # type: ignore[misc]
    caught = [(i, s) for i, s in every if i.type == "interception"] if "interception" in facets else []
    # A toll the sentence tells of another place (", Sweida, where 30 died") is not this event's.
    tolls = [(i.casualties, s) for i, s in every if not toll_elsewhere(i)]
    sources = tuple(sorted({s for _, s in every}))
    families.link_similar(sources)
    disagreements = []
    fields = {
        "type": claims_of((i.type, s) for i, s in incs),
        "date": finest(claims_of((i.date, s) for i, s in every)),
        "count": claims_of((i.count, s) for i, s in incs),
        "intercepted": claims_of((i.count, s) for i, s in caught),
        "killed": claims_of((c.killed, s) for c, s in tolls),
        "injured": claims_of((c.injured, s) for c, s in tolls),
    }
    for name, claims in fields.items():
        if len(claims) > 1:
            disagreements.append(Disagreement(field=name, claims=claims))
    blamed = [(a, s) for i, s in caught for a in i.actors if _side(i, a) == "fired"]
    # Whoever fired it did not shoot it down: an attacker among the interceptors is a misreading,
    # and a party the interception report blames is the attack's (shown among the row's actors).
    stopped_by = _interceptors(caught, [*(x for j, _ in incs for x in j.actors), *(a for a, _ in blamed)])
    if _told_otherwise(by := claims_of(stopped_by)):
        disagreements.append(Disagreement(field="interceptors", claims=by))
    actors, lone = agreed_actors(incs, families, blamed)
    if lone:
        disagreements.append(Disagreement(field="actors", claims=lone))
    rank = lambda i: (_place_rank(i), i.confidence)  # noqa: E731
    best = max((i for i, _ in every), key=rank)
    told = max((i for i, _ in incs), key=rank)
    # a site no gazetteer knows may come without its country, which another report of the same event
    # names ("X airport" beside "X, Congo"): the one country the reports agree on
    countries = {i.country for i, _ in every if i.country}
    country = best.country or (next(iter(countries)) if len(countries) == 1 else None)
    if len(countries) > 1:
        # a site on a border that one outlet puts on one side and another on the other ("the al-Tanf garrison,
        # over the border in Syria" and "an outpost in Jordan, close to the border with Syria"): the row's country first
        sides = claims_of((i.country, s) for i, s in every)
        disagreements.append(Disagreement(field="country", claims=tuple(sorted(sides, key=lambda c: c.value != country))))
    when = _pick(fields["date"])
    bounds = [b for b in (date_bounds(i.date) for i, _ in every) if b]
    known = [b for b in (date_bounds(when),) if b]
    span = known[0] if known else ((min(b[0] for b in bounds), max(b[1] for b in bounds)) if bounds else None)
    n_families = families.count(sources)
    status = (
        "corroborated"
        if n_families >= 2
        else ("claimed" if any(_claimed(i) for i, _ in every) else "single source")
    )
    kind = _pick(fields["type"]) or told.type
    key_src = f"{type_group(kind)}|{(country or '').lower()}|{sorted(place_tokens(best.location))}|{span[0] if span else ''}"

    def number(name: str) -> int | None:
        value = _pick(fields[name])
        return None if value is None or len(fields[name]) > 1 else int(value)

    return MergedIncident(
        key=hashlib.sha1(key_src.encode()).hexdigest()[:10],
        type=kind,
        date=when,
        date_from=span[0].isoformat() if span else None,
        date_to=span[1].isoformat() if span else None,
        date_precision=date_precision(when),
        location=best.location,
        country=country,
        place_precision=place_precision(best),
        lat=best.lat,
        lon=best.lon,
        actors=actors,
        objects=tuple(dict.fromkeys(o for i, _ in every for o in i.objects)),
        count=number("count"),
        killed=number("killed"),
        injured=number("injured"),
        origin=next((i.origin for i, _ in every if i.origin), None),
        destination=next((i.destination for i, _ in every if i.destination), None),
        attributions=_attributions(i.attribution for i, _ in every),
        summary=told.evidence,
        sources=sources,
        families=n_families,
        status=status,
        disagreements=tuple(disagreements),
        facets=facets,
        interceptors=tuple(dict.fromkeys(a for a, _ in stopped_by)),
        intercepted=number("intercepted"),
        wider=claims_of((r.fact.location, r.source) for r in wider),  # type: ignore[union-attr]
    )


def group_numbers(items: Sequence[MergedIncident]) -> list[MergedIncident]:
    """Number incidents 1..N in table order (the map's markers use the same numbers)."""
    return [replace(item, number=n) for n, item in enumerate(items, 1)]


__all__ = [
    "Claim",
    "Disagreement",
    "Families",
    "MergedIncident",
    "Report",
    "claims_of",
    "date_bounds",
    "facet_parts",
    "finest",
    "fold_areas",
    "group_incidents",
    "group_numbers",
    "merge_incidents",
    "same_incident",
]
