"""A denial told after its object, an accusation just told (", a charge Russia denied"), denies the accused
party's part: the event stays, blamed, as one denied before its word ("denied shelling the school") does."""

from datetime import date


def _events(ex, text):
    return [(i.type, i.location, i.actors) for i in ex.extract(text, id="x", published=date(2025, 3, 14)).incidents]


def test_charge_denied_after_keeps_the_event(ex):
    assert _events(ex, "Ukraine accused Russia of shelling a hospital in Kherson on Tuesday, a charge Moscow denied.") == [
        ("shelling", "Kherson", ("Russia (blamed)",))
    ]


def test_denial_of_the_event_itself_still_drops_it(ex):
    assert _events(ex, "The army denied that its troops shelled a hospital in Kherson on Tuesday.") == []
