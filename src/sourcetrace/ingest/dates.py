"""Dates in page text: date forms, whole date lines, and the day/month order of numeric dates.

A date line may carry labels, times and page furniture around its date ('Published: 4 May
2020 | Updated 3 hours ago', 'Fenwick Gazette · 5 May 2020 · 4 min read'). A numeric date
such as 05/03/2025 gets a value only when its reading is settled: by the form itself (a
field over 12, the dotted D.M.Y convention, a weekday that fits one reading only) or by the
page (``page_date_order``). Otherwise its value is unknown (None), never guessed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

__all__ = [
    "DateLine",
    "DatePrefix",
    "Order",
    "age_furniture",
    "date_in",
    "date_line",
    "date_line_info",
    "date_prefix",
    "has_unsettled_date",
    "iso_date",
    "page_date_order",
    "read_date_line",
]

Order = Literal["dmy", "mdy"] | None

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# Month names of other languages, as date lines of pages in (or translated from) them write them:
# German, French, Spanish, Portuguese, Italian, Dutch, the Scandinavian languages, Polish (genitive) and Turkish.
_FOREIGN_MONTHS = [
    "januar jänner janvier enero janeiro gennaio januari stycznia ocak",
    "februar feber février fevrier febrero fevereiro febbraio februari lutego şubat subat",
    "märz maerz mars marzo março maart marca mart",
    "april avril abril aprile kwietnia nisan",
    "mai mayo maio maggio mei maj maja mayıs mayis",
    "juni juin junio junho giugno czerwca haziran",
    "juli juillet julio julho luglio lipca temmuz",
    "august août aout agosto augustus augusti sierpnia ağustos agustos",
    "september septembre septiembre setembro settembre września wrzesnia eylül eylul",
    "oktober octobre octubre outubro ottobre października pazdziernika ekim",
    "november novembre noviembre novembro listopada kasım kasim",
    "dezember décembre decembre diciembre dezembro dicembre december desember grudnia aralık aralik",
]
# Russian and Ukrainian month names in the genitive, as a date writes them ("1 октября 2026", "1 жовтня 2026")
_CYRILLIC_MONTHS = (
    "января лютого февраля марта березня апреля квітня мая травня июня червня июля липня августа серпня "
    "сентября вересня октября жовтня ноября листопада декабря грудня січня"
)
for _name in _CYRILLIC_MONTHS.split():
    _MONTHS.setdefault(
        _name,
        {"янв": 1, "січ": 1, "фев": 2, "лют": 2, "мар": 3, "бер": 3, "апр": 4, "кві": 4, "мая": 5, "тра": 5,
         "июн": 6, "чер": 6, "июл": 7, "лип": 7, "авг": 8, "сер": 8, "сен": 9, "вер": 9, "окт": 10, "жов": 10,
         "ноя": 11, "лис": 11, "дек": 12, "гру": 12}[_name[:3]],
    )  # fmt: skip
for _n, _names in enumerate(_FOREIGN_MONTHS, 1):
    for _name in _names.split():
        _MONTHS.setdefault(_name, _n)
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ENGLISH_MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
_MON = rf"(?P<mon>{_MONTH_NAMES})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_WEEKDAY = r"(?:(?P<wd>mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_DATE_FORMS = [
    rf"{_MON}\s+{_DAY},?\s+{_YEAR}",  # January 12, 2022 / Jan. 1 2024
    rf"{_DAY}\.?\s+(?:(?:of|de)\s+)?{_MON},?\s+(?:(?:de|del)\s+)?{_YEAR}",  # 12 January 2022, 7. März 2025
    rf"{_DAY}-{_MON}-{_YEAR}",  # 12-Jan-2022
    r"(?P<iso>(?:19|20)\d{2})-(?P<isom>[01]?\d)-(?P<isod>[0-3]?\d)(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?",
    r"(?P<ymd>(?:19|20)\d{2})(?P<ysep>[/.])(?P<ymdm>[01]?\d)(?P=ysep)(?P<ymdd>[0-3]?\d)",  # 2022/01/12
    r"(?P<na>[0-3]?\d)(?P<nsep>[/.-])(?P<nb>[0-3]?\d)(?P=nsep)(?P<ny>(?:19|20)\d{2})",  # 12/01/2022: see _numeric
    r"(?P<sd>[0-3]?\d)\.\s(?P<sm>[01]?\d)\.\s(?P<sy>(?:19|20)\d{2})",  # 12. 1. 2022: spaced, always day first
]
_FORMS = [re.compile(r"(?<![\w/.-])" + _WEEKDAY + f + r"(?![\w/-])", re.I) for f in _DATE_FORMS]
# a zone after a clock time: "GMT", "(CET)", "+02:00", "+0330", "UTC+2"; an offset may carry minutes, as the
# half- and quarter-hour zones write it ("GMT+3:30", "UTC+05:30", "(GMT+5:45)")
_OFFSET = r"[+-]\d{1,2}(?::[0-5]\d)?"
_TZ = (
    rf"(?-i:\s*(?:\([A-Z]{{2,5}}(?:{_OFFSET})?\)|(?:[A-Z]{{2,5}})?[+-](?:\d{{2}}:?\d{{2}}|\d:[0-5]\d)\b"
    rf"|[A-Z]{{2,5}}(?:{_OFFSET})?\b))?"
)
_MERIDIEM = r"(?:[ap]\.?\s?m\.?(?!\w)|[ap]m\b)"
# a clock time: "06:00", "6.30 pm", "06h00", "16 h 20", "6 p.m."; a word for the hour after it, as translated pages
# write it ("06:00 o'clock", "06:00 Uhr", "06:00 hrs"), and "local time" or a zone
_CLOCK = (
    rf"(?:\d{{1,2}}(?:[:.]|\s?h\s?)\d{{2}}(?::\d{{2}})?\s*{_MERIDIEM}?|\d{{1,2}}\s*{_MERIDIEM})"
    r"(?:\s*(?:o['’]\s?clock|uhr|hrs?\b\.?|hours\b|h\b))?(?:\s+local\s+time\b)?" + _TZ
)
# the word before a clock time: "at 14:03", and as other languages write it: "kl. 14:03", "um 14:03 Uhr",
# "à 14h03", "a las 14:03", "alle ore 14:03", "om 14:03", "o godz. 14:03", "saat 14:03"
_AT = (
    r"(?:(?:at|kl|klo|kello|um|à|a\s+las?|às|as|alle(?:\s+ore)?|ore|om|o(?:\s+godz)?|godz|saat|в)"
    r"(?:\.\s*|\s+)(?=\d))?"
)
_TIME = re.compile(r"(?:[\s,|·•\-–—]|\s/)*" + _AT + _CLOCK, re.I)  # "…, 16:45", "… / 16:45"
# a time before the date: "Updated 14:05 GMT, 9 June 2024", "10:30 a.m. ET | June 9, 2024", "16:45 / 9 June 2024"
_LEAD_TIME = re.compile(_AT + _CLOCK + r"\s*(?:,|\||·|•|–|—|-|/|\bon\b)?\s*", re.I)
# the word for "year" after a year, as pages of (or translated from) Russian and Uzbek write it: "1 October 2026 г."
_YEAR_WORD = re.compile(r"\s*(?:г\.|года|g\.|yil)(?!\w)", re.I)
# date-line labels of other languages, for the publication and for an update
_FOREIGN_PUBLISHED = (
    r"publisert|publiceret|udgivet|publicerad|publicerat|ver(?:ö|oe)ffentlicht|erschienen|erstellt|publiée?|"
    r"publie|publicad[oa]|pubblicat[oa]|gepubliceerd|geplaatst|opublikowano|yay[ıi]nlanma|yay[ıi]mlanma|"
    r"yay[ıi]n|julkaistu|publicat|publikováno|zveřejněno|objavljeno|diterbitkan|опубликовано"
)
_FOREIGN_UPDATED = (
    r"oppdatert|opdateret|uppdaterad|uppdaterat|aktualisiert|stand|mise?\s+à\s+jour|actualizad[oa]|"
    r"atualizad[oa]|aggiornat[oa]|bijgewerkt|zaktualizowano|aktualizacja|g[üu]ncellenme|g[üu]ncelleme|"
    r"g[üu]ncellendi|päivitetty|actualizat|aktualizováno|ažurirano|diperbarui|обновлено"
)
_FOREIGN_UPDATE_LABEL = re.compile(rf"^(?:{_FOREIGN_UPDATED})$", re.I)
_LABEL_WORDS = (
    r"(?:(?:first\s+)?(?:published|posted|date|dated|created|released|issued|"
    rf"last\s+(?:updated?|modified|edited|changed)|updated?|modified)|{_FOREIGN_PUBLISHED}|{_FOREIGN_UPDATED})(?!\w)"
)
# "Published on", "Publié le", "Publicado el", "Pubblicato il", "Veröffentlicht am", "Gepubliceerd op",
# "Yayınlanma tarihi"
_LABEL_LINK = r"(?:\s+(?:on|at|date|le|el|il|am|op|den|em|tarihi|dnia|dne))?"
_DATE_LABEL = re.compile(rf"^\s*(?P<label>{_LABEL_WORDS}{_LABEL_LINK})?\s*[:|\-–—]?\s*", re.I)

# Segments of a date line that are page furniture, not dates:
# "6 min read", "Reading time: 5 minutes", "Updated 15:20 GMT", "3 hours ago", "12 comments".
_READ_TIME = re.compile(
    r"^(?:(?:estimated\s+)?reading\s+time\s*:?\s*)?(?:about\s+|~)?\d{1,3}\s*(?:-\s*)?(?:min(?:ute)?s?\.?|m)"
    r"(?:\s+(?:read|reading|listen|watch))?$",
    re.I,
)
_LABEL_TIME = re.compile(rf"^(?:{_LABEL_WORDS}|time)(?:\s+(?:on|at))?\s*:?\s*" + _AT + _CLOCK + "$", re.I)
_AGE = re.compile(
    rf"^(?:{_LABEL_WORDS}\s*:?\s*)?(?:(?:about|around|over|almost|nearly|less\s+than|more\s+than)\s+)?"
    r"(?:(?:\d{1,3}|an?|one|two|three|few|a\s+few|several)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|"
    r"d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)\.?\s+ago|just\s+now|moments?\s+ago|today|yesterday)$",
    re.I,
)
# a count as pages write it, its thousands grouped by a comma, a dot or a (thin) space: "18,411", "18 411"
_NUMBER = r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d[\d,.]*)"
_COUNT = re.compile(
    rf"^(?:{_NUMBER}\s*[km]?|no|one)\s+(?:comments?|replies|responses|shares?|views?|reads?|likes?|reactions?)$"
    rf"|^(?:comments?|shares?|views?)\s*[:(]?\s*{_NUMBER}\s*\)?$"
    r"|^(?:leave\s+a\s+(?:comment|reply)|add\s+(?:a\s+)?comment|comments?\s+(?:off|closed))$",
    re.I,
)
_SEP = re.compile(r"^\s*(?:\||·|•|—|–|-{1,2}|:|/(?=\s))\s*")
_SEGMENT_CUT = re.compile(r"^(.*?)\s*(?:\||·|•|—|–|\s-\s|\s/\s|,|$)")
# a name before the date: "Fenwick Gazette · 5 May 2020", "Mira Castell | May 5, 2020"
_LEAD_NAME = re.compile(r"^\s*(?P<name>[^\W\d_][^\d|·•–—,:]{0,58}?)\s*(?:\||·|•|–|—|\s-\s|,)\s*")
_JOIN = {"of", "the", "and", "for", "de", "la", "el", "al", "&", "du", "van", "von", "der"}


def _reading(y: int, month: int, day: int) -> date | None:
    try:
        return date(y, month, day)
    except ValueError:
        return None


def _numeric(g: dict[str, str], order: Order) -> date | None:
    """12/01/2022: a field over 12 settles it; otherwise a weekday, the page's order, or the dotted D.M.Y form."""
    a, b, y = int(g["na"]), int(g["nb"]), int(g["ny"])
    dmy, mdy = _reading(y, b, a), _reading(y, a, b)
    if dmy is None or mdy is None or dmy == mdy:
        return dmy or mdy
    wd = g.get("wd")
    if wd:
        want = _WEEKDAYS[wd.lower()[:3]]
        fits = [d for d in (dmy, mdy) if d.weekday() == want]
        if len(fits) == 1:
            return fits[0]
    if order == "dmy" or (order is None and g["nsep"] == "."):
        return dmy
    return mdy if order == "mdy" else None


