"""A table of words that must hold any form a text uses: the lemmas of its regular inflections."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor
from reporter.extract.lemmas import inflected_lemmas, lemma
from reporter.extract.steps import STEP_LEMMAS


@pytest.mark.parametrize(
    "form", ["arrived", "arriving", "leaving", "removed", "removing", "disengaged", "halved", "patrolled", "patrolling"]
)
def test_every_inflection_of_a_step_is_in_the_step_table(form):
    """The suffix rules cut a silent e they do not know ('arrived' -> 'arriv') and keep a doubled l
    ('patrolled' -> 'patroll'); the step table holds those lemmas too."""
    assert lemma(form) in STEP_LEMMAS


def test_inflected_lemmas_holds_the_word_and_its_regular_forms():
    found = inflected_lemmas(["remove", "patrol"])
    assert {lemma(w) for w in ("remove", "removes", "removed", "removing", "patrolled", "patrols")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Government forces disengaged from the front line on Monday under the truce.",
        "The last Turkish soldiers removed their equipment from the outpost on Monday, the army said.",
    ],
)
def test_a_step_told_done_in_any_inflection_is_a_done_step(text):
    """'disengaged', 'removed' on Monday are steps told done that day, as 'withdrew' is."""
    facts = Extractor().extract(text, id="t", published=date(2030, 5, 10))  # a Friday
    assert [m.due for m in facts.milestones] == ["2030-05-06"]
