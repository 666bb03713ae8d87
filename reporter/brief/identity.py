"""Whether two incident reports describe one real event: place, date, weapon and facet rules.

Outlets describe one event differently: one reports the rockets fired at a base, another the two of
them that were intercepted; one names the base, another its town or only the country; one dates it
"Monday", another gives the week. :func:`relation` compares two reports and says whether they
plainly differ (never merged), could be one event, and how strongly the details agree, so the
grouping in ``reporter.brief.merge`` can put a report with the group it fits best.

Place names are compared through the extractor's gazetteer (aliases such as Erbil / Arbil / Irbil,
the kind and the point of a place), so a base matches its town and a region the places inside it.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from reporter.brief import lexicons
from reporter.brief.textfmt import STANCE, dateline_end
from reporter.incident_types import family
from reporter.models import Incident
from reporter.ship_nouns import KINDS, PREFIXES, SHIPS
from reporter.wordlists import RITES, alternation

#: Incident types the brief shows as statements (key points), not as rows of the incident log.
STATEMENT_TYPES = ("threat_statement",)

#: Attacks an interception can have stopped, by the weapon they use.
ATTACK_WEAPONS = {
    "drone_attack": {"drone"},
    "missile_attack": {"missile", "drone"},  # a mixed salvo of missiles and drones is a missile attack
    "rocket_attack": {"rocket"},
    "air_strike": {"drone", "missile"},
}
_WEAPON_WORDS = (
    ("drone", ("drone", "uav", "shahed", "geran", "loitering", "unmanned", "uncrewed", "quadcopter")),
    ("missile", ("missile", "kinzhal", "iskander", "atacms", "storm shadow")),
    ("rocket", ("rocket", "katyusha", "grad")),
    ("aircraft", ("aircraft", "jet", "warplane", "helicopter")),
)
_DEBRIS = re.compile(r"\b(?:debris|fragments?|wreckage|shrapnel|remains of)\b", re.I)
#: Words that name a kind of place rather than the place; they never make two locations match.
_GENERIC_WORDS = (
    "air base airbase airport international military camp city town village province governorate district "
    "region oblast area field complex site compound headquarters the of near in at al el northern southern "
    "eastern western north south east west central"
)
_GENERIC_PLACE = frozenset(_GENERIC_WORDS.split())
_WORD = re.compile(r"[a-z0-9]+")
_AREA_WORDS = re.compile(r"\b(?:region|province|governorate|oblast|district|area|valley|mountains?)\b", re.I)
#: How far a place may lie from the point of a wider one and still be inside it.
_WITHIN_KM = {"area": 150.0, "city": 15.0, "site": 0.0}
#: How narrow a kind of place is: a site lies in a city, a city in an area.
LEVEL = {"area": 1, "city": 2, "site": 3}


@dataclass(frozen=True, slots=True)
class Place:
    """A place as the gazetteer knows it: canonical name, kind, country and point."""

    name: str
    kind: str
    country: str | None
    lat: float | None
    lon: float | None


@lexicons.cached(maxsize=1)
def _gazetteer() -> dict[str, Place]:
    """Folded name or alias -> place, from the extractor's lexicons (no world list: cheap)."""
    data = lexicons.data()
    found: dict[str, Place] = {}
    for p in data["places"]:
        place = Place(str(p["name"]), str(p.get("kind") or "city"), p.get("country"), p.get("lat"), p.get("lon"))
        for alias in [p["name"], *(p.get("aliases") or [])]:
            found.setdefault(fold(str(alias)), place)
    for c in data["countries"]:
        place = Place(str(c["name"]), "country", str(c["name"]), c.get("lat"), c.get("lon"))
        for alias in [c["name"], *(c.get("aliases") or [])]:
            found.setdefault(fold(str(alias)), place)
    return found


# The string helpers below are called for every pair of reports a brief compares (tens of thousands
# for a few hundred incidents) on the same few hundred names: each answer is kept.
@lru_cache(maxsize=16384)
def fold(name: str | None) -> str:
    words = _WORD.findall((name or "").lower().replace("’", " ").replace("'", " "))
    return " ".join(w for w in words if w != "the")


def fold_spans(text: str) -> list[tuple[int, int]]:
    """Where each word of ``fold(text)`` stands in ``text`` (start, end), so a name found among the
    folded words can be shown as the text spells it; [] when lower-casing moved the letters."""
    low = text.lower().replace("’", " ").replace("'", " ")
    if len(low) != len(text):
        return []
    return [m.span() for m in _WORD.finditer(low) if m.group() != "the"]


#: The Arabic article as outlets transliterate it before a name ("As-Suwayda", "Ad Dawr", "el-Fasher").
_ARTICLE = re.compile(r"^(?:al|el|as|es|ad|ed|ash|esh|ar|er|at|et|az|ez|an|en|ath|adh)\s+(?=\w{3})")


@lru_cache(maxsize=1)
def _world_towns() -> dict[tuple[str, ...], list[tuple[str, str | None, float, float]]]:
    """The extractor's world list (GeoNames) of towns of 15,000 people or more, by token key:
    where the extractor put a place the lexicons do not know. Built on first use (a brief whose
    places the lexicons all know never reads it)."""
    from reporter.extract.geonames import world_rows

    towns: dict[tuple[str, ...], list[tuple[str, str | None, float, float]]] = {}
    for key, name, country, kind, lat, lon in world_rows():
        if kind == "city":
            towns.setdefault(key, []).append((name, country, lat, lon))
    return towns


@lru_cache(maxsize=16384)
def world_town(name: str, lat: float, lon: float) -> Place | None:
    """The world list's town of that name at that point (within a few km), as the extractor placed
    it: a town, not a site, though the lexicons do not know it (Mogadishu, Goma, Kidal)."""
    from reporter.extract.text import tokens

    key = tuple(t.norm for t in tokens(name))
    for town, country, tlat, tlon in _world_towns().get(key, ()):
        if distance_km((lat, lon), (tlat, tlon)) <= 5.0:
            return Place(town, "city", country, tlat, tlon)
    return None


def lookup(name: str | None) -> Place | None:
    """The gazetteer's place for a name as written ("Irbil" -> Erbil, "As-Suwayda" -> Sweida), else None."""
    if not name:
        return None
    key = fold(name)
    return _gazetteer().get(key) or _gazetteer().get(_ARTICLE.sub("", key))


@lru_cache(maxsize=16384)
def place_tokens(name: str | None) -> frozenset[str]:
    words = _WORD.findall((name or "").lower().replace("-", " "))
    return frozenset(w for w in words if w not in _GENERIC_PLACE and len(w) > 2)


@lru_cache(maxsize=16384)
def name_tokens(name: str | None) -> frozenset[str]:
    """The words that identify a place, as outlets spell it: accents dropped ("Banjskë" is
    "Banjske"), and a name of several words also run together, since outlets space and hyphenate
    transliterations differently ("Pa Zi Gyi" / "Pazigyi", "K-1" / "K1")."""
    plain = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode()
    words = [w for w in _WORD.findall(plain.lower().replace("-", " ")) if w not in _GENERIC_PLACE]
    joined = "".join(words)
    # (A short name with a number, "K1", is a name too: the word filter drops it.)
    squashed = {joined} if len(words) > 1 or any(c.isdigit() for c in joined) else set()
    return place_tokens(plain) | frozenset(squashed)


#: Words that open many place names in the region's transliterations ("Wad Madani" and "Wad
#: Nourah", "Deir Hafer" and "Deir Sharaf", "Beit Hanoun" and "Beit Lahia"): two names that share
#: only such a word are two places.
_OPENER_WORDS = (
    "wad wadi tel tell tal abu umm ain bir ras kafr kfar beit bayt deir dayr khan jabal jebel bani beni "
    "sidi bab qasr hay hayy mar san santa saint port fort mount lake new"
)
_NAME_OPENERS = frozenset(_OPENER_WORDS.split())


@lru_cache(maxsize=65536)  # asked of most pairs of reports a brief compares; its spelling test is slow
def _tokens_match(a: frozenset[str], b: frozenset[str]) -> bool:
    """A shared name word, allowing one spelling variant of a long one ("Zirgwez" / "Zrgwez"); a
    word that opens many names (_NAME_OPENERS) is no such word on its own."""
    if (a & b) - _NAME_OPENERS:
        return True
    return any(
        len(x) >= 5 and len(y) >= 5 and (_skeleton(x) == _skeleton(y) or difflib.SequenceMatcher(None, x, y).ratio() >= 0.83)
        for x in a - _NAME_OPENERS
        for y in b - _NAME_OPENERS
    )


_VOWELS = re.compile(r"[aeiouyw]+")
#: A hard c and a q are written k in other transliterations ("Conoco" / "Koniko", "Qaim" / "Kaim").
_HARD_K = str.maketrans("cq", "kk")
_LABIAL_N = re.compile(r"n(?=[bp])")


@lru_cache(maxsize=16384)
def _skeleton(word: str) -> str:
    """A word's consonants, doubled ones once: transliterations differ in their vowels ("Zakho" /
    "Zakhu", "Hodeidah" / "Hudaydah"), in an n before b or p, which is said m ("Ganbela" /
    "Gambela"), and in a hard c or q for k. Three consonants at least, or no skeleton."""
    letters = _LABIAL_N.sub("m", _VOWELS.sub("", word)).translate(_HARD_K)
    kept = "".join(c for i, c in enumerate(letters) if i == 0 or c != letters[i - 1])
    return kept if len(kept) >= 3 else word


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Kilometres between two (lat, lon) points, east-west at a mid-latitude's 0.8: the measure the brief's
    reaches (_WITHIN_KM, _REGION_KM, _PORT_SEA_KM ...) were set with. Not the extractor's
    places.km_between, which takes each pair's own latitude: read with it, the brief is not the same."""
    dlat = (a[0] - b[0]) * 111.0
    dlon = (a[1] - b[1]) * 111.0 * 0.8  # mid-latitudes: close enough
    return (dlat * dlat + dlon * dlon) ** 0.5


@dataclass(frozen=True, slots=True)
class Where:
    """What a report says about the place: name tokens, gazetteer entry, point and level."""

    tokens: frozenset[str]
    canonical: str | None
    kind: str  # site | city | area | water | country | unknown
    country: str | None
    point: tuple[float, float] | None
    #: The wider places a name as "Place, Town" says it lies in (the gazetteer's names).
    inside: frozenset[str] = frozenset()


def where(inc: Incident) -> Where:
    return _where(inc.location, inc.country, inc.lat, inc.lon)


@lexicons.cached(maxsize=16384)
def _where(location: str | None, country: str | None, lat: float | None, lon: float | None) -> Where:
    place = lookup(location)
    country = country or (place.country if place else None)
    if not location or (country and fold(location) == fold(country)) or (place and place.kind == "country"):
        kind = "country" if country else "unknown"
        return Where(frozenset(), None, kind, country, None)
    named, inside = location, frozenset()
    if not place and "," in location:
        # "A camp, Goma" or "Zakhu, Kurdistan region": the first part is the place, the rest says
        # where it lies; the place is named by its own words, not its town's.
        head, *rest = (part.strip() for part in location.split(","))
        wider = [w for w in map(lookup, rest) if w and w.kind != "country"]
        if head and wider:
            named, place, inside = head, lookup(head), frozenset(w.name for w in wider)
            country = country or wider[0].country
        elif head and rest and _town_named(rest[-1]):
            # ... a town the lexicons do not know but the world list does ("a hotel, Portville"): the
            # town's name is where the place lies, not a name of its own (two hotels of one town
            # share no name by it).
            named, place, inside = head, lookup(head), frozenset(rest)
    if place:
        kind = {"base": "site", "site": "site", "district": "area", "region": "area", "water": "water"}.get(
            place.kind, "city"
        )
        point = (place.lat, place.lon) if place.lat is not None and place.lon is not None else None
    else:
        kind = "area" if _AREA_WORDS.search(named) else "site"
        point = None
    if point is None and lat is not None and lon is not None and not inside:
        point = (lat, lon)  # (a place "in" a town was put on the map at the town's point, not its own)
    return Where(name_tokens(named), place.name if place else None, kind, country, point, inside)


def place_relation(a: Where, b: Where) -> str:
    """same (one named place) | within (one holds the other, or only a country is known) |
    near (two named places a few km apart) | unknown | different."""
    if a.country and b.country and a.country.lower() != b.country.lower():
        return "different"
    if a.kind in ("country", "unknown") or b.kind in ("country", "unknown"):
        return "within" if a.country and b.country else "unknown"
    if a.canonical and a.canonical == b.canonical:
        return "same"
    if _names_match(a.tokens, b.tokens) and not _far_apart(a, b):
        return "same"  # one name, or one spelt a vowel apart, where nothing puts them apart
    if a.inside & b.inside and a.tokens and b.tokens and not a.canonical and not b.canonical:
        return "different"  # "X district, Kharkiv" and "Y district, Kharkiv": two named parts of one town
    if (a.canonical and a.canonical in b.inside) or (b.canonical and b.canonical in a.inside):
        return "within"  # "a camp, Goma" and Goma
    if _inside_told(a, b) or _inside_told(b, a):
        return "within"  # "a village, Zakho" and "Zakhu": the town another outlet spells otherwise
    if "water" in (a.kind, b.kind):
        return "unknown" if a.kind != b.kind else "different"  # a sea holds no town; ports and coasts vary
    if _region_in_region(a, b) or _region_in_region(b, a) or _district_in(a, b) or _district_in(b, a) or (
        _in_towns(a, b) or _in_towns(b, a)
    ):
        return "within"  # Borno and north-east Nigeria: a state of the zone; the Tirah valley in its province
    if a.point and b.point:
        km = distance_km(a.point, b.point)
        for inner, outer in ((a, b), (b, a)):
            if LEVEL[inner.kind] <= LEVEL[outer.kind]:
                continue
            member = _in_provinces(inner, outer)
            if member is None:
                member = _in_towns(inner, outer)
            if member or (member is None and (km <= _WITHIN_KM[outer.kind] or _nearest_region(inner, outer, km))):
                return "within"  # a base in its town, a town in its province
        # Two sites the gazetteer names apart (two bases, two oil fields) more than a few km apart are
        # two places: a town's outlets may place one event a few km off, but no outlet mistakes one
        # base for another (a base and the airport it adjoins, a km apart, may be told for each other).
        named_sites = a.kind == b.kind == "site" and bool(a.canonical and b.canonical) and km > _SITES_APART_KM
        return "near" if km <= 30.0 and not named_sites else "different"
    if a.kind == "area" or b.kind == "area":
        if _told_in_another_region(a, b) or _told_in_another_region(b, a):
            return "different"  # "a village, Sagaing Region" and Magway Region: two provinces
        return "unknown"  # a region and a place we cannot put on the map
    return "different"


