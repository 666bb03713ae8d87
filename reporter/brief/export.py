"""The brief's machine-readable facts: ``facts.json`` and an ACLED-like ``incidents.csv``.

The same bytes are attached inside the PDF and written by ``reporter export``. Cells that a
spreadsheet would run as a formula are prefixed with an apostrophe (article text is untrusted).
"""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

from reporter.brief.build import BriefData
from reporter.incident_types import TYPES

#: Our incident types in ACLED's event_type / sub_event_type vocabulary.
ACLED_TYPES = {str(kind): info.acled for kind, info in TYPES.items()}
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


_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def facts_json(data: BriefData | dict[str, Any]) -> bytes:
    """The brief's JSON (what the run record stores), pretty-printed."""
    payload = data.to_json() if isinstance(data, BriefData) else data
    return json.dumps(payload, indent=2, ensure_ascii=False, sort_keys=True).encode("utf-8")


def _safe(value: Any) -> str:
    text = "" if value is None else str(value)
    if isinstance(value, int | float) or _NUMBER.match(text):
        return text  # a negative coordinate is data, not a formula
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _blank(value: Any) -> Any:
    return "" if value is None else value


def incidents_csv(data: BriefData | dict[str, Any]) -> bytes:
    """One row per merged incident (and statement, and earlier event recalled), ACLED-like columns first."""
    brief = data.to_json() if isinstance(data, BriefData) else data
    sources = {s["number"]: s for s in brief.get("sources", [])}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for inc in (*brief.get("incidents", []), *brief.get("statements", []), *brief.get("earlier", [])):
        event_type, sub_type = ACLED_TYPES.get(inc["type"], ("Strategic developments", "Other"))
        refs = [sources[n] for n in inc["sources"] if n in sources]
        actors = inc.get("actors") or []
        row = [
            f"{brief['brief_id']}-{inc['key']}",
            _blank(inc.get("date_from")),
            _blank(inc.get("date_to")),
            (inc.get("date_from") or "")[:4],
            _TIME_PRECISION.get(inc.get("date_precision"), 3),
            event_type,
            sub_type,
            inc["type"],
            actors[0] if actors else "",
            "; ".join(actors[1:]),
            _blank(inc.get("country")),
            _blank(inc.get("location")),
            "" if inc.get("lat") is None else f"{inc['lat']:.4f}",
            "" if inc.get("lon") is None else f"{inc['lon']:.4f}",
            _GEO_PRECISION.get(inc.get("place_precision"), 3),
            "; ".join(r.get("outlet") or "unknown" for r in refs),
            " ".join(r["url"] for r in refs if r.get("url")),
            inc.get("families"),
            inc.get("status"),
            " ".join((inc.get("summary") or "").split())[:2000],
            _blank(inc.get("killed")),
            _blank(inc.get("injured")),
            _blank(inc.get("count")),
            "; ".join(
                f"{d['field']}: " + " vs ".join(f"{c['value']} {c['sources']}" for c in d["claims"])
                for d in inc.get("disagreements", [])
            ),
        ]
        writer.writerow([_safe(v) for v in row])
    return out.getvalue().encode("utf-8")


def export(data: BriefData | dict[str, Any], fmt: str) -> bytes:
    """``json`` or ``csv`` bytes of a brief (its data, or the JSON a run stored)."""
    return facts_json(data) if fmt == "json" else incidents_csv(data)
