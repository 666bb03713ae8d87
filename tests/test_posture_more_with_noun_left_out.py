"""After a level told with its troop noun, more of the same troops may follow with the noun left out: the
object of a sending ("and is preparing to send another 120") or a figure a participle places beside them
("in addition to some 70,000 permanently stationed there"). Each is the force's level too, "(additional)"
where "another" adds it.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_another_sent(ex):
    text = "The Czech Republic has around 100 soldiers in Lithuania and is preparing to send another 120."
    assert posture_with_qualifiers(ex, text) == [
        ("Czech Republic", "Lithuania", 100, "around"),
        ("Czech Republic", "Lithuania", 120, "(additional)"),
    ]


def test_another_sent_elsewhere(ex):
    text = "Kenya has some 3,500 soldiers in Somalia and plans to send another 1,000 to Haiti."
    assert posture_with_qualifiers(ex, text) == [
        ("Kenya", "Haiti", 1000, "(additional)"),
        ("Kenya", "Somalia", 3500, "some"),
    ]


def test_a_figure_stationed_beside_them(ex):
    text = "Washington maintains roughly 30,000 troops in Europe on rotation, in addition to some 70,000 permanently stationed there."
    assert posture_with_qualifiers(ex, text) == [
        ("United States", "Europe", 30000, "roughly"),
        ("United States", "Europe", 70000, "some"),
    ]


def test_control_harmed_beside_them(ex):
    """Near miss: the figure beside the troops counts the wounded, no level."""
    text = "Germany has 1,800 soldiers in Lithuania, with another 200 wounded in training."
    assert posture_with_qualifiers(ex, text) == [("Germany", "Lithuania", 1800, None)]


def test_control_money_sent(ex):
    """Near miss: what is sent is money."""
    text = "Germany has 1,800 soldiers in Lithuania and will send another 2 billion euros."
    assert posture_with_qualifiers(ex, text) == [("Germany", "Lithuania", 1800, None)]
