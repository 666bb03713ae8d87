"""A spot no gazetteer knows, struck from afar by the forces of the country a story names most, in a story
naming other countries too, is not put in the striker's country: the country a sentence before told the
events in ("the X region of northern Iraq") places it. A state's strikes at home, in a story naming no other
country, stay at home."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    incs = ex.extract(text, id="t", published=date(2025, 3, 14)).incidents
    return sorted((i.type, i.location, i.country) for i in incs)


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        (
            "Two Turkish soldiers were killed when PKK militants attacked a military outpost in the Hakurk region "
            "of northern Iraq on Wednesday, Turkey's defence ministry said.\n"
            "Turkish jets later struck PKK targets in the Metina and Zap areas, the ministry added.",
            [("air_strike", "Metina", "Iraq"), ("armed_clash", "Hakurk region", "Iraq")],
        ),
        (
            # control: the striker's own ground, no other country named
            "The Nigerian Air Force said its jets struck a bandit hideout in the Dansadau forest area of Zamfara "
            "state on Monday, killing dozens of fighters.\n"
            "Nigerian jets also struck a camp in Kurebe village, the air force said. Nigeria has been fighting "
            "armed gangs in the northwest for years.",
            [("air_strike", "Dansadau, Zamfara state", "Nigeria"), ("air_strike", "Kurebe village", "Nigeria")],
        ),
    ],
)
def test_striker_home_not_scene(ex, text, seen):
    assert _seen(ex, text) == seen
