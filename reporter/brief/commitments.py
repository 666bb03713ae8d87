"""Withdrawal milestones from many articles -> one timeline line per commitment, with its status.

A commitment is who does what where ("the US-led coalition leaves federal Iraq"), whatever the
wording: "vacating federal Iraqi bases", "the coalition's mission will conclude" and "hundreds of
US troops will leave" by September 2025 are one line. Who and where are read through the
extractor's lexicons (actors, countries, demonyms, gazetteer places), the action from the verb.
Due dates that sources give differently are kept as a disagreement; a step reported done is
"completed" on its date, and "overdue" needs a source published after the due date that still
calls it pending.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from reporter.brief.identity import Place, _km, fold, lookup
from reporter.brief.merge import Disagreement, Report, claims_of, date_bounds, finest
from reporter.models import Milestone

#: Actions by what they do to a presence; "remain (continue) until X" ends the presence at X like "leave by X".
_ACTIONS = (
    ("hand over", r"hand(?:s|ed|ing)?\s+(?:over|back)|handover|transfer(?:s|red|ring)?\s+control|take(?:s|n)?\s+over|taking\s+over|took\s+over|"
     r"(?:take|takes|taken|taking|took|assum\w*)\s+\W?(?:full\s+|over\s+)?(?:security\s+)?responsibilit\w*"),
    ("end presence", r"withdr[ae]w\w*|leav(?:e|es|ing)|left|exit\w*|depart\w*|vacat\w*|pull\w*\s+out|pullout|"
     r"draw\w*\s*down|drawdown|reduc\w*|end(?:s|ed|ing)?|conclu\w*|wind\w*\s+down|wound\s+down|clos(?:e|es|ed|ing|ure)|"
     r"remain\w*|stay\w*|continu\w*|expir\w*|mandate|redeploy\w*|relocat\w*|extend\w*|run|runs|running|last|lasts"),
    ("start", r"deploy\w*|arriv\w*|establish\w*|stand\s+up|take\s+effect|takes\s+effect|took\s+effect|come\s+into\s+force|"
     r"sign\w*|station\w*|doubl\w*|tripl\w*"),
)
_ACTION = [(name, re.compile(rf"\b(?:{pattern})\b", re.I)) for name, pattern in _ACTIONS]
_BEGIN = re.compile(r"\b(?:begin|began|begun|beginning|start\w*|first\s+(?:phase|stage|step)|phase\s+one)\b", re.I)
_COMPLETE = re.compile(r"\b(?:complet\w*|fully|final\w*|all\s+(?:remaining\s+)?(?:troops|forces)|entirely|last)\b", re.I)
#: Words between a country and its verb when the country is who acts ("Israel was supposed to withdraw").
_AUX = r"(?:has|have|had|will|would|shall|was|were|is|are|be|to|must|should|supposed|expected|set|due|agreed|complete|completed|begin|began|fully|finally|formally|officially|then|also|not|its|their|on|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
#: "Armenia has given Russia until August 1 to withdraw": who is given the time leaves, who gives it hosts.
_GIVE = r"(?:give|gives|given|giving|gave)"
_TO_LEAVE = r"to\s+(?:withdr|leav|pull|vacat|exit)"
_INTO = re.compile(r"\b(?:in|from|of|across|inside|into|leave|leaves|leaving|left|exit|exiting|vacate|vacating|out|federal)$")
#: "the draft resolution of France": "of" names a text's author, not the place.
_AUTHOR = re.compile(r"\b(?:resolution|draft|proposal|motion|initiative|text)\s+of$")
_FEDERAL = re.compile(r"\b(?:federal|central[- ]government)\b", re.I)
_SIZE = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d{3,6})\s+(?:\w+\s+){0,2}(?:troops|soldiers|personnel|forces)\b", re.I)
_WORD = re.compile(r"[a-z0-9]+")
_TOPIC_WORDS = (
    "a an the of and or to by in on at for from with its their be will is are was were has have "
    "coalition forces force troops troop us u.s. united states american mission military withdrawal "
    "withdraw withdrawn leave exit complete completes completed end ends fully gradual gradually "
    "all remaining final scheduled due plan planned agreement under would could should may might must can "
    "it this that which who been being also said says expected meaning not no than then there"
)
_TOPIC_STOP = frozenset(_TOPIC_WORDS.split())
#: Two mentions more than this far apart in due date are different commitments, however alike.
SAME_COMMITMENT_SPAN_DAYS = 200
#: Two deadlines given to the day and more than this apart are two (the second often an extension).
_EXTENDED_DAYS = 7


@dataclass(frozen=True, kw_only=True, slots=True)
class MergedMilestone:
    key: str
    what: str
    due: str
    due_date: str
    status: str  # due | passed | overdue | completed | unknown
    days: int
    status_text: str
    sources: tuple[int, ...]
    disagreements: tuple[Disagreement, ...] = ()
    evidence: str = ""
    #: who, and where, as the lexicons name them ("US-led coalition", "Iraq (federal)")
    who: str | None = None
    where: str | None = None
    completed: str | None = None

    def disagreement(self, name: str) -> Disagreement | None:
        return next((d for d in self.disagreements if d.field == name), None)


@dataclass(frozen=True, slots=True)
class Identity:
    """Who does what where, as far as a mention says."""

    who: str | None
    action: str | None
    country: str | None
    region: str | None
    federal: bool
    stage: str | None  # begin | complete
    size: int | None
    topic: frozenset[str]
    #: how many parties and places the text names (a sentence naming several says nothing sure)
    parties: int = 0
    places: int = 0
    #: the countries of the places it names
    lands: frozenset[str] = frozenset()
    #: countries named neither as the party's troops nor as the place ("Israel was supposed to ...")
    named: frozenset[str] = frozenset()
    #: what kinds of step the text names (see :data:`_STEPS`), and the one the mention is about
    steps: frozenset[str] = frozenset()
    step: str | None = None
    #: the party or the action was read from the sentence, not the clause: a guess, not a claim
    #: to hold others to
    who_told: bool = False
    action_told: bool = False
    #: countries the sentence names before a clause that names none ("Germany announced that it ...")
    before: frozenset[str] = frozenset()
    #: start | end: the clause's last word of either ("will last 72 hours, beginning" May 8)
    edge: str | None = None


@lru_cache(maxsize=1)
def _names() -> dict[str, tuple[str, str]]:
    """Folded alias -> (kind, canonical name) for actors, countries and their demonyms."""
    from reporter.extract.lexicon import merge_sources

    data = merge_sources(())
    found: dict[str, tuple[str, str]] = {}
    for a in data["actors"]:
        if a.get("kind") == "institution" and not a.get("country"):
            continue  # "the UN Security Council extended the mandate": the UN decides, UNIFIL leaves
        name = str(a.get("state") or a["name"])
        # A state's force is named by its aliases ("Iraqi forces"); the bare name is the country.
        names = a.get("aliases") or [] if a.get("state") else [a["name"], *(a.get("aliases") or [])]
        for alias in names:
            found.setdefault(fold(str(alias)), ("actor", name))
    for c in data["countries"]:
        for alias in [c["name"], *(c.get("aliases") or []), *(c.get("demonyms") or [])]:
            found.setdefault(fold(str(alias)), ("country", str(c["name"])))
    return found


@lru_cache(maxsize=1)
def _folk() -> frozenset[str]:
    """Folded plural demonyms ("russians", "americans"): a people, never a place."""
    from reporter.extract.lexicon import merge_sources

    found = set()
    for c in merge_sources(())["countries"]:
        demonyms = {fold(str(d)) for d in c.get("demonyms") or []}
        found |= {d for d in demonyms if d.endswith("s") and d[:-1] in demonyms}
    return frozenset(found)


def _spans(text: str) -> list[tuple[int, str]]:
    """Longest-first names in ``text``: (word position, folded name)."""
    words = fold(text).split()
    out, i = [], 0
    while i < len(words):
        for width in range(min(5, len(words) - i), 0, -1):
            name = " ".join(words[i : i + width])
            if name in _names() or lookup(name):
                out.append((i, name))
                i += width - 1
                break
        i += 1
    return out


@lru_cache(maxsize=1)
def _people() -> frozenset[str]:
    """Actors that are persons: they announce a step, they never are the party that takes it."""
    from reporter.extract.lexicon import merge_sources

    return frozenset(str(a["name"]) for a in merge_sources(())["actors"] if a.get("kind") == "person")


@lru_cache(maxsize=1)
def _forces() -> frozenset[str]:
    """Actors that deploy and withdraw: coalitions and states' forces (not armed groups)."""
    from reporter.extract.lexicon import merge_sources

    return frozenset(
        str(a.get("state") or a["name"])
        for a in merge_sources(())["actors"]
        if a.get("kind") in ("coalition", "force")
    )


