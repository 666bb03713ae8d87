"""An undated event in another country, by none of the parties of the event told before it, is another
war's and takes none of its days; a strike back between the same two parties still does."""

from datetime import date


def _dated(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 6, 3))
    return [(i.location, i.date) for i in facts.incidents]


def test_strike_in_another_war_keeps_no_borrowed_day(ex):
    text = (
        "Israeli jets struck an army depot near Damascus on Sunday, Syrian state media said. "
        "Turkish warplanes struck PKK hideouts in the Qandil mountains, the ministry said."
    )
    assert ("Qandil mountains", "2025-06-01") not in _dated(ex, text)


def test_other_war_reworded(ex):
    text = (
        "Russian missiles hit a power plant in Kharkiv on Saturday. "
        "Sudan's army shelled RSF positions in Omdurman, witnesses said."
    )
    assert ("Omdurman", "2025-05-31") not in _dated(ex, text)


def test_strike_back_between_the_same_parties_keeps_the_day(ex):
    text = "Israeli jets struck nuclear sites in Iran on Friday. Iran fired missiles at Tel Aviv, the army said."
    assert ("Tel Aviv", "2025-05-30") in _dated(ex, text)
