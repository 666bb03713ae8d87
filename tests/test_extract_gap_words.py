"""A short run of words between a cue and its event word may hold an abbreviation written with its dots
("the U.S. drone strike", "the U.N. compound"): the cue still reads across it, so an event recalled by an
anniversary or a retelling keeps no day of the remembering."""

from __future__ import annotations

import re
from datetime import date

from reporter.extract import Extractor
from reporter.extract.text import GAP_WORD

PUB = date(2025, 1, 6)


def _dated(ex: Extractor, text: str) -> list[tuple[str, str | None]]:
    return [(i.type, i.date) for i in ex.extract(text, id="x", published=PUB).incidents]


def test_a_gap_word_takes_dotted_abbreviations_but_no_sentence_end():
    """ "U.S.", "U.N.-run", "Lt." are one word each; a full stop after a lower-case word ends the run."""
    word = re.compile(GAP_WORD)
    for w in ("U.S.", "U.N.-run", "Lt.", "Gen.", "al-Tanf", "group's"):
        assert word.fullmatch(w), w
    for w in ("drone.", "camp.", "strike."):
        assert not word.fullmatch(w), w


def test_an_anniversary_of_an_event_named_with_an_abbreviation_takes_no_day_of_the_march(ex):
    """ "Marched on Friday to mark the fifth anniversary of the U.S. drone strike": Friday is the march's; the
    event's own month told after its word dates it, and with none it stays undated."""
    assert _dated(
        ex, "Crowds marched in Basra on Friday to mark the fourth anniversary of the U.S. drone strike near the port in March 2021."
    ) == [("drone_attack", "2021-03-01/2021-03-31")]
    assert _dated(ex, "Crowds marched in Basra on Friday to mark the fourth anniversary of the U.S. drone strike near the port.") == [
        ("drone_attack", None)
    ]


def test_a_retold_event_named_with_an_abbreviation_takes_no_day_of_the_retelling(ex):
    """ "Officials on Sunday recalled the U.S. air strike on a depot": Sunday is the recalling's."""
    assert _dated(ex, "Militia leaders on Sunday recalled the U.S. air strike on their depot in Qaim.") == [("air_strike", None)]


def test_an_abbreviation_in_the_days_news_keeps_its_day(ex):
    """Near miss: a U.S. strike told as the day's news, with no anniversary or retelling before it, keeps its day."""
    assert _dated(ex, "Militia leaders said a U.S. air strike hit their depot in Qaim on Sunday.") == [("air_strike", "2025-01-05")]
    assert _dated(ex, "A U.S. drone strike hit a car near the port of Basra on Friday, a week after the anniversary of the war.") == [
        ("drone_attack", "2025-01-03")
    ]
