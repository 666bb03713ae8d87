"""A milestone told inside a clause that times the news ("came days after X said ...", "a day after X
announced ..."): a plan said ahead in reported speech is still a plan, labelled from its own words; a step
told done a counted stretch after the news's day is dated that day less the stretch, labelled without the
stretch; "days after" gives it no day of its own."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _read(ex: Extractor, text: str, pub: date) -> list[tuple[str, str, bool]]:
    return [(m.what, m.due, m.done) for m in ex.extract(text, id="x", published=pub).milestones]


@pytest.mark.parametrize(
    ("text", "what", "due"),
    [
        (
            "The raid came days after Kenya said it would keep its police contingent in Haiti until at least the end of 2025.",
            "Kenya would keep its police contingent in Haiti",
            "2025-12",
        ),
        (
            "The bombing came a week after Britain said it would send 300 trainers to western Ukraine by the end of April.",
            "Britain would send 300 trainers to western Ukraine",
            "2025-04-30",
        ),
    ],
)
def test_a_plan_said_ahead_in_the_reference_is_a_plan(ex, text, what, due):
    assert _read(ex, text, date(2025, 3, 7)) == [(what, due, False)]


def test_a_step_done_only_named_as_the_reference_stays_none(ex):
    """Control: the step is only the other act's point in time."""
    assert _read(ex, "The shelling came days after the rebels handed over the airport to the army.", date(2025, 3, 7)) == []


@pytest.mark.parametrize(
    ("text", "what", "due"),
    [
        (
            "An army air strike on a market killed at least 15 people on Thursday, witnesses said, a day after the "
            "generals announced a truce to aid flood relief.",
            "the generals announced a truce to aid flood relief",
            "2025-04-02",
        ),
        (
            "Two days after Chadian troops handed over their last base in the east to the army, gunmen shelled the "
            "airport on Thursday, a source said.",
            "Chadian troops handed over their last base in the east to the army",
            "2025-04-01",
        ),
        (
            "Shelling resumed along the front on Thursday, hours after the two sides agreed to a ceasefire brokered "
            "by Qatar, officials said.",
            "the two sides agreed to a ceasefire brokered by Qatar",
            "2025-04-03",
        ),
        (
            "Shelling resumed along the front on Thursday, 48 hours after the two sides agreed to a ceasefire brokered "
            "by Qatar, officials said.",
            "the two sides agreed to a ceasefire brokered by Qatar",
            "2025-04-01",
        ),
    ],
)
def test_a_step_a_counted_stretch_before_the_news_day(ex, text, what, due):
    found = _read(ex, text, date(2025, 4, 4))
    assert [(w.split(" (")[0], d, done) for w, d, done in found] == [(what, due, True)]


def test_a_step_days_before_the_news_has_no_day(ex):
    text = "Rebels shelled the town on Thursday, weeks after army troops withdrew from the nearby garrison, residents said."
    assert _read(ex, text, date(2025, 4, 4)) == []


def test_a_day_told_in_the_clause_is_the_steps_own(ex):
    """Control: the step's own day inside the stretch's clause is kept."""
    text = "Two days after French troops handed over the Gao base to the army on Tuesday, militants shelled the airport."
    assert [(d, done) for _, d, done in _read(ex, text, date(2025, 5, 9))] == [("2025-05-06", True)]
