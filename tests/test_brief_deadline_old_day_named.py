"""A later report whose sentence names another report's due day as the one its deadline moved from
("previously due by April 30, had been brought forward to April 20") tells one deadline moved, though
neither names the party: one line, due the new day, the old one shown as moved from. A later report
that gives another day without saying it replaced the first stays a deadline of its own."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.conftest import outlet_brief

_FIRST = ("2030-03-02", "About 200 European trainers remain in Tessalit and are due to leave by April 30, officials said.")  # fmt: skip


def _lines(ex, *told: tuple[str, str]):
    brief = outlet_brief(ex, *told, as_of=datetime(2030, 3, 12, tzinfo=UTC))
    return [(m.due, m.superseded, m.sources) for m in brief.milestones]


@pytest.mark.parametrize(
    ("moved", "due"),
    [
        ("previously due by April 30, had been brought forward to April 20", "2030-04-20"),
        ("originally set for April 30, will now end by April 25", "2030-04-25"),
    ],
)
def test_a_deadline_told_moved_from_the_other_day_is_one_line(ex, moved, due):
    later = ("2030-03-10", f"The European mission said on Monday that its withdrawal from Tessalit, {moved}.")
    assert _lines(ex, _FIRST, later) == [(due, ("2030-04-30",), (1, 2))]


def test_another_day_not_told_as_a_move_stays_its_own(ex):
    """Control: nothing says April 20 replaced April 30."""
    later = ("2030-03-10", "The European mission said on Monday that its withdrawal from Tessalit will be completed by April 20.")  # fmt: skip
    assert [due for due, _, _ in _lines(ex, _FIRST, later)] == ["2030-04-20", "2030-04-30"]
