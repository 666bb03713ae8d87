"""A question asserts no event: an explainer's title or heading ("Explainer: Why are UN peacekeepers in Congo
being attacked?", "Who is behind the attacks?") is answered by the body, which tells the events. A sentence
that tells an event and only ends on a question it quotes is not one."""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 6, 17)  # a Tuesday


def _incidents(ex, text: str):
    return ex.extract(text, id="t", published=DAY).incidents


@pytest.mark.parametrize(
    "question",
    [
        "Explainer: Why are US forces in Iraq being attacked?",
        "Why do militias keep attacking US troops in Iraq?",
        "Analysis: Are US forces in Syria being attacked more often?",
        "Who is attacking US forces in Iraq and Syria?",
    ],
)
def test_a_question_tells_no_event(ex, question):
    text = (
        f"{question}\n\nA drone struck a US base in western Iraq on Friday, lightly wounding two service members, "
        "officials said. Who is behind the attacks?\n\nWashington blames Iran-backed militias."
    )
    incs = _incidents(ex, text)
    assert [(i.type, i.date) for i in incs] == [("drone_attack", "2025-06-13")], incs
    assert "?" not in incs[0].evidence


def test_control_a_statement_after_a_question_keeps_its_event(ex):
    text = "What happened on Sunday? Gunmen attacked a UN base near Beni on Sunday, wounding two peacekeepers."
    incs = _incidents(ex, text)
    assert [(i.location, i.date, i.casualties.injured) for i in incs] == [("Beni", "2025-06-15", 2)], incs
