"""A country named only as the owner of troops or bases is no home for a spot the gazetteer does not know."""

from datetime import date


def _countries(ex, text):
    return [(i.location, i.country) for i in ex.extract(text, id="x", published=date(2025, 6, 3)).incidents]


def test_owner_of_troops_gives_way_to_the_other_country(ex):
    text = (
        "A base housing Turkish troops near Bashiqa came under drone attack on Monday. "
        "Iraq has long objected to the Turkish presence."
    )
    assert _countries(ex, text) == [("Bashiqa", "Iraq")]


def test_reworded_owner_of_soldiers(ex):
    text = (
        "A camp where Turkish soldiers are stationed near Zilkan was shelled on Monday. "
        "Iraq's government condemned the attack."
    )
    assert _countries(ex, text) == [("Zilkan", "Iraq")]


def test_own_troops_at_home_stay(ex):
    # near miss: the troops' country is the only one named, so the spot stays in it
    text = "Gunmen attacked Nigerian soldiers near Dapchi on Monday. Nigerian troops repelled them, the army said."
    assert _countries(ex, text) == [("Dapchi", "Nigeria")]