def _told_in_another_region(inner: Where, area: Where) -> bool:
    """A place the map cannot put, told as lying in a province ("Lin Ta Lu, Sagaing region"), and another
    province of its country (Magway Region), neither inside the other: the place lies in the one told."""
    if not inner.inside or area.kind != "area" or area.canonical is None:
        return False
    outer = lookup(area.canonical)
    if outer is None or outer.kind != "region":
        return False
    for name in inner.inside:
        told = lookup(name)
        if told is None or told.kind != "region" or told.name == outer.name:
            continue
        held = _where(told.name, told.country, None, None)
        if not (_region_in_region(held, area) or _region_in_region(area, held)):
            return True
    return False


#: The farthest a town may lie from the point of the province it is nearest to and still be in it
#: (a wide province's towns lie further from its point than _WITHIN_KM's reach).
_REGION_KM = 250.0


@lexicons.cached(maxsize=1)
def _regions() -> dict[str, list[tuple[str, tuple[float, float]]]]:
    """The gazetteer's provinces and regions with a point, by country (folded)."""
    from reporter.extract.lexicon import region_points

    found: dict[str, list[tuple[str, tuple[float, float]]]] = {}
    for country, name, lat, lon in region_points(lexicons.data()["places"]):
        found.setdefault(fold(country), []).append((name, (lat, lon)))
    return found


@lexicons.cached(maxsize=1)
def _region_provinces() -> dict[str, tuple[str, frozenset[str]]]:
    """Region name -> (its country's ISO code, the GeoNames codes of the provinces it is made of),
    for the gazetteer's regions that list their provinces."""
    from reporter.extract.geonames import country_names

    codes = {fold(name): cc for cc, name in country_names().items()}
    found: dict[str, tuple[str, frozenset[str]]] = {}
    for p in _regions_listing("provinces"):
        cc = codes.get(fold(str(p["country"])))
        if cc:
            found[str(p["name"])] = (cc, frozenset(str(v) for v in p["provinces"].values()))
    return found


def _regions_listing(field: str) -> Iterator[dict[str, Any]]:
    """The gazetteer's regions (bundled and the user's) that name their country and list what they
    hold under ``field`` ("provinces", "towns")."""
    for p in lexicons.data()["places"]:
        if p.get("kind") == "region" and p.get(field) and p.get("country"):
            yield p


#: How far the GeoNames place that tells a point's province may lie from it.
_PROVINCE_KM = 10.0
#: ... from a district's point (the gazetteer's own, in a country GeoNames holds few places of).
_DISTRICT_KM = 50.0


@lru_cache(maxsize=4096)
def _province_at(cc: str, point: tuple[float, float], reach: float = _PROVINCE_KM) -> str | None:
    """The province (GeoNames first-level code) of the place of that country nearest the point,
    within ``reach``; None where none lies so near."""
    from reporter.extract.geonames import province_at

    countries = frozenset(cc for cc, _ in _region_provinces().values())
    return province_at(countries, cc, point, reach, distance_km)


def _in_provinces(inner: Where, outer: Where) -> bool | None:
    """Whether ``inner`` lies in the region ``outer`` by the provinces the gazetteer says it is made
    of ("South Lebanon": the South and Nabatieh governorates; the Kurdistan Region: Erbil, Duhok,
    Sulaymaniyah and Halabja), the province of the GeoNames place at its point; None where the
    region lists none or the point's province is not known (distance then decides)."""
    region = _region_provinces().get(outer.canonical or "")
    if not region or not inner.point:
        return None
    cc, provinces = region
    if inner.country and outer.country and fold(inner.country) != fold(outer.country):
        return None
    code = _province_at(cc, inner.point)
    return None if code is None else code in provinces


def _district_in(inner: Where, outer: Where) -> bool:
    """``inner`` is one of the gazetteer's districts or regions that list no provinces (the Tirah valley,
    North Waziristan), and the GeoNames place at its point lies in a province of the region ``outer``
    (Khyber Pakhtunkhwa)."""
    if inner.kind != "area" or not inner.canonical or inner.canonical in _region_provinces() or not inner.point:
        return False
    region = _region_provinces().get(outer.canonical or "")
    if not region or (inner.country and outer.country and fold(inner.country) != fold(outer.country)):
        return False
    # a district's point is the gazetteer's own, in country the world list knows few places of
    return _province_at(region[0], inner.point, _DISTRICT_KM) in region[1]


@lexicons.cached(maxsize=1)
def _region_towns() -> dict[str, tuple[str, frozenset[frozenset[str]]]]:
    """Region name -> (its country, the name words of each town it lists), for the gazetteer's
    districts that GeoNames does not divide and that list their towns."""
    found: dict[str, tuple[str, frozenset[frozenset[str]]]] = {}
    for p in _regions_listing("towns"):
        towns = frozenset(name_tokens(str(t)) for t in p["towns"])
        found[str(p["name"])] = (fold(str(p["country"])), towns)
    return found


def _in_towns(inner: Where, outer: Where) -> bool | None:
    """Whether ``inner`` lies in the district ``outer`` by the towns it lists (North Waziristan: Miran
    Shah, Mir Ali): in it when it is one of them; not when another district of the country lists it,
    or it is a town of the gazetteer's own that the district does not list (Bannu); None otherwise."""
    region = _region_towns().get(outer.canonical or "")
    if not region or not inner.tokens:
        return None
    country, towns = region
    if inner.country and fold(inner.country) != country:
        return None
    if inner.tokens in towns:
        return True
    if any(inner.tokens in t for name, (c, t) in _region_towns().items() if c == country and name != outer.canonical):
        return False
    return False if inner.canonical and lookup(inner.canonical) and inner.kind in ("city", "site") else None


def _region_in_region(inner: Where, outer: Where) -> bool:
    """Both are regions of one country that list their provinces, and every province of ``inner`` is
    one of ``outer``'s (Borno in north-east Nigeria, North Darfur in Darfur)."""
    regions = _region_provinces()
    a, b = regions.get(inner.canonical or ""), regions.get(outer.canonical or "")
    return bool(a and b and inner.canonical != outer.canonical and a[0] == b[0] and a[1] <= b[1])


def _nearest_region(inner: Where, outer: Where, km: float) -> bool:
    """``inner`` (a town or site of the same country, by both reports) lies nearer the point of the
    province ``outer`` than that of any other province of that country the gazetteer knows, within
    _REGION_KM: in it, as far as the points say. A wide province's towns lie far from its point
    (some 200 km in Sistan and Baluchestan); a town of the next province lies nearer that one's
    point. The gazetteer knows few provinces of some countries: a town of one it does not know may
    lie nearest a neighbour's point, so the reach stays short of a wide province's farthest towns."""
    if not (outer.canonical and inner.point and inner.country and outer.country) or km > _REGION_KM:
        return False
    if fold(inner.country) != fold(outer.country):
        return False
    regions = _regions().get(fold(outer.country), [])
    if not any(name == outer.canonical for name, _ in regions):
        return False
    nearest = min(regions, key=lambda r: distance_km(inner.point, r[1]))  # type: ignore[arg-type]
    return nearest[0] == outer.canonical


def _far_apart(a: Where, b: Where) -> bool:
    """Both places have a point (the gazetteer's or the extractor's) and they lie more than
    _APART_KM apart: two towns whose names fold alike ("Dar Mina" and "Dar Amina"), not one town
    spelt two ways. Spelling alone never makes them one place."""
    return bool(a.point and b.point) and distance_km(a.point, b.point) > _APART_KM  # type: ignore[arg-type]


#: How far apart two points lie when names alike in spelling are two places (a town's points from
#: two gazetteers lie a few km apart).
_APART_KM = 30.0


