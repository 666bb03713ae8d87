"""A film's shoot told bare as a stage of the work ("before shooting began") is no shooting; "the shooting began"
with its determiner, or a shooting with a toll, stays an event."""

from datetime import date


def _types(ex, text):
    return [i.type for i in ex.extract(text, id="x", published=date(2025, 3, 14)).incidents]


def test_shooting_of_a_film_is_no_clash(ex):
    text = (
        "The new war drama opens in cinemas on Friday. Its lead actor said he trained with 40 former soldiers "
        "for three months before shooting began in Morocco."
    )
    assert _types(ex, text) == []


def test_the_shooting_began_is_still_an_event(ex):
    text = (
        "Gunmen opened fire at a wedding in Kano on Friday. Witnesses said the shooting began shortly before "
        "midnight, killing five."
    )
    assert _types(ex, text) == ["armed_clash"]


def test_bare_shooting_outside_a_film_story_is_an_event(ex):
    text = "Residents of the Kano market fled on Friday when shooting began near the mosque, police said, adding that gunmen escaped."
    assert _types(ex, text) == ["armed_clash"]
