"""Two steps due the same day, each clause naming who moves and no mover in common ("the last Italian
soldiers left ... by May 9", "the last Spanish troops left ... by May 9"; two forces to leave a base by
one day), or two done steps each naming a town and none in common, are two steps, however many words
they share; one step told twice stays one line."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 5, 23)


def _steps(ex: Extractor, text: str) -> list[tuple[str, bool]]:
    return sorted((m.due, m.done) for m in ex.extract(text, id="x", published=PUB).milestones)


def test_two_forces_done_the_same_day_are_two_steps(ex):
    text = (
        "The last Italian soldiers left the training camp outside Gao before May 9, two diplomats said. "
        "The last Spanish troops left Bamako before May 9, the diplomats added."
    )
    assert _steps(ex, text) == [("2025-05-09", True), ("2025-05-09", True)]


def test_one_force_done_told_twice_stays_one(ex):
    text = (
        "German troops left the airbase on Monday. The last German soldiers left the airbase on Monday, "
        "officials confirmed."
    )
    assert _steps(ex, text) == [("2025-05-19", True)]


def test_two_towns_left_the_same_day_are_two_steps(ex):
    text = (
        "The last soldiers left the airbase in Gao on Monday, a local official said. "
        "The last soldiers left the barracks in Timbuktu on Monday, a second official said."
    )
    assert _steps(ex, text) == [("2025-05-19", True), ("2025-05-19", True)]


def test_one_town_left_told_twice_stays_one(ex):
    text = "Troops left the airbase in Gao on Monday. The last soldiers left Gao on Monday, an official said."
    assert _steps(ex, text) == [("2025-05-19", True)]


def test_two_forces_planned_for_one_day_are_two_plans(ex):
    text = (
        "Belgian troops will leave the Gao airbase by August 31, the defence ministry said. "
        "Danish troops will also leave the Gao airbase by August 31, Copenhagen said."
    )
    assert _steps(ex, text) == [("2025-08-31", False), ("2025-08-31", False)]


def test_one_force_planned_told_twice_stays_one_plan(ex):
    text = (
        "Belgian troops will leave the Gao airbase by August 31, the defence ministry said. "
        "The Belgian soldiers are to leave the base by August 31, a spokesman added."
    )
    assert _steps(ex, text) == [("2025-08-31", False)]
