"""A report told of an area wider than a row's place does not join it where the row's own sentence
tells a second event at another place in that area: the area's report may be either, or both, so it
is a note on each of the two rows ("also reported at area level"), neither's source nor a row of its own."""

from __future__ import annotations

from tests.conftest import outlet_brief


def _rows(ex, *told: tuple[str, str]):
    return outlet_brief(ex, *told).incidents


_AREA = ("2030-10-17", "Two drones attacked coalition sites in the Kurdistan Region overnight, a security source said on Thursday.")


def test_an_area_report_joins_neither_of_two_places_one_sentence_tells(ex):
    two = (
        "2030-10-17",
        "A drone was shot down over Erbil airport late on Wednesday, and another drone crashed near Harir air base, officials said.",
    )
    for order in ((two, _AREA), (_AREA, two)):
        rows = _rows(ex, *order)
        assert len(rows) == 2, [(r.type, r.location) for r in rows]
        assert all(len(r.sources) == 1 and [c.value for c in r.wider] == ["Kurdistan Region"] for r in rows)
        assert all(r.wider[0].sources != r.sources for r in rows)


def test_an_area_report_joins_the_one_place_told(ex):
    """Control: a sentence of one event in the area still takes the area's report."""
    one = ("2030-10-17", "A drone was shot down over Erbil airport late on Wednesday, officials said.")
    rows = _rows(ex, one, _AREA)
    assert len(rows) == 1 and len(rows[0].sources) == 2 and not rows[0].wider



def test_a_dateline_town_and_other_outlets_rows_do_not_take_the_area_report(ex):
    """The row's sentence opens with its town's dateline, and more outlets tell each place."""
    two = (
        "2030-10-17",
        "ERBIL, Oct 17 (Desk) - A drone was shot down over Erbil airport late on Wednesday, and another drone "
        "crashed near Harir air base about an hour later, officials said on Thursday.",
    )
    harir = ("2030-10-17", "A drone fell near the Harir military base on Wednesday night, the base's commander said.")
    airport = ("2030-10-17", "Coalition forces shot down a drone approaching Irbil airport late on Wednesday, an official said.")
    for order in ((two, _AREA, harir, airport), (airport, harir, _AREA, two)):
        rows = _rows(ex, *order)
        assert len(rows) == 2 and all(len(r.sources) == 2 for r in rows), [(r.type, r.location, r.sources) for r in rows]
        assert all([c.value for c in r.wider] == ["Kurdistan Region"] for r in rows)
