"""A stage of a deal named by its ordinal or number ("the second stage", "stage two") is a step, as a
phase is: "The second stage starts six weeks after that", told after the truce's start, is due six weeks
after it."""

from datetime import date

import pytest

DAY = date(2025, 2, 10)


def _plans(ex, text: str) -> list[str]:
    return [m.due for m in ex.extract(text, id="t", published=DAY).milestones if not m.done]


@pytest.mark.parametrize(
    "second",
    ["The second stage starts six weeks after that.", "Stage two begins 42 days after that."],
)
def test_a_stage_counted_from_the_event_before_is_due(ex, second):
    text = "The truce between the two militias took effect on January 19. " + second
    assert _plans(ex, text) == ["2025-03-02"]


def test_a_stage_verb_is_no_stage(ex):
    """Near miss: "stage" as a verb names no stage of a deal."""
    text = "The truce between the two militias took effect on January 19. The rebels staged an attack six weeks after that."
    assert _plans(ex, text) == []
