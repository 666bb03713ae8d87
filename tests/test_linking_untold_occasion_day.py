"""An event its own sentence sets against an occasion the story never dates nor names before ("On the eve of
the talks", "Hours before the ceremony") came on a day the text leaves untold: it does not take the day of the
event told just before it. Set against an event ("Shortly after the strikes") or an occasion named earlier, it
still does."""

from __future__ import annotations

from datetime import date

import pytest

LEAD = "ADEN (Wire) - Coalition jets struck targets near Saada on Saturday, rebel media reported.\n\n"


def dated(ex, text: str) -> dict[str, str]:
    facts = ex.extract(LEAD + text, id="x", published=date(2025, 4, 16))
    return {i.location: str(i.date) for i in facts.incidents}


@pytest.mark.parametrize(
    "text",
    [
        "On the eve of the talks, gunmen killed a tribal leader in Shabwa province, local sources said.",
        "Hours before the ceremony, gunmen killed a tribal leader in Shabwa province, local sources said.",
        "Ahead of the holiday, gunmen killed a tribal leader in Shabwa province, local sources said.",
    ],
)
def test_an_untold_occasion_lends_no_day(ex, text):
    assert dated(ex, text) == {"Saada": "2025-04-12", "Shabwa province": "None"}


@pytest.mark.parametrize(
    "text",
    [
        "Shortly after the strikes, gunmen killed a tribal leader in Shabwa province, local sources said.",
        "Talks were held in Muscat. On the eve of the talks, gunmen killed a tribal leader in Shabwa province.",
        "Gunmen killed a tribal leader in Shabwa province, local sources said.",
    ],
)
def test_an_event_or_an_occasion_told_before_still_lends_its_day(ex, text):
    assert dated(ex, text) == {"Saada": "2025-04-12", "Shabwa province": "2025-04-12"}
