"""A denial of a party's part in an event, or no comment on it, told of a known event: the event took place, and
the party denying it is not its doer; a denial of the event itself still tells none."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _incidents(ex, text):
    return ex.extract(text, id="t", published=date(2025, 3, 10)).incidents


@pytest.mark.parametrize(
    ("text", "typ", "day"),
    [
        (
            "The militia denied any role in the drone attack on the Tower 22 base in Jordan on Sunday.",
            "drone_attack",
            "2025-03-09",
        ),
        (
            "The army did not comment on the drone attack on a base near Kirkuk on Monday.",
            "drone_attack",
            "2025-03-10",
        ),
        (
            "The army declined to comment on reports of the drone attack on a base near Kirkuk on Monday.",
            "drone_attack",
            "2025-03-10",
        ),
    ],
)
def test_an_event_whose_part_or_comment_is_denied_took_place(ex, text, typ, day):
    assert [(i.type, i.date) for i in _incidents(ex, text)] == [(typ, day)]


def test_the_party_denying_a_part_is_not_the_doer(ex):
    text = "Kataib Hezbollah denied involvement in Sunday's drone attack on the Tower 22 base in Jordan, which killed three soldiers."
    found = _incidents(ex, text)
    assert [i.type for i in found] == ["drone_attack"]
    assert found[0].actors == ()


@pytest.mark.parametrize(
    "text",
    [
        "Kataib Hezbollah denied carrying out any attack on the Tower 22 base in Jordan on Sunday.",
        "Kataib Hezbollah denied any drone attack on the Tower 22 base in Jordan on Sunday.",
        "Hamas denied that its fighters attacked an Israeli post near Rafah on Monday.",
    ],
)
def test_a_denied_event_is_none(ex, text):
    assert _incidents(ex, text) == ()
