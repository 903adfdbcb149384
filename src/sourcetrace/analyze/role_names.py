"""Person names the small model glues to what stands before them (rule 6 of :mod:`.mentions`).

* A role phrase before a name ("Pellix Chief Executive Greta Kohler-Voss", "Harvard
  President Jane Roe"): the model tags the whole run as one span (often WORK_OF_ART or ORG), or
  tags the role phrase alone and leaves the given name out of the person after it. The name after
  the last role word becomes the PERSON span, its given name included; what comes before the role
  phrase keeps its own label when that was a name's label (the employer in "X Chief Executive").
* A hyphenated lower-case descriptor before a name ("mum-of-two Grace Roe, 29", "father-of-three",
  "self-styled"): none of its words is part of a name. A person span the model put on it moves to
  the capitalised name right after it; a "<noun>-of-<number>" descriptor ("mother-of-two") marks
  that name as a person even when the model tagged nothing there.

All rules are closed-class words and the shape of the text, no names.
"""

from __future__ import annotations

from typing import Any

from anyascii import anyascii

from .mentions import ENGLISH_HONORIFICS, ORG_NAME_WORDS, ROLE_NOUNS

__all__ = ["split_role_names", "fix_descriptor_chains", "descriptor_chains"]

_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
_ROLES = ROLE_NOUNS | ENGLISH_HONORIFICS
# Courtesy titles written in a person span are left to name matching (names.strip_honorifics).
_ONLY_TITLES = ENGLISH_HONORIFICS - ROLE_NOUNS
_STOP = frozenset(
    "the a an this that these those in on at by for from with of and or to but as its his her their our".split()
)
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
_NAME_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "NORP", "GPE", "FAC", "PRODUCT", "EVENT", "LAW", "LOC"})
_KEEP_PREFIX = frozenset({"ORG", "GPE", "NORP", "FAC"})
# Titles that also open names of places and buildings ("Prince Edward Island", "Saint Helens").
_PLACE_TITLES = frozenset(
    "saint st san santa king queen prince princess lord lady sultan emir amir sheikh pope".split()
)
_MAX_NAME = 4  # words of a personal name


def _low(t: Any) -> str:
    return anyascii(t.text).lower().strip(".")


def _role(t: Any) -> bool:
    return t.text[:1].isupper() and _low(t) in _ROLES


def _name_word(t: Any) -> bool:
    """A capitalised word that can be part of a personal name (hyphens are handled by the caller)."""
    low = _low(t)
    return (
        t.is_alpha
        and len(t) >= 2
        and t.text[0].isupper()
        and not t.is_upper
        and low not in _ROLES
        and low not in _STOP
        and low not in _CALENDAR
        and low not in ORG_NAME_WORDS
    )


def _name_run(doc: Any, i: int, end: int) -> int:
    """End of the name-shaped run starting at token ``i`` (stops at ``end``): capitalised words,
    hyphens glued between them ("Kohler-Voss")."""
    k, words = i, 0
    while k < end and words <= _MAX_NAME:
        t = doc[k]
        if t.text in _HYPHENS and k > i and not t.whitespace_ and not doc[k - 1].whitespace_ and k + 1 < end:
            k += 1
            continue
        if not _name_word(t):
            break
        words += 1
        k += 1
    while k > i and doc[k - 1].text in _HYPHENS:
        k -= 1
    return k


def _words(doc: Any, a: int, b: int) -> int:
    return sum(1 for t in doc[a:b] if t.text not in _HYPHENS)


def split_role_names(doc: Any, ents: list[Any], span: Any) -> list[Any]:
    """ "Pellix Chief Executive Greta Kohler-Voss" (one span) -> ORG? + PERSON; a role-phrase
    span followed by an untagged given name and a person span -> that person with the given name."""
    ents = sorted(ents, key=lambda e: (e.start, -e.end))
    starts = {e.start: e for e in ents}
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Any] = []
    drop: set[int] = set()
    for e in ents:
        if id(e) in drop:
            continue
        res = _split_one(doc, e, starts, taken, span) if e.label_ in _NAME_LABELS else None
        if res is None:
            out.append(e)
            continue
        pieces, absorbed = res
        out.extend(pieces)
        if absorbed is not None:
            drop.add(id(absorbed))
    return out


