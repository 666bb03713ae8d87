"""Camps, told in the plural as in the singular, are a force's sites whose leaving or handing over is a
step done, dated by its own day; a camp of civilians (refugees, the displaced) is none."""

import datetime

import pytest

MARCH_14 = datetime.date(2025, 3, 14)


@pytest.mark.parametrize(
    "text",
    [
        # the day told in a relative clause on the camps the main clause took over
        "The junta took over two camps near Agadez, which were vacated on March 4.",
        "French troops left two camps near Agadez, which were vacated on March 4.",
        "Two camps near Agadez were vacated on March 4.",
    ],
)
def test_camps_left_are_a_step_done_that_day(ex, text):
    found = ex.extract(text, id="t", published=MARCH_14).milestones
    assert [(m.due, m.done) for m in found] == [("2025-03-04", True)]


@pytest.mark.parametrize(
    "text",
    [
        # controls: camps of civilians, in the plural and in the singular
        "Two refugee camps near Agadez were vacated on March 4 after the floods.",
        "The refugee camp near Agadez was vacated on March 4 after the floods.",
        "Two displacement camps near Agadez were closed on March 4.",
        "Aid workers left the camps near Agadez on March 4.",
    ],
)
def test_camps_of_civilians_are_no_step(ex, text):
    assert ex.extract(text, id="t", published=MARCH_14).milestones == ()
