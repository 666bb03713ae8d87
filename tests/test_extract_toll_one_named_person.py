"""One person told by name is one killed: after a title ("killed senior commander Ali Hassan Fares") or
before a role set off by a comma ("killed Abu Yusuf al-Halabi, a leader of the cell", "..., who ran its
finances"). A people or a group named where the dead would be ("killed Palestinians, the ministry said")
counts nobody."""

from __future__ import annotations

from datetime import date

from tests.conftest import shared_extractor


def _killed(text):
    facts = shared_extractor().extract(text, id="t", published=date(2025, 6, 2))
    return [i.casualties.killed for i in facts.incidents]


def test_a_name_after_its_title():
    assert _killed("A drone strike on a car in Tyre on Monday killed senior Hezbollah commander Ali Hassan Fares.") == [1]


def test_a_name_before_its_role():
    assert _killed(
        "US forces carried out a strike in Idlib on Saturday. The strike killed Abu Yusuf al-Halabi, a senior leader of the cell."
    ) == [1]


def test_a_name_before_who():
    assert _killed("A drone strike near Jilib on Saturday killed Hassan Ali Dhoore, who ran the group's finances.") == [1]


def test_a_people_named_where_the_dead_would_be_counts_nobody():
    """Near miss: a plural people's name and a speaker after the comma tell no person."""
    assert _killed("An air strike in Rafah on Monday killed Palestinians, the ministry said.") == [None]


def test_a_group_named_with_a_speaker_counts_nobody():
    """Near miss: two capitalised words followed by a speaker, not a role."""
    assert _killed("An air strike near Mosul on Monday killed Islamic State fighters, the army said.") == [None]
