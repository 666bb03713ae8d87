"""Withdrawal milestones from many articles -> one timeline line per commitment, with its status.

A commitment is who does what where ("the US-led coalition leaves federal Iraq"), whatever the
wording: "vacating federal Iraqi bases", "the coalition's mission will conclude" and "some
US troops are to go home" by September 2025 are one line. Who and where are read through the
extractor's lexicons (actors, countries, demonyms, gazetteer places), the action from the verb
(``reporter.brief.commitment_identity``).
Due dates that sources give differently are kept as a disagreement; a step reported done is
"completed" on its date, and "overdue" needs a source published after the due date that still
calls it pending.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from reporter.brief.commitment_identity import (
    DATED,
    Identity,
    has_place,
    identity,
    places_left,
    read_identity,
    rest_mark,
    split_clause,
    towns_left,
)
from reporter.brief.commitment_parties import (
    actor_countries,
    armed_groups,
    autonomous_regions,
    name_kinds,
    same_party,
)
from reporter.brief.commitment_steps import DEAL_STEPS, steps_named
from reporter.brief.identity import fold, lookup, named_days
from reporter.brief.merge import Disagreement, Report, claims_of, date_bounds, finest, remembered
from reporter.brief.phrasing import commitment_label
from reporter.held_ground import HELD_ON
from reporter.models import Milestone

#: Two mentions more than this far apart in due date are different commitments, however alike.
SAME_COMMITMENT_SPAN_DAYS = 200
#: A source's clause longer than this gives way to a built label on the timeline chart.
_HEADLINE_WORDS = 7
#: A step reported done this many days or fewer from a deadline told to the day, across a month's
#: edge ("until August 1", "left on July 31"), is that deadline met.
_MET_NEAR_DAYS = 7
#: Two days, each told to the day, more than this apart are two steps or a deadline and its
#: extension; days closer are one step whose day outlets tell apart (announced, begun, done).
_DAYS_APART = 4


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
    #: The step was told done with no day of its own, only the day its source spoke ("has completed
    #: its withdrawal, the command said on Thursday"): done by then, not on that day.
    completed_by: bool = False
    #: The timeline chart's label: ``what``, or where that runs long, who, step and where.
    headline: str = ""
    #: Due dates a source tells as moved from ("planned for June, postponed to December"): earlier
    #: values of this commitment, not a disagreement between sources.
    superseded: tuple[str, ...] = ()

    def disagreement(self, name: str) -> Disagreement | None:
        return next((d for d in self.disagreements if d.field == name), None)

    @property
    def label(self) -> str:
        """The line's one name, in the chart, its table, the key points and the digest alike."""
        return self.headline or self.what


def _same_area(a: Identity, b: Identity) -> bool:
    # Two mentions naming the same countries, in any order ("in Iraq, Afghanistan", "from
    # Afghanistan and Iraq"), are about one place, though each names a different one first.
    several = len(a.lands) > 1 and a.lands == b.lands
    # One party's step at a border lies in either country ("30 km from the Turkish-Syrian border"
    # is in Syria too); another party's there may be the other side's.
    border = (a.country in b.borders or b.country in a.borders) and bool(a.who and a.who == b.who)
    if a.country and b.country and a.country != b.country and not (several or border):
        return False
    if a.region and b.region and a.region != b.region:
        return False
    if any(_at_sea(x) and not x.country and y.country and not y.region for x, y in ((a, b), (b, a))):
        return False  # a naval mission in the Black Sea is not one in Georgia: the sea is where, as a country is
    autonomous = {r.name for r in autonomous_regions()}
    return not ((a.federal and b.region in autonomous) or (b.federal and a.region in autonomous))


def _at_sea(i: Identity) -> bool:
    return bool(i.region) and getattr(lookup(i.region), "kind", None) == "water"


def dates_apart(a: Milestone, b: Milestone) -> bool:
    """The due dates alone tell two commitments apart: months further apart than outlets round a
    deadline, or two days given to the day more than a week apart (a deadline and its extension)."""
    da, db = date_bounds(a.due), date_bounds(b.due)
    if not (da and db):
        return False
    # Outlets round a deadline to its month or year ("September 2026", "end of 2026"), no further.
    span = SAME_COMMITMENT_SPAN_DAYS if "year" in (_precision(a.due), _precision(b.due)) else 120
    # (A bare year holds every day of it: "in 2025" says no other date than "on January 1, 2025",
    # where both say where, or one's party is where the other is: a year ties no place to a mention
    # that names none.)
    if abs((da[1] - db[1]).days) > span and not (_year_of(a, b, da, db) and _placed_alike(identity(a), identity(b))) and not _left_early(a, b):
        return True
    # "by Jan. 26" and "by Feb. 18" to the day: a deadline and its extension
    return da[0] == da[1] and db[0] == db[1] and abs((da[0] - db[0]).days) > _DAYS_APART and not (
        _met_early(a, b) or _done_alike(a, b) or _left_early(a, b) or _met_late_day(a, b) or _phase_begun(a, b)
    )


#: Captives a state holds ("prisoners", "detainees") and those an armed group holds ("hostages").
_PRISONERS = re.compile(r"\b(?:prisoners?|detainees?|inmates?)\b", re.I)
_HOSTAGES = re.compile(r"\b(?:hostages?|abductees?)\b", re.I)


def _other_sides_captives(a: Milestone, b: Milestone) -> bool:
    """The one sentence frees only prisoners, the other only hostages: each side's release of a swap
    is its own step, though both fall due the same day ("the hostages will be freed" on Sunday, "the
    prisoners will be released" that evening). A sentence that tells both ("hostages in exchange for
    prisoners") tells the swap, which either side's release may be."""

    def held(m: Milestone) -> str | None:
        said = f"{split_clause(m.what)[0]} {m.evidence}"
        prisoners, hostages = bool(_PRISONERS.search(said)), bool(_HOSTAGES.search(said))
        return None if prisoners == hostages else "prisoners" if prisoners else "hostages"

    x, y = held(a), held(b)
    return bool(x and y and x != y)


def _begun_apart(ia: Identity, ib: Identity, da, db) -> bool:
    """One mention tells a step begun ("began pulling out", "will start leaving"), the other the step
    with no stage, and their due dates do not overlap: the start of a withdrawal and the deadline
    (or the day) of the withdrawal it starts are two steps, told on two days. (A truce's start and
    end are told by its edges.)"""
    if not (da and db) or {ia.stage, ib.stage} != {"begin", None} or {ia.step, ib.step} & set(DEAL_STEPS):
        return False
    return da[1] < db[0] or db[1] < da[0]


def _year_of(a: Milestone, b: Milestone, da: tuple[date, date], db: tuple[date, date]) -> bool:
    """One due date is a bare year that holds the other."""
    year, other = (da, db) if _precision(a.due) == "year" else (db, da) if _precision(b.due) == "year" else (None, None)
    return bool(year and other) and year[0] <= other[0] and other[1] <= year[1]  # type: ignore[index]


def _placed_alike(x: Identity, y: Identity) -> bool:
    """Both say where, or the one's party is the country the other is in."""
    both = has_place(x) and has_place(y)
    return both or bool(x.who and x.who == y.country) or bool(y.who and y.who == x.country)


_ORDINALS = {"first": 1, "initial": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "fifth": 5, "5th": 5}  # fmt: skip
_PHASE_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, **_ORDINALS}  # ("phase two")
_PHASE_NOUN = r"(?:phase|stage|tranche|wave)"
#: A phase told by its ordinal: "the second phase", "its first troop stage", "phase two", "stage 3"
#: (not a count: "two phases").
_PHASE = re.compile(
    rf"\b(?:(?P<before>{'|'.join(_ORDINALS)})(?:[\s-]+[\w]+)?[\s-]+{_PHASE_NOUN}\b|"
    rf"{_PHASE_NOUN}\s+(?P<after>{'|'.join(_PHASE_NUMBERS)}|[1-5])\b)",
    re.I,
)


@lru_cache(maxsize=16384)  # asked for every pair of mentions a brief compares
def phases(text: str) -> frozenset[int]:
    """The phase ordinals a text names ("the second phase of the pullout" -> {2})."""
    found = set()
    for m in _PHASE.finditer(text):
        word = (m.group("before") or m.group("after")).lower()
        found.add(int(word) if word.isdigit() else _PHASE_NUMBERS[word])
    return frozenset(found)


def phases_apart(a: str, b: str) -> bool:
    """Both texts name a phase by its ordinal and none the same: two phases of one plan."""
    pa, pb = phases(a), phases(b)
    return bool(pa) and bool(pb) and not (pa & pb)


def _phase_begun(a: Milestone, b: Milestone) -> bool:
    """One clause tells a numbered phase due to begin on a day, the other that phase begun within a
    month of it, each of one stage, told in one country ("the second stage starts on the 1st",
    "stage two began" on the 9th): that start, early or late. The ordinal names the step; a deal
    has one second phase."""
    done, due = _done_and_due(a, b)
    if done is None or due is None or not phases(split_clause(done.what)[0]) & phases(split_clause(due.what)[0]):
        return False
    x, y = identity(done), identity(due)
    if x.stage != "begin" or y.stage != "begin":
        return False
    if not (x.country and x.country == y.country):
        return False  # (another deal's second phase, or one told of nowhere, ties nothing)
    dd, du = date_bounds(done.due), date_bounds(due.due)
    return bool(dd and du) and dd[0] == dd[1] and du[0] == du[1] and abs((dd[0] - du[0]).days) <= _MET_DAY_DAYS  # type: ignore[index]


