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


def test_a_country_told_event_keeps_its_country_though_the_story_names_one_town_there(ex):
    """'strikes on Iranian territory' are country-wide: a capital named as a government elsewhere
    ('ties with Tehran') is no spot of theirs, and a closure of a country's airspace is not at the one
    town another event of the story happened in (both were moved to that town, and the closure lost)."""
    text = (
        "Israel launched air strikes on Iranian territory on Friday, officials said.\n\n"
        "Baghdad has long balanced its ties with Tehran against its partnership with Washington."
    )
    assert _places(ex, text) == [("Iran", "Iran")]
    text = (
        "Debris from a missile fell near the town of Hit in Iraq on Tuesday night, causing no casualties.\n\n"
        "Iraq's aviation authority has kept the country's airspace closed since the war began."
    )
    assert ("Iraq", "Iraq") in _places(ex, text)
