"""A tally counted since a day of the past week, told by the day or by the deed that opened it ("since Friday",
"since X began its strikes on Friday"), is one aggregate the GUIDE keeps: dated from that day to the report,
done by the tally's own subject, placed where the tally says (not at the scene of the day's strike); a tally
since a war or a month long ago stays a pattern."""

from __future__ import annotations

from datetime import date

import pytest

_LEAD = "Enemy drones hit a depot in Kharkiv on Wednesday, injuring four workers, the mayor said.\n"


def _aggregates(ex, tally):
    found = ex.extract(_LEAD + tally, id="t", published=date(2025, 7, 9)).incidents
    return [i for i in found if i.date and "/" in i.date]


@pytest.mark.parametrize(
    "tally",
    [
        "Russia has launched more than 900 drones at Ukraine since Saturday, the air force said.",
        "Russia has launched more than 900 drones at Ukraine since its army began a new air offensive on Saturday, the air force said.",
    ],
)
def test_a_salvo_tally_since_a_recent_day(ex, tally):
    (agg,) = _aggregates(ex, tally)
    assert (agg.type, agg.date, agg.location, agg.count, agg.actors) == (
        "drone_attack", "2025-07-05/2025-07-09", "Ukraine", 900, ("Russia",)
    )


def test_a_toll_since_the_deed_that_opened_the_stretch(ex):
    tally = "Russian missiles have killed at least 30 people in Ukraine since Russia began its attacks on Saturday, officials said."
    (agg,) = _aggregates(ex, tally)
    assert (agg.date, agg.casualties.killed, agg.actors) == ("2025-07-05/2025-07-09", 30, ("Russia",))


def test_a_toll_since_a_campaign_began_firing_on_a_recent_day(ex):
    tally = "Russian drones have killed at least 30 people in Ukraine since Russia began firing them on Saturday, officials said."
    (agg,) = _aggregates(ex, tally)
    assert agg.date == "2025-07-05/2025-07-09"


@pytest.mark.parametrize(
    "tally",
    [
        # controls: a tally since a war or a month long past is a pattern, no event
        "Russia has launched more than 9,000 drones at Ukraine since the war began, the air force said.",
        "Russia has launched more than 9,000 drones at Ukraine since its army began a new offensive in March 2024.",
        "Russian missiles have killed thousands of people in Ukraine since Russia began its invasion in 2022.",
    ],
)
def test_a_tally_since_long_ago_stays_a_pattern(ex, tally):
    assert _aggregates(ex, tally) == []
