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
from dataclasses import dataclass, field, replace
from datetime import timedelta

from reporter.extract import casualties, events
from reporter.extract.actors import actor_name, agents, attribution, is_passive, subject_is_anaphoric
from reporter.extract.article import Article
from reporter.extract.dates import DateMention, DateSpan
from reporter.extract.lexicon import Mention
from reporter.extract.numbers import NUMBER, QUALIFIER, parse_number
from reporter.extract.places import Place, best_place, coordinated_countries, places_in
from reporter.extract.text import words
from reporter.models import Casualties, Incident

CLASS_TYPE = {
    "drone": "drone_attack", "missile": "missile_attack", "rocket": "rocket_attack", "shell": "shelling",
    "bomb": "explosion", "aircraft": "air_strike",
}  # fmt: skip
GROUPS = ({"missile_attack", "rocket_attack", "shelling"}, {"air_strike", "drone_attack"}, {"crash", "other"})
_REPORT_VERBS = words("said says told reported announced added stated confirmed speaking")
#: Determiners that make a weapon refer back ("the drones", "these projectiles"); not "its drones".
_DEMONSTRATIVE = words("the these those this that both such")
_DEFINITE = words("the these those this that both its their such")
_MILITARY = re.compile(
    r"\b(?:military|militants?|troops|forces|soldiers|army|base|targets?|positions|militias?|fighters|jets|"
    r"warplanes|artillery|air\s+defen[cs]es?|armed|insurgents|rebels|terror\w*|jihadists?|missiles?|drones?|"
    r"rockets?|bomb\w*|explosive\w*|gunmen|weapons?|munitions?|outpost|convoy|checkpoint|barracks|navy|warships?|"
    r"vessels?|ships?|tanker|killed|wounded|injured|casualties|police)\b",
    re.I,
)
_CONFLICT_WORDS = words(
    """troops military militant militants militia militias army soldiers airstrike airstrikes missile missiles
    drone drones rocket rockets shelling artillery insurgents rebels jihadist jihadists gunmen warplane warplanes
    ceasefire mortar mortars peacekeepers bombing bombardment intercepted"""
)
_SPORT_WORDS = words(
    """match goal goals stadium fans coach striker goalkeeper league tournament qualifier midfielder defender
    scored penalty club players season"""
)
_CONFLICT = re.compile(
    r"\b(?:troops|military|militants?|militias?|army|soldiers|air\s*strikes?|missiles?|drones?|rockets?|shelling|"
    r"artillery|insurgents|rebels|jihadists?|gunmen|warplanes?|ceasefire|air\s+defen[cs]es?|mortars?|peacekeepers|"
    r"armed\s+(?:forces|groups?|factions?)|bombing|bombardment|intercepted|shot\s+down)\b",
    re.I,
)
_SPORT = re.compile(
    r"\b(?:match|goal|goals|stadium|fans|coach|striker|goalkeeper|league|tournament|World Cup|qualifier|"
    r"midfielder|defender|scored|penalty|half-time|kick-off|club|players|season|final whistle|semi-final)\b"
)
_SINCE_ADVERB = re.compile(r"\b(?:has|have|had)\s+since\b|\bsince\s+then\b|\bever\s+since\b", re.I)
_PRONOUN_COUNT = re.compile(
    rf"\b(?:(?P<n>{NUMBER}|both|all)|(?P<p>they|it|most|some|none|the\s+majority|the\s+rest|the\s+remainder|the\s+others?"
    r"|the\s+(?:first|second|third|fourth|fifth|last|other)))\s+(?:\w+\s+)?(?:were|was|had\s+been|have\s+been)?\s*$",
    re.I,
)
_ORDINAL_SUBJECT = re.compile(r"\bthe\s+(?:first|second|third|fourth|fifth|last|other|remaining)\s*$", re.I)
_COUNT_BEFORE = re.compile(
    rf"(?:(?P<q>{QUALIFIER})\s+)?\b(?P<n>{NUMBER}|an?|both)\s+(?:[\w’'-]+\s+){{0,3}}$", re.I
)
_PARTITIVE = re.compile(
    rf"\b(?P<n>{NUMBER}|both|all|some|most|many|several)\s+of\s+(?:the|these|those|its|their)\s+(?:[\w-]+\s+){{0,2}}$",
    re.I,
)
_AIR_DEFENCE = re.compile(r"\bair\s+defen[cs]es?\b|\bintercept", re.I)
_SAID_WOULD = re.compile(
    r"\b(?:said|says|vowed|warned|declared|told\s+\w+)\b(?=[^.;]{0,60}?\b(?:would|will|must|shall|(?:(?:is|are|were|was)\s+)?"
    r"(?:fully\s+)?(?:prepared|ready)\s+to)\s+(?:\W?\w+\W?\s+){0,3}?"
    r"(?:strik|attack|hit|target|retaliat|respond|punish|destroy|aveng|escalat|extend|expand|widen|resum|rain)\w*\b)",
    re.I,
)
_LAUNCHED_BY = re.compile(r"\b(?:fired|launched)\s+by\s+", re.I)
_LEADING_ADVERBIAL = re.compile(
    r"(?:(?:In|On|At|Meanwhile|Earlier|Later|Separately|Late|Early)\b[^,]{0,40},\s*)?"
)
_TITLES = re.compile(r"(?:(?:[Tt]he|[A-Z][a-z]+)\s+){0,2}")
_THREAT_CONTENT = re.compile(
    r"\b(?:would|will|shall|retaliat\w*|revenge|aveng\w*|consequences|targets?|respond|response|strike|punish\w*|"
    r"war|price|threatening|vowing|destroy|wipe|force|fire|hell)\b",
    re.I,
)
_DAY_OFFSET = re.compile(
    rf"\b(?:(?P<n>{NUMBER}|a|one)\s+days?|the\s+(?:day|night))\s+(?P<dir>earlier|before|later|after)\b(?!\s+(?:a|an|the)\b)",
    re.I,
)
_MILITARY_TARGET = re.compile(
    r"\W*(?:\w+\s+){0,4}?(?:base|camp|post|outpost|checkpoint|convoy|positions?|barracks|garrison|patrol)s?\b",
    re.I,
)
_AND_CLAUSE = re.compile(r",?\s+and\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?:of\s+|in\s+)?(?-i:[A-Z])", re.I)
_SAID_HINT = re.compile(r"\b(?:would|will|must|shall|prepared|ready)\b")
_GROUND_FIGHTERS = re.compile(
    r"\b(?:fighters|militants|gunmen|insurgents|rebels|jihadists|militia(?:s|men)?|attackers|assailants|troops|soldiers)\b",
    re.I,
)
_INTO = re.compile(r"\s+into\b")
_HARM = re.compile(r"\b(?:killing|injuring|wounding|killed|injured|wounded)\b", re.I)
_NEW = re.compile(r"\b(?:also|another|second|new|fresh|separate|further)\b", re.I)
_VAGUE = re.compile(r"\b(?:dozens|hundreds|scores|thousands|numerous|several|multiple)\b", re.I)


