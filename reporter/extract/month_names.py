"""Month names of the other languages news pages are written in, for the dates pages print about
themselves ("22 de julho de 2025", "22. Juli 2025", "abril 19, 2025", "22 juillet 2025",
"10 июля 2005").

The GUIDE sets a page's publication date wherever its text states it, whatever its language; the
English month names stay in dates.py, which reads the dates of events too.
"""

from __future__ import annotations

import re

_NUMBERS = {
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    # Portuguese
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
    # Italian
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12,
    # Russian and Ukrainian, as a day's month is written ("10 июля 2005", "10 липня 2005")
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7,
    "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
}  # fmt: skip

#: One of them as a whole word, in any case (a page may print "JULHO").
FOREIGN_MONTH = (
    r"(?i:" + "|".join(sorted((re.escape(m) for m in _NUMBERS), key=len, reverse=True)) + r")(?![^\W\d_])"
)


def foreign_month_number(name: str) -> int | None:
    return _NUMBERS.get(name.lower())
