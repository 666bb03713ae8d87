"""Ground violence told by verbs with their slots: a beating to death, a place besieged (its object told), a
crowd sprayed with bullets, buildings burned or looted by armed men. The controls keep the same words off
where they tell no deed of war: "the besieged city", "beat the odds", "looted artefacts", "sprayed with
water cannon", homes burned by wildfire."""

from datetime import date


def _types(ex, text):
    return [
        (i.type, i.location, i.casualties.killed) for i in ex.extract(text, id="x", published=date(2025, 3, 14)).incidents
    ]


def test_beaten_to_death_by_gunmen(ex):
    assert _types(ex, "Four herders were beaten to death by gunmen in the village of Tolu on Tuesday, police said.") == [
        ("armed_clash", "Tolu", 4)
    ]
    assert _types(ex, "Bandits beat two traders to death near Gusau on Tuesday, police said.") == [("armed_clash", "Gusau", 2)]


def test_besieged_with_its_object(ex):
    assert _types(ex, "Jihadists besieged the town of Dori for ten days in February, residents said on Thursday.") == [
        ("armed_clash", "Dori", None)
    ]


def test_sprayed_with_bullets(ex):
    assert _types(ex, "Attackers sprayed a funeral crowd with bullets in Katsina state on Saturday, killing seven.") == [
        ("armed_clash", "Katsina state", 7)
    ]


def test_burned_and_looted_by_armed_men(ex):
    assert [t for t, _, _ in _types(ex, "Armed men looted and burned a market in Rutshuru on Monday, officials said.")] == ["other"]


def test_controls_stay_no_events(ex):
    assert _types(ex, "Aid has not reached the besieged city of El Fasher for months, the UN said on Monday.") == []
    assert _types(ex, "The team beat the odds to win the title in Kano on Sunday, after troops were deployed.") == []
    assert _types(ex, "Looted artefacts from the museum were returned on Monday, years after the war.") == []
    assert _types(ex, "Police sprayed protesters with water cannon in the capital on Monday after troops were deployed.") == []
    assert _types(ex, "Wildfires burned 200 homes in the north on Monday, after soldiers were deployed.") == []
