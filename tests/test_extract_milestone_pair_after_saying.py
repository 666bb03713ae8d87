"""Two nouns joined by "and" in one subject ("the pullout of the troops and equipment will be finished")
stay one subject when a verb of saying opens the sentence before them: the step's label names the whole
subject, not the words after the "and"."""

from datetime import date

import pytest

DAY = date(2025, 6, 3)


def _whats(ex, text: str) -> list[str]:
    return [m.what for m in ex.extract(text, id="t", published=DAY).milestones]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Officials said the withdrawal of Belgian troops and helicopters from Mali will be completed no later than September 15, 2025.",
            "the withdrawal of Belgian troops and helicopters from Mali will be completed",
        ),
        (
            "The ministry announced that the pullout of Italian soldiers and equipment from Chad will be finished by the end of January.",
            "the pullout of Italian soldiers and equipment from Chad will be finished",
        ),
    ],
)
def test_a_joined_subject_after_a_saying_stays_whole(ex, text, label):
    assert _whats(ex, text) == [label]


def test_a_second_clause_after_a_saying_keeps_its_own_label(ex):
    """Near miss: the "and" opens a clause with a subject of its own."""
    text = "Officials said the talks went well and the army will leave the town by the end of June."
    assert _whats(ex, text) == ["the army will leave the town"]