def commitment_relation(a: Milestone, b: Milestone, *, moved: bool = False) -> str:
    """same | differ (a detail plainly differs: party, place, action, step, size, due date) | unknown.

    ``moved``: the two are told as one deadline moved (see :func:`_moved`), so their due dates
    do not tell them apart; every other detail still does."""
    da, db = date_bounds(a.due), date_bounds(b.due)
    if not moved and dates_apart(a, b):
        return "differ"
    if _phase_begun(a, b):
        return "same"  # (party and action read around a bare "the second phase starts" are guesses)
    ia, ib = identity(a), identity(b)
    if ia.step == ib.step == "ceasefire" and (_agreed_before(a, b, da, db) or _agreed_before(b, a, db, da)):
        return "differ"
    if _truce_day_pullback(a, b, ia, ib):
        return "same"  # a truce due that day, and what unnamed forces are to do that day: its terms
    if ia.step and ib.step and ia.step != ib.step:
        return "differ"  # the truce taking effect is not the troops' pullback of the same day
    if phases_apart(a.what, b.what):
        return "differ"  # "the first phase" and "the second phase" of one plan, due the same month
    if _towns_apart(a, b):
        return "differ"  # "left Tessalit" and "left Kidal": two sites of one country
    last_site = _last_site_left(a, b)
    if _site_closed_apart(a, b) and not last_site:
        return "differ"  # "the last troops left the river base": that site's step, not the country's
    if ia.step == ib.step == "captives" and _other_sides_captives(a, b):
        return "differ"  # hostages one side frees and prisoners the other frees: two releases of a deal
    # A truce or a release due one day is one step of one deal whatever verb a sentence around
    # it lends (the clauses' own verbs still tell a truce that starts from one that ends).
    deal_day = ia.step == ib.step and ia.step in DEAL_STEPS and bool(da) and da == db and da[0] == da[1]  # type: ignore[index]
    days = _to_the_day(a.due) and _to_the_day(b.due) and a.due != b.due
    if days and ia.step == ib.step and ia.step in DEAL_STEPS and {ia.edge, ib.edge} == {"start", "end presence"}:
        return "differ"  # "the truce began" on the 24th and "the truce ends" on the 28th: its two edges
    # (A truce that 'will last 72 hours, beginning' May 8 starts then.)
    xa, xb = (_edge(ia), _edge(ib)) if deal_day else (ia.action, ib.action)
    # Handing a place over is leaving it: "will hand the base to the army" and "will leave the base",
    # due the same day, are one step told from either side (not a base handed over the day troops
    # leave the country: one site of it).
    # ... and a site to be left or closed in a month, and handed over on a day of it ("will close its
    # base in Abidjan" by April, "handed over its base in Abidjan" on April 1).
    handed = {ia.action, ib.action} == {"hand over", "end presence"} and (
        (_to_the_day(a.due) and a.due == b.due and bool(_SITE.search(a.what)) == bool(_SITE.search(b.what)))
        or (_month_holds_day(a.due, b.due) and a.done != b.done and all(_SITE.search(m.what) for m in (a, b)) and _same_site(ia, ib))
        # ... or a place both clauses name by its own name ("will take over Green Village from US
        # troops" by March, "US troops left Green Village" on March 15).
        or (_month_holds_day(a.due, b.due) and a.done != b.done and _same_named_site(a, b, ia, ib))
        # ... or handed over by a day, and left some days before it, at the one site both name ("will be
        # handed over by August 20", "the last troops left the base" on August 5): the deadline met early
        or (_met_early(a, b) and all(_SITE.search(m.what) for m in (a, b)) and _same_site(ia, ib))
        # ... or handed over by a day, and left a few days after it, at the place both clauses name by
        # its own name ("will hand over Red Hill camp" by May 31, "left Red Hill camp" on June 2): that
        # deadline met late, not a second step at a site handed over twice.
        or (_done_days_after(a, b, _MET_NEAR_DAYS) and _same_named_site(a, b, ia, ib))
        # ... or a party's last base in the country handed over near the day it is to leave the country.
        or last_site
        # ... or all its bases there to be handed over, and the country left, that month.
        or _all_sites_left(a, b)
    )
    # The host's forces deploying into their own ground the day another's troops leave it ("Lebanese
    # troops will deploy in the border villages" as "Italian troops will leave Lebanon") tell that
    # leaving from the host's side: its start is the other's end. (Not an armed group's pullback
    # within the host's country, which the host's deploying follows as a step of its own.)
    hosted = (
        {xa, xb} == {"start", "end presence"}
        and any(x.action == "start" and _host_of(x, y) and y.who not in armed_groups() for x, y in ((ia, ib), (ib, ia)))
        and _handover_told_from_both_sides(a, b, ia, ib)
    )
    received = _handover_received(a, b, ia, ib)
    # An action read from the sentence around a clause that has no verb of its own is a guess, as a
    # party read there is: "talks began on the soldiers in Niger" does not make their leaving a start.
    if xa and xb and xa != xb and not (ia.action_told or ib.action_told) and not (handed or hosted or received):
        return "differ"
    # A truce's or a release's party read around the clause is a guess (the mediators, the other side);
    # so is any step's due the same day: "the last units will be gone" on the 30th, in a sentence that
    # names the ministry's allies, is not another party's step than "the army leaves the town" that
    # day. (Not a mission named beside the clause: its name also says where it serves.)
    same_day = _to_the_day(a.due) and a.due == b.due and not (ia.served or ib.served)
    guessed = (deal_day or same_day) and (ia.who_told or ib.who_told)
    if _handover_told_from_both_sides(a, b, ia, ib):
        return "same"
    if _truce_of_both_sides(a, b, ia, ib):
        return "same"
    if any(x.unread and ((y.who and not y.who_told) or y.unread not in (None, x.unread)) for x, y in ((ia, ib), (ib, ia))):
        return "differ"  # "UNAMI ... will close" is no other party's leaving that month, though no lexicon names it
    if not (guessed or same_party(ia.who, ib.who) or _done_together(a, b, ia, ib)) or not _same_area(ia, ib):
        return "differ"
    if any(x.share and not (y.share or has_place(y)) for x, y in ((ia, ib), (ib, ia))):
        # One country's share of a step told for two, and a mention that names no country ("slashed
        # in both countries", "the cut"): nothing says which share it is, so it joins neither.
        return "differ"
    for x, y in ((ia, ib), (ib, ia)):
        # "Israel was supposed to complete ..." names its party without troops: France is not it.
        # (The country the other leaves is no other party: "hand the bases to Congolese forces".)
        told = y.who_told  # "... said during a visit to NATO member Lithuania" names no party
        said = x.named or x.before
        # (A truce or a release the states name is an armed group's too: "the truce between Israel
        # and Lebanon" and "Hezbollah will observe the truce" that day are one deal's step.)
        side = deal_day and y.who in armed_groups()
        if x.who is None and said and y.who and not told and not side and not any(same_party(n, y.who) or n == y.country for n in said):
            return "differ"
        # "Niger's ministry said American troops have until Sept. 15" is about Niger, not Iraq; but the
        # country one mention's party is from is no other ("Georgian guards ... with Turkey" are in Georgia).
        others = {n for n in x.named if not (y.who and same_party(n, y.who))}
        # (A truce names its sides: "the ceasefire between Israel and Hamas" is the one in Gaza.)
        if y.country and not x.country and others and y.country not in others and y.country != x.who and not deal_day:
            return "differ"
    if deal_day:
        return "same"
    if ia.stage and ib.stage and ia.stage != ib.stage:
        return "differ"  # "begin leaving" and "complete the withdrawal" are two steps
    if _begun_apart(ia, ib, da, db) and not (a.done and b.done):
        return "differ"  # "began leaving" on the 1st is not "leave by" the 30th: a start and what it starts
    if ia.size and ib.size and ia.size != ib.size:
        return "differ"  # "2,000 soldiers by June" and "3,000 by September" are two phases
    # (The whole step told completed on or before a sized plan's deadline is that plan met: "completing
    # the withdrawal from Niger", told in August, ends "will withdraw its 1,000 troops by September 15".)
    completed = any(_completes_ahead(x, y, ix, iy) for x, y, ix, iy in ((a, b, ia, ib), (b, a, ib, ia)))
    if bool(ia.size) != bool(ib.size) and a.due[:7] != b.due[:7] and not completed:
        return "differ"  # "3,000 troops by September" is a phase, not "troops remain until December"
    if ia.action and (ia.action == ib.action or handed or received):
        # Nothing above differs. Party and place both agreeing: one, whatever the dates. Otherwise
        # only when due the same month (Israel leaving Gaza in January and southern Lebanon in
        # February are two; staff leaving Baghdad in June is not the September troop exit).
        # A bare year holds its months: "in 2026" agrees with "by December 2026".
        month = a.due[:7] == b.due[:7] or (min(len(a.due), len(b.due)) == 4 and a.due[:4] == b.due[:4])
        # A step done a day or so before its deadline across a month's edge ("until August 1",
        # "left on July 31") is that deadline met; two pending steps a day apart may be two.
        month = month or (a.done != b.done and _to_the_day(a.due) and _to_the_day(b.due) and _due_gap(a, b) <= _MET_NEAR_DAYS)
        month = month or _met_early(a, b) or _counted_near(a, b) or _met_late(a, b, ia, ib)
        if has_place(ia) and has_place(ib) and (month or (ia.who and ib.who)):
            return "same"
        # Due the same month, each saying something of who or where, and neither naming a country
        # the other is silent on ("American troops leave, Niger says" is not "the phase ends").
        # One party too, unless due the same day: France leaves two countries in one year.
        one_day = _to_the_day(a.due) and a.due == b.due
        hidden = (ia.who != ib.who or not one_day) and any(
            _unspoken(x, y) or _silent_on(x, y) for x, y in ((ia, ib), (ib, ia))
        )
        # One names only who ("the French withdrawal"), the other only where ("this phase", in
        # Iraq): nothing says the party is there.
        crossed = any(
            x.who and not has_place(x) and has_place(y) and not y.who and x.who != y.country for x, y in ((ia, ib), (ib, ia))
        )
        # One names only a country ("the US will facilitate the withdrawal"), the other a party and
        # where it is (US Marines in Australia): nothing says the first is in that place.
        crossed = crossed or any(
            not (x.who or has_place(x)) and x.named and has_place(y) and y.country not in x.named for x, y in ((ia, ib), (ib, ia))
        )
        # A bare year ties no place to a mention that names none: "US forces leave Somalia in
        # 2021" is not "wrap up the mission there" by August 31.
        # Nor does it tie two that agree on neither party nor place ("in 2019 it began a drawdown"
        # and the US helping a group withdraw that October).
        agree = bool(ia.who and ib.who and same_party(ia.who, ib.who)) or bool(has_place(ia) and has_place(ib))
        by_year = min(len(a.due), len(b.due)) == 4 and a.due[:7] != b.due[:7] and (has_place(ia) != has_place(ib) or not agree)
        if month and not (hidden or crossed or by_year) and any((ia.who, has_place(ia), ia.named)) and any((ib.who, has_place(ib), ib.named)):
            return "same"
        if month and ia.size and ia.size == ib.size:
            return "same"  # "2,000 soldiers" withdrawn by the end of June, however each names them
    # One day, one kind of step, and sentences that name the same parties and countries (or the one
    # some of those the other names): nothing tells the two apart and the day and the names tie them
    # ("the pullback should be finished" and "the last units are to be gone" by May 10, each said by
    # officials in one country). The same month, or a day and its month ("by the end of May", "on
    # May 10"), ties them only where each clause's own verb does the same ("will be gone", "to
    # leave"): a parliament's vote to deploy that day is not the task force it will command that month.
    one_day = _to_the_day(a.due) and a.due == b.due
    own_action = bool(ia.action and ia.action == ib.action and not (ia.action_told or ib.action_told))
    if (one_day or (_month_holds_day(a.due, b.due) and own_action)) and ia.step == ib.step and _named_alike(a, b):
        return "same"
    if not ia.topic or not ib.topic:
        return "same" if a.what.strip().lower() == b.what.strip().lower() else "unknown"
    # The weakest tie: words of what is due, no party, place or action deciding. It is no looser
    # than a shared action, which without party and place ties only mentions due the same month;
    # and two words (a place and "bases", a force and "handover") are what any two steps of one
    # conflict share: three at least, half of the shorter mention's.
    if a.due[:7] != b.due[:7] and not _year_holds(a.due, b.due):
        return "unknown"
    # Nor do they tie two days, each told to the day: words alike on the 3rd and on the 6th are two
    # steps of one kind (two sites handed over, a truce's two edges) as often as one step retold;
    # unless one is told done and the other due, the deadline met (as a shared action has it above).
    if _to_the_day(a.due) and _to_the_day(b.due) and a.due != b.due and a.done == b.done:
        return "unknown"
    shared = len(ia.topic & ib.topic)
    # Due the same day, two words alike that name no party and no place ("the evacuation corridor
    # closes", "evacuation through the corridor ends") are one step: a day and what is due, not the
    # conflict's names that any two of its steps share.
    if _to_the_day(a.due) and a.due == b.due and len(_unnamed(ia.topic & ib.topic)) >= _DAY_TOPIC_SHARED:
        return "same"
    return "same" if shared >= _TOPIC_SHARED and shared / min(len(ia.topic), len(ib.topic)) >= 0.5 else "unknown"


def _completes_ahead(done: Milestone, due: Milestone, i_done: Identity, i_due: Identity) -> bool:
    """``done`` tells the whole step completed, no size of its own, no site, on or before the day
    ``due`` (still pending) gives as its deadline, at most three months ahead of it."""
    if not done.done or due.done or i_done.stage != "complete" or i_done.size or i_due.stage == "begin":
        return False
    if _ONE_SITE.search(split_clause(done.what)[0]) or _SITES.search(split_clause(done.what)[0]):
        return False
    dd, du = date_bounds(done.due), date_bounds(due.due)
    return bool(dd and du) and 0 <= (du[1] - dd[1]).days <= _LATE_DAYS  # type: ignore[index]


#: A clause that moves a deadline ("agreed to extend the truce", "the mandate was renewed", "an
#: extension"); a period that "will extend until" a day, or just "will extend", only runs to it.
_EXTENDS = re.compile(r"\b(?:extension|prolong\w*|renew\w*|extended|extend(?:s|ing)?\s+(?!(?:until|till|to|through|into)\b)\w)", re.I)


#: Taking ground over ("the army took over the positions", "assumed security responsibility"): the
#: incoming side's words of a handover.
_TAKE_OVER = re.compile(
    r"\b(?:take(?:s|n)?\s+over|taking\s+over|took\s+over|(?:take|takes|taken|taking|took|assum\w*)\s+\W?(?:full\s+|over\s+)?(?:security\s+)?responsibilit\w*)",
    re.I,
)


def _handover_received(a: Milestone, b: Milestone, ia: Identity, ib: Identity) -> bool:
    """One party deploys on a day and a handover that day is its own, told as taking the ground over
    or naming it only in the sentence around the clause ("the handover of the posts, as the army
    deployed there"): the receiving side's deployment is the handover, one step told twice.
    (A party handing a base over the day it deploys elsewhere names itself in the handover's clause.)"""
    if not (_to_the_day(a.due) and a.due == b.due and {ia.action, ib.action} == {"start", "hand over"}):
        return False
    if not (ia.who and ib.who and same_party(ia.who, ib.who)):
        return False
    m, i = (a, ia) if ia.action == "hand over" else (b, ib)
    return i.who_told or bool(_TAKE_OVER.search(split_clause(m.what)[0]))


def _agreed_before(x: Milestone, y: Milestone, dx, dy) -> bool:
    """x tells a truce's extension as agreed (done) on a day before y, a pending step of it, falls
    due: "agreed to extend the truce by two days" on the 27th is not the truce ending on the 28th.
    (An extension told by the end it moves to is often that end, as outlets tell it.)"""
    extends = bool(_EXTENDS.search(split_clause(x.what)[0])) and not _EXTENDS.search(split_clause(y.what)[0])
    return extends and x.done and not y.done and bool(dx and dy) and dx[1] < dy[0]


#: A site a step hands over or leaves, not the country: a base, a camp, an airfield.
_SITE = re.compile(r"\b(?:bases?|camps?|air\s?fields?|airports?|barracks|outposts?|posts?|positions?|headquarters|facilit(?:y|ies))\b", re.I)


#: Words of what is due two mentions must share to be one commitment by their topic alone; due the
#: same day, words that name no party or place.
_TOPIC_SHARED = 3
_DAY_TOPIC_SHARED = 2


def _unnamed(words: frozenset[str]) -> set[str]:
    """The words that name no party, country, people or gazetteer place."""
    return {w for w in words if w not in name_kinds() and lookup(w) is None}


def _named_alike(a: Milestone, b: Milestone) -> bool:
    """Both mentions' sentences name parties or countries (who, where, and any other), and the one
    names none the other does not (or the other none it does not): sentences that name none are tied
    by nothing but their day."""

    def names(m: Milestone) -> frozenset[str]:
        own, told = identity(m), read_identity(m.evidence)
        return frozenset(n for n in (own.who, own.country, told.who, told.country, *told.named, *told.lands) if n)

    x, y = names(a), names(b)
    return bool(x and y) and (x <= y or y <= x)


def _year_holds(x: str, y: str) -> bool:
    """A bare year holds its months: "in 2026" agrees with "by December 2026"."""
    return min(len(x), len(y)) == 4 and x[:4] == y[:4]


def _done_together(a: Milestone, b: Milestone, ia: Identity, ib: Identity) -> bool:
    """Two parties' presence reported done the same day, by the same action, at a place one names
    (and the other does not contradict): one step the two sides took together, each outlet telling
    it by the side it follows ("the militia withdrew from the town's north" and "the neighbour's
    troops left their posts around the town" that day). Parties differing part two pending steps,
    or two days."""
    one_day = _to_the_day(a.due) and a.due == b.due
    alike = ia.step == ib.step == "presence" and bool(ia.action) and ia.action == ib.action
    return a.done and b.done and one_day and alike and (has_place(ia) or has_place(ib))


def _truce_day_pullback(a: Milestone, b: Milestone, ia: Identity, ib: Identity) -> bool:
    """A truce and a presence step both still due the same day (or a release of captives and a
    presence step both reported done that day), the presence clause naming no party of its own (or,
    done, a side the release's mention names), and neither naming a place the other's is not: the
    deal's terms told by what the forces are to do that day ("the truce is due to take effect on
    Sunday", "the fighters are to withdraw from the crossings on Sunday"), or the swap carried out.
    Another party's pullback, or a truce that took effect the day the army withdrew, stays a step
    of its own."""
    one_day = _to_the_day(a.due) and a.due == b.due
    # (A release and a pullback still due that day are two steps of the deal, each told alone; both
    # reported done, the swap carried out. A truce that took effect and a pullback that day are two.)
    done = a.done and b.done
    if not one_day or {ia.step, ib.step} != {"captives" if done else "ceasefire", "presence"} or a.done != b.done:
        return False
    presence, deal = (ia, b) if ia.step == "presence" else (ib, a)
    # A side the release's mention or its sentence names pulling back that day is the swap's other
    # half ("the group freed the captives as Xland's troops left the ridge", "Xland's troops left the
    # villages" that day); a party the release does not name is another deal's. (A party's own
    # pullback still due the day a truce is, named, stays its own step.)
    return (presence.who is None or (done and presence.who in _names(deal))) and _same_area(ia, ib)