_UNKNOWN = ""  # a well-formed date whose day/month order is not settled


def _parse_match(m: re.Match[str], order: Order) -> str | None:
    """ISO value of a date match; _UNKNOWN when its day/month order is unsettled; None when impossible."""
    g = {k: v for k, v in m.groupdict().items() if v}
    try:
        if "mon" in g:
            d: date | None = date(int(g["year"]), _MONTHS[g["mon"].lower().rstrip(".")], int(g["day"]))
        elif "iso" in g:
            d = date(int(g["iso"]), int(g["isom"]), int(g["isod"]))
        elif "ymd" in g:
            d = date(int(g["ymd"]), int(g["ymdm"]), int(g["ymdd"]))
        elif "sd" in g:
            d = date(int(g["sy"]), int(g["sm"]), int(g["sd"]))
        else:
            a, b, y = int(g["na"]), int(g["nb"]), int(g["ny"])
            if _reading(y, b, a) is None and _reading(y, a, b) is None:
                return None
            d = _numeric(g, order)
            if d is None:
                return _UNKNOWN
    except (KeyError, ValueError):
        return None
    return d.isoformat() if d else None


def date_in(text: str, start: int = 0, order: Order = None) -> tuple[str | None, int, int] | None:
    """The first dated expression (with a year) in text at or after start: (iso, start, end).

    iso is None for a numeric date whose day/month order neither the form nor ``order`` settles.
    """
    best: tuple[str | None, int, int] | None = None
    for form in _FORMS:
        m = form.search(text, start)
        if m and (best is None or m.start() < best[1]):
            iso = _parse_match(m, order)
            if iso is not None:
                best = (iso or None, m.start(), m.end())
    return best