def _led_by(name: str) -> str | None:
    """The state a coalition is led by ("US-led coalition" -> United States)."""
    m = re.match(r"(.+?)[- ]led\b", name)
    found = _names().get(fold(m.group(1))) if m else None
    return found[1] if found and found[0] == "country" else None


#: Kinds of step a commitment can be, by the words that name them: a truce taking effect, captives
#: freed and troops leaving on one day are three lines.
_STEPS = (
    ("ceasefire", r"cease-?\s?fires?|truces?|armistice"),
    ("captives", r"hostages?|prisoners?|detainees?|captives?"),
    ("presence", r"troops?|forces|(?<!into\s)(?<!in\s)force|soldiers?|personnel|contingents?|brigades?|bases?|missions?|mandates?|"
     r"withdr[ae]w\w*|leav(?:e|es|ing)|left|exit\w*|depart\w*|vacat\w*|pull\w*\s+out|pullout|drawdown"),
)
#: Steps of a deal that are one commitment when due the same day, whoever the sentence names.
_DEAL_STEPS = ("ceasefire", "captives")
_STEP = [(name, re.compile(rf"\b(?:{pattern})\b", re.I)) for name, pattern in _STEPS]


def _steps(text: str) -> frozenset[str]:
    return frozenset(name for name, pattern in _STEP if pattern.search(text))


