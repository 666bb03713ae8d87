"""A second clause whose subject is the first subject's own arms or men ("... and its drones struck Y on
Monday") goes on with that subject: both events take the doer and the one day the sentence tells; a
clause whose subject is another side's defences ("... and its air defences downed them") takes neither.

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date

DAY = date(2025, 3, 12)
TAIL = "\n\nNo further details were given."


def _incidents(ex, text):
    return ex.extract(text + TAIL, id="t", published=DAY).incidents


def test_its_drones_share_the_doer_and_the_day(ex):
    found = _incidents(ex, "The RSF shelled Babanusa and its drones hit a depot in Kosti on Monday.")
    assert sorted((i.location, i.date, i.actors) for i in found) == [
        ("Babanusa", "2025-03-10", ("Rapid Support Forces",)),
        ("Kosti", "2025-03-10", ("Rapid Support Forces",)),
    ]


def test_another_sides_defences_take_no_doer(ex):
    found = _incidents(ex, "M23 rebels fired rockets at Goma and its air defences downed two of them on Monday.")
    assert not any(i.type == "interception" and "M23" in i.actors for i in found)
