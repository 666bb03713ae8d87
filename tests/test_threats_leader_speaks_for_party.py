"""A leader the lexicon ties to a party, saying that the party ("the group", "the movement", "his forces")
will do harm, speaks for it: the threat is the party's. Naming a party by name, or no party, it stays his."""

from datetime import date

import pytest


def _threats(ex, text):
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents if i.type == "threat_statement"]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Hezbollah leader Naim Qassem said on Sunday the group would respond to the killing of its commander"
         " at a time of its choosing.", "Hezbollah"),
        ("Houthi leader Abdul-Malik al-Houthi warned that the movement would strike any ship linked to Israel"
         " in the Red Sea.", "Houthis"),
        ("Hemedti said his forces would attack the army in El Obeid if it did not withdraw.", "Rapid Support Forces"),
    ],
)
def test_a_leader_speaking_for_his_party(ex, text, party):
    assert _threats(ex, text) == [(party,)]


def test_a_leader_naming_a_state_keeps_his_threat(ex):
    # control: the party is named by its name, the threat his own (tests/test_extract_leader_sides.py)
    text = "Netanyahu warned on Monday that Israel would strike Hezbollah across Lebanon."
    assert _threats(ex, text) == [("Benjamin Netanyahu",)]


def test_his_next_words_are_the_same_statement(ex):
    # a quotation or a warning he goes on with is the threat he made for the party, told on
    text = (
        "Houthi leader Abdul-Malik al-Houthi said on Thursday the group would extend its operations to the"
        ' Indian Ocean. "Our operations will continue and escalate," he said.'
    )
    assert _threats(ex, text) == [("Houthis",)]


def test_the_partys_own_statement_and_his_later_one_stay_two(ex):
    # control: the group spoke first, in its own name; his warning is another statement
    text = (
        "Hezbollah said on Sunday it would respond to the killing of its commander in Tyre."
        " Naim Qassem later warned that Israel would pay a heavy price."
    )
    assert len(_threats(ex, text)) == 2
