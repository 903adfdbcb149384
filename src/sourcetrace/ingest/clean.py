"""Cleaning scraped page text: remove page furniture, keep the whole body, read metadata.

The rules are general features of a line, never a list of any site's lines:

- *shape*: photo captions and credits, "Also read:" links, share/payment widgets,
  comment forms, "News ID 123", bullet-only lines, labels with nothing after the colon;
- *position*: the body is the run from the first to the last prose paragraph (a line of
  several words ending like a sentence); short non-sentence lines before it (head) and
  after it (tail) are furniture, and a comment form or a "related news" list near the
  end closes the body;
- *repetition*: a short line that occurs more than once (a title repeated as a heading,
  a caption printed twice) is furniture; a repeated prose paragraph is kept once;
- *tail and head*: outside the prose run a line must read as a body sentence: no label
  before a colon ("Tags: …", "Our Standards: …"), no slogan ("Your town. Your news."),
  nothing above the headline, and after the body a short line only when it continues
  the body (no dropped text in between) or carries speech ('… declined to comment.');
  a "Read more:" heading closes the body like "Related news";
- *metadata lines*: dates, bylines, "Source: …" and "As reported by …" lines are read
  (see ``metadata``) and then removed from the text;
- *the site's own name*: a copyright footer and a masthead (a name alone on the top line,
  above the headline) say who published this copy. They beat a "Source: X" line naming
  another outlet, which then means "republished from X" and stays in the text for the
  citation finder; with no site name of its own, "Source: X" names the outlet.

The returned text is the kept lines (stripped, and with a leading date label cut off)
joined by blank lines; each paragraph is a piece of one input line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .metadata import (
    date_line,
    date_line_info,
    date_prefix,
    is_org_name,
    is_person_name,
    name_shaped,
    parse_attribution,
    parse_byline,
    parse_credit,
    parse_dateline,
    spelled_out,
)

__all__ = ["Page", "clean_page"]


@dataclass(frozen=True)
class Page:
    text: str
    outlet: str | None = None
    published: str | None = None
    author: str | None = None
    title: str | None = None
    dateline: str | None = None


# ---------------------------------------------------------------------------- line shapes

_TERMINAL = re.compile(r"[.!?…][\"'”’»)\]]*$|[\"”’»]$")
_LETTER = re.compile(r"[^\W\d_]")
_CREDIT_PAREN = re.compile(
    r"\((?:[^()]*?\b(?:photos?|images?|pictures?|pics?|videos?|footage|files?|illustrations?|graphics?)\b[^()]*?"
    r"(?::|/|\bby\b)|\s*(?:credits?|courtesy)\b)[^()]*\)\s*$",
    re.I,
)
_CREDIT_LABEL = re.compile(
    r"^(?:(?:featured\s+|cover\s+|header\s+|main\s+|top\s+|lead\s+)?"
    r"(?:photos?|images?|pictures?|videos?|illustrations?|graphics?)\s*(?:credits?|licen[cs]es?|sources?|captions?|"
    r"by|courtesy)?|credits?|captions?|copyright|©|\(c\))\s*(?::|\bby\b|©|\d{4})",
    re.I,
)
_ALSO_READ = re.compile(
    r"^(?:also\s+read|read\s+also|read\s+more|see\s+also|also\s+see|related|more|watch|listen|recommended|"
    r"don'?t\s+miss|must\s+read|more\s+on\s+this|more\s+from\s+\w+|related\s+(?:articles?|stories|story|content|"
    r"coverage|links?|news|posts?)|read\s+next|click\s+here|suggested|trending)\s*(?::|\||»|>|›|–|—|-\s)",
    re.I,
)
_NEWS_ID = re.compile(
    r"^(?:news|story|article|post|content|item|doc(?:ument)?|ref(?:erence)?)?\s*(?:id|no\.?|number|code|#)\s*"
    r"[:#]?\s*\d{2,}$",
    re.I,
)
_LABEL_EMPTY = re.compile(r"^(?P<label>[^:]{1,40}):\s*(?P<junk>[.\-–—…/|•·]*)\s*$")
_BULLET = re.compile(r"^[•·▪■►◆●○*»›>\-–—]+\s*")
_COMMENT_FORM = re.compile(
    r"^(?:your\s+comments?|leave\s+a\s+(?:comment|reply)|post\s+a\s+comment|add\s+(?:a\s+)?(?:new\s+)?comments?|"
    r"\d+\s+comments?|comments?(?:\s*\(\d+\))?|you\s+are\s+replying\s+to|cancel\s+reply|captcha|"
    r"join\s+the\s+(?:discussion|conversation)|write\s+a\s+comment|show\s+comments?|view\s+comments?)\b",
    re.I,
)
_LIST_HEADING = re.compile(
    r"^(?:latest|related|recent|more|top|most\s+(?:read|popular|viewed|shared)|popular|trending|recommended|"
    r"editor'?s'?\s+picks?|you\s+may\s+also\s+like|you\s+might\s+also\s+like|read\s+next|more\s+from|more\s+in|"
    r"other|similar|further\s+reading|in\s+case\s+you\s+missed\s+it)\b",
    re.I,
)
_CALL_TO_ACTION = re.compile(
    r"^(?:follow\s+us|subscribe|sign\s+up|sign\s+in|log\s+in|click\s+here|download\s+(?:our|the)\s+app|join\s+our|"
    r"share\s+(?:this|on|via)|send\s+(?:us\s+)?your|support\s+(?:our|us)|donate|advertisement|sponsored|"
    r"we\s+use\s+cookies|accept\s+(?:all\s+)?cookies|skip\s+to|back\s+to\s+top|print\s+this)\b",
    re.I,
)
# "Follow X for more coverage of …", "For more stories like this, follow …": the site's promotion.
_MORE_OF_IT = (
    r"(?:more\s+(?:coverage|news|stories|updates|articles|analysis|reporting|on\b|from\b|like\s+this)|"
    r"the\s+latest|all\s+the\s+latest|(?:live\s+)?updates|breaking\s+news)"
)
_FOLLOW_FOR_MORE = re.compile(
    r"^(?:follow|like)\s+.{1,60}?\s+(?:for|to\s+(?:get|read|see))\s+"
    + _MORE_OF_IT
    + r"|^for\s+"
    + _MORE_OF_IT
    + r".{0,60}?,\s*(?:follow|visit|subscribe|sign\s+up|go\s+to)\b",
    re.I,
)
# "© Harbour Gazette 2024. Republication …", "Copyright 2024 …", "(c) The Harbour Gazette": whatever follows.
_COPYRIGHT_LINE = re.compile(r"^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|(?:19|20)\d{2}\b|(?-i:[A-Z])))", re.I)
_WIDGET_WORDS = {
    "print", "friendly", "pdf", "email", "e-mail", "mail", "share", "shares", "tweet", "facebook", "twitter",
    "whatsapp", "telegram", "linkedin", "reddit", "pinterest", "copy", "link", "save", "bookmark", "comment",
    "comments", "subscribe", "newsletter", "sign", "up", "in", "log", "login", "register", "donate", "donation",
    "payment", "pay", "debit", "credit", "card", "bank", "transfer", "paypal", "menu", "search", "home",
    "advertisement", "advertise", "ad", "sponsored", "cookie", "cookies", "accept", "privacy", "policy", "terms",
    "follow", "us", "on", "read", "more", "next", "previous", "prev", "back", "top", "order", "cart", "shop",
    "download", "app", "font", "size", "listen", "audio", "play", "close", "skip", "content", "main",
    "navigation", "toggle", "news", "latest", "related", "most", "popular", "trending", "stories", "story",
    "&", "and", "or", "the", "to", "this", "article", "page", "view", "views", "gallery", "photos", "video",
    "videos", "tags", "tag", "categories", "category", "archive", "archives", "contact", "about", "rss", "feed",
    "reply", "replies", "like", "likes", "submit", "send", "cancel", "captcha", "a+", "a-", "print-friendly",
}  # fmt: skip


# Words of section labels and generic publication words: a masthead needs a word of its own.
_GENERIC_NAME_WORDS = _WIDGET_WORDS | {
    "world", "local", "national", "international", "business", "politics", "sport", "sports", "opinion",
    "breaking", "live", "health", "science", "tech", "technology", "culture", "arts", "entertainment",
    "lifestyle", "economy", "region", "regional", "analysis", "features", "feature", "editorial", "editorials",
    "headlines", "update", "updates", "daily", "weekly", "today", "online", "wire", "press", "media", "agency",
    "times", "post", "journal", "report", "reports", "magazine", "network", "tv", "radio", "a", "an", "of",
    "world's", "s", "in", "at", "for", "de", "la", "el", "al",
}  # fmt: skip

# Last words of publication names ("… News", "The … Tribune", "… Today").
_PUBLICATION_WORDS = {
    "news", "agency", "post", "times", "press", "tv", "network", "gazette", "herald", "tribune", "journal",
    "daily", "weekly", "radio", "media", "channel", "magazine", "chronicle", "observer", "telegraph",
    "express", "mail", "monitor", "insider", "wire", "bulletin", "courier", "today", "online", "echo", "star",
    "sun", "standard", "independent", "guardian", "digest", "ledger", "record", "register", "dispatch",
    "sentinel", "examiner", "inquirer", "citizen", "mirror", "globe", "beacon", "argus", "leader",
}  # fmt: skip

_FUNCTION_WORDS = {"&", "and", "or", "the", "a", "an", "to", "this", "in", "on", "up", "us", "of", "for", "with", "our"}


def _words(s: str) -> list[str]:
    return [w for w in s.split() if _LETTER.search(w)]


def _key(s: str) -> str:
    """A line's identity for repetition: letters and digits only, case-folded."""
    return " ".join(re.findall(r"[^\W_]+", s.casefold()))


