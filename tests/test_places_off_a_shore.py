"""A name the gazetteer lacks, told after "off" (the shore a ship was taken off), is the scene."""

from datetime import date


def _placed(ex, text):
    return [(i.type, i.location, i.country) for i in ex.extract(text, id="x", published=date(2025, 6, 3)).incidents]


_TAIL = " Somalia has seen a rise in piracy this year."


def test_seized_off_an_unknown_town(ex):
    assert _placed(ex, "Pirates seized a trawler off Garacad on Monday." + _TAIL) == [("other", "Garacad", "Somalia")]


def test_anchored_off_reworded(ex):
    text = "A cargo ship anchored off Qandala was boarded by armed men on Monday, officials said." + _TAIL
    assert _placed(ex, text) == [("other", "Qandala", "Somalia")]


def test_particle_off_before_a_group_is_no_place(ex):
    # near miss: "fought off" takes the fighters as its object; the scene is the town after "near"
    assert _placed(ex, "Malian troops fought off Jnim fighters near Kidal on Monday.") == [("armed_clash", "Kidal", "Mali")]
