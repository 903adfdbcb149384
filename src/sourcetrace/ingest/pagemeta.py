"""Page-level metadata rules that need more than one line: the site's name, live blogs, 'City.' datelines.

- *the site's name*: a masthead brand ('Fenwick News') beats a copyright holder that names
  another body ('Fenwick Broadcasting Corporation'), the company behind the brand; a holder
  that is the masthead's name in another form keeps its form; a masthead that is only an
  acronym gives way to a holder that spells it out; an outlet that is only an acronym ('FNA') is
  the full name the page gives it: a copyright line '© 2025 Fenwick News Agency (FNA)', a line
  'FNA – Fenwick News Agency' / 'FNA | Fenwick News Agency', or the name under a lone 'FNA'
  masthead, whose initials spell it;
- *a live blog*: a 'LIVE' / 'Live updates' label, or three lines or more that are only a time
  stamp ('16:52'); its 'Edited by NAME' line names its author;
- *a 'City.' dateline*: a body that opens with a place name and a full stop ('Port Elm. The
  council …'), as pages translated from German and other languages write the dateline. The
  name must be one to three capitalised words, not a word that opens a sentence of its own
  ('Yes.', 'Now.'), followed by a full sentence, and named as a place elsewhere on the page
  ('in Port Elm', 'from Port Elm', a byline 'By NAME, Port Elm').
"""

from __future__ import annotations

import re

from .furniture import is_sentence, key, words

__all__ = [
    "choose_site",
    "defined_acronym",
    "is_acronym",
    "live_blog",
    "same_name",
    "spelled_acronyms",
    "stop_dateline",
]


def same_name(a: str, b: str) -> bool:
    """'The Fenwick Gazette' and 'FENWICK GAZETTE': one name in two forms."""
    ka, kb = re.sub(r"^the", "", key(a).replace(" ", "")), re.sub(r"^the", "", key(b).replace(" ", ""))
    return bool(ka and kb) and (ka in kb or kb in ka)


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’-]*", name) if w[:1].isupper()).upper()


def acronym_of(short: str, name: str) -> bool:
    """'FBC' and 'Fenwick Broadcasting Corporation': the short form is the name's initials."""
    letters = re.sub(r"[^A-Za-z]", "", short)
    return short.isupper() and 2 <= len(letters) <= 6 and " " not in short.strip() and _initials(name) == letters


def is_acronym(name: str) -> bool:
    """'FNA', 'F.N.A.': one all-caps token of 2-6 letters."""
    letters = re.sub(r"[^A-Za-z]", "", name)
    return " " not in name.strip() and name.isupper() and 2 <= len(letters) <= 6


def _spelling(acr: str, text: str, tail: bool) -> str | None:
    """The run of capitalised words at the end (tail) or start of text whose initials are acr."""
    toks = re.findall(r"[^\W\d_][\w'’.&-]*", text)
    short = re.sub(r"[^A-Za-z]", "", acr)
    for k in range(len(short), min(len(toks), 2 * len(short) + 2) + 1):
        run = toks[-k:] if tail else toks[:k]
        name = " ".join(run)
        if run[0][:1].isupper() and run[-1][:1].isupper() and acronym_of(short.upper(), name):
            return name
    return None


_COPYRIGHT_LINE = re.compile(r"^(?:©|\(c\)|copyright)", re.I)
_SEPARATOR = r"\s*(?:[–—|:]|\s-)\s*"


def defined_acronym(acr: str, lines: list[str]) -> str | None:
    """The full name of an outlet's acronym as the page defines it (see the module notes); None if it does not."""
    if not is_acronym(acr):
        return None
    code = re.escape(acr.strip())
    for i in range(len(lines)):
        name = _defined_at(lines, i, code)
        if name:
            return name
    return None


_ACR_CODE = r"[A-Z][A-Z&]{1,5}"


def spelled_acronyms(lines: list[str]) -> list[str]:
    """Every full name the page's furniture defines for an acronym, in the forms of
    :func:`defined_acronym`: '© Fenwick Public Broadcaster (FPB) 2025' -> 'Fenwick Public Broadcaster',
    'FNA – Fenwick News Agency', a lone 'FNA' masthead over 'Fenwick News Agency'. ``lines``: the
    page's furniture (the lines left out of the body), so the names a publisher goes by."""
    out: list[str] = []
    for i in range(len(lines)):
        name = _defined_at(lines, i, _ACR_CODE)
        if name and name not in out:
            out.append(name)
    return out


