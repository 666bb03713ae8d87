"""Troops a sentence opens with by the body that sent them ('UN peacekeepers', 'African Union
troops') are the one mission of that body serving, in the step's year, in the country the sentence
names: not the host country the sentence also names."""

from __future__ import annotations

from reporter.brief.commitment_identity import identity
from reporter.models import Milestone


def _who(what: str, sentence: str, due: str, done: bool = False) -> str | None:
    return identity(Milestone(what=what, due=due, evidence=sentence, done=done)).who


def test_un_peacekeepers_handing_a_camp_to_the_host_army_are_the_mission_there():
    sentence = "UN peacekeepers handed over their camp in Tessit, in eastern Mali, to the Malian army on Sunday, the second base to go."
    assert _who("UN peacekeepers handed over their camp in Tessit", sentence, "2023-09-10", done=True) == "MINUSMA"
    assert _who("the second base to go", sentence, "2023-09-10") == "MINUSMA"


def test_african_union_troops_are_the_mission_serving_in_the_year_due():
    """The Somalia mission of 2023 and its successor of 2026 are told apart by the year."""
    sentence = "African Union troops are to hand two bases in Somalia to the national army, officials said."
    assert _who("to hand two bases", sentence, "2023-12") == "ATMIS"
    assert _who("to hand two bases", sentence, "2026-12") == "AUSSOM"


def test_peacekeepers_named_later_in_the_sentence_or_where_no_mission_serves_are_no_mission():
    """Near misses: peacekeepers who only watch a handover, named after its step, are not its party;
    nor do peacekeepers in a country where the lexicon has no mission of theirs name one."""
    watched = "The Malian army will take over the camp in Tessit by Friday, UN peacekeepers watching, officials said."
    assert _who("The Malian army will take over the camp in Tessit", watched, "2023-09-15") != "MINUSMA"
    nowhere = "UN peacekeepers handed over their camp in Abeche, in eastern Chad, to the army on Sunday."
    assert _who("UN peacekeepers handed over their camp in Abeche", nowhere, "2023-09-10", done=True) is None
