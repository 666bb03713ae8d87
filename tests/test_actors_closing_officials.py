"""A closing speech tag names its source even when it is bare "officials" (", officials said."), and an
inverted tag may name a titled person without an article (", says regional governor Ali Hassan.");
"Officials said ..." opening the sentence stays unread, as before."""

from __future__ import annotations

from datetime import date

import pytest


def _attribution(ex, text: str) -> str | None:
    [inc] = ex.extract(text, id="t", published=date(2031, 5, 2)).incidents
    return inc.attribution


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("officials said", "officials"),
        ("officials said on Sunday", "officials"),
        ("says regional governor Ali Hassan", "regional governor Ali Hassan"),
        ("said provincial police chief Omar Salim", "provincial police chief Omar Salim"),
    ],
)
def test_a_closing_tag_names_its_source(ex, tag, expected):
    text = f"Gunmen stormed a police post near Tikrit on Saturday, killing three officers, {tag}."
    assert _attribution(ex, text) == expected


def test_control_officials_opening_the_sentence_stay_unread(ex):
    text = "Officials said a rocket hit a fuel depot near Tikrit on Saturday, killing three guards."
    assert _attribution(ex, text) is None


def test_control_a_qualified_officials_tag_is_unchanged(ex):
    text = "Gunmen stormed a police post near Tikrit on Saturday, killing three officers, local officials said."
    assert _attribution(ex, text) == "local officials"



def test_control_a_day_after_said_is_no_source(ex):
    text = "Gunmen stormed a police post near Tikrit, killing three officers, said last Monday."
    assert _attribution(ex, text) is None
