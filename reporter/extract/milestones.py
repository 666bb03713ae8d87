"""Milestones: what is to happen by when (withdrawals, handovers, mission ends, deadlines).

A milestone is a clause with a change-of-presence word ("withdraw", "vacate", "end its
mission", "hand over", "be signed") followed by a due date ("by September 2025", "later this
year"), in a sentence that speaks of the future or of a plan. The due date keeps the text's
precision; "what" is the clause as written, so it can always be found in the article.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from functools import lru_cache
from itertools import compress

from reporter.extract import events, speech
from reporter.extract.candidates import title_shaped
from reporter.extract.dates import (
    GAVE_UNTIL,
    LASTED_UNTIL,
    MONTH,
    MOVED_PHRASES,
    PASSED_AFTER,
    STRETCH_START,
    YEAR_TOLD,
    DateMention,
    DateSpan,
    due_told_past,
    latest_told,
    month_span,
    stretch_end,
    year_span,
    yearless_near,
)
from reporter.extract.document import Document
from reporter.extract.lapses import (
    CLAUSE_BREAK,
    COUNTS_FROM_NEXT,
    END_VERB,
    SET_LENGTH,
    SET_LENGTH_AT,
    UNIT_WORDS,
    WITHIN_AT,
    anchored,
    anchors_stretch,
    due_after,
    is_lapse,
    lapses,
    said_on,
    unit_sentences,
)
from reporter.extract.lemmas import inflected_lemmas, lemma, lemma_form
from reporter.extract.lexicon import Mention
from reporter.extract.numbers import NUMBER, parse_number
from reporter.extract.overdue import pending_past_deadline
from reporter.extract.past_deeds import TENSED, told_past
from reporter.extract.prefilter import Folded, Prefiltered, opening_guard
from reporter.extract.records import replace
from reporter.extract.steps import STEP_LEMMAS
from reporter.extract.text import (
    ABBREVIATION_DOT,
    CLAUSE_CHAR,
    GAP_WORD,
    IN_CLAUSE,
    IN_SENTENCE,
    WORD_DOT,
    Sentence,
    words,
)
from reporter.extract.troop_nouns import EXERCISE_WORD, EXERCISES, PERSONNEL, TROOPS, UNITS
from reporter.held_ground import HELD_ON
from reporter.models import SHARE_MARK, Milestone

_KEYWORD = re.compile(
    r"\b(?:withdraw(?:al|als|n|ing|s)?|exit(?:ing|s)?|leav(?:e|es|ing)|quit(?:s|ting)?|depart(?:ure|ing|s)?|pull(?:ing|s)?\s+out|pullout|"
    r"draw(?:ing|s)?\s*down|drawdown|hand(?:ing|s)?\s+over|handover|transfer(?:ring|s)?|end(?:s|ing)?|conclud(?:e|es|ing)|"
    r"wind(?:ing|s)?\s+down|vacat(?:e|es|ing)|clos(?:e|es|ing|ure)|redeploy(?:ment|ing)?|transition(?:ing)?|"
    r"complet(?:e|es|ing|ion)|sign(?:ed|ing)?|last(?:s|ing)?|run(?:s|ning)?|continu(?:e|es|ing)|wrap(?:s|ping)?|reach(?:es|ing)?|readiness|operational|deploy(?:s|ing|ment)?|arriv(?:e|es|al|ing)|mov(?:e|es|ing)|station(?:ed|ing)?|mandate|remain(?:s|ing)?|in\s+place|take\s+effect|takes\s+effect|(?:com(?:e|es|ing)|go(?:es|ing)?)\s+into\s+(?:force|effect)|arrangement|stay(?:s|ing)?|extend(?:ed|s|ing)?|take\s+over|taking\s+over|stand\s+up|establish(?:ed|ing|ment)?|expir(?:e|es|ing|y)|deadline|relocat(?:e|es|ing|ion)|finish(?:e[sd]|ing)?|rotat(?:e|es|ing|ion)\s+out|disarm(?:s|ed|ing|ament)?|pull(?:ing|s)?\s+back|runs?\s+out|stop(?:s|ping)?|halt(?:s|ing)?|suspend(?:s|ing)?|releas(?:e|es|ing)|free(?:d|ing)?|return(?:s|ing)?|(?:doubl|tripl)(?:e|es|ing)|presence|phases?|(?:first|second|third|final|next|later|last|initial)\s+stages?|stages?\s+(?:one|two|three|four|[1-4])|in\s+effect|expir(?:ed|ation))\b",
    re.I,
)
#: Starting something is a step when a mission, truce, force or patrol starts: "the truce will start
#: at 7 a.m. Friday", "will launch the new mission in January" (not "talks will begin").
_START_STEP = frozenset(lemma(w) for w in words("launch enter"))
#: "begin" and "start" are steps by their subject (_TRUCE_BEGAN, _STEP_BEGAN), not by their context.
_BEGIN = frozenset(lemma(w) for w in words("begin start"))
_DATE_OPENER = frozenset(("", "from", "on", "at", "in", "of"))


def _within_only(art: Document, d: DateMention) -> bool:
    """ "the second such raid within three days": a stretch counted from the report is ahead only in a
    clause that speaks of the future or of a plan; by itself it may be the stretch just gone by."""
    if d.kind != "relative" or WITHIN_AT.match(art.text, d.start) is None:
        return False
    s = art.sentences[art.sentence_index(d.start)]
    return _AHEAD_VERB.search(art.text, max(s.start, d.start - 100), d.start) is None


def _opens_date(text: str, end: int, hi: int) -> bool:
    """ "Starting (at noon) on May 20": the start word is the date's due word, not a step."""
    return hi - end < 80 and text[end : _clock_start(text, end, hi)].strip().lower() in _DATE_OPENER


#: "hand" is a step only when something is handed on: "hand the airport to", "handed back".
_HAND = frozenset(("over", "back", "to"))
#: "home" is a step after a verb of going or sending: "fly home", "bring its troops home".
_GO_HOME = frozenset(lemma(w) for w in words("fly flew go went come came return bring brought head sail send sent"))


def _step_words(art: Document, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of step words between lo and hi: the listed phrases and any inflection of a step lemma."""
    found = [(k.start(), k.end()) for k in _KEYWORD.finditer(art.text, lo, hi)]
    i = art.token_index(lo)
    toks, lems = art.tokens, art.lemmas
    while i < len(toks) and toks[i].start < hi:
        lem = lems[i]
        if (
            lem in STEP_LEMMAS  # steps.py: the table the brief reads too
            or (
                lem in _START_STEP
                and _SECURITY.search(art.text, max(0, toks[i].start - 60), toks[i].end + 60)
                and not _opens_date(art.text, toks[i].end, hi)
            )
            # "the truce begins on Friday", "the withdrawal will start in May": a start is a step of a
            # truce, a phase or a withdrawal named just before it (not "talks will begin")
            or (
                lem in _BEGIN
                and (
                    _TRUCE_BEGAN.search(art.text, max(lo, toks[i].start - 80), toks[i].end)
                    or _STEP_BEGAN.search(art.text, max(lo, toks[i].start - 80), toks[i].end)
                )
            )
            or (lem == "hand" and _HAND.intersection(t.norm for t in toks[i + 1 : i + 8]))
            or (lem in _PHRASAL_STEP and _particle(art, i, _PHRASAL_STEP[lem]))
            or (lem == "home" and _GO_HOME.intersection(lems[max(0, i - 4) : i]))
        ):
            found.append((toks[i].start, toks[i].end))
        i += 1
    # "a complete summary", "the complete list": "complete" after an article describes, it is no step
    adjectives = {
        (t.start, t.end) for j, t in enumerate(toks[art.token_index(lo) : art.token_index(hi)], art.token_index(lo))
        if t.norm == "complete" and j > 0 and toks[j - 1].norm in _ARTICLES
    }
    return sorted(set(found) - adjectives)


#: Verbs that name a step with a particle, in any inflection and with the forces between ("pulled
#: back", "pull-back", "pulled their troops out", "drawing down", "stood down", "wound down").
_PHRASAL_STEP = {
    lemma(form): frozenset(particles.split("/"))
    for forms, particles in (
        ("pull pulled pulling pulls", "out/back"), ("draw drew drawn drawing draws", "down/back"),
        ("move moved moving moves", "out/back"), ("clear cleared clearing clears", "out"),
        ("stand stood standing stands", "down"), ("scale scaled scaling scales", "back/down"),
        ("wind wound winding winds", "down"), ("fall fell fallen falling falls", "back"),
        ("take took taken taking takes", "over"),  # "the army took over the base": the other side of a handover
    )
    for form in forms.split()
}  # fmt: skip
#: Words between a verb and its particle, as the forces moved: "pulled all of its troops back".
_PARTICLE_GAP = 4
#: Marks between two words that part a verb from a particle after them.
_PARTICLE_STOPS = frozenset(",;.:")


def _particle(art: Document, i: int, particles: frozenset[str]) -> bool:
    """The verb at token i has one of its particles within a few words, in the same clause."""
    toks = art.tokens
    for k in range(i + 1, min(len(toks), i + 2 + _PARTICLE_GAP)):
        if not _PARTICLE_STOPS.isdisjoint(art.text[toks[k - 1].end : toks[k].start]):
            return False
        if toks[k].norm in particles:
            return True
    return False


_ARTICLES = frozenset(("a", "an", "the"))
#: A sentence that asks: its date is in question, not planned.
_QUESTION = re.compile(r"\?[\"”’']?\s*$")
#: A step told as what might follow a condition: "If talks fail, the troops could leave by June",
#: "the brigade might pull out in May unless the truce holds". A hedge ("could", "might") with an "if"
#: or "unless" clause is no plan; a conditional commitment ("If the deal holds, they will leave") stays.
_HYPOTHETICAL = Prefiltered(re.compile(
    r"^\W*(?:if|unless)\b[^,;]{0,120},[^;]{0,80}?\b(?:could|might)\b|\b(?:could|might)\b[^,;]{0,80}\b(?:if|unless)\b", re.I
))

#: An outside forecast of how long a step may take: analysts, experts or observers as the source, and a
#: hedge ("could take until 2027", "may not be done before"): an estimate, no commitment or plan (GUIDE.md).
_FORECASTERS = r"(?:analysts?|experts?|observers?|commentators?|researchers?|scholars?|think[- ]tanks?)"
_FORECAST = re.compile(
    r"\b" + _FORECASTERS + r"\s+(?:[\w-]+\s+){0,3}?(?:said|say|says|estimated?|estimates|believed?|believes|predict(?:s|ed)?|"
    r"expect(?:s|ed)?|reckon(?:s|ed)?|think|thinks|thought|warn(?:s|ed)?)\b"
    r"|,\s+(?:(?:some|many|several|other|independent|military|western|regional)\s+)?" + _FORECASTERS + r"\s+(?:said|say|says|estimated?|believe|warn(?:ed)?)\b"
    r"|\baccording\s+to\s+(?:(?:some|many|several|independent|military)\s+)?" + _FORECASTERS,
    re.I,
)
#: The odds weighed in words as well as by a modal ("is possible but unlikely", "will probably stay").
_HEDGE = re.compile(r"\b(?:could|might|may|(?:im)?possible|(?:un)?likely|probably|doubtful)\b", re.I)


#: An estimate by anyone, the one who plans the step too: "the UN has estimated could take until 2031".
_ESTIMATED = re.compile(r"\b(?:estimated?|estimates|projected|projects|forecasts?|forecasted)\b", re.I)


@lru_cache(maxsize=64)
def asked(sentence: str) -> bool:
    """A sentence that asks, hedges a step on a condition or forecasts it: its dates bound no plan.
    Remembered for the last sentences read: the rules ask it of a sentence once, the learned layer
    (plan_refusals) again for each date the sentence holds, and the answer reads the text alone."""
    return bool(_QUESTION.search(sentence) or _HYPOTHETICAL.search(sentence) or _forecast(sentence))


def _forecast(text: str) -> bool:
    """An estimate, hedged, of when a step may be done (_FORECAST: an outsider's; _ESTIMATED: anyone's), an
    outside opinion of when it ought to be (_OPINION), or a step that would have been done had the past gone
    otherwise (_COUNTERFACTUAL)."""
    return (
        (bool(_HEDGE.search(text)) and (bool(_FORECAST.search(text)) or bool(_ESTIMATED.search(text))))
        or _OPINION.search(text) is not None
        or (_COUNTERFACTUAL.search(text) is not None and _WOULD_HAVE.search(text) is not None)
    )


#: Outsiders' advice on when a step ought to be done: "Critics say the government should bring the troops
#: home by", "analysts argue the force ought to leave by": a view, no one's commitment or plan (GUIDE.md).
_OPINION = re.compile(
    r"\b(?:" + _FORECASTERS + r"|critics?|opponents?|campaigners?|activists?|commentators?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:say|says|said|argue[sd]?|insist(?:s|ed)?|believe[sd]?|contend(?:s|ed)?|urge[sd]?)\b" + IN_SENTENCE + r"{0,80}?\b(?:should|ought\s+to)\b",
    re.I,
)
#: A past that did not happen, as the condition: "Had the talks succeeded, ...", "if the deal had held, ...";
#: with _WOULD_HAVE, what would have followed ("the militia would have disarmed by March"): no plan.
_COUNTERFACTUAL = re.compile(
    r"(?:^\W*|[.;]\s+)(?-i:Had)\s+(?-i:[a-zA-Z])"
    r"|\bif\s+(?:[\w’'-]+\s+){1,6}?had\s+(?:not\s+|never\s+)?(?!(?:to|a|an|the|no|its|their|some|any)\b)[a-z]+\b",
    re.I,
)
_WOULD_HAVE = re.compile(
    r"\b(?:would|could|might)\s+(?:(?:not|never|probably|likely|surely|already)\s+)?have\s+(?!(?:to|a|an|the|no|been\s+able)\b)[a-z]+\b", re.I
)


_FUTURE = re.compile(
    r"\b(?:will|would|shall|to\s+be|is\s+to|are\s+to|set\s+to|scheduled|expected|due|plans?|planned|agreed|deadline|"
    r"aims?|intends?|timeline|timetable|roadmap|agreement)\b",
    re.I,
)
#: Words of _FUTURE, for a cheap first look ("is to", "set to" are caught by "to").
_FUTURE_WORDS = words(
    """will would shall scheduled expected due plan plans planned agreed deadline aim aims intend intends
    timeline timetable roadmap agreement demand demanded demands ordered must supposed required call calls urged urges
    extend extends extended
    extending renew renews renewed renewing prolong prolongs prolonged prolonging"""
)
#: words a cue when "to" follows ("was to", "were meant to leave by": a plan told as past)
_TO_OR_BE = frozenset(("is", "are", "set", "was", "were", "to", "meant"))
#: "set for", "slated for", "set down for", "pencilled in for": a date planned.
_SET_FOR = r"(?:set|slated|scheduled|planned|fixed|earmarked|penciled|pencilled)(?:\s+(?:down|in))?\s+for"
_SET_FOR_ONLY = re.compile(_SET_FOR, re.I)
#: A time of day between a due word and its date: "begins at 6 a.m. local time Monday", "from
#: 12:00 noon (0900 GMT) on May 2", "as of noon on": the due word stands before it.
_CLOCK_BEFORE = re.compile(
    r"(?:\bat\s+)?(?:approximately\s+|about\s+|around\s+)?\b(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?|hrs|GMT|UTC)|\d{1,2}:\d\d|noon|midnight)"
    r"(?:\s+noon)?(?:\s+[A-Z]?\w+\s+time)?(?:\s*\([^()]{1,20}\))?,?\s+(?:on\s+|of\s+)?$",
    re.I,
)


#: A time of day right after its date: "until Saturday noon", "by Friday at 6 p.m. local time".
_CLOCK_AFTER = re.compile(
    r",?\s+(?:at\s+)?(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?|hrs|GMT|UTC)|\d{1,2}:\d\d|noon|midnight)(?:\s+[A-Z]?\w+\s+time)?(?:\s*\([^()]{1,20}\))?",
    re.I,
)


def _clock_start(text: str, lo: int, hi: int) -> int:
    """Where a time of day that ends at ``hi`` starts (``hi`` without one): the due word is before it."""
    near = text[max(lo, hi - 40) : hi]
    if not any(c.isdigit() for c in near) and "noon" not in near and "midnight" not in near:
        return hi
    m = _CLOCK_BEFORE.search(text, max(lo, hi - 60), hi)
    return m.start() if m else hi


def _due_prep(text: str, lo: int, hi: int) -> bool:
    """A preposition or phrase that makes the date a due date; the long phrases ("the deadline ...
    remains", "extended by 30 days to") are searched for only where their words occur."""
    hi = _clock_start(text, lo, hi)
    if _DUE_PREP.search(text, max(lo, hi - 20), hi):
        return True
    window = text[lo:hi].lower()
    # "was pushed back by three months, to": a step moved, whatever words stand between
    return ("deadline" in window or " for " in window or "effect" in window or any(w in window for w in _MOVED_WORDS)) and bool(
        _DUE_PREP.search(text, lo, hi)
    )


#: A date told as rough, after its preposition: "by about", "until around" (mid-June).
_ABOUT = r"(?:about|around|approximately|roughly)\s+"
#: A date set beside its deadline: "The deadline for the withdrawal, Jan. 26, passed".
_DEADLINE_APPOSED = r"deadline(?:\s+(?:for|of|to)\s+" + IN_CLAUSE + r"{1,40}?)?,"
#: A date moved, later or sooner: "pushed back to", "brought forward to" (not "put off": its first word, tested
#: as a bare substring below, is in too many words).
_MOVED_PHRASES = tuple(p for p in MOVED_PHRASES if p != "put off")
_MOVED_VERB = "(?:" + "|".join(p.replace(" ", r"\s+") for p in _MOVED_PHRASES) + ")"
#: Their first words, a cheap test before the patterns are searched.
_MOVED_WORDS = tuple(p.split()[0] for p in _MOVED_PHRASES)
_DUE_PREP = re.compile(
    # ("long before" measures a gap in the past, no bound: "the crisis began long before this week's ambush")
    r"\b(?:by|(?<!long\s)before|until|till|in|on|from|between|no\s+later\s+than|as\s+(?:early|soon|late)\s+as|at|through|ahead\s+of|during|within|(?:in|over)\s+the\s+course\s+of"
    r"|effective(?:\s+from|\s+today,?)?|as\s+of|as\s+from|(?:starting|beginning)(?:\s+(?:from|on|at|in))?|(?:into\s+(?:effect|force)|expires),?\s+(?:today|tomorrow|tonight),?"
    r"|" + _MOVED_VERB + r"\b" + IN_SENTENCE + r"{0,40}?\b(?:until|to)|deadline\s+(?:of|for)"
    r"|" + _SET_FOR + r"|deadline\b" + IN_SENTENCE + r"{0,60}?\b(?:remains|is|was)|" + _DEADLINE_APPOSED + r")\s+"
    r"(?:at\s+least\s+|at\s+the\s+latest\s+|" + _ABOUT + r")?$",
    re.I,
)
#: A due date that a deadline word introduces stays a milestone once it has passed: "was supposed to
#: withdraw by Jan. 26" is a deadline missed, not history; "withdrew in 2011" is history.
_DEADLINE_PREP = re.compile(
    r"\b(?:by|(?<!long\s)before|until|till|no\s+later\s+than|through|within|deadline\s+(?:of|for)|effective(?:\s+from|\s+today,?)?|as\s+(?:of|from)"
    r"|" + _MOVED_VERB + r"\s+(?:until|to)"
    r"|(?:expired|lapsed|passed)(?:\s+on|\s+at)?|" + _DEADLINE_APPOSED + r")\s+"
    r"(?:at\s+least\s+|at\s+the\s+latest\s+|" + _ABOUT + r")?(?:the\s+end\s+of\s+)?$",
    re.I,
)
#: "extended by another 30 days, to June 9": a moved deadline with words between.
_MOVED_TO = re.compile(r"\b" + _MOVED_VERB + r"\b" + IN_SENTENCE + r"{0,40}?\b(?:until|to)\s+$", re.I)
_MOVED_HEADS = frozenset(w[:4] for w in _MOVED_WORDS)


#: A deadline told as falling on a day: "the deadline for the pullout fell on Sunday" (gone by, or
#: "falls on Sunday", ahead). The deadline must be what fell: "a rocket fell on Sunday" names none.
_DEADLINE_FELL = re.compile(r"\bdeadline\b[^.;:]{0,80}?\b(?:fell|falls)\s+(?:on\s+)?$", re.I)


def _deadline_prep(text: str, lo: int, hi: int) -> re.Match[str] | None:
    found = _DEADLINE_PREP.search(text, lo, hi)
    if found is None and any(w in text[max(0, lo - 40) : hi] for w in _MOVED_WORDS):
        found = _MOVED_TO.search(text, max(0, lo - 40), hi)
    if found is None and "deadline" in text[max(0, lo - 100) : hi]:
        found = _DEADLINE_FELL.search(text, max(0, lo - 100), hi)
    return found


#: "as of", "as from": before a day gone by, the day a count or state held, not a deadline.
_STATUS = re.compile(r"as\s", re.I)


def _has_unit(text: str) -> bool:
    return "day" in text or "week" in text or "month" in text
#: Before "camp": a camp of civilians, no force's site ("a refugee camp", "the IDP camps").
_CIVIL_CAMP_NOT = r"(?<!refugee\s)(?<!migrant\s)(?<!displacement\s)(?<!displaced\s)(?<!IDP\s)(?<!detention\s)"
#: A milestone is about forces, missions or agreements between states, not shops or power grids.
#: A truce by any of its names: "a humanitarian pause", "a cessation of hostilities", "the armistice".
_TRUCE_NAMES = r"ceasefire|cease-fire|truce|armistice|cessation\s+of\s+hostilities|humanitarian\s+pauses?"
_SECURITY = Folded(re.compile(
    rf"\b(?:{TROOPS}|troop|soldier|(?:UN|peacekeeping|multinational|international|stabili[sz]ation|interim|joint)\s+force|"
    r"special\s+forces|trainers|instructors|military|mission|coalition|bases?|peacekeep\w*|"
    r"UNIFIL|NATO|alliance|army|armies|militias?|fighters|militants|rebels|navy|(?:border\s+)?guards|blue\s+helmets|deploy\w*|" + _TRUCE_NAMES + r"|mandate|defen[cs]e|"
    # (the UN's "Security Council" names a body whose reports and votes are no step of a force)
    r"security(?!\s+council)|"
    # police pulled out, as troops are withdrawn: "to pull its police out of the town" (not "pull its investment out")
    r"withdraw\w*|pull(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,2}?(?:police(?:men)?|gendarmes?|gendarmerie)\s+out\b|pullout|pull-?back|drawdown|weapons|disarm\w*|demobili[sz]\w*|disengage\w*|occupation|warships?|fleet|task\s+force|"
    r"hostages?|captives|prisoners|detainees|air\s*bases?|bombing|air\s*strikes|strikes|attacks|ultimatum|operations?|patrols?|"
    # a camp or outpost handed over is a force's site ("the handover of the Kidal camp"), not a refugees' camp
    r"hand(?:ing|ed|s)?[\s-]?over\s+(?:of\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?" + _CIVIL_CAMP_NOT + r"(?:camps?|outposts?))\b",
    re.I,
))
#: Kinds of date that count ahead from the report or an anchor ("within two days", "tomorrow").
_AHEAD_KINDS = ("relative", "lapse")
_LEADING_LINK = re.compile(r"^(?:and|but|while|with|as|whereas)\s+", re.I)
_SPAN_FROM = re.compile(rf"(?P<n>{NUMBER}|a|an|one)\s+(?P<u>days?|weeks?|months?|years?)", re.I)
_STEP_WORDS = frozenset(
    ("withdraw", "withdrawal", "leave", "exit", "handover", "vacate", "pullout", "deadline")
)
_TO_STEP = re.compile(
    r"\s*to\s+(?:complete\s+(?:the|its|their)\s+)?(?:withdraw\w*|leave|exit|vacate|hand\s+over|pull\s+out|end\s+\w+)"
    r"(?:\s+(?:from|of)\s+" + IN_CLAUSE + r"{1,40})?",
    re.I,
)
_MONTH_END = re.compile(
    rf"(?:by\s+|at\s+|before\s+)?(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+|last\s+)?|end-)(?:month\b|{MONTH})", re.I
)
_BEFORE = re.compile(r"\bbefore\s+$", re.I)
#: The exercise is what the sentence plans, held, staged, announced or joined ("will hold a landing exercise on"), not
#: a word beside a step of forces ("the troops sent for the drills will go home by", "will start leaving after
#: the drills"; tried, and left out: an exercise as the subject, "the drills end on", which took true steps
#: after a drill on the check shards).
_EXERCISE_PLANNED = re.compile(
    r"\b(?:hold|holds|holding|held|conduct|conducts|conducting|stage|stages|staging|host|hosts|hosting|"
    r"carry\s+out|carries\s+out|carrying\s+out|launch|launches|launching|begin|begins|start|starts|"
    r"join|joins|joining|(?:take|takes|taking)\s+part\s+in|participate\s+in|participating\s+in|"
    r"announce|announces|announced|announcing|schedule|schedules|scheduled|plan|plans|planned|planning|"
    r"organi[sz]e|organi[sz]es|organi[sz]ed|organi[sz]ing)\s+"
    r"(?:(?!(?:after|before|for|from|once|when|until|with|to)\b)[\w’'-]+\s+){0,4}?" + EXERCISES + r"\b"
    # the exercise as the subject of its own length: "Exercises with the host's forces will run from May 5"
    r"|\b" + EXERCISES + r"(?:\s+[\w’'-]+){0,5}?\s+(?:will|would|are\s+to|is\s+to)\s+(?:run|last|take\s+place|be\s+held|continue)\b",
    re.I,
)


def _exercise_planned(art: Document, s: Sentence) -> bool:
    """The sentence plans an exercise (_EXERCISE_PLANNED), tried only where it names one."""
    return bool(EXERCISE_WORD.search(art.text, s.start, s.end) and _EXERCISE_PLANNED.search(art.text, s.start, s.end))


_BY = re.compile(r"\b(?:by|until|till|(?<!long\s)before|no\s+later\s+than)\s+(?:" + _ABOUT + r")?(?:the\s+end\s+of\s+)?$", re.I)
_SET_FOR_END = re.compile(rf"\b{_SET_FOR}\s+$", re.I)


def _by(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """ "by", "until", "no later than", "set for" just before a date (the long phrases only where " for" is)."""
    hi = _clock_start(text, lo, hi)  # "until noon on Sunday"
    by = _BY.search(text, max(lo, hi - 20), hi)
    if by is None and " for " in text[lo:hi]:
        by = _SET_FOR_END.search(text, lo, hi)
    return by
#: A stretch spread ahead, due at its end like one "within": "over the next 18 months".
_WITHIN_OR_OVER = re.compile(r"within\s|over\s+the\s+(?:next|coming|following)\s", re.I)
_BY_IN_MENTION = re.compile(r"(?:by|until|till|before|no\s+later\s+than)\s", re.I)
_UNTIL = re.compile(r"\b(?:until|till|through)\s+(?:at\s+least\s+|" + _ABOUT + r")?(?:the\s+end\s+of\s+)?$", re.I)
_CAPTIVES = re.compile(r"\b(?:hostages?|captives|prisoners|detainees|abductees)\b", re.I)
#: A deadline passed this recently is still news ("was supposed to withdraw by Jan. 26").
_RECENT_DAYS = 366
_NEGATED = re.compile(r"\b(?:not|never|no\s+longer)\b|n['’]t\b", re.I)
_CLAUSE_GAP = re.compile(r"[,;:]\s")
_BOUNDARY = re.compile(r"[,;:]\s+|\s+(?:and|while|with|as)\s+|\s[—–]\s", re.I)
#: Two named parties that take one step together: "France and Germany will withdraw", "Britain and the
#: United States have left": the "and" joins the subject, it does not open a clause.
_NAMED = r"(?:the\s+)?(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,2}"
_NAME_ALONE = re.compile(_NAMED + r"$")
_NAME_NEXT = re.compile(_NAMED + r"(?=\s+(?-i:[a-z]))")
#: A name ending the text before an "and", and a name after it with a plural verb ("X and Y were ...").
_NAME_LAST = re.compile(r"(?<!\w)(?-i:[A-Z])[\w.'’-]*$")
_PLURAL_NEXT = re.compile(_NAMED + r"\s+(?:were|are|have)\b")
_OPENS_CLAUSE = re.compile(r"\b(?:after|before|when|since|once|while|as|until|because)\s+", re.I)
#: A pair's first party after "between": "a truce between India and Pakistan took effect", "between the
#: army and the rebels": the "and" joins the pair inside one subject.
_PAIR_OPENS = re.compile(r"\bbetween\s+(?:[\w.'’-]+\s+){0,3}[\w.'’-]+$", re.I)


#: A clause's verb after its subject: a modal or a form of "be" or "have".
_SUBJECT_VERB = re.compile(r"\b(?:will|would|shall|must|is|are|was|were|has|have|had|can|could|may|should)\b", re.I)
#: A word with no tense of its own that a subject may hold ("the", "of", "forces", "equipment").
_NP_WORD = re.compile(r"[\w'’.-]+")


def _verbless(text: str) -> bool:
    """A stretch of words holding no verb form: no modal, no "be" or "have", no past or "-ed" form."""
    found = _NP_WORD.findall(text)
    return bool(found) and len(found) <= 8 and not _SUBJECT_VERB.search(text) and all(
        lemma_form(w.lower())[1] not in ("ed", "past") and w.lower() not in TENSED for w in found
    )


#: A verb of saying and the "that" after it: what follows is what was said, a clause of its own.
_SAYING_OPEN = re.compile(r"\b" + speech.alternation(speech.SAYING) + r"\s+(?:that\s+)?", re.I)


def _after_saying(text: str, lo: int, hi: int) -> int:
    """Where what was said begins, after the last verb of saying between lo and hi (lo when there is none)."""
    return max([lo, *(m.end() for m in _SAYING_OPEN.finditer(text, lo, hi))])


#: A short quoted phrase opened before an "and" and closed after it: 'an "orderly and safe" drawdown'.
_QUOTED_PAIR = re.compile(r"(?:^|\s)[\"“][^\"“”,;.]{1,30}$")
_QUOTE_CLOSE = re.compile(r"[^\"“”,;.]{1,30}?[\"”]")


def _clause_begin(text: str, lo: int, hi: int) -> int:
    """Where the clause holding hi begins: after the last boundary between lo and hi, but not after an
    "and" between two named parties of one subject ("France and Germany will withdraw", "a truce between
    India and Pakistan took effect")."""
    start = lo
    for b in _BOUNDARY.finditer(text, lo, hi):
        if b.group().strip().lower() == "and" and (
            _PAIR_OPENS.search(text, start, b.start())
            or (_NAME_ALONE.match(text, start, b.start()) and (named := _NAME_NEXT.match(text, b.end())) and named.end() <= hi)
            # "the bases at Faya and Abeche were handed back": a plural verb after the second name
            # shows the two names are one subject
            or (_NAME_LAST.search(text, start, b.start()) and (pair := _PLURAL_NEXT.match(text, b.end())) and pair.end() <= hi)
            # "The withdrawal of the forces and equipment shall be completed": two nouns of one subject, no
            # verb before the "and" and the clause's own verb after it
            or (_verbless(text[start : b.start()]) and (verb := _SUBJECT_VERB.search(text, b.end(), hi)) and _verbless(text[b.end() : verb.start()]))
        ):
            # the pair's clause opens at its own subordinator: "... to be moved after | the bases at X and Y were"
            start = max([start, *(w.end() for w in _OPENS_CLAUSE.finditer(text, start, b.start()))])
            continue
        if _QUOTED_PAIR.search(text, max(start, b.start() - 30), b.start()) and _QUOTE_CLOSE.match(text, b.end()):
            continue  # 'an "orderly and safe" drawdown': an "and" inside a short quoted phrase joins its words
        said = _after_saying(text, start, b.start())
        if said > start and b.group().strip().lower() == "and" and _verbless(text[said : b.start()]) and (
            (verb := _SUBJECT_VERB.search(text, b.end(), hi)) and _verbless(text[b.end() : verb.start()])
        ):
            # the same two nouns as what was said: "officials said the withdrawal of the forces and assets will be"
            start = said
            continue
        start = b.end()
    return start


class _Dates:
    """The dates of a stretch of text for steps told as done: on an undated page a yearless "On Dec.
    10" takes its year from a date the story told with its year just before it, in its paragraph
    ("In November 2024, Chad ended the pact. On Dec. 10, troops began to leave"), else the story's own
    time (in_story). A plan's yearless deadline does not take the year told just before it: a story
    often names a past year just before the deadline it reports."""

    def __init__(self, art: Document) -> None:
        self.art = art

    def latest_deadline(self) -> date | None:
        """The last day of the latest deadline the page gives with its year ("until the end of 2023")."""
        if not hasattr(self, "_deadline"):
            art = self.art
            self._deadline = max(
                (
                    d.span.end  # type: ignore[union-attr]
                    for d in art.dates
                    if _told_with_year(art, d) and _deadline_prep(art.text, max(0, d.start - 30), d.start)
                ),
                default=None,
            )
        return self._deadline

    def __call__(self, a: int, b: int) -> list[DateMention]:
        found = self.art.dates_in(a, b)
        if (p := self.art.published) is not None:
            # "a truce that begins on Friday": a weekday a step told ahead introduces is the coming one;
            # "In 2011, the troops left on December 18": a yearless day after an earlier year is that year's
            art = self.art
            return [
                _weekday_after(art, d, p) if d.kind == "weekday" and d.span else _sentence_year(art, art.sentences[art.sentence_index(d.start)], d)
                for d in found
            ]
        if all(d.span is not None for d in found):
            return found
        return [self.in_story(self._yearless(d)) if d.span is None else d for d in found]

    def ahead_of_told(self, d: DateMention) -> DateMention:
        """A plan's yearless month that a future word introduces ("due to lapse at the close of
        December") is the same month told with its year just before it ("In December 2024"); another
        month stays unresolved (a story often names a past year just before the deadline it reports)."""
        art = self.art
        if not _FORWARD_WORD.search(art.text, max(0, d.start - 60), d.start):
            return d
        found = self._yearless(d)
        if found.span is None:
            return d
        month = (found.span.start.year, found.span.start.month)
        i = art.sentence_index(d.start)
        lo = art.sentences[max(0, i - _ANCHOR_SENTENCES)].start
        told = [o for o in art.dates_in(lo, d.start) if _told_with_year(art, o)]
        same = told and (told[-1].span.start.year, told[-1].span.start.month) == month  # type: ignore[union-attr]
        return found if same else d

    def in_sentence(self, d: DateMention) -> DateMention:
        """An undated page's yearless month that its own sentence follows with a date told with its year
        ("announced on 3 March 2031 that the troops will leave by the end of June", "Speaking on 4 April
        2031, the general said they would go by mid-May") lies nearest that date, on or after it for a
        deadline, as the date finder already reads a yearless day after such a date ("... by 30 June"); only
        for a step a modal between tells ahead of that day."""
        art = self.art
        s = art.sentences[art.sentence_index(d.start)]
        told = [o for o in art.dates_in(s.start, d.start) if _told_with_year(art, o) and o.span.precision == "day"]  # type: ignore[union-attr]
        if not told or not _MODAL.search(art.text, told[-1].end, d.start):
            return d  # "launched an offensive on 8 October 2030, which grew into a war by September": no plan
        span = yearless_near(art.text, d, told[-1].span.start, None)  # type: ignore[union-attr]
        return d if span is None else DateMention(d.start, d.end, span, d.kind)

    def in_story(self, d: DateMention) -> DateMention:
        """An undated page's date that no nearer date resolved, read in the story's own time. A yearless
        day or month lies nearest the latest date the page tells with its year (a deadline on or after
        it), as an event's yearless day takes its year from the page's told dates; only within
        _STORY_DAYS of it: further off, the latest date told is background ("the war began on Oct. 8,
        2023 ... was to leave by Jan. 26" of a later year) and the page does not tell the deadline's
        year. A weekday or a relative day counts from the day the story fixes (Document.reference: a
        lead day told with its year whose weekday the story names), as its events' days do."""
        if d.span is not None:
            return d
        if d.kind in ("weekday", "relative"):
            if self.art.reference is None:
                return d
            if not hasattr(self, "_events"):
                self._events = {o.start: o for o in self.art.event_dates if o.span is not None}
            told = self._events.get(d.start)
            return d if told is None or told.end != d.end else DateMention(d.start, d.end, told.span, d.kind)
        if not hasattr(self, "_latest_told"):
            self._latest_told = latest_told(self.art.text)
        if self._latest_told is None:
            return d
        span = yearless_near(self.art.text, d, self._latest_told, None)
        if span is None or abs((span.start - self._latest_told).days) > _STORY_DAYS:
            return d
        return DateMention(d.start, d.end, span, d.kind)

    def _yearless(self, d: DateMention) -> DateMention:
        art = self.art
        i = art.sentence_index(d.start)
        lo = max(art.sentences[max(0, i - _ANCHOR_SENTENCES)].start, art.text.rfind("\n", 0, d.start) + 1)
        told = [o for o in art.dates_in(lo, d.start) if _told_with_year(art, o)]
        if not told or told[-1].span.precision == "year":  # type: ignore[union-attr]
            return d
        span = yearless_near(art.text, d, told[-1].span.start, None)  # type: ignore[union-attr]
        return d if span is None else DateMention(d.start, d.end, span, d.kind)


#: A page's stamp before a dateline on its line ("date 2025-03-03 KABUL:"): so many characters at most.
_STAMP_REACH = 20


def _past_dateline(art: Document, s: Sentence) -> Sentence:
    """The sentence from the end of a dateline that opens it ("BAGHDAD, March 3 (Reuters) - ", "date
    2025-03-03 KABUL:"), else as it is: a date that opens the story's first clause opens it after the dateline."""
    end = max((b for a, b in art.datelines if s.start <= a <= s.start + _STAMP_REACH and b < s.end), default=s.start)
    if end == s.start:
        return s
    while end < s.end and art.text[end].isspace():
        end += 1
    return replace(s, start=end, text=art.text[end : s.end])


#: How far (in days) from an undated page's latest told date its yearless deadlines may lie (_Dates.in_story).
_STORY_DAYS = 62
_FORWARD_WORD = re.compile(r"\b(?:will|set\s+to|scheduled|expected|due\s+to|deadline)\b" + IN_SENTENCE + r"{0,40}$", re.I)


def _deadline_year(art: Document, d: DateMention, dates_in: _Dates) -> DateMention:
    """On an undated page a yearless deadline ("by August 31st") falls in the year of the deadline
    the page gives with its year ("the mission stays until the end of 2023"), at or before it."""
    end = dates_in.latest_deadline()
    if (
        end is None
        or _deadline_prep(art.text, max(0, d.start - 30), d.start) is None
        or _OTHER_YEAR.match(art.text, d.end)
        or told_past("clause", art.text, art.sentences[art.sentence_index(d.start)].start, d.start)
    ):
        return d  # "was supposed to leave by Jan. 26", "by September of the following year": not that year's
    span = yearless_near(art.text, d, None, end.year)
    if span is not None and span.start > end:
        span = yearless_near(art.text, d, None, end.year - 1)
    return d if span is None else DateMention(d.start, d.end, span, d.kind)


_OTHER_YEAR = re.compile(r"\s+of\s+(?:the\s+)?(?:following|next|previous|same|that)\s+year", re.I)
#: How many sentences back an undated page's date told with its year lends that year.
_ANCHOR_SENTENCES = 3


def _sentence_year(art: Document, s: Sentence, d: DateMention) -> DateMention:
    """A yearless month or day that its own sentence follows with an earlier year lies in that year's
    time, not the report's: "In 2011, the army said it would leave by the end of December" is December
    2011 (history), though the date finder read it from the report's day."""
    if d.span is None or d.kind not in ("explicit", "period") or YEAR_TOLD.search(art.text, d.start, d.end):
        return d
    told = art.dates_in(s.start, d.start)  # the date told last before it: "In 2024 ..., said on Friday that ... by June" is June ahead
    # a year told in an aside closed before the date is the aside's own: "A mission, set up in 2013, left in January"
    told = [t for t in told if not _in_closed_aside(art, s.start, t, d.start)]
    if not told or not _told_with_year(art, told[-1]) or told[-1].span.end.year >= d.span.start.year:  # type: ignore[union-attr]
        return d
    before = told[-1].span  # type: ignore[union-attr]
    # "In 2011, ... on December 18": a year told alone is the year itself, not a day nearest its first
    span = yearless_near(art.text, d, None, before.start.year) if before.precision == "year" else yearless_near(art.text, d, before.start, None)
    return d if span is None else DateMention(d.start, d.end, span, d.kind)


def _in_closed_aside(art: Document, lo: int, t: DateMention, hi: int) -> bool:
    """Whether date ``t`` lies in an aside set off by commas that closes before ``hi`` (", set up in 2013, ",
    ", which began in 2013, "): the aside's own time, not its sentence's."""
    close = art.text.find(",", t.end, hi)
    return close >= 0 and _ASIDE_CLOSED.search(art.text, lo, close + 2) is not None


def _told_with_year(art: Document, d: DateMention) -> bool:
    return d.span is not None and d.kind in ("explicit", "period") and bool(YEAR_TOLD.search(art.text, d.start, d.end))


def _sentence_dates(
    art: Document,
    i: int,
    dates_in: _Dates,
    stretch: bool,
    cued: bool,
    weekday_ahead: Callable[[DateMention], DateMention],
) -> tuple[list[DateMention], set[int], bool]:
    """The dates of sentence ``i`` as a step's bounds: each put in its year (the sentence's, or on an
    undated page the year the story tells), with the stretches of time that lie ahead when the sentence
    has one (``stretch``; ``cued``: it speaks of the future by itself), each anchored and whole. Also the
    starts of an undated page's dates told without their year, and whether a stretch was given for a step
    ("gave the fighters 48 hours to leave")."""
    s = art.sentences[i]
    dates = _after_the_saying(art, [_year_ahead(art, d) for d in art.dates_in(s.start, s.end)])
    if art.published is not None:
        dates = [_sentence_year(art, s, d) for d in dates]
    yearless: set[int] = set()  # an undated page's dates told without their year
    if art.published is None and any(d.span is None for d in dates):
        yearless = {d.start for d in dates if d.span is None}
        dates = [dates_in.in_sentence(d) if d.span is None else d for d in dates]
        dates = [_deadline_year(art, d, dates_in) if d.span is None else d for d in dates]
        dates = [dates_in.ahead_of_told(d) if d.span is None else d for d in dates]
        dates = [dates_in.in_story(d) if d.span is None else d for d in dates]
    given = False
    if stretch:
        # "gave the fighters 48 hours to leave": a stretch given for a step lies ahead by itself
        ahead_spans = _spans_ahead(art, s.start, s.end, given_only=not cued)
        given = any(_given(art, d) for d in (*ahead_spans, *dates))
        dates = sorted([*dates, *ahead_spans], key=lambda d: d.start)
        dates = [d for d in dates if not _given_long_ago(art, s, d, dates)]
    # a weekday of the sentence before, which a stretch here counts from, read as this sentence's are
    if stretch and any(d.kind == "lapse" and SET_LENGTH.search(art.text, d.start, d.end) for d in dates):
        dates = _set_on(art, s, dates)
    return [_whole_period(art, d) for d in anchored(art, i, dates, weekday_ahead)], yearless, given


def find_milestones(art: Document) -> list[Milestone]:
    out: list[Milestone] = []
    dates_in = _Dates(art)
    seen: set[tuple[str, str]] = set()
    toks = art.tokens
    # Words that alone speak of the future, found by C-level iterators; then "is to", "to be".
    cues = list(compress(art.token_starts, map(_FUTURE_WORDS.__contains__, art.norms)))
    cues += (
        t.start
        for i, t in compress(enumerate(toks), map(_CUE_LEMMAS.__contains__, art.lemmas))
        if not (t.norm in _AUTHORITY and i + 1 < len(toks) and toks[i + 1].norm == "of")
    )
    for i in compress(range(len(toks) - 1), map(_TO_OR_BE.__contains__, art.norms)):
        nxt = toks[i + 1].norm
        if (nxt == "to" and toks[i].norm != "to") or (nxt == "be" and toks[i].norm == "to"):
            cues.append(toks[i].start)
    if "told" in art.text or "instructed" in art.text:
        cues += (m.start() for m in _TOLD_TO.finditer(art.text))  # "told the troops to leave within 72 hours"
    cues += (m.start() for m in _SCHEDULED_STRETCH.finditer(art.text))  # "phase two begins 42 days after ..."
    with_cues = art.sentences_with(sorted(cues))
    security: dict[int, bool] = {}
    latest: list[int] = []
    dated = art.sentences_with([d.start for d in art.dates])
    units = unit_sentences(art)
    weekday_ahead = _weekday_ahead_of(art)
    for i, s in enumerate(art.sentences):
        stretch = i in units
        if not stretch and i not in dated:
            continue  # no date and no stretch of time ("within 90 days"): nothing bounds a step here (most sentences)
        dates, yearless, given = _sentence_dates(art, i, dates_in, stretch, i in with_cues, weekday_ahead)
        # "announced the withdrawal by Jan. 31": a deadline preposition speaks of a plan by itself.
        cue = i in with_cues or given or any(
            (by := _by(art.text, max(s.start, d.start - 24), d.start))
            and d.span is not None
            # "until the end of the month" still runs; "until 2014" told on an undated page may not
            and (d.span.end >= art.published if art.published else by.group()[:2].lower() not in ("un", "ti", "be"))
            for d in dates
        ) or any(GAVE_UNTIL.search(art.text, max(s.start, d.start - 80), d.start) for d in dates)
        # A date still ahead of publication speaks of the future by itself ("the mandate runs until ...").
        # "expires at the end of December", told on 20 December: the month's end is still ahead.
        ahead = art.published is not None and any(
            d.span
            and not _within_only(art, d)
            and (
                d.span.start > art.published
                or (d.span.end > art.published and _MONTH_END.match(art.text, d.start))
                or _step_on_the_day(art, s, d)
            )
            for d in dates
        )
        if art.published is None and not cue:
            # An undated page: "taking the mission through 31 December 2026" bounds a plan unless its
            # clause is told in the past ("remained under their control until October 2017").
            cue = any(d.span is not None and _until_year(art, s, d) and not told_past("clause", art.text, s.start, d.start) for d in dates)
        if not (cue or ahead) or not (_about_security(art, i, security) or _about_a_deal(art, i)) or _exercise_planned(art, s):
            continue  # an exercise or drill held on a date is no step of a deployment
        if asked(s.text):
            continue  # "Will the relocation be completed by 2026?": a question sets no date, nor a hedge on a condition
        if events.refuted_report(art.text, art.sentences, i):
            continue  # "a newspaper had reported that the troops would leave by December", called false beside it
        spans = [(d.start, d.end) for d in dates]
        # "WASHINGTON (Reuters) - In July, the coalition will ...": a step's clause opens after the dateline
        evidence, s = s.text, _past_dateline(art, s)
        told: tuple[DateMention, str, re.Match[str] | None] | None = None  # the last date kept, its step, deadline
        for d in dates:
            if d.kind == "relative" and _ONCE_ENDED.search(art.text, s.start, d.start):
                d = _after_the_end(art, i, d) or d
            if d.span is None or d.kind == "since" or anchors_stretch(art, d, dates) or _took(art, s.start, d):
                continue
            if _readiness(art, s.start, d):
                continue  # "a force able to deploy within 30 days": how fast it can move, no date it must
            if _first_date_superseded(art, d, dates):
                continue  # "The handover, initially due by the end of February, is now expected in April": April's
            if d.start in yearless and not _deadline_prep(art.text, max(s.start, d.start - 30), d.start) and told_past("deed", art, s.start, d.start):
                continue  # an undated page: "grew after the two states agreed a pact in July" is a July gone by ("asked for a report by May 15" a deadline)
            # "leave by April 30 and June 30 for the civilians on its staff": a date joined to the one before
            # bounds the same step, with what follows it.
            joined = told is not None and (
                _JOINED.fullmatch(art.text, told[0].end, d.start) or _JOINED_REST.fullmatch(art.text, told[0].end, d.start)
            )
            if told is not None and joined:
                d = _after(art, d, told[0])
                due = _due(art, d)
                what = _joined_what(art, told[1], d.end, s.end, joined)
                if (due, what.lower()) not in seen and not (art.published and d.span.end <= art.published and not told[2]):  # type: ignore[union-attr]
                    seen.add((due, what.lower()))
                    out.append(Milestone(what=what, due=due, evidence=evidence))
                told = (d, told[1], told[2])
                continue
            if _gathering_day(art, s.start, d):
                continue  # "guard the fair scheduled for November": the fair's day, no step's
            if _DEAL_MADE_ON.search(art.text, max(s.start, d.start - 50), d.start):
                continue  # "will leave by 2026 under a deal signed in August": the day the deal was made, no step's
            mention = art.text[d.start : d.end].lower()
            # "Biden's Aug. 31 deadline for withdrawing": a date that names a deadline is due then.
            named = _NAMED_DEADLINE.match(art.text, d.end, s.end)
            if named and d.kind == "weekday" and art.published and not _MISSED_BEFORE.search(art.text, max(s.start, d.start - 50), d.start):
                d = _weekday_ahead(art.published, d)  # "the Tuesday deadline" is the coming Tuesday (not "missed the Sunday deadline")
            # "ends this December", "will leave next March": a month told from the report bounds the step by itself
            # "pushed back the deadline from January 31 to March 15": the day moved to is due
            moved = _moved_span(art, d) if mention.startswith("from ") else None
            prep = mention.startswith(("on ", "by ", "in ", "until ", "this ", "next ")) or named or moved
            if (
                d.kind not in _AHEAD_KINDS
                and not prep
                and not _due_prep(art.text, max(s.start, d.start - 80), d.start)
            ):
                continue
            deadline = (
                _deadline_prep(art.text, max(s.start, d.start - 30), d.start)
                or _WITHIN_OR_OVER.match(art.text, d.start, d.end)
                or _BY_IN_MENTION.match(art.text, d.start, d.end)  # "by the end of the month" is one mention
                or named
                or moved
                or (SET_LENGTH_AT.match(art.text, d.start, d.end) if d.kind == "lapse" else None)
                # "was due in October", "due in October, has not yet been completed": a deadline, passed or not
                or (due_told_past(art.text, d.start, d.end) if d.kind in ("explicit", "period") else None)
            )
            if deadline and art.published and (art.published - d.span.end).days > _RECENT_DAYS:
                continue  # "were to leave by December 2011", told in 2025: history
            if (
                deadline
                and _STATUS.match(deadline.group())
                and art.published
                and d.span.end <= art.published
                and _committed(art, d) is None
            ):
                deadline = None  # "As of Monday, 2,000 troops remained": a count's date, no deadline
            if art.published is None and d.span.end.year < _latest_year(art, latest) - _OLD_YEARS:
                continue  # an undated page: "the agreement, signed on 31 May 1974", told beside 2026, is history
            if art.published is None and deadline and _stretch_gone_by(art, s, d):
                continue  # an undated page: "guards accused of abuses from 2004 until 2011" is history
            if (
                art.published
                and d.span.end <= art.published
                # "will hand the base over in January", told on January 31: a month (or a year) that
                # ends on the report's day is not over yet
                and not (d.span.end == art.published and d.span.precision != "day" and _MODAL.search(art.text, s.start, d.start))
                and d.kind not in _AHEAD_KINDS
                and not deadline
                and not _planned_for_the_day(art, s, d)
            ):
                continue  # a date already past is history ("revealed the plan on Friday"), not a milestone
            if art.published and d.kind == "relative" and d.span.end < art.published and not deadline and not is_lapse(art, d):
                # "last week", "yesterday": a relative date behind the report is history too; a stretch
                # counted from a past start ("took effect on Nov. 27 ... have 60 days to withdraw") is a
                # deadline, passed or not
                continue
            what = (
                (_what_named(art, s.start, d.start, named) if named else None)
                # "In the first phase, lasting six weeks, the troops will leave ...": the step after the phase's length
                or (_what_fronted(art, _counted_from_end(art, d, s.end), s.end) if d.kind == "lapse" and _PHASE_OPENING.fullmatch(art.text, s.start, d.start) else None)
                or _what_deadline_for(art, s.start, d.start, d.end, s.end)
                or _what_or_after(art, s.start, s.end, d, spans)
                or _what_fronted(art, d.end, s.end, _opens(art, s.start, d.start))
                or _what_object(art, s.start, d.start, d.end, s.end)
                or _what_forces(art, s.start, d.start)
            )
            if what is None and deadline and deadline is not named:  # a bare "the June 30 deadline" bounds no clause
                what = _clause(art, s.start, s.end, deadline.start(), d.end)
                if what is not None and deadline.re is SET_LENGTH_AT and (at := art.text.find(what, s.start, d.end)) >= 0:
                    what = art.text[at : d.end]  # "set a four-day deadline": the length names the step
            if what is not None:
                what = _whole_verb(art, _time_clause(what), d)
                # "will pull out of the town by | early next year", "by the end of | next summer": the bound's words
                # left where the date's own begins
                what = _BOUND_WORD_LEFT.sub("", what) if len(what.split()) > 3 else what
            if what is None and named:
                what = _withdrawal_kept_past(art, s.start, d, what)  # "will keep five posts in X beyond the deadline"
            if what is None or (_negated_plan(what) and not _not_until(art, s.start, d) and not _missed(art, what, d)):
                continue  # "the US is not withdrawing": no step at all
            what = _step_alone(art, d, what)
            if named:
                what = _withdrawal_kept_past(art, s.start, d, what)
            what = _with_antecedent(art, s.start, d, what)
            what = _gap_step(what)
            due = _due(art, d)
            told = (d, what, deadline)
            beaten = _beaten_deadline(art, s.start, d, what)
            if beaten is not None:
                # "pulled out of the country ahead of the June deadline": a step done before a deadline
                # still ahead is done as of the report (GUIDE.md), not a plan due at the deadline
                what, due = beaten, art.published.isoformat()  # type: ignore[union-attr]
            met = beaten is None and art.published is not None and (deadline is not None or "deadline" in what.lower()) and _MET_DEADLINE.search(what)
            if beaten is None and not met and deadline is not None and art.published is not None and d.span.end <= art.published:
                met = _MET_APPOSED.match(art.text, d.end)  # "to hand over the crossing by May 2, a deadline they met"
            if beaten is None and art.published is not None and named and (meeting := _MEETING_IT.match(what)) and told_past("step", meeting.group("step")):
                # "had completed its withdrawal, meeting the September 15 deadline": the step done, met by then
                what, met = meeting.group("step"), meeting
            if met and d.span.end >= art.published:  # type: ignore[operator]
                due = art.published.isoformat()  # type: ignore[union-attr]  # "met the August deadline", told in July: done by the report
            key = (due, what.lower())
            if key not in seen:
                seen.add(key)
                # "left the country by September", told after September: the step done by then, not a plan
                gone = beaten is not None or bool(met) or bool(art.published and d.span.end < art.published and _LEFT_BY.search(what))  # type: ignore[union-attr]
                # "Israeli forces withdrew from the villages on Tuesday as the deadline expired": a step told done
                # in the simple past, on a day up to the report's, is done then, not a plan due that day
                gone = gone or bool(
                    art.published and not is_lapse(art, d) and d.span.end <= art.published and told_past("step", what)  # type: ignore[union-attr]
                )
                out.append(Milestone(what=what, due=due, evidence=evidence, done=gone))
            then = _then_step(art, d.end, s.end)
            if then is not None and (due, then.lower()) not in seen:
                seen.add((due, then.lower()))
                out.append(Milestone(what=then, due=due, evidence=evidence))
            later = _later_stage(art, what, due, s.start, d.end, s.end)
            if later is not None and (later.due, later.what.lower()) not in seen:
                seen.add((later.due, later.what.lower()))
                out.append(replace(later, evidence=evidence))
    # A term's length counts less than its end told as a date anywhere in the story ("extended ...
    # until 31 January"), which may fall a month off the length counted from the vote.
    extended = [m for m in _terms_extended(art) if not any(abs(_months(o.due) - _months(m.due)) <= 1 for o in out)]
    # "the mandate, which was due to expire on March 31, was renewed for a year": the old end is no term still due
    out = [o for o in out if o.done or not _OLD_END_TOLD.search(o.what) or not any(m.evidence == o.evidence and m.due > o.due for m in extended)]
    # a step still pending a counted distance after its deadline, when no dated clause told it already
    overdue = [m for m in pending_past_deadline(art) if not any(o.evidence == m.evidence for o in out)]
    for m in [*_done_steps(art, dates_in), *_truce_ends(art, dates_in), *extended, *_moves_on_their_day(art, out), *overdue]:
        key = (m.due, m.what.lower())
        if key not in seen and not any(o.due == m.due and o.evidence == m.evidence for o in out):
            seen.add(key)
            out.append(m)
        elif m.done:
            # "withdrew from the corridor on Sunday", told that Sunday: the day is not behind the report,
            # so the dated-clause reading took the clause for a plan; the reading of it as done, as on
            # any later day, takes its place.
            out = [m if _same_clause_as_plan(o, m) else o for o in out]
    out = _without_plan_of_done(out)
    # a step named only as another act's time is dropped, unless told done in an aside of its own
    out = [r for m in out if (r := _referenced_done(m) if _told_as_reference(m.what) else _plan_after_reference(m)) is not None]
    out = [m for m in out if not (m.done and (_spreading(m.what) or _supply_run(m)))]
    kept = [
        m
        for m in _one_per_step(art, _keep_precise(art, out))
        if not _procured(m.what, m.evidence) and not _civil_plan(m.what) and not _PASTIME.search(m.evidence)
        and not _AGE_TOLD.search(m.what)
        and (m.done or (not _meeting(m.what) and not _meeting_on_a_step(m) and not _visit(m.what) and not _attack_planned(m.what) and _binds(m.evidence) and not _considered(m.what, m.evidence)))
    ]
    # A step told by pointing back to the plan's date ("the rest of the north within the same period") is
    # a second step the story tells apart, not the plan retold: it stays beside it.
    kept += [m for m in _same_period(art, kept) if not any(o.what.lower() == m.what.lower() for o in kept)]
    kept = _held_on_after(art, kept)
    kept = [_moved_deadline_step(art, m, kept) for m in kept]
    return [
        _ordinal_phase(art, _with_stages_told(_without_step_of(_without_speaker(_given_step(_without_condition(_without_stamp(_without_strength(x))))))))
        for m in kept
        for x in _per_country(art, m, _argued(art, m))
    ]


#: A deadline moved, told in a sentence of its own that names no step: "The deadline was later pushed back".
_DEADLINE_MOVED = re.compile(
    r"^(?:[^,;]{0,60}?\b(?:said|says|announced|added|confirmed)\s+(?:that\s+)?)?(?:the|that|this|its|their)\s+(?:[\w-]+\s+)?deadline\s+(?:was|has\s+been|had\s+been|is\s+being|were|has|had)\s+(?:\w+ly\s+|later\s+|since\s+|then\s+)*"
    + _MOVED_VERB + r"\b",
    re.I,
)


#: A label that names a deadline, not its step: "That deadline expires".
_DEADLINE_NAMED = re.compile(r"(?:the|that|this|its|their)\s+(?:[\w-]+\s+)?deadline\b", re.I)


def _moved_deadline_step(art: Document, m: Milestone, found: list[Milestone]) -> Milestone:
    """ "US troops will leave by September. The deadline was later pushed back to June.": the moved
    deadline is the step told last before it, labelled by that step (its own words name none)."""
    if m.done or not _DEADLINE_MOVED.match(m.what):
        return m
    at = art.text.find(m.evidence)
    before = [
        (pos, o) for o in found
        if not o.done and o.evidence != m.evidence and _kinds(o.what) & _STEP_KINDS and not _DEADLINE_NAMED.match(o.what) and 0 <= (pos := art.text.find(o.evidence)) < at
    ]
    if not before:
        return m
    step = max(before, key=lambda x: x[0])[1]
    return replace(m, what=f"{step.what} (deadline moved)", due=_soonest_after(m, step.due))


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _soonest_after(moved: Milestone, old_due: str | None) -> str | None:
    """A deadline pushed back and told without its year ("The deadline was later extended to February 18", in
    an April story about a January deadline) is the first such day after the old one, not the next to come."""
    due = moved.due
    if not due or not old_due or _YEAR.search(moved.evidence) or due.endswith("-02-29") or _MOVED_ONLY.search(moved.what):
        return due
    while due <= old_due[: len(due)]:
        due = f"{int(due[:4]) + 1}{due[4:]}"
    while (earlier := f"{int(due[:4]) - 1}{due[4:]}") > old_due[: len(earlier)]:
        due = earlier
    return due


#: A deadline moved either way or sooner: "moved", "brought forward", not "pushed back" or "extended".
_MOVED_ONLY = re.compile(r"deadline\s+(?:\w+\s+){1,4}?(?:moved|brought\s+forward)", re.I)


#: A stage told by its ordinal alone ("the first ending in September", "the second in 2026"), after a clause
#: that splits a step into stages: "would pull out of the north in two stages, with the first ending ...".
_ORDINAL_ALONE = re.compile(r"^(?:the\s+)?(?:first|second|third|fourth|final|last)\b(?!\s+(?:phase|stage|step|part|batch|group)\b)", re.I)
_IN_STAGES = re.compile(
    r"(?P<head>[^,;:]*?\b(?:in|into|over)\s+(?:two|three|four|five|\d+)\s+(?:stages|phases|steps|parts|waves))\s*[,;:]", re.I
)


def _with_stages_told(m: Milestone) -> Milestone:
    """ "foreign forces would pull out of the north in two stages, with the first ending in September 2025":
    the stage's label is the split step with its ordinal, so the timeline says who leaves where."""
    if not _ORDINAL_ALONE.match(m.what) or (split := _IN_STAGES.search(m.evidence)) is None:
        return m
    head = _SAID_THAT.sub("", split.group("head").strip())
    # "the first ending (the second)": the later stage joined to the first is told by its own ordinal
    own = _JOINED_ORDINAL.search(m.what)
    return replace(m, what=f"{head}: {own.group(1) if own else m.what}")


_ORDINAL_HEAD = re.compile(r"^(?P<ord>(?:the\s+)?(?:first|second|third|fourth|final|last))\b", re.I)
_PHASE_NOUN = re.compile(r"\b(?:first|second|third|initial)\s+(?P<noun>phases?|stages?)\b", re.I)


def _ordinal_phase(art: Document, m: Milestone) -> Milestone:
    """ "The first phase ... began on 1 September, and the second will end by 31 December": the later phase told by
    its ordinal alone is labelled by the phase and its step, as its sentence or the one before names them."""
    if not _ORDINAL_ALONE.match(m.what) or (head := _ORDINAL_HEAD.match(m.what)) is None:
        return m
    at = art.text.find(m.what, art.text.find(m.evidence) if m.evidence else 0)
    if at < 0:
        return m
    i = art.sentence_index(at)
    noun = _PHASE_NOUN.search(art.text, art.sentences[i].start, at)
    step = _phase_step(art, i, at) if noun is not None else None
    if noun is None or step is None:
        return m
    return replace(m, what=f"{head.group('ord')} {noun.group('noun').lower().rstrip('s')} of {step}{m.what[head.end():]}")


_JOINED_ORDINAL = re.compile(r"\((the\s+(?:second|third|fourth|final|last))\)$", re.I)


#: A speaker's lead-in before what is said: "The minister told parliament that ".
_SAID_THAT = re.compile(r"^.*?\b(?:said|says|told|announced|stated)\b[^,;]{0,40}?\bthat\s+|^.*?\b(?:said|says|announced|stated)\s+", re.I)


#: A speaker's lead-in that opens a step's label, before a clause of its own: "The ministry said on Sunday
#: that" (Israel had agreed to ...), "the envoy says" (the force will ...). The clause after it must have a
#: finite verb near its start, so "said the pullout, due by May" keeps its words.
_SPEAKER_LEAD = re.compile(
    r"^(?P<who>[^,;:]{2,60}?)\s+(?:(?:has|have|had)\s+)?(?:said|says|stated|added|confirmed)"
    r"(?:\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:\w+day|\w+\.?\s+\d{1,2})|\s+in\s+a\s+statement|\s+(?:today|yesterday|tonight)|\s+\w+ly"
    r"|\s+(?:(?:earlier|late)\s+)?(?:last|this)\s+(?:week|weekend|month|night))*,?\s+(?:that\s+)?"
    r"(?=(?:[\w'’.-]+\s+){0,6}?(?:will|would|shall|must|had|has|have|is|are|was|were|could|should)\b)",
    re.I,
)
#: A speaker who is a person, whose "it" or "they" after the lead-in is someone else: "a spokesman (for the
#: army) said it".
_PERSON_SPEAKER = re.compile(
    r"\b(?:spokes\w*|officials?|ministers?|president|premier|commanders?|generals?|envoys?|ambassadors?|diplomats?|sources?"
    r"|aides?|advis[eo]rs?|analysts?|he|she|who)\b",
    re.I,
)
_PRONOUN = re.compile(r"^(?:it|they|(?P<poss>its|their))\s+", re.I)
#: A name after a label's first word: the clause names a party or place of its own.
_NAME_IN = re.compile(r"\s(?-i:[A-Z])")


def _without_speaker(m: Milestone) -> Milestone:
    """The milestone labelled by what the speaker says, not by the saying ("the ministry said on Sunday that
    Israel had agreed to extend the truce" is Israel's step): a party that tells its own step in the third
    person ("the army said it would leave") stays its subject; a person's "it" keeps the whole label."""
    lead = _SPEAKER_LEAD.match(m.what) if " said" in m.what or " says" in m.what or "ed " in m.what else None
    if lead is None:
        return m
    rest, who = m.what[lead.end() :], lead.group("who")
    pronoun = _PRONOUN.match(rest)
    if pronoun is not None:
        if _PERSON_SPEAKER.search(who):
            return m
        # "the coalition's forces", "the rebels' truce", "the army will"
        joint = ("'" if who.endswith("s") else "'s") + " " if pronoun.group("poss") else " "
        rest = who + joint + rest[pronoun.end() :]
    elif not _NAME_IN.search(rest) and not _forces_subject(rest):
        return m  # "the US said the deadline had been extended": the speaker is the only party the label names
    return m if len(rest.split()) < 3 else replace(m, what=rest)


def _forces_subject(clause: str) -> bool:
    """The said clause's subject is forces ("the battalion will withdraw", "its troops are to leave"): a party of
    its own, so the saying before it is no part of the step."""
    head = clause.split(None, 4)
    return len(head) > 2 and head[0].lower() in _OWNERS and any(w.lower() in _FORCE_NORMS for w in head[1:3])


_OWNERS = frozenset(words("the its their all"))


#: A force's strength told beside its name: "the African Union force of 11,000 soldiers in Somalia", "the
#: mission, with some 2,500 troops,": a posture fact of its own (posture.py), not part of the step's label
#: (not "the withdrawal of 4,000 troops" nor "a contingent of 1,000 troops will deploy": what moves is the step's).
_STRENGTH = re.compile(
    r"\b(force|mission|coalition)(?:,\s+(?:with|of)|\s+(?:of|with))\s+(?:(?:some|about|around|roughly|nearly|more\s+than|at\s+least)\s+)?"
    rf"(?:{NUMBER})\s+(?:{TROOPS}|troops)(?:\s+(?:in|stationed\s+in|deployed\s+in)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)?,?(?=\s)",
    re.I,
)


def _without_strength(m: Milestone) -> Milestone:
    """The milestone with its force's strength left out of its label ("the African Union force will hand over")."""
    if not any(c.isdigit() for c in m.what):
        return m
    what = _STRENGTH.sub(r"\1", m.what)
    return m if what == m.what else replace(m, what=what)


#: A live-blog entry's clock stamp opening the sentence, with its markup and dash: "14:05 ", "**09.30 GMT** — ".
_LABEL_STAMP = re.compile(r"^[\s*_\[]*\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|BST|CET|EET|ET|local(?:\s+time)?))?[\s*_\]]*(?:[—–-]\s*)?(?=\S)")


def _without_stamp(m: Milestone) -> Milestone:
    """The milestone with a live-blog entry's clock stamp left out of its label ("Hamas will release", not
    "14:20 Hamas will release"): the stamp tells when the entry was posted, not the step."""
    stamp = _LABEL_STAMP.match(m.what) if m.what[:1] in "0123456789*_[ " else None
    return m if stamp is None else replace(m, what=m.what[stamp.end() :])


#: A stretch or a bound given to a party for its step: "gave the 1,000 French troops until January 31 to leave the
#: country", "gave Israeli forces 60 days to pull out", "French troops were given until April 30 to leave".
_GIVEN_TO = re.compile(
    r"(?:\b(?:gave|gives|give)\s+(?P<who>(?!(?:them|him|her|it|us|me|until|till)\b)(?:[\w’'-]+(?:,\d{3})*\s+){1,10}?)"
    r"|^(?P<subject>(?:[\w’'-]+(?:,\d{3})*\s+){1,10}?)(?:was|were|(?:has|have|had)\s+been)\s+given\s+)"
    rf"(?:(?:until|till)\s+[^,;:]{{1,40}}?\s+|(?:another\s+|a\s+further\s+)?(?:{NUMBER}|an?|one|a\s+few|several)\s+(?:(?:more|additional|extra)\s+)?(?:hours?|days?|weeks?|months?)\s+(?:more\s+)?)"
    r"to\s+(?P<step>[^,;:()]+)",
    re.I,
)
#: A strength before the party given the stretch: "the roughly 1,000" (French troops).
_GIVEN_COUNT = re.compile(rf"^(?:the\s+)?(?:(?:some|about|around|roughly|nearly|approximately|more\s+than|at\s+least)\s+)?(?:{NUMBER})\s+(?=\S)", re.I)


def _given_step(m: Milestone) -> Milestone:
    """A step given to a party by a bound or a stretch is labelled by who does what ("Israeli forces pull out of
    the south"), not by the giver and the stretch: the timeline says who must leave where."""
    if m.done or ("give" not in m.what and "gave" not in m.what):
        return m
    at = m.evidence.find(m.what.split(" (")[0])
    g = _GIVEN_TO.search(m.evidence, at) if at >= 0 else None
    if g is None or g.start() >= at + len(m.what):
        return m
    who = _GIVEN_COUNT.sub("", (g.group("who") or g.group("subject")).strip())
    step = g.group("step").strip(" .\"”")
    return m if len(who.split()) + len(step.split()) < 3 else replace(m, what=f"{who} {step}")


#: A condition after the step: "would withdraw its troops from the border | if Moscow agrees to the terms".
_CONDITION_AFTER = re.compile(
    r"\s+(?:only\s+|even\s+)?(?:if|unless|provided(?:\s+that)?|providing|as\s+long\s+as|on\s+condition\s+that)\s+[^()]*?(?=\s+\([^()]*\)$|$)",
    re.I,
)


def _without_condition(m: Milestone) -> Milestone:
    """A conditional commitment stays a milestone (_HYPOTHETICAL), labelled by its step alone: the condition
    ("if Moscow agrees to the new terms") is what it hangs on, not what is due."""
    if " if " not in m.what and " unless " not in m.what and " provid" not in m.what and " as long as " not in m.what and " on condition " not in m.what:
        return m
    cut = _CONDITION_AFTER.search(m.what)
    if cut is None or len(m.what[: cut.start()].split()) < 3:
        return m
    return replace(m, what=m.what[: cut.start()] + m.what[cut.end() :])


#: A done step's apposition before the plan its relative clause dates: "[handed over two bases,] the first step
#: in a withdrawal that is due to be completed by ...": the label is the withdrawal, not its first step.
_STEP_OF = re.compile(
    r"^(?:(?:the|a|an)\s+(?:[\w-]+\s+)?(?:step|stage|phase|part)|part)\s+(?:in|of|towards?)\s+(?=(?:a|an|the|its|their)\s+[^,;]*?\b(?:that|which)\s)",
    re.I,
)


def _without_step_of(m: Milestone) -> Milestone:
    """The milestone labelled by the plan a step is told part of, when the plan's own relative clause carries
    the date ("the first step in a withdrawal that is due to be completed by July" is the withdrawal); a
    phase that is the clause's subject ("The first phase of the withdrawal will end") keeps its label."""
    step = _STEP_OF.match(m.what) if m.what[:1] in "tTaApP" else None
    return m if step is None else replace(m, what=m.what[step.end() :])


#: What a force still holds (held_ground.HELD_ON), said of the party in a sentence of its own: "Israel still
#: holds ...", "It still keeps ...".
_HELD_ON_SAID = re.compile(
    r"^\s*(?P<who>It|They|(?:The\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?:\s+(?:troops|forces|soldiers|army|military))?)\s+"
    r"(?i:" + HELD_ON.pattern.removeprefix(r"\b") + ")",
)


def _due_end(due: str) -> date | None:
    """The last day a due date ('YYYY-MM-DD', 'YYYY-MM', 'YYYY') can mean."""
    try:
        parts = [int(p) for p in due.split("-")]
        if len(parts) == 3:
            return date(*parts)
        if len(parts) == 2:
            return date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1) - timedelta(days=1)
        return date(parts[0], 12, 31) if len(parts) == 1 else None
    except (ValueError, TypeError):
        return None


def _held_on_after(art: Document, found: list[Milestone]) -> list[Milestone]:
    """A step told as due on a day gone by ("was to withdraw from the south by 18 February"), and the
    sentence right after it telling its party still holds ground there ("Israel still holds five
    positions", "It still keeps troops there"): that sentence is read with the step's, a report of it
    still pending. Only a sentence that opens with the party (named in the step's clause) or a
    pronoun; the step's own sentence told as a plan not done."""
    if art.published is None or "still" not in art.text:
        return found
    sentences = [s.text for s in art.sentences]
    told: dict[str, str] = {}
    for m in found:
        if m.done or m.evidence in told or m.evidence not in sentences:
            continue
        end = _due_end(m.due)
        if end is None or end >= art.published:
            continue
        at = sentences.index(m.evidence)
        after = sentences[at + 1] if at + 1 < len(sentences) else ""
        said = _HELD_ON_SAID.match(after)
        if said is None:
            continue
        who = said.group("who").lower().removeprefix("the ").split()[0]
        if who in ("it", "they") or who in m.what.lower():
            told[m.evidence] = f"{m.evidence} {after}"
    return [replace(m, evidence=told[m.evidence]) if m.evidence in told and not m.done else m for m in found]


#: A date told by pointing back to the one just given: "within the same period", "by the same date",
#: "by then" (not "at the same time", which tells two things side by side, not a date).
_SAME_PERIOD = re.compile(
    r"\b(?:(?:within|in|by|over|during)\s+the\s+same\s+(?:period|time\s*frame|timeframe|date|deadline|day|window)"
    r"|on\s+the\s+same\s+(?:day|date)"
    r"|(?:by|before|until)\s+(?:then|that\s+(?:date|day|deadline)))\b",
    re.I,
)
#: A word that tells a step ahead: "will", "must", "is to", "is expected to".
_AHEAD_MODAL = re.compile(r"\b(?:will|would|shall|must|should|(?:is|are|has|have|set|due|expected|scheduled|plans?)\s+to)\b", re.I)


def _same_period(art: Document, found: list[Milestone]) -> list[Milestone]:
    """A step told ahead with no date of its own but one that points back ("Turkish troops will leave
    the rest of the north within the same period", "... before then", "By then, ..."), in the sentence right
    after (or the one after that) a plan's sentence: due when that plan is. Its clause, up to the pointer
    (or after a pointer that opens it), names a step and a modal of its own; nothing is read when the plan's
    sentence held no pending step."""
    if not _SAME_PERIOD.search(art.text):
        return []
    plans: dict[str, Milestone] = {}
    for m in found:
        if not m.done:
            plans.setdefault(m.evidence, m)
    out = []
    for i, s in enumerate(art.sentences):
        pointer = _SAME_PERIOD.search(s.text)
        if pointer is None:
            continue
        plan, start, at = _pointed_plan(art, i, pointer, plans)
        if plan is None or not _step_words(art, start, at) or not _AHEAD_MODAL.search(art.text, start, at):
            continue
        what = _LEADING_LINK.sub("", art.text[start:at].strip(" ,;:."))
        if len(what.split()) >= 3 and not _negated_plan(what):
            out.append(Milestone(what=what, due=plan.due, evidence=s.text))
    return out


def _pointed_plan(
    art: Document, i: int, pointer: re.Match[str], plans: dict[str, Milestone]
) -> tuple[Milestone | None, int, int]:
    """The plan the date pointer in sentence ``i`` points back to (one of ``plans``, by its sentence),
    and the span of the clause told due with it: the clause up to the pointer, or the one after a pointer
    that opens the sentence."""
    s = art.sentences[i]
    at = s.start + pointer.start()
    dated = art.dates_in(s.start, s.end)
    if dated:
        # "must leave within 30 days, and the army will deploy in the same period": a clause of its own
        # after the plan's date, in the plan's sentence
        return (plans.get(s.text) if dated[-1].end < at else None), _clause_begin(art.text, dated[-1].end, at), at
    plan = next((plans[p.text] for p in art.sentences[max(0, i - 2) : i][::-1] if p.text in plans), None)
    start = _clause_begin(art.text, s.start, at)
    own = plans.get(s.text)
    if own is not None and start > s.start and own.what not in art.text[start:at]:
        plan = own  # "will withdraw over 60 days, and Hezbollah will pull back during the same period"
    if not art.text[s.start : at].strip():
        # fronted: "By then, the army will have left the villages": the clause after it, to its end
        start = s.start + pointer.end()
        stop = _BOUNDARY.search(art.text, start + 2, s.end)
        at = stop.start() if stop else s.end
    return plan, start, at


def not_done_ahead(art: Document, found: list[Milestone]) -> list[Milestone]:
    """Steps read as done but due to the day after the report are plans: nothing is done on a day still to
    come (a headline "Truce to start on Sunday" told on the Thursday before, whichever reading marked it)."""
    if art.published is None:
        return found
    today = art.published.isoformat()
    return [replace(m, done=False) if m.done and len(m.due) == 10 and m.due > today else m for m in found]


def _step_alone(art: Document, d: DateMention, what: str) -> str:
    """The step's clause without the words that only set it against its date ``d`` (a deadline named
    after it, or the date's own phrase) or the step done before it."""
    if _DEADLINE_AFTER.match(art.text, d.end):
        what = _SET_AGAINST.sub("", what)  # "yet to leave the country despite the | September deadline"
        what = _BOUND_BY_THE.sub("", what) or what  # "will leave the country by the | September deadline"
    what = _plan_after_done(what)
    what = _MOVED_TAIL.sub("", what) or what  # "were meant to leave the town | within 60 days, a deadline later extended"
    return _BOUND_LEFT.sub("", what) or what  # "will leave by the | 30th of September", "pull out later | this month"


#: A step's clause closed by a verb that only tells its date expected or moved: "is now expected", "was pushed back".
_EXPECTED_TAIL = re.compile(
    r"\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:now\s+|since\s+|later\s+|again\s+|then\s+|\w+ly\s+)?"
    r"(?:expected|" + _MOVED_VERB + r")$",
    re.I,
)


#: A step's first deadline and its move, left at the end of its clause before the day it was moved to: "within 60
#: days, a deadline later extended" (to March 9): the step is what comes before them.
_MOVED_TAIL = re.compile(
    r"(?:\s+(?:within|in|by)\s+[^,;]{1,30})?,\s*(?:a|the)\s+(?:deadline|target|date|timeline)\s+(?:(?:that\s+was|which\s+was|since|later|then|subsequently)\s+)?"
    + _MOVED_VERB + "$",
    re.I,
)


def _without_plan_of_done(found: list[Milestone]) -> list[Milestone]:
    """ "The handover of the camp, which had been scheduled for April, took place on Tuesday": the aside's
    day is the plan the step, told done in the same clause, has since met; no pending step of its own."""
    done = [m for m in found if m.done]
    if not done:
        return found
    return [
        o for o in found
        if o.done or not any(m.evidence == o.evidence and o.due < m.due and len(m.what) > len(o.what) and m.what.lower().startswith(o.what.lower()) for m in done)
    ]


def _same_clause_as_plan(plan: Milestone, done: Milestone) -> bool:
    """``plan`` is the clause ``done`` tells as done, read as a plan due that day."""
    if plan.done or plan.due != done.due or plan.evidence != done.evidence:
        return False
    a, b = plan.what.lower(), done.what.lower()
    return a.startswith(b) or b.startswith(a)


def _per_country(art: Document, m: Milestone, argued: Milestone) -> list[Milestone]:
    """A step whose clause names two countries joined as its places ("will cut its troops in A to 2,500
    and to 2,500 in B", "will withdraw troops from A and B by May") is a step in each: a commitment is
    who does what where, and outlets follow a drawdown country by country. Each share is the clause
    with ": in <country>" after it, so that both shares say which country is theirs. Only where the
    clause names its own party (``argued`` is ``m``): a party borrowed from the sentences before may
    not be the one that acts in both. Lists of three or more countries stay one step: measured on the
    check shards, they split into false steps."""
    at = art.text.find(m.what, art.text.find(m.evidence) if m.evidence else 0)
    if at < 0 or " and " not in m.what or argued is not m:
        return [argued]
    places: list[Mention] = []
    for x in art.mentions_in(at, at + len(m.what)):
        # a country after a preposition of place, or joined to the one before it ("from A and B")
        if _is_country(x) and (_is_place(art, x) or (places and art.text[places[-1].end : x.start] == " and ")):
            places.append(x)
    names = list(dict.fromkeys(art.text[x.start : x.end] for x in places))
    if len(names) != 2 or " and " not in art.text[places[0].end : places[-1].start]:
        return [m]
    return [replace(m, what=f"{m.what}{SHARE_MARK}{name}") for name in names]


#: A step named as the time another act is told by: "the announcement comes shortly after the rebels handed
#: over ...", "the move follows the group's decision" (not "hours after the sides agreed to a truce, ...":
#: a truce agreed is still the day's step).
_REFERENCE_TO = re.compile(
    r"\b(?:comes?|came|follows?|followed)\s+(?:\w+\s+){0,2}?(?:after|on\s+the\s+heels\s+of)\b"
    r"|\b(?:move|announcement|decision|statement|step)\s+follows\b",
    re.I,
)
#: ... and told ahead in reported speech: "came days after Rwanda said it would keep its troops there until 2026".
_WILL_AFTER = re.compile(r"\b(?:will|shall|would(?!\s+have\b))\b", re.I)


def _told_as_reference(what: str) -> bool:
    """The clause names its step only as the time of another act ("comes after the rebels handed over
    ..."), unless what follows is itself ahead: "this comes after the president told reporters he will
    start pulling troops off the island on June 1" (or "said it would keep its troops there until 2026") is his plan."""
    ref = _REFERENCE_TO.search(what)
    return ref is not None and _WILL_AFTER.search(what, ref.end()) is None


#: A step named after the reference, then told done in a clause of its own: "(the move follows) the
#: pullout from the post, which was completed on May 1", "the closure of two outposts, which were handed over
#: to the army in April" reports the step done, whatever followed it.
_DONE_ASIDE = re.compile(
    r",\s+which\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:completed|finished|concluded|carried\s+out|handed\s+(?:over|back)|returned|vacated|evacuated|withdrawn|dismantled)\b",
    re.I,
)


def _done_after_reference(what: str) -> bool:
    return (ref := _REFERENCE_TO.search(what)) is not None and _DONE_ASIDE.search(what, ref.end()) is not None


def _plan_after_reference(m: Milestone) -> Milestone:
    """A plan told ahead after the reference that names it ("the attack came days after Rwanda said it would
    keep its troops ..."): labelled from the plan's own words, not the act it is the time of."""
    ref = _REFERENCE_TO.search(m.what)
    if ref is None:
        return m
    step = _LEADING_LINK.sub("", m.what[ref.end() :].strip(" ,;:"))
    return replace(m, what=step) if len(step.split()) >= 3 else m


def _referenced_done(m: Milestone) -> Milestone | None:
    """A step told done in its own aside after the reference that names it: the step, labelled from
    its noun on; None when the step is only the other act's point in time."""
    ref = _REFERENCE_TO.search(m.what)
    if not m.done or ref is None or not _done_after_reference(m.what):
        return None
    step = _LEADING_LINK.sub("", m.what[ref.end() :].strip(" ,;:"))
    return replace(m, what=step) if len(step.split()) >= 3 else None


#: What a plan's sentence may bind besides a step: a truce, a deal or a term, forces, fighters or captives.
_BINDS = re.compile(
    # (not "in force": "the curfew will stay in force until Friday" is a rule in effect, no armed force)
    r"\b(?:" + _TRUCE_NAMES + r"|ultimatum|deadline|agreement|deal|accord|pact|mandate|mission|" + TROOPS
    + r"|(?<!\bin\s)(?<!\binto\s)forces?|army|"
    r"military|fighters|gunmen|militants|militias?|rebels|insurgents|combatants|guards|police|bases?|hostages?|prisoners|"
    r"captives|detainees|patrols?|occupation|presence|troop\s+(?:levels?|numbers|strength|count))\b",
    re.I,
)


def _binds(sentence: str) -> bool:
    """A plan's own sentence names a step, a force, a truce, a deal or a term. The security test lets a
    sentence through on the words of the two before it ("Its second stage runs until ..."), but one that
    names none of these itself binds no one: a trip put off, a hope to travel, a feast kept on a day."""
    return bool(
        _kinds(sentence)
        or _BINDS.search(sentence)
        or any(lemma(w) in STEP_LEMMAS for w in _CONTENT_WORD.findall(sentence.lower()))
    )


#: Arms bought, ordered or delivered: "the first deliveries are due by", "plans to receive 100 tanks by",
#: "the fleet will enter service in".
_ACQUIRED = re.compile(
    r"\b(?:deliver(?:y|ies|ed|ing|s)?|receiv(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|"
    r"procur(?:e|es|ed|ing|ement)|acquir(?:e|es|ed|ing)|acquisition|(?:in|into|enters?|entered|entering)\s+service)\b",
    re.I,
)
#: What is bought: arms and their platforms.
_ARMS = re.compile(
    r"\b(?:tanks?|jets?|aircraft|warplanes?|fighter\s+planes?|helicopters?|missiles?|interceptors?|launchers?|"
    r"(?:air[- ]defen[cs]e|missile|weapons?|rocket|artillery)\s+systems?|drones?|armou?red\s+vehicles|frigates?|submarines?|"
    r"corvettes?|warships?|howitzers?|ammunition|munitions|shells|rifles|radars?|(?-i:[A-Z]{1,3})-\d+\w*|"
    # "two more Patriot batteries": launchers and radars bought as one unit
    r"(?:air[- ]defen[cs]e\s+|missile\s+|(?-i:[A-Z])\w+\s+)batter(?:y|ies))\b",
    re.I,
)


#: Money spent: "will spend more on its troops next year", "will raise the army budget by 2027".
_SPENT = re.compile(r"\b(?:spend(?:s|ing)?|spent|budgets?|funding|allocat(?:e|es|ed|ing|ion))\b", re.I)


def _procured(what: str, sentence: str) -> bool:
    """ "The army plans to receive 100 new tanks by September", "with the first deliveries due by 2027", "will
    spend more on its troops next year": arms bought or delivered, or money spent, by a date are a contract's
    or a budget's schedule, no step of a force's presence (a base received, "hand over", "withdraw", is one)."""
    # a clause without its subject ("to be completed by 2028") is about the noun told just before it
    # ("with deliveries to begin in 2026 and to be completed by 2028")
    # ... and so is one opened by a relative ("the first of which are expected to arrive by 2028")
    at = sentence.find(what) if _NO_SUBJECT.match(what) or _OF_WHICH.match(what) else -1
    subject = sentence[max(0, at - _SUBJECT_REACH) : at] if at > 0 else ""
    acquired = _ACQUIRED.search(what) is not None or _ACQUIRED.search(subject) is not None
    return (
        (_SPENT.search(what) is not None or (acquired and _ARMS.search(sentence) is not None))
        # ("the end of 2026" is a date's words, no step that ends)
        and not _kinds(_TIME_END.sub("", what)) & {"leave", "hand", "end"}
    )


#: The end of a time, a date's own words: "by the end of 2026", "the end of next month".
_TIME_END = re.compile(rf"\bthe\s+end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:(?:19|20)\d\d\b|year\b|month\b|week\b|{MONTH})", re.I)


#: A clause that opens at its verb: "to be completed", "will be finished", "be handed".
#: A clause whose subject is a part of the noun before it: "the first of which", "some of them", "which".
_OF_WHICH = re.compile(r"(?:(?:the\s+)?(?:first|last|rest|remainder|bulk|most|some|all|half|\w+)\s+of\s+)?(?:which|them)\b", re.I)
_NO_SUBJECT = re.compile(r"(?:to|be|will|would|shall|could|should|must|is|are|was|were)\s", re.I)
_SUBJECT_REACH = 60


#: What civil life plans by a date: flights, schools, embassies, curfews, civilians and citizens.
_CIVIL_THINGS = re.compile(
    r"\b(?:flights?|airlines?|airways|schools?|universities|classes|exams|embass(?:y|ies)|consulates?|curfews?|"
    r"civilians|citizens|nationals|residents|tourists|passengers|diplomats|non-emergency\s+staff|shops|businesses"
    # a firm's plans ("will cut 3,000 jobs by March", "leave the Chinese market by 2027", "sell its stake")
    r"|jobs|layoffs|markets?|shares|stakes?|stores|dividends?|profits?|revenues?|customers|shareholders|investors)\b",
    re.I,
)


#: A state's measures against another and a court's penalties: "extended its sanctions until July 31",
#: "will phase out gas imports by 2027", "his term in jail runs until 2027".
_MEASURES = re.compile(r"\b(?:sanctions|embargo(?:es)?|tariffs?|imports|exports|jail|prison\s+terms?|sentences?)\b", re.I)


def _civil_plan(what: str) -> bool:
    """ "Air France will halt flights to Beirut until the end of June", "Schools will remain closed until
    September", "ordered staff to leave the embassy by Friday": civil life's plans, told in a story of
    security, name no force, truce or deal, and bound no step of a presence. So do sanctions, trade
    bans and jail terms, unless the clause hands over or leaves ("will hand the prison over by June")."""
    measure = _MEASURES.search(what) is not None and not _kinds(what) & {"leave", "hand", "end"}
    return ((measure or _CIVIL_THINGS.search(what) is not None) and _BINDS.search(what) is None) or _reporting(what)


#: A duty to report: "asked the commission to report on the mission's progress", "must submit its
#: assessment", "will present a review of the force".
_REPORTING = re.compile(
    r"\breport\s+(?:back\s+)?(?:on|to)\b"
    r"|\b(?:submit|present|deliver|send)(?:s|ted|ed)?\s+(?:(?:a|an|its|their|the|his|her)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:report|assessment|review|recommendations|findings|briefing|options)\b"
    # an inquiry finished: "will complete its investigation into the strike", "to conclude the probe"
    r"|\b(?:complet|conclud|finish|wrap)\w*\s+(?:up\s+)?(?:(?:a|an|its|their|the|his|her)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:investigations?|inquiry|inquiries|enquiry|probes?|review)\b"
    # a briefing of a council, lawmakers or the press: "will brief the Security Council on July 21"
    r"|\bbrief(?:s|ed|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:council|parliament|lawmakers|legislators|congress|"
    r"senators|committee|assembly|reporters|press|journalists|envoys|ambassadors)\b",
    re.I,
)


def _reporting(what: str) -> bool:
    """ "The council asked the commission to report on the progress of the mission by the end of March": a
    report due on a mission is paperwork, no step of it (unless the clause also names one: "report on the
    withdrawal, which will end in May" names the withdrawal's own end)."""
    if _REPORTING.search(what) is None:
        return False
    rest = _REPORTING.sub(" ", what)  # (the inquiry's own verb, "conclude its review", is no step's)
    return not _kinds(rest) & _STEP_KINDS and _names_no_step(rest)


#: Occasions a conflict story also dates, a court's day, a parade or a match ("will hear an appeal on
#: May 3", "will hold a parade on July 14"): like a meeting, they change no force's presence.
_OCCASIONS = r"trials?|appeals?|verdicts?|parades?|funerals?|rall(?:y|ies)|matches|qualifiers?|fixtures?"
_OCCASION = re.compile(rf"\b(?:{_OCCASIONS})\b", re.I)


#: A pastime in a plan's sentence: soldiers on a sports tour or at a match ("a team of 30 soldiers arrived for a
#: rugby tour", "will play three matches before returning home") move for sport, no step of a presence.
_PASTIME = re.compile(
    r"\b(?:rugby|cricket|basketball|volleyball|marathon|tournaments?|championships?|olympics|friendlies"
    r"|football(?!\s+(?:stadium|ground|pitch|field)s?)|(?:sports?|friendly)\s+(?:tour|event|games)|matches)\b",
    re.I,
)


#: A war or a truce told by its age: "the war entered its third year on Monday", "as the siege enters its
#: second month": how long it has lasted, no step of a presence (a truce "entering its second phase" is one).
_AGE_TOLD = re.compile(
    r"\b(?:wars?|conflicts?|fighting|siege|offensive|occupation|invasion|insurgency|uprising|blockade|truce|ceasefire|cease-fire)\b"
    + IN_SENTENCE + r"{0,80}?\benter(?:s|ed|ing)?\s+(?:into\s+)?its\s+(?:[\w-]+\s+)?(?:years?|months?|weeks?|days?)\b",
    re.I,
)


#: Gatherings and ballots set for a day: "a meeting scheduled for Monday", "a summit on June 12".
_GATHERINGS = r"meetings?|talks|summits?|sessions?|conferences?|visits?|hearings?|elections?|votes?|negotiations|" + _OCCASIONS
_GATHERING = re.compile(rf"\b(?:{_GATHERINGS})\b", re.I)


#: A gathering named right before the date that is set for it ("a vote that is due to be held on", "the
#: games set for"): the date is the gathering's, whatever step the clause told before.
_GATHERING_SET = re.compile(
    rf"\b(?:{_GATHERINGS}|games|polls?|referendum|ceremony|festival|tournament|championships?),?\s+(?:which\s+|that\s+)?(?:(?:is|are|was|were)\s+)?"
    r"(?:scheduled|set|slated|planned|due)\s+(?:to\s+(?:take\s+place|be\s+held)\s+)?(?:for|on|in)?\s*$",
    re.I,
)


#: A round of talks or negotiations: a step of a process told by its number ("a third round of expert
#: talks"), kept as a plan on its day where a meeting alone is not (its round held is a step done).
_ROUND = re.compile(r"\bround\s+of\s+(?:[\w-]+\s+){0,3}?(?:talks|negotiations)\b", re.I)
#: A step bounded by the gathering itself: "withdraw before the elections, which are set for March".
_BOUNDED_BY = re.compile(r"\b(?:before|by|until|till|ahead\s+of)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)


#: A deal told made on a day, by its noun and past participle: "under an agreement signed in August", "a
#: resolution adopted on May 3" (not "an agreement to be signed in August", a plan of its own).
_DEAL_MADE_ON = re.compile(
    r"\b(?:agreements?|deals?|accords?|resolutions?|truces?|ceasefires?|cease-fires?|pacts?|treaty|treaties|memorandum|decree)"
    r"\s+(?:(?:first|originally|jointly|formally|unanimously)\s+)?"
    r"(?:signed|adopted|reached|approved|passed|struck|sealed|inked|brokered|concluded)\s+(?:on\s+|in\s+|last\s+|earlier\s+this\s+)?$"
    # a step's plan told agreed or announced on its day: "leave by December under the drawdown agreed in June"
    r"|\b(?:drawdown|withdrawal|pullout|timetable|roadmap|deadline)s?\s+(?:(?:first|originally|jointly|formally)\s+)?"
    r"(?:agreed|announced|unveiled|decided|approved|set)\s+"
    # "the September 15 deadline agreed with the ruling junta in May": the party it was agreed with between
    r"(?:(?:with|by|between)\s+(?:(?!by\b)[\w'’-]+\s+){1,4}?)?(?:on\s+|in\s+|last\s+|earlier\s+this\s+)?$",
    re.I,
)


def _gathering_day(art: Document, lo: int, d: DateMention) -> bool:
    """The date is set for a gathering named just before it, which bounds no step of the clause: "after
    guarding the fair set for November", "with a vote that is due to be held on" (not "leave before the
    elections, which are set for March")."""
    g = _GATHERING_SET.search(art.text, max(lo, d.start - 80), d.start)
    return (
        g is not None
        and _ROUND.search(art.text, max(lo, g.start() - 40), g.end()) is None
        and _BOUNDED_BY.search(art.text, max(lo, g.start() - 30), g.start()) is None
    )


#: People meeting or talking, told by the verb: "the military chiefs will speak again", "will meet on Friday".
_TALKING = re.compile(r"\b(?:meet|speak|talk|confer|convene)(?:\s+again)?\s*$", re.I)


#: The last relative clause of a label, opened after a comma: ", which will hold ...", ", who will meet ...".
_RELATIVE_LAST = re.compile(r",\s+(?:which|who)\s+(?!.*,\s+(?:which|who)\s)", re.I)


def _meeting(what: str) -> bool:
    """A plan's clause is a gathering or a ballot set for its day and names no step: people meeting,
    talking or voting on a date is no change of a force's presence ("the council will hold a meeting
    on the withdrawal on Tuesday" names the withdrawal only as its topic; "the army chiefs will speak
    again on Monday" tells the talk by its verb). A relative clause closing the label is the clause its
    date is told in: "set up a committee, which will hold its first meeting" (on May 7) is the meeting's."""
    if (rel := _RELATIVE_LAST.search(what)) is not None:
        what = what[rel.end() :]
    talk = _GATHERING.search(what) is not None or _TALKING.search(what) is not None
    return talk and _ROUND.search(what) is None and (_names_no_step(what) or _gathering_lasts(what))


#: Verbs of going on, which make a step only of a presence or a truce: "the talks will continue", "the
#: trial is expected to last", "the session would run".
_LASTING = re.compile(r"\b(?:last(?:s|ed|ing)?|run(?:s|ning)?|ran|continu(?:e|es|ed|ing)|go(?:es)?\s+on|carry\s+on)\b", re.I)


def _gathering_lasts(what: str) -> bool:
    """ "The summit of army chiefs will last until Tuesday", "the soldiers' trial would run until April": a
    gathering or an occasion, named before it, goes on to a date: its own length, no change of a force's
    presence (the clause names no other step; "the truce will last", no gathering, is one)."""
    bare = _GATHERING_TOPIC.sub(r"\1", what)  # "talks on the pullout will continue": the step is only their topic
    lasting = _LASTING.search(bare)
    if lasting is None or (gathering := _GATHERING.search(bare, 0, lasting.start())) is None:
        return False
    # the gathering heads the clause: "the mission, approved at the summit, will last" is the mission's
    # (a possessor is no head: "the soldiers' trial would run")
    bound = next((b for b in _BINDS.finditer(bare, 0, lasting.start()) if bare[b.end() : b.end() + 1] not in ("'", "’")), None)
    return (bound is None or gathering.start() < bound.start()) and _names_no_step(_LASTING.sub(" ", bare))


def _names_no_step(what: str) -> bool:
    """A plan's clause names no kind of step and no step word ("withdraw", "handover")."""
    return not _kinds(what) and not any(lemma(w) in STEP_LEMMAS for w in _CONTENT_WORD.findall(what.lower()))


#: Carrying out an armed act: "stage new attacks", "carried out more raids", "will step up its strikes".
_ATTACK_VERBS = inflected_lemmas(words("stage launch carry mount conduct step intensify escalate unleash resume"))
_ATTACK_NOUNS = inflected_lemmas(words("attack attacks raid raids strike strikes assault assaults offensive bombardment"))


def _attack_planned(what: str) -> bool:
    """A plan's clause is an armed act threatened or vowed ("the rebels said they would stage new attacks on
    the base by the end of March"): no step of a withdrawal, truce or handover (GUIDE.md), unless the clause
    also names one ("would end its raids", "halt strikes under the truce")."""
    ws = [lemma(w) for w in _CONTENT_WORD.findall(what.lower())]
    hit = any(w in _ATTACK_VERBS and any(n in _ATTACK_NOUNS for n in ws[i + 1 : i + 5]) for i, w in enumerate(ws))
    return hit and _names_no_step(what) and re.search(_TRUCE_NAMES, what, re.I) is None


#: A plan only weighed ("is considering withdrawing by", "a proposal under discussion would see",
#: "discussed the possibility of withdrawing by", "rejected a motion calling for"): no commitment,
#: deadline or plan made yet (GUIDE.md), whatever date it names.
_CONSIDERED = re.compile(
    r"\b(?:is|are|was|were|been)\s+(?:\w+ly\s+)?(?:considering|weighing|mulling|contemplating|debating)\b"
    # a party's call on others ("the cleric called for all foreign forces to leave by the end of 2025"): a
    # wish voiced, no one's commitment ("the council backed a call for", a decision, stays)
    r"|\b(?:called|calling|appealed|appealing)\s+for\b|(?<!\bthe\s)(?<!\bbacked\s)\bcalls\s+for\b"
    # a party's wish for others' step ("the government wants all foreign troops out by", "wanted the
    # coalition to leave by"), as a call for it is; its own plan voiced so ("wants to complete", "wants its
    # troops out by") stays
    r"|\b(?:wants|wanted|wishes|wished)\s+(?!to\b)(?!(?:all\s+(?:of\s+)?)?(?:its|our)\s)\w"
    # a call on others by name ("the envoy called on the army to pull out by"), as a call for it is; and a
    # hope that others will ("officials hope the last troops will leave by"); a party's own hope to act stays
    r"|\b(?:call|calls|called|calling|appeal|appeals|appealed|appealing)\s+on\s+(?:[\w'’-]+\s+){1,5}?to\s"
    r"|\b(?:hope|hopes|hoped|hoping)\s+(?:that\s+)?(?!to\b)(?:[\w'’-]+\s+){0,6}?(?:will|would)\b"
    # a push by a party on others ("Washington had pushed for the mission to end within six months")
    r"|\b(?:push|press|lobby|lobbi|campaign)(?:ed|es|s|ing)?\s+(?:hard\s+)?for\b"
    # a sum needed or sought ("the agency needs $300 million to feed two million people by", "sought 1.5
    # billion euros"): an appeal for money, no one's commitment of a step
    r"|\b(?:needs?|needed|requires?|required|seeks?|seeking|sought)\s+(?:(?:an?|another|additional|extra|more\s+than|at\s+least|nearly|about|some)\s+)*"
    r"(?:[$€£]\s?\d|\d[\d.,]*\s*(?:million|billion|bn)\b)"
    r"|\bunder\s+(?:discussion|consideration|study)\b"
    # a proposal voiced, or a draft that would allow a step ("lawmakers have proposed bringing the troops home
    # by", "proposes that the troops leave by", "a rival draft would let the government keep trainers until")
    r"|\b(?:has|have|had)\s+proposed\b|\bpropos(?:es|ed|ing)\s+(?:that\b|to\b|\w+ing\b)"
    # advice given ("the report recommends that the army keep its troops until", "recommended withdrawing by"):
    # what someone ought to do, as the adviser sees it
    r"|\brecommend(?:s|ed|ing)?\s+(?:that\b|\w+ing\b)"
    r"|\b(?:bill|draft|motion|proposal)s?\s+(?:[\w-]+\s+){0,3}?would\b"
    # the day of the talk may stand between: "will discuss on Tuesday a plan to", "debated on Monday whether"
    r"|\b(?:discuss(?:ed|es|ing)?|debat(?:ed|es|ing))\s+(?:on\s+\w+\s+|today\s+|tomorrow\s+)?(?:(?:a|an|the)\s+)?(?:(?:possible|potential)\b"
    r"|(?:possibility|prospect|idea|options?|proposals?|plans?|bill|motion|ways?|whether)\b)"
    # a clause that ends at the verb of talking: the date is the talk's ("will discuss on Tuesday a plan to")
    r"|\b(?:discuss|debate|consider|weigh)(?:\s*$|\s+on\s)|\bvote\s*$"
    # a bill still to be voted on: "will vote next week on a bill that would withdraw the troops by"
    r"|\bvote\s+(?:(?:next|this)\s+\w+\s+|on\s+\w+\s+|today\s+|tomorrow\s+)?on\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:bill|motion|draft|proposal|measure)\b"
    r"|\b(?:rejected|vetoed|voted\s+down)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:motion|proposal|bill|plan|draft|resolution|measure)\b",
    re.I,
)
#: A deal's text as the subject of a call: "the agreement calls for", "the accord, signed in May, called for",
#: "a resolution calling for".
_DEAL_CALLS = re.compile(
    r"(?<!\bdraft\s)\b(?:agreement|deal|accord|pact|treaty|truce|ceasefire|cease-fire|roadmap|road\s+map|framework|memorandum"
    r"|resolution|plan|timetable|timeline|schedule)"
    # (a draft's call is still a wish: "a draft resolution calling for"); the text's own clause may stand
    # between ("a timetable that calls for")
    r"(?:,[^,]{1,40},)?\s+(?:(?:that|which)\s+)?(?:also\s+)?(?:calls|called|calling)\s+for\b"
    # a text voted through: "the senate passed a motion calling for", "adopted a resolution that calls for"
    r"|\b(?:passed|adopted|approved)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:motion|bill|resolution|law|measure)\s+"
    r"(?:(?:that|which)\s+)?(?:calls|called|calling)\s+for\b",
    re.I,
)


def _considered(what: str, sentence: str = "") -> bool:
    """A plan only weighed or a party's wish (_CONSIDERED), but not a deal's own terms: "the agreement calls
    for the withdrawal of all foreign troops within 18 months" is what the deal binds its parties to.
    A clause that opens on a bare infinitive joined to one before it ("calls on all parties to allow
    access and to withdraw heavy weapons by May") is read with the words of its ``sentence`` that govern it."""
    at = sentence.find(what)
    if at > 0 and _INFINITIVE_OPEN.match(what):
        what, at = sentence[:at] + what, 0
    # the deal may be named before the clause, a phrase between ("the accord, signed in May, calls for")
    told = sentence if at > 0 else what
    shift = max(at, 0)
    weighed = [
        c for c in _CONSIDERED.finditer(what)
        if not _DEAL_CALLS.search(told, max(0, shift + c.start() - 60), shift + c.end())
    ]
    return bool(weighed)


#: A clause with no subject of its own, its infinitive governed by a verb before it: "to withdraw ...".
_INFINITIVE_OPEN = re.compile(r"(?:and\s+|or\s+)?to\s+[a-z]", re.I)


#: A call somewhere: "will visit the base", "will travel to Beirut", "flies to Ankara on Monday".
_VISIT = re.compile(r"\bvisit(?:s|ed|ing)?\b|\b(?:travel(?:s|l?ed|l?ing)?|fl(?:y|ies|ew|ying))\s+to\b", re.I)
#: A delegation, whose travel is a visit whatever verb moves it ("will send a delegation to the talks", "the
#: delegation leaves for the capital on Monday").
_DELEGATION = re.compile(r"\bdelegations?\b", re.I)


def _visit(what: str) -> bool:
    """A plan's clause is a visit that names no step ("the minister will visit the base", "the envoy will travel
    to the capital"): someone's call at a place, no change of a force's presence (a meeting of commanders may
    still be a step of a deal). A delegation sent or leaving is one too, unless the clause hands something over
    or ends a term."""
    if _DELEGATION.search(what) is not None and not _kinds(what) & {"hand", "end", "stay", "release"}:
        return True
    return _VISIT.search(what) is not None and _names_no_step(what)


#: The topic of a gathering, right after its noun: "talks on the withdrawal of the troops", "a summit
#: over the pullout" (up to the clause's verb).
_GATHERING_TOPIC = re.compile(
    rf"\b((?:{_GATHERINGS}))\s+(?:on|about|over|regarding)\s+(?:(?!\b(?:will|would|is|are|was|were|shall|to)\b)[^,;])*?"
    r"(?=\s+(?:will|would|is|are|shall|to)\b|$)",
    re.I,
)
#: The date right after a plan's clause set for a gathering's own day ("on April 3", "next week"), not a
#: deadline ("by June", "until June 30").
_ON_ITS_DAY = re.compile(r"\s*(?:on|in|at|next|this|later|today|tomorrow)\b", re.I)


def _meeting_on_a_step(m: Milestone) -> bool:
    """ "The summit on the withdrawal will be held in Geneva on April 3", "talks on the pullout will
    resume on Monday": a gathering whose only step is its topic, set for a day of its own (one bound by
    "by" or "until" may be the step's deadline)."""
    at = m.evidence.find(m.what)
    if at < 0 or not _ON_ITS_DAY.match(m.evidence, at + len(m.what)):
        return False
    rest = _GATHERING_TOPIC.sub(r"\1", m.what)
    return rest != m.what and _meeting(rest) and not _meeting(m.what)  # a step only in the topic


_PLACE_KINDS = frozenset(("place", "country", "capital"))
#: Parties that withdraw, deploy and hand over: forces and coalitions, or "French troops".
#: ", and", "and by", "or": a date joined to the date before it.
_JOINED = re.compile(r",?\s+(?:and|or)\s+(?:by\s+|on\s+|until\s+|in\s+)?", re.I)
#: ", and the remainder by", "and the rest of the force by": the same step for what is left, by a later date;
#: a stage told after the first likewise: "the first phase ends by March, and the second by June"; and a
#: further number: "500 will leave in April, followed by another 1,000 in June" (its bound left out of its
#: label: "and the final phase no later than").
_JOINED_REST = re.compile(
    r"(?:,\s+|,?\s+(?:and|with|while|followed\s+by)\s+)(?P<rest>(?:(?:the\s+|its\s+|their\s+)?(?:remainder|rest|remaining|balance|second|third|fourth|final|last|next)\b"
    r"|(?:another|(?:a\s+)?further)\s+\d[\d,]*\b"
    # a stage named by its number after the noun: "and stage two by August 30"
    r"|(?:stage|phase|step)\s+(?:two|three|four|five|[2-9]|II|III|IV|V)\b)(?:(?!\b(?:is|are|was|were|will|would|has|have|had|to)\b)(?:[^,;.:()]|" + ABBREVIATION_DOT + r")){0,40}?)"
    r"(?:\s+(?:by|until|before|in|no\s+later\s+than))?\s+",
    re.I,
)
#: What follows a joined date and names its own part of the step: "for its civilian component".
_JOINED_TAIL = re.compile(r"\s+((?:for|of)\s+(?:[^,;.:()]|" + ABBREVIATION_DOT + r"){3,60})")


def _after(art: Document, d: DateMention, before: DateMention) -> DateMention:
    """A yearless date joined to the one before it falls after it: "by April 30 and June 30"."""
    if d.span is None or before.span is None or d.span.start >= before.span.start or YEAR_TOLD.search(art.text, d.start, d.end):
        return d
    try:
        span = DateSpan(d.span.start.replace(year=d.span.start.year + 1), d.span.end.replace(year=d.span.end.year + 1), d.span.precision)
    except ValueError:  # 29 February
        return d
    return DateMention(d.start, d.end, span, d.kind)


#: ", and Erbil a year later", "and Erbil six months after that": the same step at a further named
#: place, due that long after the step before it (the place stands alone: "and the talks resumed a year
#: later" is no stage).
_LATER_STAGE = re.compile(
    r",?\s+and\s+(?:then\s+)?(?P<rest>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})\s+"
    rf"(?P<n>{NUMBER}|a|an|one)\s+(?P<u>months?|years?)\s+(?:later|after\s+that|afterwards|thereafter)\b",
    re.I,
)


def _later_stage(art: Document, what: str, due: str, lo: int, d_end: int, hi: int) -> Milestone | None:
    m = _LATER_STAGE.match(art.text, d_end, hi)
    if m is None:
        return None
    places = [x for x in art.mentions_in(m.start("rest"), m.end("rest")) if _is_place(art, x) or _is_country(x)]
    if not places or places[0].start != m.start("rest") or places[-1].end != m.end("rest"):
        return None  # the joined words are one named place, nothing else
    n = 1 if m.group("n").lower() in ("a", "an", "one") else parse_number(m.group("n"))
    if not n:
        return None
    months = n * 12 if m.group("u").lower().startswith("y") else n
    parts = [int(p) for p in due.split("-")]
    if len(parts) == 1:
        if months % 12:
            return None  # "2025, and Erbil six months later": no month to count from
        later = f"{parts[0] + months // 12:04d}"
    else:
        k = parts[0] * 12 + parts[1] - 1 + months
        year, month = divmod(k, 12)
        later = f"{year:04d}-{month + 1:02d}"
        if len(parts) == 3:
            last = (date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1) - timedelta(days=1)).day
            later += f"-{min(parts[2], last):02d}"
    # "will leave Baghdad": the step's own place gives way to the later one
    at = art.text.find(what, lo, d_end)
    own = [x for x in art.mentions_in(at, at + len(what)) if _is_place(art, x) or _is_country(x)] if at >= 0 else []
    rest = m.group("rest")
    if own:
        x = own[-1]
        what = what[: x.start - at] + rest + what[x.end - at :]
    else:
        what = f"{what} ({rest})"
    return Milestone(what=what, due=later, evidence="")


def _joined_what(art: Document, what: str, d_end: int, s_end: int, joined: re.Match[str]) -> str:
    if joined.re is _JOINED_REST:
        return f"{what} ({joined.group('rest').strip()})"  # "withdraw 2,000 troops (the remainder)"
    tail = _JOINED_TAIL.match(art.text, d_end, s_end)
    return f"{what} ({tail.group(1).strip()})" if tail else what


_PARTY_SUBS = frozenset(("coalition", "force"))
_TROOP_WORDS = PERSONNEL | UNITS | frozenset(("army", "military", "navy"))  # "The British navy plans to"
#: A country is the place of a step after one of these words ("leave Iraq", "in Chad"), not its subject.
_PLACE_BEFORE = frozenset(
    ("in", "from", "of", "across", "inside", "into", "to", "leave", "leaves", "leaving", "left", "exit", "exits",
     "exiting", "vacate", "quit", "out", "at", "near", "federal")
)  # fmt: skip


def _argued(art: Document, m: Milestone) -> Milestone:
    """The milestone's "what" with the party it leaves out, as the sentence or the two before it name
    it: "The second phase will extend (US-led coalition)". The brief groups a timeline by who does
    what where (the place it reads from the sentence); the clause itself stays first, as written."""
    at = art.text.find(m.what, art.text.find(m.evidence) if m.evidence else 0)
    if at < 0 or not m.evidence:
        return m
    i = art.sentence_index(at)
    # In the clause, a country not named as a place is its subject: "The Netherlands is to hand over".
    inside = art.mentions_in(at, at + len(m.what))
    if any(_is_party(art, x) or (_is_country(x) and not _is_place(art, x)) for x in inside):
        return m
    if inside and art.text[at : inside[0].start].lower() in ("", "the ") and any(e.kind == "actor" for e in inside[0].entries):
        return m  # "Hezbollah will pull back", "The Arakan Army said its pause ...": an armed group as the clause's subject is its party
    if _SHARED_SUBJECT.match(m.what):
        return m  # "The ceasefire is set to take effect": a truce or a deal binds both sides, no one party's step
    # The party may be named a sentence or two before ("The coalition said ... The second phase will
    # ..."); in the sentence itself only before the clause: a name after it is the next clause's.
    for j in range(i, max(-1, i - 3), -1):
        s = art.sentences[j]
        found = [
            x
            for x in art.mentions_in(s.start, at if j == i else s.end)
            # before the clause in its own sentence, a country not named as a place is its subject too:
            # "Germany, which keeps a base in Niamey, said its soldiers would leave by August 31"
            if (_is_party(art, x) or (j == i and _is_country(x) and not _is_place(art, x)))
            and not _handed_to(art, x)
            and not _NAMED_AS.search(art.text, max(s.start, x.start - 70), x.start)
        ]
        if found:
            name = art.text[found[-1].start : found[-1].end]  # the nearest
            name = _OWNER_POSSESSIVE.sub("", name)  # "The coalition's mission ..." is the coalition's
            return replace(m, what=f"{m.what} ({name})")
    return m


#: A possessive ending a party's name as told: "coalition's", "forces'".
_OWNER_POSSESSIVE = re.compile(r"(?<=\w)['’]s?$")
#: A clause whose subject is a truce or a deal: "The ceasefire is set to take effect", "the accord will expire".
_SHARED_SUBJECT = re.compile(
    r"\s*(?:the|a|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?:" + _TRUCE_NAMES + r"|deal|agreement|accord|pact|armistice)\s+"
    r"(?:is|are|was|were|will|would|shall|has|had|should|must|expires?|ends?|takes?|comes?|goes?|runs?|lasts?)\b",
    re.I,
)


#: Before a name, the naming of what something is ("units known as Border Guard Brigades (BGB)"): a label of
#: the thing named, not a party that acts.
_NAMED_AS = re.compile(r"\b(?:known\s+as|called|named|dubbed)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}\(?$", re.I)


def _is_party(art: Document, x: Mention) -> bool:
    # A country's bare name ("Iraq") is the country; its force is "Iraqi forces" or "the IDF".
    if not _is_country(x) and any(e.kind == "actor" and e.sub in _PARTY_SUBS for e in x.entries):
        return True
    nxt = art.tokens[x.last].norm if x.last < len(art.tokens) else ""
    return nxt in _TROOP_WORDS and any(e.kind in ("demonym", "country") for e in x.entries)


def _handed_to(art: Document, x: Mention) -> bool:
    """A force named after "to" ("handed the base over to the Iraqi army"): who receives, not who acts."""
    before = art.words_before(x.start, 2)
    return before[-1:] == ["to"] or before == ["to", "the"]


def _is_country(x: Mention) -> bool:
    return any(e.kind == "country" for e in x.entries)  # not a demonym: "Iraqi bases" names no party


def _is_place(art: Document, x: Mention) -> bool:
    before = art.tokens[x.first - 1].norm if x.first > 0 else ""
    if before in _PLACE_BEFORE:
        return any(e.kind in _PLACE_KINDS for e in x.entries)
    # Else a gazetteer place named as such ("Ain al-Asad"), not a country that may be a party.
    return not any(e.kind == "actor" for e in x.entries) and any(
        e.kind == "place" and not e.locative_only for e in x.entries
    )


#: On an undated page, a step dated more years than this before the latest year it names is history.
_OLD_YEARS = 2


def _latest_year(art: Document, memo: list[int]) -> int:
    """The latest year an explicit date of the page names (0 without one), asked once per page."""
    if not memo:
        memo.append(max((d.span.end.year for d in art.dates if d.span and d.kind in ("explicit", "period")), default=0))
    return memo[0]


#: Step words of one kind: two statements of the same due date with the same kind of step and the
#: same subject are one milestone told twice (a lede and its restatement).
_STEP_KIND = {
    "withdraw": "leave", "leav": "leave", "left": "leave", "quit": "leave", "exit": "leave", "depart": "leave", "pull": "leave",
    "draw": "leave", "redeploy": "leave", "reposition": "leave", "vacat": "leave", "relocat": "leave",
    "hand": "hand", "transfer": "hand", "end": "end", "conclud": "end", "expir": "end", "wind": "end",
    "clos": "end", "remain": "stay", "stay": "stay", "continu": "stay", "extend": "stay", "last": "stay",
    "run": "stay", "in": "stay", "mandate": "stay",
    "releas": "release", "free": "release",  # "free three captives", "release three captives": one kind of step
}  # fmt: skip
#: The kinds of step _STEP_KIND sorts words into (not the other words _kinds passes on as they are).
_STEP_KINDS = frozenset(_STEP_KIND.values())
_PLAIN = frozenset(
    re.findall(
        r"\w+",
        """a an the of in on at to by from for and or its their his her with into over it is are was were be
        been will would shall set expected due plan plans planned also all some other which that this these
        those has have had more than""",
    )
)


_DONE_KIND = re.compile(r"\b(?:withdrew|left|departed|handed|pulled|repositioned|redeployed|vacated)\b", re.I)


def _kinds(what: str) -> set[str]:
    out = set()
    for k in (*_KEYWORD.finditer(what), *_DONE_KIND.finditer(what)):
        w = k.group().lower()
        out.add(next((v for stem, v in _STEP_KIND.items() if w.startswith(stem)), w))
    return out


_CONTENT_WORD = re.compile(r"[a-z0-9,]+")


def _content(what: str) -> set[str]:
    return {w for w in _CONTENT_WORD.findall(what.lower()) if w not in _PLAIN and not _KEYWORD.fullmatch(w)}


def _one_plan(art: Document, m: Milestone, o: Milestone) -> bool:
    """Two plans due the same month or day are one plan told twice ("hundreds of troops will leave by
    September 2025" in the lede, "the first phase, until September 2025, sees the coalition leave
    Baghdad" below): a story seldom sets two steps for one date, unless one is a truce taking effect
    or a release of captives, or each is another party's ("Israel is to withdraw and Hezbollah to
    pull back by Jan. 26").

    Measured with every readable shard (milestones F1 with / without): a-d .888/.859, f (not read)
    .761/.748, h .803/.817 (one story annotated one step per country: "cut to 2,500 in A and 2,500
    in B"). Asking the two to share a step kind or a content word lost on a-d and f: a lede and its
    restatement seldom share words. A year says less: two plans due the same year are one only when
    their clauses share a content word (the country they leave, say)."""
    return (len(m.due) >= 7 or bool(_content(m.what) & _content(o.what))) and _plans_alike(art, m, o)


def _plans_alike(art: Document, m: Milestone, o: Milestone) -> bool:
    """Two plans (not steps done) that may be one: neither a truce's start nor a release of captives,
    and no two parties apart."""
    if m.done or o.done or _OWN_STEP.search(m.what) or _OWN_STEP.search(o.what):
        return False
    a, b = _parties(art, m), _parties(art, o)
    if a and b and not a & b and not _named_within(a, o.what) and not _named_within(b, m.what):
        return False
    fa, fb = _parties(art, m, movers=True), _parties(art, o, movers=True)
    apart = fa and fb and not fa & fb and not _named_within(fa, o.what) and not _named_within(fb, m.what)
    return not apart and (_ARMED_GROUP in a) == (_ARMED_GROUP in b)


def _named_within(parties: set[str], what: str) -> bool:
    """One of ``parties`` is named inside the other clause's own party ("AU force" beside "The African Union
    mission in Somalia", which the lexicon reads as the mission alone): a body and the mission named after it."""
    return any(p != _ARMED_GROUP and re.search(rf"\b{re.escape(p)}\b", what) is not None for p in parties)


#: Steps that keep their own line on a day other steps share: a truce's start, a release of captives.
_OWN_STEP = re.compile(
    r"\b(?:ceasefire|cease-fire|truce|armistice|hostages?|captives|prisoners|detainees|abductees)\b|\b(?:in|into)\s+force\b"
    r"|\beffect\b",
    re.I,
)
#: Fighters no lexicon names: a step of theirs is another party's than a state force's.
_ARMED_GROUP = "armed group"
_GROUP_NOUNS = frozenset(
    lemma(w) for w in words("rebel rebels militia militias fighters insurgents guerrillas gunmen factions group groups")
)


#: The word before a name that makes it the ground a step is taken on, not the party taking it
#: ("leave Afghanistan", "troops in Iraq", "from Syrian territory").
_GROUND_BEFORE = frozenset(
    {"in", "from", "to", "into", "inside", "within", "across", "of", "at", "leave", "leaves", "leaving"}
    | {"exit", "exits", "exiting", "quit", "quits", "vacate", "vacates"}
)


def _parties(art: Document, m: Milestone, movers: bool = False) -> set[str]:
    """Who the clause names: parties and countries from the lexicon, or fighters of an armed group;
    with `movers`, only those not named as the ground of the step, so that two forces leaving one
    country by one month are two plans ("Dutch marines are to quit Iraq in June", "Washington is to
    pull its soldiers out of Iraq by June 15")."""
    at = art.text.find(m.what, art.text.find(m.evidence) if m.evidence else 0)
    if at < 0:
        return set()
    found = {
        e.name
        for x in art.mentions_in(at, at + len(m.what))
        if not (movers and x.first > 0 and art.tokens[x.first - 1].text.lower() in _GROUND_BEFORE)
        for e in x.entries
        if e.kind in ("actor", "country", "demonym")
    }
    i, lems = art.token_index(at), art.lemmas
    while i < len(lems) and art.tokens[i].start < at + len(m.what):
        if lems[i] in _GROUP_NOUNS and not _contingent(art, i):
            found.add(_ARMED_GROUP)
            break
        i += 1
    return found


#: Words before "group" that make it a batch of a force's own troops: "the first group leaves next week".
_BATCH_BEFORE = frozenset(words("first second third fourth fifth final last next another remaining advance main"))


def _contingent(art: Document, i: int) -> bool:
    """The group noun at token ``i`` is a batch of troops ("the first group", "a second group of soldiers"),
    not fighters of an armed group."""
    norms = art.norms
    if norms[i] not in ("group", "groups"):
        return False
    return (i > 0 and norms[i - 1] in _BATCH_BEFORE) or (
        i + 2 < len(norms) and norms[i + 1] == "of" and lemma(norms[i + 2]) in _TROOP_WORDS
    )


def _one_per_step(art: Document, found: list[Milestone]) -> list[Milestone]:
    out: list[Milestone] = []
    for m in found:
        same = next(
            (
                j
                for j, o in enumerate(out)
                if o.due == m.due  # most articles have no two milestones due the same day: test that first
                and (
                    _one_plan(art, m, o)
                    or _bare_deadline(m) != _bare_deadline(o)
                    # a truce's end and its extension agreed that day are two steps
                    or (_truce_told(m) and _truce_told(o) and not _end_and_extension(m, o))
                    or (
                        (
                            (m.done and o.done and len(_content(m.what) & _content(o.what)) >= 2)
                            or (
                                _kinds(m.what) & _kinds(o.what)
                                and (
                                    _content(m.what) & _content(o.what)
                                    or min(len(_content(m.what)), len(_content(o.what))) <= 1
                                )
                                and not _parties_apart(art, m, o)
                            )
                        )
                        and not _movers_apart(art, m, o, m.done and o.done)
                    )
                )
            ),
            None,
        )
        if same is None:
            out.append(m)
        elif (m.done and not out[same].done) or _bare_deadline(out[same]) > _bare_deadline(m):
            out[same] = m  # the telling that reports it done, or that names the step, says more
    return out


def _parties_apart(art: Document, m: Milestone, o: Milestone) -> bool:
    """Two steps of one kind, the same day, one an armed group's and the other not ("the army has
    withdrawn" and "the factions have withdrawn"). Parties the lexicon names are not compared: a step's
    clause often keeps only the last of the parties its sentence joins ("X and their allies withdrew")."""
    return (_ARMED_GROUP in _parties(art, m)) != (_ARMED_GROUP in _parties(art, o))


def _movers_apart(art: Document, m: Milestone, o: Milestone, done: bool) -> bool:
    """Two steps whose clauses each name who moves, and no mover in common ("the last American soldiers
    left" and "the last French troops left"; "German troops will leave" and "Italian troops will leave"),
    or two `done` steps each naming a town and none in common ("left the airbase in Agadez", "left the
    barracks in Niamey"): two steps, however alike the words."""
    a, b = _parties(art, m, movers=True), _parties(art, o, movers=True)
    if a and b and not a & b:
        return True
    if not done:
        return False
    a, b = _towns(art, m), _towns(art, o)
    return bool(a) and bool(b) and not a & b


def _towns(art: Document, m: Milestone) -> set[str]:
    """The gazetteer's towns and sites a step's clause names (a country is no town: "left Niger" may
    retell "left Agadez")."""
    at = art.text.find(m.what, art.text.find(m.evidence) if m.evidence else 0)
    if at < 0:
        return set()
    return {e.name for x in art.mentions_in(at, at + len(m.what)) for e in x.entries if e.kind == "place"}


def _truce_told(m: Milestone) -> bool:
    """A truce's start or end: two told for one day are one truce (a lede and its restatement)."""
    return _TRUCE_WORD.search(m.what) is not None and _CAPTIVES.search(m.what) is None


def _end_and_extension(m: Milestone, o: Milestone) -> bool:
    """One a truce's end as it was set, the other its extension agreed (done) that day: two steps."""
    ends = [x for x in (m, o) if not x.done and _WAS_SET_TO_END.search(x.what)]
    return len(ends) == 1 and any(x.done and _EXTENSION.search(x.what) for x in (m, o))


def _bare_deadline(m: Milestone) -> bool:
    """ "That deadline falls at noon on Monday": a deadline that names no step of its own is the
    deadline of a step due the same day."""
    return _kinds(m.what) == {"deadline"}


#: Nouns of a change of presence, one list for every done-step pattern: "concluded the disengagement",
#: "initiated troop repatriation", "the relocation began".
_STEP_NOUN = (
    r"(?:withdrawal|pullout|pull-out|pullback|pull-back|drawdown|handover|hand-over|departure|redeployment|disengagement|relocation"
    r"|transfer|repatriation|evacuation|demobili[sz]ation|disarmament)"
)
_STEP_NOUN_RE = re.compile(r"\b" + _STEP_NOUN + r"\b")
#: Places a force holds and hands over (taken over, only its bases: an army taking over a camp or a
#: headquarters is mostly an operation or a coup).
_SITES = r"(?:base|bases|camp|camps|airport|airbase|garrison|outposts?|headquarters|barracks|facility|facilities)"
#: A step reported as done: a handover, a completed or begun withdrawal, a truce taking effect.
#: What forces are sent with beside their troops: "deployed soldiers and police", "troops and tanks".
_GEAR = r"police(?:men)?|gendarmes?|vehicles|tanks|armou?r|equipment|aircraft|jets|helicopters|warships|ships|weapons"
#: The day a step was first set for, told in an aside between the step and the verb that tells it done ("the
#: handover, which was planned for Monday, took place on Tuesday"; "the pullout, originally due in May, ended").
_PLANNED_ASIDE = (
    r",\s+(?:which\s+|that\s+)?(?:(?:had\s+been|has\s+been|was|were)\s+)?(?:\w+ly\s+)?"
    r"(?:planned|scheduled|set|due|slated|expected|meant)\b" + IN_CLAUSE + r"{0,40},"
)
#: The steps told done (_DONE, which opens them at a word).
_DONE_STEPS = (
    r"(?:(?:has|have|had)\s+(?:now\s+|just\s+|finally\s+|\w+ly\s+)?(?:been\s+)?|(?:\w+ly)\s+)?"
    r"(?:handed\s+(?:over|back)|transferred\s+(?:\w+\s+){0,4}?(?:control|base|bases|camp|responsibility|the\s+last)\b|"
    # a handover told by other verbs, or from the side that receives: "turned over the base", "the camp
    # was returned to the army" (or "were returned in December", its day right after), "the army took over the base" (_TAKEN_BY checks who took it)
    r"turned\s+(?:over|back)\s+(?:(?:the|its|their|full)\s+)?(?:[\w’'-]+\s+){0,4}?(?:" + _SITES + r"|control|responsibility)\b|"
    r"(?P<site>(?<=\s)(?:" + _SITES + r")\b" + IN_CLAUSE + r"{0,50}?\b(?:was|were|(?:has|have|had)\s+(?:already\s+)?been)\s+(?:\w+ly\s+|already\s+)?(?:returned|turned\s+over|given\s+back|handed(?:\s+(?:over|back))?)\s+(?:to\b|(?=(?:in|on)\s)))|"
    # one mission relieving another, named after the verb: "AUSSOM took over from ATMIS" (_relieved checks both)
    r"(?P<relieved>(?:took|taken)\s+over\s+from|replaced|succeeded)(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    r"took\s+(?:over|(?:full\s+|formal\s+)?(?:control|possession)\s+of)\s+(?:(?:the|its|their)\s+)?(?:[\w’'-]+\s+){0,4}?(?:base|bases|airbase|garrison|outposts?)\b|"
    # the receiving side of a handover of ground: "the border guards have taken control of the villages handed
    # back" (_TAKEN_BY checks who took it: a state's forces; rebels taking villages capture them)
    r"(?P<ground>(?:took|taken)\s+(?:full\s+|formal\s+)?control\s+of\s+(?:(?:the|its|their)\s+)?(?:[\w’'-]+\s+){0,4}?(?:villages?|territory|territories|areas?|checkpoints?|crossings?|border|positions)\b)|"
    # the same told in the passive, the new holder after "by": "the outposts were taken over by the army",
    # "the crossing was formally taken under full control by the customs service" (a state's own forces or service)
    r"(?P<taken>(?<=\s)(?:" + _SITES + r"|posts|positions|checkpoints?|crossings?|villages?|territory|areas?)\b"
    r"" + IN_CLAUSE + r"{0,50}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"taken\s+(?:over|under\s+(?:(?:full|the|their|its)\s+)?control)\s+by\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:army|armed\s+forces|security\s+forces|forces|troops|soldiers|military|government|authorities|police|"
    r"guards?|service|gendarmerie)\b)|"
    # "announced on Monday the completion of its withdrawal": the step told done by its announcement
    r"announced\s+(?:on\s+\w+\s+|today\s+|\w+ly\s+)?the\s+(?:completion|conclusion|end)\s+of\s+(?:a|its|their|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:" + _STEP_NOUN + r"|mission|deployment)\b|"
    # a stage of a step or of a force's plan: "the brigade finished the opening stage of a redeployment",
    # "finished the second stage of the plan to disarm the militias"
    r"(?:completed|finished|concluded)\s+(?:a|its|their|the)\s+(?:[\w-]+\s+)?(?:phase|stage)\s+of\s+(?:(?:a|its|their|the)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:" + _STEP_NOUN + r"|mission|deployment|plan)\b|"
    r"(?:completed|finished|concluded)\s+(?:a|its|their|the)\s+(?:\w+\s+)?"
    r"(?:" + _STEP_NOUN + r"|mission|deployment|return(?=\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)*(?:\w+\s+)?"
    r"(?:" + TROOPS + r")\b))|"
    # "have fully withdrawn", "has now withdrawn": an adverb between the auxiliary and the participle
    r"withdrew|(?<=been\s)withdrawn|(?<=ha[sd]\s)(?:\w+ly\s+|now\s+|just\s+|already\s+)?withdrawn|"
    r"(?<=have\s)(?:\w+ly\s+|now\s+|just\s+|already\s+)?withdrawn|"
    r"(?<=(?:was|ere)\s)(?:\w+ly\s+)?withdrawn|pulled\s+(?:out|back)|repositioned|"
    # the particle after the forces pulled: "pulled their fighters out of the town", "pulled all its troops back"
    r"pulled\s+(?:its|their|the|all)\s+(?:[\w-]+\s+){0,3}?(?:" + TROOPS + r"|fighters|militants|forces?)\s+(?:out|back)\b|"
    # a step under way is begun: "said on Sunday that it is withdrawing its fighters"
    r"(?:(?<=\bis\s)|(?<=are\s))(?:now\s+|already\s+)?(?:withdrawing|pulling\s+(?:out|back)|handing\s+over|vacating)|"
    # the same step as the gerund of a clause of time, which its own day gone by tells done: "After handing over
    # the base on Sunday, the troops left the town" (undated, _AFTER_CLAUSE leaves it background; a day ahead
    # keeps it off)
    r"(?<=\bafter\s)(?:withdrawing|pulling\s+(?:out|back)|handing\s+(?:over|back)|vacating)|"
    r"(?<=,\s)completed|(?:was|were|been)\s+(?:\w+ly\s+)?(?:completed|finished|concluded)|"
    # a step told complete as of the report: "the withdrawal of the troops is now complete" (not "will be
    # complete by", nor "is complete by the end of")
    r"\b" + _STEP_NOUN + r"\b(?:\s+(?:of|from)\s+" + IN_CLAUSE + r"{1,60}?)?\s+(?:is|are|was|has\s+been)\s+(?:now\s+)?(?:\w+ly\s+)?"
    r"complete\b(?!\s+(?:by|before|until|in|on)\b)|"
    # the same told in the past up to a day gone by: "the withdrawal was complete by the end of May"
    r"\b" + _STEP_NOUN + r"\b(?:\s+(?:of|from)\s+" + IN_CLAUSE + r"{1,60}?)?\s+(?:was|were)\s+(?:\w+ly\s+)?complete\s+by\b|"
    r"(?<=mission\s)ended|(?<=operation\s)ended|(?<=deployment\s)ended|(?<=mandate\s)(?:ended|expired)|"
    r"(?:mission|mandate|operation|deployment)\s+\w+ly\s+(?:ended|expired)|"
    r"(?:mission|mandate|operation|deployment|presence)\s+(?:ha[sd]\s+|have\s+)?(?:already\s+|\w+ly\s+)?(?:ended|concluded)|"
    # a withdrawal told ended, whoever's: "the withdrawal of the foreign troops ended on Thursday"
    r"\b" + _STEP_NOUN + r"(?=[\s,])(?:\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:" + TROOPS + r"|forces?|army|mission))?"
    # its start told in an aside between: "the withdrawal, which began in March, ended on Thursday"
    r"(?:,\s+(?:which\s+|that\s+)?(?:began|started|commenced|got\s+under\s+way)\b" + IN_CLAUSE + r"{0,40},|" + _PLANNED_ASIDE + r")?"
    r"\s+(?:ha[sd]\s+)?(?:\w+ly\s+)?(?:ended|concluded|finished)\b|"
    + _STEP_NOUN + r"(?=[\s,])(?:(?:\s" + IN_CLAUSE + r"{1,60}?)?" + _PLANNED_ASIDE + r"\s+|\s(?:" + IN_CLAUSE + r"{0,60}?\s)??)took\s+place|"
    r"redeployed|vacated|ended\s+(?:its|their|the)\s+(?:\w+\s+)?(?:mission|deployment|presence)|"
    # other steps of a change of presence in the past, whose forces _moved_forces finds as the subject or the
    # object: "the marines were relocated", "has ceded its posts", "repatriated the last unit", "the soldiers
    # returned from the island" (tried and left
    # out: forces "evacuated" and "reduced", which gave the checks as many false steps as true ones or more)
    # forces cut to a number: "troop levels were cut to 2,500", "reduced its soldiers there to about 900"
    r"(?P<moved>relocated|repatriated|disengaged|demobili[sz]ed|retreated|removed|halved|ceded|(?:returned|came\s+back)(?=\s+(?:from|to)\s)|"
    r"(?P<cut>cut|reduced|lowered|trimmed|drawn\s+down)(?=\s+(?:(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?)?(?:by\s+(?:about\s+)?[\d,]+\s+)?"
    r"to\s+(?:about\s+|around\s+|some\s+|roughly\s+|fewer\s+than\s+)?\d[\d,]*\b"
    # a count of people, not of litres or dollars: "to 2,500 troops", "to 2,500 on Friday", "to 2,500."
    r"(?!\s+(?!(?:on|in|at|by|from|as|last|this|after|and|or|under|" + TROOPS + r"|personnel|service\w*)\b)[a-z%$])))|"
    # a step carried on or out: "continued with withdrawal from the air base on July 7", "proceeded with the handover"
    r"(?:continued|proceeded|went\s+ahead|pressed\s+ahead|moved\s+ahead)\s+with\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
    + _STEP_NOUN + r"|carried\s+out\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,2}?" + _STEP_NOUN + r"|"
    # more ways forces are told gone: "have returned home", "closed its last base", "wrapped up its
    # mission", "moved out of the airport"
    r"(?:returned|came|flew|went|sailed)\s+(?:back\s+)?home\b|"
    r"closed\s+(?:its|their|the)\s+(?:last\s+|remaining\s+)?(?:[\w-]+\s+){0,2}?(?:base|bases|camp|camps|garrison|outposts?)\b|"
    # the base itself closed, for good: "the last French base in the country closed on Thursday", "the camp
    # was formally closed" (not "closed to visitors", "closed for two days", "temporarily closed")
    r"(?P<shut>(?<=\s)(?:base|air\s*base|" + _CIVIL_CAMP_NOT + r"(?<!people\s)(?<!persons\s)(?<!protest\s)(?<!summer\s)camp|garrison)(?:\s+(?:in|at|near)\s+(?:the\s+)?[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)?"
    r"\s+(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+)?(?:formally\s+|officially\s+|finally\s+|permanently\s+)?"
    r"closed\b(?!\s+(?:to|for|off|down|its|their|the|after|amid|because|due)\b))|"
    r"wrapped\s+up\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:mission|deployment|withdrawal|pullout|presence|operation)\b|"
    r"moved\s+out\s+of\b|"
    # forces told gone by a bound, "out" an adjective: "the last soldiers were out by February 28" (a force
    # in the sentence, _DONE_SUBJECT; a plan's "will be out by" is no past)
    r"(?:was|were)\s+(?:all\s+|fully\s+|finally\s+|already\s+)?out(?=\s+(?:by|before)\b)|"
    # patrols begun with another force: "began joint patrols with the army in the border strip"
    r"(?:began|started|launched|commenced)\s+(?:the\s+|their\s+|its\s+)?(?:first\s+)?joint\s+(?:[\w-]+\s+)?patrol(?:s|ling)?\b|"
    # a force's tour over: "completed their service at the airport", "ended its tour of duty"
    r"(?:completed|ended|finished)\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:service|tour|rotation|duty)\b|"
    # forces landed at a named place ("the first troops landed in the capital"; _ARRIVING checks who)
    r"(?<!the\s)landed(?=\s+(?:in|at)\s+(?:(?-i:[A-Z])|the\s+(?:country|capital)\b))|"
    # a state leaving a joint force or alliance: "has quit the regional task force", "exited the coalition"
    r"(?:quit|exited)\s+(?:the|an?|its)\s+(?:" + GAP_WORD + r"\s+){0,4}?(?:force|coalition|alliance|mission|task\s+force|operation)\b|"
    r"(?<!the\s)departed(?=\s+(?:on|in|at|for)\s)|"
    r"(?<!the\s)(?:left|departed(?:\s+from)?)\s+(?:(?:the|their|its|all\s+(?:of\s+)?(?:the|their|its)|all)\s+(?:last\s+)?(?:" + GAP_WORD + r"\s+){0,2}?(?:base|bases|country|capital|city|town|towns|villages?|province|region|"
    r"territory|island|camp|garrison|airport|airbases?|airfields?|barracks|checkpoints?|port|corridor|zone|positions|posts|outposts)\b|"
    # a named place, or a part of it named by its side or standing ("left northern Syria", "left federal Iraq")
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central|federal)\s+)?"
    r"(?-i:[A-Z][a-z]+)\b(?!\s+\w+\s+(?:dead|wounded)))|"
    r"(?:began|begun|begins|started|starts|commenced|commences|initiated|initiates)\s+(?:to\s+(?:leave|withdraw|pull\s+out)|withdrawing|leaving|pulling\s+(?:(?:its|their|the)\s+(?:\w+\s+)?troops\s+)?(?:out|back)|handing\s+(?:over|back)|deploying(?=(?:" + IN_CLAUSE + r"|(?<=\d)[,.](?=\d)){0,60}?\sto\s+(?-i:[A-Z]))|"
    r"(?:(?:the|its|their|a)\s+)?(?:[\w-]+\s+){0,4}?" + _STEP_NOUN + r"\b)|"
    # the same beginning of any step of a change of presence, read by its lemma (_begun_step): "began
    # reducing its forces", "started to relocate the unit", "have begun to hand over their posts"; and its
    # end or its going on: "finished redeploying", "resumed leaving the camp"
    r"(?P<aspect>(?:began|begun|begins|started|starts|commenced|commences|initiated|initiates)\s+"
    r"(?:to\s+(?:\w+ly\s+)?[a-z]+|(?:\w+ly\s+)?[a-z]+ing|the\s+(?:\w+\s+)?process\s+of\s+[a-z]+ing)"
    r"|(?:completed|finished|resumed|continued)\s+(?:\w+ly\s+)?[a-z]+ing)\b|"
    r"terminated\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?mandate|"
    r"(?:approved|authori[sz]ed|endorsed|ratified)\s+(?:a|an|the|its)\s+(?:(?:sending|dispatch)\s+of\s+(?:(?:a|an|the|its)\s+)?)?"
    r"(?:[\w-]+\s+){0,3}?(?:motion|deployment|mission|mandate|" + _STEP_NOUN + r")\b|"
    # a mission, mandate or motion founded: "the observer mission was launched on 3 May", "the motion on
    # the troops abroad was first approved in 2019" (an operation launched is mostly an offensive); dated
    # to the month or year too
    r"(?P<founded>(?:motion|deployment|mission|mandate)\b" + IN_SENTENCE + r"{0,80}?\b(?:was|were|been)\s+(?:\w+ly\s+|first\s+)?(?:approved|authori[sz]ed|endorsed|ratified)|"
    r"(?<=mission\s)(?:" + IN_CLAUSE + r"{0,60}?\s)??(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+|first\s+)?(?:launched|established|set\s+up|created|founded)|"
    # the same in a reduced relative, "a naval mission set up in March 2021", and fronted before the
    # mission or operation it names: "Created in 2010, the training mission ..."
    r"(?<=mission\s)(?:\w+ly\s+|first\s+)?(?:launched|established|set\s+up|created|founded)(?=\s+(?:on|in)\s)|"
    # a mission's work begun, its founding by another name: "the monitoring mission began its work on 20 May"
    r"(?:(?<=mission\s)|(?<=operation\s))(?:" + IN_CLAUSE + r"{0,60}?\s)??(?:began|started|commenced)\s+(?:its\s+)?(?:work|operations|activities|activity|mandate)\b|"
    r"(?P<fronted>established|set\s+up|created|founded|launched)(?=\s+(?:on|in)\s(?:" + IN_CLAUSE + r"|,(?=\s+(?:19|20)\d\d\b)){3,30},\s+(?:(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:mission|force|(?-i:Operation))\b|(?-i:[A-Z][\w-]+\s+){1,4}(?:will|is|has|was|had|would)\b)))\b|"
    r"(?:started|began|commenced)(?!\s+(?:to\s|\w+ing\b))|"
    # forces sent to a place: "deployed 1,000 soldiers to the province", "deployed a battalion in the north"
    # and beside another force or their gear ("deployed soldiers and police to the province")
    r"(?<!be\s)(?<!been\s)deployed\s+(?:[\w,-]+\s+){0,4}?(?:" + TROOPS + r")(?:\s+and\s+(?:[\w-]+\s+)?(?:" + TROOPS + r"|" + _GEAR + r"))?\s+(?:to|in|into)\b|"
    # forces arriving at a named place ("the first contingent arrived in Pristina"; _ARRIVING checks who)
    r"(?<!the\s)arrived(?=\s+(?:in|at)\s+(?:(?-i:[A-Z])|the\s+country\b))|"
    # a term extended by a length is a step done that day: "the truce was extended by two days",
    # "agreed to extend the ceasefire for another 48 hours", "a five-day extension of the truce"
    r"(?:extended|renewed|prolonged)(?=\s+(?:[\w’'-]+\s+){0,6}?(?:by|for)\s+(?:a|an|one|another|an?\s+(?:additional|further|extra)|\d+|"
    r"two|three|four|five|six|seven|eight|nine|ten|twelve)\b)|"
    r"(?:agreed|agreement)\s+(?:" + IN_CLAUSE + r"{0,40}?\s)?to\s+extend\b|(?<=-)(?:day|week|month|year)\s+extension\b|"
    # a step decided, with the day it was told, is a step done that day: "has decided to scale back its
    # operations", "declared its decision to pull out"
    r"(?:decided\s+(?:on\s+\w+\s+|today\s+)?to\s+|(?:announced|declared)\s+(?:its|their)\s+decision\s+to\s+)"
    r"(?:\w+ly\s+)?(?:withdraw|reduce|end|pull\s+out|cut|scale\s+back|leave)\b|"
    # a decision, intention or plan declared, of any step of a change of presence, read by
    # its lemma (_begun_step): "declared its intention to start relocating its units", "announced its plan to
    # vacate the camp" (a decision "decided to ..." read so gave the checks a false step)
    # a step announced ahead with no date of its own is told done as a decision, on the day it was told:
    # "announced on Monday that it will pull its last units out" (_announced checks the verb and the date)
    r"(?P<announced>(?:announced|declared)\s+(?:on\s+\w+\s+|today\s+)?(?:that\s+)?(?:it|they)\s+(?:will|would)\s+"
    r"(?:\w+ly\s+)?[a-z]+)\b|"
    r"(?P<decided>(?:(?:announced|declared|confirmed)\s+(?:on\s+\w+\s+)?"
    r"(?:its|their)\s+(?:decision|intention|plan)\s+to\s+)[“\"]?(?:\w+ly\s+)?(?:(?:start|begin)\s+(?:to\s+)?)?[a-z]+)\b|"
    # a truce agreed is a step done: "reached a ceasefire agreement", "signed a truce", "agreed to a ceasefire",
    # "declared a ceasefire", "announced a truce", "brokered a truce", "accepted a ceasefire", and with the
    # truce quoted: 'agreed to "a full ceasefire across the front"'
    r"(?:reached|signed|agreed(?:\s+on\s+(?-i:[A-Z])\w+)?\s+(?:to|on)|declared|announced|accepted|brokered|struck|sealed|approved)"
    r"\s+[“\"]?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:ceasefire|cease-fire|truce)\b|"
    # a phase of a deal signed or agreed: "signed the first phase of a plan to end the war"
    r"(?:reached|signed|approved|agreed\s+(?:to|on))\s+(?:the|a)\s+(?:first|second|third|initial|next|final)\s+"
    r"(?:phase|stage)\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:plan|deal|agreement|accord|ceasefire|truce)\b|"
    # a deal reached whose object is a truce: "reached an agreement with its neighbour to implement a truce",
    # "signed a deal on a ceasefire"
    r"(?:reached|signed|struck|sealed)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:agreement|deal|accord)\b" + IN_CLAUSE + r"{0,60}?\b(?:to|on|for)\s+"
    r"(?:\w+\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:ceasefire|cease-fire|truce)\b|"
    # the passive: "a ceasefire agreement was reached on Tuesday", "the truce deal was signed", "a ceasefire was declared"
    r"(?:ceasefire|cease-fire|truce)(?:\s+(?:agreement|deal|accord|pact))?\s+(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:reached|signed|agreed|declared|announced|accepted|brokered|struck|sealed|approved)\b|"
    # "exchanged 90 prisoners for three hostages", "the prisoner swap took place on Sunday"
    r"(?:exchanged|swapped)\s+(?:[\w,-]+\s+){0,4}?(?:hostages|captives|prisoners|detainees|bodies)\b|"
    r"(?:exchange|swap)\s(?:" + IN_CLAUSE + r"{0,40}?\s)??took\s+place|"
    # captives set free under a deal: "released 12 hostages on Thursday", "the prisoners were freed"
    r"(?:released|freed)\s+(?:the\s+)?(?:[\w,-]+\s+){0,3}?(?:hostages|captives|prisoners|detainees)\b|"
    r"(?<=hostages\s|captives\s)(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:released|freed)|"
    r"(?<=prisoners\s|detainees\s)(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:released|freed)|"
    # a round of talks held, by its host or in the passive: "hosted an opening round of ministerial talks",
    # "the second round of negotiations was held on Monday", "a new round of talks took place today"
    r"(?P<round>(?:held|hosted|convened|opened)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?round\s+of\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations)\b|"
    r"round\s+of\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations)\b" + IN_CLAUSE + r"{0,60}?\b(?:took\s+place|(?:was|were)\s+held)\b)|"
    r"took\s+effect|came\s+into\s+(?:force|effect)|went\s+into\s+effect|entered\s+into\s+force|"
    # a truce told in effect now: "the ceasefire is now in effect", "the truce is in force as of this morning"
    r"(?:ceasefire|cease-fire|truce)\b" + IN_CLAUSE + r"{0,60}?\b(?:is|was)\s+(?:now\s+)?in\s+(?:effect|force)(?!\s+(?:since|until|from|for)\b)|"
    r"(?<=,\s)ending\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:phase|ceasefire|truce|mission|deployment|presence|mandate))\b"
)
# Every match opens a word (each alternative with a letter, or after a look-behind of a space), so
# "(?=\w)" turns the engine away at a space or comma after a word, where "\b" holds, before it tries
# the alternatives there: the same matches, a third fewer steps. At a word, the look-ahead of the ways
# a step can open (read from the pattern: "has", "handed", an "-ly" adverb, ...) turns most words away
# with a test of their first letters, where the engine entered all of the alternatives.
_DONE = Prefiltered(re.compile(r"\b(?=\w)" + opening_guard(_DONE_STEPS, re.I) + _DONE_STEPS, re.I))
#: A decision told done ("has decided to", "declared its decision to"): dated only by a day told with it.
_DECIDED = re.compile(
    r"(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:decided\s|(?:announced|declared)\s+(?:its|their)\s+decision\b)", re.I
)
#: A step carried on or out ("continued with the withdrawal"): a stage of a process told before it.
#: Going away, which people other than forces do too: "left", "departed", "moved out".
_LEFT = re.compile(r"\b(?:left|departed|moved\s+out)\b", re.I)
#: Who went, when no force: people named just before the verb in its clause ("families who had left the
#: camp", "residents left the city"). A force word elsewhere in the sentence ("the army said") does not make
#: their going a force's step.
_CIVIL_SUBJECT = re.compile(
    r"\b(?:people|civilians|residents|families|refugees|displaced|migrants|workers|staff|diplomats|"
    r"journalists|patients|children|women|passengers|tourists|students|villagers|inhabitants)\b" + CLAUSE_CHAR + r"{0,40}$",
    re.I,
)
#: An event heading the clause before "left" ("The killing of the commander left the group leaderless",
#: "The blast left the base without power"): the event left a state behind, no one went anywhere.
_EVENT_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*)(?:the|a|an|its|his|her|their|this|that)\s+(?:[\w’'-]+\s+)?"
    r"(?:killing|death|assassination|loss|fall|collapse|capture|ouster|bombing|shelling|attack|strike|raid|ambush"
    r"|blast|explosion|crash|offensive|fighting)s?\b" + CLAUSE_CHAR + r"{0,50}$",
    re.I,
)
#: A step named in a clause of time ("for months before the truce was reached", "until the ceasefire took
#: effect"): the point another act is timed by, not a step the report tells ("after" clauses stay: measured,
#: the gold keeps many of those steps).
_TIME_CLAUSE = re.compile(r"\b(?:before|since|until|till)\s+(?!(?:on|in|at)\b)(?:[^,;:.()“”\"]|" + ABBREVIATION_DOT + r"){0,50}$", re.I)
#: A step told in a clause of what happened while another act took place ("the guards were hurt as the
#: convoy left the base", "the army moved in as the rebels withdrew from the hills"): the time of that act,
#: not a step the report confirms as done (a step dated before the report keeps its day).
_AS_CLAUSE = re.compile(r"(?<!such\s)(?<!well\s)\bas\s+(?!part\b)(?:[^,;:()“”\"]|" + ABBREVIATION_DOT + r"){0,50}$", re.I)
#: A step told in a clause that only sets the time of the sentence's news ("two years after the last troops
#: left the country, the militants hold the north", "when the soldiers withdrew from the town, the militia moved
#: in"): background the story takes as known, not a step the report confirms as done ("hours after the two
#: sides agreed to a truce, shelling was heard" is still the report's news).
_AFTER_CLAUSE = re.compile(
    r"(?<!hours\s)(?<!hour\s)\b(?:after|when|whenever|once(?!\s+(?:again|more)\b))\s+(?:[^,;:()“”\"]|" + ABBREVIATION_DOT + r"){0,50}$",
    re.I,
)
#: ... a counted stretch after the news it dates ("killed 20 on Thursday, a day after the junta announced a
#: truce", "two days after the troops left the base, ..."): the step's day is the news's day less the stretch
#: ("hours after": that day; "days after": none known).
_COUNTED_AFTER = re.compile(
    r"\b(?:(?P<n>" + NUMBER + r"|an?|one)\s+|(?P<the>the)\s+)?(?P<u>hours?|days?|weeks?)\s+after\s+(?:[^,;:()“”\"]|" + ABBREVIATION_DOT + r"){0,50}$",
    re.I,
)
_CARRIED_ON = re.compile(r"(?:continued|proceeded|went|pressed|moved|carried)\b", re.I)
#: A retreat under attack told after the going ("withdrew from the town as the rebels advanced", "pulled
#: out after days of heavy fighting", "left under fire"): a battle's turn, no step of a pledged pullout
#: ("left the base after nine years of fighting jihadists" ends a mission and stays).
_RETREAT_AFTER = re.compile(
    IN_SENTENCE + r"{0,80}?(?:\b(?:as|while|when)\s+(?:[\w’'-]+\s+){0,5}?(?:advanced|advancing|closed\s+in|attacked|stormed)\b"
    r"|\b(?:after|amid)\s+(?:(?:hours|days|weeks)\s+of\s+)?(?:heavy|fierce|intense|intensifying)\s+(?:fighting|clashes|shelling|bombardment)\b"
    r"|\b(?:after|amid)\s+(?:hours|days|weeks)\s+of\s+(?:fighting|clashes|shelling|bombardment)\b"
    r"|\bunder\s+(?:heavy\s+)?(?:fire|attack)\b|\bin\s+the\s+face\s+of\s+(?:an?\s+|the\s+)?(?:advance|offensive|assault)\b)",
    re.I,
)
#: An armed group taking ground ("the rebels entered the city", "militants seized the town"): a capture,
#: no step of a force's pledged move.
_GROUP_CAPTURE = (
    r"\b(?:fighters|militants|rebels|insurgents|jihadists|militias?)\b" + IN_CLAUSE + r"{0,40}?"
    r"\b(?:entered|seized|captured|overran|stormed|took\s+(?:full\s+)?control\s+of)\b"
)
_GROUP_CAPTURED = re.compile(_GROUP_CAPTURE, re.I)
#: ... and a going told as the opening of such a capture ("the rebels entered the city after the army withdrew").
_CAPTURED_AFTER = re.compile(_GROUP_CAPTURE + IN_SENTENCE + r"{0,80}?\b(?:after|as)\s+" + IN_CLAUSE + r"{0,50}$", re.I)
_RETREAT_VERB = re.compile(r"\b(?:withdr\w+|pull\w*|retreat\w*|left|fled|abandon\w+)\b", re.I)


def _retreat(art: Document, s: Sentence, lo: int, hi: int) -> bool:
    """Between lo and hi a going under attack is told, or an armed group's capture (_RETREAT_AFTER,
    _GROUP_CAPTURED, _CAPTURED_AFTER): a battle's turn, no step of a pledged move."""
    if _GROUP_CAPTURED.search(art.text, lo, hi):
        return True
    return any(
        _RETREAT_AFTER.match(art.text, v.end(), s.end) or _CAPTURED_AFTER.search(art.text, max(s.start, v.start() - 200), v.start())
        for v in _RETREAT_VERB.finditer(art.text, lo, hi)
    )
#: "The withdrawal of the peacekeepers began in mid-April": a withdrawal is the subject of "began"; so is a
#: process in a sentence of forces ("the process of moving the units out started"; not the peace process).
_STEP_BEGAN = re.compile(
    r"\b(?:" + _STEP_NOUN + r"|(?P<new>mission|deployment|patrols?)|(?<!peace\s)process)\b" + IN_CLAUSE + r"{0,60}?"
    r"\s+(?:has\s+|had\s+)?\w+\Z",
    re.I,
)
#: "Talks on the pullout began": the step is the topic of what began, not its subject.
_TOPIC_OF = re.compile(r"\b(?:on|about|over|for)\s+(?:the\s+|a\s+|its\s+|their\s+)?$", re.I)
#: Completions, beginnings and terminations are dated to the month too ("began in mid-April 2024").
_ENDING_NOUNS = ("miss", "mand", "oper", "depl", "pres")
#: A passive's auxiliaries before a done step's verb: "was completed in December" is a completion in a month.
_AUXILIARIES = re.compile(r"^(?:(?:has|have|had)\s+)?(?:was|were|been)\s+(?:\w+ly\s+)?", re.I)
#: Right after a withdrawal told in the passive, its own year: "were withdrawn in 2019" (not a span,
#: "in 2022-2023"). A withdrawal's year told so dates the step; other verbs' years stay background.
_WITHDRAWN_IN_YEAR = re.compile(r"(?<=withdrawn)\s+in\s+(?P<y>(?:19|20)\d\d)\b(?!\s*[-–])")
_MONTH_STEPS = ("ende", "comp", "fini", "conc", "bega", "begu", "begi", "star", "comm", "init", "term")
#: "The truce, which began on ...", "a ceasefire between A and B started ...": the truce is the subject.
_TRUCE_BEGAN = re.compile(
    r"\b(?:ceasefire|cease-fire|truce|armistice)(?:,?\s+which|\s+(?:between|agreed|announced)\b" + IN_CLAUSE + r"{1,60}?)?"
    r"\s+(?:has\s+|had\s+)?\w+\Z",
    re.I,
)
_NOT_DONE = re.compile(
    r"\b(?:not|never|n['’]t|yet\s+to|if|would|could|unless|before\s+it)\b" + IN_CLAUSE + r"{0,25}$|\b(?:be|being|will|to)\s+$", re.I
)
#: Troops, bases, missions or truces: the only things whose handing over or ending is a milestone.
_DONE_SUBJECT = re.compile(
    rf"\b(?:{TROOPS}|force|military|army|base|bases|mission|coalition|"
    + _TRUCE_NAMES + r"|IDF|UNIFIL|elements|" + _CIVIL_CAMP_NOT + r"camps?|outposts?|checkpoints?|garrisons?|airbases?|paramilitary|mercenar\w+|"
    # steps that only forces take
    r"disengagement|redeployment|deployment|reinforcements?|pullout|withdrawal|drawdown|demobili[sz]ation|"
    r"guards|convoy|hostages|captives|prisoners|detainees|patrols?)\b",
    re.I,
)
#: Armed groups leave ground too ("the factions have withdrawn from the town"), but a truce or deal
#: taking effect in a sentence that names their fighters is the deal's step, not theirs.
_GROUP_SUBJECT = re.compile(r"\b(?:fighters|militants|factions|militias?|rebels)\b", re.I)
#: An extension step: "extended", "extend", "extension", "renewed", "prolonged".
_EXTENSION = re.compile(r"\bext\w+|renewed|prolonged", re.I)
#: Who arrives in a step: forces named just before "arrived", with no clause between.
_ARRIVING = re.compile(
    rf"\b(?:{TROOPS}|reinforcements)\b{CLAUSE_CHAR}{{0,40}}\Z",
    re.I,
)
_TOOK_OVER = re.compile(r"took\s+(?:over|control|possession|\w+\s+(?:control|possession))\b", re.I)
#: Who takes a site over in a handover: a state's forces, named just before "took", with no clause between.
_TAKEN_BY = re.compile(
    r"\b(?:army|armed\s+forces|security\s+forces|forces|troops|soldiers|military|government|authorities|police|guards)"
    r"(?:\s+(?:have|has|had|formally|officially|finally))*\s+\Z",
    re.I,
)
#: Steps an armed group takes, told with fighters or militias as their subject: withdrawing, pulling back,
#: leaving, vacating, handing over (weapons, posts).
_GROUP_STEP = re.compile(r"\b(?:withdr\w+|pull\w*|left|vacat\w+|hand\w*)\b", re.I)


#: A truce's start named as the time another act counts from: "since the truce took effect", "months after a
#: ceasefire began", "between the ceasefire that took effect on ... and ...".
_SINCE_TRUCE = r"\b(?:since|between|(?:months|years?)\s+after)\s+(?:the\s+|a\s+|an\s+)?" + IN_CLAUSE + r"{0,50}?\b(?:" + _TRUCE_NAMES + r")\b"
_STARTED_WORD = r"(?:took|came|went|entered|started|began|begun)\b"
_TRUCE_REFERENCE = re.compile(_SINCE_TRUCE + r"" + IN_CLAUSE + r"{0,30}$", re.I)
_STARTED = re.compile(_STARTED_WORD, re.I)
#: The same, read back from the date of the start: "since the truce took effect on".
_STARTED_SINCE = re.compile(_SINCE_TRUCE + r"" + IN_CLAUSE + r"{0,30}?\b" + _STARTED_WORD + r"" + IN_CLAUSE + r"{0,40}$", re.I)


#: Words that tell a mission's or mandate's term (its renewal, extension or mandate): a story telling one
#: tells the mission's founding as its first step.
_TERM_NORMS = frozenset(
    ("mandate", "mandates", "extend", "extends", "extended", "extending", "extension", "renew", "renews", "renewed",
     "renewal", "prolong", "prolonged")
)  # fmt: skip


def _cue_sentences(art: Document, norms: frozenset[str]) -> list[int]:
    """The sentences, in order, that hold one of the words ``norms``: the only ones a pattern is tried in."""
    if norms.isdisjoint(art.vocabulary):
        return []  # (most articles tell no truce or extension at all)
    return sorted(art.sentences_with(list(compress(art.token_starts, map(norms.__contains__, art.norms)))))


#: A named site: "Camp Hill", "Fort Stone", "Stone air base". Two joined after a done step's verb
#: ("handed over Camp Hill and Fort Stone on Sunday") are the sites of one step.
_SITE_NAME = (
    r"(?:(?-i:Camp|Base|Fort)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
    r"|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:air\s*base|airbase|base|airport|camp|barracks))"
)
#: A name alone after a site noun and its preposition: "the outposts in Teba | and Moro".
_SITE_TOWN = r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
_FIRST_SITE = re.compile(rf"\b(?:{_SITE_NAME}|{_SITES}\s+(?:in|at|near)\s+{_SITE_TOWN})$", re.I)
#: The second site ends its clause, or a date, recipient or place follows it ("and Camp B to the army").
_SECOND_SITE = re.compile(
    rf"\s+and\s+(?:the\s+)?(?:{_SITE_NAME}|(?:(?:in|at|near)\s+)?{_SITE_TOWN})(?=\s*[,;.:]|\s*$|\s+(?:on|to|in|at|last|this|earlier|over|back)\b)", re.I
)


#: Verbs of a force gone from where it stood: a month counted from the report dates them (_recent_month);
#: a handover told with one is read by _recent_stretch already.
_LEFT_SITE = re.compile(r"(?:left|vacated|withdrew|departed|pulled\s+(?:\w+\s+){0,3}?out|handed\s+(?:\w+\s+){0,3}?(?:over|back))\b", re.I)
#: A perfect's auxiliary before its verb: "had (already) left".
_PERFECT = re.compile(r"^(?:has|have|had)\s+(?:\w+ly\s+)?", re.I)
#: How far behind the report a month told alone may end and still be the month of a step done.
_RECENT_MONTH_DAYS = 92


def _recent_month(art: Document, d: DateMention, handed: int | None = None) -> bool:
    """``d`` is a month counted from the report ("last month", "this month"), or one a step was done by
    ("had left the country by mid-June": a bound reached, news of progress), that ends no more than three
    months before it; or, after a site's handover told in the passive (``handed``: where its verb ends), a
    month named right after it ("the bases were returned in December and early January"), begun by the report."""
    span = d.span
    if art.published is None or span is None or span.precision != "month" or (art.published - span.end).days > _RECENT_MONTH_DAYS:
        return False
    if handed is not None and handed <= d.start and span.start <= art.published and _HANDED_IN.fullmatch(art.text, handed, d.start):
        return True
    if (art.published - span.end).days <= 0:
        return False
    return d.kind == "relative" or (d.kind == "period" and _BY_MONTH.search(art.text, max(0, d.start - 4), d.start) is not None)


#: The bound a step was done by, right before its month: "by (mid-June)".
_BY_MONTH = re.compile(r"\bby\s+$", re.I)
#: Between a handover's verb and its month: "in", or a month before joined by "and" ("in December and").
_HANDED_IN = re.compile(r"(?:in|during)\s+(?:[\w-]+\s+){0,2}?(?:(?:and|or)\s+(?:in\s+)?)?", re.I)


def _spreading(what: str) -> bool:
    """ "The army had deployed in 12 more towns": a deployment told by the places it has spread to, its
    progress so far, no step of a presence begun, ended or due."""
    return any(_MORE_PLACES.match(what, v.end()) for v in _DEPLOYED.finditer(what))


_DEPLOYED = re.compile(r"\b(?:deployed|deploys|deploy|deploying|spread|expanded)\b", re.I)
#: Right after a deployment, more places counted onto it: "in 12 more towns", "to another five posts", "into a
#: further three districts".
_MORE_PLACES = re.compile(
    r"\s+(?:\w+ly\s+)?(?:in|into|to|at|across)\s+(?:(?:another|a\s+further)\s+(?:\d[\d,]*|\w+)|(?:\d[\d,]*|\w+)\s+(?:more|additional|further|other))\s",
    re.I,
)


#: A convoy told by its load ("the convoy left Kidal carrying fuel", "an aid convoy reached the town"): a supply
#: run, no force's step (the last convoy of a withdrawing force is told without a load).
_SUPPLY_RUN = re.compile(
    r"\b(?:aid|supply|fuel|food|relief|humanitarian|UN)\s+convoys?\b"
    r"|\bconvoys?\b.{0,60}?\b(?:(?:carrying|bringing|delivering|with)\s+(?:\w+\s+){0,2}?"
    r"(?:fuel|food|aid|supplies|medicine|medical|water|flour|grain|goods|ammunition|cargo)|(?:laden|loaded)\s+with)\b",
    re.I,
)


def _supply_run(m: Milestone) -> bool:
    """A convoy's trip with a load, whose clause names no troops ("the convoy had left Kidal on Saturday
    carrying fuel"): no step of a commitment. The subject the label may have cut short ("A convoy loaded
    with flour left ...": label "flour left ...") is read in the words just before the label."""
    what = m.what
    at = m.evidence.find(what)
    if at > 0:
        what = m.evidence[max(0, at - _SUBJECT_REACH) : at] + what
    return _SUPPLY_RUN.search(what) is not None and re.search(rf"\b(?:{TROOPS})\b", what, re.I) is None


#: Forces deployed, after any auxiliary or adverb ("has now deployed 500 troops"), not "redeployed" nor a force
#: told spreading itself ("the army had deployed in the last hamlets").
_SENT_FORCES = re.compile(
    r"(?<![\w-])(?:(?:has|have|had)\s+)?(?:\w+ly\s+|now\s+|just\s+|already\s+)?deployed\s+(?:[\w,-]+\s+){0,4}?(?:" + TROOPS + r")\b", re.I
)
#: Forces deployed told as a plan: "will be deployed", "are to be deployed".
_TO_BE_SENT = re.compile(r"\b(?:be|being)\s+(?:\w+ly\s+)?deployed\b", re.I)
#: What makes forces deployed a step of a deal: the deal or its other side's step in the sentence ("deployed to
#: the south under the ceasefire", "as the Israeli troops withdrew").
_DEAL_BESIDE = re.compile(
    r"\b(?:" + _TRUCE_NAMES + r"|agreement|deal|accord|pact|withdr[ae]w\w*|pull(?:ed|ing)?\s+out|pullout|handover|vacated)\b", re.I
)


def _done_steps(art: Document, dates_in: _Dates) -> list[Milestone]:
    """Steps reported as done, dated by the sentence's own day or else by the report (GUIDE.md)."""
    out: list[Milestone] = []
    as_of_report: list[Milestone] = []  # dated by the report alone
    cues = _cue_sentences(art, _DONE_WORDS)
    for v in (v for i in cues for v in _DONE.finditer(art.text, *_span(art, i))):
        i = art.sentence_index(v.start())
        s = art.sentences[i]
        if _NOT_DONE.search(art.text, max(s.start, v.start() - 40), v.start()):
            continue
        if _LEFT.search(v.group()) and _CIVIL_SUBJECT.search(art.text, max(s.start, v.start() - 60), v.start()):
            continue  # "about 3,000 people have left the camp, the army said": civilians leaving is no step of a force
        if v.group()[:4].lower() == "left" and _EVENT_SUBJECT.search(art.text, s.start, v.start()):
            continue  # "the killing of the commander left the group leaderless": an event left a state behind
        if v.group("fronted") and not v.group()[0].isupper():
            continue  # a participle fronted before its mission opens the sentence: "Created in 2010, the mission ..."
        if _passive_modifier(art, v):
            continue  # "deploy in the villages vacated by the occupying force": a participle naming a noun, no step told
        phase = _phase_begun(art, i, v)  # "The first phase began on 1 September", after "The withdrawal of X began"
        if phase is None and not v.group("taken") and not v.group("founded") and not v.group("round") and not (v.group("moved") and _moved_forces(art, s, v)) and not _DONE_SUBJECT.search(art.text, s.start, s.end) and not (
            _GROUP_STEP.search(v.group()) and _GROUP_SUBJECT.search(art.text, s.start, s.end)
        ) and not _state_subject(art, s, v.start()):
            continue
        if _TIME_CLAUSE.search(art.text, max(s.start, v.start() - 60), v.start()):
            continue  # "weeks after a truce was reached": another act's point in time, not a step the report tells
        if _retreat(art, s, v.start(), v.end()):
            continue  # "the army withdrew from the town as the rebels advanced": a retreat under attack, no pledged step
        if _TRUCE_REFERENCE.search(art.text, max(s.start, v.start() - 80), v.start()) and _STARTED.match(v.group()):
            continue  # "violations since the ceasefire took effect on Nov. 27": the truce's start is a reference point
        if _STEP_NOUN_RE.match(v.group().lower()) and _TOPIC_OF.search(art.text, max(s.start, v.start() - 30), v.start()):
            continue  # "talks on the withdrawal ended": the step is the topic of what ended, not its subject
        # a truce extended is a step that day; a mandate or mission extended is one too, on a day of its own
        # (its new end, due then, is _terms_extended's); a deadline extended is due at its new end
        term = _EXTENSION.search(v.group()) is not None and not _TRUCE_WORD.search(art.text, max(s.start, v.start() - 60), v.end() + 40)
        if term and not _TERM.search(art.text, v.end(), min(s.end, v.end() + 60)):
            continue
        if v.group().endswith(("arrived", "landed")) and not _ARRIVING.search(art.text, max(s.start, v.start() - 60), v.start()):
            continue  # "the envoy arrived in the capital": only forces arriving are a step
        if _SENT_FORCES.match(v.group()) and not _DEAL_BESIDE.search(art.text, s.start, s.end):
            continue  # "has deployed 6,000 soldiers to the south": forces sent, no step of a deal unless one is told
        if v.group("relieved") and not _relieved(art, s, v):
            continue  # "the army replaced its commander", "rebels took over from the militia": no mission's handover
        if (
            not v.group("relieved")
            and (_TOOK_OVER.match(v.group()) or v.group("ground"))
            and not _TAKEN_BY.search(art.text, max(s.start, v.start() - 60), v.start())
            and not (_TOOK_OVER.match(v.group()) and _country_took_handover(art, s, v))
        ):
            continue  # "the militants took over the base": a capture, no handover; a state's forces take one over
        if v.group("announced") and not _announced(art, s, v):
            continue  # "announced it will hold talks", or a plan with its own date ahead (read as a plan)
        if (v.group("aspect") or v.group("decided")) and not _begun_step(art, v.end()):
            continue  # "began talks", "started looking into": only a step of a presence begun is one
        if v.group("shut") and art.triggers_in(s.start, s.end):
            continue  # "the air base closed after a rocket attack": shut by an attack, no step of a presence
        if v.group("moved") and not _moved_forces(art, s, v):
            continue  # "reduced the risk", "civilians were evacuated": forces must be what moved
        began = None
        if v.group().split()[-1].lower() in ("started", "began", "commenced"):
            lead = art.text[max(s.start, v.start() - 80) : v.end()]
            began = _TRUCE_BEGAN.search(lead) or _STEP_BEGAN.search(lead) or (phase[0] if phase else None)
            if began is None or _TOPIC_OF.search(lead, 0, began.start()):
                continue  # "which started on ..." is a step only of a truce, a withdrawal or a mission
        # A step done on a day; a completion also in a month ("completed its withdrawal in April 2030"),
        # where a month alone on "vacated" or "took effect" is mostly background.
        verb = v.group().split()[-1] if v.group()[:4].lower() in _ENDING_NOUNS else _AUXILIARIES.sub("", v.group())
        grains = ("day", "month", "year") if verb[:4].lower() in _MONTH_STEPS or v.group("founded") else ("day",)
        own_year = _WITHDRAWN_IN_YEAR.match(art.text, v.end(), s.end) if grains == ("day",) else None
        if own_year is not None:
            grains = ("year",)  # "the battalions were withdrawn in 2019": a withdrawal done, told by its own year alone
        # a force gone from a site in a month counted back from the report ("left the airbase last month",
        # "a base the troops handed over last month") is a step done then; a month named alone ("in March") may be told of any year and stays background
        # (a site told handed back in the passive too: "the bases were returned in December")
        recent_month = grains == ("day",) and (_LEFT_SITE.match(_PERFECT.sub("", verb)) is not None or bool(v.group("site"))) and art.published is not None
        told = [d for d in dates_in(s.start, s.end) if d.kind != "since" and not art.in_dateline(d.start)]
        if told and min(told, key=lambda d: abs(d.start - v.start())).span is None:
            continue  # "began in April, months after the offensive of September 2023": its own day is unknown
        days = [
            d for d in told
            if d.span and (
                d.span.precision in grains
                or _MONTH_END.match(art.text, d.start)
                or (recent_month and _recent_month(art, d, v.end() if v.group("site") else None))
                or (grains == ("day",) and _two_days(art, d))  # "on Monday and Tuesday": done by the later day
            )
            and not _NAMED_DEADLINE.match(art.text, d.end, s.end)
            and (own_year is None or d.start >= own_year.start("y"))
        ]  # fmt: skip
        if art.published is not None:
            days = [d for d in days if d.span.start <= art.published]  # type: ignore[union-attr]
        if _EXTENSION.search(v.group()) and (old := [d for d in days if _old_end(art, s, d)]):
            if _TRUCE_EXTENDED_BY.search(art.text, s.start, s.end):
                continue  # "the truce, which was due to expire on Sunday, has been extended by a week": its new end is due (_truce_extended)
            days = [d for d in days if d not in old]  # the day it was to end is no day of its extension
        # "said on Monday it had pulled its troops out on Saturday": the saying's day dates the step
        # only when the sentence gives the step no day of its own.
        # A day that closes the step's own clause, its speaker after a comma ("was completed on Friday, the
        # ministry said"), is the step's, not the saying's.
        unsaid = [d for d in days if not said_on(art, d) or _closes_step(art, d, v)]
        if not unsaid and _own_coarse_date(art, v, told, days) is not None:
            continue  # "withdrew from Mali in 2022, officials said on Monday": not a step of Monday
        days = unsaid or days
        # "the truce was extended by a week until May 20": the day after "until" is the term's new end,
        # ahead of the step, never the day it was done
        days = [d for d in days if not _new_end(art, s, d)]
        # "was finished ahead of the deadline the two sides agreed in May": a date after another past verb
        # that follows the step is that verb's act, not the step's day
        days = [d for d in days if not _other_verbs_date(art, v.end(), d)]
        told_next = None
        if not told and (v.group("announced") or v.group("decided") or _DECIDED.match(v.group())):
            told_next = _announcement_day(art, i)  # "... declared its decision to pull out. The announcement was made on Sunday"
        elif not told and _STATED_BEFORE.search(art.text, s.start, v.start()):
            # "X has acknowledged that its units are pulling out ... A spokesman said on Tuesday that the pullout ..."
            told_next = _confirmation_day(art, i)
        if term and (told_next is not None or not days or any(_new_end(art, s, d) for d in told)):
            continue  # a term extended "until <date>" is told by its new end, due then
        if told_next is not None:
            due = _due(art, told_next)
        elif days:
            # a step carried on is a stage after the one told before it: the day told after it in its own clause
            # ("began on May 19 and continued with the withdrawal from the base on July 7") is its own
            # the nearest day in the verb's own clause: "The pullout, which began in May, was completed on
            # Friday" was completed on Friday, not in May
            # the verb after a start told in an aside ("the withdrawal, which began in March, ended on Thursday")
            at = v.start() + (v.group().rfind(", ") + 2 if ", " in v.group() else 0)
            own = [o for o in days if not _BOUNDARY.search(art.text, min(o.end, at), max(o.start, v.end()))]
            d = min(own or days, key=lambda d: abs(d.start - at))
            if _CARRIED_ON.match(v.group()) and d.end <= v.start() and _BOUNDARY.search(art.text, d.end, v.start()):
                own = [o for o in days if o.start >= v.end() and not _BOUNDARY.search(art.text, v.end(), o.start)]
                d = own[0] if own else d
            due = _due(art, d)
            if (counted := _COUNTED_AFTER.search(art.text, max(s.start, v.start() - 60), v.start())) is not None:
                shifted = _counted_back(art, counted, d, v, s.end)
                if shifted is None:
                    continue  # "weeks after the army left the town", the news told on Monday: the step's own day is unknown
                due = shifted
            if _old_start(art, began, d):
                continue  # "the former mission began in 2022", told years on: background
            if v.group("founded") and _old_founding(art, d):
                continue  # "a mission created in 1990" in a story of a raid: background
        elif (recent := _recent_stretch(art, told, v)) is not None:
            due = recent
        elif (
            (report := art.published or art.reference) is not None
            and not _DECIDED.match(v.group()) and not v.group("decided")  # a decision is dated by the day told with it (the report's may be a day on)
            and not v.group("cut")  # "brigade strength trimmed to 900", a headline's: the cut's day is the one a deadline told
            and not _TOLD_BEFORE.search(art.text[max(s.start, v.start() - 25) : v.end()].rsplit(",", 1)[-1])
            and all(art.in_dateline(d.start) for d in art.dates_in(s.start, s.end))
            and not _story_before(art, s.start, report)
        ):
            # "the final post was just handed back": as of the report, or on an undated page as of the day
            # the story fixes for itself (Document.reference)
            due = report.isoformat()
        else:
            continue
        if due == str(art.published) and _AS_CLAUSE.search(art.text, max(s.start, v.start() - 60), v.start()):
            continue  # "the guards were hurt as the convoy left the base": no step the report confirms
        if due == str(art.published) and _AFTER_CLAUSE.search(art.text, max(s.start, v.start() - 60), v.start()):
            continue  # "months after the troops left the town, ...": the time of other news, no step the report confirms
        start = _subordinate_begin(art.text, _clause_begin(art.text, s.start, v.start()), v.start())
        stop = _BOUNDARY.search(art.text, v.end(), s.end)
        if (
            stop
            and stop.group().strip().lower() == "and"
            and _FIRST_SITE.search(art.text, v.end(), stop.start())
            and (second := _SECOND_SITE.match(art.text, stop.start(), s.end))
        ):
            stop = _BOUNDARY.search(art.text, second.end(), s.end)  # "handed over Camp A and Camp B": both sites
        if stop and (inside := next((o for o in told if o.start < stop.start() < o.end), None)) is not None:
            stop = _BOUNDARY.search(art.text, inside.end, s.end)  # "on Monday and Tuesday": one date, not two clauses
        what = _LEADING_LINK.sub("", art.text[start : stop.start() if stop else s.end].strip(" ,;:.\"“”"))
        if phase is not None:
            # the phase named by its step: "The first phase of the withdrawal of the UN mission began on 1 September"
            what = f"{phase[0].group('phase')} of {phase[1]} " + art.text[v.start() : stop.start() if stop else s.end].strip(" ,;:.\"“”")
        elif (deal := _DEAL_THAT_DID.search(art.text, max(s.start, v.start() - 90), v.start())) is not None:
            # "halted its attacks under a truce with the United States that took effect on May 6", "Under the deal,
            # which took effect on January 19, ...": the deal's step, told in its relative clause, named by the deal
            what = f"{deal.group('np')} " + art.text[v.start() : stop.start() if stop else s.end].strip(" ,;:.\"“”")
        elif (rel := _UNDER_THAT.match(what)) is not None and what[rel.end() :].startswith(v.group()):
            # "Under the truce that took effect on November 27, ...": the deal's step told in its relative clause
            what = f"{rel.group('np')} {what[rel.end() :]}"
        elif (_SUBJECTLESS.match(what) or start == v.start()) and (opened := [o for o in _ASIDE_OPEN.finditer(art.text, s.start, start)]):
            # "The pullout, which began in May, was completed on Friday": the subject before the aside;
            # so for an active verb ("A regional force, which numbered 2,000, completed its withdrawal")
            what = art.text[s.start : opened[-1].start()].strip(" ,;:\"“”") + " " + what
        elif _ASIDE_ONLY.match(what):
            what = _with_its_noun(art, s.start, start, start + len(what)) or what
        elif _SUBJECTLESS.match(what) and (comma := art.text.find(",", (opens := _past_dateline(art, s).start), start)) > opens:
            # "The base in Abeche, the last French base in the east, was handed over": the subject before
            # the apposition (after the dateline, whose own comma opens no apposition)
            what = art.text[opens : comma].strip(" \"“”") + " " + what
        if len(what.split()) >= 3 and (paired := _sites_in_turn(art, v, art.text[start : v.start()], days)):
            out.extend(Milestone(what=w, due=_due(art, o), evidence=s.text, done=True) for w, o in paired)
        elif len(what.split()) >= 3:
            out.append(Milestone(what=what, due=due, evidence=s.text, done=True))
            if art.published is not None and due == art.published.isoformat():
                as_of_report.append(out[-1])  # by the report, or by a dateline the finder took for a date
            if days and told_next is None:
                out.extend(_joined_done(art, v, what, d, days, s.text))
    return [m for m in out if not (m in as_of_report and _dated_elsewhere(m, out, as_of_report))]


def _counted_back(art: Document, counted: re.Match[str], d: DateMention, v: re.Match[str], s_end: int) -> str | None:
    """The due of a step told in a clause a counted stretch after the news (``counted``) when ``d``, the day
    found for it, is the news's, outside that clause: that day less the stretch; None when the stretch has no
    count ("days after"). A day inside the clause is the step's own."""
    gap = _CLAUSE_GAP.search(art.text, v.end(), s_end)
    if counted.start() <= d.start < (gap.start() if gap else s_end):
        return _due(art, d)
    unit = counted.group("u").lower()
    told = (counted.group("n") or "").lower()
    n = 1 if counted.group("the") or told in ("a", "an", "one") else parse_number(told) if told else None
    if unit.startswith("hour"):
        n = int(n or 0) // 24  # "hours after": that day; "48 hours after": two days before it
    elif n is None or (not counted.group("n") and unit.endswith("s")):
        return None
    if d.span is None or d.span.precision != "day":
        return _due(art, d)
    return (d.span.start - timedelta(days=int(n) * (7 if unit.startswith("week") else 1))).isoformat()


#: A preposition opening a sentence on a noun whose relative clause tells the step: "Under | the truce | that | took effect".
#: A truce or deal told right before the verb or relative clause that tells its step: "a truce with the United
#: States that ", "the deal, which ", "A truce with the rebels " (took effect).
_DEAL_THAT_DID = re.compile(
    # (not a part of one: "Stage two of the Gaza truce began" is the stage's step)
    r"(?<!\bof\s)(?P<np>\b(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:truce|ceasefire|cease-fire|armistice|deal|agreement|accord|pact)"
    r"(?:\s+(?:with|between)\s+[^,;.]{1,40}?)?)(?:\s*,?\s+(?:that|which))?\s+$",
    re.I,
)
_UNDER_THAT = re.compile(
    r"(?:under|with|per|following|in\s+line\s+with|as\s+part\s+of)\s+(?P<np>(?:the|a|an|its|their|this)\s+[^,;]{1,50}?)\s+(?:that|which)\s+", re.I
)
#: A phase told by its ordinal as the subject of a beginning: "The first phase, covering 800 personnel, began".
_PHASE_BEGAN = re.compile(
    r"\b(?P<phase>(?:the\s+)?(?:first|second|third|fourth|fifth|final|last|initial|next)\s+(?:phase|stage))\b(?!\s+of\b)"
    r"(?:," + IN_CLAUSE + r"{1,60},)?\s+(?:has\s+|had\s+)?(?:began|begun|started|commenced)\Z",
    re.I,
)
#: The step a phase is part of, as its sentence or the one before names it: "The withdrawal of the UN mission",
#: "the mission's drawdown".
_STEP_NP = re.compile(
    r"\b(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?" + _STEP_NOUN + r"\b"
    r"(?:\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?=\s+(?:began|begun|started|will|would|is|was|has|had|got|from|in|on|by|and)\b|\s*[,.;]))?",
    re.I,
)


def _phase_step(art: Document, i: int, hi: int) -> str | None:
    """The step a phase told by its ordinal belongs to: the last one its sentence names before ``hi``, else the
    sentence before's."""
    for j in (i, i - 1):
        if j < 0:
            break
        s = art.sentences[j]
        found = list(_STEP_NP.finditer(art.text, s.start, hi if j == i else s.end))
        if found:
            np = found[-1].group()
            return np[0].lower() + np[1:] if np[:4] in ("The ", "Its ") or np[:6] == "Their " else np
    return None


def _phase_begun(art: Document, i: int, v: re.Match[str]) -> tuple[re.Match[str], str] | None:
    """A phase begun, told by its ordinal alone, and the step it is a phase of (linked from the sentence before)."""
    if v.group()[-5:].lower() not in ("began", "begun", "arted", "enced"):
        return None
    s = art.sentences[i]
    phase = _PHASE_BEGAN.search(art.text[max(s.start, v.start() - 90) : v.end()])
    if phase is None:
        return None
    at = v.end() - len(phase.group())
    step = _phase_step(art, i, at)
    return None if step is None else (phase, step)


#: A stretch of time alone before a subordinator: "a day", "two weeks", "hours", "shortly", "just".
_STRETCH_LEAD = re.compile(
    r"\s*(?:(?:just|only|barely|some|about|nearly|less\s+than)\s+)?(?:(?:" + NUMBER + r"|an?|one|the|several|a\s+few)\s+)?"
    r"(?:hours?|days?|weeks?|months?|years?)\s+|\s*(?:shortly|soon|just|moments|minutes)\s+",
    re.I,
)


def _subordinate_begin(text: str, lo: int, at: int) -> int:
    """Where a step's clause begins when it is a clause of time after a main clause with a verb of its own
    ("Phase two will begin 42 days after | the truce took effect on January 19"): after the subordinator,
    its subject alone before the step's verb at ``at``; else ``lo``."""
    opened = [o for o in _OPENS_CLAUSE.finditer(text, lo, at)]
    if not opened or not _verbless(text[opened[-1].end() : at]):
        return lo
    if not _SUBJECT_VERB.search(text, lo, opened[-1].start()) and not _STRETCH_LEAD.fullmatch(text, lo, opened[-1].start()):
        return lo  # (", a day after | the junta announced a truce": the main clause before the comma)
    return opened[-1].end()


#: A past verb right before a date's preposition: "agreed in", "set on", "ordered during".
_VERB_THEN = re.compile(r"\b([a-z]+)\s+(?:in|on|at|during)\s+$", re.I)


def _other_verbs_date(art: Document, step_end: int, d: DateMention) -> bool:
    """``d`` follows, after the step's verb ending at ``step_end``, a past verb of its own ("... the deadline
    the two sides agreed in May"): it dates that verb's act."""
    if d.start <= step_end:
        return False
    at = d.start if d.kind in ("explicit", "period") else step_end
    before = _VERB_THEN.search(art.text, step_end, at)
    # "set" is a past tense its form does not show ("the deadline the two governments set in May")
    return before is not None and (before.group(1).lower() == "set" or lemma_form(before.group(1).lower())[1] in ("ed", "past"))


#: The agent of a passive participle: "vacated by", "handed over by" (not "by June", a deadline's).
_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+|its\s+|their\s+)?(?!(?:the\s+)?end\b|\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten)\b)", re.I)
#: Words before a noun that make a participle after it a modifier: the noun is a preposition's object.
_GOVERNED = frozenset(words("in into to at from for of on near around across with within"))


def _passive_modifier(art: Document, v: re.Match[str]) -> bool:
    """A bare participle with its agent after a noun a preposition governs ("ready to deploy in all villages
    vacated by the occupying troops", "returned to the posts handed over by the mission"): it names the
    noun by a past step, told neither as news nor with a day, like a reduced relative clause."""
    k = art.token_index(v.start())
    toks = art.tokens
    if k < 2 or toks[k].start != v.start() or not toks[k - 1].norm.isalpha() or toks[k - 1].text[:1].isupper():
        return False
    if toks[k - 1].norm in PERSONNEL | UNITS or toks[k - 1].norm in _PASSIVE:
        return False  # forces before the verb are mostly its subject; "was extended by" is a clause's own verb
    if art.text[toks[k - 1].end : toks[k].start].strip():
        return False  # a comma or a dash between: the participle opens a clause of its own
    agent = _BY_AGENT.match(art.text, v.end())
    if agent is None or art.dates_in(agent.end(), agent.end() + 20):
        return False  # "left by June": a deadline, no agent
    return any(t.norm in _GOVERNED for t in toks[max(0, k - 4) : k - 1])


#: The longest stretch gone by that still dates a done step: a month ("earlier this month", "last week").
_STRETCH_DAYS = 31


def _long_stretch_gone(art: Document, d: DateMention) -> bool:
    """A stretch gone by that is longer than a month ("earlier this year", "over the past months")."""
    span = d.span
    return (
        span is not None and art.published is not None and span.precision == "range"
        and span.end <= art.published and (span.end - span.start).days > _STRETCH_DAYS
    )  # fmt: skip


def _recent_stretch(art: Document, told: list[DateMention], v: re.Match[str]) -> str | None:
    """A done step told only by a stretch just gone by ("left the base last week", "earlier this month"),
    which is no day of its own: dated by the report when the stretch ends in the report's month
    (GUIDE.md), else by the month it lies in; one across two earlier months, or one that dates a
    saying ("said last week that ..."), or months gone by ("earlier this year") dates nothing."""
    if len(told) != 1 or art.published is None:
        return None
    d = told[0]
    span = d.span
    if d.kind != "relative" or span is None or span.precision != "range" or span.end > art.published:
        return None
    if said_on(art, d) and not _closes_step(art, d, v):
        return None
    if _long_stretch_gone(art, d):
        return None  # "earlier this year": months of background, no step the report confirms
    if (span.end.year, span.end.month) == (art.published.year, art.published.month):
        return art.published.isoformat()
    if (span.start.year, span.start.month) != (span.end.year, span.end.month):
        return None
    return span.end.isoformat()[:7]


#: A speaker named after a comma, then the saying: ", the army said", ", a military spokesman told reporters".
_SPEAKER_AFTER = re.compile(r",\s+(?:[\w'’.-]+\s+){1,5}?" + speech.alternation(speech.SAYING) + r"\b", re.I)


def _closes_step(art: Document, d: DateMention, v: re.Match[str]) -> bool:
    """Whether a stretch stands at the end of the step's own clause, the saying after it set off by a comma:
    "the troops were withdrawn from the town last week, the army said" (not "Last week, the army said",
    nor "the army said last week")."""
    if d.start < v.end() or _BOUNDARY.search(art.text, v.end(), d.start):
        return False
    return _SPEAKER_AFTER.match(art.text, d.end) is not None and not speech.SAYING_WORD.search(art.text, max(0, d.start - 12), d.start)


#: How near its verb a step's own month or year stands: "withdrew its troops from the country in 2022".
_OWN_DATE_REACH = 60


def _own_coarse_date(art: Document, v: re.Match[str], told: list[DateMention], days: list[DateMention]) -> DateMention | None:
    """Whether a done step's own date, by its verb, is a month or a year gone by that does not date it as a
    day: "withdrew its troops from Mali in 2022, officials said on Monday" did not happen on Monday."""
    for d in told:
        if d in days or d.span is None or d.span.precision not in ("month", "year") or art.published is None or d.span.end > art.published:
            continue
        if d.end <= v.start() - _OWN_DATE_REACH or d.start >= v.end() + _OWN_DATE_REACH:
            continue
        return d
    return None


#: Steps of a presence a force takes on a day, read by their lemma: going, coming, handing, leaving
#: (not a term kept or extended, a duty, an end or a release, which the patterns read by their senses).
_MOVE_LEMMAS = STEP_LEMMAS - inflected_lemmas(
    words("extend extension renew guard protect patrol command participate end release released return returned "
          "complete completed completion finish")
)
#: How near its day a step's verb stands: "landed in the capital on May 2", "On May 2 the battalion left".
_MOVE_REACH = 40
_PAST_FORMS = frozenset(("ed", "past"))
#: A step's verb in a clause of time tells when something else happened, not news of the step.
_SUBORDINATE = re.compile(r"\b(?:when|after|before|until|till|since|while|once|whenever)\b", re.I)


#: Words before a force noun that make the participle after it a modifier: "farewell to the forces deployed
#: to the coast", "a medal for the soldiers relocated there" (not "hundreds of soldiers arrived": a subject).
_PREP_BEFORE_FORCES = frozenset(words("to for with by from"))


def _reduced_relative(art: Document, k: int) -> bool:
    """The past form at token k modifies the force noun before it, which a preposition governs ("a parade
    for the gendarmes posted abroad", "thanked by the troops stationed there"): no clause of its own, so no
    step told."""
    toks = art.tokens
    if k < 2 or toks[k - 1].norm not in PERSONNEL | UNITS:
        return False
    return any(t.norm in _PREP_BEFORE_FORCES for t in toks[max(0, k - 4) : k - 1])


def _moves_on_their_day(art: Document, found: list[Milestone]) -> list[Milestone]:
    """A step of a presence told in the past beside its own day ("the brigade redeployed to the coast on
    May 2", "on May 2 the first soldiers arrived at the base"), in a sentence on forces that tells no
    attack: done that day, when no milestone is due that day already (the patterns of _done_steps read
    more senses, this reads the verb's lemma and tense)."""
    if art.published is None:
        return []
    out: list[Milestone] = []
    dues = {m.due for m in found}
    toks, lems = art.tokens, art.lemmas
    for d in art.dates:
        if d.span is None or d.span.precision != "day" or d.span.end > art.published or d.kind == "since" or art.in_dateline(d.start):
            continue
        s = art.sentences[art.sentence_index(d.start)]
        if not _SECURITY.search(s.text) or art.triggers_in(s.start, s.end) or _QUESTION.search(s.text):
            continue  # a raid's troops "arrived by helicopter": an attack, no step of a presence
        lo, hi = max(s.start, d.start - _MOVE_REACH), min(s.end, d.end + _MOVE_REACH)
        k = art.token_index(lo)
        while k < len(toks) and toks[k].start < hi and not (lems[k] in _MOVE_LEMMAS and lemma_form(toks[k].norm)[1] in _PAST_FORMS):
            k += 1
        if k >= len(toks) or toks[k].start >= hi or _reduced_relative(art, k):
            continue
        if lems[k] == "deploy" and _SENT_FORCES.match(art.text, toks[k].start) and not _DEAL_BESIDE.search(s.text):
            continue  # "deployed 1,000 soldiers to the province on Monday": forces sent, no step of a deal (_done_steps)
        if said_on(art, d) and any(
            o.span is not None and o.start != d.start and abs(o.start - toks[k].start) < abs(d.start - toks[k].start)
            for o in art.dates_in(s.start, s.end)
        ):
            continue  # "the deadline expired on Sunday, officials said on Monday": the step has its own day, nearer
        start = _clause_begin(art.text, s.start, min(toks[k].start, d.start))
        if _SUBORDINATE.search(art.text, start, toks[k].start):
            continue  # "had fled by Monday, when the soldiers arrived": the arrival dates another act
        if not (
            _DONE_SUBJECT.search(art.text, s.start, toks[k].start)
            or _GROUP_SUBJECT.search(art.text, s.start, toks[k].start)
            or any(e.kind in _STATE_KINDS for x in art.mentions_in(s.start, toks[k].start) for e in x.entries)
        ):
            continue  # "the envoy arrived on Monday": forces, a state or an armed group told before the step take it
        stop = _BOUNDARY.search(art.text, max(toks[k].end, d.end), s.end)
        what = _LEADING_LINK.sub("", art.text[start : stop.start() if stop else s.end].strip(" ,;:.\"“”"))
        if _NEGATED.search(what) or _AHEAD.search(what) or len(what.split()) < 3:
            continue
        due = _due(art, d)
        if due in dues:
            continue
        dues.add(due)
        out.append(Milestone(what=what, due=due, evidence=s.text, done=True))
    return out


#: A step told as earlier news in its own clause ("the army recently deployed 500 troops", "had previously
#: pulled out"): background the report recalls, not a step it confirms that day.
_TOLD_BEFORE = re.compile(r"\b(?:recently|previously|earlier|formerly)\b", re.I)
_UNTIL_MENTION = re.compile(r"(?:until|till|through)\s", re.I)


def _new_end(art: Document, s: Sentence, d: DateMention) -> bool:
    """A date a term runs until ("extended ... until May 20", "extended to June 9"): an end, not a day gone by."""
    lo = max(s.start, d.start - 40)
    return bool(
        _UNTIL_MENTION.match(art.text, d.start, d.end)
        or _UNTIL.search(art.text, max(s.start, d.start - 30), d.start)
        or _MOVED_TO.search(art.text, lo, d.start)
    )


#: Steps of a change of presence that a force begins ("began to withdraw", "started reducing"): the step
#: lemmas less those of a presence kept (guarding, patrolling) or of a term (extending, completing).
_BEGUN_LEMMAS = STEP_LEMMAS - inflected_lemmas(
    words("guard protect patrol command participate arrive deploy extend extension complete finish end conclude expire release")
)


#: Forces as the subject just before a step's verb ("the troops have been relocated") or its object just
#: after ("reduced its forces in the north", "repatriated the last 200 soldiers").
_FORCES_BEFORE = re.compile(
    rf"\b(?:{TROOPS}|troop|army|military|mission)(?:\s+(?:levels?|numbers?|strength|presence))?\s+(?:(?:have|has|had|were|was|been|being|now|already|\w+ly)\s+)*\Z", re.I
)
_FORCES_AFTER = re.compile(
    rf"\s+(?:(?:the|its|their|all|last|remaining|some|most|about|nearly|over|[\d,]+|[\w-]+)\s+){{0,4}}?(?:{TROOPS})\b", re.I
)


def _moved_forces(art: Document, s: Sentence, v: re.Match[str]) -> bool:
    """Forces are what a step's verb moved: its subject just before it or its object just after."""
    return bool(
        _FORCES_BEFORE.search(art.text, max(s.start, v.start() - 60), v.start())
        or _FORCES_AFTER.match(art.text, v.end(), s.end)
    )


#: Between a subject and its verb: auxiliaries and adverbs ("Chad has formally", "Russia also").
_SUBJECT_GAP = re.compile(r"\s+(?:(?:has|have|had|also|now|already|finally|\w+ly)\s+)*\Z", re.I)
_STATE_KINDS = frozenset(("country", "actor"))


#: What tells a base taken over as a handover, not a capture: its ceremony, or the foreign force's last base.
_HANDOVER_CUE = re.compile(r"\b(?:formally|officially|ceremon(?:y|ies|ial)|handover|hand-over|handed|handing)\b", re.I)
_LAST_SITE = re.compile(r"\blast\b", re.I)


#: A site taken over from a foreign force named after it ("took control of the base from French troops").
_FROM_FORCE = re.compile(
    r"\s+(?:from|after)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]+\s+){1,2}(?:troops|forces|soldiers|army|military)\b", re.I
)
#: A withdrawal or a going told in the story near it, which makes the site's taking over that force's pullout.
_PULLOUT_NEAR = re.compile(r"\b(?:withdr[ae]w\w*|pull(?:ed|ing|s)?\s+out|pullout|pull-out|departure|drawdown|left|leaving|leave)\b", re.I)
_COMBAT = re.compile(r"\b(?:fighting|clashes|assault|offensive|captured|seized|battle|attacks?|shelling|stormed|overran)\b", re.I)


def _taken_from_leaving(art: Document, s: Sentence, v: re.Match[str]) -> bool:
    """ "Chad took control of the Kossei base from French troops", in a story of their pullout: the site
    was taken over from a foreign force named after it, a sentence around tells that force's going, and
    none tells fighting ("took control of the town from government troops after heavy fighting": a capture)."""
    if not _FROM_FORCE.match(art.text, v.end(), s.end) and not _FROM_FORCE.search(art.text, v.end(), min(s.end, v.end() + 60)):
        return False
    i = art.sentence_index(s.start)
    around = art.sentences[max(0, i - 1) : i + 2]
    lo, hi = around[0].start, around[-1].end
    return bool(_PULLOUT_NEAR.search(art.text, lo, hi)) and not _COMBAT.search(art.text, lo, hi)


def _country_took_handover(art: Document, s: Sentence, v: re.Match[str]) -> bool:
    """ "Senegal took control of the last French military base", "Chad formally took over the base": a
    state named as the subject takes a base over in a handover when its sentence tells a handover's
    ceremony or the base is a force's last; "Russia took control of the base" alone may be a capture."""
    if not (_LAST_SITE.search(v.group()) or _HANDOVER_CUE.search(art.text, s.start, s.end) or _taken_from_leaving(art, s, v)):
        return False
    for x in reversed(art.mentions_in(max(s.start, v.start() - 60), v.start())):
        if _SUBJECT_GAP.match(art.text, x.end, v.start()):
            return any(e.kind == "country" for e in x.entries)
    return False


def _is_mission(x: Mention) -> bool:
    return any(e.kind == "actor" and e.sub == "coalition" for e in x.entries)


def _relieved(art: Document, s: Sentence, v: re.Match[str]) -> bool:
    """ "AUSSOM took over from ATMIS", "the new mission replaced UNAMID": a mission named right after
    the verb is relieved by the one before it, a mission named or called so: the outgoing mission's
    handover, done (not "the army replaced its commander", "rebels took over from the militia")."""
    after = art.mentions_in(v.end(), min(s.end, v.end() + 40))
    if not after or not _is_mission(after[0]) or art.text[v.end() : after[0].start].strip().lower() not in ("", "the"):
        return False
    before = art.mentions_in(max(s.start, v.start() - 60), v.start())
    if before and _SUBJECT_GAP.match(art.text, before[-1].end, v.start()):
        return _is_mission(before[-1])
    return bool(_MISSION_SUBJECT.search(art.text, _clause_begin(art.text, s.start, v.start()), v.start()))


#: A mission called so as the subject: "the new mission", "the African Union force".
_MISSION_SUBJECT = re.compile(r"\b(?:mission|force|operation)\s+(?:(?:has|have|had|formally|officially)\s+)*\Z", re.I)


def _state_subject(art: Document, s: Sentence, pos: int) -> bool:
    """A state or an armed party named as the subject right before the verb at ``pos`` ("Russia began
    joint patrols", "Chad has formally handed over the base"): the force that took the step, though its
    sentence names no troops."""
    for x in reversed(art.mentions_in(max(s.start, pos - 60), pos)):
        if _SUBJECT_GAP.match(art.text, x.end, pos) and any(e.kind in _STATE_KINDS for e in x.entries):
            return True
    return False


#: Steps a force announces it will take: those it begins, and an end of its mission.
_ANNOUNCED_LEMMAS = _BEGUN_LEMMAS | inflected_lemmas(words("end conclude terminate"))


def _announced(art: Document, s: Sentence, v: re.Match[str]) -> bool:
    """ "announced that it will withdraw its remaining troops": a step of a presence announced with no
    due date of its own ahead of the report (one with a date is a plan due then)."""
    if art.token_index(v.end()) - 1 < 0 or art.lemmas[art.token_index(v.end()) - 1] not in _ANNOUNCED_LEMMAS:
        return False
    return art.published is not None and not any(
        d.span is not None and d.span.end > art.published
        # a stretch ahead counts too: "announced that it will withdraw within 48 hours"
        for d in (*art.dates_in(s.start, s.end), *lapses(art, s.start, s.end))
    )


def _begun_step(art: Document, end: int) -> bool:
    """The verb ending at ``end`` (the complement of "began", "started") names a step of a presence:
    a step lemma, or a verb of a step with its particle ("began pulling its troops out", "started to hand
    over")."""
    i = art.token_index(end) - 1  # the token the match ends in
    lem = art.lemmas[i]
    return lem in _BEGUN_LEMMAS or (
        (lem in _PHRASAL_STEP and _particle(art, i, _PHRASAL_STEP[lem]))
        or (lem == "hand" and _particle(art, i, _HAND))
    )


#: A step the report tells without a day is the step another sentence dates this many days before.
_TOLD_DAYS = 7


#: A sentence that opens on the announcement just told: "The announcement was made on Sunday", "The
#: decision came on Tuesday during a ceremony".
_ANNOUNCEMENT_OPENS = re.compile(r"\s*(?:the|this|that|its|their)\s+(?:announcement|statement|decision|declaration)\b", re.I)


def _announcement_day(art: Document, i: int) -> DateMention | None:
    """The day one of the two sentences after sentence ``i`` gives the announcement sentence ``i`` tells
    with no day of its own, a day of the week before the report: the announcement's day, the step's."""
    if art.published is None:
        return None
    for nxt in art.sentences[i + 1 : i + 3]:
        if not _ANNOUNCEMENT_OPENS.match(art.text, nxt.start):
            continue
        for d in art.dates_in(nxt.start, nxt.end):
            if d.span is not None and d.span.precision == "day" and 0 <= (art.published - d.span.end).days <= _TOLD_DAYS:
                return d
    return None


#: Before a step's verb, in its sentence: the step told as a statement ("has acknowledged that its
#: units are pulling out", "announced that its troops had left").
_STATED_BEFORE = re.compile(r"\b(?:confirmed|announced|acknowledged|declared)\s+(?:on\s+\w+\s+)?that\b[^.;:]*$", re.I)
#: Before a day, the statement's verb: "a spokesman told journalists on Tuesday", "an aide said on Sunday".
_TOLD_ON = re.compile(
    r"\b(?:told\s+(?:reporters|journalists|the\s+press|a\s+news\s+conference)|said|confirmed|announced)\s+(?:on\s+)?$", re.I
)
#: The step told again by a referring noun: "the pullout", "this redeployment", "the drawdown".
_STEP_AGAIN = re.compile(
    r"\b(?:the|this|its|their)\s+(?:move|movements?|drawdown|pullout|pull-out|withdrawal|handover|hand-over|redeployment)\b",
    re.I,
)


def _confirmation_day(art: Document, i: int) -> DateMention | None:
    """The day the sentence right after a step told as a statement gives that statement, with the step
    told again ("... has acknowledged that its units are pulling out. A spokesman told journalists on
    Tuesday that the pullout was planned"): a day of the week before the report, the step's (GUIDE.md: a step done is dated by the report that confirms it)."""
    if art.published is None or i + 1 >= len(art.sentences):
        return None
    nxt = art.sentences[i + 1]
    if not _STEP_AGAIN.search(art.text, nxt.start, nxt.end):
        return None
    for d in art.dates_in(nxt.start, nxt.end):
        if (
            d.span is not None
            and d.span.precision == "day"
            and 0 < (art.published - d.span.end).days <= _TOLD_DAYS
            and _TOLD_ON.search(art.text, max(nxt.start, d.start - 40), d.start)
        ):
            return d
    return None


def _story_before(art: Document, pos: int, report: date | None = None) -> bool:
    """The story has moved off the report's day before ``pos``: the last day, month or year it told
    before (not a dateline, not a deadline ahead of the report) ends before the report. A step told
    there without a day of its own ("On Sunday the coalition handed over the base ... It is the third
    base handed over"; "The mission was set up in 1978 ... as the army withdrew") belongs to the
    story's time, not to the report's day."""
    report = report or art.published
    assert report is not None
    for d in reversed(art.dates_in(0, pos)):
        if d.span is None or d.kind == "since" or art.in_dateline(d.start) or d.span.start > report:
            continue
        return d.span.end < report
    return False


#: Kinds of a step of going, whichever comes first: a pullout told begun is begun by a base handed over.
_GOING_KINDS = frozenset(("leave", "hand"))


def _dated_elsewhere(m: Milestone, found: list[Milestone], as_of_report: list[Milestone]) -> bool:
    """ "have commenced disengagement" in the lede, "the disengagement began on October 24" below: the
    step the report tells without a day is the one dated by its day (GUIDE.md: one step, one line), named
    by a step noun or by a verb of the same kind ("left the camp" and "departed the country on Tuesday"); a
    going told begun, by any step of going."""
    nouns, kinds = _step_nouns(m.what), _kinds(m.what) & _STEP_KINDS
    if kinds & _GOING_KINDS and any(lemma(w) in _BEGIN for w in _CONTENT_WORD.findall(m.what.lower())):
        kinds |= _GOING_KINDS  # "France begins Chad pullout" over "handed over the base on Thursday": its first step
    report = date.fromisoformat(m.due)
    return any(
        o not in as_of_report
        and len(o.due) == 10
        and 0 <= (report - date.fromisoformat(o.due)).days <= _TOLD_DAYS
        and (nouns & _step_nouns(o.what) or kinds & _kinds(o.what))
        for o in found
    )


def _step_nouns(what: str) -> set[str]:
    """The steps a clause names: its step nouns, and an extension ("was extended", "to extend the truce")."""
    return {*_STEP_NOUN_RE.findall(what.lower()), *(("extension",) if _EXTENSION.search(what) else ())}


def _old_start(art: Document, began: re.Match[str] | None, d: DateMention) -> bool:
    """A mission, deployment or patrol that began more than a year before the report."""
    if began is None or began.re is not _STEP_BEGAN or not began.group("new") or art.published is None:
        return False
    return (art.published - d.span.end).days > _RECENT_DAYS  # type: ignore[union-attr]


def _old_founding(art: Document, d: DateMention) -> bool:
    """A mission, mandate or motion founded more than a year before the report (or on an undated page) in a
    story that tells no term of it (no mandate, extension or renewal): background. Beside its term, its
    founding is the first step of the mission's course."""
    if art.published is not None and (art.published - d.span.end).days <= _RECENT_DAYS:  # type: ignore[union-attr]
        return False
    return _TERM_NORMS.isdisjoint(art.vocabulary)


#: ", and from the hill camp on": another place of the same step, on its own day.
_JOINED_PLACE = re.compile(r",?\s+and\s+(?P<place>(?:from\s+|to\s+)?(?:[^,;.:()]|" + ABBREVIATION_DOT + r"){3,60}?)\s+(?:on\s+|in\s+)?", re.I)


#: A site's passive verb of a handover, at the end of the step's words: "was handed over", "have been returned".
_SITE_PASSIVE = re.compile(r"\b(?:was|were|(?:has|have|had)\s+(?:already\s+)?been)\s+.+$", re.I)
_SITE_NOUN = re.compile(r"\b" + _SITES + r"\b", re.I)
#: "the one in Moro", "that at Teba": a site told by pointing back to its noun.
_ONE_OF = re.compile(r"^(?:the\s+one|that)\b", re.I)


#: The place a done step's subject names, last before its verb: "the pullout | from the plain |" (was completed).
_SUBJECT_PLACE = re.compile(r"\s(?P<prep>from|to)\s+[^,;]{2,50}?\s*$", re.I)


#: Two named sites as a handover's subject, each told with its place: "bases in Faya and Abeche were returned".
_SITE_PAIR = re.compile(
    rf"(?P<noun>{_SITES})\s+(?P<prep>in|at)\s+(?P<a>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)\s+and\s+(?:(?:in|at)\s+)?"
    r"(?P<b>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)\s+(?:was|were|(?:has|have|had)\s+(?:already\s+)?been)\s+(?P<verb>.+?)\s*$",
    re.I,
)
#: Between two months told in turn: "in December | and | early January".
_IN_TURN = re.compile(r",?\s+and\s+(?:in\s+)?", re.I)
#: A site noun's one: the sites were handed one each.
_ONE_SITE = {"bases": "base", "camps": "camp", "outposts": "outpost", "facilities": "facility"}


def _sites_in_turn(art: Document, v: re.Match[str], lead: str, days: list[DateMention]) -> list[tuple[str, DateMention]]:
    """ "the bases in Faya-Largeau and Abeche were returned in December and early January": two sites and two
    days right after the verb, joined in turn, are one handover each, on its own day."""
    if not v.group("site") or (pair := _SITE_PAIR.match(v.group())) is None:
        return []
    after = sorted((d for d in days if d.start >= v.end()), key=lambda d: d.start)
    if len(after) == 1 and _two_days(art, after[0]) and (span := after[0].span) is not None:
        # "on Monday and Tuesday", "on March 10 and 11": one mention, two days in turn
        after = [DateMention(after[0].start, after[0].end, DateSpan(x, x, "day"), after[0].kind) for x in (span.start, span.end)]
    elif len(after) != 2 or not _IN_TURN.fullmatch(art.text, after[0].end, after[1].start):
        return []
    noun = _ONE_SITE.get(pair.group("noun").lower(), pair.group("noun"))
    lead = lead.strip()
    return [
        (f"{lead + ' ' if lead else ''}{noun} {pair.group('prep')} {pair.group(k)} was {pair.group('verb')}", d)
        for k, d in zip(("a", "b"), after, strict=True)
    ]


#: Two days listed in one mention: "on Monday and Tuesday", "on March 10 and 11" (not "between A and B").
_TWO_DAYS_TOLD = re.compile(r"(?:on\s+)?(?!between\b|from\b|overnight\b)[^,;]+?\s+and\s+", re.I)


def _two_days(art: Document, d: DateMention) -> bool:
    """``d`` is a range told as its two days, joined by "and": a step done on both is done by the later."""
    return d.span is not None and d.span.precision == "range" and _TWO_DAYS_TOLD.match(art.text, d.start, d.end) is not None


#: The verb of a done step, with its auxiliaries and particle: "have all been handed over".
_VERB_HEAD = re.compile(r"(?:(?:has|have|had|was|were|been|all|now|just|finally|\w+ly)\s+)*\S+(?:\s+(?:over|back|out))?", re.I)


#: After "and", a step's verb in the past after its own subject (not after a determiner: "the left
#: bank"): "left Niger on Sunday and Germany withdrew on Monday" joins a clause, no second site.
_OWN_STEP_VERB = re.compile(
    r"(?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bits)(?<!\btheir)\s(?:withdrew|left|quit|departed|exited|vacated|retreated|pulled\s+out)$",
    re.I,
)


def _joined_done(
    art: Document, v: re.Match[str], what: str, d: DateMention, days: list[DateMention], evidence: str
) -> list[Milestone]:
    """ "left the river base on April 2, and the hill camp on April 19": each place on its day."""
    out = []
    for o in days:
        if o.start <= d.start:
            continue
        joined = _JOINED_PLACE.fullmatch(art.text, d.end, o.start)
        if (
            joined is None
            or any(lemma_form(w)[1] == "past" for w in words(joined.group("place")))
            or _MODAL.search(joined.group("place"))
        ):
            break  # "..., and two soldiers were wounded on April 19", "and will end in May": a clause of its own
        place = joined.group("place").strip()
        passive = _SITE_PASSIVE.search(v.group()) if v.group("site") else None
        if passive is not None:
            # "the outpost in Teba was handed over on Monday and the one in Moro on Tuesday": the second
            # site is the subject of the same passive verb
            site = _SITE_NOUN.search(v.group())
            noun = _ONE_SITE.get(site.group().lower(), site.group()) if site else "site"
            joined_what = f"{_ONE_OF.sub('the ' + noun, place)} {passive.group().strip()}"
        elif lemma_form(place.split()[0].lower())[1] == "ed" or _OWN_STEP_VERB.search(place):
            # "... and the Germans quit on Monday": a party and a step verb of its own, no second site
            joined_what = place  # "... and continued with the withdrawal from the dam": a verb of its own
        else:
            verb = _VERB_HEAD.match(art.text, v.start())
            at = art.text.find(what, max(0, v.start() - len(what)))
            head = art.text[at if 0 <= at <= v.start() else v.start() : verb.end() if verb else v.end()]
            joined_what = f"{head} {place}"
            subject = art.text[at : v.start()] if 0 <= at <= v.start() else ""
            told = _SUBJECT_PLACE.search(subject)
            if told is not None and told.group("prep").lower() == place.split()[0].lower():
                # "the pullout from the plain was completed in May, and from the hills in June": the place the
                # subject names is the first step's; the second step's subject names its own in its stead
                joined_what = f"{subject[: told.start()].rstrip()} {place} {art.text[v.start() : verb.end() if verb else v.end()]}"
        out.append(Milestone(what=joined_what, due=_due(art, o), evidence=evidence, done=True))
        d = o
    return out


#: The words that can start a done step: the pattern runs only in sentences holding one.
_DONE_WORDS = words(
    "turned handed transferred launched established created founded set decided completed complete finished concluded ended withdrew withdrawn pulled repositioned redeployed vacated "
    "began begun begins started starts commenced commences initiated initiates terminated left departed expired took "
    "came went entered approved authorized authorised endorsed ratified "
    "ending withdrawing pulling handing vacating reached signed agreed declared announced accepted brokered struck sealed arrived extended renewed prolonged agreement extension"
    " returned came flew went sailed closed wrapped moved released freed exchanged swapped effect force continued proceeded carried"
    " deployed quit exited landed resumed taken relocated repatriated disengaged demobilised demobilized retreated removed"
    " halved ceded held hosted convened opened round cut reduced lowered trimmed drawn replaced succeeded out"
)


#: A truce of a stated length: "a 60-day truce", "the ceasefire ... for 42 days", "will last 30 days".
_TRUCE_LENGTH = re.compile(
    rf"(?P<n>{NUMBER}|a|one)[-\s](?P<u>day|week|month)s?(?:-long)?\s+(?:\w+\s+)?(?:ceasefire|cease-fire|truce|pause|lull|ultimatum|grace\s+period)"
    rf"|(?:ceasefire|cease-fire|truce)\b{IN_SENTENCE}{{0,80}}?\b(?:for|last(?:s|ing)?(?:\s+for)?)\s+(?:a\s+period\s+of\s+)?"
    rf"(?P<n2>{NUMBER}|a|one)\s+(?P<u2>day|week|month)s?\b",
    re.I,
)


#: A truce's time so far: "has held for", "had been in place for", "has lasted for".
_HELD = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|largely\s+|mostly\s+)?(?:held|lasted|been|survived|endured)\b", re.I)
_TRUCE_NORMS = frozenset(("ceasefire", "truce", "cease", "ultimatum"))
#: A truce of a length told over, right after it, in its own clause: "a five-day truce with the rebels had
#: ended", "the two-week ceasefire has expired", "the truce ran out" (not "ends on Friday", a day ahead).
_TRUCE_OVER = re.compile(
    r"(?:\s+(?:with|between|in|on|along)\b" + IN_CLAUSE + r"{0,50}?)?\s+"
    r"(?:(?:has|have|had)\s+(?:now\s+|already\s+|officially\s+|formally\s+)?(?:ended|expired|lapsed|run\s+out|come\s+to\s+an\s+end)"
    r"|(?:expired|lapsed|ran\s+out|came\s+to\s+an\s+end)"
    r"|(?:was|is)\s+(?:now\s+)?over)\b",
    re.I,
)
#: A truce's end told as the time of another act: "hours before the truce expired", "once the truce had ended".
_OVER_AT = re.compile(
    r"\b(?:before|after|since|until|till|when|once|as)\s+(?:[^,;:.()“”\"]|" + ABBREVIATION_DOT + r"){0,40}$", re.I
)


#: A truce's start told before its day: "comes into effect at 6 p.m. on", "took effect", "will begin on".
_EFFECT = re.compile(
    r"\b(?:into\s+(?:effect|force)|t[ao]ke[sn]?\s+effect|took\s+effect|(?:will|to)\s+(?:start|begin))\b" + IN_SENTENCE + r"{0,30}$", re.I
)


def _takes_effect(art: Document, lo: int, d: DateMention) -> bool:
    hi = _clock_start(art.text, lo, d.start)
    return bool(_EFFECT.search(art.text, max(lo, hi - 60), hi) or _TRUCE_FROM.search(art.text, max(lo, d.start - 100), hi))


#: Right before a day, words that make it an end: "ends on", "expires at midnight on", "until".
_ENDS_ON = re.compile(
    r"\b(?:end(?:s|ed|ing)?|expir(?:e|es|ed|ing)|lapses?|lapsed|runs?\s+out|until|till|through)\s+(?:" + IN_CLAUSE + r"{0,12}\s)?(?:on\s+)?$",
    re.I,
)


#: A truce's end told as it was set: "the truce was due to expire on Monday", "the ceasefire, which was
#: scheduled to end at midnight on Sunday" (in a report of the next days: its day is past, yet it was the due date).
_WAS_SET_TO_END = Prefiltered(re.compile(
    r"\b(?:" + _TRUCE_NAMES + r")\b(?:" + IN_SENTENCE + r"{0,60}?)\b(?:was|were|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:scheduled|due|set|expected|supposed|slated)\s+to\s+(?:expire|end|lapse|run\s+out)\b",
    re.I,
))


#: The term extended after its old end was told: "..., has been extended by", "but was prolonged until".
_EXTENDED_AFTER = re.compile(r"\b(?:has|have|had|was|were)\s+(?:been\s+)?(?:\w+ly\s+)?(?:extended|prolonged|renewed)\b", re.I)


def _set_to_end(art: Document, s: Sentence, dates_in: _Dates) -> Iterator[Milestone]:
    """A truce's end as it was set, dated by the first day told after its verb in the sentence."""
    m = _WAS_SET_TO_END.search(art.text, s.start, s.end)
    if m is None:
        return
    if (ext := _EXTENDED_AFTER.search(art.text, m.end(), s.end)) and (
        _TRUCE_EXTENDED_BY.search(art.text, s.start, s.end) or any(not said_on(art, d) for d in art.dates_in(ext.end(), s.end))
    ):
        return  # "The truce, which was due to expire on Sunday, has been extended by a week": its new end is due, not that one
    day = next(
        (
            d for d in dates_in(m.end(), s.end)
            if d.span and d.kind != "since" and d.span.precision == "day" and not art.in_dateline(d.start)
        ),
        None,
    )  # fmt: skip
    if day is not None and not _BOUNDARY.search(art.text, m.end(), day.start) and day.span is not None:
        start = _clause_begin(art.text, s.start, m.start())
        what = art.text[start : m.end()].strip(" ,;:.\"“”")
        yield Milestone(what=what, due=day.span.end.isoformat(), evidence=s.text)


#: A start of talks on a truce, or of a later phase of it, told before its day: "talks on a later
#: phase of the truce were to start on", "the second stage of the ceasefire begins on". It is no start of
#: the truce, whose length counts from its own.
_OTHER_START = re.compile(
    r"\b(?:talks|negotiations|discussions|phase|stage|round)\s+(?:on|of|for|about)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,6}?"
    r"(?:" + _TRUCE_NAMES + r")\b" + IN_CLAUSE + r"{0,40}?\b(?:start|starts|begin|begins|began|started|begun|commence[sd]?)\b" + IN_CLAUSE + r"{0,30}$",
    re.I,
)


#: Talks told to start on the day: "negotiations on the next phase were to start on" (talks are no step).
_TALKS_START = re.compile(
    r"\b(?:talks|negotiations|discussions)\b" + IN_CLAUSE + r"{0,80}?\b(?:start|begin|began|started|begun|resumed?|commence[sd]?)\b" + IN_CLAUSE + r"{0,30}$",
    re.I,
)


#: The day a truce began, told before the day: "began on March 3" (not the day it was told or agreed).
_BEGUN_ON = re.compile(r"\b(?:began|begun|started)\b" + IN_CLAUSE + r"{0,30}$", re.I)


def _truce_ends(art: Document, dates_in: _Dates) -> list[Milestone]:
    """A truce of a stated length ends that long after the day it starts, given in the same sentence."""
    out = []
    cues = _cue_sentences(art, _TRUCE_NORMS)
    effect = [
        (d.start, d.span.start)
        for i in cues
        for d in dates_in(*_span(art, i))
        if d.span and d.kind != "since" and d.span.precision == "day" and _takes_effect(art, art.sentences[i].start, d)
        and not _OTHER_START.search(art.text, max(art.sentences[i].start, d.start - 200), d.start)
    ]
    for i in cues:
        s = art.sentences[i]
        out.extend(_truce_starts(art, s, dates_in))
        out.extend(_set_to_end(art, s, dates_in))
        out.extend(_truce_extended(art, i, effect, dates_in))
        m = _TRUCE_LENGTH.search(art.text, s.start, s.end) if _has_unit(s.text) else None
        if m is None or (m.group("n2") and _HELD.search(art.text, m.start(), m.start("n2"))):
            continue  # "the truce has held for a week": a time gone by, not the truce's length
        over = _TRUCE_OVER.match(art.text, m.end(), s.end)
        if over is not None and _OVER_AT.search(art.text, max(s.start, m.start() - 50), m.start()):
            continue  # "hours before the five-day truce expired, ...": the end is a point of time, no step told
        if over is not None:
            # "officials said the three-day truce had ended": a step done, dated by the day the sentence
            # gives (the one it was said on) or else by the report; no start or end counted from that day
            told = [
                d for d in dates_in(s.start, s.end)
                if d.span and d.span.precision == "day" and not art.in_dateline(d.start)
                and (art.published is None or d.span.start <= art.published)
            ]  # fmt: skip
            day = min(told, key=lambda d: abs(d.start - over.end())).span.start if told else art.published  # type: ignore[union-attr]
            if day is not None:
                what = art.text[m.start() : over.end()].strip()
                out.append(Milestone(what=what, due=day.isoformat(), evidence=s.text, done=True))
            continue
        length = (m.start("n"), m.end("u")) if m.group("n") else (m.start("n2"), m.end())
        days = [
            d for d in dates_in(s.start, s.end)
            if d.span and d.kind != "since" and d.span.precision == "day" and not length[0] <= d.start < length[1]
            and not art.in_dateline(d.start)
            # "The 60-day truce ends on Jan. 26": the day it ends is no day to count its length from
            and not _ENDS_ON.search(art.text, max(s.start, d.start - 24), d.start)
            # "talks on a later phase of the truce were to start on": another thing's start
            and not _OTHER_START.search(art.text, max(s.start, d.start - 200), d.start)
        ]  # fmt: skip
        # "agreed on Thursday to a five-day truce" and "it will come into effect on Saturday" elsewhere: the
        # length counts from the day the truce takes effect (the one told nearest), not from the day
        # it was agreed or told.
        tied = [d for d in days if _takes_effect(art, s.start, d)]
        if tied or (days and not effect):
            start = min(tied or days, key=lambda d: abs(d.start - m.start())).span.start  # type: ignore[union-attr]
        elif effect:
            start = min(effect, key=lambda e: abs(e[0] - m.start()))[1]
        else:
            continue
        n = parse_number(m.group("n") or m.group("n2")) or 1
        unit = (m.group("u") or m.group("u2")).lower()
        end = stretch_end(start, n, unit)  # "a two-month truce from May 31" ends on July 31 (a shorter month's last day)
        what = art.text[m.start() : m.end()]
        told_end = next(
            (
                d.span.end
                for d in dates_in(s.start, s.end)
                if d.span and d.span.precision == "day" and d.start > m.start() and _ENDS_ON.search(art.text, max(s.start, d.start - 24), d.start)
            ),
            None,
        )
        if told_end is not None and abs((told_end - end).days) <= 1:
            end = told_end  # "a three-day truce that starts on May 8 and ends on May 10": the end told, not counted
        elif told_end is not None and not tied:
            # "the 60-day truce is due to expire on April 26, officials said on Monday": its end is told, and
            # the length counted from the saying's day would give it a start and an end it does not have
            continue
        if (tied or days) and not any(o.evidence == s.text and o.due == start.isoformat() for o in out):
            done = art.published is not None and start <= art.published
            # "said on Monday a ten-day truce would hold": the day its length counts from is its start
            began = f"{what} begins" if len(what.split()) < 6 else what
            out.append(Milestone(what=began, due=start.isoformat(), evidence=s.text, done=done))
        what = f"{what} ends" if len(what.split()) < 6 else what
        if told_end is None and (
            unit.startswith("month")
            or (
                (unit.startswith("week") or n >= 30)
                and not tied
                and not any(_BEGUN_ON.search(art.text, max(s.start, d.start - 40), d.start) for d in days)
            )
        ):
            # "a two-month truce from March 31": months are of unequal length, and the end they sum to is the
            # reader's, not a date the report gives, whatever day the truce counts from. "announced on Monday
            # a two-week ceasefire", "a 60-day truce": counted from the day it was told, not from a day it takes
            # effect or began, likewise (a truce of days or weeks tied to its start, or of fewer than 30 days,
            # keeps its end: measured, dropping those lost true ones)
            continue
        out.append(Milestone(what=what, due=end.isoformat(), evidence=s.text))
    return out


#: A count of days or weeks, or one alone: "by ten days", "by a week", "by a further week", "for another week".
_ONE_OR_MORE = "(?:" + NUMBER + r"|an?|another)(?:\s+(?:more|further|additional|extra))?"
#: A truce extended by days or weeks, told with the truce: "extended its ceasefire with the rebels by ten
#: days", "the truce was prolonged for another two weeks" (not "extended ... to June 9": an end told).
_TRUCE_EXTENDED_BY = re.compile(
    r"\b(?:extend(?:s|ed)?|prolong(?:s|ed)?|renew(?:s|ed)?)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:" + _TRUCE_NAMES + r")\b"
    + IN_CLAUSE + r"{0,60}?\s(?:by|for)\s+(?:(?:another|an\s+additional|a\s+further)\s+)?(?P<n>" + _ONE_OR_MORE + r")[\s-]+(?P<u>day|week)s?\b"
    # ("The truce, which was due to expire on Sunday, has been extended by a week": its old end told between)
    # or before "but" ("The truce was due to expire on Sunday but was extended by a week")
    r"|\b(?:" + _TRUCE_NAMES + r")\b(?:\s+(?:in|on|with|between|along|around|for)\s+[^,;]{1,40}?)??(?:,[^,;]{1,60},|\s+[^,;]{1,60}?\s+but)?\s+(?:was|has\s+been|had\s+been|were)\s+(?:extended|prolonged|renewed)\s+(?:by|for)\s+"
    r"(?:(?:another|an\s+additional|a\s+further)\s+)?(?P<n2>" + _ONE_OR_MORE + r")[\s-]+(?P<u2>day|week)s?\b",
    re.I,
)


def _truce_extended(art: Document, i: int, effect: list[tuple[int, date]], dates_in: _Dates) -> list[Milestone]:
    """A truce extended by days runs out that long after the extension takes effect, on a day the story
    tells as the start ("will take effect at 10 pm on May 10", in this sentence or one of the next two):
    "extended its ceasefire by 15 days ... The ceasefire will take effect on May 10" runs out on May 25."""
    s = art.sentences[i]
    m = _TRUCE_EXTENDED_BY.search(art.text, s.start, s.end)
    if m is None or _TO_END.match(art.text, m.end()) or _NEGATED.search(art.text, s.start, m.start()):
        return []
    hi = art.sentences[min(i + 2, len(art.sentences) - 1)].end
    # (not a start told in the truce's own aside: "The truce, which took effect on Friday, has been extended")
    starts = [day for at, day in effect if s.start <= at < hi and not m.start() <= at < m.end()]
    if not starts:
        # "The truce, which was due to expire on Sunday, has been extended by a week": counted from its old end
        starts = [d.span.end for d in dates_in(s.start, s.end) if _old_end(art, s, d)]  # type: ignore[union-attr]
    if not starts:
        return []
    n = parse_number(m.group("n") or m.group("n2")) or 1
    unit = (m.group("u") or m.group("u2")).lower()
    end = stretch_end(starts[0], n, unit)
    what = _OLD_END_ASIDE.sub("", art.text[m.start() : m.end()])
    return [Milestone(what=f"{what} runs out", due=end.isoformat(), evidence=s.text)]


def _old_end(art: Document, s: Sentence, d: DateMention) -> bool:
    """A day a term was to end on ("which was due to expire on Sunday"), in the sentence that extends it."""
    return bool(d.span and d.span.precision == "day" and _TERM_ENDS_ON.search(art.text, max(s.start, d.start - 40), d.start))


#: A term extended by a length: "extended the mandate for an additional year", "renewed ... for
#: another 12 months", "extended by six months", "a six-month extension of the mission". Days are left to truces.
_EXTENDED_FOR = re.compile(
    r"\b(?:extend(?:s|ed|ing)?|renew(?:s|ed|ing)?|prolong(?:s|ed|ing)?)\b" + IN_SENTENCE + r"{0,120}?\b(?:for|by)\s+"
    r"(?:(?:an?|one|another)\s+)?(?:(?:additional|further|more|extra)\s+)?(?:(?P<n>" + NUMBER + r")[\s-]+)?"
    r"(?P<u>months?|years?)\b"
    r"|\b(?P<n2>" + NUMBER + r"|one)[\s-](?P<u2>month|year)\s+(?:extension|renewal)\s+of\b",
    re.I,
)
#: A term's end told before its day: "which was due to expire on", "set to end on", "expires on".
_TERM_ENDS_ON = re.compile(r"\b" + END_VERB + r"$", re.I)
#: The old end told in an aside: ", which was due to expire on March 31,".
_OLD_END_ASIDE = re.compile(r",\s+(?:which|that)\s+(?:was|were|is|had\s+been)\s+(?:due|set|scheduled)\s+to\s+" + END_VERB + r"[^,;]{1,30},", re.I)
#: A step told as a term's end ("which was due to expire"): superseded when the sentence extends the term.
_OLD_END_TOLD = re.compile(r"\b(?:expire|end|lapse|run\s+out)$", re.I)
#: What a term extended is: a mandate, mission or force, not a visa or a loan.
_TERM = re.compile(r"\b(?:mandate|mission)\b", re.I)
#: "a term that might be renewed by five more years": a term that may be extended is
#: a possibility the text weighs, not a plan with an end.
_MAY_BE = re.compile(r"\b(?:could|can|may|might)\s+(?:[\w-]+\s+){0,3}$", re.I)
_EXTEND_NORMS = frozenset(
    ("extend", "extends", "extended", "extending", "renew", "renews", "renewed", "renewing", "prolong", "prolonged",
     "extension", "renewal")
)  # fmt: skip


def _months(due: str) -> int:
    """A due date's month counted from year 0 (a year alone counts as its June)."""
    return int(due[:4]) * 12 + (int(due[5:7]) if len(due) >= 7 else 6)


_VOTE_DAY_AFTER = re.compile(r"\s+(?:on\s+)?", re.I)


def _terms_extended(art: Document) -> list[Milestone]:
    """A mandate extended for a length runs out that long after the day it was extended (the day the
    sentence gives, else the report's): "extended on Friday the mandate ... for an additional year"."""
    out = []
    cues = _cue_sentences(art, _EXTEND_NORMS)
    for i in cues:
        s = art.sentences[i]
        m = _EXTENDED_FOR.search(art.text, s.start, s.end)
        if m is None or not _TERM.search(art.text, s.start, s.end) or _NEGATED.search(art.text, s.start, m.end()):
            continue
        if _MAY_BE.search(art.text, max(s.start, m.start() - 40), m.start()):
            continue
        told = [d for d in art.dates_in(s.start, s.end) if not art.in_dateline(d.start)]
        # "the mandate, which was due to expire on March 31, was renewed for another year": the term runs on from
        # its old end, not from the vote
        old_end = next((d for d in told if d.span and d.span.precision == "day" and _TERM_ENDS_ON.search(art.text, max(s.start, d.start - 40), d.start)), None)
        if old_end is not None:
            told = [d for d in told if d is not old_end]
        days = [
            d for d in told
            if d.span and d.span.precision == "day" and d.kind != "since"
            # the vote's day before the length, or right after it: "extended the mandate for a year on Thursday"
            and (d.start < m.start() or _VOTE_DAY_AFTER.fullmatch(art.text, m.end(), d.start))
            and (art.published is None or d.span.start <= art.published)
        ]  # fmt: skip
        if len(days) != len(told):
            continue  # "in 2019 the council extended ...", "... until June": not counted from a day we know
        if old_end is not None and art.published is not None:
            old_end = min((old_end, _other_year(old_end, -1), _other_year(old_end, 1)), key=lambda x: abs((x.span.end - art.published).days))  # type: ignore[union-attr,operator]
        anchor = old_end.span.end if old_end is not None else days[-1].span.start if days else art.published  # type: ignore[union-attr]
        if anchor is None:
            continue
        n = parse_number(m.group("n") or m.group("n2") or "one") or 1
        unit = (m.group("u") or m.group("u2")).lower().rstrip("s")
        end = due_after(anchor, n, unit).start
        if (art.published and end < art.published) or (not art.published and end.year < _latest_year(art, []) - _OLD_YEARS):
            continue  # a term that ran out before the report (extended years ago for months): history
        # the term's clause from its subject: "The mission's mandate was renewed for another year"
        start = _clause_begin(art.text, s.start, m.start())
        what = _LEADING_LINK.sub("", art.text[start : m.end()].strip(" ,;:\"“”"))
        what = _OLD_END_ASIDE.sub("", what)  # "extended the mandate, which was due to expire on March 31, by a year"
        if _SUBJECTLESS.match(what) and (comma := art.text.find(",", s.start, start)) > s.start:
            what = f"{art.text[s.start:comma].strip()} {what}"  # "The mission's mandate, which ..., | was renewed": its subject
        out.append((Milestone(what=what, due=end.isoformat(), evidence=s.text), bool(days) or old_end is not None))
    # A headline's "extends the mandate for another year" (counted from the report) is the vote the
    # story dates below ("extended on Friday ... for an additional year"): one term, told twice.
    return [
        m for m, from_day in out
        if from_day or not any(o_day and abs((date.fromisoformat(o.due) - date.fromisoformat(m.due)).days) <= 31 for o, o_day in out)
    ]  # fmt: skip


#: Words that put a clause in the future: "will", "is set to", "plans to".
_WILL = r"will|would|shall|(?:is|are|set|due|expected|scheduled|(?<!\ba\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)plans?)\s+to"  # (not the noun: "a plan to end the war")
#: A future verb in the clause before a yearless date: "will hand over command ... in January"; not
#: a plan told as past ("were due to leave by December", told in January: the December just gone).
_AHEAD_CLAUSE = re.compile(
    rf"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\b(?:{_WILL}|expires|ends|begins|starts|runs?\s+out)\b"
    r"(?!" + IN_CLAUSE + r"*\b(?:was|were|had)\b)" + IN_CLAUSE + r"{0,60}$",
    re.I,
)


#: Words that commit to or plan a step, as lemmas: the step they govern lies ahead of the telling even
#: when the commitment itself is told in the past ("agreed to a truce that takes effect on 1 November").
_COMMIT = frozenset(
    lemma(w)
    for w in words(
        """will would shall plan planned agree agreed pledge pledged promise promised vow vowed commit committed
        expect expected schedule scheduled slate slated due aim aimed intend intended deadline timetable
        timeline roadmap foresee envisage envisaged require required order ordered demand demanded must
        ultimatum set give gave until decide decided approve approved"""
    )
)
#: Commitment lemmas that speak of a plan by themselves ("until", "set", "give" need their date).
_CUE_LEMMAS = _COMMIT - {"until", "set", "give", "gave"}
#: Commitment nouns that name whose authority an act had, not a step ahead: "by order of the president",
#: "on the orders of the commander", "the demands of the protesters".
_AUTHORITY = frozenset(("order", "orders", "demand", "demands"))
_PASSIVE = frozenset(("be", "been", "being", "is", "are", "was", "were", "have", "has", "had", "to"))
#: "In January, the contingent will ...": a date fronted before a clause that speaks of the future.
_FRONTED_AHEAD = re.compile(
    rf"\s*,?\s*{IN_CLAUSE}{{0,80}}?\b(?:{_WILL})\b", re.I
)


#: A deadline given, passed or not: "gave the troops until January 31" (to leave).
#: An order told as an instruction to go: "told the troops to leave", "instructed the mission to withdraw".
_TOLD_TO = re.compile(
    r"\b(?:told|instructed)\s+(?:(?!(?:that|how|when|where|why|what|who)\b)[\w’'-]+\s+){1,5}?to\s+"
    r"(?:leave|withdraw|pull\s+out|quit|vacate|depart|go\s+home)\b",
    re.I,
)
#: The past of "give", which lemma_form does not read: "gave the troops until January 31".
_GAVE = frozenset(("gave", "given"))


def _committed(art: Document, d: DateMention) -> str | None:
    """How a commitment word governs the date: "ahead" when told in the present or future ("is slated
    for", "will", a fronted date before a future verb), "nearest" when the commitment is told in the
    past ("agreed to a truce that takes effect on"), None without one or with a step told as done
    between ("agreed to a truce that took effect on")."""
    s = _past_dateline(art, art.sentences[art.sentence_index(d.start)])
    fronted = _FRONTED_AHEAD.match(art.text, d.end, s.end) if d.start - s.start <= 20 and not _verb_before(art, s.start, d.start) else None
    if fronted and not speech.SAYING_WORD.search(fronted.group()) and not _pledged(art, fronted.start(), fronted.end()):
        return "ahead"  # not "In September, the president said the troops would leave": the saying's date
    i0, i1 = art.token_index(max(s.start, d.start - 100)), art.token_index(d.start)
    lems, toks = art.lemmas, art.tokens
    cue = next(
        (
            j
            for j in range(i1 - 1, i0 - 1, -1)
            # "voted to end the mandate on": a step voted for, as one decided (not "voted on", the vote's own day)
            if (lems[j] in _COMMIT or (toks[j].norm in ("vote", "voted", "votes") and j + 1 < len(toks) and toks[j + 1].norm == "to"))
            and not _measured_against(art, j)
            and not _due_after_noun(art, j)
        ),
        None,
    )
    if cue is None:
        return None
    if _MISSED_BEFORE.search(art.text, max(s.start, toks[cue].start - 50), toks[cue].start):
        return "nearest"  # "failed to meet the deadline to leave by December 1": a deadline told gone by
    if toks[cue].norm in ("until", "till") and (toks[cue - 1].norm == "had" or any(toks[j].norm in _GAVE for j in range(max(i0, cue - 12), cue))):
        return "nearest"  # "gave the troops until January 31 to leave", "had until January 31": a deadline given in the past
    for j in range(cue + 1, i1):
        form = lemma_form(toks[j].norm)[1]
        if form in ("ed", "past") and lems[j] not in _COMMIT and toks[j - 1].norm not in _PASSIVE:
            return None
    form = lemma_form(toks[cue].norm)[1]
    if (
        toks[cue].norm == "set"
        and cue > 0
        and toks[cue - 1].norm not in _NOW_BE | _PAST_BE | _BARE_BEFORE
        and (cue + 1 >= len(toks) or toks[cue + 1].norm not in ("for", "to"))  # "a deadline set for May" plans
    ):
        form = "past"  # "the deadline the two governments set in May": a past tense its form does not show
    if cue > 0 and toks[cue - 1].norm in _PAST_BE:
        return "nearest"  # "were due to leave by December", "was set to expire on": a plan told as past
    if form in ("base", "s", "ing") or (cue > 0 and toks[cue - 1].norm in _NOW_BE):
        return "ahead"
    return "nearest"


def _due_after_noun(art: Document, j: int) -> bool:
    """ "had freed the captives due under the first phase by <day>": "due" right after its noun, with no
    "to" after it, only names which captives or troops; the clause's own verb, not it, says when (not
    "was due to leave", "the phase, due in March,", "is due by"). A verb told done before it then
    governs the date."""
    toks = art.tokens
    if toks[j].norm != "due" or j == 0 or (j + 1 < len(toks) and toks[j + 1].norm == "to"):
        return False
    before = toks[j - 1].norm
    return before.isalpha() and before not in _NOW_BE | _PAST_BE | _BARE_BEFORE and lemma_form(before)[1] not in ("ed", "past") and any(
        lemma_form(t.norm)[1] in ("ed", "past") and t.norm not in _NOW_BE | _PAST_BE
        for t in toks[art.token_index(art.sentences[art.sentence_index(toks[j].start)].start) : j - 1]
    )


def _verb_before(art: Document, lo: int, hi: int) -> bool:
    """A past verb or participle before a date near the sentence's start ("Moscow agreed in May, and ...",
    "Signed in May, the pact will ..."): the date is that act's, not one fronted before the clause after it."""
    return any(lemma_form(t.norm)[1] in ("ed", "past") for t in art.tokens[art.token_index(lo) : art.token_index(hi)])


#: A plan's noun a step is measured against, not a plan of the date: "completed ahead of schedule",
#: "behind schedule", "on schedule" (but "on schedule to be completed" still plans the step).
_MEASURE_NOUNS = frozenset(("schedule", "timetable"))
_MEASURE_BEFORE = frozenset(("of", "on", "behind"))


def _measured_against(art: Document, j: int) -> bool:
    norms = art.norms
    if norms[j] not in _MEASURE_NOUNS or j == 0 or norms[j - 1] not in _MEASURE_BEFORE:
        return False
    return norms[j - 1] != "on" or j + 1 >= len(norms) or norms[j + 1] != "to"


def _pledged(art: Document, a: int, b: int) -> bool:
    """A commitment made in the past between a and b ("On April 2, the president pledged that ...",
    "..., the two sides agreed that ..."): a date fronted before it is the day of the pledge."""
    toks, lems = art.tokens, art.lemmas
    i, j = art.token_index(a), art.token_index(b)
    return any(
        lems[k] in _COMMIT
        and lemma_form(toks[k].norm)[1] in ("ed", "past")
        and not (k > 0 and toks[k - 1].norm in _NOW_BE)  # "are expected to": a plan told now
        for k in range(i, j)
    )
_NOW_BE = frozenset(("is", "are", "be", "being", "'s"))
#: Words before a bare "set" that keep it a present or infinitive: "will set", "to set", "they set".
_BARE_BEFORE = frozenset(("will", "would", "shall", "must", "to", "they", "we", "i", "you", "may", "can", "could"))
_PAST_BE = frozenset(("was", "were", "been"))


_SOON_DAYS = 45
#: A day moved to lies within this many days after the day moved from.
_YEAR_DAYS = 365
#: A yearless day this close before the report is one just gone, whatever verb tells it.
_JUST_PAST_DAYS = 14


_FOUR_DIGITS = re.compile(r"\d{4}")


def _yearless(art: Document, d: DateMention, precisions: tuple[str, ...]) -> bool:
    """``d`` is a date told in words without its year ("January 26", "in February"), to one of
    ``precisions``: the year the date finder gave it is its guess."""
    return (
        d.kind == "explicit"
        and d.span is not None
        and d.span.precision in precisions
        and not _FOUR_DIGITS.search(art.text, d.start, d.end)
    )


#: A deadline's date told as missed, or as one a step told pending now is set against: "missed the"
#: (January 26 deadline); "have not left despite the", "remain in the south beyond the" (January 26 deadline).
_MISSED_THE = re.compile(r"\b(?:missed|ignored|overshot|overran|blew\s+(?:past|through))\s+(?:the|its|their)\s+$", re.I)
_SET_AGAINST_THE = re.compile(r"\b(?:despite|beyond|past|after)\s+(?:the|its|their)\s+$", re.I)
_PENDING_NOW = re.compile(
    r"\b(?:ha(?:s|ve)\s+(?:still\s+)?(?:yet\s+to|not)|ha(?:s|ve)n['’]t|remains?|stays?|(?:is|are)\s+still|still\s+(?:holds?|keeps?))\b",
    re.I,
)
_WILL_BEFORE = re.compile(r"\b(?:will|would|shall|plans?|planned|expected|(?:set|due|is|are)\s+to)\b", re.I)


def _deadline_gone_by(art: Document, d: DateMention) -> bool:
    """``d`` names a deadline told missed, or set against a step the sentence tells pending now (and
    no plan): the deadline lies behind the report, in the year the date finder gave it."""
    if not _NAMED_DEADLINE.match(art.text, d.end):
        return False
    s = art.sentences[art.sentence_index(d.start)]
    lo = max(s.start, d.start - 40)
    if _MISSED_THE.search(art.text, lo, d.start):
        return True
    if not _SET_AGAINST_THE.search(art.text, lo, d.start):
        return False
    before = art.text[s.start : d.start]
    pending = _PENDING_NOW.search(before)
    return pending is not None and not _WILL_BEFORE.search(before)


#: Readings of the last article asked about, by what was asked (the reading's name and its arguments): the
#: rules and the learned layer ask the same date of a sentence several times over. One slot, read once and
#: replaced whole, so threads extracting two articles at once never get each other's answer.
_READ: list[tuple[Document | None, dict[tuple, object]]] = [(None, {})]


def _read_of(art: Document) -> dict[tuple, object]:
    """The readings already made of ``art`` (see _READ)."""
    last, read = _READ[0]
    if last is not art:
        read = {}
        _READ[0] = (art, read)
    return read


#: A year told by its distance from the report inside a date's own words: "on May 3 last year", "in June this year".
_YEAR_TOLD_NEAR = re.compile(r"\b(?:last|this|next)\s+year\b", re.I)


def _year_ahead(art: Document, d: DateMention, nearest: bool = False) -> DateMention:
    """A yearless day or month that a future verb introduces lies ahead of the report, not behind it
    (the date finder, knowing no verbs, puts "on 30 June" told on 10 May in the year before).
    Remembered per article: a date is asked about by each step, check and layer that reads it."""
    read = _read_of(art)
    key = ("year_ahead", d, nearest)
    found = read.get(key)
    if found is None:
        found = read[key] = _year_ahead_read(art, d, nearest)
    return found  # type: ignore[return-value]


def _year_ahead_read(art: Document, d: DateMention, nearest: bool) -> DateMention:
    p, span = art.published, d.span
    if p is None or span is None:
        return d
    if (moved := _moved_range(art, d, p)) is not None:
        return moved  # "pushed back the deadline from January 31 to March 15": the day moved to
    if _YEAR_TOLD_NEAR.search(art.text, d.start, d.end):
        return d  # "on Nov. 27 last year": the year is told, counted from the report, as a number would tell it
    if (
        d.kind in ("explicit", "period")
        and span.precision in ("day", "month")
        and not _FOUR_DIGITS.search(art.text, d.start, d.end)
        and _ORIGINAL.search(art.text, max(art.sentences[art.sentence_index(d.start)].start, d.start - 60), d.start)
    ):
        # "originally set for March 31", "the original deadline of March 31": a plan since moved, told
        # as it was, takes the year nearest the report, whichever side of it
        back, ahead = _other_year(d, -1), _other_year(d, 1)
        return min((back, d, ahead), key=lambda x: abs((x.span.start - p).days))  # type: ignore[union-attr]
    if d.kind in ("explicit", "period") and not _FOUR_DIGITS.search(art.text, d.start, d.end) and due_told_past(art.text, d.start, d.end):
        return d  # "was due in October", "due in October, has not yet been completed": the date finder's nearest
    if (back := _after_missed_deadline(art, d) or _after_moved_deadline(art, d)) is not None:
        return back  # "missed the Jan. 26 deadline and said it would stay until Feb. 18", told in March: after the missed day
    if (back := _anchor_gone_by(art, d, p)) is not None:
        return back  # "will begin 42 days after the signing on January 19", told in February: the signing gone by
    if span.end >= p or PASSED_AFTER.match(art.text, d.end):
        return d  # ahead already, or told gone by ("the deadline, Jan. 26, passed")
    if _deadline_gone_by(art, d):
        return d  # "missed the January 26 deadline", "remain in the south despite the January 26 deadline"
    if LASTED_UNTIL.search(art.text, max(0, d.start - 110), d.start):
        return d  # "troops stayed in the town until March 3": a stretch told gone by ends behind the report
    if _past_time_clause(art.text, max(art.sentences[art.sentence_index(d.start)].start, d.start - 80), d.start):
        return d  # "will begin 42 days after the truce took effect on January 19": the day of an act gone by
    if STRETCH_START.search(art.text, max(0, d.start - 80), d.start):
        return d  # "a 60-day truce starting on May 1": the date finder gave the start of a stretch still running its year
    if d.kind == "weekday":
        return _weekday_after(art, d, p)
    if d.kind not in ("explicit", "period"):
        return d
    if _FOUR_DIGITS.search(art.text, d.start, d.end) or span.precision not in ("day", "month", "range"):
        return d  # a range too: "a truce from May 8 to May 10" told on 28 April
    if span.precision == "day" and (p - span.end).days <= _JUST_PAST_DAYS:
        return d  # "within 10 days of the signing on 15 April" told on 18 April: days just gone, not a year on
    s = art.sentences[art.sentence_index(d.start)]
    # "to leave within 90 days of the signing on April 1": the signing's day, the nearest, not a plan's
    anchor = anchors_stretch(art, d, _dates_before(art, s, d))
    try:
        ahead = DateSpan(
            span.start.replace(year=span.start.year + 1), span.end.replace(year=span.end.year + 1), span.precision
        )
    except ValueError:  # 29 February
        return d
    # A deadline ("extended to June 9") or a committed step ("agreed to a truce that takes effect on
    # 1 November") takes the year that puts it nearest the report.
    committed = _committed(art, d)
    nearer = (ahead.start - p).days < (p - span.end).days and (
        nearest
        or anchor
        or _deadline_prep(art.text, max(0, d.start - 50), d.start)
        or committed
        or _NAMED_DEADLINE.match(art.text, d.end)  # "the January 31 deadline" (is near, or was missed)
    )
    # A step planned for a day a few weeks after the report ("a ceremony on 20 February" told on 7
    # February) is not one almost a year before it.
    soon = (ahead.start - p).days <= _SOON_DAYS
    if anchor:
        # "were to disarm within 90 days of its signing on October 23", told in June: a plan told in the
        # past counts from a signing gone by, the nearer coming October notwithstanding
        return DateMention(d.start, d.end, ahead, d.kind) if nearer and not told_past("clause", art.text, s.start, d.start) else d
    # "postponed to November 15", "the deadline was extended until March 3": a step moved is moved
    # later, to a day still ahead when the move is told, however far; unless that day is just gone
    # ("was pushed back to April 20", told on 10 May)
    moved = any(w in art.text[max(0, d.start - 80) : d.start] for w in _MOVED_WORDS) and _MOVED_TO.search(
        art.text, max(art.sentences[art.sentence_index(d.start)].start, d.start - 80), d.start
    )
    if moved and (p - span.end).days <= _SOON_DAYS:
        return d
    if moved and _moved_from_before(art, d):
        return d  # "the Jan. 12 target date, later pushed to March 9", told in May: moved from a day gone by, to one after it
    if moved and not nearer and _WAS_MEANT.search(art.text, art.sentences[art.sentence_index(d.start)].start, d.start):
        # "the brigade was meant to leave within 30 days, a deadline later extended to March 9": the plan is told as
        # one that did not go as meant, its move history too; the nearest March 9, not the one a year on
        return d
    if not (nearer or soon or moved or committed == "ahead" or _AHEAD_CLAUSE.search(art.text, max(0, d.start - 80), d.start)):
        return d
    if not (moved or committed) and told_past("deed_in_month", art, _clause_begin(art.text, s.start, d.start), d.start):
        return d  # "engineers left the airbase in October", told in August: a deed of last October, not a plan
    return DateMention(d.start, d.end, ahead, d.kind)



#: A step's date moved "from" one day "to" another, the verb before it in its sentence: "pushed back the
#: deadline for the troops to leave from January 31 to March 15".
_MOVED_BEFORE = re.compile(r"\b" + _MOVED_VERB + r"\b" + IN_SENTENCE + r"{0,80}?$", re.I)


_FROM_TO = re.compile(r"from\s.+?\s(?:to|until|till)\s", re.I)


def _moved_span(art: Document, d: DateMention) -> re.Match[str] | None:
    """The verb of a date moved that introduces ``d`` told "from" one day "to" another (see _moved_range)."""
    if d.kind != "explicit" or not _FROM_TO.match(art.text, d.start, d.end):
        return None
    return _MOVED_BEFORE.search(art.text, max(art.sentences[art.sentence_index(d.start)].start, d.start - 90), d.start)


def _moved_range(art: Document, d: DateMention, p: date) -> DateMention | None:
    """``d``, a range of days "from" one "to" another that a verb of a date moved introduces, is no
    stretch but the day moved to: with no year told, the first such day on or after the day moved from
    (the last before it when brought forward, the nearest when just moved), which takes the year nearest
    the report (a deadline of January 31 moved to March 15, told on March 14, is this March's, not the
    next). None for any other date."""
    span = d.span
    if span is None or span.precision != "range" or _moved_span(art, d) is None:
        return None
    if _FOUR_DIGITS.search(art.text, d.start, d.end):
        return DateMention(d.start, d.end, DateSpan(span.end, span.end, "day"), d.kind)  # the date finder read the told year
    old = DateMention(d.start, d.end, DateSpan(span.start, span.start, "day"), d.kind)
    old = min((_other_year(old, -1), old, _other_year(old, 1)), key=lambda x: abs((x.span.start - p).days))  # type: ignore[union-attr]
    assert old.span is not None
    was = old.span.start
    options = []
    for y in (was.year - 1, was.year, was.year + 1):
        try:
            options.append(span.end.replace(year=y))
        except ValueError:  # 29 February
            continue
    verb = _MOVED_BEFORE.search(art.text, max(art.sentences[art.sentence_index(d.start)].start, d.start - 90), d.start)
    # brought forward: the last such day before the old one; moved: the nearest; else (pushed back) the first after
    said = verb.group().lower() if verb else ""
    if said.startswith("brought"):
        options = [x for x in options if x <= was]
    elif not said.startswith("moved"):
        options = [x for x in options if x >= was]
    if not options:
        return None
    new = min(options, key=lambda x: abs((x - was).days))
    return DateMention(d.start, d.end, DateSpan(new, new, "day"), d.kind)


def _moved_from_before(art: Document, d: DateMention) -> bool:
    """The sentence names, before the day a step was moved to, the day it was moved from, gone by and
    earlier in the same year: the new day follows the old one ("the Jan. 12 target date ... later pushed
    to March 9"), not the report."""
    p, span = art.published, d.span
    assert p is not None and span is not None
    s = art.sentences[art.sentence_index(d.start)]
    for o in art.dates_in(s.start, d.start):
        if not _yearless(art, o, ("day",)):
            continue
        o_span = _year_ahead(art, o).span
        if o_span is not None and o_span.end < p and o_span.end.year == span.start.year and o_span.end < span.start:
            return True
    return False


#: The words before a deadline's date that tell it missed: "missed the" (January 26 deadline).
_MISSED_BEFORE = re.compile(
    r"\b(?:missed|missing|ignored|overshot|overran|blew\s+(?:past|through)|(?:failed|refused)\s+to\s+(?:meet|respect|honou?r))\s+(?:the|its|their|a)\s+$"
    # "did not withdraw from the south by the" (January 26 deadline): the step not taken by it
    r"|\b(?:did\s+not|didn['’]t|had\s+not|hadn['’]t|has\s+not|hasn['’]t|failed\s+to)\s+(?:fully\s+|completely\s+)?"
    r"(?:withdr\w*|leav\w*|left|pull\w*|vacat\w*|exit\w*|complet\w*|finish\w*|hand\w*)\s+(?:[\w-]+\s+){0,6}?by\s+the\s+$",
    re.I,
)


def _after_moved_deadline(art: Document, d: DateMention) -> DateMention | None:
    """``d``, a yearless day or month the date finder put ahead of the report, a year back when a step
    was moved to it from a day the sentence names before it, gone by and earlier in that year: "by
    January 26, a deadline later extended to February 18", told in April, is the February just gone
    (a day moved to follows the day moved from, within a year); None otherwise."""
    p, span = art.published, d.span
    if p is None or span is None or not _yearless(art, d, ("day", "month")) or span.start <= p:
        return None
    s = art.sentences[art.sentence_index(d.start)]
    if not _MOVED_TO.search(art.text, max(s.start, d.start - 80), d.start):
        return None
    back = _other_year(d, -1)
    if back.span is None or back.span.end >= p:
        return None
    for o in art.dates_in(s.start, d.start):
        if not _yearless(art, o, ("day",)):
            continue
        # a day moved from told as the plan's first ("initially slated for March 31") takes its own nearest year
        o_span = _year_ahead(art, o).span if _ORIGINAL.search(art.text, max(s.start, o.start - 60), o.start) else o.span
        if o_span is not None and o_span.end < back.span.start and (back.span.start - o_span.end).days < _YEAR_DAYS:
            return back
    return None


def _after_missed_deadline(art: Document, d: DateMention) -> DateMention | None:
    """``d``, a yearless day or month, in the year of a deadline the sentence names before it, told
    missed, gone by and earlier in that year (a year back when the date finder put ``d`` ahead): the
    day told after it ("missed the January 26 deadline and said its troops would stay until February
    18", told in March) follows the missed one, not the report; None otherwise."""
    p, span = art.published, d.span
    if p is None or span is None or not _yearless(art, d, ("day", "month")):
        return None
    back = _other_year(d, -1) if span.start > p else d
    if back.span is None or back.span.end >= p:
        return None
    span = back.span
    s = art.sentences[art.sentence_index(d.start)]
    for o in art.dates_in(s.start, d.start):
        if not _yearless(art, o, ("day",)):
            continue
        if not _MISSED_BEFORE.search(art.text, max(s.start, o.start - 80), o.start) or not _NAMED_DEADLINE.match(art.text, o.end):
            continue
        o_span = o.span if o.span.end < p else _year_ahead(art, o).span
        back_o = _other_year(o, -1).span if o_span is not None and o_span.end >= p else None
        if back_o is not None and (p - back_o.end) < (o_span.start - p):  # type: ignore[union-attr]
            o_span = back_o  # a deadline told missed lies before the report, in the year nearer it
        if o_span is not None and o_span.end < p and o_span.end.year == span.start.year and o_span.end < span.start:
            return back
    return None


#: A date told as a plan's first, since moved: "originally set for", "the original deadline of".
_ORIGINAL = re.compile(
    r"\b(?:originally|initially|previously)\b" + IN_CLAUSE + r"{0,50}$"
    r"|\b(?:original|initial|previous|old)\s+(?:deadline|date|target|timeline|timetable|schedule|plan)\b" + IN_CLAUSE + r"{0,20}$",
    re.I,
)


def _dates_before(art: Document, s: Sentence, d: DateMention) -> list[DateMention]:
    """The sentence's dates before ``d``, stretches counted from an event too ("42 days after"), which the
    date finder may not list; not a deadline's length ("its 60-day deadline expires on June 20" ends on
    the day, it does not count from it)."""
    stretches = [x for x in lapses(art, s.start, d.start) if not SET_LENGTH.search(art.text, x.start, x.end)]
    return [*art.dates_in(s.start, d.start), *stretches]


def _anchor_gone_by(art: Document, d: DateMention, p: date) -> DateMention | None:
    """The year before for a yearless day a stretch counts from that the date finder read ahead of the
    report, when that year puts the day nearer it: the event counted from is a day, not a plan's due."""
    span = d.span
    if d.kind != "explicit" or span is None or span.precision != "day" or span.start <= p:
        return None
    if _FOUR_DIGITS.search(art.text, d.start, d.end):
        return None
    s = art.sentences[art.sentence_index(d.start)]
    if not anchors_stretch(art, d, _dates_before(art, s, d)):
        return None
    back = _other_year(d, -1)
    if back is d or back.span is None or (p - back.span.end).days >= (span.start - p).days:
        return None
    return back


def _other_year(d: DateMention, k: int) -> DateMention:
    """``d`` told ``k`` years on (or back); ``d`` itself for a 29 February."""
    span = d.span
    assert span is not None
    try:
        start = span.start.replace(year=span.start.year + k)
        end = span.end.replace(year=span.end.year + k)
    except ValueError:
        return d
    if span.precision == "month":  # the month's last day may differ (February)
        start, end = month_span(start.year, start.month).start, month_span(start.year, start.month).end
    return DateMention(d.start, d.end, DateSpan(start, end, span.precision), d.kind)


#: A step's end told ahead of the report right after its start: "began on Monday and will end by
#: Friday", told on a Sunday, ends on the coming Friday (the present "will" counts from the report, not
#: from the start told before it; "said on Monday it would leave by Friday" is the saying's).
_END_AHEAD_AFTER_START = re.compile(
    r"\s*,?\s+and\s+(?:will|shall|(?:is|are)\s+(?:\w+ly\s+)?(?:due|set|expected|scheduled|slated)\s+to)\s+"
    r"(?:(?!\b(?:said|says|told|announced|added|stated|declared|was|were|had|would)\b)" + IN_CLAUSE + r"){0,50}",
    re.I,
)


def _after_the_saying(art: Document, dates: list[DateMention]) -> list[DateMention]:
    """A weekday deadline set at a time the sentence tells before it falls between that time and the
    report: "Last week, the rebels gave the army until Wednesday to leave", told on a Saturday or a
    Monday, is the Wednesday just past, not the coming one; set on a Monday and told on the Tuesday,
    the coming one."""
    p = art.published
    if p is None or not any(d.kind == "weekday" for d in dates):
        return dates
    out = []
    said: DateSpan | None = None  # the span of the last date before this one that can date the saying
    said_end = 0  # where that date ends
    for d in dates:
        if (
            d.kind == "weekday"
            and d.span is not None
            and said is not None
            and not _DONE_ON.search(art.text, max(0, d.start - 80), d.start)
            and not _END_AHEAD_AFTER_START.fullmatch(art.text, said_end, d.start)
            # a deadline told in the present counts from the report: "a deadline that falls on Sunday"
            and not _DEADLINE_IS.search(art.text, max(0, d.start - 120, said_end), d.start)
        ):
            # The last such weekday up to the report, unless that came before the saying.
            wd = d.span.start.weekday()
            day = p - timedelta(days=(p.weekday() - wd) % 7)
            if day < said.start:
                day = said.end + timedelta(days=(wd - said.end.weekday()) % 7 or 7)
            out.append(DateMention(d.start, d.end, DateSpan(day, day, "day"), d.kind))
        else:
            out.append(d)
        if d.span and d.kind not in ("since", "lapse") and d.span.end < p and not art.in_dateline(d.start):
            said, said_end = d.span, d.end
    return out


#: A step the sentence tells done on a weekday ("said on Monday it had pulled its troops out of the
#: town on Saturday", "said on Wednesday the last soldiers left on Sunday"): the day of a deed told
#: done is before the saying, not after it.
_DONE_ON = re.compile(
    r"\b(?:(?:had|has|have)\s+(?:already\s+|now\s+|\w+ly\s+)?(?:been\s+)?(?!to\b)\w+(?:ed|en|wn|ft|nt|ne|ught)"
    r"|left|withdrew|departed|vacated|completed|finished|handed|pulled|arrived|ended)\b"
    r"(?:(?!\b(?:until|till|by|before|will|would)\b)" + IN_CLAUSE + r"){0,70}\s(?:on\s+)?$"
    # ... or any deed in the simple past, with no infinitive, term or plan after it: "said on Friday it carried
    # out a strike near the town on Thursday" (not "demanded that they leave by Monday", "agreed to meet on")
    # (not a verb that sets a step for later: "demanded the army withdraw on Monday")
    r"|\b(?!(?:demanded|ordered|asked|urged|instructed|requested|required|agreed|decided|planned|scheduled|expected"
    r"|vowed|pledged|promised|announced|insisted|proposed|recommended|warned|threatened|wanted|needed)\b)"
    r"(?:\w{3,}ed|struck|hit|shot|fought|blew|fell|took|sank|overran|stormed|seized)\b"
    r"(?:(?!\b(?:until|till|by|before|will|would|to|for|that|next|deadline)\b)" + IN_CLAUSE + r"){0,70}\s(?:on\s+)?$",
    re.I,
)
#: A step told in the present or future (or a reported plan's "would", or one owed: "must", "has to") just
#: before a weekday: "the mandate, which expires on Wednesday", "the truce comes into force on Sunday",
#: "said the troops would leave on Sunday", "a ceasefire starting Saturday", "must leave by midnight on
#: Saturday" (not "should have left by").
_WEEKDAY_AHEAD = re.compile(
    r"\b(?:will|would|shall|(?:must|should)(?!\s+have\b)|(?:is|are|set|due|expected|scheduled|has|have|needs?)\s+to|expires|ends|begins|starts|runs\s+out|takes\s+effect"
    r"|(?:comes|goes)\s+into\s+(?:force|effect)|enters\s+(?:into\s+)?force|(?:lasts|runs|holds|continues)\s+(?:until|till|through)"
    r"|starting|beginning|effective"
    # a term moved, or a stretch given, to a weekday: "extended until Sunday", "have until noon on Sunday to leave"
    r"|(?:extended|prolonged|postponed|delayed)\s+(?:until|till|to)|(?:has|have|given)\s+until"
    # a term lengthened by a stretch, to the weekday its end falls on: "extended by 48 hours, until Friday"
    r"|(?:extended|prolonged)\s+(?:by|for)\s+(?:another\s+|a\s+further\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:hours?|days?|weeks?)(?:\s+more)?,?\s+(?:until|till|to)"
    # a truce's span told by the hour, to a night between two weekdays: "a truce from 18:00 to midnight from Sunday to Monday"
    r"|(?:" + _TRUCE_NAMES + r")\s+from\b" + IN_SENTENCE + r"{0,20}?\bto)\b(?:(?!,)" + IN_SENTENCE + r"){0,30}$",
    re.I,
)


#: A plan told as one that did not go as meant: "was meant to", "were supposed to", "had been due to".
_WAS_MEANT = re.compile(r"\b(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:supposed|meant|due)\s+to\b", re.I)


#: A plan told in the past before a weekday: "was scheduled to", "were due to", "was set to".
_WAS_AHEAD = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:supposed|due|scheduled|expected|set|meant|slated)\s+to\b" + IN_SENTENCE + r"{0,40}$", re.I
)


#: An order or demand whose step a weekday bounds: the deadline lies ahead of the order, "were ordered
#: to leave the camp by Friday", "told the militia to hand over its arms before Sunday", told on a Monday.
_ORDERED_BY = re.compile(
    r"\b(?:ordered|told|asked|instructed|urged|demanded|called\s+on|gave|given)\b"
    r"(?:(?!\b(?:was|were|had|did|said|says|announced|added)\b)" + CLAUSE_CHAR + r"){0,80}?\s(?:by|before|no\s+later\s+than)\s+$",
    re.I,
)


#: A modal of a step ahead opening the clause a weekday closes, however long its object: "will complete
#: its withdrawal from the three southern districts on Sunday", "said it would pull its fighters back
#: from the road to the port on Thursday". No clause break, saying verb or past auxiliary between:
#: "will stay, officials said on Monday", "who will stay were attacked on Monday" keep the day gone.
_MODAL_CLAUSE = re.compile(
    r"\b(?:will|would|shall|(?:is|are)\s+(?:due\s+|expected\s+|set\s+|scheduled\s+|going\s+|slated\s+)?to|plans?\s+to|intends?\s+to"
    # a step told in the present progressive: "the last troops are leaving the base on Friday"
    r"|(?:is|are)\s+(?!being\b)[a-z]+ing)\s+"
    r"(?:(?!\b(?:was|were|had|did|said|says|told|announced|added|stated|declared)\b)" + CLAUSE_CHAR + r"){0,120}\s(?:on\s+)?$",
    re.I,
)


#: A plan told in the past opening the clause a weekday closes: "was due to begin moving its
#: troops out on", "were meant to start leaving the town and the plain on".
_WAS_PLAN_CLAUSE = re.compile(
    r"\b(?:was|were)\s+(?:(?:supposed|due|scheduled|expected|set|meant|slated)\s+)?to\s+(?P<step>"
    + CLAUSE_CHAR + r"{0,120})\s(?:on\s+)?$",
    re.I,
)
#: A step the story says will not be taken: "will not leave", "won't withdraw", "has no plans to pull out".
_REFUSED = Prefiltered(re.compile(
    r"\b(?:(?:will|would|shall)\s+not|won['’]t|no\s+(?:plans?|intention)\s+to|refus(?:es|ed|ing)\s+to)\s+"
    r"(?P<step>(?:[\w-]+\s+){0,2}?(?:withdraw|leave|exit|pull\s+(?:out|back)|vacate|hand\s+over|retreat|end)\b)",
    re.I,
))


def _refused_ahead(art: Document, plan: str) -> bool:
    """The story says the step of ``plan`` (a clause told in the past) will not be taken: "will not
    leave", and then "was due to begin its pullout on Sunday" is a plan still ahead, refused."""
    kinds = _kinds(plan) & _STEP_KINDS
    return bool(kinds) and any(kinds & _kinds(r.group("step")) for r in _REFUSED.finditer(art.text))


def _weekday_ahead_of(art: Document) -> Callable[[DateMention], DateMention]:
    """How a weekday told in one sentence is read when a stretch in the next counts from it."""
    return lambda o: _year_ahead(art, o) if o.kind == "weekday" else o


#: "to" and a verb after a noun: a headline's future ("Troops to leave X on Friday"; not "Troops begin to
#: leave", a headline's present of a step begun).
_TO_VERB = re.compile(
    r"\b(?!(?:begins?|began|starts?|started|continues?|continued|tr(?:y|ies|ied)|fails?|failed|refuses?|refused)\b)"
    r"[\w'’-]+\s+to\s+(?:[a-z]+ly\s+)?[a-z]+\b"
)


#: A deadline told in the present right before its weekday: "the deadline for the withdrawal is" (Sunday).
_DEADLINE_IS = re.compile(r"\bdeadline\b" + CLAUSE_CHAR + r"{0,80}?\b(?:is|remains|falls)\s+(?:on\s+|now\s+)?$", re.I)


def _weekday_after(art: Document, d: DateMention, p: date) -> DateMention:
    """A weekday that a step told ahead introduces is the coming one, not the last (the date finder,
    knowing no verbs but "will", puts "expires on Wednesday" told on a Tuesday six days back); so is
    the weekday of a plan told in the past that the story says is refused (_refused_ahead)."""
    if not 0 < (p - d.span.end).days < 7:  # type: ignore[union-attr]
        return d
    plan = _WAS_PLAN_CLAUSE.search(art.text, max(art.sentences[art.sentence_index(d.start)].start, d.start - 160), d.start)
    if plan is not None and _refused_ahead(art, plan.group("step")):
        day = d.span.start + timedelta(days=7)  # type: ignore[union-attr]
        return DateMention(d.start, d.end, DateSpan(day, day, "day"), d.kind)
    i = art.sentence_index(d.start)
    if _past_time_clause(art.text, max(art.sentences[i].start, d.start - 80), d.start):
        return d  # "phase two will begin 42 days after the truce took effect on Sunday": the Sunday gone by
    if not (
        _WEEKDAY_AHEAD.search(art.text, max(0, d.start - 40), d.start)
        # a deadline told in the present: "the deadline for the pullout is Sunday", "falls on Sunday"
        or _DEADLINE_IS.search(art.text, max(art.sentences[i].start, d.start - 120), d.start)
        # a headline's bare infinitive is its future: "Ceasefire to take effect on Sunday"
        or (title_shaped(art, i) and _TO_VERB.search(art.text, art.sentences[i].start, d.start))
        or _ordered_by(art, d)
        or _MODAL_CLAUSE.search(art.text, max(art.sentences[art.sentence_index(d.start)].start, d.start - 160), d.start)
    ):
        return d
    if _WAS_AHEAD.search(art.text, max(0, d.start - 60), d.start):
        return d  # "was scheduled to expire on Monday", told on the Tuesday: a plan told in the past, the Monday gone
    week = timedelta(days=7)
    return DateMention(d.start, d.end, DateSpan(d.span.start + week, d.span.end + week, d.span.precision), d.kind)  # type: ignore[union-attr]


#: A clause of time that closes right before the weekday: "after the truce took effect on", "since the
#: deal was reached on", "when the last convoy left the base on".
_PAST_TIME_CLAUSE = re.compile(r"\b(?:after|since|when|once|following)\s+(?P<words>(?:[\w'’-]+\s+){1,8})(?:on\s+)?$", re.I)
#: Words before a past form that make it no simple past: "is signed", "will have left", "the armed groups".
_NOT_SIMPLE_PAST = frozenset(("is", "are", "be", "being", "been", "has", "have", "will", "the", "a", "an"))


def _past_time_clause(text: str, lo: int, hi: int) -> bool:
    """Whether a clause of time told in the simple past ends at ``hi`` ("after the accord is signed on
    Sunday" is ahead)."""
    m = _PAST_TIME_CLAUSE.search(text, lo, hi)
    if m is None:
        return False
    ws = m.group("words").lower().split()
    return any(lemma_form(w)[1] in _PAST_FORMS and ws[k - 1] not in _NOT_SIMPLE_PAST for k, w in enumerate(ws) if k)


def _ordered_by(art: Document, d: DateMention) -> bool:
    """An order's deadline at a weekday, the order's own day not told between ("ordered on Wednesday to
    leave by Thursday", told on the Friday, is the Thursday gone by)."""
    order = _ORDERED_BY.search(art.text, max(art.sentences[art.sentence_index(d.start)].start, d.start - 120), d.start)
    return order is not None and not art.dates_in(order.start(), d.start)


def _due(art: Document, d: DateMention) -> str:
    """The due date as precise as the text: "the end of August 2030" is its last day (GUIDE.md), and
    "before May 2031" the last day of April."""
    span = d.span
    assert span is not None
    if span.precision == "month" and _MONTH_END.match(art.text, d.start, d.end):
        return span.end.isoformat()
    if (
        span.precision == "month"
        and _BEFORE.search(art.text, max(0, d.start - 8), d.start)
        and "end" not in art.text[d.start : d.end].lower()  # "before year-end" is by December, not November
    ):
        return (span.start - timedelta(days=1)).isoformat()
    return span.due()


#: "a ceasefire from January 19", "the truce, effective from Friday": the day a truce starts.
_TRUCE_FROM = re.compile(
    r"\b(?:ceasefire|cease-fire|truce)\b" + IN_SENTENCE + r"{0,60}?\b(?:from|starting|beginning|effective(?:\s+from)?|as\s+of"
    r"|in\s+(?:force|effect|place)\b" + IN_SENTENCE + r"{0,20}?\bsince|(?:will|would|is\s+to|are\s+to)\s+(?:start|begin|take\s+effect))\s+"
    r"(?:(?:\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|midnight|noon|dawn)\s+(?:on\s+)?)?(?:on\s+)?$",
    re.I,
)


_TRUCE_WORD = re.compile(r"\b(?:" + _TRUCE_NAMES + r")\b", re.I)
#: _TRUCE_WORD without its closing "\b": found in a sentence wherever _TRUCE_WORD is in a span of it (a
#: span that ends inside a word closes a "\b" there that the sentence's search would not).
_TRUCE_OPENS = re.compile(r"\b(?:" + _TRUCE_NAMES + r")", re.I)
#: A range longer than this is the span of a war or talks, not of one truce.
_TRUCE_RANGE_DAYS = 120


#: A truce's start told by the hour alone: "a ceasefire beginning at midnight local time", "a truce
#: from 18:00", "the truce will take effect at 6 a.m.".
_TRUCE_AT_HOUR = re.compile(
    r"\b(?:ceasefire|cease-fire|truce)\b" + IN_SENTENCE + r"{0,60}?\b(?:from|starting|beginning|effective(?:\s+from)?"
    r"|(?:will|would|is\s+to|are\s+to)\s+(?:start|begin|take\s+effect))\s+(?:at\s+)?"
    r"(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\b\.?)?|\d{1,2}\s*[ap]\.?m\b\.?|midnight|noon|dawn)",
    re.I,
)


def _truce_at_hour(art: Document, s: Sentence) -> Milestone | None:
    """A truce that starts at an hour with no day told in its sentence starts on the report's day."""
    if art.published is None or any(not art.in_dateline(d.start) for d in art.dates_in(s.start, s.end)):
        return None
    m = _TRUCE_AT_HOUR.search(art.text, s.start, s.end)
    if m is None or _NEGATED.search(art.text, s.start, m.end()):
        return None
    return Milestone(what=m.group(), due=art.published.isoformat(), evidence=s.text)


#: A day's number in a date's words ("November 27", "27 Nov", "Nov. 27, 2024"), not a year's.
_DAY_NUMBER = re.compile(r"(?<![\d,])\b\d{1,2}(?:st|nd|rd|th)?\b(?!\d)")


def _truce_starts(art: Document, s: Sentence, dates_in: _Dates) -> list[Milestone]:
    out = []
    if (at_hour := _truce_at_hour(art, s)) is not None:
        out.append(at_hour)
    for d in dates_in(s.start, s.end):
        month_only = False
        if d.kind == "since" and d.span is not None:  # "in force since January 19": from that day
            # ("in place since November": from that month, no day of it)
            month_only = _DAY_NUMBER.search(art.text, d.start, d.end) is None and d.span.start.day == 1
            d = DateMention(d.start, d.end, DateSpan(d.span.start, d.span.start, "day"), "explicit")
        if d.span is None or d.span.precision not in ("day", "range"):
            continue
        d = _year_ahead(art, d, nearest=True)  # a truce starts near the day it is reported
        assert d.span is not None
        if d.span.precision == "range":
            # "a truce from May 8 to May 10": its first and its last day.
            truce = _TRUCE_WORD.search(art.text, max(s.start, d.start - 100), d.start)
            if truce is not None and d.kind == "explicit" and (d.span.end - d.span.start).days <= _TRUCE_RANGE_DAYS:
                lead = art.text[truce.start() : d.end]
                done = art.published is not None and d.span.start <= art.published
                out.append(Milestone(what=f"{lead} (begins)", due=d.span.start.isoformat(), evidence=s.text, done=done))
                out.append(Milestone(what=f"{lead} (ends)", due=d.span.end.isoformat(), evidence=s.text))
            continue
        m = _TRUCE_FROM.search(art.text, max(s.start, d.start - 100), _clock_start(art.text, s.start, d.start))
        if m is None:
            continue
        what = art.text[m.start() : d.end]
        done = art.published is not None and d.span.start <= art.published
        due = d.span.start.isoformat()[:7] if month_only else d.span.start.isoformat()
        out.append(Milestone(what=what, due=due, evidence=s.text, done=done))
        end = _truce_end(art, s, d, dates_in)
        if end is not None:
            out.append(Milestone(what=f"{what} (ends)", due=end, evidence=s.text))
    return out


#: What joins a truce's start to its end: "from 6 p.m. on May 3 to the evening of May 5", "starting
#: at noon on May 3 and ending at midnight on May 5", "from May 3 until dawn on May 6".
_TO_END = re.compile(
    r"(?:\s*,)?\s+(?:and\s+)?(?:to|until|till|through|(?:and\s+)?(?:ending|expiring|lasting\s+(?:until|to)))\s+"
    r"(?:(?:the\s+)?(?:evening|morning|night|afternoon|end)\s+of\s+|(?:at\s+)?(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?|midnight|noon|dawn)"
    r"(?:\s+[A-Z]\w+\s+time)?\s+(?:on\s+)?)?(?:on\s+)?$",
    re.I,
)


def _truce_end(art: Document, s: Sentence, start: DateMention, dates_in: _Dates) -> str | None:
    """The day a truce ends when the sentence that starts it joins an end to its start."""
    assert start.span is not None
    for e in dates_in(start.end, s.end):
        if not _TO_END.fullmatch(art.text, start.end, e.start):
            return None
        # A yearless end on an undated page takes the year that puts it on or after the start.
        span = e.span or yearless_near(art.text, e, start.span.start)
        if span is None or span.precision != "day" or e.kind == "since":
            return None
        span = _year_ahead(art, DateMention(e.start, e.end, span, e.kind), nearest=True).span
        if span and e.kind == "weekday" and span.start < start.span.start:
            # "from midnight Friday to midnight Sunday": the end is the first such weekday after the start
            span = DateSpan(span.start + timedelta(days=7), span.end + timedelta(days=7), span.precision)
        return span.start.isoformat() if span and span.start >= start.span.start else None
    return None


#: "..., then joint patrols will be launched": the next step of a sequence, told right after a due date.
_THEN = re.compile(r"\s*,?\s+(?:and\s+)?then\s+(?P<c>(?:[^,;:.“”\"]|" + ABBREVIATION_DOT + r"){8,160})", re.I)


def _then_step(art: Document, d_end: int, s_end: int) -> str | None:
    """ "The fighters will pull back within 150 hours, then joint patrols will start": a step that a
    sequence puts right after a due date falls due with it (the terms give it no date of its own)."""
    m = _THEN.match(art.text, d_end, s_end)
    if m is None or art.dates_in(m.start("c"), m.end("c")):
        return None
    clause = m.group("c").strip()
    if not (_MODAL.search(clause) and _step_words(art, m.start("c"), m.end("c"))) or _NEGATED.search(clause):
        return None
    return clause


#: A future verb before a date in its clause, with no saying between: "the troops will leave the base
#: on May 10" (not "will leave, the minister said on May 10").
_AHEAD_TO_DATE = re.compile(rf"\b(?:{_WILL})\b(?:[^,;.:“”\"]|{ABBREVIATION_DOT}){{0,100}}$", re.I)


def _planned_for_the_day(art: Document, s: Sentence, d: DateMention) -> bool:
    """A step planned for the report's own day: "will leave the base on May 10" told on May 10, or
    "On May 10, the guards will take over" (the date opens a clause told ahead). A date on the
    report's day is otherwise the day something was said or done."""
    assert d.span is not None and art.published is not None
    if d.span.precision != "day" or d.span.start != art.published or art.in_dateline(d.start):
        return False
    ahead = _AHEAD_TO_DATE.search(art.text, max(s.start, d.start - 100), d.start)
    if ahead is not None:
        return not speech.SAYING_WORD.search(ahead.group())
    if _step_on_the_day(art, s, d):
        return True
    if not _opens(art, s.start, d.start):
        return False
    fronted = _FRONTED_AHEAD.match(art.text, d.end, s.end)
    return fronted is not None and not speech.SAYING_WORD.search(fronted.group())


#: Steps of a change of presence, for a verb told in the present: "ends its mission", "leave the island".
#: Verbs of staying or of coming (guard, patrol, arrive, deploy) are left out: "the minister arrives today".
_CHANGE_LEMMAS = STEP_LEMMAS - inflected_lemmas(words("guard protect patrol command participate arrive deploy"))


def _step_on_the_day(art: Document, s: Sentence, d: DateMention) -> bool:
    """A step told in the present tense on the report's own day: "The UN ends its mission in the
    country on Monday", told that Monday; "the last troops leave the island today", "are leaving
    today". The news present of a step on the report's day is that day's step (GUIDE: a step is
    dated by the report that tells it), unlike a present told of another day."""
    if (
        art.published is None
        or d.span is None
        or d.span.precision != "day"
        or d.span.start != art.published
        or art.in_dateline(d.start)
    ):
        return False
    lo = s.start
    for b in _BOUNDARY.finditer(art.text, s.start, d.start):
        lo = b.end()  # the date's own clause: "..., which had ended, and the troops leave today"
    if not _SECURITY.search(art.text, lo, d.start):
        return False  # whose step: forces, a mission or a truce in the clause ("talks end today" is none)
    toks, lems = art.tokens, art.lemmas
    i, j = art.token_index(lo), art.token_index(d.start)
    for k in range(i, j):
        form = lemma_form(toks[k].norm)[1]
        step = lems[k] in _CHANGE_LEMMAS  # "leaving" -> "leav": the table holds every inflection's lemma
        if not (step or (lems[k] == "hand" and k + 1 < j and toks[k + 1].norm in _HAND)):
            continue
        before = toks[k - 1].norm if k > i else ""
        if form == "s" and _NOUN_AFTER.search(art.text, lo, toks[k].start) is not None:
            continue  # "the withdrawals today", "its pullouts": a plural noun, no verb
        if form == "s" or (form == "ing" and before in ("is", "are")) or (form == "base" and _plural_subject(before)):
            return True
    return False


#: Before a verb in -s: a noun or name that can be its subject ("the UN ends", "the mission formally
#: ends"); after an article or a possessive the word is a noun ("its pullouts", "the ends").
_NOUN_AFTER = re.compile(r"\b(?:the|a|an|its|their|his|her|of|for|and)\s+$", re.I)
#: "The last troops leave today", "they withdraw": a bare verb right after a plural subject, not a
#: noun ("the withdrawal today", "a handover on Monday").
_PLURAL_SUBJECT = frozenset(words("they we"))


def _plural_subject(word: str) -> bool:
    return word in _PLURAL_SUBJECT or (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")))


def _span(art: Document, i: int) -> tuple[int, int]:
    return art.sentences[i].start, art.sentences[i].end


def _about_security(art: Document, i: int, memo: dict[int, bool]) -> bool:
    """The sentence, or one of the two before it, speaks of forces, missions or truces.

    "Its second stage runs until September 2026" follows the sentence that names the mission.
    ``memo`` keeps each sentence's answer: the next sentences ask about it again.
    """
    # Not only within the paragraph: many sites print one sentence per paragraph.
    for j in range(i, max(-1, i - 3), -1):  # this sentence and the two before it
        said = memo.get(j)
        if said is None:
            prev = art.sentences[j]
            said = memo[j] = _SECURITY.search(art.text, prev.start, prev.end) is not None
        if said:
            return True
        if j == i and _economic(art, art.sentences[i]):
            break  # "Oil output will rise ... by 2027" after a sentence on attacks: a target of its own
    # A force the lexicon names ("ATMIS will leave by December") counts in its own sentence only: a
    # group named before ("Hezbollah could join") lends nothing to "Schools will remain closed".
    s = art.sentences[i]
    return _names_force(art, s.start, s.end)


#: An economy's measures: a sentence told of them, with no force of its own, sets an economic target
#: ("the economy is expected to grow by a third by 2030", "exports will double by 2027"), whatever
#: conflict the sentences before it told.
_ECONOMIC = frozenset(
    lemma(w)
    for w in words(
        """economy economic gdp output production export import asset revenue inflation price tourist tourism
        investment investor growth barrel tariff currency reconstruction"""
    )
)


def _economic(art: Document, s: Sentence) -> bool:
    lo, hi = art.token_index(s.start), art.token_index(s.end)
    return not _ECONOMIC.isdisjoint(art.lemmas[lo:hi])


#: Lexicon actors that are forces by their name alone ("ATMIS", "KDF", "Wagner", "the Houthis").
_FORCE_SUBS = frozenset(("force", "coalition", "armed_group"))


def _names_force(art: Document, a: int, b: int) -> bool:
    """``a:b`` names a force, mission or armed group the lexicon knows, or a military base ("ATMIS will
    leave by December", "hand Ain al-Asad over"): a force named so has no troop word beside it. A
    country's bare name ("Israel") is no force: it names the state in every kind of story."""
    for x in art.mentions_in(a, b):
        if not _is_country(x) and any(
            (e.kind == "actor" and e.sub in _FORCE_SUBS) or (e.kind == "place" and e.sub == "base") for e in x.entries
        ):
            return True
    return False




def _clause(art: Document, s_start: int, s_end: int, prep: int, d_end: int) -> str | None:
    """What a bare deadline bounds: the clause before "until X", or after it when that is too short.

    "The first phase will last ... until September 2025" -> "The first phase will last ...";
    "In its first stage, lasting through March 2027, the force will wind down" -> the latter.
    """
    start = _clause_begin(art.text, s_start, prep)
    what = _LEADING_LINK.sub("", art.text[start:prep].strip(" ,;:"))
    first = _BOUNDARY.search(art.text, s_start, prep)
    if len(what.split()) >= 3:
        if first is not None and first.group().strip() == "," and _AUX_START.match(what) and _step_words(art, s_start, first.start()):
            # "The handover of Camp Taji, a base north of Baghdad, is now expected": the step's subject before its aside
            head = art.text[s_start : first.start()].strip(" ,;:\"“”")
            if len(head.split()) <= 8:
                return f"{head} {what}"
        return what
    if first is not None and _AUX_START.match(what):
        # "The deadline for the troops to withdraw, originally set for March 31, was pushed back to
        # June 30": an aside stands between the subject and its verb; the subject is what is bounded
        head = _LEADING_LINK.sub("", art.text[s_start : first.start()].strip(" ,;:\"“”"))
        if len(head.split()) >= 3:
            return f"{head} {what}" if what else head  # "The French troops were gone": the verb says what is due
    after = _BOUNDARY.search(art.text, d_end, s_end)
    rest = art.text[after.end() if after else d_end : s_end]
    rest = _LEADING_LINK.sub("", CLAUSE_BREAK.split(rest, maxsplit=1)[0].strip(" ,;:."))
    if art.text[prep : prep + 3].lower() == "by " and _told_gone_by(rest):
        return None  # "By late March, the two sides had agreed a swap": a time gone by, not a deadline
    if _PREP_ONLY.match(rest):
        return None  # "..., and in Erbil until 2027, amid the war": a phrase, no clause to bound
    return rest if len(rest.split()) >= 3 else None


#: A rest of a sentence that opens with a preposition and holds no verb of its own: no step.
_PREP_ONLY = re.compile(r"(?:amid|despite|during|following|after|according\s+to|in|on|at|with|without|under)\s+(?:the|a|an|its|their)\s+\w+$", re.I)


#: Words that put a clause after a date ahead of it: a modal, or a verb of the future; an aim told in
#: the present ("By 2031, the army aims to have 4,000 soldiers deployed there": the participle is no past).
_AHEAD_WORDS = re.compile(
    rf"\b(?:{_WILL}|must|should|need\s+to|has\s+to|have\s+to|can|could|may|might|(?:aims|intends|seeks|hopes|wants)\s+to)\b", re.I
)
#: Words before an "-ed" form that make it an adjective, not the clause's verb ("the armed forces").
_BEFORE_ADJECTIVE_ED = frozenset(words("the a an its their his her this that these those all some most many two three several"))


def _told_gone_by(clause: str) -> bool:
    """The clause a fronted date opens is told in the past and names nothing ahead ("By May the
    unit was in place", "by late spring the sides sought a deal"): its date is a time gone by."""
    if _AHEAD_WORDS.search(clause):
        return False
    prev = ""
    for w in clause.split():
        norm = w.strip(".,;:\"“”'’()").lower()
        form = lemma_form(norm)[1]
        if form == "past" or (form == "ed" and not w[:1].isupper() and prev not in _BEFORE_ADJECTIVE_ED):
            return True
        prev = norm
    return False


#: A clause that is only its verb, its subject told before an aside: "was", "has been".
_AUX_START = re.compile(r"(?:was|were|is|are|has|have|had)\b", re.I)
#: "once the mandate expires", "after the truce ends": a stretch counted from an end told before.
_ONCE_ENDED = re.compile(
    r"\b(?:once|after|when|following)\b" + IN_CLAUSE + r"{0,40}?\b(?:expir\w*|ends|ended|end|concludes|terminat\w*)\b", re.I
)


def _after_the_end(art: Document, i: int, d: DateMention) -> DateMention | None:
    """ "The mandate runs through 31 December 2026. ... withdrawal once it expires, to be completed
    within a year": the year is counted from that day, in this sentence or the one before."""
    m = _SPAN_FROM.search(art.text, d.start, d.end)
    if m is None or not WITHIN_AT.match(art.text, d.start, d.end):
        return None
    lo = art.sentences[max(0, i - 1)].start
    ends = [o for o in art.dates_in(lo, d.start) if o.span and o.kind == "explicit" and o.span.precision == "day"]
    if not ends:
        return None
    end = ends[-1].span.end  # type: ignore[union-attr]
    n = parse_number(m.group("n")) or 1
    return DateMention(d.start, d.end, due_after(end, n, m.group("u").lower().rstrip("s")), "relative")


def _keep_precise(art: Document, found: list[Milestone]) -> list[Milestone]:
    """Of two statements of one deadline ("by Jan. 26", "60 days to withdraw" from Nov. 27), keep the
    exact one; so too of two plans of a year or month, one of them more precise ("the mission will
    conclude in 2025", "the coalition will leave its bases by September 2025"): measured with every
    readable shard, milestones F1 with / without the second rule a-d .888/.874, h .803/.790, f (not
    read) .761/.748."""
    out = []
    for m in found:
        finer = [
            o
            for o in found
            if (
                o is not m
                and o.due != m.due
                and o.due.startswith(m.due)
                and (
                    _STEP_WORDS & set(o.evidence.lower().split()) & set(m.evidence.lower().split())
                    or (len(m.due) in (4, 7) and _plans_alike(art, m, o))
                    or (len(m.due) in (4, 7) and _one_step_retold(art, m, o))
                )
            )
            or _counted_near(art, m, o)
        ]
        if not finer:
            out.append(m)
    return out


#: How far apart (days) a day counted from a stretch and a day told may be and still be one deadline.
_COUNTED_REACH = 7


def _counted_near(art: Document, m: Milestone, o: Milestone) -> bool:
    """``m`` is due on a day only counted ("would end within a year", "the first group leaves next week") and
    ``o``, a plan alike, on a day told within a week of it ("the first phase runs until the end of
    September 2025", "the first 100 troops will leave on January 21"): one deadline, the told day exact."""
    if m.done or o.done or len(m.due) != 10 or len(o.due) != 10 or m.due == o.due:
        return False
    if abs((date.fromisoformat(m.due) - date.fromisoformat(o.due)).days) > _COUNTED_REACH:
        return False
    return _only_counted(art, m) and not _only_counted(art, o) and _plans_alike(art, m, o)


def _only_counted(art: Document, m: Milestone) -> bool:
    """``m``'s sentence tells a stretch or a relative day and no date written out that falls on its due."""
    at = art.text.find(m.evidence)
    if at < 0:
        return False
    found = art.dates_in(at, at + len(m.evidence))
    written = any(d.kind in ("explicit", "period") and d.span is not None and d.span.end.isoformat() == m.due for d in found)
    return not written and any(d.kind in ("lapse", "relative") for d in found)


def _one_step_retold(art: Document, m: Milestone, o: Milestone) -> bool:
    """Two plans of one kind of step on the same ground, one told more coarsely, by parties that may be one
    (a coalition and the state that leads it: "US troops to quit Baghdad bases by September" in a headline,
    "US-led coalition forces will leave bases in Baghdad and Anbar by the end of September 2025" below)."""
    if m.done or o.done or not _kinds(m.what) & _kinds(o.what) & _STEP_KINDS:
        return False
    if not _ground(art, m) & _ground(art, o):
        return False
    a, b = _led_parties(art, m), _led_parties(art, o)
    return not (a and b and not a & b) and (_ARMED_GROUP in a) == (_ARMED_GROUP in b)


def _ground(art: Document, m: Milestone) -> set[str]:
    """The places a plan's clause names as places (not as parties)."""
    at = art.text.find(m.what, art.text.find(m.evidence) if m.evidence else 0)
    if at < 0:
        return set()
    return {e.name for x in art.mentions_in(at, at + len(m.what)) if _is_place(art, x) for e in x.entries if e.kind in _PLACE_KINDS}


def _led_parties(art: Document, m: Milestone) -> set[str]:
    """A plan's parties, a coalition with the state that leads it."""
    found = _parties(art, m, movers=True)
    return found | {s for n in found if (s := art.lexicon.leading_state(n)) is not None}


#: A future verb in the clause before a stretch; a list of names ("from A, B, C tomorrow") stays one clause,
#: and so does a count's comma ("will withdraw 2,000 troops over the next 90 days").
#: "demanded that the army withdraw within 24 hours": a demand's clause is ahead though it has no modal.
_AHEAD_VERB = re.compile(
    r"\b(?:will|would|shall|should|must|to|(?:demand|order|insist|urg|request|requir)(?:s|ed|ing|e)?\s+that)\s"
    r"(?![^,;]*\b(?:ha[sd]|have|were|was)\b)(?:[^,;]|(?<=\d),(?=\d\d\d)|,\s(?=[A-Z]))*$"
)
#: A schedule told in the present, a stretch after its verb counting from an event: "phase two begins 42
#: days after the truce took effect", "the mandate expires six months after the vote" (a deal's terms).
_SCHEDULE_VERB = r"\b(?:begins|starts|ends|expires|runs\s+out|takes\s+effect|comes\s+into\s+(?:force|effect)|enters\s+into\s+force)\s+"
_SCHEDULED_STRETCH = re.compile(_SCHEDULE_VERB + r"(?:[\w-]+\s+){1,2}?(?:days?|weeks?|months?)\s+(?:after|later|from|following)\b", re.I)
_SCHEDULE_VERB_BEFORE = re.compile(_SCHEDULE_VERB + r"(?:(?:some|about|around|exactly)\s+)?$", re.I)
#: A verb form that speaks of the future ("agreement" or "plan" alone may be told of the past).
_MODAL = re.compile(rf"\b(?:{_WILL})\b", re.I)
#: The clause after a fronted date, as group "c" (up to a comma, colon, stop or quote; a count's comma
#: stays in it), past a time of day told after the date ("On June 1 at 10:00 local time, the troops ...", "at 6 a.m.").
_CLAUSE_AFTER_DATE = (
    r"\s*(?:(?:[^,;:.“”\"]|" + ABBREVIATION_DOT + r"){0,12}\d:\d\d[^,;:“”\"]{0,20},\s*|at\s+\d\d?(?::\d\d)?\s*[ap]\.m\.,?\s+)?"
    r"(?P<c>(?:[^,;:.“”\"]|(?<=\d),(?=\d\d\d)|" + WORD_DOT + r"){8,160})"
)
#: "By the end of 2031, the battalion will ...": a date fronted before its clause, with a comma.
_FRONTED = re.compile(r"\s*," + _CLAUSE_AFTER_DATE)
#: "On June 1 the government will ...": a date that opens its sentence needs no comma.
_OPENING = re.compile(r"\s*,?" + _CLAUSE_AFTER_DATE)


#: "this year", "this month": the date finder's range up to the report day; a plan means the whole.
_THIS_PERIOD = re.compile(r"(?<!earlier )(?:this|the\s+current)\s+(?P<u>year|month)$", re.I)


def _whole_period(art: Document, d: DateMention) -> DateMention:
    """ "deploy its forces starting this year": due in the year, not on the report's day."""
    if d.kind != "relative" or d.span is None or d.span.precision != "range":
        return d
    m = _THIS_PERIOD.search(art.text, d.start, d.end)
    if m is None or art.text[max(0, d.start - 8) : d.start].lower().strip() == "earlier":
        return d
    day = d.span.start
    span = year_span(day.year) if m.group("u").lower() == "year" else month_span(day.year, day.month)
    return DateMention(d.start, d.end, span, d.kind)


def _spans_ahead(art: Document, start: int, end: int, given_only: bool = False) -> list[DateMention]:
    """ "in 14 months", "within 120 hours", "will take ten days" in a clause that speaks of the future
    (in a report of the past it is a stretch of time: "killed in two weeks of fighting"); a stretch
    given for a step ("gave them 48 hours to leave") speaks of it by itself."""
    return [
        d
        for d in lapses(art, start, end)
        if _given(art, d)
        or (
            not given_only
            and (
                _AHEAD_VERB.search(art.text, max(start, d.start - 100), d.start)
                or _SCHEDULE_VERB_BEFORE.search(art.text, max(start, d.start - 40), d.start)
                # fronted: "Six months after that, the troops will leave"
                # or the length of a fronted phase: "In the first phase, lasting six weeks, the troops will leave"
                or (
                    (d.start == start or _PHASE_OPENING.fullmatch(art.text, start, d.start))
                    and _FRONTED_AHEAD_VERB.match(art.text, d.end, end)
                )
            )
        )
    ]


#: A phase or stage that opens its sentence, with an aside on its length after it: "In the first phase, ".
_PHASE_OPENING = re.compile(
    r"\s*(?:In|During|Over|For)\s+(?:the|its|their)\s+(?:first|second|third|initial|final|next|last)\s+(?:phase|stage)\s*,\s*(?:which\s+(?:will\s+|would\s+|is\s+to\s+)?)?"
    # the phase as the subject, its length in an aside: "Phase one, which runs for 45 days from the signing, will ..."
    r"|\s*(?:(?:Phase|Stage)\s+(?:one|two|three|1|2|3)|The\s+(?:first|second|third|initial|final|next|last)\s+(?:phase|stage))"
    r"(?:\s+of\s+the\s+[\w-]+)?\s*,\s*which\s+(?:will\s+|would\s+|is\s+to\s+)?",
    re.I,
)


#: An aside on the date told right after it, closed by a comma: ", which falls on a Sunday".
_DATE_ASIDE = re.compile(r",\s+(?:which|when)\b(?:[^,;.:“”\"]|" + ABBREVIATION_DOT + r"){0,60}(?=,)", re.I)
#: "Six months after that": the word after a stretch that names the day it counts from.
_AFTER_THAT = re.compile(r"\s+(?:that|this|then)\b(?=\s*,)", re.I)
#: The clause after a stretch that opens its sentence, told ahead: ", the remaining troops will leave".
_FRONTED_AHEAD_VERB = re.compile(r"" + IN_SENTENCE + r"{0,40}?,\s+" + IN_CLAUSE + r"{0,60}?\b(?:will|shall|must|is\s+to|are\s+to)\s")


#: What follows a stretch given for a step: "48 hours to leave".
_GIVEN = re.compile(r"to\s", re.I)
#: The holder of a stretch given, right before it: "have 72 hours", "were given 30 days", "gave them a week".
_HAS_STRETCH = re.compile(r"\b(?:have|has|had|given|gave|give|gives)\s+(?:[\w'’-]+\s+){0,3}?$", re.I)
_GIVEN_FROM = re.compile(r"\s+(?:[\w'’-]+\s+){1,4}?(?P<to>to\s+)(?=(?-i:[a-z]))(?!the\b|a\b|an\b|its\b|their\b)", re.I)


def _set_on(art: Document, s: Sentence, dates: list[DateMention]) -> list[DateMention]:
    """ "set a four-day deadline on Tuesday": the day told right after a deadline's length is the day it
    was set, as the date finder reads it (gone by), not a deadline's day ahead."""
    raw = {d.start: d for d in art.dates_in(s.start, s.end)}
    out = []
    for k, d in enumerate(dates):
        before = dates[k - 1] if k else None
        if (
            before is not None and before.kind == "lapse" and SET_LENGTH.search(art.text, before.start, before.end)
            and d.start in raw and not _CLAUSE_GAP.search(art.text, before.end, d.start)
        ):  # fmt: skip
            d = raw[d.start]
            if d.kind == "weekday" and art.published is not None and d.span is not None and d.span.start > art.published:
                back = d.span.start - timedelta(days=7 * -(-(d.span.start - art.published).days // 7))
                d = replace(d, span=DateSpan(back, back, "day"))  # the weekday gone by: the date finder read it ahead
        out.append(d)
    return out


def _given(art: Document, d: DateMention) -> bool:
    # ours ("gave them 48 hours to leave") or the date finder's ("have 60 days to withdraw")
    if d.kind == "lapse" and SET_LENGTH.search(art.text, d.start, d.end):
        return True  # "set a four-day deadline": a deadline's length is given by itself
    return (
        (d.kind == "lapse" or (d.kind == "relative" and is_lapse(art, d)))
        and (_GIVEN.match(art.text, d.end) is not None or _given_from(art, d))
        and not _took(art, art.sentences[art.sentence_index(d.start)].start, d)
    )


_FROM_NEXT = re.compile(r"\s+(?:from|after|following)\s", re.I)
#: A stretch's holder told in the past: "gave both sides 60 days", "were given 60 days", "had 60 days".
_GAVE_BEFORE = re.compile(r"\b(?:gave|given|had)\s+(?:[\w'’-]+\s+){0,3}?$", re.I)


def _given_long_ago(art: Document, s: Sentence, d: DateMention, dates: list[DateMention]) -> bool:
    """A stretch told given in the past ("The truce of November 2024 gave both sides 60 days to pull back",
    "were given 60 days to leave, a period later extended to February 18") in a sentence that dates itself
    by another date: the stretch ran from then, not from the report, so it is not counted from the
    report's day (the other date keeps its own reading). A stretch given on a weekday ("on Monday gave the
    fighters 60 days") or a day told before it still counts."""
    p = art.published
    if p is None or not _given(art, d) or not _GAVE_BEFORE.search(art.text, max(s.start, d.start - 40), d.start):
        return False
    return any(
        o.kind in ("explicit", "period")
        and o.span is not None
        # its end restated after it ("a period later extended to February 18"), or a month or a year gone
        # by that dates the giving too coarsely to count from ("the truce of November 2024 gave"); a day
        # before it is the day it counts from ("On September 20, the army gave the fighters 60 days")
        and ((o.start > d.end and o.span.start > p) or (o.span.precision in ("month", "year") and o.span.end < p))
        for o in dates
        if o is not d
    )


def _counted_from_end(art: Document, d: DateMention, s_end: int) -> int:
    """Where a stretch ends with the day it counts from: "45 days from the signing on June 5|" (in its
    clause), else where the stretch ends."""
    if COUNTS_FROM_NEXT.search(art.text, d.start, d.end) or _FROM_NEXT.match(art.text, d.end):
        for o in art.dates_in(d.end, s_end):
            return o.end if not re.search(r"[,;:]", art.text[d.end : o.start]) else d.end
    return d.end


def _given_from(art: Document, d: DateMention) -> bool:
    return _given_from_at(art, d.start, d.end) is not None


def _given_from_at(art: Document, d_start: int, d_end: int) -> int | None:
    """ "have 72 hours from the signing on Friday to withdraw": a stretch counted from an event, given for
    the step named after the event (not "from Friday to Sunday", a range): where its "to" stands."""
    if not COUNTS_FROM_NEXT.search(art.text, d_start, d_end) or not _HAS_STRETCH.search(art.text, max(0, d_start - 40), d_start):
        return None
    m = _GIVEN_FROM.match(art.text, d_end)
    if m is None or any(o.start == m.end() for o in art.dates_in(m.end(), m.end() + 40)):
        return None
    # only for a step's verb ("to withdraw", "to pull their fighters out"), not "to form a government"
    return m.start("to") if _to_step(art, m.start("to"), art.sentences[art.sentence_index(d_start)].end) is not None else None


def _what_fronted(art: Document, d_end: int, s_end: int, opens: bool = False) -> str | None:
    """ "At the end of 2031, the battalion will be at full readiness": the step follows a fronted date
    ("Six months after that, the troops will leave": past the stretch's "that")."""
    if (that := _AFTER_THAT.match(art.text, d_end, s_end)) is not None:
        d_end = that.end()
    elif (aside := _DATE_ASIDE.match(art.text, d_end, s_end)) is not None:
        d_end = aside.end()  # "On day 15 of the truce, which falls on Sunday, the troops will ...": past the aside
    m = (_OPENING if opens else _FRONTED).match(art.text, d_end, s_end)
    if m is None:
        return None
    clause = m.group("c").strip()
    if not opens and _LEADING_LINK.match(clause) and art.dates_in(m.start("c"), m.end("c")):
        # "The council will meet on Monday, and the troops will leave the zone by July 1": a clause joined
        # after the date, with a date of its own, is due then, not on the day of the clause before it
        return None
    modal = _MODAL.search(clause)
    if not (
        modal
        and (
            _KEYWORD.search(clause)
            or _step_words(art, m.start("c"), m.end("c"))
            or _forces_undergo(art, m.start("c"), m.end("c"))
        )
    ):
        return None
    if _said_before(art, m, clause, modal):
        # "On March 3, 2030, the minister said the troops would leave", "In a statement issued in
        # November, the government said the mission would end": the day is the saying's, not the step's
        return None
    return _LEADING_LINK.sub("", clause)


#: The object that follows a date, up to the next clause: "will start on June 15 the withdrawal of ...".
_OBJECT = re.compile(r"\s+(?P<o>(?:the|a|an|its|their|his|her)\s(?:[^,;:.“”\"()]|" + ABBREVIATION_DOT + r"){4,120})")


def _opens(art: Document, s_start: int, d_start: int) -> bool:
    """The date opens its sentence ("In September the ...", "On June 1 the ...")."""
    return _OPENING_PREP.fullmatch(art.text, s_start, _clock_start(art.text, s_start, d_start)) is not None


_OPENING_PREP = re.compile(r"[\s\"“]*(?:(?:on|in|by|from|at|until|starting|beginning|as\s+of|effective)\s+)?", re.I)


def _what_object(art: Document, s_start: int, d_start: int, d_end: int, s_end: int) -> str | None:
    """ "The cabinet will consider on May 20 a plan for disarming the militias": a future verb before
    the date, the step it governs after it."""
    obj = _OBJECT.match(art.text, d_end, s_end)
    if obj is None:
        return None
    end = obj.end()
    stop = _BOUNDARY.search(art.text, obj.start("o"), end)
    end = stop.start() if stop else end
    if not _step_words(art, obj.start("o"), end):
        return None
    start = _clause_begin(art.text, s_start, d_start)
    if not _MODAL.search(art.text, start, d_start):
        return None
    return _LEADING_LINK.sub("", art.text[start:end].strip(" ,;:"))


#: "the June 30 deadline for pulling out the troops", "Tuesday's deadline to leave": the step it bounds;
#: and a date set as one: "sets June 30, 2031, as the deadline for the troops to withdraw", "named May 1
#: as the date for the handover" ("date" only with what it is the date for).
_NAMED_DEADLINE = re.compile(
    r"(?:['’]s)?(?:,?\s+as\s+the(?:\s+(?:final|new|latest|last))?)?"
    # "the Aug. 31 Afghanistan withdrawal deadline": a name or a step noun between the date and its noun
    r"(?:\s+(?:(?-i:[A-Z][a-z]+)|withdrawal|pull-?out|troop|exit|end|handover|evacuation|departure|drawdown)){0,2}\s+"
    r"(?:deadline|target\s+date|cut-?off|date(?=\s+(?:for|by)\s))\b(?:\s+(?:for|to|on|of|by)\s+(?:[^,;.()]|" + ABBREVIATION_DOT + r"){3,80})?",
    re.I,
)


def _weekday_ahead(p: date, d: DateMention) -> DateMention:
    assert d.span is not None
    day = d.span.start + timedelta(days=7) if d.span.start < p else d.span.start
    return DateMention(d.start, d.end, DateSpan(day, day, "day"), d.kind)


def _what_named(art: Document, s_start: int, d_start: int, named: re.Match[str]) -> str | None:
    """ "... the president's June 30 deadline for pulling out the troops": the clause up to the step it bounds."""
    if named.end() - named.start() < 15:
        return None  # a bare "deadline": the step is told elsewhere in the sentence
    start = _clause_begin(art.text, s_start, d_start)
    what = _LEADING_LINK.sub("", art.text[start : named.end()].strip(" ,;:"))
    # "The September deadline for the coalition to leave passed with troops still there": the deadline's
    # step, not what befell the deadline
    return _DEADLINE_FATE.sub("", what) or what


#: What befell a deadline, told after its step: "passed (with ...)", "expired", "came and went".
_DEADLINE_FATE = re.compile(r"\s+(?:has\s+|had\s+)?(?:passed|expired|lapsed|ran\s+out|came\s+and\s+went|went\s+by)\b.*$", re.I)


#: "set a deadline of March 31 for ...": the deadline word right before its date.
#: ... or one told as falling then: "a deadline that fell on Sunday for their withdrawal".
_DEADLINE_OF = re.compile(
    r"\bdeadline\s+(?:(?:that|which)\s+(?:fell|falls|expired|expires|passed|ended|ends|ran\s+out|runs\s+out)\s+(?:on\s+|at\s+)?|(?:of|on|for)\s+)$",
    re.I,
)
#: "... for the foreign contingent to": whose step follows the date.
#: "... for the withdrawal of the brigade": the step as a noun after the date, to the clause's end.
_FOR_STEP = re.compile(r"\s+for\s+(?P<step>(?:[^,;.:()]|" + ABBREVIATION_DOT + r"){3,80}?)(?=\s*(?:[,;.:()]|$))", re.I)
_FOR_WHOM = re.compile(r"\s+for\s+(?P<who>(?:[^,;.:()]|" + ABBREVIATION_DOT + r"){3,60}?)(?=\s+to\s)", re.I)


def _what_deadline_for(art: Document, s_start: int, d_start: int, d_end: int, s_end: int) -> str | None:
    """ "set a deadline of March 31 for the foreign contingent to leave the capital": the step is who
    and what follow the date, not the setting of the deadline before it."""
    if _DEADLINE_OF.search(art.text, max(s_start, d_start - 40), d_start) is None:
        return None
    whom = _FOR_WHOM.match(art.text, d_end, s_end)
    end = _to_step(art, whom.end(), s_end) if whom else None
    if whom is None or end is None:
        # "set a deadline of March 31 for the withdrawal of the brigade": the step named as a noun
        step = _FOR_STEP.match(art.text, d_end, s_end)
        if step is None or not _STEP_NOUN_RE.search(step.group("step").lower()):
            return None
        return "deadline for " + step.group("step").strip()
    return art.text[whom.start("who") : end].strip(" ,;:")


def _what_or_after(art: Document, s_start: int, s_end: int, d: DateMention, spans: list[tuple[int, int]]) -> str | None:
    """The clause before the date, unless it names no step and one follows the date: "Under the truce,
    Hezbollah has 60 days to pull its fighters north of the river" is the pulling back, not "Hezbollah has"."""
    before = _what(art, s_start, d.start, spans)
    if before is not None and _kinds(before) & _STEP_KINDS:
        return before
    return _what_after(art, s_start, d.start, d.end, s_end) or before


def _what_after(art: Document, s_start: int, d_start: int, d_end: int, s_end: int) -> str | None:
    """ "Israel has 60 days to withdraw from southern Lebanon": the step follows its deadline (and the time
    of day told after it: "until Saturday noon to leave")."""
    clock = _CLOCK_AFTER.match(art.text, d_end, s_end)
    # "The gunmen have until Monday to free the hostages": a bound a party holds names its deed, whatever the verb
    held = GAVE_UNTIL.search(art.text, max(s_start, d_start - 80), d_start) is not None
    after = _to_step(art, clock.end() if clock else d_end, s_end, held)
    if after is None and (to := _given_from_at(art, d_start, d_end)) is not None:
        after = _to_step(art, to, s_end)  # "72 hours from the signing on Friday | to withdraw"
    if after is None:
        return None
    start = _clause_begin(art.text, s_start, d_start)
    what = _LEADING_LINK.sub("", art.text[start:after].strip(" ,;:"))
    return what if len(what) >= 4 else None


#: "to leave", "to fully withdraw": an infinitive right after a stretch or a date.
_TO = re.compile(r"\s*to\s+(?:\w+ly\s+)?", re.I)
#: Verbs that make a step with a particle after their object: "to pull their fighters out", "to move
#: the brigade back", "to bring the troops home".
_PHRASAL = frozenset(lemma(w) for w in words("pull move draw take hand bring get clear"))
#: (a point of the compass is one too: "to pull its fighters north of the river")
_PARTICLES = frozenset(words("out back down over home away north south east west northward southward eastward westward"))
#: How far an infinitive's step may run (the clause ends sooner at a comma or "and").
_STEP_REACH = 60
_STEP_SLACK = 25
#: Words that open a phrase, never its last: a step cut at its reach does not end on one.
_OPENS_PHRASE = frozenset(words("in of at on to from near into the a an its their his her our and or by with for"))


def _to_step(art: Document, pos: int, s_end: int, any_verb: bool = False) -> int | None:
    """Where the step ends that an infinitive at ``pos`` opens, if it is one: the listed forms, or any
    verb of a step (steps.py: "to redeploy", "to hand back", "to disarm"), or a verb whose particle
    after its object makes it one ("to pull their fighters out of the city"); any verb at all when
    ``any_verb`` (the deed of a bound held: "have until Monday to free the hostages")."""
    # a bound held reads its deed whole ("to hand over their heavy weapons"), not the listed form alone
    listed = None if any_verb else _TO_STEP.match(art.text, pos, s_end)
    if listed is not None:
        return listed.end()
    to = _TO.match(art.text, pos, s_end)
    if to is None:
        return None
    i = art.token_index(to.end())
    toks, lems = art.tokens, art.lemmas
    if i >= len(toks) or toks[i].start != to.end():
        return None
    stop = _BOUNDARY.search(art.text, toks[i].end, s_end)
    limit = stop.start() if stop else s_end
    # a clause that ends a little past the reach is read whole: "out of five hilltop positions in | southern Lebanon"
    end = limit if limit <= toks[i].end + _STEP_REACH + _STEP_SLACK else toks[i].end + _STEP_REACH
    j = art.token_index(end)
    if not any_verb and lems[i] not in STEP_LEMMAS and not (
        lems[i] in _PHRASAL and any(t.norm in _PARTICLES for t in toks[i + 1 : min(j, i + 6)])
    ) and not (  # the step verbs read with their own particle: "to wind down its operations", "to stand down"
        lems[i] in _PHRASAL_STEP and any(t.norm in _PHRASAL_STEP[lems[i]] for t in toks[i + 1 : min(j, i + 3)])
    ):
        return None
    # end on a whole word: the last token that ends by ``end``, not a word that opens a phrase cut off ("in")
    while j > i + 1 and (toks[j - 1].end > end or toks[j - 1].norm in _OPENS_PHRASE):
        j -= 1
    return toks[j - 1].end if j > i else toks[i].end


#: The time a step took, not a time given for it: "it took the army 14 days to withdraw", "the troops
#: had 30 days to leave", "needed three hours to leave", told of the past; not a deal that "took effect" (a
#: truce "that took effect on November 27 gave Israeli forces 60 days to pull out").
_TOOK = re.compile(r"\b(?:took(?!\s+(?:effect|hold|force)\b)|needed|spent|had|lasted)\b" + CLAUSE_CHAR + r"{0,60}$", re.I)
#: "<stretch> to <verb>": a stretch given (or taken) for something.
_TO_AFTER = re.compile(r"\s*to\s", re.I)


def _took(art: Document, s_start: int, d: DateMention) -> bool:
    """Whether a stretch given for something is told as the time it took (see _TOOK)."""
    return (
        is_lapse(art, d)
        and _TO_AFTER.match(art.text, d.end) is not None
        and _TOOK.search(art.text, max(s_start, d.start - 60), d.start) is not None
    )


#: A force's readiness told as a stretch: "troops at high readiness, able to deploy within 30 days", "a
#: brigade that can be moved within a week". The stretch is how fast a force could go anywhere, no date
#: by which it goes somewhere; a step of leaving ("ready to withdraw within a week") is not readiness.
_READY_FOR = re.compile(
    r"\b(?:able|ready|capable|poised|standby|readiness|can|could)\s+(?:of\s+|to\s+)?(?:be\s+)?"
    r"(?:deploy\w*|mov(?:e|ed|ing)|respond\w*|mobili[sz]\w*|reinforc\w*|surg(?:e|ed|ing))\b"
    + CLAUSE_CHAR + r"{0,40}$",
    re.I,
)
_STRETCH_AHEAD = re.compile(r"(?:within|in)\s", re.I)


def _readiness(art: Document, s_start: int, d: DateMention) -> bool:
    """Whether a stretch ahead ("within 30 days") tells how fast a force could move (see _READY_FOR)."""
    return (
        _STRETCH_AHEAD.match(art.text, d.start) is not None
        and _READY_FOR.search(art.text, max(s_start, d.start - 60), d.start) is not None
    )


#: How an aside opens after its comma: "which ...", "who ...", "(originally) planned ...", "due ...".
_ASIDE_HEAD = r"(?:(?:which|who)\b|(?:\w+\s+)?(?:\w+ed|due|set)\b)"
#: A relative clause set off by commas just before the gap: ", which began on May 2, "; a participle's
#: aside likewise: ", originally planned for March, ".
_ASIDE_CLOSED = re.compile(rf"[^,;]*,\s+{_ASIDE_HEAD}[^,;]*,\s$", re.I)
#: ", pushing it through June 30", ", taking the mission to ...": a clause that carries the step on to the date.
_CARRIES_ON = re.compile(r"(?:pushing|taking|extending|bringing|keeping|moving|running)\s+(?:it|them|this|the\s+\w+)\b", re.I)


#: What is released or returned that is no step of forces or of a deal: a text, a picture, figures, or a
#: party's return to power ("will release its report on", "a video released on", "returned to power in").
_NO_STEP_RELEASED = re.compile(
    r"\b(?:reports?|statements?|footage|videos?|photos?|photographs?|pictures?|images?|imagery|clips?|recordings?|audio|"
    r"documents?|findings|results|details|data|figures|list|transcripts?|films?|books?|albums?|orders?|guidance|"
    r"budget|funds|to\s+power|to\s+office)\b",
    re.I,
)


#: The last word of a date's phrase that opens on a verb: "was postponed to", "is scheduled for".
_VERB_PREP = re.compile(r"\b(?:until|to|for)\s+$", re.I)
#: The verbs of those phrases, by their first letters: a date moved or set.
_VERB_HEADS = _MOVED_HEADS | frozenset(w[:4] for w in words("set slated scheduled planned fixed earmarked penciled pencilled"))


def _prep_start(text: str, prep: re.Match[str] | None, d_start: int) -> int:
    """Where the clause before a due date ends: at its preposition, but after the verb of a date moved
    or set ("The truce was extended to May 20" is told by "The truce was extended", not "The truce was";
    "The release is scheduled for Saturday" by "The release is scheduled")."""
    if prep is None:
        return d_start
    if prep.group()[:4].lower() in _VERB_HEADS and (last := _VERB_PREP.search(text, prep.start(), d_start)):
        return last.start()
    return prep.start()


#: A clause that opens on its verb has left its subject before it: "... and will be completed".
_SUBJECTLESS = re.compile(r"(?:will|would|shall|should|must|is|are|was|were|has|have|had)\s", re.I)


def _what(art: Document, s_start: int, d_start: int, spans: list[tuple[int, int]]) -> str | None:
    lo = max(s_start, d_start - 160)
    keyword = None
    for k in _step_words(art, lo, d_start):
        if not any(a <= k[0] < b for a, b in spans):
            keyword = k
    if keyword is None:
        return None
    if (
        art.text[keyword[0] : keyword[0] + 6].lower().startswith(("rel", "fre", "return"))  # not "retreat"
        and not _CAPTIVES.search(art.text, s_start, d_start)
        and _NO_STEP_RELEASED.search(art.text, max(s_start, keyword[0] - 50), min(d_start, keyword[1] + 50))
    ):
        return None  # a report or a video released, a party returned to power: no step of a deal
    gaps = list(_CLAUSE_GAP.finditer(art.text, keyword[1], d_start))
    rest = art.text[gaps[-1].end() : d_start] if gaps else ""
    if (
        gaps
        and (";" in gaps[-1].group() or len(rest.split()) > 2)
        and not _SET_FOR_ONLY.fullmatch(rest.strip())
        and not _CARRIES_ON.match(rest)
        # "..., to take part in the mission starting this year", "..., which should be done in 150 hours"
        and not rest.lower().startswith(("to ", "which "))
        # "has yet to leave the country, weeks after the | September deadline": the step set against its deadline
        and not (
            _AGAINST_REST.fullmatch(rest.strip())
            and _DEADLINE_AFTER.match(art.text, next((b for a, b in spans if a == d_start), d_start))
            and _PENDING.search(art.text, s_start, gaps[-1].start())
        )
        # "The withdrawal, which began on May 2, is expected to take ...": an aside closed, the clause goes on
        and not _ASIDE_CLOSED.fullmatch(art.text, keyword[1], gaps[-1].end())
    ):
        # "The withdrawal, which was due by March, is now expected in April": the step word stands in an
        # aside closed before the date; the step is the subject before the aside, told by what follows it
        return _around_aside(art, s_start, keyword, gaps[0], d_start)  # "... expires on X, and the council will decide in June": none
    start = _clause_begin(art.text, s_start, keyword[0])
    if (deal := _DEAL_THAT.search(art.text, s_start, keyword[0])) is not None and deal.start() >= start - 60:
        # "X keeps 900 troops there under a pact that ends the mission by 2027": the step is the pact's, told in
        # its relative clause; the main clause before it is another fact (a level kept), no part of the label
        start = deal.start()
    if (call := _CALLS_FOR.search(art.text, start, keyword[1]) or _ASKS_FIRST.match(art.text, start, keyword[1])) is not None:
        start = call.end()  # "a timetable that calls for all blue helmets to leave": the call's content
    end = _prep_start(art.text, _DUE_PREP.search(art.text, max(s_start, d_start - 20), d_start), d_start)
    # "The new deadline, February 18, passed": the apposed deadline is the step word, not only the words before it
    end = max(end, keyword[1])
    # "The withdrawal, initially slated for March 31, has been brought forward": the first date is history, not the step
    what = _LEADING_LINK.sub("", _FIRST_DATE_ASIDE.sub(" ", art.text[start:end]).strip(" ,;:"))
    if _FIRST_DATE_ASIDE.search(art.text, start, end) and (tail := _EXPECTED_TAIL.search(what)) and _STEP_NOUN_RE.search(what.lower(), 0, tail.start()):
        # "The handover, initially due by May, | is now expected" (in June): with its first date told, the step
        # noun is the commitment and the verb only tells the date since moved (told alone, "has been postponed
        # until August" keeps its verb: the move is the news)
        what = what[: tail.start()]
    # "will leave Baghdad by September 2025 and Erbil by ...": the second object's step is the verb and it alone
    for a, b in spans:
        if keyword[1] < a and b < end and (joined := _AND_NEXT.match(art.text, b, end)):
            if _MODAL.search(art.text, joined.end(), end):
                # a clause of its own, with its own subject: "... by the end of May and the troops will be home by July"
                what = art.text[joined.end() : end].strip(" ,;:")
                continue
            if _SECOND_VERB.match(art.text, joined.end(), end) and lemma_form(art.text[joined.end() : art.text.find(" ", joined.end())].lower())[1] in ("ed", "past"):
                # "before Chad ended its pact in November and ordered them out by": a second verb of the clause's
                # subject, not a second object of the first; the step is that subject with its own verb
                subject = max([start, *(w.end() for w in _OPENS_CLAUSE.finditer(art.text, start, keyword[0]))])
                what = f"{art.text[subject : keyword[0]].strip()} {art.text[joined.end() : end].strip(' ,;:')}".strip()
                continue
            head = art.text[start : keyword[1]]
            place = _PLACE_PREP.match(art.text, joined.end(), end)
            told = _LAST_PLACE.search(art.text, keyword[1], a) if place else None
            if told is not None and told.group("prep").lower() == place.group("prep").lower():  # type: ignore[union-attr]
                # "will end its mission in the south by 2025 and in the north by 2026": a second place of the verb
                # and its object, not a second object; the object stays, the first place gives way
                head = art.text[start : told.start()]
            what = _LEADING_LINK.sub("", f"{head} {art.text[joined.end() : end]}".strip(" ,;:"))
    if _ASIDE_ONLY.match(what):
        what = _with_its_noun(art, s_start, start, end) or what
    elif (subject := _shared_subject(art, s_start, start, spans)) is not None:
        what = f"{subject} {what}"
    if len(what.split()) < 2 or _SUBJECTLESS.match(what):
        # "... is to start on June 1 and end by August 31", "..., ending in May", "The pullout began on
        # Friday and will be completed by May": the step shares the sentence's subject (or its clause's,
        # after a semicolon: "...; the second, covering Erbil, ends in 2026")
        semi = art.text.rfind(";", s_start, start)
        what = art.text[semi + 1 if semi >= 0 else s_start : end].strip(" ,;:")
    # "was extended by three weeks, to | February 18": the "to" of the new date is no part of the step
    if (dangling := _DANGLING_TO.search(what)) and not _TAKES_TO.search(what, 0, dangling.start()):
        what = what[: dangling.start()]
    what = _HOUR_CUT.sub("", what)  # "to be handed over at noon | on Saturday": the hour is the date's, not the step's
    # One bare word ("withdrawal") says too little of what is due: let the wider clause speak.
    return what if len(what) >= 4 and len(what.split()) >= 2 else None


#: An aside telling a plan's first date, since moved: ", initially slated for March 31, ", ", which was originally due in May, ",
#: ", first set for March, " ("first" only before a verb of setting: ", first the north, " is a stage).
_FIRST_DATE_ASIDE = re.compile(
    r",\s+(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+)?"
    r"(?:originally|initially|previously|first(?=\s+(?:set|due|planned|scheduled|slated|expected|meant|promised|targeted)\b))\s+[^,;]{1,50},\s+",
    re.I,
)


def _first_date_superseded(art: Document, d: DateMention, dates: list[DateMention]) -> bool:
    """``d`` stands in an aside telling the plan's first date (_FIRST_DATE_ASIDE) and the clause the aside
    interrupts goes on to another date, before any comma ("The pullout, first set for March, was pushed back
    to June"): the first date is history the same sentence supersedes, no step still due on it. A date told
    after a comma ("..., officials said on Monday") is the report's, no new date of the step."""
    s = art.sentences[art.sentence_index(d.start)]
    for aside in _FIRST_DATE_ASIDE.finditer(art.text, max(s.start, d.start - 60), min(s.end, d.end + 60)):
        if aside.start() < d.start and d.end < aside.end():
            return any(o.start >= aside.end() and not _COMMA_OR_SEMI.search(art.text, aside.end(), o.start) for o in dates)
    return False


_COMMA_OR_SEMI = re.compile(r"[,;]")
#: A clause's closing "to", "until" of the date cut off after it (with the comma before it).
_DANGLING_TO = re.compile(r",?\s+(?:to|until|till)$", re.I)
#: A time of day closing a clause cut before its weekday or date ("at noon", "at 6 a.m.").
_HOUR_CUT = re.compile(r",?\s+at\s+(?:noon|midday|midnight|dawn|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|GMT|UTC|local\s+time))$", re.I)
#: A word an infinitive follows ("is expected to | last three months"): that "to" is the step's own.
_TAKES_TO = re.compile(
    r"\b(?:expected|set|due|scheduled|slated|going|likely|able|about|plans?|planned|agreed|wants?|wanted|needs?|needed"
    r"|intends?|intended|hopes?|hoped|aims?|aimed|is|are|was|were|has|have|had|ordered|told|asked|begin|began|start|started)$",
    re.I,
)


#: Right after a date told inside a step's clause, the next object of the same verb: "Baghdad by 2025 | and | Erbil"
#: (not a second verb: "began on Monday and is expected to ...").
_AND_NEXT = re.compile(
    r",?\s+and\s+(?!(?:then|later|is|are|was|were|will|would|shall|should|must|can|could|may|has|have|had|be|to)\b)(?=\S)", re.I
)
#: A deal named right before the relative clause that tells its step: "an agreement that" (ends the mission).
_DEAL_THAT = re.compile(
    r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:agreement|deal|accord|pact|plan|roadmap|timetable|arrangement)\s+"
    # the deal told made before its clause: "a deal struck with the host last year that"
    # or its other side: "a deal with Baghdad that", "an accord between the two governments that"
    r"(?:(?:reached|signed|struck|sealed|agreed|with|between)\s+[^,;]{0,40}?\s)?(?:that|which)\s+"
    r"(?:(?:will|would|is\s+to|also)\s+)?$",
    re.I,
)
#: A verb that asks a step of someone, up to whom it asks: "calls for | all blue helmets to leave".
_ASKS_STEP = r"\s+(?:for\s+)?(?=(?:the|all|its|their|some|every|[A-Z]|\d)[^,;:]{0,60}?\sto\s+[a-z])"
#: In a relative clause: "(a timetable) that calls for | all blue helmets to leave".
_CALLS_FOR = re.compile(
    r"\b(?:that|which)\s+(?:(?:also|now|still)\s+)?(?:calls?|called|provides?|provided|requires?|required|obliges?|obliged)" + _ASKS_STEP, re.I
)
#: A term's binding verb opening a clause whose subject stands before an aside: "The first phase, which began in
#: May, | requires | Israel to leave" (not a call, a party's wish: "The cleric, speaking in May, called for").
_ASKS_FIRST = re.compile(r"(?:(?:also|still)\s+)?(?:provides|requires|obliges)" + _ASKS_STEP, re.I)
#: A place's preposition opening the words joined after a date: "and | in the north" (by 2026).
_PLACE_PREP = re.compile(r"(?P<prep>in|from|to|at|across)\s", re.I)
#: The last place the step's clause names before its date, by the same prepositions: "its mission | in the south |".
_LAST_PLACE = re.compile(r"\s(?P<prep>in|from|to|at|across)\s+(?:(?!\b(?:in|from|to|at|across)\b)[^,;])+?\s*(?:by|until|before|in|on)?\s*$", re.I)


#: A lower-case word and one more after "and": the shape of a second verb with its object ("and ordered them out").
_SECOND_VERB = re.compile(r"(?-i:[a-z])[a-z]+\s+\w", re.I)
#: "by 2025 | and | remain": a bare verb joined right after a date.
_AND_VERB = re.compile(r",?\s+and\s+", re.I)


def _shared_subject(art: Document, s_start: int, start: int, spans: list[tuple[int, int]]) -> str | None:
    """The subject and modal of the step before a date that a bare verb joined after that date shares: "the
    coalition is to end its mission by 2025 and | remain in the north until 2026" (the coalition is to remain)."""
    before = next((a for a, b in spans if b <= start and _AND_VERB.fullmatch(art.text, b, start)), None)
    word = _NP_WORD.match(art.text, start) if before is not None and art.text[start].islower() else None
    if word is None or not _step_words(art, start, word.end()):
        return None
    modal = next(reversed(list(_MODAL.finditer(art.text, s_start, before))), None)  # the nearest before the date
    if modal is None or _CLAUSE_GAP.search(art.text, modal.end(), before):
        return None
    lo = max(art.text.rfind(c, s_start, modal.start()) for c in ",;:")
    subject = art.text[lo + 1 if lo >= 0 else s_start : modal.end()].strip(" \"“”")
    return subject if 2 <= len(subject.split()) <= 8 else None


#: A clause that is only an aside on the noun before its comma: "which expires", "due to expire".
#: (and an apposition that restates the clause's stretch: "had 60 days to pull out, a period later extended to")
_ASIDE_ONLY = re.compile(r"(?:which|that|who|due\s+to|set\s+to|a\s+(?:period|deadline|timeline|window)\s+(?:later\s+|since\s+|then\s+)?(?:extended|moved|pushed|postponed))\b", re.I)


def _with_its_noun(art: Document, s_start: int, start: int, end: int) -> str | None:
    """The aside start:end ("..., which expires on April 26") with the clause before its comma, whose noun it
    tells of: "Israel has a 60-day deadline to withdraw, which expires"; None when no comma opens it."""
    comma = art.text.rfind(",", s_start, start)
    if comma < 0 or art.text[comma + 1 : start].strip():
        return None
    head = s_start
    for b in _BOUNDARY.finditer(art.text, s_start, comma):
        head = b.end()
    if (deal := _OF_A_DEAL.search(art.text, head, comma)) is not None:
        head = deal.start("deal")  # "leave the town on day 22 of the truce, which took effect ...": the truce's
    if _EXAMPLES_ASIDE.match(art.text, head, comma) and (noun := _noun_before_examples(art, s_start, head)):
        # "three outposts in X, including Site A, which were handed over": the outposts (handed over), not Site A
        rest = art.text[start:end]
        return f"{noun} {rest[m.end() :] if (m := _WHICH_BE.match(rest)) else rest}".strip(" ,;:\"“”")
    return _LEADING_LINK.sub("", art.text[head:end].strip(" ,;:\"“”"))


#: An aside of examples: "(three outposts), including Site A, (which ...)".
_EXAMPLES_ASIDE = re.compile(r"(?:including|notably|such\s+as|among\s+them)\s", re.I)
#: A relative pronoun with its passive auxiliary: "which were (handed over)" reads as the reduced "handed over".
_WHICH_BE = re.compile(r"(?:which|that)\s+(?:(?:was|were|(?:has|have|had)\s+been)\s+)?", re.I)
#: A noun phrase's opener, not after a preposition of place ("three outposts in the east": the outposts).
_NP_OPEN = re.compile(
    r"(?<!\bin\s)(?<!\bat\s)(?<!\bnear\s)(?<!\bfrom\s)(?<!\binto\s)"
    rf"\b(?:the|a|an|its|their|these|those|all|some|several|both|{NUMBER})\s+(?=[a-z])",
    re.I,
)


def _noun_before_examples(art: Document, s_start: int, head: int) -> str | None:
    """The noun phrase an aside of examples opening at ``head`` (after its comma) lists from."""
    comma = art.text.rfind(",", s_start, head)
    if comma < 0:
        return None
    lo = s_start
    for b in _BOUNDARY.finditer(art.text, s_start, comma):
        lo = b.end()
    opens = list(_NP_OPEN.finditer(art.text, lo, comma))
    return art.text[opens[-1].start() : comma].strip() if opens else None


#: A deal named last in a clause, after "of": the noun an aside after the clause's comma tells of.
_OF_A_DEAL = re.compile(
    r"\bof\s+(?P<deal>(?:the|its|this|a)\s+(?:[\w-]+\s+){0,2}?(?:" + _TRUCE_NAMES + r"|agreement|deal|accord))\s*\Z", re.I
)


#: The opening of an aside: ", which", ", who", ", originally planned", ", due".
#: (or a noun apposed to the subject: ", the second of three phases agreed last year,")
_ASIDE_OPEN = re.compile(rf",\s+(?:{_ASIDE_HEAD}|(?:the|a|an)\s)", re.I)


def _around_aside(art: Document, s_start: int, keyword: tuple[int, int], close: re.Match[str], d_start: int) -> str | None:
    """The subject before an aside that holds the step word, with the clause after the aside up to the
    date's preposition ("The withdrawal is now expected"), when the subject names a step itself."""
    opened = [o for o in _ASIDE_OPEN.finditer(art.text, s_start, keyword[0]) if "," not in art.text[o.end() : keyword[0]]]
    if not opened or close.group().strip() != "," or _CLAUSE_GAP.search(art.text, close.end(), d_start):
        return None
    subject = art.text[s_start : opened[-1].start()].strip(" ,;:")
    if not _step_words(art, s_start, opened[-1].start()) or len(subject.split()) > 8:
        return None
    end = _prep_start(art.text, _DUE_PREP.search(art.text, max(s_start, d_start - 20), d_start), d_start)
    told = art.text[close.end() : end].strip(" ,;:")
    return f"{subject} {told}" if told else None


#: Forces as the doer or the object of a clause: "the Marines will be based in Darwin from April".
_FORCE_NORMS = PERSONNEL | UNITS | frozenset(("army", "military", "mission", "navy", "guards", "police"))


def _what_forces(art: Document, s_start: int, d_start: int) -> str | None:
    """A clause told ahead in which forces undergo a step or are its object, whatever its verb ("the
    peacekeepers will be replaced by police units on July 1", "Marines will be based in the port from
    August", "will ship 300 soldiers to the island in June"): a step of a presence, due that day."""
    start = _clause_begin(art.text, s_start, d_start)
    end = _prep_start(art.text, _DUE_PREP.search(art.text, max(start, d_start - 20), d_start), d_start)
    if not _forces_undergo(art, start, end):
        return None
    what = _LEADING_LINK.sub("", art.text[start:end].strip(" ,;:"))
    return what if len(what.split()) >= 3 else None


#: A force's count told as a level ("troop levels", "the number of troops", "troop numbers") that a
#: verb brings to a number: "will fall to about 1,000", "will drop below 2,000", "be cut to 500".
_FORCE_LEVEL = re.compile(
    r"\b(?:troop|force)\s+(?:levels?|numbers|strength|count)\b|\b(?:number|numbers|level|levels)\s+of\s+(?:[\w-]+\s+){0,2}?"
    r"(?:troops|soldiers|forces|personnel|peacekeepers)\b",
    re.I,
)
_LEVEL_VERB = re.compile(
    r"\s+(?:fall|drop|shrink|decline|dip|go\s+down|come\s+down|be\s+(?:reduced|cut|brought\s+down|lowered|trimmed))"
    r"\s+(?:to|below|under)\s+(?:about\s+|around\s+|roughly\s+|fewer\s+than\s+|less\s+than\s+)?\d",
    re.I,
)


def _forces_undergo(art: Document, start: int, end: int) -> bool:
    """Whether the clause start:end tells ahead a step forces undergo or are the object of."""
    modal = _MODAL.search(art.text, start, end)
    if modal is None or speech.SAYING_WORD.search(art.text, start, modal.start()):
        return False
    if _FORCE_LEVEL.search(art.text, start, modal.start()) and _LEVEL_VERB.match(art.text, modal.end()):
        return True  # "US troop levels in Iraq will drop below 2,000": a drawdown to a level, due then
    if not any(t.norm in _FORCE_NORMS for t in art.tokens_in(start, end)) or art.triggers_in(start, end):
        return False  # no force, or an attack told ("the army will attack the town on Monday"): no step
    after = art.tokens_in(modal.end(), end)
    undergo = any(
        t.norm in ("be", "been") and any(lemma_form(x.norm)[1] in ("ed", "past") for x in after[k + 1 : k + 3])
        for k, t in enumerate(after)
    )
    # not forces doing something else ("the army will release its report"): no step of theirs
    return undergo or any(t.norm in _FORCE_NORMS for t in after)


def mention_due(art: Document, d: DateMention) -> str:
    """The due date the rules would give a resolved date mention (for the learned layer, learned.py)."""
    return _due(art, _year_ahead(art, d))


def readings_in(art: Document, i: int) -> list[tuple[DateMention, str]]:
    """Every date of sentence ``i`` as the rules resolve it (a yearless date ahead, a stretch counted
    from its anchor, "this year" as the year), with the due the rules would give it, and a yearless
    date's year as the date finder told it (for benchmarks/train_due.py's readings of a due)."""
    s = art.sentences[i]
    told = art.dates_in(s.start, s.end)
    dates = _after_the_saying(art, [_year_ahead(art, d) for d in told])
    if any(u in s.text for u in UNIT_WORDS):
        dates = sorted([*dates, *_spans_ahead(art, s.start, s.end)], key=lambda d: d.start)
    out = []
    for d in (_whole_period(art, d) for d in anchored(art, i, dates)):
        if d.span is None or d.kind == "since" or art.in_dateline(d.start):
            continue
        out.append((d, _due(art, d)))
    for d in told:
        if d.span is not None and d.kind != "since" and not art.in_dateline(d.start):
            out.append((d, _due(art, d)))
    return out


def step_clause(art: Document, i: int, d: DateMention) -> str | None:
    """The step a date in sentence ``i`` bounds, by the rules' own clause finders (for learned.py)."""
    s = art.sentences[i]
    spans = [(o.start, o.end) for o in art.dates_in(s.start, s.end)]
    what = (
        _what_or_after(art, s.start, s.end, d, spans)
        or _what_fronted(art, d.end, s.end)
        # the clause before the date's preposition: "will be cut to 2,500 by" is told without its "by"
        or _clause(art, s.start, s.end, _prep_start(art.text, _DUE_PREP.search(art.text, max(s.start, d.start - 20), d.start), d.start), d.end)
    )
    if what is None:
        return None
    what = _time_clause(what)
    what = _BOUND_WORD_LEFT.sub("", what) if len(what.split()) > 3 else what  # as the rules' own reading does
    return _BOUND_LEFT.sub("", what) or what


_RELEASE = re.compile(r"\b(?:releas|free)", re.I)


def plan_may_bound(art: Document, i: int, d: DateMention, what: str, on_topic: bool = False) -> bool:
    """Whether a date the rules did not take may still bound the step ``what`` of sentence ``i``, by
    the rules' own policy (for learned.py's additions): a plan still ahead of the report (an undated
    page: not years older than its latest date, nor what its rules read as history or a saying's
    day), about forces, missions, truces or an agreement (its sentence or the two before it; anywhere
    ``on_topic``, a story the rules already found a commitment in), in no exercise, not negated, not
    asked, and a release only of captives."""
    return not plan_refusals(art, i, d, what, on_topic, every=False)


def plan_refusals(
    art: Document,
    i: int,
    d: DateMention,
    what: str,
    on_topic: bool = False,
    every: bool = True,
    weighed: frozenset[str] | None = None,
) -> tuple[str, ...]:
    """Why plan_may_bound refuses a date: every reason (``every``), else the first found; none when it
    may bound the step (a learned layer may weigh the reasons as features rather than vetoes).
    ``weighed``: the reasons such a layer weighs; given, the reasons stop at the first other one, which
    refuses the date whatever follows."""
    assert d.span is not None
    s = art.sentences[i]
    out: list[str] = []

    def settled() -> bool:  # a reason no layer weighs is found: the date is refused, nothing more to read
        return weighed is not None and not weighed.issuperset(out)

    out += _time_refusals(art, s, d)
    if out and out[-1] in ("past", "old") and not settled():
        for why in _done_refusals(art, i, d, what):
            out.append(why)
            if settled():
                break
    checks = (
        *_unread_checks(art, i, d, on_topic),
        ("negated", lambda: _negated_plan(what) and not _not_until(art, s.start, d)),
        ("release", lambda: bool(_RELEASE.search(what)) and not _CAPTIVES.search(art.text, s.start, s.end)),
        # (a step told done in its own aside after the reference is kept for _referenced_done to label)
        ("reference", lambda: _told_as_reference(what) and not _done_after_reference(what)),
        ("said_day", lambda: _said_beside_own_day(art, s, d, what)),
        # "the summit on the withdrawal will be held on April 3": a gathering's own day, as the rules read it
        ("meeting", lambda: _meeting_on_a_step(Milestone(what=what, due="", evidence=s.text))),
        # "The election will be held on July 1", "the general, who will retire in September", "will hold a
        # parade on July 14", "the chiefs will speak again on Monday": a ballot, a person's own day, an occasion or
        # a talk told by its verb that names no step, as the rules keep none
        ("gathering", lambda: ((_own_occasion(what) or _TALKING.search(what) is not None) and _names_no_step(what)) or _gathering_lasts(what)),
        # "the two sides will hold a review meeting in the capital in May", "parliament is to vote on a new
        # commander on June 12", "will send envoys for talks": a meeting, a vote or talks named anywhere in a
        # clause that names no step is the gathering's own day, however the finder scores its surroundings
        ("meeting", lambda: _meeting(what)),
        # "a company of marines will sail north for winter training next month": forces moved for an exercise
        # come back after it, no step of a presence (one that leaves, hands over or ends a term stays)
        ("exercise", lambda: _FOR_TRAINING.search(what) is not None and not _kinds(what) - {"deploy", "arrive"}),
        # "the minister will visit the base on Friday": a visit that names no step, as the rules keep none
        ("visit", lambda: _visit(what)),
        # "the rebels said they would stage new attacks on the base by March": a threat, no step
        ("attack", lambda: _attack_planned(what)),
        ("considered", lambda: _considered(what, s.text)),
        # the rules' own last looks at a plan (find_milestones): arms bought or money spent by a date, civil
        # life's plans (not their look for a bound party, which this layer exists to widen: "will hand Ain
        # al-Asad over" with no force named)
        ("procured", lambda: _procured(what, s.text)),
        ("civil", lambda: _civil_plan(what)),
        ("pastime", lambda: _PASTIME.search(s.text) is not None),
        # "the war entered its third year on Monday": an age told, no step
        ("age", lambda: _AGE_TOLD.search(what) is not None),
        ("refuted", lambda: events.refuted_report(art.text, art.sentences, i)),
        # "The pullout, first set for March, was pushed back to June": the first date, superseded in its sentence
        ("superseded", lambda: _first_date_superseded(art, d, art.dates_in(s.start, s.end))),
    )
    for name, refuses in checks:
        if (out and not every) or settled():
            break
        if refuses():
            out.append(name)
    return tuple(out)


#: Training or an exercise as the purpose a clause moves forces for: "sail north for winter training", "fly
#: in for joint drills" (not "a training mission", a presence of its own, nor "training of the army").
_FOR_TRAINING = re.compile(
    r"\bfor\s+(?:(?:a|an|the|their|its)\s+)?(?:[\w-]+\s+){0,2}?(?:training|" + EXERCISES + r")\b(?!\s+(?:mission|of)\b)", re.I
)
#: A ballot: "the election will be held", "the referendum is set for" (not a council's vote on a mission).
_BALLOT = re.compile(r"\b(?:elections?|polls|referendum|ballot)\b", re.I)
#: A step's clause that is a relative clause on a person: "who will retire", "who is to step down".
_WHO_CLAUSE = re.compile(r"\s*who(?:m|se)?\b", re.I)


def _own_occasion(what: str) -> bool:
    """A plan's clause is a ballot, an occasion (a trial, a parade) or a person's own day."""
    return _BALLOT.search(what) is not None or _OCCASION.search(what) is not None or _WHO_CLAUSE.match(what) is not None


def _time_refusals(art: Document, s: Sentence, d: DateMention) -> list[str]:
    """plan_refusals' first reasons: a date asked about, and one told as past (or an undated page's history).
    Remembered per article (a date the learned layer does not refuse at once is asked about again by its
    policy); the list is shared: read it, never change it."""
    read = _read_of(art)
    key = ("time_refusals", s.start, s.end, d)
    found = read.get(key)
    if found is None:
        found = read[key] = _time_refusals_read(art, s, d)
    return found  # type: ignore[return-value]


def _time_refusals_read(art: Document, s: Sentence, d: DateMention) -> list[str]:
    assert d.span is not None
    out = []
    if asked(s.text):
        out.append("asked")  # "Will the relocation be completed by 2026?": a date asked about (or an outside guess)
    if art.published is not None:
        if d.span.start <= art.published or _sentence_year(art, s, d).span.start <= art.published:  # type: ignore[union-attr]
            out.append("past")  # a date told as past or today: the saying's day or history, not a plan
        if _long_stretch_gone(art, d):
            out.append("vague")  # "earlier this year": months gone by, no day of a step nor one the report confirms
    elif d.span.end.year < _latest_year(art, []) - _OLD_YEARS or _history_undated(art, s, d):
        out.append("old")  # an undated page's history: years before its latest date, or told as such
    return out


def _unread_checks(
    art: Document, i: int, d: DateMention, on_topic: bool
) -> tuple[tuple[str, Callable[[], bool]], ...]:
    """plan_refusals' checks of the sentence and the date that read nothing of the step's clause, in its order."""
    s = art.sentences[i]
    return (
        ("off_topic", lambda: not (on_topic or _about_security(art, i, {}) or _about_a_deal(art, i))),
        ("exercise", lambda: _exercise_planned(art, s)),
        ("gathering", lambda: _gathering_day(art, s.start, d)),
        ("talks", lambda: bool(_TALKS_START.search(art.text, max(s.start, d.start - 160), d.start))),
        # "will disarm within 90 days of its signing on October 23": the day the stretch counts from, as the rules read it
        ("anchor", lambda: anchors_stretch(art, d, _dates_before(art, s, d))),
    )


def refused_unread(art: Document, i: int, d: DateMention, on_topic: bool, weighed: frozenset[str]) -> bool:
    """Whether plan_refusals refuses the date, given the reasons ``weighed``, for a reason other than those
    by what it reads before the step's clause: a date asked about, told as past or as history, off topic, of
    an exercise, of a gathering or of talks. Each of these it finds too, unless a reason found before it
    already refuses the date; so a caller that only asks whether the date is refused need not find the
    step's clause, the costliest part (most dates of a story of no plan are refused here)."""
    s = art.sentences[i]
    told = _time_refusals(art, s, d)
    if not weighed.issuperset(told):
        return True
    if told and told[-1] in ("past", "old"):
        # a step told as done must have a step word and a force, mission or truce of its own
        # (_done_refusals): a sentence with neither a step's lemma nor the opening of a truce's name
        # holds no step in any clause of it, and one with no word of forces is refused whatever its clause
        lems = art.lemmas[art.token_index(s.start) : art.token_index(s.end)]
        if _DONE_STEP_LEMMAS.isdisjoint(lems) and not _TRUCE_OPENS.search(art.text, s.start, s.end):
            return True
        if _SECURITY.search(art.text, s.start, s.end) is None:
            return True
    return any(name not in weighed and refuses() for name, refuses in _unread_checks(art, i, d, on_topic))


def _said_beside_own_day(art: Document, s: Sentence, d: DateMention, what: str) -> bool:
    """The date is the day the step was told, and the step's clause gives a day of its own: "the truce
    ended on March 1, mediators said on Monday", "is due to expire on June 20, officials said on Friday"."""
    at = s.text.find(what) if what else -1
    if at < 0 or not said_on(art, d):
        return False
    lo, hi = s.start + at, s.start + at + len(what)
    return not lo <= d.start < hi and any(o.span is not None for o in art.dates_in(lo, hi))


#: An agreement or one of its stages: what binds a plan whoever it binds.
_DEAL = re.compile(r"\b(?:agreement|deal|accord|pact|phase)s?\b", re.I)


#: How many sentences back a deal named lends its terms to a dated clause: a deal's story often tells
#: its reactions (praise, prices, welcomes) before its stages, one sentence a paragraph.
_DEAL_REACH = 5


def _about_a_deal(art: Document, i: int) -> bool:
    """The sentence, or one of the five before it, names an agreement or its stage: a deal's terms are
    commitments whatever they bind ("the grain pact ... Its first stage ends on 30 June"), as the
    GUIDE's milestone is any commitment, deadline or plan with a due date."""
    return _DEAL.search(art.text, art.sentences[max(0, i - _DEAL_REACH)].start, art.sentences[i].end) is not None


def _history_undated(art: Document, s: Sentence, d: DateMention) -> bool:
    """What an undated page's rules read as history or a saying's day, whatever the year: "until
    <year>" in a clause told in the past ("remained under the army's control until October 2017"), or
    a date fronted before "<someone> said ... would <step>" ("Speaking on 4 April 2031, the general
    said the brigade would withdraw": the day of the saying)."""
    if _until_year(art, s, d) and (told_past("clause", art.text, s.start, d.start) or _stretch_gone_by(art, s, d)):
        return True
    m = _FRONTED.match(art.text, d.end, s.end)
    modal = _MODAL.search(m.group("c")) if m else None
    return m is not None and modal is not None and _said_before(art, m, m.group("c"), modal)


#: Before a closing year, the year a stretch opens on: "from 2004 until", "from March 2012 through".
_FROM_YEAR = re.compile(
    r"\bfrom\s+(?:(?-i:[A-Z])[a-z]+\s+)?(?:19|20)\d\d\s+(?:until|till|through)\s+(?:at\s+least\s+)?(?:the\s+end\s+of\s+)?$", re.I
)


def _stretch_gone_by(art: Document, s: Sentence, d: DateMention) -> bool:
    """ "guards accused of abuses from 2004 until 2011": a stretch both of whose years are told, in a
    sentence that tells deeds in the past and no plan before it, is a time gone by, not a deadline."""
    opened = _FROM_YEAR.search(art.text, max(s.start, d.start - 40), d.start)
    # the stretch's own clause ("Parliament extended the mandate, which now runs from 2026 until 2028" runs now)
    return opened is not None and told_past("deed", art, _clause_begin(art.text, s.start, opened.start()), d.start)


def _until_year(art: Document, s: Sentence, d: DateMention) -> bool:
    """``d`` names a year and bounds a stretch: "until October 2017", "through 31 December 2026"."""
    return bool(YEAR_TOLD.search(art.text, d.start, d.end) and _UNTIL.search(art.text, max(s.start, d.start - 12), d.start))


def _said_before(art: Document, m: re.Match[str], clause: str, modal: re.Match[str]) -> bool:
    """A fronted date's ``clause`` (group "c" of ``m``) says or pledges before its ``modal``: the
    date is the saying's day ("On March 3, 2030, the minister said the troops would leave")."""
    return bool(speech.SAYING_WORD.search(clause, 0, modal.start()) or _pledged(art, m.start("c"), m.start("c") + modal.start()))


def _done_refusals(art: Document, i: int, d: DateMention, what: str) -> Iterator[str]:
    """What a step told as done must have of its own, whoever weighs the time refusal: a step word
    in its clause (a withdrawal, a handover, a deployment, a truce's start or end: not "in a
    statement" nor "the bank cut rates"), and a force, mission or truce in its own sentence (a story
    of commitments lends its topic to a plan ahead, never to a past act of someone else). Yielded one
    by one: a caller that needs no more stops reading them."""
    s = art.sentences[i]
    at = s.text.find(what) if what else -1
    lo, hi = (s.start + at, s.start + at + len(what)) if at >= 0 else (s.start, s.end)
    step = _done_step(art, lo, hi)
    if not step and not _TRUCE_WORD.search(art.text, lo, hi):
        yield "done_no_step"  # "the truce took effect": a truce's start or end is a step too
    elif not step and _BROKEN_TRUCE.search(art.text, lo, hi):
        yield "done_violation"  # "accused the militia of breaching the truce by shelling the town": no start or end
    elif not step and _TRUCE_HELD.search(art.text, lo, hi):
        yield "done_held"  # "the truce held for 72 hours from Friday to Monday": its time so far, no start or end
    if _SECURITY.search(art.text, s.start, s.end) is None and not (
        # "U.S. forces are leaving Syria. The move follows the closure of ...": the move is the step before
        i > 0 and _THE_MOVE.match(s.text) and _SECURITY.search(art.text, art.sentences[i - 1].start, art.sentences[i - 1].end)
    ):
        yield "done_no_force"
    if _STARTED_SINCE.search(art.text, max(s.start, d.start - 120), d.start):
        yield "done_reference"  # "violations since the truce took effect on <day>": a reference point, no news
    if d.span is not None and art.published is not None and (art.published - d.span.end).days > _RECENT_DAYS:
        yield "done_long_ago"  # a mission begun years ago is background, not news of a step
    if _AHEAD.search(what):
        yield "done_ahead"  # "under the deal that took effect on Monday, the fighters are to pull back"
    if _TALKS_ENDED.search(what):
        yield "done_talks"
    if _LEFT_TOLL.search(art.text, lo, hi):
        yield "done_toll"  # "the clash left two soldiers dead on Sunday": a toll, no one went anywhere
    if _SENT_FORCES.search(what) and not _TO_BE_SENT.search(what) and not _DEAL_BESIDE.search(art.text, s.start, s.end):
        yield "done_sent"  # "deployed 1,000 soldiers to the province on Monday": forces sent, no step of a deal
    if _retreat(art, s, lo, hi):
        yield "done_retreat"  # "the army withdrew from the town as the rebels advanced": a battle's turn  # "talks on the withdrawal ended on Thursday": the talks ended, no force moved


#: A sentence that opens on the step the one before it told, by a noun that names no step of its own: "The move".
_THE_MOVE = re.compile(r"(?:the|this|that)\s+(?:move|step|decision)\b", re.I)


#: A truce named only as what a clause broke: "violating the ceasefire", "a breach of the truce".
_BROKEN_TRUCE = re.compile(
    r"\b(?:violat(?:e|es|ed|ing|ions?)|breach(?:es|ed|ing)?|broke|break(?:s|ing)?|flout(?:s|ed|ing)?)\s+"
    r"(?:of\s+)?(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w’'-]+\s+)?(?:" + _TRUCE_NAMES + r")\b",
    re.I,
)
#: A truce told as holding: "the truce held for a fourth day", "a ceasefire that has largely held".
_TRUCE_HELD = re.compile(
    r"\b(?:" + _TRUCE_NAMES + r")\b" + IN_CLAUSE + r"{0,40}?\b(?:held|holds|holding|lasted|survived|endured)\b", re.I
)
#: A toll told with "left": "left two soldiers dead", "left at least four people wounded" (not "left the base").
_LEFT_TOLL = re.compile(
    r"\bleft\s+(?!(?:the|their|its|his|her|a|an|behind)\b)(?:[\w’'-]+\s+){1,3}?(?:dead|wounded|injured|hurt)\b", re.I
)


#: A step told as still ahead: a past date in its sentence is some other act's day, not the step's.
_AHEAD = re.compile(
    rf"\b(?:{_WILL}|(?:is|are|was|were)\s+(?:(?:due|set|expected|scheduled|going|slated)\s+)?to|"
    r"(?:planned|intends?|intended)\s+to|to\s+be)\s+(?:\w+\s+){0,2}?\w",
    re.I,
)
#: Talks or a meeting that ended: what ended is the talking, whatever step it was about.
_TALKS_ENDED = re.compile(
    r"\b(?:talks|negotiations|discussions|consultations|meetings?|summit|session|conference)\b"
    r"(?:\s+[\w’'-]+){0,6}?\s+(?:ended|concluded|closed|finished|adjourned|collapsed|broke\s+(?:down|up|off)|wrapped\s+up)\b",
    re.I,
)


#: Step words that name no step done on their day: an extension's day is the decision's (its step
#: is the new end), guarding or patrolling is a duty, not a step taken.
_NOT_DONE_ON_THE_DAY = inflected_lemmas(words("extend extension renew guard protect patrol command participate"))
#: An arrival is a step only of forces named just before it (_ARRIVING: not "the envoy arrived").
_ARRIVE = inflected_lemmas(words("arrive"))
#: Before a step word, these make it a noun ("the handover ceremony", "talks on the withdrawal").
_NOMINAL = frozenset(words("the a an its their his her our this that these those on of for about over"))
#: Forces that moved into or over a line or place: "the army entered the town", "the last convoy
#: crossed the border": a deployment's or a withdrawal's step on its day.
_MOVED_ACROSS = frozenset(map(lemma, words("enter entered cross crossed")))
#: Forces carried off a place: "flown out", "airlifted home", "shipped back".
_CARRIED = frozenset(map(lemma, words("fly flew flown airlift airlifted ship shipped ferry ferried")))
_CARRIED_OFF = frozenset(("out", "home", "back"))


#: Every lemma _done_step reads a step at: a span whose words have none of them tells no step done.
_DONE_STEP_LEMMAS = STEP_LEMMAS | frozenset(_PHRASAL_STEP) | {"hand"} | _CARRIED | _MOVED_ACROSS


def _done_step(art: Document, lo: int, hi: int) -> bool:
    """A step taken on its day is told between lo and hi, as a verb: a step lemma (steps.py) but
    those of _NOT_DONE_ON_THE_DAY and not as a noun, a phrasal step with its particle ("pulled
    out"), something handed on, forces carried off. Stricter than _step_words, whose cues of a plan
    ahead ("runs", "remain", "signed") name no step done."""
    toks, lems = art.tokens, art.lemmas
    for i in range(art.token_index(lo), min(len(toks), art.token_index(hi))):
        lem = lems[i]
        if i > 0 and toks[i - 1].norm in _NOMINAL:
            continue
        if (
            (
                lem in STEP_LEMMAS
                and lem not in _NOT_DONE_ON_THE_DAY
                and (lem not in _ARRIVE or _ARRIVING.search(art.text, max(lo, toks[i].start - 60), toks[i].start))
            )
            or (lem in _PHRASAL_STEP and _particle(art, i, _PHRASAL_STEP[lem]))
            or (lem == "hand" and _HAND.intersection(t.norm for t in toks[i + 1 : i + 8]))
            or (lem in _CARRIED and _particle(art, i, _CARRIED_OFF))
            or lem in _MOVED_ACROSS
        ) and _told_as_done(art, i):
            return True
    return False


#: The past forms of the step verbs (steps.py, _PHRASAL_STEP, _CARRIED) that do not end in "-ed".
_IRREGULAR_PAST = frozenset(words("left withdrew withdrawn drew drawn stood wound fell fallen flew flown took taken"))


def _told_as_done(art: Document, i: int) -> bool:
    """The step verb at token ``i`` is told as done: a past or perfect ("left", "have withdrawn") or a
    past progressive ("were leaving"); not a present ("the troops leave on Wednesday" may be a day
    ahead) nor a bare participle ("began deploying its reserves in assaults")."""
    norm = art.tokens[i].norm
    if norm.endswith("ing"):
        return i > 0 and art.tokens[i - 1].norm in ("was", "were")
    return norm.endswith("ed") or norm in _IRREGULAR_PAST


#: A negation and the word it negates, past auxiliaries and adverbs: "will not fully withdraw",
#: "has not yet left", "won't be leaving", "no plans", "no longer intends".
#: A plan told as what someone denied: "denied that", "dismissed reports that", "rejected claims that".
_DENIED = re.compile(
    r"\b(?:den(?:y|ies|ied)|dismiss(?:es|ed)?|reject(?:s|ed)?|refut(?:e|es|ed))\s+(?:as\s+[\w-]+\s+)?"
    r"(?:(?:the\s+|an?\s+|media\s+|press\s+|news\s+|newspaper\s+)*(?:reports?|claims?|speculation|rumou?rs?|suggestions?|allegations?)\s+)?that\b",
    re.I,
)
_NEGATION_HEAD = re.compile(
    r"(?:\b(?P<neg>not|never|no(?:\s+longer)?)\b|n['’]t\b)"
    r"(?:\s+(?:be|been|being|have|has|yet|so|even|\w+ly))*\s+(?P<head>\w+)",
    re.I,
)
#: What a negated plan has negated: its commitment ("no plans", "not expected", "never agreed").
_COMMIT_LEMMAS = frozenset(map(lemma, _FUTURE_WORDS)) | frozenset(map(lemma, words("intention set slated promise pledge")))
#: The heads a plan's negation negates: its step (a phrasal one too: "not pull out", "not hand over") or its commitment.
_NEGATED_HEADS = STEP_LEMMAS | frozenset(_PHRASAL_STEP) | frozenset(("hand",)) | _COMMIT_LEMMAS
#: The plan as the object of a negated verb: "will not affect the plans", "did not change its timetable".
_PLAN_OBJECT = re.compile(
    r"\s+(?:(?:the|its|their|this|that|these)\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:plans?|timetable|timeline|schedule|deadline|roadmap)\b",
    re.I,
)


#: A step in a clause of time after a negated verb ("will not stay once the mission ends", "won't be part
#: of it when the truce expires"): the negation is its main clause's, the step's clause is told as it is
#: (the clause, from its subject on, is the step's "what").
_SUBORDINATE_STEP = re.compile(
    r"\b(?:once|when|after|as\s+soon\s+as)\s+(?P<clause>(?:the|its|their|a|an)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:mission|mandate|truce|ceasefire|deployment|operation|force|presence)\s+(?:\w+ly\s+)?"
    r"(?:ends|expires|concludes|is\s+over|runs\s+out|winds\s+down|leaves|withdraws)\b)",
    re.I,
)


#: A force named after a negated verb, with a plan of its own in a relative clause: "will not join a
#: regional force that will remain for a year", "won't join the mission, which is to deploy".
_RELATIVE_PLAN = re.compile(
    r"\b(?P<clause>(?:a|an|the|its|their)\s+(?:[\w’'()-]+\s+){0,4}?(?:force|forces|mission|contingent|coalition|deployment)"
    r",?\s+(?:that|which)\s+(?:will|would|shall|(?:is|are)\s+(?:set\s+|due\s+|expected\s+|scheduled\s+)?to)\s)",
    re.I,
)


def _time_clause(what: str) -> str:
    """The step's own clause when a negated verb governs the clause before it: a clause of time ("will
    not join the force once the mission ends") or a force with a plan of its own ("will not join a
    force that will remain for a year"). The negation is the main clause's; the step is the other."""
    for m in _NEGATION_HEAD.finditer(what):
        if (sub := _SUBORDINATE_STEP.search(what, m.end()) or _RELATIVE_PLAN.search(what, m.end())) is not None:
            return what[sub.start("clause") :]
    return what


#: A clause cut just before its date's words: a modal or "to" whose verb opens the stretch ("is expected
#: to | last three months", "will | take six months"), or a part of the time ("will leave early | next month").
_CUT_VERB = re.compile(r"\s(?:to|will|would|shall|should|must|can|could|may)$", re.I)
_CUT_PART = re.compile(r"(?:\s+(?:or|and))?\s+(?:early|late|mid)$", re.I)
_STRETCH_VERB = re.compile(r"(?:take|takes|last|lasts)\b", re.I)


def _whole_verb(art: Document, what: str, d: DateMention) -> str:
    """The step's clause with the verb its date's words took from it, and without a part of the time."""
    if _CUT_VERB.search(what) and (verb := _STRETCH_VERB.match(art.text, d.start)):
        return f"{what} {verb.group()}"
    return _CUT_PART.sub("", what)


#: "until" or "till" right before a date: "the unit won't be ready to deploy until late 2031" is ready then.
_UNTIL_BEFORE = re.compile(
    r"\b(?:until|till)\s+(?:at\s+least\s+|the\s+end\s+of\s+|late\s+|mid-?\s*|early\s+"
    # "will not leave until (after) the elections in October": the vote's date bounds the step
    r"|(?:after\s+)?the\s+(?:[\w-]+\s+)?(?:elections?|polls|vote|referendum)\s+(?:(?:set|scheduled|due)\s+(?:for\s+)?|in\s+|on\s+)?)?$",
    re.I,
)


def _not_until(art: Document, lo: int, d: DateMention) -> bool:
    """A negated step bounded by "until": "the brigade will not leave until June" leaves in June."""
    return _UNTIL_BEFORE.search(art.text, max(lo, d.start - 50), d.start) is not None


#: The words that set a step against a deadline gone by: "despite the", "past its", "weeks after the".
#: How far past a deadline a step is told: "weeks", "two months", "a month" (one unit, told singular).
_PAST_BY = r"(?:(?:(?:a\s+)?few|several|some|many|two|three|four|five|six)\s+)?(?:days|weeks|months)|(?:a|an|one)\s+(?:day|week|month)"
_AGAINST = r"(?:despite|(?:(?:" + _PAST_BY + r")\s+)?(?:after|past|beyond))\s+(?:the|its|their)"
#: A step told not done yet in the present perfect ("has still not left", "have not withdrawn"), whose
#: date is a deadline it is set against ("despite the September deadline"): the step is still pending
#: against that deadline, not a plan refused. "had not left by the deadline" is history; "did not" is
#: a past act.
_NOT_DONE_YET = re.compile(
    r"\bha(?:s|ve)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:\w+ly\s+)?(?:left|withdrawn|pulled\s+out|vacated|handed\s+over)\b"
    + IN_SENTENCE + r"{0,60}?\b" + _AGAINST + r"\s*$",
    re.I,
)
_DEADLINE_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?deadline\b", re.I)
#: A clause that tells a force gone in the simple past, with no modal, "to" or plan word before the
#: verb: "the troops left the country" (by September); not "were to leave", "agreed that they left".
_LEFT_BY = re.compile(
    r"^(?:(?!\b(?:will|would|shall|should|must|could|can|may|might|to|plan\w*|expect\w*|set|due|if|not|never|yet)\b)[^,;])*?"
    r"\b(?:left|withdrew|vacated|departed)\b(?!.*\b(?:will|would|to)\b)",
    re.I,
)
#: A deadline told met in the simple past, with no modal, "to", plan or negation before the verb: "the
#: troops met the June 30 deadline to leave the country" is a step done by then, not a plan due then.
_MET_DEADLINE = re.compile(
    r"^(?:(?!\b(?:will|would|shall|should|must|could|can|may|might|to|plan\w*|expect\w*|set|due|if|not|never|yet|failed|refused)\b)[^,;])*?"
    r"\b(?:met|beat)\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,4}?deadline\b",
    re.I,
)
#: A deadline gone by, told met in an apposition right after its date: ", a deadline they met", ", a target
#: that was met" (not ", a deadline they missed").
_MET_APPOSED = re.compile(
    r"\s*,\s*(?:a|the|which\s+was\s+a)\s+(?:deadline|target|date)\s+(?:(?:that|which)\s+)?(?:(?:they|it|he|she|we|the\s+\w+)\s+)?(?:\w+ly\s+)?"
    r"(?:met|kept|honou?red|respected|(?:was|were)\s+met)\b",
    re.I,
)
#: A step told done, then the deadline it met named after a comma: "left the country on Sunday, meeting the"
#: (September 15 deadline).
_MEETING_IT = re.compile(r"^(?P<step>[^;]*?\S)\s*,\s*(?:thus\s+|thereby\s+|so\s+)?meeting\s+(?:the|its|their)\s*$", re.I)
#: The words before a deadline's date that tell a step done ahead of it: "ahead of the" (June
#: deadline), "well before the deadline in" (June).
_AHEAD_OF_DEADLINE = re.compile(
    r"\b(?:(?:well|just|shortly|days|weeks|months)\s+)?(?:ahead\s+of|before)\s+(?:the|its|their)"
    r"(?P<noun>\s+(?:[\w-]+\s+)?deadline(?:\s+(?:in|of|on))?)?\s*$",
    re.I,
)
#: The end of a done step's clause that sets it ahead of its deadline: "ahead of the (withdrawal) deadline".
_AHEAD_OF_DEADLINE_END = re.compile(
    r",?\s+(?:(?:well|just|shortly|days|weeks|months)\s+)?(?:ahead\s+of|before)\s+(?:the|its|their)(?:\s+(?:[\w-]+\s+)?deadline)?(?:\s+(?:in|of|on))?$",
    re.I,
)


def _beaten_deadline(art: Document, lo: int, d: DateMention, what: str) -> str | None:
    """The clause ``what`` tells a step done ahead of the deadline ``d`` names, a deadline still ahead
    of the report ("the troops left the country ahead of the June deadline", "before the deadline in
    June"): the step without its deadline; None for a plan ("will leave ahead of the June deadline"),
    a deadline gone by, or a date that names no deadline ("left before June")."""
    if art.published is None or d.span is None or d.span.end < art.published:
        return None
    ahead = _AHEAD_OF_DEADLINE.search(art.text, max(lo, d.start - 50), d.start)
    if ahead is None or not (ahead.group("noun") or _NAMED_DEADLINE.match(art.text, d.end)):
        return None
    if not told_past("step", what) and not _completed_by_the_clause_before(art, lo, what):
        return None
    step = _AHEAD_OF_DEADLINE_END.sub("", what).strip(" ,")
    return step if len(step.split()) >= 3 else None


#: A clause that tells the whole step by the participle of its completion: "completing the withdrawal".
_COMPLETING = re.compile(r"(?:thereby\s+|so\s+|effectively\s+)?(?:completing|finishing|concluding|ending)\s+(?:the|its|their)\b", re.I)


def _completed_by_the_clause_before(art: Document, lo: int, what: str) -> bool:
    """ "The last troops left the base on Monday, completing the withdrawal": a participle of completion
    after a comma whose clause before tells a step done completes the step it names then."""
    if not _COMPLETING.match(what):
        return False
    at = art.text.find(what.split(" (")[0], lo)
    comma = art.text.rfind(",", lo, at) if at > lo else -1
    return comma > lo and not art.text[comma + 1 : at].strip() and told_past("step", art.text, lo, comma)


#: The words that set a step against its deadline, left at the end of its clause.
_SET_AGAINST = re.compile(r",?\s+" + _AGAINST + "$", re.I)
#: A step told pending: "has yet to leave", "have still not withdrawn" (not "left", a step done after its
#: deadline), or ground still held: "still hold five posts", "remain in the south".
_PENDING = re.compile(
    r"\bha(?:s|ve)\s+(?:yet\s+to|(?:still\s+)?not)\b|\bstill\s+(?:holds?|keeps?|occup(?:y|ies))\b|\b(?:remains?|stays?)\s+(?:in|at|on|inside)\b",
    re.I,
)
#: A deadline's preposition: "by", "before", "ahead of".
_BY_DEADLINE = r"(?:by|before|ahead\s+of)"
#: The same with the article that makes the date after it a name, before that date: "by the", "before its".
_BY_THE = re.compile(rf"\b{_BY_DEADLINE}\s+(?:the|its|their)\s+$", re.I)
#: The same right before a day that owns the deadline: "by" (Sunday's deadline).
_BY_BARE = re.compile(rf"\b{_BY_DEADLINE}\s+$", re.I)
#: The words that bound a step by the deadline its date names, left at the end of its clause: "by the".
_BOUND_BY_THE = re.compile(rf",?\s+(?:{_BY_DEADLINE}|until|till|within)\s+(?:the|its|their)$", re.I)
#: Words of the date's own phrase left at the end of a step's clause: "by the" (30th of September), "later" (this month).
_BOUND_WORD_LEFT = re.compile(
    r"\s+(?:by|until|till|before|no\s+later\s+than)(?:\s+the\s+(?:end|start|beginning|middle)(?:\s+of)?)?$"
    # a part of the month the date names: "will leave Lebanon in the first half of | May"
    r"|\s+(?:in|by|during|within)\s+the\s+(?:first|second|last|latter|early|final)\s+(?:half|part|week|weeks|days|fortnight)\s+of$",
    re.I,
)
_BOUND_LEFT = re.compile(r"\s+(?:(?:by|on|until|till|before)\s+the|later|earlier)$", re.I)
#: A clause's last words that only set it against the deadline its date names: "..., weeks after the".
_AGAINST_REST = re.compile(r"(?:" + _PAST_BY + r")\s+(?:after|past|beyond)\s+(?:the|its|their)", re.I)


#: A plan told after a step done by the same subject: "US troops | left Baghdad on Sep 28 | and | will leave
#: Erbil": the subject, the done step (a past verb of leaving or handing over), and the plan after "and".
_DONE_THEN_PLAN = re.compile(
    r"^(?P<subj>[^,;]{2,60}?)\s+(?:\w+ly\s+)?(?:left|withdrew|departed|handed|pulled|vacated|completed|finished|quit)\b"
    r"[^;]*?,?\s+and\s+(?P<plan>(?:will|is|are|plans?|intends?)\b[^;]*)$",
    re.I,
)


def _plan_after_done(what: str) -> str:
    """A plan's clause without the step done before it: "US troops left Baghdad on Sep 28 and will leave
    Erbil" is the plan "US troops will leave Erbil" (the step done is a milestone of its own)."""
    m = _DONE_THEN_PLAN.match(what)
    return f"{m.group('subj')} {m.group('plan')}" if m else what


#: A force told to stay in a place past a deadline: "X will keep troops in the south" (beyond the
#: January 26 deadline), "the brigade plans to remain at the airport" (past its deadline).
_KEPT_IN = re.compile(
    r"^(?P<subj>[^,;]{2,60}?)\s+(?:will|would|plans?\s+to|intends?\s+to|(?:is|are)\s+(?:set|expected|going)\s+to|wants?\s+to)\s+"
    r"(?:(?:keep|maintain|leave)\s+(?:\w+\s+){0,3}?(?:troops|forces|soldiers|units|personnel|positions|posts)|stay|remain)\s+"
    r"(?P<place>(?:in|at|on|inside)\s+[^,;]{2,60})$",
    re.I,
)
_AGAINST_BEFORE = re.compile(r"\b" + _AGAINST + r"\s+$", re.I)


def _withdrawal_kept_past(art: Document, lo: int, d: DateMention, what: str | None) -> str | None:
    """A force told to stay somewhere beyond or despite a deadline its date names ("X will keep troops in
    the south beyond the January 26 deadline") tells that its withdrawal from there will be late: the
    deadline bounds that withdrawal ("X to withdraw from the south"), not a plan to stay due that day.
    The stay is read from the clause before the words that set it against the deadline, so a label that
    runs on past the date ("... after the May 3 deadline for its pullout"), or none at all (kept posts
    name no force for the other readers), still gives the withdrawal."""
    against = _AGAINST_BEFORE.search(art.text, max(lo, d.start - 40), d.start)
    if against is None:
        return what
    stay = art.text[_clause_begin(art.text, lo, against.start()) : against.start()].strip(" ,")
    if not stay.strip(" \"“”'") and (named := _NAMED_DEADLINE.match(art.text, d.end)) is not None:
        # "Despite the May 3 deadline, X will keep troops in Y": the deadline fronted, the stay after its comma
        after = _FRONTED_STAY.match(art.text, named.end())
        stay = after.group("stay") if after else stay
    kept = _KEPT_IN.match(stay)
    if kept is None:
        return what
    place = re.sub(r"^(?:in|at|on|inside)\s+", "", kept.group("place"), flags=re.I)
    # "at five hilltop posts inside the south": the posts kept are what remains of the ground to leave
    place = _POSTS_IN.sub("", place)
    said = _SAID_IT.match(kept.group("subj"))  # "X said on Sunday it would keep ...": X stays
    return f"{said.group('who') if said else kept.group('subj')} to withdraw from {place}"


#: The clause after a fronted deadline's comma, up to the next clause break: ", the army will keep five
#: posts in the valley" (, officials said).
_FRONTED_STAY = re.compile(r"\s*,\s+(?P<stay>[^,;:.()“”\"]{5,140}?)\s*(?=[,;:.()“”\"]|$)")


#: Posts told inside the ground they stand on: "five hilltop posts inside" (the south).
_POSTS_IN = re.compile(r"^(?:[\w-]+\s+){0,3}?(?:posts|positions|outposts|bases|points)\s+(?:in|inside|on|across|along)\s+", re.I)
#: A speaker who tells its own stay: "the army said on Sunday that it" (would keep troops ...).
_SAID_IT = re.compile(
    r"^(?P<who>[^,;]{2,50}?)\s+(?:said|says|announced|confirmed|stated)\b(?:\s+\w+){0,3}?\s+(?:that\s+)?(?:it|they)$", re.I
)


#: Ground held whose leaving a relative clause tells, its object left as a gap: "the army still holds
#: posts (that) it was meant to leave", "occupy three towns they were due to hand over".
_HELD_TO_LEAVE = re.compile(
    r"^(?P<subj>[^,;]{2,60}?)\s+(?:still\s+)?(?:holds?|keeps?|occup(?:y|ies)|controls?|mans?)\s+"
    r"(?P<ground>(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:that\s+|which\s+)?(?:it|they|he|she)\s+"
    r"(?:was|were|had\s+been|is|are)\s+(?:meant|supposed|due|set|expected|required|obliged)\s+to\s+"
    r"(?P<verb>leave|vacate|quit|hand\s+over|hand\s+back|give\s+up|withdraw\s+from|pull\s+out\s+of)$",
    re.I,
)


def _gap_step(what: str) -> str:
    """ "The army still holds posts it was meant to leave" (by March 9): the step is leaving that ground,
    whose words stand before the relative clause that leaves them out ("The army to leave the posts")."""
    m = _HELD_TO_LEAVE.match(what)
    if m is None:
        return what
    ground = m.group("ground")
    if not re.match(r"(?:the|its|their|his|her|those|these|all)\s", ground, re.I):
        ground = f"the {ground}"
    return f"{m.group('subj')} to {m.group('verb')} {ground}"


#: A relative clause opener a step's clause may begin with: "where it aims to finish" (by November).
_RELATIVE_OPEN = re.compile(r"(?:where|in\s+which|during\s+which|under\s+which|by\s+which)\s", re.I)
#: A phase or step a relative clause may refer back to: "the second phase of its pullout".
_PHASE_OR_STEP = re.compile(r"\b(?:phase|stage)s?\b|\b" + _STEP_NOUN + r"\b", re.I)


def _with_antecedent(art: Document, lo: int, d: DateMention, what: str) -> str:
    """A step's clause that is a relative clause alone ("where it aims to finish") says nothing of the step;
    when the clause it hangs on names a phase or a step ("began the second phase of its pullout from the
    districts, where it aims to finish by November"), the label reads from that clause on."""
    if not _RELATIVE_OPEN.match(what):
        return what
    at = art.text.rfind(what, lo, d.start)
    if at < 0 or not art.text[lo:at].rstrip().endswith(","):
        return what
    head = art.text[_clause_begin(art.text, lo, at - 2) : at].strip(" ,")
    if not head or len(head) > 120 or not _PHASE_OR_STEP.search(head):
        return what
    return f"{head}, {what}"


def _missed(art: Document, what: str, d: DateMention) -> bool:
    """The clause tells a step not done yet against the deadline its date names: "the coalition has
    still not left the country despite the September deadline"."""
    if not _DEADLINE_AFTER.match(art.text, d.end):
        return False
    # "by the January 26 deadline", or the day's own: "by Sunday's deadline"
    owns_deadline = art.text[d.end - 2 : d.end] in ("'s", "’s")
    # "would not complete its withdrawal by the January 26 deadline": the deadline a refused or
    # doubted step is measured against stands (GUIDE.md keeps a passed deadline); "will not
    # withdraw by June" names no deadline and is no plan.
    return bool(_NOT_DONE_YET.search(what) or (
        (_BY_BARE if owns_deadline else _BY_THE).search(art.text, max(0, d.start - 20), d.start)
        and _WILL_NOT.search(what)
        and not _DENIED.search(what)
    ))


#: A step refused or doubted ahead ("would not complete", "won't leave"); "had not left" is history.
_WILL_NOT = re.compile(r"\b(?:will|would|shall|can|could|wo)(?:\s+not\b|n['’]t\b|not\b)", re.I)


#: A negation inside a condition ("if they do not hand back the towns before June, ... will have to leave"):
#: the terms of an ultimatum, whose deadline stands, not a plan refused.
_CONDITION = re.compile(r"\bif\s+(?:[\w’'-]+\s+){1,4}?(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would)?\s*$", re.I)


def _negated_plan(what: str) -> bool:
    """The plan is negated: a negation of its step or its commitment ("will not withdraw by", "has no
    plans to leave", "is not expected to end before"), or of a verb governing it ("will not allow a
    return"). A negated verb whose object is the plan leaves the plan standing: "the dispute will not
    affect plans to hand over the base by May". "No" negates only its noun: "no troops will remain
    after June" is a plan, "no plans to leave" is none."""
    if _DENIED.search(what):
        return True  # "denied reports that the troops would leave": a plan denied is none
    for m in _NEGATION_HEAD.finditer(what):
        if _CONDITION.search(what, 0, m.start()):
            continue  # "if they do not leave by June": a condition, the deadline of an ultimatum
        if lemma(m.group("head").lower()) in _NEGATED_HEADS or _KEYWORD.match(what, m.start("head")):
            return True
        if (m.group("neg") or "").lower() == "no" or _PLAN_OBJECT.match(what, m.end()):
            continue
        return True
    return False
