"""Article metadata read from page-text lines: dates, bylines, source lines, datelines.

Everything here is a cheap, general rule over one line of text (no model, no list
of outlets or people). A value that cannot be read with confidence stays None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import (
    DatePrefix,
    Order,
    age_furniture,
    date_in,
    date_line,
    date_line_info,
    date_prefix,
    read_date_line,
)

__all__ = [
    "Byline",
    "Dateline",
    "DatePrefix",
    "date_in",
    "date_line",
    "date_line_info",
    "date_prefix",
    "dated_byline",
    "defined_code",
    "is_org_name",
    "is_person_name",
    "name_shaped",
    "is_link_label",
    "mixed_code",
    "parse_attribution",
    "parse_bare_byline",
    "parse_byline",
    "parse_credit",
    "parse_dateline",
    "republication_note",
    "spelled_out",
    "strip_link_label",
]

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
# capital and small letters of the Latin, Greek and Cyrillic scripts, for names that begin with 'Ø', 'É', 'Ł', 'Ş'
_UP = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x530)) if ch.isupper() and ch.isalpha())
_LOW = "a-z" + "".join(ch for ch in map(chr, range(0xDF, 0x530)) if ch.islower() and ch.isalpha())
_NAME_TOKEN = re.compile(
    rf"^(?:[{_UP}][{_LOW}]*\.|[{_UP}][\w'’]*(?:-[\w'’]+)*|(?:al|el|ad|ud|an|as|ash|at|az)-[{_UP}][\w'’]*)$"
)
_TITLES = re.compile(r"^(?:dr|mr|mrs|ms|prof|professor|rev|sir|dame|sheikh|gen|col|capt|maj)\.?\s+", re.I)


def _words(name: str) -> list[str]:
    return re.findall(r"[^\W\d_][\w'’.-]*", name)


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


_LOWER_OK = {"of", "for", "and", "the", "on", "in", "at", "de", "du", "del", "des", "di", "da", "dos", "das", "van",
             "von", "der", "den", "y", "al", "el", "la", "le", "&", "-", "–"}  # fmt: skip


def name_shaped(s: str) -> bool:
    """Capitalised words (small joining words aside), 1-8 of them: a proper name, not a clause."""
    toks = s.split()
    if not 1 <= len(toks) <= 8 or not toks[0][:1].isupper():
        return False
    return all(
        t[:1].isupper() or t[:1].isdigit() or t.lower() in _LOWER_OK or "." in t or _ELIDED.match(t) for t in toks
    )


# an elided article or preposition glued to a capitalised word: "d'Ardenne", "l'Orient", "dell'Arno"
_ELIDED = re.compile(r"^(?:d|l|dell|dall|nell|sull|all|qu)['’][A-ZÀ-ÖØ-Þ]")


def is_person_name(name: str) -> bool:
    """A capitalised 2-4 word personal name ('Mira Castell', 'J. R. Smith', 'Ali al-Hassan'), not an organisation."""
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
    r"^\s*(?:(?:written|words|story|text|reporting|report|reported|compiled|edited|posted|filed|submitted|"
    r"analysis|commentary|column|interview)\s+)?by\s*[:\-–—]?\s+(?P<who>.+)$",
    re.I,
)
# the British form of a correspondent's byline: "From our correspondent Jane Doe, Port Elm", "From our own
# special correspondent Jane Doe" (a name must follow: "From our correspondent in Port Elm" names nobody)
_OUR_BYLINE = re.compile(
    r"^\s*from\s+our\s+(?:own\s+)?(?:(?:special|staff|foreign|senior|chief|diplomatic|political|local)\s+)?"
    r"(?:correspondents?|reporters?|envoys?)\s*[:,\-–—]?\s+(?P<who>(?-i:[A-Z]).+)$",
    re.I,
)
_AUTHOR_LABEL = re.compile(r"^\s*(?:authors?|writers?|reporters?|words|byline)\s*:\s*(?P<who>.+)$", re.I)
# the byline marker of other languages ("Av Siri Holm", "Von Jana Doe", "Par Jean Dupont", "Autor: Ana Ruiz"):
# only a short line that is the marker and a person's name, so that a sentence "Por la tarde …" is none
_FOREIGN_BYLINE = re.compile(
    r"^\s*(?:(?:av|von|par|por|door|di|af)\s+|(?:autor(?:in|a)?|text|tekst|texto|testo|texte|"
    r"skrevet\s+av|escrito\s+por|scritto\s+da|geschrieben\s+von)\s*:\s*)(?P<who>[^\W\d_].*)$",
    re.I,
)
# "Siri Holm og Ola Berg", "Jana Doe und Max Muster", "Jean Dupont et Marie Curie"
_FOREIGN_AND = re.compile(r"\s+(?:and|og|och|und|et|y|e|en|i|ve|oraz|&)\s+")
_PIECE_SPLIT = re.compile(r"\s*(?:\||·|•|—|–|\s-\s|,|;|\bfor\b|\band\b|&|\bin\b|\bat\b)\s*")
# what joins a name to the date after it: "Posted by X on 6 May 2020", "By X | 6 May 2020", "By X, updated …"
_BEFORE_DATE = re.compile(r"(?:\s*(?:\||·|•|—|–|-|,|;|\bon\b|\bat\b|\b(?:published|posted|updated)\b))+\s*$", re.I)
_TAIL_SEGMENTS = re.compile(r"\s*(?:\||·|•)\s*")


def _clean_name(s: str) -> str:
    s = s.strip().strip("()[]").strip(" ,.;:|–—-")
    s = re.sub(r"\s+(?:staff|desk|team|newsroom|reporters?|correspondents?|editors?)$", "", s, flags=re.I)
    return re.sub(r"\s+", " ", s)


def _split_date(who: str, order: Order) -> tuple[str, str | None]:
    """'Nils Garrow on 6 May 2020 at 21:15 | 12 comments' -> ('Nils Garrow', '2020-05-06'): the name and its date."""
    found = date_in(who, 0, order)
    if not found:
        return who, None
    iso, start, end = found
    if read_date_line(who[start:], order) is not None:  # the date closes the line (times and furniture aside)
        before = _BEFORE_DATE.sub("", who[:start])
        if re.search(r"[^\W\d_]", before):
            return before.strip(), iso
    return (who[:start] + " " + who[end:]).strip(), iso


def parse_byline(line: str, order: Order = None) -> Byline | None:
    """'by: Nina Sorel', 'By Mira Castell and Tom Reyes | The Fenwick Gazette', 'Reported by Fenwick News Agency'.

    A date may follow the name ('Posted by Nils Garrow on 6 May 2020 at 21:15 | 12 comments'); ``order``
    settles a numeric date's day/month order (see ``dates``).
    """
    s = line.strip()
    if len(s) > 160:
        return None
    foreign = _foreign_byline(s)
    if foreign is not None:
        return foreign
    m = _BYLINE.match(s) or _AUTHOR_LABEL.match(s) or _OUR_BYLINE.match(s)
    dated: str | None = None
    if not m and (inside := dated_byline(s, order)) is not None:
        m, dated = inside  # "Politics | 14.07.2026 | 13:25 | Author: Jane Doe"
    if not m:  # the date first: "Posted on 6 May 2020 by Nils Garrow", "6 May 2020 | By Nils Garrow"
        p = date_prefix(s, order)
        if p is None or p.label.startswith(("updated", "last")):
            return None
        m = _BYLINE.match(re.sub(r"^\s*(?:\||·|•|—|–|-|,)?\s*", "", s[p.rest :]))
        if not m:
            return None
        dated = p.iso
    who = m.group("who").strip()
    if not who[:1].isupper():
        return None
    who, published = _split_date(who, order)
    published = published or dated
    parts = [x for x in _TAIL_SEGMENTS.split(who) if x.strip()]
    while len(parts) > 1 and age_furniture(parts[-1]):  # "| 12 comments", "· 5 min read"
        parts.pop()
    who = " | ".join(parts).strip()
    if not who:
        return None
    return _byline_of(who, published)


_SEGMENT_SEP = re.compile(r"\s+[|·•]\s+")


def dated_byline(s: str, order: Order = None) -> tuple[re.Match[str], str | None] | None:
    """A byline segment after a date line's segments ('Politics | 14.07.2026 | 13:25 | Author: Jane Doe',
    'Opinion · 5 May 2020 · By Jane Doe'): the byline's match and the date; None unless the other segments
    read as a date line (a section label, the date, a time)."""
    segs = _SEGMENT_SEP.split(s)
    if len(segs) < 2:
        return None
    # the byline may stand before a section label or a translator's credit: 'Wednesday, 19.08.2026 08:15 |
    # Author: Jane Doe | Translated by the Fjord Post desk', 'Published: 4.10.2026 | Author: Jane Doe | World'
    for at in range(1, len(segs)):
        m = _BYLINE.match(segs[at]) or _AUTHOR_LABEL.match(segs[at])
        if m is not None:
            break
    else:
        return None
    if not all(_after_byline(x) for x in segs[at + 1 :]):
        return None
    info = read_date_line(" | ".join(segs[:at]), order)
    if info is None or info.updated:
        return None
    return m, info.iso


_SECTION_SEGMENT = re.compile(r"^[^\W\d_][^\W\d_'’&-]*(?:\s+[^\W\d_][^\W\d_'’&-]*){0,2}$")


def _after_byline(seg: str) -> bool:
    """A segment that may follow the byline on a date-and-byline row: a section label ('World', 'Neighbours')
    or a credit ('Translated by the Fjord Post desk', 'Photo: Jane Doe')."""
    seg = seg.strip()
    return bool(_SECTION_SEGMENT.match(seg) and seg[:1].isupper()) or (
        len(seg.split()) <= 10 and _CREDIT_PART.match(seg) is not None
    )


def _foreign_byline(s: str) -> Byline | None:
    """'Av Siri Holm', 'Von Jana Doe und Max Muster', 'Autor: Ana Ruiz': the marker and persons' names only
    (a role or the outlet may follow, as on a bare byline: 'Av Siri Holm | Fjord Post')."""
    m = _FOREIGN_BYLINE.match(s)
    if m is None or len(s.split()) > 10:
        return None
    by = parse_bare_byline(_FOREIGN_AND.sub(" and ", m.group("who").strip()))  # "Av Siri Holm | Fjord Post"
    if by is None or not by.author or not all(_plain_person(n) for n in by.author.split(" and ")):
        return None
    return by


def _plain_person(name: str) -> bool:
    """2-4 capitalised words that make a person's name, with no title or other words around it."""
    toks = name.split()
    shaped = all(t[:1].isupper() or t.lower() in _PARTICLES for t in toks)
    return 2 <= len(toks) <= 4 and shaped and is_person_name(name)


