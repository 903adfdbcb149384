"""Name forms the writer defines, for entity resolution (:mod:`.entities`).

* A bracketed definition "LONG NAME (ACR)" right after an organisation's name makes ACR an
  alias of that name whatever the order of its letters: the acronym of another language ("Agency
  for Food Regulation (TFRA)") or letters from inside a compound ("Eurobaltic News agency
  (EBN)"). A generic lower-case word may stand between the name and the bracket ("the X News
  agency (XN)"). The acronym's first letter must open a word of the name and all its letters
  occur in it; an agency credit after a dateline ("CITY (XNA) –") is no definition. Every mention
  of ACR in the article goes to that name; across the corpus an acronym of three letters or more
  joins other articles' mentions of it when every article that defines it defines the same body
  (long forms that match, or the same words in another order: "Agency for Food Regulation"
  / "Food Regulatory Agency"; two bodies that merely share initials stay apart).
* A product name with a model number or letter-number code ("Lumiflex-3", "Model X-200") is a
  PRODUCT; the bare stem ("Lumiflex") is the product, not a person, where the corpus writes the
  suffixed form and no person carries the stem as a surname.
* A vessel's name in apposition after a vessel noun ("the trawler Aina Lind", "another trawler,
  the Aina Lind,") is a PRODUCT wherever the corpus writes it ("The Aina Lind was held"), unless
  a word of it is a place, a function word or a title, or the model tags it as a place or a body.
* A disease's name: capitalised words before a disease noun ("Varnel Valley fever", "Tamm pox",
  "Tolva disease") are one DISEASE candidate, the noun included (the model tags the words alone as a
  place or a body); an acronym before the noun ("the VVF virus") stays the acronym. "NAME (ACR)"
  defines ACR for a disease as for a body.
* A broadcaster written "TV NAME" or "Radio NAME" ("TV Norda", "Radio Fjell") is one ORG candidate:
  the model takes the name for a person and the letters "TV" for someone's initials.

Closed-class words and the shape of the text only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from anyascii import anyascii

from .entity_context import Cand
from .names import NameKey, clean_surface, relation, tok_sim

__all__ = [
    "bracket_definitions",
    "unambiguous_acronyms",
    "product_cands",
    "product_stems",
    "retype_stems",
    "vessel_names",
    "add_vessels",
    "disease_cands",
    "broadcaster_cands",
]

# Generic words that may stand between a name and the bracket of its acronym ("X News agency (XN)").
_GAP_WORDS = frozenset(
    "agency agencies news service company group corporation authority organisation organization "
    "institute council commission party movement union association network".split()
)
_DEF_LABELS = frozenset({"ORG", "FAC", "GPE", "LOC", "DISEASE"})
_ACR_RE = re.compile(r"[A-Z][A-Za-z&]*[A-Z]")
_MIN_CORPUS_ACRONYM = 3  # a two-letter acronym ("PA", "AP") names too many bodies to link across articles


def _acronym_surface(s: str) -> bool:
    letters = re.sub(r"[^A-Z]", "", s)
    return bool(_ACR_RE.fullmatch(s)) and 2 <= len(letters) <= 8 and len(letters) >= len(s) - 1


def _letters_fit(acronym: str, long_form: str) -> bool:
    """The acronym's first letter opens a word of the long form and all its letters occur in it; or,
    for an acronym of three letters or more, its first letter opens the long form's first content word:
    the acronym of the name in its own language, after a translation ("Directorate for Border Safety
    (DGS)", "Union of Free Farmers (SSZ)")."""
    words = [w for w in re.split(r"[\s\-\u2010\u2011]+", anyascii(long_form).lower()) if w]
    flat = "".join(words)
    letters = anyascii(acronym).lower()
    if not words or not letters:
        return False
    if any(w.startswith(letters[0]) for w in words) and all(ch in flat for ch in letters if ch.isalpha()):
        return True
    content = [w for w in words if w not in _FIT_STOP]
    return len(re.sub(r"[^a-z]", "", letters)) >= 3 and len(content) >= 2 and content[0].startswith(letters[0])


_FIT_STOP = frozenset("the a an of for and on in to at by de la le du des".split())


def bracket_definitions(text: str, cands: Sequence[Cand]) -> dict[int, int]:
    """For "LONG (ACR)" in ``text``: index of the ACR candidate -> index of the LONG candidate;
    then every other candidate written as ACR -> the same LONG (the definition holds article-wide)."""
    ends: dict[int, int] = {}
    for j, c in enumerate(cands):
        if c.label in _DEF_LABELS:
            ends.setdefault(c.end, j)
    defined: dict[str, int] = {}
    for c in cands:
        acr = c.text.strip()
        if not _acronym_surface(acr) or acr in defined:
            continue
        if text[c.start - 1 : c.start] != "(" or text[c.end : c.end + 1] != ")":
            continue
        if re.match(r"\)\s*[\u2013\u2014-]+\s", text[c.end : c.end + 6]):
            continue  # "CITY, 6 March (XNA) –": an agency credit
        head = text[: c.start - 1].rstrip()
        gap = 0
        found = ends.get(len(head))
        while found is None and gap < 2:
            m = re.search(r"\s([a-z]+)$", head)
            if not m or m.group(1) not in _GAP_WORDS:
                break
            head = head[: m.start()].rstrip()
            gap += 1
            found = ends.get(len(head))
        if found is None:
            continue
        long_c = cands[found]
        surface = clean_surface(long_c.text)
        if not surface or surface.isupper() or _acronym_surface(surface):
            continue
        if not _letters_fit(acr, text[long_c.start : c.start - 1]):
            continue
        defined[acr] = found
    out: dict[int, int] = {}
    for i, c in enumerate(cands):
        long_i = defined.get(c.text.strip())
        if long_i is not None and i != long_i:
            out[i] = long_i
    return out


def unambiguous_acronyms(defs: Sequence[tuple[NameKey, NameKey]]) -> set[str]:
    """Acronyms (letters) that every defining article defines as the same body: (acronym key,
    long-form key) pairs, whose long forms all match one another."""
    by_acr: dict[str, list[NameKey]] = {}
    for acr_key, long_key in defs:
        if len(acr_key.acronym) >= _MIN_CORPUS_ACRONYM:
            by_acr.setdefault(acr_key.acronym, []).append(long_key)
    out: set[str] = set()
    for letters, longs in by_acr.items():
        first = longs[0]
        if all(k == first or relation(k, first, first_names=False) for k in longs[1:]):
            out.add(letters)
        elif all(_same_letters(k, first) for k in longs[1:]):
            out.add(letters)  # "Agency for Food Regulation" / "Food Regulatory Agency"
    return out


def _same_letters(a: NameKey, b: NameKey) -> bool:
    """Two long forms of one acronym in another word order ("Agency for Food Regulation" /
    "Food Regulatory Agency"): every core word of each has a partner in the other, equal or
    sharing most of its stem; two bodies that only share initials stay apart."""
    wa, wb = (*a.modifiers, *a.tokens), (*b.modifiers, *b.tokens)
    if not a.tokens or not b.tokens:
        return False
    return all(any(_stem_match(x, y) for y in wb) for x in wa) and all(any(_stem_match(y, x) for x in wa) for y in wb)


def _stem_match(x: str, y: str) -> bool:
    if tok_sim(x, y):
        return True
    n = 0
    while n < min(len(x), len(y)) and x[n] == y[n]:
        n += 1
    return n >= 5 and n >= 0.6 * min(len(x), len(y))


# "Lumiflex-3", "Model X-200", "Falcon-9", "MS-21": a capitalised stem glued to a model number.
_PRODUCT_RE = re.compile(
    r"(?<![\w\u2010\u2011-])(?P<stem>[A-Z][A-Za-z]+(?: [A-Z](?=[-\u2010\u2011]))?|[A-Z]{1,3})"
    r"[-\u2010\u2011](?P<model>\d{1,4}[A-Za-z]?|[A-Z]\d{1,4})(?![\w\u2010\u2011-])"
)
_NOT_STEMS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december covid sars mers type phase level tier category grade class "
    "section article chapter part stage round group".split()
)


