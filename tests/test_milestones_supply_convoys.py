"""A convoy's trip with a load is a supply run, no step of a withdrawal or handover."""

import datetime

import pytest

PUBLISHED = datetime.date(2025, 2, 10)


@pytest.mark.parametrize(
    "text",
    [
        "The convoy had left Kidal on Saturday carrying fuel.",
        "The aid convoy left Gao on Friday carrying food and medicine.",
    ],
)
def test_supply_convoy_is_no_step(ex, text):
    assert ex.extract(text, id="t", published=PUBLISHED).milestones == ()


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a force's convoy, or one told without a load in a withdrawal, stays a done step
        "The last convoy of French troops left Gao on Saturday.",
        "The last convoy left the base on Saturday, completing the withdrawal.",
    ],
)
def test_force_convoy_stays(ex, text):
    assert [m.due for m in ex.extract(text, id="t", published=PUBLISHED).milestones] == ["2025-02-08"]


def test_load_told_before_the_verb(ex):
    # the convoy's load told between it and its verb ("a convoy loaded with rice left ...") is a supply run too
    text = "A convoy loaded with rice left the port of Aden on Sunday, the agency said."
    assert ex.extract(text, id="t", published=PUBLISHED).milestones == ()