@lru_cache(maxsize=16384)
def identity(m: Milestone) -> Identity:
    """Who, action, where and kind of step of a mention: from its clause; the party (a force or
    coalition), the action and the kind of step from its sentence when the clause lacks them and
    the sentence names one."""
    own = _identity(m)
    steps = own.steps or _steps(m.evidence)
    return replace(own, step=next(iter(steps)) if len(steps) == 1 else None)


#: The party the extractor adds after a clause that names none, from the sentences before it
#: ("The second phase will extend (US-led coalition)"); "(begins)" and "(ends)" are no party.
_ARGUED = re.compile(r"\s+\(([^()]+)\)\s*$")


def _clause(what: str) -> tuple[str, str | None]:
    """The clause as written, and the party added after it (a guess, like the sentence's)."""
    found = _ARGUED.search(what)
    if found and found.group(1) not in ("begins", "ends"):
        return what[: found.start()], found.group(1)
    return what, None


def _identity(m: Milestone) -> Identity:
    what, argued = _clause(m.what)
    own = _read(what)
    _, joined, tail = what.rpartition(" and ")
    if joined:
        # "the IDF withdraws and Hamas pledges to release the hostages" by Monday: two parties, two
        # steps; the date bounds the one told last.
        last = _read(tail)
        if last.who and own.who and not _same_party(last.who, own.who):
            own = last
    if own.who and own.action and _where(own):
        return own
    told = _read(m.evidence, forces_only=True)
    who = own.who or (told.who if told.parties == 1 else None) or _argued_party(argued)
    own = replace(
        own,
        who=who,
        action=own.action or told.action,
        who_told=who is not None and own.who is None,
        action_told=own.action is None and told.action is not None,
    )
    lands = told.lands - {own.who, _led_by(own.who or "")}  # "the delegation of the United States"
    if not _where(own) and len(lands) == 1:
        # "must be completed": the sentence says in which country, when it names one (only the
        # country: "and some troops may stay at Harir" does not say which part is due).
        own = replace(own, country=next(iter(lands)))
    at = m.evidence.find(what[:40]) if what else -1
    if own.who is None and not own.named and at > 0:
        # "Germany announced that it would complete the withdrawal of its soldiers": the country
        # named before the clause is no party to claim, but rules out another's ("France withdraws").
        own = replace(own, before=_read(m.evidence[:at], forces_only=True).named - {own.country})
    return own


def _argued_party(name: str | None) -> str | None:
    if not name:
        return None
    return _read(name).who  # a force or coalition; a bare country ("(Iraq)") may be the host


