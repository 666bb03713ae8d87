"""A deed told as done "during" a new event of another kind with a place of its own ("shot down a drone during
American strikes on Sanaa") tells that event too (GUIDE: every specific event the article states); the deed keeps
the event's day and place. A toll during an event, a deed of the event's own kind, and a backdrop with no event
word ("during the war", "during talks") stay as they were."""

from datetime import date

DAY = date(2025, 3, 3)


def _read(ex, text):
    return sorted((i.type, i.location, str(i.date)) for i in ex.extract(text, id="t", published=DAY).incidents)


def test_interception_during_strikes_tells_the_strikes_too(ex):
    text = "ADEN (Wire) - Rebel fighters said they downed an American drone during US strikes on Hodeidah on Sunday."
    incs = ex.extract(text, id="t", published=DAY).incidents
    assert sorted((i.type, i.location, str(i.date)) for i in incs) == [
        ("air_strike", "Hodeidah", "2025-03-02"),
        ("interception", "Hodeidah", "2025-03-02"),
    ]
    strike = next(i for i in incs if i.type == "air_strike")
    assert list(strike.actors) == ["United States"]


def test_control_toll_during_strikes_is_the_strikes_toll(ex):
    text = "GAZA (Wire) - A nurse was killed during Israeli strikes on Khan Younis on Sunday, medics said."
    assert _read(ex, text) == [("air_strike", "Khan Younis", "2025-03-02")]


def test_control_deed_of_the_same_kind_stays_one_event(ex):
    text = "KHARKIV (Wire) - A drone hit a school during Russian strikes on Kharkiv on Sunday, the governor said."
    assert len(_read(ex, text)) == 1


def test_control_backdrop_without_an_event_word_adds_nothing(ex):
    text = (
        "KYIV (Wire) - Air defences shot down a drone over Sumy on Sunday during talks in Riyadh, the air force said. "
        "Many homes were lost during the war."
    )
    assert _read(ex, text) == [("interception", "Sumy", "2025-03-02")]
