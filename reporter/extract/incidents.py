"""Incidents: one record per distinct event an article says happened.

Each clause with an event word becomes a candidate with its own type, date, place, actors,
weapons and count. Candidates that refer back ("the drones were downed", "Sunday's attack")
enrich the incident they refer to instead of making a new one; ones that say something new
about earlier weapons ("two of the drones were shot down") become new incidents that inherit
the date and place. Negated, hypothetical and generic mentions are dropped; threats by a named
actor are kept even when conditional.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from reporter.extract import casualties
from reporter.extract.article import Article
from reporter.extract.candidates import (
    MILITARY,
    NEW_EVENT,
    Cand,
    is_headline,
    sentence_candidates,
)
from reporter.extract.dates import DateSpan
from reporter.extract.lexicon import Mention
from reporter.extract.places import Place, best_place, places_in
from reporter.extract.text import words
from reporter.extract.threats import SAID_WOULD
from reporter.models import Casualties, Incident

GROUPS = ({"missile_attack", "rocket_attack", "shelling"}, {"air_strike", "drone_attack"}, {"crash", "other"})
_CONFLICT_WORDS = words(
    """troops military militant militants militia militias army soldiers airstrike airstrikes missile missiles
    drone drones rocket rockets shelling artillery insurgents rebels jihadist jihadists gunmen warplane warplanes
    ceasefire mortar mortars peacekeepers bombing bombardment intercepted attack attacks attacked retaliate
    retaliation retaliatory bandits terrorists encounter strikes"""
)
_SPORT_WORDS = words(
    """match goal goals stadium fans coach striker goalkeeper league tournament qualifier midfielder defender
    scored penalty club players season"""
)
_SPEECH_WORDS = words("said says vowed warned declared told")
_THE = re.compile(r"^(?:the|The)\s+")
_POSSESSIVE = re.compile(r"['’]s$")
_VAGUE = re.compile(r"\b(?:dozens|hundreds|scores|thousands|numerous|several|multiple)\b", re.I)


def relevant(art: Article) -> bool:
    """False for articles about something else that borrow war words ("price war", "storm hit", "strike").

    An article is about conflict when it names weapons, armed groups or forces, or uses the
    vocabulary of fighting, at least twice; sport needs more of it than sport words.
    """
    norms = [t.norm for t in art.tokens[:4000]]
    conflict = sum(1 for w in norms if w in _CONFLICT_WORDS)
    conflict += sum(2 if m.of("weapon") else 1 for m in art.mentions if m.of("weapon") or _armed(m))
    # A one- to three-sentence brief carries less vocabulary than a full report.
    if conflict < (1 if len(art.sentences) <= 3 else 2):
        return False
    sport = sum(1 for w in norms if w in _SPORT_WORDS)
    if sport < 3:
        return True
    return conflict + len(MILITARY.findall(art.text[:20000])) // 2 > sport


def _armed(m: Mention) -> bool:
    actor = m.of("actor")
    return (
        actor is not None and actor.sub in ("armed_group", "coalition", "force") and m.of("country") is None
    )


def find_incidents(art: Article) -> list[Incident]:
    state = _State(art)
    art.said_would = said_would(art)
    tolls = art.sentences_with([t.start for t in art.tokens if t.norm.startswith(casualties.HINT_STEMS)])
    for s_idx in range(len(art.sentences)):
        if is_headline(art, s_idx):
            continue
        cands = sentence_candidates(art, s_idx)
        if not cands:
            _casualty_only(art, state, s_idx, tolls)
            continue
        for c in cands:
            state.integrate(c)
    return [_to_incident(art, c) for c in state.incidents if c.place is not None]


def said_would(art: Article) -> dict[int, re.Match[str]]:
    """ "X said Y would strike" statements by sentence, tried only at the words that open them."""
    found: dict[int, re.Match[str]] = {}
    for t in art.tokens:
        if t.norm in _SPEECH_WORDS:
            m = SAID_WOULD.match(art.text, t.start)
            if m:
                s_idx = next(iter(art.sentences_with([t.start])))
                found.setdefault(s_idx, m)
    return found


def _casualty_only(art: Article, state: _State, s_idx: int, tolls: set[int]) -> None:
    s = art.sentences[s_idx]
    if (
        state.last is None
        or s_idx - state.last.s_idx > 2
        or art.triggers_in(s.start, s.end)
        or s_idx not in tolls
    ):
        return  # "most of those attacks caused no casualties" speaks of a pattern, not the last event
    found = casualties.find(art.text, s.start, s.end, zero_only=True)
    if not found:
        return
    target = state.last
    for _, killed, injured in found:
        if killed is not None and target.killed is None:
            target.killed = killed
        if injured is not None and target.injured is None:
            target.injured = injured


def compatible(a: str, b: str) -> bool:
    return a == b or any(a in g and b in g for g in GROUPS)


def _same_place(a: Place | None, b: Place | None) -> bool:
    """Places that may name the same spot: equal, or one unknown-country / country-level / region inside the other."""
    if a is None or b is None:
        return False
    if a.name == b.name or a.within == b.name or b.within == a.name:
        return True
    if (a.within and b.lat is not None) or (b.within and a.lat is not None):
        return False  # a village beside one known town is not another known town
    # A country-level incident ("Russia attacked Ukraine") stays apart from local impacts.
    if min(a.rank, b.rank) < 2:
        return False
    if a.lat is not None and b.lat is not None:
        return False  # two different places the gazetteer knows
    if a.country is None or b.country is None:
        return min(a.rank, b.rank) <= 3
    return a.country == b.country and min(a.rank, b.rank) <= 3


def _overlap(a: DateSpan | None, b: DateSpan | None) -> bool:
    if a is None or b is None:
        return True
    return a.start <= b.end and b.start <= a.end


class _State:
    def __init__(self, art: Article) -> None:
        self.art = art
        self.incidents: list[Cand] = []
        self.last: Cand | None = None

    def integrate(self, c: Cand) -> None:
        if c.date is None and c.date_kind.startswith("offset:"):
            # "A day earlier, ..." counts from the last dated incident.
            anchor = next((i.date for i in reversed(self.incidents) if i.date), None)
            if anchor is not None:
                day = anchor.start + timedelta(days=int(c.date_kind.split(":")[1]))
                c.date, c.date_q = DateSpan(day, day, "day"), 3
        if c.date_kind == "since" and c.date is None:
            start = next((i.date.start for i in reversed(self.incidents) if i.date), None)
            if start and self.art.published and start <= self.art.published:
                c.date, c.date_q = DateSpan(start, self.art.published, "range"), 2
        if c.date and (c.date.end - c.date.start).days > 45:
            # A span of months is an aggregate ("dozens of drones in late 2023"), not an event.
            if c.anaphor:
                c.date, c.date_q = None, 0
            elif (
                _VAGUE.search(self.art.text, *c.clause)
                or c.date_kind == "since"
                or (c.date_kind == "period" and (c.place is None or c.place.rank <= 1))
            ):
                return  # a named place and a year ("in 2019 ... at Abqaiq") is still one event
        if c.impact and not c.anaphor:
            # "Two rockets landed inside the complex": the impact of the attack just told.
            for old in reversed(self.incidents[-3:]):
                if (
                    c.s_idx - old.s_idx <= 2
                    and (old.weapon_class == c.weapon_class or compatible(old.type, c.type))
                    and old.type != "interception"
                    and (c.place is None or _same_place(old.place, c.place))
                ):
                    self._merge(old, c)
                    return
        if c.anaphor or c.weak:
            ref = self._referent(c)
            if ref is not None and self._merges(c, ref):
                self._merge(ref, c)
                return
            if (
                c.anaphor == "perception"
                and c.place is not None
                and (c.date is not None or not self.incidents)
            ):
                c.anaphor = ""  # "a vessel reported an explosion off Hodeidah": nothing earlier to hear
            elif c.weak or c.anaphor == "perception" or (c.type == "threat_statement" and not c.actors):
                return
            if (
                c.anaphor == "definite"
                and not c.own_weapon
                and (c.type == "other" or (c.date_q >= 3 and (c.date_kind != "explicit" or c.plural)))
            ):
                return  # "the first deadly attack since November": nothing to refer to
            base = ref or self.last
            if base is not None and c.anaphor in ("partitive", "definite"):
                self._inherit(c, base)
        elif c.type == "threat_statement":
            if c.date is None and self.art.published:
                # An undated statement falls between the events it answers and publication.
                start = next((i.date.start for i in reversed(self.incidents) if i.date), None)
                if start is not None and timedelta(0) <= self.art.published - start <= timedelta(days=7):
                    c.date, c.date_q = DateSpan(start, self.art.published, "range"), 1
            for old in reversed(self.incidents):
                if (
                    old.type == c.type
                    and old.actors == c.actors
                    and c.s_idx - old.s_idx <= 2
                    and _overlap(old.date, c.date)
                ):
                    self._merge(old, c)
                    return
        else:
            near = self.last is not None and c.s_idx - self.last.s_idx <= 4
            if (
                near
                and self.last is not None
                and (c.date is None or c.place is None)
                and c.type != "threat_statement"
            ):
                # An undated or unplaced event told right after another belongs to the same story.
                if c.date is None and c.date_kind != "since":
                    c.date, c.date_q = self.last.date, 1
                if c.place is None:
                    c.place = self._scene(c) or self.last.place
                c.inherited = True
            for old in reversed(self.incidents):
                if (
                    old.type == c.type
                    # within one sentence only a repeat at the very same place ("attacked a base ... before
                    # storming the compound") is the same event
                    and (
                        old.s_idx != c.s_idx
                        or (old.place is not None and c.place is not None and old.place.name == c.place.name)
                    )
                    # the same day, or an undated retelling of a known event ("the base was hit by three rockets")
                    and (old.date == c.date or (c.date is None and c.place is not None and c.place.rank >= 3))
                    and _same_place(old.place, c.place)
                    and not NEW_EVENT.search(self.art.text, *c.clause)
                    and (old.count is None or c.count is None or old.count == c.count)
                ):
                    self._merge(old, c)
                    return
        self.incidents.append(c)
        self.last = c

    def _scene(self, c: Cand) -> Place | None:
        """ "Sirens sounded in Kissufim. Two rockets were fired from Gaza": a place the sentence just
        before names, in the same paragraph and after the last incident, is where an unplaced event is."""
        prev = c.s_idx - 1
        if self.last is None or prev <= self.last.s_idx:
            return None
        s, p = self.art.sentences[prev], self.art.sentences[c.s_idx]
        if s.paragraph != p.paragraph:
            return None
        return best_place([pl for pl in places_in(self.art, s.start, s.end) if pl.role == "loc"])

    def _referent(self, c: Cand) -> Cand | None:
        best, best_score = None, -1.0
        for age, r in enumerate(reversed(self.incidents)):
            if c.date_q >= 3 and c.date_kind != "since" and not _overlap(c.date, r.date):
                continue
            if (
                r.type == "interception"
                and c.type not in ("interception", "crash")
                and c.anaphor != "perception"
            ):
                continue  # "the strikes also hit a depot" points at the attack, not at its interception
            if (
                c.place
                and r.place
                and c.place.country
                and r.place.country
                and c.place.country != r.place.country
            ):
                continue
            score = 0.0
            if compatible(c.type, r.type):
                score += 2
            if c.weapon_class and c.weapon_class == r.weapon_class:
                score += 1
            if c.date is not None and c.date_q >= 3 and r.date == c.date:
                score += 2
            if r is self.last:
                score += 0.5
            score -= 0.01 * age
            if score > best_score:
                best, best_score = r, score
        return best

    def _merges(self, c: Cand, ref: Cand) -> bool:
        if c.anaphor == "perception" or c.weak or c.type == "other":
            return True
        if c.type == "crash":
            return c.place is None or ref.place is None or c.place.name == ref.place.name
        if c.type == "threat_statement":
            return ref.type == "threat_statement"
        if c.anaphor == "definite" and not c.own_weapon and "interception" not in (ref.type, c.type):
            return True  # "the barrage", "the attack": a weaponless reference takes the referent's kind
        if not c.own_weapon and c.type in ("air_strike", "other") and ref.type != "interception":
            return True  # "the third struck an empty area": the referent's weapon did it
        return (compatible(c.type, ref.type) and c.anaphor != "partitive") or (
            c.anaphor == "partitive" and c.type == ref.type
        )

    def _merge(self, ref: Cand, c: Cand) -> None:
        if c.place is not None and (
            ref.place is None
            or (
                c.place.rank > ref.place.rank
                and (ref.place.country is None or c.place.country in (None, ref.place.country))
            )
        ):
            old = ref.place
            ref.place = c.place
            if c.place.country is None and old is not None and old.country:
                ref.place = replace(c.place, country=old.country)
        if c.date is not None and c.date_q > ref.date_q:
            ref.date, ref.date_q = c.date, c.date_q
        if ref.count is None and c.count is not None and c.type == ref.type:
            ref.count = c.count
        for a in c.actors:
            if a not in ref.actors:
                ref.actors.append(a)
        for o in c.objects:
            if o not in ref.objects and c.type == ref.type:
                ref.objects.append(o)
        ref.killed = ref.killed if ref.killed is not None else c.killed
        ref.injured = ref.injured if ref.injured is not None else c.injured
        ref.attribution = ref.attribution or c.attribution
        ref.origin = ref.origin or c.origin
        ref.destination = ref.destination or c.destination
        # Evidence grows only over adjacent sentences, so it stays one verbatim slice.
        if c.s_idx > 0 and ref.evidence[1] >= self.art.sentences[c.s_idx - 1].end:
            ref.evidence = (ref.evidence[0], max(ref.evidence[1], self.art.sentences[c.s_idx].end))
        self.last = ref

    def _inherit(self, c: Cand, base: Cand) -> None:
        c.inherited = True
        if c.date is None:
            c.date, c.date_q = base.date, 1
        if c.place is None:
            c.place = base.place
        if not c.objects:
            c.objects = list(base.objects)
        if c.type == "crash" and not c.actors:
            c.actors = list(base.actors)


def _written(art: Article, p: Place) -> str:
    """A place as the article writes it ("southern Lebanon", "Ain al-Asad air base"), so it can be found
    in the text; countries keep their canonical name ("the U.S." -> "United States")."""
    if p.rank <= 1 or p.end <= p.start:
        return p.name
    surface = _THE.sub("", art.text[p.start : p.end]).strip()
    surface = _POSSESSIVE.sub("", surface)
    return surface or p.name


def _to_incident(art: Article, c: Cand) -> Incident:
    p = c.place
    confidence = 0.35 + 0.15 * (c.date is not None) + 0.15 * (p is not None and p.rank > 1)
    confidence += 0.1 * bool(c.actors) + 0.1 * bool(c.attribution) + 0.1 * (not c.inherited)
    return Incident(
        date=c.date.iso() if c.date else None,
        type=c.type,
        location=_written(art, p) if p else None,
        country=p.country if p else None,
        lat=p.lat if p else None,
        lon=p.lon if p else None,
        actors=tuple(c.actors),
        objects=tuple(c.objects),
        count=c.count,
        origin=c.origin,
        destination=c.destination,
        casualties=Casualties(killed=c.killed, injured=c.injured),
        attribution=c.attribution,
        evidence=art.text[c.evidence[0] : c.evidence[1]],
        confidence=round(min(confidence, 0.95), 2),
    )
