"""One ship attacked off a port, told by one outlet as a missile strike on a named bulk carrier and by
another as an explosion a vessel reported near it: one brief row (a ship is a kind of target, as a hospital
or a base is). A ship hit off another port the next day stays a row of its own."""

from __future__ import annotations

from datetime import date

from reporter.brief.merge import Report, group_incidents
from reporter.extract import Extractor

EX = Extractor()


def _rows(articles):
    reports = [
        Report(source=n, published=day, fact=inc)
        for n, (text, day) in enumerate(articles, 1)
        for inc in EX.extract(text, id=f"a{n}", published=day).incidents
    ]
    return sorted(sorted((r.source, r.fact.location) for r in g) for g in group_incidents(reports))


_STRUCK = (
    "The Panama-flagged bulk carrier Coral Dawn was struck by two missiles west of Mokha on Thursday, a maritime "
    "security agency said, and the crew reported a fire in the engine room.",
    date(2026, 8, 14),
)
_EXPLOSION = (
    "A merchant vessel reported an explosion in its vicinity west of Mokha on Thursday afternoon, a British "
    "maritime agency said. The ship later reported a fire on board. Houthi rebels have repeatedly attacked "
    "shipping in the area with missiles and drones.",
    date(2026, 8, 15),
)


def test_a_ship_struck_and_an_explosion_a_vessel_reported_that_day_are_one_row():
    rows = _rows([_STRUCK, _EXPLOSION])
    assert len(rows) == 1 and {s for s, _ in rows[0]} == {1, 2}, rows


def test_a_ship_hit_off_another_port_the_next_day_stays_apart():
    other = (
        "A tanker reported an explosion near its hull off Hodeidah on Friday, a British maritime agency said. Houthi "
        "rebels have repeatedly attacked shipping in the area with missiles and drones.",
        date(2026, 8, 16),
    )
    rows = _rows([_STRUCK, other])
    assert len(rows) == 2, rows
