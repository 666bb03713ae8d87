"""Harm told by what the victims took ("suffered minor injuries", "sustained light wounds"): they are the
wounded, and their side is the target, never the doer."""

import datetime

import pytest

PUBLISHED = datetime.date(2023, 10, 26)


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("The ministry said 21 US personnel suffered minor injuries in drone attacks on a garrison in Syria last week.", 21),
        ("Two American soldiers sustained light wounds in a rocket attack on Ain al-Asad on Sunday.", 2),
    ],
)
def test_victims_are_wounded_not_doers(ex, text, injured):
    (inc,) = ex.extract(text, id="t", published=PUBLISHED).incidents
    assert inc.casualties.injured == injured
    assert "United States" not in inc.actors


def test_no_injuries_taken_is_none(ex):
    # control: "suffered no injuries" counts nobody hurt
    (inc,) = ex.extract(
        "Two soldiers suffered no injuries when a rocket hit Ain al-Asad on Sunday.", id="t", published=PUBLISHED
    ).incidents
    assert inc.casualties.injured == 0