def _read(text: str, *, forces_only: bool = False) -> Identity:
    who = country = region = None
    marker = _FEDERAL.search(text)
    federal = marker is not None
    region_at = -1
    parties: set[str] = set()
    places: set[str] = set()
    lands: set[str] = set()
    named: set[str] = set()
    groups: list[str] = []
    for at, name in _spans(text):
        kind_name = _names().get(name)
        place = lookup(name)
        if kind_name and kind_name[0] == "actor":
            if kind_name[1] in _people() or (forces_only and kind_name[1] not in _forces()):
                continue  # a prime minister who "said" the troops leave is not who leaves
            if kind_name[1] not in _forces():
                groups.append(kind_name[1])  # an armed group: the party only when no state is named
                continue
            parties.add(kind_name[1])
            who = who or kind_name[1]
        elif place and place.kind != "country":
            places.add(place.name)
            if place.country:
                lands.add(place.country)
            if region is not None:
                continue
            country = country or place.country
            region_at = at
            if place.kind == "region":
                region = place.name
            else:
                # A base or town says which part of its country: the autonomous region or the rest
                # (a region is known by one point, so a place neither near nor far says neither).
                region = _autonomous_around(place, _INSIDE_KM)
                far = _autonomous_around(place, _OUTSIDE_KM) is None
                federal = federal or (far and _has_autonomous(place.country))
        elif kind_name and kind_name[0] == "country":
            troops = rf"\b{re.escape(name)}\w*\s+(?:(?:border\s+)?guards|troops|forces|soldiers|military|army|elements|contingent|personnel|servicemen|servicemembers|peacekeepers)"
            acts = rf"\b{re.escape(name)}\s+(?:{_AUX}\s+){{0,5}}(?:withdr\w*|leav\w*|left|pull\w*|vacat\w*|exit\w*|hand\w*\s+(?:back|over))"
            given = rf"\b{_GIVE}\s+{re.escape(name)}\s+(?:\w+\s+){{0,5}}{_TO_LEAVE}"
            if any(re.search(p, fold(text)) for p in (troops, acts, given)):  # "Israel withdrew its troops"
                parties.add(kind_name[1])
                who = who or kind_name[1]
            elif re.search(rf"\b{re.escape(name)}\s+(?:{_AUX}\s+){{0,3}}{_GIVE}\s+(?:\w+\s+){{1,7}}{_TO_LEAVE}", fold(text)):
                # "Armenia has given Russia ... to withdraw": the one that gives the time is the host.
                places.add(kind_name[1])
                lands.add(kind_name[1])
                country = country or kind_name[1]
            elif name in _folk():
                named.add(kind_name[1])  # "without the participation of Russians": people, not the place
            elif _INTO.search(preceding := " ".join(fold(text).split()[max(0, at - 2) : at])) and not _AUTHOR.search(preceding):
                # A country is the place only after "in", "from", "leave"...: "U.S. officials" is not.
                places.add(kind_name[1])
                lands.add(kind_name[1])
                country = country or kind_name[1]
            else:
                named.add(kind_name[1])
    if groups and not (who or named):
        # "Wagner leaves Mali"; but in "the US ends its ISIS mission" the group is what it fights.
        parties.update(groups)
        who = groups[0]
    if marker and region in {r.name for r in _autonomous()}:
        # Both parts named: the one nearer the due date is what is due ("leaving federal bases and
        # the Kurdistan region by 2026"; "remain in Kurdistan after it leaves federal bases in 2025").
        if len(fold(text[: marker.start()]).split()) > region_at:
            region = None
        else:
            federal = False
        places.add("federal")
    action = next((name for name, pattern in _ACTION if pattern.search(text)), None)
    ends = _RANGE_END.search(text)  # the extractor's two ends of a range ("from May 8 to May 10")
    action = ({"begins": "start", "ends": "end presence"}[ends.group(1)] if ends else action)
    edges = list(_EDGE.finditer(text))
    edge = ("end presence" if edges[-1].group(1) else "start") if edges else None
    stage = "begin" if _BEGIN.search(text) else "complete" if _COMPLETE.search(text) else None
    size = _SIZE.search(text)
    words = _WORD.findall(text.lower().replace("-", " "))
    topic = frozenset(
        w.removesuffix("i") if w.endswith("qi") else w for w in words if w not in _TOPIC_STOP and len(w) > 2
    )
    return Identity(
        who=who,
        action=action,
        country=country,
        region=region,
        federal=federal,
        stage=stage,
        size=int(size.group(1).replace(",", "")) if size else None,
        topic=topic,
        parties=len(parties),
        places=len(places),
        lands=frozenset(lands),
        named=frozenset(named),
        steps=_steps(text),
        edge=edge,
    )


