"""Facts of a period -> the brief's data: filtered, merged, sourced, compared with the last issue.

``build_brief`` numbers the sources that the brief cites, merges the facts (``reporter.brief.merge``, ``reporter.brief.merge_posture``),
derives the key points and the changes since the previous brief, and returns :class:`BriefData`,
which the template renders and the run record stores as JSON.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from reporter import isojson
from reporter.brief import lexicons, phrasing, textfmt
from reporter.brief.commitment_parties import actor_countries
from reporter.brief.commitments import MergedMilestone, merge_milestones
from reporter.brief.identity import STATEMENT_TYPES, counted_weapon
from reporter.brief.merge import (
    Families,
    MergedIncident,
    Report,
    date_bounds,
    group_numbers,
    merge_incidents,
    same_place,
    type_group,
)
from reporter.brief.merge_posture import PostureFigure, is_planned, merge_posture
from reporter.brief.titles import stand_in_title
from reporter.config import BriefConfig, Filters
from reporter.crontab import next_fire_time
from reporter.models import Article, Facts, Incident


@dataclass(frozen=True, kw_only=True, slots=True)
class SourceRef:
    number: int
    article_id: str
    outlet: str | None
    title: str | None
    url: str | None
    published: datetime | None
    fetched: datetime
    family: int = 0


@dataclass(frozen=True, kw_only=True, slots=True)
class KeyPoint:
    text: str
    section: str


@dataclass(frozen=True, kw_only=True, slots=True)
class Change:
    status: str  # new | escalated | unchanged
    incident: int  # the incident's number in this brief
    note: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class Changes:
    previous_issue: int | None
    previous_as_of: str | None
    incidents: tuple[Change, ...] = ()
    posture: tuple[str, ...] = ()
    milestones: tuple[str, ...] = ()
    #: Incidents of the previous brief that match none in this one, described as they were listed.
    dropped: tuple[str, ...] = ()

    @property
    def first(self) -> bool:
        return self.previous_issue is None

    def count(self, status: str) -> int:
        return sum(1 for c in self.incidents if c.status == status)


@dataclass(frozen=True, kw_only=True, slots=True)
class BriefData:
    brief_id: str
    title: str
    issue: int
    as_of: datetime
    period_start: datetime | None
    handling: str
    sources: tuple[SourceRef, ...]
    incidents: tuple[MergedIncident, ...]
    posture: tuple[PostureFigure, ...]
    milestones: tuple[MergedMilestone, ...]
    statements: tuple[MergedIncident, ...] = ()
    #: Events the period's reports recall from well before it (EARLIER_THAN): background, listed
    #: apart from the incident log, off the map, the counts and the key points.
    earlier: tuple[MergedIncident, ...] = ()
    key_points: tuple[KeyPoint, ...] = ()
    changes: Changes = field(default_factory=lambda: Changes(previous_issue=None, previous_as_of=None))
    timezone: str = "UTC"
    next_issue: datetime | None = None
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return json.loads(json.dumps(asdict(self), default=isojson.default))

    def facts_hash(self) -> str:
        """Hash of the facts only (not timestamps or issue number), for skip_if_unchanged."""
        data = self.to_json()
        payload = {k: data[k] for k in ("incidents", "posture", "milestones", "statements")}
        for figure in payload["posture"]:  # the change depends on the previous issue, not on the facts
            for key in ("previous", "previous_as_of", "change", "change_basis"):
                figure.pop(key, None)
        for item in payload["milestones"]:  # status and days move with the clock
            for key in ("status", "days", "status_text"):
                item.pop(key, None)
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()

    def source(self, number: int) -> SourceRef | None:
        return next((s for s in self.sources if s.number == number), None)


# --- filters --------------------------------------------------------------------------------


def _has(needles: Sequence[str], *haystacks: str | None) -> bool:
    text = " ".join(h for h in haystacks if h).lower()
    return any(re.search(r"\b" + re.escape(n.lower()) + r"\b", text) for n in needles)


def keep_incident(inc: Incident, article: Article, filters: Filters) -> bool:
    if filters.types and inc.type not in filters.types:
        return False
    if filters.countries and not _has(filters.countries, inc.country, inc.location):
        return False
    if filters.actors and not _has(filters.actors, " | ".join(inc.actors), inc.attribution):
        return False
    return not filters.keywords or _has(filters.keywords, inc.evidence, inc.location, article.title)


def keep_article_fact(text: str, article: Article, filters: Filters, country: str | None = None) -> bool:
    """Posture and milestones: the country filter on the figure's country or the article's text."""
    if filters.countries and not _has(filters.countries, country or text, None if country else article.text):
        return False
    return not filters.keywords or _has(filters.keywords, text, article.title, article.text)


# --- assembly -------------------------------------------------------------------------------


def _published(article: Article, facts: Facts | None) -> date | None:
    if facts and facts.published:
        bounds = date_bounds(facts.published[:10])
        if bounds:
            return bounds[0]
    return article.published.date() if article.published else None


def first_sentence(text: str, limit: int = 90) -> str | None:
    """An untitled article's stand-in title (see :mod:`reporter.brief.titles`)."""
    return stand_in_title(text, limit)


