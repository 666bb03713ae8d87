"""A figure in quotes is still the figure ('fall to "fewer than 800"'); a change's start told after a time to
come ("to 800 in the coming months from some 1,500 now") is the level standing; and an aside of up to six
words between a level and "down from" ("nearly all of them in the north") is skipped to the former level.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_a_quoted_figure_and_the_level_now_after_a_time_to_come(ex):
    text = ('A ministry spokesman said the number of British troops in Estonia would drop to "fewer than 800" '
            "over the next few months from some 1,500 now.")
    got = posture_with_qualifiers(ex, text)
    assert ("United Kingdom", "Estonia", 800, "fewer than (planned)") in got
    assert ("United Kingdom", "Estonia", 1500, "some") in got


def test_a_quoted_figure_counted_by_number(ex):
    text = 'German forces in Lithuania now number "around 1,800", the army said.'
    assert posture_with_qualifiers(ex, text) == [("Germany", "Lithuania", 1800, "around")]


def test_a_former_level_past_a_six_word_aside(ex):
    text = ("About 900 French troops remain in Chad, almost all of them near Abeche, down from roughly "
            "1,600 at the start of the year.")
    got = posture_with_qualifiers(ex, text)
    assert ("France", "Chad", 900, "about") in got
    assert ("France", "Chad", 1600, "roughly (former level)") in got


def test_a_change_told_done_keeps_its_former_level(ex):
    """Control: a bare "from" after a change told done is the former level."""
    text = "The number of Italian troops in Lebanon fell to 1,000 from 1,400 last year, officials said."
    got = posture_with_qualifiers(ex, text)
    assert ("Italy", "Lebanon", 1400, "(former level)") in got
    assert ("Italy", "Lebanon", 1000, None) in got


def test_the_level_now_after_a_year_to_come(ex):
    text = "The number of Dutch troops in Lithuania will rise to 1,200 next year from roughly 300 today, officials said."
    got = posture_with_qualifiers(ex, text)
    assert ("Netherlands", "Lithuania", 1200, "(planned)") in got
    assert ("Netherlands", "Lithuania", 300, "roughly") in got


def test_a_done_change_past_this_year_keeps_its_former_level(ex):
    """Control: a change told done past a time keeps the figure it started from as the former level."""
    text = "The number of Italian troops in Lebanon fell to 1,000 this year from 1,400, officials said."
    got = posture_with_qualifiers(ex, text)
    assert ("Italy", "Lebanon", 1400, "(former level)") in got


def test_the_level_now_after_a_bound_and_a_comma(ex):
    text = 'Norway said its soldiers in Lithuania would number "no more than 300" by the summer, from about 200 now.'
    got = posture_with_qualifiers(ex, text)
    assert ("Norway", "Lithuania", 300, "no more than (planned)") in got
    assert ("Norway", "Lithuania", 200, "about") in got
