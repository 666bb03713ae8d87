"""The dead of a killing by hand told with its end after them ("hacked three farmers to death") are counted,
as "killed three farmers" is; a stabbing with no "to death" counts no dead."""

from datetime import date


def _killed(ex, text):
    return [i.casualties.killed for i in ex.extract(text, id="x", published=date(2025, 6, 3)).incidents]


def test_hacked_to_death_counts_the_dead(ex):
    assert _killed(ex, "Gunmen hacked four herders to death near Bunia on Tuesday.") == [4]
    assert _killed(ex, "Militants stabbed two policemen to death at a checkpoint in Kirkuk on Monday.") == [2]


def test_stabbing_alone_counts_no_dead(ex):
    assert _killed(ex, "Militants stabbed two policemen at a checkpoint in Kirkuk on Monday.") == [None]
