"""A bare share of a salvo just told as fired ("Most were destroyed.") is the share stopped, as "Most were shot
down." is: destroyed in flight, an interception (GUIDE: weapons stopped in the air), while "destroyed" told of
a share of something else, or with no salvo fired before, stays no interception."""

from __future__ import annotations

from datetime import date

import pytest


def _types(ex, text):
    found = ex.extract(text, id="t", published=date(2025, 4, 5)).incidents
    return sorted(i.type for i in found)


@pytest.mark.parametrize(
    "text",
    [
        "Russia sent about 60 drones toward Ukraine overnight. Most were destroyed.",
        "Hezbollah fired 25 rockets at Kiryat Shmona on Sunday. Several were destroyed, the army said.",
        # control: the verb air defence uses is read the same
        "Russia sent about 60 drones toward Ukraine overnight. Most were shot down.",
    ],
)
def test_share_destroyed_after_a_salvo_is_stopped(ex, text):
    assert "interception" in _types(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        # a share of buildings, not of the salvo
        "Hezbollah fired 25 rockets at Kiryat Shmona on Sunday. Most of the houses were destroyed.",
        # no salvo fired before the share
        "Fighting raged around Kupiansk on Sunday, the army said. Most were destroyed.",
    ],
)
def test_other_ruin_is_no_interception(ex, text):
    assert "interception" not in _types(ex, text)
