"""A step told done with no day of its own, only the day its source spoke ("has completed its
withdrawal, the ministry said on Thursday"), is done by that day, not on it; a step told done on a
named day keeps that day."""

from __future__ import annotations

from datetime import UTC, datetime

from reporter.brief.build import build_brief
from reporter.config import BriefConfig
from reporter.models import Article, content_hash


def _lines(ex, *told: tuple[str, str]):
    articles, facts = [], {}
    for n, (day, text) in enumerate(told, 1):
        published = datetime.fromisoformat(day).replace(tzinfo=UTC)
        article = Article(
            id=f"c{n}", source_id="fixture", url=None, outlet=f"Desk {n}", title=None, published=published,
            published_from="metadata", fetched=published, text=text, content_hash=content_hash(text),
        )  # fmt: skip
        articles.append(article)
        facts[article.id] = ex.extract(text, id=article.id, published=published.date())
    as_of = datetime(2031, 1, 10, 6, tzinfo=UTC)
    spec = BriefConfig(id="done", title="Done", period="all", as_of=as_of)
    return build_brief(spec, articles=articles, facts=facts, as_of=as_of, period_start=None, issue=1).milestones


_PLAN = ("2030-03-02", "Coalition forces will leave federal Iraq by September 2030, ministers said after the talks.")


def test_done_told_only_by_the_day_it_was_said_is_done_by_then(ex):
    done = ("2030-10-03", "The coalition has completed its withdrawal from federal Iraq, the defence ministry said on Thursday.")
    (line,) = _lines(ex, _PLAN, done)
    assert (line.status, line.completed, line.completed_by) == ("completed", "2030-10-03", True)


def test_done_on_a_named_day_keeps_its_day(ex):
    """Control: 'left ... on Sunday' dates the step itself."""
    done = ("2030-09-16", "The last coalition troops left federal Iraq on Sunday, the defence ministry said on Monday.")
    (line,) = _lines(ex, _PLAN, done)
    assert (line.status, line.completed, line.completed_by) == ("completed", "2030-09-15", False)