def next_issue(spec: BriefConfig, after: datetime) -> datetime | None:
    """When the schedule next fires after ``after`` (None for unscheduled briefs)."""
    if spec.schedule is None:
        return None
    return next_fire_time(spec.schedule, after)


def period_reports(
    ordered: Sequence[Article], facts: dict[str, Facts], filters: Filters
) -> tuple[list[Report], list[Report], list[Report]]:
    """Incident, posture and milestone reports that pass the filters; sources numbered 1.. in order."""
    incidents: list[Report] = []
    posture: list[Report] = []
    milestones: list[Report] = []
    for n, article in enumerate(ordered, 1):
        found = facts.get(article.id)
        if found is None:
            continue
        pub = _published(article, found)
        for inc in found.incidents:
            if keep_incident(inc, article, filters):
                incidents.append(Report(source=n, published=pub, fact=inc))
        for p in found.troop_posture:
            if keep_article_fact(p.evidence, article, filters, country=p.country):
                posture.append(Report(source=n, published=pub, fact=p))
        for m in found.milestones:
            if keep_article_fact(f"{m.what} {m.evidence}", article, filters):
                milestones.append(Report(source=n, published=pub, fact=m))
    return incidents, posture, milestones


def build_brief(
    spec: BriefConfig,
    *,
    articles: list[Article],
    facts: dict[str, Facts],
    as_of: datetime,
    period_start: datetime | None,
    issue: int,
    previous: dict[str, Any] | None = None,
    history: Sequence[tuple[Article, Facts]] = (),
    lexicon_paths: Sequence[Path] = (),
) -> BriefData:
    """Filter and merge the period's facts; number only the sources the brief cites.

    ``previous`` is the last brief's JSON (for changes); ``history`` holds earlier articles whose
    troop figures give the change "since the previous figure on record"; ``lexicon_paths`` are the
    user's lexicons, which the extractor read and which event and commitment identity read too.
    """
    lexicons.use(lexicon_paths)
    filters = spec.filters
    ordered = sorted(articles, key=lambda a: (a.published or a.fetched, a.outlet or "", a.id))
    number_of = {a.id: n for n, a in enumerate(ordered, 1)}
    incident_reports, posture_reports, milestone_reports = period_reports(ordered, facts, filters)
    families = Families(
        {number_of[a.id]: a.outlet for a in ordered}, {number_of[a.id]: a.text for a in ordered}
    )
    merged = merge_incidents(incident_reports, families)
    events = [m for m in merged if m.type not in STATEMENT_TYPES]
    incidents = group_numbers([m for m in events if not _earlier(m, period_start)])
    earlier = tuple(m for m in events if _earlier(m, period_start))
    statements = tuple(m for m in merged if m.type in STATEMENT_TYPES)
    prev_posture = {(p["force"], p["country"]): p for p in (previous or {}).get("posture", [])}
    label = f"since issue {previous.get('issue')}" if previous else ""
    past = [
        Report(source=0, published=_published(a, f), fact=p)
        for a, f in history
        if a.id not in number_of
        for p in f.troop_posture
        if keep_article_fact(p.evidence, a, filters, country=p.country)
    ]
    posture = merge_posture([*past, *posture_reports], previous=prev_posture, previous_label=label)
    posture = [p for p in posture if any(s > 0 for s in (*p.sources, *(s for part in p.parts for s in part.sources)))]
    milestones = merge_milestones(milestone_reports, as_of=as_of.date())

    cited = sorted(
        {s for item in (*incidents, *earlier, *statements, *posture, *milestones) for s in item.sources if s > 0}
        | {s for p in posture for part in p.parts for s in part.sources if s > 0}
        | {s for i in (*incidents, *earlier) for c in i.wider for s in c.sources}
    )
    renumber = {old: new for new, old in enumerate(cited, 1)}
    by_number = {number_of[a.id]: a for a in ordered}
    refs = tuple(
        SourceRef(
            number=renumber[old],
            article_id=by_number[old].id,
            outlet=by_number[old].outlet or by_number[old].source_id,
            title=by_number[old].title or first_sentence(by_number[old].text),
            url=by_number[old].url,
            published=by_number[old].published,
            fetched=by_number[old].fetched,
            family=renumber.get(families.family(old), renumber[old]),
        )
        for old in cited
    )
    incidents = [_renumbered(i, renumber) for i in incidents]
    statements = tuple(_renumbered(i, renumber) for i in statements)
    earlier = tuple(_renumbered(i, renumber) for i in earlier)
    posture = [_renumbered(p, renumber) for p in posture]
    milestones = [_renumbered(m, renumber) for m in milestones]
    changes = compare(incidents, posture, milestones, previous)
    data = BriefData(
        brief_id=spec.id,
        title=spec.title,
        issue=issue,
        as_of=as_of,
        period_start=period_start,
        handling=spec.handling,
        sources=refs,
        incidents=tuple(incidents),
        posture=tuple(posture),
        milestones=tuple(milestones),
        statements=statements,
        earlier=earlier,
        changes=changes,
        timezone=spec.timezone,
        next_issue=next_issue(spec, as_of),
        filters={k: v for k, v in filters.model_dump().items() if v},
    )
    enabled = tuple(s.id for s in spec.sections if s.enabled)
    return replace(data, key_points=key_points(data, sections=enabled))


