"""A town of the region the briefs cover is kept beside a bigger namesake abroad (lexicon._add_world), so a story of
its country finds it ("Hangu" in Pakistan, not the Chinese city; "Samara" in a story of Iraq is Samarra), while a
story of the namesake's country keeps the namesake."""

from __future__ import annotations

from datetime import date


def _seen(ex, text):
    return sorted((i.location, i.country) for i in ex.extract(text, id="t", published=date(2025, 3, 14)).incidents)


def test_a_region_town_is_kept_beside_a_bigger_namesake_abroad(ex):
    text = "PESHAWAR, Pakistan — Gunmen fired on a police station in Hangu on Friday, killing two officers, police said."
    assert _seen(ex, text) == [("Hangu", "Pakistan")]
    # control: a story of China keeps the Chinese city
    assert _seen(ex, "A blast at a chemical plant in Hangu, China, killed four workers on Friday, state media said.") == [
        ("Hangu", "China")
    ]


def test_a_spelling_of_a_region_town_shadowed_abroad_is_found(ex):
    # "Samara" spells Iraq's Samarra as well as the Russian city: a story of Iraq means Samarra, at its point
    (i,) = ex.extract(
        "BAGHDAD (Wire) - Gunmen attacked a checkpoint on the road towards Samara on Monday, police said.",
        id="t",
        published=date(2025, 3, 14),
    ).incidents
    assert i.country == "Iraq" and i.lat is not None and abs(i.lat - 34.2) < 0.1
