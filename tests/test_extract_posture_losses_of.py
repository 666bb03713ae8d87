"""A toll told as losses or casualties 'of' a number of troops ("inflicted losses of up to 430 servicemen") is
no troop level; a level told beside it stays one."""

from datetime import date


def _posture(ex, text):
    return [(p.force, p.country, p.count) for p in ex.extract(text, id="x", published=date(2025, 10, 6)).troop_posture]


def test_losses_of_servicemen_are_no_level(ex):
    text = (
        "The ministry said Russian troops had taken a village in the Donetsk region and inflicted losses of up "
        "to 430 servicemen on Ukrainian forces over the past 24 hours."
    )
    assert _posture(ex, text) == []


def test_level_beside_a_toll_stays(ex):
    text = "About 2,500 US troops remain in Iraq, where attacks have caused casualties of three servicemen this year."
    assert ("United States", "Iraq", 2500) in _posture(ex, text)
