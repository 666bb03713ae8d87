"""A name the gazetteer does not know, after "into" and before a kind word ("fired rockets into X province"),
is the scene, as it is after "in" or "at"; the country told as its owner ("Ruritania's X province") gives its
country."""

from datetime import date

DAY = date(2025, 7, 25)


def test_fired_into_an_unknown_province_is_that_province(ex):
    text = "Cambodian forces fired rockets into Thailand's Surin province on Thursday, officials said."
    incs = ex.extract(text, id="t", published=DAY).incidents
    assert [i.location for i in incs] == ["Surin province"]
    assert incs[0].country == "Thailand"


def test_control_into_a_country_stays_the_country(ex):
    """Near miss: a country after 'into' with no kind word is still the country."""
    text = "Cambodian forces fired rockets into Thailand on Thursday, officials said."
    incs = ex.extract(text, id="t", published=DAY).incidents
    assert [i.location for i in incs] == ["Thailand"]
