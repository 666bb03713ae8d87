"""Strikes on weapons told only by where they were meant to go ("missiles prepared to launch toward X") take
the scene the next sentence finds those weapons in, when that sentence tells no event of its own."""

from datetime import date


def _places(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 3, 5))
    return [(i.location, i.country) for i in facts.incidents]


def test_weapons_found_in_the_next_sentence(ex):
    text = (
        "On March 4, coalition forces conducted strikes against four cruise missiles that were readied to "
        "launch toward the Gulf of Aden. Officials located the missiles in rebel-held parts of Yemen."
    )
    assert _places(ex, text) == [("Yemen", "Yemen")]


def test_next_sentence_of_other_things_leaves_the_aim(ex):
    # control: the next sentence names other things in a country, not the weapons struck
    text = (
        "On March 4, coalition forces conducted strikes against four cruise missiles that were readied to "
        "launch toward the Gulf of Aden. Officials praised the crews in Washington."
    )
    assert _places(ex, text) == [("Gulf of Aden", None)]
