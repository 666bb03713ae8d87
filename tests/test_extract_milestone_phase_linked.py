"""A phase told by its ordinal ("The first phase began on 1 September", "the second will end by ...") is a phase of
the step its sentence or the one before names, and is labelled by it."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 3, 14)


def _read(ex: Extractor, text: str) -> list[tuple[str, str, bool]]:
    return sorted((m.due, m.what, m.done) for m in ex.extract(text, id="x", published=PUB).milestones)


def test_a_phase_begun_after_the_withdrawal_was_named_is_a_done_step_of_it(ex):
    text = (
        "The drawdown of the AU force began in June. The first phase, covering 600 soldiers, began on 2 October, "
        "and the second will end by 30 November 2025."
    )
    assert _read(ex, text) == [
        ("2024-06", "The drawdown of the AU force began in June", True),
        ("2024-10-02", "The first phase of the drawdown of the AU force began on 2 October", True),
        ("2025-11-30", "the second phase of the drawdown of the AU force will end", False),
    ]


def test_a_stage_begun_takes_a_possessive_step(ex):
    text = "The brigade's redeployment is under way. The second stage started on 3 March."
    assert ("2025-03-03", "The second stage of the brigade's redeployment started on 3 March", True) in _read(ex, text)


def test_a_phase_of_something_else_is_no_step(ex):
    """Control: a phase of talks, or a phase with no step named near it, tells nothing."""
    assert _read(ex, "The first phase of talks began on 1 September.") == []
    assert _read(ex, "Prices rose sharply. The first phase began on 1 September.") == []


def test_an_ordinal_of_something_else_keeps_its_label(ex):
    """Control: "the second" after a convoy is not a phase."""
    text = "The first convoy left on Monday, and the second will leave the base by 31 December 2025."
    assert ("2025-12-31", "the second will leave the base", False) in _read(ex, text)