def _byline_of(who: str, published: str | None) -> Byline | None:
    if is_org_name(who) and not is_person_name(who.split(",")[0].split("|")[0]):
        # the whole thing may be an outlet, unless a person comes first ("Mira Castell, Fenwick News")
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


# a role after a bare name: "Mira Castell, Political Correspondent", "Tom Reyes | Staff Writer"
_ROLE = re.compile(
    r"^(?:(?:senior|chief|deputy|special|staff|political|foreign|diplomatic|economics?|business|sports?|"
    r"science|health|security|defen[cs]e|environment|education|crime|legal|local|regional|international|"
    r"transport|technology|tech|climate|energy|culture|arts|world|investigations?|data|"
    r"middle\s+east|africa|europe|asia|us|uk|home\s+affairs)\s+)*"
    r"(?:correspondent|reporter|writer|editor|columnist|contributor|journalist|analyst|bureau\s+chief)$",
    re.I,
)


def parse_bare_byline(line: str) -> Byline | None:
    """A byline without 'By': 'Mira Castell', 'Mira Castell in Port Elm', 'Mira Castell and Tom Reyes',
    'Mira Castell, Political Correspondent', 'Mira Castell | The Fenwick Gazette'.

    The shape alone does not make a byline (a headline can be 'Castell in Port Elm'); the caller
    confirms it by position, next to the page's date line.
    """
    s = line.strip()
    if not s or len(s.split()) > 12 or re.search(r"[.!?:;\"“”]$|\d", s) or not s[:1].isupper():
        return None
    pieces = [p for p in re.split(r"\s*(?:\||·|•|—|–|\s-\s|,)\s*", s) if p]
    first = pieces[0]
    toks = first.split()
    for k in range(min(4, len(toks) - 2), 0, -1):  # "Ana Ruiz Transport correspondent": the longest role
        if _ROLE.match(" ".join(toks[-k:])) and is_person_name(" ".join(toks[:-k])):
            first = " ".join(toks[:-k])
            break
    where = re.match(r"^(?P<who>.+?)\s+(?:in|from)\s+(?P<place>.+)$", first)  # "Mira Castell in Port Elm"
    if where:
        place = where.group("place")
        if len(place.split()) > 3 or not name_shaped(place) or is_org_name(place):
            return None
        first = where.group("who")
    names = re.split(r"\s+(?:and|&)\s+", first)
    if not all(is_person_name(n) for n in names):
        return None
    outlet = None
    for piece in pieces[1:]:
        if _ROLE.match(piece) or (piece[:1].isupper() and len(piece.split()) <= 3 and not is_org_name(piece)):
            continue  # a role, or a place: "Mira Castell, Port Elm"
        if is_org_name(piece) and name_shaped(piece):
            outlet = outlet or piece
            continue
        return None
    return Byline(" and ".join(_person_case(n) for n in names), outlet, None)


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
            who = re.sub(r"\s+(?:in|at|from)\s+[A-Z].*$", "", who.strip())  # "... in Fenwick City"
            who = _clean_name(who)
            if who and is_person_name(who):
                names.append(_person_case(who))
        roles.setdefault(role, []).extend(names)
    if not any(roles.values()) or not roles.keys() & {"reporting", "writing", "written", "editing", "edited"}:
        return None  # no credited person, or no reporting/writing/editing role: not a credit line
    authors = roles.get("reporting") or roles.get("writing") or roles.get("written") or []
    return Byline(" and ".join(authors) or None)


