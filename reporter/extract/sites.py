"""The target or the doers of an event told again by their kind: "Gunmen attacked a police post in X province.
The post, at Y, came under fire on Friday" tells one attack twice, first loosely, then with its spot and day;
so does "Bandits raided villages in X. The attackers opened fire on residents in Y and Z".

A site noun that the last event's words named with an indefinite article ("a post", "an army base")
and the next sentence opens with a definite one ("The post", "The base") is that same site; armed men
named by a definite noun of their role ("The attackers", "The gunmen") opening the next sentence are the
last event's doers. Either way the event told there, of a kind that fits, is the one told before, not a
second attack.
"""

from __future__ import annotations

import re

from reporter import ship_nouns
from reporter.extract.candidates import NEW_EVENT, Cand
from reporter.extract.document import Document
from reporter.incident_types import compatible
from reporter.wordlists import alternation, words

#: Sites an attack is aimed at, which a story names once loosely and then again by their kind (a ship by any of
#: its nouns: "a bulk carrier ... The vessel").
SITE_NOUNS = words("""post outpost base camp checkpoint convoy patrol barracks garrison position station
    compound village town market mosque church school hospital prison bus vehicle""") | ship_nouns.SHIPS

_SITE = alternation(SITE_NOUNS)
#: "a military post", "an army base", "a remote police checkpoint": the site named first, loosely; so is one
#: named as its town's own ("the city's main market", "the town's police station").
_A_SITE = re.compile(
    rf"\b(?:a|an|the\s+(?:city|town|village|capital|port)['’]s)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_SITE})\b", re.I
)
#: "The post", "The army base": the same kind named again, opening the sentence that retells it.
_THE_SITE = re.compile(rf"\W*the\s+(?:[\w-]+\s+)?(?P<noun>{_SITE})\b", re.I)
#: "The attackers", "The gunmen": the doers of the event just told, named again by their role.
_THE_DOERS = re.compile(
    # (after the source that tells what they did: "Two security sources said the attackers used a car bomb")
    r"\W*(?:(?:[\w'’-]+\s+){1,5}?(?:said|says|told\s+[\w-]+|reported)\s+(?:that\s+)?)?"
    r"the\s+(?:attackers|assailants|gunmen|raiders|militants|bandits|insurgents|jihadists|fighters)\b"
    r"(?!\s+(?:who|that|were|was|had\s+been)\b)",
    re.I,
)
#: A list of places: "in A, B and C" (two or more names joined).
_LISTED = re.compile(r"\b[A-Z][\w'’-]+,\s+[A-Z][\w'’-]+(?:,\s+[A-Z][\w'’-]+)*,?\s+and\s+[A-Z]")
#: "again", "a second time", "once more": the site hit anew, another event.
_ANEW = re.compile(r"\b(?:again|anew|once\s+more|(?:a|for\s+the)\s+(?:second|third)\s+time)\b", re.I)


def site_retold(art: Document, last: Cand, last_told: int, c: Cand) -> bool:
    """``c``, told in the sentence or two after ``last`` (last told at sentence ``last_told``), opens on
    the site ``last`` named loosely ("a post" ... "The post came under attack"): the same event, when its
    kind fits, its day does not contradict a day of its own (one only borrowed, as a report's day, yields),
    it lies in the same country and no other party is named as its doer."""
    # (an attack told loosely again, "came under attack", may be read as an untyped incident, or typed by a guess
    # with no weapon named, "was struck": it takes the kind)
    guessed = c.type == "other" or (not c.own_weapon and c.weapon_class is None)
    if not 0 < c.s_idx - last_told <= 2 or not (compatible(last.type, c.type) or guessed):
        return False
    if c.date is not None and last.date is not None and last.date_q >= 2 and c.date != last.date:
        return False
    if c.place is not None and last.place is not None and c.place.country not in (None, last.place.country):
        return False
    if c.actors and last.actors and set(c.actors).isdisjoint(last.actors):
        return False
    s = art.sentences[c.s_idx]
    the_site = _THE_SITE.match(art.text, s.start, c.pos)
    if the_site is None or _ANEW.search(art.text, *c.clause) or NEW_EVENT.search(art.text, *c.clause):
        return False
    noun = _kind(the_site.group("noun"))
    told = art.text[last.evidence[0] : last.evidence[1]]
    return any(_kind(m.group("noun")) == noun for m in _A_SITE.finditer(told))


def _kind(noun: str) -> str:
    """The kind a site noun names: a ship is one whatever its noun ("carrier", "vessel", "tanker")."""
    noun = noun.lower()
    return "ship" if noun in ship_nouns.SHIPS else noun


def new_site_in(text: str, a: int, b: int) -> bool:
    """text[a:b] names a site with an indefinite article ("at a market", "near an army post"): one told for the
    first time, not the one an event just told was at."""
    return _A_SITE.search(text, a, b) is not None


def new_site_tolled(art: Document, old: Cand, c: Cand) -> bool:
    """``c`` hits a site told for the first time after its verb, with a toll of its own unlike ``old``'s ("The
    attackers later torched a market in X, killing four"): another deed of the day, not ``old`` told again."""
    # (a toll where the first telling gave none is more of it: "attacked a checkpoint" ... "a checkpoint, killing five")
    return None not in (c.killed, old.killed) and c.killed != old.killed and new_site_in(art.text, c.pos, c.clause[1])


def doers_retold(art: Document, last: Cand, last_told: int, c: Cand) -> bool:
    """``c``, told with no day of its own in the sentence or two after ``last`` was last told, opens on ``last``'s doers named by
    their role ("The attackers opened fire ..."): the same event, when it is a fight or an attack by
    unnamed means (or the doers' blast), no party of its own is named and it lies in the same country."""
    # (a day only lent by the story, not told in its own words, is no day of its own)
    # (a sentence between that tells no event, as a claim of it, keeps them close, as for a site retold)
    if not 0 < c.s_idx - last_told <= 2 or (c.date_q >= 2 and c.date != last.date) or c.actors:
        return False
    # (the doers' bomb is a means of their attack: "The assailants detonated a car bomb at the gate")
    if last.type not in ("armed_clash", "explosion", "other") or c.type not in ("armed_clash", "explosion", "other"):
        return False
    if c.place is not None and last.place is not None and c.place.country not in (None, last.place.country):
        return False
    if new_site_tolled(art, last, c):
        return False
    s = art.sentences[c.s_idx]
    return bool(_THE_DOERS.match(art.text, s.start, c.pos)) and not _ANEW.search(art.text, *c.clause) and not (
        NEW_EVENT.search(art.text, *c.clause)
    )


def listed_places(art: Document, c: Cand) -> bool:
    """The clause of ``c`` names its places as a list ("in A, B and C"): no one of them is the event's spot."""
    return bool(_LISTED.search(art.text, *c.clause))
