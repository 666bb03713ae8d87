"""Gazetteer and lexicons: the YAML files in data/ merged with users' files, indexed by tokens.

One dictionary maps folded token tuples ("ain", "al", "asad") to entries of every kind
(country, demonym, capital, place, actor, weapon), so a single left-to-right pass over an
article finds every name, longest first, whatever the size of the lexicons.
"""

from __future__ import annotations

import functools
import logging
import pickle
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter, not_
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from reporter import compiled
from reporter.errors import ConfigError, ConfigErrors
from reporter.extract import geonames, lexicon_schema
from reporter.extract.records import slot_init
from reporter.extract.text import Token, first_chars, tokens, words
from reporter.files import stamp
from reporter.wordlists import LED_NOUNS
from reporter.yaml_lines import dotted, line_at, line_index, yaml_error

log = logging.getLogger(__name__)

DATA = Path(__file__).parent / "data"
SECTIONS = lexicon_schema.SECTIONS
#: Specificity of a place kind: an incident takes its most specific place.
RANK = {
    "base": 5,
    "site": 5,
    "district": 4.5,
    "village": 4.2,
    "city": 4,
    "region": 3,
    "water": 2,
    "area": 1,
    "country": 1,
}

# World cities whose names are also everyday English words or names are only places when the
# text says "in/at/near" before them; these are never taken from the world list at all.
_COMMON = words("""police mobile reading split nice bath hope march may june august victoria of bar mary
    orange college union independence liberty commerce progress prosperity florence justice
    president university center centre north south east west central new of young green white
    black brown long mission garden grove lincoln jackson marion hamilton wilson warren clinton
    washington franklin madison monroe lafayette obama trump ita sale wells deal hull derby
    worthing crawley rugby corby federal national republic central capital royal sultan prince
    eagle pride faith grace unity victory freedom peace male""")


#: Written names whose entries find() keeps (a few MB at most); more clears them.
_FOUND_MAX = 20_000

_FUNCTION_WORDS = words("the a an in on at to or it is as of by for and us new old great upper lower")
#: The Arabic article, written in lower case before a capitalised name ("al-Jawf", "el-Fasher"): it opens
#: that name as a capital would, and only before a capital.
_ARTICLES = words("al el")
_OPEN_BEFORE_CAPITAL = _FUNCTION_WORDS | _ARTICLES
_ARTICLE_CAPITAL = re.compile(r"(?:al|el)[-‐‑\s]+[A-Z]")


#: libyaml's loader where it is built in: the bundled data parses several times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


#: The case of a world-list town's name of three letters ("Bol"): a capital then lower case only, and a
#: place only in an article that names its country.
SHORT = "short"


class Entry(NamedTuple):
    """What a name stands for. A named tuple, so a compiled lexicon unpickles fast."""

    #: country | demonym | capital | place | actor | weapon
    kind: str
    name: str
    country: str | None = None
    #: place kind (base, city...), actor kind (armed_group...) or weapon class (drone...)
    sub: str = ""
    lat: float | None = None
    lon: float | None = None
    #: exact | title | any | short: how the text's case must agree with the alias
    case: str = "any"
    #: world-list cities count only after "in", "at", "near"...
    locative_only: bool = False


@slot_init
@dataclass(frozen=True, slots=True)
class Mention:
    first: int  # index of the first token
    last: int  # index after the last token
    start: int  # character offsets
    end: int
    entries: tuple[Entry, ...]

    def of(self, kind: str) -> Entry | None:
        for e in self.entries:
            if e.kind == kind:
                return e
        return None


#: The kinds of listed place named after the town they lie by ("Erbil airport", "Mosul Dam").
_NAMED_AFTER_A_TOWN = frozenset({"base", "site"})


def _town_spellings(places: Iterable[Mapping[str, Any]]) -> dict[str, tuple[str, ...]]:
    """Every spelling of each listed town, by each of its spellings ("Irbil" -> Erbil, Irbil, Arbil, Hawler)."""
    out: dict[str, tuple[str, ...]] = {}
    for p in places:
        if str(p.get("kind") or "city") != "city" or not p.get("aliases"):
            continue
        names = tuple(dict.fromkeys([str(p["name"]), *map(str, p["aliases"])]))
        for name in names:
            out.setdefault(name, names)
    return out


def _spelt_every_way(names: list[str], spellings: Mapping[str, tuple[str, ...]]) -> list[str]:
    """A site's names with the town that opens one spelt each way the town's own entry spells it: outlets
    spell the town of "Erbil airport" as they spell the town ("Arbil airport", "Irbil International Airport"),
    and no list can give every pairing by hand."""
    out = list(names)
    for name in names:
        parts = name.split(" ")
        # ("Deir ez-Zor airport": a town's name may run to a few words)
        for n in range(1, min(len(parts), 4)):
            town, rest = " ".join(parts[:n]), " ".join(parts[n:])
            out.extend(f"{other} {rest}" for other in spellings.get(town, ()))
    return list(dict.fromkeys(out))