@dataclass(frozen=True)
class DatePrefix:
    """A date at the head of a line: its ISO value (None when unsettled), its label, where the rest begins."""

    iso: str | None
    label: str
    rest: int


def date_prefix(line: str, order: Order = None) -> DatePrefix | None:
    """'Posted on January 12, 2022', ' date 2025-01-19 NAIROBI – …', 'Wednesday, 12 January 2022 | …'.

    A time may come before the date ('Updated 14:05 GMT, 9 June 2024') or after it
    ('9 June 2024, 2:05 p.m. CET', 'June 9, 2024 at 10:30 +02:00').
    """
    lab = _DATE_LABEL.match(line)
    pos = lab.end() if lab else 0
    found = date_in(line, pos, order)
    if found and found[1] != pos:
        lead = _LEAD_TIME.match(line, pos)
        found = date_in(line, lead.end(), order) if lead else None
        if found and lead and found[1] != lead.end():
            found = None
    if not found:
        return None
    iso, _, end = found
    y = _YEAR_WORD.match(line, end)
    if y:
        end = y.end()
    t = _TIME.match(line, end)
    if t:
        end = t.end()
    label = re.sub(r"\s+", " ", (lab.group("label") or "").lower()) if lab else ""
    return DatePrefix(iso, _english_label(label), end)


