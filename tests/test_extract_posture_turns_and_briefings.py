"""Troop posture in sentences written here: former levels told after the figure (by the level a change
started from, or by a turn that ended the presence), a comma opening another party's clause, headings and
armed groups, units based where the gazetteer does not reach, and first-person answers in briefings."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor
from tests.conftest import posture_with_qualifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the level a change started from, told with when it was held
        (
            "Belgium now has about 300 soldiers in Benin, down from 900 a decade ago.",
            [("Belgium", "Benin", 300, "about"), ("Belgium", "Benin", 900, "(former level)")],
        ),
        (
            "Italy's force in Lebanon numbered 1,100 troops, down from 2,500 under the previous mandate.",
            [("Italy", "Lebanon", 1100, None), ("Italy", "Lebanon", 2500, "(former level)")],
        ),
        (
            "Spain keeps 450 soldiers in Latvia, down from 700 three years ago.",
            [("Spain", "Latvia", 450, None), ("Spain", "Latvia", 700, "(former level)")],
        ),
        # near miss: "after" may tell when the cut is made, so the figure after it is no former level
        (
            "Portugal will keep 200 soldiers in Mozambique, down from 400 after the handover.",
            [("Portugal", "Mozambique", 200, "(planned)")],
        ),
    ],
)
def test_the_level_a_change_started_from_with_its_time(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops told there in the past up to a turn that ended their stay
        (
            "About 1,500 French soldiers had been stationed in Burkina Faso until the junta expelled them.",
            [("France", "Burkina Faso", 1500, "about (former level)")],
        ),
        (
            "Some 3,000 Russian troops were in Kazakhstan when the unrest ended.",
            [("Russia", "Kazakhstan", 3000, "some (former level)")],
        ),
        (
            "Roughly 800 German soldiers were deployed in Mali before the coup.",
            [("Germany", "Mali", 800, "roughly (former level)")],
        ),
        # near misses: an event with no turn, a stay ahead, a perfect that runs to now
        (
            "About 700 Dutch soldiers were in Lithuania when a drone crashed near their base.",
            [("Netherlands", "Lithuania", 700, "about")],
        ),
        (
            "About 700 Dutch soldiers will stay in Lithuania until the end of the year.",
            [("Netherlands", "Lithuania", 700, "about (remaining)")],
        ),
        (
            "About 700 Dutch soldiers have been in Lithuania since the war began.",
            [("Netherlands", "Lithuania", 700, "about")],
        ),
    ],
)
def test_a_level_a_past_turn_ended(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure placed before it; a bare comma, then another party with its own verb and place
        (
            "Britain leads the NATO battlegroup in Estonia with 900 troops, Germany leads the one in Lithuania.",
            [("United Kingdom", "Estonia", 900, None)],
        ),
        (
            "Hungary leads the training battalion in Kosovo with 400 soldiers, Austria commands the one in Bosnia.",
            [("Hungary", "Kosovo", 400, None)],
        ),
        # near misses: no place before the figure (the place after may be the troops' own), a list of places
        (
            "Spain keeps 600 soldiers, Italy leads the mission in Lebanon.",
            [("Spain", "Lebanon", 600, None)],
        ),
        (
            "Britain keeps 900 troops in Estonia, Latvia and Lithuania.",
            [],
        ),
    ],
)
def test_a_party_after_a_bare_comma_opens_its_own_clause(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected


def _headed(ex: Extractor, heading: str, text: str) -> list[tuple[str, str, int, str | None]]:
    facts = ex.extract(f"{heading}\n\n{text}", id="x", published=date(2025, 4, 18))
    return sorted((p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture)


@pytest.mark.parametrize(
    ("heading", "text", "expected"),
    [
        # an armed group's strength placed nowhere takes no heading's place of another country
        ("Syria on edge", "Hezbollah has roughly 30,000 fighters, a think tank estimates.", []),
        ("Yemen: a new front", "Hamas has about 25,000 fighters, Israeli officials believe.", []),
        # near misses: the heading names the group's home, or the sentence places the figure itself
        (
            "Yemen: a new front",
            "The Houthis have about 20,000 fighters, analysts estimate.",
            [("Houthis", "Yemen", 20000, "about")],
        ),
        (
            "Syria on edge",
            "Hezbollah keeps about 5,000 fighters in Syria, a think tank estimates.",
            [("Hezbollah", "Syria", 5000, "about")],
        ),
    ],
)
def test_a_groups_strength_takes_no_heading_place_abroad(ex, heading, text, expected):
    assert _headed(ex, heading, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit told based at a proper name no gazetteer places: not the country told before
        (
            "Russia keeps about 7,000 troops in Tajikistan. The 49th Army, based in the Kuban steppe, has some 25,000 soldiers.",
            [("Russia", "Tajikistan", 7000, "about")],
        ),
        (
            "The US keeps about 2,500 troops in Iraq. The 10th Mountain Division, stationed at Fort Drum, has some 15,000 soldiers.",
            [("United States", "Iraq", 2500, "about")],
        ),
        # near misses: a town of the country told before, and a common noun, keep it
        (
            "Russia keeps about 7,000 troops in Tajikistan. The 201st Division, based in Dushanbe, has some 6,000 soldiers.",
            [("Russia", "Tajikistan", 6000, "some"), ("Russia", "Tajikistan", 7000, "about")],
        ),
        (
            "Russia keeps about 7,000 troops in Tajikistan. The division, based in the capital, has some 5,000 soldiers.",
            [("Russia", "Tajikistan", 5000, "some"), ("Russia", "Tajikistan", 7000, "about")],
        ),
    ],
)
def test_a_unit_based_at_an_unknown_name_is_not_where_the_text_was(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected


def _read(ex: Extractor, text: str) -> list[tuple[str, str, int, str | None]]:
    facts = ex.extract(text, id="x", published=date(2025, 4, 18))
    return sorted((p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an official's answer in the first person, its troops asked about or told just before
        (
            "Pentagon press briefing\n\nQ: How many troops are left in Syria and Iraq?\n"
            "MS. SINGH: We're at roughly 1,000 in Syria right now, and about 2,000 in Iraq.",
            [("United States", "Iraq", 2000, "about"), ("United States", "Syria", 1000, "roughly")],
        ),
        (
            "France keeps about 1,500 troops in Africa. 'We have some 350 in Senegal,' the minister said.",
            [("France", "Africa", 1500, "about"), ("France", "Senegal", 350, "some")],
        ),
        # near misses: no troops told before, and other people counted
        ("'We're at about 2,500 in Iraq right now,' the minister said.", []),
        ("Aid workers are under strain. 'We're at about 300 in Gaza right now,' the agency said.", []),
    ],
)
def test_a_first_person_answer_counts_the_troops_asked_about(ex, text, expected):
    assert _read(ex, text) == expected
