"""A level a change told ahead brings the troops to ("has agreed to increase the number of its soldiers
in Lithuania to 5,000", "plans to raise ... to") is planned, however long the troops' phrase between
the plan and the figure; the same change told done ("has increased ... to 5,000") stands.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_agreed_to_increase_the_number(ex):
    text = "Germany has agreed to increase the number of its soldiers in Lithuania to 5,000."
    assert posture_with_qualifiers(ex, text) == [("Germany", "Lithuania", 5000, "(planned)")]


def test_decided_to_raise_past_a_long_phrase(ex):
    text = "Germany has decided to raise the number of its soldiers stationed in Lithuania to about 5,000."
    assert posture_with_qualifiers(ex, text) == [("Germany", "Lithuania", 5000, "about (planned)")]


def test_agrees_to_cut(ex):
    text = "Germany agrees to cut the number of its soldiers deployed in Lithuania to 500, the ministry said."
    assert posture_with_qualifiers(ex, text) == [("Germany", "Lithuania", 500, "(planned)")]


def test_decided_last_week_to_raise(ex):
    text = "Romania decided last week to raise its troops in Moldova to 300, the government said."
    assert posture_with_qualifiers(ex, text) == [("Romania", "Moldova", 300, "(planned)")]


def test_increase_told_done_stands(ex):
    """Control: the same change told done is the level now."""
    text = "Germany has increased the number of its soldiers stationed in Lithuania to about 5,000."
    assert posture_with_qualifiers(ex, text) == [("Germany", "Lithuania", 5000, "about")]


def test_cut_told_done_stands(ex):
    """Control: a past cut by a named state leaves the level now."""
    text = "Germany cut the number of its soldiers deployed in Lithuania to 500 last month."
    assert posture_with_qualifiers(ex, text) == [("Germany", "Lithuania", 500, None)]


def test_planned_cut_of_a_figure_unchanged(ex):
    """Control: the level now and the planned one, as before."""
    text = "Italy has about 1,100 troops in Lebanon. Rome plans to cut the figure to 800 next year."
    assert sorted(posture_with_qualifiers(ex, text)) == [("Italy", "Lebanon", 800, "(planned)"), ("Italy", "Lebanon", 1100, "about")]
