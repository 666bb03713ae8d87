"""A row's place is the narrowest of the geocoded places its reports give: the base one outlet names,
not the province another put the same event in."""

from __future__ import annotations

from tests.conftest import outlet_brief


def _rows(ex, *told: tuple[str, str]):
    return outlet_brief(ex, *told).incidents


_PROVINCE = ("2030-10-12", "Air defences shot down two rockets over Anbar early on Saturday, a security source in Anbar said.")


def test_the_base_names_the_row_not_the_province(ex):
    base = ("2030-10-12", "Rockets were fired at Ain al-Asad air base in western Iraq early on Saturday, officials said.")
    for order in ((_PROVINCE, base), (base, _PROVINCE)):
        (row,) = _rows(ex, *order)
        assert row.location == "Ain al-Asad air base" and row.country == "Iraq"


def test_a_row_told_only_by_its_province_keeps_it(ex):
    """Control: with no narrower place told, the province stays the row's place."""
    (row,) = _rows(ex, _PROVINCE)
    assert row.location == "Anbar"