@dataclass
class Cand:
    type: str
    pos: int
    s_idx: int
    clause: tuple[int, int]
    evidence: tuple[int, int]
    date: DateSpan | None = None
    date_q: int = 0
    date_kind: str = ""
    place: Place | None = None
    origin: str | None = None
    destination: str | None = None
    actors: list[str] = field(default_factory=list)
    objects: list[str] = field(default_factory=list)
    weapon_class: str | None = None
    count: int | None = None
    killed: int | None = None
    injured: int | None = None
    attribution: str | None = None
    anaphor: str = ""
    weak: bool = False
    own_weapon: bool = False
    #: made from "fell"/"landed": an impact, often of weapons an attack just told of
    impact: bool = False
    inherited: bool = False


def relevant(art: Article) -> bool:
    """False for articles about something else that borrow war words ("price war", "storm hit", "strike").

    An article is about conflict when it names weapons, armed groups or forces, or uses the
    vocabulary of fighting, at least twice; sport needs more of it than sport words.
    """
    norms = [t.norm for t in art.tokens[:4000]]
    conflict = sum(1 for w in norms if w in _CONFLICT_WORDS)
    conflict += sum(2 if m.of("weapon") else 1 for m in art.mentions if m.of("weapon") or _armed(m))
    if conflict < 2:
        return False
    sport = sum(1 for w in norms if w in _SPORT_WORDS)
    if sport < 3:
        return True
    return conflict + len(_MILITARY.findall(art.text[:20000])) // 2 > sport


