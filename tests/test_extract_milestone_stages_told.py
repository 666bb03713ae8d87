"""A stage told by its ordinal alone after a clause that splits a step into stages ("would pull out of the
north in two stages, with the first ending in <month> and the second in <month>") is labelled by the split
step and its own ordinal, so the timeline can say who leaves where at each stage."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2024, 10, 10)


def _read(ex: Extractor, text: str) -> list[tuple[str, str]]:
    return sorted((m.due, m.what) for m in ex.extract(text, id="x", published=PUB).milestones)


def test_each_stage_is_labelled_by_the_split_step_and_its_ordinal(ex):
    """The speaker's lead-in goes; the step and each stage's ordinal stay."""
    text = (
        "The interior minister told reporters on Monday that the allied brigades would leave the northern "
        "provinces in two stages, with the first ending in June 2025 and the second in March 2026."
    )
    got = _read(ex, text)
    assert [d for d, _ in got] == ["2025-06", "2026-03"]
    assert got[0][1].startswith("the allied brigades would leave the northern provinces in two stages: the first")
    assert got[1][1] == "the allied brigades would leave the northern provinces in two stages: the second"


def test_a_stage_named_by_its_noun_keeps_its_own_label(ex):
    """ "The first battalion will leave by March 2025" names its unit: nothing to add."""
    assert _read(ex, "The first battalion will leave the northern provinces by March 2025, officials said.") == [
        ("2025-03", "The first battalion will leave the northern provinces")
    ]
