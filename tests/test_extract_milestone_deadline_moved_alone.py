"""A deadline moved, told in a sentence of its own that names no step, is labelled by the step told last
before it: the label of "The deadline was later pushed back to June 2026" names the withdrawal."""

from datetime import date

DAY = date(2025, 12, 10)


def _labels(ex, text: str) -> dict[str, str]:
    return {m.due: m.what for m in ex.extract(text, id="t", published=DAY).milestones}


def test_moved_deadline_takes_the_step_before_it(ex):
    got = _labels(ex, "Under the deal, US troops will leave Iraq by September 2025. The deadline was later pushed back to June 2026.")
    assert got["2026-06"] == "US troops will leave Iraq (deadline moved)"


def test_moved_deadline_told_by_a_speaker(ex):
    got = _labels(ex, "The army will hand over the base by March. Officials said the deadline had been pushed back to May.")
    assert got["2026-05"] == "The army will hand over the base (deadline moved)"


def test_a_deadline_of_something_else_keeps_its_words(ex):
    # near miss: the deadline names what it is for, the talks, not the handover told before it
    got = _labels(ex, "The army will hand over the base by March. The deadline for the talks was later pushed back to May.")
    assert "(deadline moved)" not in got["2026-05"]
