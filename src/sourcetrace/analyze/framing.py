"""Descriptors (titles, appositions, modifiers, names) attached to referents, with their voice.

A descriptor is the wording an article uses for a referent: the title before a
name ("Gen. Soleimani"), the modifiers before a noun or name ("the late
terrorist-general", "occupied Palestine"), an apposition ("Soleimani, the Quds
Force commander"), a predicate nominal ("X is a cancer") or the name itself
("Operation Al-Aqsa Flood"). Found by general rules over the spaCy parse and
part-of-speech tags (pre-modifiers are also taken from the surface order of
tags, so a misparsed "in occupied Palestine" still yields its modifier). No
word list decides what is loaded: that is left to the cross-outlet comparison
in ``link.framing``.

``voice`` is "quoted" when the descriptor overlaps an attributed span (see
``analyze.voice``), "own" otherwise.
"""

from __future__ import annotations

import bisect
from typing import Any

from ..model import Article, Descriptor, Mention, Span
from .voice import merge_spans

__all__ = ["find_descriptors", "HONORIFICS"]

# Generic closed class of honorifics and ranks that NER sometimes folds into a PERSON name.
HONORIFICS = frozenset(
    """mr mrs ms miss mx dr prof professor gen general maj major lt lieutenant col colonel capt captain
    sgt sergeant adm admiral brig brigadier cmdr commander president vice prime minister sen senator rep
    gov governor mayor judge justice king queen prince princess emir sheikh shaikh sayyed sayed sayyid
    imam ayatollah hajj haj hajji rabbi rev reverend father pope saint st sir lord lady dame chief sardar
    mullah mufti pastor bishop cardinal""".split()
)
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "EVENT", "FAC", "LOC", "LAW", "WORK_OF_ART"})
_MOD_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "advmod"})
_MAX_MODS = 5


def _is_hyphen_join(doc: Any, i: int) -> bool:
    """A hyphen glued to words on both sides ("terrorist-general")."""
    t = doc[i]
    return (
        t.text in ("-", "\u2010", "\u2011")
        and i > 0
        and not doc[i - 1].whitespace_
        and not t.whitespace_
        and i + 1 < len(doc)
    )


def _is_modifier(doc: Any, i: int) -> bool:
    t = doc[i]
    if _is_hyphen_join(doc, i):
        return True
    if i + 1 < len(doc) and _is_hyphen_join(doc, i + 1) and t.is_alpha:
        return True  # glued to the next word: "terrorist-general", "anti-Israel"
    if t.is_punct or t.is_space or t.like_num or t.pos_ in ("DET", "PRON", "NUM", "ADP", "CCONJ", "PART", "AUX"):
        return False
    if t.pos_ == "ADJ":
        return t.dep_ not in ("acomp", "conj", "ROOT")
    if t.tag_ in ("VBN", "VBG"):
        # "occupied Palestine", "the occupying regime"; not "Israel occupied Palestine", not "in backing X"
        prev = doc[i - 1] if i > 0 else None
        if t.tag_ == "VBG":
            return prev is not None and prev.pos_ in ("DET", "ADJ")
        return prev is None or prev.pos_ in ("DET", "ADP", "PUNCT", "ADJ", "CCONJ", "SCONJ", "NUM")
    if t.pos_ in ("NOUN", "PROPN"):
        return bool(t.dep_ in _MOD_DEPS)
    return False


def _left_modifiers(doc: Any, start: int, lower: int) -> int:
    """Index of the first pre-modifier left of token ``start`` (``start`` when there is none)."""
    i = start
    n = 0
    while i - 1 >= lower and n < _MAX_MODS and _is_modifier(doc, i - 1):
        i -= 1
        n += 1
    while i < start and _is_hyphen_join(doc, i):  # never start on a hyphen
        i += 1
    return i


def _word_starts(doc: Any, a: int, b: int) -> list[int]:
    """Token indexes in [a, b) that begin a word (not glued to the token before by a hyphen)."""
    return [k for k in range(a, b) if k == a or (doc[k - 1].whitespace_ and not _is_hyphen_join(doc, k))]


def _chars(doc: Any, a: int, b: int) -> tuple[int, int]:
    """Character offsets of tokens [a, b)."""
    last = doc[b - 1]
    return doc[a].idx, last.idx + len(last.text)


class _Voice:
    """Overlap test against merged (sorted, disjoint) attributed spans."""

    def __init__(self, attributed: list[Span]) -> None:
        self.spans = [(s.start, s.end) for s in merge_spans(attributed)]
        self.starts = [s for s, _ in self.spans]

    def of(self, start: int, end: int) -> str:
        # among disjoint sorted spans starting before ``end``, the last one reaches furthest right
        k = bisect.bisect_left(self.starts, end)
        return "quoted" if k and self.spans[k - 1][1] > start else "own"


