"""A subject told with its partners joined after it ("U.S. forces and their Iraqi partners killed an Islamic
State leader in a raid") is still the subject: the first party did the deed (its partners, named by a
people's word, read it nowhere). The toll's victims stay no doers."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text: str) -> list[tuple[str, ...]]:
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 3, 14)).incidents]


@pytest.mark.parametrize(
    "subject",
    ["U.S. forces and their Iraqi partners", "U.S. forces and its allies", "U.S. forces"],
)
def test_the_first_party_of_the_subject_did_it(ex, subject):
    text = f"The Pentagon said on Friday that {subject} killed an Islamic State leader in a raid in western Iraq."
    found = _actors(ex, text)
    assert found and all("United States" in actors and "Islamic State" not in actors for actors in found), found
