"""One attack at a garrison on a border, which one outlet puts in one country (the al-Tanf garrison, over the
border in Syria) and another in the country beyond, close to that border: one row, its country a
disagreement beside its sources. Self-written articles; near-miss controls stay apart."""

from __future__ import annotations

from datetime import UTC, date, datetime

from reporter.brief.build import build_brief
from reporter.brief.merge import group_incidents
from reporter.config import BriefConfig
from reporter.extract import Extractor
from reporter.models import Article, content_hash
from tests.conftest import incident_reports

_WIRE = (
    "Two soldiers died and some 20 were wounded when a drone struck an outpost in the east of Jordan, close to the "
    "border with Syria, the army said on Sunday.",
    date(2024, 3, 11),
)
_REGIONAL = (
    "A ministry spokesman said the drone struck the al-Tanf garrison, over the border in Syria, on Sunday.",
    date(2024, 3, 11),
)
def _reports(articles):
    return incident_reports(articles)


def _rows(articles) -> list[list[tuple[int, str, str | None]]]:
    groups = group_incidents(_reports(articles))
    return sorted(sorted((r.source, r.fact.type, r.fact.country) for r in g) for g in groups)


def test_a_base_on_the_border_and_the_country_beyond_are_one_row():
    rows = _rows([_WIRE, _REGIONAL])
    assert rows == [[(1, "drone_attack", "Jordan"), (2, "drone_attack", "Syria")]], rows


def test_the_row_shows_the_two_countries_as_a_disagreement():
    articles = [_WIRE, _REGIONAL]
    extractor = Extractor()
    arts, facts = [], {}
    for n, (text, day) in enumerate(articles, 1):
        when = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
        a = Article(id=f"a{n}", source_id="s", url=f"https://o{n}.example/{n}", outlet=f"o{n}.example", title=None,
                    published=when, published_from="metadata", fetched=when, text=text, content_hash=content_hash(text))
        arts.append(a)
        facts[a.id] = extractor.extract(text, id=a.id, published=day)
    as_of = datetime(2024, 3, 20, tzinfo=UTC)
    brief = build_brief(BriefConfig(id="p", title="p", period="all", as_of=as_of), articles=arts, facts=facts,
                        as_of=as_of, period_start=None, issue=1)
    [row] = [i for i in brief.incidents if i.type == "drone_attack"]
    told = row.disagreement("country")
    assert told is not None and sorted(c.value for c in told.claims) == ["Jordan", "Syria"]


def test_a_base_on_the_border_and_a_toll_of_its_own_beyond_stay_two_rows():
    """Near miss: the other country's attack that day with a toll of its own is another attack."""
    other = (
        "Five soldiers died when a drone struck an outpost in the east of Jordan, close to the border with Syria, on Sunday.",
        date(2024, 3, 11),
    )
    regional = (
        "A ministry spokesman said a drone killed two guards at the al-Tanf garrison, over the border in Syria, on Sunday.",
        date(2024, 3, 11),
    )
    rows = _rows([other, regional])
    assert len([r for r in rows if any(t == "drone_attack" for _, t, _ in r)]) == 2, rows


def test_a_base_on_the_border_and_a_country_told_of_another_border_stay_two_rows():
    """Near miss: an attack in the country beyond by another border (Jordan's with Iraq) ties nothing."""
    other = (
        "A drone struck an outpost in the east of Jordan, close to the border with Iraq, on Sunday, the army said.",
        date(2024, 3, 11),
    )
    rows = _rows([other, _REGIONAL])
    assert len([r for r in rows if any(t == "drone_attack" for _, t, _ in r)]) == 2, rows


def test_a_report_told_only_of_the_country_beyond_joins_the_row_through_its_twin():
    """A third outlet tells the attack only in Jordan, with no border: it ties to the report close to the border,
    and the garrison on the border's other side does not part it from that row."""
    third = ("Two soldiers died in a drone strike in Jordan on Sunday, officials said.", date(2024, 3, 12))
    rows = _rows([_WIRE, _REGIONAL, third])
    assert rows == [[(1, "drone_attack", "Jordan"), (2, "drone_attack", "Syria"), (3, "drone_attack", "Jordan")]], rows
