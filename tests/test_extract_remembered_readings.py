"""Readings asked of one sentence or clause several times are made once, with the same answers."""

from __future__ import annotations

from reporter.extract import candidates, events, milestones


def _plain_asked(sentence: str) -> bool:
    return bool(
        milestones._QUESTION.search(sentence)
        or milestones._HYPOTHETICAL.search(sentence)
        or milestones._forecast(sentence)
    )


def test_a_sentence_asked_about_is_read_once_with_the_same_answer():
    sentences = [
        "Will the garrison really be gone from the valley by March 2027?",
        "If the talks collapse, the brigade might stay in the hills past June.",
        "Analysts said the handover of the airfield could take until 2029.",
        # a plan told plainly: no question, no hedge, no outside forecast
        "The brigade will leave the valley by June 30, the ministry said on Tuesday.",
    ]
    answers = [milestones.asked(s) for s in sentences]
    assert answers == [True, True, True, False]
    assert answers == [_plain_asked(s) for s in sentences]
    hits = milestones.asked.cache_info().hits
    assert [milestones.asked(s) for s in sentences] == answers
    assert milestones.asked.cache_info().hits == hits + len(sentences)


def _read(found: list) -> list:
    return [(t, m.span(), m.start("ref")) for t, m in found]


def _clause(text: str, *words: tuple[str, str]) -> events.Clause:
    triggers = tuple(events.Trigger(kind, text.index(w), text.index(w) + len(w), w) for kind, w in words)
    return events.Clause(0, len(text), triggers)


def test_a_clause_tied_to_an_earlier_event_is_read_once_per_text():
    text = "Police killed four militants linked to Saturday's bombing in a raid near the market."
    cl = _clause(text, ("harm", "killed"), ("explode", "bombing"), ("raid", "raid"))
    found = candidates._referred_in(text, cl)
    assert [t.word for t, _ in found] == ["bombing"]
    assert _read(found) == _read(candidates._referred_read(text, cl))
    # the same clause again, even as another object of equal value: the reading already made
    again = _clause(text, ("harm", "killed"), ("explode", "bombing"), ("raid", "raid"))
    assert candidates._referred_in(text, again) is found


def test_a_clause_with_no_deed_of_its_own_and_another_text_are_read_anew():
    text = "Police killed four militants linked to Saturday's bombing in a raid near the market."
    cl = _clause(text, ("harm", "killed"), ("explode", "bombing"), ("raid", "raid"))
    first = candidates._referred_in(text, cl)
    # the bombing is the one deed told: nothing is tied to another event
    alone = "Four men linked to the bombing were killed, officials said."
    cl_alone = _clause(alone, ("explode", "bombing"), ("harm", "killed"))
    assert candidates._referred_in(alone, cl_alone) == [] == candidates._referred_read(alone, cl_alone)
    # the same words in another string are another text, read anew: a fresh list, the same reading
    copy = (text + " ")[:-1]
    assert copy is not text
    again = candidates._referred_in(copy, cl)
    assert again is not first and _read(again) == _read(first)



def test_a_dates_year_and_its_time_refusals_are_read_once_per_article(ex):
    import datetime

    from reporter.extract.document import Document

    text = (
        "The ministry said on Monday that the last battalion will leave the northern base by 30 June.\n\n"
        "Will the garrison be gone by March? Officials would not say."
    )
    art = Document.read(text, datetime.date(2031, 5, 10), ex.lexicon)
    dates = [d for d in art.dates if d.span is not None]
    assert dates
    for d in dates:
        s = art.sentences[art.sentence_index(d.start)]
        first = milestones._time_refusals(art, s, d)
        assert first == milestones._time_refusals_read(art, s, d)
        assert milestones._time_refusals(art, s, d) is first  # remembered, not read again
        ahead = milestones._year_ahead(art, d)
        assert ahead == milestones._year_ahead_read(art, d, False)
        assert milestones._year_ahead(art, d) is ahead
    # "30 June", told in May with no year, lies ahead; the question's month is refused as asked
    assert any(milestones._year_ahead(art, d).span.start == datetime.date(2031, 6, 30) for d in dates)
    asked = [d for d in dates if art.sentences[art.sentence_index(d.start)].text.startswith("Will")]
    assert asked and all("asked" in milestones._time_refusals(art, art.sentences[art.sentence_index(d.start)], d) for d in asked)
    # another article is read anew, even with the same words
    other = Document.read(text, datetime.date(2031, 5, 10), ex.lexicon)
    d = next(d for d in other.dates if d.span is not None)
    s = other.sentences[other.sentence_index(d.start)]
    assert milestones._time_refusals(other, s, d) is not milestones._time_refusals(art, s, d)