_ENGLISH_LABEL = re.compile(
    r"^(?:first\s+)?(?:published|posted|date|dated|created|released|issued|last|updated?|modified)\b"
)


def _english_label(label: str) -> str:
    """A foreign label in its English form ('Oppdatert' -> 'updated', 'Publié le' -> 'published')."""
    if not label or _ENGLISH_LABEL.match(label):
        return label
    word = re.sub(_LABEL_LINK + "$", "", label, flags=re.I)
    return "updated" if _FOREIGN_UPDATE_LABEL.match(word) else "published"


def _is_update(label: str) -> bool:
    return any(w in label for w in ("update", "modified", "edited", "changed"))


# a section's breadcrumb: "World > Europe", "News › Harbour and Coast" (two to four capitalised labels)
_CRUMB_PART = r"[^\W\d_][^\W\d_'’&-]*(?:\s+(?:and|of|&|[^\W\d_][^\W\d_'’&-]*)){0,2}"
_CRUMB_SEGMENT = re.compile(_CRUMB_PART + r"(?:\s*[>›»]\s*" + _CRUMB_PART + r"){1,3}")


# a count behind a pictogram, as pages show views and comments: "👁 18 342", "💬 12"
_ICON_COUNT = re.compile(rf"^(?P<icon>\S{{1,2}})\s*{_NUMBER}\s*[km]?$", re.I)
# the masthead's weather beside the date: "Port Elm +3°", "Varnel 12 °C", "-4°F"
_WEATHER = re.compile(r"^(?:[^\W\d_][\w'’.-]*\s+){0,3}[+\-−–]?\d{1,2}\s*°\s*[CF]?$")
# the masthead's other readings beside the date: tides, wind, sun ("High water 04:51", "Wind NW 5-6",
# "Sunrise 07:41", "Low tide 14:05"): a short label of words, maybe a compass point, then figures or a clock
_READING = re.compile(
    r"^(?:[^\W\d_][\w'’.-]*\s+){1,2}(?:[NSEW]{1,3}\s+)?\d{1,3}(?:[:.]\d{2})?(?:\s*[-–/]\s*\d{1,3}(?:[:.]\d{2})?)?"
    r"\s*(?:km/h|mph|m/s|kn|knots|m|cm|%|hpa|mb)?$",
    re.I,
)
# a bare label, its date shown elsewhere (a link or a tooltip): "… 3:18 PM GMT Updated"
_BARE_LABEL = re.compile(rf"^{_LABEL_WORDS}$", re.I)


