"""Threat statements: a named actor warning or vowing to strike, and where it speaks from.

"the militia issued a stern warning to the United States", "X said Y would respond with force":
the actor is the speaker (a group, government or leader from the lexicon), the place is where
the actor is based, the objects are who is threatened. Unnamed speakers make no threat.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from reporter.extract import events, speech
from reporter.extract.actors import actor_name, agents, subject_is_anaphoric
from reporter.extract.document import Document
from reporter.extract.lemmas import lemma_form
from reporter.extract.lexicon import RANK, Mention
from reporter.extract.places import Place, country_place
from reporter.extract.text import in_quote, words

_LEADING_ADVERBIAL = re.compile(
    r"(?:(?:In|On|At|Meanwhile|Earlier|Later|Separately|Late|Early)\b[^,]{0,40},\s*)?"
)
#: Words of a title before the speaker's name: "The", capitalised words ("Russian Security Council"),
#: and lower-case role words ("deputy chairman", "commander", "defence minister").
_TITLES = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[A-Z][a-z]+|deputy|vice|chairman|chairwoman|chair|leader|commander|chief|head|president|"
    r"prime|minister|foreign|defen[cs]e|army|military|supreme|senior|top|spokes(?:man|woman|person))\s+){0,5}"
)
THREAT_CONTENT = re.compile(
    r"\b(?:retaliat\w*|revenge|aveng\w*|consequences|targets?|respond|response|strike|punish\w*|"
    r"war|price|threatening|vowing|destroy|wipe|force|fire|hell|evacuat\w*)\b"
    # the gravest harm held out by name: "could use nuclear weapons", "would resort to nuclear arms"
    r"|\b(?:use|using|resort\s+to|deploy)\s+(?:(?:its|their|our|tactical|strategic)\s+)?(?:nuclear|atomic)\s+(?:weapons|arms|forces)\b"
    r"|\b(?:more|further)\s+(?:[\w-]+\s+)?(?:strikes|attacks|operations)\b"
    r"|\bto\s+(?:keep\s+|continue\s+)?(?:target|strik|attack|hit|retaliat|respond|resum|expand|escalat|seiz|captur|storm|invad|overr[au]n|shell|bomb)\w*"
    r"|\bto\s+take\s+(?-i:[A-Z])"
    # an ultimatum's other branch: "warned the troops to leave or face attacks"
    r"|\bor\s+(?:else\s+)?face\b",
    re.I,
)

#: What a party will do, said with a condition put to another ("any presence would be treated as an
#: occupation", "Seoul would face disaster if it continued"); without one a "will" is a plan or a
#: pledge ("the army would stay in charge of the border").
_MODAL = re.compile(r"\b(?:would|will|shall)\b", re.I)
_CONDITIONAL = re.compile(r"\b(?:if|unless|any|should|otherwise|or\s+else)\b", re.I)
#: A "will" that judges a deed by a rule, not harm held out: "any presence would breach the ceasefire", "would be a
#: violation of its sovereignty" ("would be treated as an occupation" holds out the speaker's answer).
_JUDGED = re.compile(
    r"\s+(?:\w+ly\s+)?(?:(?:breach|violat|contraven|flout|undermin|jeopardi[sz])\w*"
    r"|(?:be|constitute|amount\s+to)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:breach|violation|infringement)s?)\b",
    re.I,
)
def _judged_only(text: str, a: int, b: int) -> int | None:
    """Where the judgement ends when every "will" of text[a:b] judges a deed by a rule (``_JUDGED``), else None."""
    end = None
    for m in _MODAL.finditer(text, a, b):
        j = _JUDGED.match(text, m.end(), b)
        if j is None:
            return None
        end = j.end()
    return end


#: A warning's complement that admonishes the one warned: "warned armed factions against dragging Iraq into the
#: war", "warned Tehran against any attack", "warned the factions not to attack US bases", as far as its clause goes (not "warned that ... against", "warned of
#: a response against Israel", "warned it would retaliate against").
_ADMONISHED = re.compile(
    r"\s+(?:(?!(?:that|of|to|with|and|it|they|he|she|we|would|will|could|can|must|may|might)\b)[\w'’.-]+\s+){0,4}?"
    r"(?:against|not\s+to)\s+(?:(?!\bor\s+(?:else\s+)?face\b)[^,;:—–])*",
    re.I,
)


#: What a threat holds out, as lemmas: harm the speaker will do, or the cost the threatened will bear.
HARM = words(
    """retaliate retaliation retaliatory revenge avenge vengeance punish punishment consequence price pain hell
    regret destroy destruction annihilate annihilation obliterate eliminate crush wipe evacuate respond response
    invade invasion"""
)


def threatens(art: Document, s_idx: int, trig: events.Trigger) -> bool:
    """The predicate has a threat's complement: harm the speaker holds out (a lemma of HARM, or the
    phrases of THREAT_CONTENT), a party threatened by name ("threatened Iran with ..."), or a condition
    put to a party ("warned that if the Houthis do not stop ..."). A quotation that opens the sentence
    is the complement of a verb after it ('"We will respond," the minister warned')."""
    s = art.sentences[s_idx]
    text = art.text
    spans = [(trig.end, s.end)]
    fronted = None
    if text[s.start : s.start + 1] in "\"“" and trig.start > s.start:
        spans.append((s.start, trig.start))
    elif (fronted := _fronted_statement(art, s_idx, trig)) is not None:
        # "Russia will use nuclear weapons if attacked, Medvedev warned": a statement told before its speaker
        # without quotation marks is the complement all the same, read by its words of harm to come
        spans.append((s.start, fronted.start()))
    first = trig.word.split()[0]
    if first.startswith(("warn", "caution")) and (adm := _ADMONISHED.match(text, trig.end, s.end)) is not None:
        # "warned the factions against dragging the country into war": the deed warned against is the one
        # warned's, no harm the speaker holds out; what the sentence tells after it may still hold some out
        spans[0] = (adm.end(), s.end)
    if _REFRAIN.match(text, trig.end, s.end):
        return False  # "vowed not to seek military gains": a promise to hold back, no harm held out
    if (first.startswith("ultimatum") and not _TRUCE_DEMANDED.match(text, trig.end, s.end)) or is_evacuation_warning(trig):
        # an ultimatum holds out harm by what it is: a demand with a threat behind it; so does a warning
        # to leave a place: harm to those who stay
        return True
    if first.startswith(("threaten", "vow")) and _attack_held_out(art, trig, s.end):
        return True
    if (
        first.startswith("warn")
        and _EMBASSY_WARNS.search(text, max(s.start, trig.start - 60), trig.start)
        and _WARNED_OF_ALERT.match(text, trig.end, s.end)
    ):
        # "the US embassy in Kyiv warned of an air attack": an alert, a diplomatic step (GUIDE); "the embassy
        # warned that any attack would be met with force" still holds harm out
        return False
    if first.startswith("warn") and _attack_warned_of(art, trig, s.end):
        return True
    if first.startswith("warn") and _BARE_REPLY_WARNED.fullmatch(text, trig.end, s.end):
        return False  # "Hamas warns of response": a reply with no one it falls on and no condition put
    for a, b in spans:
        judged = _judged_only(text, a, b)
        if judged is not None:
            # "warned that any strike on the airport would be a violation of the law": the deed judged is the
            # other side's, the words of harm before the judgement none the speaker holds out
            a = judged
        # (not a bare lemma of harm before the verb: "fuel prices could rise, officials warned")
        if (fronted is None or a > trig.start) and _harm_in(art, a, b):
            return True
        if a < trig.start and fronted is None:
            continue  # "pledged to release the hostages by Monday": a promise, no threat
        # (a motive opens with "in " or "as ", three characters before its reply word: "in response to the raid")
        if any(
            not _MOTIVE.match(text, max(a, m.start() - 3), b) and not (m.group().lower() == "war" and _A_WAR_TOLD.search(text, max(a, m.start() - 30), m.start()))
            for m in THREAT_CONTENT.finditer(text, a, b)
        ):
            return True
        if any(not _JUDGED.match(text, m.end(), b) for m in _MODAL.finditer(text, a, b)) and _CONDITIONAL.search(text, a, b):
            return True
        if events.QUOTE_THREAT.search(text, a, b):
            return True  # "warned that the warships would be targeted": harm to come, however worded
        if any(_CONDITION.search(text, max(a, m.start - 12), m.start) for m in art.mentions_in(a, b) if actor_name(m)):
            return True
    if first.startswith("threaten"):
        # "threatened Iran with ...", "threatening the Houthis": the party threatened is the object
        after = art.mentions_in(trig.end, min(s.end, trig.end + 30))
        return bool(after) and actor_name(after[0]) is not None and art.token_index(after[0].start) - art.token_index(trig.end) <= 1
    return False


#: An ultimatum whose demand is a truce: "gave the rebels a week to agree to a ceasefire" holds out no force by
#: what it is (its harm, if any, is told by its own words, tried as any warning's are).
_TRUCE_DEMANDED = re.compile(
    r"[^.;]{0,80}?\b(?:cease-?fires?|truces?|armistice|peace|end\s+(?:to\s+)?(?:the\s+|all\s+)?(?:hostilities|fighting|war))\b",
    re.I,
)


#: The end of a sentence right after the harm held out: "... would respond." names no one it falls on.
_BARE_END = re.compile(r"[\s\W]*$")
#: A reply held out as a bare verb after its modal: "would respond", "will retaliate" (not a right reserved,
#: a revenge taken or a harm the threatened undergo: "they will be targeted").
_BARE_REPLY = re.compile(r"^(?:would|will|shall|must)\s+(?:\w+ly\s+|also\s+)?(?:respond|retaliate|react)$", re.I)
#: A condition put to the other side names who the harm is for: "if", "unless", "any", "should".
_ANY_CONDITION = re.compile(r"\b(?:if|unless|any|should)\b", re.I)


def harm_untargeted(art: Document, s_idx: int, trig: events.Trigger) -> bool:
    """ "X said Y would retaliate." with nothing after the harm and no condition in the statement: the
    act held out has no object, target or condition, a resolve voiced after an attack, no threat
    against anyone ("said Y would retaliate against the camps", "would respond if ..." are threats)."""
    s = art.sentences[s_idx]
    harm = events.QUOTE_THREAT.search(art.text, trig.end, s.end)
    return (
        harm is not None
        and _BARE_REPLY.search(harm.group()) is not None
        and _BARE_END.fullmatch(art.text, harm.end(), s.end) is not None
        and not _ANY_CONDITION.search(art.text, trig.end, s.end)
    )


#: A harm held out by no one: "neither side would target the other", "none of the factions will strike".
_NO_ONE_BEFORE = re.compile(r"\b(?:neither|nor|none|nobody|no\s+(?:one|side|party))\b(?:\s+[\w'’-]+){0,3}\s+$", re.I)
#: A harm ended: "would no longer target American ships".
_NO_LONGER = re.compile(r"\w+\s+no\s+longer\b", re.I)

#: A reply to words, not to deeds: "would respond to the letter", "will respond to the US proposal".
_TO_WORDS = re.compile(
    r"\s+to\s+(?:(?:the|a|an|its|this|that|their|his|her|[\w’'-]+['’]s)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:letter|message|proposal|offer|request|question|invitation|note|demands?|remarks|statement|comments|"
    r"accusations|allegations|criticism|initiative|ultimatum)s?\b",
    re.I,
)


def harm_disowned(art: Document, s_idx: int, trig: events.Trigger) -> bool:
    """ "Oman said neither side would target the other", "said the group would no longer strike ships": each harm
    the statement names is one no one will do, a promise to hold back, or a reply to words ("would respond to the
    letter"), no threat ("said neither side would target the other, but Iran would strike if attacked" still holds
    one out)."""
    s = art.sentences[s_idx]
    text = art.text
    found = False
    for h in events.QUOTE_THREAT.finditer(text, trig.end, s.end):
        if not (
            _NO_LONGER.match(text, h.start(), h.end())
            or _NO_ONE_BEFORE.search(text, max(trig.end, h.start() - 40), h.start())
            or (h.group().lower().endswith("respond") and _TO_WORDS.match(text, h.end()))
        ):
            return False
        found = True
    return found


_EVACUATION = re.compile(r"evacuation|^warn\w*\s+(?:the\s+|all\s+)?(?:residents|civilians|inhabitants|people|population|villagers|families|citizens)\b", re.I)


#: A warning's complement telling people to leave: "a warning to evacuate parts of X", "warning X residents to flee".
_TO_LEAVE_AFTER = re.compile(r"\s+(?:[\w’'-]+\s+){0,4}?to\s+(?:immediately\s+)?(?:evacuate|leave|flee|vacate)\b", re.I)


def is_evacuation_warning(trig: events.Trigger, text: str = "", end: int = 0) -> bool:
    """ "issued an evacuation warning", "warned residents of the town to leave": a warning to leave a place
    (the threat frame's words; a bare "warned" names no one told to leave, unless its complement in
    ``text`` up to ``end`` does: "a warning to evacuate parts of X")."""
    if trig.kind != "threat":
        return False
    if " " in trig.word and _EVACUATION.search(trig.word):
        return True
    return bool(text) and _TO_LEAVE_AFTER.match(text, trig.end, end) is not None


def _harm_in(art: Document, a: int, b: int) -> bool:
    """A word of harm in text[a:b], not the motive of an act ("in response to", "as retaliation for")."""
    i, j = art.token_index(a), art.token_index(b)
    lemmas = art.lemmas
    if HARM.isdisjoint(lemmas[i:j]):
        return False  # the usual case, answered by one set test
    return any(lemmas[k] in HARM and (k == 0 or art.tokens[k - 1].norm not in ("in", "as")) for k in range(i, j))


#: A war told by its determiner, one going on ("the war in Gaza risked spreading", "its war on the group"), not one
#: held out ("warned of war", "would mean direct war", "a wider war").
_A_WAR_TOLD = re.compile(r"\b(?:the|this|its|their|his|her|our)\s+(?:(?!of\b)[\w-]+\s+){0,2}$", re.I)


#: A reply named as the motive of an act, an event told ("would take all measures in response to the raid"), no
#: harm held out ("would not stay idle in response to any aggression" holds one out: a condition).
_MOTIVE = re.compile(
    r"(?:in|as)\s+(?:response|retaliation|revenge)\s+(?:to|for)\s+(?:the|this|that|these|those|its|their|his|her)\b",
    re.I,
)
_REFRAIN = re.compile(r"\s+(?:not|never)\s+to\b", re.I)
#: Event kinds that are attacks (events.FRAMES): what a speaker can threaten to do.
_ATTACK_KINDS = frozenset({"strike", "launch", "airstrike", "shell", "clash", "seize", "explode"})
#: A threat verb's complement as far as its attack word: "threatened (to launch) missile strikes",
#: "vowed more attacks"; "threatened by the strikes" names the one threatened, not a threat.
_COMPLEMENT = re.compile(r"\s+(?!by\b)(?:[\w'’-]+\s+){0,4}$", re.I)


def _attack_held_out(art: Document, trig: events.Trigger, end: int) -> bool:
    """ "threatened missile strikes on the bases", "vowed to sink any ship": a threatening or vowing
    verb's object is what it holds out, so an attack as its object (a noun, or the verb after "to")
    is a threat, whatever words name the attack."""
    for t in art.triggers_in(trig.end, min(end, trig.end + 60)):
        if t.kind in _ATTACK_KINDS and _COMPLEMENT.fullmatch(art.text, trig.end, t.start):
            return True
    # "threatened to sink", "vowed to storm": the verb after "to" by its lemma, in any form the
    # frames take as an event word or not (an infinitive is no event told)
    i = art.token_index(trig.end)
    for k in range(i, min(i + 4, len(art.tokens))):
        tok = art.tokens[k]
        if tok.start >= end:
            break
        if tok.norm == "to" and k + 1 < len(art.tokens) and art.tokens[k + 1].start < end:
            frame = events.FRAMES.get(art.lemmas[k + 1])
            return frame is not None and frame[0] in _ATTACK_KINDS
    return False


#: A warning's "of" complement as far as its attack word: "warned of more strikes", "warning Sunday of an
#: escalation of strikes on the south" (a day may come between the verb and "of").
_WARNED_OF = re.compile(
    r"\s+(?:(?:on\s+|late\s+|early\s+)?(?:\w+day|today|tonight)\s+)?of\s+(?:(?!by\b)[\w'’-]+\s+){0,5}$", re.I
)


#: A warning of a reply and nothing more: "warns of response", "warned of a harsh retaliation.".
_BARE_REPLY_WARNED = re.compile(
    r"\s+of\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:response|retaliation|reprisals?)[\s\W]*", re.I
)


def _attack_warned_of(art: Document, trig: events.Trigger, end: int) -> bool:
    """ "warned of an escalation of strikes": the attack a warning is of is one held out, still to come,
    not one told (its news would follow "warned that": "warned that a vessel was hit")."""
    return any(
        t.kind in _ATTACK_KINDS and _WARNED_OF.fullmatch(art.text, trig.end, t.start)
        for t in art.triggers_in(trig.end, min(end, trig.end + 80))
    )
_CONDITION = re.compile(r"\b(?:if|unless|should)\s+(?:the\s+)?$", re.I)
#: A diplomatic mission as the one who warns, right before the verb: "the US embassy in Kyiv warned", "the
#: consulate has warned": its warning is an alert to its citizens, not harm it holds out.
_EMBASSY_WARNS = re.compile(
    r"\b(?:embass(?:y|ies)|consulates?|diplomatic\s+missions?)(?:\s+in\s+(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))?)?"
    r"\s+(?:(?:has|have|had|also|again|repeatedly|urgently)\s+)*$",
    re.I,
)
#: What an alert warns of, or whom: "of a significant air attack", "citizens of the risk of strikes".
_WARNED_OF_ALERT = re.compile(
    r"\s+(?:(?:its\s+|all\s+|US\s+|American\s+|British\s+)?(?:citizens|nationals|Americans|Britons|travell?ers)\s+)?"
    r"(?:(?:on\s+)?\w+day\s+)?(?:of|about|against)\b",
    re.I,
)


def _spokesman_for(art: Document, s_idx: int, before: int) -> str | None:
    """ "Abu Obeida, spokesman for Hamas's armed wing, warned ...": the group the speaker speaks for."""
    s = art.sentences[s_idx]
    m = _SPEAKS_FOR.search(art.text, s.start, before)
    if m is None:
        return None
    found = [(mention, name) for mention in art.mentions_in(m.end(), min(before, m.end() + 60)) if (name := actor_name(mention))]
    for k, (mention, name) in enumerate(found):
        if mention.start - m.end() > 40:
            break
        if k + 1 < len(found) and mention.of("country") and _MODIFIES.fullmatch(art.text, mention.end, found[k + 1][0].start):
            continue  # "leader of Ruritania's rebel group the Red Hand": the group, the country only places it
        return name
    return None


#: Between a country and the party it places: "'s rebel group ", " militant group ", "n armed movement ".
_MODIFIES = re.compile(r"(?:['’]s)?\s+(?:(?-i:[a-z][\w-]*)\s+){1,3}(?:the\s+)?", re.I)


_SPEAKS_FOR = re.compile(
    r"\b(?:spokes(?:man|woman|person)|leader|commander|chief|head|official|minister|secretary-general|envoy)"
    r"\s+(?:of|for)\s+(?:the\s+)?",
    re.I,
)


#: The word of the threat a quotation standing alone tells (``quote_goes_on``): its opening mark.
QUOTE_GOES_ON = "\u201c"
#: A sentence that is a quotation and nothing else: '"They will pay for this."'.
_BARE_QUOTE = re.compile(r"\W{0,3}(?P<open>[\"\u201c])(?P<q>[^\"\u201c\u201d]{8,600})[\"\u201d]\W{0,3}")
#: A quotation closed and then told by whom: '"...," a senior official of the group told the channel.'
_ATTRIBUTED = re.compile(r"[\"\u201d]\s*,?\s+(?P<att>[^\"\u201c\u201d]{3,120}?)[\s.!?]*$")
#: The one the harm falls to or comes from, right before it, as a pronoun: "you will pay", "we will strike back".
_PRONOUN_HOLDS = re.compile(r"\b(?:we|you|they)\s+(?:\w+ly\s+)?$", re.I)
#: Between a party and the harm it holds out or bears: "'s army ", " enemy ", " regime ".
_PARTY_HEAD = re.compile(r"(?:['\u2019]s)?(?:\s+(?-i:[a-z][\w-]*)){0,2}\s+(?:\w+ly\s+)?$")


def quote_goes_on(art: Document, s_idx: int) -> events.Trigger | None:
    """ '"...," the group's spokesman said. "The enemy will pay a price."': a sentence that is a quotation
    alone, whose harm has a party (or "we", "you", "they") as its subject, goes on with the quotation told
    in the sentence before and is its speaker's threat (the trigger: its opening mark)."""
    if s_idx == 0:
        return None
    s = art.sentences[s_idx]
    text = art.text
    if not any(ch in text[s.start : s.start + 4] for ch in "\"\u201c"):
        return None  # the usual case, turned away by a look at four characters
    q = _BARE_QUOTE.fullmatch(text, s.start, s.end)
    if q is None:
        return None
    harm = events.QUOTE_THREAT.search(text, q.start("q"), q.end("q"))
    if harm is None or not _party_holds(art, q.start("q"), harm.start()):
        return None
    if _attributed_speaker(art, s_idx - 1) is None:
        return None
    return events.Trigger("threat", q.start("open"), q.end("open"), QUOTE_GOES_ON)


