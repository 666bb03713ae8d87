"""Artillery or mortar fire told as "exchanges" or "duels" is shelling (GUIDE: artillery or mortar fire), as
"artillery fire" is; the same words told of a war in general or of a past year stay no event of the report."""

from datetime import date


def _types(ex, text):
    return [(i.type, i.location) for i in ex.extract(text, id="x", published=date(2025, 3, 14)).incidents]


def test_artillery_exchanges_on_a_day(ex):
    assert _types(ex, "Residents of Omdurman reported heavy artillery exchanges between the army and the RSF on Monday.") == [
        ("shelling", "Omdurman")
    ]
    assert _types(ex, "Mortar duels between the two sides went on in Kadugli on Sunday, residents said.") == [("shelling", "Kadugli")]


def test_exchanges_as_a_feature_of_war(ex):
    assert _types(ex, "Artillery duels between the two armies are a feature of the war, analysts say.") == []
