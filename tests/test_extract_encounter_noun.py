"""A gunfight told by its South Asian noun "encounter" is an armed clash when the sentence tells it broke out or
took lives ("an encounter in the district left two soldiers dead"); a meeting called an encounter is none."""

from __future__ import annotations

from datetime import date

import pytest


def _clashes(ex, text):
    f = ex.extract(text + "\n\nThe army said the search went on.", id="t", published=date(2025, 3, 10))
    return [(i.type, i.location, i.casualties.killed) for i in f.incidents]


@pytest.mark.parametrize(
    "text, killed",
    [
        ("An encounter in the Kathua district left two soldiers dead.", 2),
        ("An encounter in Kathua on Monday left three militants dead, police said.", 3),
        ("An encounter broke out between militants and security forces in Kathua on Monday, killing three militants.", 3),
        ("An encounter erupted in Kathua on Sunday, the army said.", None),
    ],
)
def test_an_encounter_that_broke_out_or_took_lives_is_a_clash(ex, text, killed):
    got = _clashes(ex, text)
    assert [(t, k) for t, _, k in got] == [("armed_clash", killed)]
    assert got[0][1].startswith("Kathua")


@pytest.mark.parametrize(
    "text",
    [
        # near misses: an encounter that neither broke out nor took lives
        "The encounter in Kathua left him shaken, the army said.",
        "His encounter with the bear in Kathua left him shaken, the army said.",
        "The minister had an encounter with reporters in Kathua on Monday, which left him angry.",
    ],
)
def test_an_encounter_that_took_no_lives_is_none(ex, text):
    assert _clashes(ex, text) == []
