"""Candidates: "the group" as a subject stands for the armed group it refers to, told before it or named in
its own aside ("The group, which officials described as an X affiliate, attacked"); an armed group's attack
on a building (a church, a school) is an attack, as one on a town's outskirts is."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _read(ex: Extractor, text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    facts = ex.extract(text, id="t", published=date(2025, 1, 30))
    return [(i.type, i.location, tuple(i.actors)) for i in facts.incidents]


@pytest.mark.parametrize(
    "text",
    [
        "The group, which officials described as an Islamic State affiliate, attacked a church in Komanda on Sunday.",
        "Islamic State attacked a church in Komanda on Sunday.",
    ],
)
def test_an_armed_group_attacking_a_building_is_an_attack(ex, text):
    assert _read(ex, text) == [("armed_clash", "Komanda", ("Islamic State",))]


def test_the_group_told_before_attacks_as_that_group(ex):
    text = (
        "Islamic State fighters raided Bunia on Saturday, killing three.\n"
        "The group attacked a school in Komanda on Sunday."
    )
    assert ("armed_clash", "Komanda", ("Islamic State",)) in _read(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        # no armed group anywhere: "the group" is anyone's, and attacking is as often words
        "The group attacked a church in Komanda on Sunday.",
        # the group attacks words, not a building
        "Al-Shabaab fighters stormed a base in Jilib on Friday, killing four.\nThe group attacked the government's security plan on Saturday.",
    ],
)
def test_no_armed_group_or_no_building_stays_unread(ex, text):
    got = _read(ex, text)
    assert all(loc != "Komanda" for _, loc, _ in got) and len(got) <= 1
