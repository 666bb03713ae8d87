"""South Sudan's White Army militia is a listed armed group, so a report blaming it names it as blamed;
the words in lower case ("a white army truck") name nobody."""

from __future__ import annotations

from datetime import date


def _actors(ex, text):
    return [list(i.actors) for i in ex.extract(text, id="t", published=date(2025, 3, 4)).incidents]


def test_the_militia_blamed_is_named(ex):
    text = "Gunmen ambushed an army convoy near Ulang on Monday, the governor said, blaming the White Army militia."
    assert _actors(ex, text) == [["White Army (blamed)"]]


def test_lower_case_words_name_no_group(ex):
    text = "Gunmen ambushed a white army truck near Ulang on Monday, the governor said."
    assert _actors(ex, text) == [[]]