def _is_sentence(s: str) -> bool:
    return bool(_TERMINAL.search(s)) and not s.endswith(":")


def _is_prose(s: str) -> bool:
    n = len(_words(s))
    return (n >= 8 and _is_sentence(s)) or n >= 25


def _is_widget(s: str) -> bool:
    if _is_sentence(s):
        return False
    toks = [t.strip(",.;:!?()[]|•·").lower() for t in re.split(r"[\s/|•·]+", s)]
    toks = [t for t in toks if t]
    if not toks or len(toks) > 8:
        return False
    content = [t for t in toks if t not in _FUNCTION_WORDS]
    return bool(content) and sum(t in _WIDGET_WORDS for t in content) >= max(1, round(0.75 * len(content)))


def _is_nav(s: str) -> bool:
    parts = [p for p in re.split(r"\s*[|•·»›]\s*", s) if p.strip()]
    return len(parts) >= 3 and all(len(p.split()) <= 3 for p in parts)


def furniture_kind(s: str) -> str | None:
    """Why a (stripped) line is page furniture whatever its position, or None."""
    if not _LETTER.search(s):
        return None if date_line(s) else "no words"
    if _CREDIT_PAREN.search(s) or _CREDIT_LABEL.match(s):
        return "caption or credit"
    if _COPYRIGHT_LINE.match(s) and len(_words(s)) <= 30 and not _REPORTING_VERB.search(s):
        return "copyright"
    if _ALSO_READ.match(s):
        return "related link"
    if _NEWS_ID.match(s):
        return "id number"
    m = _LABEL_EMPTY.match(s)
    if m and (m.group("junk") or not any(w[:1].islower() for w in m.group("label").split())):
        return "empty label"
    if _BULLET.match(s) and not _is_sentence(s) and len(_words(_BULLET.sub("", s))) <= 3:
        return "bullet"
    if _COMMENT_FORM.match(s) and len(_words(s)) <= 8 and not _is_prose(s):
        return "comment form"
    if _FOLLOW_FOR_MORE.match(s) and len(_words(s)) <= 25 and not _REPORTING.search(s):
        return "call to action"
    if _CALL_TO_ACTION.match(s) and (not _is_prose(s) or re.search(r"\b(?:our|us|here|newsletter|app)\b", s, re.I)):
        return "call to action"
    if _is_widget(s) or _is_nav(s):
        return "widget"
    return None


