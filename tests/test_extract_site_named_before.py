"""A later telling placed, from a line beside it, at a site the gazetteer does not know, which an earlier
telling's own sentence names ("the Salem depot in Kharkiv"), is that event told again: one incident."""

from __future__ import annotations

from datetime import date

TEXT = (
    "Russian jets struck the Salem fuel depot in Kharkiv overnight.\n\n"
    "State television says a fire at the {site} depot, north-west of Kharkiv, is under control. "
    "Russia's military said its aircraft had struck fuel infrastructure used by the armed forces.\n"
)


def _incidents(ex, site):
    facts = ex.extract(TEXT.format(site=site), id="x", published=date(2025, 6, 15))
    return [(i.type, i.location) for i in facts.incidents]


def test_a_telling_at_the_site_the_first_named_is_the_same_event(ex):
    assert _incidents(ex, "Salem") == [("air_strike", "Kharkiv")]


def test_a_telling_at_another_site_stays_its_own(ex):
    # (control) the site the later line names is not the one the first telling named
    assert _incidents(ex, "Dover") == [("air_strike", "Kharkiv"), ("air_strike", "Dover")]
