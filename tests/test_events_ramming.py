"""A vehicle driven on purpose into people or a post ("rammed into a crowd", "rammed his truck into soldiers")
is an attack on the ground; a vessel or vehicle that rammed another hit no one on foot."""

from datetime import date


def _types(ex, text):
    return [(i.type, i.location, i.casualties.injured) for i in ex.extract(text, id="x", published=date(2025, 3, 14)).incidents]


def test_ramming_people_is_an_attack(ex):
    assert _types(ex, "A van rammed into a crowd of shoppers in Nablus on Thursday, wounding five.") == [("armed_clash", "Nablus", 5)]
    assert _types(ex, "An assailant rammed his truck into a police checkpoint near Hebron on Friday, injuring two officers.") == [
        ("armed_clash", "Hebron", 2)
    ]


def test_ramming_a_vehicle_is_no_attack(ex):
    assert _types(ex, "A fishing trawler rammed a ferry in the harbour of Tartus on Sunday.") == []
