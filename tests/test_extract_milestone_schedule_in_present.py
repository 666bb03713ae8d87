"""A deal's schedule told in the present counts a stretch from an event: "phase two begins 42 days after
the truce took effect" is due 42 days after that day, as "will begin" is."""

from datetime import date

MONDAY = date(2025, 1, 20)


def _dues(ex, text: str) -> list[str]:
    return sorted(m.due for m in ex.extract(text, id="t", published=MONDAY).milestones if not m.done)


def test_phase_begins_a_stretch_after_the_truce_took_effect(ex):
    assert _dues(ex, "Phase two begins 42 days after the truce took effect on January 19.") == ["2025-03-02"]


def test_phase_begins_a_stretch_later_told_in_its_own_sentence(ex):
    assert _dues(ex, "The truce took effect on January 19. Phase two begins 42 days later.") == ["2025-03-02"]


def test_a_stretch_told_in_the_past_is_no_plan(ex):
    # near miss: a step done a stretch later is no schedule
    assert _dues(ex, "The truce took effect on January 19. Fighting resumed 42 days later.") == []
