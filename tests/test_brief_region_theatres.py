"""Regions of the wars a brief follows outside the Levant, Iraq and Ukraine list their provinces by
GeoNames first-level codes: a town lies in such a region when the GeoNames place at its point lies in
one of them, and not in a region of its country made of other provinces, however near that region's
point. Self-written sentences through the real extractor and brief builder.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from reporter.brief.build import build_brief
from reporter.brief.identity import Where, _where, place_relation
from reporter.config import BriefConfig
from reporter.extract import Extractor
from reporter.models import Article, content_hash


def _rows(*told: tuple[str, str]) -> list[tuple[str | None, int]]:
    """Each row of the incident log as its place and how many sources it has (all told on one day)."""
    extractor = Extractor()
    articles, facts = [], {}
    for n, (outlet, text) in enumerate(told, 1):
        published = datetime(2025, 3, 10, 9, tzinfo=UTC)
        article = Article(
            id=f"t{n}", source_id="fixture", url=f"https://{outlet}/{n}", outlet=outlet, title=None,
            published=published, published_from="metadata", fetched=published, text=text,
            content_hash=content_hash(text),
        )  # fmt: skip
        articles.append(article)
        facts[article.id] = extractor.extract(
            text, id=article.id, published=published.date(), fetched=published
        )
    as_of = datetime(2025, 3, 11, 6, tzinfo=UTC)
    spec = BriefConfig(id="th", title="Theatres", period="all", as_of=as_of)
    brief = build_brief(spec, articles=articles, facts=facts, as_of=as_of, period_start=None, issue=1)
    return sorted((i.location, len(i.sources)) for i in brief.incidents)


#: Towns of the world list, at their GeoNames points, by country.
_TOWNS = {
    "Kandahar": ("Afghanistan", 31.61, 65.71),
    "Lashkar Gah": ("Afghanistan", 31.59, 64.37),
    "Bannu": ("Pakistan", 32.99, 70.60),
    "Miran Shah": ("Pakistan", 33.00, 70.07),
    "Quetta": ("Pakistan", 30.20, 67.01),
    "Jowhar": ("Somalia", 2.78, 45.50),
    "Marka": ("Somalia", 1.72, 44.77),
    "Kismayo": ("Somalia", -0.36, 42.55),
    "Beledweyne": ("Somalia", 4.74, 45.20),
    "Mogadishu": ("Somalia", 2.04, 45.34),
    "El Fasher": ("Sudan", 13.63, 25.35),
    "Nyala": ("Sudan", 12.05, 24.88),
    "El Obeid": ("Sudan", 13.18, 30.22),
    "Kadugli": ("Sudan", 11.01, 29.72),
    "Maiduguri": ("Nigeria", 11.85, 13.16),
    "Damaturu": ("Nigeria", 11.75, 11.96),
    "Yola": ("Nigeria", 9.21, 12.48),
    "Mekelle": ("Ethiopia", 13.50, 39.48),
    "Bahir Dar": ("Ethiopia", 11.59, 37.39),
    "Goma": ("Democratic Republic of Congo", -1.68, 29.22),
    "Bukavu": ("Democratic Republic of Congo", -2.51, 28.86),
    "Bunia": ("Democratic Republic of Congo", 1.56, 30.25),
    "Sudzha": ("Russia", 51.19, 35.27),
    "Shebekino": ("Russia", 50.41, 36.89),
    "Lashio": ("Myanmar", 22.93, 97.75),
    "Myitkyina": ("Myanmar", 25.38, 97.40),
    "Ahvaz": ("Iran", 31.32, 48.67),
    "Zahedan": ("Iran", 29.50, 60.86),
    "Bandar Abbas": ("Iran", 27.19, 56.27),
    "Bushehr": ("Iran", 28.97, 50.84),
    "Gao": ("Mali", 16.27, -0.04),
    "Kidal": ("Mali", 18.44, 1.41),
    "Hpa-An": ("Myanmar", 16.89, 97.63),
    "Mawlamyine": ("Myanmar", 16.49, 97.63),
    "Diffa": ("Niger", 13.32, 12.61),
    "Zinder": ("Niger", 13.81, 8.99),
    "Semera": ("Ethiopia", 11.79, 41.01),
    "Dessie": ("Ethiopia", 11.13, 39.63),
    "Wana": ("Pakistan", 32.30, 69.57),
    "Parachinar": ("Pakistan", 33.90, 70.10),
}


def _relation(town: str, region: str) -> str:
    country, lat, lon = _TOWNS[town]
    return place_relation(_where(town, country, lat, lon), _where(region, None, None, None))


@pytest.mark.parametrize(
    "town,region",
    [
        ("Lashkar Gah", "Helmand"),
        ("Bannu", "Khyber Pakhtunkhwa"),
        ("Miran Shah", "Khyber Pakhtunkhwa"),
        ("Quetta", "Balochistan"),
        ("Jowhar", "Middle Shabelle"),
        ("Marka", "Lower Shabelle"),
        ("Kismayo", "Jubaland"),
        ("Beledweyne", "Hiraan"),
        ("El Fasher", "North Darfur"),
        ("Nyala", "Darfur"),
        ("Kadugli", "Kordofan"),
        ("Maiduguri", "Borno"),
        ("Damaturu", "Yobe"),
        ("Yola", "Adamawa"),
        ("Mekelle", "Tigray"),
        ("Bahir Dar", "Amhara"),
        ("Goma", "North Kivu"),
        ("Bukavu", "South Kivu"),
        ("Bunia", "Ituri"),
        ("Sudzha", "Kursk region"),
        ("Shebekino", "Belgorod region"),
        ("Lashio", "Shan"),
        ("Myitkyina", "Kachin"),
        ("Ahvaz", "Khuzestan"),
        ("Zahedan", "Sistan and Baluchestan"),
        ("Kandahar", "Kandahar province"),
        ("Bandar Abbas", "Hormozgan"),
        ("Gao", "Gao region"),
        ("Hpa-An", "Karen State"),
        ("Diffa", "Diffa region"),
        ("Semera", "Afar region"),
    ],
)
def test_a_town_of_a_province_of_the_region_lies_within_it(town, region):
    assert _relation(town, region) == "within"


@pytest.mark.parametrize(
    "town,region",
    [
        ("Kandahar", "Helmand"),
        ("Quetta", "Khyber Pakhtunkhwa"),
        ("Bannu", "Balochistan"),
        ("Jowhar", "Lower Shabelle"),
        ("Mogadishu", "Lower Shabelle"),
        ("Mogadishu", "Middle Shabelle"),
        ("Beledweyne", "Middle Shabelle"),
        ("Nyala", "North Darfur"),
        ("El Obeid", "Darfur"),
        ("El Fasher", "Kordofan"),
        ("Damaturu", "Borno"),
        ("Yola", "Borno"),
        ("Bahir Dar", "Tigray"),
        ("Goma", "South Kivu"),
        ("Bunia", "North Kivu"),
        ("Sudzha", "Belgorod region"),
        ("Shebekino", "Kursk region"),
        ("Lashkar Gah", "Kandahar province"),
        ("Bushehr", "Hormozgan"),
        ("Kidal", "Gao region"),
        ("Mawlamyine", "Kayin State"),
        ("Zinder", "Diffa region"),
        ("Dessie", "Afar region"),
    ],
)
def test_a_town_of_another_province_lies_outside_the_region(town, region):
    """Near-miss controls: a neighbouring province's town, most of them nearer the region's point than
    its own far towns."""
    assert _relation(town, region) == "different"


def test_a_kandahar_bombing_stays_apart_from_the_day_s_bombing_in_helmand():
    rows = _rows(
        ("west.example", "A suicide bomber struck a market in Kandahar on Sunday, killing six people, "
         "Afghan officials said."),
        ("east.example", "A suicide bomber struck a market in Helmand province on Sunday, killing six people, "
         "Afghan officials said."),
    )  # fmt: skip
    assert rows == [("Helmand province", 1), ("Kandahar", 1)]


def test_a_jowhar_raid_joins_middle_shabelle_and_not_lower_shabelle():
    rows = _rows(
        ("west.example", "Al-Shabaab fighters attacked a military base in Jowhar on Sunday, killing five Somali "
         "soldiers, officials said."),
        ("north.example", "Al-Shabaab fighters attacked a military base in Lower Shabelle on Sunday, killing five "
         "Somali soldiers, officials said."),
        ("east.example", "Al-Shabaab fighters attacked a military base in Middle Shabelle on Sunday, killing five "
         "Somali soldiers, officials said."),
    )  # fmt: skip
    assert ("Lower Shabelle", 1) in rows and sorted(n for _, n in rows) == [1, 2]


def test_a_bannu_checkpoint_attack_joins_the_day_s_attack_in_khyber_pakhtunkhwa():
    rows = _rows(
        ("west.example", "Militants attacked a police checkpoint in Quetta on Sunday, killing four officers, "
         "Pakistani police said."),
        ("north.example", "Militants attacked a police checkpoint in Khyber Pakhtunkhwa on Sunday, killing four "
         "officers, Pakistani police said."),
        ("east.example", "Militants attacked a police checkpoint in Bannu on Sunday, killing four officers, "
         "Pakistani police said."),
    )  # fmt: skip
    assert ("Quetta", 1) in rows and sorted(n for _, n in rows) == [1, 2]


def _regions(a: str, b: str) -> str:
    return place_relation(_where(a, None, None, None), _where(b, None, None, None))


@pytest.mark.parametrize(
    "inner,outer",
    [
        ("Borno", "north-east Nigeria"),
        ("Adamawa state", "northeastern Nigeria"),
        ("Zamfara", "north-west Nigeria"),
        ("northern Darfur", "Darfur"),
        ("South Kordofan", "Kordofan"),
        ("Saada", "northern Yemen"),
        ("Abyan", "southern Yemen"),
        ("Lower Shabelle", "southern Somalia"),
        ("Hiraan", "central Somalia"),
    ],
)
def test_a_province_lies_within_the_wider_region_made_of_it(inner, outer):
    assert _regions(inner, outer) == "within"
    assert _regions(outer, inner) == "within"


@pytest.mark.parametrize(
    "inner,outer",
    [
        ("Zamfara", "north-east Nigeria"),
        ("Borno", "north-west Nigeria"),
        ("South Darfur", "northern Darfur"),
        ("West Kordofan", "South Kordofan"),
        ("Abyan", "northern Yemen"),
        ("Saada", "southern Yemen"),
        ("Hiraan", "southern Somalia"),
    ],
)
def test_a_province_outside_the_wider_region_is_not_within_it(inner, outer):
    assert _regions(inner, outer) != "within"


def test_fighting_in_north_west_nigeria_joins_zamfara_and_not_borno():
    rows = _rows(
        ("west.example", "Jihadists attacked an army base in Borno state on Sunday, killing eight soldiers, "
         "military sources said."),
        ("north.example", "Gunmen attacked an army base in Zamfara state on Sunday, killing eight soldiers, "
         "military sources said."),
        ("east.example", "Gunmen attacked an army base in north-west Nigeria on Sunday, killing eight soldiers, "
         "military sources said."),
    )  # fmt: skip
    assert ("Borno state", 1) in rows and sorted(n for _, n in rows) == [1, 2]


def test_a_strike_in_northern_yemen_stays_apart_from_the_day_s_strike_in_aden():
    rows = _rows(
        ("west.example", "A drone strike hit a military camp in Aden on Sunday, killing three soldiers, "
         "officials said."),
        ("east.example", "A drone strike hit a military camp in northern Yemen on Sunday, killing three soldiers, "
         "officials said."),
    )  # fmt: skip
    assert rows == [("Aden", 1), ("northern Yemen", 1)]


def test_a_strike_in_northern_yemen_joins_the_day_s_strike_in_saada():
    rows = _rows(
        ("west.example", "A US air strike hit a Houthi position in Saada province on Sunday, killing three "
         "fighters, residents said."),
        ("east.example", "A US air strike hit a Houthi position in northern Yemen on Sunday, killing three "
         "fighters, residents said."),
    )  # fmt: skip
    assert len(rows) == 1 and rows[0][1] == 2


@pytest.mark.parametrize(
    "sentence,place",
    [
        (
            "Jihadists stormed a military base in north-east Nigeria on Sunday, killing eight soldiers.",
            "north-east Nigeria",
        ),
        (
            "Houthi forces shelled a village in northern Yemen on Sunday, killing three people.",
            "northern Yemen",
        ),
        (
            "Al-Shabaab fighters attacked a base in southern Somalia on Sunday, killing five soldiers.",
            "southern Somalia",
        ),
    ],
)
def test_a_region_a_country_s_part_names_is_the_incident_s_place(sentence, place):
    facts = Extractor().extract(sentence, id="p", published=datetime(2025, 3, 10).date(), fetched=None)
    assert [i.location for i in facts.incidents] == [place]


def test_a_country_s_north_told_as_a_direction_alone_stays_the_country():
    """Near-miss control: "the north of Nigeria" names no zone."""
    facts = Extractor().extract(
        "Jihadists stormed a military base in the north of Nigeria on Sunday, killing eight soldiers.",
        id="p", published=datetime(2025, 3, 10).date(), fetched=None,
    )  # fmt: skip
    assert [i.location for i in facts.incidents] == ["Nigeria"]


def _place(name: str) -> Where:
    if name in _TOWNS:
        country, lat, lon = _TOWNS[name]
        return _where(name, country, lat, lon)
    return _where(name, None, None, None)


@pytest.mark.parametrize(
    "inner,outer",
    [
        ("Miran Shah", "North Waziristan"),
        ("Mir Ali", "North Waziristan"),
        ("Wana", "South Waziristan"),
        ("Parachinar", "Kurram"),
        ("Torkham", "Khyber district"),
        ("Tirah valley", "Khyber district"),
        ("Tirah valley", "Khyber Pakhtunkhwa"),
        ("North Waziristan", "Khyber Pakhtunkhwa"),
    ],
)
def test_a_tribal_district_holds_the_towns_it_lists_and_lies_in_its_province(inner, outer):
    assert place_relation(_place(inner), _place(outer)) == "within"
    assert place_relation(_place(outer), _place(inner)) == "within"


@pytest.mark.parametrize(
    "inner,outer",
    [
        ("Bannu", "North Waziristan"),
        ("Wana", "North Waziristan"),
        ("Miran Shah", "South Waziristan"),
        ("Peshawar", "Khyber district"),
        ("Tirah valley", "Balochistan"),
        ("Tirah valley", "Kurram"),
    ],
)
def test_a_town_a_tribal_district_does_not_list_lies_outside_it(inner, outer):
    """Near-miss controls: Bannu and Wana lie within a district's reach of North Waziristan's point."""
    assert place_relation(_place(inner), _place(outer)) != "within"


def test_a_raid_near_wana_stays_apart_from_the_day_s_raid_in_north_waziristan():
    rows = _rows(
        ("west.example", "Pakistani troops raided a militant hideout near Wana on Sunday, killing four "
         "militants, the army said."),
        ("east.example", "Pakistani troops raided a militant hideout in North Waziristan on Sunday, killing four "
         "militants, the army said."),
    )  # fmt: skip
    assert sorted(n for _, n in rows) == [1, 1]


def test_a_raid_near_miran_shah_joins_the_day_s_raid_in_north_waziristan():
    rows = _rows(
        ("west.example", "Pakistani troops raided a militant hideout near Miran Shah on Sunday, killing four "
         "militants, the army said."),
        ("east.example", "Pakistani troops raided a militant hideout in North Waziristan on Sunday, killing four "
         "militants, the army said."),
    )  # fmt: skip
    assert sorted(n for _, n in rows) == [2]
