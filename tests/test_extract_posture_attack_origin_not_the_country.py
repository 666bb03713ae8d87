"""A country named only as where an attack came from ("raids from Nigeria", "rockets from Lebanon"), or only
by its border ("across the Kenyan border"), is not the country "the country" refers to: a state's own troops
in "the west of the country" stay at home. A country troops left ("withdrawal from Mali") is still one."""

from __future__ import annotations

from datetime import date

import pytest


def _levels(ex, text):
    facts = ex.extract(text, id="t", published=date(2025, 3, 3))
    return [(p.force, p.country, p.count) for p in facts.troop_posture]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Chad has been hit by militant raids from Nigeria. Chad has 2,000 soldiers in the west of the country.",
            ("Chad", "Chad", 2000),
        ),
        (
            "Benin's army has faced attacks launched from Burkina Faso. Benin has sent 3,000 soldiers to the north of "
            "the country, officials said.",
            ("Benin", "Benin", 3000),
        ),
        (
            "Rockets from Lebanon struck northern Israel overnight. Some 5,000 Israeli troops are now deployed in the "
            "north of the country.",
            ("Israel", "Israel", 5000),
        ),
    ],
)
def test_attack_origin_is_not_the_country(ex, text, level):
    assert _levels(ex, text) == [level]


def test_border_named_is_not_the_country(ex):
    """A country named only by its border ("across the Kenyan border") is its far side, not "the country"."""
    text = (
        "MOGADISHU (Wire) - Al-Shabaab fighters attacked a base from across the Kenyan border. Somalia has about "
        "4,000 troops in the south of the country."
    )
    assert _levels(ex, text) == [("Somalia", "Somalia", 4000)]


def test_country_left_is_still_the_country(ex):
    """Control: a country troops withdrew from is still the one "the country" refers to."""
    text = (
        "France completed its withdrawal from Mali last year after nearly a decade of fighting. About 1,000 Russian "
        "instructors are now in the country."
    )
    assert _levels(ex, text) == [("Russia", "Mali", 1000)]
