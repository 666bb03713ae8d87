"""One weapon of a barrage counted over a whole country, told hitting a spot there right after the barrage (its
interceptions aside), is a strike of its own by the barrage's doer; another weapon, country, day or an attack
told between lends no doer."""

from __future__ import annotations

from datetime import date


def _rows(ex, text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    facts = ex.extract(text, id="t", published=date(2025, 3, 9))
    return [(i.location, i.type, tuple(i.actors)) for i in facts.incidents]


def test_a_missile_of_the_barrage_after_its_interception_is_the_barrage_doers(ex):
    text = (
        "KYIV (Wire) - Russia fired 145 drones and three ballistic missiles at Ukraine on Thursday night. "
        "Ukraine's air force said it had destroyed 85 of the drones. A ballistic missile hit an apartment "
        "block in Odesa, killing four people and wounding 19."
    )
    assert ("Odesa", "missile_attack", ("Russia",)) in _rows(ex, text)


def test_a_drone_of_the_barrage_two_sentences_on(ex):
    text = (
        "KHARKIV, Ukraine - Russia launched 120 drones at Ukraine overnight into Sunday, the air force said. "
        "Air defences downed 70 of them, while 40 were lost to jamming. A drone struck a five-storey building "
        "in Kharkiv, injuring 11 people, the regional governor said."
    )
    assert ("Kharkiv", "drone_attack", ("Russia",)) in _rows(ex, text)


def test_other_means_lend_no_doer(ex):
    # control: a car bomb is no weapon of the drones fired
    text = "Russia fired drones at Kyiv on Tuesday. A car bomb killed two in Odesa."
    assert ("Odesa", "explosion", ()) in _rows(ex, text)


def test_another_weapon_lends_no_doer(ex):
    text = "Russia fired 90 drones at Ukraine overnight. A missile hit a supermarket in Dnipro, killing three."
    assert ("Dnipro", "missile_attack", ()) in _rows(ex, text)


def test_a_spot_in_another_country_lends_no_doer(ex):
    text = (
        "Russia launched 120 drones at Ukraine overnight, the air force said. A drone hit an oil depot in "
        "Belgorod, wounding two, the regional governor said."
    )
    assert ("Belgorod", "drone_attack", ()) in _rows(ex, text)


def test_another_day_lends_no_doer(ex):
    text = (
        "Russia fired 90 missiles at Ukraine on Monday, officials said. On Wednesday, a missile hit a hospital "
        "in Dnipro, killing three."
    )
    assert ("Dnipro", "missile_attack", ()) in _rows(ex, text)


def test_an_attack_told_between_lends_no_doer(ex):
    text = (
        "Russia fired 145 drones at Ukraine on Thursday night. Ukrainian artillery pounded Russian lines outside "
        "Bakhmut. A drone hit a warehouse in Kramatorsk, killing one."
    )
    assert ("Kramatorsk", "drone_attack", ()) in _rows(ex, text)
