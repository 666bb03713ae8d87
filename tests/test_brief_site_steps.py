"""A force's leaving of one named base told completed is that base's step, a timeline line of its
own shown completed, not the country-wide commitment it is part of (which stays pending)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from reporter.brief.build import build_brief
from reporter.config import BriefConfig
from reporter.extract import Extractor
from reporter.models import Article, content_hash


def _timeline(*told: tuple[str, str]) -> list[tuple[str, str | None]]:
    """(status, completed) of each line of a brief built from (page day, text) articles."""
    extractor = Extractor()
    articles, facts = [], {}
    for n, (day, text) in enumerate(told, 1):
        published = datetime.fromisoformat(day).replace(tzinfo=UTC)
        article = Article(
            id=f"s{n}", source_id="fixture", url=None, outlet=f"Desk {n}", title=None, published=published,
            published_from="metadata", fetched=published, text=text, content_hash=content_hash(text),
        )  # fmt: skip
        articles.append(article)
        facts[article.id] = extractor.extract(text, id=article.id, published=published.date())
    as_of = datetime(2031, 1, 10, 6, tzinfo=UTC)
    spec = BriefConfig(id="sites", title="Sites", period="all", as_of=as_of)
    lines = build_brief(spec, articles=articles, facts=facts, as_of=as_of, period_start=None, issue=1).milestones
    return sorted((m.status, m.completed) for m in lines)


_PLAN = ("2030-03-02", "Coalition forces will leave federal Iraq by September 2030, ministers said after the talks.")


@pytest.mark.parametrize("noun", ["pullout", "pull-out", "withdrawal"])
def test_a_base_left_completed_is_its_own_completed_line_beside_the_pending_exit(noun):
    """'Have completed their pullout from Ain al-Asad air base', told in September: the base's step
    is done; the exit from federal Iraq is not, and stays a line of its own."""
    base = ("2030-09-18", f"Coalition troops have completed their {noun} from Ain al-Asad air base, two officers said.")
    assert _timeline(_PLAN, base) == [("completed", "2030-09-18"), ("passed", None)]


def test_the_exit_from_the_country_told_completed_completes_its_line():
    """Near miss: the pullout told completed from federal Iraq itself is the commitment met: one line."""
    whole = ("2030-09-18", "Coalition troops have completed their pullout from federal Iraq, two officers said.")
    assert _timeline(_PLAN, whole) == [("completed", "2030-09-18")]
