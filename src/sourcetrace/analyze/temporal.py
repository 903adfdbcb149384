"""Dates in text, normalised to ISO prefixes (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``).

Explicit dates ("January 3, 2020", "3 Jan 2020", "May 2021", "in 2008", "the 1990s",
"1990-1991", "the fourth of March 2025"; a part of a month, "mid-March", "the end of June", keeps
the month) are read by rules; dates without a year ("Jan. 1",
"since October 7th", "the fourth of March") and relative dates ("yesterday", "last year",
"on Monday") are resolved against the article's publication date when it is known. An
article without one falls back to the date of its dateline when that carries a year ("CITY,
March 4, 2025 (XNA) –"); failing that, its year-less day-month dates take the year its own
dates with a day name ("3 March 2031"; a month and year, "March 2021", is no hint for them: they
stay unresolved), its bare months the year its full dates name (``year_hint``), and its
relative dates are left out.

A date without a year, a weekday or a bare month is resolved by the tense of its clause
(see ``_direction``): after "until", "by", "till" or "next", or in a clause whose
nearest verb marker is future ("will", "is due to", "must", "to be heard on", a verb of
scheduling before its preposition: "listed for", "adjourned until"), the next occurrence on or
after the article date; otherwise (past tense, or no marker: news mostly reports what
happened) the latest occurrence not after it. "last Friday" is always the one before.

spaCy DATE entities widen what counts as a year; dateparser is the fallback for DATE
entities the rules do not read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, Literal

from ..model import DateValue

__all__ = ["find_dates", "parse_published", "dateline_date", "year_hint"]

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
# what a yearless day date must not be followed by: a year it would leave behind ("5 May 2021") or a
# two-digit one; a count after the date is not its year ("on 15 July 38 people had died")
_NEXT_YEAR = r"(?:\d{4}\b|\d\d\b(?!\s+[a-z]))"
_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
# Days written as ordinal words ("the fourth of March", "March the twenty-first").
ORDINAL_DAYS = {
    w: n
    for n, w in enumerate(
        [*_UNITS, "tenth", "eleventh", "twelfth"]
        + [f"{p}teenth" for p in ("thir", "four", "fif", "six", "seven", "eigh", "nine")]
        + ["twentieth", *(f"twenty-{u}" for u in _UNITS), "thirtieth", "thirty-first"],
        start=1,
    )
}
_ORD = r"(?P<dword>" + "|".join(sorted((w.replace("-", r"[-\s]") for w in ORDINAL_DAYS), key=len, reverse=True)) + ")"
_NUM_DAY = r"(?P<d2>0?[1-9]|[12]\d|3[01])"
_BIG_DAY = r"(?P<d2>1[3-9]|2\d|3[01])"  # a day that is no month number
PATTERNS: list[tuple[re.Pattern[str], Precision]] = [
    (re.compile(rf"\b{_YEAR}-(?P<m2>[01]\d)-(?P<d2>[0-3]\d)\b"), "day"),
    (re.compile(rf"\b{_MON}\s+{_DAY},?\s+{_YEAR}\b", re.I), "day"),
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}\b", re.I), "day"),
    (re.compile(rf"\b(?:the\s+)?{_ORD}\s+(?:day\s+)?of\s+{_MON},?\s+{_YEAR}\b", re.I), "day"),
    (re.compile(rf"\b{_MON}\s+the\s+{_ORD},?\s+{_YEAR}\b", re.I), "day"),
    # numeric dates with a four-digit year: dotted ones are day first wherever they are written ("01.10.2026");
    # slashed ones only where the day cannot be the month ("25/03/2026", "03/25/2026")
    (re.compile(rf"(?<![\d.]){_NUM_DAY}\.(?P<m2>0?[1-9]|1[0-2])\.{_YEAR}(?!\.?\d)"), "day"),
    (re.compile(rf"(?<![\d/]){_BIG_DAY}/(?P<m2>0?[1-9]|1[0-2])/{_YEAR}(?!/?\d)"), "day"),
    (re.compile(rf"(?<![\d/])(?P<m2>0?[1-9]|1[0-2])/{_BIG_DAY}/{_YEAR}(?!/?\d)"), "day"),
    (re.compile(rf"\b{_MON},?\s+(?:of\s+)?{_YEAR}\b", re.I), "month"),
    (re.compile(rf"\b{_MON}\s+{_DAY}\b(?![,.]?\s*{_NEXT_YEAR})", re.I), "day"),  # no year: needs the base date
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON}\b(?!,?\s*{_NEXT_YEAR})", re.I), "day"),
    (re.compile(rf"\b(?:the\s+)?{_ORD}\s+(?:day\s+)?of\s+{_MON}\b(?!,?\s*{_NEXT_YEAR})", re.I), "day"),
    (re.compile(rf"\b{_MON}\s+the\s+{_ORD}\b(?!,?\s*{_NEXT_YEAR})", re.I), "day"),
    (re.compile(r"\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?P<dec>1[6-9]\d|20\d)0s\b", re.I), "year"),
    (re.compile(rf"\b{_YEAR}\s*(?:-|–|—|/|to|through|until)\s*(?:1[6-9]|20)?\d\d\b"), "year"),
    (re.compile(rf"\b{_YEAR}\b(?![,.]?\d)"), "year"),
]
# Days listed before one month name share it ("on 13, 17 and 20 November", "on 5 or 6 May"): the earlier
# days take the month and year of the date the month closes. A span ("between 6 and 8 June", "from 9 to 12
# October", "9-10 October") is one stretch of time, not several events: only its closing date is read.
_D = r"[0-3]?\d(?:st|nd|rd|th)?"
_MONTH_NAMES = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
DAY_LIST = re.compile(
    rf"(?<![\d,.])(?<!between\s)\b(?P<days>(?:{_D}\s*,\s*)*{_D}\s*,?\s*(?:and|or|&)\s*)"
    rf"(?P<last>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAMES}\b",
    re.I,
)
RELATIVE = re.compile(
    r"\b(?P<rel>yesterday|today|tonight|tomorrow|(?:last|this|next)\s+(?:year|month)|"
    r"this\s+(?:morning|afternoon|evening)|last\s+night|"
    r"(?:on\s+|last\s+|this\s+|next\s+|coming\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    re.I,
)
# part of a month ("mid-March", "early March", "the middle of March", "by the end of June"): the month
_PART = r"(?:(?:early|mid|late)[\s-]+|(?:the\s+)?(?:middle|end|beginning|start)\s+of\s+)"
MONTH_ONLY = re.compile(
    rf"\b(?:(?:in|last|this|next|since|by|until|till|during|before|from|after)\s+(?:the\s+)?{_PART}?|{_PART})"
    rf"{_MON}\b(?!\s*\d)(?!\s+of\s+\d)",
    re.I,
)
# the year after a bare month: "July of last year", "March this year", "June of the previous year"
_MONTH_OF_YEAR = re.compile(r"\s+(?:of\s+)?(?:the\s+)?(last|previous|this|next|following)\s+year\b", re.I)
# ... or the year before it: "last year in August", "this year, in March"
_YEAR_OF_MONTH = re.compile(r"\b(last|previous|this|next|following)\s+year,?\s+(?:in\s+)?$", re.I)
# "KESSLAR, May 14, 2024 (VNA) –": the report's own date, at the start of the body.
DATELINE = re.compile(
    r"^\s*[A-Z][\w.'’\- ]{1,40}?,\s*(?P<date>[^\n(–—]{4,30}?)\s*(?:\([^)\n]{1,40}\))?\s*(?:[–—]|--?)\s"
)
Direction = Literal["future", "past"] | None
# Words of a clause that set the time of the date in it: the nearest one before it decides.
FUTURE_WORDS = frozenset(
    "will shall 'll ’ll would must going due scheduled expected likely unlikely poised plans plan planned intends aims "
    "upcoming tomorrow".split()
)
PAST_WORDS = frozenset("was were had did ago last since yesterday previously earlier".split())
# Verbs that put an event on a calendar, with the prepositions that introduce the date they set:
# the date looks forward whatever the verb's own tense ("has listed the appeal for a hearing on
# 14 April", "adjourned the trial until 3 June"). "set" counts only with "for" ("set for").
_FOR = frozenset({"for"})
_UNTIL = frozenset({"to", "until", "till"})
SCHEDULING_VERBS: dict[str, frozenset[str]] = {
    **{w: _FOR for w in "listed set slated fixed timetabled pencilled penciled booked earmarked".split()},
    **{w: _FOR | _UNTIL for w in "scheduled rescheduled".split()},
    **{w: _UNTIL for w in "adjourned postponed deferred".split()},
}
# Generic closed class of nouns of events that are called or set for a day: after a present perfect ("the
# union has called a strike ... on Friday", "the court has set a hearing for 3 May") the date is the event's,
# ahead (English puts no past day on a present perfect).
EVENT_NOUNS = frozenset(
    """strike walkout stoppage rally march protest demonstration vigil meeting summit talks hearing trial vote
    election referendum ballot session conference debate deadline""".split()
)
# Verbs that make a day something with an object complement ("declared Tuesday a day of national mourning",
# "named Friday a public holiday"): the day is one to come, whatever the verb's tense.
DESIGNATING_VERBS = frozenset(
    "declared declares declare proclaimed proclaims proclaim designated designates designate named names".split()
)
# a preposition right before the date that looks forward unless the clause is in the past
FORWARD_PREPOSITIONS = frozenset({"until", "till", "by"})
# a preposition right before the date that a declared period starts from ("from Monday")
START_PREPOSITIONS = frozenset({"from", "starting"})
DESIGNATED_REACH = 8  # words back from that preposition to the verb that declares the period
AHEAD_DAYS = 7  # a day and month told with no tense is read this far ahead of the report
# auxiliaries before an "-ed" form that make it no past-tense verb ("is scheduled", "will be signed")
_NON_PAST_AUX = frozenset("is are am be being will would to must shall can may".split())
PRESENT_AUX = frozenset("is are am".split())  # ... of them, those of a present passive ("is declared")
_NOT_VERBS_ED = frozenset("need speed seed feed bed red hundred indeed united limited based".split())


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


def _resolve_month_day(mon: int, day: int, base: dt.date, direction: Direction = None) -> str | None:
    """A month and day without a year: with ``direction`` "future", the first such date on or
    after the base date; else the latest such date not after the day after the base date, or with
    no tense at all, not more than AHEAD_DAYS after it ("mourning is declared from 12 to 14
    November" in a report of 11 November: this November, not the last)."""
    years = (base.year, base.year + 1) if direction == "future" else (base.year, base.year - 1)
    ahead = dt.timedelta(days=AHEAD_DAYS if direction is None else 1)
    for year in years:
        try:
            d = dt.date(year, mon, day)
        except ValueError:
            return None
        if (direction == "future" and d >= base) or (direction != "future" and d <= base + ahead):
            return d.isoformat()
    return None


# A weekday name right before a date ("Friday 20 November", "Thursday, 12 November 2026").
_WEEKDAY_BEFORE = re.compile(r"\b(?P<wd>" + "|".join(WEEKDAYS) + r")\s*,?\s*(?:the\s+)?$", re.I)


def _weekday_before(text: str, s: int, lo: int) -> tuple[int, int] | None:
    """(start, weekday number) of a weekday name written right before the date at ``s``."""
    m = _WEEKDAY_BEFORE.search(text, max(lo, s - 16), s)
    return (m.start(), WEEKDAYS[m.group("wd").lower()]) if m else None


def _year_of_weekday(mon: int, day: int, weekday: int, base: dt.date) -> str | None:
    """A month and day written with its weekday ("Friday 20 November"): the date, in the year before,
    of or after the base date's, on which that day falls on that weekday (the nearest one); None when
    none does."""
    fits = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            d = dt.date(year, mon, day)
        except ValueError:
            return None
        if d.weekday() == weekday:
            fits.append(d)
    return min(fits, key=lambda d: abs((d - base).days)).isoformat() if fits else None


def _direction(text: str, s: int, e: int, lo: int, hi: int) -> Direction:
    """Whether the date at ``text[s:e]`` lies ahead of the report or behind it, read from its
    clause (``lo``..``hi`` bound the claim): "next"/"last" in the date itself; else the nearest
    tense word before it ("will", "must", "is due"; "was", "had", "since", a verb in "-ed");
    else a forward preposition right before it ("until 12 June", "by 20 March"); else the
    nearest tense word after it. None when nothing says."""
    left = max(lo, max((m.end() for m in _CLAUSE_END.finditer(text, lo, s)), default=lo))
    m_right = _CLAUSE_END.search(text, e, hi)
    right = m_right.start() if m_right else hi
    head = _WORDS.findall(text[s:e].lower())[:1]
    if head and head[0] in ("next", "coming"):
        return "future"
    if head and head[0] in ("last", "since"):
        return "past"
    before = _WORDS.findall(text[left:s].lower())[::-1]  # nearest first
    after = _WORDS.findall(text[e:right].lower())
    if before[:1] and before[0] in DESIGNATING_VERBS and after[:1] and after[0] in ("a", "an", "as"):
        return "future"  # "declared Tuesday a day of mourning": the day it names lies ahead of the declaration
    if before[:1] and before[0] in START_PREPOSITIONS and DESIGNATING_VERBS & set(before[:DESIGNATED_REACH]):
        return "future"  # "declared three days of national mourning from Monday": the days start after it
    found = _tense(before, backwards=True)
    if found is not None:
        return found
    near = [w for w in before if w not in ("on", "the")][:1]
    if (head and head[0] in FORWARD_PREPOSITIONS) or (near and near[0] in FORWARD_PREPOSITIONS):
        return "future"
    return _tense(_WORDS.findall(text[e:right].lower()), backwards=False)


def _tense(words: list[str], backwards: bool) -> Direction:
    """The first tense word of ``words`` (nearest first): "future", "past" or None. "to be" looks
    ahead ("to be heard on 14 April"), and so does a verb of scheduling whatever its tense when
    its date follows its preposition ("has listed the appeal for a hearing on", "adjourned the
    case until", see ``SCHEDULING_VERBS``)."""
    for n, w in enumerate(words[:20]):
        if w in FUTURE_WORDS:
            return "future"
        if w == "be" and (words[n + 1] if backwards and n + 1 < len(words) else words[n - 1] if n else "") == "to":
            return "future"
        if backwards and w in SCHEDULING_VERBS and SCHEDULING_VERBS[w] & set(words[:n]):
            return "future"
        if w in PAST_WORDS:
            return "past"
        if w.endswith("ed") and len(w) > 3 and w not in _NOT_VERBS_ED:
            # its auxiliary: the next word of a reversed list, the previous one in reading order
            aux = words[n + 1] if backwards and n + 1 < len(words) else (words[n - 1] if not backwards and n else "")
            if backwards and aux in PRESENT_AUX:
                return None  # "mourning is declared from 12 to 14 November": the present, no past
            if aux in _NON_PAST_AUX or aux == "been":
                continue  # "is scheduled", "will be signed", "to be completed"
            if backwards and aux in ("has", "have") and EVENT_NOUNS & set(words[:n]) and "already" not in words[:n]:
                # "has called a strike for Friday": the present perfect names no past day; "have
                # announced the strike already on 21 September" looks back
                return "future"
            return "past"
    return None


_CLAUSE_END = re.compile(r"[.!?;\n](?=\s|$)|[“”\"]")
_WORDS = re.compile(r"[a-z’']+")


def dateline_date(text: str) -> dt.date | None:
    """The full date of a dateline at the start of ``text`` ("CITY, May 14, 2024 (XNA) –"), or None."""
    m = DATELINE.match(text[:200])
    if not m:
        return None
    for pattern, precision in PATTERNS[:3]:
        d = pattern.fullmatch(m.group("date").strip().rstrip(","))
        if d and precision == "day":
            g = d.groupdict()
            mon = int(g["m2"]) if g.get("m2") else MONTHS.get((g.get("mon") or "").lower().rstrip("."))
            day = int(g["d2"]) if g.get("d2") else int(g["day"])
            try:
                return dt.date(int(g["year"]), mon or 0, day)
            except ValueError:
                return None
    return None


@lru_cache(maxsize=16)  # asked once per claim with its whole article's text
def year_hint(text: str, days: bool = False) -> int | None:
    """For an article without a date: the year its full dates ("5 March 2025", "March 2025") name,
    the most frequent (the latest on a tie), to read its year-less dates by. A bare year ("in
    2023") is no hint: it is as often the year of some earlier event. ``days``: only dates with a
    day count ("5 March 2025"), the hint for a year-less day and month ("9 March")."""
    years: Counter[int] = Counter()
    for pattern, precision in PATTERNS:
        if "(?P<year>" not in pattern.pattern or "(?P<mon>" not in pattern.pattern:
            continue
        if days and precision != "day":
            continue
        for m in pattern.finditer(text):
            if m.group("mon") != "may":
                years[int(m.group("year"))] += 1
    for m in PATTERNS[0][0].finditer(text):
        years[int(m.group("year"))] += 1
    if not years:
        return None
    return max(years, key=lambda y: (years[y], y))


def _relative(expr: str, base: dt.date, direction: Direction = None) -> tuple[str, Precision] | None:
    e = expr.lower().split()
    word = e[-1]
    if word in ("today", "tonight") or (e[0] == "this" and word in ("morning", "afternoon", "evening")):
        return base.isoformat(), "day"
    if e[0] == "last" and word == "night":
        return (base - dt.timedelta(days=1)).isoformat(), "day"
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
        if e[0] in ("next", "coming") or (direction == "future" and e[0] != "last"):
            ahead = (WEEKDAYS[word] - base.weekday()) % 7
            if e[0] == "next" and ahead == 0:
                ahead = 7
            return (base + dt.timedelta(days=ahead)).isoformat(), "day"
        back = (base.weekday() - WEEKDAYS[word]) % 7
        if e[0] == "last" and back == 0:
            back = 7
        return (base - dt.timedelta(days=back)).isoformat(), "day"
    return None


_PART_END = re.compile(_PART + r"$", re.I)


# present-tense verbs of a state: "today" with one of them means nowadays, not the page's day
STATIVE = frozenset(
    "lies lie remains remain belongs belong stands stand sits sit lives live exists exist forms form".split()
)
NOWADAYS_AFTER = frozenset("the a an part home one still".split())  # "is today the ...", "is today part of"


def nowadays(text: str, s: int, e: int) -> bool:
    """ "today" that means nowadays: after "what is" ("on what is today the Varnel side"), with a
    present-tense verb of a state in its clause ("the spring lies inside Varnel today", "remains
    today"), or after "is" / "are" before a noun phrase ("is today part of Varnel"); not "the vote
    is today" nor "is meeting today"."""
    before = re.split(r"[,;:.!?()“”\"]", text[max(0, s - 80) : s])[-1].lower().split()
    after = re.findall(r"[a-z]+", text[e : e + 20].lower())[:1]
    if before[-2:] in (["what", "is"], ["what", "are"]):
        return True
    if before and before[-1] in ("is", "are") and after and after[0] in NOWADAYS_AFTER:
        return True
    return bool(set(before[-8:]) & STATIVE) and not set(before[-8:]) & {"will", "would", "was", "were"}


def _part_start(seg: str, mon: int) -> int:
    """Where a month's date starts: at the part of the month before it ("mid-March", "the middle of March")."""
    m = _PART_END.search(seg, max(0, mon - 30), mon)
    return m.start() if m else mon


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
    if base is None:
        base = dateline_date(text)
    hint = year_hint(text) if base is None else None
    day_hint = year_hint(text, days=True) if hint is not None else None
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
            if g.get("dword"):
                day = ORDINAL_DAYS[re.sub(r"\s+", "-", g["dword"].lower())]
            # a weekday written before it says its year, and is part of the date ("on Monday, October 5"
            # is one day, not "on Monday" read against the page date beside "October 5")
            weekday = _weekday_before(text, s, start) if precision == "day" else None
            if weekday is not None and free(weekday[0], s):
                s = weekday[0]
            if year is None:
                # month and day without a year ("Jan. 1", "October 7th")
                if mon and day:
                    if (g.get("mon") or "").lower() == "may" and not (g.get("mon") or "").startswith("M"):
                        continue  # the verb "may"
                    named = None  # "Friday 20 November": the year in which that day is a Friday
                    if base is not None and weekday is not None:
                        named = _year_of_weekday(mon, day, weekday[1], base)
                    if named:
                        add(s, e, named, "day")
                    elif base is not None:
                        add(s, e, _resolve_month_day(mon, day, base, _direction(text, s, e, start, end)), "day")
                    elif day_hint is not None:
                        add(s, e, _iso(day_hint, mon, day), "day")
                    else:
                        # no page date and no full date: "Nov 7" stays unresolved (a month and year in
                        # the body, "in March 2021", is as often an earlier event's), and is no bare month
                        taken.append((s, e))
                continue
            if precision == "year" and not g.get("mon"):
                in_tag = any(a <= s and e <= b for a, b in tagged)
                if not in_tag and _prev_word(text, s) not in YEAR_CUES and not text[e : e + 1] == ")":
                    continue
            if precision == "month" and (g.get("mon") or "") == "may":
                continue  # lower-case "may 2020" is rare; the verb is common
            add(s, e, _iso(year, mon if precision != "year" else None, day if precision == "day" else None), precision)
    _shared_month_days(seg, start, out, add)
    if base is None and hint is not None:
        for m in MONTH_ONLY.finditer(seg):  # "since January": the year the article's full dates give
            if m.group("mon") != "may":
                mon = MONTHS[m.group("mon").lower().rstrip(".")]
                add(start + _part_start(seg, m.start("mon")), start + m.end(), _iso(hint, mon), "month")
    if base is not None:
        for m in MONTH_ONLY.finditer(seg):  # "in July of last year", "in March this year": the year it names
            rel = _MONTH_OF_YEAR.match(seg, m.end())
            ahead = None if rel else _YEAR_OF_MONTH.search(seg, max(0, m.start("mon") - 30), m.start("mon"))
            if (rel is None and ahead is None) or m.group("mon") == "may":
                continue
            mon = MONTHS[m.group("mon").lower().rstrip(".")]
            if rel is not None:
                s, e, word = start + _part_start(seg, m.start("mon")), start + rel.end(), rel.group(1)
            elif ahead is not None:
                s, e, word = start + ahead.start(), start + m.end(), ahead.group(1)
            year = base.year + {"last": -1, "previous": -1, "this": 0, "next": 1, "following": 1}[word.lower()]
            add(s, e, f"{year:04d}-{mon:02d}", "month")
        for m in RELATIVE.finditer(seg):
            s, e = start + m.start(), start + m.end()
            if m.group("rel").lower() == "today" and nowadays(text, s, e):
                continue  # "lies inside Varnel today", "what is today the Varnel side": no event date
            r = _relative(m.group("rel").replace("on ", ""), base, _direction(text, s, e, start, end))
            if r:
                add(s, e, r[0], r[1])
        for m in MONTH_ONLY.finditer(seg):
            mon = MONTHS[m.group("mon").lower().rstrip(".")]
            if m.group("mon") == "may":
                continue
            s, e = start + _part_start(seg, m.start("mon")), start + m.end()
            if _direction(text, start + m.start(), e, start, end) == "future":
                year = base.year if mon >= base.month else base.year + 1
            elif m.group(0).lower().startswith("last"):
                # "last July" in an August report: a month just gone would be "last month" or "in July";
                # the July of the year before. "last March" in November: this year's
                year = base.year if mon < base.month - 1 else base.year - 1
            else:
                year = base.year if mon <= base.month else base.year - 1
            add(s, e, f"{year:04d}-{mon:02d}", "month")
        for s, e in tagged:  # tagger dates the rules did not read
            words = {w.lower().rstrip(".") for w in re.findall(r"[A-Za-z]+\.?", text[s:e])}
            if free(s, e) and words & (MONTHS.keys() | WEEKDAYS.keys()) and re.search(r"\d", text[s:e]):
                parsed = _dateparser(text[s:e], base)
                if parsed:
                    add(s, e, parsed[0], parsed[1])
    out.sort(key=lambda d: d.start)
    return out


def _shared_month_days(seg: str, start: int, found: list[DateValue], add: Any) -> None:
    """The earlier days of a list that shares one month name ("13, 17 and 20 November", ``DAY_LIST``): each takes
    the year and month of the day date already read next to the month."""
    by_start = {d.start: d for d in found if d.precision == "day"}
    for m in DAY_LIST.finditer(seg):
        anchor = by_start.get(start + m.start("last"))
        if anchor is None:
            continue
        year, mon = int(anchor.value[:4]), int(anchor.value[5:7])
        for dm in re.finditer(r"[0-3]?\d", m.group("days")):
            s = start + m.start("days") + dm.start()
            add(s, s + len(dm.group()), _iso(year, mon, int(dm.group())), "day")


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