def find_descriptors(
    doc: Any, article: Article, mentions: tuple[Mention, ...], attributed: list[Span]
) -> list[Descriptor]:
    """Descriptors of referents in one article (sorted by position, no duplicates)."""
    if doc is None:
        return []
    text = article.text
    voice = _Voice(attributed)
    out: dict[tuple[int, int, str, str], Descriptor] = {}

    def emit(a: int, b: int, referent: str, kind: str, ref: tuple[int, int] | None) -> None:
        while b > a and (doc[b - 1].dep_ == "case" or doc[b - 1].text in ("'s", "\u2019s", "'", "\u2019")):
            b -= 1  # no trailing possessive marker
        if a >= b:
            return
        start, end = _chars(doc, a, b)
        term = text[start:end].strip()
        if not term or "\n" in term or not any(ch.isalpha() for ch in term):
            return
        key = (start, end, kind, referent)
        if key not in out:
            out[key] = Descriptor(
                article=article.id,
                start=start,
                end=end,
                term=term,
                referent=referent,
                voice=voice.of(start, end),  # type: ignore[arg-type]
                kind=kind,
                referent_start=ref[0] if ref else None,
                referent_end=ref[1] if ref else None,
            )

    # token index -> the NE span it belongs to (from the given mentions, else doc.ents)
    ents = _entity_spans(doc, mentions)
    ent_of: dict[int, Any] = {}
    for e in ents:
        for k in range(e.start, e.end):
            ent_of[k] = e

    def compact(tok: Any, lower: int) -> tuple[int, int]:
        """A noun with its pre-modifiers, without determiners; a name keeps its whole span."""
        e = ent_of.get(tok.i)
        if e is not None:
            a = _strip_det(doc, e.start, e.end)
            return _left_modifiers(doc, a, lower), e.end
        return _left_modifiers(doc, tok.i, lower), tok.i + 1

    for sent in doc.sents:
        lower = sent.start
        for tok in sent:
            if not _is_nominal_head(tok):
                continue
            e = ent_of.get(tok.i)
            if e is not None:
                if tok.i != e.root.i:
                    continue
                _entity_descriptors(doc, e, lower, emit, compact, ent_of)
                continue
            if tok.dep_ == "compound" and tok.head.i == tok.i + 1:
                continue  # part of a longer nominal
            if tok.i + 1 < len(doc) and _is_hyphen_join(doc, tok.i + 1):
                continue  # first half of a hyphenated word
            a = _left_modifiers(doc, tok.i, lower)
            if a < tok.i:
                ref = (tok.idx, tok.idx + len(tok.text))
                for k in _word_starts(doc, a, tok.i):
                    emit(k, tok.i + 1, tok.lemma_.lower(), "modifier", ref)
    return sorted(out.values(), key=lambda d: (d.start, d.end, d.kind, d.referent))


_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "dative"})


def _is_nominal_head(tok: Any) -> bool:
    """A noun, or a word the tagger called an adjective that heads a noun phrase ("the late terrorist-general")."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return True
    return bool(tok.pos_ == "ADJ" and tok.dep_ in _NOMINAL_DEPS)


def _entity_spans(doc: Any, mentions: tuple[Mention, ...]) -> list[Any]:
    spans = []
    for m in mentions:
        if m.label not in _NAME_LABELS:
            continue
        sp = doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand")
        if sp is not None and len(sp):
            spans.append(sp)
    if not spans:
        spans = [e for e in doc.ents if e.label_ in _NAME_LABELS]
    return spans


def _strip_det(doc: Any, a: int, b: int) -> int:
    while a < b - 1 and (doc[a].pos_ in ("DET", "PRON") or doc[a].dep_ == "case"):
        a += 1
    return a


def _entity_descriptors(doc: Any, e: Any, lower: int, emit: Any, compact: Any, ent_of: dict[int, Any]) -> None:
    label = e.label_
    root = e.root
    a = _strip_det(doc, e.start, e.end)
    referent = doc[a : e.end].text
    ref = (doc[a].idx, doc[e.end - 1].idx + len(doc[e.end - 1].text))
    # honorific folded into a PERSON name: "Hajj Qasim", "Sheikh X"
    h = a
    if label == "PERSON":
        while h < e.end - 1 and doc[h].text.lower().rstrip(".") in HONORIFICS:
            h += 1
        if h > a:
            emit(a, h, doc[h : e.end].text, "title", (doc[h].idx, ref[1]))
            referent = doc[h : e.end].text
            ref = (doc[h].idx, ref[1])
    # the name itself (an adjectival NORP is a modifier of something else, not a name)
    if not (label == "NORP" and root.pos_ == "ADJ"):
        emit(h, e.end, referent, "name", ref)
    # pre-modifiers and titles outside the entity span
    m = _left_modifiers(doc, a, lower)
    if m < a:
        if label == "PERSON":
            kind = "title" if doc[m].text[:1].isupper() else "modifier"
            for k in _word_starts(doc, m, a):
                emit(k, a, referent, kind, ref)
        else:
            for k in _word_starts(doc, m, a):
                emit(k, e.end, referent, "modifier", ref)
    # appositions, both ways: "Soleimani, the Quds Force commander" / "the deputy, Khalid Jabril"
    for c in root.children:
        if c.dep_ == "appos" and c.i not in ent_of and c.pos_ in ("NOUN", "PROPN"):
            ca, cb = compact(c, c.left_edge.i)
            emit(ca, cb, referent, "apposition", ref)
    if root.dep_ == "appos" and root.head.i not in ent_of and root.head.pos_ == "NOUN":
        hd = root.head
        ca, cb = compact(hd, hd.left_edge.i)
        emit(ca, cb, referent, "apposition", ref)
    # predicate nominal: "X is a cancer"
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
        for c in root.head.children:
            if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") and c.i not in ent_of:
                ca, cb = compact(c, c.left_edge.i)
                emit(ca, cb, referent, "predicate", ref)
