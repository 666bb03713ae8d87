"""One pattern for a comma opening a relative clause (text.relative_opener): ", which" and ", whose" always,
other words (", where", ", who") only where a reader asks for them, closed as that reader asks."""

from __future__ import annotations

import re

from reporter.extract.text import relative_opener


def test_which_and_whose_open_a_clause_after_a_comma():
    opener = relative_opener()
    assert opener.search("the town of Karmi, which lies on the river")
    assert opener.search("the militia, whose fighters held the bridge")
    # (control: no comma, or another word, opens nothing)
    assert not opener.search("the town which lies on the river")
    assert not opener.search("the militia, where fighters held the bridge")


def test_extra_words_open_only_where_asked():
    assert relative_opener("where").search("its base in Karmi, where 300 troops are stationed")
    assert not relative_opener().search("its base in Karmi, where 300 troops are stationed")


def test_the_closing_and_the_case_are_the_callers():
    # a space closes by default, so ", which," opens nothing; a word boundary takes it
    assert not relative_opener().search("the convoy, which, officials said, turned back")
    assert relative_opener(end=r"\b").search("the convoy, which, officials said, turned back")
    # case is kept unless the reader folds it
    assert not relative_opener().search("THE CONVOY, WHICH TURNED BACK")
    assert relative_opener(end=r"\b", flags=re.I).search("THE CONVOY, WHICH TURNED BACK")


def test_each_reader_keeps_its_own_words():
    from reporter.extract import events

    # the clause break reader takes ", whom"; a bare ", which" opener does not
    assert events.RELATIVE_OPEN.match(", whom officials named")
    assert events.RELATIVE_OPEN.match(", Where the convoy stopped")
    assert not relative_opener().match(", whom officials named")
