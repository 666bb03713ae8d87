"""A date that opens its sentence, then a time of day told with a.m./p.m. ("On July 14 at 6 a.m. the
battalion will leave ..."): the plan after it is due that day, labelled by its own clause; a time's
dots end no clause (text.WORD_DOT)."""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 6, 20)


def _plans(ex, text: str) -> list[tuple[str, str, bool]]:
    return [(m.due, m.what, m.done) for m in ex.extract(text, id="t", published=DAY).milestones]


@pytest.mark.parametrize(
    "text",
    [
        "On July 14 at 6 a.m. the rear guard will leave the camp in Menaka, the army said.",
        "On July 14 at 11 p.m., the rear guard will leave the camp in Menaka, the army said.",
    ],
)
def test_a_fronted_date_with_a_time_of_day_bounds_the_plan_after_it(ex, text):
    assert _plans(ex, text) == [("2025-07-14", "the rear guard will leave the camp in Menaka", False)]


def test_a_fronted_date_without_a_time_is_unchanged(ex):
    """Control: the same plan told with no time of day."""
    text = "On July 14 the rear guard will leave the camp in Menaka, the army said."
    assert _plans(ex, text) == [("2025-07-14", "the rear guard will leave the camp in Menaka", False)]
