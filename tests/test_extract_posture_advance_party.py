"""Posture: the first body of a deployment told by a compound ("an advance party of about 80", "an
advance team of 60") is sized by the figure after it, as "a contingent of 60" is; the words "party"
or "team" alone, and an advance of distance, size no troops."""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers

_LEAD = "Kenya is deploying soldiers to Haiti under a new security mission, its cabinet said. "


def test_advance_party_of_a_figure_is_the_senders_level(ex) -> None:
    text = _LEAD + "An advance party of about 80 reached the capital by air on Sunday."
    assert posture_with_qualifiers(ex, text) == [("Kenya", "Haiti", 80, "about")]


def test_advance_team_of_a_figure_is_the_senders_level(ex) -> None:
    text = _LEAD + "An advance team of 60 arrived at the airport on Sunday."
    assert posture_with_qualifiers(ex, text) == [("Kenya", "Haiti", 60, None)]


def test_contingent_of_a_figure_keeps_its_reading(ex) -> None:
    text = _LEAD + "A contingent of about 80 reached the capital by air on Sunday."
    assert posture_with_qualifiers(ex, text) == [("Kenya", "Haiti", 80, "about")]


def test_a_party_alone_or_an_advance_of_distance_sizes_no_troops(ex) -> None:
    text = _LEAD + "A party of about 80 guests met at the hotel. The column made an advance of about 80 kilometres."
    assert posture_with_qualifiers(ex, text) == []
