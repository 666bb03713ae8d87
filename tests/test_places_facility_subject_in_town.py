"""A named facility as the subject of a blow, its town told between ("the Al-Shaab Hospital in Kadugli came under
heavy shelling"), is the scene (GUIDE: the most specific place), written with its town as the active form writes it."""

from datetime import date


def _where(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 3, 14))
    return [(i.type, i.location, i.country, i.casualties.killed) for i in facts.incidents]


def test_hospital_in_town_came_under_shelling(ex):
    text = "The Al-Shaab Hospital in Kadugli came under heavy shelling on Sunday, killing three patients, local medics said."
    assert _where(ex, text) == [("shelling", "Al-Shaab Hospital, Kadugli", "Sudan", 3)]


def test_hospital_in_town_was_shelled_with_commas(ex):
    text = "The Al-Shaab Hospital, in Kadugli, was shelled on Sunday, killing three patients."
    assert _where(ex, text) == [("shelling", "Al-Shaab Hospital, Kadugli", "Sudan", 3)]


def test_active_form_unchanged(ex):
    text = "The RSF shelled the Al-Shaab Hospital in Kadugli on Sunday, killing three patients, local medics said."
    assert [r[1] for r in _where(ex, text)] == ["Al-Shaab Hospital, Kadugli"]


def test_criticised_hospital_is_no_event(ex):
    assert _where(ex, "The Al-Shaab Hospital in Kadugli came under fire for its fees on Sunday, local medics said.") == []