# Cookie / consent banners: the site talking to the reader about cookies, privacy and consent.
_BANNER_SIGNALS = [
    re.compile(p, re.I)
    for p in (
        r"\bwe\b(?:\s+and\s+(?:our|selected|our\s+\w+)\s+(?:\w+\s+)?partners)?\s+(?:use|store|collect|process)\b",
        r"\b(?:this|our)\s+(?:web)?site\s+uses\b",
        r"\bby\s+(?:clicking|continuing|using\s+(?:this|our))\b",
        r"\byou\s+(?:agree|consent|accept)\b",
        r"\byour\s+(?:device|browser)\b",
        r"\b(?:accept|reject|allow|decline|refuse)\s+(?:all|cookies|non-essential|optional|necessary)\b",
        r"\bmanage\s+(?:cookies|preferences|settings|options|choices|consent)\b",
        r"\b(?:cookie|privacy|consent)\s+(?:policy|settings|preferences|choices|notice|options)\b",
        r"\byour\s+(?:privacy|consent|choices|preferences|data)\b",
        r"\bpersonali[sz]ed?\s+(?:content|ads|advertising)\b",
        r"\b(?:non-essential|strictly\s+necessary|essential|third-party|analytics)\s+cookies\b",
    )
]
_COOKIE_WORD = re.compile(r"\b(?:cookies?|consent)\b", re.I)
_REPORTING_VERB = re.compile(
    r"\b(?:said|says|told|according|stated|added|reported|announced|warned|argued|ruled|fined)\b", re.I
)


