"""One night's attack at a town's airport, told by one outlet as drones shot down there after
midnight and by another as an attack on the town late the day before: the interception and the
attack are two sides of one event across midnight, one row. Two nights ("late on Monday", "late on
Tuesday") stay two rows."""

from __future__ import annotations

from datetime import date

from tests.conftest import brief_rows

_MON, _TUE, _WED = date(2031, 3, 3), date(2031, 3, 4), date(2031, 3, 5)


def test_drones_downed_after_midnight_and_the_attack_late_the_day_before_are_one_row():
    downed = ("Air defences at Erbil airport shot down two drones shortly after midnight on Tuesday, officials said.", _TUE)
    attack = ("A drone attack targeted Erbil late on Monday, the regional government said.", _TUE)
    assert brief_rows(downed, attack) == [{1, 2}]


def test_drones_downed_on_the_next_night_stay_apart():
    """Near miss: drones downed late on Tuesday are not Monday night's attack."""
    downed = ("Air defences at Erbil airport shot down two drones late on Tuesday, officials said.", _WED)
    attack = ("A drone attack targeted Erbil late on Monday, the regional government said.", _TUE)
    assert brief_rows(downed, attack) == [{1}, {2}]


def test_an_article_telling_the_two_nights_apart_parts_the_attack_and_the_downing():
    """An attack late on Monday and a drone downed early on Tuesday at one airport, where another
    article tells Tuesday's drone as coming a day after Monday's hit: two events, two rows."""
    attack = ("A drone attacked Baghdad international airport late on Monday, damaging a radar, officials said.", _TUE)
    downed = ("Air defences shot down a drone approaching Baghdad airport early on Tuesday, officials said.", _WED)
    both = ("Iraqi air defences downed a drone near Baghdad airport before dawn on Tuesday, a day after a drone damaged a radar there, officials said.", _WED)
    assert brief_rows(attack, downed, both) == [{1, 3}, {2, 3}]
