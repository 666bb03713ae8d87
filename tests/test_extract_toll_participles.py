"""A toll told by a participle after a comma ("..., killing 10") is the toll of the event its clause closes, the
last one told before it, not of the nearest event word after it."""

from __future__ import annotations

from datetime import date

import pytest


def _killed(ex, text):
    return [(i.location, i.casualties.killed) for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "On March 3, air strikes hit Khan Younis, killing 10, and on March 5 strikes hit Rafah, killing seven, medics said.",
        "Air strikes hit Khan Younis on Monday, killing 10, and strikes hit Rafah on Tuesday, killing seven, medics said.",
    ],
)
def test_each_participle_toll_goes_to_the_event_before_it(ex, text):
    assert _killed(ex, text) == [("Khan Younis", 10), ("Rafah", 7)]


def test_a_toll_told_before_its_event_still_goes_to_it(ex):
    text = "At least five were killed in a strike on a home in Deir al-Balah on Monday, medics said."
    assert _killed(ex, text) == [("Deir al-Balah", 5)]


@pytest.mark.parametrize(
    "text, killed",
    [
        ("Four members of one family were killed when a missile hit their home in Tamra on Saturday.", [4]),
        ("Six people from one household died when a drone hit a house in Sumy on Saturday.", [6]),
    ],
)
def test_one_family_names_whose_the_dead_were_not_how_many(ex, text, killed):
    assert [k for _, k in _killed(ex, text)] == killed


def test_one_more_dead_told_with_its_own_verb_still_counts_one(ex):
    """Near-miss control: 'one' that heads the dead is a count."""
    assert [k for _, k in _killed(ex, "One civilian was killed when a drone hit a house in Sumy on Saturday.")] == [1]
