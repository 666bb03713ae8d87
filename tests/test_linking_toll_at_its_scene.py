"""A toll sentence that names a scene told just before belongs to the event there, not to the last event."""

from datetime import date


def _tolls(ex, text):
    return [
        (i.location, i.casualties.killed, i.casualties.injured)
        for i in ex.extract(text, id="x", published=date(2025, 3, 14)).incidents
    ]


_TWO = "A drone struck Erbil airport on Friday and another hit Sulaimaniyah airport an hour later. "


def test_zero_told_at_first_scene_is_not_the_last(ex):
    text = _TWO + "Nobody was hurt at Erbil. At Sulaimaniyah, two guards were slightly wounded."
    assert _tolls(ex, text) == [("Erbil airport", 0, 0), ("Sulaimaniyah airport", None, 2)]


def test_unplaced_zero_stays_with_last(ex):
    assert _tolls(ex, _TWO + "No one was hurt.") == [("Erbil airport", None, None), ("Sulaimaniyah airport", 0, 0)]
