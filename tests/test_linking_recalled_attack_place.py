"""An attack of long before, told as a new one after the news, happened somewhere in the news' country but
at no spot of it ("Drones struck X on Sunday. A drone strike in January 2024 killed 12"); told at the spot
again ("a drone strike there"), it keeps the spot."""

from datetime import date


def _places(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 6, 3))
    return [(i.date, i.location, i.country) for i in facts.incidents]


def test_recalled_attack_is_in_the_country(ex):
    text = "Drones struck fuel depots in Port Sudan on Sunday. A drone strike in January 2024 killed 12 people."
    assert ("2024-01-01/2024-01-31", "Sudan", "Sudan") in _places(ex, text)


def test_recalled_shelling_is_in_the_country(ex):
    text = "Rockets hit Kiryat Shmona on Monday. In November 2023, a rocket attack wounded two residents."
    assert ("2023-11-01/2023-11-30", "Israel", "Israel") in _places(ex, text)


def test_recalled_attack_there_keeps_the_spot(ex):
    text = "Drones struck fuel depots in Port Sudan on Sunday. A drone strike there in January 2024 killed 12 people."
    assert ("2024-01-01/2024-01-31", "Port Sudan", "Sudan") in _places(ex, text)
