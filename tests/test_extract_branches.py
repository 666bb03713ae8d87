"""Alternatives grouped by first letter (branches.py): the engine finds exactly what plain re finds."""

from __future__ import annotations

import _sre
import importlib
import pkgutil
import random
import re
from re import _parser  # type: ignore[attr-defined]

import reporter.extract
from reporter.extract.branches import grouped
from reporter.extract.patterns import program
from reporter.extract.prefilter import Prefiltered

_TEXTS = [
    "Fighters and forces clashed; the troops said they fired at a tank near the fort on Friday.",
    "SAID the spokesman, Said al-Amin: ſoldiers KıLLED, İSIS said it, may and May 3 and MAY.",
    "On May 14 and 15 two drones fell in fields outside Kharkiv, officials said on 6/23/25.",
    "",
]


def _matches(p: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groups(), m.lastgroup) for m in p.finditer(text)]


def _first_branch(items: list) -> list:
    """The alternatives of the first branch in a parsed pattern."""
    for op, av in items:
        if op is _parser.BRANCH:
            return av[1]
        if op is _parser.SUBPATTERN:
            return _first_branch(av[-1].data)
    return []


def _ours(pattern: str, flags: int) -> re.Pattern[str]:
    return _sre.compile(pattern, *program(pattern, flags))


def test_a_word_list_is_grouped_by_first_letter_and_matches_as_before():
    pattern = r"\b(?:fighters|forces|fort|troops|tanks|said|Said|SAID|sa)\b"
    for flags in (0, re.I):
        parsed = grouped(_parser.parse(pattern, flags), flags)
        assert len(_first_branch(parsed.data)) == (3 if flags else 4)  # f t s, and S when case counts
        for text in _TEXTS:
            assert _matches(_ours(pattern, flags), text) == _matches(re.compile(pattern, flags), text)


def test_local_case_flags_and_alternatives_of_another_kind_keep_their_order():
    for pattern in [r"(?-i:May)|may|\d+|m\w+|(?i:MAY)", r"(?:a|\w|ab)+?\b", r"f(?:or|ire)|(?=fo)\w+|fo"]:
        for flags in (0, re.I):
            for text in _TEXTS:
                assert _matches(_ours(pattern, flags), text) == _matches(re.compile(pattern, flags), text)


def test_alternatives_opening_with_a_boundary_test_it_once_and_match_as_before():
    pattern = r"\bin\s+\d+|(?P<t>\btomorrow)\b|\bat\s+(?P<h>\d+)|(?i:\bMay)|\bfired|fort"
    for flags in (0, re.I):
        parsed = grouped(_parser.parse(pattern, flags), flags)
        # the first three share one \b; the group with a flag of its own, "fired" and "fort" stay apart
        assert [a.data[0][0] for a in _first_branch(parsed.data)][:2] == [_parser.AT, _parser.SUBPATTERN]
        assert len(_first_branch(parsed.data)) == 4
        for text in [*_TEXTS, "at 9 tomorrow in 3 days, at9 intomorrow fired May"]:
            assert _matches(_ours(pattern, flags), text) == _matches(re.compile(pattern, flags), text)


def test_every_extract_pattern_finds_what_plain_re_finds():
    rng = random.Random(3)
    words = " ".join(_TEXTS).split()
    for info in pkgutil.iter_modules(reporter.extract.__path__):
        module = importlib.import_module(f"reporter.extract.{info.name}")
        for value in vars(module).values():
            p = value.pattern if isinstance(value, Prefiltered) else value
            if not isinstance(p, re.Pattern) or not isinstance(p.pattern, str):
                continue
            own = re.findall(r"[A-Za-z]{3,}", p.pattern)
            texts = [
                *_TEXTS,
                *(" ".join(rng.choice(own + words) for _ in range(12)) for _ in range(3) if own),
            ]
            plain = re.compile(p.pattern, p.flags)
            for text in texts:
                assert _matches(p, text) == _matches(plain, text), p.pattern[:60]


def test_a_word_list_opening_an_alternative_joins_the_others_of_its_first_letters():
    # "(?:completed|finished|concluded)..." is cut into a copy per first letter, each then grouped with
    # the alternatives of that letter: c(ompleted|oncluded|ut\w+) and f(inished|ired)
    pattern = r"\b(?:(?:completed|finished|concluded)\s+(?P<w>\w+)|fired|cut\w+)"
    for flags in (0, re.I):
        parsed = grouped(_parser.parse(pattern, flags), flags)
        assert len(_first_branch(parsed.data)) == 2
        for text in [*_TEXTS, "They Completed the pullout, finished it, concluded and fired; cutting Concluded x"]:
            assert _matches(_ours(pattern, flags), text) == _matches(re.compile(pattern, flags), text)


def test_an_alternative_opening_with_look_behinds_joins_the_others_of_its_first_letter():
    # "(?<=been\s)withdrawn" and "(?<!the\s)(?:left|landed)" open with their letters, the look-behinds after
    # them, so each joins the alternatives of its letter: w(...|ar) and l(...|ost)
    pattern = r"\b(?:war|lost)\b|(?<=been\s)withdrawn|(?<!the\s)(?<!a\s)(?:left|landed)\b|warned"
    for flags in (0, re.I):
        parsed = grouped(_parser.parse(pattern, flags), flags)
        assert len(_first_branch(parsed.data)) == 3  # the \b pair, then w and l
        for text in [*_TEXTS, "had been withdrawn, the landed troops LEFT; Been Withdrawn, a left, warned, lost"]:
            assert _matches(_ours(pattern, flags), text) == _matches(re.compile(pattern, flags), text)


def test_a_letters_cases_are_every_character_the_engine_takes_for_it_ignoring_case():
    # the dotted and dotless i, the long s and the Kelvin sign among them, and letters past ASCII
    from reporter.extract.firstchars import cases_of

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for letter in "aAiIsSkKzZ\u0131\u0130\u017f\u212a\u00e9\u00df\u03b2\u03c3\u0432\u1c80\u0434":
        taken = {every[m.start()] for m in re.finditer(re.escape(letter), every, re.I)}
        assert set(map(chr, cases_of(ord(letter)))) == taken, letter
    assert cases_of(ord("7")) is None and cases_of(ord("-")) is None


def test_under_ignorecase_alternatives_open_with_their_letters_cases_and_match_as_before():
    pattern = r"(?:forces|fired|troops|Tanks|d\u00e9p\u00f4t|shelled|kilns|ice|\d+\s+(?:men|women))\b"
    parsed = grouped(_parser.parse(pattern, re.I), re.I)
    heads = [a.data[0] for a in _first_branch(parsed.data)]
    # f, t and d open with a case-sensitive class of their two cases; s, k and i (three or more
    # characters each: the long s, the Kelvin sign, the dotted and dotless i) stay letters
    assert [op for op, _ in heads[:3]] == [_parser.SUBPATTERN] * 3
    assert all(av[2] == re.I and av[3].data[0][0] is _parser.IN for _, av in heads[:3])
    assert [op for op, _ in heads[3:]] == [_parser.LITERAL] * 3 + [_parser.MAX_REPEAT]
    texts = [*_TEXTS, "FORCES fıred, 12 MEN, \u017fhelled \u212ailns, D\u00c9P\u00d4T, \u0130CE, ice, Ice, tanks TANKS"]
    for flags in (re.I, re.I | re.A, 0):
        for text in texts:
            assert _matches(_ours(pattern, flags), text) == _matches(re.compile(pattern, flags), text)
