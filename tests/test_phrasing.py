"""Key-point phrases read as an analyst writes them, for one or many incidents and every kind of place."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from reporter.brief.phrasing import (
    change_counts,
    commitment_label,
    incident_place,
    join_and,
    kind_count,
    kinds_breakdown,
    milestone_line,
    place_phrase,
    the_place,
    where_most,
)


@dataclass
class Inc:
    type: str
    location: str | None
    country: str | None
    place_precision: str = "site"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Iraq", "Iraq"),
        ("Red Sea", "the Red Sea"),
        ("southern Red Sea", "the southern Red Sea"),
        ("northern Syria", "northern Syria"),
        ("Gulf of Aden", "the Gulf of Aden"),
        ("United Arab Emirates", "the United Arab Emirates"),
        ("Middle East", "the Middle East"),
        ("Kurdistan Region", "the Kurdistan Region"),
        ("Tower 22 outpost", "the Tower 22 outpost"),
        ("Deir ez-Zor", "Deir ez-Zor"),
        ("al-Tanf", "al-Tanf"),
        ("Harir Air Base", "Harir Air Base"),
        ("the Hague", "the Hague"),
    ],
)
def test_place_names_take_the_article_they_read_with(name, expected):
    """Seas, gulfs, regions and places described by a common noun take 'the'; plain names do not."""
    assert the_place(name) == expected


def test_preposition_follows_the_event_and_the_place():
    """Interceptions happen over a place, other events at a site or in a town, country or sea."""
    assert place_phrase("Iraq", kind="interception", precision="country") == "over Iraq"
    assert place_phrase("Red Sea", kind="interception", precision="named place") == "over the Red Sea"
    assert place_phrase("Harir Air Base", kind="drone_attack", precision="site") == "at Harir Air Base"
    assert place_phrase("Mosul", kind="shelling", precision="named place") == "in Mosul"
    assert place_phrase("Syria", kind="air_strike", precision="country") == "in Syria"
    assert place_phrase(None, kind="crash") == "at an unknown place"
    assert incident_place(Inc("rocket_attack", None, "Jordan", "country")) == "in Jordan"
    assert incident_place(Inc("explosion", "Qayyarah airfield", "Iraq")) == "at the Qayyarah airfield"


@pytest.mark.parametrize(
    ("n", "kind", "expected"),
    [
        (1, "interception", "1 interception"),
        (2, "interception", "2 interceptions"),
        (3, "air_strike", "3 air strikes"),
        (2, "crash", "2 crashes"),
        (1, "other", "1 other incident"),
        (4, "other", "4 other incidents"),
    ],
)
def test_counts_of_a_kind(n, kind, expected):
    assert kind_count(n, kind) == expected


def test_lists_end_with_and():
    assert join_and([]) == "" and join_and(["a"]) == "a"
    assert join_and(["a", "b"]) == "a and b" and join_and(["a", "b", "c"]) == "a, b and c"


def test_where_most_names_the_leading_country_only_when_one_leads():
    """'most in Iran (2)', 'all in Syria', and nothing for a tie, a single incident or no country."""
    two_iran = [Inc("air_strike", "Isfahan", "Iran"), Inc("air_strike", "Natanz", "Iran"), Inc("shelling", "Homs", "Syria")]  # fmt: skip
    assert where_most(two_iran) == "most in Iran (2)"
    assert where_most(two_iran[:2]) == "all in Iran"
    assert where_most([two_iran[0], two_iran[2]]) == ""  # one each: nobody leads
    assert where_most(two_iran[:1]) == ""
    assert where_most([Inc("crash", "Red Sea", None)]) == ""


def test_breakdown_places_each_kind_where_it_clusters():
    """Per type, the country holding all of them or a clear majority of at least two."""
    incidents = [
        Inc("interception", "Erbil", "Iraq"),
        Inc("interception", "Baghdad", "Iraq"),
        Inc("interception", "Eilat", "Israel"),
        Inc("rocket_attack", "Conoco field", "Syria"),
        Inc("rocket_attack", "Baghdad", "Iraq"),
        Inc("air_strike", "Isfahan", "Iran"),
    ]
    assert kinds_breakdown(incidents) == (
        "3 interceptions (2 over Iraq), 2 rocket attacks and 1 air strike in Iran"
    )
    assert kinds_breakdown(incidents[:2]) == "2 interceptions", "'all over Iraq' is said once, by where_most"
    assert kinds_breakdown([Inc("interception", "Red Sea", None)]) == "1 interception"


def test_change_counts_leave_out_zeros():
    """'2 new incidents and 1 unchanged', '1 new incident', and a plain 'no new or escalated incidents'."""
    assert change_counts(2, 0, 1) == "2 new incidents and 1 unchanged"
    assert change_counts(1, 2, 3) == "1 new incident, 2 escalated and 3 unchanged"
    assert change_counts(0, 1, 0) == "1 escalated incident"
    assert change_counts(0, 0, 4) == "no new or escalated incidents; 4 unchanged"
    assert change_counts(0, 0, 0) == "no new or escalated incidents"


def test_milestone_line_says_when_for_each_status():
    """Due, passed and overdue milestones each read with their countdown; a disputed date is flagged."""
    assert milestone_line("troops leave Erbil", "Sep 2026", "due", "in 102 days") == (
        "Next milestone: troops leave Erbil, due Sep 2026 (in 102 days)"
    )
    assert milestone_line("hand over Camp X", "1 Jun 2025", "passed", "3 days ago") == (
        "Latest milestone: hand over Camp X, due 1 Jun 2025, passed 3 days ago"
    )
    assert milestone_line("exit Syria", "May 2025", "overdue", "by 20 days (still reported as pending)") == (
        "Overdue milestone: exit Syria, due May 2025, overdue by 20 days (still reported as pending)"
    )
    assert milestone_line("exit", "2026", "due", "in 9 days", disputed=True).endswith(
        "(in 9 days; sources differ on the date)"
    )


def test_commitment_label_names_party_step_and_place():
    """Built from what a timeline line's mentions agree on; nothing to build without who or where."""
    assert commitment_label("Blue Corps", "Chad", action="end presence", step="presence", stage="begin") == (
        "Blue Corps: withdrawal from Chad begins"
    )
    assert commitment_label("Blue Corps", "Chad", action="hand over", step="presence") == "Blue Corps: handover in Chad"
    assert commitment_label(None, "Gaza Strip", action="start", step="ceasefire") == "Ceasefire in the Gaza Strip takes effect"
    assert commitment_label("UNDOF", None, action="end presence", step="mandate") == "UNDOF: mandate ends"
    assert commitment_label(None, None, action="end presence", step="presence") is None
    # The host whose forces take a site over is no party handing one over in another place.
    assert commitment_label("Chad", "Chad", action="hand over", step="presence") == "Chad: handover"
    # A deal told between two sides is named by both, not by one of them as its party.
    sides = ("Blue Corps", "the Red Front")
    assert commitment_label("Blue Corps", None, action="start", step="ceasefire", sides=sides) == (
        "Ceasefire between Blue Corps and the Red Front takes effect"
    )
