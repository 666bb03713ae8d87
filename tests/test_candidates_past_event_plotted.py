"""A deed whose object is told as having plotted a past event ("hit camps used to plan last month's attack on Y",
"the men who planned Monday's ambush") does not take that past event's word as its means, nor its day, nor its
scene when the clause names its own before it; the past event, kept with its own day, takes no toll told next.
A strike named as the deed's means, and an attack told as a sentence's own news, keep their readings."""

from __future__ import annotations

from datetime import date

PUB = date(2025, 5, 10)


def _events(ex, text: str) -> list[tuple[str, str | None, str | None, tuple[str, ...], int | None]]:
    return [
        (i.type, i.date, i.location, tuple(i.actors), i.casualties.killed)
        for i in ex.extract(text, id="x", published=PUB).incidents
    ]


def test_a_past_attack_plotted_is_no_second_event(ex):
    """The plotted attack, told last month, is neither a second strike nor the holder of the toll told next."""
    text = (
        "Ruritania fired missiles at sites in Pakistan before dawn on Friday, saying it had hit camps used to plan "
        "last month's attack on pilgrims in Pahalgam. Pakistan's army said 19 civilians were killed. "
        "It said its air force had downed three Ruritanian jets."
    )
    found = _events(ex, text)
    assert [(t, d) for t, d, *_ in found] == [("missile_attack", "2025-05-09"), ("interception", "2025-05-09")]
    assert found[0][4] == 19


def test_a_past_attack_plotted_lends_no_scene(ex):
    """The buildings were hit in Idlib province, not in Latakia, where the bombing they were used to plot was."""
    text = (
        "Government jets hit warehouses in Idlib province on Thursday that officials said were used to plot "
        "Monday's bombing of a bus in Latakia. The ministry said nine fighters were killed."
    )
    # (the bombing plotted is a background event of its own, with its own day and scene, and no toll)
    assert [(t, d, loc, k) for t, d, loc, _, k in _events(ex, text)] == [
        ("air_strike", "2025-05-08", "Idlib province", 9),
        ("explosion", "2025-05-05", "Latakia", None),
    ]


def test_the_men_who_planned_an_ambush_lend_no_day(ex):
    """The hideouts were hit on Thursday; Monday is the ambush's day."""
    text = "Troops hit the hideouts of the men who planned Monday's ambush near Gao on Thursday. The army said 14 militants were killed."
    assert [(d, loc, k) for _, d, loc, _, k in _events(ex, text)] == [
        ("2025-05-08", "Gao", 14),
        ("2025-05-05", "Gao", None),
    ]


def test_a_named_means_still_types_the_hit(ex):
    """Control: "hit X with air strikes" names the means of the hit itself."""
    text = "Jets hit a compound in Idlib with air strikes on Thursday, killing four, the monitor said."
    assert [(t, loc, k) for t, _, loc, _, k in _events(ex, text)] == [("air_strike", "Idlib", 4)]


def test_a_past_attack_told_alone_stays_an_incident(ex):
    """Control: the attack told as the sentence's own news keeps its month."""
    text = "Gunmen killed 26 tourists in Pahalgam last month."
    assert [(d, loc, k) for _, d, loc, _, k in _events(ex, text)] == [("2025-04-01/2025-04-30", "Pahalgam", 26)]
