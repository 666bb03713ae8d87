"""Single events plainly told, each in a way wires and local outlets tell them, found as one incident.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 3, 10)
TAIL = "\n\nNo group commented on the reports."


def _incidents(ex, text):
    return ex.extract(text + TAIL, id="t", published=DAY).incidents


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        # things that burst and took lives: a blast, whatever the object ("exploded" alone may be a figure)
        ("Walkie-talkies exploded across the south of Lebanon on Friday, killing five people.", 5, None),
        ("A parked van exploded near a checkpoint in Baidoa on Sunday, wounding four soldiers.", None, 4),
    ],
)
def test_deadly_burst_is_an_explosion(ex, text, killed, injured):
    found = _incidents(ex, text)
    assert [i.type for i in found] == ["explosion"]
    assert (found[0].casualties.killed, found[0].casualties.injured) == (killed, injured)


@pytest.mark.parametrize(
    "text",
    [
        # control: a figure of speech with no one hurt stays no event
        "Rents exploded in the capital last year, leaving many families in debt.",
        "The hall exploded in cheers when the result came in on Saturday.",
    ],
)
def test_figurative_burst_is_no_event(ex, text):
    assert not _incidents(ex, text)


@pytest.mark.parametrize(
    "text, day",
    [
        # a deed done again and again within a bounded time told is one event over those days
        ("From March 2 to 4, the army shelled Sumy repeatedly, wounding nine residents, officials said.", "2025-03-02/2025-03-04"),
        ("Troops shelled Avdiivka repeatedly on Friday, killing two people, the governor said.", "2025-03-07"),
    ],
)
def test_repeated_deed_in_bounded_time_is_one_event(ex, text, day):
    found = _incidents(ex, text)
    assert [i.type for i in found] == ["shelling"]
    assert found[0].date == day


@pytest.mark.parametrize(
    "text",
    [
        # control: a habit in the perfect, and a day that only dates the saying, stay no event
        "The army has repeatedly shelled Sumy, the governor said on Friday.",
        "Bandits repeatedly raided farms in Katsina state, villagers told reporters on Sunday.",
    ],
)
def test_repeated_deed_without_its_own_time_is_a_habit(ex, text):
    assert not _incidents(ex, text)


def test_owner_of_the_burst_things_is_no_doer(ex):
    """Things "used by" a party that blew up were its own, as a target "used by" one is after the event word."""
    found = _incidents(ex, "Radios used by Hamas members exploded in Rafah on Saturday, killing three.")
    assert [i.type for i in found] == ["explosion"]
    assert found[0].actors == ()


def test_holder_of_the_launch_area_still_fired(ex):
    """Control: rockets fired from ground a party holds are that party's."""
    found = _incidents(ex, "Rockets fired from an area controlled by Hamas struck Ashkelon on Saturday.")
    assert [i.actors for i in found] == [("Hamas",)]


@pytest.mark.parametrize(
    "text, count",
    [
        # a salvo of two kinds sent or landing together is counted whole (GUIDE: a mixed salvo sums)
        ("Russia sent 60 drones and four missiles against Ukraine overnight, the air force said.", 64),
        ("Ten drones and three missiles hit Dnipro overnight, the governor said.", 13),
        ("Russia attacked Ukraine overnight with 70 drones and two missiles, the air force said.", 72),
    ],
)
def test_mixed_salvo_counts_all_its_weapons(ex, text, count):
    found = _incidents(ex, text)
    assert [(i.type, i.count) for i in found] == [("missile_attack", count)]


def test_single_kind_salvo_keeps_its_count(ex):
    """Control: a number of people hurt after the salvo adds nothing to it."""
    found = _incidents(ex, "Russia sent 60 drones against Kharkiv overnight and 12 people were wounded.")
    assert [(i.type, i.count) for i in found] == [("drone_attack", 60)]