def _party_holds(art: Document, a: int, harm_start: int) -> bool:
    """The harm's subject, right before it, is a party ("the Israeli enemy will pay") or a pronoun for one."""
    if _PRONOUN_HOLDS.search(art.text, max(a, harm_start - 20), harm_start):
        return True
    return any(
        actor_name(m, adjectival=True) and _PARTY_HEAD.fullmatch(art.text, m.end, harm_start)
        for m in art.mentions_in(max(a, harm_start - 40), harm_start)
    )


def _attributed_speaker(art: Document, j: int) -> str | None:
    """The party a sentence ending in an attributed quotation gives it to: '"...," Hezbollah's deputy chief
    told the channel' (a name in the attribution, a nationality before a role, or a listed person's surname)."""
    s = art.sentences[j]
    m = _ATTRIBUTED.search(art.text, s.start, s.end)
    if m is None:
        return None
    a, b = m.start("att"), m.end("att")
    if not any(t.norm in speech.OWN_WORDS for t in art.tokens_in(a, b)):
        return None
    for mention in art.mentions_in(a, b):
        name = actor_name(mention) or _national_role(art, mention, b)
        if name:
            return name
    for t in art.tokens_in(a, b):
        if t.text[:1].isupper() and (name := art.lexicon.person_by_surname(t.norm)):
            return name
    return None


