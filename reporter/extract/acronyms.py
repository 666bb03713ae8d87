"""Names an article defines itself: "the Joint Force of the Sahel (JFS)", then "JFS troops".

A force, mission or alliance the lexicon lacks is often spelled out once with its acronym in
brackets and named by the acronym after that. The long name says what the acronym stands for:

- a state's own forces ("the Malawi Defence Force (MDF)", "the Operational Group of Russian Forces
  (OGRF)", "Iran's Islamic Revolutionary Guard Corps"): the acronym is that state's, as an actor
  with ``state:`` in the lexicon is ("MDF troops" are Malawi's);
- a mission or an alliance ("the EU Training Mission in Mali (EUTM)", "the Economic Community of West
  African States (ECOWAS)"): the acronym is a coalition of its own, serving in the country its name
  places it in ("... in Mali"), if any.

A long name the lexicon already reads as one whole lends the acronym its entries. The long name must
have a head word of an armed body (Force, Mission, Army, Command, Brigade, Community, ...) ending the
name or followed by its place ("Mission in Mali"), so "the Force Headquarters (FHQ)" or "the Chief of
Army Staff (COAS)" define nothing. Acronyms the lexicon knows keep the lexicon's reading.

Cost: one pattern over the text, for the bracketed capitals only; most articles define none.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from itertools import compress

from reporter.extract.lexicon import Entry, Mention
from reporter.extract.text import Token, words

#: "(JFS)", "(EUTM)", "(USFOR-A)": capitals in brackets (right after a word: _meaning checks), the
#: pattern opening on its literal bracket, which the engine finds many times faster than a lookbehind.
_DEFINED = re.compile(r" \(([A-Z][A-Z0-9-]{1,9})\)")
#: Head words of an armed body's name.
_HEADS = words(
    """force forces mission army command corps guard guards brigade brigades operation coalition contingent
    battalion regiment division militia community alliance organisation organization"""
)
#: Lower-case words inside a long name ("Mission in Mali", "Community of West African States").
_JOINS = words("of the for in and on to de du des la le")
#: Words a state's own forces put between its name and the head ("Rwanda Defence Force", "Syrian Arab
#: Army", "South African National Defence Force").
_SERVICE = words(
    """armed defence defense security national military air naval navy special republican royal arab people
    peoples ground land border federal"""
)
#: Before a place inside the long name: the place the mission serves ("Mission in Mali").
_HOST_BEFORE = words("in for to")
#: After the acronym, a body of its own: "the SADC Mission in Mozambique" is the mission, not SADC.
_NAMES_ANOTHER = re.compile(
    r"\)?\s+(?:Mission|Force|Forces|Brigade|Battalion|Contingent|Operation|Task\s+Force|Standby\s+Force)\b"
)
#: An acronym the text never spells out, told as a body by the words around it: "the 450-member
#: XYZ mission", "XYZ peacekeepers", "XYZ troops" (a bloc's or a mission's troops), "the
#: alliance-led mission, XYZ,", "XYZ, the alliance's mission,", "known (by its acronym) as XYZ".
#: Capitals of three to nine letters; the noun after them in lower case, so a headline in capitals
#: ("THE MISSION") names no body.
_BODY_NOUNS = r"(?:mission|force|peacekeepers|peacekeeping\s+(?:mission|force|operation)|contingent|battlegroup|troops|soldiers)"
_CALLED = re.compile(
    rf"\b(?P<a>[A-Z]{{3,9}})(?:['’]s)?\s+{_BODY_NOUNS}\b"
    rf"|\b{_BODY_NOUNS},\s+(?P<b>[A-Z]{{3,9}}),"
    rf"|\b(?P<c>[A-Z]{{3,9}}),\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,4}}?{_BODY_NOUNS}\b(?=[^.;]*?,)"
    r"|\bknown\s+(?:by\s+(?:its|the)\s+(?:[\w-]+\s+)?(?:acronym|abbreviation)\s+)?as\s+(?P<d>[A-Z]{3,9})\b"
)
#: The longest long name read, in words.
_LONGEST = 12


def defined(
    text: str, toks: Sequence[Token], norms: Sequence[str], starts: Sequence[int], mentions: Sequence[Mention]
) -> tuple[list[Mention], dict[str, str]]:
    """Mentions of the acronyms the text defines and the lexicon lacks (where defined and at every
    later use, as written), and the hosts of the missions among them. ``norms`` and ``starts``:
    the tokens' folded forms and offsets."""
    entries: dict[str, tuple[Entry, ...]] = {}
    hosts: dict[str, str] = {}
    known: dict[int, Mention] = {}
    covered: set[int] = set()
    for m in _DEFINED.finditer(text) if " (" in text else ():
        acr = m.group(1)
        if acr in entries:
            continue
        if not known:
            known = {x.first: x for x in mentions}
            covered = {k for x in mentions for k in range(x.first, x.last)}
        i = bisect_left(starts, m.start(1))
        if i >= len(toks) or starts[i] != m.start(1) or i in covered:
            continue  # the lexicon reads it (or a longer name holding it)
        entry = _meaning(text, toks, i, known, acr)
        if entry is not None:
            entries[acr] = (entry,)
            if entry.sub == "coalition" and entry.country:
                hosts[acr] = entry.country
    for m in _CALLED.finditer(text) if "ission" in text or "orce" in text or "peacekeep" in text or "troops" in text or "soldiers" in text else ():
        acr = m.group(m.lastgroup)  # type: ignore[arg-type]
        if acr in entries:
            continue
        i = bisect_left(starts, m.start(m.lastgroup))  # type: ignore[arg-type]
        if not known:
            known = {x.first: x for x in mentions}
            covered = {k for x in mentions for k in range(x.first, x.last)}
        if i < len(toks) and starts[i] == m.start(m.lastgroup) and i not in covered:  # type: ignore[arg-type]
            entries[acr] = (Entry("actor", acr, None, "coalition", case="exact"),)
    if not entries:
        return [], hosts
    wanted = {a.lower() for a in entries}
    found = []
    for k in compress(range(len(norms)), map(wanted.__contains__, norms)):  # the test runs in C
        t = toks[k]
        got = entries.get(t.text[:-2] if t.possessive else t.text)  # as written: "JFS's" too
        if got is not None and k not in covered and not _NAMES_ANOTHER.match(text, t.end):
            found.append(Mention(k, k + 1, t.start, t.end, got))
    return found, hosts