@lru_cache(maxsize=1)
def _autonomous() -> tuple[Place, ...]:
    """Regions the gazetteer calls autonomous (an alias says so): the rest of the country is 'federal'."""
    from reporter.extract.lexicon import merge_sources

    names = sorted(
        str(p["name"])
        for p in merge_sources(())["places"]
        if p.get("kind") == "region" and any("autonomous" in str(a).lower() for a in p.get("aliases") or [])
    )
    return tuple(p for p in (lookup(n) for n in names) if p is not None)


def _has_autonomous(country: str | None) -> bool:
    return any(r.country == country for r in _autonomous())


_INSIDE_KM, _OUTSIDE_KM = 60.0, 200.0


def _autonomous_around(place: Place, km: float) -> str | None:
    if place.lat is None or place.lon is None:
        return None
    for r in _autonomous():
        known = r.country == place.country and r.lat is not None and r.lon is not None
        if known and _km((place.lat, place.lon), (r.lat, r.lon)) <= km:  # type: ignore[arg-type]
            return r.name
    return None


def _same_party(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    return _led_by(a) == b or _led_by(b) == a


def _same_area(a: Identity, b: Identity) -> bool:
    if a.country and b.country and a.country != b.country:
        return False
    if a.region and b.region and a.region != b.region:
        return False
    autonomous = {r.name for r in _autonomous()}
    return not ((a.federal and b.region in autonomous) or (b.federal and a.region in autonomous))


def commitment_relation(a: Milestone, b: Milestone) -> str:
    """same | differ (a detail plainly differs: party, place, action, step, size, due date) | unknown."""
    da, db = date_bounds(a.due), date_bounds(b.due)
    # Outlets round a deadline to its month or year ("September 2026", "end of 2026"), no further.
    span = SAME_COMMITMENT_SPAN_DAYS if "year" in (_precision(a.due), _precision(b.due)) else 120
    if da and db and abs((da[1] - db[1]).days) > span:
        return "differ"
    if da and db and da[0] == da[1] and db[0] == db[1] and abs((da[0] - db[0]).days) > _EXTENDED_DAYS:
        return "differ"  # "by Jan. 26" and "by Feb. 18" to the day: a deadline and its extension
    ia, ib = identity(a), identity(b)
    if ia.step and ib.step and ia.step != ib.step:
        return "differ"  # the truce taking effect is not the troops' pullback of the same day
    # A truce or a release due one day is one step of one deal whatever verb a sentence around
    # it lends (the clauses' own verbs still tell a truce that starts from one that ends).
    deal_day = ia.step == ib.step and ia.step in _DEAL_STEPS and bool(da) and da == db and da[0] == da[1]  # type: ignore[index]
    # (A truce that 'will last 72 hours, beginning' May 8 starts then.)
    xa, xb = (_edge(ia), _edge(ib)) if deal_day else (ia.action, ib.action)
    if xa and xb and xa != xb and not (deal_day and (ia.action_told or ib.action_told)):
        return "differ"
    # A truce's or a release's party read around the clause is a guess (the mediators, the other side).
    guessed = deal_day and (ia.who_told or ib.who_told)
    if not (guessed or _same_party(ia.who, ib.who)) or not _same_area(ia, ib):
        return "differ"
    for x, y in ((ia, ib), (ib, ia)):
        # "Israel was supposed to complete ..." names its party without troops: France is not it.
        # (The country the other leaves is no other party: "hand the bases to Congolese forces".)
        told = y.who_told  # "... said during a visit to NATO member Lithuania" names no party
        said = x.named or x.before
        if x.who is None and said and y.who and not told and not any(_same_party(n, y.who) or n == y.country for n in said):
            return "differ"
        # "Niger's ministry said American troops have until Sept. 15" is about Niger, not Iraq.
        others = {n for n in x.named if not (y.who and _same_party(n, y.who))}
        if y.country and not x.country and others and y.country not in others:
            return "differ"
    if deal_day:
        return "same"
    if ia.stage and ib.stage and ia.stage != ib.stage:
        return "differ"  # "begin leaving" and "complete the withdrawal" are two steps
    if ia.size and ib.size and ia.size != ib.size:
        return "differ"  # "2,000 soldiers by June" and "3,000 by September" are two phases
    if bool(ia.size) != bool(ib.size) and a.due[:7] != b.due[:7]:
        return "differ"  # "3,000 troops by September" is a phase, not "troops remain until December"
    if ia.action and ia.action == ib.action:
        # Nothing above differs. Party and place both agreeing: one, whatever the dates. Otherwise
        # only when due the same month (Israel leaving Gaza in January and southern Lebanon in
        # February are two; staff leaving Baghdad in June is not the September troop exit).
        # A bare year holds its months: "in 2026" agrees with "by December 2026".
        month = a.due[:7] == b.due[:7] or (min(len(a.due), len(b.due)) == 4 and a.due[:4] == b.due[:4])
        # A step done a day or so before its deadline across a month's edge ("until August 1",
        # "left on July 31") is that deadline met; two pending steps a day apart may be two.
        month = month or (a.done != b.done and _to_the_day(a.due) and _to_the_day(b.due) and _due_gap(a, b) <= _EXTENDED_DAYS)
        if _where(ia) and _where(ib) and (month or (ia.who and ib.who)):
            return "same"
        # Due the same month, each saying something of who or where, and neither naming a country
        # the other is silent on ("American troops leave, Niger says" is not "the phase ends").
        # One party too, unless due the same day: France leaves two countries in one year.
        one_day = _to_the_day(a.due) and a.due == b.due
        hidden = (ia.who != ib.who or not one_day) and any(_unspoken(x, y) for x, y in ((ia, ib), (ib, ia)))
        # One names only who ("the French withdrawal"), the other only where ("this phase", in
        # Iraq): nothing says the party is there.
        crossed = any(
            x.who and not _where(x) and _where(y) and not y.who and x.who != y.country for x, y in ((ia, ib), (ib, ia))
        )
        if month and not (hidden or crossed) and any((ia.who, _where(ia), ia.named)) and any((ib.who, _where(ib), ib.named)):
            return "same"
        if month and ia.size and ia.size == ib.size:
            return "same"  # "2,000 soldiers" withdrawn by the end of June, however each names them
    if not ia.topic or not ib.topic:
        return "same" if a.what.strip().lower() == b.what.strip().lower() else "unknown"
    shared = len(ia.topic & ib.topic)
    return "same" if shared >= 2 and shared / min(len(ia.topic), len(ib.topic)) >= 0.5 else "unknown"


def _edge(i: Identity) -> str | None:
    return i.edge or i.action


def _unspoken(x: Identity, y: Identity) -> bool:
    """x names a country besides y's party, and y names none."""
    others = {n for n in x.named if not (y.who and _same_party(n, y.who))}
    return bool(others) and not (_where(y) or y.named)


def _where(i: Identity) -> bool:
    return bool(i.country or i.region or i.federal)


def _reported_relation(a: Report, b: Report) -> str:
    """:func:`commitment_relation`, and: one article that gives one step twice, due the same day
    ("a complete withdrawal from South Kivu", "will completely leave its 14 bases in the
    province" by April 30), tells of one commitment."""
    x, y = a.fact, b.fact
    rel = commitment_relation(x, y)  # type: ignore[arg-type]
    if rel == "unknown" and a.source == b.source and x.due == y.due and _to_the_day(x.due):  # type: ignore[union-attr]
        action = _read(_clause(x.what)[0]).action  # type: ignore[union-attr]  (the clause's own verb, not its sentence's)
        return "same" if action and action == _read(_clause(y.what)[0]).action else rel  # type: ignore[union-attr]
    return rel


def same_commitment(a: Milestone, b: Milestone) -> bool:
    """Same who, action and where (as far as both say), due dates within a few months."""
    return commitment_relation(a, b) == "same"


def _precision(due: str) -> str:
    return "year" if len(due.split("/")[0]) == 4 else "finer"


def _due_gap(a: Milestone, b: Milestone) -> int:
    da, db = date_bounds(a.due), date_bounds(b.due)
    return abs((da[1] - db[1]).days) if da and db else SAME_COMMITMENT_SPAN_DAYS


def group_milestones(reports: Sequence[Report]) -> list[list[Report]]:
    """The mentions of each commitment, in first-seen order (what :func:`merge_milestones` merges).

    A mention joins a commitment one of whose mentions is the same and none plainly differs (so no
    chain of look-alikes joins two commitments); the nearest in due date when several fit.
    """
    groups: list[list[Report]] = []
    for r in reports:
        fits = []
        for n, g in enumerate(groups):
            relations = [_reported_relation(r, o) for o in g]
            if "same" in relations and "differ" not in relations:
                fits.append((min(_due_gap(r.fact, o.fact) for o in g), n))  # type: ignore[arg-type]
        if not fits and _vague(r.fact):  # type: ignore[arg-type]
            # "This phase is expected to run through September 2025": only its date, and a party
            # or place its sentence names, say which; a date to the day ("will end no later than
            # Sept. 15, 2024") says it alone when one commitment falls due that day.
            told = _read(r.fact.evidence)  # type: ignore[union-attr]
            fits = [
                (0, n)
                for n, g in enumerate(groups)
                if any(o.fact.due == r.fact.due for o in g)  # type: ignore[union-attr]
                and all(commitment_relation(r.fact, o.fact) != "differ" for o in g)  # type: ignore[arg-type]
                and (_same_day_step(r, g) or any(_mentions(told, identity(o.fact)) for o in g))  # type: ignore[arg-type]
                # due only a month or a year: not a line whose mentions name a country it does not
                and (_to_the_day(r.fact.due) or not any(_unspoken(identity(o.fact), told) for o in g))  # type: ignore[arg-type,union-attr]
            ]
            fits = fits if len(fits) == 1 else []
        if fits:
            groups[min(fits)[1]].append(r)
        else:
            groups.append([r])
    return _unite(groups)


def _unite(groups: list[list[Report]]) -> list[list[Report]]:
    """Join two groups that one pair of mentions ties and none tells apart: which group a mention
    starts depends on the order articles come in ("September 2026" before "end of 2026")."""
    merged = True
    while merged:
        merged = False
        for i, a in enumerate(groups):
            for j in range(i + 1, len(groups)):
                rel = {_reported_relation(x, y) for x in a for y in groups[j]}
                if "same" in rel and "differ" not in rel:
                    a.extend(groups.pop(j))
                    merged = True
                    break
            if merged:
                break
    return groups


def _mentions(told: Identity, i: Identity) -> bool:
    """The sentence names the commitment's party, country or region."""
    pairs = ((told.who, i.who), (told.country, i.country), (told.region, i.region))
    return any(x and (x == y or (_same_party(x, y) and y)) for x, y in pairs) or (told.federal and i.federal)


def _to_the_day(due: str) -> bool:
    bounds = date_bounds(due)
    return bool(bounds) and bounds[0] == bounds[1]  # type: ignore[index]


def _same_day_step(r: Report, g: list[Report]) -> bool:
    """A bare clause due to the day, doing what the commitment does ("will end" / "leave"): a
    clause that only "started" that day may be another step of the day (the truce, not the pullback)."""
    action = _read(_clause(r.fact.what)[0]).action  # type: ignore[union-attr]  (its own verb: "end", not the sentence's)
    return _to_the_day(r.fact.due) and action is not None and any(identity(o.fact).action == action for o in g)  # type: ignore[arg-type,union-attr]


def _vague(m: Milestone) -> bool:
    i = _read(_clause(m.what)[0])
    return not (i.who or i.country or i.region or i.federal) and len(i.topic) <= 3


def is_done(m: Milestone) -> bool:
    """A step reported as done: the extractor decides it where it reads the sentence (``Milestone.done``)."""
    return m.done


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


#: A sentence that speaks of a step as still ahead, and one that tells its history ("was supposed
#: to leave by Jan. 26", "the original agreement called for a pullout by September").
_STILL = re.compile(r"\b(?:will|shall|is|are|still|yet|remains?|plans?|expects?|intends?|continues?)\b", re.I)
_HISTORY = re.compile(r"\b(?:was|were|had|previously|originally|original|came|reached)\b", re.I)
_EDGE = re.compile(
    r"\b(?:(end|ends|ending|ended|expir\w*|run\s+out|runs\s+out|lapse\w*)|begin\w*|began|begun|start\w*|"
    r"tak\w+\s+effect|took\s+effect|(?:c[oa]mes?|go(?:es)?|went|enter\w*)\s+into\s+(?:effect|force))\b",
    re.I,
)
_RANGE_END = re.compile(r"\((begins|ends)\)\s*$")
#: A page's date stamp caught at the head of a clause ("date 2025-01-12 The French government ...").
_STAMP = re.compile(r"^\s*(?:date\s+)?\d{4}-\d\d-\d\d\s+", re.I)


def _still_pending(m: Milestone) -> bool:
    """A report after the due date calls the step pending only in the present or future tense."""
    said = m.evidence or m.what
    return bool(_STILL.search(said)) and not _HISTORY.search(said)


def _label(ms: list[Milestone]) -> str:
    """The wording to show: said most often; among those, the shortest that is a clean clause."""
    counts: dict[str, int] = {}
    for m in ms:
        counts[m.what] = counts.get(m.what, 0) + 1

    def rank(what: str) -> tuple:
        # Date stamps, datelines and pipes are page furniture caught in the clause; a wording that
        # names who or where says more than "meaning it would end".
        noisy = bool(re.search(r"\||\d{4}-\d\d|\(\w+\)\s*[-–—]|^[A-Z]{3,}\b", _STAMP.sub("", what)))
        said = _read(what)
        silent = not (said.who or said.country or said.region or said.federal)
        return (noisy, silent, -counts[what], len(what) > 140, len(what))

    return min(counts, key=rank)


def merge_milestones(reports: Sequence[Report], *, as_of: date) -> list[MergedMilestone]:
    """One line per commitment: its due dates (a disagreement when sources differ) and its status."""
    out = []
    for g in group_milestones(reports):
        ms: list[tuple[Milestone, Report]] = [(r.fact, r) for r in g]  # type: ignore[misc]
        done = [(m, r) for m, r in ms if is_done(m)]
        pending = [(m, r) for m, r in ms if not is_done(m)] or ms
        claims = claims_of((m.due, r.source) for m, r in pending)
        claims = finest(claims)  # "2025" beside "September 2025" is no disagreement
        due = claims[0].value
        what = _label([m for m, _ in pending])
        bounds = date_bounds(due)
        # Overdue only on the word of a source published after the due date that still calls it pending.
        late = bool(bounds) and not done and any(
            r.published and r.published > bounds[1] and _still_pending(m)  # type: ignore[index]
            for m, r in pending
        )
        status, text, days, last = milestone_status(due, as_of, reported_after_due=late)
        completed = None
        if done:
            first = min(done, key=lambda mr: mr[0].due)
            completed = first[0].due
            status, text = "completed", "reported done"
        # Who and where as the mentions say them, the shown wording's first.
        idents = [identity(m) for m, _ in sorted(pending, key=lambda mr: mr[0].what != what)]
        ident = idents[0]
        who = next((i.who for i in idents if i.who), None)
        said = next((i for i in idents if i.region or i.country or i.federal), ident)
        where = said.region or said.country
        if said.federal and said.country and not said.region:
            where = f"{said.country} (federal)"
        key_src = "|".join([ident.who or "", ident.action or "", where or "", " ".join(sorted(ident.topic))])
        out.append(
            MergedMilestone(
                key=hashlib.sha1(key_src.encode()).hexdigest()[:10],
                what=_STAMP.sub("", what),
                due=due,
                due_date=last.isoformat(),
                status=status,
                days=days,
                status_text=text,
                sources=tuple(sorted({r.source for _, r in ms})),
                disagreements=(Disagreement(field="due", claims=claims),) if len(claims) > 1 else (),
                evidence=next(m.evidence for m, _ in pending if m.what == what),
                who=who,
                where=where,
                completed=completed,
            )
        )
    out.sort(key=lambda m: (m.due_date, m.what))
    return out


__all__ = [
    "MergedMilestone",
    "commitment_relation",
    "group_milestones",
    "identity",
    "is_done",
    "merge_milestones",
    "milestone_status",
    "same_commitment",
]
