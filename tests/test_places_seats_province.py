"""A province the gazetteer does not list, named after its seat and told at the seat's point ("Sumy region"), holds
the towns GeoNames puts in the seat's own province, not every town within 150 km of it: a strike in the next
oblast's city the same night is another event, not the lead told closer in (places.nested)."""

from __future__ import annotations

from datetime import date

from reporter.extract.places import Place, nested


def _seen(ex, text):
    return sorted((i.location, i.type) for i in ex.extract(text, id="t", published=date(2025, 3, 14)).incidents)


def test_a_city_of_the_next_province_is_not_the_lead_told_closer_in(ex):
    text = (
        "Russian drones hit a gas facility in the Sumy region overnight, the governor said, and three workers were hurt.\n"
        "A glide bomb struck an apartment block in Kharkiv overnight, officials said."
    )
    assert [loc for loc, _ in _seen(ex, text)] == ["Kharkiv", "Sumy region"]


def test_seats_province_holds_its_own_towns():
    sumy = Place("Sumy region", "Ukraine", 50.91, 34.80, 3, 0, 5, "loc")
    assert nested(sumy, Place("Shostka", "Ukraine", 51.87, 33.48, 4, 0, 5, "loc"))  # control: in Sumy oblast
    assert nested(sumy, Place("Okhtyrka", "Ukraine", 50.31, 34.90, 4, 0, 5, "loc"))
    assert not nested(sumy, Place("Kharkiv", "Ukraine", 49.99, 36.23, 4, 0, 5, "loc"))
