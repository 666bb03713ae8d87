"""A list's entry that opens with a country's label ("Syria: ...") is placed there when its own words name only
a part of a country ("in the northeast"), as a line under a heading is; and a state's whole forces stay a
strength at home though their parts are told after them ("including 90,000 in the navy")."""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_a_labelled_entry_is_placed_by_its_label(ex):
    """The label, not the country of the entry before, places troops told in "the northeast"."""
    text = (
        "Iraq: Roughly 1,800 American troops are now based in the Kurdistan region, chiefly at Erbil air base. "
        "Syria: The United States had about 1,400 troops in the northeast at the end of last year."
    )
    assert posture_with_qualifiers(ex, text) == [
        ("United States", "Iraq", 1800, "roughly"),
        ("United States", "Syria", 1400, "about (former level)"),
    ]


def test_a_label_of_no_country_places_nothing(ex):
    """A region's label ("Gulf:") lends no country; the entry's own words place it."""
    text = "Gulf: Some 9,000 US troops are in Kuwait, officials said."
    assert posture_with_qualifiers(ex, text) == [("United States", "Kuwait", 9000, "some")]


def test_a_state_s_whole_forces_with_their_parts_are_no_level_abroad(ex):
    """Parts told after a state's whole forces are no place: the strength is at home, not where the text
    before placed another party's troops."""
    text = (
        "Britain keeps about 1,200 service personnel in the Gulf, mostly in Bahrain. "
        "Egypt's armed forces number about 440,000, including 90,000 in the air defence command."
    )
    assert posture_with_qualifiers(ex, text) == [("United Kingdom", "Persian Gulf", 1200, "about")]


def test_a_state_s_forces_placed_abroad_stay_a_level(ex):
    """A figure a place word follows is still placed: "has 3,000 soldiers in Mali"."""
    text = "Chad's army has about 3,000 soldiers in Mali, the ministry said."
    assert posture_with_qualifiers(ex, text) == [("Chad", "Mali", 3000, "about")]
