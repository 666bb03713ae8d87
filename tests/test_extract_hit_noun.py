"""A "hit" told as a noun ("a direct hit on a clinic") is a blow struck from afar, typed as a strike is.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 3, 10)
TAIL = "\n\nEnemy forces have shelled the area for weeks, local officials said."


def _incidents(ex, text):
    return ex.extract(text + TAIL, id="t", published=DAY).incidents


@pytest.mark.parametrize(
    "text, place, killed",
    [
        # a hit with a toll and no means named: no ground fight, a strike as "a strike on" would be
        ("ZAPORIZHZHIA (Agency) - A direct hit on a clinic in Zaporizhzhia killed four patients on Sunday.", "Zaporizhzhia", 4),
        # ... told by what took it
        ("SUMY (Agency) - The town hall in Sumy took a direct hit on Saturday, killing two clerks.", "Sumy", 2),
    ],
)
def test_hit_as_noun_is_a_strike(ex, text, place, killed):
    found = [i for i in _incidents(ex, text) if i.location == place and i.casualties.killed == killed]
    assert [i.type for i in found] == ["air_strike"]


def test_hit_as_verb_with_gunmen_keeps_its_reading(ex):
    """Near miss: armed men who hit a checkpoint fought on the ground; "hit" there is the verb."""
    text = "KANO (Agency) - Gunmen hit a police checkpoint near Kano on Sunday, killing three officers."
    found = [i for i in _incidents(ex, text) if i.casualties.killed == 3]
    assert [i.type for i in found] == ["armed_clash"]


def test_hit_as_noun_after_weapons_told_takes_their_kind(ex):
    """A hit told as a noun after the weapons fired at the place is one of theirs: "missiles ... a direct hit"."""
    text = (
        "LVIV (Agency) - Enemy forces fired a dozen cruise missiles at Lviv early on Sunday, the mayor said."
        " A direct hit on a school in Lviv killed five guards."
    )
    found = [i for i in _incidents(ex, text) if i.casualties.killed == 5]
    assert [i.type for i in found] == ["missile_attack"]
