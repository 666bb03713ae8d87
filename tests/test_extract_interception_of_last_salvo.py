"""Linking: an interception that refers back to weapons ("30 of the drones were shot down") is of the salvo
told last that fired them, placed and dated by it, not a share of an earlier interception of the same kind of
weapon on another side of the front."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text: str) -> list[tuple[str, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2024, 8, 12))
    return [(i.type, i.country, i.count) for i in facts.incidents]


def test_interception_after_a_salvo_is_of_that_salvo(ex):
    text = (
        "Russian air defence units destroyed 25 Ukrainian drones over the Bryansk region overnight, the ministry "
        "said. Russia in turn attacked Ukraine with three ballistic missiles and 44 drones overnight, the Ukrainian air "
        "force said. It said 31 of the drones had been shot down."
    )
    assert ("interception", "Ukraine", 31) in _incidents(ex, text)


def test_a_share_of_an_interception_stays_in_it(ex):
    """Control: drones downed over a city, told after the interception of the night, are a share of it."""
    text = (
        "Russia attacked Ukraine with 44 drones overnight, the Ukrainian air force said. Air defences shot down 31 "
        "drones. Twelve of the drones were downed over Kyiv."
    )
    assert [t for t, _, _ in _incidents(ex, text)].count("interception") == 1


def test_the_same_tally_told_again_is_one_interception(ex):
    """Control: the very tally of an interception told before is that interception told again."""
    text = (
        "Russia launched 60 drones at Ukraine overnight, and air defences shot down 48 of them, the air force "
        "said. Russian drones struck the port of Odesa overnight, the governor said. Across the country, air "
        "defences downed 48 of the 60 drones, the air force said."
    )
    assert [n for t, _, n in _incidents(ex, text) if t == "interception"] == [48]
