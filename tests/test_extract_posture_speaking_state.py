"""Posture: a state's speaking body (its ministry, army or military, by possessive) telling of troops on
its own ground, with no force in the figure's phrase, tells of its own troops, not of the party the text
before placed in another country; where the text before placed guests in the speaker's country, the
host still speaks of those guests."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 2, 3))
    return [(p.force, p.country, p.count) for p in facts.troop_posture]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Some 1,500 American sailors are now in the Red Sea. Kenya's army said 4,000 soldiers were "
         "sent to Garissa county after the raids.", ("Kenya", "Kenya", 4000)),
        ("About 600 US troops remain in Syria. Iraq's defence ministry said some 12,000 soldiers are now "
         "posted in Anbar province.", ("Iraq", "Iraq", 12000)),
        ("About 600 US troops remain in Syria. Some 12,000 soldiers are posted in Anbar province, "
         "Iraq's defence ministry said.", ("Iraq", "Iraq", 12000)),
        ("Roughly 800 French troops are still in Chad. Nigeria's military said 3,000 soldiers "
         "were deployed to Borno state this week.", ("Nigeria", "Nigeria", 3000)),
    ],
)
def test_a_speaking_state_tells_of_its_own_troops(ex, text, level):
    assert level in _levels(ex, text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # near misses: the text before placed guests in the speaker's own country
        ("About 900 US soldiers are in Lithuania. Lithuania's army said some 300 soldiers are at "
         "the Rukla base.", ("United States", "Lithuania", 300)),
        ("About 900 US soldiers are in Lithuania. Lithuania's defence ministry said some 300 more "
         "soldiers arrived this week.", ("United States", "Lithuania", 300)),
        # the figure's own phrase names the force
        ("Some 1,500 American sailors are now in the Red Sea. Oman's army said 400 British troops "
         "joined a drill in Dhofar.", ("United Kingdom", "Oman", 400)),
    ],
)
def test_a_host_speaking_keeps_its_guests(ex, text, level):
    assert level in _levels(ex, text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a border a land neighbour names, guarded or patrolled with no preposition, is the speaker's side
        ("About 600 French troops are in Romania. Hungary's army said 2,000 soldiers were guarding "
         "the Serbian border.", ("Hungary", "Hungary", 2000)),
        ("Some 1,500 American sailors are now in the Red Sea. Egypt's military said some 6,000 "
         "soldiers patrol the Libyan frontier.", ("Egypt", "Egypt", 6000)),
    ],
)
def test_a_speaking_state_guards_its_own_side_of_a_border(ex, text, level):
    assert level in _levels(ex, text)


def test_a_host_speaking_of_a_guarded_border_keeps_its_guests(ex):
    text = "About 900 US soldiers are in Lithuania. Lithuania's army said 300 soldiers patrol the Belarus border."
    assert ("United States", "Lithuania", 300) in _levels(ex, text)
