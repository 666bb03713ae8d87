"""Troop posture: whose forces, where, how many, as the article states the standing figure.

"The United States currently has approximately 2,500 troops stationed in Iraq" and its
elliptical sibling "... and about 900 in Syria" are postures; planned changes ("will send an
additional 1,500"), casualties ("two soldiers were wounded") and vague amounts ("several
hundred") are not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reporter.extract.document import Document
from reporter.extract.lexicon import Mention
from reporter.extract.numbers import NUMBER, QUALIFIER, parse_number
from reporter.extract.text import words
from reporter.models import Posture

_NOUN = r"(?:troops|soldiers|peacekeepers|service\s*members|servicemembers|military\s+personnel|personnel|forces|marines|sailors|(?:military\s+)?advis[eo]rs)"
#: Lower-case words allowed between a number and "troops" ("2,500 combat troops").
_ADJ = r"(?:combat|ground|military|uniformed|armed|active-duty|foreign|coalition|special|operations|elite|regular|allied|international|additional|more|extra|new)"
_NOUN_WORDS = words(
    "troops soldiers service servicemembers personnel forces marines sailors advisers advisors peacekeepers strong"
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
    r"\s*(?:(?:are|were|remain|is)\s+)?(?:(?:currently|still)\s+)?(?:(?:stationed|deployed|based)\s+)?"
    r"(?:in|inside)\s+the\s+country\b",
    re.I,
)
#: "U.S. forces in Syria number about 2,000"
_NUMBERING = re.compile(
    rf"\b(?:number(?:s|ed|ing)?|totall?ing)\s+(?:(?P<q>{QUALIFIER})\s+)?(?P<n>{NUMBER})\b", re.I
)
_HOSTS = re.compile(
    r"(?:,\s+(?:which|where)|\s+)\s*(?:currently\s+|still\s+)?(?:hosts|hosted|is\s+hosting|houses|(?:the\s+)?\S+\s+(?:has|keeps|maintains))\b"
)
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
    rf"^\s*,?\s*(?:and|while|with)\s+(?:(?P<q>{QUALIFIER})\s+)?(?P<n>{NUMBER})\s+(?:(?:more\s+)?{_NOUN}\s+)?"
    r"(?:(?:are|were|remain|is)\s+)?(?:stationed\s+|deployed\s+|based\s+)?(?:in|across|at|throughout)\s+",
    re.I,
)
_CHANGE = re.compile(
    r"\b(?:additional|more|extra|another|further|new|fewer|below|under|reinforcements?|send(?:ing)?|deploy(?:ing)?\s+an?)\s+$",
    re.I,
)
_NOT_STANDING = re.compile(
    r"\b(?:would|could|might|will|plans?\s+to|planned|planning|to\s+send|to\s+deploy|to\s+withdraw|withdraw(?:ing|al\s+of)?|"
    r"cut|reduce|reduc(?:ing|tion)|ordered|order(?:ing)?|sending|approved|killed|wounded|injured|died)\b",
    re.I,
)
_CASUALTY_AFTER = re.compile(
    r"\s*(?:[\w.-]+\s+){0,3}?(?:were|was|have\s+been|had\s+been)\s+(?:killed|wounded|injured|hurt|treated)",
    re.I,
)
_WHERE = re.compile(
    r"^\s*(?:[\w.-]+\s+){0,4}?(?:in|across|throughout|at|inside|(?:deployed|stationed|based)\s+to)\s+"
    r"(?:the\s+)?(?:neighbou?ring\s+|(?:north|south|east|west)(?:ern|east|west|eastern|western)?\s+|central\s+)?$",
    re.I,
)


def find_posture(art: Document) -> list[Posture]:
    out: list[Posture] = []
    seen: set[tuple[str, str, int]] = set()
    last_force: str | None = None
    last_country: str | None = None
    hits = [t.start for t in art.tokens if t.norm in _NOUN_WORDS]
    with_nouns = art.sentences_with(hits)
    for i, s in enumerate(art.sentences):
        if i not in with_nouns or not _NUM_HINT.search(art.text, s.start, s.end):
            continue
        found = [*_anchored(art, s.start, s.end), *_STRONG.finditer(art.text, s.start, s.end)]
        found += [
            n
            for n in _NUMBERING.finditer(art.text, s.start, s.end)
            if not any(f.start() <= n.start("n") < f.end() for f in found)
        ]
        for m in found:
            count = parse_number(m.group("n"))
            if count is None or count < 10:
                continue
            before = art.text[max(s.start, m.start() - 40) : m.start()]
            if _CHANGE.search(before) or _CASUALTY_AFTER.match(art.text, m.end(), s.end):
                continue
            if _NOT_STANDING.search(art.text, max(s.start, m.start() - 60), m.start()):
                continue
            adj = m.start("adj") if "adj" in m.groupdict() else m.start()
            force = _force(art, s.start, m.start("n"), adj, m.end())
            country, cend = _country_after(art, m.end(), s.end)
            if country is None:
                country = _country_before(art, s.start, m.start()) or _host_subject(art, s.start, m.start())
            if country is None and force:
                country = _mission_host(art, force)
            if country is None and _THE_COUNTRY.match(art.text, m.end(), s.end):
                country = last_country  # "... has fewer than 500 troops in the country"
            force = force or last_force
            if not force or not country:
                continue
            last_force, last_country = force, country
            _add(out, seen, force, country, count, m.group("q"), s.text)
            rest = art.text[cend : s.end] if cend else ""
            more = _MORE.match(rest)
            if more:
                n2 = parse_number(more.group("n"))
                c2, _ = _country_after(art, cend + more.end() - 1, s.end, near=True)
                if n2 and c2:
                    _add(out, seen, force, c2, n2, more.group("q"), s.text)
    return out


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
    q: str | None,
    ev: str,
) -> None:
    key = (force, country, count)
    if key in seen:
        return
    seen.add(key)
    out.append(
        Posture(force=force, country=country, count=count, qualifier=q.lower() if q else None, evidence=ev)
    )


def _actor(m: Mention) -> str | None:
    for kind in ("actor", "country", "demonym", "capital"):
        e = m.of(kind)
        if e is not None:
            return e.name
    return None


def _force(art: Document, s_start: int, n_start: int, adj_start: int, adj_end: int) -> str | None:
    for m in art.mentions_in(adj_start, adj_end):
        name = _actor(m)
        if name:
            return name
    # "NATO's 1,000-strong battlegroup": a possessive right before the number.
    for m in art.mentions_in(max(s_start, n_start - 40), n_start):
        if art.tokens[m.last - 1].possessive and not art.text[m.end : n_start].strip():
            name = _actor(m)
            if name:
                return name
    asides = [(a.start(), a.end()) for a in _ASIDE.finditer(art.text, s_start, n_start)]
    # A name in the aside is the subject only when nothing before it is ("The UN mission, MONUSCO, has").
    return _subject(art, s_start, n_start, asides) or (asides and _subject(art, s_start, n_start, [])) or None


_HOLDS = re.compile(
    r"\b(?:has|have|had|maintains|keeps|kept|stations|deployed|deploys|whose|with|number|numbers|numbered"
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
    return None


def _mission_host(art: Document, force: str) -> str | None:
    """A peacekeeping or coalition force's host country, from the lexicon (UNIFIL -> Lebanon)."""
    host = art.lexicon.actor_country.get(force)
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
    p = m.of("place")
    if p is not None:
        return p.country or p.name
    return None
