"""Threat statements: a named actor warning or vowing to strike, and where it speaks from.

"Kataeb Hezbollah issued a warning to the United States", "X said Y would respond with force":
the actor is the speaker (a group, government or leader from the lexicon), the place is where
the actor is based, the objects are who is threatened. Unnamed speakers make no threat.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from reporter.extract import events
from reporter.extract.actors import actor_name, agents, subject_is_anaphoric
from reporter.extract.document import Document
from reporter.extract.places import Place

_LEADING_ADVERBIAL = re.compile(
    r"(?:(?:In|On|At|Meanwhile|Earlier|Later|Separately|Late|Early)\b[^,]{0,40},\s*)?"
)
#: Words of a title before the speaker's name: "The", capitalised words ("Russian Security Council"),
#: and lower-case role words ("deputy chairman", "commander", "defence minister").
_TITLES = re.compile(
    r"(?:(?:[Tt]he|[A-Z][a-z]+|deputy|vice|chairman|chairwoman|chair|leader|commander|chief|head|president|"
    r"prime|minister|foreign|defen[cs]e|army|military|supreme|senior|top|spokes(?:man|woman|person))\s+){0,5}"
)
THREAT_CONTENT = re.compile(
    r"\b(?:would|will|shall|retaliat\w*|revenge|aveng\w*|consequences|targets?|respond|response|strike|punish\w*|"
    r"war|price|threatening|vowing|destroy|wipe|force|fire|hell|evacuat\w*)\b"
    r"|\bmore\s+(?:[\w-]+\s+)?(?:strikes|attacks|operations)\b"
    r"|\bto\s+(?:keep\s+|continue\s+)?(?:target|strik|attack|hit|retaliat|respond|resum|expand|escalat|seiz|captur|storm|invad|overr[au]n|shell|bomb)\w*"
    r"|\bto\s+take\s+(?-i:[A-Z])",
    re.I,
)


def _spokesman_for(art: Document, s_idx: int, before: int) -> str | None:
    """ "Abu Obeida, spokesman for Hamas's armed wing, warned ...": the group the speaker speaks for."""
    s = art.sentences[s_idx]
    m = _SPEAKS_FOR.search(art.text, s.start, before)
    if m is None:
        return None
    for mention in art.mentions_in(m.end(), min(before, m.end() + 40)):
        name = actor_name(mention)
        if name:
            return name
    return None


_SPEAKS_FOR = re.compile(
    r"\b(?:spokes(?:man|woman|person)|leader|commander|chief|head|official|minister|secretary-general|envoy)"
    r"\s+(?:of|for)\s+(?:the\s+)?",
    re.I,
)


class Threat(NamedTuple):
    actors: list[str]
    place: Place | None
    objects: list[str]
    #: the speaker is "the group" or "it": the threat continues one already told
    anaphoric: bool = False


def threat_args(art: Document, s_idx: int, cl: events.Clause, trig: events.Trigger) -> Threat | None:
    """Who threatens whom, and from where; None when no named actor speaks (an analyst, "one senator")."""
    lo = min(cl.start, art.sentences[s_idx].start if trig.start < cl.start else cl.start)
    actors = _apposed_speaker(art, s_idx, trig.start) or agents(
        art, lo, cl.end, trig.start, trig.end, max_gap=3, by=False
    )
    if not actors and subject_is_anaphoric(art, cl.start, trig.start):
        group = _named_group_before(art, s_idx, cl.start, trig.start)
        if group is None:
            return Threat([], None, [], anaphoric=True)
        actors = [group]
    if not actors:
        subject = (
            sentence_subject(art, s_idx, trig.start)
            or _spokesman_for(art, s_idx, trig.start)
            or _group_opening(art, s_idx, trig.start)
        )
        if subject is None:
            return None
        actors = [subject]
    place = None
    home = art.lexicon.actor_country.get(actors[0])
    if home is None and actors[0] in art.lexicon.countries:
        home = actors[0]
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
        place = _spoken_from(art, s_idx, home) or place
    targets: list[str] = []
    for m in art.mentions_in(trig.end, cl.end):
        name = m.of("country") or m.of("actor") or m.of("demonym")
        if name and name.name not in actors and name.name != home and name.name not in targets:
            targets.append(name.name)
    return Threat(actors, place, targets[:2])


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
    s = art.sentences[s_idx]
    lead = _LEADING_ADVERBIAL.match(art.text, s.start, s.end)
    start = lead.end() if lead else s.start
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
    s = art.sentences[s_idx]
    lead = _LEADING_ADVERBIAL.match(art.text, s.start, s.end)
    start = lead.end() if lead else s.start
    if start >= trig_start or not _OPENS_WITH_GROUP.match(art.text, start, trig_start):
        return None
    return _named_group_before(art, s_idx, start, min(trig_start, start + 40))


def sentence_subject(art: Document, s_idx: int, before: int) -> str | None:
    """The actor that opens the sentence (after a leading "In a statement," or "On Sunday,")."""
    s = art.sentences[s_idx]
    lead = _LEADING_ADVERBIAL.match(art.text, s.start, s.end)
    start = lead.end() if lead else s.start
    for m in art.mentions_in(start, min(before, start + 70)):
        name = actor_name(m)
        if name and _TITLES.fullmatch(art.text, start, m.start):
            return name
        break
    return None
