"""Furniture at a line's end and furniture that spans a few lines.

Single-line shapes (``widget_kind``, called by ``furniture.furniture_kind``):

- *a credit at the end of a caption*: 'Dockworkers at the gate (Agency file photo)', 'Cranes at
  the quay. Photo: Ana Ruiz/FG', '… Image: Fenwick Daily', '… Credit: FNA';
- *a button at the end of a box*: '… every Friday. Sign up', 'Enter your email address | Subscribe',
  '… funded by readers like you. Donate' (after a phrase of its own, not at the end of a menu);
- *a donation appeal*: 'Support independent journalism', 'Become a member', 'Support the Post.',
  '… is funded by readers like you', 'Please consider a donation';
- *a paywall prompt*: 'Read the full article with X+', 'Subscribe now and read the first month for
  0.99', 'This article is for subscribers', 'To continue reading, log in';
- *a comment-section heading*: '4 responses to “<headline>”', '12 thoughts on “…”', 'No comments';
- *a section label*: an all-caps kicker of short parts set apart by '·', '|' or '•' ('PREMIUM ·
  PORTS'), and a lone 'Tags' / 'Topics' label.

Rules over neighbouring lines (``spread``, called by ``clean``):

- a sign-up or donation box: a line with the box's own words ('Unsubscribe at any time.', 'We
  respect your privacy.', '… in your inbox') right beside a button, appeal or sign-up line; in
  the same block of lines, any of its words ('subscribe', 'donation');
- a caption right before or after a credit line of its own ('Photo: Ana Ruiz/FG'): the two alone
  in a block of lines (no blank line between), or a caption phrase without a full stop;
- a tag cloud: the item lines right after a lone 'Tags' / 'Topics' label (several items on a
  line, or several one-item lines; a single short line may be a headline and stays).

``comment_opening`` tells whether readers' comments begin at a line: a comment heading with
commenter lines under it ('Mira says:', 'Mira on 5 May 2024 at 9:02 am', 'Reply', 'Leave a
Reply', name lines over comments), not more of the article. No line with speech in it (quote
marks, 'said', 'told', 'urged') is taken by the box, credit, caption or tag rules.
"""

from __future__ import annotations

import re

from .dates import date_in

__all__ = [
    "LETTER",
    "TERMINAL",
    "comment_heading",
    "comment_opening",
    "comment_section",
    "credit_line",
    "is_sentence",
    "kicker",
    "paywall",
    "section_label",
    "spread",
    "widget_kind",
    "words",
]

LETTER = re.compile(r"[^\W\d_]")
TERMINAL = re.compile(r"[.!?…][\"'”’»)\]]*$|[\"”’»]$")
_SPEECH = re.compile(
    r"[“”\"«»]|\b(?:said|says|say|told|tells|added|stated|declined|denied|confirmed|according|reported|"
    r"noted|explained|insisted|warned|argued|wrote|asked|replied|announced|urged|appealed)\b",
    re.I,
)


def words(s: str) -> list[str]:
    """The words of a line: its tokens with a letter in them."""
    return [w for w in s.split() if LETTER.search(w)]


def is_sentence(s: str) -> bool:
    """A line closed as a sentence (a full stop, a closing quote), not a label before a colon."""
    return bool(TERMINAL.search(s)) and not s.endswith(":")


# ---------------------------------------------------------------------------- credits

