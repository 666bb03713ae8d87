"""An event told as the one another answers, in the answer's own sentence ("struck X in revenge for last week's
ambush in Y"), is background: the toll and the interception told in the sentences after it go on with the
answer, the news. An answered event told in a sentence of its own keeps what follows it."""

from __future__ import annotations

from datetime import date

PUB = date(2025, 5, 10)


def _events(ex, text: str) -> list[tuple[str, str | None, str | None, int | None, int | None]]:
    return [
        (i.type, i.date, i.location, i.casualties.killed, i.casualties.injured)
        for i in ex.extract(text, id="x", published=PUB).incidents
    ]


def test_the_toll_told_next_is_the_answers(ex):
    text = (
        "Turkish drones struck targets in northern Iraq on Friday in revenge for last week's ambush on soldiers "
        "in Hakkari. Local officials said seven people died. The ministry said its air defences had downed two drones."
    )
    found = _events(ex, text)
    assert found[0][:2] == ("drone_attack", "2025-05-09") and found[0][3] == 7
    # the ambush answered keeps its own week and takes no toll; the interception is the answer's day, not that week
    assert [(t, d, k) for t, d, _, k, _ in found[1:]] == [
        ("armed_clash", "2025-04-28/2025-05-04", None),
        ("interception", "2025-05-09", None),
    ]


def test_an_answered_attack_told_in_its_own_sentence_keeps_the_toll(ex):
    """Control: "The raid came in retaliation for a rocket attack on a base. Two soldiers were wounded.": the
    wounded are the rocket attack's."""
    text = (
        "Jets struck a depot near Raqqa on Friday. The raid came in retaliation for a rocket attack on a base "
        "near Hasakah. Two soldiers were wounded."
    )
    assert [(t, loc, w) for t, _, loc, _, w in _events(ex, text)] == [
        ("air_strike", "Raqqa", None),
        ("rocket_attack", "Hasakah", 2),
    ]
