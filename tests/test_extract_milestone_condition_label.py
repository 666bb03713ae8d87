"""A conditional commitment stays a milestone, labelled by its step without the condition it hangs on."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 3, 14)


def _read(ex: Extractor, text: str) -> list[tuple[str, str]]:
    return [(m.due, m.what) for m in ex.extract(text, id="x", published=PUB).milestones]


def test_an_if_clause_after_the_step_is_left_out_of_the_label(ex):
    text = "Turkey said it would withdraw its 900 troops from the northern enclave if Damascus accepts the new terms by July 2025."
    found = _read(ex, text)
    assert len(found) == 1 and found[0][0] == "2025-07"
    assert "if" not in found[0][1].split() and found[0][1].endswith("from the northern enclave")


def test_an_unless_clause_is_left_out_too(ex):
    text = "The mission will stay in the province until the end of 2025 unless the council decides otherwise."
    assert _read(ex, text) == [("2025-12", "The mission will stay in the province")]


def test_a_step_without_a_condition_keeps_its_label(ex):
    """Control: no condition, nothing cut."""
    text = "The mission will stay in the province until the end of 2025, the council said."
    assert _read(ex, text) == [("2025-12", "The mission will stay in the province")]


def test_a_hedged_condition_is_still_no_plan(ex):
    """Control: "could ... if" stays a hypothesis, no milestone."""
    text = "The brigade could leave the port by June 2025 if the talks fail."
    assert _read(ex, text) == []
