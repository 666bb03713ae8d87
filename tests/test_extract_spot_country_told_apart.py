"""Incidents: a spot no gazetteer knows takes the country of the last place told just before it, but not
across a sentence that says it is another matter ("Separately, ..."), nor from where a speaker spoke
("a spokesman said in Baghdad that ...")."""

from __future__ import annotations

from datetime import date


def _placed(ex, text: str) -> list[tuple[str | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 3, 6))
    return [(i.location, i.country) for i in facts.incidents if i.type == "armed_clash"]


_STORY = (
    "Rockets hit a base near Deir Ezzor in Syria on Tuesday, officials said. Washington keeps troops in Syria "
    "and in Iraq. "
    "A government spokesman said in Baghdad that Iraq would find those responsible. "
    "{opener}gunmen shot dead two guards at a checkpoint in the village of Qasr Dawlan on Wednesday, a monitor said."
)


def test_a_separate_matter_takes_no_country_from_the_sentences_before(ex):
    assert _placed(ex, _STORY.format(opener="Separately, ")) == [("Qasr Dawlan", None)]


def test_the_same_thread_keeps_the_country_told_before(ex):
    """Control: told on as the same thread, the spot lies in the country of the place just named."""
    text = _STORY.format(opener="Later, ").replace("said in Baghdad that", "said that in Baghdad")
    assert _placed(ex, text) == [("Qasr Dawlan", "Iraq")]


def test_where_a_speaker_spoke_is_no_place_of_the_story(ex):
    text = (
        "Rockets hit a base near Deir Ezzor in Syria on Tuesday, officials said. "
        "A government spokesman said in Baghdad that Iraq would find those responsible. "
        "Later, gunmen shot dead two guards at a checkpoint in the village of Qasr Dawlan on Wednesday, a monitor said."
    )
    assert _placed(ex, text) == [("Qasr Dawlan", "Syria")]