def _person_case(name: str) -> str:
    """'MIRA CASTELL' -> 'Mira Castell'; a name in mixed case is left alone."""
    if not name.isupper():
        return name
    return " ".join(w if len(w.strip(".")) <= 1 else w.title() for w in name.split())


_ATTRIBUTION = re.compile(
    r"^\s*(?:(?:news\s+)?sources?|via|courtesy(?:\s+of)?|(?:this\s+(?:article|story|report)\s+(?:was\s+)?)?"
    r"(?:originally|first)\s+(?:published|appeared|posted)\s+(?:by|in|on|at)|"
    r"(?:as\s+)?(?:reported|published)\s+(?:by|in))\s*[:\-–—]?\s*(?P<who>.+?)\s*\.?\s*$",
    re.I,
)


# a link's label closing a line: "Read the original article.", "Continue reading", "Click here to read more »"
_LINK_WORDS = (
    r"(?:the|this|our|full|original|complete|entire|whole|more|rest|of|it|here|article|story|post|piece|report|"
    r"source|version|link|online|website|site|to|read|interview|column|feature|coverage|in|on|at)"
)
_LINK_LABEL = re.compile(
    rf"^(?:read|view|see|visit|continue\s+reading|keep\s+reading|click\s+here|go\s+to)(?:\s+{_LINK_WORDS})*"
    r"(?:\s+(?:on|at)\s+(?:[A-Z][\w'’.-]*\s*){1,4})?\s*[.!…»>›→]*$",
    re.I,
)