def _truce_of_both_sides(a: Milestone, b: Milestone, ia: Identity, ib: Identity) -> bool:
    """One truce reported in force (agreed, begun) the same day by two outlets, each placing it on
    the side it follows ("the truce took hold along the Xland border" and "Yland's army said the
    ceasefire held" that day): a truce has two sides, so a party or a country apart is no other
    truce where one's country is named in the other's sentence."""
    if not (a.done and b.done and ia.step == ib.step == "ceasefire" and _to_the_day(a.due) and a.due == b.due):
        return False
    return any(x.country and x.country in _names(y_m) for x, y_m in ((ia, b), (ib, a)))


def _names(m: Milestone) -> frozenset[str]:
    """The parties and countries a mention and its sentence name."""
    own, told = identity(m), read_identity(m.evidence)
    return frozenset(n for n in (own.who, own.country, told.who, told.country, *told.named, *told.lands, *own.named, *own.lands) if n)


def _handover_told_from_both_sides(a: Milestone, b: Milestone, ia: Identity, ib: Identity) -> bool:
    """One step due one day, told by one outlet as the one side's ("Russian border guards will leave
    the crossing") and by another as the other's ("only Georgian border guards will stand at the
    crossing"): each names its own party in its clause and the other's beside it; or told by the
    host alone, whose forces hold their own ground once the others leave it ("Italian troops will
    leave Lebanon" and "Lebanese soldiers will be in sole control of the border villages" that day).
    """
    if not (ia.who and ib.who) or ia.who_told or ib.who_told or same_party(ia.who, ib.who):
        return False
    one_day = _to_the_day(a.due) and a.due == b.due
    # ... or planned for a month, and reported done on a day of it, at the one site both name ("will
    # hand over Ain al-Asad in September", "Iraqi forces took over Ayn al-Asad on Sunday").
    met = _month_holds_day(a.due, b.due) and a.done != b.done and _same_site(ia, ib)
    steps = not (ia.step and ib.step and ia.step != ib.step)
    if not ((one_day or met) and steps):
        return False
    # The host's party is the country the other's step is in, and it names no other place.
    host = any(_host_of(x, y) for x, y in ((ia, ib), (ib, ia)))
    # A crossing that neither places in one country: the other's step names the one party's country
    # as a side of its border, and the one names no country but that border's other side ("only
    # Xland's guards will stand at the crossing facing Zland", "Yland's guards will stop work at the
    # crossing between Xland and Zland").
    border = any(x.who in y.named and x.named and x.named <= y.named and not (x.country or y.country) for x, y in ((ia, ib), (ib, ia)))
    return host or border or (ia.who in ib.named and ib.who in ia.named and _same_area(ia, ib))


#: Words of a handover and its sites that any two handovers share.
_HANDOVER_TEXT = (
    "over hand hands handed handing handover took take takes taken taking control transferred transfer departed "
    "back army base bases airbase air camp site forces troops soldiers"
)
_HANDOVER_WORDS = frozenset(_HANDOVER_TEXT.split())


def _same_site(x: Identity, y: Identity) -> bool:
    """Both mentions name a word of one site, not a country, party or handover word ("asad")."""
    names = {w for n in (*x.lands, *y.lands, x.who or "", y.who or "") for w in n.lower().split()}
    return bool((x.topic & y.topic) - _HANDOVER_WORDS - names)


def _same_named_site(a: Milestone, b: Milestone, x: Identity, y: Identity) -> bool:
    """Both clauses name one place by a proper name of their own, past their first word, that is no
    country, party or handover word: "Green Village" in "will take over Green Village from US
    troops" and in "US troops left Green Village"."""
    names = {w for n in (*x.lands, *y.lands, x.who or "", y.who or "") for w in n.lower().split()}
    shared = (x.topic & y.topic) - _HANDOVER_WORDS - names

    def capitalised(m: Milestone) -> set[str]:
        return {w.lower() for w in re.findall(r"(?<=\s)[A-Z][\w'’-]+", split_clause(m.what)[0])}

    return bool((shared & capitalised(a) & capitalised(b)) - _PLACE_NOUNS)


#: Words of a place's name that many places share ("Camp", "Village", "Air Base", "North").
_PLACE_NOUN_WORDS = """camp camps base bases air airbase airfield airport field fort village town city port station hill hills
    point post river valley mount lake bridge crossing gate north south east west northern southern eastern western upper
    lower new old great little al el"""
_PLACE_NOUNS = frozenset(_PLACE_NOUN_WORDS.split())


def _host_of(x: Identity, y: Identity) -> bool:
    """x's party is the country y's step is in, and x names no other place."""
    return bool(x.who) and x.who == y.country and x.country in (None, x.who)


def _site_closed_apart(a: Milestone, b: Milestone) -> bool:
    """One reported done, the last of a force gone from one site or town its clause names ("the last
    soldiers left the river base", "... left Tessalit"), or its leaving of it told completed ("have
    completed their pullout from the river base"), the other still due naming neither ("will leave
    the country"): the site's leaving completed, not the country's; a step of its own."""
    done, due = _done_and_due(a, b)
    if done is None or due is None:
        return False
    clause, other = split_clause(done.what)[0], split_clause(due.what)[0]
    whole = bool(_WHOLE.search(clause)) or identity(done).stage == "complete"
    if not whole or _SITE.search(other) or _names_a_town(other):
        return False
    return bool(_ONE_SITE.search(clause)) or _names_a_town(clause)


#: A party's last site in a country: "its last base in Chad", "their final two camps".
_LAST_SITES = re.compile(
    r"\b(?:its|their)\s+(?:last|final)\s+(?:remaining\s+)?(?:(?:two|three|four|\d+)\s+)?(?:military\s+)?"
    r"(?:bases?|camps?|garrisons?|positions|posts|outposts)\b",
    re.I,
)


#: A clause about the whole force left: "All remaining troops", "The rest of the soldiers".
_ALL_REMAINING = re.compile(
    r"\s*(?:all\s+(?:the\s+|its\s+|their\s+)?remaining|the\s+(?:last\s+)?remaining|the\s+rest\s+of\s+(?:the|its|their))\s+"
    r"(?:[\w-]+\s+)?(?:troops|soldiers|forces|personnel)\b",
    re.I,
)


#: A party's last site told with the article ("the last base", "the final camp"), or its own.
_THE_LAST_SITE = re.compile(r"\b(?:its|their|the)\s+(?:last|final)\s+(?:remaining\s+)?(?:military\s+)?(?:base|camp|garrison)\b", re.I)


def _last_site_left(a: Milestone, b: Milestone) -> bool:
    """One reported done, the party's last base in a country left or handed over ("handed over its
    last base in N'Djamena"), from a month before to a week after the day the other (still due, or
    done) is to leave that country, naming no site or town ("will leave Chad by January 31"): the country's
    leaving done, not one site's. ("The last troops left the base" is that base's step.)"""
    done, due = _done_and_due(a, b)
    if done is None and a.done and b.done:
        # ... or both told done, the country left the day its last base is ("French troops left
        # Chad on Thursday", "handed over its last base there on Thursday"): one step.
        done, due = (a, b) if _LAST_SITES.search(split_clause(a.what)[0]) else (b, a)
    last = _LAST_SITES
    if done is None and not (a.done or b.done) and a.due == b.due and _to_the_day(a.due):
        # ... or both still due the same day: "the last base will be handed over by January 31" is
        # "French soldiers will leave Chad by January 31" told by its last site.
        last = _THE_LAST_SITE
        done, due = (a, b) if last.search(split_clause(a.what)[0]) else (b, a)
    elif done is not None and due is not None and not _LAST_SITES.search(split_clause(done.what)[0]) and _THE_LAST_SITE.search(split_clause(due.what)[0]):
        # ... or the last site still due, told with no party, and the country told left near its day
        # ("completed the withdrawal from Chad" on the 30th): the same step, the site read in the
        # place of the one done.
        last = _THE_LAST_SITE
        done, due = due, done
    if done is None or due is None or not last.search(split_clause(done.what)[0]):
        return False
    other = split_clause(due.what)[0]
    if _SITE.search(other) or _names_a_town(other):
        return False
    x, y = identity(done), identity(due)
    # (Its last base in a province is not its last in the country: "in Idlib" is not "leave Syria".)
    # (A party's remaining force due to leave, told with no place, is the one its last base held:
    # "All remaining troops are due to leave" that month.)
    rest = y.country is None and y.region is None and not y.lands and bool(_ALL_REMAINING.match(other))
    # (Both due the same day, the last site's clause may name no party: "the last base will be handed
    # over" that day is the one party's the other names.)
    unnamed = last is _THE_LAST_SITE and x.who is None and not x.named
    if not (x.country and (x.country == y.country or rest) and x.region == y.region and y.who and (unnamed or (x.who and same_party(x.who, y.who)))):
        return False
    dd, du = date_bounds(done.due), date_bounds(due.due)
    return bool(dd and du) and du[0] - timedelta(days=_MET_DAY_DAYS) <= dd[0] <= du[1] + timedelta(days=_MET_NEAR_DAYS)  # type: ignore[index]


#: All of a party's sites in a country: "its Senegal bases", "their bases in Chad", "all its camps".
_ALL_SITES = re.compile(
    r"(?<!\bof\s)\b(?:all\s+(?:of\s+)?)?(?:its|their)\s+(?:(?:remaining|military|(?-i:[A-Z])[\w'’-]+)\s+){0,2}?(?:bases|camps|garrisons|positions|posts|outposts)\b",
    re.I,
)


def _all_sites_left(a: Milestone, b: Milestone) -> bool:
    """One, still due, hands over or leaves all of a party's bases in a country ("will hand over its
    Senegal bases by the end of July"), the other, naming no site or town, leaves that country within
    a month of it ("French troops left Senegal" on July 17): one step. ("Two of its bases" is part.)"""
    for x, y in ((a, b), (b, a)):
        if x.done or not _ALL_SITES.search(split_clause(x.what)[0]) or _PARTIAL.match(split_clause(x.what)[0]):
            continue
        other = split_clause(y.what)[0]
        if _SITE.search(other) or _names_a_town(other):
            continue
        ix, iy = identity(x), identity(y)
        if not (ix.country and ix.country == iy.country and ix.region == iy.region and ix.who and iy.who and same_party(ix.who, iy.who)):
            continue
        dx, dy = date_bounds(x.due), date_bounds(y.due)
        if dx and dy and (max(dx[0], dy[0]) - min(dx[1], dy[1])).days <= _MET_DAY_DAYS:
            return True
    return False


def _town_closed(done: Milestone, pending: Sequence[Milestone]) -> bool:
    """The last of a force gone from a town's site ("the last soldiers left the Faya base"), a town a
    pending plan leaves ("will leave Faya")."""
    clause = split_clause(done.what)[0]
    towns = towns_left(clause)
    return bool(_WHOLE.search(clause) and towns) and any(towns & towns_left(split_clause(m.what)[0]) for m in pending)


def _names_a_town(clause: str) -> bool:
    """The clause names a town, base or site as where its step is taken (see :func:`towns_left`)."""
    return bool(towns_left(clause))


def _towns_apart(a: Milestone, b: Milestone) -> bool:
    """Both clauses name a town, base or site, and no name is shared: "left Tessalit" and "left
    Kidal" are two steps of one withdrawal, however near their days."""
    x, y = towns_left(split_clause(a.what)[0]), towns_left(split_clause(b.what)[0])
    return bool(x and y) and not (x & y)


def _done_and_due(a: Milestone, b: Milestone) -> tuple[Milestone, Milestone] | tuple[None, None]:
    """The one of two mentions reported done and the one still due; (None, None) unless just one is done."""
    return (a, b) if a.done and not b.done else (b, a) if b.done and not a.done else (None, None)


#: How long after its due date a step reported done is still that step, late.
_LATE_DAYS = 92


def _met_late(a: Milestone, b: Milestone, ia: Identity, ib: Identity) -> bool:
    """One reported done within three months after the month (or day) the other, still pending, gave
    for it, both naming the same party and the same stage: that step, late ("may start as early as
    October", "the transfer began" on December 14), not another due the month it was done."""
    done, due = _done_and_due(a, b)
    if done is None or due is None or ia.stage != ib.stage or not (ia.who and ib.who and same_party(ia.who, ib.who)):
        return False
    dd, du = date_bounds(done.due), date_bounds(due.due)
    return bool(dd and du) and 0 <= (dd[0] - du[1]).days <= _LATE_DAYS  # type: ignore[index]


def _done_days_after(a: Milestone, b: Milestone, days: int) -> bool:
    """One reported done on a day at most ``days`` after the day the other, still pending, gave as its
    deadline."""
    done, due = _done_and_due(a, b)
    if done is None or due is None or not (_to_the_day(done.due) and _to_the_day(due.due)):
        return False
    dd, du = date_bounds(done.due), date_bounds(due.due)
    return bool(dd and du) and 0 < (dd[0] - du[1]).days <= days  # type: ignore[index]


#: How far from a deadline told to the day a step reported done on a day is still that deadline, met
#: early (before it) or late (after it).
_MET_DAY_DAYS = 31


def _met_early(a: Milestone, b: Milestone) -> bool:
    """One reported done on a day up to a month before the other's deadline, which a mention still
    gives as due: the deadline met early ("ended its mission" on the 9th, "must leave by the 31st")."""
    done, due = _done_and_due(a, b)
    if done is None or due is None:
        return False
    i_done, i_due = identity(done), identity(due)
    # (A site both clauses name by its own name, one the gazetteer lacks, is a place told.)
    placed = (has_place(i_done) and has_place(i_due)) or _same_named_site(done, due, i_done, i_due)
    if not placed or i_done.stage == "begin":
        return False  # "began to withdraw" meets no deadline; nor does a step told of nowhere
    dd, du = date_bounds(done.due), date_bounds(due.due)
    return bool(dd and du) and dd[0] == dd[1] and du[0] == du[1] and 0 < (du[0] - dd[0]).days <= _MET_DAY_DAYS  # type: ignore[index]


