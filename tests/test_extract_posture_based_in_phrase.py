"""A place written into the troop phrase with "-based" ("35,000 Germany-based US troops") tells where the
troops are based, never whose they are; it is their place unless a country is named for them after."""

from tests.conftest import posture_with_qualifiers


def test_based_place_is_no_owner_and_beats_a_region(ex):
    text = "Some 35,000 Germany-based US troops remain in Europe."
    assert posture_with_qualifiers(ex, text) == [("United States", "Germany", 35000, "some")]


def test_reworded_stationed_place_alone(ex):
    text = "Roughly 1,200 Djibouti-stationed French soldiers are on alert."
    assert posture_with_qualifiers(ex, text) == [("France", "Djibouti", 1200, "roughly")]


def test_country_named_after_stays_the_place(ex):
    text = "About 2,000 Italy-based American paratroopers were sent to Latvia."
    assert posture_with_qualifiers(ex, text) == [("United States", "Latvia", 2000, "about")]


def test_control_owner_named_plainly(ex):
    text = "About 800 German troops are based in Lithuania."
    assert posture_with_qualifiers(ex, text) == [("Germany", "Lithuania", 800, "about")]
