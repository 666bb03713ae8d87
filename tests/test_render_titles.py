"""An untitled article's stand-in title, read back from the rendered source list: its first
sentence whole ("U.S." and "Jan." end none), without the furniture a scraped page opens with."""

from __future__ import annotations

import io
from dataclasses import replace

import pypdf
import pytest

from reporter.brief.build import build_brief
from reporter.brief.render import render_brief
from reporter.brief.titles import stand_in_title
from tests.test_brief_helpers import load_articles, load_spec
from tests.test_render import AS_OF

STORY = "The U.S. Army moved two companies to the river crossing by Jan. 9, officials said."
PAGES = {
    "plain": STORY,
    "markup and a link": f'<p><a href="https://example.org/x"></a></p> https://example.org/a/b {STORY}',
    "crumbs": f"World | Example Wire | By A Writer | {STORY}",
    "a stamp": f"Last updated on March 3, 2025 at 10.05 am | {STORY}",
    "a day stamp": f"Tuesday, 02 January 2024 12:17 GMT {STORY}",
    "a numeric stamp": f"2025-08-28 05:01:50 {STORY}",
    "a dateline": f"ERBIL, Kurdistan Region — {STORY}",
}


@pytest.mark.parametrize("page", PAGES)
def test_the_stand_in_title_is_the_story_s_first_sentence(page):
    assert stand_in_title(PAGES[page], limit=200) == STORY


def test_a_long_headline_of_short_bars_is_kept():
    """Bars after a long piece are the headline's own ("... 1:38 pm | News"): nothing is cut."""
    head = "Troops pull back to the agreed line before the exchange on Monday 1:38 pm | News, World"
    assert stand_in_title(head, limit=200) == head


def test_the_rendered_source_list_shows_the_story_not_the_page(tmp_path):
    config, spec = load_spec(tmp_path)
    spec = spec.model_copy(update={"sections": [s for s in spec.sections if s.id == "sources"]})
    articles, facts = load_articles()
    cited = next(a for a in articles if facts.get(a.id) and facts[a.id].incidents)
    bare = replace(cited, title=None, text=PAGES["a stamp"] + " More detail follows here.")
    articles = [bare if a is cited else a for a in articles]
    data = build_brief(spec, articles=articles, facts=facts, as_of=AS_OF, period_start=None, issue=1)
    pdf = render_brief(data, spec=spec, config=config).pdf
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split())
    assert "“The U.S. Army moved two companies" in text
    assert "Last updated" not in text and "“U.S.”" not in text
