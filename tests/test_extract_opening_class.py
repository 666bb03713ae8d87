"""prefilter.opening_class: the look-ahead put before a pattern tried at every position of a reach."""

from __future__ import annotations

import re

from reporter.extract import events
from reporter.extract.prefilter import opening_class


def _passes(cls: str, flags: int) -> set[int]:
    test = re.compile(cls, flags)
    return {c for c in range(0x110000) if test.match(chr(c))}


def test_the_class_lets_through_every_case_the_engine_folds_to_a_first_letter():
    cls = opening_class(r"\b(?:kills?|strikes?|(?:air\s+)?raids?|(?:is\s+)?ready)\b", re.I)
    assert cls.startswith("(?=[")
    folds = {c for c in range(0x110000) for letter in "ksari" if re.match(letter, chr(c), re.I)}
    # the Kelvin sign, the long s, the dotted capital and dotless small i among them
    assert {0x212A, 0x17F, 0x130, 0x131} <= folds
    assert _passes(cls, re.I) >= folds  # compiled with the pattern's own flags
    assert not re.match(cls, "tanks") and not re.match(cls, " ")


def test_no_class_where_a_match_may_open_with_anything_or_nothing():
    assert opening_class(r"[^x]yz") == ""
    assert opening_class(r".yz") == ""
    assert opening_class(r"(?:ab)?c?") == ""


def test_the_reach_of_a_statement_finds_the_harm_it_found_before():
    harm = opening_class(events._FUTURE_HARM, re.I)
    assert harm
    folds = {c for c in range(0x110000) for letter in "abcfimoprsw" if re.match(letter, chr(c), re.I)}
    assert _passes(harm, re.I) >= folds
    for text in (
        "The colonel said on Friday that ſtrikes on the bridge would resume.",
        "A spokesman warned that the army is fully prepared to retaliate.",
        "The minister told reporters the move could carry grave consequences.",
        "The envoy said the group would take revenge for the killing.",
    ):
        assert events.SAID_WOULD.search(text) is not None, text
    assert events.SAID_WOULD.search("The colonel said the talks. Strikes would resume.") is None
