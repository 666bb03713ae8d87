"""A site spelt with a hard c by one outlet and a k by another ("Kalako" / "Calaco") is one place in the brief."""

from __future__ import annotations

from datetime import date

from reporter.brief.merge import Report, merge_incidents
from tests.test_merge import _families, _inc


def _drones(source: int, place: str) -> Report:
    return Report(source=source, published=date(2031, 8, 12), fact=_inc("2031-08-11", type_="drone_attack", location=place, country="Syria"))


def test_a_field_spelt_with_c_and_with_k_is_one_row():
    assert [m.sources for m in merge_incidents([_drones(1, "Calaco field"), _drones(2, "Kalako")], _families(2))] == [(1, 2)]


def test_control_two_names_with_other_consonants_stay_two_rows():
    assert len(merge_incidents([_drones(1, "Calaco field"), _drones(2, "Kalabo")], _families(2))) == 2