def is_link_label(s: str) -> bool:
    """'Read the original article.', 'Continue reading', 'Read more »': a link's label, not a sentence."""
    s = s.strip()
    return 1 <= len(s.split()) <= 9 and bool(_LINK_LABEL.match(s))


def strip_link_label(s: str) -> str:
    """The line without a closing link label: '… published by X. Read the original article.' -> '… published by X.'"""
    m = re.search(r"(?<=[.!?”\"’)])\s+(?=[A-Z])(?P<label>[^.!?]*[.!?…»>›→]*)$", s)
    if m and is_link_label(m.group("label")) and re.search(r"[^\W\d_]", s[: m.start()]):
        return s[: m.start()].rstrip()
    return s


def parse_attribution(line: str, order: Order = None) -> Byline | None:
    """'Source: Fenwick Gazette', 'Source: (Fenwick Gazette, March 7, 2023)', 'As reported by The Fenwick Gazette'.

    A person named this way ('Reported by Mira Castell') comes back as the author; a closing link
    label ('… by Coast Herald. Read the original article.') is not part of the name.
    """
    s = strip_link_label(line.strip())
    if len(s) > 160:
        return None
    m = _ATTRIBUTION.match(s)
    if not m:
        return None
    # "Fenwick News Agency (FNA)", "… (FNA) | Republished by Varnel Daily on 5 May 2020"
    who = re.sub(r"\s*\(\s*[A-Z][A-Z&.]{1,7}\s*\)(?=\s*(?:\||$))", "", m.group("who").strip())
    who = who.strip("()[]")
    published = None
    found = date_in(who, 0, order)
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


