"""Places: a world-list town that is also a common name counts only as a place told as one; "the town of X"
or "the settlement of X" tells it so, even where the sentence's locative word lies further back."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor


def _placed(ex: Extractor, text: str) -> list[tuple[str | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2024, 3, 5))
    return [(i.location, i.country) for i in facts.incidents]


def test_settlement_of_a_name_is_the_scene(ex):
    text = "A man stabbed two guards at the main gate of the settlement of Ariel on Monday before he was shot, police said."
    assert _placed(ex, text) == [("Ariel", "Israel")]


def test_a_name_with_no_kind_noun_and_no_locative_places_nothing(ex):
    """Control: the same name told as a person's is no place."""
    text = "A man stabbed two guards on Monday before Ariel shot him, police said."
    assert [loc for loc, _ in _placed(ex, text)] != ["Ariel"]
