"""A warning or statement is a threat only when what it holds out is harm by the speaker or its side: an
admonition to the one warned ("warned X against doing Y"), a deed judged by a rule ("any presence would breach
the ceasefire") and harm no one will do ("neither side would target the other", "would no longer strike") hold
none out. Each beside a control that must stay a threat."""

from datetime import date

import pytest

#: A real event first, so the story is about conflict.
LEAD = "Drones struck a depot near Hodeidah on Sunday, officials said. "


def _threats(ex, sentence):
    found = ex.extract(LEAD + sentence, id="x", published=date(2025, 3, 3)).incidents
    return [list(i.actors) for i in found if i.type == "threat_statement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya's president has warned the border militias against dragging the country into the war next door.",
        "Egypt warned Israel against launching a ground offensive on the crossing.",
        "Jordan's foreign minister warned both sides against any escalation in the valley.",
    ],
)
def test_an_admonition_to_the_one_warned_is_no_threat(ex, sentence):
    assert _threats(ex, sentence) == []


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        # harm the speaker holds out after the admonition's clause still counts
        ("Turkey warned the Kurdish fighters against crossing the river, saying its army would strike them.", "Turkey"),
        ("Iran warned the United States against any attack on its oil fields, vowing a crushing response.", "Iran"),
        ("Iran warned Israel of a crushing response if it attacked.", "Iran"),
    ],
)
def test_harm_held_out_beside_an_admonition_stays_a_threat(ex, sentence, speaker):
    assert _threats(ex, sentence) == [[speaker]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lebanon's president warned that any lingering presence would breach the ceasefire.",
        "Lebanon's president warned that any troops left behind would be a flagrant violation of the deal.",
    ],
)
def test_a_deed_judged_by_a_rule_is_no_threat(ex, sentence):
    assert _threats(ex, sentence) == []


def test_an_answer_held_out_on_a_condition_stays_a_threat(ex):
    sentence = "Hezbollah warned that any soldiers left behind after the deadline would be treated as an occupation."
    assert _threats(ex, sentence) == [["Hezbollah"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Oman's foreign minister said neither side would target the other from now on, including ships in the Red Sea.",
        "Oman said the Houthis would no longer target American ships in the Red Sea.",
    ],
)
def test_harm_no_one_will_do_is_no_threat(ex, sentence):
    assert _threats(ex, sentence) == []


def test_harm_the_speaker_will_do_stays_a_threat(ex):
    assert _threats(ex, "The Houthis warned they would strike any US warship in the Red Sea.") == [["Houthis"]]
    assert _threats(ex, "The Houthis said they would strike any US warship in the Red Sea.") == [["Houthis"]]


def test_words_of_harm_in_the_deed_judged_hold_none_out(ex):
    """ "any strike on the airport would be a violation": the strike is the deed judged, the other side's."""
    sentence = "France warned that any strike on the port would be a grave violation of international law."
    assert _threats(ex, sentence) == []
    # harm held out after the judgement still counts
    sentence = "Hezbollah warned that any troops left would breach the truce and be met with force."
    assert _threats(ex, sentence) == [["Hezbollah"]]


def test_a_caution_against_a_deed_admonishes_as_a_warning_does(ex):
    assert _threats(ex, "Hezbollah cautioned the government against disarming its fighters by force.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Pentagon warned that Iran could strike US bases within days.",
        "Iranian officials warned on Monday that Israel might attack the reactor within weeks.",
    ],
)
def test_another_party_s_harm_foreseen_is_no_threat(ex, sentence):
    assert _threats(ex, sentence) == []


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Netanyahu warned that Israel could strike Iran's nuclear sites at any time.", "Benjamin Netanyahu"),
        ("Hezbollah warned that its fighters could strike deep inside Israel.", "Hezbollah"),
        ("The Houthis warned that US warships could be targeted if the strikes continued.", "Houthis"),
    ],
)
def test_the_speaker_s_own_side_s_harm_foreseen_stays_a_threat(ex, sentence, speaker):
    assert _threats(ex, sentence) == [[speaker]]


def test_a_war_going_on_is_no_war_held_out(ex):
    """ "the war in Gaza risked spreading": a war told by its determiner goes on; "warned of war if ..." and
    "would mean direct war" hold one out."""
    assert _threats(ex, "Egypt's foreign minister warned that the war in Gaza risked spreading to Lebanon.") == []
    assert _threats(ex, "Hezbollah warned of war if Israel did not withdraw by the deadline.") == [["Hezbollah"]]
    assert _threats(ex, "The Kremlin warned that sending troops to Ukraine would mean direct war with Russia.") == [["Russia"]]


def test_a_reply_to_words_is_no_threat(ex):
    """ "would respond to the letter": a reply to words, not to deeds; "would respond to any attack" holds harm out."""
    assert _threats(ex, "Iran's foreign minister said Tehran would respond to the letter through Oman.") == []
    assert _threats(ex, "Iran's foreign minister said Tehran would respond to any attack on its ships.") == [["Iran"]]


def test_warned_not_to_admonishes_as_against_does(ex):
    assert _threats(ex, "Iraq's prime minister warned the factions not to attack US bases.") == []
    sentence = "Hezbollah warned Israel not to stay past the deadline or face the resistance's response."
    assert _threats(ex, sentence) == [["Hezbollah"]]