def _names_match(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two places' names share a name word: the kind of building each names is no such word when
    both give a name of their own ("the X Hotel" and "the Y Hotel" are two hotels; "the hotel" may
    be either)."""
    own_a, own_b = a - BUILDING, b - BUILDING
    return _tokens_match(own_a, own_b) if own_a and own_b else _tokens_match(a, b)


def _inside_told(a: Where, b: Where) -> bool:
    """a is told as lying in a town ("a village, Zakho") that b names in its own spelling, one the
    gazetteer does not know by that name ("Zakhu"): b is that town, a place in it."""
    return b.canonical is None and bool(b.tokens) and any(_tokens_match(name_tokens(w), b.tokens) for w in a.inside)


def weapons(inc: Incident) -> frozenset[str]:
    """Weapon classes a report names (type, objects, and the words of its evidence for interceptions)."""
    return _weapons(inc.type, tuple(inc.objects), inc.evidence)


def counted_weapon(objects: Sequence[str]) -> str | None:
    """The plainest name of the weapon a count is of ("drone" of "drone, explosive drone"); None
    when no object names a drone, missile or rocket (a target, a party, an aircraft)."""
    named = [o for o in objects if any(w in o.lower() for c, ws in _WEAPON_WORDS if c != "aircraft" for w in ws)]
    return min(named, key=len) if named else None


@lru_cache(maxsize=16384)
def _weapons(kind: str, objects: tuple[str, ...], evidence: str) -> frozenset[str]:
    text = " ".join(objects).lower()
    if kind in ("interception", "crash") and not set(text.split()) - {"projectile"}:
        text = evidence.lower()
    found = {cls for cls, words in _WEAPON_WORDS if any(w in text for w in words)}
    if kind == "drone_attack":
        found.add("drone")
    elif kind == "rocket_attack":
        found.add("rocket")
    elif kind == "missile_attack" and not found:
        found.add("missile")
    return frozenset(found)


@lru_cache(maxsize=256)
def type_group(kind: str) -> str:
    """Types outlets use for the same event ("drone strike" vs "air strike") share a group."""
    return family(kind)


def is_debris(inc: Incident) -> bool:
    return inc.type == "crash" and bool(_DEBRIS.search(inc.evidence))


def parties(incident: Incident) -> frozenset[str]:
    """The incident's actors without the GUIDE's "(claimed)", "(blamed)", "(suspected)": one outlet's
    "Houthis" and another's "Houthis (claimed)" name the same party."""
    return frozenset(STANCE.sub("", a) for a in incident.actors)




def parties_apart(a: Incident, b: Incident) -> bool:
    """Both reports name parties and none in common (one party's raid and another's); a report that
    names none leaves the question open."""
    pa, pb = parties(a), parties(b)
    return bool(pa and pb and not pa & pb)


#: "shot down four other drones", "downed several more": the interception was of weapons beside the
#: attack the article tells, not of it ("more than 20 drones" is a count, not more of them).
_OTHER_SALVO = re.compile(
    r"\b(?:shot\s+down|downed|intercepted|destroyed|brought\s+down)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:other|more|further|additional)\s+(?!than\b)(?:[\w-]+\s+){0,2}?(?:drones?|missiles?|rockets?|UAVs?|projectiles?)\b"
)


def kinds_relation(a: Incident, b: Incident) -> str | None:
    """same (one type group) | facet (an interception and the attack it stopped, or its debris) |
    fell (a drone or rocket that crashed, and the attack it was part of) | None."""
    if type_group(a.type) == type_group(b.type):
        return "same"
    pair = {a.type, b.type}
    if "interception" in pair:
        other = b if a.type == "interception" else a
        intercept = a if other is b else b
        # Whoever shot it down is not who fired it: an "interceptor" among the attackers is a misreading.
        own = bool(intercept.actors) and parties(intercept) <= parties(other)
        if other.type in ATTACK_WEAPONS and not own and not _OTHER_SALVO.search(intercept.evidence):
            # An air strike was stopped only if it was made with drones or missiles the outlet names.
            fired = weapons(other) if other.type == "air_strike" else ATTACK_WEAPONS[other.type] | weapons(other)
            caught = weapons(intercept)
            if fired and (not caught or caught & fired):
                return "facet"
        if is_debris(other):
            return "facet"
    if is_debris(a) != is_debris(b):
        # Debris that fell of a salvo of drones or missiles on a town is a facet of that attack too, as of
        # its interception (unless it names another weapon than the attack's); a salvo told only at a
        # country holds every town's debris alike, so ties none.
        fallen, other = (a, b) if is_debris(a) else (b, a)
        if other.type in ATTACK_WEAPONS and below_country(other) and (not weapons(fallen) or weapons(fallen) & (ATTACK_WEAPONS[other.type] | weapons(other))):
            return "facet"
    # A drone or rocket that "crashed" at the site it was attacking is that attack.
    if "crash" in pair and not (is_debris(a) or is_debris(b)):
        crash, other = (a, b) if a.type == "crash" else (b, a)
        if other.type in ATTACK_WEAPONS and weapons(crash) & (ATTACK_WEAPONS[other.type] | weapons(other)):
            return "fell"
    return None


#: How many days apart two outlets may date the fighting in one region and still tell of one episode.
_EPISODE_DAYS = 3
#: The most days apart two dated reports can be and still score above 0 in :func:`relation` (an
#: episode's days, or one for a night, a toll or a page's day); further apart they are CONFLICT or
#: NONE. Reports in two countries never score above 0 either: grouping skips such pairs unasked.
TIE_DAYS = max(_EPISODE_DAYS, 1)


@dataclass(frozen=True, slots=True)
class Relation:
    """How two reports relate: ``score`` > 0 when they can be one event (higher is closer);
    ``conflict`` when they are of related kinds but plainly differ (place, date, count)."""

    score: float
    conflict: bool = False
    place: str = "unknown"
    #: Told apart only by their days, one day apart (a conflict): how well they agree otherwise, as
    #: they would a day closer (0 when something else tells them apart). See :func:`relation`.
    apart: float = 0.0
    #: ... and ``apart`` only for a row that already holds both days: one tells only of a country.
    held: bool = False
    #: Tied across one day only by :func:`_day_off` (nothing else allows the gap): the grouping
    #: keeps such a pair apart where an article of the brief tells that place's days apart.
    day_off: bool = False


NONE = Relation(0.0)
CONFLICT = Relation(0.0, conflict=True)
#: Tied only by :func:`_undated_tie`: enough to join the one event that fits, never to choose.
LOOSE = Relation(0.1)


def relation(
    a: Incident,
    b: Incident,
    *,
    a_when: tuple[date, date] | None,
    b_when: tuple[date, date] | None,
    same_source: bool,
    told: frozenset[tuple[frozenset[str], str]] = frozenset(),
    a_slack: int = 0,
    b_slack: int = 0,
) -> Relation:
    """:func:`_related`, and for two outlets' reports it tells apart only by their days, each told to
    the day and one day apart, of one kind of event at one place with no count told otherwise by
    both: still a conflict, with ``apart`` the score they would have a day closer. A night's attack
    is told on the next day's date by another outlet; whether the two are one event is the row's
    question (``merge.rule_groups``: a row whose days hold both may take either)."""
    related = partial(_related, a, b, a_when=a_when, b_when=b_when, told=told)
    rel = related(same_source=same_source, a_slack=a_slack, b_slack=b_slack)
    if not rel.conflict or same_source or not _a_day_apart(a, b, a_when, b_when) or kinds_relation(a, b) != "same":
        return rel
    if _two_nights(a, b, a_when, b_when):
        return rel  # "late on Saturday", "late on Sunday": two nights
    closer = related(same_source=False, spare=1)
    if closer.conflict or closer.score <= LOOSE.score or closer.place not in ("same", "within"):
        return rel
    # One told of a whole country and told otherwise (another type of the family, another party: its
    # two days of strikes are two): only a row holding both days.
    held = bool({where(a).kind, where(b).kind} & {"country", "unknown"})
    return Relation(0.0, conflict=True, place=closer.place, apart=closer.score, held=held)


#: An attack told by its weapon's noun with "a" ("a drone attack", "a missile strike"), or one weapon of
#: several ("a third rocket landed in a field", "the other drone"), or the one that got through ("a rocket
#: hit a home", "a Russian drone struck a block", "one of them struck a house"): the "one" the extractor counts is the attack's, or that
#: weapon's, not the number fired, so it caps no interception's count.
_ONE_ATTACK = re.compile(
    r"\b[Aa]n?\s+(?:[\w-]+\s+)?(?:drone|missile|rocket|UAV)\s+(?:attack|strike|assault|raid)\b"
    r"|\b(?:[Aa]n?|[Tt]he)\s+(?:second|third|fourth|fifth|sixth|last|remaining|other)\s+(?:drone|missile|rocket|UAV)\b"
    r"|\b(?:[Aa]n?|[Oo]ne)\s+(?:of\s+(?:them|the\s+\w+)\s+|(?:[\w-]+\s+)?(?:drone|missile|rocket|UAV|projectile)\s+)?"
    r"(?:hit|struck|landed|fell|exploded|slammed)\b"
)


#: Another weapon than the one told before it: "a second drone", "another missile", "the other rocket".
_ANOTHER_WEAPON = re.compile(
    r"\b(?:(?:an?|the)\s+(?:second|third|fourth|other|remaining)|another)\s+(?:[\w-]+\s+)?(?:drone|missile|rocket|UAV)s?\b", re.I
)


def _a_day_apart(a: Incident, b: Incident, a_when, b_when) -> bool:
    """Both told to the day (or a night) and one day apart, with no dead, wounded or count that
    differ, no kinds of target and no parties that have nothing in common (a market and a depot, one
    party's raid and another's: two events)."""
    if not (a.date and b.date and a_when and b_when) or max((w[1] - w[0]).days for w in (a_when, b_when)) > 1:
        return False
    if max(a_when[0] - b_when[1], b_when[0] - a_when[1]).days != 1:
        return False
    return not tolls_differ(a, b) and not other_targets(a, b) and not parties_apart(a, b)


def _related(
    a: Incident,
    b: Incident,
    *,
    a_when: tuple[date, date] | None,
    b_when: tuple[date, date] | None,
    same_source: bool,
    told: frozenset[tuple[frozenset[str], str]] = frozenset(),
    a_slack: int = 0,
    b_slack: int = 0,
    spare: int = 0,
) -> Relation:
    """Whether two reports can be one event and how well they agree (higher is closer). ``told``:
    the places the brief's sentences put in wider ones (``reporter.brief.places_told``).
    ``a_slack``, ``b_slack``: days before its date a report's event may lie, when the date is only
    its page's day (``merge.page_day``): another outlet's day before it is no other day."""
    if not same_source and _same_ship(a, b, a_when, b_when):
        # Scored as reports at one named place would be (less a type that differs), on days that meet.
        typed = 1.0 if a.type == b.type else 0.0
        return Relation(4.0 + typed + (1.0 if a_when and a_when == b_when else 0.0) + shared_words(a.evidence, b.evidence), place="same")
    if same_source and copies(a, b):
        return CONFLICT  # "two tankers were hit": the extractor's attack on each ship, two events
    if not same_source and _two_ships(a, b):
        return CONFLICT  # "the tanker Sea Lark" and "the bulker Blue Heron", wherever each is told: two ships
    pa, pb = ({p for p in positions(i.evidence) if p[1] == "nm"} for i in (a, b))
    if pa and pb and not pa & pb:
        # "70 nautical miles east of Aden" and "95 nautical miles east of Aden": two spots at sea, as shipping
        # notices give them (a distance on land is an outlet's estimate)
        return NONE
    kinds = kinds_relation(a, b)
    if kinds is None:
        # (a day before a report dated only by its page or by the day it was said is its day too)
        return _retyped(a, b, _back(a_when, a_slack), _back(b_when, b_slack), same_source)
    wa, wb = where(a), where(b)
    place = place_relation(wa, wb)
    if place in ("different", "near") and (_beside(a, wa, wb, same_source) or _beside(b, wb, wa, same_source)):
        place = "within"  # "a base outside Baghdad" and Camp Taji, 27 km from it: the town is a reference point
    if place in ("different", "unknown") and kinds == "facet" and (is_debris(a) or is_debris(b)) and _one_city(a, wa, b, wb):
        place = "within"  # debris in one district of a city and the salvo's hit in another: the city's attack
    told_in = place == "different" and bool(told) and _told_within(wa, wb, told)
    if told_in:
        place = "within"  # an outlet says one lies in the other ("the ferry pier in the port city of ...")
    if place == "different" and _unplaced_toll(a, b, wa, wb):
        place = "within"  # a hamlet the gazetteer cannot place, told with the town's dead and wounded
    if place == "different" and not same_source and (
        _unplaced_in_town(a, b, wa, wb, a_when, b_when) or _unplaced_in_town(b, a, wb, wa, b_when, a_when)
    ):
        place = "within"  # a hotel the gazetteer cannot place, the town's hotel to another outlet that day
    if (place == "different" or told_in) and not same_source and (_named_there(a, wa, b, wb) or _named_there(b, wb, a, wa)):
        # "an old shrine, that of Saint Amin": one outlet's unplaced spot, named by another's sentence
        # (one that lies in the other's town: the sentence that names it tells of it, not of the town)
        place = "same"
    if place == "different" and _border_site(a, b, wa, wb):
        place = "same"  # a crossing named alike by two outlets, each putting it in one of the two countries it joins
    if place == "different" and not same_source and (_beyond_border(a, wa, b, wb) or _beyond_border(b, wb, a, wa)):
        place = "within"  # a garrison over the border to one outlet, close to it in the country beyond to another
    elif place == "different" and not same_source and (_border_beside(a, wa, wb) or _border_beside(b, wb, wa)):
        place = "unknown"  # a site on a border, and the country beyond it: neither ties nor parts them
    if place == "different" and not same_source and _spot_by_town(a, b, wa, wb, a_when, b_when, told):
        place = "unknown"  # a hotel no gazetteer places, and a town: it may lie there, nothing tells either way
    if kinds == "fell" and not (place == "same" and wa.kind == wb.kind == "site"):
        return NONE
    if (
        place == "different"
        and kinds in ("same", "facet")
        and _barrage(a, b, a_when, b_when, wa, wb)
        # ("Separately, a drone struck a depot in X": told as another event than the night's salvo)
        and not (_TOLD_APART.match(a.evidence) or _TOLD_APART.match(b.evidence))
    ):
        place = "within"  # one salvo of scores of missiles on one day, reported (or shot down) at several cities
    # One account in one article: the same sentence (an evidence may run on into the next one).
    one_sentence = same_source and len(a.evidence) > 40 and a.evidence[:80] == b.evidence[:80]
    # (Not where the sentence sends another weapon elsewhere: "repelled a drone at X, while a second
    # drone hit Y" tells two attacks, each at its place.)
    facet_told = kinds == "facet" and one_sentence and _countries_agree(wa, wb) and not _ANOTHER_WEAPON.search(a.evidence)
    if place == "different" and not facet_told:
        return CONFLICT
    if place == "near" and not same_source and other_dead(a, b):
        return CONFLICT  # two towns a few km apart, each with its own dead: two strikes, not one told twice
    if kinds == "facet" and a.count and b.count and not (is_debris(a) or is_debris(b)):
        (caught, fired), attack = ((a.count, b.count), b) if a.type == "interception" else ((b.count, a.count), a)
        if caught > fired and not (fired == 1 and _ONE_ATTACK.search(attack.evidence)):
            return CONFLICT  # more shot down than were fired: two salvos
    # "Air strikes in Syria" and a drone attack at a named town there the same day: only the country
    # ties two kinds of attack (often an attack and the strikes in reply), no more. Air strikes and a
    # drone attack both told only by the country and by one party are one raid that outlets call by
    # its jets or by its drones (shelling and a missile attack are two weapons, two events); so are a
    # missile attack and a rocket attack both told only by the country, fired by one party or from
    # one country (a barrage one outlet calls missiles, another rockets).
    one_raid = wa.kind == wb.kind == "country" and (
        (type_group(a.type) == "air" and bool(parties(a) & parties(b))) or _one_barrage(a, b)
    )
    if kinds == "same" and a.type != b.type and place == "within" and "country" in (wa.kind, wb.kind) and not one_raid:
        return NONE
    if kinds == "same" and not same_source and _other_raiders(a, b, wa, wb, place):
        return NONE
    if place == "unknown" and a.type == b.type and (_off_port(a, wa, wb) or _off_port(b, wb, wa)):
        place = "within"  # "a ship hit 60 nautical miles off X" and one hit in the sea X lies on
    if place == "unknown" and _retold_that_day(a, b, wa, wb, a_when, b_when):
        place = "within"  # a place the gazetteer cannot put in a country, told alike on the same day
    if place == "unknown" and not one_sentence:
        return NONE  # nothing ties the places together
    day_off = False
    if a_when is None or b_when is None:
        if _tells_another_day(a, b_when) or _tells_another_day(b, a_when):
            return NONE  # "on Wednesday" on a page with no date, beside Monday's attack: another day's
        # No date at all: only its own article's account, the same named site (a base, not a
        # town that sees attacks every week) with a toll or count that agrees, or a telling toll
        # (the same scores of dead or of drones) of one kind of attack in one place, or the same
        # account in other words, ties it to another.
        site = wa.kind == wb.kind == "site"
        if not same_source and other_targets(a, b):
            return NONE  # a market and a railway station in one town: two attacks, however alike told
        told = place in ("same", "within") and (
            (a.type == b.type and (telling_toll(a, b) or _both_tolls(a, b)))
            or retold(a, b)
            or _named_day_tie(a, b, place, a_when, b_when)
            or (a.type == b.type and bool(positions(a.evidence) & positions(b.evidence)))
        )
        if not told and (place != "same" or not (same_source or (site and a.type == b.type and _same_toll(a, b)))):
            return LOOSE if not same_source and _undated_tie(a, b, wa, wb, place, a_when, b_when) else NONE
    else:
        gap = max(a_when[0] - b_when[1], b_when[0] - a_when[1]).days
        # A night event is dated to either day by different outlets: allowed at one named site, or
        # at a site and its town, at one town or on one sea when an outlet tells of the night ("late
        # on Saturday" and "early on Sunday"; "late on Saturday" and "late on Sunday" are two nights).
        # A place the gazetteer lacks reads as a site, yet it may be a town: told by two outlets a day
        # apart with no kind of target in common ("a depot in X" on Tuesday, "the airport in X" on
        # Wednesday), it holds two hits. A known site (a base) is the target itself, whatever it is called.
        site = place == "same" and wa.kind == wb.kind == "site"
        site = site and not (wa.canonical is None and other_targets(a, b))
        one_town = place == "same" and wa.kind == wb.kind and wa.kind in ("city", "water")
        night = (
            (one_town or (place in ("same", "within") and "site" in (wa.kind, wb.kind)))
            and _told_at_night(a, b, a_when, b_when)
            and not other_targets(a, b)  # (a depot on Tuesday, the airport "early on Wednesday": two nights' hits)
        )
        if gap >= 1 and not same_source and not night and not _same_toll(a, b) and (_repeat(a) or _repeat(b)):
            # "On Saturday, gunners again pounded the camp": a repeat of the day before's, told by
            # its own day, is not the day before's event retold a day late.
            return CONFLICT
        # ... or one kind of attack at one place with the same dead, wounded or count of weapons
        # (outlets date by their own day: "Thursday's bombing" is Friday's news in Beijing; the
        # same two dead or three drones a day apart at one place are one event's, told late).
        # (two dead at a depot one day and two at the airport the next are two hits, whatever the toll)
        toll = place in ("same", "within") and a.type == b.type and _same_toll(a, b) and not other_targets(a, b)
        # ... or fighting in one region (a province, a district) that outlets date by different
        # days of its course ("clashes over the weekend", "on Tuesday", "on Wednesday").
        episode = a.type == b.type == "armed_clash" and place == "same" and wa.kind == wb.kind == "area"
        # ... or one kind of attack at one place on the same kind of target ("the hospital in El
        # Fasher", "aid workers" in Deir al-Balah): outlets date it by the day they report it.
        target = place == "same" and a.type == b.type and bool(own_targets(a) & own_targets(b))
        # ... or one kind of attack that one outlet tells only of the country it struck and another
        # at a place in it, by no other party and with no count told otherwise: the country-wide
        # account is the outlet's summary, dated by its own day.
        summary = a.type == b.type and _country_summary(a, b, wa, wb, place)
        if same_source:
            # One article's attack told by its day and what was shot down of it at that named place told
            # by no day of its own (a live blog's later entry, dated by its page): the page's day is no
            # second day. Another weapon than the attack's is another event.
            # So is one sentence that names a single day and tells both (the extractor gave the clause
            # after a semicolon the page's day; one evidence may run on into the next sentence).
            later_slack = a_slack if a_when[0] > b_when[1] else b_slack
            inner = min(a.evidence, b.evidence, key=len)
            if inner in max(a.evidence, b.evidence, key=len) and len(named_days(inner)) <= 1:
                later_slack = 1
            caught = kinds == "facet" and place == "same" and not _other_weapons(a, b)
            allowed = later_slack if caught else 0
        elif episode:
            allowed = _EPISODE_DAYS
        else:
            allowed = 1 if site or night or toll or target or summary else 0
        if not same_source and not other_dead(a, b):
            # ... or the later report's date is only its page's day (a slack that adds to no other;
            # another count of the dead tells another event)
            allowed = max(allowed, a_slack if a_when[0] > b_when[1] else b_slack)
        allowed = max(allowed, spare)  # (asked by :func:`relation` only: "were they a day closer")
        # ... or, by itself, any one kind of attack at one place told by two outlets a day apart
        # with nothing that tells them apart (:func:`_day_off`): marked, for the grouping to ask
        # whether an article tells that place's two days as two events (a series of daily raids).
        day_off = not same_source and allowed == 0 and gap == 1 and _day_off(a, b, a_when, b_when, place)
        allowed = max(allowed, 1 if day_off else 0)
        # An attack late one day and drones downed there early the next may be two nights' events:
        # marked alike, so an article telling the two days apart ("a day after a drone hit it") parts them.
        day_off = day_off or (night and gap == 1 and a.type != b.type and not same_source)
        if gap > allowed:
            return CONFLICT
        wide = _told_span(a, b, a_when, b_when)
        # ... unless the same account, or one kind of attack with the same toll within the month.
        toll = a.type == b.type and _same_toll(a, b) and wide <= 31
        if wide > 1 and place != "same" and not toll and not retold(a, b):
            return NONE  # "since Friday" or "in January" somewhere in a country ties nothing
        if wide > 7 and other_dead(a, b) and not retold(a, b):
            return NONE  # "31 dead in March" and "12 dead" that month in one city: two bombings
        if _running_total(a, a_when, b, b_when) or _running_total(b, b_when, a, a_when):
            return NONE  # "strikes have killed 90 since Friday" and Monday's strike: the tally is the campaign's
    if kinds == "same" and place == "same" and len({city_part(a), city_part(b)} - {None}) == 2:
        return CONFLICT  # a strike in central Beirut and one in its suburbs the same day: two
    if same_source and kinds == "same" and a.type != b.type:
        return CONFLICT  # one article's drone attack and its air strikes in reply: the extractor read two
    if same_source and kinds == "same" and _apart_in_one_article(a, b, wa, wb, place, a_when, b_when):
        return CONFLICT  # the extractor kept two events apart in one article; so do we
    dated = a_when is not None and b_when is not None
    score = {"same": 3.0, "near": 2.0, "within": 1.0}.get(place, 0.5)
    if dated and a_when == b_when:
        score += 2.0
    elif dated:
        score += 1.0
    score += 1.0 if a.type == b.type else 0.5 if kinds == "same" else 0.0
    if a.count is not None and a.count == b.count:
        score += 0.5
    if parties(a) & parties(b):
        score += 0.5
    if same_source and kinds == "facet" and dated and a_when == b_when and "crash" not in (a.type, b.type):
        # One article's attack and what was shot down of it that day: its own account ties them closer
        # than another outlet's report of a spot the salvo reached. (Not debris that fell somewhere:
        # a spot of its own, as another outlet's.)
        score += 1.0
    score += shared_words(a.evidence, b.evidence)
    return Relation(score, place=place, day_off=day_off)


#: How far apart two reports' points may lie and be parts of one city (its districts lie within it).
_CITY_PART_KM = 15.0


def _one_city(a: Incident, wa: Where, b: Incident, wb: Where) -> bool:
    """Both reports lie in one city: told in one town ("X district, Kyiv" and "Y district, Kyiv"), or a
    district told with no town whose point lies within a city's reach of the other's (a story names its
    city once and its districts alone after)."""
    if wa.inside & wb.inside:
        return True
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None or a.country != b.country:
        return False
    return distance_km((a.lat, a.lon), (b.lat, b.lon)) <= _CITY_PART_KM


def _other_weapons(a: Incident, b: Incident) -> bool:
    """Both reports name their weapons, and none alike (a drone shot down, rockets that hit)."""
    wa, wb = weapons(a), weapons(b)
    return bool(wa and wb) and not wa & wb


def _back(when: tuple[date, date] | None, slack: int) -> tuple[date, date] | None:
    """A report's days, reaching ``slack`` days before its date."""
    return None if when is None else (when[0] - timedelta(days=slack), when[1])


#: "since Friday", "since the war began": a sentence that counts from a day up to its own telling.
_SINCE = re.compile(r"\bsince\b", re.I)
#: The dead a running tally must count to be told as one (a handful since a day may be one clash's).
_TALLY_DEAD = 10


def _running_total(tally: Incident, t_when, day: Incident, d_when) -> bool:
    """A report of blows (strikes, shelling, bombs) counting ten or more dead "since" a day, over a
    span of three days or more, beside a report told to the day within that span whose dead it does
    not share: the tally is the sum of the campaign's strikes to date, not that day's event ("strikes
    have killed 90 people since Friday" and the strike on a broadcaster on Monday). Fighting told so
    (clashes "since Friday" in one town) is the episode and may still tie."""
    if not (t_when and d_when and tally.date and day.date) or type_group(tally.type) == "clash":
        return False
    if (t_when[1] - t_when[0]).days < 2 or (d_when[1] - d_when[0]).days > 1:
        return False
    if not (t_when[0] <= d_when[0] and d_when[1] <= t_when[1]):
        return False
    dead = tally.casualties.killed
    if dead is None or dead < _TALLY_DEAD or not _SINCE.search(tally.evidence):
        return False
    return day.casualties.killed != dead


def _told_span(a: Incident, b: Incident, a_when, b_when) -> int:
    """The days the wider of two dated reports' dates spans, as their outlets told them. A sentence
    that names no day is dated by its page (the days before it was published), no span its outlet
    told ("since Friday", "in March"): beside a report of its kind told to the day, by a party both
    name, it spans no days of its own ("jets of Zedland struck Yarrow on Sunday" and, on a page of
    Tuesday, "the strikes Zedland made on Yarrow"). Which row of several it joins, the grouping
    chooses (two rows it fits alike, it joins neither)."""
    spans = [((when[1] - when[0]).days, bool(inc.date)) for inc, when in ((a, a_when), (b, b_when))]
    if (a.date is None) != (b.date is None) and a.type == b.type and parties(a) & parties(b):
        return max(days for days, told in spans if told)
    return max(days for days, _ in spans)


#: The families of the blows the extractor copies for each ship a sentence tells was hit.
_BLOWS = frozenset({"air", "fire", "explosion"})


def copies(a: Incident, b: Incident) -> bool:
    """One article's two reports of one sentence alike in kind, place and date: the extractor's copies
    of an attack whose sentence numbers what it hit ("two tankers were struck at sea that day" is an
    attack on each ship), not one event read twice (the extractor keeps one report of a sentence's
    event). Two events, though nothing else tells them apart. Blows only: a threat or a clash is
    never so copied."""
    return (
        bool(a.evidence)
        and a.evidence == b.evidence
        and (a.type, a.location, a.date) == (b.type, b.location, b.date)
        and type_group(a.type) in _BLOWS
    )


#: The types by which outlets name one barrage: its weapons are missiles to one, rockets to another.
_BARRAGE_TYPES = frozenset({"missile_attack", "rocket_attack"})


def _one_barrage(a: Incident, b: Incident) -> bool:
    """A missile attack and a rocket attack by one party or fired from one country (a party one
    names, the country the other tells it came from), with no party apart and no dead, wounded or
    count told otherwise: one barrage typed by the word each outlet used for its weapons. Another
    party's rockets (from Lebanon, by Hezbollah) beside a state's missiles are two attacks."""
    if {a.type, b.type} != _BARRAGE_TYPES or parties_apart(a, b) or tolls_differ(a, b):
        return False
    if a.count and b.count and a.count != b.count:
        return False
    return bool(_sides(a) & _sides(b))


def _sides(inc: Incident) -> frozenset[str]:
    """Who fired it: its parties, and the country it was fired from."""
    return frozenset(fold(p) for p in (*parties(inc), inc.origin) if p)


def _day_off(a: Incident, b: Incident, a_when, b_when, place: str) -> bool:
    """Two reports of one type at one named place (or one inside the other, neither only a country)
    a day apart with nothing that tells them apart (:func:`_a_day_apart`), and not of two nights."""
    if a.type != b.type or place not in ("same", "within") or "country" in (where(a).kind, where(b).kind):
        return False
    return _a_day_apart(a, b, a_when, b_when) and not _two_nights(a, b, a_when, b_when)


def _country_summary(a: Incident, b: Incident, wa: Where, wb: Where, place: str) -> bool:
    """One report told only of a country, the other at a named place in it, with no party the other
    does not share (or none named by one) and no dead, wounded or count told otherwise."""
    if place != "within" or wa.kind == wb.kind or "country" not in (wa.kind, wb.kind):
        return False
    return not parties_apart(a, b) and not tolls_differ(a, b)


def _other_raiders(a: Incident, b: Incident, wa: Where, wb: Where, place: str) -> bool:
    """One report told only of a country, the other at a named place in it, and both name who did
    it with no party in common ("Zedland" struck the capital; "Yarrow" struck the country that
    day): only the country ties them, and the parties tell two raids. Unless the same dead, wounded
    or count ties them (an outlet may name the target for the doer)."""
    if place != "within" or wa.kind == wb.kind or "country" not in (wa.kind, wb.kind):
        return False
    return parties_apart(a, b) and not _same_toll(a, b)


#: Families of violent events that outlets may name for one another: a bombing one outlet calls an
#: attack, an air strike another calls a missile or rocket strike.
_VIOLENT = frozenset({"air", "fire", "explosion", "clash"})


def _retyped(a: Incident, b: Incident, a_when, b_when, same_source: bool) -> Relation:
    """Two outlets that type one event differently (an air strike to one, a missile attack to
    another; a bombing and a gunfight): one named town or site, dated days that overlap, and the
    same count of ten or more dead or wounded, which two events rarely share, or (dated to the day)
    the same kind of target. One article's two kinds are two events (the
    extractor kept them apart)."""
    if same_source or not {type_group(a.type), type_group(b.type)} <= _VIOLENT:
        return NONE
    if _two_weapons_two_tolls(a, b):
        return CONFLICT
    if _strikes_retold(a, b, a_when, b_when):
        return Relation(1.5 + shared_words(a.evidence, b.evidence), place=place_relation(where(a), where(b)))
    if (a_when is None or b_when is None) and _undated_retyped(a, b, a_when, b_when):
        return LOOSE  # the one event that fits, never a choice between two
    if not (a.date and b.date and a_when and b_when) or a_when[0] > b_when[1] or b_when[0] > a_when[1]:
        return NONE
    wa, wb = where(a), where(b)
    # (a district told by its town's name is that town's ground: "Afgoye district" and "near Afgoye")
    kinds = sorted((wa.kind, wb.kind))
    if not (set(kinds) <= {"site", "city"} or (kinds[0] == "area" and kinds[1] in ("city", "site"))) or place_relation(wa, wb) != "same":
        return NONE
    if a.count and b.count and a.count != b.count:
        return NONE
    # A telling toll ties them; or, both dated to the day (or a night), the same kind of target both
    # sentences name ("the church"): a gunfight and the bombing of one church that day are one
    # attack, typed by its bombs or by its gunmen.
    narrow = max((w[1] - w[0]).days for w in (a_when, b_when)) <= 1
    # ... or, both dated to the day (or a night), one named site, no town ("the base", a village the
    # gazetteer does not know, told by the same name): one site sees one attack of a day, told by
    # its bombs or its gunmen. (A spot at sea told by its distance from a port is not the port.)
    spot = (
        narrow
        and wa.kind == wb.kind == "site"
        and _tokens_match(wa.tokens - BUILDING, wb.tokens - BUILDING)
        and not any(_town_of(i) or _town_named(i.location) or _at_sea(i) for i in (a, b))
    )
    if not (telling_toll(a, b) or (narrow and targets(a.evidence) & targets(b.evidence)) or spot):
        return NONE
    # Scored as a same-kind report at one named place would be, less the type that differs.
    return Relation(3.0 + (2.0 if a_when == b_when else 1.0) + shared_words(a.evidence, b.evidence), place="same")


def _at_sea(inc: Incident) -> bool:
    """The sentence puts its event at sea by a distance in nautical miles ("60 nautical miles west of X")."""
    return any(p[1] == "nm" for p in positions(inc.evidence))


#: Types named by the one weapon that makes them: a drone strike, rocket fire, artillery shelling.
_WEAPON_TYPES = {"drone_attack": "drone", "rocket_attack": "rocket", "shelling": "artillery"}


def _two_weapons_two_tolls(a: Incident, b: Incident) -> bool:
    """A drone strike and artillery shelling (each type named by its weapon, neither naming the
    other's) told with other dead: two blows, however alike their place and day (a camp drone-struck
    and shelled the same day). With the same dead or none told by one, outlets may type one attack
    by either weapon."""
    wa, wb = _WEAPON_TYPES.get(a.type), _WEAPON_TYPES.get(b.type)
    if wa is None or wb is None or wa == wb or not other_dead(a, b):
        return False
    return wb not in weapons(a) and wa not in weapons(b)


def _undated_retyped(a: Incident, b: Incident, a_when, b_when) -> bool:
    """A page with no date that types an attack otherwise than another outlet ("a missile strike on a
    market in X" beside "an air strike at a market in X"), at one named town or site, on the same kind
    of target or with the same ten or more dead, by no party apart, with no count told otherwise and
    no other day named: that event, its toll told otherwise as outlets do. Only the one event that fits
    (a town's market hit twice is two rows it cannot choose between)."""
    wa, wb = where(a), where(b)
    if not {wa.kind, wb.kind} <= {"site", "city"} or place_relation(wa, wb) != "same" or parties_apart(a, b):
        return False
    if (a.count and b.count and a.count != b.count) or _undated_days(a, b, a_when, b_when) is None:
        return False
    return telling_toll(a, b) or bool(targets(a.evidence) & targets(b.evidence))


def _strikes_retold(a: Incident, b: Incident, a_when, b_when) -> bool:
    """One party's strikes told as an air strike by one outlet and as a missile attack by another
    ("fired cruise missiles at launchers in X", "struck launchers in X"), in the same words (a third
    of them), in one country, on days that meet or on a page with no date: one raid, typed by its
    jets or by its missiles. Another party, another toll or count, or other days are other strikes."""
    if {type_group(a.type), type_group(b.type)} != {"air", "fire"} or not parties(a) & parties(b) or parties_apart(a, b):
        return False
    if a_when and b_when and (a_when[0] > b_when[1] or b_when[0] > a_when[1]):
        return False
    if tolls_differ(a, b) or (a.count and b.count and a.count != b.count):
        return False
    wa, wb = where(a), where(b)
    if not (wa.country and wb.country) or place_relation(wa, wb) not in ("same", "within"):
        return False
    return retold(a, b)


def _same_ship(a: Incident, b: Incident, a_when, b_when) -> bool:
    """Two outlets' attacks on one ship both name ("the tanker Sea Lark" hit by a missile to one, by a
    drone to another; "a Sea Lark bulker" struck by an explosion): on days that overlap (or, each told to
    the day, one day apart with no toll, target or party told otherwise: an outlet's day is often a day
    off), with no count told otherwise and in no two countries, one attack, whatever each calls its weapon and wherever
    each puts it (at sea, or off the port it lay by). A ship's name is rarer than a town's: a ship is
    seldom hit twice in a few days. Names that differ ("the Sea Lark", "the Blue Heron") are two ships.
    Of the violent kinds only (an interception or a seizure of a ship is another act)."""
    if not {type_group(a.type), type_group(b.type)} <= _VIOLENT:
        return False
    if a_when and b_when and (a_when[0] > b_when[1] or b_when[0] > a_when[1]) and not _a_day_apart(a, b, a_when, b_when):
        return False
    na, nb = ship_names(a.evidence), ship_names(b.evidence)
    if not (na and nb and na & nb and (na <= nb or nb <= na)):
        return False
    if a.count and b.count and a.count != b.count:
        return False
    return _countries_agree(where(a), where(b))


def _two_ships(a: Incident, b: Incident) -> bool:
    """Each report names a ship, and no name is shared: two ships, two attacks."""
    na, nb = ship_names(a.evidence), ship_names(b.evidence)
    return bool(na and nb) and not na & nb


#: Words for a ship a name follows ("the tanker X", "MV X", "M/V X") or comes before ("a X bulker",
#: "the X cargo vessel"), as the extractor reads them: reporter.ship_nouns (nouns in lower case,
#: singular or plural; prefixes upper case).
_SHIP = rf"(?:{alternation(SHIPS, 's?')}|{alternation(frozenset(p.upper() for p in PREFIXES))})"
_SHIP_KIND = rf"(?:{alternation(KINDS)})"
_SHIP_NAME = r"[A-Z][A-Za-z'’-]{2,}"
#: (patterns asked apart: "the American ship (X Y)" has a word before a ship word and a name after it)
_SHIP_NAMED = (
    re.compile(rf"\b{_SHIP}\s+\(?({_SHIP_NAME}(?:\s+{_SHIP_NAME}){{0,2}})"),
    re.compile(rf"({_SHIP_NAME}(?:\s+{_SHIP_NAME}){{0,3}})\s+(?:{_SHIP_KIND}\s+)?{_SHIP}\b"),
    # ... or a name the words for a ship follow after a comma, as what it is ("the Sea Lark, a
    # Liberian-flagged bulk carrier"; an indefinite article: "said the firm, the ship ..." is no such)
    re.compile(rf"({_SHIP_NAME}(?:\s+(?:{_SHIP_NAME}|[A-Z0-9]{{1,2}}\b)){{0,3}}),\s+an?\s+(?:[\w-]+\s+){{0,3}}?{_SHIP}\b"),
    # ... or after one, by what it is called ("a cargo ship known as the Sea Lark", "a tanker called Blue Heron")
    re.compile(rf"\b{_SHIP},?\s+(?:called|named|known\s+as)\s+[“\"']?(?:the\s+)?({_SHIP_NAME}(?:\s+{_SHIP_NAME}){{0,2}})"),
)
#: Words by a word for a ship that name none besides _COMMON_NAMES (days, titles): articles, pronouns
#: ("The ship"), a navy's prefix ("USS"), a flag or owner ("Panama-flagged"), a class of ship ("Aframax"), a
#: number or quantifier that opens a sentence ("Two oil tankers").
_NOT_SHIP_WORDS = (
    "a an in on at it he she we his her its our mr ms captain navy uss hms ins flagged registered owned operated "
    "aframax suezmax panamax handysize vlcc one two three four five six seven eight nine ten several both another "
    "other some many each every all no any"
)
_NOT_SHIP_NAMES = frozenset(_NOT_SHIP_WORDS.split())


@lexicons.cached(maxsize=16384)
def ship_names(evidence: str) -> frozenset[str]:
    """The words of the names a sentence gives ships (lower case): capitalised words right after a word
    for a ship or right before one (or before a comma and what the ship is, or after "called"), that
    are no place the gazetteer knows, no people and no party."""
    found = set()
    for m in (m for pattern in _SHIP_NAMED for m in pattern.finditer(evidence)):
        for word in _WORD.findall(m.group(1).lower()):
            known = lookup(word) or word in _peoples_and_parties()
            if len(word) >= 3 and word not in _NOT_SHIP_NAMES and word not in _COMMON_NAMES and not known:
                found.add(word)
    return frozenset(found)


#: Words before a town that make it a reference point for a spot outside it ("a base outside X",
#: "near X", "27 km north of X", "on the outskirts of X").
_BESIDE = r"(?:outside|near|nearby|around|outskirts\s+of|(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:(?:north|south)(?:east|west)?|east|west)(?:ern)?\s+of)"


def _beside(inc: Incident, own: Where, other: Where, same_source: bool = False) -> bool:
    """The report's place is a town its sentence gives only as the reference point of a spot
    outside it, and the other report's place is a site within 30 km of it (or one the gazetteer
    cannot place, in that country, told by another article): one spot, told by the town it lies
    by. (One article that tells an unplaced name apart from the town's event tells two events:
    "an ambush near X ... a separate attack in Y".)"""
    if own.kind != "city" or other.kind != "site" or not inc.location or not _countries_agree(own, other):
        return False
    if other.point and own.point and distance_km(own.point, other.point) > 30.0:
        return False
    if other.point is None and (same_source or not unplaced(other)):
        return False
    return told_beside(inc.location, inc.evidence)


@lru_cache(maxsize=16384)
def told_beside(location: str, evidence: str) -> bool:
    """Whether a report's words give its town only as the point a spot lies by ("a pier west of X")."""
    beside, inside, _, _ = _town_patterns(location)
    return bool(beside.search(evidence)) and not inside.search(evidence)


_OUTSKIRTS = r"(?:suburbs?|outskirts)"
#: A town told not by its name but by what it is, as the point a spot lies by: "a base near the
#: capital", "a checkpoint west of the city" ("the capital of X" names another place).
_NEAR_TOWN_NOUN = re.compile(
    r"\b(?:outside|near|(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:(?:north|south)(?:east|west)?|east|west)(?:ern)?\s+of)"
    r"\s+the\s+(?:\w+\s+)?(?:capital|city|town)\b(?!\s+of\b)",
    re.I,
)
_IN_TOWN_NOUN = re.compile(r"\b(?:in|at|inside)\s+the\s+(?:\w+\s+)?(?:capital|city|town)\b", re.I)


def told_by_town_noun(location: str, evidence: str) -> bool:
    """Whether a report's town is the one its sentence gives, unnamed, as the point its scene lies by
    ("an army base near the capital", the extractor having put it at the capital), and nowhere as
    the scene itself ("in the capital", "in X")."""
    _, inside, _, _ = _town_patterns(location)
    return bool(_NEAR_TOWN_NOUN.search(evidence)) and not inside.search(evidence) and not _IN_TOWN_NOUN.search(evidence)


@lru_cache(maxsize=4096)
def _town_patterns(location: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What puts a spot beside a town, in it, in its centre, in its suburbs: compiled once a town
    (a brief asks of every pair of its reports)."""
    town = re.escape(location)
    return (
        re.compile(rf"\b{_BESIDE}\s+(?:the\s+)?(?:\w+\s+)?{town}\b", re.I),
        re.compile(rf"\b(?:in|at|on|inside)\s+(?:the\s+)?(?:\w+\s+)?{town}\b", re.I),
        re.compile(rf"\b(?:central|downtown|(?:centre|center|heart)\s+of)\s+{town}\b", re.I),
        re.compile(rf"\b{_OUTSKIRTS}\s+of\s+{town}\b|\b{town}(?:['’]s)?\s+(?:\w+\s+)?{_OUTSKIRTS}\b", re.I),
    )


#: How far a port may lie from the point of a sea or gulf and still lie on it (the gazetteer knows no
#: coasts; a gulf's point lies a few hundred km out from its ports: Aden lies 265 km from the Gulf of Aden's).
_PORT_SEA_KM = 300.0


@lru_cache(maxsize=4096)
def _offshore(location: str) -> re.Pattern[str]:
    """What tells a spot at sea by the town it lies off: "60 nautical miles southeast of X", "off X",
    "off the coast of X"."""
    town = re.escape(location)
    return re.compile(
        rf"\bnautical\s+miles?\b[^.;]{{0,30}}?\b(?:of|from|off)\s+{town}\b"
        rf"|\boff\s+(?:the\s+)?(?:(?:[A-Z][\w-]+\s+)?(?:coast|shores?|port)\s+of\s+(?:the\s+)?(?:\w+\s+)?)?{town}\b",
        re.I,
    )


def _off_port(inc: Incident, own: Where, other: Where) -> bool:
    """The report's town is only the port its sentence tells a spot at sea off ("a ship was hit 60
    nautical miles off X"), and the other report's place is a sea or gulf whose point lies within
    _PORT_SEA_KM of it: the spot may lie in that sea (a ship in X's port, or off a port on another
    sea, is no such spot). The town may be told by its port ("off the port of X"): the spot is at sea
    off it all the same."""
    if own.kind not in ("city", "site") or other.kind != "water" or not inc.location:
        return False
    return _on_sea(own.canonical or inc.location, own, other) and bool(_offshore(inc.location).search(inc.evidence))


def _on_sea(name: str, port: Where, sea: Where) -> bool:
    """Whether a port town (or its port) lies on a sea or gulf: as data/port_seas.json lists it (a
    port no gazetteer places too), else by the distance from the sea's point."""
    seas = _port_seas().get(fold(_PORT_WORD.sub("", name)))
    if seas is not None:
        return fold(sea.canonical) in seas
    return bool(port.point and sea.point) and distance_km(port.point, sea.point) <= _PORT_SEA_KM  # type: ignore[arg-type]


#: The word that makes a town's port of the town's name ("Hodeidah port", "port of Aden").
_PORT_WORD = re.compile(r"^port\s+of\s+|\s+port$", re.I)


@lru_cache(maxsize=1)
def _port_seas() -> dict[str, frozenset[str]]:
    """Folded port name (as the gazetteer names the town) -> folded names of the seas it lies on."""
    table = json.loads((Path(__file__).parent / "data" / "port_seas.json").read_text(encoding="utf-8"))
    seas: dict[str, set[str]] = {}
    for sea, ports in table.items():
        if sea.startswith("_"):
            continue
        for port in ports:
            town = lookup(port)
            for name in {port, town.name if town else port}:
                seas.setdefault(fold(name), set()).add(fold(sea))
    return {port: frozenset(names) for port, names in seas.items()}


def _unplaced_toll(a: Incident, b: Incident, wa: Where, wb: Where) -> bool:
    """One kind of event with the same dead and the same wounded, at a place the gazetteer does not
    know and one it does, in no other country: a hamlet may lie in the district or town another
    outlet names, and two tolls agreeing by chance is rare."""
    if a.type != b.type or not (unplaced(wa) or unplaced(wb)) or not _countries_agree(wa, wb):
        return False
    if wa.tokens & BUILDING and wb.tokens & BUILDING:
        return False  # two buildings by their own names (two hotels): neither is a hamlet of the other's town
    # ... or, both in one country, the same ten or more dead or wounded, and no count told otherwise
    return _both_tolls(a, b) or bool(wa.country and wb.country and _telling_harm(a, b))


def _unplaced_in_town(site: Incident, town: Incident, ws: Where, wt: Where, s_when, t_when) -> bool:
    """One kind of event on overlapping days (each told within a night), at a site the gazetteer
    cannot place ('a hotel', 'a junction', a camp by its name) and at a town of its country, where
    the site's sentence names that town ('gunmen held a hotel in the capital, Portville') or both
    sentences name the same kind of target ('the hotel'): the site lies in the town, told by its own
    name by one outlet and by the town's by another. A town sees several attacks, but rarely two of
    one kind on one kind of target the same day."""
    if site.type != town.type or not (ws.kind == "site" and unplaced(ws)):
        return False
    known = lookup(wt.canonical) if wt.kind == "city" else _town_of(town)
    # ... or a site named after its town ("Karachi Airport"), when the site's sentence names that town
    # ("Karachi, <day> - ... near the Jinnah International Airport"): one airport, by its town's name and
    # by its own (a kind of target alike ties no more: another town's airport is an airport too)
    after_town = _named_after_town(town) if known is None else None
    known = known or after_town
    if known is None:
        return False
    if not (site.date and town.date and s_when and t_when) or not _countries_agree(ws, wt) or not (ws.country or wt.country):
        return False
    if max((w[1] - w[0]).days for w in (s_when, t_when)) > 1 or s_when[0] > t_when[1] or t_when[0] > s_when[1]:
        return False
    if site.count and town.count and site.count != town.count:
        return False
    named = any(_names_town(m.group(), known) for m in _NAME.finditer(site.evidence))
    return named or (after_town is None and bool(targets(f"{site.location} {site.evidence}") & targets(town.evidence)))


def _town_of(inc: Incident) -> Place | None:
    """The world list's town a report was put at, when the lexicons do not know it (the brief
    compares such a town as a named site)."""
    if inc.lat is None or inc.lon is None or not inc.location or "," in inc.location or lookup(inc.location):
        return None
    return world_town(inc.location, inc.lat, inc.lon)


#: A site named after its town: the town's name, then the kind of site ("Karachi Airport", "Kirkuk air base").
_SITE_OF_TOWN = re.compile(r"^(?P<town>.+?)\s+(?:international\s+)?(?:airport|air\s*base|airfield)$", re.I)


def _named_after_town(inc: Incident) -> Place | None:
    """The world list's town a site's name opens with, at the site's point ("Karachi Airport", put
    at Karachi's point: the airport of that town)."""
    if inc.lat is None or inc.lon is None or not inc.location or "," in inc.location or lookup(inc.location):
        return None
    m = _SITE_OF_TOWN.match(inc.location.strip())
    return world_town(m.group("town"), inc.lat, inc.lon) if m else None


def _names_town(name: str, town: Place) -> bool:
    place = lookup(name)
    return (place.name if place else name) == town.name


def _spot_by_town(a: Incident, b: Incident, wa: Where, wb: Where, a_when, b_when, told: frozenset = frozenset()) -> bool:
    """One report's place is a spot no gazetteer places (a hotel, a junction, a village), in no other
    country, and the other's a town or site on the map, the spot's report dated (the town's may be
    of a page with no date): the spot may lie in or by the town,
    so the two places are unknown to each other, not two places (which would keep the town's other
    reports from the row the spot's report is on). Two spots by their own names stay two places, an
    undated spot (of any day) keeps its conflict, and so does a spot by a town that a sentence of the
    brief gives as the reference point of a spot outside it ("the pier, west of the city"; ``told``
    holds such a town with no inner name, see ``places_told``)."""
    if not _countries_agree(wa, wb):
        return False
    for x, y, town, x_when in ((wa, wb, b, a_when), (wb, wa, a, b_when)):
        if x_when is not None and x.kind == "site" and unplaced(x) and y.kind in ("site", "city") and y.point and town.location:
            if (frozenset(), y.canonical) in told:
                return False
            beside = _town_patterns(town.location)[0]
            return not any(beside.search(i.evidence) for i in (a, b))
    return False


#: Words by which a sentence tells that its place lies on a border ("the border crossing", "the frontier post").
_BORDER = re.compile(r"\b(?:border|borders|crossing|frontier)\b", re.I)


def _border_site(a: Incident, b: Incident, wa: Where, wb: Where) -> bool:
    """Two reports at a site of one name (no gazetteer entry, or the same one) that each outlet puts
    in another country, where a sentence tells the site lies on a border (a bridge or crossing
    between two countries): one place, in both. Towns and regions of one name in two countries stay
    two places."""
    if not (wa.kind == wb.kind == "site" and wa.country and wb.country) or wa.country.lower() == wb.country.lower():
        return False
    if (wa.canonical or wb.canonical) and wa.canonical != wb.canonical:
        return False
    if not wa.tokens or wa.tokens != wb.tokens:
        return False
    return on_border(a) or on_border(b)


#: A named country's border, told of where an event was: "near the Syrian border", "the border with Syria".
_BORDER_OF = re.compile(r"\b(?P<a>[A-Z][\w'’-]+)\s+(?:border|frontier)\b|\b(?:border|frontier)\s+with\s+(?P<b>[A-Z][\w'’-]+)")


def _beyond_border(site: Incident, ws: Where, told: Incident, wt: Where) -> bool:
    """A site whose sentence tells it lies on a border, in one country, and a report of its type told only of
    another country, whose sentence puts the event by that country's border with the site's ("an outpost in
    Jordan, close to the border with Syria" and "the al-Tanf garrison, over the border in Syria"): one outlet puts
    it on one side of the border, the other on the other. Two tolls of their own set them apart."""
    if not (ws.kind == "site" and wt.kind == "country" and ws.country and wt.country) or fold(ws.country) == fold(wt.country):
        return False
    if site.type != told.type or not on_border(site):
        return False
    dead = (site.casualties.killed, told.casualties.killed)
    if None not in dead and dead[0] != dead[1]:
        return False
    names = _country_names()
    return any(fold(names.get(fold(m.group("a") or m.group("b")), "")) == fold(ws.country) for m in _BORDER_OF.finditer(told.evidence))


@lexicons.cached(maxsize=1)
def _country_names() -> dict[str, str]:
    """Folded name, alias or demonym -> the country ("syrian" -> Syria)."""
    found: dict[str, str] = {}
    for c in lexicons.data()["countries"]:
        for alias in [c["name"], *(c.get("aliases") or []), *(c.get("demonyms") or [])]:
            found.setdefault(fold(str(alias)), str(c["name"]))
    return found


def _border_beside(site: Incident, ws: Where, wt: Where) -> bool:
    """A site whose sentence tells it lies on a border, beside a report told only of another country: the
    site may lie in that country too (its border's other side), so their countries do not part them."""
    return ws.kind == "site" and wt.kind == "country" and on_border(site)


def on_border(inc: Incident) -> bool:
    """A report at a site whose sentence tells it lies on a border: its country is one of two."""
    return where(inc).kind == "site" and bool(_BORDER.search(inc.evidence))


def _named_there(spot: Incident, ws: Where, other: Incident, wo: Where) -> bool:
    """A spot the gazetteer cannot place, in no other country than the other report's place, whose
    name the other report's sentence gives ("gunmen stormed an old shrine, that of Saint Amin, in
    Kelvale", placed at "old shrine, Kelvale", beside another outlet's "Saint Amin"): the other
    outlet tells of that spot under a name of its own, one place (each name's words alone, a shrine
    and a saint's name, match nothing)."""
    if not (ws.kind == "site" and unplaced(ws)) or not _countries_agree(ws, wo) or not (ws.country or wo.country):
        return False
    name = place_tokens((spot.location or "").split(",")[0]) - BUILDING
    return bool(name) and name <= _words(other.evidence)


@lru_cache(maxsize=16384)
def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower().replace("-", " ")))


