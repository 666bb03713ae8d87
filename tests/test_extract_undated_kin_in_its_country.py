"""An undated event told after a sentence that tells two events, the news and the one it answered (dated
apart, in another country), takes the day of the one in its own country, not of the answered one told last."""

from __future__ import annotations

from datetime import date


def _dated(ex, text):
    found = ex.extract(text, id="t", published=date(2025, 6, 8)).incidents
    return {(i.type, i.country): i.date for i in found}


def test_undated_interception_takes_the_day_of_the_strike_in_its_country(ex):
    text = (
        "Israeli jets hit arms depots in Syria early on Saturday, the army said, in retaliation for Hezbollah's May 3 "
        "rocket barrage against Israel. Syria's air defence said it had intercepted the raid on military sites near Homs."
    )
    got = _dated(ex, text)
    assert got[("interception", "Syria")] == "2025-06-07"
    assert got[("rocket_attack", "Israel")] == "2025-05-03"


def test_undated_event_in_the_answered_country_keeps_that_day(ex):
    # near miss: the undated event lies in the answered barrage's country, so it takes that one's day
    text = (
        "Israeli jets hit arms depots in Syria early on Saturday, the army said, in retaliation for Hezbollah's May 3 "
        "rocket barrage against Israel. Israel's air defence said it had intercepted most of the rockets over Haifa."
    )
    assert _dated(ex, text)[("interception", "Israel")] == "2025-05-03"
