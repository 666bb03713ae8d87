"""A spot at sea told by its distance from a port ("60 nautical miles west of Hodeidah") is not the
port: a ship's explosion there and an air strike on the port the same night are two events, two
rows; the port's name in the offset made them one site retyped. An explosion told at the port itself
the same day as the strike on it stays one row."""

from __future__ import annotations

from datetime import date

from tests.conftest import brief_rows

_WED = date(2031, 4, 9)


def test_a_ship_blast_off_a_port_and_a_strike_on_the_port_are_two_rows():
    strike = ("Israeli aircraft struck Hodeidah port on Tuesday night, Houthi media said.", _WED)
    blast = ("A merchant vessel reported an explosion near its hull 60 nautical miles west of Hodeidah on Tuesday, a maritime agency said.", _WED)
    assert brief_rows(strike, blast) == [{1}, {2}]


def test_a_blast_at_the_port_itself_stays_the_strike():
    """Near miss: an explosion at Hodeidah port that day is the strike told by its blast."""
    strike = ("Israeli aircraft struck Hodeidah port on Tuesday night, Houthi media said.", _WED)
    blast = ("A large explosion rocked Hodeidah port on Tuesday night, residents said.", _WED)
    assert brief_rows(strike, blast) == [{1, 2}]