def below_country(inc: Incident) -> bool:
    """Whether a report names a place below its country (a town, a base, a region, a sea): one told
    only of a country, or of no place, ties to every event of its kind there alike."""
    return where(inc).kind not in ("country", "unknown")


def unplaced(w: Where) -> bool:
    """A named place the gazetteer does not know and no point puts on the map."""
    return w.kind in LEVEL and w.canonical is None and w.point is None


def _told_within(a: Where, b: Where, told: frozenset[tuple[frozenset[str], str]]) -> bool:
    """Whether a sentence of the brief puts one of the two places in the other (same country)."""
    if not _countries_agree(a, b):
        return False
    return any(
        # (a town no gazetteer knows is told by its name as written: see places_told._building_in_town)
        (y.canonical == wider or (unplaced(y) and lookup(wider) is None and _tokens_match(y.tokens, name_tokens(wider))))
        and _tokens_match(x.tokens, inner)
        for x, y in ((a, b), (b, a))
        for inner, wider in told
    )


def other_targets(a: Incident, b: Incident) -> bool:
    """Both sentences name what was hit, and no kind of target is common to them."""
    hit_a, hit_b = own_targets(a), own_targets(b)
    return bool(hit_a and hit_b and not hit_a & hit_b)


#: A clause telling an earlier event as the news's past ("a day after an attack on a fuel depot",
#: "two days after drones hit the port"): what it names was hit then, not in the event of the day.
_EARLIER_EVENT = re.compile(
    r"\b(?:a\s+day|a\s+week|(?:\w+\s+)?(?:days|hours|weeks))\s+after\b[^,;.]*", re.I
)