_PICTURE = r"(?:photo(?:graph)?|image|picture|pic|video|footage|illustration|graphic)s?"
# "(Agency file photo)", "(File photo)", "(Handout picture)": a credit in brackets closing the line
_PAREN_PHOTO = re.compile(
    r"\((?:(?-i:[A-Z])[\w.&'’/-]*\s+){0,4}(?:(?:file|handout|archive|stock|supplied|courtesy)\s+)?"
    r"(?:photo(?:graph)?|image|picture|pic)s?\)\s*$",
    re.I,
)
# "… at the quay. Photo: Ana Ruiz/FG", "… | Image: Fenwick Daily", "… Photo by Ana Ruiz", "… Credit: FNA"
_TRAILING_CREDIT = re.compile(
    r"(?:[.!?…”\")\]]\s+|\s[|–—-]\s+|\s{2,}|\s+(?=(?-i:[A-Z])))"
    r"(?:(?:" + _PICTURE + r")(?:\s+credits?)?\s*(?::|\bby\b|\bcourtesy(?:\s+of)?\b)|credits?\s*:|©)"
    r"\s*(?P<who>[^.!?:;]{1,80}?)\s*$",
    re.I,
)
# a credit of its own: "Photo: Ana Ruiz/FG", "Image: Fenwick Daily", "(Photo by Ana Ruiz)", "Credit: FNA"
_CREDIT_LINE = re.compile(
    r"^\(?\s*(?:(?:" + _PICTURE + r")(?:\s+credits?)?\s*(?::|\bby\b|\bcourtesy(?:\s+of)?\b)|credits?\s*:)"
    r"\s*(?P<who>[^.!?:;()]{1,80}?)\s*\)?\s*$",
    re.I,
)
_CREDIT_JOINERS = {"of", "the", "via", "for", "and", "by", "courtesy", "file", "handout", "supplied", "de", "al",
                   "el", "van", "von", "da", "di", "du", "der", "le", "la", "&", "/", "-", "|"}  # fmt: skip


def _credit_name(who: str) -> bool:
    """'Ana Ruiz/FG', 'Fenwick Daily', 'AFP via Getty Images', 'FNA': names, not a caption or a clause."""
    toks = [t for t in re.split(r"[\s/]+", who.strip()) if t]
    if not toks or len(toks) > 8:
        return False
    return all(t.lower() in _CREDIT_JOINERS or t[:1].isupper() or t[:1].isdigit() for t in toks) and any(
        t[:1].isupper() for t in toks
    )


def credit_line(s: str) -> bool:
    """A photo credit on a line of its own ('Photo: Ana Ruiz/FG', '(Photo by Ana Ruiz)', 'Credit: FNA')."""
    m = _CREDIT_LINE.match(s.strip())
    return m is not None and _credit_name(m.group("who"))


def _credit_tail(s: str) -> bool:
    """A caption that ends in its credit: '… (Agency file photo)', '… at the quay. Photo: Ana Ruiz/FG'."""
    if len(words(s)) > 45:
        return False
    if _PAREN_PHOTO.search(s) and len(words(s)) <= 30:
        return True
    m = _TRAILING_CREDIT.search(s)
    return m is not None and _credit_name(m.group("who")) and not _SPEECH.search(s[: m.start()])


# ---------------------------------------------------------------------------- sign-up and donation boxes

