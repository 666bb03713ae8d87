"""Air defences a bare army tells of, through its spokesman or in its own words, are that army's: the
country the story is about (GUIDE: the interceptor is the actor).

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

import pytest

HEAD = "Sudan war\n\nKASSALA, Sudan - Drones struck a fuel depot in Kassala on Tuesday, residents said.\n\n"


def _downed(ex, text):
    facts = ex.extract(HEAD + text, id="t")
    return [i for i in facts.incidents if i.type == "interception"]


@pytest.mark.parametrize(
    "text",
    [
        "An army spokesman said air defences brought down four drones over the airport.",
        "The army said air defences brought down four drones over the airport.",
        "A military statement said the air defences brought down four drones over the airport.",
    ],
)
def test_air_defences_told_of_by_the_army_are_its_own(ex, text):
    downed = _downed(ex, text)
    assert downed and downed[0].actors == ("Sudan",), downed


def test_not_when_the_story_names_another_state(ex):
    # control: with a second state in the story, "the army" may be either's
    downed = _downed(
        ex,
        "Chad denied sending the drones. An army spokesman said air defences brought down four drones over the airport.",
    )
    assert downed and downed[0].actors == (), downed


def test_an_unplaced_deed_never_takes_a_foreign_state_named_in_the_story(ex):
    # control: filed from one country, naming only another, "the army" is not the other's
    facts = ex.extract(
        "Border clashes\n\nDAMASCUS - Turkish drones struck a depot near Qamishli on Friday, the SDF said.\n\n"
        "An army spokesman said air defences brought down four drones over the airport.",
        id="t",
    )
    downed = [i for i in facts.incidents if i.type == "interception"]
    assert all("Turkey" not in i.actors for i in downed), downed
