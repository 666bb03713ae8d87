"""A second verb of the troops' holder that sends a bare figure more ('has now sent another 7,000')."""

from datetime import date

from tests.conftest import shared_extractor


def _levels(text):
    facts = shared_extractor().extract(text, id="x", published=date(2026, 4, 2))
    return [(p.force, p.country, p.count, p.qualifier or "") for p in facts.troop_posture]


def test_bare_figure_sent_another_is_added():
    text = (
        "LONDON (Newswire) - Britain kept roughly 2,000 soldiers in the Gulf before the crisis and "
        "has now sent another 7,000, defence officials said on Wednesday."
    )
    levels = _levels(text)
    assert any(c == 7000 and "additional" in q for _, _, c, q in levels), levels
    assert any(c == 2000 for _, _, c, _ in levels), levels


def test_other_things_sent_are_no_troops():
    # near miss: the second figure counts aircraft, not soldiers
    text = (
        "LONDON (Newswire) - Britain kept roughly 2,000 soldiers in the Gulf before the crisis and "
        "has now sent another 12 aircraft, defence officials said on Wednesday."
    )
    levels = _levels(text)
    assert not any(c == 12 for _, _, c, _ in levels), levels
    assert any(c == 2000 for _, _, c, _ in levels), levels
