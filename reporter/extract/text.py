"""Article text: sentences with their offsets, word tokens, clause breaks and an English test.

Everything here keeps offsets into the original text, so evidence is always a verbatim slice.
"""

from __future__ import annotations

import re
import string
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate, repeat
from operator import attrgetter, itemgetter
from typing import NamedTuple, TypeVar

from reporter.extract.prefilter import guarded
from reporter.extract.records import slot_init
from reporter.wordlists import longest_first, words  # noqa: F401 (read from here by the extractor)

#: Articles longer than this are cut: nothing a news article says lies past it, and the cut
#: keeps a pathological input (a 10 MB log pasted as an article) from costing seconds.
MAX_CHARS = 200_000


_T = TypeVar("_T")


class _Memo(dict[str, object]):
    """word -> answer, worked out on first sight; at ``limit`` words it clears (a process may read
    without end). A known word is one dictionary lookup in C: lru_cache relinks its list on every call."""

    def __init__(self, fn: Callable[[str], object], limit: int) -> None:
        super().__init__()
        self._fn = fn
        self._limit = limit

    def __missing__(self, word: str) -> object:
        if len(self) >= self._limit:
            self.clear()
        found = self[word] = self._fn(word)
        return found


def per_word(fn: Callable[[str], _T], limit: int = 65536) -> Callable[[str], _T]:
    """``fn`` memoised per word, for questions asked of every token of every article."""
    return _Memo(fn, limit).__getitem__  # type: ignore[return-value]


_ABBREV = words(
    "mr mrs ms dr gen lt col sgt capt maj adm rep sen gov st jan feb mar apr jun jul aug sep sept oct nov dec no vs etc approx jr sr inc co corp ltd dept est fig mt ft pres prof rev brig cmdr cpl pvt lieut gov't u.s u.n u.k e.u"
)


def _abbreviation_dot() -> str:
    """A full stop that is part of a word, not the end of a clause: of a capital's initial ("U.S.", "U.N.",
    "Lt. Gen. J. Smith") or of a title or a month cut short ("Gen.", "Sgt.", "Nov."), by case, as they
    are written. For patterns that read a clause up to its end as characters other than "." (one
    lookbehind per length: Python's are of one width)."""
    by_length: dict[int, list[str]] = {}
    for w in sorted(_ABBREV):
        if w.isalpha() and len(w) > 1:
            by_length.setdefault(len(w), []).append(w.capitalize())
    behind = [r"(?<=\b[A-Z])"] + [rf"(?<=\b(?:{'|'.join(ws)}))" for _, ws in sorted(by_length.items())]
    return r"(?-i:(?:" + "|".join(behind) + r")\.)"


#: A full stop inside a clause, of an abbreviation: "[^,;.]" reads "(?:[^,;.]|" + ABBREVIATION_DOT + ")"
#: so that "the pullout of U.S. troops began" is one clause.
ABBREVIATION_DOT = _abbreviation_dot()
#: One word of a short run of words between two cues, "(?:" + GAP_WORD + r"\s+){0,4}", that may be an
#: abbreviation written with its dots ("the U.S. drone strike", "the U.N. compound", "Lt. Col."), where
#: "[\w'’-]+" stops at the first dot and loses the cue.
GAP_WORD = r"(?:[\w'’-]|" + ABBREVIATION_DOT + r")+"
#: A full stop inside a word, ending no clause or sentence: an abbreviation's ("U.S.", "Gen.") or a time's
#: ("6 p.m. on").
WORD_DOT = "(?:" + ABBREVIATION_DOT + r"|(?<=\b[ap])\.(?=m\b)|(?<=\b[ap]\.m)\.)"
#: A character of the same sentence: not a full stop, nor a semicolon, but a word's full stop (WORD_DOT).
IN_SENTENCE = "(?:[^.;]|" + WORD_DOT + ")"
#: The marks that open a list item or a table row: "- ", "• ", "* ", "– ", "▪ ".
LIST_MARK = "[-–—•*·▪‣◦]"
#: ... nor a comma (but a count's thousands comma, "2,000"): a character of the same clause.
_THOUSANDS_COMMA = r"(?<=\d),(?=\d\d\d)"
IN_CLAUSE = "(?:[^,.;]|" + _THOUSANDS_COMMA + "|" + WORD_DOT + ")"
#: ... nor a colon, where a clause is read up to one ("withdrew by 6 p.m. on", "left the U.S. base before").
CLAUSE_CHAR = "(?:[^,.;:]|" + _THOUSANDS_COMMA + "|" + WORD_DOT + ")"


def relative_opener(*extra: str, end: str = r"\s", flags: int = 0) -> re.Pattern[str]:
    """A comma opening a relative clause on a thing, ", which" or ", whose", or on any of ``extra`` too
    (", where", ", who"), the word closed by ``end``: one pattern for every reader that skips such a clause."""
    return re.compile(r",\s+(?:" + "|".join(("which", "whose", *extra)) + ")" + end, flags)

