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
