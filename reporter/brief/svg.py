"""A small SVG writer for the brief's figures, and their PNG copies for the e-mail.

The figures (map, incidents by day, timeline) are a few hundred shapes and labels at fixed places,
so they are written directly: no plotting library to import and lay out (over a second per run).
Units are points (1/72 in); the PDF scales each figure to the column. Text stays text, escaped, so
article-derived labels cannot inject markup. The e-mail's PNG is the same SVG drawn by resvg.
"""

from __future__ import annotations

import io
import math
from html import escape

FONT = "DejaVu Sans, Verdana, sans-serif"

#: Advance widths of DejaVu Sans in em, for laying out labels without loading the font.
_NARROW = set(" .,:;'!|il1()[]-")
_WIDE = set("MWmw—")


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """About how wide ``text`` is drawn at ``size`` points (errs a little wide)."""
    em = 0.0
    for c in text:
        if c in _NARROW:
            em += 0.34
        elif c in _WIDE:
            em += 0.92
        elif c.isupper():
            em += 0.72
        elif c.isdigit():
            em += 0.64
        else:
            em += 0.6
    return em * size * (1.08 if bold else 1.0)


def num(value: float) -> str:
    """A coordinate with two decimals at most (a hundredth of a point is below anything visible)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


class Canvas:
    """SVG elements in drawing order over a ``width`` x ``height`` point area."""

    def __init__(self, width: float, height: float) -> None:
        self.width, self.height = width, height
        self.parts: list[str] = []

    def add(self, tag: str, text: str | None = None, **attrs: object) -> None:
        """One element; ``fill_opacity=`` becomes ``fill-opacity=``; floats are rounded."""
        written = " ".join(
            f'{k.rstrip("_").replace("_", "-")}="{num(v) if isinstance(v, float) else escape(str(v))}"'
            for k, v in attrs.items()
            if v is not None
        )
        if text is None:
            self.parts.append(f"<{tag} {written}/>")
        else:
            self.parts.append(f"<{tag} {written}>{escape(text)}</{tag}>")

    def text(
        self,
        x: float,
        y: float,
        text: str,
        *,
        size: float,
        anchor: str = "start",
        colour: str = "#000000",
        bold: bool = False,
        rotate: float | None = None,
    ) -> None:
        """A line of text with its baseline at ``y``."""
        self.add(
            "text",
            text,
            x=float(x),
            y=float(y),
            font_size=float(size),
            font_weight="bold" if bold else None,
            text_anchor=anchor if anchor != "start" else None,
            fill=colour,
            transform=f"rotate({num(rotate)} {num(x)} {num(y)})" if rotate else None,
        )

    def line(
        self, x1: float, y1: float, x2: float, y2: float, *, colour: str, width: float, **extra: object
    ) -> None:
        self.add("line", x1=float(x1), y1=float(y1), x2=float(x2), y2=float(y2), stroke=colour,
                 stroke_width=float(width), **extra)  # fmt: skip

    def rect(self, x: float, y: float, w: float, h: float, **attrs: object) -> None:
        self.add("rect", x=float(x), y=float(y), width=float(w), height=float(h), **attrs)

    def circle(self, x: float, y: float, r: float, **attrs: object) -> None:
        self.add("circle", cx=float(x), cy=float(y), r=float(r), **attrs)

    def svg(self) -> str:
        # Unitless size: WeasyPrint scales the image to the column, and resvg reads no "pt" sizes.
        w, h = num(self.width), num(self.height)
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
            f'font-family="{FONT}">' + "".join(self.parts) + "</svg>"
        )


def path_data(rings: list[list[tuple[float, float]]]) -> str:
    """Closed rings as one SVG path's ``d`` (absolute moves, relative lines: shorter to parse)."""
    out = []
    for ring in rings:
        (x0, y0), *rest = ring
        steps = []
        px, py = round(x0, 1), round(y0, 1)
        for x, y in rest:
            x, y = round(x, 1), round(y, 1)
            if (x, y) != (px, py):
                steps.append(f"{num(x - px)} {num(y - py)}")
                px, py = x, y
        # A ring that rounds to a point or a line covers nothing; worse, a bare "lz" is a syntax
        # error, and SVG renderers stop drawing a path at its first error (the rest of the land).
        if len(steps) >= 2:
            out.append(f"M{num(round(x0, 1))} {num(round(y0, 1))}l" + " ".join(steps) + "z")
    return "".join(out)


def nice_step(span: float, most: int, steps: tuple[float, ...] = (1, 2, 5, 10)) -> float:
    """The smallest step of ``steps`` x 10^k that cuts ``span`` into at most ``most`` parts."""
    if span <= 0:
        return 1.0
    scale = 10 ** math.floor(math.log10(span / most))
    for s in steps:
        if span / (s * scale) <= most:
            return s * scale
    return steps[-1] * scale * 10


def ticks(lo: float, hi: float, most: int) -> list[float]:
    """Round values between ``lo`` and ``hi``, at most ``most + 1`` of them."""
    step = nice_step(hi - lo, most)
    first = math.ceil(lo / step - 1e-9)
    return [round(k * step, 10) for k in range(first, math.floor(hi / step + 1e-9) + 1)]


#: Pixels per CSS pixel in the e-mail's PNGs: sharp on high-density screens.
PNG_DENSITY = 2


def to_png(svg: str, shown_px: int, *, density: int = PNG_DENSITY) -> bytes:
    """The figure as a palette PNG for a column ``shown_px`` CSS pixels wide, ``density`` pixels each.

    A figure laid out ``shown_px * 0.75`` points wide shows its text at its point size. A palette of 256 colours keeps a map a quarter of its RGB size.
    """
    import resvg_py
    from PIL import Image

    rgb = resvg_py.svg_to_bytes(svg_string=svg, width=round(shown_px * density), background="#ffffff")
    image = Image.open(io.BytesIO(rgb)).convert("RGB")
    small = io.BytesIO()
    # Fast octree, no dithering: a tenth of the time of median cut, and a smaller file for these
    # flat-coloured drawings.
    image.quantize(colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(
        small, format="PNG"
    )
    return small.getvalue()