#: Site nouns outlets write as one word or two ("oilfield", "oil field"; "gasfield", "gas field").
_JOINED = re.compile(r"\b(oil|gas)(?: (field)\b|(field)\b)", re.IGNORECASE)


def _joined_every_way(names: list[str]) -> list[str]:
    """A site's names with its noun written both as one word and as two: a list that spells "Omar oil
    field" must still know the field an outlet calls "the Omar oilfield", and so for every field."""

    def other(m: re.Match[str]) -> str:
        return f"{m[1]}{m[2]}" if m[2] else f"{m[1]} {m[3]}"

    return list(dict.fromkeys([*names, *(_JOINED.sub(other, n) for n in names)]))


def _plurals(alias: str) -> list[str]:
    if " of " in alias or alias.endswith(("s", "S")):
        return [alias]
    if alias.isupper():
        return [alias, alias + "s"]  # an acronym takes a lower-case s: "IEDs", "F-16s"
    if alias.endswith("y") and not alias.endswith(("ay", "ey", "oy")):
        return [alias, alias[:-1] + "ies"]
    if alias.endswith(("x", "ch", "sh")):
        return [alias, alias + "es"]
    return [alias, alias + "s"]


def _case(alias: str) -> str:
    letters = alias.replace(".", "").replace("-", "")
    if letters.isupper() and len(letters) <= 5:
        return "exact"
    return "title" if alias[:1].isupper() else "any"


def _load_yaml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.load(text, Loader=_LOADER) or {}
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read lexicon: {exc}", file=str(path)) from exc
    except yaml.YAMLError as exc:
        raise yaml_error(exc, str(path)) from None
    found = lexicon_schema.problems(data)
    if found:
        # Lines are looked up only for a file with mistakes: composing costs as much as parsing.
        lines = line_index(yaml.compose(text, Loader=yaml.SafeLoader))
        raise ConfigErrors(
            [
                ConfigError(why, file=str(path), line=line_at(lines, at), key=dotted(at) or None)
                for at, why in found
            ]
        )
    return data


def check_lexicon_file(path: Path) -> None:
    """Raise :class:`ConfigError` unless ``path`` is a lexicon file the extractor can load."""
    _load_yaml(path)


def merge_sources(paths: Sequence[Path]) -> dict[str, list[dict[str, Any]]]:
    """Bundled data then each user file: same-named entries merge (lists extend, scalars replace).

    The result is shared and read-only: the bundled part is parsed once per process (the brief
    asks for it several times a run), user files on every call, so an edited one takes effect.
    """
    bundled = _bundled()
    if not paths:
        return {s: list(v.values()) for s, v in bundled.items()}
    # Two levels copied: merging replaces an entry's values, never changes them in place.
    merged = {s: {k: dict(v) for k, v in items.items()} for s, items in bundled.items()}
    _merge_into(merged, paths)
    return {s: list(v.values()) for s, v in merged.items()}


@functools.lru_cache(maxsize=1)
def _bundled() -> dict[str, dict[str, dict[str, Any]]]:
    # From the compiled cache, named by this code and the data: parsing the YAML took ~25 ms.
    sources = [Path(__file__), *sorted(DATA.glob("*.yaml"))]
    key = compiled.digest([part for path in sources for part in (path.name.encode(), path.read_bytes())])
    target = compiled.cache_dir() / f"bundled-{key}.pickle"
    merged = compiled.read(target)
    if not isinstance(merged, dict):
        merged = {s: {} for s in SECTIONS}
        _merge_into(merged, sources[1:])
        compiled.write(target, merged)
    return merged


@functools.lru_cache(maxsize=1)
def province_points() -> dict[str, tuple[tuple[str, float, float], ...]]:
    """The bundled gazetteer's provinces with a point, by country: (name, lat, lon)."""
    found: dict[str, list[tuple[str, float, float]]] = {}
    for country, name, lat, lon in region_points(_bundled()["places"].values()):
        found.setdefault(country, []).append((name, lat, lon))
    return {k: tuple(v) for k, v in found.items()}


@functools.lru_cache(maxsize=1)
def region_provinces() -> dict[str, tuple[str, frozenset[str]]]:
    """The bundled gazetteer's regions that list the provinces they are made of, by name and alias in
    lower case (a place keeps the name as written: "Marib province"): (the country's ISO code, the
    provinces' GeoNames first-level codes)."""
    codes = {name.lower(): cc for cc, name in geonames.country_names().items()}
    found: dict[str, tuple[str, frozenset[str]]] = {}
    for p in _bundled()["places"].values():
        cc = codes.get(str(p.get("country") or "").lower())
        if p.get("kind") == "region" and p.get("provinces") and cc:
            held = (cc, frozenset(str(v) for v in p["provinces"].values()))
            for name in (p["name"], *(p.get("aliases") or ())):
                found[str(name).lower()] = held
    return found


