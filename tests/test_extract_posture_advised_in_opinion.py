"""A figure a party 'ought to' (should, must) keep or send, in a sentence told as someone's view (the
writer's own, an argument, an op-ed), is advice and no troop level; a plan told with 'should' and no mark of
opinion, and a level the same opinion sentence states as fact, stay levels."""

from tests.conftest import posture_with_qualifiers


def test_ought_to_keep_in_writers_view_is_no_level(ex):
    assert posture_with_qualifiers(ex, "In my view, Poland ought to keep 4,000 soldiers in Latvia.") == []


def test_should_send_argued_is_no_level(ex):
    text = "Poland should send 4,000 more soldiers to Latvia, the think-tank director argues."
    assert posture_with_qualifiers(ex, text) == []


def test_plan_with_should_and_no_opinion_stays(ex):
    text = "Under the accord, 4,000 Polish soldiers should be based in Latvia by 2028."
    assert [(f, c, n) for f, c, n, _ in posture_with_qualifiers(ex, text)] == [("Poland", "Latvia", 4000)]


def test_level_told_as_fact_in_an_opinion_sentence_stays(ex):
    text = "Poland keeps 4,000 soldiers in Latvia, the columnist notes, and it should do more."
    assert [(f, c, n) for f, c, n, _ in posture_with_qualifiers(ex, text)] == [("Poland", "Latvia", 4000)]
