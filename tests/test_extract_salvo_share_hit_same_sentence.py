"""A share of a salvo that hit, told in the salvo's own sentence after the launch ("fired 90 missiles; most
were stopped, but dozens struck near X"), is a facet of that salvo, as it already was when told in the next
sentence (GUIDE: one record per real event): no second attack of its own; a hit by weapons of their own
with no salvo told before stays an attack of its own."""

from __future__ import annotations

from datetime import date

import pytest


def _attacks(ex, text):
    found = ex.extract(text, id="t", published=date(2025, 5, 4)).incidents
    return [(i.type, i.count) for i in found if i.type != "interception"]


@pytest.mark.parametrize(
    "text",
    [
        "The Colonels' Front fired 90 missiles at Ruritania on Saturday; most were stopped, but dozens struck "
        "near the Halden air base.",
    ],
)
def test_share_that_hit_is_the_salvos_facet(ex, text):
    attacks = _attacks(ex, text)
    assert attacks == [("missile_attack", 90)]


@pytest.mark.parametrize("share", ["two", "one"])
def test_counted_share_at_a_town_of_its_own_is_a_part(ex, share):
    # (a share counted by its number, like a single weapon, told hitting a town of its own is a part of the
    # salvo there: the salvo stays whole, with its count, over the country)
    text = (
        "The Colonels' Front fired 90 missiles at Ruritania on Saturday, and most were stopped, but "
        f"{share} struck a depot in Halden."
    )
    assert _attacks(ex, text) == [("missile_attack", 90), ("missile_attack", None)]


def test_hit_with_no_salvo_told_stays_its_own_attack(ex):
    text = "Two missiles struck a depot in Halden on Saturday, officials said."
    assert [t for t, _ in _attacks(ex, text)] == ["missile_attack"]
