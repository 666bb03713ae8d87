"""A deal's day told bare by its ordinal ("by the 22nd day") counts from the day a numbered phase began,
told in its sentence or the two before, as it does from a truce's first day; two such days in one sentence
both count from that start, not one from the other. A phase of a fight, or no phase or deal at all: nothing."""

from datetime import date


def _dues(ex, text, published=date(2025, 2, 9)):
    return [(m.what, m.due) for m in ex.extract(text, id="x", published=published).milestones]


def test_phase_begun_in_an_aside_of_the_same_sentence(ex):
    text = (
        "The first phase, which started on March 3 and runs for 30 days, requires the "
        "militia to quit the river port by the 12th day."
    )
    assert [d for _, d in _dues(ex, text, date(2025, 3, 20))] == ["2025-03-14"]


def test_phase_begun_in_the_sentence_before(ex):
    text = "Stage two began on April 7 and will run for a month. Rebel fighters must leave the hill villages by the tenth day."
    assert _dues(ex, text, date(2025, 4, 10)) == [("Rebel fighters must leave the hill villages", "2025-04-16")]


def test_two_deal_days_in_one_sentence_count_from_the_start(ex):
    text = (
        "The first stage of the accord began on January 5. Under it, the brigade is to leave the airport by the "
        "20th day and withdraw from the market district on the ninth day."
    )
    assert sorted(d for _, d in _dues(ex, text)) == ["2025-01-13", "2025-01-24"]


def test_phase_of_an_offensive_gives_nothing(ex):
    # control: a day counted in a fight, no plan's first day
    text = "The first phase of the offensive began on Monday, January 13. Troops will pull back from the ridge by the 10th day."
    assert _dues(ex, text) == []


def test_day_of_a_detention_gives_nothing(ex):
    # control: a day of something else, named after it
    text = "The first phase of talks began on January 19. He was released on the 22nd day of his detention."
    assert _dues(ex, text) == []


def test_phase_not_told_starting_gives_nothing(ex):
    # control: the day given is a fight's start; the phase is only named, not told beginning
    text = "The assault began on January 13. In the first phase, militia fighters will leave the valley by the 10th day."
    assert _dues(ex, text) == []
