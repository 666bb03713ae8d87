"""A backed group right after the comma that closes a sentence's opening words ("Elsewhere,", "On Friday,",
"In eastern Syria,") is the subject that acted, not a name set off in apposition; after a party's own name
("X, a Y-backed militia, fired") the backed phrase still only renames it."""

from __future__ import annotations

from datetime import date

from tests.conftest import shared_extractor


def _actors(text):
    return [list(i.actors) for i in shared_extractor().extract(text, id="t", published=date(2026, 3, 12)).incidents]


def test_a_backed_group_after_an_opening_adverb_acted():
    assert _actors("Meanwhile, Russian-backed fighters shelled the outskirts of Kherson on Tuesday.") == [
        ["Russian-backed fighters"]
    ]


def test_a_backed_group_after_an_opening_day_acted():
    assert _actors("On Tuesday, Turkish-backed groups shelled a village near Afrin, killing two farmers.") == [["Turkish-backed groups"]]


def test_an_apposition_after_a_name_is_no_second_doer():
    """Near miss: the comma follows the party's name, so the backed phrase renames it."""
    got = _actors("Kataib Hezbollah, an Iran-backed militia, launched drones at a base in Syria on Tuesday.")
    assert got and all("Iran-backed militia" not in a for a in got)