@functools.lru_cache(maxsize=1)
def district_towns() -> dict[str, frozenset[tuple[str, ...]]]:
    """The bundled gazetteer's districts GeoNames does not divide that list the towns they hold, by name and
    alias in lower case: each town's name as token keys (North Waziristan: Miran Shah, Mir Ali)."""
    found: dict[str, frozenset[tuple[str, ...]]] = {}
    for p in _bundled()["places"].values():
        if p.get("kind") == "region" and p.get("towns"):
            held = frozenset(tuple(t.norm for t in tokens(str(town))) for town in p["towns"])
            for name in (p["name"], *(p.get("aliases") or ())):
                found[str(name).lower()] = held
    return found


def region_points(places: Iterable[dict[str, Any]]) -> Iterator[tuple[str, str, float, float]]:
    """(country, name, lat, lon) of each province or region among gazetteer ``places`` that has a country
    and a point: the one reading of a province list, for the extractor's (bundled) and the brief's
    (bundled and the user's files)."""
    for p in places:
        if p.get("kind") == "region" and p.get("country") and p.get("lat") is not None and p.get("lon") is not None:
            yield str(p["country"]), str(p["name"]), float(p["lat"]), float(p["lon"])


def _merge_into(merged: dict[str, dict[str, dict[str, Any]]], paths: Iterable[Path]) -> None:
    for path in paths:
        for section, items in _load_yaml(Path(path)).items():
            for item in items:
                key = str(item["name"]).lower()
                old = merged[section].setdefault(key, {})
                for k, v in item.items():
                    if isinstance(v, list) and isinstance(old.get(k), list):
                        old[k] = old[k] + [x for x in v if x not in old[k]]
                    else:
                        old[k] = v


#: Bodies of states that field missions, by the words a mission's name or alias holds: "UN", "United
#: Nations", an acronym opening on "UN" ("UNIFIL") or on the French "MINU"/"MONU" ("MINUSMA"); "EU",
#: "EUFOR"; "AU", "African Union".
_BODY_WORDS = (
    ("United Nations", re.compile(r"\bUN\b|\bU\.N\.|United Nations|^(?:UN|MINU|MONU)[A-Z]")),
    ("European Union", re.compile(r"\bEU\b|European Union|^EU[A-Z]")),
    ("African Union", re.compile(r"\bAU\b|African Union|^AU[A-Z]")),
    # regional blocs: "SADC Mission in Mozambique", "EAC Regional Force", "ECOWAS Mission in The Gambia"
    ("ECOWAS", re.compile(r"\bECOWAS\b|Economic Community of West African States")),
    ("SADC", re.compile(r"\bSADC\b|Southern African Development Community")),
    ("EAC", re.compile(r"\bEAC\b|East African Community")),
)


def bodies_named(name: str, aliases: Sequence[str]) -> frozenset[str]:
    """The bodies whose mission a name and its aliases say it is (none for a coalition of states)."""
    return frozenset(body for body, words in _BODY_WORDS if any(words.search(str(x)) for x in (name, *aliases)))


#: What a pickled Lexicon holds, in this order (read back by Lexicon.__setstate__; what is derived is left out).
_PICKLED = (
    "_index",
    "_span",
    "_lower_span",
    "countries",
    "actor_country",
    "mission_host",
    "mission_years",
    "mission_body",
    "_capital_name",
    "territories",
    "flies_its_strikes",
    "_surnames",
    "_led",
    "leads",
)


