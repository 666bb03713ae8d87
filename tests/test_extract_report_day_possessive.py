"""A speaker whose report opens with a day's possessive ("said Sunday's bombing killed ten") tells of the
event; it did not do it (GUIDE: actors are the parties that acted, not those who report)."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text):
    return [list(i.actors) for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Syria's defence ministry said Thursday's car bombing at a market in Homs killed nine people.",
        "Kenya said Saturday night's roadside blast near Mandera wounded four police officers.",
        "Iraq's interior ministry said Friday's attack on a checkpoint near Kirkuk left three guards dead.",
    ],
)
def test_a_speaker_of_a_days_event_is_not_its_doer(ex, text):
    assert _actors(ex, text) == [[]]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # the day as when it spoke, and its own jets as the doers: the speaker's deed
        ("Israel's military said Sunday its jets struck a weapons depot in Tyre.", ["Israel"]),
        # a doer named in the report keeps it
        ("Kenya's army said Saturday's ambush near Mandera was carried out by al-Shabaab fighters.", ["Al-Shabaab"]),
    ],
)
def test_a_speaker_telling_its_own_deed_or_a_named_doer_keeps_it(ex, text, actors):
    assert _actors(ex, text) == [actors]
