"""Dates in text, normalised to ISO prefixes (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``).

Explicit dates ("January 3, 2020", "3 Jan 2020", "May 2021", "in 2008", "the 1990s",
"1990-1991") are read by rules; dates without a year ("Jan. 1", "since October 7th")
and relative dates ("yesterday", "last year", "on Monday") are resolved against the
article's publication date when it is known and left out otherwise. spaCy DATE
entities widen what counts as a year; dateparser is the fallback for DATE entities
the rules do not read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Literal

from ..model import DateValue

__all__ = ["find_dates", "parse_published"]

Precision = Literal["year", "month", "day"]

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
# Words before a bare year that make it a date rather than a count.
YEAR_CUES = frozenset(
    "in since until till by from during of after before early late mid through around circa c. "
    "between summer winter spring autumn fall year".split()
)

_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
PATTERNS: list[tuple[re.Pattern[str], Precision]] = [
    (re.compile(rf"\b{_YEAR}-(?P<m2>[01]\d)-(?P<d2>[0-3]\d)\b"), "day"),
    (re.compile(rf"\b{_MON}\s+{_DAY},?\s+{_YEAR}\b", re.I), "day"),
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}\b", re.I), "day"),
    (re.compile(rf"\b{_MON},?\s+(?:of\s+)?{_YEAR}\b", re.I), "month"),
    (re.compile(rf"\b{_MON}\s+{_DAY}\b(?![,.]?\s*\d)", re.I), "day"),  # no year: needs the base date
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON}\b(?!,?\s*\d)", re.I), "day"),
    (re.compile(r"\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?P<dec>1[6-9]\d|20\d)0s\b", re.I), "year"),
    (re.compile(rf"\b{_YEAR}\s*(?:-|–|—|/|to|through|until)\s*(?:1[6-9]|20)?\d\d\b"), "year"),
    (re.compile(rf"\b{_YEAR}\b(?![,.]?\d)"), "year"),
]
RELATIVE = re.compile(
    r"\b(?P<rel>yesterday|today|tonight|tomorrow|(?:last|this|next)\s+(?:year|month)|"
    r"(?:on\s+|last\s+|this\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    re.I,
)
MONTH_ONLY = re.compile(rf"\b(?:in|last|this|since|by|until|during)\s+{_MON}\b(?!\s*\d)(?!\s+of\s+\d)", re.I)


def parse_published(value: str | None) -> dt.date | None:
    """The article's date as a ``date``, or None when unknown or unreadable."""
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    try:
        if d is not None and m is not None:
            return dt.date(y, m, d).isoformat()
    except ValueError:
        return None
    if m is not None:
        return f"{y:04d}-{m:02d}" if 1 <= m <= 12 else None
    return f"{y:04d}"


def _resolve_month_day(mon: int, day: int, base: dt.date) -> str | None:
    """A month and day without a year: the latest such date not after the base date."""
    for year in (base.year, base.year - 1):
        try:
            d = dt.date(year, mon, day)
        except ValueError:
            return None
        if d <= base + dt.timedelta(days=1):
            return d.isoformat()
    return None


def _relative(expr: str, base: dt.date) -> tuple[str, Precision] | None:
    e = expr.lower().split()
    word = e[-1]
    if word in ("today", "tonight"):
        return base.isoformat(), "day"
    if word == "yesterday":
        return (base - dt.timedelta(days=1)).isoformat(), "day"
    if word == "tomorrow":
        return (base + dt.timedelta(days=1)).isoformat(), "day"
    if word in ("year", "month"):
        shift = {"last": -1, "this": 0, "next": 1}[e[0]]
        if word == "year":
            return f"{base.year + shift:04d}", "year"
        m = base.month - 1 + shift
        return f"{base.year + m // 12:04d}-{m % 12 + 1:02d}", "month"
    if word in WEEKDAYS:
        back = (base.weekday() - WEEKDAYS[word]) % 7
        if e[0] == "last" and back == 0:
            back = 7
        return (base - dt.timedelta(days=back)).isoformat(), "day"
    return None


