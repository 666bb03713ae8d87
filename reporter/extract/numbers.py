"""Numbers as news writes them: "2,500", "two thousand", "a dozen", "dozens", with qualifiers.

Vague amounts follow ACLED's conservative rule for casualties (dozens = 12, hundreds = 100);
counts of weapons or troops take only definite numbers.
"""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "both": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "a dozen": 12,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
VAGUE = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "tens of thousands": 10000}
#: A vague count of things ("dozens of drones", "several strikes"): no number, many.
VAGUE_COUNT = re.compile(r"\b(?:dozens|hundreds|scores|thousands|numerous|several|multiple)\b", re.I)

#: The words of a number under a hundred, each once: the table every "is there a number here?"
#: test and the parser share, so a sentence filter cannot pass over a count the parser reads.
WORD_UNITS = tuple(w for w in _UNITS if w not in ("zero", "no", "a", "an", "single", "both", "dozen", "a dozen"))
_WORDNUM = "(?:" + "|".join(sorted((w for w in WORD_UNITS if w != "zero"), key=len, reverse=True)) + "|zero)"
#: Every word a definite number as NUMBER writes it can hold or open with: the units, the scales,
#: "dozen" (of "a dozen").
NUMBER_WORDS = frozenset(WORD_UNITS) | frozenset(_SCALES) | {"dozen"}
#: A test for "this text may state a number": a digit or a number word (NUMBER_WORDS), as a pattern.
NUMBER_HINT = r"\d|\b(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b"
#: A definite number: digits ("2,500", "1.5 million") or words ("two thousand", "twenty-five").
NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:(?:\s+|-)(?:hundred|thousand|million)\b)?"
    rf"|{_WORDNUM}(?:[- ]{_WORDNUM})?(?:\s+(?:hundred|thousand)(?:\s+(?:and\s+)?{_WORDNUM})?)*"
    r"|a\s+(?:dozen|hundred|thousand)"
)
#: Words that qualify a count as written ("approximately 2,500"): one list for the pattern and for
#: the words a qualified count can open with (posture._ANCHORS).
QUALIFIERS = (
    "approximately", "about", "around", "roughly", "some", "nearly", "almost", "more than", "over", "up to",
    "at least", "at most", "fewer than", "less than", "an estimated", "as many as", "close to", "upwards of",
    "just over", "just under", "under", "estimated", "a minimum of", "a maximum of", "no more than",
    "no fewer than", "no less than", "not less than", "well over",
)  # fmt: skip
QUALIFIER = "(?:" + "|".join(QUALIFIERS) + ")"
#: A count's negation right before it: "no soldiers were hurt", "No more than 200 troops" (at most 200).
NEGATED_BEFORE = re.compile(r"\b(?:no|not)\s+$", re.I)
NUMBER_RE = re.compile(NUMBER, re.I)


def parse_number(text: str) -> int | None:
    """The integer a definite number phrase stands for, or None: "2,500" -> 2500, "two thousand" -> 2000."""
    s = (text or "").strip().lower().replace("-", " ")
    if not s:
        return None
    if s[0].isdigit():
        parts = s.split()
        try:
            value = float(parts[0].replace(",", ""))
        except ValueError:
            return None
        if len(parts) > 1 and parts[1] in _SCALES:
            value *= _SCALES[parts[1]]
        return int(value)
    if s in _UNITS:
        return _UNITS[s]
    if s in VAGUE:
        return None
    total = current = 0
    seen = False
    for word in s.split():
        if word == "and":
            continue
        if word in ("a", "an") and not seen:
            current = 1
            seen = True
        elif word in _UNITS:
            current += _UNITS[word]
            seen = True
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total += current
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def parse_amount(text: str) -> int | None:
    """Like parse_number, but vague plurals count by ACLED's rule: "dozens" -> 12, "hundreds" -> 100."""
    s = text.strip().lower()
    for word, value in VAGUE.items():
        if s == word or s.startswith(word + " of"):
            return value
    return parse_number(s)


#: Ordinal words, built from the cardinals' table: "first" to "nineteenth", the tens ("fortieth"), and a ten
#: joined to a unit ("forty-second", "ninety ninth"), up to "hundredth".
_ORDINAL_UNITS = {
    w: n
    for n, w in enumerate(
        (
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        ),
        1,
    )
}  # fmt: skip
_TENS = {w: n for w, n in _UNITS.items() if n in range(20, 100, 10)}
_ORDINAL_TENS = {w[:-1] + "ieth": n for w, n in _TENS.items()} | {"hundredth": 100}
ORDINAL_WORD = (
    "(?:(?:" + "|".join(_TENS) + ")[- ](?:" + "|".join(w for w, n in _ORDINAL_UNITS.items() if n < 10) + ")"
    "|" + "|".join(sorted([*_ORDINAL_TENS, *_ORDINAL_UNITS], key=len, reverse=True)) + ")"
)


def parse_ordinal(text: str) -> int | None:
    """The number an ordinal word stands for: "seventh" -> 7, "forty-second" -> 42; None for any other text."""
    s = text.strip().lower().replace("-", " ")
    if s in _ORDINAL_UNITS:
        return _ORDINAL_UNITS[s]
    if s in _ORDINAL_TENS:
        return _ORDINAL_TENS[s]
    ten, _, unit = s.partition(" ")
    return _TENS[ten] + _ORDINAL_UNITS[unit] if ten in _TENS and _ORDINAL_UNITS.get(unit, 10) < 10 else None
