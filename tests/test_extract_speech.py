"""The verbs of saying: one table (speech.py), read by every rule that reads a statement."""

from __future__ import annotations

import re

from reporter.extract import candidates, events, milestones, places, posture, speech, threats


def test_every_rule_reads_the_one_table():
    assert speech.SAYING <= candidates._THAT_OPENERS
    assert speech.PLAIN < speech.OWN_WORDS < speech.SAYING
    assert threats.speech is speech and milestones.speech is speech
    assert speech.PLAIN <= threats._SPEECH
    for verb in speech.SAYING:
        assert speech.SAYING_WORD.fullmatch(verb), verb
        assert posture._RESUMED.match(f"{verb} that it") and posture._SPEAKS.match(f" {verb} that "), verb
        assert (verb in speech.OWN_WORDS) == bool(re.fullmatch(places._REACTION, verb)), verb
        said = f"{verb} reporters" if verb in speech.ADDRESSED else verb
        assert (verb in speech.PLAIN) == bool(threats._PRONOUN.fullmatch(f"He {said}")), verb


def test_a_speakers_own_words_open_a_threat_and_news_given_does_not():
    for verb in sorted(speech.OWN_WORDS):
        said = f"{verb} reporters" if verb in speech.ADDRESSED else verb
        text = f"The commander {said} that the brigade would strike the depot again."
        found = events.SAID_WOULD.search(text)
        assert found is not None and found.group().lower().startswith(verb), verb
    for verb in sorted(speech.SAYING - speech.OWN_WORDS):
        text = f"The agency {verb} that the brigade would strike the depot again."
        assert events.SAID_WOULD.search(text) is None, verb
