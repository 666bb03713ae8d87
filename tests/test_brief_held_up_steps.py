"""A source published after a step's due date that tells it held up (a pause asked for, the step
paused or delayed) still calls it pending: its line is overdue; the same words before the due date
say nothing of it after."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from reporter.brief.build import build_brief
from reporter.config import BriefConfig
from reporter.models import Article, content_hash
from tests.conftest import shared_extractor

_PLAN = ("2030-06-02", "Peacekeepers in Somalia will withdraw 3,000 troops by the end of September 2030, under the transition plan.")


def _statuses(*told: tuple[str, str]) -> list[str]:
    extractor = shared_extractor()
    articles, facts = [], {}
    for n, (day, text) in enumerate(told, 1):
        published = datetime.fromisoformat(day).replace(tzinfo=UTC)
        article = Article(
            id=f"h{n}", source_id="fixture", url=None, outlet=f"Desk {n}", title=None, published=published,
            published_from="metadata", fetched=published, text=text, content_hash=content_hash(text),
        )  # fmt: skip
        articles.append(article)
        facts[article.id] = extractor.extract(text, id=article.id, published=published.date())
    as_of = datetime(2031, 1, 10, 6, tzinfo=UTC)
    spec = BriefConfig(id="held", title="Held", period="all", as_of=as_of)
    return [m.status for m in build_brief(spec, articles=articles, facts=facts, as_of=as_of, period_start=None, issue=1).milestones]


@pytest.mark.parametrize(
    "later",
    [
        "The mission asked for a pause in the withdrawal of the 3,000 troops, which was due by the end of September 2030.",
        "The withdrawal of the 3,000 troops, due by the end of September 2030, has been put on hold, officials said.",
    ],
)
def test_a_step_told_held_up_after_its_due_date_is_overdue(later):
    assert _statuses(_PLAN, ("2030-10-12", later)) == ["overdue"]


def test_the_same_words_told_before_the_due_date_leave_it_passed():
    """Near miss: a pause asked for in August says nothing of the step after its September deadline."""
    later = "The mission asked for a pause in the withdrawal of the 3,000 troops, which is due by the end of September 2030."
    assert _statuses(_PLAN, ("2030-08-12", later)) == ["passed"]
