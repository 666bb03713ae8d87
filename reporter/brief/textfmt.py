"""How facts read in a brief: dates with their precision, date-time groups, counts, changes.

Plain functions of values, shared by the brief's key points and the template filters, so the
bullet text and the tables spell the same fact the same way.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

#: Explicit bidi embeddings and overrides: untrusted text must not reorder what follows it.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def dtg(value: datetime | str | None) -> str:
    """Military date-time group in UTC, e.g. ``151200Z JUN 25`` (ISO strings from stored briefs too)."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if value is None:
        return "—"
    value = value.astimezone(UTC)
    return value.strftime("%d%H%MZ ") + _MONTHS[value.month - 1].upper() + value.strftime(" %y")


def local_time(value: datetime | None, tz: str = "UTC") -> str:
    """``16 Jun 2025 09:00 +03`` in the brief's display zone."""
    if value is None:
        return "—"
    local = value.astimezone(ZoneInfo(tz))
    offset = local.strftime("%z")
    offset = offset[:3] if offset.endswith("00") else offset[:3] + ":" + offset[3:]
    return f"{local.day} {_MONTHS[local.month - 1]} {local.year} {local:%H:%M} {offset if tz != 'UTC' else 'UTC'}"


def _one_date(value: str) -> str:
    parts = value.split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        return value
    return value


def fact_date(value: str | None) -> str:
    """'2025-06-14/2025-06-15' -> '14–15 Jun 2025'; '2025-09' -> 'Sep 2025'; None -> 'date unknown'."""
    if not value:
        return "date unknown"
    if "/" not in value:
        return _one_date(value)
    start, end = value.split("/", 1)
    a, b = start.split("-"), end.split("-")
    if len(a) == len(b) == 3 and a[:2] == b[:2]:
        return f"{int(a[2])}–{_one_date(end)}"
    if len(a) == len(b) == 3 and a[0] == b[0]:
        return f"{int(a[2])} {_MONTHS[int(a[1]) - 1]} – {_one_date(end)}"
    return f"{_one_date(start)} – {_one_date(end)}"


def precision_note(precision: str) -> str:
    """What a reader should know about a shown date's precision ('' when the date says it all:
    a day, or 'date unknown')."""
    return {"range": "exact day not given", "month": "month only", "year": "year only"}.get(precision, "")


def place_note(precision: str) -> str:
    """What a reader should know about a shown place: a named place without coordinates is not on
    the map; a country-level one is drawn at the country's centre ('' for a site, and for no place,
    which the log already says is not reported)."""
    return {"named place": "not on the map", "country": "country only"}.get(precision, "")


def day(value: date | str | None) -> str:
    """A calendar day, '16 Jun 2025' (datetimes and ISO strings are cut to their date)."""
    if value is None:
        return "—"
    text = value if isinstance(value, str) else value.isoformat()
    return _one_date(text[:10])


def number(value: int | str | None) -> str:
    # Disputed figures arrive as claim values, which are text ('2500').
    if isinstance(value, str):
        return f"{int(value):,}" if value.isdigit() else value
    return "—" if value is None else f"{value:,}"


_NOTE = re.compile(r"\s*(\([^()]*\))")


def troops(qualifier: str | None, count: int | str | None) -> str:
    """A troop figure as a reader says it: the qualifier's words before the number, its bracketed
    notes after it ("approximately (remaining)", 2500 -> "approximately 2,500 (remaining)")."""
    notes = _NOTE.findall(qualifier or "")
    words = " ".join(_NOTE.sub(" ", qualifier or "").split())
    return " ".join(part for part in (words, number(count), *notes) if part)


def signed(value: int | None) -> str:
    if value is None:
        return "—"
    if value == 0:
        return "no change"
    return f"+{value:,}" if value > 0 else f"−{-value:,}"


def kind(value: str) -> str:
    """'rocket_attack' -> 'rocket attack'."""
    return value.replace("_", " ")


def plural(n: int, word: str) -> str:
    if n == 1:
        return f"1 {word}"
    if word.endswith("y") and not word.endswith(("ay", "ey")):
        return f"{n} {word[:-1]}ies"
    return f"{n} {word}es" if word.endswith(("s", "sh", "ch")) else f"{n} {word}s"


