"""An undated event a later page tells in a bare "days after" clause ("..., days after a bombing in the
town killed 14") is some days past, as one told "three days after" is: it reaches back to the earlier
reports of it, one row. A clause "days after" that holds another place leaves the sentence's own
news apart."""

from __future__ import annotations

from datetime import date

from reporter.brief.merge import group_incidents
from tests.conftest import incident_reports


def _rows(*articles: tuple[str, date]) -> list[set[int]]:
    reports = incident_reports(articles)
    return sorted(({r.source for r in g} for g in group_incidents(reports)), key=min)


_FIRST = ("At least 12 people were killed when a car bomb went off near a market in Bannu on Monday, police said.", date(2031, 3, 4))
_TOLL = ("The toll from Monday's car bombing in Bannu rose to 15 on Tuesday, hospital staff said.", date(2031, 3, 5))
_LATER = (
    "Troops killed six militants in North Waziristan on Thursday, days after a car bombing in nearby Bannu killed 15, the army said.",
    date(2031, 3, 7),
)


def test_a_bombing_told_days_before_a_later_news_joins_its_row():
    rows = _rows(_FIRST, _TOLL, _LATER)
    assert any({1, 2, 3} <= row for row in rows), rows


def test_the_sentences_own_news_stays_its_own_row():
    """Near miss: the raid the later page leads with is its news, not the bombing's row."""
    rows = _rows(_FIRST, _TOLL, _LATER)
    assert len(rows) == 2, rows