def _met_late_day(a: Milestone, b: Milestone) -> bool:
    """One reported done on a day up to a month after the day the other, still pending, gave as its
    deadline, each clause naming the same party and the same action of its own, at one place (or
    both at none, their words of what is due alike): that deadline met late ("must hand the villages
    over by the 15th", "handed the villages over on the 24th"), not a second step. (A deadline and
    its extension are both pending: they stay two lines.)"""
    done, due = _done_and_due(a, b)
    if done is None or due is None:
        return False
    x, y = identity(done), identity(due)
    if x.who_told or y.who_told or x.action_told or y.action_told or not (x.who and y.who and same_party(x.who, y.who)):
        return False
    if not x.action or x.action != y.action or "begin" in (x.stage, y.stage) or (x.size and y.size and x.size != y.size):
        return False
    if has_place(x) != has_place(y) or not _same_area(x, y):
        return False
    if not has_place(x) and len(_unnamed(x.topic & y.topic)) < _DAY_TOPIC_SHARED:
        return False
    dd, du = date_bounds(done.due), date_bounds(due.due)
    if not (dd and du):
        return False
    # A deadline on a month's last day is how outlets tell the month ("by the end of June"): met late
    # as far after it as a deadline told by its month (_met_late).
    late = _LATE_DAYS if (du[1] + timedelta(days=1)).day == 1 else _MET_DAY_DAYS  # type: ignore[index]
    return 0 < (dd[0] - du[1]).days <= late  # type: ignore[index]


#: How long before its deadline a whole leaving reported done is still that deadline, met early.
_EARLY_DAYS = 366


def _left_early(a: Milestone, b: Milestone) -> bool:
    """One reported done, the whole leaving ("the last soldiers left" in December), within a year
    before the month the other, still pending, gave for it ("will leave by May"), both naming the
    same party leaving the same place: that deadline met early, not another leaving."""
    done, due = _done_and_due(a, b)
    if done is None or due is None:
        return False
    i_done, i_due = identity(done), identity(due)
    if i_done.stage != "complete" or i_due.stage == "begin" or not (i_done.action == i_due.action == "end presence"):
        return False
    if not (i_done.who and i_due.who and same_party(i_done.who, i_due.who)):
        return False
    if not (has_place(i_done) and has_place(i_due) and _same_area(i_done, i_due)):
        return False
    if i_done.size and i_due.size and i_done.size != i_due.size:
        return False
    dd, du = date_bounds(done.due), date_bounds(due.due)
    return bool(dd and du) and 0 < (du[1] - dd[1]).days <= _EARLY_DAYS  # type: ignore[index]


def _done_alike(a: Milestone, b: Milestone) -> bool:
    """Both reported done, to the day and within a month, by one party both name, at one
    place: one step whose end outlets date by different moments ("ended the combat mission" on the
    9th, "combat troops have left" on the 29th), not a deadline and its extension."""
    if not (a.done and b.done):
        return False
    ia, ib = identity(a), identity(b)
    if not (has_place(ia) and has_place(ib) and _same_area(ia, ib)) or not (ia.who and ib.who and same_party(ia.who, ib.who)):
        return False
    da, db = date_bounds(a.due), date_bounds(b.due)
    if not (da and db):
        return False
    gap = (da[0] - db[0]).days
    if abs(gap) <= 31:
        return True
    # ... or the later one told done by then with no date of its own ("the United States has completed
    # its withdrawal from Niger", dated by its report): done at the earlier day, told since.
    later, i_later = (a, ia) if gap > 0 else (b, ib)
    return abs(gap) <= _LATE_DAYS and i_later.stage == "complete" and _done_undated(later)


#: A step told done by now, in the present perfect: "has completed its withdrawal", "have left".
_DONE_BY_NOW = re.compile(r"\b(?:has|have)\s+(?:now\s+|fully\s+|finally\s+)?(?:completed|finished|concluded|left|withdrawn|ended|pulled\s+out)\b", re.I)
#: A date in a sentence: a month, a weekday, a year, "today", "last week".
_DATE_WORD = re.compile(
    r"\b(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tonight|"
    r"(?:last|this|next)\s+(?:week|month|year)|(?:19|20)\d\d)\b"
)


def _done_undated(m: Milestone) -> bool:
    """Told done in the present perfect, with no date in its sentence: dated by its report. (Only a
    sentence tells that; a clause alone may have had its date cut off.)"""
    return bool(_DONE_BY_NOW.search(m.evidence)) and not _DATE_WORD.search(m.evidence)


#: A stretch a due date is counted from ("would leave in 14 months", "within 18 months of the deal").
#: (Numbers in words up to the twenties; the brief does not load the extractor's number reader.)
_COUNT = r"\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|(?:twenty|thirty)(?:-\w+)?"
_COUNTED = re.compile(rf"\b(?:in|within|after|over)\s+(?:the\s+(?:next|coming)\s+)?(?:{_COUNT})\s+(?:months?|years?)\b", re.I)


def _counted_near(a: Milestone, b: Milestone) -> bool:
    """Due months one apart, one of them counted as a stretch: a month counted from the report's day
    (or the deal's, or the talks') is a month either way, not a month to the letter (nor the day of
    it the extractor counts to)."""
    if len(a.due) < 7 or len(b.due) < 7 or not any(_COUNTED.search(m.evidence) for m in (a, b)):
        return False
    (ya, ma), (yb, mb) = (map(int, m.due.split("-")[:2]) for m in (a, b))
    return abs((ya * 12 + ma) - (yb * 12 + mb)) <= 1


def _edge(i: Identity) -> str | None:
    return i.edge or i.action


def _silent_on(x: Identity, y: Identity) -> bool:
    """x names a country besides y's party that y, which says where of nothing, does not name:
    "Turkey's parliament approved deploying forces to Somalia" is not "Türkiye will command a
    naval task force" that month."""
    others = {n for n in x.named if not (y.who and same_party(n, y.who))} - y.named - {y.country}
    return bool(others) and not has_place(y)


def _unspoken(x: Identity, y: Identity) -> bool:
    """x names a country besides y's party, and y names none."""
    others = {n for n in x.named if not (y.who and same_party(n, y.who))}
    return bool(others) and not (has_place(y) or y.named)


#: An article's party and country: the one each its milestone mentions name, else None.
Context = tuple[str | None, str | None]


def article_contexts(reports: Sequence[Report]) -> dict[int, Context]:
    """Each source's party and country, where its mentions that name one all name the same."""
    found: dict[int, tuple[set[str], set[str]]] = {}
    for r in reports:
        i = identity(r.fact)  # type: ignore[arg-type]
        whos, lands = found.setdefault(r.source, (set(), set()))
        # A clause with no party of its own is the one country its sentence names before it, if one
        # ("Belgium said the soldiers in the country would leave").
        whos.update([i.who] if i.who else sorted(i.before) if len(i.before) == 1 else [])
        lands.update([i.country] if i.country else [])
    return {s: (_only(whos), _only(lands)) for s, (whos, lands) in found.items()}


def _only(names: set[str]) -> str | None:
    return next(iter(names)) if len(names) == 1 else None


def _same_in_context(x: Milestone, y: Milestone, cx: Context, cy: Context) -> bool:
    """Two mentions due the same month (a day, a day and its month, or two days), doing the same thing,
    that say nothing of who or where between them are one step when the articles they come from fill
    it in alike: "the withdrawal will be completed" on a day (or that month), in an article only about
    French troops in Chad, and "the last soldiers leave" that day, in another about Chad. The party
    and the country each article's other mentions all name stand in for what the mention leaves out;
    both filled alike, neither at odds."""
    if len(x.due) < 7 or x.due[:7] != y.due[:7]:
        return False
    ix, iy = identity(x), identity(y)
    if not (ix.action and ix.action == iy.action):
        return False
    # Two days of one month, each told to the day, are one step only where both clauses' own verbs
    # say so and both are told alike done or due (two sites handed over on the 3rd and the 9th are two).
    if x.due != y.due and _to_the_day(x.due) and _to_the_day(y.due) and (ix.action_told or iy.action_told or x.done != y.done):
        return False
    # A clause with no party whose article names none for it takes the one country its sentence
    # names before it ("Belgium said its soldiers would go home by then").
    wx, wy = (i.who or c[0] or _only(set(i.before)) for i, c in ((ix, cx), (iy, cy)))
    lx, ly = ix.country or cx[1], iy.country or cy[1]
    if (wx and wy and not same_party(wx, wy)) or (lx and ly and lx != ly):
        return False
    return bool((wx and wy) or (lx and ly))


def _month_holds_day(x: str, y: str) -> bool:
    """Due the same month, given to the month by one at least: "by the end of March" holds "on March
    12" (not two days each given to the day, which may be two steps)."""
    return len(x) >= 7 and x[:7] == y[:7] and not (_to_the_day(x) and _to_the_day(y))


#: A clause about a deadline as such: "the deadline had been extended", "the date was pushed back".
_DEADLINE_NOUN = re.compile(r"\b(?:deadline|cut-?off\s+date|target\s+date)s?\b", re.I)


def _bare_deadline(m: Milestone) -> bool:
    """The clause names a deadline and nothing of whose step it is, where, or what kind: the words
    stand for a step the article gives elsewhere. (Who told it is not whose step it is: "a mediator
    said the deadline had been extended" is bare.)"""
    clause = split_clause(m.what)[0]
    opened = _SAID_OPENING.match(clause)
    if opened and not _SAID_GOES_ON.match(clause[opened.end() :]):
        clause = clause[opened.end() :]
    i = read_identity(clause)
    return bool(_DEADLINE_NOUN.search(clause)) and not (i.who or has_place(i) or i.steps or i.size)


def _reported_relation(a: Report, b: Report, contexts: dict[int, Context] | None = None) -> str:
    """:func:`commitment_relation`, and: one article that gives one step twice, due the same day
    ("a full pull-out from the province", "will quit all nine of its
    camps there" by April 30), tells of one commitment; two that nothing tells apart, due the same
    day, are one where their articles name the same party or country (``contexts``, see
    :func:`_same_in_context`)."""
    x, y = a.fact, b.fact
    rel = commitment_relation(x, y)  # type: ignore[arg-type]
    if rel == "differ" and a.source != b.source and any(_bare_deadline_moved(m) for m in (x, y)):  # type: ignore[arg-type]
        rel = "unknown"  # "the US said the deadline had been extended": the speaker is no party of another's step
    if rel == "same" and (_remainder_after(a, b) or _remainder_after(b, a) or _two_dates_in_one_sentence(a, b)):
        return "differ"
    if rel == "unknown" and _retimed_in_one_sentence(a, b):
        return "moved"
    if rel != "same" and (_apposed_move(a, b) or _extended_after(a, b) or _extended_after(b, a)):
        return "moved"
    if rel == "differ" and dates_apart(x, y) and any(_stayed_past(p, q) for p, q in ((x, y), (y, x))):  # type: ignore[arg-type]
        return "moved"
    if rel == "differ" and dates_apart(x, y) and commitment_relation(x, y, moved=True) == "same":  # type: ignore[arg-type]
        # Only the due dates tell them apart: one deadline moved, when a sentence says so; else two
        # deadlines, unless a line holds both as one deadline moved (see :func:`_fits`).
        return "moved" if _moved(a, b) else "dates"
    if rel == "unknown" and a.source == b.source and x.due == y.due and _to_the_day(x.due):  # type: ignore[union-attr]
        action = read_identity(split_clause(x.what)[0]).action  # type: ignore[union-attr]  (the clause's own verb, not its sentence's)
        return "same" if action and action == read_identity(split_clause(y.what)[0]).action else rel  # type: ignore[union-attr]
    if rel != "same" and a.source == b.source and x.due == y.due and _to_the_day(x.due) and _bare_deadline(x) != _bare_deadline(y):  # type: ignore[union-attr, arg-type]
        return "same"  # "the deadline was extended to" the day the article's step is due: that step's deadline
    if rel != "same" and contexts and a.source != b.source and x.due == y.due and _to_the_day(x.due) and _bare_deadline(x) != _bare_deadline(y):  # type: ignore[union-attr, arg-type]
        # "The deadline had been extended to" the very day another outlet gives a step in the country
        # the deadline's article is about, by no other party: that step's deadline.
        bare, step = (a, b) if _bare_deadline(x) else (b, a)  # type: ignore[arg-type]
        party, land = contexts[bare.source]
        i = identity(step.fact)  # type: ignore[arg-type]
        at_odds = bool(party and i.who and not same_party(party, i.who)) or bool(land and i.country and land != i.country)
        return "same" if land and i.country and not at_odds else rel
    if rel == "unknown" and contexts and a.source != b.source:
        return "same" if _same_in_context(x, y, contexts[a.source], contexts[b.source]) else rel  # type: ignore[arg-type]
    return rel


#: A sentence that speaks of a deadline as such, or of its being extended: one step may be told at two dates.
_RETIMED_WORDS = re.compile(r"\b(?:deadline|extend\w*|extension|originally|initially|earlier|instead|now)\b", re.I)


def _two_dates_in_one_sentence(a: Report, b: Report) -> bool:
    """One sentence that gives two of its clauses due dates that do not meet ("the drawdown from the base
    would be completed by March 31, and troop numbers would fall to about 2,000 by January"), with no
    word of a deadline moved: two steps, however alike read; one outlet does not round one deadline
    two ways in one breath (other outlets may: :func:`dates_apart`)."""
    x, y = a.fact, b.fact
    if a.source != b.source or x.evidence != y.evidence or x.due == y.due:  # type: ignore[union-attr]
        return False
    da, db = date_bounds(x.due), date_bounds(y.due)  # type: ignore[union-attr]
    if not (da and db) or (da[0] <= db[1] and db[0] <= da[1]):
        return False
    return not (SLIPPED.search(x.evidence) or _RETIMED_WORDS.search(x.evidence))  # type: ignore[union-attr]


def _retimed_in_one_sentence(a: Report, b: Report) -> bool:
    """One sentence that gives one step two due dates and says it slipped ("the pullout, which was
    due in June, has been delayed until the end of the year"): one deadline moved, though the
    sentence names no party to hold the two mentions together; two steps of one sentence (another
    action, party or place) are not."""
    x, y = a.fact, b.fact
    if a.source != b.source or x.evidence != y.evidence or x.due == y.due or not SLIPPED.search(x.evidence):  # type: ignore[union-attr]
        return False
    ix, iy = identity(x), identity(y)  # type: ignore[arg-type]
    where_x, where_y = (ix.country, ix.region, ix.federal), (iy.country, iy.region, iy.federal)
    return bool(ix.action) and ix.action == iy.action and ix.who == iy.who and where_x == where_y


#: A step told as what is left of a plan: "the remaining two outposts", "the rest of the troops", "the
#: other three bases".
_REMAINDER = re.compile(r"\b(?:the\s+)?(?:remaining|rest\s+of\s+(?:the|its|their)|other\s+(?:two|three|four|five|six|\d+))\b", re.I)


