"""The key point on the most significant incident, when nobody was hurt, names what was counted by
its weapon ("2 drones reported"), not as "2 objects"; a count of anything else keeps "objects"."""

from __future__ import annotations

from datetime import UTC, datetime

from reporter.brief.build import build_brief
from reporter.brief.identity import counted_weapon
from reporter.config import BriefConfig
from reporter.models import Article, content_hash


def _points(ex, day: str, text: str) -> list[str]:
    published = datetime.fromisoformat(day).replace(tzinfo=UTC)
    article = Article(
        id="k1", source_id="fixture", url=None, outlet="Desk", title=None, published=published,
        published_from="metadata", fetched=published, text=text, content_hash=content_hash(text),
    )  # fmt: skip
    facts = {article.id: ex.extract(text, id=article.id, published=published.date())}
    as_of = datetime(2031, 1, 10, 6, tzinfo=UTC)
    spec = BriefConfig(id="kp", title="Points", period="all", as_of=as_of)
    brief = build_brief(spec, articles=[article], facts=facts, as_of=as_of, period_start=None, issue=1)
    return [p.text for p in brief.key_points]


def test_the_count_is_told_by_its_weapon(ex):
    text = "Two drones were shot down over Balad air base north of Baghdad on Saturday, an army officer said."
    (top,) = [p for p in _points(ex, "2030-11-09", text) if p.startswith("Most significant")]
    assert "2 drones reported" in top and "object" not in top


def test_the_plainest_weapon_name_and_no_target_counted():
    assert counted_weapon(["explosive drone", "drone"]) == "drone"
    assert counted_weapon(["ballistic missile"]) == "ballistic missile"
    # Control: a target or a party named among the objects is not what was counted.
    assert counted_weapon(["United States"]) is None
    assert counted_weapon(["army convoy"]) is None
