"""Troop posture in sentences written here: a figure told "with" a base or unit a possessive owns
("hosts Spain's largest base abroad with some 900 personnel") is the owner's level at the host, not
the host's own troops; without an owner named, the old reading stays."""

from __future__ import annotations

import pytest

from reporter.extract import Extractor
from tests.conftest import posture_with_qualifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gabon, which hosts Italy's largest base abroad with some 900 personnel, was not consulted.",
            [("Italy", "Gabon", 900, "some")],
        ),
        (
            "Senegal, which still hosts Spain's air transport garrison with about 300 soldiers, said talks would go on.",
            [("Spain", "Senegal", 300, "about")],
        ),
        # near miss: a base with no owner named adds no one's level
        (
            "Gabon, which hosts a large base with some 900 personnel, was not consulted.",
            [],
        ),
        # near miss: the possessive after a verb of leading names where the led unit serves
        (
            "Denmark leads Estonia's battlegroup with about 900 soldiers stationed in Estonia.",
            [("Denmark", "Estonia", 900, "about")],
        ),
        # near miss: the owner named with the troops themselves reads as before
        (
            "Gabon, which hosts some 900 Italian soldiers, was not consulted.",
            [("Italy", "Gabon", 900, "some")],
        ),
    ],
)
def test_owner_of_base_told_with_figure(ex: Extractor, text: str, expected: list) -> None:
    """The possessive owner of the base the figure is told with holds the figure at the host."""
    assert posture_with_qualifiers(ex, text) == expected
