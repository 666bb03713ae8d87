"""Who shot it down, when outlets name different interceptors ("intercepted by the US-led coalition",
"Iraqi air defences intercepted it"): each value shows with its sources, under the "Intercepted by"
label, both on an attack's row (its interception side) and on a row that is the interception alone."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pypdf

from reporter.brief import textfmt
from reporter.brief.merge import Claim, Disagreement
from reporter.brief.render import render_brief
from tests.conftest import outlet_brief
from tests.test_brief_helpers import load_spec
from tests.test_render import _render_data


def _rows(ex, *told: tuple[str, str]):
    return outlet_brief(ex, *told).incidents


_ATTACK = ("2030-09-02", "A drone attack targeted Ain al-Asad air base on Monday, and the drone was intercepted by the US-led coalition, a US official said.")


def test_two_outlets_naming_two_interceptors_are_a_dispute_with_sources(ex):
    other = ("2030-09-02", "Iraqi air defences intercepted a drone near Ain al-Asad air base on Monday, the Iraqi military said.")
    (row,) = _rows(ex, _ATTACK, other)
    told = row.disagreement("interceptors")
    assert told is not None, row
    assert {c.value: c.sources for c in told.claims} == {"US-led coalition": (1,), "Iraq": (2,)}
    assert set(row.interceptors) == {"US-led coalition", "Iraq"}


def test_two_outlets_naming_one_interceptor_are_no_dispute(ex):
    """Control: the same interceptor told by both."""
    same = ("2030-09-02", "The US-led coalition intercepted a drone near Ain al-Asad air base on Monday, a spokesman said.")
    (row,) = _rows(ex, _ATTACK, same)
    assert row.interceptors == ("US-led coalition",) and row.disagreement("interceptors") is None


def test_the_claims_lead_labels_only_an_interceptions_plain_parties():
    assert textfmt.claims_lead("interception", ["Iraq", "US-led coalition"]) == "Intercepted by "
    assert textfmt.claims_lead("interception", ["Houthis (claimed)", "Iraq"]) == ""
    assert textfmt.claims_lead("drone_attack", ["Iraq", "Iran"]) == ""


def _log(tmp_path, change) -> str:
    data, config = _render_data()
    _, spec = load_spec(tmp_path)
    spec = spec.model_copy(update={"sections": [s for s in spec.sections if s.id == "incidents"]})
    data = replace(data, incidents=[change(data.incidents[0]), *data.incidents[1:]])
    pdf = render_brief(data, spec=spec, config=config).pdf
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


_TWO = (Claim(value="Iraq", sources=(1,)), Claim(value="US-led coalition", sources=(2,)))


def test_an_interception_row_of_disputed_interceptors_keeps_its_label(tmp_path):
    def change(inc):
        return replace(inc, type="interception", actors=(), disagreements=(Disagreement(field="actors", claims=_TWO),))

    text = _log(tmp_path, change)
    assert re.search(r"Intercepted by Iraq \[1\] vs US-led coalition \[2\]:", text), text


def test_an_attacks_disputed_interceptors_show_with_their_sources(tmp_path):
    def change(inc):
        return replace(inc, type="drone_attack", facets=("interception",), interceptors=("Iraq", "US-led coalition"),
                       disagreements=(Disagreement(field="interceptors", claims=_TWO),))  # fmt: skip

    text = _log(tmp_path, change)
    assert re.search(r"Intercepted(?:: \d+)? by Iraq \[1\] vs US-led coalition \[2\]\.", text), text


def test_disputed_doers_of_an_attack_take_no_interceptor_label(tmp_path):
    """Control: an attack's disputed doers lead as themselves."""

    def change(inc):
        return replace(inc, type="drone_attack", actors=(), facets=(), disagreements=(Disagreement(field="actors", claims=_TWO),))

    text = _log(tmp_path, change)
    assert re.search(r"\bIraq \[1\] vs US-led coalition \[2\]:", text) and "Intercepted by Iraq" not in text, text
