"""JSON for the values it has no type of its own for: dates and times as ISO 8601, the rest as text.

``json.dumps(..., default=str)`` wrote a datetime as "2025-06-20 06:00:00+00:00" (a space, which
ISO 8601 and most JSON readers outside Python reject); the store's columns and the posture
figures already wrote "2025-06-20T06:00:00+00:00". Python's ``fromisoformat`` reads both, so
briefs stored before this read back unchanged.
"""

from __future__ import annotations

from datetime import date
from typing import Any


def default(value: Any) -> str:
    """``json.dumps(..., default=isojson.default)``: a date or datetime in ISO 8601, else ``str``."""
    return value.isoformat() if isinstance(value, date) else str(value)
