"""A raid met with no fire that ended in a capture is no blow whose means the doer's other attacks tell.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

DAY = date(2025, 9, 18)
HEAD = "Operations in Syria\n\nTAMPA - On Sept. 16, US jets struck a camp in Syria, killing a senior militant.\n\n"


def _types(ex, text):
    return [i.type for i in ex.extract(HEAD + text, id="t", published=DAY).incidents]


def test_a_capture_raid_is_not_taken_for_an_air_strike(ex):
    found = _types(ex, "On Sept. 15, US forces conducted a raid in eastern Syria that captured a militant planner.")
    assert found.count("air_strike") == 1, found



def test_a_raid_with_a_toll_is_still_a_fight(ex):
    # control: a raid that killed is met with fire, a fight on the ground (GUIDE: armed_clash)
    found = _types(ex, "On Sept. 15, US forces conducted a raid in eastern Syria that killed a militant planner.")
    assert "armed_clash" in found, found
