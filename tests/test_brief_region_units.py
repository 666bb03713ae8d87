"""A town lies in a region by the provinces the region is made of, where the gazetteer lists them.

South Lebanon is the South and Nabatieh governorates, the Kurdistan Region the Erbil, Duhok,
Sulaymaniyah and Halabja governorates: a town of one of them lies in the region however far it is
from the region's point, and a town of another province does not, however near. Self-written
multi-outlet articles through the real extractor and brief builder.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from reporter.brief.build import build_brief
from reporter.brief.identity import _where, place_relation
from reporter.config import BriefConfig
from reporter.extract import Extractor
from reporter.extract.lexicon_schema import problems
from reporter.models import Article, content_hash


def _rows(*told: tuple[str, str, str]) -> list[tuple[str | None, int]]:
    """Each row of the incident log as its place and how many sources it has."""
    extractor = Extractor()
    articles, facts = [], {}
    for n, (outlet, day, text) in enumerate(told, 1):
        published = datetime.fromisoformat(day).replace(hour=9, tzinfo=UTC)
        article = Article(
            id=f"r{n}", source_id="fixture", url=f"https://{outlet}/{n}", outlet=outlet, title=None,
            published=published, published_from="metadata", fetched=published, text=text,
            content_hash=content_hash(text),
        )  # fmt: skip
        articles.append(article)
        facts[article.id] = extractor.extract(text, id=article.id, published=published.date(), fetched=published)
    as_of = datetime(2025, 3, 10, 6, tzinfo=UTC)
    spec = BriefConfig(id="rg", title="Regions", period="all", as_of=as_of)
    brief = build_brief(spec, articles=articles, facts=facts, as_of=as_of, period_start=None, issue=1)
    return sorted((i.location, len(i.sources)) for i in brief.incidents)


def _relation(a: str, b: str) -> str:
    return place_relation(_where(a, None, None, None), _where(b, None, None, None))


def test_undated_strikes_on_beirut_stay_apart_from_strikes_in_southern_lebanon():
    """Beirut lies within the reach of South Lebanon's point, but in neither of its governorates."""
    rows = _rows(
        ("west.example", "2025-03-04", "Israeli strikes on Beirut damaged several buildings, residents said. "
         "The Israeli military said it struck militant sites."),
        ("east.example", "2025-03-04", "Israeli air strikes hit southern Lebanon on Tuesday, killing three people, "
         "the health ministry said. The strikes came amid a fragile truce."),
    )  # fmt: skip
    assert rows == [("Beirut", 1), ("southern Lebanon", 1)]


def test_a_drone_near_zakho_lies_in_the_kurdistan_region():
    """Zakho (Duhok governorate) lies further from the region's point than its reach."""
    rows = _rows(
        ("west.example", "2025-03-04", "A Turkish drone strike hit a vehicle in Iraq's Kurdistan Region on Tuesday, "
         "killing two fighters, local officials said."),
        ("east.example", "2025-03-05", "A Turkish drone struck a car near Zakho on Tuesday, local officials said. "
         "The strike killed two fighters of the PKK."),
    )  # fmt: skip
    assert rows == [("Zakho", 2)]  # one row, named by the narrower of its places


def test_a_drone_near_halabja_lies_in_the_kurdistan_region():
    rows = _rows(
        ("west.example", "2025-03-04", "A drone attack hit Iraq's Kurdistan Region on Tuesday, security officials "
         "said. No one was hurt in the attack."),
        ("east.example", "2025-03-05", "A drone attack on Tuesday hit near Halabja, security officials said, "
         "causing no casualties."),
    )  # fmt: skip
    assert rows == [("Halabja", 2)]


@pytest.mark.parametrize(
    "town,region",
    [
        ("Duhok", "Kurdistan Region"),
        ("Erbil", "Kurdistan region"),
        ("Zakho", "Iraqi Kurdistan"),
        ("Sulaymaniyah", "Kurdistan"),
        ("Erbil air base", "Kurdistan Region"),
        ("Nabatieh", "southern Lebanon"),
        ("Tyre", "southern Lebanon"),
        ("Sidon", "South Lebanon"),
        ("Baalbek", "Bekaa Valley"),
        ("Mariupol", "Donetsk region"),
        ("Pokrovsk", "Donbas"),
        ("Sevastopol", "Crimea"),
        ("Tikrit", "Salahuddin"),
        ("Fallujah", "Anbar"),
    ],
)
def test_a_town_of_a_province_of_the_region_lies_within_it(town, region):
    assert _relation(town, region) == "within"
    assert _relation(region, town) == "within"


@pytest.mark.parametrize(
    "town,region",
    [
        ("Beirut", "southern Lebanon"),
        ("Beirut", "Bekaa Valley"),
        ("Mosul", "Kurdistan Region"),
        ("Kirkuk", "Kurdistan Region"),
        ("Kirkuk", "Salahuddin"),
        ("Aleppo", "Idlib"),
        ("Dnipro", "Zaporizhzhia region"),
        ("Kharkiv", "Donetsk region"),
    ],
)
def test_a_town_of_another_province_lies_outside_the_region(town, region):
    """Near-miss controls: a town near the region's point, or near its edge, of a province it is not made of."""
    assert _relation(town, region) == "different"


def test_a_nabatieh_strike_joins_the_day_s_strike_in_southern_lebanon():
    rows = _rows(
        ("west.example", "2025-03-04", "An Israeli air strike hit a house in Nabatieh on Tuesday, killing two "
         "people, the health ministry said."),
        ("east.example", "2025-03-04", "An Israeli air strike in southern Lebanon on Tuesday killed two people, "
         "the health ministry said."),
    )  # fmt: skip
    assert len(rows) == 1 and rows[0][1] == 2


def test_a_region_lists_its_provinces_by_their_codes():
    good = {"places": [{"name": "Somewhere", "kind": "region", "provinces": {"North": "03"}}]}
    bad = {"places": [{"name": "Somewhere", "kind": "region", "provinces": ["North"]}]}
    assert problems(good) == []
    assert [key for key, _ in problems(bad)] == [("places", 0, "provinces")]
