"""The incident types: one table read by extraction, merging, charts and export.

Each type has a family (types outlets use for the same event: a "drone strike" one outlet calls an
"air strike"; a rocket one calls a missile; a fall one calls an incident), its ACLED event and
sub-event type for the CSV export, and its chart colour (colour-blind safe Okabe-Ito palette).
Ground floor: imports nothing of the project.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple


class IncidentType(StrEnum):
    INTERCEPTION = "interception"
    AIR_STRIKE = "air_strike"
    DRONE_ATTACK = "drone_attack"
    MISSILE_ATTACK = "missile_attack"
    ROCKET_ATTACK = "rocket_attack"
    SHELLING = "shelling"
    EXPLOSION = "explosion"
    ARMED_CLASH = "armed_clash"
    CRASH = "crash"
    THREAT_STATEMENT = "threat_statement"
    OTHER = "other"


class TypeInfo(NamedTuple):
    #: types of one family describe the same kind of event in different words
    family: str
    #: ACLED's (event_type, sub_event_type)
    acled: tuple[str, str]
    colour: str


_REMOTE = "Explosions/Remote violence"
_STRATEGIC = ("Strategic developments", "Other")
T = IncidentType
TYPES: dict[IncidentType, TypeInfo] = {
    T.INTERCEPTION: TypeInfo("interception", _STRATEGIC, "#0072B2"),
    T.AIR_STRIKE: TypeInfo("air", (_REMOTE, "Air/drone strike"), "#D55E00"),
    T.DRONE_ATTACK: TypeInfo("air", (_REMOTE, "Air/drone strike"), "#E69F00"),
    T.MISSILE_ATTACK: TypeInfo("fire", (_REMOTE, "Shelling/artillery/missile attack"), "#CC79A7"),
    T.ROCKET_ATTACK: TypeInfo("fire", (_REMOTE, "Shelling/artillery/missile attack"), "#882255"),
    T.SHELLING: TypeInfo("fire", (_REMOTE, "Shelling/artillery/missile attack"), "#009E73"),
    T.EXPLOSION: TypeInfo("explosion", (_REMOTE, "Remote explosive/landmine/IED"), "#F0E442"),
    T.ARMED_CLASH: TypeInfo("clash", ("Battles", "Armed clash"), "#56B4E9"),
    T.CRASH: TypeInfo("fall", _STRATEGIC, "#999999"),
    T.THREAT_STATEMENT: TypeInfo("threat", _STRATEGIC, "#444444"),
    T.OTHER: TypeInfo("fall", _STRATEGIC, "#BBBBBB"),
}
del T
#: The type names, in table order (the contract's enum).
NAMES: tuple[str, ...] = tuple(t.value for t in IncidentType)
#: Types that name the means of an attack (the air and fire families); the others (explosion, clash, crash,
#: other) tell only that something happened.
MEANS: frozenset[str] = frozenset(t.value for t, info in TYPES.items() if info.family in ("air", "fire"))


def family(kind: str) -> str:
    """The family of a type name; an unknown name is a family of its own."""
    info = TYPES.get(kind)  # type: ignore[call-overload]
    return info.family if info else kind


def compatible(a: str, b: str) -> bool:
    """Two type names that may describe the same event."""
    return a == b or family(a) == family(b)
