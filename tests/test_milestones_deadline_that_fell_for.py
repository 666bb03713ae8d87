"""A deadline told as falling on its day, the step named after it ("a deadline that fell on Friday for
the brigade's withdrawal"), is labelled by that step, as "a deadline of March 31 for the withdrawal" is."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 3, 17)


def _whats(ex: Extractor, text: str) -> list[str]:
    return [m.what for m in ex.extract(text, id="x", published=PUB).milestones]


def test_a_deadline_that_fell_for_a_step_is_labelled_by_the_step(ex):
    text = "Ethiopian troops stayed in three border posts on Monday, past a deadline that fell on Friday for the brigade's withdrawal."
    assert any("brigade's withdrawal" in w for w in _whats(ex, text))


def test_a_deadline_of_a_date_for_a_step_keeps_its_label(ex):
    text = "The council set a deadline of March 31 for the withdrawal of the brigade from the border posts."
    assert any("withdrawal of the brigade" in w for w in _whats(ex, text))
