"""An event its sentence sets at a time of its own ('Hours before the ceremony') after a sentence recalling a
day long past takes neither that day nor that sentence's town; without a time of its own, or after a recent
day, it still takes the sentence before's scene."""

from datetime import date


def _read(ex, text: str) -> list[tuple[str | None, str, str | None]]:
    facts = ex.extract(text, id="x", published=date(2025, 11, 20))
    return [(i.date, i.type, i.location) for i in facts.incidents]


def test_new_event_with_own_time_is_not_history(ex):
    text = (
        "Veterans met on Thursday to mark three years since the war began. "
        "Air raid alarms rang in Dnipro on 24 February 2022. "
        "Shortly before the ceremony a drone was shot down, the air force said."
    )
    read = _read(ex, text)
    assert not any((d or "").startswith("2022") for d, _, _ in read)
    assert not any(loc == "Dnipro" for _, _, loc in read)


def test_without_own_time_history_scene_still_lent(ex):
    text = (
        "Veterans met on Thursday to mark three years since the war began. "
        "Air raid alarms rang in Dnipro on 24 February 2022. "
        "A drone was shot down over the city, the air force said."
    )
    assert _read(ex, text) == [("2022-02-24", "interception", "Dnipro")]


def test_own_time_after_recent_day_keeps_scene(ex):
    text = (
        "Air raid alarms rang in Dnipro on Wednesday. "
        "Shortly before the ceremony a drone was shot down, the air force said."
    )
    assert _read(ex, text) == [("2025-11-19", "interception", "Dnipro")]
