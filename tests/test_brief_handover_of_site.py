"""A base handed over is the thing handed over: its line reads "handover of the K1 base"; a handover
told of a town or a whole country is still one "in" it (a base "near Kirkuk" is not Kirkuk handed over)."""

from __future__ import annotations

from datetime import UTC, datetime

from reporter.brief.build import build_brief
from reporter.brief.phrasing import commitment_label
from reporter.config import BriefConfig
from reporter.models import Article, content_hash


def _headlines(ex, *told: tuple[str, str]) -> list[str]:
    articles, facts = [], {}
    for n, (day, text) in enumerate(told, 1):
        published = datetime.fromisoformat(day).replace(tzinfo=UTC)
        article = Article(
            id=f"h{n}", source_id="fixture", url=None, outlet=f"Desk {n}", title=None, published=published,
            published_from="metadata", fetched=published, text=text, content_hash=content_hash(text),
        )  # fmt: skip
        articles.append(article)
        facts[article.id] = ex.extract(text, id=article.id, published=published.date())
    as_of = datetime(2031, 1, 10, 6, tzinfo=UTC)
    spec = BriefConfig(id="ho", title="Handovers", period="all", as_of=as_of)
    return [m.headline for m in build_brief(spec, articles=articles, facts=facts, as_of=as_of, period_start=None, issue=1).milestones]


def test_a_base_handed_over_is_named_as_what_was_handed_over(ex):
    plan = ("2030-03-20", "The U.S.-led coalition will hand over the K1 base near Kirkuk to Iraqi forces in April, two officials said on Friday.")
    done = ("2030-04-14", "The U.S.-led coalition handed over the K1 base near Kirkuk to the Iraqi army on Monday, a spokesman said.")
    assert _headlines(ex, plan, done) == ["US-led coalition: handover of the K1 base"]


def test_a_handover_in_a_country_keeps_in():
    assert commitment_label("Blue Corps", "Chad", action="hand over", step="presence") == "Blue Corps: handover in Chad"
    assert commitment_label("Blue Corps", "Camp Kilo", action="hand over", step="presence", site=True) == (
        "Blue Corps: handover of Camp Kilo"
    )
    # Control: a withdrawal from a site is still "from" it.
    assert commitment_label("Blue Corps", "Kidal", action="end presence", step="presence", site=True) == (
        "Blue Corps: withdrawal from Kidal"
    )


def test_a_town_near_the_base_is_not_what_was_handed_over(ex):
    """Control: a base the gazetteer does not know, told near a town, keeps "in" the town."""
    plan = ("2030-03-20", "The U.S.-led coalition will hand over a desert base near Kirkuk to Iraqi forces in April, officials said.")
    assert _headlines(ex, plan) == ["US-led coalition: handover in Kirkuk"]