# a button closing a box: "… every Friday. Sign up", "Enter your email address | Subscribe", "… Donate"
_BUTTON = re.compile(
    r"(?:^|[.!?…:]\s+|\s*[|·•—–]\s*|\s{2,})(?P<b>(?:subscribe|sign\s+(?:me\s+)?up|join(?:\s+us)?|register|donate|"
    r"give|contribute|support\s+us|become\s+a\s+(?:member|supporter|subscriber|patron)|get\s+started|learn\s+more|"
    r"try\s+it(?:\s+free)?|book\s+a\s+demo)(?:\s+(?:now|today|here|free|for\s+free|monthly))?)\s*[!›»→>]*\s*$",
    re.I,
)
_SIGNUP = re.compile(
    r"\b(?:in(?:to)?\s+your\s+inbox|(?:your\s+)?e-?mail\s+address|unsubscribe|newsletters?|sign\s+up|subscribe|"
    r"subscription|opt[\s-]out|no\s+spam|(?:we\s+)?respect\s+your\s+privacy|privacy\s+(?:policy|notice))\b",
    re.I,
)
_APPEAL = re.compile(
    r"^(?:please\s+)?(?:support|fund|back)\s+(?:independent|quality|local|public[-\s]interest|fearless|free|trusted|"
    r"investigative|our|us)\b"
    r"|^become\s+a\s+(?:member|supporter|subscriber|patron|friend)\b"
    r"|^(?:donate|give|contribute)\s+(?:now|today|here|monthly)\b"
    r"|^(?:please\s+)?(?:support|donate\s+to|give\s+to)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,3}"
    r"(?:\s+(?:today|now))?\s*[.!](?:\s|$)"
    r"|\b(?:is|are)\s+(?:funded|supported|paid\s+for|made\s+possible|sustained)\s+by\s+(?:(?:its|our)\s+)?readers\b"
    r"|\b(?:is|are)\s+(?:funded|supported|paid\s+for|made\s+possible|sustained)\s+by\s+(?:you|our\s+(?:members|"
    r"supporters|donors|subscribers))\b"
    r"|\breaders\s+like\s+you\b"
    r"|\b(?:please\s+)?consider\s+(?:donating|supporting\s+(?:us|our)|a\s+(?:donation|contribution)|"
    r"making\s+a\s+(?:donation|contribution)|becoming\s+a\s+(?:member|supporter|subscriber))\b",
    re.I,
)
_APPEAL_WORDS = re.compile(
    r"\b(?:donat(?:e|ion|ions|ing)|contributions?|membership|independent\s+journalism|paywall|free\s+to\s+read)\b",
    re.I,
)
# a furniture line that opens a box: "Sign up for …", "Subscribe to our newsletter", "Newsletter: …", "Donate"
_BOX_OPENER = re.compile(
    r"^(?:sign\s+up|subscribe|newsletters?\b|get\s+(?:our|the)\b.{0,40}\bnewsletter|donate|support\s+(?:us|our)|"
    r"become\s+a\s+(?:member|supporter|subscriber))",
    re.I,
)


def _button(s: str) -> bool:
    """A line closed by a button after a phrase of its own; not a menu that ends in 'Subscribe'."""
    m = _BUTTON.search(s)
    if m is None or not m.group("b")[:1].isupper() or len(words(s)) > 40:
        return False
    before = s[: m.start()].strip()
    return not before or len(words(re.split(r"\s*[|·•—–]\s*|\s{2,}", before)[-1])) >= 3


def _box_line(s: str) -> bool:
    """A sign-up or donation line on its own: a line closed by a button, or an appeal."""
    if _SPEECH.search(s) or len(words(s)) > 40:
        return False
    return _button(s) or (bool(_APPEAL.search(s)) and len(words(s)) <= 30)


# ---------------------------------------------------------------------------- paywalls

# the site asking for a subscription where the text stops: "Read the full article with X+", "Subscribe
# now and read the first month for 0.99", "This article is for subscribers", "To continue reading, …"
_PAYWALL = re.compile(
    r"^(?:read|continue\s+reading|unlock|access)\s+(?:the\s+)?(?:full|whole|entire|complete|rest\s+of\s+the)\s+"
    r"(?:article|story|text|piece)\s+(?:with\b|for\s+(?:free|only|subscribers|members)\b|"
    r"as\s+an?\s+(?:subscriber|member)\b|by\s+(?:subscribing|logging\s+in|signing\s+in)\b)"
    r"|^(?:subscribe|sign\s+up|register|join)\b.{0,60}?\b(?:(?:first|1st)\s+(?:month|week|year)|free\s+trial|"
    r"trial\s+(?:month|period)|unlimited\s+(?:access|reading)|(?:read|access)\s+(?:all|every|unlimited|full)|"
    r"per\s+month|a\s+month\s+for|/\s*month)\b"
    r"|^(?:this|the\s+full)\s+(?:article|story|content|piece|report|text)\s+is\s+(?:only\s+|exclusively\s+)?"
    r"(?:available\s+)?(?:only\s+)?(?:for|to)\s+(?:our\s+)?(?:(?:paying|digital|premium|registered)\s+)?"
    r"(?:subscribers|members|premium|readers\s+with)"
    r"|^(?:already\s+a\s+(?:subscriber|member)\b|to\s+continue\s+reading\b|continue\s+reading\s+with\b|"
    r"(?:for\s+)?subscribers\s+only\b|subscriber[-\s]only\b|start\s+your\s+free\s+trial\b|"
    r"get\s+unlimited\s+access\b|you(?:['’]ve|\s+have)\s+(?:reached|used)\s+(?:your|the|all)\b.{0,30}"
    r"\bfree\s+(?:articles?|stories|reads)\b)",
    re.I,
)


