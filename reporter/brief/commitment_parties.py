"""Who and where a commitment names: parties and places as the extractor's lexicons know them
(actors, countries, demonyms, gazetteer places), and the autonomous regions that split a country
into "federal" and the rest. Its names are public because commitment_identity and commitments
read mentions with them.
"""

from __future__ import annotations

import re

from reporter.brief import lexicons
from reporter.brief.identity import Place, distance_km, fold, lookup
from reporter.brief.textfmt import dateline_end
from reporter.wordlists import LED_NOUNS, RIVER_SIDES, longest_first

#: Words between a country and its verb when the country is who acts ("Israel was supposed to withdraw",
#: "Norway plans to pull out", "Chile is preparing to leave": a state that means to act acts).
AUX = (
    r"(?:has|have|had|will|would|shall|was|were|is|are|be|to|must|should|supposed|expected|set|due|agreed|complete|completed|begin|began|fully|finally|formally|officially|then|also|not|yet|still|its|their|on|"
    r"plans?|planned|planning|intends?|intended|decided|decides|prepar(?:es|ed|ing)|aims?|aimed|promised|pledged|vowed|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
)
#: "Chad gave France until 31 January to pull out": who is given the time leaves, who gives it hosts.
GIVE = r"(?:give|gives|given|giving|gave)"
TO_LEAVE = r"to\s+(?:withdr|leav|pull|vacat|exit)"
#: Sending troops abroad: a state that sends them is who deploys, where they are sent is where.
SEND = r"(?:send|sends|sending|sent|deploy\w*|dispatch\w*)"
#: "the host will let the alliance go on using its bases": who lets a force stay hosts it.
LET = r"(?:allow|allows|allowed|allowing|permit|permits|permitted|permitting|let|lets)"
TO_STAY = r"to\s+(?:stay|remain|keep|continu|use|operat|station)"
#: "Israel has 60 days to withdraw", "Russia was given until May to leave": who has the time leaves.
TIME_TO_LEAVE = (
    r"(?:has|have|had|(?:is|was|were|are|been)\s+given|given)\s+(?:(?:[\d,]+|an?|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|twelve|several|a\s+few)\s+(?:more\s+)?(?:hours?|days?|weeks?|months?|years?)|until\s+"
    r"(?:\w+\s+){1,3}?)\s*" + TO_LEAVE
)
INTO = re.compile(r"\b(?:in|from|of|across|inside|into|leave|leaves|leaving|left|exit(?:s|ed|ing)?|vacat(?:e|es|ed|ing)|quit(?:s|ting)?|depart(?:s|ed|ing)?|out|federal)$")
#: "the draft resolution of France", "the Foreign Ministry of Qatar", "the parliament of Chile": "of"
#: names a text's author or a speaker's (or a deciding body's) state, not the place.
AUTHOR = re.compile(
    r"\b(?:resolution|draft|proposal|motion|initiative|text|ministry|government|president|minister|spokes\w+|embassy|"
    r"parliament|assembly|congress|senate|cabinet|legislature)\s+of$"
)
FEDERAL = re.compile(r"\b(?:federal|central[- ]government)\b", re.I)


@lexicons.cached(maxsize=1)
def name_kinds() -> dict[str, tuple[str, str]]:
    """Folded alias -> (kind, canonical name) for actors, countries and their demonyms."""
    data = lexicons.data()
    found: dict[str, tuple[str, str]] = {}
    for a in data["actors"]:
        if a.get("kind") == "institution" and not a.get("country"):
            continue  # "the UN Security Council extended the mandate": the UN decides, UNIFIL leaves
        name = str(a.get("state") or a["name"])
        # A state's force is named by its aliases ("Iraqi forces"); the bare name is the country.
        names = a.get("aliases") or [] if a.get("state") else [a["name"], *(a.get("aliases") or [])]
        for alias in names:
            found.setdefault(fold(str(alias)), ("actor", name))
    for c in data["countries"]:
        for alias in [c["name"], *(c.get("aliases") or []), *(c.get("demonyms") or [])]:
            if str(alias).lower().startswith("the "):
                continue  # folding drops the article that makes "the States" a name: "West African States"
            found.setdefault(fold(str(alias)), ("country", str(c["name"])))
    return found


