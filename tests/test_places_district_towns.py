"""A district the gazetteer lists the towns of (one GeoNames does not divide) holds those towns, not every
town within a province's reach of its point: an attack in Kurram and one in a town of the next district the
same day are two attacks. First-level states the gazetteer now lists by their GeoNames codes (South Sudan's,
Nigeria's south, Cabo Delgado) hold their own towns the same way (places.nested)."""

from __future__ import annotations

from datetime import date

from reporter.extract.incidents import incident_events
from reporter.extract.places import Place, in_district, nested


def _seen(ex, text):
    return sorted((i.location, i.country) for i in ex.extract(text, id="t", published=date(2025, 3, 14)).incidents)


def test_a_town_of_the_next_district_is_another_attack(ex):
    text = (
        "PESHAWAR, Pakistan — Militants attacked a security post in Kurram district on Friday, police said.\n"
        "Gunmen also fired on a police station in Kohat on Friday, a local official said."
    )
    # (the rules' events, before the learned keeper's second look)
    _, art = ex.document(text, date(2025, 3, 14))
    assert sorted(c.place.name for c in incident_events(art)) == ["Kohat", "Kurram"]


def test_district_towns_nested():
    kurram = Place("Kurram", "Pakistan", 33.73, 70.1, 3, 0, 5, "loc")
    parachinar = Place("Parachinar", "Pakistan", 33.90, 70.10, 4, 0, 5, "loc")
    kohat = Place("Kohat", "Pakistan", 33.58, 71.44, 4, 0, 5, "loc")
    wana = Place("Wana", "Pakistan", 32.30, 69.57, 4, 0, 5, "loc")
    village = Place("Some Village", "Pakistan", 33.80, 70.20, 4, 0, 5, "loc")
    assert in_district(parachinar, kurram) is True and nested(kurram, parachinar)
    assert in_district(wana, kurram) is False  # South Waziristan lists it
    assert not nested(kurram, kohat)  # a town it does not list, some 125 km off
    assert nested(kurram, village)  # control: an unlisted village near its point stays in it


def test_states_listed_by_their_codes_hold_their_own_towns():
    jonglei = Place("Jonglei", "South Sudan", 7.4, 32.4, 3, 0, 5, "loc")
    bor = Place("Bor", "South Sudan", 6.21, 31.56, 4, 0, 5, "loc")
    malakal = Place("Malakal", "South Sudan", 9.53, 31.66, 4, 0, 5, "loc")
    assert nested(jonglei, bor)
    assert not nested(jonglei, malakal)
