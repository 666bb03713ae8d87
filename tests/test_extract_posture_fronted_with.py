"""A sentence opening on a 'With N troops ...' phrase: a time gone by inside that phrase makes N a former level."""

from datetime import date

from tests.conftest import shared_extractor


def _levels(text):
    facts = shared_extractor().extract(text, id="x", published=date(2026, 4, 2))
    return [(p.count, p.qualifier or "") for p in facts.troop_posture]


def test_with_phrase_told_before_a_turn_is_former():
    text = (
        "PARIS (Newswire) - With about 1,500 soldiers in the Sahel before the coup, France is now "
        "weighing its options, ministers said on Wednesday."
    )
    levels = _levels(text)
    assert (1500, "about (former level)") in levels, levels


def test_time_outside_the_with_phrase_leaves_a_level():
    # near miss: the time gone by is told after the phrase's comma, of something else
    text = (
        "PARIS (Newswire) - With about 1,500 soldiers in the Sahel, France reviewed its plans "
        "before the coup, ministers said on Wednesday."
    )
    levels = _levels(text)
    assert (1500, "about") in levels, levels
