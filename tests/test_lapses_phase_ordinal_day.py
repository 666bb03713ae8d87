"""A deal's day told bare by its ordinal ("by the 22nd day", "on the seventh day") counts from the deal's
first day, as "by day 22" does, the deal named in its sentence or the two before (a phase's length may
stand between). No deal near, or a day "of the offensive": nothing."""

from datetime import date


def _dues(ex, text, published=date(2025, 1, 16)):
    return [(m.what, m.due) for m in ex.extract(text, id="x", published=published).milestones]


_TRUCE = (
    "The two sides have agreed to a truce that will take effect on Sunday, January 19. "
    "The first stage of the plan will run for six weeks. "
)


def test_ordinal_day_after_a_phase_counts_from_the_truce(ex):
    text = (
        "The warring parties agreed on a ceasefire that takes effect on Sunday, January 19. The first phase will "
        "last 42 days. The army will withdraw its troops from the river crossing by the 22nd day."
    )
    dues = dict(_dues(ex, text))
    assert dues["The army will withdraw its troops from the river crossing"] == "2025-02-09"
    assert "2025-01-16" not in dues.values()


def test_ordinal_day_in_words(ex):
    text = _TRUCE + "Under the truce, militia fighters are to leave the hill towns by the seventh day."
    assert ("militia fighters are to leave the hill towns", "2025-01-25") in [(w.split(", ")[-1], d) for w, d in _dues(ex, text)]


def test_day_of_an_offensive_gives_nothing(ex):
    # control: a day of a fight, no deal's first day to count from
    text = "The army launched an offensive on Monday, January 13. On the 22nd day of the offensive, troops will take the ridge."
    assert all(d != "2025-01-16" and d != "2025-02-03" for _, d in _dues(ex, text))


def test_bare_ordinal_day_without_deal_gives_nothing(ex):
    # control: no deal in the sentence or the two before
    text = "The army began its offensive on Monday, January 13. Soldiers will leave the valley by the 10th day, a commander said."
    assert _dues(ex, text) == []


def test_truce_until_end_of_month_unchanged(ex):
    # control: a truce's end told as a date stays that date
    text = "The truce between the army and the rebels took effect on Monday, March 3. The truce will last until the end of March."
    assert ("The truce will last", "2025-03-31") in _dues(ex, text, date(2025, 3, 5))