def _icon_count(seg: str) -> bool:
    m = _ICON_COUNT.match(seg)
    return m is not None and all(unicodedata.category(c) in ("So", "Sk", "Cf", "Mn") for c in m.group("icon"))


def _furniture_segment(seg: str) -> bool:
    return bool(
        _READ_TIME.match(seg)
        or _LABEL_TIME.match(seg)
        or _AGE.match(seg)
        or _COUNT.match(seg)
        or _WEATHER.match(seg)
        or _READING.match(seg)
        or _BARE_LABEL.match(seg)
        or _icon_count(seg)
    )


def age_furniture(line: str) -> bool:
    """A line of date-line furniture only: 'Updated 3 hours ago', '5 min read · 12 comments'."""
    segs = [x.strip() for x in re.split(r"\s*(?:\||·|•|—|–|\s-\s)\s*", line.strip())]
    return bool(segs) and all(s and _furniture_segment(s) for s in segs)


def _lead_name(name: str) -> bool:
    """A short capitalised name before a date (an outlet, an author, a section), not a clause."""
    toks = name.split()
    lab = _DATE_LABEL.match(name)
    if not 1 <= len(toks) <= 5 or (lab and lab.group("label")):
        return False
    if all(t[:1].isupper() or t.lower() in _JOIN for t in toks) and toks[0][:1].isupper():
        return True
    # a label of the page's kind or section: "Press release | 17.11.2026 | Animal health"
    return (
        len(toks) == 2
        and toks[0].lower() not in _NOT_LABEL
        and toks[0].isalpha()
        and toks[1].isalpha()
        and toks[1].islower()
        and toks[1] not in _NOT_LABEL
    )


