"""A site named by its owner ("a US post", "an American outpost") lies where the text places it, not in
the owner's land; and a gazetteer name told as in a country ("near Qasr in Ruritania") takes that
country, not the one of a namesake village the world list knows."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _places(ex: Extractor, text: str) -> list[tuple[str | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 3, 10))
    return [(i.location, i.country) for i in facts.incidents]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the owner of a post or outpost is no scene: the country named after it is
        ("A drone struck a US post in Jordan on Sunday, wounding three soldiers.", [("Jordan", "Jordan")]),
        ("Rockets landed near an American outpost in Syria on Thursday, causing no damage.", [("Syria", "Syria")]),
        ("A drone hit a US garrison in Iraq on Friday, wounding two soldiers.", [("Iraq", "Iraq")]),
        # controls: a post with no owner, and a nation's own post at home, keep their readings
        ("A drone struck a post in Jordan on Sunday, wounding three soldiers.", [("Jordan", "Jordan")]),
        ("Militants attacked a Kenyan army post near Mandera on Wednesday, killing two soldiers.", [("Mandera", "Kenya")]),
    ],
)
def test_owned_site_is_placed_where_told(ex: Extractor, text: str, expected: list) -> None:
    assert _places(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a village the world list knows in one country only, told as in another: the text's country wins
        # (a dateline in that country, which weighs for the text's country and still lost to the world list)
        ("DAMASCUS (Wirenews) - A drone attacked a position near Omar in Syria on Friday.", [("Omar", "Syria")]),
        ("DAMASCUS (Wirenews) - A drone attacked the US base at the Omar oilfield in Syria on Friday.", [("Omar oilfield", "Syria")]),
        # a name of villages in two countries, told apart by the country after it, not by the dateline's
        ("AMMAN (Wirenews) - Gunmen ambushed a patrol near Busayrah in Syria on Tuesday, killing four soldiers.", [("Busayrah", "Syria")]),
        ("DAMASCUS (Wirenews) - Gunmen ambushed a patrol near Busayrah in Jordan on Tuesday, killing four soldiers.", [("Busayrah", "Jordan")]),
        # controls: the same country as the gazetteer's keeps it; no country told keeps the world list's
        ("Gunmen ambushed a patrol near Tartus in Syria on Tuesday, killing four soldiers.", [("Tartus", "Syria")]),
        ("A drone attacked a position near Omar on Friday, the army said.", [("Omar", "Israel")]),
    ],
)
def test_country_told_after_a_name_wins(ex: Extractor, text: str, expected: list) -> None:
    assert _places(ex, text) == expected
