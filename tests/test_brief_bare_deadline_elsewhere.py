"""A clause that names only a deadline ("a mediating state said the deadline had been extended to <day>")
joins the line another outlet gives for a step due that very day in the country the deadline's
article is about, instead of standing as an orphan line; a step due that day in another country
does not take it. Who told the deadline is not whose step it is."""

from __future__ import annotations

from datetime import UTC, datetime

from reporter.brief.build import build_brief
from reporter.config import BriefConfig
from reporter.models import Article, content_hash


def _lines(ex, *told: tuple[str, str]) -> list[tuple[str, tuple[int, ...]]]:
    """(due, sources) of each line of a brief built from (page day, text) articles."""
    articles, facts = [], {}
    for n, (day, text) in enumerate(told, 1):
        published = datetime.fromisoformat(day).replace(tzinfo=UTC)
        article = Article(
            id=f"b{n}", source_id="fixture", url=None, outlet=f"Desk {n}", title=None, published=published,
            published_from="metadata", fetched=published, text=text, content_hash=content_hash(text),
        )  # fmt: skip
        articles.append(article)
        facts[article.id] = ex.extract(text, id=article.id, published=published.date())
    as_of = datetime(2030, 6, 1, 6, tzinfo=UTC)
    spec = BriefConfig(id="bare", title="Bare", period="all", as_of=as_of)
    lines = build_brief(spec, articles=articles, facts=facts, as_of=as_of, period_start=None, issue=1).milestones
    return sorted((m.due, m.sources) for m in lines)


_PLAN = ("2030-01-05", "Rwandan troops will withdraw from eastern Congo within 60 days, by March 6, under the deal.")
_EXTENDED = (
    "2030-03-07",
    "Rwandan troops remain in eastern Congo a day after the deadline for their withdrawal passed. "
    "The US said the deadline had been extended to April 2.",
)


def test_the_extended_deadline_joins_the_line_due_that_day(ex):
    later = ("2030-04-20", "Rwandan soldiers still hold three positions in eastern Congo, weeks after the April 2 withdrawal deadline.")
    lines = _lines(ex, _PLAN, _EXTENDED, later)
    # (The extension told in the article after the plan's passed deadline is that deadline moved: the
    # plan's line may take both, test_brief_deadline_extended_next_sentence.)
    assert any(due == "2030-04-02" and {2, 3} <= set(sources) for due, sources in lines)
    assert not any(sources == (2,) for _, sources in lines)


def test_a_step_due_that_day_in_another_country_does_not_take_it(ex):
    """Near miss: the same day given for another party's step elsewhere leaves the deadline apart."""
    elsewhere = ("2030-03-20", "Burundian troops will leave their bases in Somalia by April 2, the African Union said.")
    lines = _lines(ex, _PLAN, _EXTENDED, elsewhere)
    assert ("2030-04-02", (3,)) in lines
