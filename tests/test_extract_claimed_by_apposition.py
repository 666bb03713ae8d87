"""An event renamed after its verb as "in an attack claimed by X" is claimed by X (GUIDE: the suffix
"(claimed)"), also past a further deed of the same doers joined by "and" and a report set off by commas,
and with a word of kind before the name ("claimed by the separatist X")."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text):
    return [list(i.actors) for i in ex.extract(text, id="t", published=date(2025, 2, 7)).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen seized a bus near Turbat on Monday and took the passengers hostage, police said, "
        "in an attack claimed by the separatist Balochistan Liberation Front.",
        "Gunmen seized a bus near Turbat on Monday, police said, in an attack claimed by the separatist "
        "Balochistan Liberation Front.",
    ],
)
def test_claimed_in_apposition(ex, text):
    assert _actors(ex, text) == [["Baloch Liberation Front (claimed)"]]


def test_agent_by_without_a_claim_has_no_suffix(ex):
    """Control: a doer named by a plain "by" acted; no claim is told."""
    text = "A bus was attacked near Turbat on Monday by Balochistan Liberation Front fighters, police said."
    assert _actors(ex, text) == [["Baloch Liberation Front"]]
