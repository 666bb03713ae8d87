"""Month names of the other languages news pages are written in, for the dates pages print about
themselves ("22 de julho de 2025", "22. Juli 2025", "abril 19, 2025", "22 juillet 2025",
"10 июля 2005").

The GUIDE sets a page's publication date wherever its text states it, whatever its language; the
English month names stay in dates.py, which reads the dates of events too. The names come from the
Unicode CLDR through Babel (both the form a date uses, "июля", and the one standing alone, "июль"),
each also without its accents ("fevrier", "marco") and with German umlauts spelled out ("Maerz"),
as pages typed on English keyboards write them.
"""

from __future__ import annotations

import re
import unicodedata

from babel.dates import get_month_names

#: Spanish (and its Andean "setiembre"), Portuguese, French, German (and Austrian "Jänner"), Italian,
#: Russian and Ukrainian.
LOCALES = ("es", "es_PE", "pt", "fr", "de", "de_AT", "it", "ru", "uk")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def _unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _numbers() -> dict[str, int]:
    out: dict[str, int] = {}
    for locale in LOCALES:
        for context in ("format", "stand-alone"):
            for number, name in get_month_names("wide", context=context, locale=locale).items():
                name = name.lower()
                # (a Latin name only: stripping a Cyrillic "й" makes no spelling anyone types)
                bare = _unaccented(name)
                for spelling in (name, bare if bare.isascii() else name, name.translate(_UMLAUTS)):
                    out.setdefault(spelling, number)
    return out


_NUMBERS = _numbers()

#: One of them as a whole word, in any case (a page may print "JULHO").
FOREIGN_MONTH = (
    r"(?i:" + "|".join(sorted((re.escape(m) for m in _NUMBERS), key=len, reverse=True)) + r")(?![^\W\d_])"
)


def foreign_month_number(name: str) -> int | None:
    return _NUMBERS.get(name.lower())
