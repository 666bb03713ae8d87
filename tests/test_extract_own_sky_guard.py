"""An interception told with no interceptor, over a country whose own forces its sentence names (by their
own name or as the country's military, air force or army), was done by that country (GUIDE: the actor of an
interception is the interceptor); a bare people's name in the sentence names no force."""

from __future__ import annotations

from datetime import date


def _stops(ex, text):
    found = ex.extract(text, id="t", published=date(2025, 8, 2)).incidents
    return [(i.country, tuple(i.actors)) for i in found if i.type == "interception"]


def test_a_countrys_military_speaking_of_its_sky(ex):
    text = "The Israeli army said a drone coming from the east was brought down near Eilat on Friday before it did harm."
    assert _stops(ex, text) == [("Israel", ("Israel",))]


def test_a_countrys_air_force_speaking_of_its_sky(ex):
    text = "Ukraine's air force said on Friday that eleven cruise missiles were brought down over Odesa overnight."
    assert _stops(ex, text) == [("Ukraine", ("Ukraine",))]


def test_another_countrys_military_lends_nothing(ex):
    # near miss: the forces named are of another country than the sky, so no interceptor is told
    text = "The Israeli army said a drone coming from Yemen was brought down over Aqaba in Jordan on Friday."
    assert [a for _, a in _stops(ex, text)] == [()]


def test_a_bare_people_name_is_no_force(ex):
    # near miss: "a Ukrainian" names a man, not his country's forces
    text = "A court convicted a Ukrainian in absentia for the downing of an airliner over eastern Ukraine in July 2014."
    assert [a for _, a in _stops(ex, text)] in ([], [()])


def test_unnamed_air_defences_over_a_region_of_the_dateline_country(ex):
    text = "KYIV (Wire) - Air defences brought down 20 drones over the Poltava region overnight, the air force said on Friday."
    assert _stops(ex, text) == [("Ukraine", ("Ukraine",))]


def test_unnamed_air_defences_at_a_base_guess_no_garrison(ex):
    # near miss: at a base a foreign garrison's defences may act, so none is guessed from the dateline
    text = "BAGHDAD (Wire) - Air defences at the Ain al-Asad air base brought down two drones on Friday, officials said."
    assert [a for _, a in _stops(ex, text)] == [()]
