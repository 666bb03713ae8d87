"""An attack told in an "hours after" (or "a day after") clause of another event is dated by that
event's day, so it may be of the night or day before: another outlet's report of it that day, with
its interception, is one row; the sentence's own news keeps its day."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.conftest import outlet_brief


def _rows(ex, *told: tuple[str, str]) -> list[tuple[str, str | None, int]]:
    """(type, place, number of sources) of each row of a brief built from (page day, text) articles."""
    rows = outlet_brief(ex, *told, as_of=datetime(2030, 12, 1, 6, tzinfo=UTC)).incidents
    return sorted((r.type, r.location, len(r.sources)) for r in rows)


_SALVO = (
    "2030-05-07",
    "Four rockets were fired from Lebanon at Nahariya on Monday evening, the army said. Three were "
    "intercepted and one fell in an open area.",
)


@pytest.mark.parametrize("gap", ["hours after", "a day after"])
def test_the_attack_of_an_after_clause_joins_the_day_before(ex, gap):
    """The rockets of the clause are Monday's salvo, told by Tuesday's shelling: one Nahariya row."""
    later = ("2030-05-08", f"Israeli tanks shelled the edge of the village of Aita al-Shaab on Tuesday morning, {gap} rockets struck Nahariya, the agency reported.")  # fmt: skip
    assert _rows(ex, _SALVO, later) == [("rocket_attack", "Nahariya", 2), ("shelling", "Aita al-Shaab", 1)]


def test_the_sentences_own_news_keeps_its_day(ex):
    """Near miss: rockets that are the sentence's news, told on Tuesday hours after the shelling, are
    Tuesday's, not Monday's salvo retold."""
    later = ("2030-05-08", "Rockets struck Nahariya on Tuesday morning, hours after Israeli tanks shelled the edge of Aita al-Shaab, the agency reported.")  # fmt: skip
    rows = _rows(ex, _SALVO, later)
    assert [r for r in rows if r[1] == "Nahariya"] == [("rocket_attack", "Nahariya", 1), ("rocket_attack", "Nahariya", 1)]
