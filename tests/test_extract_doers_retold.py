"""Armed men named again by their role ("The attackers ...") in the sentence right after a raid tell that raid
on, not a second one: its list of villages narrows it to none of them; armed men told on another day, or
"again", make another event.

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date

DAY = date(2025, 4, 8)


def _incidents(ex, text):
    return ex.extract(text, id="t", published=DAY).incidents


def test_doers_named_again_tell_the_raid_on(ex):
    text = (
        "Gunmen killed at least 25 farmers in raids on several hamlets in Bokkos on Sunday night, an "
        "elder said. The attackers came on motorbikes and shot at people fleeing, torching huts in "
        "Daffo, Mangor and Kamwai, he said."
    )
    found = _incidents(ex, text)
    assert len(found) == 1, found
    assert found[0].location.startswith("Bokkos")
    assert found[0].casualties.killed == 25


def test_doers_back_on_another_day_are_another_raid(ex):
    text = (
        "Gunmen killed at least 25 farmers in raids on several hamlets in Bokkos on Sunday night, an "
        "elder said. The attackers returned on Tuesday and shot at people in Daffo, killing four."
    )
    assert len(_incidents(ex, text)) == 2
