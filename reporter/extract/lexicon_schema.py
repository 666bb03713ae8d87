"""What a lexicon file may hold: its sections, each entry's fields and the values they take.

Checked whenever a file is read (the bundled data only when its compiled cache is built), so a
user's slip is an error naming the key and what was expected instead of reaching the facts: a
``lat: abc`` was written into incidents as the text "abc", an ``alias:`` was silently ignored.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

PLACE_KINDS = ("base", "site", "district", "village", "city", "region", "water", "area")
ACTOR_KINDS = ("armed_group", "coalition", "force", "institution", "person")
WEAPON_CLASSES = ("drone", "missile", "rocket", "shell", "bomb", "aircraft", "projectile")

#: A field's check: None when the value is fine, else what was expected.
Check = Callable[[Any], str | None]
Key = tuple[str | int, ...]


def _name(value: Any) -> str | None:
    return None if isinstance(value, str) and value.strip() else "expected a name (text)"


def _country(value: Any) -> str | None:
    return None if value is None or isinstance(value, str) else "expected a country's name (text) or null"


def _names(value: Any) -> str | None:
    if value is None or (isinstance(value, list) and all(isinstance(v, str) for v in value)):
        return None
    return "expected a list of names, e.g. [First name, Second name]"


def _provinces(value: Any) -> str | None:
    def code(v: Any) -> bool:
        return isinstance(v, str) and bool(v) and len(v) <= 3 and v.isalnum()

    if value is None or (isinstance(value, dict) and all(isinstance(k, str) and code(v) for k, v in value.items())):
        return None
    return "expected the provinces a region is made of with their GeoNames codes, e.g. {South: '06'}"


def _flag(value: Any) -> str | None:
    return None if value is None or isinstance(value, bool) else "expected true or false"


def _degrees(limit: int) -> Check:
    def check(value: Any) -> str | None:
        number = isinstance(value, int | float) and not isinstance(value, bool)
        if value is None or (number and -limit <= value <= limit):
            return None
        return f"{value!r} is not a number of degrees from -{limit} to {limit}"

    return check


def _years(value: Any) -> str | None:
    def year(v: Any) -> bool:
        return v is None or (isinstance(v, int) and not isinstance(v, bool) and 1900 <= v <= 2200)

    if value is None or (isinstance(value, list) and 1 <= len(value) <= 2 and all(map(year, value))):
        return None
    return "expected the years served, [first, last] (last null while it serves), e.g. [2022, 2024]"


def _one_of(choices: tuple[str, ...]) -> Check:
    def check(value: Any) -> str | None:
        return (
            None if value is None or value in choices else f"{value!r} is not one of " + " | ".join(choices)
        )

    return check


FIELDS: dict[str, dict[str, Check]] = {
    "countries": {
        "name": _name,
        "aliases": _names,
        "demonyms": _names,
        "capitals": _names,
        "territories": _names,
        "flies_its_strikes": _flag,
        "lat": _degrees(90),
        "lon": _degrees(180),
    },
    "places": {
        "name": _name,
        "kind": _one_of(PLACE_KINDS),
        "country": _country,
        "aliases": _names,
        "lat": _degrees(90),
        "lon": _degrees(180),
        "locative_only": _flag,
        "provinces": _provinces,
        "towns": _names,
    },
    "actors": {
        "name": _name,
        "kind": _one_of(ACTOR_KINDS),
        "country": _country,
        "state": _country,
        "aliases": _names,
        "years": _years,
        "leads": _name,
    },
    "weapons": {"name": _name, "class": _one_of(WEAPON_CLASSES), "aliases": _names},
}
SECTIONS = tuple(FIELDS)


def problems(data: Any) -> list[tuple[Key, str]]:
    """Each mistake in a parsed lexicon file: (key path, what was expected there)."""
    if not isinstance(data, dict):
        return [((), "a lexicon is a mapping of sections: " + ", ".join(SECTIONS))]
    found: list[tuple[Key, str]] = []
    for section, items in data.items():
        fields = FIELDS.get(section)
        if fields is None:
            found.append(((str(section),), "unknown section; expected one of " + ", ".join(SECTIONS)))
        elif not isinstance(items, list):
            found.append(((section,), "expected a list of entries, each a mapping with a name"))
        else:
            for i, item in enumerate(items):
                found += _entry_problems((section, i), item, fields)
    return found


def _entry_problems(at: Key, item: Any, fields: dict[str, Check]) -> list[tuple[Key, str]]:
    if not isinstance(item, dict):
        return [(at, "expected an entry: a mapping with a name, e.g. {name: ..., aliases: [...]}")]
    found = [((*at, "name"), "required key is missing")] if "name" not in item else []
    for key, value in item.items():
        check = fields.get(key)
        why = "unknown key; expected " + ", ".join(fields) if check is None else check(value)
        if why:
            found.append(((*at, str(key)), why))
    return found
