"""A shooting told as people "shot to death" is a killing like "shot dead"; an aside that says what kind of
event it was ("in the kind of attack seen only seldom in recent years") makes it no pattern; a war named
as the time of an event ("during the truce in the war in X") is no scene of it."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2025, 3, 12)
#: A sentence with no event of its own, so the article is about conflict and the next one is read alone.
LEAD = "Security forces across the region remain on high alert against militants. "


def _told(ex: Extractor, sentence: str) -> list[tuple[str, str | None, str | None, int | None]]:
    got = ex.extract(LEAD + sentence, id="x", published=PUB).incidents
    return [(i.type, i.date, i.location, i.casualties.killed) for i in got]


@pytest.mark.parametrize(
    "sentence",
    [
        "Five people were shot to death in Hebron on Monday.",
        "Five people were shot to death beside a Hebron bus stop on Monday.",
    ],
)
def test_shot_to_death_is_a_killing(ex, sentence):
    assert _told(ex, sentence) == [("armed_clash", "2025-03-10", "Hebron", 5)]


def test_one_shot_to_death_is_counted(ex):
    assert _told(ex, "A guard was shot to death at a checkpoint in Hebron on Monday.") == [
        ("armed_clash", "2025-03-10", "Hebron", 1)
    ]


def test_a_kind_of_event_told_in_an_aside_leaves_the_event_told(ex):
    """ ", in the kind of attack seen only seldom in recent years": what kind of event it was."""
    sentence = (
        "A shooting at a Hebron bus stop killed five people early on Monday, in the kind of attack "
        "seen only seldom in recent years."
    )
    assert _told(ex, sentence) == [("armed_clash", "2025-03-10", "Hebron", 5)]


@pytest.mark.parametrize(
    "sentence",
    [
        # controls: the pattern told by the clause itself, not by an aside on the kind of event
        "Gunmen have repeatedly attacked checkpoints near Gao, the kind of raid that worries officials.",
        "Gunmen attacked checkpoints near Gao in recent years, the kind of raid that worries officials.",
    ],
)
def test_a_pattern_told_before_the_aside_is_still_none(ex, sentence):
    assert _told(ex, sentence) == []


def test_a_war_that_tells_the_time_is_no_scene(ex):
    """ "during the first truce in the war in Gaza": the time of the shooting, not its place (with no other
    place named, the event is left unplaced rather than put in Gaza)."""
    sentence = "Three people were shot dead at a checkpoint in May 2024, during the second truce of the war in Gaza."
    assert all(t[2] != "Gaza" for t in _told(ex, sentence))


def test_the_scene_named_beside_a_war_of_the_time_stays(ex):
    # control: the town named as the scene stays the place
    sentence = "A rocket hit a house in Sderot in November 2023, during the war in Gaza."
    assert [t[2] for t in _told(ex, sentence)] == ["Sderot"]


@pytest.mark.parametrize(
    "sentence, told",
    [
        # "slain" is "killed" in a report's words: the toll types an attack of untold means as a fight
        (
            "Four herders were slain during an attack on the village of Kasenyi, residents said.",
            ("armed_clash", "2025-03-11/2025-03-12", "Kasenyi", 4),
        ),
        # "the community of X" names a place as "the village of X" does
        (
            "Gunmen killed five people in the community of Machongani on Sunday.",
            ("armed_clash", "2025-03-09", "Machongani", 5),
        ),
    ],
)
def test_slain_in_an_attack_and_a_community_named(ex, sentence, told):
    assert _told(ex, sentence) == [told]


@pytest.mark.parametrize(
    "sentence",
    [
        # controls: "slain" as an adjective tells no killing of its own
        "The slain soldiers were buried in Kasenyi on Sunday.",
        "A memorial for the slain journalist was held in Kasenyi on Sunday.",
    ],
)
def test_the_slain_named_tell_no_event(ex, sentence):
    assert _told(ex, sentence) == []
