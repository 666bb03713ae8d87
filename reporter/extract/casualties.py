"""Killed and injured counts as news states them, including "no casualties" (0) and vague amounts.

Vague amounts follow ACLED's conservative rule (dozens = 12, hundreds = 100); "several" or
"many" are not numbers and give nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reporter.extract.dates import SINCE_MONTH
from reporter.extract.numbers import NEGATED_BEFORE, NUMBER, QUALIFIER, parse_amount, parse_number
from reporter.extract.prefilter import Prefiltered
from reporter.extract.text import per_word


def _amount(name: str) -> str:
    return rf"(?:(?:{QUALIFIER})\s+)?(?P<{name}>{NUMBER}|dozens|hundreds|scores|thousands|a\s+dozen)"


#: Words between a number and its toll verb; never another toll or number ("two were killed and five
#: wounded": the five are the wounded).
_GAP = (
    # (a subset set off by commas is part of the number before it: "15 people, including six women, were
    # killed" are 15, "ten, among them four children, died" ten)
    r"(?:(?:including|among\s+them|among\s+whom|of\s+whom)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+,\s+"
    # (... or in brackets, with no figure or toll of its own: "seven people (among them a driver) died")
    # (the body the dead belonged to, a named force and one more beside it, is one unit: "five members of the
    # Revolutionary Guards and the police were killed" are five)
    r"|members?\s+of\s+(?:the\s+)?(?:(?:(?-i:[A-Z])[\w’'-]*\s+){1,5}|(?:police|army|military)\s+)and\s+(?:the\s+)?(?:police|army|military|(?-i:[A-Z])[\w’'-]*)\s+"
    r"|\((?![^()]*\b(?:killed|dead|died|slain|wounded|injured|hurt|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|dozens?|scores|hundreds)\b)[^()\d]{1,80}\)\s+"
    # (not across another figure: but "one family" names whose the dead were, no count of them: "four
    # members of one family were killed" are four)
    r"|(?!(?:killed|dead|died|slain|wounded|injured|hurt|one(?!\s+(?:family|household|clan)\b)|two|three|four|five|six|"
    r"seven|eight|nine|ten|dozens|\d)\b|\d)[\w’'.-]+,?\s+){0,6}?"
)
#: Armed men, whom a communiqué's "neutralised" or "eliminated" tells killed (drones neutralised were downed).
_ARMED_MEN = (
    r"(?:terrorists|militants|insurgents|fighters|bandits|jihadists|gunmen|rebels|attackers|assailants|extremists|militiamen"
    r"|infiltrators|operatives)"
)
#: ... one of them, told by "a": "troops eliminated a terrorist" is one killed.
_ARMED_MAN = (
    r"(?:terrorist|militant|insurgent|fighter|bandit|jihadist|gunman|rebel|attacker|assailant|extremist|militiaman"
    r"|infiltrator|operative)"
)
_KILLED = Prefiltered(
    re.compile(
        # (a year before the verb is taken, and gives no toll: "a blast in 2019 had killed more than 300" tells
        # that blast's toll; any other number is not the doers' when the verb has its own after it: "clashes
        # between two tribes killed at least 65")
        rf"\b(?:(?P<year>(?:1[89]|20)\d\d)(?![\d,])|{_amount('n1')})\s+{_GAP}(?:were|was|have\s+been|had\s+been|being|are|been)?\s*"
        # ("martyred", "embraced martyrdom": the word of outlets in South Asia and the Middle East for the dead)
        # ("lost their lives", "perished", an army's "fell with honour": the dead told by a phrase of mourning)
        rf"(?:killed|dead|died|slain|slaughtered|massacred|beheaded|butchered|(?:summarily\s+)?executed|(?:shot|hacked|stabbed|beaten)\s+to\s+death|martyred|embraced\s+martyrdom"
        rf"|lost\s+their\s+lives|perished|fell\s+with\s+honou?r)\b"
        rf"(?(year)|(?!\s+(?:(?:{QUALIFIER})\s+)?(?:{NUMBER}|dozens|hundreds|scores)\b(?!\s+(?:days?|weeks?|months?|years?|hours?)\b)))"
        # (a headline's present, "Gunmen Kill Five In X"; not "to kill", "could kill", "did not kill")
        rf"|\b(?:killing|killed|kills|(?<!to\s)(?<!\bcan\s)(?<!will\s)(?<!\bmay\s)(?<!would\s)(?<!could\s)(?<!might\s)(?<!\bnot\s)kill"
        rf"|slaughter(?:ed|ing)|massacr(?:ed|ing)|behead(?:ed|ing)|butchered|shot\s+dead|assassinat(?:ed|ing)|martyr(?:ed|ing)|execut(?:ed|ing)"
        rf"|claimed\s+the\s+lives\s+of|(?:the\s+)?deaths?\s+of"
        # (killed by hand, told with its end after the dead: "hacked three farmers to death")
        rf"|(?:hack|stabb|beat)(?:ed|ing)?(?=\s+(?:(?:{QUALIFIER})\s+)?(?:{NUMBER})\s+(?:[\w'’-]+\s+){{0,3}}?to\s+death\b)"
        # armed men "neutralised" were killed: "troops neutralised 15 terrorists" (drones neutralised were shot down)
        rf"|(?:neutrali[sz]|eliminat)(?:ed|ing)[\"”’']?(?=\s+(?:(?:{QUALIFIER})\s+)?(?:{NUMBER})\s+(?:[\w'’-]+\s+){{0,2}}?"
        rf"{_ARMED_MEN}\b))"
        # (an attacker's own death is not counted with those he killed: "killed himself and three policemen" is 3)
        # ("killing its two occupants": the dead told as those of what was hit)
        rf"\s+(?:(?:himself|herself|themselves)\s+(?:and|along\s+with|as\s+well\s+as)\s+|(?:its|their|his|her)\s+)?"
        # (the dead told as a household and its size: "killing a family of six" are six)
        rf"(?:(?:an?|the)\s+(?:whole\s+|entire\s+)?(?:family|household)\s+of\s+)?"
        rf"[\"“']?(?:between\s+)?{_amount('n2')}\b"
        rf"|\b(?:death\s+toll|toll)\s+(?:\w+\s+){{0,3}}?(?:rose\s+to|climbed\s+to|reached|stood\s+at|of|to|at)\s+{_amount('n3')}"
        rf"|\bleft\s+{_amount('n4')}\s+(?:people\s+)?dead\b"
        # ... and as the passive's subject: "two terrorists were neutralised in an encounter"
        rf"|\b{_amount('n5')}\s+(?:[\w'’-]+\s+){{0,2}}?{_ARMED_MEN}\s+(?:were|have\s+been|had\s+been)\s+"
        r"(?:neutrali[sz]ed|eliminated)\b",
        re.I,
    )
)
#: A count of the dead: "the death toll", "the number of victims" (also read by candidates, whose day told
#: with a toll's rise is the count's, not the event's).
TOLL_NOUN = r"(?:(?:death\s+)?toll|number\s+of\s+(?:dead|deaths|fatalities|victims|people\s+killed))"
#: What a toll did when it grew: "rose", "has risen", "reached".
TOLL_ROSE_VERB = r"(?:rose|risen|climbed|jumped|reached)"
#: A toll that rose, told after a long subject naming the event: "the death toll from strikes on the port
#: of X rose to 74" (the gap holds no figure, so no toll of its own).
#: A toll told by a vague number, the harm verb before it or after it: "killed dozens of soldiers", "wounding
#: several", "hundreds of people were killed" (it counts the harmed, not the events).
VAGUE_TOLL = re.compile(
    rf"\b(?:kill|wound|injur|maim)(?:ed|ing)\s+(?:{QUALIFIER}\s+)?(?:dozens|hundreds|scores|several|multiple|numerous)\b"
    r"|\b(?:dozens|hundreds|scores|several|numerous)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:were|have\s+been|had\s+been)\s+"
    r"(?:killed|wounded|injured)\b",
    re.I,
)
_TOLL_ROSE = re.compile(
    rf"\b{TOLL_NOUN}\s+(?:from|of|in)\s+(?:(?!(?:{TOLL_ROSE_VERB}|has|had|was|is)\b)[^\W\d][\w’'-]*,?\s+){{1,16}}?"
    rf"(?:has\s+|had\s+)?{TOLL_ROSE_VERB}\s+(?:to\s+)?(?:(?:{QUALIFIER})\s+)?(?P<n>{NUMBER})\b",
    re.I,
)
#: A death toll told as risen, its subject short: "the toll rose to 20", "the death toll from the bombing has
#: since climbed to 20" (up to eight words between the toll and its verb, no figure among them).
_TOLL_RISEN = re.compile(
    rf"\b{TOLL_NOUN}\s+(?:(?!(?:{TOLL_ROSE_VERB}|has|had|was|is)\b)[^\W\d][\w’'-]*,?\s+){{0,8}}?"
    rf"(?:(?:has|had)\s+)?(?:(?:since|later|further|now|then)\s+)?{TOLL_ROSE_VERB}\s+(?:to\s+)?(?:(?:{QUALIFIER})\s+)?(?P<n>{NUMBER})\b",
    re.I,
)


def risen_toll(text: str, a: int, b: int) -> int | None:
    """The dead of a toll told in text[a:b] as risen ("the toll rose to 20"), when it counts one event's
    dead, not a war's or a season's running total (_CUMULATIVE); else None."""
    # (a long subject naming the event, "the death toll from the strike on the house in X has risen to eight")
    m = _TOLL_RISEN.search(text, a, b) or _TOLL_ROSE.search(text, a, b)
    if m is None or _CUMULATIVE.search(text, a, b):
        return None
    return parse_amount(m.group("n"))


def higher_toll(told: int | None, risen: int | None) -> int | None:
    """The dead of an event told at ``told``, then as risen to ``risen``: the later, higher count of the
    same event (a figure far past the first, ten times and more, counts something else)."""
    if told is None or risen is None or not told < risen <= 10 * told + 10:
        return told
    return risen


#: One person killed, told by "a": "gunmen killed a policeman", "shot dead a tribal leader", "a
#: soldier was killed". Singular heads only ("killed a number of soldiers" counts nobody).
_PERSON = (
    r"(?:civilian|man|woman|child|boy|girl|soldier|policeman|policewoman|officer|member|leader|commander|fighter"
    r"|militant|worker|journalist|doctor|nurse|farmer|shepherd|resident|guard|student|teacher|cleric|imam|person"
    r"|paramedic|contractor|trooper|sergeant|captain|colonel|official|activist|driver|pilot|worshipper|teenager"
    r"|elder|villager|herder|fisherman|merchant|trader|businessman|lawyer|mayor|protester|demonstrator|passenger|engineer"
    r"|head|chief|governor|spokesman|deputy|rider|motorcyclist|bodyguard|son|daughter|wife|husband|brother|sister"
    r"|father|mother|relative|peacekeeper|gendarme|sailor|seaman|medic|reporter|photographer|volunteer"
    r"|commissioner|councillor|councilor|lawmaker|legislator|politician|judge|prosecutor|scientist"
    # (those at work where strikes land: "killed a watchman at the port", "a vendor was killed")
    r"|watchman|caretaker|operative|vendor|shopkeeper|labourer|laborer|miner|cameraman|mechanic|firefighter|fireman"
    r"|rescuer|bystander|pedestrian|infant|toddler|baby|pensioner)"
)
#: The determiner of one person as the subject: "a soldier was killed", "the driver was killed", "its pilot
#: was wounded".
_ONE_SUBJECT = r"(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)"
#: ... or by a people's name used as a noun: "a Palestinian was shot dead", "an Israeli was wounded".
_ONE_OF_A_PEOPLE = r"(?-i:[A-Z][a-z]+(?:an|ian|i|ese))"
#: The place a person served, after their title: "the mayor of Bunia", "the governor of Paktia province".
_OF_A_PLACE = r"(?:\s+of\s+(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+))?(?:\s+(?:province|district|state|region))?)?"
#: A person's name of two words or more, with the particles of Arabic and other names ("Abu Yusuf al-Halabi").
_FULL_NAME = (
    r"(?-i:[A-Z][\w’'-]*)(?:\s+(?:(?-i:[A-Z][\w’'-]*)|(?:al|el|bin|ibn|ben|abu|ould|van|von|de|da)(?:-(?-i:[A-Z])[\w’'-]*)?))+"
)
#: A word between the toll verb and a titled name that is no preposition or conjunction: "killed senior Hamas
#: commander X", not "killed in the raid was X".
_TITLE_WORD = r"(?!(?:in|on|at|by|and|or|as|after|when|while|with|near|during|from)\b)[\w’'-]+"
_ONE_KILLED = Prefiltered(
    re.compile(
        rf"\b(?:killing|killed|kills|shot\s+dead|shooting\s+dead|gunn(?:ed|ing)\s+down|assassinat(?:ed|ing)|assassination\s+of)\s+(?P<a>an?|the|its|his|her|their)\s+(?:[\w’'-]+\s+){{0,3}}?{_PERSON}\b(?![’'-])"
        # (one person told by name, with a title before it or a role after it: "killed senior commander Ali
        # Hassan", "killed Abu Yusuf al-Halabi, a leader of the group", "... al-Halabi, who planned attacks")
        rf"|\b(?:killing|killed|kills|shot\s+dead|assassinat(?:ed|ing)|assassination\s+of)\s+(?:(?:{_TITLE_WORD}\s+){{0,3}}?"
        rf"{_PERSON}\s+{_FULL_NAME}\b(?![’'-])|{_FULL_NAME},\s+(?:who\b|(?:an?|the)\s+(?:[\w’'-]+\s+){{0,3}}?{_PERSON}\b(?![’'-])))"
        # (an armed man "neutralised" or "eliminated" was killed, as the plural is in _KILLED)
        rf"|\b(?:neutrali[sz]|eliminat)(?:ed|ing)[\"”’']?\s+(?P<a1>an?)\s+(?:[\w’'-]+\s+){{0,2}}?{_ARMED_MAN}\b(?![’'-])"
        # (the person may be told by the place they served: "the mayor of Bunia was assassinated")
        rf"|\b(?:(?<![\w’'-]\s)|(?<=\bsaid\s)|(?<=\bsays\s)|(?<=\bthat\s)){_ONE_SUBJECT}\s+(?:(?:[\w’'-]+\s+){{0,3}}?{_PERSON}{_OF_A_PLACE}|{_ONE_OF_A_PEOPLE})\s+(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
        r"(?:killed|shot\s+dead|shot\s+to\s+death|gunned\s+down|assassinated|slain|martyred)\b",
        re.I,
    )
)
#: One person wounded, told by a determiner, as ``_ONE_KILLED``: "wounding a passenger", "a guard was injured"
#: (the subject opens its clause, at the sentence's start or after "said"/"says"/"that": "said a woman was wounded").
_ONE_INJURED = Prefiltered(
    re.compile(
        rf"\b(?:wounding|wounded|injuring|injured)\s+(?P<a>an?|the|its|his|her|their)\s+(?:[\w’'-]+\s+){{0,3}}?{_PERSON}\b(?![’'-])"
        rf"|\b(?:(?<![\w’'-]\s)|(?<=\bsaid\s)|(?<=\bsays\s)|(?<=\bthat\s)){_ONE_SUBJECT}\s+(?:(?:[\w’'-]+\s+){{0,3}}?{_PERSON}|{_ONE_OF_A_PEOPLE})\s+(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
        r"(?:wounded|injured)\b",
        re.I,
    )
)
_INJURED = Prefiltered(
    re.compile(
        rf"\b{_amount('n5')}\s+{_GAP}(?:were|was|have\s+been|had\s+been|being|are|been)?\s*"
        rf"(?:wounded|injured|hurt|hospitali[sz]ed|treated\s+for\s+(?:[\w-]+\s+){{0,3}}?injuries"
        # (harm told by what they took: "21 US personnel suffered minor injuries"; "suffered no injuries" is none)
        rf"|(?:suffered|sustained)\s+(?:(?!no\b|any\b)[\w-]+\s+){{0,3}}?(?:injuries|wounds))\b"
        # (as for the dead: a verb with its own number after it counts those, "killed at least 11 people
        # and wounded 30": the 11 are the dead)
        rf"(?!\s+(?:(?:{QUALIFIER})\s+)?(?:{NUMBER}|dozens|hundreds|scores)\b(?!\s+(?:days?|weeks?|months?|years?|hours?)\b))"
        # (the wounded told as a household and its size, as the dead are: "wounding a family of four" are four)
        # (a headline's present: "Blast Wounds 9 In X")
        rf"|\b(?:wounding|injuring|injured|wounded|hurting|wounds|injures)\s+(?:(?:an?|the)\s+(?:whole\s+|entire\s+)?(?:family|household)\s+of\s+)?"
        rf"(?:between\s+)?{_amount('n6')}\b",
        re.I,
    )
)
_NONE_AT_ALL = re.compile(
    r"\b(?:no|neither|without(?:\s+any)?(?:\s+(?:immediate\s+)?reports?\s+of)?)\s+(?:immediate\s+)?(?:reports?\s+of\s+)?casualties\b"
    r"|\bno\s+(?:one|body)\s+was\s+(?:hurt|harmed)\b|\bnobody\s+was\s+(?:hurt|harmed)\b",
    re.I,
)
_NO_DEATHS = re.compile(
    r"\b(?:no\s+one|nobody)\s+was\s+killed\b|\bno\s+(?:deaths|fatalities)\b|\bno\s+one\s+died\b", re.I
)
_NO_INJURIES = re.compile(
    r"\bno\s+(?:injuries|injured)\b|\b(?:no\s+one|nobody)(?:\s+else)?\s+was\s+(?:injured|wounded)\b", re.I
)


#: Word stems of every toll statement, for a cheap first look by word.
HINT_STEMS = (
    "kill",
    "dead",
    "death",
    "died",
    "perish",
    "honour",
    "honor",
    "slain",
    "wound",
    "injur",
    "hurt",
    "casualt",
    "toll",
    "harm",
    "hospitali",
    "lives",
    "slaughter",
    "massacr",
    "behead",
    "assassin",
    "gunned",
    "butcher",
    "neutrali",
    "eliminat",
    "martyr",
    "to death",
    # (not "execut": "executive" is no toll)
    "executed",
    "executing",
)
HINT = Prefiltered(re.compile("|".join(HINT_STEMS), re.I))
#: Whether a folded word opens with a toll stem ("killed", "casualties").
is_hint_word = per_word(lambda word: word.startswith(HINT_STEMS))
#: "on April 1 killed seven": the 1 belongs to the date.
_AFTER_MONTH = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$")
#: "Tower 22", "Route 6", "Camp 3": a number that is part of a name counts nobody.
_NAMED_NUMBER = re.compile(r"(?<![.!?]\s)\b(?-i:[A-Z][a-z]+)\s+$")
#: Words before a toll that make it someone's record or the cause of a reprisal, not this event's:
#: "the general, held responsible for the deaths of 300", "in retaliation for the killing of 3".
_RECORD = re.compile(
    r"\b(?:(?:responsible|blamed|blame|culpable|guilty|retaliation|revenge|reprisal|vengeance)\s+for"
    r"|accused\s+of(?:\s+causing)?|behind|avenge|avenging)\s+$",
    re.I,
)


def find(text: str, a: int, b: int, *, zero_only: bool = False) -> list[tuple[int, int | None, int | None]]:
    """(position, killed, injured) statements in text[a:b]; ``zero_only`` keeps "no casualties" kinds."""
    out: list[tuple[int, int | None, int | None]] = []
    hints = [h.start() for h in HINT.finditer(text, a, b)]
    if not hints:
        return out
    for m in _NONE_AT_ALL.finditer(text, a, b):
        out.append((m.start(), 0, 0))
    for m in _NO_DEATHS.finditer(text, a, b):
        out.append((m.start(), 0, None))
    # "No one was injured" with no death told: nobody was harmed at all (0/0).
    no_harm = [(m.start(), 0, 0) for m in _NO_INJURIES.finditer(text, a, b)]
    out.extend(no_harm)
    if zero_only:
        return out
    # The big patterns run only around the words that can carry a toll, not over the whole sentence.
    for lo, hi in _windows(hints, a, b):
        for m in _matches(_KILLED, text, lo, hi):
            n = _low_end(text, m, lo)
            if n is not None and _this_events(text, m, a, b):
                out.append((m.start(), n + _listed(text, m, a, b), None))
        if not any(k for _, k, _ in out):
            # "killed a policeman": one, when no number tells the dead
            out.extend((m.start(), 1 + _listed_after_one(text, m, b), None) for m in _ONE_KILLED.finditer(text, lo, hi))
        for m in _matches(_INJURED, text, lo, hi):
            n = _low_end(text, m, lo)
            if n is not None and _this_events(text, m, a, b):
                out.append((m.start(), None, n + _listed(text, m, a, b)))
        if not any(i for _, _, i in out):
            # "wounding a passenger": one, when no number tells the wounded
            out.extend((m.start(), None, 1 + _listed_after_one(text, m, b)) for m in _ONE_INJURED.finditer(text, lo, hi))
    if not any(k for _, k, _ in out):
        # "the death toll from the strikes on the oil terminal in X province rose to 74": a risen toll whose
        # subject names the event at length, past the reach of the windows above
        out.extend((m.start(), parse_amount(m.group("n")), None) for m in _TOLL_ROSE.finditer(text, a, b) if _this_events(text, m, a, b))
    if no_harm and any(k for _, k, _ in out):
        # "two were killed; no one else was injured": the deaths stand, the zero is for injuries only.
        out = [(p, None, i) if (p, k, i) in no_harm else (p, k, i) for p, k, i in out]
    return out


def _this_events(text: str, m: re.Match[str], a: int, b: int) -> bool:
    """The toll ``m`` (in text[a:b]) counts this event's dead or wounded: not a running total
    (_CUMULATIVE), nor someone's record or a reprisal's cause (_RECORD), nor a number hit by another
    verb (_second_verb)."""
    total = _CUMULATIVE.search(text, m.start(), min(b, m.end() + 80))
    if total is not None and total.group(0).lower().startswith("so") and _IN_ONE_EVENT.search(text, m.start(), total.start()):
        total = None  # "three have been killed in the raid so far": one event's toll as it stands, no running total
    if total is not None and re.fullmatch(SINCE_MONTH, total.group(0), re.I) and _FIGHT_SUBJECT.search(text, max(a, m.start() - 120), m.start()):
        # "Fighting around X has killed 300 people since December": the toll of a stretch of fighting told as
        # its subject, an aggregate of weeks (linking drops one of months), not a war's running total
        total = None
    return (
        total is None
        and _RECORD.search(text, max(a, m.start() - 30), m.start()) is None
        and not _second_verb(m)
    )


#: Fighting as the subject of a toll's perfect: "Clashes between X and Y near Z have " (killed ...).
_FIGHT_SUBJECT = re.compile(
    r"\b(?:fighting|clashes|battles|strikes|airstrikes|attacks|raids|shelling|bombardments?)\b[^.;]{0,80}?\s(?:has|have)\s+$",
    re.I,
)
#: The one event a toll is told of, named by a definite noun: "in the raid", "during the assault".
_IN_ONE_EVENT = re.compile(
    r"\b(?:in|during)\s+(?:the|this|that|[A-Z][a-z]+day['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:raid|attack|assault|strike|bombing|blast|explosion|shelling|ambush|operation|incursion)\b",
)


#: A toll verb right after "and" or "then", closing a number's match ("two cranes and killed").
_AND_VERB = re.compile(r"\b(?:and|then)\s+(?:shot\s+to\s+death|embraced\s+martyrdom|[\w’']+)$", re.I)
_PASSIVE = re.compile(r"\b(?:were|was|been|are|being)\b", re.I)


def _second_verb(m: re.Match[str]) -> bool:
    """Whether the number before "N ... killed" is the object of another, active verb: "destroyed two cranes
    and killed a guard" killed one (the cranes are the first verb's); "three were shot and killed", passive,
    counts its three."""
    name = next((k for k, v in m.groupdict().items() if k in ("n1", "n5") and v), None)
    if name is None:
        return False
    told = m.string[m.start(name) : m.end()]
    return _AND_VERB.search(told) is not None and _PASSIVE.search(told) is None


#: The low end of a range told before a toll's number: "between 10 and 15 people", "three or four soldiers".
_RANGE_BEFORE = re.compile(rf"(?:\bbetween\s+(?P<lo>{NUMBER})\s+and|\b(?P<lo2>{NUMBER})\s+(?:to|or))\s+$", re.I)


def _low_end(text: str, m: re.Match[str], lo: int) -> int | None:
    """A toll's number, or the low end of the range it closes (a range counts what is sure, as "more
    than 10" counts 10)."""
    name = next((k for k, v in m.groupdict().items() if k.startswith("n") and v), None)
    if name is None:
        return None  # "a blast in 2019 had killed": a year, no toll
    low = _RANGE_BEFORE.search(text, max(lo, m.start(name) - 30), m.start(name))
    return parse_amount(low.group("lo") or low.group("lo2")) if low else parse_amount(m.group(name))


