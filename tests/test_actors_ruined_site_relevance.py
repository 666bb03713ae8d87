"""A one-sentence report of a military object destroyed ("its forces destroyed an ammunition depot") tells
force, as a blow struck at one does: the article is about conflict, so the deed is read, with its doer. Things
ruined by weather or fire, no military object named, stay no conflict."""

from __future__ import annotations

from datetime import date

import pytest


def _incidents(ex, text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(i.location, i.actors) for i in ex.extract(text, id="t", published=date(2025, 3, 14)).incidents]


def test_a_military_object_destroyed_is_read(ex):
    text = "Russia said its forces destroyed a Ukrainian ammunition depot near Kupiansk on Friday."
    assert _incidents(ex, text) == [("Kupiansk", ("Russia",))]


@pytest.mark.parametrize(
    "text",
    [
        "The company said the storm destroyed a warehouse and damaged two farm sheds near the river on Friday.",
        "Officials said a fire destroyed the old market hall in the town centre on Friday.",
    ],
)
def test_ruin_of_no_military_object_is_no_conflict(ex, text):
    assert _incidents(ex, text) == []