#: How long before a brief's period an event must have ended to be background: a report of the
#: period may tell of an attack some days old as news, but of one weeks or years before as context.
EARLIER_THAN = timedelta(days=7)


def _earlier(incident: MergedIncident, period_start: datetime | None) -> bool:
    """An event dated wholly more than EARLIER_THAN before the period (never an undated one, nor
    any in a brief of all reports on record)."""
    if period_start is None or not incident.date_to:
        return False
    return date.fromisoformat(incident.date_to[:10]) < period_start.date() - EARLIER_THAN


def _renumbered(item: Any, renumber: dict[int, int]) -> Any:
    changes: dict[str, Any] = {"sources": tuple(sorted(renumber[s] for s in item.sources if s in renumber))}
    if getattr(item, "disagreements", ()):
        changes["disagreements"] = tuple(
            replace(
                d,
                claims=tuple(
                    replace(c, sources=tuple(renumber[s] for s in c.sources if s in renumber))
                    for c in d.claims
                ),
            )
            for d in item.disagreements
        )
    if getattr(item, "wider", ()):
        changes["wider"] = tuple(replace(c, sources=tuple(renumber[s] for s in c.sources if s in renumber)) for c in item.wider)
    if getattr(item, "parts", ()):
        changes["parts"] = tuple(_renumbered(part, renumber) for part in item.parts)
    if getattr(item, "others", ()):
        changes["others"] = tuple(_renumbered(other, renumber) for other in item.others)
    return replace(item, **changes)


# --- changes and key points -----------------------------------------------------------------


def _matches_previous(inc: MergedIncident, old: dict[str, Any]) -> bool:
    if old.get("key") == inc.key:
        return True
    if (
        type_group(old.get("type", "")) != type_group(inc.type)
        or not old.get("date_from")
        or not inc.date_from
    ):
        return False
    if old["date_from"] > (inc.date_to or "") or inc.date_from > (old.get("date_to") or ""):
        return False
    a = Incident(
        date=None, type=inc.type, location=inc.location, country=inc.country, lat=inc.lat, lon=inc.lon
    )
    b = Incident(
        date=None,
        type=old["type"],
        location=old.get("location"),
        country=old.get("country"),
        lat=old.get("lat"),
        lon=old.get("lon"),
    )
    return same_place(a, b)