class Threat(NamedTuple):
    actors: list[str]
    place: Place | None
    objects: list[str]
    #: the speaker is "the group" or "it": the threat continues one already told
    anaphoric: bool = False


def threat_args(art: Document, s_idx: int, cl: events.Clause, trig: events.Trigger) -> Threat | None:
    """Who threatens whom, and from where; None when no named actor speaks (an analyst, "one senator")."""
    if _event_subject(art, s_idx, trig) or _thing_subject(art, s_idx, trig):
        # "the militia's advance on the town threatens the truce", "a funding shortfall threatens the force": an
        # event or a thing threatens, no party
        return None
    lo = min(cl.start, art.sentences[s_idx].start if trig.start < cl.start else cl.start)
    if trig.word == QUOTE_GOES_ON:
        # a quotation standing alone speaks in the voice of the one before it: no party inside it speaks
        speaker = _attributed_speaker(art, s_idx - 1)
        if speaker is None:
            return None
        actors = [speaker]
    elif _fronted_statement(art, s_idx, trig) is not None:
        # the statement before the speaker names parties it speaks of, not who speaks ("Hezbollah will strike
        # if attacked, analysts warned": no party's threat)
        speaker = _fronted_speaker(art, s_idx, trig)
        if speaker is None:
            return None
        actors = [speaker]
    else:
        actors = _apposed_speaker(art, s_idx, trig.start) or _adjacent(
            art, trig.start, agents(art, lo, cl.end, trig.start, trig.end, max_gap=3, by=False)
        )
    if not actors and subject_is_anaphoric(art, cl.start, trig.start):
        group = _named_group_before(art, s_idx, cl.start, trig.start) or _quote_by_it(art, s_idx, trig.start)
        if group is None and (own := _OWN_CLAUSE_PRONOUN.search(art.text, max(lo, trig.start - 40), trig.start)) is not None:
            # "Israel will keep troops there, as it warned that ...": "it" opening a clause joined to the
            # sentence stands for the party the sentence opens with
            group = sentence_subject(art, s_idx, own.start())
        if group is None:
            return Threat([], None, [], anaphoric=True)
        actors = [group]
    if not actors and (own := _OWN_CLAUSE_SUBJECT.search(art.text, max(lo, trig.start - 80), trig.start)) is not None:
        # "Israel will keep troops there, as Lebanese leaders warned that ...": the warning's clause has a subject
        # of its own, the speaker if it names a party; the sentence's opening is another clause's subject
        speaker = _speaker_named(art, own.start("np"), own.end("np"))
        if speaker is None:
            return None
        actors = [speaker]
    if not actors:
        subject = (
            sentence_subject(art, s_idx, trig.start)
            or _quoted_speaker(art, s_idx, trig.start)
            or _spokesman_for(art, s_idx, trig.start)
            or _group_opening(art, s_idx, trig.start)
            or _own_side(art, s_idx, trig)
            or _told_again(art, s_idx, trig.start)
            or _harm_holder(art, trig, cl.end)
        )
        if subject is None:
            return None
        actors = [subject]
    if _international_body(art, s_idx, actors[0]):
        return None  # "the UN rights chief warned of grave consequences": no party that can use force
    party = art.lexicon.leads.get(actors[0])
    if (
        party is not None
        # (a state's leader's threats stay his, as the GUIDE's threats name the speaker: "Netanyahu warned";
        # "the group" in his mouth is the enemy, "Katz warns that the group will pay")
        and party not in art.lexicon.countries
        and (_HIS_SIDE_WILL.match(art.text, trig.end, cl.end) or _WE_WILL.match(art.text, art.sentences[s_idx].start, trig.start))
    ):
        # "Qassem said the group would respond", '"Our operations will continue," he said': the leader of an
        # armed party speaks for it, the party that will act
        actors = [party]
    place = None
    home = art.lexicon.actor_country.get(actors[0])
    if home is None and actors[0] in art.lexicon.countries:
        home = actors[0]
    if home is None:
        home = _peoples_group(art, s_idx, actors[0])
    if _others_harm_foreseen(art, s_idx, trig, actors[0], home):
        return None  # "the Pentagon warned that Iran could strike US bases": a forecast of the other side's harm
    if home:
        country = art.lexicon.countries.get(home)
        place = Place(
            home,
            home,
            country.lat if country else None,
            country.lon if country else None,
            1,
            trig.start,
            trig.start,
            "loc",
        )
    if home:
        place = _spoken_near(art, s_idx, home, actors[0]) or place
    place = _subject_located(art, s_idx, trig.start) or place
    place = _waters_threatened(art, trig.end, art.sentences[s_idx].end) or place
    targets: list[str] = []
    for m in art.mentions_in(trig.end, cl.end):
        name = m.of("country") or m.of("actor") or m.of("demonym")
        if name and name.name not in actors and name.name != home and name.name not in targets:
            targets.append(name.name)
    return Threat(actors, place, targets[:2])