def own_targets(inc: Incident) -> frozenset[str]:
    """The kinds of target the event itself hit: an event dated to its day is the sentence's news,
    so a clause telling an earlier event names none of its targets (an undated event may be that
    earlier one, read from the clause: it keeps the whole sentence's)."""
    if inc.date and "/" not in inc.date:
        return targets(_EARLIER_EVENT.sub(" ", inc.evidence))
    return targets(inc.evidence)


#: What an attack hit, by kind: two reports of one kind of attack at one town a day apart that hit the
#: same kind of thing tell one event ("a hospital", "aid workers"); a fuel depot and an army base are two.
_TARGET_WORDS = (
    ("hospital", r"hospitals?|clinics?|medical\s+cent(?:re|er)"),
    ("school", r"schools?|universit(?:y|ies)|kindergartens?"),
    ("worship", r"mosques?|church(?:es)?|temples?|synagogues?"),
    ("market", r"markets?|bazaars?|(?:commercial|shopping)\s+(?:areas?|districts?|streets?)"),
    ("station", r"(?:railway|train|rail|bus|metro)\s+stations?"),
    ("aid", r"aid\s+workers?|aid\s+convoys?|humanitarian\s+convoys?|charity"),
    ("mission", r"embass(?:y|ies)|consulates?"),
    ("hotel", r"hotels?"),
    # (a depot of grain or food is the town's food stores, below)
    ("depot", r"(?<!grain\s)(?<!food\s)depots?|refiner(?:y|ies)|oil\s+facilit(?:y|ies)"),
    ("airport", r"airports?|airfields?|air\s*strips?"),
    # what keeps a town running: a power plant and a bridge hit on two nights are two hits; so are
    # its water works and its grain silos. A dam is its hydroelectric plant to many outlets: power.
    (
        "power",
        r"power\s+(?:stations?|plants?)|(?:electricity\s+)?substations?|power\s+grid|dams?"
        r"|hydro(?:electric|power)?\s+(?:plants?|stations?|facilit(?:y|ies))",
    ),
    ("bridge", r"bridges?"),
    (
        "water",
        r"water\s*(?:works|stations?|plants?|facilit(?:y|ies)|towers?|tanks?|network)"
        r"|water\s+(?:treatment|pumping|purification)\s+(?:plants?|stations?|facilit(?:y|ies))"
        r"|pumping\s+stations?|desalination\s+plants?|reservoirs?",
    ),
    ("food", r"silos?|granar(?:y|ies)|(?:grain|food|wheat)\s+(?:stores?|depots?|warehouses?|stocks?)|(?:flour|grain)\s+mills?|baker(?:y|ies)"),
    ("base", r"(?:military\s+|army\s+|air\s*)?bases?|barracks|outposts?"),
    ("camp", r"(?:displacement|refugee|displaced)\s+camps?"),
    # a ship, whatever an outlet calls it ("the bulk carrier", "a vessel"): off one port on one day, one attack
    ("ship", alternation(SHIPS - {"carrier", "boat"}, "s?") + r"|bulk\s+carriers?"),
    # A broadcaster by the building or body hit, never by its name alone: "told state television"
    # names a source, not a target.
    (
        "broadcaster",
        r"(?:television|tv|radio)\s+(?:stations?|studios?|towers?|buildings?|headquarters)|studios?"
        r"|broadcast(?:er|ing)\s+(?:authority|authorities|headquarters|buildings?|corporation|compound)",
    ),
    # (a rite for the dead, wordlists.RITES: "a funeral", "a vigil")
    ("gathering", rf"weddings?|{alternation(RITES, 's?')}|festivals?|ceremon(?:y|ies)|gatherings?|rall(?:y|ies)|concerts?"),
)
_TARGET = [(name, re.compile(rf"\b(?:{words})\b", re.I)) for name, words in _TARGET_WORDS]


