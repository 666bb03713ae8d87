"""A report's event told again further down ("The attack began at dawn on Monday") is the same event: the
retelling's own day and spot refine it, and a claim told after the retelling is still the event's (GUIDE:
one record per distinct real event, even when several sentences describe it)."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text):
    facts = ex.extract(text, id="t", published=date(2025, 5, 14))  # a Wednesday
    return [(i.location, i.date, list(i.actors), i.casualties.killed) for i in facts.incidents]


def test_retelling_refines_an_event_dated_by_its_saying(ex):
    """Dated only by "said on Wednesday", the attack took place on or before that day: "the attack ... on
    Monday" told next is it, and gives its day and spot."""
    text = (
        "Insurgents killed at least 40 soldiers in an assault on an army post in northern Burkina Faso, "
        "security sources said on Wednesday. The attack on the post at Djibo started before dawn on Monday."
    )
    assert _incidents(ex, text) == [("Djibo", "2025-05-12", [], 40)]


def test_an_event_told_with_its_own_day_keeps_it(ex):
    """Control: an event told with a day of its own is not retold by an attack on another day elsewhere."""
    text = (
        "Insurgents killed at least 40 soldiers in an assault on an army post in Djibo on Wednesday. "
        "The attack on a convoy near Kaya on Monday killed 12."
    )
    assert [(loc, day) for loc, day, _, _ in _incidents(ex, text)] == [("Djibo", "2025-05-14"), ("Kaya", "2025-05-12")]


def test_claim_after_the_retelling_is_the_events(ex):
    text = (
        "Insurgents killed at least 40 soldiers in an assault on an army post in Djibo on Monday. "
        "The attack on the post at Djibo started before dawn on Monday, a local official said. "
        "Survivors fled to the nearby town of Arbinda. "
        "The group JNIM claimed responsibility in a statement."
    )
    assert _incidents(ex, text) == [("Djibo", "2025-05-12", ["JNIM (claimed)"], 40)]


def test_claim_far_from_any_telling_is_no_ones(ex):
    """Control: three sentences of other matter after the last telling, a claim no longer points at it."""
    text = (
        "Insurgents killed at least 40 soldiers in an assault on an army post in Djibo on Monday. "
        "The junta took power in 2022. It expelled French forces a year later. It has since hired Russian instructors. "
        "The group JNIM claimed responsibility in a statement."
    )
    assert [a for _, _, a, _ in _incidents(ex, text)] == [[]]