#: A clause opened by "as", "while" or "but" with a subject of its own right before the verb: ", as Lebanese leaders"
#: (not a pronoun or "the group", which stand for a party named before).
_OWN_CLAUSE_SUBJECT = re.compile(
    r",\s+(?:as|while|whereas|but|though|although)\s+"
    r"(?P<np>(?!(?:he|she|it|they|we|the\s+(?:group|militia|movement|faction))\b)(?:[\w.’'-]+\s+){1,6}?)"
    r"(?:(?:also|again|later|then|has|have|had)\s+)*$",
    re.I,
)

#: The same clause opened by "it" or "they": ", as it warned".
_OWN_CLAUSE_PRONOUN = re.compile(
    r",\s+(?:as|while|whereas|but|though|although)\s+(?:it|they)\s+(?:(?:also|again|later|then|has|have|had)\s+)*$", re.I
)

#: Between a warning and the party its "that" clause opens with: "warned on Sunday that the ".
_THAT_OPENS = re.compile(r"\s+(?:(?:on\s+)?\w+day\s+)?(?:that\s+)?(?:the\s+)?$", re.I)
#: A party's harm told as what may come: "could strike", "might soon attack", "may launch" (a "will" or
#: "would" is the speaker's own when said of its side, a threat; "could be targeted" is harm it bears).
_MAY_HARM = re.compile(
    r"(?:['’]s\s+(?:[a-z]+\s+){0,2})?\s*(?:(?:forces|army|military)\s+)?(?:could|may|might)\s+(?:(?:also|well|soon|then|now)\s+)?"
    r"(?:strike|attack|hit|target|launch|invade|bomb|shell|fire|escalate|retaliate)\b",
    re.I,
)