@lru_cache(maxsize=16384)
def targets(evidence: str) -> frozenset[str]:
    """The kinds of target a report's sentence names."""
    return frozenset(name for name, pattern in _TARGET if pattern.search(evidence))


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


@lru_cache(maxsize=1)
def _day_names() -> re.Pattern[str]:
    """The extractor's own month and weekday names, as case-sensitive as it reads them (a bare
    prefix read "decades 3" and "mayor 5" as days); built on first use: a run with nothing new
    never loads the extractor."""
    from reporter.extract.dates import MONTH, WEEKDAY

    named = rf"({MONTH})(?![A-Za-z])"
    # An abbreviation's dot may stand for the space ("Feb.19"), or come before one ("Sept. 28").
    apart = r"(?:\s+|(?<=\.)\s*)"
    return re.compile(
        rf"\b(?:({WEEKDAY})\b|{named}{apart}(\d{{1,2}})(?:st|nd|rd|th)?\b|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{named})"
    )


@lru_cache(maxsize=16384)
def named_days(evidence: str) -> tuple[tuple[int, int | None, int | None], ...]:
    """The days a sentence names without a year: (weekday or -1, month or None, day or None)."""
    found = []
    for m in _day_names().finditer(evidence):
        weekday, month_a, day_a, day_b, month_b = m.groups()
        if weekday:
            found.append((_WEEKDAYS.index(weekday.lower()), None, None))
        else:
            month, day = (month_a, day_a) if month_a else (month_b, day_b)
            if 1 <= int(day) <= 31:
                found.append((-1, _MONTHS.index(month.lower()[:3]) + 1, int(day)))
    return tuple(found)