def _split_one(doc: Any, e: Any, starts: dict[int, Any], taken: set[int], span: Any) -> Any:
    # the last role word of the span after which only name words follow
    r = None
    for k in range(e.end - 1, e.start - 1, -1):
        if _role(doc[k]):
            if _name_run(doc, k + 1, e.end) == e.end:
                r = k
            break
        if not (_name_word(doc[k]) or doc[k].text in _HYPHENS):
            return None
    if r is None:
        return None
    p = r
    while p > e.start and _role(doc[p - 1]):
        p -= 1
    roles = {_low(t) for t in doc[p : r + 1]}
    if e.label_ == "PERSON" and (p == e.start and roles <= _ONLY_TITLES):
        return None  # "Dr Jane Roe", "Minister Jane Roe": titles, left to name matching
    a = r + 1
    b = e.end
    # a role noun that is no title of address ('Spokeswoman Jane Roe' at a sentence's start, tagged ORG) is no
    # part of any place's name: the full name after it is the person's
    plain_role = not roles & (_PLACE_TITLES | ENGLISH_HONORIFICS) and 2 <= _words(doc, a, b) <= 3
    if e.label_ != "PERSON" and a < b and ((p == e.start and not plain_role) or roles <= _PLACE_TITLES):
        return None  # "Prince Edward Island", "Mount Saint Elias Range": a place named after a title
    if b == a:  # the span ends with the role: the name follows it untagged, up to the next span
        limit = next((i for i in range(a, min(len(doc), a + 2 * _MAX_NAME)) if i in taken), len(doc))
        b = _name_run(doc, a, limit)
    absorbed = None
    nxt = starts.get(b)
    if nxt is not None and nxt is not e and nxt.label_ in ("PERSON", "ORG") and b > a and doc[b - 1].whitespace_:
        if _name_run(doc, nxt.start, nxt.end) == nxt.end and _words(doc, a, b) <= 2:
            absorbed, b = nxt, nxt.end  # the given name and the person span after it
    n = _words(doc, a, b)
    if n == 0 or n > _MAX_NAME or (n < 2 and absorbed is None and e.label_ != "PERSON"):
        return None
    pieces = [span(doc, a, b, label="PERSON")]
    if p > e.start and e.label_ in _KEEP_PREFIX and _name_run(doc, e.start, p) == p:
        pieces.insert(0, span(doc, e.start, p, label=e.label_))
    return pieces, absorbed


def descriptor_chains(doc: Any) -> list[tuple[int, int]]:
    """Token ranges of hyphenated lower-case descriptors ("mum-of-two", "Father-of-three",
    "self-styled", "state-run"): never part of a name. "Moscow-backed" is none: its first part is a
    name of its own."""
    out: list[tuple[int, int]] = []
    i = 0
    n = len(doc)
    while i < n:
        j = i
        while j + 2 < n and doc[j + 1].text in _HYPHENS and not doc[j].whitespace_ and not doc[j + 1].whitespace_:
            j += 2
        parts = [t for t in doc[i : j + 1] if t.text not in _HYPHENS]
        # all parts lower-case, or only the first capitalised before lower-case ones ("Mum-of-two"
        # opening a sentence); a name before a participle ("Moscow-backed") is a name of its own
        if j > i and all(t.is_alpha or t.like_num for t in parts) and all(not _cap(t) for t in parts[1:]):
            if not _cap(parts[0]) or len(parts) >= 3:
                out.append((i, j + 1))
        i = j + 1
    return out


def _cap(t: Any) -> bool:
    return t.text[:1].isupper()


def _person_descriptor(doc: Any, a: int, b: int) -> bool:
    """ "<noun>-of-<number>" ("mother-of-two", "dad-of-3"): it describes the person named after it."""
    parts = [t for t in doc[a:b] if t.text not in _HYPHENS]
    return len(parts) == 3 and parts[1].lower_ == "of" and (parts[2].lower_ in _NUMBER_WORDS or parts[2].is_digit)


def fix_descriptor_chains(doc: Any, ents: list[Any], span: Any) -> list[Any]:
    """Spans never start inside a lower-case hyphenated descriptor (module docstring)."""
    chains = descriptor_chains(doc)
    if not chains:
        return ents
    out = list(ents)
    for a, b in chains:
        inside = [e for e in out if a <= e.start < b and e.label_ in _NAME_LABELS]
        moved = False
        for e in inside:
            out.remove(e)
            if e.end > b:  # "of-two Grace Roe": the name after the descriptor stays
                out.append(span(doc, b, e.end, label=e.label_))
                moved = True
                continue
            moved = moved or e.label_ == "PERSON"
        if (moved or _person_descriptor(doc, a, b)) and b < len(doc) and doc[b - 1].whitespace_:
            end = _name_run(doc, b, len(doc))
            if b < end and _words(doc, b, end) <= 3:
                clash = [e for e in out if e.start < end and b < e.end]
                if all(e.start >= b and e.end <= end and e.label_ != "PERSON" for e in clash) and not any(
                    e.label_ == "PERSON" and e.start == b for e in out
                ):
                    out = [e for e in out if e not in clash]
                    out.append(span(doc, b, end, label="PERSON"))
    return out