def _others_harm_foreseen(art: Document, s_idx: int, trig: events.Trigger, speaker: str, home: str | None) -> bool:
    """A warning that another party could do harm ("the Pentagon warned that Iran could strike US bases"):
    a forecast of its deed, no harm the speaker's side holds out ("Netanyahu warned that Israel could strike"
    is his own side's)."""
    if not trig.word.startswith(("warn", "caution")):
        return False
    s_end = art.sentences[s_idx].end
    for m in art.mentions_in(trig.end, min(s_end, trig.end + 50)):
        party = m.of("actor") or m.of("country") or m.of("demonym")
        if party is None or not _THAT_OPENS.fullmatch(art.text, trig.end, m.start):
            return False
        if not _MAY_HARM.match(art.text, m.end):
            return False
        name = party.name
        side = art.lexicon.actor_country.get(name, name)
        return name != speaker and side != home and name != art.lexicon.leads.get(speaker)
    return False


#: Right after a leader's speech verb, the party he leads as the one that will do the harm: "said on Sunday
#: the group would", "warned that the movement will", "said his forces would" (not a party named by name:
#: "Netanyahu warned Israel would strike" stays his own threat).
_HIS_SIDE_WILL = re.compile(
    r"\s*,?\s+(?:(?:on\s+)?\w+day\s+|\w+ly\s+)?(?:that\s+)?"
    r"(?:the\s+(?:group|movement|militia|faction|organi[sz]ation)|(?:his|its)\s+(?:[a-z]+\s+)?"
    r"(?:forces|fighters|men|troops|militia|militiamen|group|movement|army))"
    # (not the harm it would bear: "the group will pay a heavy price")
    r"\s+(?:\w+ly\s+)?(?:will|would|shall|(?:is|was|are|were)\s+ready)\b(?!\s+(?:not\s+)?(?:pay|face|suffer|be)\b)",
    re.I,
)

#: A quotation opening the sentence whose harm is the speaker's side's, told as "we" or "our": '"We will
#: respond", '"Our operations will continue'.
_WE_WILL = re.compile(r"\W{0,3}[\"“]\s*(?:we|our\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:\w+ly\s+)?(?:will|would|shall)\b", re.I)


#: A rank or office that speaks for a party: "commander", "spokesman", "foreign minister", "envoy".
_RANK = (
    r"(?:[Cc]ommanders?|[Ss]pokes(?:man|woman|person)|[Mm]inisters?|[Ss]ecretary|[Gg]enerals?|[Cc]hiefs?|[Ll]eaders?"
    r"|[Aa]mbassador|[Ee]nvoy)"
)
#: A speaker told by a rank of a party's own, right before the speech verb: "a Guards commander said".
_RANK_SPEAKS = re.compile(r"\b" + _RANK + r"\s+(?:\w+\s+){0,2}$")
#: "said (that) Iran would", "said Hezbollah's forces will": a party named as the subject of the modal that
#: holds harm out. Not "must": "warned Israel must halt its raids or face war" puts a demand to the other side.
_PARTY_WILL = re.compile(r"\s+(?:(?:forces|army|military|government)\s+)?(?:will|would|shall)\b", re.I)


def _harm_holder(art: Document, trig: events.Trigger, end: int) -> str | None:
    """ "A Guards commander said Iran would strike US bases": with no party speaking, the party the
    statement names as the one that would do the harm is the one threatening, its speaker's side: only
    when the speaker is told as one of a party's ranks (an analyst's or residents' forecast is no threat)."""
    if not _RANK_SPEAKS.search(art.text, max(0, trig.start - 60), trig.start):
        return None
    for m in art.mentions_in(trig.end, min(end, trig.end + 40)):
        party = m.of("actor") or m.of("country")
        if party is not None and _PARTY_WILL.match(art.text, m.end):
            between = art.text[trig.end : m.start].split()
            if len(between) <= 4 and all(w.lower() in ("that", "on", "the") or w[:1].isupper() or w[:1].isdigit() for w in between):
                return party.name
        return None
    return None


#: Words that open a clause before a sentence's subject: "After the raid in X, Iran warned ...".
_OPENERS = words("after following before as when while since amid despite with without once hours days weeks")


def _subject_located(art: Document, s_idx: int, trig_start: int) -> Place | None:
    """ "Iran-backed factions in Syria vowed ...": a country the subject places the speaker in, with "in" or
    "based in", is where the speaker is and speaks from, whatever its patron's home (a subject with a comma
    in it may be a clause before the subject: "After the raid in Syria, Iran warned ...")."""
    start = subject_start(art, s_idx, trig_start)
    comma = art.text.find(",", start, trig_start)
    if comma >= 0 and art.text[start:comma].split(None, 1)[0].lower() in _OPENERS:
        start = comma  # "After the raid in Syria, Iran warned ...": the subject comes after the opening clause
    for m in art.mentions_in(start, trig_start):
        if art.words_before(m.start, 1) != ["in"]:
            continue
        c = m.of("country")
        if c is not None:
            return country_place(c, m.start, m.end)
    return None


#: Heads of a subject that is an event or a state of affairs, not a party: "the RSF capture of X threatens ...".
_EVENT_HEADS = events.NOUNS | words(
    "capture captures seizure seizures advance advances offensive offensives takeover fall war wars conflict escalation "
    "presence buildup deployment deployments incursion incursions blockade siege campaign operations operation"
)
#: Between the party's name and the verb: its event noun, and the noun's complement ("of the town", "on X").
_HEAD_THEN = re.compile(r"(?:['’]s?)?\s+(?P<head>[a-z][\w-]*)(?:\s+(?:of|on|in|into|against|near|at|along)\s+[^,;:\"“”]{0,50}?)?\s+$")


#: A clause opening on a thing that "threatens": "as a funding shortfall threatens", ", while rising prices threaten"
#: (a common noun with no party named in it; a party's noun is read by the speaker rules).
_THING_THEN = re.compile(
    r"(?:^|[,;:]\s*|\b(?:as|while|because|since|and|but)\s+)(?:(?:a|an|the)\s+)?(?:[a-z][\w-]*\s+){0,3}?(?P<head>[a-z][\w-]*)\s+$"
)
#: Heads of a subject that is a party, by role or kind: "the group threatens", "the minister threatened".
_PARTY_HEADS = words(
    """group groups militia militias movement government governments army military rebels fighters forces force
    minister ministry spokesman spokeswoman commander commanders leader leaders president official officials regime
    side sides country state states authorities administration junta council chief envoy general navy guard guards
    organisation organization alliance coalition faction factions party parties militants insurgents we they he she it"""
)


