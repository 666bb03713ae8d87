"""An event a sentence sets by someone's age at the time ('She was 17 when', 'at the age of 15') with no day
of its own is a time of a life, years before the report: it takes no day of the report; one told with a day
of its own, or beside an age that tells no time, keeps its day."""

from datetime import date


def _dated(ex, text: str) -> list[tuple[str | None, str]]:
    facts = ex.extract("MOSUL, Feb 20 (Wire) - " + text, id="x", published=date(2026, 2, 20))
    return [(i.date, i.type) for i in facts.incidents]


def test_age_then_takes_no_report_day(ex):
    text = "She was 17 when she first fired a mortar at the army base in Tal Afar."
    read = _dated(ex, text)
    assert read and all(d is None for d, _ in read)


def test_age_with_a_day_of_its_own_keeps_it(ex):
    text = "A boy was 14 when a rocket hit his school in Tal Afar on Tuesday."
    assert _dated(ex, text) == [("2026-02-17", "rocket_attack")]


def test_age_telling_no_time_keeps_the_day(ex):
    text = "A rocket hit a school in Tal Afar on Tuesday, where pupils aged 14 were studying."
    assert _dated(ex, text) == [("2026-02-17", "rocket_attack")]