# function words and verbs of being that begin or end a clause, never a page label ("It was | 5 May 2020")
_NOT_LABEL = frozenset(
    "it he she they we you i this that these there here the a an is was are were be been has had have do did".split()
)


@dataclass(frozen=True)
class DateLine:
    """A line that is a date line: its date (None when unsettled), whether only an update date, a leading name,
    and a name after the date (``trail``, read only when asked for)."""

    iso: str | None
    updated: bool
    lead: str | None = None
    trail: str | None = None


# a weekday named after the date, as pages of many languages write it ("2 October 2026, Friday",
# "02.10.2026 (Fri)"); English and the languages whose month names are read above
_WEEKDAY_SEGMENT = re.compile(
    r"^\(?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|"
    r"viernes|s[áa]bado|domingo|luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato|domenica|maandag|"
    r"dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|mandag|tirsdag|onsdag|torsdag|fredag|l[øö]rdag|s[øö]ndag|"
    r"m[åa]ndag|tisdag|poniedzia[łl]ek|wtorek|[śs]roda|czwartek|pi[ąa]tek|sobota|niedziela|pazartesi|sal[ıi]|"
    r"[çc]ar[şs]amba|per[şs]embe|cuma|cumartesi|pazar)\.?\)?$",
    re.I,
)
# a separator before a name after the date: "Posted 8 May 2020, 09:12 | Fjord Post Desk", "5 May 2020 · Jane Doe"
_TRAIL_SEP = re.compile(r"^\s*(?:\||·|•|—|–|\s-\s)\s*")
_BY_WORD = re.compile(r"^(?:(?:\w+\s+)?by|from|for|in|at|on|and|via|source)\b", re.I)


def _trail_name(seg: str) -> bool:
    """A short capitalised name after a date line's separator (a byline or a desk), not a by-phrase or a clause."""
    return _lead_name(seg) and not _BY_WORD.match(seg) and not re.search(r"[.!?:;\"“”()]", seg)


def read_date_line(line: str, order: Order = None, trail: bool = False) -> DateLine | None:
    """The date line's reading when the whole line is a dated line; else None.

    The line may hold several labelled dates ('Published 9 June 2024 | Updated 10 June 2024 14:00'),
    page furniture ('| 6 min read', '· 3 hours ago', '| 12 comments') and a name before the date
    ('Fenwick Gazette · 9 June 2024'); the publication date wins over an update date. With ``trail``,
    one short name after a separator may follow the date too ('Posted 9 June 2024, 09:12 | Fjord Post
    Desk', '9 June 2024 · Jane Doe'): a byline or desk segment, which comes back as ``trail``; more short
    labels may follow it after commas ('9 June 2024, 09:05 | News, Region': sections), and are dropped.
    """
    lead: str | None = None
    after: str | None = None
    p = date_prefix(line, order)
    if p is None:
        m = _LEAD_NAME.match(line)
        if m is None or not _lead_name(m.group("name")):
            return None
        p = date_prefix(line[m.end() :], order)
        if p is None:
            return None
        lead, line = m.group("name").strip(), line[m.end() :]
    dates = [p]
    rest = line[p.rest :]
    for _ in range(6):  # "Mar 7, 2023 | Updated Mar 8, 2023 10:00 | 4 min read | 3 comments"
        spaced = rest if rest[:1].isspace() else " " + rest
        trail_ok = trail and after is None and _TRAIL_SEP.match(spaced) is not None
        listed = rest.lstrip()[:1] == ","
        rest = _SEP.sub("", rest, count=1).strip(" ,.|·•")
        if not rest:
            break
        more = date_prefix(rest, order)
        if more is not None:
            dates.append(more)
            rest = rest[more.rest :]
            continue
        cut = _SEGMENT_CUT.match(rest)
        seg = cut.group(1) if cut else rest
        if seg and _furniture_segment(seg):
            rest = rest[len(seg) :]  # "| 12 comments"
            continue
        if seg and _CRUMB_SEGMENT.fullmatch(seg):
            rest = rest[len(seg) :]  # the section's breadcrumb after the date: "5 May 2020 | World > Europe"
            continue
        if seg and re.fullmatch(_AT + _CLOCK, seg, re.I):
            rest = rest[len(seg) :]  # a clock time set apart after the date: "2.10.2026. 11:30"
            continue
        if seg and _WEEKDAY_SEGMENT.match(seg):  # a weekday after the date, a time after it: "2 May 2026, Friday"
            rest = rest[len(seg) :]
            clock = _TIME.match(rest)
            rest = rest[clock.end() :] if clock else rest
            continue
        if seg and trail_ok and _trail_name(seg):
            after, rest = seg.strip(), rest[len(seg) :]
            continue
        if seg and after is not None and listed and len(seg.split()) <= 3 and _trail_name(seg):
            rest = rest[len(seg) :]  # "| News, Region": the sections after the first label, not part of the name
            continue
        break
    if rest:
        return None
    for d in dates:
        if not _is_update(d.label):
            return DateLine(d.iso, False, lead, after)
    return DateLine(dates[0].iso, True, lead, after)


