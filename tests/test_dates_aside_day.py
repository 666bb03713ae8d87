"""A day told in an aside set off by commas before the event word is the aside's ("besieged since May"):
the event takes the day told after its word; a day told only before it is still read."""

from datetime import date


def _days(ex, text):
    return [(i.type, i.date, i.casualties.killed) for i in ex.extract(text, id="x", published=date(2025, 3, 14)).incidents]


def test_aside_day_yields_to_the_event_day(ex):
    assert _days(ex, "Nyala, besieged by the militia since May, was shelled again on Sunday, killing six people.") == [
        ("shelling", "2025-03-09", 6)
    ]
    assert _days(ex, "El Fasher, which the army has held since 2023, came under shelling again on Tuesday, killing two.") == [
        ("shelling", "2025-03-11", 2)
    ]


def test_day_before_the_event_word_alone_stays(ex):
    assert _days(ex, "On Sunday, gunmen shelled the market in Nyala, killing six people.") == [("shelling", "2025-03-09", 6)]
