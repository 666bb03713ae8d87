"""A stretch counted from an event's start ("within two days of the truce taking effect"), told after a
sentence that gives the truce's first and last days, counts from its first day, not its last."""

from datetime import date

DAY = date(2025, 5, 2)
TRUCE = "The truce will enter into force on 5 May and will continue until 20 May. "


def _due_of(ex, text: str, word: str) -> list[str]:
    return [m.due for m in ex.extract(text, id="t", published=DAY).milestones if word in m.what]


def test_stretch_after_the_start_of_the_truce(ex):
    text = TRUCE + "Armed units will withdraw from the hospitals no later than 48 hours after the start of the truce."
    assert _due_of(ex, text, "hospitals") == ["2025-05-07"]


def test_stretch_of_the_truce_taking_effect(ex):
    text = TRUCE + "Armed units will withdraw from the hospitals within two days of the truce taking effect."
    assert _due_of(ex, text, "hospitals") == ["2025-05-07"]


def test_stretch_of_its_end_counts_from_the_last_day(ex):
    # near miss: the end named, the last day told is its day
    text = TRUCE + "Armed units will withdraw from the hospitals within two days of its end."
    assert _due_of(ex, text, "hospitals") == ["2025-05-22"]
