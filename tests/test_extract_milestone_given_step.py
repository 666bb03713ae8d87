"""A bound or a stretch given to a party for its step ("gave the troops until January 31 to leave") is labelled
by who does what where, and a bound given in the past, however long the party's name, looks back."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 3, 14)


def _read(ex: Extractor, text: str) -> list[tuple[str, str, bool]]:
    return [(m.due, m.what, m.done) for m in ex.extract(text, id="x", published=PUB).milestones]


def test_a_bound_given_to_a_long_named_force_looks_back_and_names_who_leaves(ex):
    text = (
        "The ruling council gave the roughly 1,000 Belgian troops stationed in the country until January 31 "
        "to leave, a spokesman said."
    )
    assert _read(ex, text) == [("2025-01-31", "Belgian troops stationed in the country leave", False)]


def test_a_stretch_given_by_a_truce_names_the_force_and_where_it_goes(ex):
    text = "The truce that began on December 2 gave Turkish units 45 days to pull back from the river crossings."
    found = _read(ex, text)
    assert ("2025-01-16", "Turkish units pull back from the river crossings", False) in found


def test_a_bound_given_in_the_passive_names_its_subject(ex):
    text = "Dutch troops were given until April 30 to vacate the air base, the ministry said."
    assert _read(ex, text) == [("2025-04-30", "Dutch troops vacate the air base", False)]


def test_a_bound_given_to_a_pronoun_keeps_the_clause(ex):
    """Control: "gave them" names no one; the clause stays as written."""
    text = "The council gave the troops until April 30 to hand over the base. It gave them until May 10 to leave the city."
    assert [w for _, w, _ in _read(ex, text)] == ["the troops hand over the base", "It gave them until May 10 to leave the city"]


def test_a_plain_deadline_is_unchanged(ex):
    """Control: no giving, no change."""
    text = "The marines will pull out of the port by the end of 2025, the ministry said."
    assert _read(ex, text) == [("2025-12", "The marines will pull out of the port", False)]
