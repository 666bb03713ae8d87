"""An undated event a later page tells as days before its own news ('N days after ...') reaches back
to the earlier reports of it: one row; a clause 'days after' of another event leaves it apart."""

from __future__ import annotations

from datetime import date

from reporter.brief.merge import group_incidents
from tests.conftest import incident_reports

_DOWNED = (
    "Air defences at Sulaimaniya International Airport downed two armed drones late on Saturday, the airport said.",
    date(2031, 6, 8),
)


def _rows(articles: list[tuple[str, date]]) -> list[set[int]]:
    reports = incident_reports(articles)
    return [{r.source for r in g} for g in group_incidents(reports)]


def test_a_follow_up_that_tells_the_downing_days_before_its_news_joins_its_row():
    """Five days on, a page says a group spoke "five days after" the drones were downed at the
    airport: the downing is Saturday's, not of the page's last three days."""
    later = (
        "Five days after two drones were shot down over Sulaimaniya airport, an armed faction said it had sent them.",
        date(2031, 6, 12),
    )
    assert _rows([_DOWNED, later]) == [{1, 2}]


def test_a_downing_that_is_the_sentences_own_news_days_after_something_else_stays_apart():
    """Near miss: 'two days after the truce, drones were shot down over the airport' tells the
    downing as the page's news, days after Saturday's: two rows."""
    later = (
        "Two days after the truce began, two drones were shot down over Sulaimaniya airport, officials said.",
        date(2031, 6, 12),
    )
    assert _rows([_DOWNED, later]) == [{1}, {2}]
