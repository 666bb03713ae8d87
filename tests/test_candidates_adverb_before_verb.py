"""An adverb of manner between a doer and its verb ("forces successfully destroyed") leaves the doer the
verb's subject: a far-flying state's forces that ruined weapons on the ground struck them from the air."""

from datetime import date

import pytest

DAY = date(2025, 6, 3)


@pytest.mark.parametrize(
    "text",
    [
        "On June 1, U.S. Central Command forces successfully destroyed four drones and two anti-ship missiles "
        "in Houthi-controlled areas of Yemen.",
        "U.S. Central Command forces quickly destroyed three drone boats in the Red Sea on Monday.",
    ],
)
def test_adverb_between_doer_and_verb(ex, text):
    [inc] = ex.extract(text, id="t", published=DAY).incidents
    assert (inc.type, inc.actors) == ("air_strike", ("United States",))


def test_a_state_that_flies_no_far_strikes_strikes_nothing_so(ex):
    """Near miss: weapons ruined by a force that flies no far strikes tell no air strike, adverb or not."""
    text = "Somali forces successfully destroyed four drones and two missiles near Jilib on Monday."
    assert ex.extract(text, id="t", published=DAY).incidents == ()
