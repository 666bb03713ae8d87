"""An outlet that tells an event only of an area ("air strikes hit X province on Tuesday"), beside
other outlets' rows of two places inside that area it fits, is neither row's source nor a row of its
own: it may be either, or both. It is a note on each ("also reported at area level", with its
source). Beside one such row it joins it, as before; a count it alone shares with one row says which."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pypdf

from reporter.brief.merge import Claim
from reporter.brief.render import render_brief
from tests.conftest import outlet_brief
from tests.test_brief_helpers import load_spec
from tests.test_render import _render_data


def _brief(ex, *told: tuple[str, str]):
    return outlet_brief(ex, *told)


_PROVINCE = ("2030-11-05", "Air strikes hit Islamic State hideouts in Anbar province on Tuesday, an Iraqi security official said.")
_TOWN_A = ("2030-11-05", "An air strike on Tuesday destroyed an Islamic State tunnel near al-Qaim, local officials said.")
_TOWN_B = ("2030-11-06", "The coalition said it carried out an air strike near Rutba on Tuesday against Islamic State fighters.")


def test_an_area_report_beside_two_towns_rows_is_a_note_on_each(ex):
    for order in ((_PROVINCE, _TOWN_A, _TOWN_B), (_TOWN_B, _TOWN_A, _PROVINCE)):
        brief = _brief(ex, *order)
        rows = brief.incidents
        assert sorted(r.location for r in rows) == ["Rutba", "al-Qaim"], [(r.location, r.sources) for r in rows]
        (area,) = {s.number for s in brief.sources if s.title and "Anbar" in s.title}
        for row in rows:
            assert row.wider == (Claim(value="Anbar province", sources=(area,)),)
            assert area not in row.sources and row.status != "corroborated"


def test_another_type_of_attack_in_the_area_takes_no_note(ex):
    """A drone attack on a base in the province that day is no event the province's air strikes tell."""
    base = ("2030-11-05", "A drone attack targeted Ain al-Asad air base on Tuesday, and the drone was shot down by the coalition, a US official said.")
    rows = _brief(ex, _PROVINCE, _TOWN_A, base, _TOWN_B).incidents
    by_type = {r.type: r for r in rows}
    assert len(rows) == 3 and not by_type["drone_attack"].wider, [(r.type, r.location, r.wider) for r in rows]
    assert all(r.wider for r in rows if r.type == "air_strike")


def test_an_area_report_beside_one_towns_row_joins_it(ex):
    """Control: one row of a place in the area, and the area's report is its source."""
    rows = _brief(ex, _PROVINCE, _TOWN_A).incidents
    assert len(rows) == 1 and len(rows[0].sources) == 2 and not rows[0].wider


def test_a_count_the_area_report_shares_with_one_row_joins_it(ex):
    """Control: the same dozen dead in the province's report and one town's say which event it is."""
    province = ("2030-11-05", "An air strike killed 12 Islamic State fighters in Anbar province on Tuesday, an official said.")
    town = ("2030-11-05", "An air strike on Tuesday killed 12 Islamic State fighters near al-Qaim, local officials said.")
    rows = _brief(ex, province, town, _TOWN_B).incidents
    by_place = {r.location: r for r in rows}
    assert len(rows) == 2 and len(by_place["al-Qaim"].sources) == 2, [(r.location, r.sources) for r in rows]
    assert not any(r.wider for r in rows)


def test_the_log_says_where_the_area_level_report_is(tmp_path):
    data, config = _render_data()
    _, spec = load_spec(tmp_path)
    spec = spec.model_copy(update={"sections": [s for s in spec.sections if s.id == "incidents"]})
    inc = data.incidents[0]
    data = replace(data, incidents=[replace(inc, wider=(Claim(value="Anbar province", sources=(2,)),)), *data.incidents[1:]])
    pdf = render_brief(data, spec=spec, config=config).pdf
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert re.search(r"Also reported at area level \(Anbar province\) by \[2\]\.", text), text
