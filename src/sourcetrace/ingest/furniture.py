"""Page furniture by the shape of one line: captions, credits, widgets, navigation, banners, labels.

Each rule is a general feature of a line (never a list of any site's lines); ``clean`` adds
the rules of position and repetition on top. See ``clean`` for the whole picture.
"""

from __future__ import annotations

import re

from .dates import age_furniture, read_date_line
from .metadata import dated_byline
from .widgets import LETTER, TERMINAL, is_sentence, widget_kind, words

__all__ = [
    "GENERIC_NAME_WORDS",
    "LETTER",
    "PUBLICATION_WORDS",
    "REPORTING",
    "TERMINAL",
    "WIDGET_WORDS",
    "banner_lines",
    "breadcrumb",
    "closing_note",
    "furniture_kind",
    "is_closer",
    "is_disclaimer",
    "is_nav",
    "is_prose",
    "is_sentence",
    "is_widget",
    "key",
    "label_line",
    "sentences",
    "slogan",
    "translation_note",
    "words",
]

# ---------------------------------------------------------------------------- line shapes

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
# who may comment: "Comments are reserved for subscribers.", "Only members can comment", "You must be logged in
# to comment", "Commenting is open to registered users": the comment box's gate, not the article
_COMMENT_GATE = re.compile(
    r"^(?:(?:the\s+)?(?:comments?|commenting|comment\s+section|reactions?)\s+(?:is|are)\s+(?:only\s+)?"
    r"(?:reserved|available|open|limited|restricted)\s+(?:only\s+)?(?:for|to)\s+(?:our\s+)?(?:\w+\s+)?"
    r"(?:subscribers|members|users|readers|accounts)"
    r"|(?:only\s+)?(?:\w+\s+)?(?:subscribers|members|users)\s+(?:can|may)\s+(?:comment|post\s+(?:a\s+)?comments?|reply)"
    r"|you\s+(?:must|need\s+to|have\s+to)\s+(?:be\s+)?(?:logged\s+in|log\s+in|signed\s+in|sign\s+in|registered|"
    r"a\s+subscriber)\s+to\s+(?:post\s+(?:a\s+)?)?(?:comment|reply|react))\b",
    re.I,
)
_LIST_HEADING = re.compile(
    r"^(?:latest|related|recent|more|top|most\s+(?:read|popular|viewed|shared)|popular|trending|recommended|"
    r"editor'?s'?\s+picks?|you\s+may\s+also\s+like|you\s+might\s+also\s+like|read\s+next|more\s+from|more\s+in|"
    r"other|similar|further\s+reading|in\s+case\s+you\s+missed\s+it|(?:read|see)\s+also|also\s+(?:read|see))\b",
    re.I,
)
# the heading of the site's other stories, named after the site: "Also on Fjord Post:", "More on Varnel Daily:"
_ALSO_ON = re.compile(r"^(?:also|more|elsewhere)\s+(?:on|at|from|in)\s+[^:.!?]{1,40}:\s*$", re.I)
_CALL_TO_ACTION = re.compile(
    r"^(?:follow\s+us|subscribe|sign\s+up|sign\s+in|log\s+in|click\s+here|download\s+(?:our|the)\s+app|join\s+our|"
    r"share\s+(?:this|on|via)|send\s+(?:us\s+)?your|support\s+(?:our|us)|donate|advertisement|sponsored|"
    r"we\s+use\s+cookies|accept\s+(?:all\s+)?cookies|skip\s+to|back\s+to\s+top|print\s+this)\b",
    re.I,
)
# a broadcaster's link to its stream: "Watch SRTV One live", "Listen live", "Watch live now »"
_LIVE_STREAM = re.compile(
    r"^(?:watch|listen(?:\s+to)?|stream|tune\s+in\s+to)\s+(?:[\w'’&.-]+\s+){0,4}live(?:\s+(?:now|here|online))?"
    r"\s*[.!…»>›→]*$",
    re.I,
)
# a request for tips to the newsroom: "Do you work there? Contact our reporters in confidence: tips@x.example",
# "Have information about this? Contact us securely" (an address, or the words of a confidential tip)
_TIP_REQUEST = re.compile(
    r"\b(?:tell|contact|e-?mail|message|write\s+to|send|reach|get\s+in\s+touch\s+with)\s+(?:us|(?:our|the)\s+(?:newsroom|"
    r"reporters?|team|desk|journalists?))\b",
    re.I,
)
_TIP_WORDS = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.]+|\b(?:in\s+confidence|confidentially|securely|tip-?offs?|tips?)\b", re.I
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
# "© Fenwick Gazette 2024. Republication …", "Copyright 2024 …", "(c) The Fenwick Gazette": whatever follows.
_COPYRIGHT_LINE = re.compile(r"^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|(?:19|20)\d{2}\b|(?-i:[A-Z])))", re.I)
WIDGET_WORDS = {
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
    "version", "friend",
}  # fmt: skip