#: The toll of a war or campaign, not of one event: "40,000 have been killed in the war", "since
#: October", "so far", "in total", "in 15 months" (a toll over a stretch of time).
_CUMULATIVE = re.compile(
    r"\b(?:in|during|throughout|since)\s+(?:the\s+|this\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:war|wars|conflict|hostilities|offensive|campaign|invasion|uprising|insurgency|fighting\s+since)\b"
    r"|\b(?:in|over|during|within)\s+(?:the\s+(?:past|last|first)\s+)?(?:\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|fifteen|eighteen|twenty|several|many)\s+(?:weeks|months|years)\b"
    r"|\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|launch)\b|\bso\s+far\b|\bin\s+total\b|\bcumulative\b"
    r"|\bsince\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})\b",
    re.I,
)
#: Groups listed with a toll: "killing two soldiers and three civilians", "two soldiers and three
#: civilians were killed". A group is a number and one to three words that are no toll or verb.
#: (a word opens with a letter: a dateline's dash is no group, "2024 - This morning, two were hurt" is two)
_GROUP_WORD = r"(?!(?:and|or|were|was|are|is|have|has|had|been|killed|dead|died|wounded|injured|hurt|in|on|at|by)\b)[^\W\d_][\w’'-]*"
#: A speech verb after the people told: they speak of the toll ("killing 15 soldiers, two sources said").
_SPEAK = r"(?:said|says|told|reported|added|confirmed|announced|stated|wrote)\b"
_HOW_BADLY = r"(?:critically|seriously|severely|badly|gravely|lightly|slightly|fatally|mortally|moderately)"
_AFTER_GROUP = re.compile(
    rf"\s+(?:{_GROUP_WORD}\s+){{0,2}}?{_GROUP_WORD}(?:,\s*|,?\s+and\s+|\s+as\s+well\s+as\s+)(?:(?:his|her|its|their)\s+)?"
    # (a share of the group told by how badly it was hurt is no further group: "three soldiers, one critically")
    rf"(?P<n>{NUMBER})\s+(?!of\b)(?!(?:[\w’'-]+\s+){{1,3}}{_SPEAK})(?!{_HOW_BADLY}\b)(?={_GROUP_WORD})",
    re.I,
)
_BEFORE_GROUP = re.compile(
    rf"\b(?P<n>{NUMBER})\s+(?:{_GROUP_WORD}\s+){{0,2}}?{_GROUP_WORD}(?:,\s*|,?\s+and\s+|\s+as\s+well\s+as\s+)$",
    re.I,
)


