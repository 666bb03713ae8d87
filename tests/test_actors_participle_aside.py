"""A participle set off by a comma after a deed ("X launched drones, targeting Y") has no subject of its own: when
its word tells the clause's event, the deed's subject did it (GUIDE: actors are the parties that acted)."""

from __future__ import annotations

from datetime import date

import pytest


def _incident(ex, text: str):
    [inc] = ex.extract(text, id="t", published=date(2025, 2, 11)).incidents
    return inc


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched 80 drones and six missiles at Ukraine overnight, targeting power plants in three regions, "
        "Ukraine's air force said on Tuesday.",
        "Russia launched 80 attack drones and two cruise missiles at Ukraine overnight, hitting gas facilities in the "
        "west, officials said on Tuesday.",
        "Ukraine's air force said Russia launched 80 drones and two ballistic missiles at the country overnight, mostly "
        "targeting the Kyiv region.",
    ],
)
def test_the_participle_takes_the_deeds_subject(ex, text):
    # (the deed's object is long: the subject stands too far before the participle to be its own)
    assert _incident(ex, text).actors == ("Russia",)


def test_without_the_aside_unchanged(ex):
    """Control: the same sentence with no participle keeps its subject."""
    inc = _incident(ex, "Russia launched 80 drones and six missiles at Ukraine overnight, Ukraine's air force said on Tuesday.")
    assert inc.actors == ("Russia",)


def test_a_passive_deed_lends_no_doer(ex):
    """Near miss: the deed before the participle has no doer named, so the participle has none either."""
    inc = _incident(ex, "Drones were launched from Yemen overnight, targeting ships in the Red Sea, a maritime agency said.")
    assert inc.actors == ()
