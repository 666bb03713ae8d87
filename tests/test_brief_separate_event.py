"""A report told as another event ("Separately, a drone struck X") is no shot of the night's salvo
reported elsewhere in the country, however big the salvo."""

from __future__ import annotations

from datetime import date

from tests.conftest import brief_rows

_THURSDAY = date(2031, 7, 10)
_SALVO = (
    "Russia fired 20 missiles and about 300 drones at Ukraine overnight, with Kyiv the main target. "
    "Two people were killed in Kyiv, the mayor said. Air defences shot down 290 drones and 12 missiles, the air force said.",
    _THURSDAY,
)


def test_a_separate_strike_elsewhere_that_day_is_its_own_row():
    apart = (
        "The air force said on Thursday that most of the overnight weapons were downed. "
        "Separately, a drone struck a gas plant in the Poltava region on Thursday, the governor said.",
        date(2031, 7, 11),
    )
    rows = brief_rows(_SALVO, apart)
    assert rows == [{1}, {2}], rows


def test_a_strike_elsewhere_that_night_not_told_apart_is_the_salvos():
    """Near miss: the same strike told with no mark of another event is one of the salvo's hits."""
    reached = ("A drone struck a gas plant in the Poltava region on Thursday, the governor said.", date(2031, 7, 11))
    assert brief_rows(_SALVO, reached) == [{1, 2}]
