"""A party's claim of a ship attack, dated only by the day it was told, and the notice of a ship hit at sea
told right after it are one attack: the notice's day and spot, the claim's means, the party as claiming."""

from datetime import date

import pytest

DAY = date(2025, 6, 3)


@pytest.mark.parametrize(
    ("text", "when", "typ"),
    [
        (
            "The Houthis said on Monday they had attacked the bulk carrier Sea Lantern in the Red Sea with a "
            "ballistic missile. A maritime agency said a vessel was struck 60 nautical miles west of Hodeidah "
            "on Sunday evening.",
            "2025-06-01",
            "missile_attack",
        ),
        (
            "Houthi rebels said on Tuesday they had targeted the tanker Blue Heron with drones in the Gulf of "
            "Aden. A security firm said a tanker was hit 80 nautical miles east of Aden on Monday night, "
            "causing a fire that the crew put out.",
            "2025-06-02",
            "drone_attack",
        ),
    ],
)
def test_claim_and_notice_are_one_attack(ex, text, when, typ):
    [inc] = ex.extract(text, id="t", published=DAY).incidents
    assert (inc.date, inc.type, inc.actors) == (when, typ, ("Houthis (claimed)",))
    assert "nautical miles" in inc.location


def test_notice_told_apart_stays_another_attack(ex):
    """Near miss: a notice told as a separate matter is another ship's attack."""
    text = (
        "Houthi rebels said on Tuesday they had targeted the tanker Blue Heron with drones in the Gulf of Aden. "
        "Separately, a security firm said a tanker was hit 80 nautical miles east of Aden on Monday night."
    )
    assert len(ex.extract(text, id="t", published=DAY).incidents) == 2


def test_attack_on_its_own_day_is_no_claim(ex):
    """Near miss: an attack told on a day of its own, then a ship hit the day before, are two attacks."""
    text = (
        "The Houthis attacked the tanker Blue Heron with drones in the Gulf of Aden on Monday. "
        "A security firm said a tanker was hit 80 nautical miles east of Aden on Sunday night."
    )
    assert len(ex.extract(text, id="t", published=DAY).incidents) == 2


@pytest.mark.parametrize(
    "text",
    [
        "A maritime agency said a vessel was struck 60 nautical miles west of Hodeidah on Sunday evening. "
        "The Houthis said they had attacked the bulk carrier Sea Lantern in the Red Sea.",
        "Houthi rebels said Tuesday that they had targeted a Liberian-flagged container ship in the Gulf of Aden. "
        "A security firm said a container ship was hit 90 nautical miles east of Aden on Monday.",
    ],
)
def test_group_saying_it_hit_a_ship_claims_the_ship_hit(ex, text):
    """A group's word that it hit a ship, with no means or day, names the claimant of the ship hit beside it."""
    [inc] = ex.extract(text, id="t", published=DAY).incidents
    assert inc.actors == ("Houthis (claimed)",)


def test_group_saying_it_hit_a_port_claims_no_ship(ex):
    """Near miss: the group's word is of a port, not of the ship hit."""
    text = (
        "A maritime agency said a vessel was struck 60 nautical miles west of Hodeidah on Sunday evening. "
        "The Houthis said they had attacked the port of Eilat."
    )
    assert [i.actors for i in ex.extract(text, id="t", published=DAY).incidents] == [()]


def test_claim_and_report_in_one_sentence_are_one_attack(ex):
    """A claim and the agency's report it came hours after, told in one sentence, are one attack at the claim's sea."""
    text = (
        "Houthi rebels on Thursday claimed responsibility for an attack on a container ship in the Gulf of Aden, "
        "hours after a maritime agency reported that a merchant vessel had been hit by a missile east of Aden."
    )
    [inc] = ex.extract(text, id="t", published=date(2025, 6, 5)).incidents
    assert (inc.date, inc.type, inc.location, inc.actors) == (
        "2025-06-05", "missile_attack", "Gulf of Aden", ("Houthis (claimed)",)
    )


def test_claim_after_a_notice_days_before_stays_apart(ex):
    """Near miss: a claim of an attack a week after a ship was hit is another attack."""
    text = (
        "Houthi rebels on Thursday claimed responsibility for an attack on a container ship in the Gulf of Aden. "
        "Last week a maritime agency reported that a merchant vessel had been hit by a missile east of Aden on May 27."
    )
    assert len(ex.extract(text, id="t", published=date(2025, 6, 5)).incidents) == 2
