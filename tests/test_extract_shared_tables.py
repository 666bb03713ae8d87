"""One table per concept: the tables several extract modules read are each defined once, where the concept
lives (incident_types, numbers, speech, troop_nouns, dates, lapses, candidates), and read from there."""

from __future__ import annotations

import pytest

from reporter.extract import (
    candidates,
    dates,
    incidents,
    lapses,
    lead,
    linking,
    milestones,
    numbers,
    posture,
    speech,
    troop_nouns,
)
from reporter.incident_types import MEANS, family


def test_the_means_of_an_attack_are_the_air_and_fire_families():
    assert {family(t) for t in MEANS} == {"air", "fire"}
    assert "shelling" in MEANS and "drone_attack" in MEANS
    # control: a type that tells only that something happened names no means
    assert not {"explosion", "armed_clash", "crash", "other", "interception"} & MEANS


@pytest.mark.parametrize(
    ("pattern", "hit", "miss"),
    [
        (numbers.VAGUE_COUNT, "militants fired dozens of rockets", "militants fired twelve rockets"),
        (speech.SAYING_WORD, "a spokesman said the convoy left", "a saint's day parade went ahead"),
        (troop_nouns.EXERCISE_WORD, "500 marines joined the drills", "500 marines joined the patrol"),
        (candidates.BLAST_TOLD, "the bomber blew himself up", "the bomber was arrested"),
    ],
)
def test_a_shared_pattern_reads_its_concept(pattern, hit, miss):
    assert pattern.search(hit)
    assert not pattern.search(miss)


def test_the_modules_read_one_object_not_copies():
    assert not hasattr(linking, "_VAGUE") and not hasattr(incidents, "_VAGUE")
    assert not hasattr(lapses, "_SAYING") and not hasattr(milestones, "_SPEECH")
    assert not hasattr(milestones, "_EXERCISE") and not hasattr(posture, "_EXERCISE")
    assert not hasattr(lead, "_MEANS") and not hasattr(incidents, "_MEANS_TYPES")
    assert not hasattr(linking, "_BLAST_WORDS") and not hasattr(candidates, "_SINCE_BEFORE")
    assert candidates.SINCE_BEFORE is dates.SINCE_BEFORE and lapses.OF_EVENT is dates.OF_EVENT
    assert milestones.COUNTS_FROM_NEXT is lapses.COUNTS_FROM_NEXT