# A sentence ends at . ! ? (optionally closed by reference marks, "fire.[16][17] Officials said", as
# encyclopaedic pages write them, and by a quote or bracket) followed by space and an upper-case
# letter, digit or opening quote; or at a line break.
_BOUNDARY = guarded(re.compile(r"""([.!?]+(?:\[\d{1,3}\])*["'”’)\]]*)(\s+)(?=["'“‘(\[]?[A-Z0-9])|\n+"""))
_WORD = re.compile(r"[^\W_]+(?:['’ʼ][^\W_]+)*")
#: _WORD's matches, kept by split; possessive (++, *+): a word's run is never given back, so the
#: engine keeps no backtracking state per letter (the same words, found with fewer steps).
_WORD_SPLIT = re.compile(r"([^\W_]++(?:['’ʼ][^\W_]++)*+)")
#: The same split where every word character is an ASCII letter or digit: a class of 62 characters is
#: one bitmap test per character, where "[^\W_]" asks Unicode's tables whether each one is a letter
#: or a digit (up to four lookups for each space or mark). Most texts' only non-ASCII characters are
#: quotes and dashes, none of them a word character.
_WORD_SPLIT_ASCII = re.compile(r"([0-9A-Za-z]++(?:['’ʼ][0-9A-Za-z]++)*+)")
#: A word character outside ASCII ("é", "ł", "²"): a text holding one is split by _WORD_SPLIT. The
#: ASCII range is tested first, so an ASCII character is turned away before any Unicode lookup.
_NON_ASCII_WORD = re.compile(r"[^\x00-\x7f\W]")
#: What makes a word's folded form more than its lower case: an apostrophe or a non-ASCII character.
_ODD_CHAR = re.compile(r"[^\x00-\x26\x28-\x7f]")
#: Initials with their dots, "u.s" of "U.S.": compiled once, asked at every full stop.
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
_SENTENCE_STARTERS = words(
    "the a an in on at it he she they we but and meanwhile however this that these those there his her its their earlier later some one two three after before when while as if according"
)


@slot_init
@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


class Token(NamedTuple):
    """A word: offsets, text as written, folded form (see fold) and whether it ended in "'s"."""

    start: int
    end: int
    text: str
    norm: str
    possessive: bool


_END = attrgetter("end")
_TEXT = attrgetter("text")
_FIRST_CHAR = itemgetter(slice(None, 1))


def first_chars(toks: Sequence[Token]) -> list[str]:
    """Each token's first character, read once for the finders that visit words by it (capitals open
    names, digits and capitals dates)."""
    return list(map(_FIRST_CHAR, map(_TEXT, toks)))


def fold(word: str) -> str:
    """A word lower-cased, without accents or apostrophes: "Kata'ib" -> "kataib"."""
    word = word.lower()
    if not word.isascii():
        word = unicodedata.normalize("NFKD", word)
        word = "".join(c for c in word if not unicodedata.combining(c))
        word = word.replace("’", "'").replace("ʼ", "'").replace("‘", "'")
    return word.replace("'", "")


def tokens(text: str, offset: int = 0) -> list[Token]:
    """Word tokens with folded forms; a possessive "'s" is dropped from the form and flagged."""
    # Split at the words (kept): gaps and words alternate, and each word's offsets are running sums of
    # the lengths before it, all worked out in C, with no match object made per word.
    plain = text.isascii() or _NON_ASCII_WORD.search(text) is None
    parts = (_WORD_SPLIT_ASCII if plain else _WORD_SPLIT).split(text)
    bounds = list(accumulate(map(len, parts), initial=offset))
    words = parts[1::2]
    starts = bounds[1:-1:2]
    ends = bounds[2::2]
    # Most words are plain ASCII with no apostrophe: their folded form is their lower case, and they
    # cannot be possessive. All tokens are made so in C (map, zip; tuple.__new__ skips NamedTuple's
    # Python-level constructor: tokens are made by the thousand) ...
    out = list(
        map(tuple.__new__, repeat(Token), zip(starts, ends, words, map(str.lower, words), repeat(False)))
    )
    if text.isascii() and "'" not in text:
        return out
    # ... and only the few words holding an apostrophe or a non-ASCII letter are made again, one by one:
    # found from those characters in the text (a handful), not by testing each of hundreds of words.
    last = -1
    for c in _ODD_CHAR.finditer(text):
        at = c.start() + offset
        i = bisect_right(starts, at) - 1
        if i > last and at < ends[i]:  # (a quote or dash between words is in none)
            _odd_token(out, i, words[i])
            last = i
    return out


