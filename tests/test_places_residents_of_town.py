"""A town named by those who live there ("residents of Bahri reported clashes") is a settlement, read as the scene
as one after "the town of" is, though the world list holds it only after "in"."""

from datetime import date


def _where(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 3, 14))
    return [(i.type, i.location, i.country) for i in facts.incidents]


def test_residents_of_a_town_report_fighting(ex):
    text = "Residents of Bahri reported heavy artillery exchanges between the army and the RSF on Saturday."
    assert _where(ex, text) == [("shelling", "Bahri", "Sudan")]


def test_inhabitants_of_a_town_heard_clashes(ex):
    text = "Inhabitants of Khartoum North reported clashes between the army and the RSF on Saturday."
    assert [w[1:] for w in _where(ex, text)] == [("Khartoum North", "Sudan")]


def test_residents_with_no_event_tell_none(ex):
    assert _where(ex, "The residents of Kadugli protested on Saturday against the governor.") == []
