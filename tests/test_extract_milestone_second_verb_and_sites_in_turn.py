"""A second verb of a clause's subject after "and" is the step with that subject, not a second object
of the first verb; two sites handed back in the passive with two months after the verb are one step each,
in turn; a month right after such a handover dates it."""

from __future__ import annotations

from datetime import date

PUB = date(2025, 1, 30)


def _read(ex, text: str) -> list[tuple[str, str, bool]]:
    return [(m.what, m.due, m.done) for m in ex.extract(text, id="x", published=PUB).milestones]


def test_second_verb_after_a_dated_first_keeps_its_own_subject(ex):
    text = (
        "Some 800 Belgian troops had been based in Lorvia before Lorvia ended its security accord with Brussels "
        "in October and ordered them out by February 15."
    )
    assert [(w.split(" (")[0], d, done) for w, d, done in _read(ex, text)] == [("Lorvia ordered them out", "2025-02-15", False)]


def test_second_object_of_one_verb_stays_joined(ex):
    """Control: "and" before an object, not a verb, is the first verb's second object."""
    text = "The Danish contingent will leave Tessa by March 2025 and Mornay by June 2025."
    whats = [w for w, _, _ in _read(ex, text)]
    assert "The Danish contingent will leave Mornay" in whats


def test_two_sites_returned_in_two_months_are_one_step_each(ex):
    text = (
        "The airport camp was the last of the Dutch positions in the country; "
        "the bases at Kiruna and Tamsa were returned in November and mid-January."
    )
    assert _read(ex, text) == [
        ("the base at Kiruna was returned", "2024-11", True),
        ("the base at Tamsa was returned", "2025-01", True),
    ]


def test_a_site_returned_in_a_month_is_dated_by_it(ex):
    text = "Dutch troops are leaving the country; the base at Kiruna was returned in December."
    assert [(w.split(" (")[0], d, done) for w, d, done in _read(ex, text)] == [("the base at Kiruna was returned in December", "2024-12", True)]


def test_a_site_returned_long_ago_or_without_a_day_stays_off(ex):
    """Controls: a month more than three months back is background; a bare "were returned" tells no step."""
    assert _read(ex, "Dutch troops left the country; the base at Kiruna was returned in March.") == []
    assert _read(ex, "The Dutch mission is over. The bases were returned.") == []
