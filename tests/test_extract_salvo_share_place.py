"""An interception told as a share of a larger salvo ("most of the roughly 80 missiles") after one impact in a
town is the country's air defences at work over the country, not the town's."""

from __future__ import annotations

from datetime import date

import pytest


def _places(ex, text):
    return [(i.type, i.location) for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Four people were killed when a ballistic missile struck a house in Rishon LeZion on Sunday. "
        "The military said most of the roughly 70 missiles launched overnight were intercepted.",
        "Four people were killed when a ballistic missile struck a house in Rishon LeZion on Sunday. "
        "The military said all but two of the 35 missiles were intercepted.",
    ],
)
def test_a_share_of_a_large_salvo_is_stopped_over_the_country(ex, text):
    assert _places(ex, text) == [("missile_attack", "Rishon LeZion"), ("interception", "Israel")]


def test_a_share_with_no_salvo_size_stays_at_the_town(ex):
    text = (
        "Four people were killed when a ballistic missile struck a house in Rishon LeZion on Sunday. "
        "The military said most of the missiles were intercepted."
    )
    assert _places(ex, text) == [("missile_attack", "Rishon LeZion"), ("interception", "Rishon LeZion")]
