"""prefilter.opening_guard: the look-ahead of the ways a match can open, read from the pattern itself."""

from __future__ import annotations

import re

from reporter.extract import milestones
from reporter.extract.prefilter import opening_guard

_STEPS = (
    r"(?:(?:has|have)\s+(?:\w+ly\s+)?)?(?:handed|turned)\s+over\b|\w+ly\s+left|"
    r"(?<=army\s)(?:[^.]{0,30}?\s)??(?:quit|exited)\b|demobili[sz]ed"
)


def _openings(guard: str) -> set[str]:
    assert guard.startswith("(?=") and guard.endswith(")")
    return set(guard[3:-1].split("|"))


def test_openings_are_read_from_every_path():
    found = _openings(opening_guard(_STEPS, re.I))
    # literal runs lead (the look-behind before "quit" left out), an adverb keeps "\w+" before its
    # "ly", a path that reads on past a look-behind keeps the look-behind alone, and a part that keeps
    # to case cannot be written: a path opening with it leaves the pattern without a guard
    assert found >= {"has", "have", "handed", "turned", r"[\w]{1,}ly", "quit", "exited", "demobilised", "demobilized"}
    assert "(?<=army[\\s])" in found
    assert opening_guard(r"\w+ly\s+left|(?-i:[A-Z])\w+\s+withdrew", re.I) == ""


def test_no_guard_where_a_match_may_open_with_anything_or_nothing():
    assert opening_guard(r"(?:.)+x") == ""
    assert opening_guard(r"x?y?") == ""
    assert opening_guard(r"(?:ab|c)") == "(?=ab|c)"


def test_the_guarded_pattern_finds_what_the_pattern_finds_in_any_case():
    plain = re.compile(r"\b(?=\w)" + _STEPS, re.I)
    guarded_ = re.compile(r"\b(?=\w)" + opening_guard(_STEPS, re.I) + _STEPS, re.I)
    for text in (
        "The unit HAS handed over the post, and its crews quietly left.",
        "The army haſ turned over two depots after the army, said a colonel, quit the town.",  # long s
        "The army units exited the zone; a militia was demobilised and another Demobilized.",
        "Handed Over. Turned over. The army quit.",
        "Nothing of the kind happened to the base.",
    ):
        assert [m.span() for m in guarded_.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_done_steps_are_those_found_without_the_guard():
    guard = opening_guard(milestones._DONE_STEPS, re.I)
    assert guard and milestones._DONE.pattern.pattern == r"\b(?=\w)" + guard + milestones._DONE_STEPS
    plain = re.compile(r"\b(?=\w)" + milestones._DONE_STEPS, re.I)
    for text in (
        "The garrison has finally handed over the camp to the army on Monday.",
        "Officials said the base was formally returned to the local police.",
        "The brigade's withdrawal of its soldiers ended on Friday, and the mission ended too.",
        "The mission, in a short note, was formally closed; the troops have fully withdrawn.",
        "THE TROOPS PULLED OUT OF THE TOWN AND RETURNED HOME.",
    ):
        found = [(m.span(), m.groups()) for m in milestones._DONE.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in plain.finditer(text)], text
        assert found, text
    assert re.compile(guard, re.I).match("the") is None
