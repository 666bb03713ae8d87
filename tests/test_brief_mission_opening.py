"""A clause that opens with a mission's troops named by the body that sent them ("The African Union
mission is to hand over ..."), past any dateline, has that mission as its own party: a handover due
by a day and another outlet's report of it done a week later are one completed line."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from reporter.brief.build import build_brief
from reporter.config import BriefConfig
from reporter.models import Article, content_hash


def _lines(ex, *told: tuple[str, str]) -> list[tuple[str, str | None, int]]:
    """(status, who, number of sources) of each line of a brief built from (page day, text) articles."""
    articles, facts = [], {}
    for n, (day, text) in enumerate(told, 1):
        published = datetime.fromisoformat(day).replace(tzinfo=UTC)
        article = Article(
            id=f"o{n}", source_id="fixture", url=None, outlet=f"Desk {n}", title=None, published=published,
            published_from="metadata", fetched=published, text=text, content_hash=content_hash(text),
        )  # fmt: skip
        articles.append(article)
        facts[article.id] = ex.extract(text, id=article.id, published=published.date())
    as_of = datetime(2026, 12, 1, 6, tzinfo=UTC)
    spec = BriefConfig(id="missions", title="Missions", period="all", as_of=as_of)
    lines = build_brief(spec, articles=articles, facts=facts, as_of=as_of, period_start=None, issue=1).milestones
    return sorted((m.status, m.who, len(m.sources)) for m in lines)


_DONE = ("2026-05-06", "The African Union mission handed over the Kismayo camp to Somali forces last week, an officer said on Tuesday.")


@pytest.mark.parametrize("head", ["", "MOGADISHU, March 2 (Desk) - "])
def test_a_handover_due_and_told_done_a_week_late_is_one_completed_line(ex, head):
    plan = ("2026-03-02", f"{head}The African Union mission is to hand over the Kismayo camp to the Somali army by the end of April.")
    assert _lines(ex, plan, _DONE) == [("completed", "AUSSOM", 2)]


def test_another_camp_handed_over_is_another_line(ex):
    """Near miss: the camp told done is not the one the plan named."""
    plan = ("2026-03-02", "The African Union mission is to hand over the Dhobley camp to the Somali army by the end of April.")
    assert [status for status, _, _ in _lines(ex, plan, _DONE)] == ["completed", "passed"]
