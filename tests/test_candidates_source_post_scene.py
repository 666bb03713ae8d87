"""A local source's post ("medics in X said ...") is the scene of the event it tells when its sentence names no other
place, across the speech's clause, as best_place takes a body's place within one."""

from datetime import date


def _read(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 3, 14))
    return [(i.type, i.location, i.casualties.killed) for i in facts.incidents]


def test_medics_in_a_town_tell_shelling(ex):
    text = "Medics in Babanusa said three civilians died when shells struck a crowded market on Thursday."
    assert _read(ex, text) == [("shelling", "Babanusa", 3)]


def test_a_source_told_after(ex):
    text = "Three civilians died when shells struck a crowded market on Thursday, a medical source in Babanusa said."
    assert _read(ex, text) == [("shelling", "Babanusa", 3)]


def test_a_scene_named_wins_over_the_post(ex):
    text = "Officials in Babanusa said three civilians died when shells struck a market in Dilling on Thursday."
    assert _read(ex, text) == [("shelling", "Dilling", 3)]


def test_post_with_no_event_tells_none(ex):
    assert _read(ex, "Officials in Babanusa said the talks failed on Thursday.") == []