def _armed(m: Mention) -> bool:
    actor = m.of("actor")
    return actor is not None and actor.sub in ("armed_group", "coalition") and m.of("country") is None


def find_incidents(art: Article) -> list[Incident]:
    state = _State(art)
    art.said_would = list(_SAID_WOULD.finditer(art.text))
    for s_idx in range(len(art.sentences)):
        if _is_headline(art, s_idx):
            continue
        cands = _sentence_candidates(art, s_idx)
        if not cands:
            _casualty_only(art, state, s_idx)
            continue
        for c in cands:
            state.integrate(c)
    return [_to_incident(art, c) for c in state.incidents if c.place is not None]


def _is_headline(art: Article, s_idx: int) -> bool:
    """A title or byline line opening the text: no closing punctuation, alone in its paragraph."""
    s = art.sentences[s_idx]
    if s_idx > 2 or s.text.rstrip()[-1:] in ".!?\"”’'":
        return False
    after = art.text[s.end : s.end + 2]
    return after.startswith("\n") or s.end == len(art.text)


def _sentence_candidates(art: Article, s_idx: int) -> list[Cand]:
    s = art.sentences[s_idx]
    text = art.text
    out: list[Cand] = []
    triggers = art.triggers_in(s.start, s.end)
    said = next((m for m in art.said_would if s.start <= m.start() < s.end), None)
    if not triggers and said is None:
        return []
    if events.denial(text, s.start, s.end):
        return []
    clause_list = events.clauses(
        text, s.start, s.end, [(d.start, d.end) for d in art.dates_in(s.start, s.end)], triggers
    )
    if said:
        # "X said Y would strike...": a threat by X, whatever event words the quote holds.
        threat = events.Trigger("threat", said.start(), said.end(), said.group().lower())
        clause_list = [
            replace(cl, triggers=(threat, *cl.triggers)) if cl.start <= said.start() < cl.end else cl
            for cl in clause_list
        ]
    threat_seen = False
    for cl in clause_list:
        found = _clause_candidate(art, s_idx, cl, threat_seen) if cl.triggers else None
        if not found or all(c.weak for c in found):
            # ", and the rebels' stronghold of Saada": one more target of the event just told.
            extra = _coordinated_target(art, cl, out)
            if extra is not None:
                out.append(extra)
                continue
        if not found:
            continue
        threat_seen = threat_seen or found[0].type == "threat_statement"
        out.extend(found)
    if not out:
        return out
    _sentence_fill(art, s_idx, out, clause_list)
    return out


