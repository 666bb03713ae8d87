"""A named armed group's word, in the sentence after an attack, that it aimed that attack at someone ("X said
it had targeted the president") is its claim of the attack (GUIDE: a claiming party gets the suffix). A state's
force saying it targeted someone tells its own fire, and an aim told of another event claims nothing."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text):
    incs = ex.extract(text, id="t", published=date(2025, 3, 10)).incidents
    assert len(incs) == 1, incs
    return list(incs[0].actors)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "A bomb exploded as a convoy passed through Hodan district in Mogadishu on Tuesday. "
            "Al-Shabaab said it had targeted the president.",
            "Al-Shabaab (claimed)",
        ),
        (
            "A car bomb exploded outside a hotel in Mogadishu on Saturday. Al-Shabaab said it targeted a meeting of officials.",
            "Al-Shabaab (claimed)",
        ),
        (
            "A drone hit an airport in Erbil on Monday. The Islamic Resistance in Iraq said it had targeted the airport.",
            "Islamic Resistance in Iraq (claimed)",
        ),
    ],
)
def test_a_group_s_aim_after_the_attack_is_its_claim(ex, text, actor):
    assert _actors(ex, text) == [actor]


@pytest.mark.parametrize(
    "text",
    [
        # a state's force telling its own fire
        "A car bomb exploded near a base in Mogadishu on Sunday. The army said it had targeted the attackers.",
        # an aim told of another event
        "A bomb exploded in Mogadishu on Sunday. Al-Shabaab said it had targeted the president in an attack last year.",
        "A bomb exploded in Mogadishu on Sunday. Al-Shabaab said it had targeted the president last month.",
        # an aim denied
        "A bomb exploded in Mogadishu on Sunday. Al-Shabaab said it had not targeted civilians.",
    ],
)
def test_near_miss_no_claim(ex, text):
    assert not any(a.endswith("(claimed)") for a in _actors(ex, text))
