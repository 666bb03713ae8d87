"""How the brief's sentences name places and counts, as an analyst would write them.

"most in Iraq (6)", "2 interceptions over Iraq", "a rocket attack at the Conoco gas field": the
preposition follows the kind of place (a site takes "at", a country or region "in") and the kind
of event (an interception happens "over" a place); names that read with an article get "the".
Plain functions of strings and counts, shared by the key points and the e-mail digest.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Protocol

from reporter.brief import textfmt

#: Event types that happen in the air above a place: "intercepted over Erbil".
AIRBORNE = frozenset({"interception"})
#: Last words of names that read with "the": the Red Sea, the Gaza Strip, the United States.
_THE_LAST = frozenset(
    [
        "sea",
        "gulf",
        "ocean",
        "strait",
        "straits",
        "strip",
        "bank",
        "emirates",
        "states",
        "kingdom",
        "islands",
        "region",
        "republic",
        "peninsula",
        "canal",
        "desert",
        "mountains",
        "valley",
        "delta",
        "heights",
    ]
)
#: Whole names that read with "the": the Middle East, the Sahel.
_THE_NAMES = frozenset(
    ["middle east", "near east", "far east", "levant", "sahel", "balkans", "caucasus", "baltics", "arctic"]
)
#: First words of names that read with "the": the Gulf of Aden, the Strait of Hormuz.
_THE_FIRST = frozenset(["gulf", "strait", "bay", "sea", "horn", "republic", "kingdom", "isle"])
#: Lower-case words inside proper names: Arabic articles (al-Tanf, Deir ez-Zor), 'bin', 'de'.
_PARTICLE = re.compile(r"^([a-z]{1,3}-[A-Z]|(bin|ibn|de|van|von|la|le)$)")
#: Descriptions of part of a place, which take "the" only when the place does: "northern Iraq",
#: "the southern Red Sea".
_DIRECTIONS = re.compile(r"^((north|south)(-?(east|west))?|east|west|central|upper|lower)(ern)?$")


class Placed(Protocol):
    type: str
    location: str | None
    country: str | None
    place_precision: str


def the_place(name: str) -> str:
    """A place name as it stands in a sentence: 'Red Sea' -> 'the Red Sea', 'Iraq' -> 'Iraq'.

    A generic noun in lower case ('Conoco gas field', 'southern Red Sea') makes it a description,
    which takes "the" as well.
    """
    text = " ".join(name.split())
    if not text:
        return text
    words = text.split(" ")
    first, last = words[0], words[-1]
    if first.lower() in ("the", "a", "an"):
        return text
    if len(words) > 1 and _DIRECTIONS.match(first):
        rest = the_place(" ".join(words[1:]))
        return f"the {first} {rest[4:]}" if rest.startswith("the ") else f"{first} {rest}"
    lower_start = first[:1].islower() and not _PARTICLE.match(first)
    generic_end = len(words) > 1 and last[:1].islower() and not _PARTICLE.match(last)
    if (
        lower_start
        or generic_end
        or last.lower() in _THE_LAST
        or text.lower() in _THE_NAMES
        or (first.lower() in _THE_FIRST and len(words) > 2 and words[1].lower() == "of")
    ):
        return f"the {text}"
    return text


def preposition(kind: str, precision: str) -> str:
    """'over' for what happens in the air, 'at' for a site, 'in' for a named place or a country."""
    if kind in AIRBORNE:
        return "over"
    return "at" if precision == "site" else "in"


def place_phrase(name: str | None, *, kind: str = "", precision: str = "named place") -> str:
    """'over Iraq', 'at the Conoco gas field', 'in the Jaffa area'; 'at an unknown place' without a name."""
    if not name:
        return "at an unknown place"
    return f"{preposition(kind, precision)} {the_place(name)}"


def incident_place(inc: Placed) -> str:
    """Where one incident happened, as a phrase: the named place, else its country."""
    if inc.location:
        return place_phrase(inc.location, kind=inc.type, precision=inc.place_precision)
    return place_phrase(inc.country, kind=inc.type, precision="country")


def kind_count(n: int, kind: str) -> str:
    """'1 interception', '3 air strikes', '2 other incidents'."""
    label = textfmt.kind(kind)
    return textfmt.plural(n, "other incident" if label == "other" else label)


def join_and(items: Iterable[str]) -> str:
    """['a', 'b', 'c'] -> 'a, b and c'."""
    parts = [p for p in items if p]
    if len(parts) < 2:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} and {parts[-1]}"


def where_most(incidents: Sequence[Placed]) -> str:
    """'most in Iraq (6)', 'all in Syria', or '' when no country stands out."""
    countries = Counter(i.country for i in incidents if i.country)
    if not countries:
        return ""
    ranked = countries.most_common(2)
    country, n = ranked[0]
    if n == len(incidents) and len(incidents) > 1:
        return f"all {place_phrase(country, precision='country')}"
    if n < 2 or (len(ranked) > 1 and ranked[1][1] == n):
        return ""
    return f"most {place_phrase(country, precision='country')} ({n})"


def kinds_breakdown(incidents: Sequence[Placed]) -> str:
    """'6 interceptions (4 over Iraq), 3 crashes and 1 air strike in Iran': per type, most frequent
    first, with the country that holds all of them, or a clear majority of two or more.

    When every incident is in one country, which ``where_most`` says, no type repeats it.
    """
    if where_most(incidents).startswith("all "):
        return join_and(kind_count(n, k) for k, n in _kinds(incidents))
    by_kind: dict[str, list[Placed]] = {}
    for inc in incidents:
        by_kind.setdefault(inc.type, []).append(inc)
    parts = []
    for kind, items in sorted(by_kind.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        phrase = kind_count(len(items), kind)
        countries = Counter(i.country for i in items if i.country).most_common(1)
        if countries:
            country, n = countries[0]
            where = place_phrase(country, kind=kind, precision="country")
            if n == len(items):
                phrase = f"{phrase} {where}"
            elif n >= 2 and n * 2 > len(items):
                phrase = f"{phrase} ({n} {where})"
        parts.append(phrase)
    return join_and(parts)


def change_counts(new: int, escalated: int, unchanged: int) -> str:
    """'2 new incidents, 1 escalated and 3 unchanged'; zeros left out; 'no new or escalated incidents'."""
    if not new and not escalated:
        return "no new or escalated incidents" + (f"; {unchanged} unchanged" if unchanged else "")
    parts = [
        f"{n} {word}" for n, word in ((new, "new"), (escalated, "escalated"), (unchanged, "unchanged")) if n
    ]
    first = parts[0].split(" ", 1)[0]
    parts[0] += " incident" if first == "1" else " incidents"
    return join_and(parts)


def milestone_line(what: str, due: str, status: str, when: str, *, disputed: bool = False) -> str:
    """'Next milestone: X, due Sep 2025 (in 102 days)'; 'Overdue milestone: X, due ..., overdue by ...'.

    ``due`` is the formatted due date, ``when`` the milestone's status text ('in 102 days',
    '3 days ago', 'by 5 days (still reported as pending)').
    """
    differ = "sources differ on the date"
    if status == "due":
        return f"Next milestone: {what}, due {due} ({when}{'; ' + differ if disputed else ''})"
    label = {"passed": "Latest milestone", "overdue": "Overdue milestone"}.get(status, "Milestone")
    return f"{label}: {what}, due {due}, {status} {when}{' (' + differ + ')' if disputed else ''}"


#: What a timeline line's step is called, by kind of step and action ("ceasefire", "end presence"):
#: the noun, and the words that follow the place. None stands for any action.
_STEP_NOUNS: dict[tuple[str, str | None], tuple[str, str]] = {
    ("ceasefire", "start"): ("ceasefire", " takes effect"),
    ("ceasefire", None): ("ceasefire", " ends"),
    ("captives", None): ("release of captives", ""),
    ("mandate", "start"): ("mandate", " begins"),
    ("mandate", None): ("mandate", " ends"),
    ("stay", None): ("presence", " ends"),
    ("presence", "hand over"): ("handover", ""),
    ("presence", "start"): ("deployment", ""),
    ("presence", None): ("withdrawal", ""),
}
#: How a withdrawal's stage reads: "withdrawal from Chad begins", "full withdrawal from Chad". (Not
#: "withdrawal from Chad complete": on the chart, beside a line the table calls due, that read as its status.)
_STAGE_WORDS = {"begin": ("", " begins"), "complete": ("full ", "")}


def commitment_label(
    who: str | None,
    where: str | None,
    *,
    action: str | None,
    step: str | None,
    stage: str | None = None,
    sides: tuple[str, str] | None = None,
    phase: int | None = None,
    site: bool = False,
) -> str | None:
    """A timeline line's label built from what its mentions agree on, when the wording a source gave
    is a fragment ("meaning it would end"): 'US-led coalition: withdrawal from Iraq (federal)',
    'UNISFA: mandate ends', 'Ceasefire in the Gaza Strip takes effect'. None without who or where.

    ``step`` is a kind of step (ceasefire, captives, mandate, stay, presence), ``action`` what it does
    (start, end presence, hand over), ``stage`` begin or complete; ``sides`` the two sides a deal is
    told between, which name it in the place of one party: 'Ceasefire between Israel and Hamas takes effect'.
    ``phase``: the numbered phase the step is of, which the label keeps ('Ceasefire in the Gaza Strip
    (phase 2) takes effect': the second phase starting is not the truce itself taking effect).
    ``site``: ``where`` is the town or base the step is taken at, not the country or region it lies in.
    """
    if sides:
        who = None
    if not (who or where or sides):
        return None
    kind = step or "presence"
    noun, tail = _STEP_NOUNS.get((kind, action)) or _STEP_NOUNS.get((kind, None)) or _STEP_NOUNS[("presence", None)]
    if noun == "withdrawal":
        lead, tail = _STAGE_WORDS.get(stage or "", ("", ""))
        noun = lead + noun
    # A withdrawal is from a place; any other step is in it. (Not in the party's own country named
    # again: "Chad: handover", not "Chad: handover in Chad", where Chad's forces take a base over.)
    # (A town or base is handed over itself: "handover of the K1 base", not "handover in" it.)
    prep = "from" if noun.endswith("withdrawal") else "of" if site and noun == "handover" else "in"
    place = f" {prep} {the_place(where)}" if where and where != who else ""
    between = f" between {sides[0]} and {sides[1]}" if sides else ""
    numbered = f" (phase {phase})" if phase else ""
    phrase = f"{noun}{between}{place}{numbered}{tail}"
    return f"{who}: {phrase}" if who else phrase[:1].upper() + phrase[1:]


def _kinds(incidents: Sequence[Placed]) -> list[tuple[str, int]]:
    counts = Counter(i.type for i in incidents)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


__all__ = [
    "change_counts",
    "commitment_label",
    "incident_place",
    "join_and",
    "kind_count",
    "kinds_breakdown",
    "milestone_line",
    "place_phrase",
    "preposition",
    "the_place",
    "where_most",
]