class Lexicon:
    """All names the extractor knows, found in text by token lookup."""

    def __init__(self, paths: Sequence[Path] = (), *, world: bool = True) -> None:
        self._index: dict[tuple[str, ...], list[Entry]] = {}
        self._span: dict[str, int] = {}  # first token -> longest key length
        self.countries: dict[str, Entry] = {}
        self.actor_country: dict[str, str] = {}
        #: peacekeeping missions and coalitions -> the country they serve in (UNIFIL -> Lebanon)
        self.mission_host: dict[str, str] = {}
        #: missions -> the first and last year they served (None: still serving), where several
        #: served one country in turn (ATMIS, then AUSSOM in Somalia)
        self.mission_years: dict[str, tuple[int | None, int | None]] = {}
        #: missions -> the bodies of states whose missions they are, as their names tell (UNIFIL and
        #: "UN mission in Mali": the United Nations'; "African Union Transition Mission": the AU's)
        self.mission_body: dict[str, frozenset[str]] = {}
        #: country -> the name of its capital city (the first of its capitals)
        self._capital_name: dict[str, str] = {}
        #: country -> the territories a troop level in it is placed in by name (Palestine: Gaza, West Bank)
        self.territories: dict[str, tuple[str, ...]] = {}
        #: states whose strikes abroad are flown (their missiles there are fired from aircraft)
        self.flies_its_strikes: frozenset[str] = frozenset()
        data = merge_sources(paths)
        #: person -> the party he leads, as facts name it ("Hemedti's fighters" are the RSF's)
        self.leads = _leaders(data["actors"], data["countries"])
        # a state the lexicon gives no capital has the gazetteer's, where its name is the capital's alone
        filled = gazetteer_capitals(data["countries"]) if world else {}
        for c in data["countries"]:
            name = str(c["name"])
            entry = Entry("country", name, name, "country", c.get("lat"), c.get("lon"))
            self.countries[name] = entry
            self._add([name, *(c.get("aliases") or [])], entry)
            self._add(c.get("demonyms") or [], Entry("demonym", name, name, "country"))
            capitals = c.get("capitals") or ([filled[name]] if name in filled else [])
            self._add(capitals, Entry("capital", name, name, "country"))
            if capitals:
                self._capital_name[name] = str(capitals[0])
            if c.get("territories"):
                self.territories[name] = tuple(str(t) for t in c["territories"])
            if c.get("flies_its_strikes"):
                self.flies_its_strikes |= {name}
        spellings = _town_spellings(data["places"])
        for p in data["places"]:
            entry = Entry(
                "place",
                str(p["name"]),
                p.get("country"),
                str(p.get("kind") or "city"),
                p.get("lat"),
                p.get("lon"),
                # a town whose name is also a given name ("Nasir") counts, as a world-list town does,
                # only after "in", "at", "near"
                locative_only=bool(p.get("locative_only")),
            )
            names = [entry.name, *(p.get("aliases") or [])]
            if entry.sub in _NAMED_AFTER_A_TOWN:
                names = _joined_every_way(_spelt_every_way(names, spellings))
            self._add(names, entry)
        for a in data["actors"]:
            name = str(a.get("state") or a["name"])
            entry = Entry(
                "actor", name, a.get("country") or a.get("state"), str(a.get("kind") or "armed_group")
            )
            if entry.country:
                self.actor_country[name] = entry.country
                if entry.sub == "coalition":
                    self.mission_host[name] = entry.country
                    self.mission_body[name] = bodies_named(str(a["name"]), a.get("aliases") or [])
                    if a.get("years"):
                        years = list(a["years"])
                        self.mission_years[name] = (years[0], years[1] if len(years) > 1 else None)
            self._add([str(a["name"]), *(a.get("aliases") or [])], entry)
        for w in data["weapons"]:
            entry = Entry("weapon", str(w["name"]), None, str(w.get("class") or "projectile"))
            forms = [f for alias in [entry.name, *(w.get("aliases") or [])] for f in _plurals(str(alias))]
            self._add(forms, entry)
        if world:
            for name in sorted(set(geonames.country_names().values()) - set(self.countries)):
                entry = Entry("country", name, name, "country")
                self.countries[name] = entry
                self._add([name], entry)
                if name in filled:
                    self._add([filled[name]], Entry("capital", name, name, "country"))
                    self._capital_name[name] = filled[name]
            self._add_world()
        # Plain tuples from here on: a compiled lexicon of them unpickles several times faster
        # than one of Entry objects; find() makes Entries of the few names an article holds.
        self._index = {k: tuple(tuple(e) for e in v) for k, v in self._index.items()}  # type: ignore[misc,assignment]
        self._heads = _heads(self._index)
        self._lower_span = _lower_span(self._index, self._span)
        self._surnames = _surnames(self._index)
        self._led = _led_by(self._index)
        # Each name's entries packed into one bytes object: some 86,000 names, almost all of them
        # world places an article never names, held as tuples of strings and floats took ~270 bytes
        # each in every process (and again in each forked worker's resident set); packed, under 120.
        # find() unpacks the few an article holds, once per written form (_found).
        self._index = {k: _pack(v) for k, v in self._index.items()}  # type: ignore[misc]
        self._found: dict[str, tuple[Entry, ...]] = {}

    def __getstate__(self) -> tuple[Any, ...]:
        # (the countries' entries as plain tuples)
        return tuple(
            {k: tuple(v) for k, v in self.countries.items()} if name == "countries" else getattr(self, name)
            for name in _PICKLED
        )

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for name, value in zip(_PICKLED, state, strict=True):
            setattr(self, name, value)
        self._heads = _heads(self._index)  # derived, so not pickled: about 10 ms
        self._found = {}
        self.countries = {k: Entry._make(v) for k, v in self.countries.items()}

    @classmethod
    def load(cls, paths: Sequence[Path] = (), *, world: bool = True) -> Lexicon:
        """The lexicon for ``paths``, from the compiled cache when it is current, else built and cached.

        Building reads the YAML files and GeoNames' 500-people list (seconds); loading the
        compiled index is one unpickling. The cache key is a digest of everything the index is
        made of (this code, the tokenizer, every data and user file, the GeoNames files), so a
        change to any of them builds a new one. An unwritable cache only costs the build.
        """
        paths = tuple(Path(p) for p in paths)
        for path in paths:
            _load_yaml(path)  # a broken user file is reported now, cached or not
        target = compiled.cache_dir() / f"lexicon-{fingerprint(paths, world=world)}.pickle"
        lexicon = compiled.read(target)
        if not isinstance(lexicon, cls):
            lexicon = cls(paths, world=world)
            compiled.write(target, lexicon)
        return lexicon

    def _add(self, aliases: Iterable[str], entry: Entry) -> None:
        for alias in aliases:
            alias = str(alias)
            key = tuple(t.norm for t in tokens(alias))
            if not key:
                continue
            e = entry if entry.case == _case(alias) else entry._replace(case=_case(alias))
            bucket = self._index.setdefault(key, [])
            if e not in bucket:
                bucket.append(e)
            self._span[key[0]] = max(self._span.get(key[0], 0), len(key))

    def _add_world(self) -> None:
        # The world rows run from the most populous down, so a folded name keeps its largest
        # place first; a region village of the same name in another country is kept beside it,
        # for places.py to choose by the article's countries.
        codes = geonames.country_names()
        region = {codes[c] for c in geonames.REGION if c in codes}
        for key, name, country, kind, lat, lon in geonames.world_rows():
            if len(key) == 1 and key[0] in _COMMON:
                continue
            known = self._index.get(key)
            if len(key) == 1 and len(key[0]) < 4:
                # "near Bol": a town of three letters, no other name's, written as a name is ("Bol",
                # not "BOL"), placed only in an article that names its country (places.py)
                # (one beside another such town of another country: "Mao" in Chad and the Dominican Republic)
                if key[0] not in _FUNCTION_WORDS and all(e.case == SHORT and e.country != country for e in known or ()):
                    self._index[key] = [*(known or []), Entry("place", name, country, kind, lat, lon, SHORT, True)]
                    self._span[key[0]] = max(self._span.get(key[0], 0), 1)
                continue
            if known is not None and any(e.kind in ("country", "demonym", "actor", "weapon") for e in known):
                continue  # the bundled data already says what this name is ("Malian" is Mali's adjective)
            places = [e for e in known or () if e.kind == "place"]
            # (a city of the region is kept beside a bigger one of its name in another country: "al-Bayda" is
            # a Yemeni city as well as a Libyan one, "Hangu" a Pakistani town as well as a Chinese city)
            rival = country in region and all(e.country != country for e in places)
            if places and (
                (kind == "city" and not rival)
                or len(places) >= 3
                or any(e.country == country or not e.locative_only for e in places)
            ):
                continue  # a bundled place, or a bigger one of this name in the same country
            # A world place counts only after a locative word ("in", "near"), unless it is a
            # capital, also named as its government ("Mogadishu said"): a place anywhere.
            capital = any(e.kind == "capital" for e in known or ())
            self._index[key] = [
                *(known or []),
                Entry("place", name, country, kind, lat, lon, "title", not capital),
            ]
            self._span[key[0]] = max(self._span.get(key[0], 0), len(key))

    def capital_city(self, country: str) -> Entry | None:
        """The capital city of a country as a place ("Mali's capital" -> Bamako), if the gazetteer has it."""
        name = self._capital_name.get(country)
        if name is None:
            return None
        key = tuple(t.norm for t in tokens(name))
        packed = self._index.get(key)
        for e in map(Entry._make, _unpack(packed) if packed else ()):
            if e.kind == "place" and e.country == country:
                return e
        c = self.countries.get(country)
        return Entry("place", name, country, "city", c.lat if c else None, c.lon if c else None)

    def unmarked_possessives(self, toks: Sequence[Token], text: str) -> Sequence[Token]:
        """The tokens, with a country's or region's possessive written without its apostrophe read as
        one ("Nigerias Borno state", "Kashmirs Pulwama district"): a capitalised word no name of its own,
        the name of a country or region and an "s", right before a capitalised word."""
        out: list[Token] | None = None
        index = self._index
        for i in range(len(toks) - 1):
            t = toks[i]
            w = t.text
            if len(w) < 5 or w[-1] != "s" or not w[0].isupper() or w.isupper() or t.possessive:
                continue
            after = toks[i + 1]
            if text[t.end : after.start] != " " or not after.text[:1].isupper() or (t.norm,) in index:
                continue
            packed = index.get((t.norm[:-1],))
            if packed and any(e[0] == "country" or (e[0] == "place" and e[3] == "region") for e in _unpack(packed)):
                if out is None:
                    out = list(toks)
                out[i] = Token(t.start, t.end, w, t.norm[:-1], True)
        return toks if out is None else out

    def leading_state(self, coalition: str) -> str | None:
        """The state a coalition of the lexicon is led by, by its name ("US-led coalition" -> United States)."""
        return next((state for state, e in self._led.items() if e[1] == coalition), None)

    def person_by_surname(self, norm: str) -> str | None:
        """The one listed person whose name ends with this word ("Katz" -> Israel Katz): reporters
        name a person in full once, or not at all in a headline, then by surname. A surname shared
        by two people, or one that names something else too ("Austin"), stands for no one."""
        return self._surnames.get(norm)

    def find(
        self, toks: Sequence[Token], text: str, norms: Sequence[str] | None = None, firsts: Sequence[str] | None = None
    ) -> list[Mention]:
        """Names in a token sequence, longest match first, left to right (``norms``: the tokens' folded
        forms, ``firsts``: their first characters, when the caller has them)."""
        out: list[Mention] = []
        n = len(toks)
        index = self._index
        heads = self._heads
        found = self._found
        if norms is None:
            norms = list(map(attrgetter("norm"), toks))  # read in C, no frame per token
        # A word written in lower case opens only a name that may be written so ("drones"): the few
        # such words are read from a small table; only the other words (capitalised, digits) are
        # looked up in the index, whose size makes each lookup a trip to memory.
        widths = list(map(self._lower_span.get, norms))
        span = self._span
        if firsts is None:
            firsts = first_chars(toks)
        for i in compress(range(n), map(not_, map(str.islower, firsts))):
            widths[i] = span.get(norms[i])
        resume = 0  # after a match, the next name starts past it
        # Only the few tokens that can open a name are visited (compress skips the rest in C).
        for i in compress(range(n), widths):
            if i < resume:
                continue
            width = widths[i]
            # "in", "the", "as" open names ("As Samawah", "The Hague") only before a capital.
            if (
                width
                and norms[i] in _OPEN_BEFORE_CAPITAL
                and toks[i].text.islower()
                and (i + 1 >= n or not toks[i + 1].text[:1].isupper())
            ):
                width = 0
            if width:
                # Only widths the words here can still extend to are looked up: most names are one word.
                limit, reach = min(width, n - i), 1
                while reach < limit and tuple(norms[i : i + reach + 1]) in heads:
                    reach += 1
                for w in range(reach, 0, -1):
                    entries = index.get(tuple(norms[i : i + w]))
                    if not entries or (w > 1 and not _contiguous(toks, i, w, text)):
                        continue
                    surface = text[toks[i].start : toks[i + w - 1].end]
                    # The same names recur in every article: the entries a written form agrees with are
                    # kept by that form (its words give the key, its case the entries), not made again.
                    ok = found.get(surface)
                    if ok is None:
                        ok = tuple(Entry._make(e) for e in _unpack(entries) if _case_ok(e[6], surface))
                        if len(found) >= _FOUND_MAX:
                            found.clear()  # bounded, for a process that reads without end
                        found[surface] = ok
                    # "Qassem Soleimani", "Mojtaba Khamenei": a person's one-word alias inside a longer
                    # name is someone else's given name or surname
                    if (
                        w == 1
                        and any(e.sub == "person" and e.kind == "actor" for e in ok)
                        and _in_longer_name(toks, i, text, self._index)
                    ):
                        ok = tuple(e for e in ok if not (e.sub == "person" and e.kind == "actor"))
                    if (
                        w == 1
                        and i > 0
                        and surface.islower()
                        and any(e.sub == "coalition" for e in ok)
                        and text[toks[i - 1].end : toks[i].start] == " "
                        and norms[i - 1] not in _DETERMINERS
                        and _name_word(toks, i - 1, text, self._index)
                    ):
                        # "the Viv Ansanm coalition": a coalition with a name of its own the lexicon lacks, not
                        # the one the bare word stands for
                        ok = tuple(e for e in ok if e.sub != "coalition")
                    if i + w < n and norms[i + w] == "led" and self._led:
                        # "US-led forces", "the Saudi-led alliance": the coalition the state leads, where
                        # the lexicon knows one
                        ok = _led_coalition(ok, toks, norms, i + w, text, self._led)
                    if ok:
                        out.append(Mention(i, i + w, toks[i].start, toks[i + w - 1].end, ok))
                        resume = i + w
                        break
        return out


