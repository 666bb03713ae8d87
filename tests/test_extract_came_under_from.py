"""An event told as "came under fire" has its subject as the target and the party the fire came from as the doer
(GUIDE and issue 9: the target is never the actor)."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text):
    return [list(i.actors) for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Israeli soldiers came under fire from Hezbollah fighters near Shebaa on Sunday.", ["Hezbollah"]),
        ("Pakistani troops came under mortar fire from Indian forces near Kotli on Sunday.", ["India"]),
        # the fire's place of origin is no party, and no source named: nobody
        ("Israeli soldiers came under rocket fire from Lebanon near Shebaa on Sunday.", []),
        ("Israeli soldiers came under fire near Shebaa on Sunday.", []),
    ],
)
def test_the_target_that_came_under_fire_is_not_the_doer(ex, text, actors):
    assert _actors(ex, text) == [actors]
