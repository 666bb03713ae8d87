"""Two sites each named by a name of its own and a word for what it yields or holds ('the X oil
field', 'the Y oil field', 'the Z fuel depot') are two places: the shared kind word is no shared
name, as 'hotel' in two hotels' names already was; one name told with and without its kind word, or
a bare 'the oil field', still meets its named site."""

from __future__ import annotations

from reporter.brief.identity import _where, place_relation


def _relation(a: str, b: str, country: str | None = "Iraq") -> str:
    return place_relation(_where(a, country, None, None), _where(b, None, None, None))


def test_two_named_fields_or_depots_are_two_places():
    """'Qarabil oil field' and 'Batnaya oil field'; 'Kesra gas plant' and 'Dolan gas plant'."""
    assert _relation("Qarabil oil field", "Batnaya oil field") == "different"
    assert _relation("Kesra gas plant", "Dolan gas plant") == "different"
    assert _relation("Hamrin fuel depot", "Sirwan fuel depot") == "different"


def test_one_named_field_told_two_ways_stays_one_place():
    """Near misses: 'Qarabil oil field' and 'Qarabil field', or 'the oil field' with no name."""
    assert _relation("Qarabil oil field", "Qarabil field") == "same"
    assert _relation("Qarabil oil field", "the oil field") == "same"