def _thing_subject(art: Document, s_idx: int, trig: events.Trigger) -> bool:
    """ "threatens" whose subject is a thing ("as a funding shortfall threatens the force's ability to pay its
    troops"): no party named or meant by its noun threatens anyone."""
    if not trig.word.startswith("threaten"):
        return False
    s = art.sentences[s_idx]
    lo = max(s.start, trig.start - 60)
    m = _THING_THEN.search(art.text, lo, trig.start)
    if m is None or art.mentions_in(m.start(), trig.start):
        return False
    return m.group("head") not in _PARTY_HEADS and lemma_form(m.group("head"))[0] not in _PARTY_HEADS


def _event_subject(art: Document, s_idx: int, trig: events.Trigger) -> bool:
    """ "threatens" whose subject is an event ("the group's capture of the town threatens the border"): the
    event word is the head of the subject, the party only its modifier; no one threatens."""
    if not trig.word.startswith("threaten"):
        return False
    s = art.sentences[s_idx]
    names = [m for m in art.mentions_in(max(s.start, trig.start - 80), trig.start) if actor_name(m, adjectival=True)]
    for m in reversed(names):
        h = _HEAD_THEN.fullmatch(art.text, m.end, trig.start)
        if h is not None:
            return lemma_form(h.group("head"))[0] in _EVENT_HEADS or h.group("head") in _EVENT_HEADS
    return False


def _international_body(art: Document, s_idx: int, actor: str) -> bool:
    """The speaker is a body of states with no force of its own (the UN, the EU, the AU: the lexicon's
    institutions with no home country): its warnings foresee harm, they threaten none."""
    s = art.sentences[s_idx]
    for m in art.mentions_in(s.start, s.end):
        e = m.of("actor")
        if e is not None and e.name == actor:
            return e.sub == "institution" and not e.country
    return False


_IN_WATERS = re.compile(r"\b(?:in|off|at|within|inside)\s+(?:the\s+)?$", re.I)


def _waters_threatened(art: Document, a: int, b: int) -> Place | None:
    """ "will strike any ship in the Red Sea bound for X": a sea, gulf or strait the threat's words name is
    where the harm is held out, the threat's place (no state's ground: the speaker's home says less)."""
    for m in art.mentions_in(a, b):
        e = m.of("place")
        # (ships "passing through" or sailing "towards" a sea are told their route, not where harm awaits them)
        if e is not None and e.sub == "water" and _IN_WATERS.search(art.text, max(a, m.start - 12), m.start):
            return Place(e.name, e.country, e.lat, e.lon, RANK["water"], m.start, m.end, "loc")
    return None


def _adjacent(art: Document, trig_start: int, actors: list[str]) -> list[str]:
    """The speaker found before the verb, unless a comma parts them: in "a conflict between Israel and
    Hamas in Gaza, threatens a wider war" the party named is no subject (an apposition is one)."""
    if not actors:
        return actors
    for m in reversed(art.mentions_in(max(0, trig_start - 120), trig_start)):
        if actors[0].startswith(actor_name(m, adjectival=True) or "\0"):
            between = art.text[m.end : trig_start]
            if "," in between and not _APPOSITION.match(between):
                return []
            if not _GIVE.isdisjoint(art.words_before(m.start, 1)):
                return []  # "gave Israel an ultimatum", "sent Washington a warning": the one warned
            break
    return actors


_GIVE = words("gave give gives giving handed hand sent send sends issued delivered served")
#: A named person the lexicon does not know: "Defence Secretary Grant Shapps", "Jake Sullivan".
_UNLISTED_NAME = re.compile(r"(?-i:[A-Z][\w’'-]+)\s+(?-i:[A-Z][\w’'-]+)\s*(?:,[^,]{0,60},\s*)?$")
#: An office that speaks for a party, opening a subject: "Spokesman X", "Foreign Minister X", "the army's chief X".
_OFFICE = re.compile(r"(?:(?:[Tt]he|[A-Z][a-z]+|[a-z]+['’]s)\s+){0,3}" + _RANK + r"\s+")


def _own_side(art: Document, s_idx: int, trig: events.Trigger) -> str | None:
    """ "Defence Secretary Grant Shapps told MPs the UK will not hesitate to respond": a named person the
    lexicon does not know, saying what his own side will do, speaks for the party that will act."""
    first = trig.word.split(None, 1)[0]
    warned = first in ("warned", "warns", "warning")
    if first not in speech.PLAIN and not warned:
        return None
    start = subject_start(art, s_idx, trig.start)
    if not _UNLISTED_NAME.search(art.text, start, trig.start):
        return None
    if warned and not _OFFICE.match(art.text, start, trig.start):
        # "Spokesman Ali Rahimi warned Iran would hit back" speaks for his side; a warning by a name with
        # no office ("Analyst John Doe warned Iran would hit back") foresees what another side will do
        return None
    s = art.sentences[s_idx]
    for m in art.mentions_in(trig.end, min(s.end, trig.end + 60)):
        name = actor_name(m)
        if name and _PARTY_WILL.match(art.text, m.end, s.end):
            return name
    return None


#: A plain verb of saying (speech.PLAIN), "told" and "tells" with whom they address: "Saree said", "he told reporters".
_SAID = speech.alternation(speech.PLAIN - speech.ADDRESSED) + "|" + speech.alternation(speech.ADDRESSED) + r"\s+\w+"
#: '"... will continue," Saree said, warning ...': the speaker named after the closing quote.
_QUOTED_BY = re.compile(
    r"[\"”’]\s*,?\s+(?P<np>(?:[\w.’'-]+\s+){0,6}?)(?:(?:" + _SAID + r"|adds|wrote|posted)"
    r"\s*,?\s*(?:(?:also|and|while|before)\s+)?)?$"
)


#: A speaker told after the statement, with no quotation marks: "..., a senior Russian official warned" (a few
#: words after the last comma, none a verb's helper; a clause of its own is no speaker: ", as troops massed").
_FRONTED_BY = re.compile(
    r",\s+(?P<np>(?!(?:as|while|after|before|when|and|but|which|who|saying)\b)(?:(?!(?:was|were|is|are|has|have|had)\b)[\w.’'-]+\s+){1,7}?)"
    r"(?:(?:also|again|later|then|on\s+\w+day)\s+)?$",
    re.I,
)


#: A warning's own complement after it: "warned that", "warned Israel", "warned of", "warned the troops to".
_STATEMENT_AFTER = re.compile(r"\s+(?:(?:[\w'’-]+\s+){0,4}?(?:that|of|against|to|with)\b|(?-i:[A-Z]))", re.I)


_FRONTING_VERBS = frozenset({"warned", "warns", "threatened"})


def _fronted_statement(art: Document, s_idx: int, trig: events.Trigger) -> re.Match[str] | None:
    """The speaker phrase of a statement told before it with no quotation marks and no complement after the
    verb ("Iran will strike if attacked, a Guards commander warned on Sunday"); None for any other warning."""
    s = art.sentences[s_idx]
    text = art.text
    if trig.word not in _FRONTING_VERBS or text[s.start : s.start + 1] in "\"“":
        return None
    m = _FRONTED_BY.search(text, max(s.start, trig.start - 80), trig.start)
    if m is None or m.start() <= s.start or _STATEMENT_AFTER.match(text, trig.end, s.end):
        return None
    return m


