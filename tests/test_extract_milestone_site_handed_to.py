"""A site told handed to the side that receives it in the passive, without 'over' ('Two bases have already
been handed to the border guards'), is a handover done, dated by the report, as 'returned to' and 'handed
over to' already were; other things handed to people ('leaflets were handed to residents') are none."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 4, 18)


def _done(ex: Extractor, text: str) -> list[str]:
    return [m.due for m in ex.extract(text, id="x", published=PUB).milestones if m.done]


def test_bases_handed_to_the_receiving_side_are_a_handover_done(ex):
    text = (
        "Two foreign bases in the east of the country have already been handed to the Kurdish-led forces, "
        "the officials said on Friday."
    )
    assert _done(ex, text) == ["2025-04-18"]


def test_leaflets_handed_to_residents_are_no_step(ex):
    text = "Leaflets were handed to residents of the border villages on Friday, the army said."
    assert _done(ex, text) == []
