"""Article metadata read from page-text lines: dates, bylines, source lines, datelines.

Everything here is a cheap, general rule over one line of text (no model, no list
of outlets or people). A value that cannot be read with confidence stays None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

__all__ = [
    "Byline",
    "Dateline",
    "DatePrefix",
    "date_in",
    "date_line",
    "date_line_info",
    "date_prefix",
    "is_org_name",
    "is_person_name",
    "name_shaped",
    "parse_attribution",
    "parse_byline",
    "parse_credit",
    "parse_dateline",
    "spelled_out",
]

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MON = (
    r"(?P<mon>january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DATE_FORMS = [
    rf"{_MON}\s+{_DAY},?\s+{_YEAR}",  # January 12, 2022 / Jan. 1 2024
    rf"{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}",  # 12 January 2022
    r"(?P<iso>(?:19|20)\d{2})-(?P<isom>[01]?\d)-(?P<isod>[0-3]?\d)(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?",
    r"(?P<ymd>(?:19|20)\d{2})/(?P<ymdm>[01]?\d)/(?P<ymdd>[0-3]?\d)",
    r"(?P<na>[0-3]?\d)[/.](?P<nb>[0-3]?\d)[/.](?P<ny>(?:19|20)\d{2})",  # 12/01/2022 (day first unless impossible)
]
_FORMS = [re.compile(r"(?<![\w/.-])" + _WEEKDAY + f + r"(?![\w/-])", re.I) for f in _DATE_FORMS]
_TZ = r"(?-i:\s*(?:\([A-Z]{2,5}(?:[+-]\d{1,2})?\)|(?:[A-Z]{2,5})?[+-]\d{2}:?\d{2}\b|[A-Z]{2,5}(?:[+-]\d{1,2})?\b))?"
_CLOCK = r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?(?!\w)|[ap]m\b)?" + _TZ
_TIME = re.compile(r"[\s,|·•\-–—]*(?:at\s+)?" + _CLOCK, re.I)
# a time before the date: "Updated 14:05 GMT, 9 June 2024", "10:30 a.m. ET | June 9, 2024"
_LEAD_TIME = re.compile(r"(?:at\s+)?" + _CLOCK + r"\s*(?:,|\||·|•|–|—|-|\bon\b)?\s*", re.I)
_DATE_LABEL = re.compile(
    r"^\s*(?P<label>(?:first\s+)?(?:published|posted|date|dated|created|released|issued|"
    r"last\s+(?:updated|modified|edited|changed)|updated|modified)(?:\s+(?:on|at|date))?)?\s*[:|\-–—]?\s*",
    re.I,
)
# trailing page furniture on a date line: "| 6 min read", "· 4 minute read", "Reading time: 5 minutes"
_READ_TIME = re.compile(
    r"^(?:(?:estimated\s+)?reading\s+time\s*:?\s*)?(?:about\s+|~)?\d{1,3}\s*(?:-\s*)?(?:min(?:ute)?s?\.?|m)"
    r"(?:\s+(?:read|reading|listen|watch))?$",
    re.I,
)
# a bare "Updated 15:20 GMT" segment after the date
_LABEL_TIME = re.compile(
    r"^(?:(?:last\s+)?(?:updated|modified|edited)|published|posted)(?:\s+(?:on|at))?\s*:?\s*(?:at\s+)?" + _CLOCK + "$",
    re.I,
)
_SEP = re.compile(r"^\s*(?:\||·|•|—|–|-{1,2}|:)\s*")


def _parse_match(m: re.Match[str]) -> str | None:
    g = {k: v for k, v in m.groupdict().items() if v}
    try:
        if "mon" in g:
            d = date(int(g["year"]), _MONTHS[g["mon"].lower().rstrip(".")], int(g["day"]))
        elif "iso" in g:
            d = date(int(g["iso"]), int(g["isom"]), int(g["isod"]))
        elif "ymd" in g:
            d = date(int(g["ymd"]), int(g["ymdm"]), int(g["ymdd"]))
        else:
            a, b, y = int(g["na"]), int(g["nb"]), int(g["ny"])
            d = date(y, a, b) if b > 12 >= a else date(y, b, a)
    except (KeyError, ValueError):
        return None
    return d.isoformat()


def date_in(text: str, start: int = 0) -> tuple[str, int, int] | None:
    """The first dated expression (with a year) in text at or after start: (iso, start, end)."""
    best: tuple[str, int, int] | None = None
    for form in _FORMS:
        m = form.search(text, start)
        if m and (best is None or m.start() < best[1]):
            iso = _parse_match(m)
            if iso:
                best = (iso, m.start(), m.end())
    return best


@dataclass(frozen=True)
class DatePrefix:
    """A date at the head of a line: its ISO value, its label, and where the rest of the line begins."""

    iso: str
    label: str
    rest: int


def date_prefix(line: str) -> DatePrefix | None:
    """'Posted on January 12, 2022', ' date 2025-01-19 BEIRUT – …', 'Wednesday, 12 January 2022 | …'.

    A time may come before the date ('Updated 14:05 GMT, 9 June 2024') or after it
    ('9 June 2024, 2:05 p.m. CET', 'June 9, 2024 at 10:30 +02:00').
    """
    lab = _DATE_LABEL.match(line)
    pos = lab.end() if lab else 0
    found = date_in(line, pos)
    if found and found[1] != pos:
        lead = _LEAD_TIME.match(line, pos)
        found = date_in(line, lead.end()) if lead else None
        if found and lead and found[1] != lead.end():
            found = None
    if not found:
        return None
    iso, _, end = found
    t = _TIME.match(line, end)
    if t:
        end = t.end()
    label = (lab.group("label") or "").lower() if lab else ""
    return DatePrefix(iso, re.sub(r"\s+", " ", label), end)


def _is_update(label: str) -> bool:
    return any(w in label for w in ("updated", "modified", "edited", "changed"))


def date_line_info(line: str) -> tuple[str, bool] | None:
    """(ISO date, whether it is only an update date) when the whole line is a dated line; else None.

    The line may hold several labelled dates ('Published 9 June 2024 | Updated 10 June 2024 14:00')
    and page furniture ('| 6 min read'); the publication date wins over an update date.
    """
    p = date_prefix(line)
    if p is None:
        return None
    dates = [p]
    rest = line[p.rest :]
    for _ in range(4):  # "Mar 7, 2023 | Updated Mar 8, 2023 10:00 | 4 min read"
        rest = _SEP.sub("", rest, count=1).strip(" ,.|·•")
        if not rest:
            break
        more = date_prefix(rest)
        if more is not None:
            dates.append(more)
            rest = rest[more.rest :]
            continue
        cut = re.match(r"^(.*?)\s*(?:\||·|•|—|–|\s-\s|,|$)", rest)
        seg = cut.group(1) if cut else rest
        if seg and (_READ_TIME.match(seg) or _LABEL_TIME.match(seg)):
            rest = rest[len(seg) :]
            continue
        break
    if rest:
        return None
    for d in dates:
        if not _is_update(d.label):
            return d.iso, False
    return dates[0].iso, True


def date_line(line: str) -> str | None:
    """ISO date when the whole line is a (labelled) date, optionally with a time; else None."""
    info = date_line_info(line)
    return info[0] if info else None


# ---------------------------------------------------------------------------- names

# Words that mark a name as an organisation (publication, agency, institution), not a person.
_ORG_WORDS = {
    "news", "agency", "post", "times", "press", "tv", "television", "network", "institute", "gazette",
    "herald", "tribune", "journal", "daily", "weekly", "radio", "media", "channel", "broadcasting",
    "broadcast", "service", "services", "staff", "desk", "newsroom", "editors", "editor", "editorial",
    "team", "group", "corporation", "corp", "inc", "ltd", "llc", "center", "centre", "foundation",
    "online", "magazine", "review", "chronicle", "observer", "telegraph", "express", "mail", "monitor",
    "insider", "wire", "wires", "bulletin", "courier", "report", "reports", "today", "international",
    "associated", "reporters", "correspondent", "correspondents", "newspaper", "publishing", "publications",
    "ministry", "office", "council", "committee", "association", "union", "university", "company", "bureau",
    "org", "com", "net",
}  # fmt: skip
_PARTICLES = {"al", "el", "bin", "ibn", "bint", "abu", "de", "del", "della", "da", "di", "du", "van", "von", "der",
              "den", "la", "le", "dos", "das", "ben", "y", "st"}  # fmt: skip
_NAME_TOKEN = re.compile(r"^(?:[A-Z][a-z]*\.|[A-Z][\w'’]*(?:-[\w'’]+)*|(?:al|el|ad|ud|an|as|ash|at|az)-[A-Z][\w'’]*)$")
_TITLES = re.compile(r"^(?:dr|mr|mrs|ms|prof|professor|rev|sir|dame|sheikh|gen|col|capt|maj)\.?\s+", re.I)


def _words(name: str) -> list[str]:
    return re.findall(r"[A-Za-z][\w'’.-]*", name)


def is_org_name(name: str) -> bool:
    """Organisation cues: a publication/agency word, a web domain, a leading 'The', or 'of'/'for' inside."""
    s = name.strip()
    if re.search(r"\b[\w-]+\.(?:com|org|net|info|news|co|tv|ir|uk|us|de|fr)\b", s, re.I):
        return True
    words = [w.lower().strip(".") for w in _words(s)]
    if not words:
        return False
    if any(w in _ORG_WORDS for w in words):
        return True
    if re.match(r"^The\s+[A-Z]", s):
        return True
    if re.search(r"\s(?:of|for|and the|on)\s", s) and s[:1].isupper():
        return True
    return len(words) == 1 and s.isupper() and len(s) >= 2  # an agency code such as "XYZ"


_LOWER_OK = {"of", "for", "and", "the", "on", "in", "at", "de", "du", "al", "el", "la", "le", "&", "-", "–"}


def name_shaped(s: str) -> bool:
    """Capitalised words (small joining words aside), 1-8 of them: a proper name, not a clause."""
    toks = s.split()
    if not 1 <= len(toks) <= 8 or not toks[0][:1].isupper():
        return False
    return all(t[:1].isupper() or t[:1].isdigit() or t.lower() in _LOWER_OK or "." in t for t in toks)


def is_person_name(name: str) -> bool:
    """A capitalised 2-4 word personal name ('Mira Okafor', 'J. R. Smith', 'Ali al-Hassan'), not an organisation."""
    s = _TITLES.sub("", name.strip())
    if not s or any(ch.isdigit() for ch in s) or is_org_name(s):
        return False
    toks = s.replace(",", " ").split()
    core = [t for t in toks if t.lower().rstrip(".") not in _PARTICLES]
    if not 2 <= len(toks) <= 5 or not 2 <= len(core) <= 4:
        return False
    return all(_NAME_TOKEN.match(t) for t in core)


# ---------------------------------------------------------------------------- bylines and sources


@dataclass(frozen=True)
class Byline:
    author: str | None = None
    outlet: str | None = None
    published: str | None = None


_BYLINE = re.compile(
    r"^\s*(?:(?:written|words|story|text|reporting|report|reported|compiled|edited)\s+)?by\s*[:\-–—]?\s+(?P<who>.+)$",
    re.I,
)
_AUTHOR_LABEL = re.compile(r"^\s*(?:authors?|writers?|reporters?)\s*:\s*(?P<who>.+)$", re.I)
_PIECE_SPLIT = re.compile(r"\s*(?:\||·|•|—|–|\s-\s|,|;|\bfor\b|\band\b|&|\bin\b|\bat\b)\s*")


def _clean_name(s: str) -> str:
    s = s.strip().strip("()[]").strip(" ,.;:|–—-")
    s = re.sub(r"\s+(?:staff|desk|team|newsroom|reporters?|correspondents?|editors?)$", "", s, flags=re.I)
    return re.sub(r"\s+", " ", s)


def parse_byline(line: str) -> Byline | None:
    """'by: Kate Norman', 'By Mira Okafor and Tom Reyes | The Harbour Gazette', 'Reported by Harbour News Agency'."""
    s = line.strip()
    if len(s) > 160:
        return None
    m = _BYLINE.match(s) or _AUTHOR_LABEL.match(s)
    if not m:
        return None
    who = m.group("who").strip()
    if not who[:1].isupper():
        return None
    published = None
    found = date_in(who)
    if found:
        published = found[0]
        who = (who[: found[1]] + " " + who[found[2] :]).strip()
    if not who:
        return None
    if is_org_name(who) and not is_person_name(who.split(",")[0].split("|")[0]):
        # the whole thing may be an outlet, unless a person comes first ("Mira Okafor, Harbour News")
        first = _PIECE_SPLIT.split(who)[0]
        if not is_person_name(first):
            org = _clean_name(who.split("|")[0])
            return Byline(None, org, published) if name_shaped(org) else None
    persons: list[str] = []
    outlet: str | None = None
    # split at separators but keep organisation names with "for"/"and" whole when they read as one name
    for piece in re.split(r"\s*(?:\||·|•|—|–|\s-\s|,|;)\s*", who):
        piece = _clean_name(piece)
        if not piece:
            continue
        m_for = re.match(r"^(?P<p>.+?)\s+(?:for|at|of|in)\s+(?P<o>.+)$", piece)
        if m_for and is_person_name(m_for.group("p")):
            persons.append(_person_case(_clean_name(m_for.group("p"))))
            if is_org_name(m_for.group("o")) and name_shaped(_clean_name(m_for.group("o"))) and outlet is None:
                outlet = _clean_name(m_for.group("o"))
            continue
        names = [_clean_name(x) for x in re.split(r"\s+(?:and|&)\s+", piece)]
        if names and all(is_person_name(n) for n in names):
            persons.extend(_person_case(n) for n in names)
        elif is_org_name(piece) and name_shaped(piece) and outlet is None:
            outlet = piece
    if not persons and outlet is None:
        return None
    return Byline(" and ".join(persons) or None, outlet, published)


_CREDIT_PART = re.compile(
    r"^\s*(?P<role>(?:additional\s+)?reporting|writing|written|editing|edited|compiled|graphics|photos?|"
    r"fact-?checking|translation|translated|production|produced)(?:\s+by)?\s*[:\-–—]?\s+(?P<who>.+?)\s*\.?\s*$",
    re.I,
)


def parse_credit(line: str) -> Byline | None:
    """A wire-style closing credit: '(Reporting by A and B in CITY; Editing by C)', 'Writing by D; editing by E'.

    The reporters are the authors (the writer when nobody is credited for reporting); editors
    and other roles are not. None when the line is not such a credit.
    """
    s = line.strip()
    if len(s) > 300:
        return None
    if s.startswith("(") and s.endswith(")"):
        s = s[1:-1]
    parts = [x for x in re.split(r"\s*;\s*", s.strip().rstrip(".")) if x.strip()]
    if not parts:
        return None
    roles: dict[str, list[str]] = {}
    for part in parts:
        m = _CREDIT_PART.match(part)
        if m is None:
            return None  # every part must be a credit
        role = m.group("role").lower()
        if role.startswith("additional"):
            role = "additional"
        names: list[str] = []
        for who in re.split(r"\s*(?:,|\band\b|&)\s*", m.group("who")):
            who = re.sub(r"\s+(?:in|at|from)\s+[A-Z].*$", "", who.strip())  # "... in Harbour City"
            who = _clean_name(who)
            if who and is_person_name(who):
                names.append(_person_case(who))
        roles.setdefault(role, []).extend(names)
    if not any(roles.values()) or not roles.keys() & {"reporting", "writing", "written", "editing", "edited"}:
        return None  # no credited person, or no reporting/writing/editing role: not a credit line
    authors = roles.get("reporting") or roles.get("writing") or roles.get("written") or []
    return Byline(" and ".join(authors) or None)


def _person_case(name: str) -> str:
    """'MIRA OKAFOR' -> 'Mira Okafor'; a name in mixed case is left alone."""
    if not name.isupper():
        return name
    return " ".join(w if len(w.strip(".")) <= 1 else w.title() for w in name.split())


_ATTRIBUTION = re.compile(
    r"^\s*(?:(?:news\s+)?sources?|via|courtesy(?:\s+of)?|(?:this\s+(?:article|story|report)\s+(?:was\s+)?)?"
    r"(?:originally|first)\s+(?:published|appeared|posted)\s+(?:by|in|on|at)|"
    r"(?:as\s+)?(?:reported|published)\s+(?:by|in))\s*[:\-–—]?\s*(?P<who>.+?)\s*\.?\s*$",
    re.I,
)


def parse_attribution(line: str) -> Byline | None:
    """'Source: Harbour Gazette', 'Source: (Harbour Gazette, March 7, 2023)', 'As reported by The Harbour Gazette'.

    A person named this way ('Reported by Mira Okafor') comes back as the author.
    """
    s = line.strip()
    if len(s) > 160:
        return None
    m = _ATTRIBUTION.match(s)
    if not m:
        return None
    who = m.group("who").strip().strip("()[]")
    published = None
    found = date_in(who)
    if found:
        published = found[0]
        who = who[: found[1]] + who[found[2] :]
    url = re.match(r"^(?:https?://)?(?:www\.)?([\w-]+(?:\.[\w-]+)+)(?:/\S*)?$", who.strip())
    if url:
        return Byline(None, url.group(1), published)
    name = _clean_name(who.split("|")[0])
    name = re.sub(r",\s*$", "", name)
    if not name_shaped(name):
        return None
    if is_person_name(name):
        return Byline(name, None, published)
    return Byline(None, name, published)


# ---------------------------------------------------------------------------- datelines


@dataclass(frozen=True)
class Dateline:
    place: str
    agency: str | None = None


_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3})"
    r"(?:\s*,\s*(?P<extra>[A-Za-z][\w .'’]{0,30}?))?"
    r"\s*(?:\((?P<agency>[A-Za-z][\w.&' \-]{0,30})\))?"
    r"\s*(?:[–—]|--?|:)\s+(?=\S)"
)
_DATELINE_MIXED = re.compile(
    r"^\s*(?P<place>[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2})"
    r"(?:\s*,\s*(?P<extra>[A-Za-z][\w .'’]{0,30}?))?"
    r"\s*\((?P<agency>[A-Za-z][\w.&' \-]{0,30})\)"
    r"\s*(?:[–—]|--?)\s+(?=\S)"
)


_NOT_PLACES = {
    "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "ANALYSIS", "OPINION", "WATCH", "VIDEO", "LIVE", "NOTE",
    "EDITORIAL", "COMMENT", "CORRECTION", "EDITOR'S NOTE", "EDITOR’S NOTE", "FACT CHECK",
}  # fmt: skip


def parse_dateline(line: str) -> tuple[Dateline, int] | None:
    """'TEHRAN, Jan. 1 (XYZ) – …' -> (Dateline('TEHRAN', 'XYZ'), end of the dateline); None when absent."""
    m = _DATELINE.match(line)
    if m is None or len(m.group("place").replace(".", "")) < 2:
        m = _DATELINE_MIXED.match(line)
    if m is None:
        return None
    place = m.group("place").strip()
    if place.upper() in _NOT_PLACES:
        return None
    if m.group(0).rstrip().endswith(":") and not m.group("agency") and not m.group("extra"):
        return None  # "NOTE: ..." style labels are not datelines
    return Dateline(place, (m.group("agency") or "").strip() or None), m.end()


def spelled_out(code: str, text: str) -> str | None:
    """The name in text whose initials give an agency code: 'XNA' -> 'Xanadu News Agency'; None if absent."""
    letters = re.sub(r"[^A-Za-z]", "", code).upper()
    if not 2 <= len(letters) <= 6:
        return None
    for m in re.finditer(r"\b[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|for|and|the|&)[ \t]+)?[A-Z][\w'’-]*){1,6}", text):
        words = [w for w in m.group(0).split() if w[:1].isupper()]
        for i in range(len(words) - len(letters) + 1):
            span = words[i : i + len(letters)]
            if "".join(w[0] for w in span).upper() == letters:
                start = m.group(0).index(span[0])
                end = m.group(0).index(span[-1], start) + len(span[-1])
                return m.group(0)[start:end]
    return None