#: What a page puts before its first sentence and a reader of the quote does not need: a date stamp
#: ("date 2025-06-14"), a source tag ("(Sample Wire)"), a dateline ("SANAA —", "ERBIL, Kurdistan
#: Region —", "BASRA, June 18 (Sample Wire) -", "QUETTA: "): a town in capitals, then a dash or a colon.
_PAGE_HEAD = re.compile(
    r"^\s*(?:date\s+\d{4}-\d{2}-\d{2}\s+)?"
    r"(?:\([A-Z][^()]{1,40}\)\s*(?:--|[-–—:])?\s*)?"
    r"(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}"  # the town, in capitals
    r"(?:,\s*(?:[A-Z][\w'’-]*\.?\s*){1,3}(?:\d{1,2}\b)?)?"  # ", Kurdistan Region" / ", June 18"
    r"(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2}\b)?"
    # "BAMAKO, Mali — (AP) —", or a colon after the town as some outlets write it ("PESHAWAR: ...")
    r"\s*(?:\([^()]{1,40}\))?\s*(?:--|[-–—]|(?<=[A-Z]{3}):)\s+(?:\([^()]{1,40}\)\s*(?:--|[-–—])\s+)?)?"
)


def dateline_end(text: str) -> int:
    """Where the sentence starts after the page's date stamp, source tag or dateline (0: none)."""
    head = _PAGE_HEAD.match(text)
    return head.end() if head and head.end() < len(text) else 0


def quote(value: str | None, limit: int = 400) -> str:
    """An article's sentence as shown to readers: without the page's date stamp, source tag or
    dateline before it, bounded like :func:`clip`."""
    text = value or ""
    start = dateline_end(text)
    if start:
        text = text[start:]
        text = text[:1].upper() + text[1:]
    return clip(text, limit)


def according_to(values: tuple[str, ...] | list[str], limit: int = 160) -> str:
    """' According to X; Y.' for the names ``values`` (each once; the extractor keeps only phrases
    that are names, actors.attribution), '' when there are none; one full stop even when the last
    name ends in one ('U.S.')."""
    names = list(dict.fromkeys(_the(n) for n in (clip(v, 200) for v in values) if n))
    if not names:
        return ""
    text = clip("; ".join(names), limit)
    return f" According to {text}" + ("" if text.endswith((".", "…")) else ".")


#: Words that already make a lowercase source a noun phrase ("a security official", "two sources").
_DETERMINER = frozenset({
    "a", "an", "the", "one", "two", "three", "four", "five", "six", "several", "some",
    "many", "its", "his", "her", "their", "our", "this", "that", "each", "another",
})  # fmt: skip


def _the(name: str) -> str:
    """A bare singular common noun as a source reads with its article: "army" as "the army", "army
    spokesman (Outlet)" as "the army spokesman (Outlet)"; names ("spokeswoman Ann May"), plurals
    ("officials") and phrases with their own determiner stay."""
    core = name.split(" (", 1)[0].split()
    if not core or any(not w[:1].islower() for w in core) or core[0] in _DETERMINER:
        return name
    last = core[-1].lower()
    return name if last.endswith("s") and not last.endswith("ss") else "the " + name


def actor_lead(kind: str, actors: tuple[str, ...] | list[str], limit: int = 120) -> str:
    """Who leads an incident's line: the doers, or "Unattributed"; an interception's plain actors
    shot it down, so they read "Intercepted by X" (a party marked claimed, blamed or suspected fired
    it and leads as itself)."""
    if kind != "interception":
        return clip(", ".join(actors), limit) or "Unattributed"
    marked = [a for a in actors if STANCE.search(a)]
    plain = [a for a in actors if a not in marked]
    parts = [", ".join(marked)] if marked else []
    if plain:
        parts.append(("intercepted by " if marked else "Intercepted by ") + ", ".join(plain))
    return clip("; ".join(parts), limit) or "Unattributed"


def claims_lead(kind: str, names: list[str]) -> str:
    """What leads an incident's line of doers the sources dispute, none agreed: an interception's
    plain actors shot it down ("Intercepted by X [1] vs Y [2]", as :func:`actor_lead` leads them);
    a party marked claimed, blamed or suspected among them leads as itself, so no label."""
    return "Intercepted by " if kind == "interception" and names and not any(STANCE.search(n) for n in names) else ""


#: A party's stance marked after its name: "Houthis (claimed)", "Iran (blamed)" (read by merge and identity too).
STANCE = re.compile(r"\s+\((?:claimed|blamed|suspected)\)$")


def clip(value: str | None, limit: int = 400) -> str:
    """Bound untrusted text: one line, at most ``limit`` characters."""
    text = " ".join(_BIDI_CONTROLS.sub("", value or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
