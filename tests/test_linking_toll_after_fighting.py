"""A toll told after a sentence that only goes on telling the fight ("Heavy fighting lasted for hours.") is still
told right after the fight, so it is the fight's toll; a fight told at a place and day of its own takes it."""

from datetime import date

import pytest

DAY = date(2025, 6, 3)
_ASSAULT = "Al-Shabaab militants launched a dawn assault on a Somali army base near Bariire on Tuesday. "


@pytest.mark.parametrize(
    "text",
    [
        _ASSAULT + "Heavy fighting lasted for about three hours. Eight soldiers died and 15 were wounded.",
        "Gunmen stormed a police post near Kidal on Friday. The gun battle raged until nightfall. "
        "Eight policemen died and 15 were wounded, officials said.",
    ],
)
def test_toll_after_the_fighting_goes_on(ex, text):
    [inc] = ex.extract(text, id="t", published=DAY).incidents
    assert (inc.casualties.killed, inc.casualties.injured) == (8, 15)


def test_fight_of_its_own_keeps_its_toll(ex):
    """Near miss: fighting told at another town on another day is another fight, whose toll it is."""
    text = _ASSAULT + "Fighting also broke out in Afgoye on Monday. Eight soldiers died and 15 were wounded."
    tolls = {i.location: (i.casualties.killed, i.casualties.injured) for i in ex.extract(text, id="t", published=DAY).incidents}
    assert tolls == {"Bariire": (None, None), "Afgoye": (8, 15)}
