"""A sentence that opens another matter ("Separately,", "Elsewhere,", "In a separate incident,") names no
spot of the event told before it: a province's event keeps its province instead of taking a town of that
other matter. A following sentence that only says where the event was still narrows it."""

from __future__ import annotations

from datetime import date

from tests.conftest import shared_extractor


def _places(text):
    return [i.location for i in shared_extractor().extract(text, id="t", published=date(2026, 5, 5)).incidents]


def test_a_separate_matter_lends_no_town():
    text = "Troops shot down a drone over Marib province on Sunday. Separately, fighting broke out near Taiz."
    assert _places(text)[0] == "Marib province"


def test_an_elsewhere_sentence_lends_no_town():
    text = "Troops shot down a drone over Marib province on Sunday. Elsewhere, tribesmen gathered outside Taiz."
    assert _places(text) == ["Marib province"]


def test_a_sentence_saying_where_still_narrows():
    """Near miss: the next sentence tells where the event's own site lies."""
    text = "Gunmen attacked a police post in Marib province on Sunday, killing three officers. The post stands at the edge of Sirwah."
    assert _places(text) == ["Sirwah"]
