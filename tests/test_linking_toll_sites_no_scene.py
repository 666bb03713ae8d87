"""A sentence telling no event whose toll went to the event just told names where that event's dead were: no
scene it sets for the next event told (which keeps the told event's place); a sentence setting a scene with no
toll still lends its place."""

from __future__ import annotations

from datetime import date


def _events(ex, text: str) -> list[tuple[str, str | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 5, 7))
    return [(i.type, i.location) for i in facts.incidents]


def test_the_sites_of_a_toll_are_no_scene_of_the_next_event(ex):
    text = (
        "Myanmar military jets bombed several villages in Sagaing region on Tuesday. Local officials said 14 people "
        "were killed, including six at a school in Kani. Resistance fighters said they had shot down a military "
        "helicopter."
    )
    found = _events(ex, text)
    assert ("interception", "Sagaing region") in found
    assert ("interception", "Kani") not in found


def test_a_scene_told_without_a_toll_still_places_the_event(ex):
    text = "Sirens sounded in Kiryat Shmona on Tuesday. Two drones were shot down, the army said."
    assert _events(ex, text) == [("interception", "Kiryat Shmona")]


def test_a_recalled_attack_then_arrests_is_unchanged(ex):
    text = "Gunmen killed 26 tourists in Pahalgam last month. Police said two suspects were arrested."
    assert _events(ex, text) == [("armed_clash", "Pahalgam")]