def _remainder_after(pending: Report, done: Report) -> bool:
    """A step told as what is left ("the remaining two outposts are to be handed over by mid-March") is not
    a step already reported done when it was told ("handed over the first base on Sunday"): the remainder
    is the rest of the plan after it."""
    p, d = pending.fact, done.fact
    if p.done or not d.done or pending.published is None or not _REMAINDER.search(split_clause(p.what)[0]):  # type: ignore[union-attr]
        return False
    bounds = date_bounds(d.due)  # type: ignore[union-attr]
    return bounds is not None and bounds[1] <= pending.published


#: Words that tell a deadline slipped ("was postponed to December", "delayed until", "pushed back").
#: (An extension or a renewal is not one: a mandate renewed each year is a new term each time.)
#: ... or a deadline moved or pushed ("moved the deadline for the pullout to", "the deadline was moved to"),
#: not forces moved somewhere ("troops moved to the border").
SLIPPED = re.compile(
    r"\b(?:postpon\w*|delay(?:s|ed|ing)?|push(?:es|ed|ing)?\s+back|deferr?\w*|reschedul\w*)\b"
    r"|\b(?:mov|push)(?:e|es|ed|ing)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?deadline\b"
    r"|\bdeadline\s+(?:[^,;.]{0,80}?\s)?(?:was|were|has\s+been|had\s+been|is|being)\s+(?:mov|push)ed\s+(?:back\s+)?to\b",
    re.I,
)
#: A date told with the deadline it became set in apposition: "... by May 2, a deadline later extended
#: to June 9". The clause read at the later day ("a deadline later extended") is that deadline moved,
#: one commitment; not a new term told in a clause of its own ("but the deadline was extended to"),
#: nor a mandate extended.
_APPOSED_MOVE = re.compile(
    r",\s+(?:a|the)\s+deadline\s+(?:(?:that|which)\s+(?:was|has\s+been|had\s+been)\s+)?(?:later\s+|since\s+|subsequently\s+|then\s+)?"
    r"extended\s+(?:to|until)\b",
    re.I,
)
#: ... the clause so read: the deadline alone, no step of its own.
_APPOSED_CLAUSE = re.compile(
    r"^\s*(?:a|the)\s+deadline\s+(?:(?:that|which)\s+(?:was|has\s+been|had\s+been)\s+)?(?:later\s+|since\s+|subsequently\s+|then\s+)?extended\s*$",
    re.I,
)


def _apposed_move(a: Report, b: Report) -> bool:
    """Two mentions of one sentence, one the step and the other only the deadline set in apposition
    after its date and told extended to a later day ("withdraw ... by May 2, a deadline later extended
    to June 9"): one deadline moved. So are the step and the step again at the later day (the
    extractor may read the step's words for the deadline the apposition names)."""
    x, y = a.fact, b.fact
    if a.source != b.source or x.evidence != y.evidence or not _APPOSED_MOVE.search(x.evidence):  # type: ignore[union-attr]
        return False
    for step, moved in ((x, y), (y, x)):
        ds, dm = date_bounds(step.due), date_bounds(moved.due)  # type: ignore[union-attr]
        clause, own = split_clause(moved.what)[0], split_clause(step.what)[0]  # type: ignore[union-attr]
        if ds and dm and ds[1] < dm[0] and (_APPOSED_CLAUSE.match(clause) or clause == own) and not _APPOSED_CLAUSE.match(own):
            return not (step.done or moved.done)  # type: ignore[union-attr]
    return False


#: The words that tell a deadline moved on ("had been extended", "was pushed back").
_MOVED_ON = re.compile(r"\b(?:extended|moved|pushed\s+back|postponed|delayed)\b", re.I)


def _bare_deadline_moved(m: Milestone) -> bool:
    """A bare deadline (:func:`_bare_deadline`) told moved on: "the US said the deadline had been extended";
    or one the extractor has already labelled by the step told before it ("<step> (deadline moved)",
    extract.milestones._moved_deadline_step)."""
    if m.what.endswith(" (deadline moved)"):
        return True
    return _bare_deadline(m) and bool(_MOVED_ON.search(split_clause(m.what)[0]))


def _extended_after(step: Report, moved: Report) -> bool:
    """One article's step with its date, and a sentence of the same article that tells only that the
    deadline was extended to a later day ("... the January 26 deadline for their withdrawal expired.
    The deadline had been extended to February 18."): that deadline moved, the article's one step."""
    x, y = step.fact, moved.fact
    if step.source != moved.source or x.evidence == y.evidence or x.done or y.done:  # type: ignore[union-attr]
        return False
    # ("the deadline" is the one the article's step was told with: "after the deadline for their withdrawal expired")
    if not _bare_deadline_moved(y) or not re.search(r"\bdeadline\b", x.evidence, re.I):  # type: ignore[arg-type,union-attr]
        return False
    ds, dm = date_bounds(x.due), date_bounds(y.due)  # type: ignore[union-attr]
    return bool(ds and dm and ds[1] < dm[0])


#: ... and words of a later report that give the deadline as a new one ("will now leave by
#: December", "the new deadline").
_NEW_DEADLINE = re.compile(SLIPPED.pattern + r"|\b(?:now|new\s+(?:deadline|date|timetable|timeline))\b", re.I)
#: ... or a deadline moved earlier, or the earlier date told as the one it replaced ("brought forward
#: to", "moved up to", "previously due by").
_RETIMED = re.compile(
    r"\b(?:br(?:ought|ing|ings|inging)\s+forward|mov(?:e|es|ed|ing)\s+up)\b"
    r"|\b(?:previously|originally|initially|first)\s+(?:due|set|scheduled|planned|expected)\b",
    re.I,
)
#: ... or a step's deadline told extended ("the deadline for X's pullout from Y was extended to", "extended
#: the deadline for"): that step's date moved, where the report saying so gives the later date. (A
#: mandate or a truce extended names no deadline: a new term.)
_EXTENDED_DEADLINE = re.compile(
    r"\bextend(?:s|ed|ing)?\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?deadline\b"
    r"|\bdeadline\s+(?:[^,;.]{0,80}?\s)?(?:was|were|has\s+been|had\s+been|is|being)\s+(?:further\s+)?extended\b",
    re.I,
)


#: A sentence that tells a deadline missed, the step it was for, and what the party says instead:
#: "<party> missed the <day> deadline to <step> and said its troops would stay until <day>".
_MISSED_THEN = re.compile(
    r"^(?P<who>.*?)\b(?:missed|failed\s+to\s+meet|did\s+not\s+meet|did\s+n[o']t\s+meet)\s+(?:the|a|its|their)\s+"
    r"(?:[\w,.-]+\s+){0,4}?deadline\s+(?P<step>(?:to|for)\s+[^,;]+?)(?:\s*[,;]?\s+(?:and|but)\s+|\s*[,;]\s*)(?P<rest>.+)$",
    re.I,
)
#: ... "<party> did not withdraw from <place> by the <day> deadline and said ..."
_NOT_BY_THEN = re.compile(
    r"^(?P<who>.*?)\b(?:did\s+not|didn['’]t|failed\s+to)\s+(?P<step>(?:fully\s+|completely\s+)?(?:withdr|leav|pull|vacat|exit)\w*[^,;]*?)\s+"
    r"by\s+the\s+(?:[\w,.-]+\s+){0,4}?deadline(?:\s*[,;]?\s+(?:and|but)\s+|\s*[,;]\s*)(?P<rest>.+)$",
    re.I,
)
#: ... "After missing the <day> deadline to withdraw from <place>, <party> said ..."
_AFTER_MISSING = re.compile(
    r"^(?:after|since)\s+(?:missing|failing\s+to\s+meet)\s+(?:the|a|its|their)\s+(?:[\w,.-]+\s+){0,4}?deadline\s+"
    r"(?P<step>(?:to|for)\s+[^,;]+?)\s*,\s*(?P<rest>.+)$",
    re.I,
)
#: ... "<party> missed the <day> deadline to <step>. <Its troops> will stay until <day>": the stay told in
#: the sentence after (see :func:`_stay_told_after`).
_MISSED_NEXT = re.compile(
    r"^(?P<who>.*?)\b(?:missed|failed\s+to\s+meet|did\s+not\s+meet|did\s+n[o']t\s+meet)\s+(?:the|a|its|their)\s+"
    r"(?:[\w,-]+\s+){0,4}?deadline\s+(?P<step>(?:to|for)\s+[^,;.]+?)(?:\s*,\s*[^,;.]*?\b(?:said|says|reported)\b[^,;.]*)?\.\s+"
    r"(?P<rest>(?:its|their|they|those|the\s+(?:troops|forces|soldiers))\b.+)$",
    re.I,
)
#: A clause that keeps a presence on ("would stay", "will remain").
_STAYS_ON = re.compile(r"\b(?:stay\w*|remain\w*)\b", re.I)


def _stay_told_after(reports: Sequence[Report]) -> list[Report]:
    """The reports, a stay told in the sentence after a missed deadline read with that sentence:
    "Yland missed the May 2 deadline to leave Xland." then "Its troops will stay until May 30." is
    the deadline moved, as the two said in one sentence are (:func:`_stayed_past`). Only the
    article's mention right before the stay, telling the deadline missed and nothing after it, and
    a stay whose sentence opens with its subject told by a pronoun ("Its troops", "They", "The troops")."""
    out = list(reports)
    for n in range(1, len(out)):
        prev, r = out[n - 1], out[n]
        x, y = prev.fact, r.fact
        if prev.source != r.source or not isinstance(x, Milestone) or not isinstance(y, Milestone) or x.evidence == y.evidence:
            continue
        said = f"{x.evidence.strip()} {y.evidence.strip()}"
        found = _MISSED_NEXT.match(said)
        if not found or found.group("rest") != y.evidence.strip() or not _STAYS_ON.search(split_clause(y.what)[0]):
            continue
        # (A stay of a party of its own, "The UN force will stay", is not the missed step's.)
        who, party = identity(y).who, identity(replace(x, what=found.group("who"))).who
        if who is None or (party is not None and same_party(who, party)):
            out[n] = replace(r, fact=replace(y, evidence=said))
    return out


def _stayed_past(stay: Milestone, other: Milestone) -> bool:
    """``stay`` is the clause after a missed deadline that says the party stays on to a later day
    ("missed the January 26 deadline to withdraw and said its troops would stay until February
    18"), and ``other`` is the step whose deadline it missed, due earlier: one deadline moved. The
    stay is read as the missed step due at its own day (its party the sentence's subject)."""
    said = stay.evidence.strip()
    found = _MISSED_NEXT.match(said) or _MISSED_THEN.match(said) or _NOT_BY_THEN.match(said) or _AFTER_MISSING.match(said)
    clause = split_clause(stay.what)[0].strip()
    if not found or not clause or clause not in found.group("rest") or not _STAYS_ON.search(clause):
        return False
    ds, do = date_bounds(stay.due), date_bounds(other.due)
    if not (ds and do) or do[1] >= ds[0] or other.done:
        return False
    if other.evidence == stay.evidence:
        return True  # the same sentence's step due earlier: the one whose deadline was missed
    # (After "after missing the deadline", the party is the subject of the clause that follows.)
    who = found.groupdict().get("who") or identity(stay).who or ""
    step = Milestone(what=f"{who.strip()} {found.group('step').strip()}", due=stay.due, evidence=stay.evidence)
    return commitment_relation(step, other, moved=True) == "same"


def _moved(a: Report, b: Report) -> bool:
    """Two mentions, apart only in due date, told as one deadline moved: one sentence giving both
    dates and saying the deadline slipped ("the pullout planned for June was postponed to
    December"); or a later report, whose sentence says its deadline is a new one, of the same
    party, action and place, each told in both mentions' own clauses.

    A later report that gives the later day and says the step's deadline was extended to it is one
    deadline moved too (see :data:`_EXTENDED_DEADLINE`). (A mandate renewed, or one sentence that
    retells the first day and the extension in a clause of its own, is a new term: two lines.)"""
    x, y = a.fact, b.fact
    if a.source == b.source and x.evidence == y.evidence:  # type: ignore[union-attr]
        return bool(SLIPPED.search(x.evidence))  # type: ignore[union-attr]
    if not (a.published and b.published) or a.published == b.published:
        return False
    later = max((a, b), key=lambda r: r.published)  # type: ignore[arg-type,return-value]
    earlier = a if later is b else b
    if _names_old_day(later.fact, earlier.fact.due):  # type: ignore[arg-type,union-attr]
        return True
    whole = all(_told_whole(identity(r.fact)) for r in (a, b))  # type: ignore[arg-type]
    if not whole:
        return False
    if _NEW_DEADLINE.search(later.fact.evidence):  # type: ignore[union-attr]
        return True
    # An extension moves the date on: the report telling it gives the later day (one that retells the
    # first day as history, "were to leave by March 1, but the deadline was extended", does not).
    dl, de = date_bounds(later.fact.due), date_bounds(earlier.fact.due)  # type: ignore[union-attr]
    return bool(_EXTENDED_DEADLINE.search(later.fact.evidence) and dl and de and dl[0] > de[1])  # type: ignore[union-attr]


def _names_old_day(later: Milestone, due: str) -> bool:
    """The later report's sentence names the other's day, to the day, as the one its deadline moved
    from ("its withdrawal, previously due by April 30, had been brought forward to April 20"): one
    deadline moved, though neither report names the party (the step is already the same)."""
    bounds = date_bounds(due)
    if not bounds or bounds[0] != bounds[1] or not (_NEW_DEADLINE.search(later.evidence) or _RETIMED.search(later.evidence)):
        return False
    return (-1, bounds[0].month, bounds[0].day) in named_days(later.evidence)


def _moved_to(reports: Sequence[Report]) -> str | None:
    """The due date a line's deadline was moved to, if a pair of its mentions tells it moved: the
    latest report's, and of one report's two dates the later (a deadline slips to a later day)."""
    moved = [
        pair
        for n, r in enumerate(reports)
        for o in reports[n + 1 :]
        if (_reported_relation(r, o) == "moved" if dates_apart(r.fact, o.fact) else _slipped_near(r, o))  # type: ignore[arg-type]
        for pair in (r, o)
    ]
    if not moved:
        return None
    return max(moved, key=lambda r: (r.published or date.min, date_bounds(r.fact.due) or (date.min,))).fact.due  # type: ignore[union-attr]


