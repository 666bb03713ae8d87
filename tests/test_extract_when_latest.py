"""A repeated deed told with its latest instance: "have struck X since January, most recently on Saturday,
when strikes hit Y".

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

DAY = date(2024, 8, 21)  # a Wednesday
HEAD = "Yemen strikes\n\nDUBAI - The Houthis attacked a tanker in the Red Sea on Wednesday, officials said.\n\n"


def _incidents(ex, text):
    return ex.extract(HEAD + text, id="t", published=DAY).incidents


def test_the_when_clause_takes_the_day_before_it_and_the_deeds_doers(ex):
    found = _incidents(
        ex,
        "American and British jets have struck Houthi sites in Yemen repeatedly since February, "
        "most recently on Saturday, when strikes hit a radar station near Hodeidah.",
    )
    latest = [i for i in found if i.location == "Hodeidah"]
    assert len(latest) == 1, found
    assert latest[0].date == "2024-08-17"
    # the party named as the strikes' object is no doer of them
    assert latest[0].actors == ("United States", "United Kingdom")


def test_a_when_clause_with_a_doer_of_its_own_keeps_it(ex):
    # control: a "when" clause naming its own subject is that subject's deed
    found = _incidents(
        ex,
        "Israeli jets have struck Yemen's ports twice since July, most recently on Saturday, "
        "when the Houthis fired a drone at a tanker near Hodeidah.",
    )
    drone = [i for i in found if i.type == "drone_attack"]
    assert drone and drone[0].actors == ("Houthis",), found


def test_a_warship_named_by_its_state_acts_for_it(ex):
    found = _incidents(ex, "A French frigate shot down two drones over the Gulf of Aden on Tuesday, the navy said.")
    downed = [i for i in found if i.type == "interception"]
    assert downed and downed[0].actors == ("France",), found


def test_a_warship_fired_at_is_no_doer(ex):
    # control: the warship as the target of the missiles
    found = _incidents(ex, "The Houthis fired two missiles at a British destroyer in the Gulf of Aden on Tuesday.")
    fired = [i for i in found if i.type == "missile_attack" and i.location == "Gulf of Aden"]
    assert fired and fired[0].actors == ("Houthis",), found
