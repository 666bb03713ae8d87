""""According to X, <event>": X is the source set off before the report (attribution), not the doer (GUIDE:
actors are the parties that acted)."""

from __future__ import annotations

from datetime import date

import pytest


def _incident(ex, text: str):
    [inc] = ex.extract(text, id="t", published=date(2025, 6, 3)).incidents
    return inc


@pytest.mark.parametrize(
    "text",
    [
        "According to the Sudanese army, a drone struck a fuel depot in Port Sudan on Monday.",
        "According to the Ukrainian air force, a missile hit a school in Kharkiv on Monday.",
        "According to the Houthis, a drone struck a car near Saada on Monday.",
    ],
)
def test_the_source_before_the_report_is_no_doer(ex, text):
    inc = _incident(ex, text)
    assert inc.actors == ()
    assert inc.attribution


def test_a_doer_inside_the_report_is_kept(ex):
    """Near miss: the report's own subject stays the doer, whoever is the source."""
    inc = _incident(ex, "According to a statement, Sudanese army drones struck a fuel depot in Nyala on Monday.")
    assert inc.actors == ("Sudan",)