def compare(
    incidents: Sequence[MergedIncident],
    posture: Sequence[PostureFigure],
    milestones: Sequence[MergedMilestone],
    previous: dict[str, Any] | None,
) -> Changes:
    """New / escalated / unchanged incidents and the posture and milestone news since ``previous``."""
    if not previous:
        return Changes(previous_issue=None, previous_as_of=None)
    olds = list(previous.get("incidents", []))
    out = []
    matched: set[int] = set()
    for inc in incidents:
        found = next(((n, o) for n, o in enumerate(olds) if _matches_previous(inc, o)), None)
        old = found[1] if found else None
        if found:
            matched.add(found[0])
        if old is None:
            out.append(Change(status="new", incident=inc.number))
            continue
        notes = []
        for name, word in (("killed", "killed"), ("injured", "injured"), ("count", "reported count")):
            before, now = old.get(name), getattr(inc, name)
            if now is not None and (before or 0) < now:
                notes.append(f"{word} {textfmt.number(before or 0)} → {textfmt.number(now)}")
        if notes:
            out.append(Change(status="escalated", incident=inc.number, note="; ".join(notes)))
        else:
            more = len(inc.sources) - len(old.get("sources", []))
            note = f"{textfmt.plural(more, 'more source')}" if more > 0 else ""
            out.append(Change(status="unchanged", incident=inc.number, note=note))
    posture_notes = tuple(
        f"{p.force} in {p.country}: {textfmt.signed(p.change)} (now {textfmt.number(p.count)})"
        for p in posture
        if p.change and p.change_basis and p.change_basis.startswith("since issue")
    )
    old_keys = {m.get("key") for m in previous.get("milestones", [])}
    milestone_notes = tuple(
        f"new commitment: {textfmt.clip(m.label, 120)} (due {textfmt.fact_date(m.due)})"
        for m in milestones
        if m.key not in old_keys
    )
    dropped = tuple(_describe_old(o) for n, o in enumerate(olds) if n not in matched)
    return Changes(
        previous_issue=previous.get("issue"),
        previous_as_of=previous.get("as_of"),
        incidents=tuple(out),
        posture=posture_notes,
        milestones=milestone_notes,
        dropped=dropped,
    )


def _describe_old(old: dict[str, Any]) -> str:
    """A previous brief's incident as one line: 'incident 3: interception, Ain al-Asad, 13 Jun 2025'."""
    place = old.get("location") or old.get("country") or "place unknown"
    when = textfmt.fact_date(old.get("date")) if old.get("date") else "undated"
    number = f"incident {old['number']}: " if old.get("number") else ""
    return f"{number}{textfmt.kind(old.get('type') or 'other')}, {textfmt.clip(place, 80)}, {when}"


def significance(inc: MergedIncident) -> tuple[int, ...]:
    """Sort key, most significant first: the dead, then the wounded (as fatality-based event data
    ranks: 212 wounded by one outlet's count is not above 200 killed), independent sources,
    corroboration, count, recency.

    The key points' "most significant" incident and the e-mail's top incidents both follow it.
    """
    corroborated = 1 if inc.status == "corroborated" else 0
    day = date.fromisoformat(inc.date_from[:10]).toordinal() if inc.date_from else 0
    return (
        -toll_span(inc, "killed")[0],
        -toll_span(inc, "injured")[0],
        -inc.families,
        -corroborated,
        -(inc.count or 0),
        -day,
        inc.number,
    )


def toll_span(inc: MergedIncident, name: str) -> tuple[int, int]:
    """The lowest and highest figure told of a toll ("killed"): one agreed value twice, or the
    range the sources' differing figures span (0, 0 when none is told)."""
    agreed = getattr(inc, name)
    if agreed is not None:
        return agreed, agreed
    dispute = inc.disagreement(name)
    told = [int(c.value) for c in dispute.claims if c.value.isdigit()] if dispute else []
    return (min(told), max(told)) if told else (0, 0)


def _where(inc: MergedIncident) -> str:
    """'at the Conoco gas field in Syria', 'over Iraq'."""
    where = phrasing.incident_place(inc)
    if inc.location and inc.country and inc.place_precision != "country":
        where += f" in {phrasing.the_place(inc.country)}"
    return where


def key_points(data: BriefData, *, sections: Sequence[str] | None = None) -> tuple[KeyPoint, ...]:
    """3-7 deterministic bullets, each pointing to the section that holds the detail.

    With ``sections`` (the enabled ones), no point refers to a section the brief leaves out.
    """
    return tuple(_key_points(data, sections)[:7])