def _fronted_speaker(art: Document, s_idx: int, trig: events.Trigger) -> str | None:
    """ "Moscow could use nuclear weapons if attacked, a senior Russian official warned": the speaker named
    after the statement (a party, a nationality before a role, a listed person's surname)."""
    m = _fronted_statement(art, s_idx, trig)
    if m is None:
        return None
    return _speaker_named(art, m.start("np"), m.end("np"))


def _speaker_named(art: Document, a: int, b: int) -> str | None:
    """The speaker a phrase text[a:b] names: a party, a nationality before a role, a listed person's surname."""
    for mention in art.mentions_in(a, b):
        name = actor_name(mention) or _national_role(art, mention, b)
        if name:
            return name
    return _surname_at(art, a, b)


def _quoted_speaker(art: Document, s_idx: int, trig_start: int) -> str | None:
    """ '"Our operations will expand," Saree said, warning shipping companies ...': the participle's
    subject is who the quotation is attributed to."""
    s = art.sentences[s_idx]
    m = _QUOTED_BY.search(art.text, s.start, trig_start)
    if m is None:
        return None
    a = m.start("np")
    return _speaker_named(art, a, m.end("np")) or _pronoun_speaker(art, s_idx, a, trig_start)


#: "it" or "they" as the whole attribution of a quotation: '"...," it added'.
_IT_SAID = re.compile(r"(?:it|they)\s*$", re.I)
#: A party as the subject of the harm a quotation holds out: "Russia reserves the right", "Iran will".
_PARTY_HOLDS = re.compile(r"(?:['’]s\s+\w+\s+)?\s*(?:will|would|shall|reserves|is\s+ready|is\s+prepared)\b", re.I)


def _quote_by_it(art: Document, s_idx: int, trig_start: int) -> str | None:
    """ '"Russia reserves the right to respond," it added': a quotation told by "it" or "they" whose harm has
    a named party as its subject, opening it, is that party's own threat."""
    q = _QUOTED_BY.search(art.text, art.sentences[s_idx].start, trig_start)
    if q is None or not _IT_SAID.match(art.text, q.start("np"), trig_start):
        return None
    s = art.sentences[s_idx]
    for m in art.mentions_in(s.start, q.start()):
        name = actor_name(m)
        # (the party opens the quotation: its subject, not a party the harm is said of: "the raids on X will")
        if name and _QUOTE_OPENS.fullmatch(art.text, s.start, m.start) and _PARTY_HOLDS.match(art.text, m.end, q.start()):
            return name
        break
    return None


_QUOTE_OPENS = re.compile(r"\W{0,3}[\"“]\s*(?:[Tt]he\s+)?")


#: Words of a sentence that tells a statement: a plain verb of saying, or the statement itself.
_SPEECH = speech.PLAIN | words("statement address speech video remarks interview briefing")


def _peoples_group(art: Document, s_idx: int, actor: str) -> str | None:
    """The country of a group told by its people and kind ("an Iraqi armed faction", "Iraqi militias"): Iraq."""
    s = art.sentences[s_idx]
    for m in art.mentions_in(s.start, s.end):
        people = m.of("demonym")
        if people is not None and actor.startswith(art.text[m.start : m.end] + " "):
            return people.name
    return None


def _spoken_near(art: Document, s_idx: int, home: str, speaker: str) -> Place | None:
    """Where the statement was made: told in its sentence, or in one of the sentences next to it that names
    the same speaker speaking ("Katz said in a statement from his office in Tel Aviv", "Saree spoke in a
    video address aired from Sanaa")."""
    found = _spoken_from(art, s_idx, home)
    if found is not None:
        return found
    for j in (s_idx + 1, s_idx - 1, s_idx - 2):
        if not 0 <= j < len(art.sentences):
            continue
        s = art.sentences[j]
        toks = art.tokens_in(s.start, s.end)
        if not any(t.norm in _SPEECH for t in toks):
            continue
        named = any(actor_name(m) == speaker for m in art.mentions_in(s.start, s.end)) or any(
            t.text[:1].isupper() and art.lexicon.person_by_surname(t.norm) == speaker for t in toks
        )
        if named:
            found = _spoken_from(art, j, home)
            if found is not None:
                return found
    return None


def _spoken_from(art: Document, s_idx: int, home: str) -> Place | None:
    """ "... in a statement carried from Pyongyang": a place of the speaker's own country the sentence
    says the threat was made in or from is where it was made."""
    s = art.sentences[s_idx]
    for m in art.mentions_in(s.start, s.end):
        if art.words_before(m.start, 1) not in (["in"], ["from"]):
            continue
        p, c = m.of("place"), m.of("capital")
        if (p is not None and p.country == home) or (c is not None and c.country == home):
            country = art.lexicon.countries.get(home)
            lat = p.lat if p is not None and p.lat is not None else (country.lat if country else None)
            lon = p.lon if p is not None and p.lon is not None else (country.lon if country else None)
            name = p.name if p is not None else art.text[m.start : m.end]
            return Place(name, home, lat, lon, 1, m.start, m.end, "loc")
    return None


#: ", the powerful sister of leader Kim Jong-un," between a speaker and the verb.
_APPOSITION = re.compile(r"\s*,\s+(?:the|a|an|its|his|her|their)\b[^,;\"“]{0,80},\s*(?:(?:also|again|later|then)\s+)?$")


def _apposed_speaker(art: Document, s_idx: int, trig_start: int) -> list[str]:
    """ "Kim Yo-jong, the powerful sister of leader Kim Jong-un, warned ...": the name that opens the
    sentence speaks, not the one inside the apposition."""
    start = subject_start(art, s_idx, trig_start)
    for m in art.mentions_in(start, min(trig_start, start + 70)):
        name = actor_name(m)
        if name and _TITLES.fullmatch(art.text, start, m.start) and _APPOSITION.match(art.text[m.end : trig_start]):
            return [name]
        break
    return []


_GROUP_NOUN = re.compile(r"\bthe\s+(?:group|militia|movement|faction)\b[^.;]{0,40}$", re.I)


def _named_group_before(art: Document, s_idx: int, a: int, trig_start: int) -> str | None:
    """ "the group warned ...", told after the group was named: the armed group last named in the
    two sentences before, when no threat by anyone has been told yet."""
    if not _GROUP_NOUN.search(art.text, max(a, trig_start - 60), trig_start):
        return None
    lo = art.sentences[max(0, s_idx - 2)].start
    for m in reversed(art.mentions_in(lo, art.sentences[s_idx].start)):
        e = m.of("actor")
        if e is not None and e.sub == "armed_group":
            return e.name
    return None


_OPENS_WITH_GROUP = re.compile(r"the\s+(?:group|militia|movement|faction)\b", re.I)


def _group_opening(art: Document, s_idx: int, trig_start: int) -> str | None:
    """ "In a statement on Saturday, the group said ... and warned ...": the sentence's subject is
    "the group", the armed group named in the two sentences before."""
    start = subject_start(art, s_idx, trig_start)
    if start >= trig_start or not _OPENS_WITH_GROUP.match(art.text, start, trig_start):
        return None
    return _named_group_before(art, s_idx, start, min(trig_start, start + 40))


