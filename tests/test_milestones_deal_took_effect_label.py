"""A truce or deal told taking effect is labelled by the deal, not by the words left of its verb."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor


def _whats(ex: Extractor, text: str, pub: date) -> list[tuple[str, str, bool]]:
    return [(m.what, m.due, m.done) for m in ex.extract(text, id="x", published=pub).milestones]


def test_a_truce_with_a_party_that_took_effect_is_named_with_the_party(ex):
    text = "ADEN (Wire) — The rebels stopped their raids on shipping under a truce with Saudi Arabia that took effect on April 2."
    assert _whats(ex, text, date(2025, 5, 1)) == [("a truce with Saudi Arabia took effect on April 2", "2025-04-02", True)]


def test_a_deal_in_an_aside_is_named_by_the_deal(ex):
    text = "GAZA (Wire) — Under the accord, which took effect on March 3, prisoners are being exchanged each week."
    assert [w for w, _, _ in _whats(ex, text, date(2025, 3, 20))] == ["the accord took effect on March 3"]


def test_control_a_ceasefire_told_as_the_subject_keeps_its_label(ex):
    text = "ADEN (Wire) — The ceasefire took effect on April 2, the mediators said."
    assert [w for w, _, _ in _whats(ex, text, date(2025, 5, 1))] == ["The ceasefire took effect on April 2"]
