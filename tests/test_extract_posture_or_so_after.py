""""Or so" after a figure ("900 or so") tells it roughly, as "about" before it does: a bare figure of the troops
told, placed by a verb of being, is still that place's level, and its qualifier is "about"."""

from tests.conftest import posture_with_qualifiers


def test_bare_figure_or_so_placed_is_a_level(ex):
    text = "Roughly 3,000 British soldiers serve in Estonia. Another 600 or so are based in Poland."
    assert ("United Kingdom", "Poland", 600, "about") in posture_with_qualifiers(ex, text)


def test_another_or_so_is_no_addition(ex):
    text = "About 1,800 French troops are in Chad. Another 400 or so are in Niger."
    assert ("France", "Niger", 400, "about") in posture_with_qualifiers(ex, text)


def test_or_so_with_noun_reads_about(ex):
    text = "The 700 or so German soldiers in Lithuania will stay through the winter."
    assert [(f, c, n) for f, c, n, _q in posture_with_qualifiers(ex, text)] == [("Germany", "Lithuania", 700)]
    assert posture_with_qualifiers(ex, text)[0][3].startswith("about")


def test_control_qualifier_before_kept(ex):
    text = "Some 900 US troops or so are in Syria."
    assert posture_with_qualifiers(ex, text) == [("United States", "Syria", 900, "some")]


def test_control_without_or_so_unchanged(ex):
    text = "About 1,800 French troops are in Chad. Another 400 are in Niger."
    assert ("France", "Niger", 400, None) in posture_with_qualifiers(ex, text)


def test_or_so_in_a_list_after_the_level(ex):
    text = "About 1,800 French troops are in Chad, and 400 or so in Niger."
    assert ("France", "Niger", 400, "about") in posture_with_qualifiers(ex, text)


def test_there_are_another_or_so_is_a_level(ex):
    text = "About 1,800 French troops are in Chad. There are another 400 or so in Niger."
    assert ("France", "Niger", 400, "about") in posture_with_qualifiers(ex, text)


def test_there_are_another_is_no_addition(ex):
    text = "About 1,800 French troops are in Chad. There are another 400 in Niger."
    assert ("France", "Niger", 400, None) in posture_with_qualifiers(ex, text)


def test_control_another_with_noun_heading_there_is_added(ex):
    text = "About 1,800 French troops are in Chad. There are another 400 soldiers heading to Niger."
    assert ("France", "Niger", 400, "(additional)") in posture_with_qualifiers(ex, text)
