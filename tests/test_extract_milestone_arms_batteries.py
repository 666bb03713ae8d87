"""Arms bought by a date are a contract's schedule, not a step of a force: air defence batteries count as arms,
and a clause about part of what was bought ("the first of which are to arrive by") is about those arms. A
handover told by the same kind of clause stays a milestone."""

from __future__ import annotations

from datetime import date

PUB = date(2026, 7, 8)


def _due(ex, text: str) -> list[str]:
    return [m.due for m in ex.extract(text, id="x", published=PUB).milestones]


def test_arms_delivered_by_a_date_are_no_milestone(ex):
    """Deliveries of batteries, or of the first of a batch bought, keep a contract's dates, no force's."""
    text = (
        "Romania signed a contract on Monday for three more air defence batteries, with deliveries due to begin "
        "in 2028 and be completed by the end of 2029, the ministry said. "
        "The deal follows the purchase of 40 attack helicopters last year, the first of which are expected to "
        "arrive in Romania by mid-2028."
    )
    assert _due(ex, text) == []


def test_a_base_handed_over_by_the_same_clause_stays(ex):
    """A site handed over, told by a relative clause, is still a step."""
    text = (
        "The coalition is leaving its bases in the country, the first of which will be handed over to the "
        "army by the end of 2026, the ministry said."
    )
    assert _due(ex, text) == ["2026-12"]