def _banner_strength(s: str) -> int:
    """2: a cookie/consent banner line on its own; 1: banner-like (a button row, 'We value your privacy'); 0: not."""
    if _REPORTING_VERB.search(s):
        return 0  # a body sentence reporting on cookies or privacy
    signals = sum(bool(r.search(s)) for r in _BANNER_SIGNALS)
    short = len(_words(s)) <= 8
    if _COOKIE_WORD.search(s) and signals >= (1 if short else 2):
        return 2
    return 1 if short and signals else 0


def _banner_lines(texts: list[str]) -> set[int]:
    """Positions of consent-banner lines: strong lines, and banner-like ones within two lines of a strong one."""
    strength = [_banner_strength(t) for t in texts]
    strong = [i for i, v in enumerate(strength) if v == 2]
    return {i for i, v in enumerate(strength) if v == 2 or (v == 1 and any(abs(i - j) <= 2 for j in strong))}


def _is_closer(s: str) -> bool:
    """A comment form or a 'related/latest news' / 'Read more:' heading: what follows is not the article."""
    if _COMMENT_FORM.match(s):
        return len(_words(s)) <= 8 and not _is_prose(s)
    if _ALSO_READ.match(s) and re.search(r"[:|»>›–—-]\s*$", s):
        return True  # "Read more:" with the links on the lines below
    return bool(_LIST_HEADING.match(s)) and len(_words(s)) <= 5 and not _is_sentence(s)


_LABEL_COLON = re.compile(r"^(?P<label>[^\W\d_][\w'’ &/-]{0,30}?)\s*:\s+\S")
_REPORTING = re.compile(
    r"[“”\"«»]|\b(?:said|says|say|told|tells|added|adds|stated|declined|denied|confirmed|according|refused|"
    r"responded|commented|comment|reported|noted|explained|insisted|warned|argued|wrote|asked|replied)\b",
    re.I,
)


def _label_line(s: str) -> bool:
    """'Our Standards: …', 'Tags: …', 'Topics: …': a short label before a colon, no speech in the line."""
    m = _LABEL_COLON.match(s)
    return m is not None and len(m.group("label").split()) <= 4 and not _REPORTING.search(s)