def paywall(s: str) -> bool:
    """'Read the full article with X+', 'Subscribe now and read the first month for 0.99', 'This article is
    for subscribers': a paywall prompt (short, no speech in it)."""
    s = s.strip()
    return bool(_PAYWALL.match(s)) and len(words(s)) <= 25 and not _SPEECH.search(s)


# ---------------------------------------------------------------------------- comments

_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|no)"
_COMMENT_HEADING = re.compile(
    rf"^{_COUNT}\s+(?:responses?|thoughts?|repl(?:y|ies)|comments?|reactions?)"
    r"(?:\s+(?:to|on)\s+[“\"‘'«].{1,200}[”\"’'»]|\s+(?:so\s+far|and\s+counting))?\s*[:.]?\s*$",
    re.I,
)
_COMMENTER = re.compile(
    r"^[^\W\d_][\w.'’ -]{0,40}?\s+(?:says|wrote|writes|commented|replied)\s*:\s*$"
    r"|^(?:reply|leave\s+a\s+(?:reply|comment)|cancel\s+reply|log\s+in\s+to\s+reply|report\s+(?:this\s+)?comment)"
    r"\s*[.!]?\s*$",
    re.I,
)
_LOOSE_HEADING = re.compile(
    rf"^{_COUNT}\s+(?:responses?|thoughts?|repl(?:y|ies)|comments?)\s+(?:to|on)\s+\S.*(?<![.,;])$", re.I
)
_STAMP = re.compile(r"\bat\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*$", re.I)


def comment_heading(s: str) -> bool:
    """'4 responses to “<headline>”', '12 thoughts on “…”', 'One reply': a blog's comment-section heading."""
    return bool(_COMMENT_HEADING.match(s.strip()))


def _comment_marker(s: str) -> bool:
    """'Mira says:', 'Reply', 'Leave a Reply', 'May 14, 2024 at 9:02 am', 'Mira on 5 May 2024 at 9:02'."""
    return bool(_COMMENTER.match(s)) or (bool(_STAMP.search(s)) and date_in(s) is not None and len(words(s)) <= 10)


def _name_line(s: str) -> bool:
    """'Mira Castell', 'Tom R.': a commenter's name on its own line."""
    toks = s.split()
    return 1 <= len(toks) <= 4 and not is_sentence(s.rstrip(".")) and all(t[:1].isupper() for t in toks)


def comment_section(texts: list[str], start: int) -> bool:
    """Whether the lines after ``texts[start]`` are readers' comments, not more of the article.

    Yes when a commenter line ('Mira says:', 'Reply', a time stamp, 'Leave a Reply') comes within the
    next six lines, or two name lines each over a comment, or when nothing of length follows at all.
    """
    after = texts[start + 1 : start + 9]
    if not after:
        return True
    if any(_comment_marker(s) for s in after[:6]):
        return True
    signed = sum(_name_line(s) and not _name_line(t) for s, t in zip(after, after[1:], strict=False))
    return signed >= 2 or not any(len(words(s)) >= 8 for s in texts[start + 1 :])


