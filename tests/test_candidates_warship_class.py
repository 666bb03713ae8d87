"""A missile's name that classes a warship ("a guided-missile destroyer", "a missile boat") names the ship,
not a weapon of the event; a missile fired at a destroyer stays the means."""

from datetime import date


def _incidents(ex, text):
    return ex.extract(text, id="x", published=date(2025, 1, 15)).incidents


def test_guided_missile_destroyer_is_no_weapon_of_the_interception(ex):
    text = (
        "Navy officials said on Wednesday that the guided-missile destroyer USS Example shot down three drones "
        "over the Red Sea."
    )
    (inc,) = _incidents(ex, text)
    assert inc.type == "interception"
    assert inc.objects == ("drone",)


def test_missile_boat_named_as_the_attacker_lends_no_missile(ex):
    text = "A missile boat opened fire on a fishing vessel off Hodeidah on Tuesday, wounding two sailors."
    assert all("missile" not in o for inc in _incidents(ex, text) for o in inc.objects)


def test_missile_fired_at_a_destroyer_stays_the_means(ex):
    text = "The Houthis fired an anti-ship missile at a destroyer in the Red Sea on Tuesday."
    (inc,) = _incidents(ex, text)
    assert inc.type == "missile_attack"
    assert inc.objects == ("anti-ship missile",)
