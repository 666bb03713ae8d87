"""A speaker's report whose event noun is owned by "its"/"their" ("Israel said its strikes hit X") tells the
speaker's own blow: the possessive names the speaker, though a determiner otherwise makes a noun refer back
(GUIDE: actors are the parties that acted). A "its" after the event word (the target's) or a doer named in the
report keeps the reading it had."""

from __future__ import annotations

from datetime import date

import pytest


def _incidents(ex, text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(i.type, i.actors) for i in ex.extract(text, id="t", published=date(2025, 3, 14)).incidents]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Israel said its strikes hit Hezbollah sites near Tyre on Thursday.", "Israel"),
        ("Israel said on Thursday that its air strikes hit Hezbollah sites near Tyre.", "Israel"),
        ("The Houthis said their missile attack targeted a container ship in the Red Sea on Wednesday.", "Houthis"),
        (
            "The Pentagon said its latest strikes killed three al-Shabaab fighters near Jilib in Somalia on Monday.",
            "United States",
        ),
    ],
)
def test_the_speaker_owns_the_blow_its_possessive_names(ex, text, actor):
    found = _incidents(ex, text)
    assert found and all(actor in actors for _, actors in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its" after the event word is the target's: the doer is the one named on the strikes
        ("Hezbollah said Israeli strikes hit its positions near Tyre on Thursday.", [("air_strike", ("Israel",))]),
        # the speaker's own defences stopping a drone stay an interception by it
        (
            "Israel said its air defences intercepted a drone launched from Yemen on Thursday.",
            [("interception", ("Israel",))],
        ),
    ],
)
def test_controls_keep_their_reading(ex, text, expected):
    assert _incidents(ex, text) == expected
