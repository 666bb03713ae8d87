"""Airspace closed by one state and then by others told with the pronoun ("X closed its airspace, and Y
and Z shut theirs") is one step over each state's own sky (GUIDE: airspace closures are incidents of type
other); "theirs" after something else closed (embassies) is no airspace step."""

from __future__ import annotations

from datetime import date

_DAY = date(2031, 11, 8)


def test_each_state_that_shut_theirs_closes_its_own_sky(ex):
    text = "Kuwait closed its airspace on Saturday, and Bahrain and Qatar shut theirs as missiles flew overhead, officials said."
    closures = [i for i in ex.extract(text, id="t", published=_DAY).incidents if i.type == "other"]
    assert sorted(i.country for i in closures) == ["Bahrain", "Kuwait", "Qatar"]


def test_theirs_after_embassies_is_no_airspace(ex):
    """Near miss: the pronoun stands for embassies, so no airspace step is told."""
    text = "Canada closed its embassy in Tehran on Saturday, and Norway and Denmark shut theirs, officials said."
    assert [i for i in ex.extract(text, id="t", published=_DAY).incidents if i.type == "other"] == []


def test_an_adverb_between_the_list_and_its_verb(ex):
    """'Bahrain and Qatar also closed their airspace' is still one step over each."""
    text = "Kuwait shut its airspace on Saturday as missiles flew overhead. Bahrain and Qatar also closed their airspace hours later, officials said."
    closures = [i for i in ex.extract(text, id="t", published=_DAY).incidents if i.type == "other"]
    assert sorted(i.country for i in closures) == ["Bahrain", "Kuwait", "Qatar"]