def _clause_candidate(art: Article, s_idx: int, cl: events.Clause, threat_seen: bool) -> list[Cand] | None:
    text = art.text
    s = art.sentences[s_idx]
    weapons = [m for m in art.mentions_in(cl.start, cl.end) if m.of("weapon")]
    weapon_starts = {w.start for w in weapons}
    kinds = {
        t.kind: t
        for t in reversed(cl.triggers)
        if (t.kind not in ("strike", "launch") or not any(w.start <= t.start < w.end for w in weapons))
        and not _adjectival(art, t, weapon_starts)
    }
    if "destroy" in kinds and not (weapons and _AIR_DEFENCE.search(text, cl.start, cl.end)):
        del kinds["destroy"]
    if threat_seen and "threat" not in kinds:
        return None
    while True:
        trig = _main_trigger(kinds, weapons)
        if trig is None:
            return None
        if trig.kind == "threat" or not (
            events.negated(text, cl.start, trig.start) or events.hypothetical(text, cl.start, trig.start)
        ):
            break
        # "attempts to intercept the missile failed and it struck near the airport": try the next word.
        kinds = {k: t for k, t in kinds.items() if t is not trig}
    weapon = _nearest(weapons, trig)
    wclass = weapon.of("weapon").sub if weapon else None  # type: ignore[union-attr]
    typ = _type_of(trig, wclass, text, cl)
    if typ is None:
        return None
    if typ != "threat_statement" and events.generic(text, cl.start, cl.end):
        return None
    c = Cand(typ, trig.start, s_idx, (cl.start, cl.end), (s.start, s.end), weapon_class=wclass)
    c.own_weapon = weapon is not None
    c.impact = trig.kind == "crash"
    c.anaphor = _anaphor(art, cl, trig, weapon)
    if c.anaphor and wclass is None:
        c.weapon_class = _last_weapon_class(art, trig.start)
    if trig.kind == "explode" and events.perceived(text, cl.start, trig.start):
        c.anaphor = "perception"
    _dates(art, c, cl, trig)
    places = places_in(art, cl.start, cl.end)
    c.place = best_place(places, after=trig.start)
    c.origin = next((p.name for p in places if p.role == "origin"), None)
    c.destination = next((p.name for p in places if p.role == "dest"), None)
    if c.place is None and typ != "threat_statement":
        # "launched from Gaza toward the city of Sderot": the target is where it happened.
        c.place = best_place([replace(p, role="loc") for p in places if p.role == "dest"])
    c.objects = _unique([m.of("weapon").name for m in weapons])  # type: ignore[union-attr]
    c.count = _count(art, cl, trig, weapon)
    if typ == "threat_statement":
        said = trig.word.startswith(("said", "says", "told", "declared"))
        if not said and not _THREAT_CONTENT.search(text, trig.end, s.end):
            return None  # "warned that attacks harm the country" threatens nothing
        if not _threat_args(art, c, cl, trig):
            return None
    else:
        determined = trig.word.split()[0] in events.NOUNS and any(
            w in _DEFINITE for w in art.words_before(trig.start, 3)
        )
        c.actors = agents(art, cl.start, cl.end, trig.start, trig.end, subject=not determined)
    far = c.place is None or art.token_index(c.place.start) - art.token_index(trig.end) not in range(0, 7)
    c.weak = typ == "other" and weapon is None and c.date_q < 3 and far
    out = [c]
    launcher = (
        _LAUNCHED_BY.search(text, cl.start, cl.end)
        if typ == "interception" and wclass in CLASS_TYPE
        else None
    )
    if launcher:
        # "shot down a missile fired by the Houthis at a tanker": the attack is an incident too.
        by = [actor_name(m) for m in art.mentions_in(launcher.end(), min(cl.end, launcher.end() + 60))]
        attack = replace(
            c, type=CLASS_TYPE[wclass or ""], actors=[b for b in by if b][:1], objects=list(c.objects)
        )
        out = [attack, c]
    split = coordinated_countries(art, places)
    if split and c.anaphor == "":
        return [
            replace(x, place=p, actors=list(x.actors), objects=list(x.objects)) for x in out for p in split
        ]
    return out


def _coordinated_target(art: Article, cl: events.Clause, prev: list[Cand]) -> Cand | None:
    if not prev or not _AND_CLAUSE.match(art.text, cl.start, cl.end):
        return None
    last = prev[-1]
    if last.place is None or last.place.rank < 3 or last.type == "threat_statement" or last.anaphor:
        return None
    targets = [p for p in places_in(art, cl.start, cl.end) if p.role == "loc" and p.rank >= 3]
    if not targets or targets[0].name == last.place.name:
        return None
    return replace(
        last,
        place=targets[0],
        actors=list(last.actors),
        objects=list(last.objects),
        clause=(cl.start, cl.end),
    )


def _adjectival(art: Article, t: events.Trigger, weapon_starts: set[int]) -> bool:
    """ "debris from a downed drone": the event word only describes the weapon."""
    if t.kind != "intercept" or not t.word.startswith(("downed", "intercepted")):
        return False
    i = art.token_index(t.start)
    return (
        i > 0
        and art.tokens[i - 1].norm in ("a", "an", "the")
        and art.token_index(t.end) < len(art.tokens)
        and (art.tokens[art.token_index(t.end)].start in weapon_starts)
    )


def _last_weapon_class(art: Article, pos: int) -> str | None:
    """The class of the weapon last named before ``pos`` (within about two sentences)."""
    for m in reversed(art.mentions_in(max(0, pos - 400), pos)):
        w = m.of("weapon")
        if w is not None and w.sub != "projectile":
            return w.sub
    return None


