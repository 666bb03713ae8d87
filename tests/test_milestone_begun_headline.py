"""A going told begun with no day of its own ("Belgium begins Congo pullout") is begun by the first step
of going the story dates within days of the report ("handed over the river base on Wednesday"): one step,
one line (GUIDE.md), not a second step done as of the report."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUBLISHED = date(2030, 5, 10)  # a Friday: "on Wednesday" is 8 May

_BODY = (
    "KINSHASA - Belgian troops handed over the river base near Kindu to the national army on Wednesday, "
    "the first step in a withdrawal that is due to end by September, the ministry said."
)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _done(extractor: Extractor, text: str) -> list[str]:
    return sorted(m.due for m in extractor.extract(text, id="t", published=PUBLISHED).milestones if m.done)


def test_a_pullout_told_begun_in_the_headline_is_the_handover_dated_below(extractor):
    assert _done(extractor, "Belgium begins Congo pullout\n\n" + _BODY) == ["2030-05-08"]


def test_a_withdrawal_told_started_is_begun_by_a_camp_handed_over(extractor):
    text = (
        "Kenya starts Somalia withdrawal\n\n"
        "MOGADISHU - Kenyan troops handed over their camp in Dhobley to Somali forces on Thursday, officials said."
    )
    assert _done(extractor, text) == ["2030-05-09"]


@pytest.mark.parametrize(
    "text",
    [
        # a going told done, not begun: another step than the handover below
        "Belgium has handed over its last Congo base\n\n"
        "KINSHASA - Belgian troops left the town of Kindu on Wednesday, the ministry said.",
        # begun, but the step dated below is no going
        "Belgium begins Congo pullout\n\n"
        "KINSHASA - A ceasefire between the army and the rebels took effect on Wednesday, the ministry said.",
    ],
)
def test_near_misses_keep_the_headline_as_a_step_of_its_own(extractor, text):
    assert len(_done(extractor, text)) == 2
