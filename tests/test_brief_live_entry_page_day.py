"""In one article, an attack told by its day and what was shot down of it at the same named place in
an entry that names no day (a live blog's later entry, dated by its page) are one event: the page's
day is no second day. An entry that downs another weapon there stays an event of its own."""

from __future__ import annotations

from datetime import date

from reporter.brief.merge import Report, group_incidents
from tests.conftest import shared_extractor

#: A Friday: the attack below was on the Thursday evening.
_DAY = date(2031, 10, 17)


def _rows(text: str) -> list[list[str]]:
    reports = [Report(source=1, published=_DAY, fact=inc) for inc in shared_extractor().extract(text, id="a1", published=_DAY).incidents]
    return sorted(sorted(r.fact.type for r in g) for g in group_incidents(reports))


_ENTRY = (
    "Live: security updates\n\n"
    "19:10 GMT - Four rockets landed near Ain al-Asad air base on Thursday evening, local police said. "
    "Nobody was hurt.\n\n"
)


def test_a_later_entry_on_the_same_rockets_shot_down_joins_their_row():
    text = _ENTRY + "20:25 GMT - A US official said air defences at Ain al-Asad air base intercepted one rocket."
    assert _rows(text) == [["interception", "rocket_attack"]]


def test_a_later_entry_downing_a_drone_there_stays_apart():
    """Near miss: a drone shot down over the base is no facet of the rockets; dated by the page, a day on."""
    text = _ENTRY + "20:25 GMT - A US official said air defences at Ain al-Asad air base shot down a drone."
    assert _rows(text) == [["interception"], ["rocket_attack"]]


def test_one_sentence_naming_one_day_is_one_event_though_its_second_clause_got_the_page_day():
    text = (
        "Live: security updates\n\n"
        "09:40 GMT - Three drones targeted Ain al-Asad air base on Thursday night; two were shot down, officials said."
    )
    assert _rows(text) == [["drone_attack", "interception"]]


def test_one_sentence_naming_two_days_keeps_its_two_events():
    """Near miss: a sentence that tells a second day of its own tells a second event."""
    text = (
        "Live: security updates\n\n"
        "09:40 GMT - Three rockets targeted Ain al-Asad air base on Thursday night, and on Friday air defences "
        "there shot down a drone, officials said."
    )
    assert len(_rows(text)) == 2
