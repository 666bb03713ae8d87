"""A change of size acting on a whole force ("will cut its 900 troops in Estonia to 600") leaves the
whole the level now, whatever is planned for it: only the figure the change ends at is planned. The
same change told done ("cut its 900 troops ... to 600 last year") makes the whole a former level.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_the_whole_a_planned_cut_acts_on_stands_now(ex):
    text = "Britain will cut its 900 troops in Estonia to 600 next year, the defence secretary said."
    assert posture_with_qualifiers(ex, text) == [
        ("United Kingdom", "Estonia", 600, "(planned)"),
        ("United Kingdom", "Estonia", 900, None),
    ]


def test_a_rise_of_the_whole_and_its_grouped_figure(ex):
    """"double" here is the verb of change, not a comparison ("twice the 900 troops"), and the target
    after a grouped figure ("1,800 soldiers ... to about 3,600") is read too."""
    text = "Germany will double its roughly 1,800 soldiers in Lithuania to about 3,600 by 2027."
    assert posture_with_qualifiers(ex, text) == [
        ("Germany", "Lithuania", 1800, "roughly"),
        ("Germany", "Lithuania", 3600, "about (planned)"),
    ]


def test_the_cut_told_done_leaves_the_whole_a_former_level(ex):
    text = "Britain cut its 900 troops in Estonia to 600 last year, the defence secretary said."
    assert posture_with_qualifiers(ex, text) == [
        ("United Kingdom", "Estonia", 600, None),
        ("United Kingdom", "Estonia", 900, "(former level)"),
    ]


def test_control_troops_sent_are_still_planned(ex):
    """Near miss: no change acts on a whole; the troops to be sent are the plan."""
    text = "Britain will send 900 troops to Estonia next year, the defence secretary said."
    assert posture_with_qualifiers(ex, text) == [("United Kingdom", "Estonia", 900, "(planned)")]


def test_control_a_cut_by_its_size_is_no_level(ex):
    """Near miss: "cut 300 troops" names the cut's size, not a whole (no determiner)."""
    text = "Britain will cut 300 troops from its force in Estonia next year."
    assert [p for p in posture_with_qualifiers(ex, text) if p[2] == 300] == []


def test_control_twice_the_figure_is_a_comparison(ex):
    """Near miss: "twice the 900 troops" compares, so 900 tells no level."""
    text = "The US has about 2,000 troops in Syria, twice the 900 troops it had there a year ago."
    assert posture_with_qualifiers(ex, text) == [("United States", "Syria", 2000, "about")]
