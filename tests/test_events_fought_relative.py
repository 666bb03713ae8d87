"""A fight's verb in a restrictive relative after people who are not armed men says who they are
("veterans who fought against the army"), no fight of the report; armed men who fought still fought."""

from datetime import date


def _types(ex, text):
    return [(i.type, i.location) for i in ex.extract(text, id="x", published=date(2025, 3, 14)).incidents]


def test_people_who_fought_are_no_fight(ex):
    assert _types(ex, "Former students who fought against the army in the war gathered in Kadugli on Friday.") == []
    assert _types(ex, "Farmers who once battled the militia were honoured at a ceremony in Nyala on Monday.") == []


def test_armed_men_who_fought_still_fought(ex):
    assert _types(ex, "Rebels who fought troops near Kadugli on Sunday lost six men, the army said.") == [("armed_clash", "Kadugli")]
    assert _types(ex, "Former students fought against the army near Kadugli on Friday, witnesses said.") == [
        ("armed_clash", "Kadugli")
    ]