def _slipped_near(a: Report, b: Report) -> bool:
    """Two due dates too near to tell two deadlines apart, neither holding the other, told as one
    deadline moved: "by March" and, later, "postponed to May" is the May deadline, March its
    earlier value, not two sources' disagreement on one date."""
    da, db = date_bounds(a.fact.due), date_bounds(b.fact.due)  # type: ignore[union-attr]
    if not (da and db) or da[0] <= db[0] <= db[1] <= da[1] or db[0] <= da[0] <= da[1] <= db[1]:
        return False  # a month and a day in it: a date told finer, not moved
    return (same_commitment(a.fact, b.fact) and _moved(a, b)) or _retimed_in_one_sentence(a, b)  # type: ignore[arg-type]


def _told_whole(i: Identity) -> bool:
    """Who, the action and where, each from the mention's own clause."""
    return bool(i.who and not i.who_told and i.action and not i.action_told and has_place(i))


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
    contexts = article_contexts(reports)
    related = remembered(lambda a, b: _reported_relation(a, b, contexts))
    for r in reports:
        fits = []
        for n, g in enumerate(groups):
            relations = [
                "same" if rel == "differ" and _sites_of_one_plan(r, o, g) else "unknown" if rel == "differ" and _placed_by_date(r, o, g, related) else rel
                for rel, o in ((related(r, o), o) for o in g)
            ]
            if _fits(relations, g, related):
                fits.append((_site_line(r, g), min(_due_gap(r.fact, o.fact) for o in g), n))  # type: ignore[arg-type]
        if not fits and _vague(r.fact):  # type: ignore[arg-type]
            fits = [(0, 0, n) for n in _vague_fits(r, groups)]
        if fits:
            groups[min(fits)[2]].append(r)
        else:
            groups.append([r])
    groups = _unite(groups, related)
    # A vague mention that came before the line it belongs to started a line of its own: which line
    # a mention joins should not depend on the order the articles come in. Two vague mentions that
    # joined each other ("the body's tenure ... until" a day) are no more a line of their own:
    # the one line that those of them that fit a line fit is theirs.
    for g in [g for g in groups if all(_vague(r.fact) for r in g)]:  # type: ignore[arg-type]
        others = [o for o in groups if o is not g]
        found = {n for r in g for n in _vague_fits(r, others)}
        n = next(iter(found), 0)
        if len(found) == 1 and (len(g) == 1 or all(_silent_or_mentions(r, others[n]) for r in g)):
            groups.remove(g)
            others[n].extend(g)
    groups = _unite(_join_past_other_side(_unite(groups, related), related), related)
    # Last, a part of a force gone that names no party or place joins its article's one plan: as a
    # source of that line only, after every other mention has found its line (its own day, apart from
    # the step completed, keeps no other mention off the line).
    for g in [g for g in groups if len(g) == 1]:
        others = [o for o in groups if o is not g]
        found = _part_fits(g[0], others)
        if found:
            groups.remove(g)
            others[found[0]].extend(g)
    return groups


def _placed_by_date(r: Report, o: Report, g: list[Report], related: Callable[[Report, Report], str]) -> bool:
    """o, a vague mention still due on the line ("Both are to be handed over" by July 31), that only its
    date placed there: a mention the same as the line's plan due that day is not told apart by o's verb
    ("ended its presence there" on July 30 meets both)."""
    return (
        not is_done(o.fact)  # type: ignore[arg-type]
        and _vague(o.fact)  # type: ignore[arg-type]
        and not _SITE.search(split_clause(r.fact.what)[0])  # type: ignore[union-attr]  (one camp handed over is a site's step)
        and any(
            x is not o and not is_done(x.fact) and x.fact.due == o.fact.due and related(r, x) == "same"  # type: ignore[arg-type,union-attr]
            for x in g
        )
    )


def _sites_of_one_plan(r: Report, o: Report, g: list[Report]) -> bool:
    """Two sites left on their days ("left Ain al-Asad on Saturday", "forces in Baghdad completed their
    departure"), both named by one plan of the line ("will withdraw from Ain al-Asad and from Baghdad by
    September"): two steps of that one commitment, not two commitments."""
    a, b = r.fact, o.fact
    if not (isinstance(a, Milestone) and isinstance(b, Milestone) and a.done and b.done):
        return False
    x, y = towns_left(split_clause(a.what)[0]), towns_left(split_clause(b.what)[0])
    if not x or not y:
        return False
    return any(
        isinstance(p.fact, Milestone) and not p.fact.done and (x | y) <= towns_left(split_clause(p.fact.what)[0])
        for p in g
    )


def _site_line(r: Report, g: list[Report]) -> int:
    """1 when ``r`` tells the whole step completed ("completing the withdrawal from Niger", no site of
    its own) and every pending mention of the line ``g`` is a site's ("will leave the drone base by
    August"): a line of the whole due later fits it better than that site's line due nearer."""
    m = r.fact
    if not isinstance(m, Milestone) or not m.done or identity(m).stage != "complete":
        return 0
    clause = split_clause(m.what)[0]
    if _ONE_SITE.search(clause) or _SITES.search(clause):
        return 0
    pending = [split_clause(o.fact.what)[0] for o in g if isinstance(o.fact, Milestone) and not o.fact.done]
    if towns_left(clause) & frozenset().union(*map(towns_left, pending)):
        return 0  # "forces in Mosul completed their departure": the sites' line names its town
    return int(bool(pending) and all(_ONE_SITE.search(c) or _SITES.search(c) for c in pending))


def _join_past_other_side(groups: list[list[Report]], related: Callable[[Report, Report], str]) -> list[list[Report]]:
    """Join two lines of one party that one mention of another party alone keeps apart: the next
    holder of a place, told on the leaving party's line as the handover's other side ("Xland's guards
    will serve there alone" from the 1st, beside "Yland must leave by" the 1st), does not split that
    party's own step from it ("Yland's guards left" on the 28th, the deadline met): it stays on the
    one line, as the handover told from the host's side. (Only the host's own forces, named in their
    clause, where another mention of the line leaves its country; each mention joins so once at most.)"""
    joined: set[int] = set()
    again = True
    while again:
        again = False
        for g in groups:
            for h in groups:
                if g is h or len(g) < 2:
                    continue
                blockers = {id(x): x for x in g for y in h if related(x, y) == "differ"}
                if len(blockers) != 1:
                    continue
                (m,) = blockers.values()
                rest = [r for r in g if r is not m]
                im = identity(m.fact)  # type: ignore[arg-type]
                who = None if im.who_told else im.who  # (its own clause's party, not a guess)
                parties = {identity(r.fact).who for r in (*rest, *h)} - {None}  # type: ignore[arg-type]
                one = len(parties) == 1 or all(same_party(p, q) for p in parties for q in parties)
                if id(m) in joined or not (who and parties and one) or any(same_party(who, p) for p in parties):
                    continue
                if not any(_host_of(im, identity(r.fact)) for r in rest):  # type: ignore[arg-type]
                    continue  # the host, whose forces hold the place the line's party leaves
                if _fits([related(x, y) for x in rest for y in h], [*rest, *h], related):
                    joined.add(id(m))
                    h.extend(g)
                    g.clear()
                    again = True
                    break
            if again:
                break
    return [g for g in groups if g]


def _fits(relations: Sequence[str], group: Sequence[Report], related: Callable[[Report, Report], str]) -> bool:
    """Whether mentions so related to a line's (or one line's to another's) join it: one of them
    the same (or one deadline moved), none plainly different. Due dates alone part them only
    where no sentence of the line tells its deadline moved: a line that holds "planned for June"
    and "postponed to December" is where a report of either date belongs."""
    if not ({"same", "moved"} & set(relations)) or "differ" in relations:
        return False
    return "dates" not in relations or "moved" in relations or any(
        related(x, y) == "moved" for n, x in enumerate(group) for y in group[n + 1 :]
    )


def _silent_or_mentions(r: Report, g: list[Report]) -> bool:
    """A mention's sentence (or the party the extractor added after its clause) names no party or
    place, or names the line's: "the force's mandate runs (UNFICYP)" is not France leaving Chad.
    (Asked of vague mentions that joined each other: one alone is placed by its date and step.)"""
    told = read_identity(f"{r.fact.evidence} {split_clause(r.fact.what)[1] or ''}")  # type: ignore[union-attr]
    said = told.who or told.country or told.region or told.named
    return not said or any(_mentions(told, identity(o.fact)) for o in g)  # type: ignore[arg-type]


def _vague_fits(r: Report, groups: list[list[Report]]) -> list[int]:
    """The one line (as a list of its index, else []) a vague mention belongs to.

    "The phase should last until September 2025": only its date, and a party or place its
    sentence names, say which; a date to the day ("ends by Sept. 15, 2024 at the latest") says it
    alone when one commitment falls due that day.
    """
    told = read_identity(r.fact.evidence)  # type: ignore[union-attr]
    fits = [
        n
        for n, g in enumerate(groups)
        if any(o.fact.due == r.fact.due for o in g)  # type: ignore[union-attr]
        and all(commitment_relation(r.fact, o.fact) != "differ" for o in g)  # type: ignore[arg-type]
        and (_same_day_step(r, g) or any(_mentions(told, identity(o.fact)) for o in g))  # type: ignore[arg-type]
        # due only a month or a year: not a line whose mentions name a country it does not
        and (_to_the_day(r.fact.due) or not any(_unspoken(identity(o.fact), told) for o in g))  # type: ignore[arg-type,union-attr]
    ]
    if len(fits) > 1:
        # Several lines fall due that day: the one whose mentions share a word of what is due
        # ("the mandate ... extended until", not the troops' departure) is the one.
        fits = [n for n in fits if any(told_topic(r) & identity(o.fact).topic for o in groups[n])]  # type: ignore[arg-type]
    return fits if len(fits) == 1 else []


def _part_fits(r: Report, groups: list[list[Report]]) -> list[int]:
    """The one line (as a list of its index, else []) a part of a force told gone belongs to when its
    clause names no party or place: "The first batch left on Monday", after "France agreed to withdraw
    its troops from Chad by January" in the same article, is a step towards that plan, the article's
    one pending plan due on or after it that nothing but the date tells apart (it joins the line's
    sources without completing it)."""
    m = r.fact
    if not (isinstance(m, Milestone) and m.done and _PARTIAL.match(split_clause(m.what)[0]) and _vague(m)) or not (gone := date_bounds(m.due)):
        return []
    fits = [
        n
        for n, g in enumerate(groups)
        if any(
            o.source == r.source and not is_done(o.fact) and (due := date_bounds(o.fact.due)) and due[1] >= gone[0]  # type: ignore[arg-type]
            for o in g
        )
        # (Another source's word of the whole step done is no detail the part could differ in.)
        and all(commitment_relation(m, o.fact, moved=True) != "differ" for o in g if o.source == r.source or not is_done(o.fact))  # type: ignore[arg-type]
    ]
    return fits if len(fits) == 1 else []


def _unite(groups: list[list[Report]], related: Callable[[Report, Report], str]) -> list[list[Report]]:
    """Join two groups that one pair of mentions ties and none tells apart: which group a mention
    starts depends on the order articles come in ("September 2026" before "end of 2026")."""
    merged = True
    while merged:
        merged = False
        for i, a in enumerate(groups):
            for j in range(i + 1, len(groups)):
                rel = [related(x, y) for x in a for y in groups[j]]
                if _fits(rel, [*a, *groups[j]], related):
                    a.extend(groups.pop(j))
                    merged = True
                    break
            if merged:
                break
    return groups


def _mentions(told: Identity, i: Identity) -> bool:
    """The sentence names the commitment's party, country or region."""
    pairs = ((told.who, i.who), (told.country, i.country), (told.region, i.region))
    return any(x and (x == y or (same_party(x, y) and y)) for x, y in pairs) or (told.federal and i.federal)


def _to_the_day(due: str) -> bool:
    bounds = date_bounds(due)
    return bool(bounds) and bounds[0] == bounds[1]  # type: ignore[index]


def _same_day_step(r: Report, g: list[Report]) -> bool:
    """A bare clause due to the day, doing what the commitment does ("will end" / "leave"): a
    clause that only "started" that day may be another step of the day (the truce, not the pullback)."""
    action = read_identity(split_clause(r.fact.what)[0]).action  # type: ignore[union-attr]  (its own verb: "end", not the sentence's)
    return _to_the_day(r.fact.due) and action is not None and any(identity(o.fact).action == action for o in g)  # type: ignore[arg-type,union-attr]


def told_topic(r: Report) -> frozenset[str]:
    """The words of what a mention's own clause says is due (its topic, as :func:`identity` reads it)."""
    return read_identity(split_clause(r.fact.what)[0]).topic  # type: ignore[union-attr]


def _vague(m: Milestone) -> bool:
    """A clause that names no party and no place, and says little else: only its date can place it.
    A date to the day places a clause that says more ("the statement noted that the bloc decided to
    begin the withdrawal" by 15 December) as well: words that name no party are no identity."""
    i = read_identity(split_clause(m.what)[0])
    return not (i.who or i.country or i.region or i.federal) and (len(i.topic) <= 3 or _to_the_day(m.due))


#: The words of a site a force holds ("base", "camp"), one or several.
_SITE_WORDS = ("base", "camp", "garrison", "outpost", "airport", "airbase")
#: One site named as what a step leaves: "the Victory base", "a camp near the airport"; not the last
#: of them ("its last base", "the final garrison"), which leaves the whole.
_ONE_SITE = re.compile(
    r"\b(?:the|a|an|its|their)\s+(?!(?:last|final|remaining)\b)(?:[\w’'-]+\s+){0,3}?"
    rf"(?:{'|'.join(_SITE_WORDS)})\b(?!\s*s\b)(?!-)",
    re.I,
)
#: One site told by its own name with no article before it ("will hand over Ain Dara air base", "the
#: handover of Kilo Camp"): a name of capitalised words (and particles such as "al-"), then the site.
_NAMED_SITE = re.compile(
    r"\b[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|[a-z]{1,3}-[\w’'-]+)){0,3}\s+"
    rf"(?i:(?:air|military|naval)\s+)?(?i:{'|'.join(_SITE_WORDS)})\b(?!\s*s\b)(?!-)"
)
#: The last of a force gone from a site ("the last troops left the Gao base"): that site's whole step.
_WHOLE = re.compile(r"\b(?:last|final)\b", re.I)
_SITES = re.compile(rf"\b(?:{'|'.join(w + 's' for w in _SITE_WORDS)})\b", re.I)
#: A clause about part of a force: "Some Hungarian troops left", "A first group of soldiers", "200 of its troops".
_PARTIAL = re.compile(
    r"\s*(?:some|part|half|about\s+half|a\s+(?:first\s+)?(?:group|batch|contingent|wave|convoy)|(?:a|the)\s+first\s+(?:group|batch|contingent|wave|convoy|troops|soldiers)|"
    r"the\s+first\s+(?:(?-i:[A-Z])[\w-]*\s+)?(?:fighter\s+|combat\s+|transport\s+|military\s+)?(?:jets|aircraft|planes|helicopters|drones|units|troops|soldiers)|"
    r"(?:about\s+|around\s+|some\s+)?[\d,]+\s+of\s+(?:its|their|the))\b",
    re.I,
)


