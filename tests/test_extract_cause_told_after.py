"""The same blow told again in its own sentence by what set it off ("shelling killed 12 in X, officials said,
after the neighbour's guns opened fire on villages on our side"): one type, at the event's town or only in its
country, no toll of its own, is that event with its doer told, not a second row. A blow of the other side at
another town, after which the first came, stays its own event."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

EX = Extractor()


def _incidents(text):
    return [(i.type, i.location, i.actors, i.casualties.killed) for i in EX.extract(text, id="t", published=date(2026, 5, 8)).incidents]


def test_the_cause_told_after_names_the_doer_of_the_one_blow():
    text = (
        "Heavy shelling along the frontier killed seven villagers in Uri, officials said, after Pakistani guns "
        "opened fire on hamlets on the Indian side."
    )
    assert _incidents(text) == [("shelling", "Uri", ("Pakistan",), 7)]


def test_the_other_sides_blow_at_another_town_stays_apart():
    """Near miss: the blow it came after hit another town, in another country."""
    text = "Israeli shelling killed three people in Khiam on Monday, officials said, after Hezbollah fighters shelled the town of Metula."
    assert [loc for _, loc, _, _ in _incidents(text)] == ["Khiam", "Metula"]
