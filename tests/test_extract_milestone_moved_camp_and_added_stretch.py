"""A camp handed over is a force's step, even when its date is told moved and no force is named beside it;
a stretch told as added ("three more months to wind down") is given for the step like any other, and a
step verb read with its particle ("to wind down") names the step after the stretch."""

import datetime

import pytest

PUBLISHED = datetime.date(2025, 3, 14)


def _found(ex, text):
    return [(m.due, m.what) for m in ex.extract(text, id="t", published=PUBLISHED).milestones]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The handover of the Tessit camp has been pushed back to May 15.", "2025-05-15"),
        ("The handover of the Tessit camp, first planned for March 31, was postponed to mid-May.", "2025-05"),
        ("The army will hand over the Ber outpost to the police by June.", "2025-06"),
    ],
)
def test_a_camp_handed_over_is_a_step(ex, text, due):
    found = _found(ex, text)
    assert [d for d, _ in found] == [due]
    assert "Tessit camp" in found[0][1] or "Ber outpost" in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "The handover of the Zamzam refugee camp to the aid agency was postponed to May 15.",  # no force's camp
        "The vote has been pushed back to May 15, officials said.",  # no step at all
    ],
)
def test_no_step_of_a_force_stays_none(ex, text):
    assert _found(ex, text) == []


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("The junta gave the mission three more months to wind down its operations in the north.", "the mission wind down its operations in the north"),
        ("The junta gave the mission three months to wind down its operations in the north.", "the mission wind down its operations in the north"),
        ("The government gave the contingent two additional months to leave the region.", "the contingent leave the region"),
    ],
)
def test_a_stretch_added_is_given_for_its_step(ex, text, what):
    assert _found(ex, text) == [("2025-06-14" if "three" in text else "2025-05-14", what)]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said they needed three more months to finish the report.",
        "The players have two more weeks to prepare for the final.",
    ],
)
def test_a_stretch_added_for_no_step_stays_none(ex, text):
    assert _found(ex, text) == []


def test_a_deadline_moved_alone_still_takes_the_step_before(ex):
    """Control: "The deadline was later pushed back" names no step: the one told before it is moved."""
    text = "Peacekeepers will hand over the Tessit camp to the army by March 31. The deadline was later pushed back to June."
    assert _found(ex, text) == [
        ("2025-03-31", "Peacekeepers will hand over the Tessit camp to the army"),
        ("2025-06", "Peacekeepers will hand over the Tessit camp to the army (deadline moved)"),
    ]
