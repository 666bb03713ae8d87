"""A timeline label says who does what where: the noun a relative clause tells of (not an aside of examples
before it), the subject a second joined verb shares, and the content of a plan's call (not the plan)."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 6, 14)


def _read(ex: Extractor, text: str) -> list[tuple[str, str]]:
    return [(m.due, m.what) for m in ex.extract(text, id="x", published=PUB).milestones]


def test_a_relative_clause_after_examples_tells_of_the_noun_before_them(ex):
    text = (
        "US troops are consolidating in the north. The drawdown follows the closure of four small bases in Hasakah "
        "province, including Camp Red Rock, which were handed over to the Syrian Democratic Forces in March."
    )
    found = _read(ex, text)
    assert [due for due, _ in found] == ["2025-03"]
    label = found[0][1]
    assert label.startswith("four small bases in Hasakah province") and "handed over to the Syrian Democratic Forces" in label
    assert "including" not in label and "which" not in label


def test_a_relative_clause_without_examples_keeps_its_label(ex):
    """Control: no aside of examples, the label reads as before."""
    text = "Israel has a 60-day deadline to withdraw, which expires on August 10."
    found = _read(ex, text)
    assert found and all("including" not in w for _, w in found)
    assert found[0][1].startswith("Israel has a 60-day deadline to withdraw")


def test_a_second_verb_joined_after_a_date_shares_the_subject(ex):
    text = "Under the plan, the brigade is to leave the capital by October 2025 and stay in the northern hills until March 2026."
    assert _read(ex, text) == [
        ("2025-10", "the brigade is to leave the capital"),
        ("2026-03", "the brigade is to stay in the northern hills"),
    ]


def test_a_second_object_joined_after_a_date_keeps_its_verb(ex):
    """Control: "and Erbil by ..." is a second object of the same verb, no subject carried."""
    text = "The coalition will leave Baghdad by September 2025 and Erbil by September 2026."
    found = _read(ex, text)
    assert [due for due, _ in found] == ["2025-09", "2026-09"]
    assert found[1][1] == "The coalition will leave Erbil"


def test_a_plan_that_calls_for_a_step_is_labelled_by_the_step(ex):
    text = "Officials backed a roadmap that calls for all foreign troops to leave the island by the end of 2025."
    assert _read(ex, text) == [("2025-12", "all foreign troops to leave the island")]


def test_a_plan_that_ends_the_mission_keeps_its_label(ex):
    """Control: a pact whose relative clause is the step itself stays as it reads."""
    text = "France keeps 900 troops there under a pact that ends the mission by 2027."
    found = _read(ex, text)
    assert [due for due, _ in found] == ["2027"]
    assert found[0][1].startswith("a pact that ends the mission")


def test_a_saying_before_forces_as_subject_is_left_out(ex):
    text = "A statement from the defence ministry said the battalion will withdraw from the border zone by November."
    assert _read(ex, text) == [("2025-11", "the battalion will withdraw from the border zone")]


def test_a_saying_before_a_subject_that_names_no_party_stays(ex):
    """Control: "the deadline" names no party; the speaker stays the label's party."""
    text = "The United States said the deadline for the withdrawal of its troops had been extended to December 2025."
    found = _read(ex, text)
    assert found and found[0][1].startswith("The United States said")
