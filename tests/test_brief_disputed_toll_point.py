"""A toll the sources give differently leaves the row without one agreed figure: the key point on the
most significant incident gives the range the accounts span (not its status twice), and the ranking
counts the lowest figure told, so a row of disputed dead still outranks one with fewer agreed dead."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.conftest import outlet_brief

_AS_OF = datetime(2031, 1, 10, 6, tzinfo=UTC)


def _top(ex, *told: tuple[str, str]) -> str:
    points = [p.text for p in outlet_brief(ex, *told, as_of=_AS_OF).key_points]
    (top,) = [p for p in points if p.startswith("Most significant")]
    return top


_RAID_A = ("2030-09-03", "Gunmen raided a police station in Tahoua, Niger, on Tuesday, killing six officers, a local official said.")  # fmt: skip
_RAID_B = ("2030-09-03", "Nine police officers were killed when gunmen attacked a police station in Tahoua on Tuesday, Niger's interior ministry said.")  # fmt: skip


def test_disputed_dead_are_given_as_their_range(ex):
    top = _top(ex, _RAID_A, _RAID_B)
    assert "6 to 9 killed (accounts differ)" in top
    assert top.count("corroborated") == 1


def test_disputed_dead_outrank_fewer_agreed_dead(ex):
    """A later bombing with two agreed dead is not above the raid of six or nine."""
    bomb = ("2030-09-05", "A roadside bomb killed two soldiers near Agadez, Niger, on Thursday, the army said.")
    assert "Tahoua" in _top(ex, _RAID_A, _RAID_B, bomb)


def test_an_agreed_toll_reads_as_before(ex):
    """Control: two accounts of one toll give the one figure."""
    same = ("2030-09-03", "Six police officers were killed when gunmen attacked a police station in Tahoua on Tuesday, Niger's interior ministry said.")  # fmt: skip
    top = _top(ex, _RAID_A, same)
    assert "6 killed;" in top and "accounts differ" not in top