def sentence_subject(art: Document, s_idx: int, before: int) -> str | None:
    """The actor that opens the sentence, or its part after a semicolon or dash (after a leading "In a
    statement," or "On Sunday,"): a name from the lexicon, else a listed person's surname."""
    start = subject_start(art, s_idx, before)
    for m in art.mentions_in(start, min(before, start + 70)):
        name = actor_name(m) or _national_role(art, m, before)
        if name and _TITLES.fullmatch(art.text, start, m.start):
            return name
        break
    return _surname_at(art, start, before) or _pronoun_speaker(art, s_idx, start, before)


#: People who speak for a state: "Iranian officials", "the Israeli defence minister", "a Russian diplomat".
_ROLE = re.compile(
    r"\s+(?:(?:senior|top|military|security|defen[cs]e|foreign|government|army|intelligence|state|[A-Z][a-z]+)\s+){0,3}"
    # (a role of the head of state's: "the Iranian Supreme Leader's senior aide")
    r"(?:(?:[A-Z][a-z]+\s+){0,2}(?-i:[A-Z])[a-z]+['’]s\s+(?:(?:senior|top|military|security|chief|foreign|defen[cs]e)\s+)?"
    r"(?:advis[eo]rs?|aides?|spokes(?:man|woman|person)|envoy)\b|"
    r"(?:officials?|minister|ministry|president|leaders?|leadership|spokes(?:man|woman|person)|commanders?|chief|"
    r"government|authorities|envoy|ambassador|diplomats?)\b)"
)


def _national_role(art: Document, m: Mention, before: int) -> str | None:
    """ "Iranian officials warned ...": a nationality before a role that speaks for a state is that state."""
    e = m.of("demonym")
    if e is None or not _ROLE.match(art.text, m.end, before):
        return None
    return e.name


_PRONOUN = re.compile(r"(?:[Hh]e|[Ss]he)\s+(?:(?:also|again|later|then|further|\w+ly)\s+)?(?:(?:" + _SAID + r")\s*,?\s*)?$")


def _pronoun_speaker(art: Document, s_idx: int, a: int, b: int) -> str | None:
    """ "He warned ...", '"...," she said': the listed person last named in this sentence or the two
    before (reporters name a speaker, then go on with "he")."""
    if not _PRONOUN.match(art.text, a, b):
        return None
    lo = art.sentences[max(0, s_idx - 2)].start
    for m in reversed(art.mentions_in(lo, a)):
        e = m.of("actor")
        if e is not None and e.sub == "person":
            return e.name
    return None


#: Where a new statement opens inside a sentence: "Hezbollah urged ...; Katz warns ...", "14:20 — X warned".
_HARD_BREAK = re.compile(r";|\s[—–-]\s|:\s")
#: Markup and a clock stamp opening a live-blog entry: "**14:20** — ".
_STAMP = re.compile(r"[\s*_\[\]()\d:.]*(?:[—–-]\s+)?")


def subject_start(art: Document, s_idx: int, before: int) -> int:
    """Where the subject of a speech verb at ``before`` can open: past the last hard break before it
    (outside quotes), a live-blog stamp and a leading adverbial."""
    s = art.sentences[s_idx]
    start = s.start
    for m in _HARD_BREAK.finditer(art.text, s.start, before):
        if not in_quote(art.text, s.start, m.start()):
            start = m.end()
    start = _STAMP.match(art.text, start, before).end()  # type: ignore[union-attr]
    lead = _LEADING_ADVERBIAL.match(art.text, start, before)
    return lead.end() if lead else start


def _surname_at(art: Document, a: int, b: int) -> str | None:
    """ "Katz warns ...", "Defence Minister Katz said": the capitalised word that ends the run of titles
    opening text[a:b] (which takes any capitalised word) is a listed person's surname."""
    title = _TITLES.match(art.text, a, b)
    end = title.end() if title else a
    toks = [t for t in art.tokens_in(a, end)]
    if not toks or not toks[-1].text[:1].isupper():
        return None
    return art.lexicon.person_by_surname(toks[-1].norm)


#: A speaker told again by a body's definite noun, opening the subject: "the ministry added", '"...," the
#: council noted', "The Joint Command of its forces also said", "The ministry put out a statement, asserting".
_BODY_OPENS = re.compile(
    r"the\s+(?:(?-i:[A-Z])[a-z]+\s+){0,2}(?P<noun>ministry|government|army|military|command|office|council|presidency|cabinet)\b",
    re.I,
)


def _told_again(art: Document, s_idx: int, trig_start: int) -> str | None:
    """ "The ministry warned", '"...," the ministry said': a speaker told again by a body's definite noun is
    the party that noun was last named with in the three sentences before ("Syria's Defence Ministry",
    "the Afghan Defence Ministry"). (A pronoun, "it" or "he", was tried the same way, to the party opening
    the sentence before: it found no threat the gold holds and made false ones.)"""
    start = subject_start(art, s_idx, trig_start)
    m = _BODY_OPENS.match(art.text, start, trig_start)
    if m is None:
        quoted = _QUOTED_BY.search(art.text, art.sentences[s_idx].start, trig_start)
        m = _BODY_OPENS.match(art.text, quoted.start("np"), trig_start) if quoted is not None else None
    if m is None:
        return None
    noun = m.group("noun").lower()
    for j in range(s_idx - 1, max(-1, s_idx - 4), -1):
        name = _named_with(art, j, noun)
        if name:
            return name
    return None


def _named_with(art: Document, j: int, noun: str) -> str | None:
    """The party sentence ``j`` names a body with, last: "Syria's Defence Ministry", "the Afghan Defence
    Ministry"; a sentence that opens with the body unnamed ("The Ministry of Defence noted")
    follows one that opened with its state ("Pakistan condemned ...")."""
    s = art.sentences[j]
    text = art.text
    found = [k for k in range(art.token_index(s.start), art.token_index(s.end)) if art.tokens[k].norm == noun]
    for k in reversed(found):
        at = art.tokens[k].start
        for mention in reversed(art.mentions_in(max(s.start, at - 50), at)):
            if not _BODY_OF.fullmatch(text, mention.end, at):
                continue
            name = actor_name(mention, adjectival=True)
            if name:
                return name
    if found and j > 0 and art.tokens[found[0]].start - s.start < 40:
        return _opening_party(art, j - 1)
    return None


#: Between a party and its body's noun: "'s Defence", " Foreign", " " ("the Afghan Defence Ministry").
_BODY_OF = re.compile(r"(?:['’]s)?\s+(?:(?-i:[A-Z])[\w-]+\s+){0,3}", re.I)


_OPEN_QUOTE = re.compile(r"[\"“][^\"”]{8,400}?[\"”]\s*,?\s*")


def _opening_party(art: Document, j: int) -> str | None:
    """The party a sentence opens with (after a stamp and a leading adverbial), or the one its opening
    quotation is attributed to ('"...," Hezbollah's deputy chief told the channel')."""
    s = art.sentences[j]
    text = art.text
    start = _STAMP.match(text, s.start, s.end).end()  # type: ignore[union-attr]
    q = _OPEN_QUOTE.match(text, start, s.end)
    if q is not None:
        start = q.end()
    lead = _LEADING_ADVERBIAL.match(text, start, s.end)
    start = lead.end() if lead else start
    for m in art.mentions_in(start, min(s.end, start + 70)):
        name = actor_name(m) or _national_role(art, m, s.end)
        if name and _TITLES.fullmatch(text, start, m.start):
            return name
        break
    return _surname_at(art, start, s.end)