def _prev_word(text: str, pos: int) -> str:
    m = re.search(r"([A-Za-z.]+)[\s(]*$", text[max(0, pos - 20) : pos])
    return m.group(1).lower() if m else ""


def find_dates(
    text: str,
    start: int = 0,
    end: int | None = None,
    published: str | None = None,
    date_spans: Iterable[tuple[int, int]] = (),
) -> list[DateValue]:
    """Dates inside ``text[start:end]``, with offsets into ``text``.

    ``date_spans`` are spans a tagger marked as dates (spaCy DATE entities): a bare
    year inside one counts as a date even without a cue word before it.
    """
    end = len(text) if end is None else end
    seg = text[start:end]
    base = parse_published(published)
    tagged = [(s, e) for s, e in date_spans if s < end and e > start]
    taken: list[tuple[int, int]] = []
    out: list[DateValue] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(s: int, e: int, value: str | None, precision: Precision) -> None:
        if value is None or not free(s, e):
            return
        taken.append((s, e))
        out.append(DateValue(value, text[s:e], precision, s, e))

    for pattern, precision in PATTERNS:
        for m in pattern.finditer(seg):
            s, e = start + m.start(), start + m.end()
            if not free(s, e):
                continue
            g = m.groupdict()
            if g.get("dec"):
                add(s, e, f"{int(g['dec']) * 10:04d}", "year")
                continue
            year = int(g["year"]) if g.get("year") else None
            mon = MONTHS.get((g.get("mon") or "").lower().rstrip("."))
            if g.get("m2"):
                mon = int(g["m2"])
            day = int(g["d2"]) if g.get("d2") else (int(g["day"]) if g.get("day") else None)
            if year is None:
                # month and day without a year ("Jan. 1", "October 7th")
                if base is not None and mon and day:
                    if (g.get("mon") or "").lower() == "may" and not re.match(r"May\b", m.group(0)):
                        continue  # the verb "may"
                    add(s, e, _resolve_month_day(mon, day, base), "day")
                continue
            if precision == "year" and not g.get("mon"):
                in_tag = any(a <= s and e <= b for a, b in tagged)
                if not in_tag and _prev_word(text, s) not in YEAR_CUES and not text[e : e + 1] == ")":
                    continue
            if precision == "month" and (g.get("mon") or "") == "may":
                continue  # lower-case "may 2020" is rare; the verb is common
            add(s, e, _iso(year, mon if precision != "year" else None, day if precision == "day" else None), precision)
    if base is not None:
        for m in RELATIVE.finditer(seg):
            s, e = start + m.start(), start + m.end()
            r = _relative(m.group("rel").replace("on ", ""), base)
            if r:
                add(s, e, r[0], r[1])
        for m in MONTH_ONLY.finditer(seg):
            mon = MONTHS[m.group("mon").lower().rstrip(".")]
            if m.group("mon") == "may":
                continue
            year = base.year if mon <= base.month else base.year - 1
            s, e = start + m.start("mon"), start + m.end()
            add(s, e, f"{year:04d}-{mon:02d}", "month")
        for s, e in tagged:  # tagger dates the rules did not read
            words = {w.lower().rstrip(".") for w in re.findall(r"[A-Za-z]+\.?", text[s:e])}
            if free(s, e) and words & (MONTHS.keys() | WEEKDAYS.keys()) and re.search(r"\d", text[s:e]):
                parsed = _dateparser(text[s:e], base)
                if parsed:
                    add(s, e, parsed[0], parsed[1])
    out.sort(key=lambda d: d.start)
    return out


def _dateparser(expr: str, base: dt.date) -> tuple[str, Precision] | None:
    try:
        from dateparser.search import search_dates
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    try:
        res = search_dates(
            expr,
            languages=["en"],
            settings={
                "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
                "PREFER_DATES_FROM": "past",
                "REQUIRE_PARTS": ["month"],
                "RETURN_TIME_AS_PERIOD": False,
            },
        )
    except Exception:  # dateparser raises many kinds on odd input
        return None
    if not res:
        return None
    return res[0][1].date().isoformat(), "day"
