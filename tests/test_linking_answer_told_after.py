"""A blow told as the answer to the attack before it ("responded with strikes on ...") is an event of its own."""

from datetime import date


def _rows(ex, text):
    return [(i.type, list(i.actors), i.country) for i in ex.extract(text, id="x", published=date(2024, 12, 27)).incidents]


def test_response_with_strikes_is_own_event(ex):
    text = (
        "A rocket hit the Harir air base on Thursday, wounding two soldiers. "
        "American jets answered with strikes on two depots run by Kataib Hezbollah."
    )
    assert _rows(ex, text) == [("rocket_attack", [], "Iraq"), ("air_strike", ["United States"], "Iraq")]


def test_same_doers_struck_again_stay_one(ex):
    text = (
        "US jets struck Kataib Hezbollah sites near Qaim on Thursday. "
        "US aircraft hit back with strikes on three more facilities later that day."
    )
    assert [r[0] for r in _rows(ex, text)] == ["air_strike"]
