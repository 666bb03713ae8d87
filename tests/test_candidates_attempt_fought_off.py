"""A ground assault told as attempted and then as fought off (in its sentence, or by the next one's opening deed)
was met with fire: a clash took place (GUIDE: armed_clash is raids met with fire). An attempt alone stays none."""

from datetime import date


def _read(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 3, 14))
    return [(i.type, i.location, i.country, i.casualties.killed) for i in facts.incidents]


def test_attempted_infiltration_then_repelled_in_the_next_sentence(ex):
    text = (
        "DAMASCUS — Terrorist elements attempted to infiltrate army positions near Idlib on Friday, the defence "
        "ministry said. Our units repelled the attack, killing four of the attackers."
    )
    assert _read(ex, text) == [("armed_clash", "Idlib", "Syria", 4)]


def test_tried_to_storm_but_were_repulsed(ex):
    text = "Militants tried to storm an army checkpoint near Gao on Monday but were repulsed, the army said."
    assert _read(ex, text) == [("armed_clash", "Gao", "Mali", None)]


def test_attempted_attack_beaten_back(ex):
    text = "Gunmen attempted to attack a police post in Zamfara on Monday but were beaten back, police said."
    assert [r[:2] for r in _read(ex, text)] == [("armed_clash", "Zamfara")]


def test_attempt_not_told_fought_off_stays_none(ex):
    assert _read(ex, "Militants tried to storm an army checkpoint near Gao on Monday, the army said.") == []
    text = "Militants attempted to attack a base near Gao on Monday. Officials said the plot was discussed at length."
    assert _read(ex, text) == []


def test_storm_as_weather_stays_none(ex):
    assert _read(ex, "Fishermen near Gao tried to return before the storm on Monday.") == []
