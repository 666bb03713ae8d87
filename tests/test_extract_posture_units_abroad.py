"""Troop posture in sentences written here: a unit placed in a country its article
opens, and the forms told with it that are no level of the place's state."""

from __future__ import annotations

import pytest

from tests.conftest import posture_with_qualifiers

CAR = "Central African Republic"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner's unit in a country written with "the": the country is where it serves, not whose it is
        (
            "Russia's contingent in the Central African Republic, about 1,500 strong, was put on alert after rebel raids.",
            [("Russia", CAR, 1500, "about")],
        ),
        (
            "Egypt's battalion in the Democratic Republic of Congo, some 800 strong, was put on alert after an ambush.",
            [("Egypt", "Democratic Republic of Congo", 800, "some")],
        ),
        # near miss: the same unit with its place told without "the" read as before
        (
            "Russia's contingent in Mali, about 1,500 strong, was put on alert after rebel raids.",
            [("Russia", "Mali", 1500, "about")],
        ),
        # near miss: a party named without a place word before it still owns the figure apposed to it
        (
            "The United States, about 2,500 troops, was put on alert after rocket fire in Iraq.",
            [("United States", "Iraq", 2500, "about")],
        ),
    ],
)
def test_a_unit_in_a_country_written_with_the(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the troops counted as serving in a named mission are the mission's
        (
            "The number of peacekeepers in MONUSCO has fallen to about 11,000 after raids in Ituri.",
            [("MONUSCO", "Democratic Republic of Congo", 11000, "about")],
        ),
        (
            "The number of troops serving with UNIFIL has risen to some 10,000 after strikes in Lebanon.",
            [("UNIFIL", "Lebanon", 10000, "some")],
        ),
        # near misses: an alliance of states is no mission with a host; a part of the mission by its sector
        ("The number of troops in NATO has risen to about 10,000 after the strikes.", []),
        (
            "The number of peacekeepers in MONUSCO's eastern sector has fallen to about 3,000 after raids in Ituri.",
            [],
        ),
    ],
)
def test_the_number_of_troops_in_a_named_mission(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops to be brought home, told by "repatriate": the whole presence still there until it goes
        (
            "Tanzania will repatriate its 1,200 troops from eastern Congo after the ceasefire, officials said.",
            [("Tanzania", "Democratic Republic of Congo", 1200, "(to be withdrawn)")],
        ),
        (
            "Tanzania repatriated its 1,200 troops from eastern Congo after the ceasefire, officials said.",
            [("Tanzania", "Democratic Republic of Congo", 1200, "(withdrawn)")],
        ),
        # near miss: troops "from" a state that stay are that state's, where they stand
        (
            "About 1,200 troops from Tanzania remain in eastern Congo after the ceasefire, officials said.",
            [("Tanzania", "Democratic Republic of Congo", 1200, "about")],
        ),
    ],
)
def test_troops_repatriated(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a force "reinforced by" troops: those troops are added to it
        (
            "Poland's garrison in Latvia was reinforced by 1,000 troops after the drone incursions, officials said.",
            [("Poland", "Latvia", 1000, "(additional)")],
        ),
        (
            "Poland reinforced its garrison in Latvia with some 1,000 troops after the drone incursions, officials said.",
            [("Poland", "Latvia", 1000, "some (additional)")],
        ),
        # near misses: a force reinforced with something else, or reinforced before its size is told
        (
            "Poland reinforced its garrison with tanks while about 5,000 troops stay in Latvia, officials said after the drone incursions.",
            [("Poland", "Latvia", 5000, "about")],
        ),
        (
            "Poland's garrison in Latvia, reinforced last year, now numbers about 5,000 troops, officials said after the drone incursions.",
            [("Poland", "Latvia", 5000, "about")],
        ),
    ],
)
def test_a_force_reinforced_by_troops(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level at a state's own border with no owner in its phrase, the state named only as the speaker
        (
            "More than 2,500 soldiers are deployed along the border with Guyana after the skirmish, Venezuela's defence minister said.",
            [("Venezuela", "Venezuela", 2500, "more than")],
        ),
        # the speaker named right after the state beyond the border, the attribution before the clause's end
        (
            "About 4,000 soldiers have been deployed along the border with Mali, Mauritania's defence minister said after the raids.",
            [("Mauritania", "Mauritania", 4000, "about")],
        ),
        # near miss: the speaker is the state beyond the border
        ("About 4,000 soldiers have been deployed along the border with Mali, Mali's defence minister said after the raids.", []),
        # in a town of the speaker's state
        (
            "About 3,000 soldiers are deployed in Maracaibo after the skirmish, Venezuela's defence ministry said.",
            [("Venezuela", "Venezuela", 3000, "about")],
        ),
        # near miss: no speaker and no state named, the town's state alone owns no troops
        ("About 3,000 soldiers are deployed in Maracaibo after the skirmish, officials said.", []),
        # near miss: the speaker is the state beyond the border, whose troops these are not
        (
            "More than 2,500 soldiers are deployed along the border with Guyana after the skirmish, Guyana's defence minister said.",
            [],
        ),
        # near miss: told with no place, the speaker's troops are placed nowhere
        ("More than 2,500 soldiers are on alert after the skirmish, Venezuela's defence minister said.", []),
    ],
)
def test_an_own_border_level_told_by_its_states_speaker(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a National Guard with no owner named, placed in a town of a state: that state's own guard at home
        (
            "About 3,000 National Guard troops are deployed in Chicago after the unrest, officials said.",
            [("United States", "United States", 3000, "about")],
        ),
        (
            "About 2,000 National Guard troops are deployed in Kharkiv after the missile strikes, Ukrainian officials said.",
            [("Ukraine", "Ukraine", 2000, "about")],
        ),
        # near misses: a guard placed in a country by its name, or in towns of two states; plain troops in a town
        ("About 3,000 National Guard troops are deployed in Iraq after the rocket fire, officials said.", []),
        ("About 3,000 National Guard troops are deployed in Chicago and Baghdad, officials said after the unrest.", []),
        ("About 3,000 troops are deployed in Chicago after the unrest, officials said.", []),
    ],
)
def test_a_national_guard_in_a_town_of_its_own_state(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops named by where they come from, then a verb of going: counted where they go
        (
            "About 600 US soldiers from Germany will deploy to Poland after the sabotage, officials said.",
            [("United States", "Poland", 600, "about (planned)")],
        ),
        (
            "About 600 US soldiers from Germany are being sent to Lithuania after the sabotage, officials said.",
            [("United States", "Lithuania", 600, "about")],
        ),
        # going with no destination told: not a level where they come from
        ("About 600 US soldiers from Germany will deploy after the sabotage, officials said.", []),
        # near miss: troops staying where they are
        (
            "About 35,000 US soldiers in Germany will stay after the sabotage, officials said.",
            [("United States", "Germany", 35000, "about (remaining)")],
        ),
    ],
)
def test_troops_from_one_state_going_to_another(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N of our troops" in a quote: the speaker's state's troops
        (
            "“About 800 of our troops will stay in Niger,” the Italian defence minister said after the coup.",
            [("Italy", "Niger", 800, "about (remaining)")],
        ),
        # near misses: a toll of the speaker's troops is no level; "of our" counting no troops
        ("“About 800 of our soldiers were killed in Niger,” the Italian defence minister said after the coup.", []),
        ("Some 800 of our readers wrote in after the coup in Niger, the editor said.", []),
    ],
)
def test_a_figure_of_our_troops_in_a_quote(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner's possessive before the figure: its whole presence, standing until it leaves
        (
            "Belgium's roughly 600 troops in Niger will leave by the end of June after the coup, officials said.",
            [("Belgium", "Niger", 600, "roughly (to be withdrawn)")],
        ),
        # near misses: no possessive (an amount, as before); a part of the owner's whole
        (
            "About 600 Belgian troops in Niger will leave by the end of June after the coup, officials said.",
            [("Belgium", "Niger", 600, "about (withdrawn)")],
        ),
        (
            "Some 200 of Belgium's 600 troops in Niger will leave by June after the coup, officials said.",
            [("Belgium", "Niger", 600, "(withdrawn)")],
        ),
    ],
)
def test_an_owners_whole_presence_to_leave(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state speaking in the figure's sentence owns the troops at its border, not the party told before
        (
            "About 2,500 US troops remain in Iraq after the rocket fire, officials said.\n\n"
            "Some 10,000 soldiers are deployed along the border with Syria, Iraq's defence ministry said.",
            [("Iraq", "Iraq", 10000, "some"), ("United States", "Iraq", 2500, "about")],
        ),
        (
            "Iran fired missiles at Israel on Monday.\n\n"
            "More than 5,000 soldiers are deployed along the border with Lebanon, Israel's defence ministry said.",
            [("Israel", "Israel", 5000, "more than")],
        ),
        (
            "About 2,500 US troops remain in Iraq after the rocket fire, officials said.\n\n"
            "Some 10,000 soldiers are deployed in Anbar, Iraq's defence ministry said.",
            [("Iraq", "Iraq", 10000, "some"), ("United States", "Iraq", 2500, "about")],
        ),
        # near miss: a speaker that names no state leaves the troops the party's told before
        (
            "About 2,500 US troops remain in Iraq after the rocket fire, officials said.\n\n"
            "Some 1,000 more soldiers are deployed to Iraq, the Pentagon said.",
            [("United States", "Iraq", 1000, "some (additional)"), ("United States", "Iraq", 2500, "about")],
        ),
    ],
)
def test_the_speaking_state_before_the_party_told_before(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # soldiers told as a course's output after their figure: trained, not deployed
        ("Last month 4,000 Ukrainian soldiers graduated from training in Britain, officials said.", []),
        ("About 5,000 Somali soldiers completed their training in Eritrea, the ministry said.", []),
        ("Some 1,200 Ukrainian troops have been trained in Germany this year.", []),
        # near misses: troops training where they serve, and a rotation completed, stay levels
        (
            "About 1,000 British soldiers are training alongside Estonian troops in Estonia.",
            [("United Kingdom", "Estonia", 1000, "about")],
        ),
        (
            "Some 3,000 US troops completed their rotation in Poland, the army said.",
            [("United States", "Poland", 3000, "some")],
        ),
    ],
)
def test_troops_told_as_a_courses_output(ex, text, expected):
    """Soldiers who graduated, completed training or were trained are no troop level where they trained."""
    assert posture_with_qualifiers(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place a pact was signed in, told before a level with no place of its own, is not where troops stand
        (
            "The Taliban marked five years since the deal signed in Qatar that led to the withdrawal of US forces from Afghanistan. "
            "By the time of the deal, the United States had about 12,000 troops left.",
            [("United States", "Afghanistan", 12000, "about")],
        ),
        # near misses: envoys who met in a country, and a level named at the place itself, stay placed there
        (
            "American envoys met in Qatar on Monday. About 8,000 US troops are based there.",
            [("United States", "Qatar", 8000, "about")],
        ),
        ("About 8,000 US troops are based in Doha, officials said.", [("United States", "Qatar", 8000, "about")]),
    ],
)
def test_a_pacts_place_is_no_troops_place(ex, text, expected):
    """A town or country named as where a deal was signed or as the deal's name places no troop level."""
    assert posture_with_qualifiers(ex, text) == expected
