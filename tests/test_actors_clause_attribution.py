"""A clause after a semicolon that names its own speaker reports its own events: "X said the group fired a
missile; the Israeli military said it intercepted it" gives the interception to the military."""

from datetime import date


def _attrs(ex, text):
    return [(i.type, i.attribution) for i in ex.extract(text, id="a", published=date(2025, 3, 21)).incidents]


def test_the_second_clause_has_its_own_speaker(ex):
    text = (
        "Houthi military spokesman Yahya Saree said the group fired a missile at Ben Gurion airport on Wednesday;"
        " the Israeli military said it intercepted the missile."
    )
    got = dict(_attrs(ex, text))
    assert got["missile_attack"] == "Houthi military spokesman Yahya Saree"
    assert got["interception"] == "Israeli military"


def test_a_clause_with_no_speaker_of_its_own_keeps_the_sentences(ex):
    # control: the toll clause after the semicolon names the only speaker, which stays the sentence's
    text = "Israeli jets struck a depot near Hama on Friday; two people were killed, Syrian state media said."
    assert _attrs(ex, text) == [("air_strike", "Syrian state media")]
