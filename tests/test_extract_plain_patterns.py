"""Small patterns tried in short spans are plain compiled patterns, with no gate or twin before them.

A Prefiltered or Folded wrapper runs a few Python calls per search (the gate's substring tests, the
lower-cased span, the twin's search and the pattern's match at its start); for a pattern of a few
words tried in a clause or in the 40 to 120 characters before an event word, the engine's own search
costs less than that. Replayed on the read shards' calls, each of these was searched faster plain.
The answers are the same either way: what is pinned here is the choice, and what each still finds.
"""

from __future__ import annotations

import re

from reporter.extract import candidates, casualties, events, milestones, places, troop_nouns

PLAIN = {
    "events._BREAK": events._BREAK,
    "events._ATTEMPT": events._ATTEMPT,
    "events._DENIAL": events._DENIAL,
    "events._DEPICTED": events._DEPICTED,
    "places._THE_SETTLEMENT": places._THE_SETTLEMENT,
    "milestones._KEYWORD": milestones._KEYWORD,
    "troop_nouns.EXERCISE_WORD": troop_nouns.EXERCISE_WORD,
    "candidates._SAME_DAY": candidates._SAME_DAY,
    "candidates._SINCE_ADVERB": candidates._SINCE_ADVERB,
    "candidates._ORDINAL_SUBJECT": candidates._ORDINAL_SUBJECT,
    "candidates._SUIT": candidates._SUIT,
    "casualties._NONE_AT_ALL": casualties._NONE_AT_ALL,
}


def test_small_patterns_of_short_spans_are_plain():
    for name, p in PLAIN.items():
        assert isinstance(p, re.Pattern), name


def test_plain_patterns_still_find_their_words_in_any_case():
    assert events._DENIAL.search("The ministry DENIED any role in the blast.")
    assert events._ATTEMPT.search("Crews TRIED to ")
    assert events._DEPICTED.search("A photo released later shows the burning hangar")
    assert milestones._KEYWORD.search("The brigade will Withdraw by spring.")
    assert candidates._SAME_DAY.search("Later that EVENING a second blast shook the port.")
    assert candidates._SINCE_ADVERB.search("the militia Has Since retreated")
    assert candidates._SUIT.search("and Ruritania followed suit")
    assert casualties._NONE_AT_ALL.search("No one was hurt, the mayor said.")
    assert candidates._ORDINAL_SUBJECT.search("two rockets fell and a Third ")
    text = "The drones struck a depot; officials said the fire spread, which closed the road."
    assert [m.start() for m in events._BREAK.finditer(text)] == [text.index(";"), text.index(", which")]
