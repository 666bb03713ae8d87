"""A salvo in tens downed over a country fell over many spots: a later sentence that tells no event and names
one spot (an airport whose flights were halted) is no scene of it; a pair downed can still be placed so."""

from datetime import date


def _places(ex, text):
    return [(i.type, i.location) for i in ex.extract(text, id="x", published=date(2025, 6, 4)).incidents]


def test_many_downed_stay_country_wide(ex):
    text = (
        "Russia's defence ministry said it shot down 42 Ukrainian drones overnight, including several heading for "
        "Moscow. Flights were briefly halted at Vnukovo and Domodedovo airports."
    )
    assert _places(ex, text) == [("interception", "Russia")]


def test_few_downed_take_the_spot_told_after(ex):
    text = (
        "Iraqi air defences shot down two drones over Iraq overnight, officials said. "
        "Flights were briefly halted at Baghdad airport."
    )
    assert _places(ex, text) == [("interception", "Baghdad airport")]
