"""Posture: the level a planned change starts from ("will cut it to 600, from about 1,400") or one told
as the level now ("from 1,400 now") is the level standing, as "from 1,400 to 600" told ahead already
read; a change told done keeps its starting level as a former one."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None, str | None]]:
    facts = ex.extract("Officials spoke on Monday. " + text, id="t", published=date(2026, 2, 3))
    return sorted((p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture)


@pytest.mark.parametrize(
    "text",
    [
        "Belgium said it would cut its force in Chad to 600 troops, from about 1,400.",
        "Belgium will cut its force in Chad to 600 troops from about 1,400 now.",
    ],
)
def test_the_start_of_a_planned_change_is_the_level_now(ex: Extractor, text: str) -> None:
    assert ("Belgium", "Chad", 1400, "about") in _levels(ex, text)


def test_the_start_of_a_change_told_done_is_a_former_level(ex: Extractor) -> None:
    """Near miss: a cut already made leaves its start behind."""
    text = "Belgium has cut its force in Chad to 600 troops, from about 1,400."
    assert ("Belgium", "Chad", 1400, "about (former level)") in _levels(ex, text)
