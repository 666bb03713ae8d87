"""An "and" inside a short quoted phrase ('a "gradual and orderly" pullout') joins its words, so a step's
label keeps the whole phrase; an "and" between two clauses still opens the second."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 2, 11)


def _whats(ex: Extractor, text: str) -> list[str]:
    return [m.what for m in ex.extract(text, id="x", published=PUB).milestones]


def test_an_and_inside_a_quoted_phrase_keeps_the_label_whole(ex):
    text = 'The accord commits the mission to start a "gradual and orderly" pullout of its troops on March 1, 2026, officials said.'
    whats = _whats(ex, text)
    assert any('"gradual and orderly" pullout' in w for w in whats), whats


def test_an_and_between_clauses_still_opens_the_second(ex):
    text = "The mission held talks with the junta and its troops will start a pullout on March 1, 2026, officials said."
    whats = _whats(ex, text)
    assert whats and all(not w.startswith("The mission held talks") for w in whats), whats
