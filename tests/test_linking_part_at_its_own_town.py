"""A part of an operation told by a reference ("One of the strikes hit X, while a second targeted Y"), at a town
of its own finer than the operation's area, is an event of its own (GUIDE: one record per real event; each
town struck is a place of its own), by the operation's doer; a part told at the operation's own town is the
operation told again."""

from datetime import date

DAY = date(2025, 6, 10)


def test_parts_at_their_own_towns_stand_apart(ex):
    text = (
        "The Israeli military said on Tuesday that its aircraft struck Hezbollah targets in southern Lebanon "
        "overnight. One of the strikes hit a warehouse near Bint Jbeil, the military said, while a second "
        "targeted a rocket launcher near Marjayoun."
    )
    incs = {i.location: i for i in ex.extract(text, id="t", published=DAY).incidents}
    assert {"Bint Jbeil", "Marjayoun"} <= set(incs)
    assert list(incs["Marjayoun"].actors) == ["Israel"]


def test_control_a_part_at_the_operations_own_town_is_told_again(ex):
    text = (
        "The Israeli military said on Tuesday that its aircraft struck Hezbollah targets in Bint Jbeil "
        "overnight. One of the strikes hit a warehouse in Bint Jbeil, the military said."
    )
    incs = ex.extract(text, id="t", published=DAY).incidents
    assert [i.location for i in incs] == ["Bint Jbeil"]
