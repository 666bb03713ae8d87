"""A number that counts hours or days before a weapon is no count of it ("for two hours as drones
attacked Kyiv"); a number told with its weapon still counts ("three Shahed drones")."""

from datetime import date


def _counts(ex, text):
    return [i.count for i in ex.extract(text, id="x", published=date(2025, 6, 3)).incidents]


def test_hours_before_the_weapon_count_nothing(ex):
    assert _counts(ex, "Air defences worked for two hours as drones attacked Kyiv on Monday.") == [None]
    assert _counts(ex, "Sirens wailed for about three hours on Monday while drones struck Odesa.") == [None]


def test_weapon_counted_with_its_number(ex):
    assert _counts(ex, "Three Shahed drones attacked Kyiv on Monday.") == [3]
