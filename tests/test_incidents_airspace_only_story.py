"""A short story that tells only an airspace step is a security story: the GUIDE counts closures and
reopenings as incidents of type other."""

from datetime import date


def _incidents(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 6, 3))
    return [(i.type, i.location, i.date) for i in facts.incidents]


def test_closure_alone_is_an_incident(ex):
    text = "Jordan closed its airspace on Monday. The airspace was reopened on Monday evening."
    assert ("other", "Jordan", "2025-06-02") in _incidents(ex, text)


def test_closure_with_speaker_reworded(ex):
    text = "Iraq shut its airspace to all flights on Monday, the transport ministry said."
    assert _incidents(ex, text) == [("other", "Iraq", "2025-06-02")]


def test_airline_route_over_airspace_is_no_incident(ex):
    text = "The airline said its new route over Turkish airspace would cut flight times by an hour."
    assert _incidents(ex, text) == []
