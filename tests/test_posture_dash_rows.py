"""A sentence of rows after a troop heading, each "party — figure in place" and joined by semicolons
("Troop levels: Italy — about 300 in Niger; Spain — some 600 in Latvia"), gives one level a row.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_dash_rows_after_a_troop_heading(ex):
    text = (
        "Deployments abroad: Italy — about 300 in Niger; Spain — some 600 in Latvia; "
        "Germany — roughly 1,700 in Lithuania."
    )
    assert sorted(posture_with_qualifiers(ex, text)) == [
        ("Germany", "Lithuania", 1700, "roughly"),
        ("Italy", "Niger", 300, "about"),
        ("Spain", "Latvia", 600, "some"),
    ]


def test_dash_rows_with_the_troop_noun(ex):
    text = "Forces on the flank: Canada — 2,000 troops in Latvia; Netherlands — about 250 soldiers in Lithuania."
    got = posture_with_qualifiers(ex, text)
    assert ("Canada", "Latvia", 2000, None) in got
    assert ("Netherlands", "Lithuania", 250, "about") in got


def test_hyphen_rows_and_names_with_the(ex):
    text = "Troop levels: the Netherlands - about 250 in Lithuania; the UK - some 900 in Estonia."
    assert posture_with_qualifiers(ex, text) == [
        ("Netherlands", "Lithuania", 250, "about"),
        ("United Kingdom", "Estonia", 900, "some"),
    ]


def test_place_rows_under_a_heading_naming_the_troops_owner(ex):
    text = "Italian troops abroad, by country: Lebanon — about 1,100; Iraq — some 650; Niger — roughly 300."
    assert posture_with_qualifiers(ex, text) == [
        ("Italy", "Iraq", 650, "some"),
        ("Italy", "Lebanon", 1100, "about"),
        ("Italy", "Niger", 300, "roughly"),
    ]


def test_place_rows_under_a_heading_naming_no_owner_are_none(ex):
    """Control: no owner told, no row read."""
    assert posture_with_qualifiers(ex, "Troop levels: Lebanon — about 1,100; Iraq — some 650.") == []


def test_a_dash_aside_under_a_heading_is_no_row_list(ex):
    """Control: a heading, a dash aside and a semicolon make no rows; the sentence reads as before."""
    text = "Troop levels: France's force in Chad — once 1,500 strong — is now about 1,000; more may leave."
    assert posture_with_qualifiers(ex, text) == [
        ("France", "Chad", 1000, "about"),
        ("France", "Chad", 1500, "(former level)"),
    ]
