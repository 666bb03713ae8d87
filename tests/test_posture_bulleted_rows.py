"""A table of one force's levels may open each row with a bullet or a dash and set the figure off with a
dash rather than a colon ("• Iraq — about 2,500", "- Syria: 900"): each row is that force's level in its
country, as "Iraq: about 2,500" is.

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date

_LEAD = (
    "WASHINGTON - The Pentagon is weighing a smaller American presence in the Middle East, according to "
    "three officials who spoke on condition of anonymity, and no decision has been made yet.\n\n"
)
_TAIL = "\n\nThe figures do not include the sailors aboard ships in the region."


def _rows(ex, text: str) -> list[tuple[str, str, int, str | None]]:
    facts = ex.extract(_LEAD + text + _TAIL, id="x", published=date(2025, 3, 14))
    return sorted((p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture)


_WANT = [
    ("United States", "Iraq", 2500, "about"),
    ("United States", "Jordan", 3000, "about"),
    ("United States", "Kuwait", 13500, None),
    ("United States", "Syria", 2000, "about"),
]


def test_bullets_and_dashes(ex):
    text = "U.S. troops in the region, by country:\n• Iraq — about 2,500\n• Syria — about 2,000\n• Kuwait — 13,500\n• Jordan — about 3,000"
    assert _rows(ex, text) == _WANT


def test_dashes_opening_colon_rows(ex):
    text = "Where U.S. troops are stationed, by country:\n- Iraq: about 2,500\n- Syria: about 2,000\n- Kuwait: 13,500\n- Jordan: about 3,000"
    assert _rows(ex, text) == _WANT


def test_plain_dash_rows(ex):
    text = "U.S. troops in the region, by country:\nIraq - about 2,500\nSyria - about 2,000\nKuwait - 13,500\nJordan - about 3,000"
    assert _rows(ex, text) == _WANT


def test_control_two_rows_make_no_table(ex):
    """Near miss: two labelled figures are no table of levels."""
    text = "Displaced people, by country:\n• Iraq — about 2,500\n• Syria — about 2,000"
    assert _rows(ex, text) == []
