"""An event placed only by its dateline (the town the reporter files from) takes the spot a later sentence
names when it tells the event again ("The bombing in X was claimed by ..."): the story itself told where."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 3, 14))
    return [(i.location, i.country, i.casualties.killed) for i in facts.incidents]


BODY = (
    " - A suicide bomber attacked a crowded bank branch on Wednesday, killing at least 11 people, officials said.\n\n"
    "Most of the victims were civil servants queuing for their salaries, a health official said.\n\n"
)


def test_a_retelling_at_a_town_of_its_own_places_the_dateline_event(ex):
    text = "KANDAHAR, Afghanistan, March 12 (Wire)" + BODY + "The bombing in Lashkar Gah was claimed by Islamic State."
    assert _incidents(ex, text) == [("Lashkar Gah", "Afghanistan", 11)]


def test_without_a_retelling_the_dateline_town_stays(ex):
    # control: nothing told later names a spot
    text = "KANDAHAR, Afghanistan, March 12 (Wire)" + BODY + "No group has claimed the bombing."
    assert _incidents(ex, text) == [("Kandahar", "Afghanistan", 11)]


def test_a_town_the_event_named_itself_is_kept(ex):
    # control: the lede told its own town, so a reference at a town far away is another event
    text = (
        "A suicide bomber attacked a bank in Kandahar on Wednesday, killing 11 people, officials said.\n\n"
        "The bombing in Mazar-i-Sharif last year killed four."
    )
    assert ("Kandahar", "Afghanistan", 11) in _incidents(ex, text)
