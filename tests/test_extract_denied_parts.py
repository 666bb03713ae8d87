"""A denial of a party's part in an event, or no comment on it, told of a known event: the event took place, and
the party denying it is not its doer; a denial of the event itself still tells none."""

from __future__ import annotations

from datetime import date

import pytest


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


@pytest.mark.parametrize(
    "text",
    [
        "The Israeli army has not yet commented on whether it conducted the strike in Aleppo on Monday.",
        "The Israeli military declined to confirm whether it was behind the air strike on Aleppo airport on Monday.",
    ],
)
def test_a_doer_withheld_for_a_known_event_leaves_the_event(ex, text):
    found = _incidents(ex, text)
    assert [(i.type, i.date) for i in found] == [("air_strike", "2025-03-10")]
    assert "Aleppo" in found[0].location


@pytest.mark.parametrize(
    "text",
    [
        # the deed itself in doubt, or still to come: no event
        "The Israeli army did not say whether it carried out a strike in Aleppo on Monday.",
        "The Israeli army did not say whether it would carry out the strike in Aleppo on Monday.",
    ],
)
def test_a_deed_left_in_doubt_is_no_event(ex, text):
    assert not _incidents(ex, text)


def test_a_reference_naming_another_town_is_another_event(ex):
    text = (
        "An air raid hit Damascus on Monday, killing five people.\n\n"
        "The army has not commented on whether it conducted the strike in Aleppo, which shut the runway."
    )
    assert sorted(i.location for i in _incidents(ex, text)) == ["Aleppo", "Damascus"]
    # near miss: the same town named again is the same raid
    same = "An air raid hit Damascus on Monday, killing five people.\n\nThe strike in Damascus damaged a school."
    assert [i.location for i in _incidents(ex, same)] == ["Damascus"]


def test_a_definite_reference_at_another_known_town_is_not_folded_back(ex):
    text = "An air raid hit Damascus on Monday, killing five people.\n\nThe strike in Aleppo damaged the runway."
    assert sorted(i.location for i in _incidents(ex, text)) == ["Aleppo", "Damascus"]
    # (nor does it take that raid's day)
    assert [i.date for i in _incidents(ex, text) if i.location == "Aleppo"] != ["2025-03-10"]


def test_a_reference_at_a_town_beside_the_scene_is_the_same_strike(ex):
    text = (
        "Strikes hit army positions south of Damascus on Friday, killing two soldiers.\n\n"
        "The strikes also hit a weapons depot near Kisweh."
    )
    assert [(i.type, i.date) for i in _incidents(ex, text)] == [("air_strike", "2025-03-07")]


def test_a_reference_whose_other_town_is_where_its_harm_befell_stays_the_event(ex):
    text = (
        "An air raid hit Damascus on Monday, killing five people.\n\n"
        "The strike has displaced hundreds of families to Aleppo."
    )
    assert [i.location for i in _incidents(ex, text)] == ["Damascus"]
