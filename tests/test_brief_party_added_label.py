"""A commitment clause cut from its subject, with the party added after it in brackets ("leave the
Kurdistan Region (U.S.-led coalition)"), does not read alone: the line takes its built label
(who, step, where), as the other lines of the timeline do."""

from __future__ import annotations

from datetime import UTC, datetime

from reporter.brief.build import build_brief
from reporter.config import BriefConfig
from reporter.models import Article, content_hash


def _lines(ex, text: str, day: str = "2030-01-10"):
    published = datetime.fromisoformat(day).replace(tzinfo=UTC)
    article = Article(
        id="p1", source_id="fixture", url=None, outlet="Desk 1", title=None, published=published,
        published_from="metadata", fetched=published, text=text, content_hash=content_hash(text),
    )  # fmt: skip
    facts = {"p1": ex.extract(text, id="p1", published=published.date())}
    as_of = datetime(2030, 1, 11, 6, tzinfo=UTC)
    spec = BriefConfig(id="label", title="Label", period="all", as_of=as_of)
    return build_brief(spec, articles=[article], facts=facts, as_of=as_of, period_start=None, issue=1).milestones


def test_a_second_clause_of_one_subject_is_labelled_by_who_step_where(ex):
    lines = _lines(
        ex,
        "BAGHDAD (Desk) - The U.S.-led coalition will end its mission in federal Iraq by September 2030 "
        "and leave the Kurdistan Region by September 2031, the foreign minister said on Friday.",
    )
    kurdistan = next(m for m in lines if m.where == "Kurdistan Region")
    assert not kurdistan.label[:1].islower() and "(" not in kurdistan.label, kurdistan.label
    assert "Kurdistan Region" in kurdistan.label


def test_a_clause_with_its_own_subject_keeps_its_wording(ex):
    """Control: the clause stays the line's wording (the chart's label is built only for its length)."""
    (line,) = _lines(ex, "The U.S.-led coalition will leave the Kurdistan Region by September 2031, officials said.")
    assert line.what.startswith("The U.S.-led coalition will leave the Kurdistan Region")