#: Words that tell an attack as a repeat of an earlier one of its kind ("again", "once more", "renewed").
_AGAIN = re.compile(r"\b(?:again|once\s+more|anew|renewed|fresh)\b", re.I)


def _repeat(inc: Incident) -> bool:
    """The sentence tells its attack as a repeat and names its own day."""
    return bool(_AGAIN.search(inc.evidence)) and bool(named_days(inc.evidence))


#: How far apart two sites the gazetteer names must lie to be two places, whatever else ties them.
_SITES_APART_KM = 5.0


#: A night across two days: told "late on Saturday" by one outlet, "early on Sunday" by another.
#: ... or by the clock: "at 10.30 p.m." is late, "shortly after 3am" early.
_CLOCK = r"(?:[:.][0-5]\d)?\s*"
_LATE = re.compile(rf"\b(?:night|overnight|late|evening|midnight|(?:9|10|11){_CLOCK}p\.?m\b)", re.I)
_EARLY = re.compile(rf"\b(?:early|dawn|predawn|overnight|midnight|(?:12|[1-4]){_CLOCK}a\.?m\b)", re.I)


def day_agrees(undated: Incident, when: tuple[date, date] | None, *, weekday: bool = True) -> bool:
    """An undated report whose sentence names the weekday or the month and day ("on Sunday", "on
    February 1") of a report dated to the day (or the night across two): what an article without
    a date of its own still tells of when. A date may be a day off (outlets' time zones), a
    weekday only for a night ("Saturday night" is Sunday's attack to another outlet)."""
    if undated.date or when is None or (when[1] - when[0]).days > 1:
        return False
    days = [when[0] + timedelta(days=d) for d in range((when[1] - when[0]).days + 1)]
    around = [days[0] - timedelta(days=1), *days, days[-1] + timedelta(days=1)]
    # "Saturday night" may be Sunday to another outlet, "early Sunday" Saturday.
    shifts = {0} | ({1} if _LATE.search(undated.evidence) else set()) | ({-1} if _EARLY.search(undated.evidence) else set())
    for named, month, day in named_days(undated.evidence):
        if weekday and any((d.weekday() - s) % 7 == named for d in days for s in shifts):
            return True
        if any((d.month, d.day) == (month, day) for d in around):
            return True
    return False


def _tells_another_day(undated: Incident, when: tuple[date, date] | None) -> bool:
    """A report with no date whose sentence names its day ("on Wednesday", "on March 3"), and that
    day is not the other report's, dated to the day (or a night): the two tell of two days."""
    if undated.date or when is None or (when[1] - when[0]).days > 1 or not named_days(undated.evidence):
        return False
    return not day_agrees(undated, when)


def _two_nights(a: Incident, b: Incident, a_when: tuple[date, date], b_when: tuple[date, date]) -> bool:
    """Two reports a day apart that tell of two nights ("late on Saturday", "late on Sunday") or two
    mornings ("early on Saturday", "early on Sunday")."""
    first, then = (a, b) if a_when[1] < b_when[0] else (b, a)
    late = [bool(_LATE.search(i.evidence)) and not _EARLY.search(i.evidence) for i in (first, then)]
    early = [bool(_EARLY.search(i.evidence)) and not _LATE.search(i.evidence) for i in (first, then)]
    return all(late) or all(early)


def _told_at_night(a: Incident, b: Incident, a_when: tuple[date, date], b_when: tuple[date, date]) -> bool:
    """Two reports of one kind a day apart that tell of the night between ("late on Saturday",
    "early on Sunday"), and not of two nights ("late on Saturday", "late on Sunday"). An attack and
    its drones shot down are one kind too: two sides of the night's event."""
    if a.type != b.type and kinds_relation(a, b) != "facet":
        return False
    first, then = (a, b) if a_when[1] < b_when[0] else (b, a)
    late, early = _LATE.search(first.evidence), _EARLY.search(then.evidence)
    other_night = _LATE.search(then.evidence) and not early
    other_morning = _EARLY.search(first.evidence) and not late
    return bool(late or early) and not (other_night or other_morning)


def _undated_tie(a: Incident, b: Incident, wa: Where, wb: Where, place: str, a_when, b_when) -> bool:
    """A report on a page with no date at all (none in its sentence, none for the page) and another of
    the same kind at the same town or site, by no plainly other party, that share something of their
    own: a rare name besides the place and the parties ("Palm Sunday", the general whose memorial it
    was, the state the village is in), the kind of target (a railway station), or the day the undated
    sentence names. That event, told on a page that does not say when. A town sees many attacks by
    one party, and a camp or a base may be shelled every week: what they share ties one of them. A
    day the sentence names that is not the other's ("on Thursday" beside Sunday's attack) tells
    another event."""
    if type_group(a.type) != type_group(b.type) or (a.date is not None and b.date is not None):
        return False
    # Two types of one family ("an air strike" to one outlet, "drones" to another) only at one named
    # place, by the day the undated sentence names, and with no count or toll told otherwise.
    if a.type != b.type and (place != "same" or tolls_differ(a, b)):
        return False
    # One sea or gulf too, by the day the undated sentence names of the dated report's ("a freighter
    # burned there on Monday"): ships are attacked there often, and names a sentence gives of a ship
    # and its flag ("a Panama-registered freighter") are no tie.
    at_sea = place == "same" and wa.kind == wb.kind == "water"
    kinds = {"site", "city"} | ({"area"} if _city_district(wa, wb) or _city_district(wb, wa) else set())
    if not at_sea and (place not in ("same", "within") or not {wa.kind, wb.kind} <= kinds):
        return False
    if parties_apart(a, b):
        return False
    day_told = _undated_days(a, b, a_when, b_when)
    if day_told is None:
        return False  # "on Thursday" beside Sunday's attack, or beside another page's "on Saturday"
    shared = targets(a.evidence) & targets(b.evidence) or rare_names(a) & rare_names(b) or _hamlet(a, b, wa, wb)
    if a.count and b.count and a.count != b.count:
        shared = False  # "four shells" beside "a dozen shells" at one ministry: the target ties nothing more
    # ... or the account told alike: one type at two towns or two sites that are one place, the same
    # kinds of target named (or none by both), no count or toll told otherwise, a tenth of the
    # sentences' words in common and among them one of their own, no name of the place, a party or
    # a weapon ("the flats" both tell of). A town's other attacks by its usual attacker are told
    # with other words, targets or tolls ("Russia fired a missile at the town" shares none).
    alike = (
        not at_sea
        and a.type == b.type
        and wa.kind == wb.kind
        and targets(a.evidence) == targets(b.evidence)
        and not tolls_differ(a, b)
        and shared_words(a.evidence, b.evidence) >= _ALIKE
        and bool(_own_words(a) & _own_words(b))
    )
    return (day_told and (not at_sea or bool(a.date or b.date))) or (bool(shared) and not at_sea and a.type == b.type) or alike


def _undated_days(a: Incident, b: Incident, a_when, b_when) -> bool | None:
    """Whether an undated sentence of the two names a day (True) and that day is the other's, or None
    when it names another ("on Thursday" beside Sunday's attack, or beside another page's "on Saturday")."""
    day_told = False
    for undated, other, when in ((a, b, b_when), (b, a, a_when)):
        named = named_days(undated.evidence)
        if undated.date or not named:
            continue
        if not (day_agrees(undated, when) if when else named == named_days(other.evidence)):
            return None
        day_told = True
    return day_told


#: The share of content words two sentences of one event told alike have in common (see :func:`_undated_tie`).
_ALIKE = 0.1


def _own_words(inc: Incident) -> frozenset[str]:
    """A sentence's content words less its place's name, its parties and peoples, and weapon words."""
    common = name_tokens(inc.location) | _peoples_and_parties() | _STOCK_WORDS
    return frozenset(w for w in content_words(inc.evidence) if w not in common and w.rstrip("s") not in common)


#: Words any account of an attack may use: its weapons, "strike", "attack", "killed", "said".
_STOCK_WORDS = frozenset(w for _, words in _WEAPON_WORDS for w in words) | {"strike", "attack", "killed", "killing", "said"}


#: Words naming a kind of building or spot: two such places share no name by them ("the X Hotel", "the Y Hotel").
#: ... nor by what a site yields or holds ("the X oil field", "the Y gas field", "the Z fuel depot").
_BUILDING_WORDS = (
    "hotel hospital clinic school university mosque church market stadium square junction bridge prison "
    "oil gas fuel refinery depot terminal plant factory warehouse pipeline dam checkpoint"
)
BUILDING = frozenset(_BUILDING_WORDS.split())


def _hamlet(a: Incident, b: Incident, wa: Where, wb: Where) -> bool:
    """Both reports name one small place the gazetteer does not know (a village, a spot) by the
    same name or a spelling of it, no town of the world list: what a big town's name does not, it
    ties the one event of its kind told there."""
    if not (wa.kind == wb.kind == "site" and wa.canonical is None and wb.canonical is None):
        return False
    if not _tokens_match(wa.tokens - BUILDING, wb.tokens - BUILDING):
        return False
    return not any(_town_named(i.location) for i in (a, b))


@lru_cache(maxsize=16384)
def _town_named(location: str | None) -> bool:
    """Whether a name is a town of the world list (15,000 people or more), wherever it lies."""
    from reporter.extract.text import tokens

    return bool(location) and tuple(t.norm for t in tokens(location)) in _world_towns()


def _city_district(x: Where, y: Where) -> bool:
    """x is a district of a town (the Green Zone, Dahiyeh) and y a site or town in it: as narrow as a town."""
    place = lookup(x.canonical)
    return bool(
        place and place.kind == "district" and x.point and y.point and y.kind in ("site", "city")
        and distance_km(x.point, y.point) <= _WITHIN_KM["city"]
    )


#: Capitalised words that name no one thing: days, months, directions, titles, institutions.
_COMMON_WORDS = (
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july "
    "august september october november december north south east west northern southern eastern western "
    "central general president minister ministry prime army police security forces force military "
    "government state officials official spokesman spokesperson local media news agency reuters press "
    "associated office health department interior defence defense council city province region "
    "governor mayor authorities the this that they there after when while"
)
_COMMON_NAMES = frozenset(_COMMON_WORDS.split())
_CAPITALISED = re.compile(r"(?<=[a-z,;:]\s)[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+)*")


def rare_names(inc: Incident) -> frozenset[str]:
    """Words of the names a sentence gives mid-sentence that are no place the gazetteer knows, no
    country or people, no party of the event and not its own place."""
    return _rare(inc.evidence, inc.location, tuple(inc.actors))


@lexicons.cached(maxsize=1)
def _peoples_and_parties() -> frozenset[str]:
    """Words of the lexicon's demonyms and actors ("russian", "houthi", "hezbollah"): names any
    report of a conflict shares."""
    data = lexicons.data()
    names = [d for c in data["countries"] for d in c.get("demonyms") or []]
    names += [n for a in data["actors"] for n in [a["name"], *(a.get("aliases") or [])]]
    return frozenset(w for n in names for w in _WORD.findall(str(n).lower()))