def comment_opening(texts: list[str], i: int) -> bool:
    """Whether readers' comments begin at ``texts[i]``: a comment heading with comments under it, or a
    commenter line ('Mira says:') over a time stamp ('May 14, 2024 at 9:02 am')."""
    s = texts[i].strip()
    if comment_heading(s) or (_LOOSE_HEADING.match(s) and len(words(s)) <= 15):
        return comment_section(texts, i)
    return bool(_COMMENTER.match(s)) and s.endswith(":") and i + 1 < len(texts) and _comment_marker(texts[i + 1])


# ---------------------------------------------------------------------------- section labels

_VERBISH = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|says?|said|to)\b", re.I)


def section_label(s: str) -> bool:
    """'PREMIUM · PORTS & TERMINALS', 'OPINION | WORLD': all-caps short parts set apart by '·', '|' or '•'."""
    letters = [c for c in s if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters) or re.search(r"\d", s):
        return False
    parts = [p for p in re.split(r"\s*[·•|]\s*", s) if p.strip()]
    return len(parts) >= 2 and all(1 <= len(words(p)) <= 3 for p in parts) and not _VERBISH.search(s)


def kicker(s: str) -> bool:
    """A section label over a headline: a ``section_label``, or one to three all-caps words with no verb."""
    if section_label(s):
        return True
    letters = [c for c in s if c.isalpha()]
    return (
        bool(letters)
        and all(c.isupper() for c in letters)
        and 1 <= len(words(s)) <= 3
        and not re.search(r"\d|[.!?:]$", s)
        and not _VERBISH.search(s)
    )


# ---------------------------------------------------------------------------- one line


def widget_kind(s: str) -> str | None:
    """Why a line is furniture by one of the shapes above, or None."""
    if _credit_tail(s):
        return "caption or credit"
    if _box_line(s):
        return "sign-up or appeal"
    if paywall(s):
        return "paywall"
    if comment_heading(s):
        return "comment heading"
    if section_label(s):
        return "section label"
    if _TAG_LABEL.match(s.strip()):
        return "tags"  # a lone "Topics" label
    if _PLAYER.match(s.strip()) and len(words(s)) <= 14 and not is_sentence(s):
        return "player"  # "Now playing: Morning Show with Jane Doe", "On air: …"
    if _WEATHER.match(s.strip()) and len(words(s)) <= 12 and not is_sentence(s):
        return "weather"  # "Weather Port Elm 14°C, wind NW 30 km/h"
    if _LISTEN.match(s.strip()) and len(words(s)) <= 10:
        return "player"  # "Listen to this article (7 min)"
    if (_GALLERY.match(s.strip()) or _GALLERY_COUNT.search(s)) and len(words(s)) <= 20 and not _SPEECH.search(s):
        return "gallery"  # "PHOTO GALLERY: The night the dam broke (23 photos)"
    if _support_appeal(s):
        return "sign-up or appeal"  # "Support Fjord Post: we take no money from governments"
    if _DISCOUNT.search(s) and _SHOP_WORDS.search(s) and len(words(s)) <= 16 and not _SPEECH.search(s):
        return "advert"  # "Garden chairs -30%! Only this week at Varnel stores"
    if _REUSE.search(s) and _REUSE_TERMS.search(s) and len(words(s)) <= 30 and not _SPEECH.search(s):
        return "reuse notice"  # "When using the materials, a hyperlink to Fjord Post is obligatory."
    return None


