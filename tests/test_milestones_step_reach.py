"""A step told by an infinitive after its deadline ("has until March 28 to pull ...") is read to the end of its
clause when that ends a little past the step's reach, and when cut at the reach ends on no word that opens a
phrase ("... positions in")."""

import datetime

PUBLISHED = datetime.date(2025, 3, 14)


def _whats(ex, text):
    return [m.what for m in ex.extract(text, id="t", published=PUBLISHED).milestones]


def test_clause_just_past_the_reach_is_read_whole(ex):
    text = "Serbia has until March 28 to pull its remaining police units out of four border villages in northern Kosovo."
    assert _whats(ex, text) == [
        "Serbia has until March 28 to pull its remaining police units out of four border villages in northern Kosovo"
    ]


def test_step_cut_at_its_reach_ends_on_no_opening_word(ex):
    text = (
        "Serbia has until March 28 to pull its remaining police units out of four small border villages along the "
        "disputed boundary line in the far north of Kosovo near the lake."
    )
    (what,) = _whats(ex, text)
    assert what.split()[-1].lower() not in ("in", "of", "the", "along", "near")


def test_short_step_unchanged(ex):
    # control: a step well inside its reach, ended by the sentence
    assert _whats(ex, "Serbia has until March 28 to pull its troops out of the town of Leposavic.") == [
        "Serbia has until March 28 to pull its troops out of the town of Leposavic"
    ]
