"""An undated event told after one at a site within a town, aimed at another site of its own, is placed in the
town, not at the first site; the same site named again keeps it."""

from datetime import date


def _places(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 6, 3))
    return [(i.type, i.location) for i in facts.incidents]


def test_mortars_on_another_site_take_the_town(ex):
    text = (
        "A car bomb exploded at the gate of the Damanyo military base in Mogadishu on Monday, killing seven "
        "soldiers. Hours later, militants fired mortar shells at the presidential palace compound, witnesses said."
    )
    assert ("shelling", "Mogadishu") in _places(ex, text)


def test_another_site_reworded(ex):
    text = (
        "Gunmen stormed the Sahafi military camp in Mogadishu on Sunday. Later that night, mortar rounds "
        "landed near the city's main airport."
    )
    assert ("shelling", "Sahafi military camp, Mogadishu") not in _places(ex, text)


def test_the_same_site_named_again_keeps_it(ex):
    text = (
        "A car bomb exploded at the gate of the Damanyo military base in Mogadishu on Monday. "
        "Hours later, the base came under mortar fire."
    )
    assert ("shelling", "Damanyo military base, Mogadishu") in _places(ex, text)
