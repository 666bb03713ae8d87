"""Frames that speak of attacks, strikes or shelling but tell no new incident (GUIDE): a trend of a class
of events, a harm weighed under a modal, a deed readied, warned off or forbidden, a class of events judged,
weapons named by the deeds they serve. Each beside a control that tells a real event and must stay found."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2025, 3, 12)
#: A real event first, so the article is about conflict and the frame is read as the rest of a story.
LEAD = "Rockets hit a base near Tikrit on Monday, officials said. "


def _extra(ex: Extractor, sentence: str) -> list[tuple[str, str | None, str | None]]:
    """The incidents the sentence adds to the lead's one."""
    got = ex.extract(LEAD + sentence, id="x", published=PUB).incidents
    return [(i.type, i.date, i.location) for i in got if i.location != "Tikrit"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Drone attacks on tankers in the Arabian Sea doubled in 2024, according to a monitoring group.",
        "Raids by the militia on outposts in Homs province rose sharply in January, the report found.",
        "The number of drone strikes in Marib has fallen by half since the truce.",
        "Clashes between rival herders in Jonglei state surged in 2024, the mission said.",
    ],
)
def test_a_trend_of_a_class_of_events_is_no_event(ex, sentence):
    """A verb of change with attacks or strikes as its subject ("doubled", "rose sharply"), or "the number
    of strikes": a statistic over a period, not one event."""
    assert _extra(ex, sentence) == []


def test_one_days_strikes_that_grew_stay_an_event(ex):
    """The same verb with a day in the clause tells that day's strikes."""
    text = "Israeli strikes on the suburbs of Sidon rose in intensity on Tuesday night, residents said."
    assert [t for t, _, _ in _extra(ex, text)] == ["air_strike"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A missile attack on the dam at Haditha could flood the valley, engineers warned.",
        "Strikes on the port of Salif would deepen the hunger crisis, aid groups said.",
        "An Israeli strike on the refinery in Abadan might send prices soaring.",
    ],
)
def test_an_indefinite_event_under_a_modal_is_weighed_not_told(ex, sentence):
    """An event noun with no determiner or "a"/"an", its target after it, then would/could/might: a harm
    weighed, not one that happened."""
    assert _extra(ex, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A rocket attack on the airport in Basra on Sunday could be linked to the militias, officials said.",
        "The strike on the clinic in Jabalia could have killed dozens more, doctors said.",
    ],
)
def test_a_told_event_under_a_modal_stays_an_event(ex, sentence):
    """A day between the noun and its modal, a definite article, or "could have": the event happened."""
    assert len(_extra(ex, sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia is preparing a major missile strike on Lviv, Ukrainian intelligence said.",
        "The Pentagon warned Tehran against attacking American forces in Deir ez-Zor.",
        "The ceasefire bars air strikes in the Khan Younis area for 60 days.",
        "A new drone attack on the port of Mykolaiv is only a matter of time, the governor said.",
    ],
)
def test_a_deed_readied_warned_off_forbidden_or_awaited_is_no_event(ex, sentence):
    assert _extra(ex, sentence) == []


def test_a_class_of_events_judged_is_no_event(ex):
    """ "Shelling of homes in X is illegal": the kind of deed judged, with no determiner; "the shelling of
    the market ... is a war crime" judges one that happened."""
    assert _extra(ex, "Shelling of homes in Kupiansk is illegal, the rights group said.") == []
    told = _extra(ex, "The shelling of the market in Kupiansk is a war crime, the prosecutor said on Tuesday.")
    assert [t for t, _, _ in told] == ["shelling"]


def test_weapons_named_by_the_deeds_they_serve_tell_no_event(ex):
    """ "drones used in attacks on Ukraine": the weapons' kind of use, not an attack."""
    text = "The sanctions target companies that supply drones used in attacks on Ukraine."
    assert _extra(ex, text) == []