# the site's terms for reusing its copy: "When using the materials, a hyperlink to X is obligatory.",
# "Reproduction of our articles is allowed only with a link to the source", "Any use of the content requires credit"
_REUSE = re.compile(
    r"\b(?:us(?:e|ing)|reproduc(?:e|ing|tion)|reprint(?:ing)?|republi(?:cation|shing|sh)|copying|quoting|citing|"
    r"distribut(?:ion|ing))\s+(?:of\s+)?(?:the\s+|our\s+|any\s+|its\s+|these\s+|this\s+site[’']?s\s+)?"
    r"(?:\w+\s+)?(?:materials?|content|articles?|texts?|publications?|news|information)\b",
    re.I,
)
_REUSE_TERMS = re.compile(
    r"\b(?:hyper)?links?\b.{0,60}\b(?:obligatory|mandatory|required|necessary|compulsory)\b|"
    r"\b(?:only|solely)\s+with\s+(?:a\s+|an\s+)?(?:active\s+)?(?:hyper)?(?:link|reference|credit|attribution|"
    r"permission|consent)\b|\b(?:allowed|permitted)\s+only\s+(?:with|by)\b|\brequires?\s+(?:a\s+)?(?:hyper)?"
    r"(?:link|reference|credit|attribution|permission)\b|\b(?:prohibited|forbidden)\s+without\b",
    re.I,
)


# an audio player over the story: "Listen to this article (7 min)", "Listen to the story", "Listen: 4 min"
_LISTEN = re.compile(
    r"^(?:listen\s+to\s+(?:this|the)\s+(?:article|story|report|piece|page|text)\b|listen\s*[:(]?\s*\d{1,2}\s*min)", re.I
)
# a photo gallery's link: "PHOTO GALLERY: …", "Gallery: …", "… (23 photos)", "… [12 pictures]"
_GALLERY = re.compile(r"^(?:photo\s+|picture\s+|image\s+)?(?:gallery|galleries|slideshow)\s*[:|–—-]\s*\S", re.I)
_GALLERY_COUNT = re.compile(r"[(\[]\s*\d{1,3}\s+(?:photos?|pictures?|images?|slides?|pics)\s*[)\]]\s*$", re.I)
# a shop's discount: "-40%", "40% off", "up to 50% discount"; with a word of selling beside it
_DISCOUNT = re.compile(r"(?:^|\s)[-−–]\s?\d{1,2}\s?%|\b\d{1,2}\s?%\s+(?:off|discount)\b", re.I)
_SHOP_WORDS = re.compile(
    r"\b(?:only\s+(?:this|today|now|until)|this\s+week\s+only|today\s+only|stores?|shops?|shop\s+now|buy|sale|offer|"
    r"order\s+now|while\s+stocks\s+last)\b",
    re.I,
)
# "Support Fjord Post: we take no money from …", "Support Varnel Weekly — become a member": the site's appeal
_SUPPORT = re.compile(r"^support\s+(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,2}\s*[:!—–]", re.I)
_APPEAL_WORDS = re.compile(
    r"\b(?:member(?:ship)?|donat\w*|subscri\w*|contribut\w*|money|funding|independent|journalism|reader)\b", re.I
)


def _support_appeal(s: str) -> bool:
    s = s.strip()
    return bool(_SUPPORT.match(s)) and len(words(s)) <= 30 and bool(_APPEAL_WORDS.search(s))


# a broadcaster's player box: what is on air now or next
_PLAYER = re.compile(
    r"^(?:now\s+(?:playing|on\s+air|live|streaming)|on\s+air(?:\s+now)?|up\s+next|next\s+on\s+air|listen\s+live|watch\s+live|playing\s+now)\s*[:|–—-]\s*\S",
    re.I,
)
# a weather box: a weather label and a temperature reading in degrees (a headline "… hit 45°C" has no label first)
_WEATHER = re.compile(r"^(?:weather|forecast|local\s+weather)\b[^.!?]{0,40}?-?\d{1,2}\s*°\s*[CF]?\b", re.I)


# ---------------------------------------------------------------------------- neighbouring lines

_TAG_LABEL = re.compile(
    r"^(?:tags?|tagged(?:\s+(?:with|in|as))?|topics?|keywords|filed\s+under|related\s+topics|categories)"
    r"\s*:?\s*$",
    re.I,
)


def _tag_items(s: str) -> bool:
    """'Ports   labour   Kesslar', 'Ports, labour, Kesslar', 'Ports': short items, not a sentence."""
    if is_sentence(s) or _SPEECH.search(s) or len(words(s)) > 25 or date_in(s) is not None:
        return False
    items = _split_items(s)
    return bool(items) and all(len(p.split()) <= 4 for p in items) and (len(items) >= 2 or len(words(s)) <= 3)


