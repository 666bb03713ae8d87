"""A number after a group told by how badly they were hurt is a share of that group ("wounding three soldiers,
one critically"), not one more group; a further group listed after it still adds."""

from datetime import date

import pytest


def _injured(ex, text):
    (inc,) = ex.extract(text, id="x", published=date(2024, 2, 2)).incidents
    return inc.casualties.injured


@pytest.mark.parametrize("share", ["one critically", "two seriously", "one of them badly"])
def test_share_told_by_severity_adds_nobody(ex, share):
    assert _injured(ex, f"On Monday, a drone hit the Erbil air base, wounding three soldiers, {share}.") == 3


def test_further_group_still_adds(ex):
    assert _injured(ex, "On Monday, a drone hit the Erbil air base, wounding three soldiers, two contractors and a guard.") == 6