def _meaning(
    text: str, toks: Sequence[Token], i: int, known: dict[int, Mention], acr: str
) -> Entry | None:
    """What the long name before the acronym's bracket (tokens before ``i``) stands for."""
    first = i
    while first > 0 and i - first < _LONGEST:
        t = toks[first - 1]
        gap = text[t.end : toks[first].start]
        if (first < i and gap.strip() not in ("", "-")) or (first == i and gap != " ("):
            break
        if not (t.text[:1].isupper() or t.norm in _JOINS) or (t.possessive and first < i):
            break
        first -= 1
    while first < i and (toks[first].norm in _JOINS or toks[first].norm == "the"):
        first += 1
    name = toks[first:i]
    if not name or not name[-1].text[:1].isupper():
        return None
    norms = [t.norm for t in name]
    # the head ends the name, or only its place follows it ("Mission in Mali", "Community of ... States")
    head = next((k for k, w in enumerate(norms) if w in _HEADS and (k == len(norms) - 1 or norms[k + 1] in _JOINS)), None)
    if head is None or "police" in norms or not any(t.text[:1] == acr[0] for t in name):
        return None  # no armed body's name, or a police force's ("Central Reserve Police Force")
    # a name the lexicon reads whole (ending right before the bracket) lends its reading
    for k in range(first, i):
        m = known.get(k)
        if m is not None and m.last == i and m.first <= first + 1:
            actor = next((e for e in m.entries if e.kind == "actor"), None)
            if actor is not None:
                return actor
    owner = host = None
    # "Iran's Islamic Revolutionary Guard Corps (IRGC)": the state whose the corps is
    before = next((m for k in range(max(0, first - 3), first) if (m := known.get(k)) and m.last == first), None)
    if before is not None and toks[first - 1].possessive:
        owner = _state(before)
    for k in range(first, i):
        m = known.get(k)
        if m is None or (state := _state(m)) is None:
            continue
        if k > first and toks[k - 1].norm in _HOST_BEFORE:
            host = host or state  # "Mission in Mali": where it serves
        elif all(t.norm in _SERVICE or t.norm in _HEADS or t.norm == "of" for t in toks[m.last : first + head + 1]):
            owner = owner or state  # "Rwanda Defence Force", "Operational Group of Russian Forces"
    if owner is not None:
        return Entry("actor", owner, owner, "force", case="exact")
    return Entry("actor", acr, host, "coalition", case="exact")


def _state(m: Mention) -> str | None:
    """The state a mention names: by its name, its demonym or its own forces ("Russian Forces"), or
    a place in it, for a host."""
    for kind in ("country", "demonym"):
        e = m.of(kind)
        if e is not None:
            return e.country or e.name
    e = m.of("actor")
    if e is not None:
        return e.country if e.sub == "force" else None
    e = m.of("place")
    return e.country if e is not None and e.sub not in ("region", "area", "water") else None