def gazetteer_capitals(countries: Sequence[dict[str, Any]]) -> dict[str, str]:
    """Country -> its capital from the GeoNames list (geonames.capitals), for the states of the lexicon
    (its countries section, then the world list's) that it gives no capital: "Wellington said" is New
    Zealand's government as "Canberra said" is Australia's. Left out: a capital named as its country
    ("Singapore"), an everyday word ("Male"), and a city two states claim ("Jerusalem", "East Jerusalem")."""
    world = geonames.capitals()
    if not world:
        return {}
    listed = {str(c["name"]): c for c in countries}
    names = list(listed) + [n for n in sorted(set(geonames.country_names().values())) if n not in listed]
    keys = {n: tuple(t.norm for t in tokens(world[n])) for n in names if n in world}
    taken = {tuple(t.norm for t in tokens(str(x))) for c in countries for x in c.get("capitals") or []}
    out: dict[str, str] = {}
    for name in names:
        c = listed.get(name, {})
        key = keys.get(name)
        if not key or c.get("capitals") or key in taken:
            continue
        own = {tuple(t.norm for t in tokens(str(x))) for x in [name, *(c.get("aliases") or [])]}
        common = any(w in _COMMON or w in _FUNCTION_WORDS for w in key)
        claimed = any(other != name and (_within(key, k) or _within(k, key)) for other, k in keys.items())
        if key not in own and not common and not claimed:
            out[name] = world[name]
    return out


