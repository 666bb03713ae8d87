"""Two sites handed over "on Monday and Tuesday" (one mention of two days) are one handover each, in
turn, as two days told apart are; a step told done on two days is done by the later; the second site
of a passive handover ("and the one in B on Tuesday") is the subject of the same verb."""

import datetime

import pytest

MARCH_14 = datetime.date(2025, 3, 14)  # a Friday


def _read(ex, text):
    return [(m.what, m.due, m.done) for m in ex.extract(text, id="t", published=MARCH_14).milestones]


@pytest.mark.parametrize(
    "text",
    [
        "The outposts in Teba and Moro were handed over on Monday and Tuesday.",
        "The outposts in Teba and Moro were handed over on March 10 and 11.",
        "The outposts in Teba and Moro were handed over on March 10 and March 11.",
    ],
)
def test_two_sites_on_two_days_in_turn(ex, text):
    assert _read(ex, text) == [
        ("The outpost in Teba was handed over", "2025-03-10", True),
        ("The outpost in Moro was handed over", "2025-03-11", True),
    ]


def test_one_step_on_two_days_is_done_by_the_later(ex):
    assert _read(ex, "French troops handed over the outposts in Teba and Moro on Monday and Tuesday.") == [
        ("French troops handed over the outposts in Teba and Moro on Monday and Tuesday", "2025-03-11", True)
    ]


def test_second_site_pointed_back_to(ex):
    assert _read(ex, "The camp at Gossi was handed over on Monday and the one at Tessit on Tuesday.") == [
        ("The camp at Gossi was handed over on Monday", "2025-03-10", True),
        ("the camp at Tessit was handed over", "2025-03-11", True),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # controls: one day keeps the pair as one step; no step verb, no step; a clause of its own after "and"
        (
            "The outposts in Teba and Moro were handed over on Monday.",
            [("The outposts in Teba and Moro were handed over on Monday", "2025-03-10", True)],
        ),
        ("Rebels attacked the outposts in Teba and Moro on Monday and Tuesday.", []),
        (
            "The base in Faya was handed over on March 3, and two soldiers were wounded on March 9.",
            [("The base in Faya was handed over on March 3", "2025-03-03", True)],
        ),
    ],
)
def test_controls(ex, text, found):
    assert _read(ex, text) == found
