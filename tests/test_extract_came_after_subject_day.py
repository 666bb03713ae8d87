"""An event a sentence's subject 'came N days after' counts back from the day the sentence before told of
the thing that subject names again (a hearing, a visit); with no such day told, it stays undated."""

from datetime import date


def _dated(ex, text: str) -> list[tuple[str | None, str]]:
    facts = ex.extract(text, id="x", published=date(2025, 9, 12))
    return [(i.date, i.type) for i in facts.incidents]


def test_subject_named_again_dates_the_earlier_event(ex):
    text = (
        "Senators questioned the defence chief at a closed hearing on Wednesday. "
        "The hearing came three days after a drone was shot down near the town of Kharkiv, officials said."
    )
    assert _dated(ex, text) == [("2025-09-07", "interception")]


def test_subject_visit_told_before_on_a_day(ex):
    text = (
        "The foreign minister made a visit to the front on Tuesday. "
        "The visit came a day after rockets struck a market in Kherson, killing two people."
    )
    assert [d for d, _ in _dated(ex, text)] == ["2025-09-08"]


def test_day_of_another_thing_does_not_date_it(ex):
    # the sentence before tells a day, but not of the hearing: nothing to count back from
    text = (
        "Lawmakers spoke to reporters on Wednesday. "
        "The hearing came three days after a drone was shot down near the town of Kharkiv, officials said."
    )
    assert _dated(ex, text) == [(None, "interception")]
