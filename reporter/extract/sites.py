"""The target of an event told again by its kind: "Gunmen attacked a police post in X province. The post, at
Y, came under fire on Friday" tells one attack twice, first loosely, then with its spot and day.

A site noun that the last event's words named with an indefinite article ("a post", "an army base")
and the next sentence opens with a definite one ("The post", "The base") is that same site: the
event told there, of a kind that fits, is the one told before, not a second attack.
"""

from __future__ import annotations

import re

from reporter.extract.candidates import NEW_EVENT, Cand
from reporter.extract.document import Document
from reporter.incident_types import compatible
from reporter.wordlists import alternation, words

#: Sites an attack is aimed at, which a story names once loosely and then again by their kind.
SITE_NOUNS = words("""post outpost base camp checkpoint convoy patrol barracks garrison position station
    compound village town market mosque church school hospital prison bus vehicle""")

_SITE = alternation(SITE_NOUNS)
#: "a military post", "an army base", "a remote police checkpoint": the site named first, loosely.
_A_SITE = re.compile(rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_SITE})\b", re.I)
#: "The post", "The army base": the same kind named again, opening the sentence that retells it.
_THE_SITE = re.compile(rf"\W*the\s+(?:[\w-]+\s+)?(?P<noun>{_SITE})\b", re.I)
#: "again", "a second time", "once more": the site hit anew, another event.
_ANEW = re.compile(r"\b(?:again|anew|once\s+more|(?:a|for\s+the)\s+(?:second|third)\s+time)\b", re.I)


def site_retold(art: Document, last: Cand, last_told: int, c: Cand) -> bool:
    """``c``, told in the sentence or two after ``last`` (last told at sentence ``last_told``), opens on
    the site ``last`` named loosely ("a post" ... "The post came under attack"): the same event, when its
    kind fits, its day does not contradict a day of its own (one only borrowed, as a report's day, yields),
    it lies in the same country and no other party is named as its doer."""
    # (an attack told loosely again, "came under attack", may be read as an untyped incident: it takes the kind)
    if not 0 < c.s_idx - last_told <= 2 or not (compatible(last.type, c.type) or c.type == "other"):
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
    noun = the_site.group("noun").lower()
    told = art.text[last.evidence[0] : last.evidence[1]]
    return any(m.group("noun").lower() == noun for m in _A_SITE.finditer(told))