def _slogan(s: str) -> bool:
    """'Your coast. Your news.': two or more verbless fragments of at most three words."""
    parts = [p for p in re.split(r"[.!?…]+", s) if p.strip()]
    return len(parts) >= 2 and all(len(_words(p)) <= 3 for p in parts)


def _same_name(a: str, b: str) -> bool:
    ka, kb = re.sub(r"^the", "", _key(a).replace(" ", "")), re.sub(r"^the", "", _key(b).replace(" ", ""))
    return bool(ka and kb) and (ka in kb or kb in ka)


def _masthead(lines: list[_Line], title_line: _Line | None, raw: str) -> str | None:
    """The site's name alone on the top line, above the headline ('Harbour Gazette', 'HNA – Harbour News Agency').

    It must look like a publication name (an organisation word) or recur further down the page
    (footer, copyright), or sit on top of a navigation/widget line.
    """
    top = lines[0]
    if top.kind != "text" or title_line is None or top.idx >= title_line.idx or date_prefix(top.text):
        return None
    parts = [p.strip() for p in re.split(r"\s+[–—|·•-]\s+|\s*\|\s*", top.text) if p.strip()]
    names = [
        p
        for p in parts
        if 1 <= len(p.split()) <= 5
        and not re.search(r"\d", p)
        and not _TERMINAL.search(p)
        and not p.endswith(":")
        and (name_shaped(p) or p.isupper())
        and not furniture_kind(p)
    ]
    if not names:
        return None
    name = max(names, key=lambda p: (len(p.split()), len(p)))
    own_words = [w for w in re.findall(r"[^\W\d_]+", name.lower()) if w not in _GENERIC_NAME_WORDS]
    if not own_words:
        return None  # a section label ("World News", "Local"), not a site
    rest = raw.split(top.text, 1)[-1]
    again = None
    for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", rest, re.I):
        if not re.search(r"\bby\s*:?\s*$", rest[max(0, m.start() - 12) : m.start()], re.I):
            again = m  # named again further down, and not as a byline
            break
    nxt = lines[1] if len(lines) > 1 else None
    strong = bool(again) or (nxt is not None and nxt.kind == "furniture")
    looks_like = is_org_name(name) and name.split()[-1].lower().strip(".") in _PUBLICATION_WORDS
    if not (strong or (looks_like and not is_person_name(name))):
        return None  # unconfirmed: a headline ("Ministry Issues Report") or a person's name
    if name.isupper() and len(name.split()) >= 2:  # a stylised masthead: prefer the page's own casing
        if again and not again.group(0).isupper():
            return again.group(0)
        return name.title()
    return name


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

    @staticmethod
    def best(items: list[tuple[int, int, str]]) -> str | None:
        return min(items)[2] if items else None


def _read_meta_line(ln: _Line, meta: _Meta, head: bool) -> str:
    """Record metadata from a standalone metadata line; its kind (date, source, byline, copyright) or ''."""
    s = ln.text
    credit = parse_credit(s)  # "(Reporting by X; Editing by Y)": the reporter is the author, after a byline
    if credit is not None:
        if credit.author:
            meta.authors.append((2, ln.idx, credit.author))
        return "credit"
    if len(_words(s)) > 14 or (_is_prose(s) and not date_line(s)):
        return ""
    info = date_line_info(s)
    if info:
        iso, updated = info
        meta.dates.append((3 if updated else (0 if head else 2), ln.idx, iso))
        return "date"
    att = parse_attribution(s)
    if att is not None:
        if att.outlet:
            meta.outlets.append((0, ln.idx, att.outlet))
        if att.author:
            meta.authors.append((1, ln.idx, att.author))
        if att.published:
            meta.dates.append((2, ln.idx, att.published))
        return "source"
    by = parse_byline(s)
    if by is not None:
        if by.author:
            meta.authors.append((0, ln.idx, by.author))
        if by.outlet:
            meta.outlets.append((1 if is_org_name(by.outlet) else 2, ln.idx, by.outlet))
        if by.published:
            meta.dates.append((1, ln.idx, by.published))
        return "byline"
    if _COPYRIGHT.match(s):
        return "copyright"
    return ""