def product_cands(text: str) -> list[Cand]:
    """Product names with a model number ("Lumiflex-3"), as PRODUCT candidates."""
    out: list[Cand] = []
    for m in _PRODUCT_RE.finditer(text):
        stem = m.group("stem")
        if stem.split()[0].lower() in _NOT_STEMS:
            continue
        out.append(Cand(m.start(), m.end(), m.group(), "PRODUCT"))
    return out


def product_stems(per_cands: Sequence[Sequence[Cand]]) -> set[str]:
    """Stems of the corpus's product names ("Lumiflex" for "Lumiflex-3"), written forms."""
    out: set[str] = set()
    for cs in per_cands:
        for c in cs:
            if c.label == "PRODUCT":
                m = _PRODUCT_RE.fullmatch(c.text)
                if m and len(m.group("stem")) >= 3:
                    out.add(m.group("stem"))
    return out


def retype_stems(cands: list[Cand], stems: set[str], surnames: set[str]) -> list[Cand]:
    """A lone stem the model tagged as a person is the product ("the Lumiflex scandal")."""
    if not stems:
        return cands
    out: list[Cand] = []
    for c in cands:
        s = clean_surface(c.text)
        if c.label == "PERSON" and s in stems and s not in surnames:
            out.append(Cand(c.start, c.end, c.text, "PRODUCT"))
        else:
            out.append(c)
    return out