def _odd_token(out: list[Token], i: int, word: str) -> None:
    """Token ``i`` again, for a word that holds an apostrophe or a non-ASCII character."""
    start, end = out[i][:2]
    if len(word) > 2 and word[-2] in "'’ʼ" and word[-1] in "sS":
        out[i] = tuple.__new__(Token, (start, end, word, fold(word[:-2]), True))
    else:
        out[i] = tuple.__new__(Token, (start, end, word, fold(word), False))


def sentences(text: str) -> list[Sentence]:
    """Split text into sentences, keeping offsets; abbreviations like "U.S." and "Oct." don't end one."""
    out: list[Sentence] = []
    start = 0
    paragraph = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(1) is not None:
            if m.group(1).startswith(".") and not _ends_sentence(text, m.start(1), m.end()):
                continue
            end = m.end(1)
        else:
            end = m.start()
        _add(out, text, start, end, paragraph)
        if m.group(1) is None or "\n" in m.group(2):
            paragraph += 1
        start = m.end()
    _add(out, text, start, len(text), paragraph)
    return out


def _ends_sentence(text: str, dot: int, next_start: int) -> bool:
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    if not word:
        return True
    following = text[next_start : next_start + 20].split(" ", 1)[0].strip("\"'“‘(").lower()
    if word in _ABBREV or (len(word) == 1 and word.isalpha()) or _INITIALS.fullmatch(word):
        # "U.S. The group said" still ends a sentence when a usual sentence opener follows.
        return word.count(".") >= 1 and following in _SENTENCE_STARTERS
    return True


def _add(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end], paragraph))


_ENGLISH = words(
    "the of and to in a is was for on that with by as at from were are has have it be said an which this after its their his her had been not but or they who will would also than more"
    # the prepositions a one-line brief may hold instead ("jets struck depots near the airport overnight")
    " near over into against amid during before since under between says"
    # ... or only a count in words and the time of day ("drones struck the city overnight, killing two"):
    # English spellings no other language in _FOREIGN writes as a word of its own
    " two three four five seven eight nine overnight"
)


def _any_case(word: str) -> list[str]:
    """Every spelling of an ASCII word whose lower case is it: each letter in either case, and "k" also
    as the Kelvin sign (the one character outside ASCII whose lower case is an ASCII letter alone)."""
    out = [""]
    for c in word:
        forms = {c, c.upper()} | ({"\u212a"} if c == "k" else set())
        out = [w + f for w in out for f in sorted(forms)]
    return out


#: _ENGLISH in every case: a word is looked up as written, with no lower-casing of each word first
#: (``w.lower() in _ENGLISH`` is ``w in _ENGLISH_ANY_CASE``; about a thousand spellings).
_ENGLISH_ANY_CASE = frozenset(f for w in _ENGLISH for f in _any_case(w))


_LETTER = re.compile(r"[^\W\d_]")
_ASCII_LETTERS = string.ascii_letters.encode()
_ASCII_RUN = re.compile(r"[\x00-\x7f]+")


#: Function words of other languages; not "al", which opens Arabic names ("al-Amin", "Khirbet al Adas").
_FOREIGN = words(
    """le la les des et est une du au aux sont dans pour par sur avec qui été el los las del que y por con
    una es su der die das und ist nicht von mit ein eine den dem zu auf os da do em um não uma com il di
    che non per della het een van en ook niet"""
)


def is_english(text: str, toks: Sequence[Token] | None = None) -> bool:
    """True when the text reads as English prose (function words make up a fair share of it).

    ``toks``: the text's tokens, when the caller has them, so the words are not found a second time.
    """
    sample = text[:3000]
    found = _WORD.findall(sample) if toks is None else _sample_words(sample, toks)
    # (a four-word headline, "Two blasts hit X", is read when it holds an English word and no foreign one)
    if len(found) < 4:
        return False
    if not sample.isascii():
        # ASCII letters counted in C on the bytes; only the few non-ASCII characters go through
        # the Unicode letter pattern (on ASCII it matches exactly A-Z and a-z).
        ascii_part = sample.encode("ascii", "ignore")
        latin = len(ascii_part) - len(ascii_part.translate(None, _ASCII_LETTERS))
        letters = latin + len(_LETTER.findall(_ASCII_RUN.sub("", sample)))
        if letters == 0 or latin / letters < 0.8:
            return False
    # Counted by C-level iterators: no Python frame per word, and no lower-cased copy of each word.
    common = sum(map(_ENGLISH_ANY_CASE.__contains__, found))
    # Capitalised, they are parts of names ("Deir El Balah", "La Paz"), not another language's prose.
    foreign = sum(map(_FOREIGN.__contains__, found))
    if foreign > common:
        return False
    # A one-line wire brief has few function words; it still has some, and no foreign ones.
    return common / len(found) >= 0.12 or (len(found) < 40 and common >= 1 and foreign == 0)


