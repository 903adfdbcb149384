"""Date strings in any common format to ISO 8601 (date part only)."""

from __future__ import annotations

import re
from datetime import date, datetime

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def iso_date(value: str | date | None) -> str | None:
    """'January 12, 2022', '12/01/2022', '2022-01-12T10:00Z' -> '2022-01-12'; None if unsure."""
    if value is None:
        return None
    if isinstance(value, (date, datetime)):
        return value.strftime("%Y-%m-%d")
    s = value.strip()
    if not s:
        return None
    m = _ISO.match(s)
    if m:
        return m.group(0)
    import dateparser

    parsed = dateparser.parse(
        s,
        languages=["en"],
        settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY"},
    )
    return parsed.strftime("%Y-%m-%d") if parsed else None
