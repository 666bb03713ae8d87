"""A toll told as risen after a long subject naming the event ("The death toll from the strike on the house in
X has risen to eight") is the later count of that event's dead, as a short subject's already was ("the toll
later rose to 21"); a figure far past the first counts something else."""

from datetime import date

DAY = date(2025, 3, 13)  # a Thursday


def _killed(ex, text):
    return [i.casualties.killed for i in ex.extract(text, id="t", published=DAY).incidents]


def test_long_subject_risen_toll_is_the_later_count(ex):
    text = (
        "An Israeli air strike hit a house in Khan Younis early on Thursday, killing five people, civil defence said.\n\n"
        "The death toll from the strike on the house in Khan Younis has risen to eight, medics said."
    )
    assert _killed(ex, text) == [8]


def test_short_subject_still_read(ex):
    text = (
        "A drone strike hit a crowded market in Omdurman on Tuesday, killing 12 people, the health ministry said. "
        "The death toll from the attack later rose to 21, medics said on Wednesday."
    )
    assert _killed(ex, text) == [21]


def test_war_total_is_no_risen_toll(ex):
    """Near miss: a running total of the war is no later count of the strike's dead."""
    text = (
        "An Israeli air strike hit a house in Khan Younis early on Thursday, killing five people, civil defence said. "
        "The death toll from the war in the Gaza Strip has risen to 48,500, the health ministry said."
    )
    assert _killed(ex, text) == [5]
