"""A new event told with no day of its own right after one long before the report (an anniversary's recalled
attack) takes none of that history's days; an event that refers back to the one told ("The barrage ...")
is that event, on its day."""

from __future__ import annotations

from datetime import date

PUB = date(2025, 10, 7)


def _events(ex, text: str) -> list[tuple[str, str | None]]:
    return [(i.type, i.date) for i in ex.extract(text, id="x", published=PUB).incidents]


def test_a_new_event_after_history_keeps_no_old_day(ex):
    """An interception on the eve of a memorial is not dated by the attack the memorial recalls."""
    text = (
        "A siren sounded in Sderot at the minute the first rockets were fired from Gaza on October 7, 2023. "
        "Hours before the memorial, the army said its jets struck a Hamas post in northern Gaza, and a rocket "
        "launched from the Strip was intercepted."
    )
    found = _events(ex, text)
    new = [(t, d) for t, d in found if t in ("air_strike", "interception")]
    assert [t for t, _d in new] == ["air_strike", "interception"]
    assert all(d is None or not d.startswith("2023") for _t, d in new)


def test_an_event_referred_back_keeps_the_day_told(ex):
    """A later sentence that names the same barrage again tells the same day."""
    text = (
        "On March 3, 2024, militants fired rockets at Sderot from Gaza. "
        "The barrage wounded four people, the army said."
    )
    assert _events(ex, text) == [("rocket_attack", "2024-03-03")]
