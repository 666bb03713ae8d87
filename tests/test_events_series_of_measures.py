"""'A series of' marks many deeds ("a series of strikes"), not a step taken among measures of policy: an
airspace step told "as part of a series of precautionary measures" is one event of its own."""

from datetime import date


def _types(ex, text):
    return [i.type for i in ex.extract(text, id="x", published=date(2025, 6, 23)).incidents]


def test_air_traffic_halted_among_precautionary_measures_is_told(ex):
    text = (
        "Iran fired missiles at Israel on Monday. Bahrain temporarily suspended air traffic as part of a series "
        "of precautionary measures, its interior ministry said."
    )
    assert _types(ex, text) == ["missile_attack", "other"]


def test_a_series_of_raids_over_months_stays_a_pattern(ex):
    text = "Israel has carried out a series of raids on the camp over the past months, residents said."
    assert _types(ex, text) == []
