"""The brief's machine-readable facts: ``facts.json`` and an ACLED-like ``incidents.csv``.

The same bytes are attached inside the PDF and written by ``reporter export``. Cells that a
spreadsheet would run as a formula are prefixed with an apostrophe (article text is untrusted).
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from reporter.brief import BriefData

#: Our incident types in ACLED's event_type / sub_event_type vocabulary.
ACLED_TYPES = {
    "air_strike": ("Explosions/Remote violence", "Air/drone strike"),
    "drone_attack": ("Explosions/Remote violence", "Air/drone strike"),
    "missile_attack": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "rocket_attack": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "explosion": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "armed_clash": ("Battles", "Armed clash"),
}
CSV_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "event_date_end",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "reporter_type",
    "actor1",
    "assoc_actor_1",
    "country",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_urls",
    "corroboration",
    "verification",
    "notes",
    "fatalities",
    "injured",
    "count",
    "disagreements",
)
_TIME_PRECISION = {"day": 1, "range": 2, "month": 3, "year": 3, "unknown": 3}
_GEO_PRECISION = {"site": 1, "named place": 2, "country": 3, "unknown": 3}


def facts_json(data: BriefData) -> bytes:
    return json.dumps(data.to_json(), indent=2, ensure_ascii=False, sort_keys=True).encode("utf-8")


def _safe(value: Any) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def incidents_csv(data: BriefData) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for inc in (*data.incidents, *data.statements):
        event_type, sub_type = ACLED_TYPES.get(inc.type, ("Strategic developments", "Other"))
        refs = [data.source(n) for n in inc.sources]
        row = [
            f"{data.brief_id}-{inc.key}",
            inc.date_from or "",
            inc.date_to or "",
            (inc.date_from or "")[:4],
            _TIME_PRECISION.get(inc.date_precision, 3),
            event_type,
            sub_type,
            inc.type,
            inc.actors[0] if inc.actors else "",
            "; ".join(inc.actors[1:]),
            inc.country or "",
            inc.location or "",
            "" if inc.lat is None else f"{inc.lat:.4f}",
            "" if inc.lon is None else f"{inc.lon:.4f}",
            _GEO_PRECISION.get(inc.place_precision, 3),
            "; ".join(r.outlet or "unknown" for r in refs if r),
            " ".join(r.url for r in refs if r and r.url),
            inc.families,
            inc.status,
            " ".join(inc.summary.split())[:2000],
            "" if inc.killed is None else inc.killed,
            "" if inc.injured is None else inc.injured,
            "" if inc.count is None else inc.count,
            "; ".join(
                f"{d.field}: " + " vs ".join(f"{c.value} {list(c.sources)}" for c in d.claims)
                for d in inc.disagreements
            ),
        ]
        writer.writerow([_safe(v) for v in row])
    return out.getvalue().encode("utf-8")


def export(data: BriefData, fmt: str) -> bytes:
    """``json`` or ``csv``."""
    return facts_json(data) if fmt == "json" else incidents_csv(data)
