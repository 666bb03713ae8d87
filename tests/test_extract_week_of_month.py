"""An event told in a week of a month by its place ("the first week of March", "the last week of February")
happened in those seven days, however long ago; "early March" keeps its third of the month."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2025, 3, 17)


def _day(ex: Extractor, when: str) -> list[str | None]:
    text = (
        f"KIDAL (Wire) - Armed men attacked an army convoy north of Kidal {when}, killing five soldiers, "
        "a local official told reporters by telephone."
    )
    return [i.date for i in ex.extract(text, id="x", published=PUB).incidents]


@pytest.mark.parametrize(
    ("when", "span"),
    [
        ("in the first week of March", "2025-03-01/2025-03-07"),
        ("in the second week of February", "2025-02-08/2025-02-14"),
        ("in the last week of February", "2025-02-22/2025-02-28"),
        ("in the first week of March 2019", "2019-03-01/2019-03-07"),
        # near miss: a part of a month is its third
        ("in early March", "2025-03-01/2025-03-10"),
    ],
)
def test_a_week_of_a_month_is_its_seven_days(ex, when, span):
    assert _day(ex, when) == [span]
