"""Where the doers a weapon was launched by are ("the drone was launched by militants in Iraq") is its origin."""

from datetime import date

_LEAD = "A drone struck a coalition outpost near Deir ez-Zor in Syria on Monday, wounding two soldiers. "


def _rows(ex, text):
    return [(i.location, i.origin) for i in ex.extract(_LEAD + text, id="x", published=date(2025, 3, 14)).incidents]


def test_passive_launch_by_doers_abroad_is_origin(ex):
    assert _rows(ex, "Officials believe the drone was launched by pro-Iran militias in Iraq.") == [("Deir ez-Zor", "Iraq")]


def test_launch_from_country_stays_origin(ex):
    assert _rows(ex, "Officials said the drone was launched from Iraq.") == [("Deir ez-Zor", "Iraq")]