def _listed(text: str, m: re.Match[str], a: int, b: int) -> int:
    """The other groups listed with a toll's number, summed: "two soldiers and three civilians" is five."""
    name = next(k for k, v in m.groupdict().items() if k.startswith("n") and v)
    extra = 0
    if name in ("n2", "n6"):  # "killing N ...": groups follow
        pos = m.end(name)
        while (more := _AFTER_GROUP.match(text, pos, b)) is not None:
            extra += parse_number(more.group("n")) or 0
            pos = more.end("n")
        # "killing two militants and a soldier": one more person closes the list
        extra += _AND_ONE_AFTER.match(text, pos, b) is not None
    elif name in ("n1", "n5"):  # "N ... were killed": groups come before
        # "two militants and a soldier were killed": one more person between the number and the verb
        extra += _AND_ONE_AFTER.match(text, m.end(name), m.end()) is not None
        end = m.start(name)
        while (more := _BEFORE_GROUP.search(text, max(a, end - 60), end)) is not None:
            extra += parse_number(more.group("n")) or 0
            end = more.start("n")
        # "the driver and two passengers were killed": one person told first
        extra += _BEFORE_ONE.search(text, max(a, end - 60), end) is not None
    return extra


def _listed_after_one(text: str, m: re.Match[str], b: int) -> int:
    """The groups listed after "killed a soldier": "and two civilians" adds two, "and his son" one."""
    if m.group("a") is None:
        return 0
    extra, pos = 0, m.end("a")
    while True:
        if (more := _AFTER_GROUP.match(text, pos, b)) is not None:
            extra += parse_number(more.group("n")) or 0
            pos = more.end("n")
        elif (one := _AFTER_ONE.match(text, pos, b)) is not None:
            extra += 1
            pos = one.end("d")
        else:
            return extra


