"""A party told still inside the ground it was to leave ("are still inside the compound, days past
the deadline") is that leaving still pending: it joins the deadline's line, which shows overdue,
instead of a line of its own with no step."""

from __future__ import annotations

from datetime import UTC, datetime

from reporter.brief.build import build_brief
from reporter.config import BriefConfig
from reporter.models import Article, content_hash


def _lines(ex, *told: tuple[str, str]) -> list[tuple[str, int]]:
    """(status, number of sources) of each line of a brief built from (page day, text) articles."""
    articles, facts = [], {}
    for n, (day, text) in enumerate(told, 1):
        published = datetime.fromisoformat(day).replace(tzinfo=UTC)
        article = Article(
            id=f"t{n}", source_id="fixture", url=None, outlet=f"Desk {n}", title=None, published=published,
            published_from="metadata", fetched=published, text=text, content_hash=content_hash(text),
        )  # fmt: skip
        articles.append(article)
        facts[article.id] = ex.extract(text, id=article.id, published=published.date())
    as_of = datetime(2030, 6, 1, 6, tzinfo=UTC)
    spec = BriefConfig(id="still", title="Still", period="all", as_of=as_of)
    lines = build_brief(spec, articles=articles, facts=facts, as_of=as_of, period_start=None, issue=1).milestones
    return sorted((m.status, len(m.sources)) for m in lines)


_DEAL = ("2030-03-01", "Rapid Support Forces fighters must pull out of the sugar factory compound within 20 days under the deal, the mediators said.")


def test_still_inside_past_the_deadline_is_the_leaving_overdue(ex):
    later = ("2030-04-02", "RSF fighters are still inside the sugar factory compound, eleven days past the deadline set by the mediators, residents said.")
    assert _lines(ex, _DEAL, later) == [("overdue", 2)]


def test_another_party_still_inside_is_not_that_leaving(ex):
    """Near miss: another party still at the same ground is no report of this party's leaving."""
    later = ("2030-04-02", "Egyptian troops are still inside the sugar factory compound, eleven days past the deadline set by the mediators, residents said.")
    assert len(_lines(ex, _DEAL, later)) == 2
