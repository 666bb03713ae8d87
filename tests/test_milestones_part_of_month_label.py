"""A date told by a part of its month ("in the first half of May") leaves no words of its phrase in the step's
label, whichever reader (the rules' or the learned one) takes the date."""

import datetime

import pytest

PUBLISHED = datetime.date(2025, 3, 14)


@pytest.mark.parametrize(
    "text",
    [
        "Portuguese troops will leave the base in the first half of May.",
        "Portuguese troops will leave the base in the second half of May.",
        "Portuguese troops will leave the base during the last week of May.",
        # control: a bare month
        "Portuguese troops will leave the base in May.",
    ],
)
def test_part_of_month_leaves_no_words_in_label(ex, text):
    whats = [m.what for m in ex.extract(text, id="t", published=PUBLISHED).milestones]
    assert whats == ["Portuguese troops will leave the base"]
