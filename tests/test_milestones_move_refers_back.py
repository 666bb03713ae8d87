"""A sentence that opens on "The move" after a step's sentence tells more of that step: a handover told done in its
own aside after "follows" ("which were handed over to the army on March 2") is a done step, with the force of
the sentence before lent to it."""

import datetime

import pytest

PUBLISHED = datetime.date(2025, 3, 14)


def _dues(ex, text):
    return [(m.due, m.done) for m in ex.extract(text, id="t", published=PUBLISHED).milestones]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Belgian troops are leaving Niger. The move follows the closure of two camps near Agadez, which were handed over to the army on March 3.", "2025-03-03"),
        ("Belgian troops are leaving Niger. The step follows the closure of two camps near Agadez, which were handed back to the army on March 4.", "2025-03-04"),
    ],
)
def test_done_aside_after_the_move_is_a_step(ex, text, due):
    assert (due, True) in _dues(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        # controls: the act the move follows is no step of a force, or no sentence of forces before it
        "Belgian troops are leaving Niger. The move follows the group's decision to end talks on March 3.",
        "Prices rose again this week. The move follows the closure of two shops near Agadez, which were handed over to the bank on March 3.",
    ],
)
def test_move_after_no_step_adds_none(ex, text):
    assert ("2025-03-03", True) not in _dues(ex, text)
