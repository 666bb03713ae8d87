"""A determiner with a preposition between it and an event noun belongs to another noun ("blamed the
rebels for shelling a school"), so the event is a new one told, not a retelling of the one before (told
with a relative day, it had been folded into that one); a determiner right before the noun ("caught
in the fighting") still refers back."""

from __future__ import annotations

from datetime import date

PUB = date(2025, 4, 17)
#: A first event, told with its day and place.
FIRST = "M23 fighters and a pro-government militia clashed on Wednesday near the town of Walikale, killing six people. "


def _told(ex, follow: str) -> list[tuple[str, str | None, str | None]]:
    got = ex.extract(FIRST + follow, id="x", published=PUB).incidents
    return sorted((i.type, i.date, i.location) for i in got)


def test_blame_for_a_new_shelling_keeps_it(ex):
    told = _told(ex, "The army blamed the rebels for shelling a school in Sake the day before.")
    assert ("shelling", "2025-04-15", "Sake") in told
    assert len(told) == 2


def test_event_noun_after_its_own_determiner_still_refers_back(ex):
    told = _told(ex, "Two of the dead were farmers caught in the fighting, residents said.")
    assert [t[0] for t in told] == ["armed_clash"]
