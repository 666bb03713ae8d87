"""A killing by hand told in the passive with its manner before the agent ("were hacked to death by gunmen")
is harm done by an armed party, as the active "gunmen hacked three farmers to death" is (GUIDE: a killing by
an armed party is an incident with its toll)."""

from __future__ import annotations

from datetime import date

import pytest


def _tolls(ex, text):
    return [i.casualties.killed for i in ex.extract(text, id="t", published=date(2025, 6, 3)).incidents]


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        ("Three farmers were hacked to death by gunmen near Bunia on Sunday.", [3]),
        ("Four herders were hacked to death near Bunia on Sunday by armed men.", [4]),
        # controls: the active is read as before; a killing by a neighbour is no armed party's deed
        ("Gunmen hacked three farmers to death near Bunia on Sunday.", [3]),
        ("A man was hacked to death by his neighbour near Bunia on Sunday.", []),
    ],
)
def test_a_passive_killing_by_hand_names_its_doer(ex, text, tolls):
    assert _tolls(ex, text) == tolls
