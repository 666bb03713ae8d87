"""Posture: a new force many states talk of forming, named by its task ("a reassurance force of up to
N", "the stabilisation force ... could number up to N"), is no party's level, not even the party the
text told last; a state sending a force of that kind still owns it."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

BEFORE = "Serbia keeps roughly 6,000 soldiers near its border with Kosovo. "


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 2, 3))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


@pytest.mark.parametrize(
    "second",
    [
        "Allied capitals are weighing a reassurance force of up to 12,000 troops for Kosovo after a deal.",
        "The international stabilisation force outlined in the draft accord could number up to 12,000 "
        "troops, envoys said.",
    ],
)
def test_a_force_by_its_task_is_no_partys(ex: Extractor, second: str) -> None:
    """The new body's size is given to no party told before."""
    assert _levels(ex, BEFORE + second) == [("Serbia", "Serbia", 6000)]


def test_a_state_sending_such_a_force_owns_it(ex: Extractor) -> None:
    """Near miss: a named state sending a force of that kind keeps the level."""
    assert ("Kenya", "Haiti", 1000) in _levels(ex, "Kenya sent a stabilisation force of 1,000 soldiers to Haiti.")
