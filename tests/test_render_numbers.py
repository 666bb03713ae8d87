"""Tolls and counts of a thousand or more read back from the rendered PDF grouped ("1,400 killed"),
in the key points and the log alike, as troop figures already were."""

from __future__ import annotations

import io
from dataclasses import replace

import pypdf

from reporter.brief import build
from reporter.brief.build import build_brief
from reporter.brief.digest import casualties
from reporter.brief.merge import Claim, Disagreement
from reporter.brief.render import render_brief
from tests.test_brief_helpers import load_articles, load_spec
from tests.test_render import AS_OF


def test_large_tolls_and_counts_are_grouped(tmp_path):
    config, spec = load_spec(tmp_path)
    spec = spec.model_copy(
        update={"sections": [s for s in spec.sections if s.id in ("header", "key_points", "incidents")]}
    )
    articles, facts = load_articles()
    data = build_brief(spec, articles=articles, facts=facts, as_of=AS_OF, period_start=None, issue=1)
    first, second, *rest = data.incidents
    big = replace(first, killed=1400, injured=2500, count=1200, disagreements=())
    disputed = replace(
        second,
        killed=None,
        disagreements=(
            Disagreement(
                field="killed", claims=(Claim(value="1200", sources=(1,)), Claim(value="1350", sources=(2,)))
            ),
        ),
    )
    data = replace(data, incidents=[big, disputed, *rest])
    # The key points as the build writes them for these incidents (the first two are about incidents).
    data = replace(data, key_points=build._incident_points(data.incidents) + list(data.key_points[2:]))
    assert casualties(big) == "1,400 killed, 2,500 injured"  # the e-mail digest's list
    pdf = render_brief(data, spec=spec, config=config).pdf
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split())
    assert "1,400 killed, 2,500 injured" in text  # the key point
    assert "Casualties: 1,400 killed, 2,500 injured." in text  # the log
    assert "Reported count: 1,200" in text
    assert "killed: 1,200 [1] vs 1,350 [2]" in text
    assert "1400" not in text and "2500" not in text
