"""A step told done 'but' with ground its own side says it will keep ('but its army said it would
remain at five points') completes nothing: a later source that says the ground is still held makes
the line overdue, not completed."""

from __future__ import annotations

from datetime import UTC, datetime

from reporter.brief.build import build_brief
from reporter.config import BriefConfig
from reporter.models import Article, content_hash
from tests.conftest import shared_extractor

_PLAN = ("2030-01-05", "Ruritanian forces will withdraw from the border strip by March 2, 2030, under the truce deal.")


def _lines(*told: tuple[str, str]) -> list[tuple[str, str | None]]:
    extractor = shared_extractor()
    articles, facts = [], {}
    for n, (day, text) in enumerate(told, 1):
        published = datetime.fromisoformat(day).replace(tzinfo=UTC)
        article = Article(
            id=f"k{n}", source_id="fixture", url=None, outlet=f"Desk {n}", title=None, published=published,
            published_from="metadata", fetched=published, text=text, content_hash=content_hash(text),
        )  # fmt: skip
        articles.append(article)
        facts[article.id] = extractor.extract(text, id=article.id, published=published.date())
    as_of = datetime(2030, 6, 1, 6, tzinfo=UTC)
    spec = BriefConfig(id="kept", title="Kept", period="all", as_of=as_of)
    lines = build_brief(spec, articles=articles, facts=facts, as_of=as_of, period_start=None, issue=1).milestones
    return sorted((m.status, m.completed) for m in lines)


_STILL = ("2030-04-20", "Ruritanian troops still hold four hilltop positions in the border strip, weeks after the deadline.")


def test_a_withdrawal_told_with_points_its_army_says_it_keeps_is_overdue_when_still_held():
    done = (
        "2030-03-03",
        "Ruritania withdrew from the border strip on Saturday, but its army said it would remain at four hilltop points there.",
    )
    assert _lines(_PLAN, done, _STILL) == [("overdue", None)]


def test_a_withdrawal_told_whole_completes_its_line():
    """Near miss: told done with no ground kept, the step is completed, whatever its army said after."""
    done = ("2030-03-03", "Ruritania withdrew from the border strip on Saturday, and its army said it would hand the area to the police.")
    assert _lines(_PLAN, done) == [("completed", "2030-03-02")]
