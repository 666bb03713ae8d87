"""Places told across sentences: where an event told in a country or by a reference point happened, when
a later sentence, or the story as a whole, names the spot (GUIDE: the most specific place named for the
event itself). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _places(ex: Extractor, text: str) -> list[tuple[str | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2024, 3, 10))
    return [(i.location, i.country) for i in facts.incidents]


def test_where_it_took_place_told_sentences_later_is_the_scene(ex):
    text = (
        "Militants attacked an army base in Somalia on Friday, killing six soldiers, officials said.\n\n"
        '"We lost brave men," a colonel said. The raid was the second this week. Residents fled.\n\n'
        "It took place in the Bay region, on the outskirts of the town of Dinsoor."
    )
    assert _places(ex, text) == [("Dinsoor", "Somalia")]


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        (
            "Gunmen attacked a police checkpoint 25 km west of Kirkuk on Friday, killing two officers.\n\n"
            "The gunmen attacked the checkpoint in Hawija before escaping, a police source said.",
            "Hawija",
        ),
        (
            "Militants ambushed an army patrol 40 km north of Baghdad on Thursday.\n\n"
            "The militants ambushed the patrol near Tarmiyah, officials said.",
            "Tarmiyah",
        ),
    ],
)
def test_a_spot_told_after_a_reference_point_is_the_scene(ex, text, scene):
    """'a checkpoint 25 km west of X' places the attack by X only until the spot is named: one event, there."""
    assert _places(ex, text) == [(scene, "Iraq")]


def test_a_country_told_event_takes_the_one_spot_the_story_names_in_it(ex):
    text = (
        "Pakistan launched air strikes on Iran on Friday, killing seven people, officials said.\n\n"
        "Iran summoned Pakistan's envoy. The foreign ministry called the raids unacceptable. Diplomats urged calm.\n\n"
        "Jets were heard over Saravan before dawn, residents said."
    )
    assert _places(ex, text) == [("Saravan", "Iran")]
