"""A counter-attack told with a day of its own, other than the attack's before it, is a second event, not that attack's toll."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text):
    facts = ex.extract(text, id="t", published=date(2025, 6, 20))
    return [(i.type, i.date, i.casualties.killed, i.casualties.injured) for i in facts.incidents]


def test_counter_attack_on_the_next_day_is_its_own_event(ex):
    text = (
        "Gunmen stormed a police camp outside Gao on Saturday, leaving four officers dead. "
        "The army's counter-attack on Sunday killed 9 gunmen outside Gao, officials said."
    )
    assert _incidents(ex, text) == [
        ("armed_clash", "2025-06-14", 4, None),
        ("armed_clash", "2025-06-15", 9, None),
    ]


def test_counter_offensive_told_by_its_indefinite_noun_is_its_own_event(ex):
    text = (
        "Gunmen stormed a police camp outside Gao on Saturday, leaving four officers dead. "
        "A counteroffensive on Monday killed 9 gunmen outside Gao, officials said."
    )
    assert [d for _, d, _, _ in _incidents(ex, text)] == ["2025-06-14", "2025-06-16"]


def test_control_the_attack_retold_with_more_harm_stays_one_event(ex):
    text = (
        "Gunmen stormed a police camp outside Gao on Saturday, leaving four officers dead. "
        "The raid on the camp also wounded 7, officials said."
    )
    assert _incidents(ex, text) == [("armed_clash", "2025-06-14", 4, 7)]


def test_control_harm_on_the_next_day_without_a_counter_word_stays_the_toll(ex):
    text = (
        "Gunmen stormed a police camp outside Gao on Saturday, leaving four officers dead. "
        "On Sunday, 9 gunmen were killed outside Gao, officials said."
    )
    # (the rule asks for a counter word: harm told on the next day with none keeps today's reading)
    assert _incidents(ex, text) == [("armed_clash", "2025-06-14", 4, None)]


def test_control_a_counter_attack_only_planned_adds_nothing(ex):
    text = (
        "Gunmen stormed a police camp outside Gao on Saturday, leaving four officers dead. "
        "The counter-attack had been prepared for a month."
    )
    assert _incidents(ex, text) == [("armed_clash", "2025-06-14", 4, None)]
