"""One table per concept: the tables several extract modules read are each defined once, where the concept
lives (incident_types, numbers, speech, troop_nouns, dates, lapses, candidates), and read from there."""

from __future__ import annotations

import pytest

from reporter.extract import (
    candidates,
    casualties,
    dates,
    incidents,
    lapses,
    lead,
    linking,
    milestones,
    numbers,
    places,
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
        (places.POSSESSIVE, "Gaza City's", "Gaza City"),
        (lapses.CLAUSE_BREAK, "leave by May, and hand over", "leave by May and hand over"),
        (dates.YEAR_TOLD, "fought in 2019", "fought in 3019"),
        (casualties.SINCE_WORD, "the worst toll since the spring", "the sincere toll"),
        (numbers.NEGATED_BEFORE, "No ", "Nearly "),
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
    assert candidates.POSSESSIVE is incidents.POSSESSIVE is places.POSSESSIVE
    assert milestones.CLAUSE_BREAK is lapses.CLAUSE_BREAK and milestones.WITHIN_AT is lapses.WITHIN_AT
    assert milestones.YEAR_TOLD is dates.YEAR_TOLD and incidents.ALSO_BEFORE is candidates.ALSO_BEFORE
    assert not hasattr(posture, "_FROM_STATES") and not hasattr(candidates, "_SINCE_WORD")
    assert not hasattr(casualties, "_NEGATED") and not hasattr(posture, "_NO_BEFORE")