# what may follow the place before the dash: a region or a date ("Kenya", "Jan. 1", "5 March 2025",
# "March 5, 2025"); an agency in brackets ("(XYZ)"); a press wire's tag in slashes ("/PRNewswire/",
# "/Fenwick Mills Ltd/")
_EXTRA = r"(?:\s*,\s*(?P<extra>[A-Za-z0-9][\w .'’]{0,30}?(?:,\s*[A-Za-z0-9][\w .'’]{0,20}?)?))?"
_AGENCY = r"\((?P<agency>[A-Za-z][\w.&' \-]{0,30})\)"
_WIRE = r"/\s*(?P<wire>[A-Za-z][\w.&'’ \-]{0,40}?)\s*/"
_DATELINE = re.compile(
    rf"^\s*(?P<place>[{_UP}][{_UP}.'’\-]+(?:\s+[{_UP}][{_UP}.'’\-]+){{0,3}})"
    + _EXTRA
    + rf"\s*(?:{_AGENCY})?\s*(?:{_WIRE})?"
    + r"\s*(?:[–—]|--?|:|(?<=[)/])\.)\s+(?=\S)"  # "MADRID, 5 May (XYZ). The …": a full stop after the agency
)
_DATELINE_MIXED = re.compile(
    rf"^\s*(?P<place>[{_UP}][{_LOW}]+(?:[\s-][{_UP}][{_LOW}]+){{0,2}})"
    + _EXTRA
    + rf"\s*(?:{_AGENCY}|{_WIRE})"
    + r"\s*(?:[–—]|--?)\s+(?=\S)"
)

# genre and format labels before a dash ("INTERVIEW – …", "ANALYSIS: …"): not places
_NOT_PLACES = {
    "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "ANALYSIS", "OPINION", "WATCH", "VIDEO", "LIVE", "NOTE",
    "EDITORIAL", "COMMENT", "CORRECTION", "EDITOR'S NOTE", "EDITOR’S NOTE", "FACT CHECK", "FACT-CHECK",
    "INTERVIEW", "EXPLAINER", "EXPLAINED", "FEATURE", "PROFILE", "REVIEW", "COMMENTARY", "COLUMN", "PODCAST",
    "PHOTOS", "GALLERY", "LISTEN", "READ", "INSIGHT", "FOCUS", "BACKGROUND", "OBITUARY", "SPECIAL REPORT",
    "INVESTIGATION", "REPORTAGE", "Q&A", "QUIZ", "POLL", "FIRST PERSON", "LIVE UPDATES", "JUST IN", "DEVELOPING",
    "URGENT", "FLASH", "ADVISORY", "SPONSORED", "ADVERTORIAL", "PROMOTED", "LETTER", "LETTERS", "DEBATE",
}  # fmt: skip


def parse_dateline(line: str) -> tuple[Dateline, int] | None:
    """'MADRID, Jan. 1 (XYZ) – …' -> (Dateline('MADRID', 'XYZ'), end of the dateline); None when absent.

    A press wire's form counts too: 'PORT ELM, 5 March 2025 /Fenwick Mills/ – …' and
    'PORT ELM, March 5, 2025 /PRNewswire/ -- …' (the tag in slashes is the agency). A genre label
    before the dash ('INTERVIEW – …', 'ANALYSIS – …') is not a place.
    """
    m = _DATELINE.match(line)
    if m is None or len(m.group("place").replace(".", "")) < 2:
        m = _DATELINE_MIXED.match(line)
    if m is None:
        return None
    place = m.group("place").strip()
    extra = m.group("extra") or ""
    if "," in extra and not re.search(r"\d", extra):
        return None  # "NATO, the EU, and the UN: …" is a list; a second part after a comma is a date's year or day
    if place.upper() in _NOT_PLACES or all(w in _NOT_PLACES for w in place.upper().split()):
        return None  # "INTERVIEW", "EXCLUSIVE INTERVIEW", "FACT CHECK"
    if m.group(0).rstrip().endswith(":") and not m.group("agency") and not m.group("extra"):
        return None  # "NOTE: ..." style labels are not datelines
    if m.group(0).rstrip().endswith(".") and not ((m.group("agency") or m.group("wire")) and re.search(r"\d", extra)):
        return None  # the full-stop form needs a date and an agency: "MADRID, 5 May (XYZ). The …", "… 5 May /XYZ/. The"
    agency = (m.group("agency") or m.group("wire") or "").strip() or None
    return Dateline(place, agency), m.end()


