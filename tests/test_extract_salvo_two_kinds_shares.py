"""Two kinds of weapon stopped in one clause, each told by its share ("50 of the drones and all but one of the
missiles"): the stopped of both, the second counted, when told by what got through, as the rest of its own
salvo (GUIDE: count is the number of projectiles; a mixed salvo sums them)."""

from __future__ import annotations

from datetime import date

import pytest

_SALVO = "The Colonels' Front launched 60 drones and four missiles at Belvale overnight. "


def _stopped(ex, text):
    found = ex.extract(text, id="t", published=date(2025, 5, 4)).incidents
    return [i.count for i in found if i.type == "interception"]


@pytest.mark.parametrize(
    ("share", "stopped"),
    [
        ("Air defences shot down 50 of the drones and all but one of the missiles, the air force said.", 53),
        ("Air defences shot down all but one of the missiles and 50 of the drones, the air force said.", 53),
        ("Air defences shot down 50 of the drones and three of the missiles, the air force said.", 53),
        # control: both counted by their own numbers, as before
        ("Air defences shot down 50 drones and three missiles, the air force said.", 53),
        # control: one kind's share alone counts that kind's rest
        ("Air defences shot down all but one of the missiles, the air force said.", 3),
    ],
)
def test_both_shares_are_stopped(ex, share, stopped):
    assert _stopped(ex, _SALVO + share) == [stopped]
