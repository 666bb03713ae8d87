"""An event told after a stretch of days and "before" ("..., two days before a bomb exploded outside it") is an
event of its own, that many days after the one told first, as one told after "a day after" already was
(GUIDE: one record per distinct real event); a bare "before" keeps the one event."""

from datetime import date

import pytest

DAY = date(2025, 3, 14)  # a Friday


@pytest.mark.parametrize(
    ("text", "events"),
    [
        (
            "Gunmen stormed a police station in Baidoa on Tuesday, two days before a bomb exploded outside it, police said.",
            [("armed_clash", "2025-03-11"), ("explosion", "2025-03-13")],
        ),
        (
            "Militants attacked an army base near Bariire on Monday, a day before they stormed a checkpoint in Afgoye.",
            [("armed_clash", "2025-03-10"), ("armed_clash", "2025-03-11")],
        ),
    ],
)
def test_event_a_stretch_later_is_its_own(ex, text, events):
    incs = ex.extract(text, id="t", published=DAY).incidents
    assert [(i.type, str(i.date)) for i in incs] == events


def test_bare_before_keeps_one_event(ex):
    """Near miss: "before" with no stretch of days tells the same assault going on."""
    text = "Militants attacked an army base near Bariire on Tuesday before storming its armoury, officials said."
    assert len(ex.extract(text, id="t", published=DAY).incidents) == 1