def _main_trigger(kinds: dict[str, events.Trigger], weapons: list[Mention]) -> events.Trigger | None:
    for k in ("intercept", "destroy", "threat", "airstrike", "shell", "clash"):
        if k in kinds:
            return kinds[k]
    if weapons:
        for k in ("strike", "launch", "explode", "crash"):
            if k in kinds:
                return kinds[k]
    for k in ("explode", "strike", "launch"):
        if k in kinds:
            return kinds[k]
    return None


def _nearest(weapons: list[Mention], trig: events.Trigger) -> Mention | None:
    if not weapons:
        return None
    return min(
        weapons,
        key=lambda m: (
            min(abs(m.start - trig.end), abs(trig.start - m.end)) + (0 if m.start >= trig.start else 5)
        ),
    )


def _type_of(trig: events.Trigger, wclass: str | None, text: str, cl: events.Clause) -> str | None:
    k, w = trig.kind, trig.word
    clause_text = text[cl.start : cl.end]
    if k in ("intercept", "destroy"):
        return "interception"
    if k == "threat":
        return "threat_statement"
    if k == "airstrike":
        return CLASS_TYPE.get(wclass or "", "air_strike") if wclass in ("drone", "missile") else "air_strike"
    if k == "shell":
        return "shelling"
    if k == "clash":
        return "armed_clash" if _MILITARY.search(clause_text) else None
    if k == "crash":
        if wclass in ("shell", "rocket"):
            return CLASS_TYPE[wclass]  # mortars and rockets that land were fired at something
        if wclass in ("drone", "missile") and (
            (w.startswith("crash") and _INTO.match(text, trig.end)) or _HARM.search(clause_text)
        ):
            return CLASS_TYPE[wclass]  # "a drone crashed into an apartment block, injuring seven"
        return "crash" if wclass else None
    if wclass and wclass != "projectile":
        return CLASS_TYPE[wclass]
    if k == "explode":
        if w == "exploded" and not _MILITARY.search(clause_text):
            return None
        return "explosion"
    # "Israel's strikes on Iran": a strike by or on a state is military enough.
    if not _MILITARY.search(clause_text) and k != "launch" and not re.search(r"\b(?:strikes?|struck)\b", w):
        return None
    if k == "launch":
        return (
            "missile_attack" if re.search(r"\b(?:salvos?|barrages?|volleys?)\b", clause_text, re.I) else None
        )
    if re.match(r"(?:strike|struck|bombed|pounded|pummel)", w):
        return "air_strike"
    if re.match(r"raid", w) and _GROUND_FIGHTERS.search(clause_text):
        return "armed_clash"  # troops raiding a town and killing gunmen: a battle
    if _MILITARY_TARGET.match(text, trig.end, cl.end) and (
        re.match(r"(?:raid|assault|storm|overr[au]n|ambush)", w)
        or _GROUND_FIGHTERS.search(text, max(cl.start, trig.start - 50), trig.start)
    ):
        return "armed_clash"  # fighters attacking a base or convoy: a battle
    return "other"


def _anaphor(art: Article, cl: events.Clause, trig: events.Trigger, weapon: Mention | None) -> str:
    text = art.text
    before = text[max(cl.start, trig.start - 40) : trig.start]
    if _ORDINAL_SUBJECT.search(before.rstrip()) or (
        weapon is None and _PRONOUN_COUNT.search(before) and is_passive(art, trig.start)
    ):
        m = _PRONOUN_COUNT.search(before)
        if m and m.group("p") and m.group("p").lower() in ("they", "it"):
            return "definite"
        return "partitive"
    if weapon is not None:
        wb = text[max(cl.start, weapon.start - 40) : weapon.start]
        if _PARTITIVE.search(wb):
            return "partitive"
        words = art.words_before(weapon.start, 3)
        definite = words and (
            words[-1] in _DEMONSTRATIVE
            or (len(words) > 1 and words[-2] in _DEMONSTRATIVE and words[-1] not in ("a", "an"))
        )
        if definite and weapon.start >= cl.start:
            return "definite" if weapon.start < trig.start or trig.kind == "intercept" else ""
    if trig.word.split()[0] in events.NOUNS:
        words = art.words_before(trig.start, 3)
        toks = art.tokens[max(0, art.token_index(trig.start) - 3) : art.token_index(trig.start)]
        if any(t.start >= cl.start and t.norm in _DEMONSTRATIVE for t in toks) and not _NEW.search(before):
            return "definite"
        if any(t.start >= cl.start and t.norm in ("its", "their") for t in toks):
            return "possessive"
        if (
            toks
            and toks[-1].possessive
            and toks[-1].text[:1].isupper()
            and toks[-1].norm
            in (
                "monday",
                "tuesday",
                "wednesday",
                "thursday",
                "friday",
                "saturday",
                "sunday",
                "yesterday",
                "today",
            )
        ):
            return "definite"
        del words
    return ""


