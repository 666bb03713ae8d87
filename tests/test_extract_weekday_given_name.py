"""A weekday used as a person's given name ("said Sunday Okoro, a farmer") names no day: it neither dates
the sentence's event nor makes it another event on that weekday. A weekday told as a day ("on Sunday",
"said Sunday") keeps its reading."""

from __future__ import annotations

from datetime import date

from reporter.extract.dates import find_dates
from tests.conftest import shared_extractor

PUB = date(2026, 3, 12)  # a Thursday


def _weekdays(text):
    return [(text[d.start : d.end], d.span.start.isoformat() if d.span else None) for d in find_dates(text, PUB) if d.kind == "weekday"]


def test_a_given_name_before_an_apposition_is_no_day():
    assert _weekdays("The gunmen fired at fleeing residents, said Sunday Okoro, a village elder.") == []


def test_the_name_does_not_split_the_attack():
    text = (
        "Armed men raided a village in Zamfara state overnight, killing 14 people, officials said on Thursday. "
        "The attackers torched homes and shot residents as they ran, said Friday Musa, a farmer who escaped. "
        "Police confirmed the attack but gave a toll of nine."
    )
    got = shared_extractor().extract(text, id="t", published=PUB).incidents
    assert len(got) == 1


def test_a_weekday_after_said_stays_a_day():
    """Near miss: US wire style, the day the official spoke."""
    assert _weekdays("Officials said Sunday that gunmen killed four people.") == [("Sunday", "2026-03-08")]


def test_a_weekday_after_on_stays_a_day():
    """Near miss: "on" before the weekday, whatever follows it."""
    assert _weekdays("Gunmen struck on Sunday Abuja time, a spokesman said.")[0][1] == "2026-03-08"
