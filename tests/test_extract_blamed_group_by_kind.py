"""A blame laid before the event on a group told only by its kind ("blamed the rebels for shelling")
names the armed group told just before, the one named with that kind where several are; with no armed
group named near, the blame names nobody."""

from __future__ import annotations

from datetime import date

PUB = date(2025, 4, 17)


def _shelling_actors(ex, text: str) -> list[tuple[str, ...]]:
    got = ex.extract(text, id="x", published=PUB).incidents
    return [tuple(i.actors) for i in got if i.type == "shelling"]


def test_the_rebels_are_the_group_named_with_that_kind(ex):
    text = (
        "M23 rebels and Wazalendo militiamen clashed on Wednesday near the town of Walikale, killing six people. "
        "The army blamed the rebels for shelling a school in Sake the day before."
    )
    assert _shelling_actors(ex, text) == [("M23 (blamed)",)]


def test_no_group_named_near_names_nobody(ex):
    text = (
        "Heavy rain cut the main road north of Goma on Wednesday, traders said. "
        "The army blamed the rebels for shelling a school in Sake on Monday."
    )
    assert _shelling_actors(ex, text) == [()]