#: One person told last in a list after a numbered group: "two militants and a soldier", or by name with
#: a role ("two soldiers and Ali Hassan, a farmer"), not one who speaks of them: "killing two soldiers and
#: a man said".
_AND_ONE_AFTER = re.compile(
    rf"\s+(?:{_GROUP_WORD}\s+){{0,2}}?{_GROUP_WORD},?\s+and\s+(?:(?:an?|one)\s+(?:{_GROUP_WORD}\s+){{0,2}}?{_PERSON}"
    # ... or told by name with their role after it: "two soldiers and Ali Hassan, a farmer"
    rf"|{_FULL_NAME},\s+(?:an?|the)\s+(?:[\w’'-]+\s+){{0,3}}?{_PERSON})\b(?![’'-])(?!,?\s+{_SPEAK})"
    rf"(?!\s+{_SPEAK})",
    re.I,
)
#: One person listed before a numbered group: "the driver and two passengers", "a soldier and three civilians".
_BEFORE_ONE = re.compile(
    rf"\b(?:the|an?|its|his|her|their)\s+(?:{_GROUP_WORD}\s+){{0,2}}?{_PERSON}(?:,\s*|,?\s+and\s+)$", re.I
)
#: One more person listed after one: "a man and his son", "the driver and a passenger" (not the one who
#: speaks of them: "wounding a man, the governor said").
_AFTER_ONE = re.compile(
    rf"\s+(?:{_GROUP_WORD}\s+){{0,3}}?{_PERSON}(?:,\s*|,?\s+and\s+)(?P<d>his|her|its|their|an?|the)\s+"
    rf"(?:{_GROUP_WORD}\s+){{0,2}}?{_PERSON}\b(?![’'-])(?!\s+{_SPEAK})",
    re.I,
)


