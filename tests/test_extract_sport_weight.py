"""A match report borrows war words (an assault on the goal, a clash with a defender, a side bombarded
with crosses); its final score and the words only sport uses (referee, equaliser, substitute) weigh
against them, so it tells no event, while a story of fighting that names a stadium or a team keeps its
events."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2025, 3, 9)


def _types(ex: Extractor, text: str) -> list[str]:
    return [i.type for i in ex.extract(text, id="x", published=PUB).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Erbil SC storm to the top of the table\n"
        "ERBIL — Erbil SC mounted a furious assault on the Naft Maysan goal on Saturday, and a substitute struck "
        "twice late on to seal a 2-0 win at the Franso Hariri ground. The visitors were bombarded with crosses "
        "after the break, and their keeper was hurt in a clash with a forward.",
        "Duhok edge Karbala in a derby of attacks\n"
        "DUHOK — Duhok beat Karbala 3-2 on Saturday after the referee waved away a late equaliser. Karbala "
        "launched wave after wave of attacks in the second half and a winger fired a shot against the bar.",
    ],
)
def test_a_match_report_in_war_words_tells_no_event(ex, text):
    assert _types(ex, text) == []


def test_an_attack_on_fans_at_a_match_still_extracts(ex):
    """Near miss: a bombing at a ground, told with its score, is fighting news and keeps its event."""
    text = (
        "Bomb kills fans at football match in Mogadishu\n"
        "MOGADISHU — A bomb exploded among fans at a football match in Mogadishu on Saturday, killing four people, "
        "police said. Al-Shabaab militants claimed the attack. The home side had been leading 1-0 when the blast hit."
    )
    assert _types(ex, text) == ["explosion"]


def test_a_day_range_is_no_score(ex):
    """ "On the night of March 7-8" is a night, not a score: a raid told so keeps its event."""
    text = (
        "KHARTOUM — Gunmen attacked a police post in Omdurman on the night of March 7-8, killing three officers, "
        "police said. Soldiers later clashed with the attackers near the market."
    )
    assert "armed_clash" in _types(ex, text)
