"""One sentence that gives two of its clauses due dates that do not meet, with no word of a deadline
moved, tells two steps: two timeline lines, never one line whose source disputes itself ("31 Mar
2031 [4] vs Jan 2031 [4]"). A step told slipped in its own sentence is still one line moved."""

from __future__ import annotations

from datetime import UTC, datetime

from reporter.brief.build import build_brief
from reporter.config import BriefConfig
from reporter.models import Article, content_hash


def _lines(ex, *told: tuple[str, str]):
    articles, facts = [], {}
    for n, (day, text) in enumerate(told, 1):
        published = datetime.fromisoformat(day).replace(tzinfo=UTC)
        article = Article(
            id=f"t{n}", source_id="fixture", url=None, outlet=f"Desk {n}", title=None, published=published,
            published_from="metadata", fetched=published, text=text, content_hash=content_hash(text),
        )  # fmt: skip
        articles.append(article)
        facts[article.id] = ex.extract(text, id=article.id, published=published.date())
    as_of = datetime(2030, 11, 1, 6, tzinfo=UTC)
    spec = BriefConfig(id="two", title="Two", period="all", as_of=as_of)
    return build_brief(spec, articles=articles, facts=facts, as_of=as_of, period_start=None, issue=1).milestones


_TWO = (
    "2030-10-16",
    "The Pentagon said on Wednesday that the drawdown from Ain al-Asad would be completed by March 31, 2031, "
    "and that troop numbers in Iraq would fall to about 2,000 by January.",
)


def test_two_dates_of_one_sentence_are_two_lines(ex):
    for told in ((_TWO,), (("2030-10-14", "US troops will leave Ain al-Asad air base by the end of March 2031, officials said."), _TWO)):
        lines = _lines(ex, *told)
        assert sorted(m.due for m in lines) == ["2031-01", "2031-03-31"], [(m.due, m.what, m.disagreements) for m in lines]
        assert not any(m.disagreements for m in lines)


def test_a_step_told_slipped_in_its_sentence_stays_one_line(ex):
    """Control: one step, its earlier date told as given up."""
    told = ("2030-10-16", "The drawdown from Ain al-Asad, which was due in January 2031, has been delayed until March 31, 2031, the Pentagon said.")
    lines = _lines(ex, told)
    assert [m.due for m in lines] == ["2031-03-31"], [(m.due, m.what) for m in lines]


def test_a_reported_clause_cut_at_its_that_is_named_by_the_clause(ex):
    """The second step's clause opens "that troop numbers ...": named by the clause without "that",
    not by the sentence from its speaker on. A clause whose subject is a pronoun keeps the sentence."""
    lines = {m.due: m.what for m in _lines(ex, _TWO)}
    assert lines["2031-01"].startswith("Troop numbers in Iraq would fall to about 2,000"), lines
    pronoun = ("2030-10-16", "The Pentagon said on Wednesday that they would leave Ain al-Asad air base by March 31, 2031.")
    (line,) = _lines(ex, pronoun)
    assert not line.what.startswith("They "), line.what
