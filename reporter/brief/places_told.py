"""Where the outlets of a brief say their places lie: a place hierarchy read from their sentences.

The bundled gazetteer knows a few hundred places and no admin areas: it cannot say that a port it
does not know lies in a city it knows, nor that a town lies in a region whose point is far from it.
The outlets do, in passing: "the Pier Seven terminal in the coastal city of Dunmore", "Kelvale,
Northern Region", "Dunmore's Pier Seven terminal". What one outlet says of two places of the brief holds for every report there,
so an outlet that names only the terminal and another that names only the city tell of one place.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from reporter.brief.identity import BUILDING, LEVEL, Where, told_beside, unplaced, where
from reporter.models import Incident

#: (a place's name words, the wider place's gazetteer name) that a sentence of the brief gives (for a
#: building in a town no gazetteer knows, the town's name as written: see :func:`_building_in_town`).
Told = frozenset[tuple[frozenset[str], str]]

#: Words between a place and the wider one it lies in: "terminal in the busy northern city of",
#: ", in Iraq's", ", Northern Region". A preposition other than "of" among them starts another
#: phrase ("struck Beirut in response to rockets fired at Haifa"); a bearing or a distance says
#: the place lies outside the other ("west of Baghdad", "near Erbil", "30 km from").
_WORD = (
    r"(?!(?:to|at|on|by|from|and|or|after|before|for|with|in|near|into|against|over|while|"
    r"north|south|east|west|northeast|northwest|southeast|southwest|km|kilometres|kilometers|miles|outside)\b)[\w'’-]+"
)
_BETWEEN = re.compile(rf"^(?:\s+{_WORD}){{0,2}}?\s*(?:,|,?\s+in)(?:\s+the)?(?:\s+{_WORD}){{0,4}}\s+$", re.I)
#: Words between a wider place told as the owner and the place in it: "Moscow's Vnukovo airport",
#: "the city's" is no name ("Kyiv's main railway station": a word or two may describe the inner place).
_OWNED = re.compile(r"^['’]s\s+(?:[\w'’-]+\s+){0,2}$")
#: How far apart (characters) the two names may be in the sentence.
_SPAN = 80


def places_told_within(incidents: Iterable[Incident]) -> Told:
    """Pairs (inner place's name words, wider place) that a sentence of any report says, for the
    places the reports are at: the wider one known to the gazetteer as a city or an area, the inner
    one a narrower kind (or another area), in no other country."""
    incidents = list(incidents)
    # A town a sentence gives as the reference point of a spot outside it ("a pier west of the
    # city"), with no inner name: no spot the gazetteer cannot place is taken to lie in it.
    outside = {(frozenset(), w.canonical) for inc in incidents if (w := where(inc)).kind == "city" and w.canonical and _beside_told(inc)}
    places: dict[str, Where] = {}
    for inc in incidents:
        if inc.location and inc.location not in places:
            places[inc.location] = where(inc)
    # A place written with the town it lies in ("a junction, Jerusalem"; the extractor writes so
    # what its article says) is said to lie there for every report of the brief: another outlet
    # naming only the junction, or only the town, tells of that place too.
    written = {
        (w.tokens, outer.canonical)
        for w in places.values()
        if w.kind in LEVEL and w.tokens
        for wider in w.inside
        if _holds(w, outer := where(Incident(date=None, type="other", location=wider, country=w.country)))
    }
    by_folded: dict[str, list[Where]] = defaultdict(list)
    for name, w in places.items():
        if w.kind in LEVEL and w.tokens:
            by_folded[name.lower()].append(w)
            # ("the Lakeview Hotel" is "the Hotel Lakeview" to another outlet: a building's name either way)
            if len(two := name.lower().split()) == 2 and len(set(two) & BUILDING) == 1:
                by_folded[f"{two[1]} {two[0]}"].append(w)
    if len(by_folded) < 2:
        return frozenset(outside | written)
    names = sorted(by_folded, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b", re.I)
    found: set[tuple[frozenset[str], str]] = set()
    for evidence in {inc.evidence for inc in incidents}:
        spots = [(m.start(), m.end(), m.group(1).lower()) for m in pattern.finditer(evidence)]
        for _, end, first in spots:
            for start, _, second in spots:
                if start <= end or start - end > _SPAN:
                    continue
                if _OWNED.match(evidence[end:start]):
                    # ("Moscow's Vnukovo airport": the owner first, the place in it after)
                    found.update((i.tokens, o.canonical) for i in by_folded[second] for o in by_folded[first] if _holds(i, o))  # type: ignore[misc]
                    continue
                if not _BETWEEN.match(evidence[end:start]):
                    continue
                for inner in by_folded[first]:
                    for outer in by_folded[second]:
                        if _holds(inner, outer):
                            found.add((inner.tokens, outer.canonical))  # type: ignore[arg-type]
                        elif _building_in_town(inner, outer):
                            found.add((inner.tokens, second))
    return frozenset(found | outside | written)


def _beside_told(inc: Incident) -> bool:
    return bool(inc.location) and told_beside(inc.location, inc.evidence)  # type: ignore[arg-type]


def _building_in_town(inner: Where, outer: Where) -> bool:
    """A building by its name ("the Lakeview Hotel") told in a place no gazetteer knows and that
    names no building itself (a town the lists lack), in no other country: the building lies there
    (``identity._told_within`` then knows the place by its name words, having no gazetteer name)."""
    if not (unplaced(inner) and unplaced(outer) and inner.tokens & BUILDING) or outer.tokens & BUILDING:
        return False
    return not (inner.country and outer.country and inner.country.lower() != outer.country.lower())


def _holds(inner: Where, outer: Where) -> bool:
    if not outer.canonical or outer.kind not in ("city", "area") or inner.canonical == outer.canonical:
        return False
    if inner.country and outer.country and inner.country.lower() != outer.country.lower():
        return False
    return LEVEL[inner.kind] > LEVEL[outer.kind] or inner.kind == outer.kind == "area"
