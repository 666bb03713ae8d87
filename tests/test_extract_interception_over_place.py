"""A place told after a verb of stopping ("shot down over the sea", "downed around the capital") is where the
weapons were stopped, not the thing stopped: the share of a salvo told before is an interception there
(GUIDE: intercepted, downed, shot down), while a word of amount before a number ("intercepted over 300
kilos") still opens an object, so a load stopped that names nothing fired stays no interception."""

from __future__ import annotations

from datetime import date

import pytest


def _types(ex, text):
    return sorted(i.type for i in ex.extract(text, id="t", published=date(2025, 5, 4)).incidents)


@pytest.mark.parametrize(
    "text",
    [
        # a share of the salvo, stopped over water that is no named sea
        "The rebels sent 14 drones toward the port of Marlow on Saturday. Most of them were shot down over the sea.",
        # the same share told in a relative clause
        "The rebels sent 14 drones toward the port of Marlow on Saturday, most of which were brought down over water.",
        # over a named town
        "Hostile forces fired nine missiles at Marlow on Saturday. Six of them were intercepted over Halden.",
        # around a place told by its kind
        "Hostile forces fired nine missiles at Marlow on Saturday. Most were downed around the city.",
    ],
)
def test_share_stopped_over_a_place_is_an_interception(ex, text):
    assert "interception" in _types(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        # a word of amount before a number opens a load that was stopped, not a weapon
        "Customs officers intercepted over 300 kilos of hashish at the border on Saturday.",
        "Border guards intercepted about 40 crates on Saturday.",
    ],
)
def test_amount_before_a_number_still_names_a_load(ex, text):
    assert "interception" not in _types(ex, text)
