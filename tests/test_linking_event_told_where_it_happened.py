"""An event told with no place, and the next sentence saying where the event happened by an event noun of
its own ("a clash ... The fighting took place in X", "an ambush ... The attack happened outside Y"): that
spot is its scene, whatever word first told the event. A sentence saying where a thing not told with the
event lies places nothing."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    incs = ex.extract(text, id="t", published=date(2025, 3, 14)).incidents
    return sorted((i.location, i.country, i.casualties.killed) for i in incs)


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        (
            "Pakistani troops killed six militants in a clash on Friday, the army said. The fighting took place in "
            "North Waziristan, it said.",
            [("North Waziristan", "Pakistan", 6)],
        ),
        (
            "Gunmen killed four soldiers in an ambush on Tuesday. The attack happened outside the village of "
            "Koro Bagh, officials said.",
            [("Koro Bagh", None, 4)],
        ),
        (
            # control: the sentence tells where something else is, not the event
            "Gunmen killed four soldiers in an ambush on Tuesday. The ministry was located in Koro Bagh, officials said.",
            [],
        ),
    ],
)
def test_event_told_where_it_happened(ex, text, seen):
    assert _seen(ex, text) == seen
