"""Places: a state's works named by the possessive ("Iran's nuclear facilities") stand on its soil, so with no
other place named the owner is the scene; the facilities of a state at large, which may be abroad, are not."""

from __future__ import annotations

from datetime import date

_ON = " The military said the operation would go on for days."


def _incidents(ex, text: str) -> list[tuple[str, str | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 6, 14))
    return [(i.type, i.country) for i in facts.incidents]


def test_a_states_nuclear_facilities_are_in_it(ex):
    text = "Israel struck Iran's nuclear facilities early on Friday, the army said." + _ON
    assert _incidents(ex, text) == [("air_strike", "Iran")]


def test_a_states_energy_facilities_are_in_it(ex):
    text = "Russia struck Ukraine's energy facilities early on Friday, officials said." + _ON
    assert [c for _, c in _incidents(ex, text)] == ["Ukraine"]


def test_facilities_at_large_are_no_scene(ex):
    """Control: a state's facilities with no kind of works named may stand abroad."""
    text = "Militants attacked America's facilities in the region on Friday, the army said." + _ON
    assert _incidents(ex, text) == []
