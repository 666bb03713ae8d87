"""Troop posture: whose forces, where, how many, for every numeric troop level an article states.

"The United States currently has approximately 2,500 troops stationed in Iraq" and its
elliptical sibling "... and about 900 in Syria" are standing figures. Levels that are planned,
recommended, former or being withdrawn are postures too (shared/eval/GUIDE.md), told apart by the
qualifier: "roughly (planned)", "about (former level)", "(withdrawn)". Casualties ("two soldiers
were wounded"), exercises and vague amounts ("several hundred") are not postures.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from reporter.extract.document import Document
from reporter.extract.lexicon import Mention
from reporter.extract.numbers import NUMBER, QUALIFIER, parse_number
from reporter.extract.text import words
from reporter.models import Posture

_NOUN = r"(?:troops|soldiers|peacekeepers|service\s*members|servicemembers|service(?:wo)?men|military\s+personnel|personnel|forces|marines|sailors|fighters|(?:military\s+)?advis[eo]rs)"
#: Lower-case words allowed between a number and "troops" ("2,500 combat troops").
_ADJ = r"(?:combat|ground|military|uniformed|armed|active-duty|foreign|coalition|special|operations|elite|regular|allied|international|additional|more|extra|new)"
_NOUN_WORDS = words(
    """troop troops soldiers service servicemembers servicemen servicewomen personnel forces marines sailors fighters
    advisers advisors peacekeepers strong"""
)
_NUM_HINT = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|thousand)\b",
    re.I,
)
_UNKNOWN_WHERE = re.compile(
    r"\s*(?:(?:are|were|remain|is)\s+)?(?:(?:currently|still)\s+)?(?:(?:stationed|deployed|based)\s+)?"
    r"(?:in|at)\s+(?:the\s+)?(?P<name>(?-i:[A-Z])[\w’'-]+(?:\s(?-i:[A-Z])[\w’'-]+)?)",
    re.I,
)
_STRONG = re.compile(
    rf"(?:(?P<q>{QUALIFIER})\s+)?(?P<n>{NUMBER})[-‐\s]strong\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:force|contingent|battlegroup|mission|brigade|garrison|deployment|battalion)\b",
    re.I,
)
#: An aside between the subject and its verb: "X, which leads ...," / "X, Taiwan's main ally, has".
#: Names inside it are not the subject; a relative clause may run on to the number itself.
_ASIDE = re.compile(
    r",\s+(?:(?:which|who|whose)\b[^,]*(?:,|$)"
    r"|[^,]{1,60},(?=\s+(?:still\s+|currently\s+|now\s+|also\s+)?(?:has|have|had|keeps|kept|maintains|stations|deploys)\b))"
)
_THE_COUNTRY = re.compile(
    r"\s*(?:[\w.-]+\s+){0,4}?(?:in|inside|from)\s+the\s+country\b",
    re.I,
)
#: "U.S. forces in Syria number about 2,000"
_NUMBERING = re.compile(
    rf"\b(?:number(?:s|ed|ing)?|totall?ing|(?:stands?|stood)\s+at)\s+(?:(?P<q>{QUALIFIER})\s+)?(?P<n>{NUMBER})\b",
    re.I,
)
_HOSTS = re.compile(
    r"(?:,\s+(?:which|where)|,\s+[^,]{1,50},|\s+)\s*(?:currently\s+|still\s+)?"
    r"(?:hosts|hosted|is\s+hosting|houses|is\s+home\s+to|(?:the\s+)?\S+\s+(?:has|keeps|maintains))\b"
)
#: "It is home to nearly 8,000 American troops": the place named just before hosts them.
_IT_HOSTS = re.compile(r"\s*(?:It|The\s+(?:base|facility|installation))\s+(?:hosts|houses|is\s+home\s+to)\b")
_ANCHORS = words(
    """approximately about around roughly some nearly almost more over up at fewer less an as close upwards
    just under estimated one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety a"""
)
_POSTURE = re.compile(
    rf"(?:(?P<q>{QUALIFIER})\s+)?(?<![\w,.])(?P<n>{NUMBER})\s+(?P<adj>(?:(?:(?-i:[A-Z])[\w.’'-]*|{_ADJ})\s+){{0,3}}?){_NOUN}\b",
    re.I,
)
_MORE = re.compile(
    rf"^\s*,?\s*(?:and|while|with|alongside|plus|as\s+well\s+as)\s+(?:(?P<q>{QUALIFIER})\s+)?(?P<n>{NUMBER})\s+(?:(?:more\s+)?{_NOUN}\s+)?"
    r"(?:(?:are|were|remain|is)\s+)?(?:stationed\s+|deployed\s+|based\s+)?(?:in|across|at|throughout)\s+",
    re.I,
)
#: Words right before or after the number that make it a change, not a level: "an additional 1,500".
_ADDED = re.compile(r"\b(?:additional|more|extra|another|further|reinforcements?)\s+$", re.I)
_ADDED_AFTER = re.compile(r"\s*(?:more|additional|extra)\b", re.I)
#: A casualty toll or a captive count is never a posture.
_HARMED = re.compile(r"\b(?:killed|killing|wounded|wounding|injured|injuring|died|dead|captured|abducted)\b", re.I)
#: Troops taking part in an exercise are not a deployment ("involving about 18,000 troops").
_EXERCISE = re.compile(r"\b(?:exercises?|drills?|war\s+games|manoeuvres|maneuvers)\b", re.I)
#: Before the number: a level to come ("plans to keep", "will send", "recommend retaining", "cut ... to").
_PLANNED = re.compile(
    r"\b(?:would|will|shall|plans?\s+to|planned|planning|to\s+send|to\s+deploy|send(?:ing)?|ordered|approved|"
    r"recommend\w*|retain\w*|expected|set\s+to|aims?\s+to)\b"
    r"|\b(?:cut\w*|reduc\w+|drop\w*|lower\w*|drawdown|down|bring\w*)\b[^.;]{0,30}\bto\s+$",
    re.I,
)
#: Before the number: a level of the past ("until recently", "down from", "from 2,000 to ...").
_FORMER = re.compile(
    r"\b(?:until\s+recently|previously|formerly|at\s+(?:the|its)\s+(?:height|peak)|down\s+from|used\s+to)\b"
    r"|\bfrom\s+(?:the\s+current\s+)?(?:(?:about|around|roughly|some|approximately|nearly)\s+)?$",
    re.I,
)
#: Before the number: troops leaving ("withdraw its nearly 1,000", "withdrawn about 400 soldiers").
_LEAVING = re.compile(r"\b(?:withdr[ae]w\w*|pull(?:ed|ing)?\s+out|evacuat\w+)\s+(?:\w+\s+){0,2}$", re.I)
#: After the number: the level stays ("will remain", "will continue to be stationed").
_REMAINING = re.compile(r"[^.;]{0,40}?\b(?:will|would|to)\s+(?:remain|stay|continue)\b", re.I)
_CASUALTY_AFTER = re.compile(
    r"\s*(?:[\w.-]+\s+){0,3}?(?:were|was|have\s+been|had\s+been)\s+(?:killed|wounded|injured|hurt|treated)",
    re.I,
)
_WHERE = re.compile(
    r"^\s*(?:[\w.,-]+\s+){0,6}?(?:in|across|throughout|at|inside|on|into|"
    r"to(?:\s+(?:help|support|assist|aid|back|bolster|reinforce))?)\s+"
    r"(?:the\s+)?(?:neighbou?ring\s+|(?:north|south|east|west)(?:ern|east|west|eastern|western)?\s+|central\s+)?$",
    re.I,
)


#: "troop levels from about 2,000 to roughly 1,400", "troop count to drop from 2,000 to fewer than 1,000"
_LEVELS = re.compile(
    rf"\btroop\s+(?:levels?|numbers?|counts?|presence|strength)\b[^.;]{{0,30}}?\bfrom\s+(?:(?P<q>{QUALIFIER})\s+)?"
    rf"(?P<n>{NUMBER})\s+to\s+(?:(?P<q2>{QUALIFIER})\s+)?(?P<n2>{NUMBER})\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class _Hit:
    """One stated troop number: where it is, and its status when the phrase itself fixes it."""

    n: str
    q: str | None
    start: int  # of the phrase (qualifier included)
    n_start: int
    adj_start: int  # where names of the force may sit ("2,500 U.S. troops")
    end: int
    status: str | None = None


def _hits(art: Document, a: int, b: int) -> list[_Hit]:
    found = [
        _Hit(m.group("n"), m.group("q"), m.start(), m.start("n"), m.start("adj"), m.end())
        for m in _anchored(art, a, b)
    ]
    # The other forms are tried only where their key word occurs: a pattern run over every
    # sentence with troops in it costs more than the rest of the posture search.
    low = art.text[a:b].lower()
    found += [
        _Hit(m.group("n"), m.group("q"), m.start(), m.start("n"), m.start(), m.end())
        for m in (_STRONG.finditer(art.text, a, b) if "strong" in low else ())
    ]
    found += [
        _Hit(m.group("n"), m.group("q"), m.start(), m.start("n"), m.start(), m.end())
        for m in (_NUMBERING.finditer(art.text, a, b) if "numb" in low or "total" in low or " at " in low else ())
        if not any(f.start <= m.start("n") < f.end for f in found)
    ]
    for m in _LEVELS.finditer(art.text, a, b) if "troop " in low else ():
        if any(f.start <= m.start("n") < f.end for f in found):
            continue
        found.append(_Hit(m.group("n"), m.group("q"), m.start("n"), m.start("n"), m.start("n"), m.end("n"), "former level"))
        found.append(_Hit(m.group("n2"), m.group("q2"), m.end("n"), m.start("n2"), m.end("n"), m.end("n2"), "planned"))
    return found


def _status(art: Document, s_start: int, h: _Hit) -> str | None:
    """What kind of level a number is, from the words around it; None for a standing figure."""
    if h.status:
        return h.status
    text = art.text
    near = text[max(s_start, h.start - 30) : h.start]
    if _ADDED.search(near) or _ADDED_AFTER.match(text, h.n_start + len(h.n)):
        return "additional"
    if _LEAVING.search(near):
        return "withdrawn"
    before = text[max(s_start, h.start - 60) : h.start]
    if _FORMER.search(before):
        return "former level"
    if _REMAINING.match(text, h.end):
        return "remaining"
    if _PLANNED.search(before):
        return "planned"
    return None


def find_posture(art: Document) -> list[Posture]:
    out: list[Posture] = []
    seen: set[tuple[str, str, int]] = set()
    last_force: str | None = None
    last_country: str | None = None
    hits = [t.start for t in art.tokens if t.norm in _NOUN_WORDS]
    with_nouns = art.sentences_with(hits)
    for i, s in enumerate(art.sentences):
        if i not in with_nouns:
            continue
        if not _NUM_HINT.search(art.text, s.start, s.end):
            # No number here, but the sentence may name whose troops and where ("The U.S. has
            # begun withdrawing troops from Syria"): the context of a later bare figure.
            last_force, last_country = _context(art, s.start, s.end, last_force, last_country)
            continue
        added = len(out)
        for h in _hits(art, s.start, s.end):
            count = parse_number(h.n)
            if count is None or count < _SMALLEST:
                continue
            if h.status is None and _RANGE.search(art.text, max(s.start, h.start - 25), h.start):
                continue  # a range ("between 11,000 and 12,000") has no one count to report
            if _COMPARED.search(art.text, max(s.start, h.start - 20), h.start):
                continue
            if _EXERCISE.search(art.text, max(s.start, h.start - 80), h.start):
                continue  # "the drills, involving about 18,000 troops"
            if _CASUALTY_AFTER.match(art.text, h.end, s.end) or _HARMED.search(
                art.text, max(s.start, h.start - 40), h.start
            ):
                continue
            force = _force(art, s.start, h.n_start, h.adj_start, h.end)
            country, cend = _country_after(art, h.end, s.end)
            if country is None:
                country = _country_before(art, s.start, h.start) or _host_subject(art, s.start, h.start)
            if country is None and force:
                country = _mission_host(art, force)
            # "... has fewer than 500 troops in the country", "the 2,500 troops still serving there",
            # "troop levels from 2,000 to 1,400": whose and where come from the sentences before.
            back = h.status is not None or _BACK.search(art.text, max(s.start, h.start - 12), h.start)
            if country is None and _THE_COUNTRY.match(art.text, h.end, s.end):
                country = _country_named_before(art, h.start, force) or last_country
            if country is None and (back or force is not None):
                country = last_country
            if force is None and (back or not _names_before(art, s.start, h.start)):
                force = last_force  # "commanders recommend keeping 500 troops in Syria": the same force
            if not force or not country or force == country:
                continue  # a country's own forces at home are not a deployment
            last_force, last_country = force, country
            _add(out, seen, force, country, count, _qualifier(h.q, _status(art, s.start, h)), s.text)
            rest = art.text[cend : s.end] if cend else ""
            more = _MORE.match(rest)
            if more:
                n2 = parse_number(more.group("n"))
                c2, _ = _country_after(art, cend + more.end() - 1, s.end, near=True)
                if n2 and c2:
                    _add(out, seen, force, c2, n2, _qualifier(more.group("q"), None), s.text)
        if len(out) == added:
            last_force, last_country = _context(art, s.start, s.end, last_force, last_country)
    return out


_LOCATIVE = frozenset(("in", "at", "from", "to", "across", "into", "inside"))
#: Smaller numbers of soldiers are patrols, crews or casualties, not a force's level.
_SMALLEST = 50
_RANGE = re.compile(rf"\b(?:between\s+|from\s+)?(?:{NUMBER})\s*(?:and|to|-|–)\s*$", re.I)
#: A figure named only to compare ("more than double the 900 troops it cited") is not stated anew.
_COMPARED = re.compile(r"\b(?:double|triple|twice|half|than)\s+(?:the\s+)?$", re.I)
#: A determiner that refers back to troops named before: "the roughly 2,500 troops", "its 1,000 troops".
_BACK = re.compile(r"\b(?:the|its|their|those|these)\s+$", re.I)


def _names_before(art: Document, a: int, b: int) -> bool:
    """Whether a party (state, group, demonym) is named in text[a:b]."""
    return any(_actor(m) for m in art.mentions_in(a, b))


def _qualifier(q: str | None, status: str | None) -> str | None:
    """ "about", "roughly (planned)", "(former level)": the words as written, then the status."""
    words_ = q.lower() if q else ""
    if status:
        return f"{words_} ({status})".strip()
    return words_ or None


def _context(
    art: Document, a: int, b: int, force: str | None, country: str | None
) -> tuple[str | None, str | None]:
    """Whose troops and where a sentence without a figure speaks of: its subject and its place."""
    said_force = said_country = None
    for m in art.mentions_in(a, b):
        if _LOCATIVE & set(art.words_before(m.start, 3)):  # "from northeastern Syria"
            said_country = said_country or _where(art, m)
        elif said_force is None and _actor(m) in art.lexicon.countries:
            said_force = _actor(m)  # a state: "the United States has begun withdrawing troops"
    return said_force or force, said_country or country


def _anchored(art: Document, a: int, b: int) -> Iterator[re.Match[str]]:
    """_POSTURE matches in text[a:b], tried only at numbers and qualifier words (not every character)."""
    end = -1
    for t in art.tokens_in(a, b):
        if t.start < end or not (t.text[:1].isdigit() or t.norm in _ANCHORS):
            continue
        m = _POSTURE.match(art.text, t.start, b)
        if m:
            end = m.end()
            yield m


def _add(
    out: list[Posture],
    seen: set[tuple[str, str, int]],
    force: str,
    country: str,
    count: int,
    qualifier: str | None,
    ev: str,
) -> None:
    key = (force, country, count)
    if key in seen:
        return
    seen.add(key)
    out.append(Posture(force=force, country=country, count=count, qualifier=qualifier, evidence=ev))


def _actor(m: Mention) -> str | None:
    for kind in ("actor", "country", "demonym", "capital"):
        e = m.of(kind)
        if e is not None:
            # "the Biden administration has ... troops": a leader's troops are the state's.
            return e.country if e.kind == "actor" and e.sub == "person" and e.country else e.name
    return None


def _force(art: Document, s_start: int, n_start: int, adj_start: int, adj_end: int) -> str | None:
    for m in art.mentions_in(adj_start, adj_end):
        name = _actor(m)
        if name:
            return name
    # "NATO's 1,000-strong battlegroup", "UNIFIL's roughly 10,800 troops": a possessive before the number.
    for m in art.mentions_in(max(s_start, n_start - 40), n_start):
        if art.tokens[m.last - 1].possessive and _QUALIFIER_ONLY.fullmatch(art.text[m.end : n_start]):
            name = _actor(m)
            if name:
                return name
    # "told the United States to withdraw its nearly 1,000 personnel": "its" is the name before it.
    its = _ITS.search(art.text, max(s_start, n_start - 40), n_start)
    if its:
        names = [_actor(m) for m in art.mentions_in(s_start, its.start())]
        names = [n for n in names if n]
        if names:
            return names[-1]
    asides = [(a.start(), a.end()) for a in _ASIDE.finditer(art.text, s_start, n_start)]
    # A name in the aside is the subject only when nothing before it is ("The UN mission, MONUSCO, has").
    return _subject(art, s_start, n_start, asides) or (asides and _subject(art, s_start, n_start, [])) or None


_QUALIFIER_ONLY = re.compile(rf"\s*(?:{QUALIFIER}\s*)?", re.I)
_ITS = re.compile(rf"\b(?:its|their)\s+(?:{QUALIFIER}\s+)?$", re.I)
_HOLDS = re.compile(
    r"\b(?:has|have|had|maintains|keeps|kept|stations|deployed|deploys|whose|with|number|numbers|numbered"
    r"|sent|sends|sending|retain|retaining|keep|keeping|maintain|maintaining|withdraw|withdrawing|cutting|reducing"
    r"|stands|stand|stood"
    r"|contingent\s+of|force\s+of|presence\s+of)\b"
)


def _subject(art: Document, s_start: int, n_start: int, asides: list[tuple[int, int]]) -> str | None:
    """The subject of "X has/maintains/keeps ... N troops", names inside asides skipped."""
    subject = None
    for m in art.mentions_in(s_start, n_start):
        if any(a < m.start < b for a, b in asides):
            continue  # "Britain, which leads the NATO battlegroup ...": NATO is not the subject
        if any(e.kind == "actor" and e.sub == "institution" for e in m.entries):
            continue  # "the UN mission whose ... peacekeepers": the mission, not the UN
        if art.words_before(m.start, 1) in (["in"], ["at"], ["across"], ["to"]):
            continue  # "forces in Syria number ...": Syria is where, not whose
        between = art.text[m.end : n_start].lower()
        for a, b in reversed(asides):
            if a >= m.end and art.text[b - 1] == ",":  # a closed aside; an open one holds the verb
                between = between[: a - m.end] + " " + between[b - m.end :]
        if _HOLDS.search(between) and len(between) < 60:
            subject = _actor(m) or subject
    return subject


def _host_subject(art: Document, s_start: int, n_start: int) -> str | None:
    """ "Iraq hosts some 2,500 U.S. troops": the subject country of a hosting verb."""
    for m in art.mentions_in(s_start, n_start):
        if _HOSTS.match(art.text, m.end, n_start):
            return _where(art, m)
    if _IT_HOSTS.match(art.text, s_start, n_start):
        before = [m for m in art.mentions_in(max(0, s_start - 400), s_start) if m.of("place")]
        bases = [m for m in before if m.of("place").sub in ("base", "site")]  # type: ignore[union-attr]
        if bases or before:
            return _where(art, (bases or before)[-1])
    return None


def _mission_host(art: Document, force: str) -> str | None:
    """A peacekeeping or coalition force's host country, from the lexicon (UNIFIL -> Lebanon)."""
    host = art.lexicon.mission_host.get(force)
    return host if host and host != force and force not in art.lexicon.countries else None


