"""An offensive launched against a named foe with its front told after ("against the rebels in the X region") is
ground fighting when dated and placed (GUIDE: a specific event, not a mission description), and an event told
as one a span of months or years back ("a year after the group's bombing of a market in Y") is an earlier event
of its own, not the one just told again."""

from datetime import date

DAY = date(2025, 3, 3)


def _read(ex, text):
    return sorted((i.type, i.location, str(i.date), i.casualties.killed) for i in ex.extract(text, id="t", published=DAY).incidents)


def test_dated_placed_offensive_and_an_event_a_year_before(ex):
    text = (
        "KISMAYO (Wire) - Somali troops began an offensive against al-Shabaab in the Gedo region on Monday, "
        "two years after the militants' bombing of a hotel in Kismayo that killed 26 people."
    )
    assert _read(ex, text) == [
        ("armed_clash", "Gedo region", "2025-03-03", None),
        ("explosion", "Kismayo", "None", 26),
    ]


def test_control_offensive_against_a_foe_with_no_front_is_a_mission(ex):
    text = "KISMAYO (Wire) - Somali troops have launched an offensive against al-Shabaab, the minister said."
    assert _read(ex, text) == []


def test_control_hours_after_the_blast_still_refers_back(ex):
    text = (
        "KISMAYO (Wire) - A car bomb exploded at a hotel in Kismayo on Monday, killing 12 people. "
        "Hours after the blast, police sealed off the area."
    )
    assert _read(ex, text) == [("explosion", "Kismayo", "2025-03-03", 12)]
