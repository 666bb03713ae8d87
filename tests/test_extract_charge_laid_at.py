"""A bomb or mine told with whom it is laid at ("a bomb blamed on rebels killed ...") still did the harm.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 3, 10)
TAIL = "\n\nThe army gave no further details."


def _types(ex, text):
    return [i.type for i in ex.extract(text + TAIL, id="t", published=DAY).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb blamed on the rebels killed four policemen near Kismayo on Saturday.",
        "A landmine attributed to the insurgents wounded six herders outside Gao on Friday.",
        "A car bomb, claimed by a jihadist group, killed nine people in a market of Kirkuk on Sunday.",
    ],
)
def test_charge_laid_at_a_party_is_its_blast(ex, text):
    assert _types(ex, text) == ["explosion"]


def test_armed_men_laid_at_a_party_still_fight(ex):
    # near miss: no charge named, the men blamed are still a fight on the ground
    text = "Gunmen blamed on the rebels killed four policemen near Kismayo on Saturday."
    assert _types(ex, text) == ["armed_clash"]
