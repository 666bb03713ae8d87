"""Projectiles of no named kind counted in a later sentence size the salvo of rockets or missiles told before."""

from datetime import date

DAY = date(2026, 5, 14)


def _attacks(ex, text: str) -> list[tuple[str, int | None]]:
    return [(i.type, i.count) for i in ex.extract(text, id="t", published=DAY).incidents]


def test_projectiles_counted_later_size_the_rocket_barrage(ex):
    text = (
        "The militia launched a volley of rockets at a border outpost near Shlomi on Tuesday. "
        "Military spokesmen said roughly 20 projectiles were fired from the north."
    )
    assert _attacks(ex, text) == [("rocket_attack", 20)]


def test_named_rockets_still_count_the_barrage(ex):
    # control: the same weapon named again already carried its count
    text = (
        "The militia launched a volley of rockets at a border outpost near Shlomi on Tuesday. "
        "Military spokesmen said roughly 20 rockets were fired."
    )
    assert _attacks(ex, text) == [("rocket_attack", 20)]


def test_projectiles_told_after_a_raid_add_no_count(ex):
    # near miss: an air raid is of another family, so the projectiles do not count it
    text = (
        "Warplanes bombed a depot near Shlomi on Tuesday. "
        "Military spokesmen said roughly 20 projectiles were fired from the north."
    )
    assert ("air_strike", 20) not in _attacks(ex, text)


def test_projectiles_told_crossing_from_a_place_size_the_barrage(ex):
    text = (
        "The militia launched a volley of rockets at a border outpost near Shlomi on Tuesday. "
        "Military spokesmen said roughly 20 projectiles crossed from the north."
    )
    assert _attacks(ex, text) == [("rocket_attack", 20)]


def test_people_crossing_from_a_place_are_no_launch(ex):
    # near miss: civilians or troops crossing a border fire nothing
    text = "Hundreds of families crossed from the north on Tuesday, and soldiers crossed from the hills at dawn."
    assert _attacks(ex, text) == []
