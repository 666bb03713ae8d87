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
        "The Colonels' Front fired 90 missiles at Ruritania on Saturday, and most were stopped, but two struck "
        "a depot in Halden.",
    ],
)
def test_share_that_hit_is_the_salvos_facet(ex, text):
    attacks = _attacks(ex, text)
    assert attacks == [("missile_attack", 90)]


def test_hit_with_no_salvo_told_stays_its_own_attack(ex):
    text = "Two missiles struck a depot in Halden on Saturday, officials said."
    assert [t for t, _ in _attacks(ex, text)] == ["missile_attack"]
