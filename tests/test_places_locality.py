"""Sudan's localities, a town's parts: "the X locality of Omdurman" is a spot within the town, written with it and
drawn at its point, as "the X district of Y" is; the town told alone keeps its reading."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    return [(i.location, i.country, i.lat is not None) for i in ex.extract(text, id="t", published=date(2025, 3, 14)).incidents]


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        ("Artillery shells hit the Karrari locality of Omdurman on Sunday, killing six people, volunteers said.",
         [("Karrari locality, Omdurman", "Sudan", True)]),
        ("A drone hit a fuel depot in Sharg el-Nil locality in Khartoum on Sunday, a military source said.",
         [("Sharg el-Nil locality, Khartoum", "Sudan", True)]),
        # control: the town alone
        ("Artillery shells hit Omdurman on Sunday, killing six people, volunteers said.", [("Omdurman", "Sudan", True)]),
    ],
)  # fmt: skip
def test_a_locality_is_a_part_of_its_town(ex, text, seen):
    assert _seen(ex, text) == seen