def _leaders(actors: Sequence[Mapping[str, Any]], countries: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    """Person -> the party his ``leads`` names, as facts name that party (a state's force by its state). Checked
    on the merged data, as a user's file may give a listed person the party he leads by his name alone."""
    party: dict[str, str] = {str(c["name"]).lower(): str(c["name"]) for c in countries}
    for a in (a for a in actors if a.get("kind") != "person"):
        for alias in [*(a.get("aliases") or []), a["name"]]:  # (a name outranks another entry's alias)
            party[str(alias).lower()] = str(a.get("state") or a["name"])
    table: dict[str, str] = {}
    errors: list[ConfigError] = []
    for a in actors:
        led = a.get("leads")
        if led is None:
            continue
        key = f"actors.{a['name']}.leads"
        if a.get("kind") != "person":
            # (a group's or a force's men are its own: only a person's men are another party's)
            errors.append(ConfigError("only a person leads a party: give the entry kind: person", key=key))
        elif str(led).lower() not in party:
            errors.append(ConfigError(f"{led!r} is no actor or country of the lexicon: name one, or add it", key=key))
        else:
            table[str(a["name"])] = party[str(led).lower()]
    if errors:
        raise ConfigErrors(errors)
    return table


def _within(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether the words a are a run of the words b ("jerusalem" of "east jerusalem")."""
    return any(b[i : i + len(a)] == a for i in range(len(b) - len(a) + 1))
def _pack(entries: tuple[tuple[Any, ...], ...]) -> bytes:
    """A name's entries (plain tuples) as one bytes object; _unpack gives them back equal, types kept."""
    return pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL)


_unpack = pickle.loads


def fingerprint(paths: Sequence[Path] = (), *, world: bool = True) -> str:
    """A digest of what a compiled lexicon is made of: this code, the tokenizer, every data file,
    the user's files (their stamp) and the world list (see geonames.py)."""
    here = Path(__file__).parent
    files = [here / "lexicon.py", here / "text.py", *sorted(DATA.glob("*.yaml"))]
    return compiled.digest(
        [str(world).encode(), geonames.fingerprint().encode() if world else b"", stamp(paths).encode()]
        + [part for path in files for part in (path.name.encode(), path.read_bytes())]
    )


def _lower_span(index: dict[tuple[str, ...], Any], span: dict[str, int]) -> dict[str, int]:
    """First word -> longest key length, for the words that open a name whose written case may be any:
    only those can open a name where the text writes them in lower case (see _case_ok)."""
    lower = {k[0]: span[k[0]] for k, entries in index.items() if any(e[6] == "any" for e in entries)}
    return lower | {a: span[a] for a in _ARTICLES if a in span}


def _surnames(index: dict[tuple[str, ...], Any]) -> dict[str, str]:
    """Surname -> the one listed person of it (see person_by_surname). Made with the index and kept in
    the compiled lexicon: the walk over every name (some 80,000) took a quarter of a second or more of
    the first article that asked, where a run reads only a few dozen articles."""
    table: dict[str, set[str]] = {}
    for key, entries in index.items():
        if len(key) < 2 or len(key[-1]) < 4:
            continue
        for e in entries:
            if e[0] == "actor" and e[3] == "person":
                table.setdefault(key[-1], set()).add(e[1])
    return {k: next(iter(v)) for k, v in table.items() if len(v) == 1 and (k,) not in index}


def _led_by(index: dict[tuple[str, ...], Any]) -> dict[str, tuple[Any, ...]]:
    """State -> the coalition of the lexicon that it leads by its name ("US-led coalition" -> United States)."""
    out: dict[str, tuple[Any, ...]] = {}
    for key, entries in index.items():
        if "led" not in key[1:]:
            continue
        head = key[: key.index("led")]
        states = {e[2] for e in index.get(head, ()) if e[0] in ("country", "demonym")}
        for e in entries:
            if e[0] == "actor" and e[3] == "coalition" and len(states) == 1:
                out.setdefault(states.pop(), e)
                break
    return out


def _led_coalition(
    ok: tuple[Entry, ...], toks: Sequence[Token], norms: Sequence[str], led: int, text: str, table: dict[str, Any]
) -> tuple[Entry, ...]:
    """The entries of a state's name before "-led": the coalition it leads where a party's noun follows
    within three words ("US-led international forces"), else the name's own."""
    state = next((e.country for e in ok if e.kind in ("country", "demonym")), None)
    if state is None or state not in table or text[toks[led - 1].end : toks[led].start] not in ("-", "‐", " "):
        return ok
    if not any(w in LED_NOUNS for w in norms[led + 1 : led + 4]):
        return ok
    return (Entry._make(table[state]),)


def _heads(index: dict[tuple[str, ...], Any]) -> frozenset[tuple[str, ...]]:
    """Every opening of two or more words of a name of several ("al", "asad") of ("al", "asad", "air", "base")."""
    return frozenset(k[:j] for k in index if len(k) > 1 for j in range(2, len(k) + 1))


#: Capitalised words before a person's name that are no given name: titles, ranks and honorifics
#: ("President Trump", "Supreme Leader Khamenei", "Sheikh Qassem", "Colonel Ahmed Ali").
TITLE_WORDS = words("""president presidents vice prime minister ministers secretary leader supreme chief deputy
    general gen lt col maj capt sgt adm admiral commander spokesman spokeswoman speaker senator sen rep
    representative ambassador envoy king queen prince princess crown emir sultan sheikh shaikh sheik
    sayyed sayyid ayatollah imam cleric mr mrs ms dr sir lord former then acting foreign defence defense
    interior chairman chancellor premier marshal field mullah hajj haj mufti grand
    spokesperson governor mayor colonel brigadier captain lieutenant sergeant inspector superintendent
    commissioner""")


_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def _name_word(toks: Sequence[Token], k: int, text: str, index: dict[tuple[str, ...], Any]) -> bool:
    """Whether token k is a capitalised word of a person's name: a word the text never writes in
    lower case ("Soleimani", not "Says" of a headline), no title, and no state, people or group."""
    t = toks[k].text
    if not t[:1].isupper() or t.isupper() or toks[k].norm in TITLE_WORDS:
        return False
    packed = index.get((toks[k].norm,))
    if packed and any(e[0] != "place" for e in _unpack(packed)):
        return False  # "Iran", "Iraqi", "Hamas": a name of its own (a town's name may be a person's: "Hunter")
    return not _written_apart(text, t.lower())


def _written_apart(text: str, word: str) -> bool:
    """Whether ``text`` holds ``word`` as written, with no letter, digit or hyphen either side.

    The pattern opens with the word's first character, the look-behind after it ("s(?<![\\w-]s)oleimani"
    for "(?<![\\w-])soleimani"): the same test at each place, and the engine skips in C to that character,
    where a look-behind first was tried at each position of the text."""
    first = re.escape(word[:1])
    return re.search(rf"{first}(?<![\w-]{first}){re.escape(word[1:])}(?![\w-])", text) is not None


#: Words that open a noun phrase, capitalised only at a sentence's start ("The coalition said ...").
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "our", "his", "her"})


