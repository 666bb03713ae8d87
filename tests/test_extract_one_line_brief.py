"""A one-line brief whose only English words are a count and the time of day still reads as English.

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date

from reporter.extract.text import is_english
from tests.conftest import shared_extractor


def test_count_in_words_marks_a_short_line_english():
    assert is_english("Rebel drones struck Goma overnight, killing three.")
    assert is_english("Artillery shells hit Sumy, wounding seven.")


def test_other_language_line_stays_foreign():
    # near miss: the same line in Spanish, with its own function words and counts
    assert not is_english("Drones rebeldes atacaron Goma durante la noche y mataron a tres.")


def test_one_line_brief_gives_its_incident():
    facts = shared_extractor().extract("Rebel drones struck Goma overnight, killing three.", id="t", published=date(2025, 3, 10))
    assert [(i.type, i.location) for i in facts.incidents] == [("drone_attack", "Goma")]
