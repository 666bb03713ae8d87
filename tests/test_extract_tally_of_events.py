"""A sentence tallying several events ("in two separate attacks") that the story then tells one by one is no
event of its own: it lends none of them its summed toll, and drops once all are told; told alone, it stays.

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date

DAY = date(2025, 5, 16)


def _incidents(ex, text):
    return ex.extract(text, id="t", published=DAY).incidents


def test_tallied_events_keep_their_own_tolls(ex):
    text = (
        "Eleven people died in three separate attacks in Somalia on Thursday, officials said.\n\n"
        "In the first, a bomb went off at a bus stop in Jowhar, killing six travellers. Later, gunmen "
        "raided a police post in Afgoye, killing three officers. Near Baidoa, a landmine killed two herders."
    )
    found = _incidents(ex, text)
    assert sorted((i.location, i.casualties.killed) for i in found) == [
        ("Afgoye", 3),
        ("Baidoa", 2),
        ("Jowhar", 6),
    ]


def test_tally_told_alone_stays(ex):
    text = "Eleven people died in three separate attacks in Somalia on Thursday, officials said."
    found = _incidents(ex, text)
    assert len(found) == 1
    assert found[0].casualties.killed == 11


def test_tally_lends_no_event_its_sum(ex):
    text = (
        "At least eight people were killed in two separate attacks in Somalia on Thursday.\n\n"
        "In the first, a bomb in a cart blew up beside a cafe in Jowhar, killing five. Hours later, fighters "
        "stormed a police post in Afgoye, killing three policemen before troops drove them off."
    )
    found = _incidents(ex, text)
    assert sorted((i.location, i.casualties.killed) for i in found) == [("Afgoye", 3), ("Jowhar", 5)]
