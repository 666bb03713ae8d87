"""A row's place is the narrowest of the geocoded places its reports give: the base one outlet names,
not the province another put the same event in."""

from __future__ import annotations

from datetime import UTC, datetime

from reporter.brief.build import build_brief
from reporter.config import BriefConfig
from reporter.models import Article, content_hash


def _rows(ex, *told: tuple[str, str]):
    articles, facts = [], {}
    for n, (day, text) in enumerate(told, 1):
        published = datetime.fromisoformat(day).replace(tzinfo=UTC)
        article = Article(
            id=f"p{n}", source_id="fixture", url=None, outlet=f"Desk {n}", title=None, published=published,
            published_from="metadata", fetched=published, text=text, content_hash=content_hash(text),
        )  # fmt: skip
        articles.append(article)
        facts[article.id] = ex.extract(text, id=article.id, published=published.date())
    as_of = datetime(2031, 1, 10, 6, tzinfo=UTC)
    spec = BriefConfig(id="places", title="Places", period="all", as_of=as_of)
    return build_brief(spec, articles=articles, facts=facts, as_of=as_of, period_start=None, issue=1).incidents


_PROVINCE = ("2030-10-12", "Air defences shot down two rockets over Anbar early on Saturday, a security source in Anbar said.")


def test_the_base_names_the_row_not_the_province(ex):
    base = ("2030-10-12", "Rockets were fired at Ain al-Asad air base in western Iraq early on Saturday, officials said.")
    for order in ((_PROVINCE, base), (base, _PROVINCE)):
        (row,) = _rows(ex, *order)
        assert row.location == "Ain al-Asad air base" and row.country == "Iraq"


def test_a_row_told_only_by_its_province_keeps_it(ex):
    """Control: with no narrower place told, the province stays the row's place."""
    (row,) = _rows(ex, _PROVINCE)
    assert row.location == "Anbar"
