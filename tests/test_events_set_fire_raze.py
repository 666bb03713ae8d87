"""Buildings set alight or razed by armed men are an event, as "torched" ones are; set alight by protesters,
razed by no armed party, or "set" in another sense, they are none."""

from datetime import date


def _places(ex, text):
    return [i.location for i in ex.extract(text, id="x", published=date(2025, 6, 3)).incidents]


def test_attackers_set_fire_to_a_station(ex):
    assert _places(ex, "Attackers set fire to a police station in Tillaberi on Monday.") == ["Tillaberi"]


def test_gunmen_set_a_market_ablaze(ex):
    assert _places(ex, "Gunmen set the village market ablaze near Zamfara on Tuesday.") == ["Zamfara"]


def test_rebels_razed_a_village(ex):
    assert len(_places(ex, "Rebels razed the village of Kiwanja near Goma on Monday.")) == 1


def test_no_armed_doers_no_event(ex):
    assert _places(ex, "Protesters set fire to tyres in Baghdad on Monday.") == []
    assert _places(ex, "Bulldozers razed homes in Jenin on Monday.") == []
    assert _places(ex, "The ministry set a deadline for the talks in Baghdad on Monday.") == []
