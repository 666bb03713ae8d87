"""Incident false hits found on self-written stories in styles real outlets print beside event reports
(reports called untrue, drills firing at practice targets, a gerund weighed in an opinion piece, a cricket
report's war words), each beside a near miss told as the day's news that must still extract."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2025, 6, 20)
#: A sentence with no event of its own, so the article is about conflict and the next one is read alone.
LEAD = "Security forces across the region remain on high alert against militants. "


def _types(ex: Extractor, text: str) -> list[str]:
    return [i.type for i in ex.extract(text, id="x", published=PUB).incidents]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said on Thursday that reports of a drone attack on the airport in Erbil were false.",
        "The police said rumours that rockets had hit the market in Sderot turned out to be untrue.",
        "The army dismissed as baseless claims by the militants that they had overrun a base in Lower Shabelle on Wednesday.",
        "The ministry rejected reports that its artillery had shelled the hospital in El Fasher on Wednesday.",
    ],
)
def test_reports_of_an_event_called_untrue_tell_no_event(ex, sentence):
    """A report, claim or rumour of an event that the sentence calls false or dismisses is a denial: the event
    is not told as one that happened."""
    assert _types(ex, LEAD + sentence) == []


@pytest.mark.parametrize(
    "sentence, typ",
    [
        ("Officials on Thursday confirmed reports of a drone attack on the airport in Erbil, saying two drones struck a hangar.", "drone_attack"),
        (
            "The army rejected as baseless claims that its soldiers had fled, after militants attacked a base in Lower Shabelle on Wednesday.",
            "armed_clash",
        ),
    ],
)
def test_a_report_confirmed_or_an_event_told_after_a_denial_still_extracts(ex, sentence, typ):
    """Reports confirmed are the event; a clause of its own after the denial ("..., after militants attacked")
    tells what did happen."""
    assert _types(ex, LEAD + sentence) == [typ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The navy held a live-fire drill in the Arabian Sea on Thursday, where warships shot down a target drone.",
        "The drills simulated an assault on enemy warships, and drones struck floating targets in the Gulf on Thursday.",
        "Gunners hit dummy targets off the coast of Odisha on Thursday.",
    ],
)
def test_fire_at_practice_targets_is_a_drill(ex, sentence):
    """What a drill fires at ("a target drone", "floating targets", "dummy targets") marks the clause as part
    of the drill, though the drill is named in another clause or not at all."""
    assert _types(ex, LEAD + sentence) == []


def test_real_fire_at_aerial_targets_still_extracts(ex):
    """"Aerial targets" are what air defences call real drones and missiles: an interception."""
    text = LEAD + "Ukrainian air defences shot down 20 aerial targets over the Kyiv region overnight, the air force said."
    assert _types(ex, text) == ["interception"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bombing Iran would not end its programme, the columnist argues.",
        "Striking the nuclear sites could start a regional war, analysts warn.",
    ],
)
def test_a_gerund_with_its_object_before_a_modal_is_weighed_not_done(ex, sentence):
    """An event told as a gerund with its object, then a modal ("bombing Iran would"), is a harm weighed, as
    "a strike on the dam could" is."""
    assert _types(ex, LEAD + sentence) == []


def test_a_gerund_told_done_still_extracts(ex):
    """"Shelling killed four people in Kherson": the gerund is the event's subject with a past verb."""
    assert _types(ex, LEAD + "Shelling killed four people in Kherson on Thursday, the governor said.") == ["shelling"]


def test_a_cricket_report_in_war_words_tells_no_event(ex):
    """Cricket's words (bowlers, batting, innings) count as sport against the war words it borrows."""
    text = (
        "Pakistan crush India in Lahore thriller\n"
        "Pakistan's fast bowlers launched an all-out assault on India's batting on Thursday, and the opener "
        "destroyed the attack in the first innings. India's captain said his side had been shot down by a "
        "brilliant spell. The batsmen were attacked by a flurry of bouncers."
    )
    assert _types(ex, text) == []


def test_gunmen_attacking_a_cricket_team_still_extract(ex):
    """An attack on a team's bus is the day's news though the story names its bowlers and batsmen."""
    text = (
        "Gunmen attack cricket team bus in Lahore\n"
        "Gunmen attacked a bus carrying the visiting cricket team in Lahore on Thursday, killing six police "
        "officers, officials said. Two players were wounded. The bowlers and batsmen were flown home on Friday."
    )
    assert _types(ex, text) == ["armed_clash"]


def test_an_earlier_report_refuted_beside_it_tells_no_event(ex):
    """ "Channels had said two drones hit the airport", beside "reports of a drone attack ... were false": a
    rumour retold and refuted, no event."""
    text = (
        "Reports of drone attack on Erbil airport false, officials say\n"
        "Officials said on Thursday that reports of a drone attack on Erbil airport were false. "
        "Earlier, several channels had said two drones hit the airport."
    )
    assert _types(ex, text) == []


def test_an_earlier_report_beside_a_denial_by_the_accused_still_extracts(ex):
    """A claim the accused party rejects is contested, not refuted: "activists had said the hospital was hit"
    stays an event when the party blamed calls the reports fabricated."""
    text = (
        "The paramilitary group on Thursday rejected reports that its fighters had shelled the hospital in "
        "El Fasher, calling them fabricated. Activists had said the hospital was hit by artillery on Wednesday."
    )
    assert _types(ex, LEAD + text) == ["shelling"]


def _threats(ex: Extractor, text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(i.date, i.actors) for i in ex.extract(text, id="x", published=PUB).incidents if i.type == "threat_statement"]


def test_a_headline_threat_is_the_ledes_statement_told_a_day_before_publication(ex):
    """A headline's threat has no day but the page's; the lede's "warned on Thursday", told the day before
    publication, is the same statement, one threat on the lede's day."""
    text = (
        "Iran warns it will strike Israel if attacked\n"
        "Tehran, June 19 (Wire) - Iran's foreign minister warned on Thursday that Tehran would strike Israel if it "
        "attacked Iranian nuclear sites."
    )
    assert _threats(ex, text) == [("2025-06-19", ("Iran",))]


def test_a_headline_threat_and_another_speakers_threat_stay_two(ex):
    """Another party's threat told after the headline's is a statement of its own."""
    text = (
        "Hezbollah threatens Cyprus over airbases\n"
        "Beirut, June 19 (Wire) - Hezbollah's leader said on Thursday the group would target Cyprus if it let Israel "
        "use its airports. Separately, Iran's army chief warned on Thursday that Iran would hit US bases if "
        "Washington joined the war."
    )
    assert _threats(ex, text) == [("2025-06-19", ("Hezbollah",)), ("2025-06-19", ("Iran",))]