@lexicons.cached(maxsize=16384)
def _rare(evidence: str, location: str | None, actors: tuple[str, ...]) -> frozenset[str]:
    own = name_tokens(location) | {w.lower() for a in actors for w in _WORD.findall(a.lower())}
    found = set()
    for name in _CAPITALISED.finditer(evidence):
        for word in _WORD.findall(name.group().lower()):
            known = lookup(word) or lookup(f"al {word}") or lookup(f"el {word}") or word in _peoples_and_parties()
            if len(word) > 3 and word not in _COMMON_NAMES and word not in own and not known:
                found.add(word)
    return frozenset(found)


#: A position told by distance and bearing from a place: "70 nautical miles east of Aden", "40 km
#: north-west of the port of X" (what shipping notices give, and outlets copy).
_POSITION = re.compile(
    r"\b(\d+(?:\.\d+)?)\s*(nautical\s+miles?|nm|miles?|km|kilomet(?:re|er)s?)\s+(?:to\s+the\s+)?"
    r"((?:north|south)?[\s-]?(?:east|west)?|north|south)\s+of\s+(?:the\s+)?(?:(?:port|town|city)\s+(?:city\s+)?of\s+)?"
    r"([A-Z][\w'’-]+)",
    re.I,
)


@lru_cache(maxsize=16384)
def positions(evidence: str) -> frozenset[tuple[str, str, str, str]]:
    """The positions a sentence tells by distance and bearing from a named place (number, unit, bearing,
    place; folded): two reports that give the same one tell of one spot, at sea or on land, as exactly
    as a telling toll ties them."""
    found = set()
    for m in _POSITION.finditer(evidence):
        number, unit, bearing, name = m.groups()
        bearing = re.sub(r"[\s-]", "", bearing.lower())
        if not bearing:
            continue
        unit = "nm" if unit.lower().startswith(("nautical", "nm")) else "km" if unit.lower().startswith("k") else "mi"
        found.add((number, unit, bearing, name.lower()))
    return frozenset(found)


def _named_day_tie(a: Incident, b: Incident, place: str, a_when, b_when) -> bool:
    """An undated report naming the day of a dated one: its month and day tie one named place, or
    one kind of event in one country; a weekday (one in seven) needs the toll to agree too (the
    attacker does not: Israel strikes Damascus on many Wednesdays)."""
    if day_agrees(a, b_when, weekday=False) or day_agrees(b, a_when, weekday=False):
        return place == "same" or a.type == b.type
    if day_agrees(a, b_when) or day_agrees(b, a_when):
        return _same_toll(a, b) and (place == "same" or a.type == b.type)
    return False


def _retold_that_day(a: Incident, b: Incident, wa: Where, wb: Where, a_when, b_when) -> bool:
    """Two reports of one kind dated to the same day, one of a place the gazetteer cannot put in a
    country, that tell the account in the same words."""
    one_day = a.date and b.date and a_when == b_when and a_when[0] == a_when[1]
    return bool(one_day) and a.type == b.type and None in (wa.country, wb.country) and (
        retold(a, b)
    )


#: Words that tell of one salvo of many weapons when no count is given ("a large number of missiles").
_UNCOUNTED_SALVO = re.compile(
    r"\b(?:barrage|salvo|(?:a\s+)?large\s+number|(?:many|most)\s+of\s+the"
    # dozens of weapons, not of the dead: "dozens of drones", "hundreds were fired" ("killing dozens" is a toll)
    r"|(?:dozens|scores|hundreds)\s+(?:(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:drones?|missiles?|rockets?|projectiles?|munitions?|UAVs?|shells?)"
    r"|(?:(?:were|was|had\s+been)\s+)?(?:fired|launched|intercepted|shot\s+down|downed)))\b",
    re.I,
)


#: A sentence that opens by telling its event apart from the one before: "Separately, ...", "Elsewhere, ...".
_TOLD_APART = re.compile(r"\W*(?:separately|elsewhere|in\s+a\s+separate\s+\w+)\b", re.I)


def _barrage(a: Incident, b: Incident, a_when, b_when, wa: Where, wb: Where) -> bool:
    if not (weapons(a) and weapons(b)):
        return False  # a salvo is of missiles, drones or rockets ("dozens died" in a raid is none)
    big = max(a.count or 0, b.count or 0) >= 10 or any(_UNCOUNTED_SALVO.search(i.evidence) for i in (a, b))
    one_day = a_when is not None and a_when == b_when and a_when[0] == a_when[1]
    night = _day_in_night(a, b, a_when, b_when) or _nights_edges(a, b, a_when, b_when)
    return big and (one_day or night) and bool(wa.country) and wa.country == wb.country


def _nights_edges(a: Incident, b: Incident, a_when, b_when) -> bool:
    """Two outlets dating one night's salvo by either of its days, one telling of its night."""
    days = a.date and b.date and a_when and b_when and a_when[0] == a_when[1] and b_when[0] == b_when[1]
    return bool(days) and abs((a_when[0] - b_when[0]).days) == 1 and _told_at_night(a, b, a_when, b_when)


def _day_in_night(a: Incident, b: Incident, a_when, b_when) -> bool:
    """One report dates the event to a day, the other to the night across two days that holds it
    ("on Saturday" and "overnight Friday to Saturday"): one day as far as both say."""
    if not (a.date and b.date and a_when and b_when):
        return False
    day, night = (a_when, b_when) if a_when[0] == a_when[1] else (b_when, a_when)
    return day[0] == day[1] and (night[1] - night[0]).days == 1 and night[0] <= day[0] <= night[1]


def _apart_in_one_article(a: Incident, b: Incident, wa: Where, wb: Where, place: str, a_when, b_when) -> bool:
    """One article, one kind, two towns or sites (or one place named alike twice, unless a named
    site on one day: the attack on a base told in the lead and again with its toll; a city sees
    several the same day): two events. Unless nothing else tells them apart: one kind at one place
    told twice without a day by an article whose page gives none (the lead and the toll further
    down), with no other count of the dead, is one event told twice; so is one kind at one place
    named alike on one day, with no other count of the dead or of weapons (a city may see two
    bombings that day, but an article that tells two tells them apart by their tolls or counts, or
    brings one in as a further one: "another drone")."""
    alike = a.type == b.type and place == "same" and not other_dead(a, b)
    if alike and a.date is None and b.date is None:
        return False
    further = any(_FURTHER_ATTACK.search(i.evidence) for i in (a, b))
    counted = bool(a.count and b.count and a.count != b.count)
    if alike and a.location == b.location and a.date and a.date == b.date and not (counted or further):
        return False
    if a.type == b.type and place == "same" and a.location == b.location:
        one_day = a.date and b.date and a_when == b_when and a_when[0] == a_when[1]
        return not (one_day and wa.kind == "site")
    return place not in ("same", "within") and wa.kind in ("site", "city") and wb.kind in ("site", "city")


#: A sentence that brings its event in as a further one ("another drone", "a second strike").
FURTHER = re.compile(r"\b(?:another|(?:a|the)\s+(?:second|third|fourth|fifth))\b", re.I)
#: ... naming the further weapon or attack itself ("another drone", "a second blast"; not "another
#: 20 people were hurt", which adds to the one event's toll).
_FURTHER_ATTACK = re.compile(
    r"\b(?:another|(?:a|the)\s+(?:second|third|fourth|fifth))\s+(?:\w+\s+)?"
    r"(?:drones?|missiles?|rockets?|shells?|bombs?|blasts?|explosions?|strikes?|airstrikes?|attacks?|raids?|shootings?)\b",
    re.I,
)


def city_part(inc: Incident) -> str | None:
    """centre | suburb: the part of its town a report's sentence puts the event in, if it says."""
    return _city_part(inc.location, inc.evidence)


@lru_cache(maxsize=16384)
def _city_part(location: str | None, evidence: str) -> str | None:
    if not location or len(location) > 40:
        return None
    _, _, centre, suburb = _town_patterns(location)
    found = set()
    if centre.search(evidence):
        found.add("centre")
    if suburb.search(evidence):
        found.add("suburb")
    return found.pop() if len(found) == 1 else None


def _same_toll(a: Incident, b: Incident) -> bool:
    """The same dead, wounded or (more than one) objects: a detail two reports of one event share."""
    pairs = (
        (a.casualties.killed, b.casualties.killed, 0),
        (a.casualties.injured, b.casualties.injured, 0),
        (a.count, b.count, 1),
    )
    return any(x is not None and x == y and x > floor for x, y, floor in pairs)


def tolls_differ(a: Incident, b: Incident) -> bool:
    """Both reports count the dead, the wounded or the weapons, and one of the counts not alike."""
    pairs = ((a.casualties.killed, b.casualties.killed), (a.casualties.injured, b.casualties.injured), (a.count, b.count))
    return any(x is not None and y is not None and x != y for x, y in pairs)


def other_dead(a: Incident, b: Incident) -> bool:
    """Both reports count the dead, and not alike."""
    ka, kb = a.casualties.killed, b.casualties.killed
    return ka is not None and kb is not None and ka != kb


def _both_tolls(a: Incident, b: Incident) -> bool:
    """The same dead and the same wounded, both told: two counts agreeing by chance is rare."""
    ca, cb = a.casualties, b.casualties
    return bool(ca.killed and ca.injured) and (ca.killed, ca.injured) == (cb.killed, cb.injured)


def telling_toll(a: Incident, b: Incident) -> bool:
    """The same count of dead, wounded or weapons, ten or more: rare to share by chance (four killed
    by one group near one town happens twice in a few years)."""
    pairs = (
        (a.casualties.killed, b.casualties.killed, 10),
        (a.casualties.injured, b.casualties.injured, 10),
        (a.count, b.count, 10),
    )
    return any(x is not None and x == y and x >= floor for x, y, floor in pairs)


def _telling_harm(a: Incident, b: Incident) -> bool:
    """The same count of dead or of wounded, ten or more, and neither count told otherwise by both."""
    pairs = ((a.casualties.killed, b.casualties.killed), (a.casualties.injured, b.casualties.injured))
    if any(x is not None and y is not None and x != y for x, y in pairs):
        return False
    return any(x is not None and x == y and x >= 10 for x, y in pairs)


def _countries_agree(a: Where, b: Where) -> bool:
    return not (a.country and b.country and a.country.lower() != b.country.lower())


_STOP_WORDS = (
    "the a an of in on at to and or by for from with was were is are had has have been said says that this "
    "which who their its his her they it as after over into near two three one late early"
)
_STOP = frozenset(_STOP_WORDS.split())


#: Share of content words two evidences hold in common above which they tell one account in other
#: words ("launched 34 missiles, 21 shot down" / "had launched 34 missiles ... shot down 21").
_RETOLD = 0.35


@lru_cache(maxsize=16384)
def content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 3)


def retold(a: Incident, b: Incident) -> bool:
    """Two reports that tell their event in the same words (a third of their content words or more)."""
    return shared_words(a.evidence, b.evidence) >= _RETOLD


#: A number of ten or more as a sentence writes it (not part of a longer one), and what makes one a
#: day of a month ("14 January", "Jan. 14") rather than a count.
_BIG_NUMBER = re.compile(r"(?<![\d,.])[1-9]\d{1,2}(?![\d,.]\d|\d)")
_MONTH_WORD = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$", re.I)


def _counts_told(text: str) -> frozenset[str]:
    """The numbers of ten to 999 a sentence writes, days of a month left out."""
    found = set()
    for m in _BIG_NUMBER.finditer(text):
        before, after = text[: m.start()].split()[-1:], text[m.end() :].split()[:1]
        if not any(_MONTH_WORD.match(w.strip(",")) for w in before + after):
            found.add(m.group())
    return frozenset(found)


def retold_with_count(a: Incident, b: Incident) -> bool:
    """The same account (:func:`retold`) giving the same number of ten or more ("strikes on 14
    launchers", "missiles at 14 launchers"): the count the extractor may not have read, told alike."""
    return retold(a, b) and bool(_counts_told(a.evidence) & _counts_told(b.evidence))


def shared_words(a: str, b: str) -> float:
    """A small nudge for reports that tell of the same target in the same words (0..1)."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


#: A name in capitals and the words that follow it, before a toll: "Sweida, where ... 30 were killed".
_NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")
_WHERE = re.compile(r"^,?\s+where\b")


def toll_elsewhere(inc: Incident) -> bool:
    """Whether the report's sentence tells its toll of another place than the event's: "strikes on
    the capital ... in the south, Sweida, where 250 were killed" (the dead of the south's clashes,
    not of the strike). The nearest place named before the number holds it: one that a "where"
    clause opens, or one the gazetteer puts elsewhere."""
    toll = inc.casualties.killed or inc.casualties.injured
    if not toll or not inc.location:
        return False
    number = re.search(rf"(?<![\d,.]){toll:,}(?![\d,])|(?<![\d,.]){toll}(?![\d,])", inc.evidence)
    if not number:
        return False
    head = inc.evidence[dateline_end(inc.evidence) : number.start()]  # "ISLAMABAD —" is where it was filed
    own = where(inc)
    for name in reversed(list(_NAME.finditer(head))):
        tokens = name_tokens(name.group())
        if not tokens:
            continue
        if _tokens_match(tokens, own.tokens):
            return False  # the event's own place is the nearest: the toll is its own
        other = _where(name.group(), None, None, None)
        opens = bool(_WHERE.match(head[name.end() :]))
        if opens or (other.canonical and place_relation(own, other) == "different"):
            return True
    return False
