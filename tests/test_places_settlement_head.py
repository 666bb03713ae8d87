"""An unknown name before "settlement", as before "village" or "district", is the spot an event hit, wherever
the phrase stands ("at the entrance to the X settlement near Y"): the town it is told near is a reference point."""

from datetime import date


def _places(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 6, 2))
    return [i.location for i in facts.incidents]


def test_settlement_told_past_an_entrance(ex):
    text = (
        "A gunman opened fire at the entrance to the Nahal Doron settlement near Hebron on Monday, "
        "wounding a guard, the military said."
    )
    assert _places(ex, text) == ["Nahal Doron settlement near Hebron"]


def test_town_alone_stays(ex):
    # control: with no spot named, the town is the scene
    text = "A gunman opened fire near Hebron on Monday, wounding a guard, the military said."
    assert _places(ex, text) == ["Hebron"]
