"""A speaker named by a pronoun ("It said ...", "..., it added") is the one the sentence before named.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

DAY = date(2025, 3, 4)
HEAD = "Border fighting\n\nJets struck a depot near Kotli on Tuesday, killing three guards, the army said.\n\n"


def _attributions(ex, text):
    facts = ex.extract(HEAD + text, id="t", published=DAY)
    return {i.type: i.attribution for i in facts.incidents}


def test_it_said_is_the_speaker_of_the_sentence_before(ex):
    found = _attributions(ex, "It said its air defences shot down two drones over Sialkot.")
    assert found.get("interception") == "army", found


def test_a_trailing_it_added_is_that_speaker_too(ex):
    found = _attributions(ex, "Air defences shot down two drones over Sialkot, it added.")
    assert found.get("interception") == "army", found


def test_not_when_the_sentence_names_another_speaker(ex):
    # control: a second speaker in the sentence leaves the pronoun's report untold rather than guessed
    found = _attributions(
        ex, "He said rebels fired a rocket at Sialkot, which the police said was shot down over the city."
    )
    assert found.get("interception") != "army", found