# a syndication note over the body: "Originally published by Fjord Post.", "This story first appeared in …",
# "Republished by Varnel Daily under licence."
_REPUBLICATION = re.compile(
    r"^(?:this\s+(?:article|story|report|piece)\s+(?:was\s+|has\s+been\s+)?)?(?:originally|first)\s+"
    r"(?:published|appeared|ran)\b|^(?:re-?published|syndicated|reproduced)\s+(?:by|from|with)\b",
    re.I,
)


def republication_note(line: str) -> bool:
    """A note that the page republishes another outlet's story (it names the original, before the body)."""
    return bool(_REPUBLICATION.match(line.strip())) and len(line.split()) <= 40


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


# ---------------------------------------------------------------------------- mixed-case codes

# a code in mixed case: capitals, each with at most two small letters after it ('TvNA', 'MoD', 'DfE', 'TsNA')
_MIXED_CODE = re.compile(r"^(?:[A-Z][a-z]{0,2}){2,6}$")
_CODE_JOINERS = {"of", "for", "and", "the", "on", "in", "de", "du", "des", "del", "da", "di", "van", "von", "&"}


def mixed_code(name: str) -> bool:
    """'TvNA', 'MoD', 'DfE': a short code whose capitals are a name's initials and whose small letters continue
    a word ('Tv…') or stand for a small joining word ('of'); not a camel-case brand ('FjordBrief', 'PressDesk')."""
    s = name.strip()
    caps = sum(ch.isupper() for ch in s)
    return bool(_MIXED_CODE.match(s)) and caps >= 2 and not s.isupper() and len(s) <= 8 and caps * 2 >= len(s)


def _spells_code(parts: list[str], toks: list[str]) -> bool:
    """Whether the words ``toks`` spell the code's ``parts`` ('Tv', 'N', 'A' by 'Tveria News Agency';
    'Mo', 'D' by 'Ministry of Defence'), joining words aside."""
    i = 0
    for n, part in enumerate(parts):
        while n and i < len(toks) and toks[i].lower() in _CODE_JOINERS:
            i += 1  # a joining word between the code's words: "Ministry of the Interior"
        if i >= len(toks) or not toks[i][:1].isupper() or toks[i][0] != part[0]:
            return False
        tail = part[1:]
        if toks[i].lower().startswith(part.lower()):
            i += 1  # 'Tv' opens 'Tveria'
            continue
        small = toks[i + 1 : i + 1 + len(tail)]
        if len(small) != len(tail) or any(
            w.lower() not in _CODE_JOINERS or w[0] != c for w, c in zip(small, tail, strict=True)
        ):
            return False
        i += 1 + len(tail)  # 'Mo' is 'Ministry of'
    return i == len(toks)


def defined_code(code: str, lines: list[str]) -> str | None:
    """The full name a page defines for a mixed-case code on one line: 'TvNA | Tveria
    News Agency', 'TvNA – Tveria News Agency' or 'Tveria News Agency (TvNA)'; None when no line defines it."""
    if not mixed_code(code):
        return None
    parts = re.findall(r"[A-Z][a-z]*", code.strip())
    esc = re.escape(code.strip())
    forms = [
        re.compile(rf"^\s*{esc}\s*(?:[|–—:]|\s-)\s*(?P<name>[^|–—·•:()]+?)\s*(?:$|[|–—·•])"),
        re.compile(rf"(?P<name>(?:[A-Z][\w'’-]*[ \t]+(?:(?:{'|'.join(_CODE_JOINERS)})[ \t]+)*){{1,7}}[A-Z][\w'’-]*)"
                   rf"\s*\(\s*{esc}\s*\)"),
    ]  # fmt: skip
    for line in lines:
        for form in forms:
            for m in form.finditer(line):
                toks = m.group("name").split()
                for start in range(len(toks)):  # the name may close a longer run: "© 2026 Tveria News Agency (TvNA)"
                    name = " ".join(toks[start:])
                    if _spells_code(parts, toks[start:]) and name_shaped(name):
                        return name
    return None
