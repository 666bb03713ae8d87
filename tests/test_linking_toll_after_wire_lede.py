""""KABUL - Jets struck camps in X on Thursday. / The government said 12 were killed.": a wire tells each sentence as
a paragraph of its own, so a toll in the paragraph right after a one-sentence lede is told right after its event
(linking.toll_only); and when that lede also recalls an earlier event ("over last year's assault on a post"), the
toll is the news's, not the recalled event's."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text: str):
    return ex.extract(text, id="t", published=date(2025, 1, 10)).incidents


def test_a_toll_in_the_paragraph_after_a_one_sentence_lede_is_its_events(ex):
    incs = _incidents(
        ex,
        "MOGADISHU, Jan 9 - Al-Shabaab fighters attacked an army base near Bardera on Thursday.\n\n"
        "Local elders said eight soldiers were killed.",
    )
    assert [(i.type, i.casualties.killed) for i in incs] == [("armed_clash", 8)]


def test_the_toll_goes_to_the_news_not_the_event_its_lede_recalls(ex):
    incs = _incidents(
        ex,
        "KABUL, Jan 9 - Pakistani jets struck hideouts in Paktika province on Thursday, hitting camps linked to "
        "last month's assault on a border post in Kurram.\n\nThe Taliban government said 12 civilians were killed "
        "and 20 wounded.",
    )
    strike = next(i for i in incs if i.type == "air_strike")
    assert (strike.casualties.killed, strike.casualties.injured) == (12, 20)
    assert all(i.casualties.killed is None for i in incs if i is not strike)


def test_a_toll_after_a_paragraph_of_two_sentences_stays_unlinked(ex):
    """Control: past a lede paragraph that goes on to another event, the toll's event is unclear: left unlinked."""
    incs = _incidents(
        ex,
        "MOGADISHU, Jan 9 - Al-Shabaab fighters attacked an army base near Bardera on Thursday. The raid came a week "
        "after a car bomb in the capital.\n\nPolice said four people were killed.",
    )
    assert all(i.casualties.killed is None for i in incs)