def _windows(hints: list[int], a: int, b: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for h in hints:
        lo, hi = max(a, h - 110), min(b, h + 70)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


#: What closes a dateline right after its year: an agency bracket and a dash or colon ("2025 (Agency) -").
_DATELINE_CLOSE = re.compile(r"\s*(?:\([^()\d]{1,40}\)\s*)?[-–—:]\s")


def _matches(pattern: re.Pattern[str], text: str, a: int, b: int) -> Iterator[re.Match[str]]:
    """Matches in text[a:b], skipping a number that is negated ("no one") or part of a date ("April 1")."""
    pos = a
    while True:
        m = pattern.search(text, pos, b)
        if m is None:
            return
        lo = max(a, m.start() - 6)
        if (
            NEGATED_BEFORE.search(text, lo, m.start())
            # (a month right before a verb is the event's date: "a blast in May killed 24")
            or (_opening_number(m) and _AFTER_MONTH.search(text, lo, m.start()))
            or _named_number(text, m, a)
        ):
            pos = m.start() + 1  # try again just past it: "on April 1 killed seven" still has "killed seven"
            continue
        number = _opening_number(m)
        if number and _VERB_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            pos = m.start() + 1  # "killed 12 people and wounded 30": the 12 are the dead, not the wounded
            continue
        if _year(number):
            pos = m.end()  # "a blast in 2019 that killed more than 300": that year's toll, not this event's
            continue
        year = m.groupdict().get("year")
        if (
            year
            and not _ANOTHER_CLAUSE.search(text, m.end("year"), m.end())
            # ("the deadliest since a bombing in 2019 killed 300": an earlier event measured against, whose toll
            # is none of the sentence's event's)
            and not SINCE_WORD.search(text, max(a, m.start() - 60), m.start())
            and _KILLED.search(text, m.end("year"), b)
        ):
            # the verb after the year in its own clause ("an attack on October 7, 2023 killed 1,200", "the 2019
            # attack by X killed 40") tells the toll of the event the year dates: read again past the year
            pos = m.end("year")
            continue
        dateline = _DATELINE_CLOSE.match(text, m.end("year"), b) if m.groupdict().get("year") else None
        if dateline is not None:
            # a dateline's year ("KYIV, June 14, 2025 (Agency) - Strikes killed 12") is the page's, not the
            # toll's: the toll after it stands
            pos = dateline.end()
            continue
        yield m
        pos = m.end()


#: A toll verb right before a number-first toll ("12 people and wounded"): the number is that verb's
#: toll ("killed 12 people and wounded 30"), whatever verb follows.
_VERB_BEFORE = re.compile(r"\b(?:killing|killed|kills|wounding|wounded|injuring|injured|hurting)\s+$", re.I)


def _opening_number(m: re.Match[str]) -> str:
    """The toll's number when the match opens with it ("12 people and wounded"), else ""."""
    number = _first(m)
    return number if m.group(0).startswith(number) else ""


#: Words that open another clause, or set it before, between a year and a toll verb: "in 2019 that killed", "in
#: 2019, when a blast had killed".
_ANOTHER_CLAUSE = re.compile(r"\b(?:that|which|who|when|had|has|have)\b|[,;]", re.I)
#: "since" as a word.
SINCE_WORD = re.compile(r"\bsince\b", re.I)


def _year(number: str) -> bool:
    """The toll's number is a year ("a blast in 2017 that killed ..."): a bare four-digit figure of
    this or the last century, with no qualifier or comma, counts nobody."""
    return number.isdigit() and 1900 <= int(number) <= 2099


def _named_number(text: str, m: re.Match[str], a: int) -> bool:
    """The toll's number is part of a name before it ("Tower 22 in Jordan on Sunday killed ...")."""
    start = next((m.start(k) for k, v in m.groupdict().items() if k.startswith("n") and v), m.start())
    return start == m.start() and bool(_NAMED_NUMBER.search(text, max(a, start - 20), start))


def _first(m: re.Match[str]) -> str:
    for k, v in m.groupdict().items():
        if k.startswith("n") and v:
            return v
    return ""