@lexicons.cached(maxsize=1)
def capitals() -> dict[str, str]:
    """Folded capital -> its country ("paris" -> France): a capital that acts names its state."""
    # Imported here: a run with nothing new to extract starts without the extractor's modules.
    from reporter.extract.lexicon import gazetteer_capitals

    found: dict[str, str] = {}
    for c in lexicons.data()["countries"]:
        for capital in c.get("capitals") or []:
            found.setdefault(fold(str(capital)), str(c["name"]))
    # a state the lexicon gives no capital has the gazetteer's, as the extractor reads it ("Wellington said")
    for country, capital in gazetteer_capitals(lexicons.data()["countries"]).items():
        found.setdefault(fold(capital), country)
    return found


def next_to(text: str, at: int, name: str) -> set[int]:
    """Word positions where a name would continue a list that the name at ``at`` is in."""
    end = at + len(name.split())
    words = fold(text).split()
    return {end} | ({end + 1} if end < len(words) and words[end] in ("and", "or") else set())


@lexicons.cached(maxsize=1)
def folk() -> frozenset[str]:
    """Folded plural demonyms ("russians", "americans"): a people, never a place."""
    found = set()
    for c in lexicons.data()["countries"]:
        demonyms = {fold(str(d)) for d in c.get("demonyms") or []}
        found |= {d for d in demonyms if d.endswith("s") and d[:-1] in demonyms}
    return frozenset(found)


@lexicons.cached(maxsize=1)
def _widest() -> int:
    """Words in the longest name ("United Nations Interim Security Force for Abyei" is seven)."""
    return max(5, *(len(n.split()) for n in name_kinds()))


def name_spans(text: str) -> list[tuple[int, str]]:
    """Longest-first names in ``text``: (word position, folded name)."""
    words = fold(text).split()
    out, i = [], 0
    while i < len(words):
        for width in range(min(_widest(), len(words) - i), 0, -1):
            name = " ".join(words[i : i + width])
            if name in name_kinds() or lookup(name) or name in capitals():
                if words[i + width - 1] in RIVER_SIDES and words[i + width : i + width + 1] == ["of"]:
                    break  # "the west bank of the Dniester": a river's side, not the territory so called
                out.append((i, name))
                i += width - 1
                break
        i += 1
    return out


@lexicons.cached(maxsize=1)
def person_actors() -> frozenset[str]:
    """Actors that are persons: they announce a step, they never are the party that takes it."""
    return frozenset(str(a["name"]) for a in lexicons.data()["actors"] if a.get("kind") == "person")


@lexicons.cached(maxsize=1)
def force_actors() -> frozenset[str]:
    """Actors that deploy and withdraw: coalitions and states' forces (not armed groups)."""
    return frozenset(
        str(a.get("state") or a["name"])
        for a in lexicons.data()["actors"]
        if a.get("kind") in ("coalition", "force")
    )


@lexicons.cached(maxsize=1)
def armed_groups() -> frozenset[str]:
    """Actors that are armed groups, no state's forces: one side of a deal the states are named for."""
    return frozenset(str(a["name"]) for a in lexicons.data()["actors"] if a.get("kind") == "armed_group")


@lexicons.cached(maxsize=8)
def actor_countries(kind: str) -> dict[str, str]:
    """The name of each actor of ``kind`` -> the country the actor lexicon gives it: where a
    coalition serves (MINUSMA -> Mali), whom a person speaks for."""
    return {
        str(a["name"]): str(a["country"])
        for a in lexicons.data()["actors"]
        if a.get("kind") == kind and a.get("country")
    }


def mission_countries() -> dict[str, str]:
    """A mission's name -> the country it serves in, as the actor lexicon gives it (MINUSMA -> Mali)."""
    return actor_countries("coalition")


