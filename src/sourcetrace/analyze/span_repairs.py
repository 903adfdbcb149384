"""Span repairs for titles and organisation names the small model cuts (rule 5 of :mod:`.mentions`).

* A span made only of titles ("Engr" in "Engr. Obinna Marete", "Minister") is never an entity:
  it joins the person span right after it, or takes the capitalised name the model left untagged
  ("Engr. Marete"), or is dropped (before an organisation's span: "Minister" + "Ports Authority").
* A title that is also a given name, tagged alone after another title ("Amir" in "Sheikh Amir
  said"), takes that title, so that the mention reads as a titled given name.
* An organisation name cut at "and" ("the Marren Rail and" + "Road Workers' Union") is
  rejoined when the bracketed acronym right after it spells the initials of the whole name: the
  acronym is the writer's own evidence of where the name starts and ends.
"""

from __future__ import annotations

import re
from typing import Any

from anyascii import anyascii

from .mentions import TITLE_GIVEN_NAMES, title_token

__all__ = ["fix_title_spans", "rejoin_split_orgs", "spelled_initials"]

_NAME_STOP = frozenset(
    "the a an this that these those in on at by for from with of and or to but as its his her their our".split()
)
_JOINERS = frozenset({"and", "&"})
_GLUE = frozenset({"'", "\u2019", "'s", "\u2019s", "-", "\u2010", "\u2011", "&", "."})
_MAX_NAME_WORDS = 3  # words of a name taken after a lone title


def _title_only(doc: Any, e: Any) -> bool:
    idx = [t.i for t in e if t.text != "."]
    return bool(idx) and all(title_token(doc, i) for i in idx)


def _name_after(doc: Any, j: int, taken: set[int]) -> int:
    """End of the capitalised name (up to three words, hyphens glued) starting at token ``j``."""
    k, words = j, 0
    while k < len(doc) and k not in taken and words < _MAX_NAME_WORDS:
        t = doc[k]
        if t.text in ("-", "\u2010", "\u2011") and k > j and not t.whitespace_ and not doc[k - 1].whitespace_:
            k += 1
            continue
        if not (t.is_alpha and t.is_title and t.pos_ == "PROPN" and t.lower_ not in _NAME_STOP):
            break
        words += 1
        k += 1
        if t.whitespace_ and k < len(doc) and not doc[k].text[:1].isupper():
            break
    while k > j and doc[k - 1].text in ("-", "\u2010", "\u2011"):
        k -= 1
    return k


def fix_title_spans(doc: Any, ents: list[Any], span: Any) -> list[Any]:
    """Lone titles take the name after them or go; a given-name title takes the title before it."""
    ents = sorted(ents, key=lambda e: (e.start, -e.end))
    taken = {i for e in ents for i in range(e.start, e.end)}
    starts = {e.start: e for e in ents}
    out: list[Any] = []
    drop: set[int] = set()  # ids of spans absorbed into a title's span
    for e in ents:
        if id(e) in drop:
            continue
        if e.label_ not in ("PERSON", "ORG", "NORP", "GPE"):
            out.append(e)
            continue
        if _title_only(doc, e):
            j = e.end + 1 if e.end < len(doc) and doc[e.end].text == "." and not doc[e.end - 1].whitespace_ else e.end
            nxt = starts.get(j)
            if nxt is not None and nxt.label_ == "PERSON" and not _title_only(doc, nxt):
                drop.add(id(nxt))
                out.append(span(doc, e.start, nxt.end, label="PERSON"))
                continue
            end = _name_after(doc, j, taken)
            if end > j:
                out.append(span(doc, e.start, end, label="PERSON"))
                taken.update(range(j, end))
            continue  # a title alone is never an entity
        first = anyascii(e[0].text).lower()
        if e.label_ == "PERSON" and first in TITLE_GIVEN_NAMES and e.start > 0:
            s = e.start
            while s > 0 and (
                title_token(doc, s - 1) or (doc[s - 1].text == "." and s >= 2 and title_token(doc, s - 2))
            ):
                s -= 1
            if s < e.start and not any(i in taken for i in range(s, e.start)):
                out.append(span(doc, s, e.end, label="PERSON"))
                continue
        out.append(e)
    return out


def spelled_initials(tokens: list[Any]) -> set[str]:
    """Initials of a run of name tokens: one per capitalised content token ("Franco-German" gives
    two), and one per written word."""
    each: list[str] = []
    by_word: list[str] = []
    for k, t in enumerate(tokens):
        if not t.is_alpha or t.lower_ in _NAME_STOP:
            continue
        c = anyascii(t.text)[:1]
        if not c.isupper():
            continue
        each.append(c)
        if k == 0 or tokens[k - 1].whitespace_:
            by_word.append(c)
    return {"".join(each), "".join(by_word)}


def rejoin_split_orgs(doc: Any, ents: list[Any], span: Any) -> list[Any]:
    """ "the X Rail and" + "Road Workers' Union" + "(XRRWU)" -> one ORG span."""
    ents = sorted(ents, key=lambda e: (e.start, -e.end))
    out = list(ents)
    for e in ents:
        if e.label_ != "ORG" or e not in out:
            continue
        if doc[e.end - 1].lower_ in _JOINERS:
            j = e.end
        elif e.end < len(doc) and doc[e.end].lower_ in _JOINERS:
            j = e.end + 1
        else:
            continue
        k = j
        while k < len(doc) and k - j < 10 and doc[k].text != "(":
            t = doc[k]
            if not ((t.is_alpha and t.text[:1].isupper()) or t.text in _GLUE or t.lower_ in _NAME_STOP):
                break
            k += 1
        if k == j or k + 1 >= len(doc) or doc[k].text != "(":
            continue
        letters = re.sub(r"[^A-Z]", "", anyascii(doc[k + 1].text))
        if not 3 <= len(letters) <= 10 or not doc[k + 1].text.isupper():
            continue
        whole = list(doc[e.start : k])
        if letters not in spelled_initials(whole) or letters in spelled_initials(list(e)):
            continue
        inside = [x for x in out if x.start < k and e.start < x.end and x.start >= e.start]
        if any(x.end > k for x in inside):
            continue
        out = [x for x in out if x not in inside]
        out.append(span(doc, e.start, k, label="ORG"))
    return out