def _dates(art: Article, c: Cand, cl: events.Clause, trig: events.Trigger) -> None:
    own = [
        d
        for d in art.dates_in(cl.start, cl.end)
        if d.span
        and not art.in_dateline(d.start)
        and (c.type == "threat_statement" or not _is_report_date(art, d, cl))
    ]
    if own:
        d = min(own, key=lambda d: abs(d.start - trig.start))
        c.date, c.date_q, c.date_kind = d.span, 3, d.kind
    elif _SINCE_ADVERB.search(art.text, cl.start, cl.end) and art.published:
        c.date_kind = "since"
    else:
        offset = _DAY_OFFSET.search(art.text, cl.start, cl.end)
        if offset:
            n = parse_number(offset.group("n") or "one") or 1
            c.date_kind = f"offset:{-n if offset.group('dir').lower() in ('earlier', 'before') else n}"


def _is_report_date(art: Article, d: DateMention, cl: events.Clause) -> bool:
    words = [t.norm for t in art.tokens_in(max(cl.start, d.start - 40), d.start)][-4:]
    if any(w in _REPORT_VERBS for w in words):
        return True
    head = art.text[cl.start : cl.start + 30].lower().lstrip(", ")
    return head.startswith(("according to", "said", "speaking"))


def _sentence_fill(art: Article, s_idx: int, cands: list[Cand], clause_list: list[events.Clause]) -> None:
    s = art.sentences[s_idx]
    taken = {c.clause for c in cands}
    sentence_dates = [d for d in art.dates_in(s.start, s.end) if d.span and not art.in_dateline(d.start)]
    attr = attribution(art, s.start, s.end)
    kills = casualties.find(art.text, s.start, s.end)
    if any(c.place is None for c in cands):
        # "Sirens sounded in Tel Aviv ... as a missile was fired from Yemen": the sentence's place.
        spare = [
            p
            for p in places_in(art, s.start, s.end)
            if p.role == "loc" and not any(a <= p.start < b for a, b in taken)
        ]
        fallback = best_place(spare)
        for c in cands:
            if c.place is None and c.type != "threat_statement" and c.anaphor == "":
                c.place = fallback
    prev: Cand | None = None
    for c in cands:
        if c.date is None and c.date_kind != "since":
            if prev is not None and prev.date is not None:
                c.date, c.date_q = prev.date, max(1, prev.date_q - 1)
            elif free := [
                d for d in sentence_dates if not any(a <= d.start < b for a, b in taken if (a, b) != c.clause)
            ]:
                d = free[0]
                report = any(
                    w in _REPORT_VERBS for w in [t.norm for t in art.tokens_in(s.start, d.start)][-4:]
                )
                c.date, c.date_q, c.date_kind = d.span, 1 if report else 2, d.kind
        if c.place is None and prev is not None and c.anaphor == "partitive":
            c.place = prev.place
        c.attribution = attr
        prev = c
    for pos, killed, injured in kills:
        target = min(cands, key=lambda c: abs(c.pos - pos))
        if killed is not None and target.killed is None:
            target.killed = killed
        if injured is not None and target.injured is None:
            target.injured = injured


