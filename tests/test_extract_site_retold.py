"""A site an attack is aimed at, named loosely and then again by its kind in the next sentence ("a post ...
The post, at X, ..."), is one attack, placed and dated by the retelling; a site hit again is another.

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 3, 14)


def _incidents(ex, text):
    return ex.extract(text, id="t", published=DAY).incidents


@pytest.mark.parametrize(
    "text, day, place",
    [
        # the report's day lent to the first telling yields to the day the retelling gives the attack
        (
            "Insurgents raided an army outpost in the Kidal region, the ministry said on Thursday. "
            "The outpost at Tessalit came under fire on Tuesday before dawn, it said.",
            "2025-03-11",
            "Tessalit",
        ),
        # ... with an adjective before the site's kind, and told undated in the retelling
        (
            "Gunmen attacked a remote police checkpoint in Lakki Marwat district on Monday night. "
            "The checkpoint was hit with rockets and grenades, a police officer said.",
            "2025-03-10",
            "Lakki Marwat district",
        ),
    ],
)
def test_site_told_again_is_one_attack(ex, text, day, place):
    found = _incidents(ex, text)
    assert len(found) == 1, found
    assert str(found[0].date) == day
    assert found[0].location.startswith(place)


@pytest.mark.parametrize(
    "text",
    [
        # the site hit again: another attack
        "Militants attacked a police post in Lakki Marwat district on Monday. "
        "The post came under fire again on Wednesday, officials said.",
        # each telling with a day of its own: two attacks on two days
        "Fighters stormed an army base in the Kidal region on Monday, officials said. "
        "The base at Tessalit came under fire on Thursday.",
        # another kind of site: not the one told before
        "Insurgents ambushed an army convoy in the Kidal region, the ministry said on Thursday. "
        "The base at Tessalit came under fire on Tuesday.",
    ],
)
def test_other_attack_on_a_site_stays_apart(ex, text):
    assert len(_incidents(ex, text)) == 2