def _key_points(data: BriefData, sections: Sequence[str] | None) -> list[KeyPoint]:
    points = _incident_points(data.incidents)
    if not data.changes.first:
        points.append(_changes_point(data.changes))
    # a level to come only after the standing ones
    for p in sorted(data.posture, key=lambda p: (is_planned(p.qualifier), -(abs(p.change or 0)), -(p.count or 0)))[:2]:
        points.append(_posture_point(p))
    nearest = _nearest_milestone(data.milestones)
    if nearest:
        line = phrasing.milestone_line(
            textfmt.clip(nearest.label, 110),
            textfmt.fact_date(nearest.due),
            nearest.status,
            nearest.status_text,
            disputed=bool(nearest.disagreements),
        )
        points.append(KeyPoint(text=f"{line}.", section="timeline"))
    disputes = sum(len(i.disagreements) for i in data.incidents) + sum(
        len(m.disagreements) for m in data.milestones
    )
    if disputes and len(points) < 7:
        points.append(
            KeyPoint(
                text=f"Sources disagree on {textfmt.plural(disputes, 'detail')}; each version is shown with its sources.",
                section="incidents",
            )
        )
    if data.statements and len(points) < 7:
        # The parties that spoke: a leader stands for the state he speaks for ("Iran", not also "Ali Khamenei").
        speakers = actor_countries("person")
        who = ", ".join(dict.fromkeys(speakers.get(a, a) for s in data.statements for a in s.actors[:1])) or "unattributed"
        points.append(
            KeyPoint(
                text=f"{textfmt.plural(len(data.statements), 'threat statement')} ({textfmt.clip(who, 80)}).",
                section="statements",
            )
        )
    fillers = _fillers(data)
    if sections is not None:
        points = [p for p in points if p.section in sections]
        fillers = [f for f in fillers if f.section in sections]
    for filler in fillers:
        if len(points) >= 3:
            break
        if not any(p.section == filler.section for p in points):
            points.append(filler)
    return points


def _incident_points(incs: Sequence[MergedIncident]) -> list[KeyPoint]:
    """How many incidents and where most were, then the most significant one; or that there were none."""
    if not incs:
        return [KeyPoint(text="No incidents reported in the period.", section="incidents")]
    most = phrasing.where_most(incs)
    top = min(incs, key=significance)
    harm = []
    for name in ("killed", "injured"):
        low, high = toll_span(top, name)
        # "1,400", as the log; tolls the sources differ on are given as the range they span.
        if high and low != high:
            harm.append(f"{textfmt.number(low)} to {textfmt.number(high)} {name} (accounts differ)")
        elif high:
            harm.append(f"{textfmt.number(high)} {name}")
    # What was counted, by its plainest name ("drone" of "drone, explosive drone"): "1 object" told nothing.
    thing = counted_weapon(top.objects) or "object"
    detail = ", ".join(harm) or (f"{textfmt.plural(top.count, thing)} reported" if top.count else "")
    detail = f"{detail}; " if detail else ""
    return [
        KeyPoint(
            text=f"{textfmt.plural(len(incs), 'incident')} on record{', ' + most if most else ''}: "
            f"{phrasing.kinds_breakdown(incs)}.",
            section="incidents",
        ),
        KeyPoint(
            text=f"Most significant: {textfmt.kind(top.type)} {_where(top)} ({textfmt.fact_date(top.date)}), "
            f"{detail}{top.status}, incident {top.number}.",
            section="incidents",
        ),
    ]


def _changes_point(c: Changes) -> KeyPoint:
    return KeyPoint(
        text=f"Since issue {c.previous_issue}: "
        f"{phrasing.change_counts(c.count('new'), c.count('escalated'), c.count('unchanged'))}"
        + (f"; {len(c.dropped)} no longer reported." if c.dropped else "."),
        section="changes",
    )


def _posture_point(p: PostureFigure) -> KeyPoint:
    count = (
        textfmt.troops(p.qualifier, p.count)
        if p.count is not None
        else ("figures differ" if p.disagreements else "no overall figure, only units and reinforcements")
    )
    change = f", {textfmt.signed(p.change)} {p.change_basis}" if p.change is not None else ""
    # A figure its report does not date reads "date not reported", not "as of —".
    when = f"as of {textfmt.day(p.as_of)}" if p.as_of else "date not reported"
    return KeyPoint(
        text=f"{p.force} troops in {phrasing.the_place(p.country)}: {count} ({when}){change}.",
        section="posture",
    )


def _nearest_milestone(milestones: Sequence[MergedMilestone]) -> MergedMilestone | None:
    """The next one due, else the latest passed or overdue."""
    upcoming = [m for m in milestones if m.status == "due"]
    recent = [m for m in milestones if m.status in ("passed", "overdue")]
    return upcoming[0] if upcoming else (recent[-1] if recent else None)


def _fillers(data: BriefData) -> list[KeyPoint]:
    """Points that keep a thin brief at three bullets, one per section not yet pointed to."""
    return [
        KeyPoint(text=f"{textfmt.plural(len(data.sources), 'source')} cited.", section="sources"),
        KeyPoint(
            text="No troop figures reported in the period."
            if not data.posture
            else "Troop figures as reported.",
            section="posture",
        ),
        KeyPoint(
            text="No withdrawal milestones reported in the period."
            if not data.milestones
            else "Withdrawal milestones as reported.",
            section="timeline",
        ),
    ]