def _sample_words(sample: str, toks: Sequence[Token]) -> list[str]:
    """_WORD.findall(sample) read off the whole text's tokens: those within it, and the part of the
    one the cut runs through (a word and its apostrophes, so nothing else can follow it)."""
    n = bisect_right(toks, len(sample), key=_END)
    found = list(map(_TEXT, toks[:n]))
    if n < len(toks) and toks[n].start < len(sample):
        cut = _WORD.match(sample, toks[n].start)
        if cut is not None:
            found.append(cut.group())
    return found


def in_quote(text: str, a: int, pos: int) -> bool:
    """An odd number of straight quote marks, or more opening than closing curly ones, in
    text[a:pos]: ``pos`` lies within a quotation opened since ``a`` (a sentence's start, say)."""
    part = text[a:pos]
    return part.count('"') % 2 == 1 or part.count("“") > part.count("”")


def clean(text: str) -> str:
    """Text made safe to process: no NULs or other control characters, capped in length, with the spaces
    that a lossy page conversion dropped or garbled put back."""
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
    if any(c in text for c in "\x00\x0b\x0c\r"):
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", " ")
        text = text.replace("\x0b", " ").replace("\x0c", " ")
    if "\u00c2" in text or "\u0100" in text:
        text = _MISREAD_SPACE.sub("", text)
    # (a space where it was lost, so sentences, names and dates are read apart)
    text = _GLUED.sub(r"\1 ", text)
    return text


#: A no-break space whose UTF-8 lead byte was read in a one-byte code page ("Â" in Latin-1 or cp1252, "Ā" in
#: cp1257) and glued onto the word before it: "fighting inÂ the city". The stray letter goes, the space stays,
#: so the word before it is the name it was ("Ruritania", not "RuritaniaÂ"). No English word ends in it.
_MISREAD_SPACE = re.compile("(?<=\\S)[\u00c2\u0100](?=[\u00a0 ])")
#: Two sentences glued where a paragraph break was lost ("the talks ended.The army said"): a full stop, a question
#: or exclamation mark after a lower-case word, right before a capitalised word (abbreviations, initials and
#: decimals have no lower-case word before their dot). The mark opens the pattern and the two letters before it
#: are a look-behind: the engine then scans for the mark in C and tries the rest only there, where a pattern
#: opening with the letters was tried at every letter of the article. The same matches: a mark's match never
#: reaches the next one's letters (what follows a mark is a quote or a capital), and a space goes after it.
_GLUED = re.compile(r"([.!?](?<=[a-z]{2}[.!?])[\"”’]?)(?=[\"“‘]?[A-Z][a-z])")


#: A clock time as a live blog writes it over an entry: "08:05", "9.30 GMT", "14h30".
CLOCK_TIME = r"(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC|BST|CES?T|EES?T|E[DS]?T|IST|local(?:\s+time)?))?"
#: A paragraph opening with a clock time: "**08:05** —", "08:05 GMT:", "[14:30]". A bracketed or bold
#: stamp needs no dash after it ("[09:05] A drone ..."); a bare one does. The match ends where the entry's
#: words start.
CLOCK_STAMP = re.compile(
    rf"[ \t]*(?:[*_\[(]+{CLOCK_TIME}[*_\])]+\s*(?:[-–—:|]|\s)|{CLOCK_TIME}\s*(?:[-–—:|]|\n))[ \t]*"
)
#: A live-blog entry's stamp on a line of its own above the entry: "09.02 BST", "Yesterday 22.10 BST",
#: "Fri 13 Jun 2025 22.10", "June 13, 10:05 p.m. ET", "Posted at 09:12 GMT on 11 March".
_STAMP_DAY = r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s+\d{4})?"
STAMP_LINE = re.compile(
    r"[ \t*_\[(]*(?:(?:(?P<yesterday>(?i:yesterday))|(?i:today)|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?)?,?\s*"
    rf"(?:{_STAMP_DAY},?\s+)?(?:at\s+)?{CLOCK_TIME}(?:\s+[A-Z]{{2,4}})?"
    # "Posted at 09:12 GMT on 11 March", "Updated 21.30 BST, Monday 10 March 2025": the clock before its day
    rf"|(?:(?:Posted|Updated|Published|Last\s+updated)\s+)?(?:at\s+)?{CLOCK_TIME}(?:\s+[A-Z]{{2,4}})?,?\s+(?:on\s+)?"
    rf"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?{_STAMP_DAY})[ \t*_\])]*"
)
#: A bare clock time before a capitalised word opening a sentence ("09:12 Russia's defence ministry said"):
#: a live blog's stamp with no dash, read as such only where a sentence's speaker is sought.
BARE_CLOCK = re.compile(rf"[ \t]*{CLOCK_TIME}[ \t]+(?=[A-Z])")
