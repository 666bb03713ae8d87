"""One sentence that gives a step two due dates and says it slipped is one deadline moved: one
timeline line due at the later date, the earlier kept as superseded, even when the sentence names no
party; two steps of one sentence, one of them delayed, stay two lines."""

from __future__ import annotations

from datetime import UTC, datetime

from reporter.brief.build import build_brief
from reporter.config import BriefConfig
from reporter.models import Article, content_hash


def _lines(ex, text: str) -> list[tuple[str, tuple[str, ...], str]]:
    """(due, superseded dues, status) of each line of a brief built from one article."""
    published = datetime(2030, 2, 10, tzinfo=UTC)
    article = Article(
        id="r1", source_id="fixture", url=None, outlet="Desk", title=None, published=published,
        published_from="metadata", fetched=published, text=text, content_hash=content_hash(text),
    )  # fmt: skip
    facts = {article.id: ex.extract(text, id=article.id, published=published.date())}
    as_of = datetime(2030, 5, 1, 6, tzinfo=UTC)
    spec = BriefConfig(id="retimed", title="Retimed", period="all", as_of=as_of)
    lines = build_brief(spec, articles=[article], facts=facts, as_of=as_of, period_start=None, issue=1).milestones
    return sorted((m.due, m.superseded, m.status) for m in lines)


def test_a_step_told_delayed_in_its_own_sentence_is_one_line_at_the_new_date(ex):
    """Due in March, delayed to the end of June: one line, due (not passed) on May 1."""
    text = "French officials said the pullout from Chad, which was due to be finished in March, has been delayed until the end of June."
    assert _lines(ex, text) == [("2030-06-30", ("2030-03",), "due")]


def test_two_steps_of_one_sentence_one_delayed_stay_two_lines(ex):
    """Near miss: a pullout due in March and another country's withdrawal delayed to June."""
    text = "The pullout from Chad is due to end by March 2030, while the withdrawal from Niger has been delayed until June 2030, officials said."
    assert [due for due, _, _ in _lines(ex, text)] == ["2030-03", "2030-06"]


def test_two_dates_with_no_word_of_delay_stay_apart(ex):
    """Near miss: without a word that the deadline slipped, the two dates are not read as one moved."""
    text = "French officials said the pullout from Chad, which was due to be finished in March, will be completed by the end of June."
    assert [due for due, _, _ in _lines(ex, text)] == ["2030-03", "2030-06-30"]