#: A step done with part of the force kept back: "withdrew from most villages but kept five
#: positions", "pulled out of the towns while holding two bases", "but remain at three posts".
_KEPT = re.compile(
    r"\b(?:but|while|though|although|yet)\s+"
    # (... or told by its own side: "but its army said it would remain at five points")
    r"(?:(?:its|the|their)\s+(?:[\w-]+\s+){0,2}?(?:said|says|announced|added)\s+(?:that\s+)?)?"
    r"(?:(?:it|they)\s+)?(?:(?:would|will)\s+)?(?:still\s+)?"
    r"(?:kept|keeps?|keeping|held|holds?|holding|retain(?:s|ed|ing)?|(?:remain|stay)(?:s|ed|ing)?\s+(?:at|in|on))\s+"
    r"(?:[\w-]+\s+){0,4}?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|some)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:positions?|posts?|outposts?|bases?|troops|soldiers|forces|hilltops?|points?|villages?)\b",
    re.I,
)


def _kept_back(m: Milestone) -> bool:
    """The step is told done with part of the force kept back: a step towards the whole, which
    stays pending (the ground kept is what is left of it)."""
    at = m.evidence.find(m.what) if m.what and m.evidence else -1
    return bool(_KEPT.search(m.what) or (at >= 0 and _KEPT.search(m.evidence, at)))


def _names_site(clause: str) -> bool:
    """The clause tells a step at one site or at several ("the river base", "Kilo Camp", "its bases")."""
    return bool(_ONE_SITE.search(clause) or _SITES.search(clause) or _NAMED_SITE.search(clause))


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
    count = f"{abs(days)} day{'s' if abs(days) != 1 else ''}"
    if days >= 0:
        return "due", ("today" if days == 0 else f"in {count}"), days, last
    if reported_after_due:
        return "overdue", f"by {count} (still reported as pending)", days, last
    return "passed", f"{count} ago", days, last


#: A sentence that speaks of a step as still ahead, and one that tells its history ("was supposed
#: to leave by Jan. 26", "the original agreement called for a pullout by September").
#: ("plans", "expects" and "intends" as verbs: "providing for a phased withdrawal plan" says nothing of now.)
_STILL = re.compile(r"\b(?:will|shall|is|are|still|yet|remains?|(?:plans?|expects?|intends?)\s+to|continues?)\b", re.I)
_NOT_YET = re.compile(
    r"\b(?:yet\s+to|not\s+yet|still\s+(?:not|ha(?:s|ve)|in|there|remains?|stationed|deployed|due|to)|"
    r"ha(?:s|ve)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:\w+\s+)?(?:left|withdrawn|completed|finished|pulled|vacated|handed)|"
    r"remains?\s+(?:in|at|on)\s+(?:the\s+)?(?:country|base|bases|area|region|territory|[A-Z]))",
)
_HISTORY = re.compile(r"\b(?:was|were|had|previously|originally|original|came|reached)\b", re.I)
#: A page's date stamp caught at the head of a clause ("date 2025-01-12 The French government ..."), or a
#: live page's time stamp ("11:05 - France's military presence ...", "10.30am GMT: ").
_STAMP = re.compile(
    r"^\s*(?:(?:date\s+)?\d{4}-\d\d-\d\d\s+"
    r"|\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?(?:(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|IST|local\s+time)\s*)?[-–—:|]\s+)",
    re.I,
)
#: Markup a page left in the text ("Follow the latest on </b><a href=...>Israel-Gaza</a> Israel will ...").
_MARKUP = re.compile(r"<[^<>]*>")


#: A page's heading run into its text with no stop between ("Agreement details Ceasefire reached after
#: talks The ceasefire was announced ..."): a lower-case word, then a word that opens a sentence and
#: a lower-case one.
_GLUED = re.compile(
    r"(?<=[a-z,]) (?=(?:The|A|An|This|These|It|They|He|She|We|In|On|At|After|Before|When|While|But|However)\s+[a-z])"
)


def _shown(what: str) -> str:
    """The wording as the reader sees it: no date stamp; where a page's markup is caught in the
    clause, what follows its last tag (the links and the teaser before it are the page's furniture);
    where a heading ran into the text, what follows it."""
    what = _STAMP.sub("", what)
    glued = list(_GLUED.finditer(what))
    if glued and len(what[glued[-1].end() :].split()) >= 4:
        what = what[glued[-1].end() :]
    tags = list(_MARKUP.finditer(what))
    if not tags:
        return what
    after = what[tags[-1].end() :].strip()
    return after if len(after.split()) >= 4 else " ".join(_MARKUP.sub(" ", what).split())


#: A stay told past the deadline ("would stay in five positions beyond the 18 February deadline", "has kept
#: troops on two hills since the March deadline"): the date is the step's deadline, and the stay says the
#: step is not done by it.
_STAYS_PAST = re.compile(
    r"\b(?:(?:stay|remain|keep|hold)(?:s|ed|ing)?|kept|held)\b[^.;]{0,80}?\b(?:beyond|past|after|since)\s+(?:the|its|their)\s+(?:[\w,-]+\s+){0,4}?deadline\b",
    re.I,
)


def _still_pending(m: Milestone) -> bool:
    """A report after the due date calls the step pending only in the present or future tense, or
    in words that say it is not done yet, whatever tense tells the deadline beside them ("troops,
    which were to leave by June, remain in the country", "are yet to complete it, which was due")."""
    said = m.evidence or m.what
    if _NOT_YET.search(said) or HELD_ON.search(said) or _STAYS_PAST.search(said) or _HELD_UP.search(said) or (m.done and _kept_back(m)):
        return True
    # A clause that tells its step done in the simple past ("the mission ended" by September) is no
    # pending report, whatever tense another clause of its sentence is in ("and troops will leave ...").
    return bool(_STILL.search(said)) and not _HISTORY.search(said) and not _TOLD_GONE.search(split_clause(m.what)[0])


#: A step told held up, whatever tense tells its deadline: a pause, delay or halt asked for ("asked for a
#: pause in the drawdown, which was due"), or the step paused, delayed or put on hold.
_HELD_UP = re.compile(
    r"\b(?:(?:ask|call|push|request)(?:s|ed|ing)?\s+for\s+(?:a\s+)?(?:pause|delay|halt|suspension|postponement)\b"
    r"|(?:paused|suspended|delayed|halted|stalled|froze)\s+(?:its|their|the)\b"
    r"|\b(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:paused|suspended|delayed|halted|stalled|frozen|put\s+on\s+hold)\b)",
    re.I,
)


#: A clause telling its step done in the simple past, with no modal, "to", negation or plan word before
#: the verb: "the mission ended", "the troops left the country".
_TOLD_GONE = re.compile(
    r"^(?:(?!\b(?:will|would|shall|should|must|could|can|may|might|to|plan\w*|expect\w*|set|due|if|not|never|yet|still)\b)[^;])*?"
    r"\b(?:left|withdrew|vacated|departed|ended|concluded|finished)\b",
    re.I,
)


_CUT = re.compile(r"\b(?:and|or|but|from|to|of|by|with|the|a|an|for|until|till|in|on|at|into|that|as|than|will|would|shall|is|are|was|were|be|been|being|has|have|had)\s*$", re.I)
_TWICE = re.compile(r"\b(\w+(?:\W+\w+){3,})\b.*\b\1\b", re.I)


#: A dateline caught at a clause's head ("ERBIL -", "KYIV, Ukraine (Reuters) -"): capitals up to a
#: dash or bracket; not an acronym that is the clause's subject ("UNIFIL's mandate will expire").
_DATELINE = re.compile(r"\s*[A-Z]{3,}(?![a-z'’])(?:[\s,]+[A-Z][\w.]*){0,3}\s*[-–—(]")


def _label(ms: list[Milestone]) -> str:
    """The wording to show: said most often; among those, the shortest that is a clean clause."""
    counts: dict[str, int] = {}
    for m in ms:
        counts[m.what] = counts.get(m.what, 0) + 1

    def rank(what: str) -> tuple:
        # Date stamps, datelines and pipes are page furniture caught in the clause; a wording that
        # names who or where says more than "meaning it would end".
        noisy = bool(re.search(r"\||\d{4}-\d\d|\(\w+\)\s*[-–—]|<", _STAMP.sub("", what)) or _DATELINE.match(_STAMP.sub("", what)))
        # A clause cut after "and" or "from", or a headline caught twice, is no clean clause either.
        noisy = noisy or bool(_CUT.search(split_clause(what)[0]) or _TWICE.search(what)) or _fragment(what)
        # ... nor one that carries another step's date ("leave federal Iraq by September 2025 and
        # the Kurdistan Region", shown for the Kurdistan step).
        noisy = noisy or bool(DATED.search(split_clause(what)[0]))
        said = read_identity(what)
        silent = not (said.who or said.country or said.region or said.federal)
        # ... and one that names what is due (a truce, troops, a withdrawal) more than "Hamas took effect".
        stepless = not steps_named(split_clause(what)[0])
        # ... and one that tells the leaving more than one that tells the stay before it ("will
        # remain in the region" until the day it is to be left).
        staying = _stays(split_clause(what)[0])
        return (noisy, silent, stepless, staying, -counts[what], len(what) > 140, len(what))

    return min(counts, key=rank)


#: Words a clause cut from the middle of a sentence opens with: "meaning it would end", "which
#: expires", "be completed", "according to", "says it will" (its speaker cut off). (A clause that
#: opens with its subject reads alone.)
_LEAD_WORDS = """meaning which who whose whom that according after hours shortly as while when where it they
    this these those he she we its their to and but or so because since if until unless be being been is are
    was were has have had will would could should may might must can having also then here there
    says said adds added announced confirms confirmed states stated"""
_LEADS = frozenset(_LEAD_WORDS.split())
#: A sentence's opening pronoun subject: the party it stands for is named only before.
_PRONOUN_SUBJECTS = frozenset(("They", "It", "He", "She", "We"))
#: Verbs of a presence that runs on to its date ("will remain until", "the mission will run").
_STAY = re.compile(r"\b(?:remain\w*|stay\w*|continu\w*|run|runs|running|last|lasts|extend\w*|keep\w*|kept)\b", re.I)
_MANDATE = re.compile(r"\bmandates?\b", re.I)
#: Words of leaving, which a stay word beside them does not make a stay ("the withdrawal deadline
#: was extended" is still the withdrawal's).
_LEAVES = re.compile(r"\b(?:withdr[ae]w\w*|leav(?:e|es|ing)|left|exit\w*|depart\w*|vacat\w*|pull\w*\s+out|pull-?out|drawdown)\b", re.I)


def _stays(clause: str) -> bool:
    """The clause tells a presence running on to its date, and no leaving."""
    return bool(_STAY.search(clause)) and not _LEAVES.search(clause)
#: Words of a step the extractor's keywords add to its step lemmas (milestones._KEYWORD): "halt" or
#: "stop" fire, "free" captives, "pull back", "fully operational".
_MORE_STEPS = ("halt", "stop", "free", "freed", "pullback", "operational")
_PULL_BACK = re.compile(r"\bpull\w*\s+back\b", re.I)


def _names_a_step(clause: str) -> bool:
    """Any inflection of a word of a step the extractor reads (steps.STEP_LEMMAS, the table its
    milestones use), even one that tells no action apart: a clause naming one says what is due ("will
    retreat 30 km", "complete the rotation", "cease operations")."""
    # Imported here: a run with nothing new to extract starts without the extractor's modules.
    from reporter.extract.lemmas import lemma
    from reporter.extract.steps import STEP_LEMMAS
    from reporter.extract.text import tokens

    lemmas = {lemma(t.norm) for t in tokens(clause)}
    return bool(lemmas & STEP_LEMMAS or lemmas & set(map(lemma, _MORE_STEPS)) or _PULL_BACK.search(clause))


#: A clause that opens with a lower-case participle and its object ("confirming that ...", "handed
#: over to ..."); not one that opens with its subject ("remaining troops", "armed groups").
_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ing|ed)\s+(?:the|a|an|that|its|their|over|to|by|from|up|out|off|back)\b")
#: Words only a deal does ("took effect", "came into force"), and the deals that do them: a clause
#: with the first and none of the second has lost its subject.
_IN_FORCE = re.compile(
    r"\b(?:tak(?:e|es|ing)|took|taken)\s+effect\b|\b(?:c[oa]mes?|coming|entered|enters?)\s+into\s+(?:force|effect)\b"
    r"|\b(?:remain|remains|remained|stay|stays|stayed)\s+in\s+(?:force|effect)\b",
    re.I,
)
_AGREED = re.compile(
    r"\b(?:cease-?\s?fires?|truces?|armistice|agreements?|deals?|accords?|pacts?|arrangements?|plans?|"
    r"terms|resolutions?|decisions?|orders?|decrees?|laws?|ban|rules?|sanctions|mandates?|it|this|which)\b",
    re.I,
)
#: A deal told with both its sides ("the truce between Israel and Hezbollah", "between the army and
#: the militia in Sinjar"): each side a few words, up to a word that goes on with the sentence.
_SIDE = r"(?:the\s+)?[\w'’-]+(?:\s+(?!and\b|in\b|on\b|at\b|over\b|took\b|takes?\b|will\b|would\b|was\b|is\b|has\b|had\b|to\b|that\b|which\b)[\w'’-]+){0,3}?"
_BETWEEN = re.compile(
    rf"\b(?:cease-?\s?fire|truce|deal|agreement|accord|armistice)\s+between\s+({_SIDE})\s+and\s+({_SIDE})(?=[\s,.;]|$)(?!\s*(?:'|’)s\b)",
    re.I,
)


def deal_sides(sentence: str) -> tuple[str, str] | None:
    """The two sides a truce or deal is told between, as written ("Israel", "Hezbollah")."""
    found = _BETWEEN.search(sentence)
    return (found.group(1), found.group(2)) if found else None

#: A clause that opens with a quotation mark.
_QUOTED = re.compile(r"\s*[\"“‘']")


