"""A headline in title case capitalises its prepositions: the place after "In" is still the scene.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 3, 10)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a headline over a body that tells no scene: the headline's place after "In"
        ("Drone Strike Hits Militant Hideout In Jilib\n\nA commander died, the army said.", [("drone_attack", "Jilib")]),
        ("Gunmen Ambush Police Convoy In Dera Ismail Khan\n\nThe army gave no further details.", [("armed_clash", "Dera Ismail Khan")]),
        # control: the same words in lower case were already read so
        ("Gunmen ambush police convoy in Dera Ismail Khan\n\nThe army gave no further details.", [("armed_clash", "Dera Ismail Khan")]),
    ],
)
def test_a_place_after_a_capitalised_preposition(ex, text, expected):
    found = ex.extract(text, id="t", published=DAY).incidents
    assert [(i.type, i.location) for i in found] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title-case verb of a blow before the town, and a capitalised preposition after it, end no name
        ("Twin Blasts Hit Monguno On Wednesday", [("explosion", "Monguno")]),
        ("Drone Strike Hits Monguno On Wednesday", [("drone_attack", "Monguno")]),
        # control: lower case was already read so
        ("Twin blasts hit Monguno on Wednesday", [("explosion", "Monguno")]),
    ],
)
def test_a_place_between_title_case_verb_and_preposition(ex, text, expected):
    found = ex.extract(text, id="t", published=DAY).incidents
    assert [(i.type, i.location) for i in found] == expected

