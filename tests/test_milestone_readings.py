"""milestones.readings_in: every date of a sentence as the rules resolve it, with the due they would give."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor
from reporter.extract.milestones import readings_in


def _dues(text: str, published: date, sentence: int = 0) -> set[str]:
    art = Extractor().document(text, published)[1]
    assert art is not None
    return {due for _, due in readings_in(art, sentence)}


def test_every_date_of_the_sentence_is_read_with_its_due():
    """A signing day and a deadline in one sentence: both are readings, each at the text's precision."""
    text = "Under the pact signed on 3 March 2031, the brigade has until the end of June 2031 to quit the valley."
    dues = _dues(text, date(2031, 3, 9))
    assert {"2031-03-03", "2031-06-30"} <= dues


def test_a_stretch_ahead_is_counted_from_the_report():
    """'within 90 days' in a plan told on 1 February is due 90 days on."""
    text = "The engineers will pull out of the depot within 90 days, the ministry said on Tuesday."
    assert "2031-05-02" in _dues(text, date(2031, 2, 1))


def test_a_yearless_month_ahead_takes_the_coming_year():
    """'by March', told in November, is the March to come, not the one gone."""
    text = "The garrison is expected to hand the fort to local police by March."
    assert "2032-03" in _dues(text, date(2031, 11, 20))