def _in_longer_name(toks: Sequence[Token], i: int, text: str, index: dict[tuple[str, ...], Any]) -> bool:
    """Whether the one-word name at token i is part of a longer capitalised name: a first name followed by
    a surname ("Qassem Soleimani") or a surname preceded by another given name ("Mojtaba Khamenei")."""
    a = text.rfind("\n", 0, toks[i].start) + 1
    b = text.find("\n", toks[i].end)
    line = _LONG_WORD.findall(text[a : b if b >= 0 else len(text)])
    if len(line) > 2 and all(w[0].isupper() for w in line):
        return False  # a headline in title case ("Iran Warns Trump Over Strikes"): every word capitalised
    if toks[i].possessive:
        pass  # "Qassem's speech": the word after is no surname, but a given name may still come before
    elif i + 1 < len(toks) and text[toks[i].end : toks[i + 1].start] == " " and _name_word(toks, i + 1, text, index):
        return True
    if i > 0 and text[toks[i - 1].end : toks[i].start] == " " and not toks[i - 1].possessive:
        # (a sentence's first word is capitalised whatever it is: "Yesterday Trump said")
        before = text[max(0, toks[i - 1].start - 3) : toks[i - 1].start].strip()
        if before and before[-1] not in ".!?:;\"“”'‘’(" and _name_word(toks, i - 1, text, index):
            return True
    return False


def _contiguous(toks: Sequence[Token], i: int, w: int, text: str) -> bool:
    # Tokens of one name are separated by spaces, hyphens or dots only ("U.S.-led", "al-Asad").
    for k in range(i, i + w - 1):
        gap = text[toks[k].end : toks[k + 1].start]
        if len(gap) > 3 or any(c not in " .-‐–\u00a0'’" for c in gap):
            return False
    return True


def _case_ok(case: str, surface: str) -> bool:
    if case == "any":
        return True
    if case == SHORT:
        return surface[:1].isupper() and surface[1:].islower()
    if case == "title":
        return surface[:1].isupper() or _ARTICLE_CAPITAL.match(surface) is not None
    # An acronym's possessive keeps its case: "the IDF's troops" names the IDF (its "s" is no word).
    if surface[-2:-1] in ("'", "’", "ʼ") and surface[-1:] in ("s", "S"):
        surface = surface[:-2]
    return not any(c.islower() for c in surface)
