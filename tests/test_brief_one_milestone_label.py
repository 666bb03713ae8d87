"""A timeline line has one name in the chart, its table, the key point and the digest: the built
label (who, step, where) where the source's clause runs long, else the clause."""

from __future__ import annotations

from datetime import UTC, datetime

from reporter.brief.digest import timeline_glance
from tests.conftest import outlet_brief


def _brief(ex, text: str, day: str = "2030-03-12"):
    return outlet_brief(ex, (day, text), as_of=datetime(2030, 3, 13, 6, tzinfo=UTC))


def _next(data) -> str:
    return next(p.text for p in data.key_points if p.text.startswith("Next milestone"))


def test_a_long_clause_is_named_by_its_built_label_everywhere(ex):
    data = _brief(ex, "The U.S.-led coalition is due to leave the Kurdistan Region by September 2030 under an agreement reached with Baghdad.")
    (m,) = data.milestones
    assert m.headline and m.headline != m.what and m.label == m.headline
    assert m.label in _next(data)
    assert m.label in timeline_glance(data.milestones)


def test_a_short_clause_is_its_own_label():
    """Control: with no built label the source's clause names the line."""
    from reporter.brief.commitments import MergedMilestone

    m = MergedMilestone(key="k", what="Truce takes effect", due="2030-04", due_date="2030-04-30", status="due", days=1, status_text="", sources=(1,))
    assert m.label == "Truce takes effect"