# Words of section labels and generic publication words: a masthead needs a word of its own.
GENERIC_NAME_WORDS = WIDGET_WORDS | {
    "world", "local", "national", "international", "business", "politics", "sport", "sports", "opinion",
    "breaking", "live", "health", "science", "tech", "technology", "culture", "arts", "entertainment",
    "lifestyle", "economy", "region", "regional", "analysis", "features", "feature", "editorial", "editorials",
    "headlines", "update", "updates", "daily", "weekly", "today", "online", "wire", "press", "media", "agency",
    "times", "post", "journal", "report", "reports", "magazine", "network", "tv", "radio", "a", "an", "of",
    "world's", "s", "in", "at", "for", "de", "la", "el", "al",
}  # fmt: skip

# Last words of publication names ("… News", "The … Tribune", "… Today").
PUBLICATION_WORDS = {
    "news", "agency", "post", "times", "press", "tv", "network", "gazette", "herald", "tribune", "journal",
    "daily", "weekly", "radio", "media", "channel", "magazine", "chronicle", "observer", "telegraph",
    "express", "mail", "monitor", "insider", "wire", "bulletin", "courier", "today", "online", "echo", "star",
    "sun", "standard", "independent", "guardian", "digest", "ledger", "record", "register", "dispatch",
    "sentinel", "examiner", "inquirer", "citizen", "mirror", "globe", "beacon", "argus", "leader",
}  # fmt: skip

_FUNCTION_WORDS = {"&", "and", "or", "the", "a", "an", "to", "this", "in", "on", "up", "us", "of", "for", "with", "our"}


def key(s: str) -> str:
    """A line's identity for repetition: letters and digits only, case-folded."""
    return " ".join(re.findall(r"[^\W_]+", s.casefold()))


def is_prose(s: str) -> bool:
    n = len(words(s))
    return (n >= 8 and is_sentence(s)) or n >= 25


def is_widget(s: str) -> bool:
    if is_sentence(s):
        return False
    toks = [t.strip(",.;:!?()[]|•·").lower() for t in re.split(r"[\s/|•·]+", s)]
    toks = [t for t in toks if t]
    if not toks or len(toks) > 8:
        return False
    content = [t for t in toks if t not in _FUNCTION_WORDS]
    return bool(content) and sum(t in WIDGET_WORDS for t in content) >= max(1, round(0.75 * len(content)))


# a breadcrumb trail: "Home / Newsroom / Press releases", "Home > News > World", "News → Africa → Ports"
_CRUMB_SEP = re.compile(r"\s+(?:/|>|→|\\|›|»)\s+")
_ARROW_SEP = re.compile(r"\s(?:›|»|→)\s")
_HOME = re.compile(r"^(?:home(?:page)?|start|front\s+page|main\s+page|index)$", re.I)
# the label some sites put before the trail: "You are here: Home > News", "Location: News / World"
_CRUMB_LABEL = re.compile(r"^(?:you\s+are\s+(?:here|in|at)|location|current\s+page|breadcrumbs?)\s*:\s*", re.I)


def _crumb(p: str) -> bool:
    """One label of a trail: one to four words, or up to six in title case ('Europe and the North Sea')."""
    toks = p.split()
    if not p or not p[:1].isupper() or re.search(r"[.,;:!?\d\"“”]", p) or not 1 <= len(toks) <= 6:
        return False
    return len(toks) <= 4 or all(t[:1].isupper() or t.lower() in _FUNCTION_WORDS for t in toks)


def breadcrumb(s: str) -> bool:
    """'Home / Newsroom / Press releases', 'Home > News': page names parted by spaced slashes or arrows.

    Three parts or more (two when the first is 'Home' or a 'You are here:' label leads), each a
    capitalised label (see ``_crumb``) with no sentence punctuation or digits.
    """
    labelled = _CRUMB_LABEL.match(s.strip())
    parts = [p.strip() for p in _CRUMB_SEP.split(s.strip()[labelled.end() if labelled else 0 :])]
    arrow = bool(_ARROW_SEP.search(s))  # "News › Press releases": a glyph only a trail puts between two labels
    if len(parts) < 2 or (len(parts) == 2 and not (labelled or arrow or _HOME.match(parts[0]))):
        return False
    return all(_crumb(p) for p in parts)