def _split_items(s: str) -> list[str]:
    return [p for p in re.split(r"\s{2,}|\t|\s*[,|·•;#]\s*", s.strip()) if p.strip()]


def _items(s: str) -> int:
    return len(_split_items(s))


_STRONG_BOX = re.compile(
    r"\b(?:in(?:to)?\s+your\s+inbox|e-?mail\s+address|unsubscribe|newsletters?|no\s+spam|respect\s+your\s+privacy)\b",
    re.I,
)


def _box_words(s: str, same_block: bool) -> bool:
    """A line that belongs in a sign-up or donation box beside one: no speech, short, and the box's own
    words ('unsubscribe', 'your inbox', an appeal), or in the same block any of its words ('subscribe')."""
    if _SPEECH.search(s) or len(words(s)) > 20:
        return False
    if _STRONG_BOX.search(s) or _APPEAL.search(s):
        return True
    return same_block and bool(_SIGNUP.search(s) or _APPEAL_WORDS.search(s))


_LABEL = re.compile(r"^[^\W\d_][\w'’ &/-]{0,30}:\s")


def _caption(s: str, same_block: bool) -> bool:
    """A caption beside its credit: in the same block of lines, or a phrase without a full stop."""
    if _SPEECH.search(s) or not LETTER.search(s) or _LABEL.match(s) or date_in(s) is not None:
        return False  # speech, a "Source: …" or "By: …" label line, a date line
    n = len(words(s))
    if same_block:
        return n <= 30 and len(re.findall(r"[.!?](?:\s|$)", s)) <= 2
    return 5 <= n <= 30 and not is_sentence(s) and not s.endswith(":")


def spread(texts: list[str], blocks: list[int], furniture: list[bool]) -> set[int]:
    """Positions of lines that are furniture by their neighbours: box lines, captions, tag clouds.

    ``blocks`` gives each line's block of lines (lines with no blank line between share one);
    ``furniture`` which lines are furniture already. A block of more than three lines (for a caption, more
    than the caption and its credit) is no evidence.
    """
    n = len(texts)
    size: dict[int, int] = {}
    for b in blocks:
        size[b] = size.get(b, 0) + 1

    def same_block(i: int, j: int, most: int = 3) -> bool:
        return blocks[i] == blocks[j] and size[blocks[i]] <= most

    found: set[int] = set()
    # sign-up and donation boxes: grow from a box line to its neighbours with the box's words
    box = [i for i in range(n) if _box_line(texts[i]) or (furniture[i] and _BOX_OPENER.match(texts[i].strip()))]
    todo = list(box)
    seen = set(box)
    while todo:
        i = todo.pop()
        for j in (i - 1, i + 1):
            if 0 <= j < n and j not in seen and not furniture[j] and _box_words(texts[j], same_block(i, j)):
                seen.add(j)
                found.add(j)
                todo.append(j)
    # captions right before or after a credit of their own
    for i in range(n):
        if not credit_line(texts[i]):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < n and not furniture[j] and j not in found and not credit_line(texts[j]):
                if _caption(texts[j], same_block(i, j, 2)):  # a block of the caption and its credit
                    found.add(j)
                    break
    # tag clouds under a lone "Tags" label
    for i in range(n):
        if not _TAG_LABEL.match(texts[i].strip()):
            continue
        cloud: list[int] = []
        for j in range(i + 1, min(n, i + 13)):
            if not _tag_items(texts[j]):
                break
            cloud.append(j)
            if _items(texts[j]) > 1:
                break  # a line of several items is the whole cloud
        if len(cloud) > 1 or (cloud and _items(texts[cloud[0]]) > 1):
            found.update(cloud)  # a single one-item line may be a headline or a subheading
    return found
