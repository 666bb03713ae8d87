"""One milestone mention read as a commitment: who does what where, and which kind of step.

:func:`identity` reads the mention's clause, and its sentence for what the clause lacks; the
relation between two mentions, and the grouping into timeline lines, are in
``reporter.brief.commitments``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from reporter.brief import lexicons
from reporter.brief.commitment_parties import (
    AUTHOR,
    AUX,
    FEDERAL,
    GIVE,
    INSIDE_KM,
    INTO,
    LED,
    LET,
    OUTSIDE_KM,
    SEND,
    TIME_TO_LEAVE,
    TO_LEAVE,
    TO_STAY,
    armed_groups,
    autonomous_around,
    autonomous_regions,
    capitals,
    folk,
    force_actors,
    has_autonomous,
    led_by,
    led_coalition,
    mission_countries,
    name_kinds,
    name_spans,
    next_to,
    person_actors,
    same_party,
    serving_mission,
)
from reporter.brief.commitment_steps import (
    ACTION,
    BEGIN,
    COMPLETE,
    EDGE,
    FROM_DAY,
    RANGE_END,
    SIZE,
    steps_named,
)
from reporter.brief.identity import fold, fold_spans, lookup, place_tokens
from reporter.models import Milestone, share_of

_WORD = re.compile(r"[a-z0-9]+")
_TOPIC_WORDS = (
    "a an the of and or to by in on at for from with its their be will is are was were has have "
    "coalition forces force troops troop us u.s. united states american mission military withdrawal "
    "withdraw withdrawn leave exit complete completes completed end ends fully gradual gradually "
    "all remaining final scheduled due plan planned agreement under would could should may might must can "
    "it this that which who been being also said says expected meaning not no than then there"
)
#: Dates say when, and a truce's edges which step, not what: "a ceasefire started in January" and
#: "the ceasefire from January 19 for 42 days" (its end), or truces that "began" in two towns, share
#: only these.
_DATE_WORDS = (
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday "
    "truce truces ceasefire cease fire began begin begins start starts started ends ended ending"
)
_TOPIC_STOP = frozenset(_TOPIC_WORDS.split()) | frozenset(_DATE_WORDS.split())


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
    #: forces the text names as those another replaces ("will replace the outgoing MINUSCA")
    replaced: frozenset[str] = frozenset()
    #: the two countries of a border the text names ("the Turkish-Syrian border"): either side's
    borders: frozenset[str] = frozenset()
    #: the country was read from the mission's name (a line's label need not repeat it)
    served: bool = False
    #: one country's share of a step told for two (the milestone's clause carries the share mark)
    share: bool = False
    #: an acronym that opens the clause as its subject and no lexicon knows ("UNAMI, the UN mission
    #: in Iraq, will close"): a party of its own, though not one the brief can name
    unread: str | None = None


@lexicons.cached(maxsize=16384)  # who and where come from the lexicons: cleared when they change
def identity(m: Milestone) -> Identity:
    """Who, action, where and kind of step of a mention: from its clause; the party (a force or
    coalition), the action and the kind of step from its sentence when the clause lacks them and
    the sentence names one."""
    own = _identity(m)
    steps = own.steps or steps_of(m.evidence)
    what = split_clause(m.what)[0]
    if steps == {"captives"} and _DEAL_TAKES_EFFECT.search(what) and "ceasefire" in steps_named(m.evidence):
        # A truce-and-prisoner-exchange deal said to take effect on a day: the deal's start is
        # its truce's, not a release.
        steps = frozenset({"ceasefire"})
    if "ceasefire" in steps and FROM_DAY.search(what) and not RANGE_END.search(what):
        own = replace(own, action="start", edge="start")  # a truce "holding from 8 p.m. on 2 May" starts then
    return replace(own, step=next(iter(steps)) if len(steps) == 1 else None)


#: A deal said to take effect ("the swap agreement that took effect", "the accord came into force").
_DEAL_TAKES_EFFECT = re.compile(
    r"\b(?:agreement|deal|accord|pact)\b.*\b(?:(?:took|takes|take|taking)\s+effect|c[oa]me\s+into\s+(?:effect|force)|entered\s+into\s+force)",
    re.I,
)

#: Words of a start that tell only when something begins, or where troops are: no step of their own.
_ASPECT = re.compile(r"(?:begin\w*|began|begun|start\w*|commenc\w*|stationed)", re.I)
#: A leaving the sentence tells (the end-presence words of :data:`ACTION`).
_LEAVING = dict(ACTION)["end presence"]


#: Words before a capital that make it where a step is taken ("base in Abidjan", "leave Dakar").
#: (Not any "in": "officials in Paris said" is where it was said.)
_CAPITAL_LEFT = re.compile(
    r"\b(?:(?:bases?|camps?|barracks|garrisons?|headquarters|embassy|airports?|checkpoints?|crossings?|troops|forces|soldiers)\s+(?:\d+\s+)?(?:in|near|outside|at)|"
    r"leave|leaves|leaving|left|vacat\w*|quit\w*|exit\w*|(?:withdr\w*|retreat\w*|pull[\s-]?outs?)\s+from|out\s+of|(?:town|city|village)\s+of|"
    # A site handed over is a site left, told from either side: "hand over Tessalit", "took over Tessalit".
    r"(?:hand|hands|handed|handing|take|takes|took|taking)\s+over|(?:handover|takeover)\s+of)$"
)


def world_town_left(clause: str) -> str | None:
    """The country of a town the clause tells as where a step is taken ("leave Faya", "the base in
    Abeche"), when the gazetteer and the other lexicons lack it and the extractor's world list knows it
    in one country only; else None."""
    town = world_town_named(clause)
    return town[1] if town else None


#: Words before a town that tell it as where another place lies ("the base near Kirkuk").
_LOCATED = re.compile(r"\b(?:near|outside|in|at|of|by|around|close\s+to)$")


def places_left(clause: str) -> frozenset[str]:
    """The gazetteer towns and sites the clause tells as where its step is taken, as the clause
    spells them ("Green Village base" in "will hand over the Green Village base"): a line's label
    names the place its source named, not the gazetteer's other name for it. A town told beside
    one left ("leave X base and Y base") is one left too, though no leaving word stands before it;
    a town told as where the site lies ("the base near Y") is not."""
    left = _gazetteer_towns_left(clause)
    if not left:
        return frozenset()
    spans, words = fold_spans(clause), fold(clause).split()
    shown = {clause[spans[at][0] : spans[at + len(name.split()) - 1][1]] if spans else name for at, name in left}
    beside = {
        name
        for at, name in name_spans(clause)
        if (at, name) not in left
        and getattr(lookup(name), "kind", None) in _TOWN_KINDS
        and not _LOCATED.search(" ".join(words[max(0, at - 2) : at]))
    }
    return frozenset(shown | beside)


@lexicons.cached(maxsize=4096)
def world_town_named(clause: str) -> tuple[str, str] | None:
    """The folded name and the country of the town :func:`world_town_left` reads, else None."""
    from reporter.extract.text import tokens

    toks = tokens(clause)
    if not any(t.text[:1].isupper() for t in toks[1:]):
        return None  # (no name past the clause's first word: the lexicon is not loaded)
    for mention in lexicons.extractor_lexicon().find(toks, clause):
        name = fold(clause[mention.start : mention.end])
        if mention.first == 0 or any(e.kind != "place" for e in mention.entries) or lookup(name) or name in name_kinds():
            continue
        # (The extractor keeps the biggest town of a name: "Valencia" is also Spain's, so only a name
        # every town of the world list holds in one country says which.)
        countries = _world_countries().get(tuple(t.norm for t in toks[mention.first : mention.last]), frozenset())
        before = fold(clause[: mention.start]).split()
        if len(countries) == 1 and _told_left(clause, before, fold(clause[mention.end :]).split()):
            return name, next(iter(countries))
    return None


def _told_left(clause: str, before: list[str], after: list[str]) -> bool:
    """A town's name, with the folded words before and after it, told as where the clause's step is
    taken: after a word of leaving or of a site in it ("leave Faya", "the base in Faya"), or before a
    site noun in a clause that itself hands over or leaves ("the Faya base will be handed over")."""
    if _CAPITAL_LEFT.search(" ".join(before[-3:])):
        return True
    return bool(_SITE_AFTER.match(" ".join(after[:2])) and _LEFT_OR_HANDED.search(clause))


#: Kinds of gazetteer place narrower than a country or a region of it.
_TOWN_KINDS = frozenset(("city", "base", "site", "village", "district"))
#: A word after a town's name that makes it the area named after the town ("the Kidal region").
_AREA_AFTER = re.compile(r"(?:region|province|governorate|district|state|area|oblast|county|prefecture)s?\b")


#: A site noun right after a town's name ("the Abeche base", "its Faya air base"): the site of that town.
_SITE_AFTER = re.compile(r"(?:(?:air|military|army)\s+)?(?:base|camp|garrison|airbase|airfield|barracks)\b")
#: A handover or a leaving the clause itself tells (its own verb).
_LEFT_OR_HANDED = re.compile(rf"{dict(ACTION)['hand over'].pattern}|{_LEAVING.pattern}", re.I)


def _gazetteer_towns_left(clause: str) -> list[tuple[int, str]]:
    """(folded word position, folded name) of each gazetteer town, base or site the clause tells as
    where its step is taken (:func:`_told_left`); not a town the clause names otherwise ("Erbil
    airport hosts"), nor a town's name before "region" (the area), nor a place told only as where a
    named site left lies ("the Victory base near Baghdad airport": the base is left, not the airport)."""
    words = fold(clause).split()
    left = [
        (at, name)
        for at, name in name_spans(clause)
        if getattr(lookup(name), "kind", None) in _TOWN_KINDS
        and _told_left(clause, words[max(0, at - 3) : at], words[at + len(name.split()) :])
        and not _AREA_AFTER.match(" ".join(words[at + len(name.split()) :][:1]))
    ]
    ends = {at + len(name.split()) for at, name in left}
    return [(at, name) for at, name in left if not (at - 1 in ends and words[at - 1] in _WHERE_SITE_LIES)]


#: Words between a named site and the town it lies by ("the Victory base near Baghdad").
_WHERE_SITE_LIES = frozenset(("near", "outside", "in", "at", "by"))


@lexicons.cached(maxsize=16384)
def towns_left(clause: str) -> frozenset[str]:
    """The words of the towns, bases and sites a clause tells as where its step is taken ("leave
    Tessalit", "the base in Faya"): the gazetteer's, and a town of the world list
    (:func:`world_town_named`)."""
    # (The gazetteer's name, so that two spellings meet: "Arbil" is Erbil.)
    found = {fold(lookup(name).name) for _, name in _gazetteer_towns_left(clause)}  # type: ignore[union-attr]
    world = world_town_named(clause)
    return frozenset(w for name in (*found, *(world[:1] if world else ())) for w in place_tokens(name))


@lru_cache(maxsize=1)
def _world_countries() -> dict[tuple[str, ...], frozenset[str]]:
    """Every country whose places the world list gives a name (token key): built once, on first use."""
    from reporter.extract.geonames import world_rows

    found: dict[tuple[str, ...], set[str]] = {}
    for key, _name, country, _kind, _lat, _lon in world_rows():
        if country:
            found.setdefault(key, set()).add(country)
    return {key: frozenset(c) for key, c in found.items()}


#: A word for part of a country before its name ("northern", "north-eastern", "central").
_PART_OF = re.compile(r"(?:north|south|east|west)(?:ern|east|west|eastern|western)?|central", re.I)
#: The words before a part of a country that tell it is left ("withdraw from", "out of", "leave");
#: not any "from" ("the threat resurfacing from eastern Syria"); a leaving noun before "from" tells it
#: too ("the pullout from northern Mali", "its departure from").
_LEFT_FROM = re.compile(
    r"(?:\S+\s+)?(?:leave|leaves|leaving|left|quit|quits|vacate|vacates|exit|exits)|(?:withdraw\w*|withdrew|retreat\w*|out)\s+(?:from|of)"
    r"|(?:pull-?outs?|departures?|drawdowns?)\s+from",
    re.I,
)


def _begun_only(clause: str) -> bool:
    """Every start word the clause has is one of :data:`_ASPECT`."""
    starts = dict(ACTION)["start"].finditer(clause)
    return all(_ASPECT.fullmatch(found.group(0)) for found in starts)


#: A deadline told inside a clause ("by September 2025", "until the end of 2026").
DATED = re.compile(r"\b(?:by|until|before|in)\s+(?:the\s+end\s+of\s+)?(?:[A-Za-z]+\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d\b")


#: The party the extractor adds after a clause that names none, from the sentences before it
#: ("The second phase will extend (US-led coalition)"); "(begins)" and "(ends)" are no party.
_ARGUED = re.compile(r"\s+\(([^()]+)\)\s*$")


def split_clause(what: str) -> tuple[str, str | None]:
    """The clause as written, and the party added after it (a guess, like the sentence's); without
    the mark of a country's share (see :func:`share_country`)."""
    what = share_of(what)[0] if share_country(what) else what
    found = _ARGUED.search(what)
    if found and found.group(1) not in ("begins", "ends"):
        return what[: found.start()], found.group(1)
    return what, None


def share_country(what: str) -> str | None:
    """The country a milestone's share mark names: the extractor gives a step told for two countries
    ("will withdraw from A and B by May") a milestone for each, its clause marked ": in <country>"."""
    kind_name = name_kinds().get(fold(share_of(what)[1] or ""))
    return kind_name[1] if kind_name and kind_name[0] == "country" else None


#: The extractor's mark of a step told for what is left after the one its clause tells ("withdraw
#: 2,000 soldiers by June (another 4,000)", "(the remainder)"): the clause's count is the other step's.
_REST = re.compile(
    r"(?:the\s+|its\s+|their\s+)?(?:remainder|rest|remaining|balance|second|third|fourth|final|last|next)\b|"
    r"(?:another|(?:a\s+)?further)\s+(?P<count>\d[\d,]*)",
    re.I,
)


def rest_mark(what: str) -> re.Match[str] | None:
    """The extractor's mark that the milestone is the step for what is left, if it carries one."""
    argued = split_clause(what)[1]
    return _REST.match(argued) if argued else None


def _identity(m: Milestone) -> Identity:
    what, argued = split_clause(m.what)
    own = read_identity(what)
    rest = rest_mark(m.what)
    if rest:
        count = rest.group("count")
        own = replace(own, size=int(count.replace(",", "")) if count else None)
    share = share_country(m.what)
    if share:
        # One country's share of a step told for two: that country is where, and the only one (the
        # other's share is a line of its own; a place in the other country is not this share's).
        region = own.region if own.region and getattr(lookup(own.region), "country", None) == share else None
        own = replace(own, country=share, region=region, lands=frozenset({share}), places=1, share=True)
    _, joined, tail = what.rpartition(" and ")
    if joined:
        # "the IDF withdraws and Hamas pledges to release the hostages" by Monday: two parties, two
        # steps; the date bounds the one told last.
        last = read_identity(tail)
        if last.who and own.who and not same_party(last.who, own.who):
            own = last
        elif DATED.search(what[: -len(tail)]) and last.action and has_place(last) and not last.who:
            # "leave Baghdad by September 2025, and will stay in Erbil" (until 2026): the part
            # before the "and" had its own deadline, so the one this mention is due by is the
            # tail's, where the tail says (the party is the sentence's).
            own = replace(last, who=own.who, parties=own.parties)
    if own.action == "start" and _begun_only(what) and _LEAVING.search(m.evidence) and not own.steps & {"ceasefire", "captives"}:
        # "will begin on Monday", "the troops stationed there": what begins, or what the troops
        # there do, is the sentence's leaving ("the withdrawal will begin on Monday").
        own = replace(own, action="end presence")
    if own.who is None:
        own = replace(own, unread=_unread_subject(what))
    if not (has_place(own) or own.lands):
        town = world_town_left(what)
        if town:
            # "will leave Faya": a town only the extractor's world list knows, told as where the
            # step is taken, places it in its country (as a gazetteer town would).
            own = replace(own, country=town, lands=frozenset({town}), places=own.places + 1)
    if own.who and own.action and has_place(own):
        return own
    told = read_identity(m.evidence, forces_only=True)
    # The party the extractor added from the sentences before is no party when this sentence names
    # it as the one replaced ("The new force will replace the outgoing MINUSCA and is to begin").
    # (A bare country the extractor added is the troops' own party only where the sentence names
    # no party or country of its own: else it may be the host, or one of several.)
    argued_party = _argued_party(argued, what if not (told.who or told.named or told.lands) else "")
    if argued_party and argued_party == own.country:
        # "The pullout from federal Iraq was completed (Iraqi military)": the guess came from a
        # speaker before the clause; a state's forces do not withdraw from their own country.
        argued_party = None
    # Troops named only by the body that sent them ("UN peacekeepers handed over their camp in Ber, in
    # northern Mali, to the Malian army"): the mission serving where the sentence says, not the host.
    mission = None if own.who else serving_mission(m.evidence, told.named | told.lands, _due_year(m.due))
    who = own.who or mission or (told.who if told.parties == 1 else None) or (None if argued_party in told.replaced else argued_party)
    # (A mission the clause itself opens with, "The African Union mission is to hand over", is the
    # clause's own party, not a guess from around it.)
    opens_clause = mission is not None and who == mission == serving_mission(what, told.named | told.lands, _due_year(m.due))
    own = replace(
        own,
        who=who,
        action=own.action or told.action,
        who_told=who is not None and own.who is None and not opens_clause,
        action_told=own.action is None and told.action is not None,
    )
    lands = told.lands - {own.who, led_by(own.who or "")}  # "the delegation of the United States"
    if not has_place(own) and len(lands) == 1:
        # "must be completed": the sentence says in which country, when it names one (only the
        # country: "and some troops may stay at Harir" does not say which part is due).
        own = replace(own, country=next(iter(lands)))
    if not has_place(own) and own.who in mission_countries():
        # A mission's name says where it serves: SAMIM's "complete withdrawal" is from Mozambique.
        own = replace(own, country=mission_countries()[own.who], served=True)
    at = m.evidence.find(what[:40]) if what else -1
    if own.who is None and not own.named and at > 0:
        # "Norway said it would finish pulling out all its troops": the country
        # named before the clause is no party to claim, but rules out another's ("France withdraws").
        own = replace(own, before=read_identity(m.evidence[:at], forces_only=True).named - {own.country})
    return own


def _due_year(due: str) -> int | None:
    return int(due[:4]) if due[:4].isdigit() else None


#: Before a region, a word that puts the step in the rest of the country ("bases outside Kurdistan").
_OUTSIDE = re.compile(r"\b(?:outside|beyond)(?:\s+the)?$")
#: After these a country is where, whatever verb follows it ("told the American forces in Chad to go").
_WITHIN = re.compile(r"\b(?:in|inside|into|across|from)$")
#: Words after a country that make it the one who speaks or decides ("US President", "Iraqi officials").
_OFFICE = re.compile(r"(?:president|prime|secretary|minister|officials?|administration|government|leader|envoy|ambassador|spokes\w+)\b")


#: The word after a name that makes it a clock ("6 p.m. Moscow time", "midnight Gaza time").
_CLOCK = re.compile(r"time\b")
#: ... or the words before it ("9 p.m., the same time in Rome", "local time in Kabul").
_CLOCK_IN = re.compile(r"\b(?:local|same|standard)\s+time\s+in$")
#: Words before a place that make it where a step was announced, not where it is taken.
_SAID_AT = re.compile(
    r"(?:\b(?:said|says|told|announced|speaking|spoke|conference|briefing|summit|talks|interview)"
    r"(?:\s+(?!in\b|at\b)\w+){0,3}\s+(?:in|at)|\b(?:visit|visiting|trip)\s+to)(?:\s+the)?(?:\s+\w+){0,2}$"
)

#: Words before a country that make it where troops are sent ("deploy a contingent to", "sent 200 soldiers to").
_SENT_TO = re.compile(rf"\b{SEND}(?:\s+(?!to\b)\w+){{0,5}}\s+to$")

#: Words before a force that make it the one another succeeds ("succeeding the outgoing MINUSCA").
#: A preposition of place before a name: "in Washington", "at Paris", "near Bamako".
_PLACED_AT = re.compile(r"\b(?:in|at|near|outside|inside)$")

#: A force something is handed to ("hand over the bases to the Somali army", "transfer security to
#: Iraqi forces"): the receiver, not the party that hands it over.
_RECEIVER = re.compile(r"\b(?:hand(?:s|ed|ing)?\s+(?:\w+\s+){0,6}?over|hand(?:s|ed|ing)\s+(?:it|them)|hand(?:s|ed|ing)\s+(?:\w+\s+){0,6}?(?:base|camp|airfield|airport|post|position|garrison|site|headquarters)s?|handover|transferr?(?:s|ed|ing)?|turn(?:s|ed|ing)?\s+(?:\w+\s+){0,6}?over)\b(?:\s+\w+){0,8}?\s+to(?:\s+the)?$")

_REPLACED = re.compile(r"\b(?:replac\w*|succeed\w*|successor\s+(?:to|of)|takes?\s+over\s+from)(?:\s+\w+){0,2}$")

#: Words around a bare "coalition" that make it a government's parties ("the ruling coalition",
#: "a coalition government", "coalition partners"), not the coalition that deploys.
_GOVERNING_BEFORE = re.compile(r"\b(?:ruling|governing|government|opposition|political|parliamentary|electoral|\w+-party)$")
_GOVERNING_AFTER = re.compile(r"(?:government|governments|cabinet|partners?|parties|party|talks|negotiations|mps|lawmakers|deputies)\b")


def _governing(words: list[str], at: int) -> bool:
    """The bare "coalition" at word ``at`` is a government's coalition."""
    return bool(_GOVERNING_BEFORE.search(" ".join(words[max(0, at - 1) : at])) or _GOVERNING_AFTER.match(" ".join(words[at + 1 : at + 2])))


#: Words after a country that make it the go-between of a deal ("a US-brokered deal", "Qatari-mediated talks").
_BROKER = re.compile(r"(?:brokered|mediated|sponsored)\b")
#: Words after a group's name that make it the patron of the force named next ("the Iran-backed militia",
#: "the Hezbollah-aligned PMF"): the force it qualifies is the party, not the patron.
#: A site a force holds, named after the country it stands in ("its Senegal bases").
_SITE_NOUN = re.compile(r"(?:bases?|camps?|garrisons?|barracks|outposts?)\b")
_PATRON = re.compile(r"(?:backed|aligned|affiliated|linked|allied|supported|funded|armed|trained)\b")


def _word_after(words: list[str], at: int, name: str, pattern: re.Pattern[str]) -> bool:
    """Whether the folded word after the name at word ``at`` is one ``pattern`` matches."""
    end = at + len(name.split())
    return bool(pattern.match(" ".join(words[end : end + 1])))


#: An acronym opening a clause, after "the" if any, followed by what a subject is followed by.
_ACRONYM_SUBJECT = re.compile(r"^\s*(?:[Tt]he\s+)?([A-Z]{3,7})(?=\s*,|\s+(?:will|would|is|are|was|has|had|must|should|to|plans?|said)\b)")


def _unread_subject(clause: str) -> str | None:
    """The clause's subject when it is an acronym the lexicons do not know: a party of its own."""
    found = _ACRONYM_SUBJECT.match(clause)
    if not found:
        return None
    name = fold(found.group(1))
    return None if name in name_kinds() or lookup(name) or name in capitals() else found.group(1)


def _argued_party(name: str | None, clause: str = "") -> str | None:
    """A force or coalition; a bare country ("(Iraq)") may be the host, unless the clause's troops
    are some party's own ("its soldiers will be withdrawn (Norway)": Norway's soldiers)."""
    if not name:
        return None
    who = read_identity(name).who
    kind = name_kinds().get(fold(name))
    if who is None and kind and kind[0] == "country" and _OWN_TROOPS.search(clause):
        return kind[1]
    if who is None and kind and kind[0] == "country" and fold(name) != fold(kind[1]):
        # "(French)": a nationality the extractor read as the party ("the last French position"),
        # not a bare country, which may be the host
        return kind[1]
    return who


def read_identity(text: str, *, forces_only: bool = False) -> Identity:
    folded = fold(text)
    words_folded = folded.split()
    who = country = region = None
    marker = FEDERAL.search(text)
    federal = marker is not None
    region_at = -1
    parties: set[str] = set()
    places: set[str] = set()
    lands: set[str] = set()
    named: set[str] = set()
    groups: list[str] = []
    replaced: set[str] = set()
    after_place: set[int] = set()  # word positions that continue a list of places ("in Iraq, Afghanistan")
    listing: set[int] = set()  # ... and a list of places within a country ("in Baghdad and Anbar")
    for at, name in name_spans(text):
        if _word_after(words_folded, at, name, _CLOCK) or _CLOCK_IN.search(" ".join(words_folded[max(0, at - 3) : at])):
            continue  # "at 6 p.m. Moscow time", "(the same time in Rome)": a clock, not where the step is
        if forces_only and _SAID_AT.search(" ".join(words_folded[max(0, at - 8) : at])):
            continue  # "told a news conference in the Turkish capital Ankara": where it was said
        kind_name = name_kinds().get(name)
        place = lookup(name)
        state = capitals().get(name)
        site_of = _CAPITAL_LEFT.search(" ".join(words_folded[max(0, at - 3) : at]))
        # ("signed in Washington", "talks in Paris": a capital after a preposition of place is where.)
        placed = site_of or _PLACED_AT.search(" ".join(words_folded[max(0, at - 1) : at]))
        if state and not kind_name and not placed and _state_acts(folded, name):
            # "Paris said its troops would pull out", "Washington will withdraw": a capital that
            # acts, or speaks of its own troops, is its state; one that does neither is a place.
            parties.add(state)
            who = who or state
            continue
        if state and not kind_name and not place and site_of:
            # "close its base in Abidjan": a capital the gazetteer lacks, told as where, is in its state.
            places.add(state)
            lands.add(state)
            country = country or state
            continue
        if kind_name and kind_name[0] == "actor":
            if kind_name[1] in person_actors() or (forces_only and kind_name[1] not in force_actors()):
                continue  # a prime minister who "said" the troops leave is not who leaves
            if _word_after(words_folded, at, name, _PATRON) or _word_after(words_folded, at, name, _BROKER):
                continue  # "the Hezbollah-aligned PMF": the patron is neither the party nor a place
            if name == "coalition" and _governing(words_folded, at):
                continue  # "the ruling coalition", "coalition partners": a government's parties, no force
            if _RECEIVER.search(" ".join(words_folded[max(0, at - 16) : at])):
                named.add(kind_name[1])  # the force a step is handed to receives it
                continue
            if _REPLACED.search(" ".join(words_folded[max(0, at - 3) : at])):
                # "the new force will replace the outgoing MINUSCA": the one it succeeds is no party,
                # but where it served is where its successor serves.
                replaced.add(kind_name[1])
                if kind_name[1] in mission_countries():
                    lands.add(mission_countries()[kind_name[1]])
                continue
            if kind_name[1] not in force_actors():
                groups.append(kind_name[1])  # an armed group: the party only when no state is named
                continue
            parties.add(kind_name[1])
            who = who or kind_name[1]
        elif place and place.kind != "country":
            places.add(place.name)
            if place.country:
                lands.add(place.country)
            listed, listing = at in listing, listing | next_to(text, at, name)
            if region is not None:
                continue
            if listed and region_at >= 0 and place.country == country:
                # "bases in Baghdad and Anbar": a list of places in several parts of one country is
                # no one part of it (both parts, where one lies in its autonomous region).
                federal = federal and not _autonomous_part(place)
                continue
            country = country or place.country
            region_at = at
            if place.kind == "water":
                region = place.name  # "a naval operation in the Black Sea": the sea is where, as a region is
            elif place.kind == "region" and _OUTSIDE.search(" ".join(words_folded[max(0, at - 2) : at])):
                # "bases outside Kurdistan": the rest of the country, the federal part if the region
                # is an autonomous one, never the region itself.
                federal = federal or place.name in {r.name for r in autonomous_regions()}
                region = ""  # (no region, and no later place in the text says one either)
            elif place.kind == "region":
                region = place.name
            else:
                # A base or town says which part of its country: the autonomous region or the rest
                # (a region is known by one point, so a place neither near nor far says neither).
                region = autonomous_around(place, INSIDE_KM)
                far = autonomous_around(place, OUTSIDE_KM) is None
                federal = federal or (far and has_autonomous(place.country))
        elif kind_name and kind_name[0] == "country" and LED.match(" ".join(words_folded[at + len(name.split()) : at + len(name.split()) + 5])):
            # "the US-led troops will leave by May": the coalition the state leads (or the
            # state, where the lexicon knows none) is the party
            party = led_coalition(kind_name[1]) or kind_name[1]
            parties.add(party)
            who = who or party
        elif kind_name and kind_name[0] == "country" and _word_after(words_folded, at, name, _BROKER):
            continue  # "a Qatar-brokered pact under which the militia is to free its captives": the broker is no side
        elif kind_name and kind_name[0] == "country" and _RECEIVER.search(" ".join(words_folded[max(0, at - 16) : at])):
            named.add(kind_name[1])  # "handed over to Chadian soldiers": the receiver's troops, not the party
        elif kind_name and kind_name[0] == "country":
            troops, acts, own = _state_patterns(name)
            given, host = _host_patterns(name)
            # ("in the Central African Republic": the article does not part a place from its "in")
            # "leave northern Syria", "from north-eastern Iraq": the part left is in the country (not
            # "into northern Iraq" or "in northern Iraq": where troops go, or a place named beside).
            part = at
            while part and _PART_OF.fullmatch(words_folded[part - 1]):
                part -= 1
            left = part < at and part and _LEFT_FROM.fullmatch(" ".join(words_folded[max(0, part - 2) : part]))
            lead = part if left else at
            lead = lead - 1 if lead and words_folded[lead - 1] == "the" else lead
            preceding = " ".join(words_folded[max(0, lead - 2) : lead])
            # "told the American forces in Chad to go": a country after "in" is where they leave.
            # ... but "by the administration of US President Biden" names who decides, not where.
            # ... and so is the next of a list of places ("from Afghanistan and Iraq", "in Iraq, Afghanistan").
            # ... and so is where troops are sent ("will send 200 soldiers to Niger").
            sent = _SENT_TO.search(" ".join(words_folded[max(0, lead - 8) : lead]))
            into = (INTO.search(preceding) and not AUTHOR.search(preceding)) or at in after_place or sent
            inside = into and not _word_after(words_folded, at, name, _OFFICE)
            # "will hand over its Senegal bases": a party's sites named by the country they stand in.
            inside = inside or (at > 0 and words_folded[at - 1] in ("its", "their") and _word_after(words_folded, at, name, _SITE_NOUN))
            # ("the defence secretary of the United States ... the United States will withdraw": after
            # "of", a country may still be who acts.)
            within = inside and _WITHIN.search(preceding)
            # (After "in" or "from" the name is where, whatever its forces do elsewhere in the text:
            # "handed over their last base in Chad to the Chadian army" is in Chad; the army's own
            # name makes Chad a party where it stands.)
            if any(_as_party(p, folded) for p in (given, own, *(() if within else (acts, troops)))):  # "Israel withdrew its troops"
                parties.add(kind_name[1])
                who = who or kind_name[1]
            elif host.search(folded):
                # "Armenia has given Russia ... to withdraw": the one that gives the time is the host,
                # as is one that lets a force stay ("Iraq will allow the coalition to keep ...").
                places.add(kind_name[1])
                lands.add(kind_name[1])
                country = country or kind_name[1]
            elif name in folk():
                named.add(kind_name[1])  # "without the participation of Russians": people, not the place
            elif inside:
                # A country is the place only after "in", "from", "leave"...: "U.S. officials" is not.
                places.add(kind_name[1])
                lands.add(kind_name[1])
                country = country or kind_name[1]
                after_place.update(next_to(text, at, name))
            else:
                named.add(kind_name[1])
    if groups and not (who or named):
        # "Wagner leaves Mali"; but in "the US ends its ISIS mission" the group is what it fights.
        parties.update(groups)
        who = groups[0]
    if marker and region in {r.name for r in autonomous_regions()}:
        # Both parts named: the one nearer the due date is what is due ("leaving federal bases and
        # the Kurdistan region by 2026"; "remain in Kurdistan after it leaves federal bases in 2025").
        if len(fold(text[: marker.start()]).split()) > region_at:
            region = None
        else:
            federal = False
        places.add("federal")
    # A truce that ends the fighting starts that day: "the ceasefire took effect, ending a year of
    # war" tells the truce's start, its "ending" the war's (not the truce's) end.
    fighting = _ENDS_FIGHTING.search(text) if "ceasefire" in steps_named(text) else None
    said = _ENDS_FIGHTING.sub(" ", text) if fighting else text
    action = next((name for name, pattern in ACTION if pattern.search(said)), None)
    if action is None and _COMPLETED.search(said):
        action = "end presence"  # "has completed its combat mission": the mission ended
    ends = RANGE_END.search(text)  # the extractor's two ends of a range ("from May 8 to May 10")
    action = ({"begins": "start", "ends": "end presence"}[ends.group(1)] if ends else action)
    edges = list(EDGE.finditer(said))
    edge = ("end presence" if edges[-1].group(1) else "start") if edges else None
    if fighting and not ends:
        action, edge = action or "start", edge or "start"
    begin, complete = BEGIN.search(text), COMPLETE.search(text)
    stage = None if begin and complete else "begin" if begin else "complete" if complete else None
    size = SIZE.search(text)
    words = _WORD.findall(text.lower().replace("-", " "))
    topic = frozenset(
        w.removesuffix("i") if w.endswith("qi") else w for w in words if w not in _TOPIC_STOP and len(w) > 2
    )
    return Identity(
        who=who,
        action=action,
        country=country,
        region=region or None,
        federal=federal,
        stage=stage,
        size=int(size.group(1).replace(",", "")) if size else None,
        topic=topic,
        parties=len(parties),
        places=len(places),
        lands=frozenset(lands),
        named=frozenset(named),
        steps=steps_of(text),
        edge=edge,
        replaced=frozenset(replaced),
        borders=_border(text),
    )


def _autonomous_part(place) -> bool:
    """The place is an autonomous region, or lies in one."""
    if place.kind == "region":
        return place.name in {r.name for r in autonomous_regions()}
    return autonomous_around(place, INSIDE_KM) is not None


#: Finishing words where no other action is told: troops that "completed their service" or "the
#: rotation", or a coalition that "has completed its combat mission", have ended their presence.
#: A presence's own task completed ("has completed its combat mission", "the tour was completed"), not
#: any process ("to complete the unification of the forces" ends no presence).
_TASK = r"(?:mission|tour|service|duty|term|stint|posting|deployment|rotation|operations?|withdrawal|pull-?out|drawdown|exit|departure|task|assignment|mandate)s?"
_COMPLETED = re.compile(
    rf"\bcomplet(?:e|es|ed|ing|ion)\s+(?:of\s+)?(?:(?:its|their|the|a|an|his|her)\s+)?(?:[\w-]+\s+){{0,2}}?{_TASK}\b"
    rf"|\b{_TASK}\s+(?:[\w-]+\s+){{0,3}}?complet(?:e|es|ed|ing|ion)\b",
    re.I,
)

#: Words that end a war, not a presence ("ending 14 months of fighting", "to end the hostilities").
_ENDS_FIGHTING = re.compile(
    r"\b(?:end|ends|ended|ending|halt\w*|stop\w*)\s+(?:(?:the|a|an|its|their|more|than|over|nearly|almost|about|"
    r"some|of|two|three|four|five|six|\d+|\w+-(?:month|year|week|day)s?|months?|years?|weeks?|days?|long|bloody|brutal|deadly)\s+){0,5}"
    r"(?:war|wars|fighting|hostilities|conflict|violence|clashes|bloodshed|offensive)\b",
    re.I,
)

#: Words of a unit's kind between a state's name and its troops ("US special forces", "British combat troops").
_UNIT_KIND = r"(?:special|combat|ground|elite|naval|air|army|marine|peacekeeping|support|training|military|regular)"
_TROOPS = r"(?:(?:border\s+)?guards|troops|forces|soldiers|military|army|elements|contingent|personnel|servicemen|servicemembers|peacekeepers)"
#: A clause's troops told as some party's own ("its troops", "their remaining soldiers").
_OWN_TROOPS = re.compile(rf"\b(?:its|their)\s+(?:\w+\s+){{0,2}}?{_TROOPS}\b", re.I)


#: A state's own leaving verbs, and the verbs it tells them by ("France said it would withdraw").
_LEAVES = rf"(?:withdr\w*|leav\w*|left|pull\w*|vacat\w*|exit\w*|clos(?:e|es|ed|ing)|hand\w*\s+(?:back|over)|hand(?:s|ed|ing)\s+(?:(?:its|their)\s+)?(?:[\w-]+\s+){{0,3}}?(?:base|camp|airfield|garrison)s?\b|{SEND})"
#: A deadline missed or met ("missed", "failed to meet", "met").
_DEADLINE_KEPT = r"(?:missed|misses|miss|met|meets|meet|(?:failed|fails)\s+to\s+meet|did\s+not\s+meet)"
#: Leaving one's own ground: "to withdraw from", "to pull out", "to leave" (not "to withdraw the
#: Norwegian troops": another's).
_OWN_LEAVING = r"to\s+(?:(?:withdr\w*|pull\w*)\s+(?:from|out|its|their)\b|(?:leav|vacat|exit)\w*)"
_SAYS = r"(?:said|says|confirmed|confirms|announced|announces|stated|declared|insisted|added)"


@lru_cache(maxsize=4096)  # compiled once a name: a brief reads every mention's sentence
def _as_party(pattern: re.Pattern[str], folded: str) -> bool:
    """The pattern names the state as a party somewhere in the text other than as the one a step is
    handed to: in "said that the coalition handed the base over to the Iraqi army" the army
    receives the base (its troops' words are the receiver's, not the party's)."""
    return any(
        not _RECEIVER.search(" ".join(folded[: m.start()].split()[-16:])) for m in pattern.finditer(folded)
    )


def _state_patterns(name: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What makes a state named by ``name`` the party, in folded text: its troops ("French
    forces"), a leaving verb after it ("Israel will withdraw"), or, as the clause's subject, its
    own troops a few words on ("France said its 1,500 troops", "Paris has agreed to pull its forces
    out"). A name after a preposition or with a possessive is no subject: in "gave the airfield to
    Chad's army while pulling its soldiers out" the soldiers are another's."""
    at = re.escape(name)
    troops = rf"\b{at}\w*\s+(?:{_UNIT_KIND}\s+){{0,2}}{_TROOPS}"
    acts = rf"\b{at}\s+(?:{AUX}\s+){{0,5}}{_LEAVES}"
    acts += rf"|\b{at}\s+{TIME_TO_LEAVE}"
    # "the US drawdown", "a British troop withdrawal": a state's adjective or short name before a
    # leaving noun is who leaves; its full name there is where ("the Syria drawdown" leaves Syria).
    kind = name_kinds().get(name)
    if kind and kind[0] == "country" and fold(kind[1]) != name:
        acts += rf"|\b{at}\s+(?:troop\s+)?(?:drawdowns?|departures?|disengagement)\b|\b{at}\s+troop\s+{_LEAVES}"
    # "Israel missed the January 26 deadline to withdraw", "Chad met its deadline to leave": the deadline's.
    acts += rf"|\b{at}\s+(?:{AUX}\s+){{0,2}}{_DEADLINE_KEPT}\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w,]+\s+){{0,4}}?deadline\s+(?:for\s+(?:its|their)\s+\w+\s+)?{_OWN_LEAVING}"
    # "the deadline for Norway's pullout was extended": whose leaving the deadline bounds (the "for"
    # that keeps a possessive from owning troops below is the deadline's own here).
    acts += rf"|\bdeadlines?\s+for\s+{at}\s+s\s+(?:\w+\s+)?(?:withdrawal|pull\s?out|departure|exit|drawdown|disengagement)\b"
    # "Norway confirmed on Monday that it was pulling out": a state that says it leaves leaves.
    acts += rf"|\b{at}\s+(?:{AUX}\s+){{0,2}}{_SAYS}\s+(?:\w+\s+){{0,2}}?(?:that\s+)?it\s+(?:{AUX}\s+){{0,4}}{_LEAVES}"
    # "the US has no troops left in Niger", "France no longer has soldiers there": the state whose
    # troops are gone is who left.
    acts += rf"|\b{at}\s+(?:no\s+longer\s+(?:has|have|keeps?)\s+(?:any\s+)?|(?:has|have|had)\s+no\s+(?:more\s+)?)(?:{_UNIT_KIND}\s+)?{_TROOPS}\b"
    own = (
        rf"(?<!\bto )(?<!\bof )(?<!\bfrom )(?<!\bwith )(?<!\bby )(?<!\bfor )\b{at}\s+(?!s\s)"
        rf"(?:(?!and\b|or\b|but\b)\w+\s+){{1,4}}(?:its|their)\s+(?:[\d,]+\s+|\w+\s+){{0,2}}?{_TROOPS}"
    )
    # "Italy's soldiers will leave", "France's military withdrawal": a state's own troops, or its
    # leaving, told with the possessive (not troops a state is handed to: "to Chad's army").
    owned = (
        rf"(?<!\bto )(?<!\bwith )(?<!\bby )(?<!\bfor )\b{at}\s+s\s+(?:\w+\s+)?"
        rf"(?:{_TROOPS}|withdrawal|pull\s?out|departure|exit|drawdown|disengagement)\b"
    )
    return re.compile(troops), re.compile(acts), re.compile(f"{own}|{owned}")


#: Bidding another go: "asked", "told", "ordered", "demanded that" ... the forces to leave.
_BID = r"(?:ask|asks|asked|asking|told|tell|tells|order|orders|ordered|ordering|demand\w*|urg(?:e|es|ed|ing))"


@lru_cache(maxsize=4096)
def _host_patterns(name: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A state named by ``name`` that gives another the time to leave ("gave Russia until ... to
    withdraw": the one given is the party), and one that gives it or lets a force stay (the host)."""
    at = re.escape(name)
    given = rf"\b{GIVE}\s+{at}\s+(?:\w+\s+){{0,5}}{TO_LEAVE}"
    # ... and so is one that asks, tells or orders a force to go ("Chad had asked all French forces to
    # leave the country"): it is where they leave, not who leaves.
    host = (
        rf"\b{at}\s+(?:{AUX}\s+){{0,3}}(?:(?:{GIVE}|{_BID})\s+(?:\w+\s+){{1,7}}{TO_LEAVE}|{LET}\s+(?:\w+\s+){{1,7}}{TO_STAY})"
    )
    return re.compile(given), re.compile(host)


def _state_acts(folded: str, name: str) -> bool:
    return any(p.search(folded) for p in _state_patterns(name))


#: Two names joined before "border" ("the Turkish-Syrian border", "Iraq-Syria border area").
_BORDER = re.compile(r"\b([A-Z][\w'’]+)\s*[-–/]\s*([A-Z][\w'’]+)\s+border", re.I)


def _border(text: str) -> frozenset[str]:
    """The two countries of the border a text names, if it names one: a place on it lies in
    either, whichever one the parser took for the place."""
    for found in _BORDER.finditer(text):
        kinds = [name_kinds().get(fold(name)) for name in found.groups()]
        if all(k and k[0] == "country" for k in kinds) and kinds[0] != kinds[1]:
            return frozenset(k[1] for k in kinds)  # type: ignore[index]
    return frozenset()


def steps_of(text: str) -> frozenset[str]:
    """The kinds of step a text names, not counting the words of an armed group's name: "the
    Rapid Support Forces accepted the truce" names a truce, no troops' presence."""
    steps = steps_named(text)
    if "presence" not in steps:
        return steps  # (nothing a group's name could leave in doubt)
    groups = armed_groups()
    spans = [(at, name) for at, name in name_spans(text) if (kind := name_kinds().get(name)) and kind[0] == "actor" and kind[1] in groups]
    if not spans:
        return steps
    dropped = {n for at, name in spans for n in range(at, at + len(name.split()))}
    return steps_named(" ".join(w for n, w in enumerate(fold(text).split()) if n not in dropped))


def has_place(i: Identity) -> bool:
    return bool(i.country or i.region or i.federal)
