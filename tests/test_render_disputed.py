"""Disputed values read back from the rendered PDF: a value never breaks inside ("vs Dec" on one
line, "2026" on the next read as two dates), and in the timeline's narrow Due cell each value
starts its own line."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pypdf

from reporter.brief.merge import Claim, Disagreement
from reporter.brief.render import render_brief
from tests.test_brief_helpers import load_spec
from tests.test_render import _render_data


def _lines(pdf: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [" ".join(line.split()) for p in reader.pages for line in p.extract_text().splitlines()]


def test_a_disputed_due_date_keeps_each_value_whole_on_its_own_line(tmp_path):
    data, config = _render_data()
    _, spec = load_spec(tmp_path)
    spec = spec.model_copy(update={"sections": [s for s in spec.sections if s.id == "timeline"]})
    m = data.milestones[0]
    long = Disagreement(
        field="due",
        claims=(
            Claim(value="2026-09", sources=(11, 12, 13, 31, 42)),
            Claim(value="2026-12", sources=(10, 13, 29)),
        ),
    )
    data = replace(data, milestones=[replace(m, disagreements=(long,)), *data.milestones[1:]])
    lines = _lines(render_brief(data, spec=spec, config=config).pdf)
    assert any(line.startswith("Sep 2026") for line in lines), lines
    assert any(line.startswith("vs Dec 2026") for line in lines), lines
    for line in lines:  # no value cut after its month or before its "vs"
        assert not re.search(r"\b(vs|vs [A-Z][a-z]{2}|[A-Z][a-z]{2})$", line), line


def test_a_disputed_country_shows_each_side_with_its_sources_in_the_log(tmp_path):
    """A row whose outlets put its site on two sides of a border names both countries after its place."""
    data, config = _render_data()
    _, spec = load_spec(tmp_path)
    spec = spec.model_copy(update={"sections": [s for s in spec.sections if s.id == "incidents"]})
    inc = data.incidents[0]
    sides = Disagreement(field="country", claims=(Claim(value="Syria", sources=(1,)), Claim(value="Jordan", sources=(2,))))
    data = replace(data, incidents=[replace(inc, location="al-Tanf", country="Syria", disagreements=(sides,)), *data.incidents[1:]])
    text = " ".join(_lines(render_brief(data, spec=spec, config=config).pdf))
    assert re.search(r"al-Tanf, Syria \[1\] vs Jordan \[2\]", text), text

def test_a_moved_deadlines_earlier_date_is_no_disputed_value_in_the_list():
    """'Turkey was to leave the border strip by 10 May, a date later pushed to 30 June': one line
    due 30 June with 10 May superseded. The list of what sources dispute leaves that line out (the
    timeline shows 10 May as 'moved from'); a third date another source gives stays disputed, and
    a line with nothing superseded keeps its two dates."""
    from types import SimpleNamespace

    from reporter.brief.render import _disagreement_rows

    def line(claims: tuple[str, ...], superseded: tuple[str, ...]) -> SimpleNamespace:
        told = tuple(Claim(value=v, sources=(n,)) for n, v in enumerate(claims, 1))
        return SimpleNamespace(what="Turkish troops will leave the border strip", superseded=superseded,
                               disagreements=(Disagreement(field="due", claims=told),))

    def rows(*lines: SimpleNamespace) -> list[list[str]]:
        data = SimpleNamespace(incidents=[], milestones=list(lines), posture=[])
        return [[c["value"] for c in r["claims"]] for r in _disagreement_rows(data, logged=set())]

    assert rows(line(("2025-06-30", "2025-05-10"), ("2025-05-10",))) == []
    assert rows(line(("2025-06-30", "2025-05-10", "2025-07-15"), ("2025-05-10",))) == [["30 Jun 2025", "15 Jul 2025"]]
    assert rows(line(("2025-06-30", "2025-05-10"), ())) == [["30 Jun 2025", "10 May 2025"]]
