"""Which mentions are events: captions, reactions, classes of events and consequences are not new ones."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _types(ex, text):
    return [i.type for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents]


@pytest.mark.parametrize(
    "text",
    [
        # a caption or a picture describes what is shown, not an event told
        "A photo released by the army shows soldiers beside a burning truck after the attack on the base in Gao.",
        "The group posted a video showing the rocket launch from the hills near Sidon.",
        # a country that only owns the targets is no scene for attacks spoken of together
        "The targets were chosen because they were linked to attacks against US personnel in the region, he said.",
        # a party's strikes, undated and uncounted, are a class of events
        "Romanian officials keep logging debris from Russia's strikes on Ukraine.",
    ],
)
def test_no_event_is_told(ex, text):
    assert _types(ex, text) == []


@pytest.mark.parametrize(
    "text, types",
    [
        # a reaction's name for the event told is that event
        (
            "Rockets hit the border post near Rutba on Monday. "
            "The government condemned the attack as a violation of its airspace.",
            ["rocket_attack"],
        ),
        # "vows of revenge" is a noun: no one's threat, and the attack stays told
        ("Iran fired missiles at Israel on Tuesday, prompting alarm and vows of revenge.", ["missile_attack"]),
        # a blast the strike set off is part of the strike
        (
            "Jets struck a military site near Kiswah on Sunday. "
            "The strike hit a hill used by the army, triggering a large explosion that was heard across the town.",
            ["air_strike"],
        ),
        # an attack told without its means takes them when told next
        (
            "Niamey was hit by attacks targeting a police academy in the Yantala district on Tuesday. "
            "Gunfire lasted for hours at the academy.",
            ["armed_clash"],
        ),
    ],
)
def test_one_event_is_told(ex, text, types):
    assert _types(ex, text) == types
