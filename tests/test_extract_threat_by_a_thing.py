"""A thing that "threatens" ("as a funding shortfall threatens the force's ability to pay its troops",
"while rising costs threaten the mission") is no party threatening: the named body the sentence opens on
makes no threat statement by it. A party named by its noun ("the group threatened to strike ships") still
threatens.

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date

DAY = date(2025, 6, 3)


def _threats(ex, text):
    return [i.actors for i in ex.extract(text, id="t", published=DAY).incidents if i.type == "threat_statement"]


def test_a_shortfall_threatens_no_one(ex):
    text = (
        "The African Union mission in Somalia will reduce its strength by 2,500 soldiers by the end of August 2025, "
        "the mission's head said on Tuesday, as a funding shortfall threatens the force's ability to pay its troops."
    )
    assert _threats(ex, text) == []


def test_reworded_with_while_and_a_plural(ex):
    text = (
        "The African Union mission in Somalia will hand over five bases by the end of August 2025, its head said on "
        "Tuesday, while rising costs threaten the mission's work."
    )
    assert _threats(ex, text) == []


def test_a_party_named_by_its_noun_still_threatens(ex):
    """Near miss: "the group" is the Houthis, a party."""
    text = "The Houthis said on Tuesday that a drought threatens the country, and the group threatened to strike ships bound for Israel."
    assert _threats(ex, text) == [("Houthis",)]
