"""A reference that names a town ("the Nabatiyeh strike") points at the event told there, not at the one told
last at another town, whatever weapon that one had."""

from datetime import date


def _tolls(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 6, 4))
    return {i.location: (i.casualties.killed, i.casualties.injured) for i in facts.incidents}


def test_toll_of_named_town_goes_to_its_strike(ex):
    text = (
        "The Israeli military said on Wednesday it had struck Hezbollah infrastructure in Nabatiyeh overnight, "
        "and that a drone had eliminated two operatives near Bint Jbeil on Tuesday. "
        "Lebanon's health ministry said one person was killed in the Nabatiyeh strike and three were wounded."
    )
    got = _tolls(ex, text)
    assert got["Nabatiyeh"] == (1, 3)
    assert got["Bint Jbeil"] == (2, None)


def test_toll_of_the_last_towns_strike_stays_there(ex):
    text = (
        "Israeli jets struck Hezbollah sites in Nabatiyeh overnight, the military said on Wednesday. "
        "A drone hit a car near Bint Jbeil on Tuesday. "
        "Lebanon's health ministry said one person was killed in the Bint Jbeil strike."
    )
    assert _tolls(ex, text)["Bint Jbeil"][0] == 1