def _defined_at(lines: list[str], i: int, code: str) -> str | None:
    """The name line ``i`` (with the next line) defines for an acronym matching the pattern ``code``."""
    s = lines[i].strip()
    if _COPYRIGHT_LINE.match(s):  # "© 2025 Fenwick News Agency (FNA)", "© Fenwick News Agency (FNA) 2025"
        m = re.search(r"^(?P<name>.+?)\s*\(\s*(?P<acr>" + code + r")\s*\)", s)
        name = _spelling(m.group("acr"), m.group("name"), tail=True) if m else None
        if name:
            return name
    m = re.match(r"(?P<acr>" + code + r")" + _SEPARATOR + r"(?P<name>[^|–—·•:]+)", s)  # "FNA – Fenwick News Agency"
    if m and len(s.split()) <= 12:
        name = _spelling(m.group("acr"), m.group("name").strip(), tail=False)
        if name and len(name.split()) == len(m.group("name").split()):
            return name
    if re.fullmatch(code, s) and is_acronym(s) and i + 1 < len(lines):  # a lone masthead "FNA" over its name
        below = lines[i + 1].strip()
        name = _spelling(s, below, tail=False)
        if name and name == below:
            return name
    return None


def choose_site(mast: str | None, holders: list[str], line: str | None = None) -> str | None:
    """The site's own name from its masthead and its copyright holders (see the module notes).

    ``line``: the whole masthead line. A holder that joins the code of the line's brand to the descriptor
    the masthead was read from ('© FTV Fenwick Television' under 'FTV News | Fenwick Television') is the
    company behind the brand: the brand ('FTV News') is the site."""
    brand = _coded_brand(mast, holders, line) if mast and line else None
    if brand:
        return brand
    if mast is None or any(same_name(mast, h) for h in holders):
        return min(holders, key=lambda o: o.isupper()) if holders else mast  # a stylised all-caps form last
    spelled = [h for h in holders if acronym_of(mast, h)]
    return spelled[0] if spelled else mast


def _coded_brand(mast: str, holders: list[str], line: str) -> str | None:
    """The brand part of a masthead line ('FTV News') whose code opens a holder ending in ``mast``."""
    parts = [p.strip() for p in re.split(r"\s+[–—|·•-]\s+|\s*\|\s*", line.strip()) if p.strip()]
    if len(parts) != 2 or mast not in parts:
        return None
    other = parts[1 - parts.index(mast)]
    code = other.split()[0]
    if not (is_acronym(code) and len(other.split()) <= 3):
        return None
    for h in holders:
        if key(h) == key(code + " " + mast):  # 'FTV Fenwick Television': code and descriptor in one
            return other
    return None


_LIVE_LABEL = re.compile(
    r"^(?:live|live\s+(?:updates?|blog|coverage|reporting|text|news)|as\s+it\s+happened|latest\s+updates)\s*[:!]?$",
    re.I,
)
_STAMP = re.compile(r"^\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,5}))?$", re.I)


def live_blog(texts: list[str]) -> bool:
    """A live blog: a 'LIVE' label, or three or more lines that are only a time stamp ('16:52')."""
    stamps = 0
    for t in texts:
        s = t.strip()
        if _LIVE_LABEL.match(s):
            return True
        stamps += bool(_STAMP.match(s))
    return stamps >= 3


# words that open a sentence of their own and are no place: "Yes. …", "Now. …", "Finally. …"
_NOT_PLACE_WORDS = {
    "yes", "no", "now", "then", "so", "well", "okay", "ok", "sorry", "thanks", "indeed", "exactly", "again",
    "finally", "enough", "stop", "wait", "look", "listen", "why", "what", "how", "who", "when", "where",
    "right", "wrong", "true", "false", "fine", "good", "great", "nothing", "everything", "never", "always",
    "today", "tonight", "tomorrow", "yesterday", "silence", "update", "updated", "correction", "note",
    "breaking", "first", "second", "third", "next", "meanwhile", "also", "however", "still", "anyway",
    "absolutely", "certainly", "perhaps", "maybe", "hello", "welcome", "done", "please", "help", "the",
    "this", "that", "it", "he", "she", "they", "we", "i", "you", "mr", "mrs", "ms", "dr", "prof", "st",
}  # fmt: skip
_STOP_DATELINE = re.compile(r"^(?P<place>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2})\.\s+(?P<rest>[\"“‘(]?[A-Z].*)$")


def stop_dateline(paragraph: str, page: str) -> str | None:
    """'Port Elm. The council approved …' -> 'Port Elm' when the page names Port Elm as a place elsewhere."""
    m = _STOP_DATELINE.match(paragraph.strip())
    if m is None:
        return None
    place, rest = m.group("place"), m.group("rest")
    if any(w.lower() in _NOT_PLACE_WORDS for w in re.split(r"[ -]", place)):
        return None
    if not (is_sentence(rest) and len(words(rest)) >= 6):
        return None  # not followed by a full sentence
    elsewhere = page.replace(paragraph.strip(), " ", 1)
    name = re.escape(place)
    as_place = (
        rf"\b(?:in|from|near|outside|across|around|based\s+in|headquartered\s+in)\s+{name}(?![\w'’])"
        rf"|^\s*by\s+[^\n,]{{2,60}},\s*{name}\s*$"
    )
    return place if re.search(as_place, elsewhere, re.I | re.M) else None