@pytest.mark.parametrize(
    "text, actors",
    [
        # an armed group told again by its kind is the one named last before it
        ("Al-Shabaab has vowed to step up its campaign. On Sunday, the militants stormed a base near Afgooye.", ("Al-Shabaab",)),
        ("The Houthis have warned shipping firms. Later on Friday, the group fired a missile at a bulk carrier in the Gulf of Aden.", ("Houthis",)),
        # control: a state's force told by its kind is no group's
        ("The Houthis have warned shipping firms. On Friday, the army fired a missile at a bulk carrier in the Gulf of Aden.", ()),
    ],
)
def test_group_told_by_its_kind_is_the_one_named_before(ex, text, actors):
    found = _incidents(ex, text)
    assert len(found) == 1
    assert found[0].actors == actors


def test_target_held_out_on_a_condition_is_a_threat(ex):
    """A named party saying another's ships could be hit if a condition is met threatens them."""
    found = _incidents(ex, "Hezbollah said on Sunday that Israeli gas rigs could be targeted if the raids on Lebanon go on.")
    assert [(i.type, i.actors) for i in found] == [("threat_statement", ("Hezbollah",))]


@pytest.mark.parametrize(
    "text",
    [
        # controls: a risk with no condition, and a condition on something that harms no one
        "Experts said on Sunday that tankers in the Gulf could be hit by falling debris.",
        "Hezbollah said on Sunday that talks could be delayed if the raids on Lebanon go on.",
    ],
)
def test_risk_or_harmless_condition_is_no_threat(ex, text):
    assert not _incidents(ex, text)


@pytest.mark.parametrize(
    "text, actors",
    [
        # a state telling of another's weapons downed over its own land, no stopper named: its own defences
        ("Iran said on Friday that Israeli drones were shot down over Tabriz.", ("Iran",)),
        # controls: its own weapons lost, and another state's sky, name no stopper
        ("Iran said on Friday that Iranian drones were shot down over Tabriz.", ()),
        ("Israel said on Friday that Iranian drones were shot down over Jordan.", ()),
    ],
)
def test_state_telling_of_foreign_weapons_downed_is_the_interceptor(ex, text, actors):
    found = _incidents(ex, text)
    assert [(i.type, i.actors) for i in found] == [("interception", actors)]


@pytest.mark.parametrize(
    "text, actors",
    [
        # a speaker's label before its own words in the first person, no speech verb: the speaker did it
        ("Hezbollah: Our fighters fired rockets at Kiryat Shmona on Saturday.", ("Hezbollah",)),
        ("Hamas: we fired rockets at Sderot on Saturday.", ("Hamas",)),
        # control: a label before words in the third person names no doer
        ("Hezbollah: Rockets hit Kiryat Shmona on Saturday.", ()),
    ],
)
def test_speaker_label_before_first_person_words_is_the_doer(ex, text, actors):
    found = _incidents(ex, text)
    assert [(i.type, i.actors) for i in found] == [("rocket_attack", actors)]


@pytest.mark.parametrize(
    "text, killed",
    [
        # the dead told as a household and its size are that many
        ("A missile hit a flat in Dnipro on Sunday, killing a family of five.", 5),
        ("A shell struck a house in Kramatorsk on Sunday, killing an entire family of three.", 3),
        # control: a family with no size counts nobody
        ("A shell struck a house in Kramatorsk on Sunday, killing a family.", None),
    ],
)
def test_family_of_n_killed_counts_its_members(ex, text, killed):
    found = _incidents(ex, text)
    assert len(found) == 1
    assert found[0].casualties.killed == killed


@pytest.mark.parametrize(
    "text, actors",
    [
        # a time told between the claiming party and the event word adds no distance
        ("Al-Shabaab claimed responsibility late on Saturday for a bombing at a hotel in Kismayo.", ("Al-Shabaab (claimed)",)),
        # control: a speaker's possessive before a report that opens between stays no doer
        ("Syria's interior ministry said on Saturday that Friday's car bombing in Azaz killed nine people.", ()),
    ],
)
def test_time_between_party_and_event_adds_no_distance(ex, text, actors):
    found = _incidents(ex, text)
    assert [i.actors for i in found] == [actors]
