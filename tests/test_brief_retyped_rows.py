"""Rows of one event that two outlets type differently. A complex attack told by one outlet as a bombing and
then a storming, and by another as a blast: the storming's subject is the bomb's (a chained deed has no subject
of its own), and the two reports, at a district and the town it is named for, on one day, at the same kind of
target, are one brief row. One ship attacked off a port, told as a missile strike on a named bulk carrier and as
an explosion a vessel reported near it: one row (a ship is a kind of target, as a hospital or a base is); a ship
hit off another port the next day stays a row of its own."""

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
    return sorted(sorted(r.source for r in g) for g in group_incidents(reports))


def _rows_at(articles):
    """The rows as (article number, place) pairs."""
    reports = [
        Report(source=n, published=day, fact=inc)
        for n, (text, day) in enumerate(articles, 1)
        for inc in EX.extract(text, id=f"a{n}", published=day).incidents
    ]
    return sorted(sorted((r.source, r.fact.location) for r in g) for g in group_incidents(reports))


_STORMED = (
    "Al-Shabaab fighters detonated a truck bomb at the gate of an army base in Balcad district on Tuesday morning "
    "before storming it, killing at least nine soldiers, a local officer said.",
    date(2026, 5, 6),
)
_BLAST = (
    "A suicide truck bombing at an army base near Balcad, north of Mogadishu, killed ten Somali soldiers on "
    "Tuesday, military officials said.",
    date(2026, 5, 6),
)


def test_the_storming_is_done_by_the_bombers():
    (inc,) = EX.extract(_STORMED[0], id="t", published=_STORMED[1]).incidents
    assert inc.actors == ("Al-Shabaab",)


def test_a_storming_and_a_blast_at_a_district_and_its_town_that_day_are_one_row():
    assert _rows([_STORMED, _BLAST]) == [[1, 2]]


def test_a_blast_at_another_kind_of_target_that_day_stays_apart():
    """Near miss: a market bombing in the town the same day is another attack."""
    market = (
        "A suicide bombing at a crowded market in Balcad, north of Mogadishu, killed ten civilians on Tuesday, "
        "police said.",
        date(2026, 5, 6),
    )
    assert _rows([_STORMED, market]) == [[1], [2]]


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
    rows = _rows_at([_STRUCK, _EXPLOSION])
    assert len(rows) == 1 and {s for s, _ in rows[0]} == {1, 2}, rows


def test_a_ship_hit_off_another_port_the_next_day_stays_apart():
    other = (
        "A tanker reported an explosion near its hull off Hodeidah on Friday, a British maritime agency said. Houthi "
        "rebels have repeatedly attacked shipping in the area with missiles and drones.",
        date(2026, 8, 16),
    )
    rows = _rows_at([_STRUCK, other])
    assert len(rows) == 2, rows
