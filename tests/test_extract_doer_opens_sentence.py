"""A party named as the first word of a sentence is that sentence's subject: the last word of the sentence
before ("... two were killed. X fighters stormed ...") governs nothing in it, so it neither turns the party
into a victim nor hides it as a doer. Inside one sentence, a name after "killed" stays a victim."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

EX = Extractor()


def _actors(text):
    facts = EX.extract(text, id="t", published=date(2026, 3, 12))
    return [(i.location, list(i.actors)) for i in facts.incidents]


def test_a_group_opening_the_sentence_after_a_toll_is_the_doer():
    text = (
        "Police traded fire with gunmen in Peshawar on Monday; three were killed. "
        "Al-Shabaab fighters stormed a police station in Baidoa on Wednesday, killing two officers."
    )
    assert _actors(text)[-1] == ("Baidoa", ["Al-Shabaab"])


def test_a_group_named_after_killed_in_its_sentence_is_no_doer():
    """Near miss: troops killed the group's men; the group did not act."""
    text = "Troops killed Al-Shabaab fighters in a raid in Bay region on Wednesday."
    assert all("Al-Shabaab" not in actors for _, actors in _actors(text))
