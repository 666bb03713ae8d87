"""Operatives "eliminated" by a weapon were killed: the strike that killed them is an event, as for militants."""

from datetime import date

_LEAD = "The Israeli military said on Wednesday it had struck Hezbollah infrastructure in Nabatiyeh overnight, "


def _incidents(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 6, 4))
    return [(i.date, i.type, i.location, i.casualties.killed) for i in facts.incidents]


def test_drone_eliminated_operatives_is_a_drone_attack(ex):
    got = _incidents(ex, _LEAD + "and that a drone had eliminated two operatives near Bint Jbeil on Tuesday.")
    assert ("2025-06-03", "drone_attack", "Bint Jbeil", 2) in got


def test_one_operative_eliminated_counts_one(ex):
    text = "Hezbollah fighters fired rockets at Kiryat Shmona on Monday. An Israeli drone eliminated an operative near Tyre on Tuesday."
    assert ("2025-06-03", "drone_attack", "Tyre", 1) in _incidents(ex, text)


def test_plan_eliminated_is_no_event(ex):
    got = _incidents(ex, _LEAD + "and that it had eliminated two options for a wider operation.")
    assert len(got) == 1
