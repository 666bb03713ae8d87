"""An event noun in a means phrase after the clause's own verb ("destroyed X in strikes", "killed two in a
raid") renames that verb's deed: the verb's subject, or the speaker "it"/"its forces" stands for, did it.
Not when the verb is passive or its subject is no party."""

from datetime import date

import pytest


def _actors(ex, text):
    return [(i.type, i.actors) for i in ex.extract(text, id="x", published=date(2025, 3, 3)).incidents]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("US forces destroyed two coastal radar stations outside the port of Salif in strikes early on Saturday.",
         "United States"),
        ("US Central Command said it had destroyed two coastal radar stations outside the port of Salif in strikes"
         " early on Saturday.", "United States"),
        ("The Pentagon said its forces had destroyed two coastal radar stations outside the port of Salif in a series"
         " of strikes early on Saturday.", "United States"),
        ("Israeli troops killed two gunmen near the town of Tubas in the northern West Bank during a raid on"
         " Friday.", "Israel"),
        ("Kyiv said Russian forces had hit a substation and a depot outside Sumy in a large attack overnight.",
         "Russia"),
    ],
)
def test_means_phrase_takes_the_verbs_subject(ex, text, actor):
    found = _actors(ex, text)
    assert found and all(actor in actors for _, actors in found)


@pytest.mark.parametrize(
    "text",
    [
        # control: passive, no doer named
        "Two coastal radar stations were destroyed in strikes outside the port of Salif early on Saturday.",
        # control: the speaker tells of its own losses, not its own deed
        "Hezbollah said three of its fighters were killed in strikes on the village of Aita al-Shaab on Sunday.",
    ],
)
def test_no_doer_stays_unread(ex, text):
    assert all(actors == () for _, actors in _actors(ex, text))


def test_weather_tells_no_doer(ex):
    found = _actors(ex, "Storms destroyed four radar sites outside the port of Salif early on Saturday.")
    assert all(actors == () for _, actors in found)