def _quote_closed_only(text: str) -> bool:
    """A quotation that ends in the clause but opened before it ("we will pull out by June,” he
    said"): the speaker's words, cut from their start."""
    close = text.find("”")
    return (close >= 0 and "“" not in text[:close]) or text.count('"') % 2 == 1


def _deal_cut(what: str) -> bool:
    """The clause takes effect with no deal in it: cut from the truce it was about."""
    clause = split_clause(_shown(what))[0]
    return bool(_IN_FORCE.search(clause)) and not _AGREED.search(clause)


#: The party the extractor adds after a clause that leaves it out: "... (US-led coalition)".
_PARTY_ADDED = re.compile(r"\([^()]+\)\s*$")


def _fragment(what: str) -> bool:
    """A wording that does not read alone: cut from mid-sentence (opens with a connective or a
    pronoun), under three words, ending on a dangling word, or naming no step at all ("according
    to Malaysia", a person's name)."""
    clause = split_clause(_shown(what))[0].strip(" \"'“”‘’(-–—,;:")
    words = clause.split()
    if len(words) < 3 or _CUT.search(clause):
        return True
    if clause[:1].islower() and (words[0].lower().strip(".,") in _LEADS or words[0].endswith(",")):
        return True  # ("planned, and that the troops will leave": the tail of a phrase before the cut)
    if words[0] in _PRONOUN_SUBJECTS:
        return True  # "They will join 500 others and stay": whose troops, told only in the sentence before
    if _PARTICIPLE.match(clause):
        return True  # "bringing the total to ...", "handed over to ... by": the subject is elsewhere
    if rest_mark(what):
        return True  # "withdraw 2,000 soldiers (another 4,000)": the clause tells the step before this one
    if _deal_cut(what):
        return True  # "Hezbollah took effect on Wednesday": the truce that took effect was cut off
    if _QUOTED.match(_shown(what)) or _quote_closed_only(_shown(what)):
        return True  # a speaker's own words ("“We will pull out by June,” he said"), not the step
    return not (steps_named(clause) or _names_a_step(clause) or read_identity(clause).action)


def _built_label(
    what: str, evidence: str, ms: list[Milestone], who: str | None, where: str | None, *, site: bool = False
) -> str | None:
    """A label built from what the line's mentions agree on: who, the step, where ("CSTO: withdrawal
    from Kazakhstan"); None when the mentions do not say who (or, for a truce, where) and what."""
    idents = [identity(m) for m in ms]
    # Only what the mentions' own clauses do: an action read from around a clause is a guess.
    actions = [i.action for i in idents if i.action and not i.action_told]
    # (A tie goes to the first told, the shown mention's when it tells one: a set's order would
    # change between runs.)
    action = max(dict.fromkeys(actions), key=actions.count) if actions else None
    if action == "announce":
        return None  # a word still to come ("the time will be announced") is no step to name
    steps = [i.step for i in idents if i.step]
    step = max(dict.fromkeys(steps), key=steps.count) if steps else None
    said = " ".join([evidence, *(m.what for m in ms)])  # the mentions' clauses, and the shown one's sentence
    if step in (None, "presence") and _MANDATE.search(said):
        step = "mandate"
    elif step in (None, "presence") and action == "end presence" and all(_stays(split_clause(m.what)[0]) for m in ms):
        step = "stay"
    stage = identity(next(m for m in ms if m.what == what)).stage
    # Without its party a withdrawal is anyone's ("Withdrawal from Niger"): the sentence says more.
    # A truce's or a release's sides matter less than where it holds.
    sides = deal_sides(evidence) if step in DEAL_STEPS else None
    known = who or (step in DEAL_STEPS and (where or sides))
    # (One phase of the plan, when the shown clause names just one: "phase two began".)
    numbered = phases(split_clause(what)[0])
    phase = next(iter(numbered)) if len(numbered) == 1 else None
    return commitment_label(who, where, action=action, step=step, stage=stage, sides=sides, phase=phase, site=site) if action and known else None


#: The day a saying may be told with: "said on Tuesday", "announced yesterday".
_DAY_SAID = r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last\s+week))?"
#: A speaker and the saying that opens a clause: "The minister said on Tuesday that", "A spokesman
#: said", "The army told reporters that" (an addressee needs its "that"); the speaker a few words.
_SAID_OPENING = re.compile(
    r"(?P<speaker>[A-Z][\w'’.-]*(?:\s+(?!that\b)[\w'’.-]+){0,5}?)\s+"
    r"(?:(?:said|says|announced|stated|confirmed|added|declared)" + _DAY_SAID + r"(?P<that>\s+that)?"
    r"|told\s+(?:[\w'’-]+\s+){1,3}?(?P<addressed>that))\s+(?=\S)"
)
#: What a saying with no "that" goes on with when it is not the clause said: "said in a statement on
#: Friday that ...", "said after the talks ..." (the saying's own words, not the step's subject).
_SAID_GOES_ON = re.compile(r"(?:in|on|at|during|to|after|before|with|for|from|by|through|via|late|earlier)\b|.*\bthat\b", re.I)
#: A speaker told as an aside inside the clause: "Russian troops, the minister said, will withdraw".
_SAID_ASIDE = re.compile(r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:said|says|added)(?:\s+on\s+\w+day)?,\s+")


def _unsaid(shown: str) -> str:
    """The step without who told it: "The minister said that Russian troops would withdraw" shows
    "Russian troops would withdraw", when what follows the saying reads alone (not "Israel told the
    mediators that its troops would leave", whose party is the speaker)."""
    opened = _SAID_OPENING.match(shown)
    told = shown[opened.end() :] if opened else shown
    if opened and not (opened.group("that") or opened.group("addressed")) and _SAID_GOES_ON.match(split_clause(told)[0]):
        return shown  # "The ministry said in a written statement on Friday that ...": no clause said yet
    told = _SAID_ASIDE.sub(" ", told)
    if told == shown or _fragment(told) or _OWN_PRONOUN.search(split_clause(told)[0]):
        return shown  # "Russia announced the withdrawal of its troops": the speaker is whose troops
    if opened:
        speaker, step = read_identity(opened.group("speaker")), read_identity(told)
        # (Not the host speaking of the ground the others leave: "Mali's government said foreign
        # troops would leave Mali" names no party of Mali's.)
        host = bool(step.country) and step.country in {speaker.who, *speaker.named}
        if (speaker.who or speaker.named) and not step.who and not host:
            return shown  # "The French army said the last troops would leave": the speaker is the party
    return told[:1].upper() + told[1:]


#: A pronoun that stands for the party named before: "its troops", "they will leave".
_OWN_PRONOUN = re.compile(r"\b(?:its|their|it|they|his|her|our|we)\b", re.I)


_REPORTED_THAT = re.compile(r"^\s*that\s+(?=\S)", re.I)


def _line_label(what: str, evidence: str, built: str | None) -> str:
    """The wording shown for a line: a source's clause when it reads alone (without who said it);
    else the label built from what the line's mentions agree on; else the sentence it came from, up
    to the clause's end."""
    shown = _shown(what)
    # (A clause cut from its subject, the party added after it, reads alone only as a label built
    # from who, step and where: "leave the Kurdistan Region (U.S.-led coalition)".)
    cut = shown[:1].islower() and bool(_PARTY_ADDED.search(shown))
    if not _fragment(what) and not (cut and built):
        return _unsaid(shown)
    # A reported clause cut at its "that" ("that troop numbers in Iraq would fall to about 2,000") reads
    # alone once the word goes, where its own subject opens it (not "that they would leave").
    told = _REPORTED_THAT.sub("", shown)
    if told != shown and not _fragment(told) and not built:
        return told[:1].upper() + told[1:]
    if built:
        return built
    sentence = " ".join(_shown(evidence).split())
    # The sentence up to the end of the clause: its subject, without what it goes on to say.
    clause = " ".join(split_clause(shown)[0].split())
    at = sentence.find(clause) if clause else -1
    # (A clause that opens the sentence, or one cut on a dangling word, takes the whole sentence.)
    upto = sentence[: at + len(clause)].rstrip(" ,;:-–—") if at > 0 else sentence
    upto = sentence if _CUT.search(upto) else upto
    return upto if len(upto.split()) >= 4 and len(upto) <= 300 else shown


def _place_left(ms: Sequence[Milestone]) -> str | None:
    """The one town or base every mention's clause tells as where the step is taken: a line of that
    place's leaving is labelled by it, not by the country it lies in (a base handed over is not the
    whole country left)."""
    told = [places_left(split_clause(m.what)[0]) for m in ms]
    if not told or any(len(names) != 1 for names in told):
        return None
    spelt = [next(iter(names)) for names in told]
    # (Two spellings of one place are one place: "Arbil airport", "Erbil airport"; the first is shown.)
    places = {getattr(lookup(fold(name)), "name", name) for name in spelt}
    return spelt[0] if len(places) == 1 else None


def _a_base(name: str | None) -> bool:
    """The place a line is labelled by is a base, camp or airport (by its name or the gazetteer's kind):
    the thing handed over. A town near it is not ("near Kirkuk": the town was not handed over)."""
    return bool(name) and (bool(_SITE.search(name)) or getattr(lookup(fold(name)), "kind", None) == "base")  # type: ignore[arg-type]


def merge_milestones(reports: Sequence[Report], *, as_of: date) -> list[MergedMilestone]:
    """One line per commitment: its due dates (a disagreement when sources differ) and its status."""
    out = []
    for g in group_milestones(_stay_told_after(reports)):
        ms: list[tuple[Milestone, Report]] = [(r.fact, r) for r in g]  # type: ignore[misc]
        # (A step told done with part of the force kept back completes nothing: it is read as pending.)
        done = [(m, r) for m, r in ms if is_done(m) and not _kept_back(m)]
        pending = [(m, r) for m, r in ms if not is_done(m)] or ms
        if len(pending) < len(ms):
            # Part of a force gone ("some troops left on Tuesday") does not complete a step still
            # told as a whole; it stays among the line's sources, with no date of its own.
            done = [(m, r) for m, r in done if not _PARTIAL.match(split_clause(m.what)[0])]
            # So does one base left ("left the river base on Monday") when the plan names no base:
            # one site of a country or region gone is a step towards leaving it, not the whole.
            if not any(_names_site(split_clause(m.what)[0]) for m, _ in pending):
                # (The last troops gone from the site of the town the plan leaves complete it.)
                done = [(m, r) for m, r in done if not _ONE_SITE.search(split_clause(m.what)[0]) or _town_closed(m, [p for p, _ in pending])]
            # ... and one town left ("withdrew from the town of Khiam") when the plan names no town: a
            # step towards leaving the region (not its last troops: "the last troops left Agadez").
            if not any(_names_a_town(split_clause(m.what)[0]) for m, _ in pending):
                done = [(m, r) for m, r in done if not _names_a_town(split_clause(m.what)[0]) or _WHOLE.search(split_clause(m.what)[0])]
        claims = claims_of((m.due, r.source) for m, r in pending)
        claims = finest(claims)  # "2025" beside "September 2025" is no disagreement
        # A deadline told as moved: the date it was moved to is the line's, the one before it an
        # earlier value of the same commitment (shown after it, and kept as superseded).
        current = _moved_to([r for _, r in pending])
        superseded: tuple[str, ...] = ()
        if current is not None:
            superseded = tuple(c.value for c in claims if c.value != current)
            claims = tuple(sorted(claims, key=lambda c: c.value != current))
        due = claims[0].value
        what = _label([m for m, _ in pending])
        bounds = date_bounds(due)
        # Overdue only on the word of a source published after the due date that still calls it pending.
        late = bool(bounds) and not done and any(
            r.published and r.published > bounds[1] and _still_pending(m)  # type: ignore[index]
            for m, r in [*pending, *((m, r) for m, r in ms if is_done(m) and _kept_back(m))]
        )
        status, text, days, last = milestone_status(due, as_of, reported_after_due=late)
        completed, completed_by = None, False
        if done:
            first = min(done, key=lambda mr: mr[0].due)
            completed = first[0].due
            # (Dated only by its report: the clause names no day and the step's is the page's.)
            told = first[1].published
            completed_by = bool(told) and completed == told.isoformat() and not named_days(split_clause(first[0].what)[0])  # type: ignore[union-attr]
            status, text = "completed", "reported done"
        # Who and where as the mentions say them, the shown wording's first.
        told = sorted(pending, key=lambda mr: mr[0].what != what)
        idents = [identity(m) for m, _ in told]
        ident = idents[0]
        # (Not the side left at the head of a truce's clause cut from its subject: "Hamas took effect".)
        who = next((i.who for (m, _), i in zip(told, idents, strict=True) if i.who and not _deal_cut(m.what)), None)
        said = next((i for i in idents if (i.region or i.country or i.federal) and not i.served), ident)
        where = None if said.served else said.region or said.country
        if said.federal and said.country and not said.region:
            where = f"{said.country} (federal)"
        evidence = next(m.evidence for m, _ in pending if m.what == what)
        if ident.step in DEAL_STEPS and deal_sides(evidence):
            who = None  # a deal the sentence tells "between" two sides is neither's alone
        key_src = "|".join([ident.who or "", ident.action or "", where or "", " ".join(sorted(ident.topic))])
        shown_first = [m for m, _ in told]
        site = _place_left(shown_first)
        # An armed group's ground in its own country ("the fighters must leave the refinery area") is
        # no leaving of that country: the source's clause tells it better than a label built with it.
        home = not site and where is not None and actor_countries("armed_group").get(who or "") == where
        built = None if home else _built_label(what, evidence, shown_first, who, site or where, site=_a_base(site))
        label = _line_label(what, evidence, built)
        out.append(
            MergedMilestone(
                key=hashlib.sha1(key_src.encode()).hexdigest()[:10],
                what=label,
                # The chart's row: a source's clause of a dozen words crowds it; who, step and where do not.
                headline=built if built and len(label.split()) > _HEADLINE_WORDS else label,
                due=due,
                due_date=last.isoformat(),
                status=status,
                days=days,
                status_text=text,
                sources=tuple(sorted({r.source for _, r in ms})),
                disagreements=(Disagreement(field="due", claims=claims),) if len(claims) > 1 else (),
                evidence=evidence,
                who=who,
                where=where,
                completed=completed,
                completed_by=completed_by,
                superseded=superseded,
            )
        )
    # Two lines under one built label would read as one commitment shown twice: each keeps its wording.
    built_twice = Counter(m.headline for m in out if m.headline != m.what)
    out = [replace(m, headline=m.what) if built_twice[m.headline] > 1 else m for m in out]
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

