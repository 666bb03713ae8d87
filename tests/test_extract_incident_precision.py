"""Incident precision: words that tell no incident of the news, or another type than they first suggest
(a habit's list, a year naming its event, arms intercepted on their way, one salvo told by two verbs, an
attack told in passing)."""

from __future__ import annotations

from datetime import date


def test_last_item_of_a_habit_list_is_no_event(ex):
    """A habit told of a list of deeds ("often carry out raids, airstrikes, and bombardments in X"): the
    list's last item, cut off by its ", and", is as much a pattern as the others, not an event."""
    text = (
        "Syrian army units regularly conduct ground raids, airstrikes, and artillery bombardments in Idlib "
        "province, a rebel stronghold."
    )
    assert ex.extract(text, id="x", published=date(2024, 5, 8)).incidents == ()
    # the same list told of one day's deeds is events: nothing marks a habit
    text = (
        "Syrian army units conducted ground raids, airstrikes, and artillery bombardments in Idlib province "
        "on Tuesday, the ministry said."
    )
    assert "shelling" in [i.type for i in ex.extract(text, id="x", published=date(2024, 5, 8)).incidents]


def test_year_opening_a_sentence_dates_its_event(ex):
    """ "The 2020 strike that killed ...": a year naming the event dates it, at a sentence's head too."""
    text = "The 2020 strike that killed a general at the Baghdad airport still shapes the region's politics."
    (one,) = ex.extract(text, id="x", published=date(2024, 5, 8)).incidents
    assert (one.type, one.date) == ("air_strike", "2020-01-01/2020-12-31")


def test_year_naming_an_event_counts_nothing(ex):
    """ "a 2019 drone attack": the year is the event's date, not a count of drones."""
    text = "Analysts compared it with a 2019 drone attack on Abqaiq that halved the kingdom's oil output."
    (one,) = ex.extract(text, id="x", published=date(2024, 5, 8)).incidents
    assert (one.type, one.date, one.count) == ("drone_attack", "2019-01-01/2019-12-31", None)


def test_year_naming_an_incident_is_no_news_of_the_day(ex):
    """ "a 2015 incident in X when a bomber was downed": the year dates the incident and what the "when"
    clause tells of it, so nothing in the sentence is read as news of the report's days."""
    text = "He cited a 2015 incident near Yayladagi when a Russian bomber was downed after it strayed into Turkish airspace."
    dates = {i.date for i in ex.extract(text, id="x", published=date(2024, 5, 8)).incidents}
    assert "2024-05-07/2024-05-08" not in dates


def test_arms_intercepted_on_their_way_are_no_shoot_down(ex):
    """ "intercepted weapons bound for the front": arms carried, stopped on their way (a seizure), not air
    defence downing what was fired; a drone intercepted stays an interception."""
    text = "Border guards said they had intercepted smuggled weapons near Kassala that were bound for the militias."
    types = [i.type for i in ex.extract(text, id="x", published=date(2024, 5, 8)).incidents]
    assert "interception" not in types
    text = "Border guards intercepted two drones near Kassala on Monday."
    assert [i.type for i in ex.extract(text, id="x", published=date(2024, 5, 8)).incidents] == ["interception"]


def test_salvo_told_by_two_verbs_is_a_missile_attack(ex):
    """ "launched 200 drones and fired 30 missiles at X": one doer's mixed salvo told by two verbs is one
    missile attack (GUIDE: a mixed salvo of missiles and drones is a missile attack)."""
    text = "Russia launched 200 drones and fired 30 missiles at Ukraine overnight, the air force said on Sunday."
    incidents = ex.extract(text, id="x", published=date(2024, 5, 8)).incidents
    assert [i.type for i in incidents] == ["missile_attack"]


def test_attack_told_in_passing_with_a_lent_day_is_no_incident(ex):
    """An attack told after the news with no day of its own (the story lends it the day of the event just
    told), no place but a country and no event of its family told there before: background said in passing,
    not a new incident dated to the story's day."""
    text = (
        "A drone struck a tanker off Oman on Saturday, the navy said. It is the first time the navy has blamed "
        "Iran for an attack on shipping since militants fired a deadly rocket barrage at towns in Israel that "
        "killed 40 people."
    )
    incidents = ex.extract(text, id="x", published=date(2024, 5, 8)).incidents
    assert [(i.type, i.location) for i in incidents] == [("drone_attack", "Oman")]
    # the same kind of mention told with a day of its own is an event of its own
    text = "A drone struck a tanker off Oman on Saturday, the navy said. On Sunday, militants fired rockets at Israel, the army said."
    incidents = ex.extract(text, id="x", published=date(2024, 5, 8)).incidents
    assert ("rocket_attack", "Israel", "2024-05-05") in [(i.type, i.location, i.date) for i in incidents]


def test_a_new_party_acting_on_a_source_s_word_is_news_not_passing(ex):
    """A reply by another party, told on a source's word after the news ("Iran fired missiles at Israel ...
    Israeli jets struck batteries in western Iran, an army spokesman said"), is an event of its own even
    with no day or town of its own; the same reply told with no source and by the same party stays a facet."""
    text = (
        "Iran fired a barrage of ballistic missiles at Israel on Monday, the Israeli military said. "
        "Israeli jets struck air defence batteries in western Iran, an army spokesman said."
    )
    incidents = ex.extract(text, id="x", published=date(2024, 5, 8)).incidents
    assert [(i.type, i.country, i.actors) for i in incidents] == [
        ("missile_attack", "Israel", ("Iran",)),
        ("air_strike", "Iran", ("Israel",)),
    ]
    text = (
        "Iran fired a barrage of ballistic missiles at Israel on Monday, the Israeli military said. "
        "Iran also used drones against Israel."
    )
    incidents = ex.extract(text, id="x", published=date(2024, 5, 8)).incidents
    assert [i.type for i in incidents] == ["missile_attack"]