_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*", re.I)


def copyright_holder(s: str) -> str | None:
    """'© 2025 The Harbour Gazette. All rights reserved.' -> 'The Harbour Gazette'; None when no name."""
    if not _COPYRIGHT.match(s) or len(_words(s)) > 14:
        return None
    name = re.sub(r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*", "", s, flags=re.I)
    name = re.split(r"[.|,;]\s|[.]$|\ball rights reserved\b", name, flags=re.I)[0].strip(" .,")
    name = re.sub(r"[\s,]*(?:©\s*)?(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?$", "", name)  # "X 2024"
    if not name or not name_shaped(name) or "/" in name or len(name.split()) > 6:
        return None
    return name


def _split_date_prefix(ln: _Line, meta: _Meta) -> None:
    """' date 2025-01-19 BEIRUT – …' or 'Wednesday, 12 January 2022 | On …': read the date, keep the rest."""
    s = ln.text
    p = date_prefix(s)
    if p is None:
        return
    rest = s[p.rest :]
    sep = re.match(r"^\s*(?:\||·|•|—|–|-{1,2}|:)\s*", rest)
    tail = rest[sep.end() :] if sep else rest.lstrip()
    if not tail or not (sep or p.label or parse_dateline(tail)):
        return
    if not (_is_prose(tail) or parse_dateline(tail)):
        return
    meta.dates.append((0 if not p.label.startswith(("updated", "last")) else 3, ln.idx, p.iso))
    ln.text = tail.strip()


def _pick_title(head: list[_Line], lines: list[_Line], counts: dict[str, int]) -> _Line | None:
    cands = [
        ln
        for ln in head
        if ln.kind == "text"
        and 3 <= len(_words(ln.text)) <= 30
        and not ln.text.endswith((".", ",", ";", ":"))
        and date_prefix(ln.text) is None
    ]
    if not cands:
        return None
    for ln in cands:
        if counts[_key(ln.text)] > 1:
            return ln
    by_idx = {ln.idx: ln for ln in lines}
    for ln in cands:
        nxt = by_idx.get(ln.idx + 1)
        if nxt is not None and nxt.kind == "meta":
            return ln
    for ln in cands:
        if len(_words(ln.text)) >= 4:
            return ln
    first = cands[0]
    return first if first.idx == 0 else None


def _keep_outside(ln: _Line, count: int, title_line: _Line | None, last: int, tail_open: bool) -> bool:
    """Whether a line above or below the run of prose paragraphs is still body text."""
    s = ln.text
    if not (_is_sentence(s) and len(_words(s)) >= 4 and count == 1):
        return False
    if _label_line(s) or _slogan(s):
        return False  # "Our Standards: …", "Your coast. Your news."
    if title_line is not None and ln.idx < title_line.idx:
        return False  # above the headline: masthead, tagline
    if ln.idx > last and len(_words(s)) < 8:
        return tail_open or bool(_REPORTING.search(s))  # a closing quote or "… declined to comment."
    return True


def clean_page(raw: str) -> Page:
    """Clean page text scraped from a news site: body paragraphs plus metadata read from the page."""
    lines = [_Line(i, s) for i, s in enumerate(t.strip() for t in raw.splitlines() if t.strip())]
    if not lines:
        return Page(text="")
    meta = _Meta()
    for ln in lines:  # a date prefix can only sit on the head lines or the first paragraph
        _split_date_prefix(ln, meta)
        if _is_prose(ln.text):
            break
    counts: dict[str, int] = {}
    for ln in lines:
        k = _key(ln.text)
        counts[k] = counts.get(k, 0) + 1
    banner = _banner_lines([ln.text for ln in lines])
    for ln in lines:
        if ln.idx in banner or furniture_kind(ln.text):
            ln.kind = "furniture"
        ln.prose = ln.kind == "text" and _is_prose(ln.text)
    prose = [ln for ln in lines if ln.prose]
    first = prose[0].idx if prose else 0
    top = min(8, prose[1].idx if len(prose) > 1 else first + 1)
    early: list[int] = []  # date and byline lines at the top of the page
    for ln in lines:
        kind = _read_meta_line(ln, meta, head=ln.idx < first or ln.idx < top) if ln.kind == "text" else ""
        if kind:
            ln.kind = "meta"
            ln.prose = False
            if kind in ("date", "byline") and ln.idx < 10:
                early.append(ln.idx)
    if early:  # a headline that reads like a sentence ("… for ferries?") sits above the date and byline
        for ln in lines:
            if ln.prose and ln.idx < max(early) and not ln.text.endswith(".") and len(_words(ln.text)) <= 30:
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
        if ln.prose:
            seen += len(ln.text)
            in_list = False
        elif ln.idx > first and _is_closer(ln.text):
            if ln.idx > last or seen >= 0.66 * total:
                close = ln.idx
                last = max((p.idx for p in prose if p.idx < ln.idx), default=first)
                break
            in_list = True
        elif in_list and ln.kind == "text":
            ln.kind = "furniture"

    head = [ln for ln in lines if ln.idx < first]
    title_line = _pick_title(head, lines, counts) if prose else None
    title = title_line.text if title_line else None
    title_key = _key(title) if title else None

    # Who published this copy: a copyright line in the footer and the masthead name the site.
    skip = next((i for i, ln in enumerate(lines) if ln.idx not in banner), len(lines))
    mast = _masthead(lines[skip:], title_line, raw) if prose and skip < len(lines) else None
    own: list[str] = []
    for ln in lines:
        holder = copyright_holder(ln.text)
        if holder and (ln.idx > last or re.search(r"rights\s+reserved", ln.text, re.I)):
            if is_person_name(holder) and not (mast and _same_name(mast, holder)):
                continue  # a photographer's credit, not the site
            own.append(holder)
            ln.kind = "meta"
    if mast and not any(_same_name(mast, o) for o in own):
        own.append(mast)  # after the copyright holder: the footer is the more explicit claim
    site = min(own, key=lambda o: o.isupper()) if own else None  # a stylised all-caps form last
    sources = [(i, o) for p, i, o in meta.outlets if p == 0]
    republished = site is not None and bool(sources) and not any(_same_name(site, o) for _, o in sources)
    keep_source = {i for i, _ in sources} if republished else set()

    kept: list[str] = []
    kept_keys: set[str] = set()
    tail_open = True  # no dropped text between the last paragraph and this line
    for ln in lines:
        if ln.idx in keep_source:  # "Source: X" on a page with its own masthead: republished from X
            kept.append(ln.text)
            continue
        if ln.kind != "text":
            tail_open = tail_open and not (ln.kind == "meta" and ln.idx > last)
            continue
        k = _key(ln.text)
        if k == title_key:
            continue
        inside = first <= ln.idx <= last
        if not inside and not _keep_outside(ln, counts[k], title_line, last, tail_open):
            tail_open = tail_open and ln.idx < last
            continue  # head/tail lines must read as body sentences
        if counts[k] > 1 and not ln.prose:
            continue  # repeated heading or caption
        if k in kept_keys:
            continue  # a repeated paragraph is kept once
        if close is not None and ln.idx > close:
            continue  # reader comments and link lists after the body
        kept.append(ln.text)
        kept_keys.add(k)

    dateline: str | None = None
    agency: str | None = None
    for text in kept[:2]:
        found = parse_dateline(text)
        if found:
            dateline, agency = found[0].place, found[0].agency
            break
    if site is not None and not (sources and not republished):
        outlet: str | None = site
    else:
        outlet = _Meta.best(meta.outlets) or (agency and (spelled_out(agency, raw) or agency))
    return Page(
        text="\n\n".join(kept),
        outlet=outlet,
        published=_Meta.best(meta.dates),
        author=_Meta.best(meta.authors),
        title=title,
        dateline=dateline,
    )
