"""Troop posture in sentences written here: the state a subject invaded or entered "with" its troops
is where they went, never their owner; a party with a verb of its own after it still holds its figure."""

from __future__ import annotations

import pytest

from reporter.extract import Extractor
from tests.conftest import posture_with_qualifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1979, Vietnam invaded Cambodia with some 150,000 soldiers and took the capital.",
            [("Vietnam", "Cambodia", 150000, "some (former level)")],
        ),
        (
            "In 1990, Iraq invaded Kuwait with about 100,000 soldiers.",
            [("Iraq", "Kuwait", 100000, "about (former level)")],
        ),
    ],
)
def test_invaded_state_is_no_owner(ex: Extractor, text: str, expected: list) -> None:
    """The object of a verb of entry is never read as the subject that owns the troops."""
    got = posture_with_qualifiers(ex, text)
    assert all(force != "Cambodia" and force != "Kuwait" for force, *_ in got)
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near miss: a party after the verb that opens a relative clause of its own holds its figure
        (
            "Chad ended its defence pact with France, which has 1,000 troops in the country.",
            [("France", "Chad", 1000, None)],
        ),
        # near miss: a party after "and", with its own verb, is a subject of its own
        (
            "Kenya leads the mission and Jamaica has sent about 200 soldiers to Haiti.",
            [("Jamaica", "Haiti", 200, "about")],
        ),
    ],
)
def test_subject_of_own_clause_keeps_figure(ex: Extractor, text: str, expected: list) -> None:
    """A party that opens its own clause still owns the figure it holds."""
    assert posture_with_qualifiers(ex, text) == expected