def _count(art: Article, cl: events.Clause, trig: events.Trigger, weapon: Mention | None) -> int | None:
    text = art.text
    if weapon is not None:
        wb = text[max(cl.start, weapon.start - 60) : weapon.start]
        m = _PARTITIVE.search(wb) or _COUNT_BEFORE.search(wb)
        if m:
            n = m.group("n").lower()
            return 2 if n == "both" else parse_number(n)
        return None
    m = (
        _PRONOUN_COUNT.search(text[max(cl.start, trig.start - 40) : trig.start])
        if is_passive(art, trig.start)
        else None
    )
    if m and m.group("n"):
        n = m.group("n").lower()
        return 2 if n == "both" else None if n == "all" else parse_number(n)
    return None


def _threat_args(art: Article, c: Cand, cl: events.Clause, trig: events.Trigger) -> bool:
    lo = min(cl.start, art.sentences[c.s_idx].start if trig.start < cl.start else cl.start)
    c.actors = agents(art, lo, cl.end, trig.start, trig.end, max_gap=3, by=False)
    if not c.actors and subject_is_anaphoric(art, cl.start, trig.start):
        c.anaphor = "definite"
        return True
    if not c.actors:
        subject = _sentence_subject(art, c.s_idx, trig.start)
        if subject is None:
            return False
        c.actors = [subject]
    home = art.lexicon.actor_country.get(c.actors[0])
    if home is None and c.actors[0] in art.lexicon.countries:
        home = c.actors[0]
    if home:
        country = art.lexicon.countries.get(home)
        c.place = Place(
            home,
            home,
            country.lat if country else None,
            country.lon if country else None,
            1,
            c.pos,
            c.pos,
            "loc",
        )
    targets = []
    for m in art.mentions_in(trig.end, cl.end):
        name = m.of("country") or m.of("actor") or m.of("demonym")
        if name and name.name not in c.actors and name.name not in targets:
            targets.append(name.name)
    c.objects = targets[:2]
    return True


def _sentence_subject(art: Article, s_idx: int, before: int) -> str | None:
    """The actor that opens the sentence (after a leading "In a statement," or "On Sunday,")."""
    s = art.sentences[s_idx]
    lead = _LEADING_ADVERBIAL.match(art.text, s.start, s.end)
    start = lead.end() if lead else s.start
    for m in art.mentions_in(start, min(before, start + 45)):
        name = actor_name(m)
        if name and _TITLES.fullmatch(art.text, start, m.start):
            return name
        break
    return None


def _casualty_only(art: Article, state: _State, s_idx: int) -> None:
    s = art.sentences[s_idx]
    if state.last is None or s_idx - state.last.s_idx > 2 or art.triggers_in(s.start, s.end):
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


def _unique(items: list[str]) -> list[str]:
    out: list[str] = []
    for i in items:
        if i not in out:
            out.append(i)
    return out


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


def _dates_close(a: DateSpan | None, b: DateSpan | None) -> bool:
    if a is None or b is None:
        return True
    one = timedelta(days=1)
    return abs(a.start - b.start) <= one and abs(a.end - b.end) <= one


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
            if c.anaphor == "definite" and not c.own_weapon and (c.type == "other" or c.date_q >= 3):
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
                    c.place = self.last.place
                c.inherited = True
            for old in reversed(self.incidents):
                if (
                    old.type == c.type
                    and old.s_idx != c.s_idx
                    and old.date is not None
                    # an undated retelling of a known event ("the base was hit by three rockets")
                    and (old.date == c.date or (c.date is None and c.place is not None and c.place.rank >= 3))
                    and _same_place(old.place, c.place)
                    and not _NEW.search(self.art.text, *c.clause)
                    and (old.count is None or c.count is None or old.count == c.count)
                ):
                    self._merge(old, c)
                    return
        self.incidents.append(c)
        self.last = c

    def _referent(self, c: Cand) -> Cand | None:
        best, best_score = None, -1.0
        for age, r in enumerate(reversed(self.incidents)):
            if c.date_q >= 3 and c.date_kind != "since" and not _overlap(c.date, r.date):
                continue
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


def _to_incident(art: Article, c: Cand) -> Incident:
    p = c.place
    confidence = 0.35 + 0.15 * (c.date is not None) + 0.15 * (p is not None and p.rank > 1)
    confidence += 0.1 * bool(c.actors) + 0.1 * bool(c.attribution) + 0.1 * (not c.inherited)
    return Incident(
        date=c.date.iso() if c.date else None,
        type=c.type,
        location=p.name if p else None,
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
