"""Cleaning scraped page text: remove page furniture, keep the whole body, read metadata.

The rules are general features of a line, never a list of any site's lines:

- *shape*: photo captions and credits (also at a caption's end), "Also read:" links,
  share/payment widgets, sign-up buttons and donation appeals, comment forms, comment gates
  ('Comments are reserved for subscribers') and comment
  headings, all-caps section labels, "News ID 123", bullet-only lines, labels with nothing
  after the colon (see ``widgets`` for the newer shapes);
- *neighbours*: the rest of a sign-up or donation box, a caption beside its credit line and a
  tag cloud under a lone "Tags" label go with them (``widgets.spread``);
- *position*: the body is the run from the first to the last prose paragraph (a line of
  several words ending like a sentence); short non-sentence lines before it (head) and
  after it (tail) are furniture, and a comment form, a "related news" list or a comment
  heading with readers' comments under it ("4 responses to “…”") near the end closes the body,
  but a 'READ ALSO:' box of a few links with two body paragraphs in a row under it is set into the
  story, which goes on (its links go);
- *repetition*: a short line that occurs more than once (a title repeated as a heading,
  a caption printed twice) is furniture; a repeated prose paragraph is kept once;
- *tail and head*: outside the prose run a line must read as a body sentence: no label
  before a colon ("Tags: …", "Our Standards: …"), no slogan ("Your town. Your news."),
  nothing above the headline, and after the body a short line only when it continues
  the body (no dropped text in between) or carries speech ('… declined to comment.');
  a "Read more:" heading closes the body like "Related news";
- *metadata lines*: dates, bylines, "Source: …" and "As reported by …" lines are read
  (see ``metadata`` and ``dates``) and then removed from the text; a numeric date gets the
  day/month order the page itself shows (``page_date_order``) or stays unknown. A bare
  name ('Mira Castell', 'Mira Castell in Port Elm') right beside the date line under the
  headline is a byline too;
- *the headline*: the top of the lines right above the date/byline block (a standfirst or
  caption may sit under it), not a tagline under the masthead, a "Breaking: …" ticker, an
  all-caps section label ("PREMIUM · PORTS", "HARBOUR AND COAST") nor the masthead itself;
- *the site's own name*: a copyright footer (its company form, "Ltd", "Inc.", cut off, and the
  footer links after it) and a masthead (a name alone on the top line, above the headline,
  confirmed by a publication word, a repeat, or a navigation line within two lines) say who
  published this copy; the masthead's brand wins (``pagemeta.choose_site``); of a brand and its
  descriptor on that line ('VARPRESS | Varnel State News Agency') the part the page names again is
  the brand (a bare acronym beside a body's formal name gives way to it: 'VNA | Fenwick Information Agency',
  whose initials may be the home language's; a brand may carry its own number: 'FjordBrief24', 'Varnel 24'),
  and a public body's long formal name ('Ministry of Water of the Republic of Varnel')
  counts as a name in the masthead and the footer; an all-caps masthead that reads like a section label
  ('FJORDPOSTEN | FJORD POST') counts when the page names it again in its own casing, an edition's label beside
  the brand ('Fjord Post - English Edition') is no name, and a bracketed editor's note is no headline. They
  beat a "Source: X" line naming another outlet, which then means "republished from X" and
  stays in the text for the citation finder; with no site name of its own, "Source: X"
  names the outlet; the full names the furniture spells out for acronyms ('© Fenwick Public
  Broadcaster (FPB)' under an 'FPB News' masthead, ``pagemeta.spelled_acronyms``) are kept as
  the page's publisher names (``Page.names``), evidence for entity resolution; on such a republished copy
  a closing '(Reporting by …)' credit is the wire's and names no author of the page;
- *translation notes*: 'This text is translated automatically from the Varnish original. In case of
  discrepancy …', 'Translated from Varnish by …' are furniture (a prose-shaped note above the headline is no
  first body paragraph); a byline segment closing a date line ('Politics | 14.07.2026 | 13:25 | Author: Jane
  Doe') and a 'By Jane Doe | 5 May 2020' date line's name are the author, without the 'By';
- *datelines*: 'PORT ELM, 5 May (FNA) – …', a press wire's 'PORT ELM, 5 May 2025 /Firm/ – …',
  or a 'Port Elm. The …' opening (``pagemeta.stop_dateline``); on a live blog 'Edited by' names the author;
- *closing notes*: the author's bio and a disclaimer at the end ('Mira Castell is a
  statistician at …', 'Views are her own.') go; a bio of someone else stays unless a
  disclaimer sits beside it. A closing link label ('Read the original article.') is cut
  off the line it ends.

The returned text is the kept lines (stripped, and with a leading date label or a closing
link label cut off) joined by blank lines; each paragraph is a piece of one input line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import (
    DateLine,
    Order,
    age_furniture,
    date_prefix,
    has_unsettled_date,
    page_date_order,
    read_date_line,
)
from .furniture import (
    GENERIC_NAME_WORDS,
    PUBLICATION_WORDS,
    REPORTING,
    TERMINAL,
    banner_lines,
    closing_note,
    furniture_kind,
    is_closer,
    is_disclaimer,
    is_nav,
    is_prose,
    is_sentence,
    is_widget,
    key,
    label_line,
    slogan,
    words,
)
from .metadata import (
    Byline,
    is_org_name,
    is_person_name,
    name_shaped,
    parse_attribution,
    parse_bare_byline,
    parse_byline,
    parse_credit,
    parse_dateline,
    republication_note,
    spelled_out,
    strip_link_label,
)
from .pagemeta import acronym_of, choose_site, defined_acronym, is_acronym, live_blog, spelled_acronyms, stop_dateline
from .pagemeta import same_name as _same_name
from .widgets import comment_opening, kicker, section_label, spread

__all__ = ["Page", "clean_page", "copyright_holder", "furniture_kind"]


@dataclass(frozen=True)
class Page:
    text: str
    outlet: str | None = None
    published: str | None = None
    author: str | None = None
    title: str | None = None
    dateline: str | None = None
    names: tuple[str, ...] = ()  # publisher names the furniture spells out for acronyms (Article.names)


def _site_name(text: str, rest: str | None = None) -> str | None:
    """The name a masthead line gives ('Fenwick Gazette', 'FNA – Fenwick News Agency'), if it has that shape.

    Of a brand and a descriptor ('VARPRESS | Varnel State News Agency'), the one the page names again
    (``rest``: the page below the line, e.g. a dateline's '(Varpress)') is the name; of two it names again
    ('FJORDPOSTEN | FJORD POST'), the one it names more often. An edition's label ('English Edition') is none."""
    if date_prefix(text):
        return None
    parts = [p.strip() for p in re.split(r"\s+[–—|·•-]\s+|\s*\|\s*|\s{2,}", text.strip()) if p.strip()]
    names = [
        p
        for p in parts
        if (1 <= len(p.split()) <= 5 or _long_org(p))
        and not _numbered(p)
        and not TERMINAL.search(p)
        and not p.endswith(":")
        and (name_shaped(p) or p.isupper() or _long_org(p))
        and not furniture_kind(p)
        and not _EDITION.search(p)
    ]
    if not names:
        return None
    spelled = [p for p in names if any(acronym_of(q, p) for q in names)]  # "FNA – Fenwick News Agency"
    if not spelled and any(is_acronym(p) for p in names):
        # a bare acronym beside a body's formal name ('VNA | Fenwick Information Agency', whose initials are the
        # name's in the home language): the formal name, as the acronym alone says nothing
        spelled = [p for p in names if len(p.split()) >= 2 and is_org_name(p) and _own_words(p)]
    styled = [p for p in names if p.isupper() and not is_acronym(p) and len(p.split()) <= 4]
    if not spelled and len(styled) == 1 and len(names) > 1 and all(_slogan_part(p) for p in names if p != styled[0]):
        spelled = styled  # 'FJORD STEMME — Voice of the Coast': the brand in capitals beside its slogan
    if not spelled and rest is not None and len(names) > 1:
        times = {p: len(re.findall(r"(?<!\w)" + re.escape(p) + r"(?!\w)", rest, re.I)) for p in names}
        named = sorted((p for p in names if times[p]), key=lambda p: -times[p])
        if len(named) > 1 and times[named[0]] > times[named[1]] and all(len(p.split()) > 1 for p in named):
            named = named[:1]  # a brand and its other-language form (not a code and its long name): the one in use
        names = named if len(named) == 1 else names
    name = spelled[0] if spelled else max(names, key=lambda p: (len(p.split()), len(p)))
    return name if _own_words(name) else None  # not a section label ("World News", "Local")


def _slogan_part(part: str) -> bool:
    """A masthead's motto in mixed case ('Voice of the Coast', 'Truth in Every Line'): small words inside it and
    no publication or organisation word, so no name of its own."""
    toks = re.findall(r"[^\W\d_][\w'’-]*", part)
    small = [t for t in toks if t.islower()]
    return (
        not part.isupper()
        and bool(small)
        and not any(t.lower() in PUBLICATION_WORDS or t.lower() in _ORG_LIKE for t in toks)
    )


# organisation words beside the publication words: a descriptor with one is a name ('Fenwick Information Agency')
_ORG_LIKE = {
    "agency", "service", "services", "ministry", "office", "council", "committee", "association", "union",
    "university", "company", "bureau", "group", "corporation", "institute", "foundation", "centre", "center",
    "broadcasting", "broadcaster", "information", "newspaper", "edition", "publishing",
}  # fmt: skip


def _own_words(name: str) -> list[str]:
    """The words of a name that are not generic publication or section words."""
    return [w for w in re.findall(r"[^\W\d_]+", name.lower()) if w not in GENERIC_NAME_WORDS]


def _numbered(part: str) -> bool:
    """Digits that make a part no brand name: a count, a date, a time ('Top 10 stories', '5 min read'); a brand's
    own number is fine, glued to its word ('FjordBrief24', 'Fjord1') or closing the name ('Varnel 24')."""
    toks = part.split()
    for i, t in enumerate(toks):
        if not re.search(r"\d", t):
            continue
        if re.fullmatch(r"[^\W\d_][\w'’&-]*?\d{1,4}", t):
            continue  # glued to the word: 'News24'
        if i == len(toks) - 1 and i >= 1 and re.fullmatch(r"\d{1,3}", t) and toks[i - 1][:1].isupper():
            continue  # closing the name: 'Varnel 24'
        return True
    return sum(bool(re.search(r"\d", t)) for t in toks) > 1


# an edition's label beside the brand ('Fjord Post - English Edition', 'Fjord Post | International edition',
# 'FJORD POST — English service'): which copy of the site this is, never the site's name
# (a capitalised 'Service' closes a name: 'Fenwick Press Service')
_EDITION = re.compile(r"(?i:\b(?:edition|[ée]dition|edici[oó]n|edizione|ausgabe|versi[oó]n))$|\s(?:service|section)$")


def _long_org(name: str) -> bool:
    """A body's long formal name, as a ministry's or an agency's page prints it in its masthead and footer
    ('Ministry of Foreign Affairs of the Republic of Varnel'): an organisation word or 'of' inside, up to twelve
    words, at most six of them capitalised and the rest small joining words."""
    toks = name.split()
    caps = [t for t in toks if t[:1].isupper()]
    return (
        len(toks) <= 12
        and 1 <= len(caps) <= 6
        and toks[0][:1].isupper()
        and all(t[:1].isupper() or t.lower() in _JOINING for t in toks)
        and is_org_name(name)
    )


_JOINING = {"of", "for", "and", "the", "on", "in", "at", "&"}


def _masthead(lines: list[_Line], title_line: _Line | None, raw: str) -> str | None:
    """The site's name alone on the top line, above the headline ('Fenwick Gazette', 'FNA – Fenwick News Agency').

    It must look like a publication name (an organisation word) or recur further down the page
    (footer, copyright), or sit on top of a navigation/widget line.
    """
    top = lines[0]
    # an all-caps brand and its other-language form ('FJORDPOSTEN | FJORD POST') reads like a section label
    label = top.kind == "furniture" and top.idx == 0 and section_label(top.text)
    if (top.kind != "text" and not label) or title_line is None or top.idx >= title_line.idx:
        return None
    rest = raw.split(top.text, 1)[-1]
    name = _site_name(top.text, rest)
    if name is None:
        return None
    if label and not re.search(r"(?<!\w)" + re.escape(name.title()) + r"(?!\w)", rest):
        return None  # a section label ('WORLD | EUROPE') unless the page names it again in its own casing
    again = None
    for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", rest, re.I):
        if not re.search(r"\bby\s*:?\s*$", rest[max(0, m.start() - 12) : m.start()], re.I):
            again = m  # named again further down, and not as a byline
            break
    # a navigation or widget line right below it (or below its tagline) marks a site's masthead
    below = [ln for ln in lines[1:3] if ln.idx <= top.idx + 2 and ln.idx < title_line.idx]
    strong = bool(again) or any(ln.kind == "furniture" for ln in below[:1]) or any(_nav_like(ln) for ln in below)
    looks_like = is_org_name(name) and name.split()[-1].lower().strip(".") in PUBLICATION_WORDS
    if not (strong or (looks_like and not is_person_name(name))):
        return None  # unconfirmed: a headline ("Ministry Issues Report") or a person's name
    if name.isupper() and len(name.split()) >= 2:  # a stylised masthead: prefer the page's own casing
        if again and not again.group(0).isupper():
            return again.group(0)
        return name.title()
    if name.isupper() and again and again.group(0).istitle():  # 'VARPRESS' written 'Varpress' in the text
        return again.group(0)
    return name


def _nav_like(ln: _Line) -> bool:
    return ln.kind == "furniture" and (is_nav(ln.text) or is_widget(ln.text))


# ---------------------------------------------------------------------------- the page


@dataclass
class _Line:
    idx: int  # position among non-empty lines
    text: str  # the kept text (a stripped line, or the part after a date prefix)
    kind: str = "text"  # text | furniture | meta
    prose: bool = False


@dataclass
class _Meta:
    dates: list[tuple[int, int, str]] = field(default_factory=list)  # (priority, order, iso)
    outlets: list[tuple[int, int, str]] = field(default_factory=list)
    authors: list[tuple[int, int, str]] = field(default_factory=list)
    leads: list[tuple[int, str]] = field(default_factory=list)  # names before a date: "Mira Castell · 5 May 2020"

    @staticmethod
    def best(items: list[tuple[int, int, str]]) -> str | None:
        return min(items)[2] if items else None


_CREDIT_RANK = 2  # the rank of an author read from a '(Reporting by …)' credit


def _record_byline(meta: _Meta, idx: int, by: Byline, *, author: int, outlet: int, published: int) -> None:
    """Record what a byline or a source line names (author, outlet, date), each at its rank (lower wins)."""
    if by.author:
        meta.authors.append((author, idx, by.author))
    if by.outlet:
        meta.outlets.append((outlet, idx, by.outlet))
    if by.published:
        meta.dates.append((published, idx, by.published))


def _read_meta_line(ln: _Line, meta: _Meta, head: bool, order: Order, live: bool = False) -> str:
    """Record metadata from a standalone metadata line; its kind (date, source, byline, copyright) or ''.

    On a live blog (``live``) an 'Edited by NAME' line in the head names the author, after any byline.
    """
    s = ln.text
    credit = parse_credit(s)  # "(Reporting by X; Editing by Y)": the reporter is the author, after a byline
    if credit is not None:
        if credit.author:
            meta.authors.append((_CREDIT_RANK, ln.idx, credit.author))
        elif live and head and not s.startswith("("):
            editor = parse_byline(s, order)  # "Edited by Mira Castell"
            if editor is not None and editor.author:
                meta.authors.append((3, ln.idx, editor.author))
        return "credit"
    info = read_date_line(s, order) or _section_dated(s, order)
    if len(words(s)) > 14 or (is_prose(s) and not info):
        return ""
    if info:
        if info.iso:
            meta.dates.append((3 if info.updated else (0 if head else 2), ln.idx, info.iso))
        if info.lead and head:
            meta.leads.append((ln.idx, info.lead))
        return "date"
    att = parse_attribution(s, order)
    if att is not None:
        _record_byline(meta, ln.idx, att, author=1, outlet=0, published=2)
        return "source"
    by = parse_byline(s, order)
    if by is not None:
        outlet = 1 if by.outlet and is_org_name(by.outlet) else 2  # a publication's name before a person's
        _record_byline(meta, ln.idx, by, author=0, outlet=outlet, published=1)
        return "byline"
    if head and (tail := read_date_line(s, order, trail=True)) is not None:
        # "Posted 8 May 2020, 09:12 | Fjord Post Desk", "5 May 2020 · Jane Doe": a date line with a name after it
        if tail.iso:
            meta.dates.append((3 if tail.updated else 0, ln.idx, tail.iso))
        if tail.lead:
            meta.leads.append((ln.idx, tail.lead))
        author = _trail_author(tail.trail or "")
        if author:
            meta.authors.append((1, ln.idx, author))
        return "date"
    if _COPYRIGHT.match(s):
        return "copyright"
    return ""


# an all-caps section label run into the date line: "ENVIRONMENT AUGUST 18, 2026 / 4:37 PM", "WORLD NEWS 5 MAY 2020"
_SECTION_RUN_IN = re.compile(r"[A-Z][A-Z&'’-]+\s+")


def _section_dated(s: str, order: Order) -> DateLine | None:
    """The date line under an all-caps section label (up to three words) that leads it without a separator."""
    at = 0
    for _ in range(3):
        m = _SECTION_RUN_IN.match(s, at)
        if m is None:
            return None
        at = m.end()
        info = read_date_line(s[at:], order)
        if info is not None:
            return info
    return None


# words of a region or a direction: "Middle East", "North Africa", "Western Cape" after a date are a section or
# a place, not a person
_REGION_WORDS = {
    "north", "south", "east", "west", "middle", "central", "northern", "southern", "eastern", "western",
    "northeast", "northwest", "southeast", "southwest", "upper", "lower", "greater", "new", "gulf", "coast",
}  # fmt: skip


def _trail_author(name: str) -> str | None:
    """The persons a name after a date line's date makes ('Jane Doe', 'Jane Doe and Tom Reyes'); None for a desk,
    a staff or newsroom credit, an outlet, a section or a place ('Fjord Post Desk', 'Staff', 'Middle East')."""
    names = [n.strip() for n in re.split(r"\s+(?:and|&)\s+", name) if n.strip()]
    if not names or not all(is_person_name(n) and _bare_name(n) for n in names):
        return None
    if any(w.lower() in _REGION_WORDS for n in names for w in n.split()):
        return None
    return " and ".join(names)


_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*", re.I)
# a company's legal form after its name: "The Valley Courier Ltd", "Coast Media, Inc.", "Eco Press S.A."
_COMPANY_SUFFIX = re.compile(
    r"[\s,]+(?:ltd|limited|inc|incorporated|llc|l\.l\.c|llp|plc|gmbh|ag|kg|s\.?a\.?s|s\.a|s\.?l|s\.?p\.?a|"
    r"s\.?r\.?l|sarl|b\.?v|n\.?v|pty(?:\s+ltd)?|co|corp|oy|ab|a/s|sdn\s+bhd|bhd|k\.k)\.?$",
    re.I,
)


_COMPANY_FORM = re.compile(
    r"(?<![\w.])(?:Ltd|Limited|Inc|LLC|LLP|PLC|plc|GmbH|AG|S\.A|S\.L|S\.p\.A|S\.r\.l|SARL|B\.V|N\.V|Pty|Bhd)\.?(?![\w])"
)


def _dateline_place(text: str) -> str | None:
    found = parse_dateline(text)
    return found[0].place.upper() if found else None


def _age_line(ln: _Line) -> bool:
    """'Updated 3 hours ago', '4 min read': date-line furniture, part of the date and byline block."""
    return ln.kind == "furniture" and age_furniture(ln.text)


def _bare_name(name: str) -> bool:
    """A name with no section or widget word in it ('Mira Castell', not 'Top Stories' or 'Live Updates')."""
    toks = re.findall(r"[^\W\d_]+", name.lower())
    return bool(toks) and not any(t in GENERIC_NAME_WORDS or t in PUBLICATION_WORDS for t in toks)


# where footer links begin on a copyright line: a run of spaces, a tab, or a spaced separator
_FOOTER_LINKS = re.compile(r"\s{2,}|\t|\s+[|·•]\s+")


def copyright_holder(s: str) -> str | None:
    """'© 2025 The Fenwick Gazette. All rights reserved.' -> 'The Fenwick Gazette'; None when no name.

    Footer links on the same line ('© 2025 Fenwick Mills Ltd    Privacy    Cookie settings') are cut
    off at the run of spaces or the separator before them.
    """
    if not _COPYRIGHT.match(s):
        return None
    cut = _FOOTER_LINKS.split(s.strip(), maxsplit=1)[0]
    if cut != s.strip():
        holder = _holder(cut)
        if holder is not None and holder.lower() not in ("the", "a", "an"):
            return holder
    return _holder(s)


def _holder(s: str) -> str | None:
    if len(words(s)) > 14:
        return None
    name = re.sub(r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*", "", s, flags=re.I)
    name = re.split(r"[.|,;]\s|[.]$|\ball rights reserved\b", name, flags=re.I)[0].strip(" .,")
    name = re.sub(r"[\s,]*(?:©\s*)?(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?$", "", name)  # "X 2024"
    name = re.sub(r"\s*\(\s*[A-Z][A-Z.&]{1,7}\s*\)$", "", name)  # "Fenwick News Agency (FNA)"
    for _ in range(2):  # "Coast Media Pty Ltd", "Coast Media, Inc."
        name = _COMPANY_SUFFIX.sub("", name).strip(" ,&")
    if not name or "/" in name:
        return None
    if not (name_shaped(name) and len(name.split()) <= 6) and not _long_org(name):
        return None
    return name


def _split_date_prefix(ln: _Line, meta: _Meta, order: Order) -> None:
    """' date 2025-01-19 NAIROBI – …' or 'Wednesday, 12 January 2022 | On …': read the date, keep the rest."""
    s = ln.text
    p = date_prefix(s, order)
    if p is None:
        return
    rest = s[p.rest :]
    sep = re.match(r"^\s*(?:\||·|•|—|–|-{1,2}|:)\s*", rest)
    tail = rest[sep.end() :] if sep else rest.lstrip()
    if not tail or not (sep or p.label or parse_dateline(tail)):
        return
    if not (is_prose(tail) or parse_dateline(tail)):
        return
    if p.iso:
        meta.dates.append((0 if not p.label.startswith(("updated", "last")) else 3, ln.idx, p.iso))
    ln.text = tail.strip()


# the label of a site-wide notice: "IMPORTANT: …", "Service update: …", "Please note: …"
_NOTICE = re.compile(
    r"^(?:important(?:\s+(?:notice|information|update))?|notice|attention|service\s+(?:notice|update|alert|information)|"
    r"travel\s+(?:notice|update|alert|advice)|customer\s+(?:notice|information)|please\s+note)\s*[:!]\s+\S",
    re.I,
)
_TICKER = re.compile(r"^(?:breaking|just\s+in|developing|latest|live|trending|update[sd]?)\b\s*(?::|[|–—-]\s)", re.I)


def _tagline_shaped(ln: _Line) -> bool:
    """'Your town, your news', 'Numbers, not noise: a blog on …': short fragments set apart by punctuation."""
    parts = [p for p in re.split(r"[,.:;!?…]+", ln.text) if p.strip()]
    return len(parts) >= 2 and all(len(p.split()) <= 6 for p in parts)


def _pick_title(
    head: list[_Line], lines: list[_Line], counts: dict[str, int], skip: int | None = None, tagline: int | None = None
) -> _Line | None:
    """The headline: a line repeated on the page, else the top of the lines just above the date/byline block.

    The run of headline-shaped lines right above the first metadata line holds the headline and
    maybe a standfirst or caption below it; the headline is its first line (a 'Breaking: …'
    ticker aside). Without such a run, the first line of four words or more.
    """
    menu = _menu_items(lines)
    cands = [
        ln
        for ln in head
        if ln.kind == "text"
        and ln.idx != skip
        and not _menu_label(ln.text, menu)
        and 3 <= len(words(ln.text)) <= 30
        and not ln.text.endswith((".", ",", ";", ":"))
        and not (ln.text.startswith("[") and ln.text.endswith("]"))  # an editor's note: "[Translated from …]"
        and date_prefix(ln.text) is None
    ]
    if not cands:
        return None
    for ln in cands:
        if counts[key(ln.text)] > 1:
            return ln
    by_idx = {ln.idx: ln for ln in cands}
    block = [ln for ln in lines if ln.idx <= head[-1].idx + 1 and (ln.kind == "meta" or _age_line(ln))]
    for m in block:
        run: list[_Line] = []
        while len(run) < 3 and (prev := by_idx.get(m.idx - len(run) - 1)) is not None:
            run.insert(0, prev)
        # a ticker, the tagline right under a masthead, or an all-caps section label, one above the other
        while len(run) > 1 and (
            _TICKER.match(run[0].text)
            or (run[0].idx == tagline and _tagline_shaped(run[0]))
            or (kicker(run[0].text) and not kicker(run[1].text))
        ):
            run = run[1:]
        if run:
            return run[0]
    for m in block:  # no headline above the date line: the one right under it, over the first paragraph
        below = by_idx.get(m.idx + 1)
        if below is not None and below.idx == head[-1].idx and len(words(below.text)) >= 4:
            return below
    for ln in cands:
        if len(words(ln.text)) >= 4:
            return ln
    first = cands[0]
    return first if first.idx == 0 else None


_MENU_SPLIT = re.compile(r"\s{2,}|\t|\s*[|•·»›/>]\s*")


def _menu_items(lines: list[_Line]) -> set[str]:
    """The items of the page's navigation lines ('Home | Politics | Harbour and Coast'), as keys."""
    return {
        key(item)
        for ln in lines
        if ln.kind == "furniture" and is_nav(ln.text)
        for item in _MENU_SPLIT.split(ln.text)
        if item.strip()
    }


def _menu_label(text: str, menu: set[str]) -> bool:
    """A head line that repeats a menu item, alone or before a note ('Harbour and Coast', 'English Service —
    translated from …'): the section's label over the headline, not the headline."""
    first, *note = re.split(r"\s+[–—|·•]\s+|\s+-\s+", text.strip(), maxsplit=1)
    if note and not note[0][:1].islower():
        return False  # 'Politics — Minister resigns over ferry deal': a headline after its section's name
    return len(words(first)) <= 4 and key(first) in menu


def _bare_bylines(lines: list[_Line], meta: _Meta) -> list[int]:
    """Byline lines without 'By' in the head: a person's name ('Mira Castell', 'Mira Castell in Port Elm')
    right above or below a date or byline line near the top, under a headline. Their positions.
    A person's name before the date on a date line ('Mira Castell · 5 May 2020') is a byline too."""
    places = {_dateline_place(x.text) for x in lines if x.prose}
    for idx, lead in meta.leads:
        marked = parse_byline(lead)  # "By Jane Doe | 5 May 2020": the name without its byline marker
        if marked is not None and marked.author and idx < 10:
            meta.authors.append((0, idx, marked.author))
            continue
        if idx < 10 and _bare_name(lead) and is_person_name(lead) and lead.upper() not in places:
            meta.authors.append((0, idx, lead))
    by_idx = {ln.idx: ln for ln in lines}
    dated = {ln.idx for ln in lines if ln.kind == "meta" and ln.idx < 10}
    found: list[int] = []
    for ln in lines:
        if ln.idx >= 10 or ln.kind != "text" or ln.prose or not (dated & {ln.idx - 1, ln.idx + 1}):
            continue
        above = [x for x in lines if x.idx < ln.idx and x.kind == "text"]
        if not any(len(words(x.text)) >= 3 for x in above) or any(x.text.endswith(".") and x.prose for x in above):
            continue  # no headline above it, or the body has begun
        by = parse_bare_byline(ln.text)
        if by is None or not by.author or not all(_bare_name(n) for n in by.author.split(" and ")):
            continue
        if by.author.upper() in places:
            continue  # the place of the body's dateline ("PORT ELM – …"), not a person
        if by_idx.get(ln.idx - 1) is not None and by_idx[ln.idx - 1].kind == "furniture":
            continue  # right under a navigation line: a menu item or section, not a byline
        ln.kind = "meta"
        meta.authors.append((0, ln.idx, by.author))
        if by.outlet:
            meta.outlets.append((1, ln.idx, by.outlet))
        found.append(ln.idx)
    return found


# a heading that sets links into the story ('READ ALSO:', 'See also:'), not one of a list at its end ('Related news')
_INSERTED_LINKS = re.compile(r"^(?:(?:read|see)\s+also|also\s+(?:read|see))\b", re.I)


def _story_resumes(lines: list[_Line], at: int) -> int:
    """How many links a 'READ ALSO:' heading at line ``at`` sets into the story, when the story goes on under
    them: two body paragraphs in a row follow the links, with no line between them (a list of teasers alternates
    a title and a blurb), so the heading is an insertion into the body, not the list that closes it; else 0.
    Another list heading ('RELATED NEWS') over bulleted links is an insertion when three body paragraphs follow."""
    inserted = bool(_INSERTED_LINKS.match(lines[at].text))
    if not inserted and not is_closer(lines[at].text):
        return 0
    rest = lines[at + 1 :]

    def body(ln: _Line) -> bool:
        return ln.prose and len(words(ln.text)) > 15 and not is_closer(ln.text) and not _LINK_ITEM.match(ln.text)

    k = 0
    while k < len(rest) and k < 6 and not body(rest[k]):
        k += 1  # the links
    if inserted:
        return k if 1 <= k < 6 and k + 1 < len(rest) and body(rest[k]) and body(rest[k + 1]) else 0
    # any other heading ('RELATED NEWS') over bulleted links only, with three body paragraphs in a row under them
    if not 1 <= k < 6 or not all(_LINK_ITEM.match(x.text) for x in rest[:k]):
        return 0
    return k if k + 2 < len(rest) and all(body(x) for x in rest[k : k + 3]) else 0


_LINK_ITEM = re.compile(r"^\s*(?:>>|[»›•▶►]|-\s)")
# a bare "READ MORE" / "More stories" heading, no colon after it
_MORE_HEADING = re.compile(r"^(?:read|see|view)\s+more(?:\s+(?:stories|news|articles))?\s*[.…»>›]*$", re.I)


def _bare_more(lines: list[_Line], at: int) -> bool:
    """A 'READ MORE' heading with no colon closes the body like 'Read more:' when link items ('- …', '» …')
    are listed under it (alone, it may be a button that opens the rest of the story)."""
    nxt = lines[at + 1] if at + 1 < len(lines) else None
    return bool(_MORE_HEADING.match(lines[at].text)) and nxt is not None and bool(_LINK_ITEM.match(nxt.text))


def _closing_notes(lines: list[_Line], first: int, close: int | None, authors: list[str]) -> None:
    """The author's bio and a disclaimer at the end of the article go ('Mira Castell is a statistician
    at …', 'Views are her own.'); the walk back from the end stops at the first sentence that is not such a note."""
    confirmed = False
    done = 0
    end = close if close is not None else len(lines)  # reader comments and link lists after a closer aside
    for ln in reversed([x for x in lines if x.kind == "text" and first <= x.idx < end]):
        if not is_sentence(ln.text):
            continue  # a tail line that goes anyway, or a subheading
        rest = closing_note(ln.text, authors, confirmed)
        if rest == ln.text or done >= 3:
            break
        done += 1
        confirmed = confirmed or (rest is None and is_disclaimer(ln.text))
        if rest is None:
            ln.kind, ln.prose = "furniture", False
            continue
        ln.text = rest
        break


def _keep_outside(ln: _Line, count: int, title_line: _Line | None, last: int, tail_open: bool) -> bool:
    """Whether a line above or below the run of prose paragraphs is still body text."""
    s = ln.text
    if not (is_sentence(s) and len(words(s)) >= 4 and count == 1):
        return False
    if label_line(s) or slogan(s):
        return False  # "Our Standards: …", "Your coast. Your news."
    if title_line is not None and ln.idx < title_line.idx:
        return False  # above the headline: masthead, tagline
    if ln.idx > last and len(words(s)) < 8:
        return tail_open or bool(REPORTING.search(s))  # a closing quote or "… declined to comment."
    return True


def clean_page(raw: str) -> Page:
    """Clean page text scraped from a news site: body paragraphs plus metadata read from the page."""
    # a closing link label goes first: "… published by X. Read the original article."
    lines = [_Line(i, strip_link_label(s)) for i, s in enumerate(t.strip() for t in raw.splitlines() if t.strip())]
    if not lines:
        return Page(text="")
    blocks: list[int] = []  # lines with no blank line between them share a block
    block = 0
    for t in raw.splitlines():
        if t.strip():
            blocks.append(block)
        else:
            block += 1
    meta = _Meta()
    order = page_date_order(raw) if has_unsettled_date(raw) else None  # how the page writes 05/03/2025
    for ln in lines:  # a date prefix can only sit on the head lines or the first paragraph
        _split_date_prefix(ln, meta, order)
        if is_prose(ln.text):
            break
    counts: dict[str, int] = {}
    for ln in lines:
        k = key(ln.text)
        counts[k] = counts.get(k, 0) + 1
    banner = banner_lines([ln.text for ln in lines])
    for ln in lines:
        if ln.idx in banner or furniture_kind(ln.text):
            ln.kind = "furniture"
    texts = [ln.text for ln in lines]
    for i in spread(texts, blocks, [ln.kind == "furniture" for ln in lines]):  # boxes, captions, tag clouds
        lines[i].kind = "furniture"
    for ln in lines:
        ln.prose = ln.kind == "text" and is_prose(ln.text)
    prose = [ln for ln in lines if ln.prose]
    first = prose[0].idx if prose else 0
    # the head block: up to the second prose line, and no further than 8 lines that are not page furniture
    # (menus, cookie banners and breadcrumbs above the headline do not count)
    above = sum(1 for ln in lines if ln.idx < first and ln.kind == "furniture")
    top = min(8 + above, prose[1].idx if len(prose) > 1 else first + 1)
    early: list[int] = []  # date and byline lines at the top of the page
    live = live_blog(texts)
    for ln in lines:
        kind = _read_meta_line(ln, meta, ln.idx < first or ln.idx < top, order, live) if ln.kind == "text" else ""
        if kind:
            ln.kind = "meta"
            ln.prose = False
            if kind in ("date", "byline") and ln.idx < 10:
                early.append(ln.idx)
            elif kind == "source" and sum(1 for x in lines[: ln.idx] if x.prose) <= 1:
                early.append(ln.idx)  # "Originally published by X" right under the headline, over the story
    early += _bare_bylines(lines, meta)
    # a site notice above the headline and its date line ("IMPORTANT: All sailings are suspended. …") is a banner
    for ln in lines:
        if ln.prose and early and ln.idx < min(early) and _NOTICE.match(ln.text):
            if any(x.kind == "text" and not x.prose and ln.idx < x.idx < min(early) for x in lines):
                ln.kind, ln.prose = "furniture", False
    # a headline that reads like a sentence ("… for ferries?", '… "We have nothing to hide"') sits above
    # the date and byline, and above the dateline that opens the body ("PORT ELM (FNA) – …")
    opening = next((ln.idx for ln in [x for x in lines if x.prose][:3] if parse_dateline(ln.text)), 0)
    for ln in lines:
        if ln.prose and ln.idx < max([*early, opening]) and not ln.text.endswith(".") and len(words(ln.text)) <= 30:
            ln.prose = False
    prose = [ln for ln in lines if ln.prose]
    first = prose[0].idx if prose else 0
    last = prose[-1].idx if prose else len(lines) - 1

    # A comment form or a "related news" list late in the page closes the body; inside the
    # body, the short lines listed under such a heading go, up to the next paragraph.
    total = sum(len(ln.text) for ln in prose)
    seen = 0
    close: int | None = None
    in_list = False
    for ln in lines:
        comments = ln.idx > first and comment_opening(texts, ln.idx)  # "4 responses to “…”" over comments
        if ln.prose and not comments:
            seen += len(ln.text)
            in_list = False
        elif ln.idx > first and (comments or is_closer(ln.text) or _bare_more(lines, ln.idx)):
            links = 0 if comments else _story_resumes(lines, ln.idx)
            for x in lines[ln.idx + 1 : ln.idx + 1 + links]:
                x.kind, x.prose = "furniture", False  # the links set into the story
            if (ln.idx > last or seen >= 0.66 * total) and not links:
                close = ln.idx
                last = max((p.idx for p in prose if p.idx < ln.idx), default=first)
                if comments:
                    ln.kind, ln.prose = "furniture", False
                break
            in_list = True
        elif in_list and ln.kind == "text":
            ln.kind = "furniture"
    authors = [a for _, _, a in sorted(meta.authors)]
    _closing_notes(lines, first, close, [n for a in authors for n in a.split(" and ")])
    last = max((ln.idx for ln in lines if ln.prose and ln.idx <= last and ln.kind == "text"), default=first)

    head = [ln for ln in lines if ln.idx < first]
    skip = next((i for i, ln in enumerate(lines) if ln.idx not in banner), len(lines))
    tagline = lines[skip].idx + 1 if skip < len(lines) and _site_name(lines[skip].text) else None
    title_line = _pick_title(head, lines, counts, tagline=tagline) if prose else None
    if title_line is not None and skip < len(lines) and title_line.idx == lines[skip].idx:
        # the top line is the site's masthead, not the headline, when a headline follows it
        alt = _pick_title(head, lines, counts, skip=title_line.idx)
        if alt is not None and _masthead(lines[skip:], alt, raw) is not None:
            title_line = alt

    # Who published this copy: a copyright line in the footer and the masthead name the site.
    mast = _masthead(lines[skip:], title_line, raw) if prose and skip < len(lines) else None
    if mast and title_line is not None and title_line.idx == lines[skip].idx + 1:
        # the line under the masthead is its tagline when a navigation line parts it from the headline
        parted = any(ln.kind == "furniture" for ln in lines if title_line.idx < ln.idx < first)
        alt = _pick_title(head, lines, counts, skip=title_line.idx) if parted else None
        if alt is not None and any(ln.kind == "furniture" for ln in lines if title_line.idx < ln.idx < alt.idx):
            title_line = alt
    title = title_line.text if title_line else None
    title_key = key(title) if title else None
    own: list[str] = []
    for ln in lines:
        holder = copyright_holder(ln.text)
        if holder and (ln.idx > last or re.search(r"rights\s+reserved", ln.text, re.I)):
            if is_person_name(holder) and not (mast and _same_name(mast, holder)) and not _COMPANY_FORM.search(ln.text):
                continue  # a photographer's credit, not the site (nor a company: "Talvik Verlag GmbH")
            own.append(holder)
            ln.kind = "meta"
    site = choose_site(mast, own, lines[skip].text if mast else None)  # the masthead's brand before the company
    sources = [(i, o) for p, i, o in meta.outlets if p == 0]
    republished = site is not None and bool(sources) and not any(_same_name(site, o) for _, o in sources)
    keep_source = {i for i, _ in sources} if republished else set()

    kept: list[str] = []
    kept_at: set[int] = set()  # the lines kept in the body
    kept_keys: set[str] = set()
    tail_open = True  # no dropped text between the last paragraph and this line
    for ln in lines:
        if ln.idx in keep_source:  # "Source: X" on a page with its own masthead: republished from X
            kept.append(ln.text)
            kept_at.add(ln.idx)
            continue
        if ln.kind != "text":
            tail_open = tail_open and not (ln.kind == "meta" and ln.idx > last)
            continue
        k = key(ln.text)
        if k == title_key:
            continue
        inside = first <= ln.idx <= last
        if not inside and not _keep_outside(ln, counts.get(k, 1), title_line, last, tail_open):
            tail_open = tail_open and ln.idx < last
            continue  # head/tail lines must read as body sentences
        if counts.get(k, 1) > 1 and not ln.prose:
            continue  # repeated heading or caption
        if k in kept_keys:
            continue  # a repeated paragraph is kept once
        if close is not None and ln.idx > close:
            continue  # reader comments and link lists after the body
        kept.append(ln.text)
        kept_at.add(ln.idx)
        kept_keys.add(k)

    dateline: str | None = None
    agency: str | None = None
    for text in [t for t in kept if not republication_note(t)][:2]:  # past "Originally published by X."
        found = parse_dateline(text)
        if found:
            dateline, agency = found[0].place, found[0].agency
            break
    for text in kept[:3] if dateline is None else []:
        dateline = stop_dateline(text, raw)  # "Port Elm. The council …"
        if dateline:
            break
    if site is not None and not (sources and not republished):
        outlet: str | None = site
    else:
        outlet = _Meta.best(meta.outlets) or (agency and (spelled_out(agency, raw) or agency))
    raw_lines = [t.strip() for t in raw.splitlines() if t.strip()]
    if outlet and is_acronym(outlet):  # "FNA": the name the page spells out for it
        outlet = defined_acronym(outlet, raw_lines) or outlet
    # names the furniture spells out for acronyms ("© Fenwick Public Broadcaster (FPB)" under an "FPB News" masthead)
    names = [n for n in spelled_acronyms([t for i, t in enumerate(raw_lines) if i not in kept_at]) if n != outlet]
    return Page(
        text="\n\n".join(kept),
        outlet=outlet,
        published=_Meta.best(meta.dates),
        # on a copy republished from another outlet, a closing '(Reporting by …)' credit is the wire's, not the page's
        author=_Meta.best([a for a in meta.authors if not (republished and a[0] == _CREDIT_RANK)]),
        title=title,
        dateline=dateline,
        names=tuple(names),
    )