def date_line_info(line: str, order: Order = None) -> tuple[str | None, bool] | None:
    """(ISO date or None when unsettled, whether it is only an update date) for a date line; else None."""
    d = read_date_line(line, order)
    return (d.iso, d.updated) if d else None


def date_line(line: str, order: Order = None) -> str | None:
    """ISO date when the whole line is a (labelled) date with a settled value; else None."""
    d = read_date_line(line, order)
    return d.iso if d else None


# ---------------------------------------------------------------------------- the page's day/month order

_NUMERIC = re.compile(r"(?<![\w/.-])([0-3]?\d)([/.-])([0-3]?\d)\2(?:19|20)\d{2}(?![\w/-])")
_D = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_MN = r"(?:" + "|".join(m.capitalize() for m in _ENGLISH_MONTH_NAMES.split("|")) + r")"
_WRITTEN_DM = re.compile(rf"(?<![\w.,]){_D}[ \t]+(?:of[ \t]+)?{_MN}\b")
_WRITTEN_MD = re.compile(rf"\b{_MN}\.?[ \t]+{_D}\b(?![.,:]?\d)")
# Spellings and styles of British/Commonwealth English, whose pages write dates day first,
# against those of US English, whose pages write them month first.
_BRITISH = re.compile(
    r"\b(?:colour|favour|honour|labour|neighbour|behaviour|rumour|harbour|endeavour|vapour|armour)"
    r"(?:s|ed|ing|ite|ites|able|hood|ers?)?\b|\b(?:centre|theatre|metre|litre|fibre|calibre)s?\b"
    r"|\b(?:defence|offence|licence|programmes?|whilst|amongst|tyres?|aluminium|jewellery|cheques?|manoeuvres?)\b"
    r"|\b(?:travell|cancell|labell|modell|fuell|signall|counsell)(?:ed|ing|ers?)\b"
    r"|\b(?:organ|recogn|real|critic|apolog|priorit|mobil|minim|author|legal|privat|normal|stabil|modern|"
    r"special|subsid|character|summar|emphas|sympath|util|jeopard)is(?:e|es|ed|ing|ation|ations)\b"
    r"|\bin\s+hospital\b|(?-i:\b(?:Mr|Mrs|Dr)\s+[A-Z])",
    re.I,
)
_US = re.compile(
    r"\b(?:color|favor|honor|labor|neighbor|behavior|rumor|harbor|endeavor|armor)"
    r"(?:s|ed|ing|ite|ites|able|hood|ers?)?\b|\b(?:center|theater|liter|fiber|caliber)s?\b"
    r"|\b(?:defense|offense|aluminum|jewelry|checkbook|maneuvers?)\b"
    r"|\b(?:travel|cancel|label|model|fuel|signal|counsel)(?:ed|ing|ers?)\b"
    r"|(?-i:\b(?:Mr|Mrs|Dr)\.\s+[A-Z])",
    re.I,
)
_ZONE = re.compile(r"\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?[ \t]*)?\(?(?-i:(?P<zone>[A-Z]{2,4}))\b", re.I)
# a clock time with a full stop between hours and minutes ("10.50pm", "22.50 hours"): the convention of
# British and continental pages, which write dates day first (US English writes "10:50 p.m.")
_DOTTED_TIME = re.compile(r"(?<![\d.])(?:[01]?\d|2[0-3])\.[0-5]\d[ \t]*(?:[ap]\.?m\b|hours?\b|hrs\b|h\b)", re.I)
_US_ZONES = {"EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "CT", "PT", "AKST", "HST"}
_DMY_ZONES = {
    "GMT", "BST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "WAT", "CAT", "EAT", "SAST", "IST", "AEST",
    "AEDT", "ACST", "AWST", "NZST", "NZDT", "MSK", "PKT", "SGT", "HKT", "WIB",
}  # fmt: skip


def _lowercase_word(m: re.Match[str]) -> bool:
    """A spelling marker counts in running text (lower case), not in a proper name ('World Trade Center')."""
    s = m.group(0)
    return s[:1].islower() or s.startswith(("Mr", "Mrs", "Dr"))


def _one_sided(dmy: int, mdy: int, need: int = 1) -> Order:
    if dmy >= need and mdy == 0:
        return "dmy"
    if mdy >= need and dmy == 0:
        return "mdy"
    return None


def has_unsettled_date(text: str) -> bool:
    """Whether the text holds a numeric date whose day/month order its form does not settle (05/03/2025)."""
    return any(int(m.group(1)) <= 12 and int(m.group(3)) <= 12 and m.group(1) != m.group(3)
               for m in _NUMERIC.finditer(text))  # fmt: skip


def page_date_order(text: str) -> Order:
    """How this page writes numeric dates, when it says so; None when it does not.

    In order of strength: a numeric date on the page whose first or second field is over 12;
    the dotted D.M.Y form; the order of the page's written dates ('4 March' vs 'March 4');
    the page's English (spellings, 'Mr' vs 'Mr.', a time zone after a clock time, a dotted clock time
    '10.50pm'). Evidence
    must point one way only.
    """
    dmy = mdy = dotted = 0
    for m in _NUMERIC.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        dmy += a > 12 >= b
        mdy += b > 12 >= a
        dotted += m.group(2) == "." and a <= 12 and b <= 12
    found = _one_sided(dmy, mdy)
    if found or dmy or mdy:
        return found
    if dotted:
        return "dmy"
    found = _one_sided(len(_WRITTEN_DM.findall(text)), len(_WRITTEN_MD.findall(text)))
    if found:
        return found
    brit = sum(_lowercase_word(m) for m in _BRITISH.finditer(text))
    us = sum(_lowercase_word(m) for m in _US.finditer(text))
    for m in _ZONE.finditer(text):
        brit += 2 * (m.group("zone") in _DMY_ZONES)
        us += 2 * (m.group("zone") in _US_ZONES)
    brit += 2 * len(_DOTTED_TIME.findall(text))
    return _one_sided(brit, us, need=2)


# ---------------------------------------------------------------------------- field values


_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def iso_date(value: str | date | None, order: Order = None) -> str | None:
    """'January 12, 2022', '13/01/2022', '2022-01-12T10:00Z' -> '2022-01-12'; None if unsure.

    An ambiguous numeric date ('05/03/2025') is None unless ``order`` settles it.
    """
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
    found = date_in(s, 0, order)
    if found is not None:
        return found[0]
    if re.match(r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b", s):
        return None  # 05/03/25: the order of all three fields is unsettled
    import dateparser

    parsed = dateparser.parse(
        s,
        languages=["en"],
        settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY"},
    )
    return parsed.strftime("%Y-%m-%d") if parsed else None
