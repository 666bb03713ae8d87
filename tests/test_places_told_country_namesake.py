"""A name several countries' places share, told in a country ("the X air base in Russia's Y region",
"X, Syria,"), is that country's namesake, even where the dateline names another country most."""

from datetime import date


def _places(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 11, 18))
    return [(i.location, i.country, i.lat is not None) for i in facts.incidents]


def test_site_in_a_told_country_beats_the_dateline(ex):
    text = (
        "KYIV, Nov 18 (Reuters) - Ukrainian forces hit the Millerovo air base in Russia's Rostov region "
        "with long-range drones overnight, a security source said."
    )
    out = ex.extract(text, id="x", published=date(2025, 11, 18)).incidents
    assert [(i.location, i.country) for i in out] == [("Millerovo air base", "Russia")]
    assert out[0].lon is not None and out[0].lon > 40


def test_dateline_still_picks_when_no_country_is_told(ex):
    # control: with no country told beside the name, the dateline's country keeps its namesake
    text = (
        "KYIV, Nov 18 (Reuters) - Russian drones hit the village of Millerovo on Tuesday, "
        "wounding two people, regional officials said."
    )
    assert [(loc, c) for loc, c, _ in _places(ex, text)] == [("Millerovo", "Ukraine")]