def is_nav(s: str) -> bool:
    """'Home | World | Sport', 'World › Africa › Politics', 'World  Africa  Politics  Fact Check', a breadcrumb
    ('Home / News / World', 'Home > News'); not a date line."""
    if breadcrumb(s):
        return True
    parts = [p for p in re.split(r"\s*[|•·»›]\s*", s) if p.strip()]
    if len(parts) >= 3 and all(len(p.split()) <= 3 for p in parts):
        # "Fenwick Gazette · 5 May 2020 · 3 min read", "05.05.2020 | 11:32 | World" are date lines
        # a date line reads as one with or without a name after it, or a byline after it ("… | Author: Jane Doe")
        return read_date_line(s, trail=True) is None and dated_byline(s) is None
    # items set apart by runs of spaces only: capitalised labels of one to three words
    parts = [p for p in re.split(r"\s{2,}|\t", s.strip()) if p]
    return len(parts) >= 3 and all(
        1 <= len(p.split()) <= 3 and p[:1].isupper() and not re.search(r"[.,;:!?\d]", p) for p in parts
    )


_TAGS = re.compile(r"^(?:tags?|topics?|categories|filed\s+under|keywords|related\s+topics)\s*:\s*\S", re.I)
# a translator's note: "This text is translated automatically from the Varnelian original.", "Machine translation.",
# "Translated from Varnelian by our desk.", "In case of discrepancy the Varnelian version is valid."
_TRANSLATION_NOTE = re.compile(
    r"^[\[(]?\s*(?:this\s+(?:text|article|story|report|page|piece|content|news|interview|item|post)\s+"
    r"(?:(?:is|was|has\s+been|have\s+been)\s+)?(?:(?:automatically|machine|partly|partially|fully)[\s-]+)?"
    r"translated\b"
    r"|the\s+(?:text|article|story|report|page|piece|content)\s+(?:(?:is|was|has\s+been)\s+)?"
    r"(?:automatically|machine)[\s-]+translated\b"
    r"|(?:this\s+is\s+)?(?:an?\s+)?(?:automatic|automated|machine|computer|ai)(?:[\s-]+(?:assisted|aided|generated))?"
    r"[\s-]+translat(?:ion|ed)"
    r"\s*(?:[.:\])]|$|from\b|by\b|provided\b|powered\b|of\s+(?:this|the)\s+(?:text|article|original)\b)"
    r"|(?:automatically|machine)[\s-]+translated\s*(?:[.:\])]|$|from\b|by\b|text\b|article\b|content\b)"
    r"|translated\s+(?:automatically\s+)?from\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:language|original))?"
    r"\s*(?:\bby\b|[.\])]|$)"
    r"|(?:the\s+)?\w+\s+(?:edition|version)\s+of\s+.{1,50}?\s+(?:is|was)\s+(?:an?\s+)?(?:automatic|automated|machine|computer|ai)"
    r"(?:[\s-]+(?:assisted|aided|generated))?[\s-]+translat(?:ion|ed)\b"
    r"|(?:the\s+)?original\s+(?:text|version|article)\s+(?:in\s+(?:the\s+)?\w+(?:\s+language)?\s+)?(?:prevails|is\s+valid|applies)"
    r"|in\s+(?:the\s+)?case\s+of\s+(?:any\s+)?(?:discrepanc(?:y|ies)|doubts?|inconsistenc(?:y|ies)|differences?)\b"
    r"[^\"“”]{0,80}\b(?:original|version|text)\b)",
    re.I,
)


def translation_note(s: str) -> bool:
    """A translator's note on the page, not the article: 'This text is translated automatically from the
    Varnelian original. In case of discrepancy the Varnelian version is valid.', 'Machine translation',
    'Translated from Varnelian by volunteers of Fjord Post.' (no speech in it: a quote's '(translated from …)'
    closes a body line, never opens one)."""
    s = s.strip()
    return (
        bool(_TRANSLATION_NOTE.match(s))
        and len(words(s)) <= 40
        and not REPORTING_VERB.search(s)
        and not re.search(r"[“”\"«»]", s)
    )


