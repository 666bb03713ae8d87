"""A label closed by a relative clause whose date is a gathering's ("establish a committee, which will hold
its first meeting on 7 May") is a meeting's day, no step of a force (GUIDE.md: a commitment, deadline
or plan of a withdrawal, handover or truce)."""

from datetime import date

DAY = date(2025, 5, 2)


def _dues(ex, text: str) -> list[str]:
    return [m.due for m in ex.extract(text, id="t", published=DAY).milestones]


def test_a_body_set_up_whose_first_meeting_is_dated_is_no_step(ex):
    text = (
        "The truce in the city will continue until 20 May. "
        "The parties also agreed to establish a joint monitoring committee, which will hold its first meeting on 7 May."
    )
    assert _dues(ex, text) == ["2025-05-20"]


def test_a_step_in_a_relative_clause_stays(ex):
    # near misses: the step itself told in the relative clause, or told before an aside
    assert _dues(ex, "The brigade, which will leave the base by 7 May, held talks with the elders.") == ["2025-05-07"]
    assert _dues(ex, "The army will withdraw from the town, which it has held since 2023, by 7 May.") == ["2025-05-07"]
