"""Troop posture told by construction, in sentences written here: a region named by two of its
sides, a mission's contributors listed with bracketed figures after the mission was named, and
"the number" after a toll (which counts the harmed, not a force)."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str, str, int]]:
    facts = ex.extract("The officials spoke on Monday. " + text, id="x", published=date(2025, 4, 18))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


UK = "United Kingdom"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paris will cut its 2,200 troops in West and Central Africa, the ministry said.",
         [("France", "West and Central Africa", 2200)]),
        ("France keeps 1,800 soldiers in North and West Africa.", [("France", "North and West Africa", 1800)]),
        ("Britain keeps 900 soldiers in Northern and Eastern Europe.", [(UK, "Northern and Eastern Europe", 900)]),
        ("France keeps 1,500 soldiers in Central Africa.", [("France", "Central Africa", 1500)]),
        # near misses: one side, or two sides of a country, stay as they were
        ("France keeps 1,800 soldiers in West Africa.", [("France", "West Africa", 1800)]),
        ("Russia has 2,000 troops in the south and east of Ukraine.", [("Russia", "Ukraine", 2000)]),
        ("Germany keeps 900 soldiers in eastern Europe.", [("Germany", "eastern Europe", 900)]),
        ("Kenya has 400 police officers in West and Central Africa.", []),
    ],
)
def test_a_region_named_by_two_of_its_sides(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AUSSOM is short of money. Contributors include Uganda (4,500), Burundi (3,000) and Ethiopia (2,500).",
         [("Burundi", "Somalia", 3000), ("Ethiopia", "Somalia", 2500), ("Uganda", "Somalia", 4500)]),
        ("The African Union Mission in Somalia is short of money. Contributors include Uganda (4,500) and Kenya (3,000).",
         [("Kenya", "Somalia", 3000), ("Uganda", "Somalia", 4500)]),
        ("UNIFIL renewed its mandate in August. Its largest troop contributors are Indonesia (1,200) and Italy (1,000).",
         [("Indonesia", "Lebanon", 1200), ("Italy", "Lebanon", 1000)]),
        # near misses: donors, refugees and losses listed the same way are no contingents
        ("AUSSOM is short of money, and its troops are tired. Donors include Britain (450), Germany (300) and Japan (250).", []),
        ("AUSSOM is short of money. The states hosting the most refugees include Uganda (4,500), Kenya (3,000) and Ethiopia (2,500).", []),
        ("AUSSOM troops have died in battles. Contributors lost soldiers: Uganda (45), Burundi (30) and Ethiopia (25).", []),
        # no mission named before: no host to place the list in
        ("Funding is short. Contributors include Uganda (4,500), Burundi (3,000) and Ethiopia (2,500).", []),
    ],
)
def test_contributors_listed_after_the_mission_was_named(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("France has sent troops to Mali. Forty French soldiers were wounded in clashes this year, "
         "and the number is set to rise to 600, officials said.", []),
        ("France has sent troops to Mali. Forty French soldiers were wounded in clashes this year; "
         "the number is expected to rise to 600.", []),
        ("France has sent troops to Mali. Some 300 people were detained in Gao, and the number is set to rise to 600.", []),
        # near misses: a level told after the harm is what "the number" counts
        ("France has sent troops to Mali. France has 400 soldiers in Mali, and the number is set to rise to 600.",
         [("France", "Mali", 400), ("France", "Mali", 600)]),
        ("France has sent troops to Mali. Forty French soldiers were wounded in clashes this year, while France "
         "has 400 soldiers in Mali and the number is set to rise to 600.", [("France", "Mali", 400), ("France", "Mali", 600)]),
    ],
)
def test_the_number_after_a_toll_counts_the_harmed(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AUSSOM is short of money. The force's troops come from Uganda, with 4,500 troops, and Kenya, with 3,000.",
         [("Kenya", "Somalia", 3000), ("Uganda", "Somalia", 4500)]),
        ("UNIFIL renewed its mandate. Its troops come from Indonesia, with 1,200 soldiers, Italy, with 1,000, "
         "and India, with 900.", [("India", "Lebanon", 900), ("Indonesia", "Lebanon", 1200), ("Italy", "Lebanon", 1000)]),
        # no mission named: the figure is still the first party's, never the next party's ground
        ("The force's troops come from Uganda, with 4,500 troops, and Kenya, with 3,000.", []),
        # near misses: the wounded listed the same way, and a level with more of it told elsewhere
        ("AUSSOM is short of money. The soldiers came from Uganda, with 40 wounded, and Kenya, with 30 wounded.", []),
        ("Britain has 900 soldiers in Estonia, with 300 more in Poland.",
         [(UK, "Estonia", 900), (UK, "Poland", 300)]),
    ],
)
def test_contributors_each_told_with_its_figure(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US keeps soldiers in Kuwait (13,500), Qatar (10,000) and Bahrain (9,000) during the war with Iran.",
         [("United States", "Bahrain", 9000), ("United States", "Kuwait", 13500), ("United States", "Qatar", 10000)]),
        ("The US has soldiers in Kuwait (13,500) and Bahrain (9,000) amid the war.",
         [("United States", "Bahrain", 9000), ("United States", "Kuwait", 13500)]),
        # near misses: a bracketed figure of something else, and a list told as before
        ("The US has soldiers in Kuwait (13,500) and Bahrain (9,000 attacks) amid the war.",
         [("United States", "Kuwait", 13500)]),
        ("The US keeps soldiers in Kuwait (13,500), Qatar (10,000) and Bahrain (9,000).",
         [("United States", "Bahrain", 9000), ("United States", "Kuwait", 13500), ("United States", "Qatar", 10000)]),
    ],
)
def test_a_bracketed_last_item_closes_on_its_bracket(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party named with a figure of its own in the list is no place of the first figure
        ("Uganda sends 4,500 soldiers, Burundi 2,000 and Kenya 1,400 to the mission in Somalia amid the war.", []),
        ("The biggest shares come from Uganda with 4,500 soldiers, Burundi with 2,000 and Ethiopia with 2,500 "
         "as the war goes on.", []),
        # near miss: a country named after the figure with no figure of its own is still the place
        ("Norway keeps 400 soldiers who train Iraqi units as the war goes on.", [("Norway", "Iraq", 400)]),
    ],
)
def test_a_listed_party_is_no_place(ex, text, expected):
    assert _levels(ex, text) == expected