def furniture_kind(s: str) -> str | None:
    """Why a (stripped) line is page furniture whatever its position, or None."""
    if not LETTER.search(s):
        return None if read_date_line(s) else "no words"
    if age_furniture(s):
        return "date furniture"  # "Updated 3 hours ago", "5 min read · 12 comments"
    if _CREDIT_PAREN.search(s) or _CREDIT_LABEL.match(s):
        return "caption or credit"
    if _COPYRIGHT_LINE.match(s) and len(words(s)) <= 30 and not REPORTING_VERB.search(s):
        return "copyright"
    if _ALSO_READ.match(s):
        return "related link"
    if _TAGS.match(s) and not is_prose(s):
        return "tags"
    if translation_note(s):
        return "translation note"
    if _NEWS_ID.match(s):
        return "id number"
    m = _LABEL_EMPTY.match(s)
    if m and (m.group("junk") or not any(w[:1].islower() for w in m.group("label").split())):
        return "empty label"
    if _BULLET.match(s) and not is_sentence(s) and len(words(_BULLET.sub("", s))) <= 3:
        return "bullet"
    if _COMMENT_FORM.match(s) and len(words(s)) <= 8 and not is_prose(s):
        return "comment form"
    if _COMMENT_GATE.match(s) and len(words(s)) <= 20 and not REPORTING_VERB.search(s):
        return "comment form"
    if _FOLLOW_FOR_MORE.match(s) and len(words(s)) <= 25 and not REPORTING.search(s):
        return "call to action"
    if _LIVE_STREAM.match(s):
        return "call to action"
    if _TIP_REQUEST.search(s) and _TIP_WORDS.search(s) and len(words(s)) <= 30 and not REPORTING.search(s):
        return "call to action"
    if _CALL_TO_ACTION.match(s) and (not is_prose(s) or re.search(r"\b(?:our|us|here|newsletter|app)\b", s, re.I)):
        return "call to action"
    if is_widget(s) or is_nav(s):
        return "widget"
    return widget_kind(s)  # a credit after a caption, a sign-up box line, a comment heading, a section label


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
        r"\b(?:personali[sz]ed?|relevant|tailored|targeted)\s+(?:content|ads|advertising|offers)\b",
        r"\bimprove\s+your\s+(?:browsing\s+|user\s+|online\s+)?experience\b",
        r"\b(?:non-essential|strictly\s+necessary|essential|third-party|analytics)\s+cookies\b",
    )
]
_COOKIE_WORD = re.compile(r"\b(?:cookies?|consent)\b", re.I)
REPORTING_VERB = re.compile(
    r"\b(?:said|says|told|according|stated|added|reported|announced|warned|argued|ruled|fined)\b", re.I
)


def _banner_strength(s: str) -> int:
    """2: a cookie/consent banner line on its own; 1: banner-like (a button row, 'We value your privacy'); 0: not."""
    if REPORTING_VERB.search(s):
        return 0  # a body sentence reporting on cookies or privacy
    signals = sum(bool(r.search(s)) for r in _BANNER_SIGNALS)
    short = len(words(s)) <= 8
    if _COOKIE_WORD.search(s) and signals >= (1 if short else 2):
        return 2
    return 1 if short and signals else 0


def banner_lines(texts: list[str]) -> set[int]:
    """Positions of consent-banner lines: strong lines, and banner-like ones within two lines of a strong one."""
    strength = [_banner_strength(t) for t in texts]
    strong = [i for i, v in enumerate(strength) if v == 2]
    return {i for i, v in enumerate(strength) if v == 2 or (v == 1 and any(abs(i - j) <= 2 for j in strong))}


def is_closer(s: str) -> bool:
    """A comment form or a 'related/latest news' / 'Read more:' heading: what follows is not the article."""
    if _COMMENT_FORM.match(s):
        return len(words(s)) <= 8 and not is_prose(s)
    if _ALSO_READ.match(s) and re.search(r"[:|»>›–—-]\s*$", s):
        return True  # "Read more:" with the links on the lines below
    if _ALSO_ON.match(s) and len(words(s)) <= 6:
        return True  # "Also on Fjord Post:" over the site's other stories
    return bool(_LIST_HEADING.match(s)) and len(words(s)) <= 5 and not is_sentence(s)


_LABEL_COLON = re.compile(r"^(?P<label>[^\W\d_][\w'’ &/-]{0,30}?)\s*:\s+\S")
REPORTING = re.compile(
    r"[“”\"«»]|\b(?:said|says|say|told|tells|added|adds|stated|declined|denied|confirmed|according|refused|"
    r"responded|commented|comment|reported|noted|explained|insisted|warned|argued|wrote|asked|replied)\b",
    re.I,
)


def label_line(s: str) -> bool:
    """'Our Standards: …', 'Tags: …', 'Topics: …': a short label before a colon, no speech in the line."""
    m = _LABEL_COLON.match(s)
    return m is not None and len(m.group("label").split()) <= 4 and not REPORTING.search(s)


