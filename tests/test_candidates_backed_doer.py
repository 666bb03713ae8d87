"""A force told with its backing between it and the harm verb ("Somali forces backed by US airstrikes killed 20
fighters") is still the doer of that harm: a fight on the ground."""

from datetime import date


def _read(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 3, 14))
    return [(i.type, i.location, i.casualties.killed) for i in facts.incidents]


def test_forces_backed_by_air_strikes_killed_fighters(ex):
    text = (
        "Somali forces backed by US airstrikes killed 20 al-Shabaab fighters in the Lower Shabelle region on "
        "Wednesday, the government said."
    )
    assert _read(ex, text) == [("armed_clash", "Lower Shabelle region", 20)]


def test_unbacked_forces_unchanged(ex):
    text = "Somali forces killed 20 al-Shabaab fighters in the Lower Shabelle region on Wednesday."
    assert _read(ex, text) == [("armed_clash", "Lower Shabelle region", 20)]


def test_backed_plan_harms_no_one(ex):
    assert _read(ex, "A plan backed by donors killed off hopes in Mogadishu on Wednesday.") == []
