"""A row cites each source once: a bare noun closing another's name ("the source added" after "a
security source said") is the same source retold, not another."""

from __future__ import annotations

from datetime import UTC, datetime

from reporter.brief.build import build_brief
from reporter.brief.merge import _attributions
from reporter.config import BriefConfig
from reporter.models import Article, content_hash


def _rows(ex, *told: tuple[str, str]):
    articles, facts = [], {}
    for n, (day, text) in enumerate(told, 1):
        published = datetime.fromisoformat(day).replace(tzinfo=UTC)
        article = Article(
            id=f"a{n}", source_id="fixture", url=None, outlet=f"Desk {n}", title=None, published=published,
            published_from="metadata", fetched=published, text=text, content_hash=content_hash(text),
        )  # fmt: skip
        articles.append(article)
        facts[article.id] = ex.extract(text, id=article.id, published=published.date())
    as_of = datetime(2031, 1, 10, 6, tzinfo=UTC)
    spec = BriefConfig(id="cites", title="Cites", period="all", as_of=as_of)
    return build_brief(spec, articles=articles, facts=facts, as_of=as_of, period_start=None, issue=1).incidents


def test_a_source_retold_by_its_bare_noun_is_cited_once(ex):
    first = (
        "2030-11-09",
        "Three rockets were fired at Balad air base north of Baghdad on Saturday, a police source said. "
        "Two of the rockets were shot down by the base's defences, the source added.",
    )
    second = ("2030-11-09", "Rockets struck Balad air base on Saturday evening, a Kurdish official said.")
    (row,) = _rows(ex, first, second)
    cites = set(row.attributions)
    assert "source" not in cites
    assert {"a police source", "a Kurdish official"} <= cites


def test_names_alike_and_told_apart():
    assert _attributions(["a security source", "source", None, "the security source"]) == ("a security source",)
    # Control: two sources that only share a word stay two, and so does an outlet's tag.
    assert _attributions(["a police source", "a military source"]) == ("a police source", "a military source")
    assert _attributions(["army (Desk 1)", "the army"]) == ("army (Desk 1)", "the army")
