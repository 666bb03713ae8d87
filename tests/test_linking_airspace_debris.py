"""A sky closed and debris that fell on a town the same day are two events (GUIDE: the closure is `other`,
what fell with no stated target a `crash`), not one event told twice.

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date

DAY = date(2025, 6, 3)


def _typed(ex, text):
    return sorted((i.type, i.location) for i in ex.extract(text, id="t", published=DAY).incidents)


def test_debris_after_a_closure_is_a_crash_of_its_own(ex):
    text = (
        "Jordan briefly closed its airspace on Monday as missiles flew overhead, the aviation authority said. "
        "Debris from an intercepted missile fell on a house in the town of Irbid, causing a fire but no injuries."
    )
    assert _typed(ex, text) == [("crash", "Irbid"), ("other", "Jordan")]


def test_reworded_debris_after_a_closure(ex):
    text = (
        "Iran fired missiles at Israel on Sunday. Jordan shut its airspace as the missiles flew over. "
        "Fragments of a missile fell in a field near Irbid."
    )
    assert ("crash", "Irbid") in _typed(ex, text)


def test_closure_told_again_stays_one(ex):
    # near miss: the closure retold in a second sentence is the same step
    text = (
        "Iraq closed its airspace on Sunday as Iranian drones flew toward Israel. "
        "The airspace closure was announced by the transport ministry, officials said."
    )
    assert [t for t, _ in _typed(ex, text)].count("other") == 1
