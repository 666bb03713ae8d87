"""A group told by its people and kind ("an Iraqi armed faction") is a party: doer and threat speaker."""

from datetime import date


def _rows(ex, text):
    return [(i.type, list(i.actors), i.country) for i in ex.extract(text, id="x", published=date(2025, 3, 14)).incidents]


def test_armed_faction_threatens(ex):
    text = "An Iraqi armed faction warned on Sunday that it would target American bases if the strikes on Iran went on."
    assert _rows(ex, text) == [("threat_statement", ["Iraqi armed faction"], "Iraq")]


def test_armed_faction_is_doer(ex):
    text = "A Syrian armed faction shelled a village near Afrin on Sunday, killing two civilians."
    assert [r[1] for r in _rows(ex, text)] == [["Syrian armed faction"]]


def test_army_threat_unchanged(ex):
    text = "The Iraqi army said on Sunday it would strike any armed group that attacked its bases."
    assert _rows(ex, text) == [("threat_statement", ["Iraq"], "Iraq")]
