"""A live blog entry whose bare clock time opens the sentence keeps the speaker that follows the clock."""

from datetime import date


def _attributions(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 6, 3))
    return [i.attribution for i in facts.incidents]


def test_bare_clock_before_speaker(ex):
    text = "Live updates.\n09:12 Russia's defence ministry said it shot down 42 drones overnight."
    assert _attributions(ex, text) == ["Russia's defence ministry"]


def test_bare_clock_with_zone_before_speaker(ex):
    text = "Live updates.\n14.05 GMT The Houthis said they fired two ballistic missiles at Eilat."
    assert _attributions(ex, text) == ["Houthis"]


def test_clock_after_preposition_is_no_stamp(ex):
    # near miss: "At 09:12 ..." opens the sentence with a preposition, not a stamp; as before
    text = "At 09:12 Russia's defence ministry said it shot down 42 drones overnight."
    assert _attributions(ex, text) == [None]
