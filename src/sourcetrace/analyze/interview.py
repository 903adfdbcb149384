"""Quotes of a Q&A interview page: answers as the interviewee's direct speech.

The layout is found by :func:`analyze.layout.interview_turns`. Each answer
paragraph becomes a direct quote of the party that gives it, named as fully as
the article names it ('Ruiz:' -> 'Ana Ruiz'; 'A:' -> the person the
introduction presents); the label of an outlet other than the article's own
becomes the via. Questions are the outlet's own voice: a reporting clause
inside one ('Q: The ministry says …') keeps its own subject, never the label.
"""

from __future__ import annotations

import re
from typing import Any

from anyascii import anyascii

from ..model import Article
from .attribution import Name, Via, is_reporting_verb, phrase_for
from .cues import TITLE_WORDS, doc_ents, is_outlet_like, same_outlet
from .layout import ANSWER_LABELS, QUESTION_LABELS, Turn, interview_turns
from .speakers import Raw

__all__ = ["interview_raws", "intro_person", "mend_question_speakers", "party"]

CUE = ":"


def _fold(s: str) -> str:
    return anyascii(s).lower().replace("\u2010", "-")


def intro_person(doc: Any, first_turn: int) -> Name | None:
    """The person an interview's introduction presents: the first one named before its first turn."""
    intro = [e for e in doc_ents(doc) if e.label_ == "PERSON" and e.end_char <= first_turn]
    if not intro:
        return None
    e = intro[0]
    return Name(e.text, e.start_char, e.end_char, "PERSON")


def party(doc: Any, label: str, first_turn: int, labels: list[tuple[int, int]]) -> Name | None:
    """The person or body a label names: the fullest mention in the text that ends with it."""
    low = label.lower()
    if low in QUESTION_LABELS:
        return None
    if low in ANSWER_LABELS:
        return intro_person(doc, first_turn)  # 'A:': the person the introduction presents
    key = _fold(label)
    best: Any = None
    for e in doc_ents(doc):
        if e.label_ not in ("PERSON", "ORG"):
            continue
        words = _fold(e.text)
        if words == key or words.endswith(" " + key):
            if best is None or len(e.text) > len(best.text):
                best = e
    if best is not None and " " in best.text.strip():
        return Name(best.text, best.start_char, best.end_char, best.label_)
    written = _written_in_full(doc, label, labels)
    if written is not None:
        return written
    return Name(best.text, best.start_char, best.end_char, best.label_) if best is not None else None


FULL_NAME_RE = r"((?:[^\W\d_][\w'\u2019.-]*\s+){1,3})"
NOT_NAME = frozenset("the a an in on at of for and but or as by to from with this that these those".split())


def _written_in_full(doc: Any, label: str, labels: list[tuple[int, int]]) -> Name | None:
    """'Ruiz:' -> 'Ana Ruiz' where the text writes the name in full (capitalised words before the label)."""
    text = doc.text
    for m in re.finditer(FULL_NAME_RE + re.escape(label) + r"\b", text):
        if any(a <= m.end() - 1 < b for a, b in labels) or "\n" in m.group(1):
            continue
        words = m.group(1).split()
        while words and (words[0].lower() in NOT_NAME or words[0].lower().rstrip(".") in TITLE_WORDS):
            words = words[1:]
        if not words or not all(w[:1].isupper() for w in words):
            continue
        start = m.end() - len(label) - len(" ".join(words)) - 1
        if text[start : m.end()] != " ".join(words) + " " + label:
            continue
        return Name(text[start : m.end()], start, m.end(), "PERSON")
    return None


def interview_raws(doc: Any, article: Article) -> tuple[list[Raw], list[Turn]]:
    """Direct quotes for the answers of a Q&A page, and all its turns ([] and [] on other pages)."""
    text = article.text
    turns = interview_turns(text, article.outlet, article.author)
    if not turns:
        return [], []
    first = min(t.label_start for t in turns)
    out: list[Raw] = []
    asker = next((t for t in turns if t.question and t.label), None)
    via: list[Via] = []
    if asker is not None and asker.label.lower() not in QUESTION_LABELS:
        own = article.outlet and same_outlet(asker.label, article.outlet)
        if not own and is_outlet_like(asker.label):
            via = [Via(Name(asker.label, asker.label_start, asker.label_end, "ORG"), "interview", asker.label_start)]
    names: dict[int, Name] = {}
    spans = [(t.label_start, t.label_end) for t in turns if t.label]
    for t in turns:
        if t.question or t.end - t.start < 2:
            continue
        if t.label_start not in names:
            label = text[t.label_start : t.label_end]
            found = party(doc, label, first, spans)
            names[t.label_start] = found or Name(label, t.label_start, t.label_end, "")
        sp = names[t.label_start]
        if sp.text.lower() in ANSWER_LABELS:
            continue  # 'A:' with no one introduced: the answer stays unattributed
        out.append(Raw(t.start, t.end, "direct", sp, None, CUE, list(via), mark=(t.start - 1, t.end)))
    return out, turns


def mend_question_speakers(doc: Any, raws: list[Raw], turns: list[Turn]) -> None:
    """A reporting clause inside a question ('VPA: The ministry says …') is the clause's subject's, not VPA's."""
    labels = [(t.label_start, t.label_end, t) for t in turns if t.label and t.question]
    for r in raws:
        sp = r.speaker
        if sp is None:
            continue
        turn = next((t for a, b, t in labels if a <= sp.start < b or (sp.start <= a < sp.end)), None)
        if turn is None:
            continue
        subj = _subject_after(doc, r.head, turn.start)
        if subj is None:
            r.speaker, r.head, r.cue, r.via = None, None, None, []
        else:
            r.head, r.speaker = subj, phrase_for(subj)


def _subject_after(doc: Any, head: Any, start: int) -> Any | None:
    """The noun right before the reporting verb the label was hung on, after the label."""
    if head is None:
        return None
    verb = head.head
    if verb.i == head.i or not is_reporting_verb(verb):
        return None
    subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.idx >= start and c.i < verb.i]
    if subs:
        return subs[0]
    i = verb.i - 1
    while i >= 0 and doc[i].idx >= start and doc[i].pos_ in ("ADV", "AUX", "PART"):
        i -= 1
    if i >= 0 and doc[i].idx >= start and doc[i].pos_ in ("NOUN", "PROPN"):
        return doc[i]
    return None