# Nouns for a vessel, after which a ship's name stands in apposition (a closed class).
_VESSEL_NOUNS = (
    "ship vessel boat trawler seiner longliner tanker freighter ferry yacht frigate corvette destroyer cutter "
    "submarine cruiser liner tug tugboat barge schooner steamer icebreaker dredger warship gunboat lifeboat "
    "catamaran dhow sloop ketch whaler containership"
).split()
_NAME_WORD = r"[A-Z][^\W\d_]+(?:['\u2019-][^\W\d_]{2,})?"  # "O'Hara", not a possessive
# "the trawler Aina Lind", "another trawler, the Aina Lind,": a vessel noun, then the name
_VESSEL_RE = re.compile(
    rf"(?<![\w\u2010\u2011-])(?:{'|'.join(_VESSEL_NOUNS)})(?:,\s+the\s+|[ \t]+)"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})(?![\w\u2019'-])"
)
_NOT_NAME_WORDS = _NOT_STEMS | frozenset(
    "the a an this that these those it its he she they we his her their our and or but on in at of for from to "
    "with by after before when while as said says".split()
)
_PLACE_OR_BODY = frozenset({"GPE", "LOC", "NORP", "ORG"})


def vessel_names(
    texts: Sequence[str], per_cands: Sequence[Sequence[Cand]], places: set[str], surnames: set[str]
) -> set[str]:
    """Names of vessels the corpus writes in apposition after a vessel noun ("the trawler, the Aina
    Lind", "the patrol ship Varna"), which the model often tags as nothing. A name is kept only when
    no word of it is a place of the corpus, its demonym, a function or calendar word, or a title, a
    lone word is no person's surname, and the model never tags the name as a place or a body."""
    from .entity_context import place_word
    from .names import title_only

    tagged = {clean_surface(c.text) for cs in per_cands for c in cs if c.label in _PLACE_OR_BODY}
    out: set[str] = set()
    for text in texts:
        for m in _VESSEL_RE.finditer(text):
            name = m.group("name")
            words = name.split()
            if any(w.lower() in _NOT_NAME_WORDS or place_word(w, places) for w in words):
                continue
            if title_only(words[0]) or (len(words) == 1 and words[0] in surnames) or name in tagged:
                continue
            out.add(name)
    return out


def add_vessels(text: str, cands: list[Cand], names: set[str]) -> list[Cand]:
    """Every written occurrence of the corpus's vessel names (:func:`vessel_names`) as a PRODUCT
    candidate ("The Aina Lind was held"), where the model's spans do not already cover it; a
    shorter span of the model inside it ("Aina") gives way."""
    if not names:
        return cands
    found: list[Cand] = []
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(rf"(?<![\w\u2019'-]){re.escape(name)}(?![\w\u2019'-])", text):
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            found.append(Cand(m.start(), m.end(), name, "PRODUCT"))
    out = list(cands)
    for e in found:
        overlapping = [c for c in out if c.start < e.end and e.start < c.end]
        if any(c.start < e.start or c.end > e.end or (c.start, c.end) == (e.start, e.end) for c in overlapping):
            continue  # the model's span is as large or larger: keep it
        out = [c for c in out if c not in overlapping]
        out.append(e)
    return sorted(out, key=lambda c: (c.start, -c.end))


# Nouns that end a disease's name after capitalised words ("X Valley fever", "Y pox"): a closed class.
_DISEASE_HEADS = "fever|pox|flu|influenza|disease|syndrome|virus|plague"
_DISEASE_RE = re.compile(r"(?<![\w'\u2019-])((?:[A-Z][\w'\u2019-]*[ \u00a0])+)(" + _DISEASE_HEADS + r")(?![\w-])")
_NOT_DISEASE_WORDS = frozenset(
    "The A An This That These Those In On At By For From With After Before Under When While As Its His Her "
    "Their Our Then But And Or If Of To Than Monday Tuesday Wednesday Thursday Friday Saturday Sunday January "
    "February March April May June July August September October November December".split()
)
_BROADCAST_RE = re.compile(r"(?<![\w-])(?:TV|Radio)[ \u00a0][A-Z][\w\u2019'-]+(?:[ \u00a0][A-Z][\w-]+)?(?![\w-])")


def disease_cands(text: str) -> list[Cand]:
    """Disease names: capitalised words (not a function word, a day or month, nor an acronym alone)
    followed by a disease noun ("Varnel Valley fever", "Tamm pox")."""
    out: list[Cand] = []
    for m in _DISEASE_RE.finditer(text):
        words = m.group(1).split()
        start = m.start()
        while words and words[0] in _NOT_DISEASE_WORDS:
            start = text.index(words[1], start) if len(words) > 1 else m.start(2)
            words = words[1:]
        if not words or any(w in _NOT_DISEASE_WORDS for w in words):
            continue
        if len(words) == 1 and (_acronym_surface(words[0]) or words[0].isupper()):
            continue  # "the VVF virus": the acronym is the name
        out.append(Cand(start, m.end(), text[start : m.end()], "DISEASE"))
    return out


def broadcaster_cands(text: str) -> list[Cand]:
    """Broadcasters written "TV NAME" / "Radio NAME" ("TV Norda", "Radio Fjell")."""
    out: list[Cand] = []
    for m in _BROADCAST_RE.finditer(text):
        words = m.group().split()
        if words[-1] in _NOT_DISEASE_WORDS:  # "Radio Norda on Monday", "TV On": a function word or a date
            words = words[:-1]
        if len(words) < 2 or words[1] in _NOT_DISEASE_WORDS:
            continue
        surface = " ".join(words)
        out.append(Cand(m.start(), m.start() + len(surface), text[m.start() : m.start() + len(surface)], "ORG"))
    return out
