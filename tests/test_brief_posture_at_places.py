"""Troops told stationed at places inside their country ("around 900 American soldiers are stationed at
Harir base and Erbil airport") are a part of that country's level, listed beside it, not a new level:
the brief kept "around 900" as the level of the United States in Iraq, "−1,600" since the day before's
"about 2,500". A day that tells only such troops tells no level; the level stands as last told.
Every sentence here is self-written."""

from __future__ import annotations

from datetime import UTC, datetime

from reporter.brief.build import build_brief
from reporter.config import BriefConfig
from reporter.models import Article, content_hash


def _posture(ex, *told: tuple[str, str]):
    articles, facts = [], {}
    for n, (day, text) in enumerate(told, 1):
        published = datetime.fromisoformat(day).replace(tzinfo=UTC)
        article = Article(
            id=f"q{n}", source_id="fixture", url=None, outlet=f"Desk {n}", title=None, published=published,
            published_from="metadata", fetched=published, text=text, content_hash=content_hash(text),
        )  # fmt: skip
        articles.append(article)
        facts[article.id] = ex.extract(text, id=article.id, published=published.date())
    as_of = datetime(2030, 11, 1, 6, tzinfo=UTC)
    spec = BriefConfig(id="at", title="At", period="all", as_of=as_of)
    return build_brief(spec, articles=articles, facts=facts, as_of=as_of, period_start=None, issue=1).posture


_LEVEL = ("2030-10-14", "About 2,500 US troops are currently deployed in Iraq, a joint statement said.")
_AT = ("2030-10-15", "A Kurdish official said around 900 American soldiers are stationed at Harir base and Erbil airport.")


def test_troops_at_bases_inside_the_country_are_a_part_beside_its_level(ex):
    (row,) = _posture(ex, _LEVEL, _AT)
    assert (row.country, row.count, row.change) == ("Iraq", 2500, None), row
    assert [(p.count, p.role, p.label) for p in row.parts] == [(900, "part", "at Harir base and Erbil airport")]


def test_troops_at_bases_alone_are_no_level(ex):
    (row,) = _posture(ex, _AT)
    assert row.count is None and [p.count for p in row.parts] == [900], row


def test_troops_told_in_the_country_itself_stay_its_level(ex):
    """Control: a later figure deployed in the country is the new level, changed from the first."""
    later = ("2030-10-20", "Around 2,000 US troops are deployed in Iraq, the Pentagon said.")
    (row,) = _posture(ex, _LEVEL, later)
    assert (row.count, row.change, row.parts) == (2000, -500, ()), row