#: A sentence that opens with a mission's troops named only by the body that sent them ("UN peacekeepers
#: handed over ...", "African Union troops will ..."): which mission, the country it names tells.
_BODY_TROOPS = re.compile(
    r"^\W*(?:the\s+)?(?:(?P<un>U\.?N\.?|United\s+Nations)\s+(?:peacekeep\w*|troops|forces|soldiers|personnel|mission)"
    r"|(?P<au>AU|African\s+Union)\s+(?:peacekeep\w*|troops|forces|soldiers|personnel|mission)"
    r"|(?P<any>peacekeepers|blue\s+helmets))\b",
    re.I,
)


def _body(actor: dict) -> str | None:
    """The body a mission of the actor lexicon serves: "un", "au" or None (a state's coalition, NATO's)."""
    said = " ".join(str(x) for x in (actor["name"], *(actor.get("aliases") or [])))
    if re.search(r"\bAfrican Union\b", said):
        return "au"
    if re.search(r"\bUN\b|\bUnited Nations\b", said) or re.match(r"(?:UN|MINU|MONU)", str(actor["name"])):
        return "un"
    return None


def serving_mission(sentence: str, countries: frozenset[str], year: int | None) -> str | None:
    """The one mission of the body a sentence opens with ("UN peacekeepers") that serves in a country
    the sentence names, in the year its step is due (ATMIS, not its successor, in 2023); else None."""
    # (Past the page's dateline: "MOGADISHU (Wire) - AU troops will ..." opens with the troops too.)
    opened = _BODY_TROOPS.match(sentence[dateline_end(sentence) :])
    if not opened or not countries:
        return None
    body = "un" if opened.group("un") else "au" if opened.group("au") else None
    found = set()
    for actor in lexicons.data()["actors"]:
        if actor.get("kind") != "coalition" or actor.get("country") not in countries or _body(actor) is None:
            continue
        first, last = [*(actor.get("years") or ()), None, None][:2]
        if year is not None and ((first is not None and year < first) or (last is not None and year > last)):
            continue
        if body in (None, _body(actor)):
            found.add(str(actor["name"]))
    return next(iter(found)) if len(found) == 1 else None


def led_by(name: str) -> str | None:
    """The state a coalition is led by ("US-led coalition" -> United States)."""
    m = re.match(r"(.+?)[- ]led\b", name)
    found = name_kinds().get(fold(m.group(1))) if m else None
    return found[1] if found and found[0] == "country" else None


@lexicons.cached(maxsize=64)
def led_coalition(state: str) -> str | None:
    """The one coalition of the lexicon that the state leads by its name (United States -> "US-led coalition")."""
    led = sorted(name for name in force_actors() if led_by(name) == state)
    return led[0] if len(led) == 1 else None


#: "US-led forces", "the Saudi-led military intervention": after a state's name, the coalition it leads.
LED = re.compile(rf"led\s+(?:\w+\s+){{0,2}}?(?:{'|'.join(longest_first(LED_NOUNS))})\b")


@lexicons.cached(maxsize=1)
def autonomous_regions() -> tuple[Place, ...]:
    """Regions the gazetteer calls autonomous (an alias says so): the rest of the country is 'federal'."""
    names = sorted(
        str(p["name"])
        for p in lexicons.data()["places"]
        if p.get("kind") == "region" and any("autonomous" in str(a).lower() for a in p.get("aliases") or [])
    )
    return tuple(p for p in (lookup(n) for n in names) if p is not None)


def has_autonomous(country: str | None) -> bool:
    """Whether the country has a region the gazetteer calls autonomous (Iraq's Kurdistan Region)."""
    return any(r.country == country for r in autonomous_regions())


INSIDE_KM, OUTSIDE_KM = 60.0, 200.0


def autonomous_around(place: Place, km: float) -> str | None:
    """The autonomous region of the place's country within ``km`` of it, if any."""
    if place.lat is None or place.lon is None:
        return None
    for r in autonomous_regions():
        known = r.country == place.country and r.lat is not None and r.lon is not None
        if known and distance_km((place.lat, place.lon), (r.lat, r.lon)) <= km:  # type: ignore[arg-type]
            return r.name
    return None


def same_party(a: str | None, b: str | None) -> bool:
    """Whether two parties may be one: either untold, the same, or a coalition and the state leading it."""
    if a is None or b is None or a == b:
        return True
    return led_by(a) == b or led_by(b) == a
