"""Figures listed each with a people's name ("1,200 Ghanaian troops, 900 Nepalese troops and ...") are each that
people's level: the name after a figure of its own opens no apposition for the next figure, as "The Italian
contingent, about 1,100 soldiers," does.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_figures_listed_with_peoples_names(ex):
    text = "The mission in Lebanon includes 1,200 Ghanaian troops, 900 Nepalese troops and 600 Fijian troops."
    assert posture_with_qualifiers(ex, text) == [
        ("Fiji", "Lebanon", 600, None),
        ("Ghana", "Lebanon", 1200, None),
        ("Nepal", "Lebanon", 900, None),
    ]


def test_an_apposed_size_keeps_its_owner(ex):
    """Control: "The Italian contingent, about 1,100 soldiers," is the contingent's size."""
    text = "The Italian contingent in Lebanon, about 1,100 soldiers, patrols the border."
    assert posture_with_qualifiers(ex, text) == [("Italy", "Lebanon", 1100, "about")]
