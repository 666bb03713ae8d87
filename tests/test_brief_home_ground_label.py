"""An armed group told to leave ground inside its own country is not leaving that country: the line
keeps its source's wording instead of a label that says the group withdraws from its own land; a
foreign force leaving that country keeps the built label."""

from __future__ import annotations

from datetime import UTC, datetime

from reporter.brief.build import build_brief
from reporter.config import BriefConfig
from reporter.models import Article, content_hash


def _headlines(ex, text: str) -> list[str]:
    published = datetime(2030, 1, 10, tzinfo=UTC)
    article = Article(
        id="g1", source_id="fixture", url=None, outlet="Desk", title=None, published=published,
        published_from="metadata", fetched=published, text=text, content_hash=content_hash(text),
    )  # fmt: skip
    facts = {article.id: ex.extract(text, id=article.id, published=published.date())}
    as_of = datetime(2030, 6, 1, 6, tzinfo=UTC)
    spec = BriefConfig(id="home", title="Home", period="all", as_of=as_of)
    return [m.headline for m in build_brief(spec, articles=[article], facts=facts, as_of=as_of, period_start=None, issue=1).milestones]


def test_a_group_leaving_ground_in_its_own_country_keeps_the_sources_wording(ex):
    text = "KHARTOUM, Jan 10 (Desk) - Rapid Support Forces fighters must quit the grain depot district within 30 days under the deal, mediators said."
    (headline,) = _headlines(ex, text)
    assert "from Sudan" not in headline and "grain depot" in headline


def test_a_foreign_force_leaving_the_country_keeps_the_built_label(ex):
    """Near miss: a state's troops leaving that country is a withdrawal from it."""
    text = "KHARTOUM, Jan 10 (Desk) - Egyptian troops deployed at the grain depot district must leave Sudan within 30 days under the deal, mediators said."
    assert _headlines(ex, text) == ["Egypt: withdrawal from Sudan"]
