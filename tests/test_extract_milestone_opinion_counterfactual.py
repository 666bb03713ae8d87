"""A due date in outsiders' advice ("critics say the force should leave by") or in a past that did not
happen ("Had the talks held, the militia would have disarmed by March") is no commitment or plan and
gives no milestone; a party's own plan, even reported as a future perfect, keeps its due."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2026, 3, 9)


def _dues(ex: Extractor, text: str) -> list[str]:
    return [m.due for m in ex.extract(text, id="x", published=PUB).milestones]


@pytest.mark.parametrize(
    "text",
    [
        "Critics of the accord say the cabinet should bring the brigade home from the valley by the end of the year.",
        "Several analysts argue that the garrison ought to quit the port by June.",
        "Had the talks held, the militia would have handed over its heavy weapons by March.",
        "If the accord had survived, the brigade would probably have left the ridge by the summer, officials say.",
    ],
)
def test_advice_or_a_past_undone_sets_no_due(ex: Extractor, text: str) -> None:
    assert _dues(ex, text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The ministry said the brigade would have left the ridge by June under the new timetable.", "2026-06"),
        ("The cabinet said the brigade should leave the valley by the end of the year.", "2026-12"),
    ],
)
def test_control_a_partys_own_plan_keeps_its_due(ex: Extractor, text: str, due: str) -> None:
    assert due in _dues(ex, text)
