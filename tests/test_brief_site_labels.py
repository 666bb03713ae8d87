"""A timeline line whose every mention leaves one named base or town is labelled by that place, as
its source spells it, not by the country the place lies in; the built label is the same on every
run."""

from __future__ import annotations

from datetime import UTC, datetime

from reporter.brief.build import build_brief
from reporter.brief.commitments import _built_label
from reporter.config import BriefConfig
from reporter.models import Article, Milestone, content_hash


def _lines(ex, *told: tuple[str, str]) -> list[tuple[str, str]]:
    """(status, chart label) of each line of a brief built from (page day, text) articles."""
    articles, facts = [], {}
    for n, (day, text) in enumerate(told, 1):
        published = datetime.fromisoformat(day).replace(tzinfo=UTC)
        article = Article(
            id=f"l{n}", source_id="fixture", url=None, outlet=f"Desk {n}", title=None, published=published,
            published_from="metadata", fetched=published, text=text, content_hash=content_hash(text),
        )  # fmt: skip
        articles.append(article)
        facts[article.id] = ex.extract(text, id=article.id, published=published.date())
    as_of = datetime(2031, 1, 10, 6, tzinfo=UTC)
    spec = BriefConfig(id="sites", title="Sites", period="all", as_of=as_of)
    lines = build_brief(spec, articles=articles, facts=facts, as_of=as_of, period_start=None, issue=1).milestones
    return sorted((m.status, m.headline) for m in lines)


_PLAN = ("2030-03-02", "Coalition forces will leave federal Iraq by September 2030, ministers said after the talks.")


def test_a_base_left_is_labelled_by_the_base_not_the_country(ex):
    """The base's own completed line does not read as federal Iraq left; the plan's line still does."""
    base = ("2030-09-18", "Coalition soldiers have completed their pullout from Ain al-Asad air base, an officer said.")
    lines = _lines(ex, _PLAN, base)
    assert lines == [
        ("completed", "US-led coalition: full withdrawal from the Ain al-Asad air base"),
        ("passed", "Coalition forces will leave federal Iraq"),
    ]


def test_the_country_left_keeps_the_country_label(ex):
    """Near miss: the exit from federal Iraq itself told completed names the country."""
    whole = ("2030-09-18", "Coalition soldiers have completed their pullout from federal Iraq, an officer said.")
    assert _lines(ex, _PLAN, whole) == [("completed", "Coalition forces will leave federal Iraq")]


def test_a_site_handed_over_is_named_as_the_source_spells_it(ex):
    """The gazetteer files the village base under the oil field it stands by; the label keeps the
    source's name for it."""
    told = ("2030-07-04", "The coalition handed over Green Village base to local forces on Thursday, a spokesman said.")
    assert _lines(ex, told) == [("completed", "US-led coalition: handover of Green Village")]


def test_two_spellings_of_one_base_are_one_place_shown_as_the_line_shows_it(ex):
    base = "will complete their withdrawal from {} by June 2030"
    first = ("2030-03-02", f"Spanish troops {base.format('Al-Asad air base')}, an official said.")
    second = ("2030-03-09", f"Spain's soldiers {base.format('Ain al-Asad airbase')}, officials said.")
    ((status, label),) = _lines(ex, first, second)
    assert status == "passed" and label.startswith("Spain: full withdrawal from the ") and "Asad" in label


def test_two_bases_of_one_line_fall_back_to_the_country(ex):
    """Near miss: mentions naming two bases agree on no one place; the line is labelled by where both lie."""
    one = ("2030-03-02", "Spanish troops will complete their withdrawal from Al-Asad air base and Harir air base by June 2030, an official said.")
    labels = [label for _, label in _lines(ex, one)]
    assert not any("Asad" in label and "withdrawal from the" in label for label in labels)


def _mention(what: str) -> Milestone:
    return Milestone(what=what, due="2030-06", evidence=f"{what} by June 2030.", done=False)


def test_a_tie_between_two_mentions_goes_to_the_shown_one():
    """Two mentions, one a handover and one a leaving, each told once: the label is built from the
    shown mention's step whichever comes first in the set of actions."""
    hand = _mention("Italian troops will hand over the Green Village base")
    leave = _mention("Italian troops will leave Green Village")
    assert "handover" in (_built_label(hand.what, hand.evidence, [hand, leave], "Italy", "Syria") or "")
    assert "withdrawal" in (_built_label(leave.what, leave.evidence, [leave, hand], "Italy", "Syria") or "")
