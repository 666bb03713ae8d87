"""A country named before 'and' and a second owner of posts ('US and allied positions') owns them, as
'US positions' does: the owner's country is no scene."""

from __future__ import annotations

from datetime import date


def _places(ex, text: str) -> list[tuple[str, str | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 2, 17))
    return [(i.type, i.location, i.country) for i in facts.incidents]


def test_posts_of_two_owners_are_no_scene(ex):
    text = "Armed groups lobbed mortar rounds at US and partner positions on Friday, a spokesman said."
    assert all(country != "United States" for _, _, country in _places(ex, text))


def test_posts_of_two_owners_leave_the_named_scene(ex):
    text = (
        "Armed groups lobbed mortar rounds at US and coalition outposts on Friday, a spokesman said. "
        "A rocket later hit close to Kirkuk airport."
    )
    got = _places(ex, text)
    assert all(country != "United States" for _, _, country in got)
    assert any(loc and loc.startswith("Kirkuk") for _, loc, _ in got)


def test_two_countries_struck_stay_scenes(ex):
    """Control: two countries named as the targets themselves are still where it happened."""
    text = "Warplanes bombed Syria and Iraq on Friday, a monitor said."
    assert any(country in ("Syria", "Iraq") for _, _, country in _places(ex, text))