def _country_after(art: Document, pos: int, end: int, *, near: bool = False) -> tuple[str | None, int]:
    for m in art.mentions_in(pos, min(end, pos + 80)):
        gap = art.text[pos : m.start]
        if not near and not _WHERE.match(gap):
            continue
        if near and len(gap.strip()) > 25:
            return None, 0
        name = _where(art, m)
        if name:
            return name, m.end
    if not near:
        # A place no gazetteer knows, written as a proper noun: "in Transnistria".
        u = _UNKNOWN_WHERE.match(art.text, pos, end)
        if u:
            return u.group("name"), u.end("name")
    return None, 0


def _country_named_before(art: Document, pos: int, force: str | None) -> str | None:
    """ "the country": the last country the text named before, other than the force's own."""
    for m in reversed(art.mentions_in(max(0, pos - 600), pos)):
        c = m.of("country") or m.of("demonym")
        if c is not None and c.name != force:
            return c.name
    return None


def _country_before(art: Document, s_start: int, n_start: int) -> str | None:
    for m in art.mentions_in(s_start, n_start):
        if re.search(
            r"\b(?:in|across|throughout)\s+(?:the\s+)?$", art.text[max(s_start, m.start - 12) : m.start], re.I
        ):
            name = _where(art, m)
            if name:
                return name
    return None


def _where(art: Document, m: Mention) -> str | None:
    c = m.of("country")
    if c is not None:
        return c.name
    d = m.of("demonym")
    if d is not None and m.last < len(art.tokens) and art.tokens[m.last].norm in ("soil", "territory"):
        return d.name  # "on Romanian soil"
    p = m.of("place")
    if p is not None:
        return p.country or p.name
    return None
