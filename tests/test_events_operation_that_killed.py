"""An operation told with the armed men it killed in a relative clause ("conducted an operation in X that killed a
senior IS leader and two operatives") is the fight that killed them, as ", killing three militants" is. An
operation that did something else, or a mission named by its aim, tells no event."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text: str):
    facts = ex.extract(text, id="t", published=date(2025, 2, 10))
    return [(i.date, i.type, i.location, i.actors, i.casualties.killed) for i in facts.incidents]


def test_operation_that_killed_a_leader_and_operatives(ex):
    text = (
        "TAMPA (Wire) - On Feb. 6, US forces, alongside Iraqi troops, conducted an operation in the Anbar desert, "
        "Iraq, that killed a senior ISIS commander and three other ISIS operatives."
    )
    got = _incidents(ex, text)
    assert len(got) == 1
    day, typ, _, actors, killed = got[0]
    assert (day, typ, killed) == ("2025-02-06", "armed_clash", 4)
    assert "United States" in actors


def test_operation_which_killed_a_commander(ex):
    text = (
        "MOGADISHU (Wire) - Somali forces conducted an operation near Jilib on Saturday which killed a senior "
        "al-Shabaab commander, the army said."
    )
    assert _incidents(ex, text) == [("2025-02-08", "armed_clash", "Jilib", ("Somalia",), 1)]


def test_operation_that_did_not_kill_and_mission_tell_nothing(ex):
    """Controls: an operation that freed hostages, a business 'operation', a mission named by its aim."""
    for text in (
        "MOGADISHU (Wire) - Somali forces conducted an operation near Jilib on Saturday that freed 14 hostages.",
        "NEW YORK (Wire) - The firm conducted an operation on Saturday that killed a rival bid for the company.",
        "BAGHDAD (Wire) - US troops remain in Iraq as part of the mission to defeat ISIS, which killed thousands.",
    ):
        assert _incidents(ex, text) == [], text
