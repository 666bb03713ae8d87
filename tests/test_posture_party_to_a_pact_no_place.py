"""A country named after a figure only as the other party to a pact or talks ("as part of the truce
arrangements with Syria") is no place of the troops: the last-resort country after the figure skips it.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_the_other_party_to_a_pact_is_no_place(ex):
    text = "The Jordanian army has sent about 2,000 soldiers to the north, officers said, as part of its security arrangements with Syria."
    assert ("Jordan", "Syria", 2000, "about") not in posture_with_qualifiers(ex, text)


def test_a_country_after_the_figure_still_places_it(ex):
    """Control: the country named after the figure, no pact before it."""
    text = "Norway keeps 400 soldiers who advise units in Mali."
    assert ("Norway", "Mali", 400, None) in posture_with_qualifiers(ex, text)
