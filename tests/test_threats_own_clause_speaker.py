"""A warning in a clause of its own, opened by "as" or "while" with its own subject, is that subject's: the
party it names (a nationality before a role counts), or no one when it names none; never the subject that
opens the sentence. A verb coordinated with "and" still shares the opening subject."""

from datetime import date

import pytest

LEAD = "Drones struck a depot near Tyre on Sunday, officials said. "
OPENING = "Israel will keep soldiers at five hilltop posts inside Lebanon after the deadline"


def _threats(ex, sentence):
    found = ex.extract(LEAD + sentence, id="x", published=date(2025, 3, 3)).incidents
    return [list(i.actors) for i in found if i.type == "threat_statement"]


@pytest.mark.parametrize("subject", ["Lebanese leaders", "Lebanese officials"])
def test_the_clause_s_own_party_speaks(ex, subject):
    sentence = f"{OPENING}, as {subject} warned that any soldiers left would be treated as an occupation force."
    assert _threats(ex, sentence) == [["Lebanon"]]


@pytest.mark.parametrize("subject", ["critics", "residents of the border villages"])
def test_a_clause_subject_naming_no_party_is_no_threat(ex, subject):
    sentence = f"{OPENING}, while {subject} warned that any soldiers left would be met with force."
    assert _threats(ex, sentence) == []


def test_a_verb_sharing_the_opening_subject_keeps_it(ex):
    sentence = f"{OPENING}, and warned that any rocket fire would be met with force."
    assert _threats(ex, sentence) == [["Israel"]]


def test_a_party_named_in_the_clause_speaks(ex):
    sentence = f"{OPENING}, as Hezbollah warned that any soldiers left would be met with force."
    assert _threats(ex, sentence) == [["Hezbollah"]]
