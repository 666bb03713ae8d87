"""Ground an armed group holds ("in Houthi-held territory"), after a locative word, lies in the group's home
country: a country-level scene that a place named beside it still beats."""

from datetime import date

DAY = date(2025, 3, 14)


def test_group_held_ground_is_the_groups_country(ex):
    text = "U.S. strikes wrecked two missile launchers in Houthi-held territory on Tuesday, officials said."
    [inc] = ex.extract(text, id="t", published=DAY).incidents
    assert (inc.type, inc.country) == ("air_strike", "Yemen")


def test_a_town_named_beside_it_wins(ex):
    """Control: a town told with it stays the scene."""
    text = "U.S. strikes wrecked two missile launchers in Houthi-held territory near Hodeidah on Tuesday."
    [inc] = ex.extract(text, id="t", published=DAY).incidents
    assert (inc.location, inc.country) == ("Hodeidah", "Yemen")