def slogan(s: str) -> bool:
    """'Your coast. Your news.': two or more verbless fragments of at most three words."""
    parts = [p for p in re.split(r"[.!?…]+", s) if p.strip()]
    return len(parts) >= 2 and all(len(words(p)) <= 3 for p in parts)


# ---------------------------------------------------------------------------- closing notes

# "Views are his own.", "The views expressed in this article are those of the author and do not …"
_DISCLAIMER = re.compile(
    r"^(?:(?:all\s+)?(?:the\s+)?(?:views|opinions)\s+(?:and\s+opinions\s+)?(?:expressed\s+)?"
    r"(?:(?:in|on)\s+(?:this|the)\s+(?:article|piece|column|post|op-?ed|commentary|blog|essay|site)\s+|here(?:in)?\s+)?"
    r"(?:are|is|remain)\s+(?:(?:solely|entirely|strictly|purely)\s+)?(?:those\s+of\s+the\s+(?:authors?|writers?)"
    r"|the\s+(?:authors?|writers?)['’]?s?(?:\s+own)?|(?:his|her|their|my|its|our)\s+own)"
    r"|(?:this\s+(?:article|piece|column|post|essay)|the\s+(?:author|writer)|(?:the\s+)?(?:views|opinions)\s+"
    r"expressed)\b.{0,120}?\bdo(?:es)?\s+not\s+(?:necessarily\s+)?(?:reflect|represent)"
    r"|this\s+(?:article|piece|column|post|essay)\s+(?:reflects|represents|expresses)\s+the\s+(?:personal\s+)?"
    r"(?:views|opinions)"
    r"|(?:disclaimer|disclosure)\s*:"
    r"|[\w\s'’&.-]{1,60}?\b(?:may|might|can)\s+(?:earn|receive|get)\s+(?:a\s+)?(?:small\s+)?(?:commission|compensation|"
    r"affiliate)\b.{0,40}\blinks?\b)",
    re.I,
)
# "Mira Castell is a statistician at …", "The writer is a former diplomat.", "Tom Reyes, a lawyer, writes …"
_BIO = re.compile(
    r"^[*_—–-]*\s*(?:(?i:about\s+the\s+(?:author|writer))\s*:\s*)?"
    r"(?P<who>[Tt]he\s+(?:author|writer|columnist|contributor)s?"
    r"|[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al|el|de|van|von|bin|da|di)){0,4})"
    r"(?:,\s+[^,]{1,80},)?\s+(?:is|was|are|has\s+been|serves\s+as|works\s+as|writes|covers|teaches|lectures|"
    r"researches|heads|leads|directs|chairs|blogs|reports)\b"
)
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+(?=[\"“‘(]?[A-Z])")


def sentences(s: str) -> list[str]:
    return [x for x in _SENTENCE_END.split(s.strip()) if x]


def is_disclaimer(s: str) -> bool:
    """'Views are her own.', 'The views expressed here are those of the author.', 'Disclosure: …'."""
    return bool(_DISCLAIMER.match(s.strip().lstrip("*_—–- ")))


def _bio_of(s: str, authors: list[str]) -> bool | None:
    """True for a bio of the page's author or of 'the writer'; None for a bio of someone else; False if no bio."""
    m = _BIO.match(s.strip())
    if m is None:
        return False
    who = m.group("who").strip().casefold().split()
    if who[0] == "the":
        return True
    if len(who) < 2:
        return False  # "It was …", "Castell is …": a body sentence, or a surname that may be a relative's
    for name in authors:
        toks = name.casefold().split()
        if len(toks) >= 2 and (who[0], who[-1]) == (toks[0], toks[-1]):
            return True  # "Mira Castell is …" for the page's Mira Castell
    return None


def closing_note(s: str, authors: list[str], confirmed: bool = False) -> str | None:
    """What is left of a line at the end of an article once its author's note goes; None when all of it goes.

    The note is a disclaimer ('Views are his own.') or a bio of the page's author ('Mira Castell
    is a statistician at …'). A bio of another named person goes only when a disclaimer sits
    beside it (in the line, or ``confirmed`` by the next line). A line with no note comes back whole.
    """
    parts = sentences(s)
    if not parts or len(words(s)) > 70:
        return s
    cut = len(parts)
    while cut > 0 and is_disclaimer(parts[cut - 1]):
        cut -= 1
    disclaimed = confirmed or cut < len(parts)
    bio = _bio_of(parts[0], authors)
    if bio or (bio is None and disclaimed):
        return None  # the whole line is about the author
    if cut == 0:
        return None
    if cut < len(parts):
        return s[: s.rfind(parts[cut])].rstrip() or None
    return s
