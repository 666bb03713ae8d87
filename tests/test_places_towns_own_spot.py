"""A spot no gazetteer knows, told as "the town's" ("in the town's X area"), lies in the town the story named
before: written with it, at its point, and finer than it (so a retelling of that town's event places it there)."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text):
    return ex.extract(text, id="t", published=date(2025, 3, 14)).incidents


def test_the_towns_spot_is_in_the_town_named_before(ex):
    (i,) = _incidents(
        ex,
        "Rebels shelled Kadugli, the capital of South Kordofan, on Tuesday, residents said.\n"
        "Shells landed in the town's Hillat Nuri area, killing three traders and wounding four, a nurse said.",
    )
    assert (i.location, i.country) == ("Hillat Nuri area, Kadugli", "Sudan")
    assert i.lat is not None and abs(i.lat - 11.01) < 0.05


def test_control_a_spot_told_without_the_town_stays_as_read(ex):
    found = _incidents(
        ex,
        "Rebels shelled Kadugli, the capital of South Kordofan, on Tuesday, residents said.\n"
        "On Thursday, shells landed in the Hillat Nuri area, killing three traders, a nurse said.",
    )
    assert found[-1].location == "Hillat Nuri area"


def test_the_citys_district_told_with_its_side_is_in_the_city(ex):
    (i,) = _incidents(
        ex,
        "Glide bombs struck Kharkiv on Sunday, officials said. One hit the city's eastern Nemyshlianskyi district, "
        "wounding five people, the mayor said.",
    )
    assert (i.location, i.country) == ("Nemyshlianskyi district, Kharkiv", "Ukraine")


def test_control_the_citys_side_alone_names_no_spot(ex):
    (i,) = _incidents(
        ex,
        "Glide bombs struck Kharkiv on Sunday, officials said. One hit the city's eastern outskirts, "
        "wounding five people, the mayor said.",
    )
    assert i.location == "Kharkiv"
