"""A deed told after an attack, at a site named for the first time ("a market") and with a toll of its own unlike the
attack's, is another event of the day, not the attack told again (its toll kept); the doers named again with no new
site, or no toll of their own, still tell the attack on. "The attackers later torched ...": an adverb between the
doers and the verb keeps them its doers."""

from __future__ import annotations

from datetime import date

import pytest


def _inc(ex, text: str) -> list[tuple[str, str, str, int | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 3, 14))
    return [(i.type, i.location, str(i.date), i.casualties.killed) for i in facts.incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen raided a police post in Djibo on Tuesday, killing three officers. The attackers later burned a market "
        "in Djibo, killing five.",
        "Gunmen raided a police post in Djibo on Tuesday, killing three officers. Witnesses said the attackers burned "
        "a market in Djibo, killing five.",
    ],
)
def test_new_site_with_its_own_toll_is_another_event(ex, text):
    assert _inc(ex, text) == [
        ("armed_clash", "Djibo", "2025-03-11", 3),
        ("armed_clash", "Djibo", "2025-03-11", 5),
    ]


def test_later_deed_at_another_town_keeps_its_toll(ex):
    text = (
        "Gunmen raided a police post in Djibo on Tuesday, killing three officers. The attackers later burned a "
        "market in Arbinda, killing five."
    )
    assert [(loc, k) for _, loc, _, k in _inc(ex, text)] == [("Djibo", 3), ("Arbinda", 5)]


@pytest.mark.parametrize(
    "text",
    [
        # controls: the doers told on with no new site, or a new site with no toll of its own, retell the raid
        "Gunmen raided a police post in Djibo on Tuesday, killing three officers. The attackers opened fire on "
        "residents in Djibo, killing three.",
        "Gunmen raided a police post in Djibo on Tuesday, killing three officers. The attackers opened fire on "
        "the post from a truck, witnesses said.",
    ],
)
def test_doers_told_on_still_retell_the_raid(ex, text):
    assert [(loc, k) for _, loc, _, k in _inc(ex, text)] == [("Djibo", 3)]
