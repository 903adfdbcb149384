"""Reported speech: clauses a reporting verb introduces, with speaker, cue and via.

"X said (that) …", "X told Y that …", "…, X said, and …", "according to X, …",
"X denied that …", content verbs with an object ("announced the closure of …"),
an organisation's measurement ("recorded 80 mm"), and a paragraph of reported
content followed by a line "asserted X, the …". Helpers over a spaCy ``Doc``;
offsets are character offsets into its text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .attribution import (
    Name,
    Via,
    is_reporting_verb,
    name_after,
    name_before,
    phrase_for,
    quoted_as_saying,
    span_name,
    subject_of,
    token_index_at,
    via_in,
)
from .cues import (
    CLAIM_NOUNS,
    CONTENT_VERBS,
    DATELINE,
    DENIAL_VERBS,
    DOC_NOUNS,
    FINDING_VERBS,
    MEASURE_VERBS,
    NEGATIVE_SUBJECTS,
    PERSON_NOUNS,
    RECORD_NOUNS,
    TITLE_WORDS,
    doc_ents,
    org_kind_of_noun,
)
from .speakers import Raw

AUTHOR_PRONOUNS = frozenset(["i", "we", "you", "it", "this", "that", "one"])
OPEN_MARKS = frozenset(["\u201c", '"'])
CLOSE_MARKS = frozenset(["\u201d", '"'])
BLANK_LINE = re.compile(r"\n[ \t]*\n")


def cue_text(v: Any) -> str:
    prt = [c for c in v.children if c.dep_ == "prt"]
    return f"{v.text} {prt[0].text}" if prt else v.text


def in_marks(char: int, marks: list[tuple[int, int]]) -> bool:
    return any(o < char < c for o, c in marks)


def quoting(v: Any) -> list[Via]:
    """'State television quoted X as saying': the quoting outlet as the first link."""
    quoted = quoted_as_saying(v)
    if quoted is None or quoted[1] is None:
        return []
    name = phrase_for(quoted[1])
    return [Via(name, "quoted", quoted[1].idx)]


def ent_left(doc: Any, start_char: int, v: Any) -> Any | None:
    """Fallback subject: the nearest person or organisation before the verb in its clause."""
    best = None
    for ent in doc_ents(doc):
        if ent.start_char < start_char or ent.end > v.i:
            continue
        if ent.label_ in ("PERSON", "ORG", "NORP") and not _in_relative(doc, ent.start, start_char):
            prev = doc[ent.start - 1].lower_ if ent.start > 0 else ""
            attached_inside = ent.root.head.idx >= start_char and ent.root.head.i != ent.root.i
            if prev in ("with", "to", "by", "from") or (
                attached_inside and ent.root.dep_ in ("poss", "pobj", "dobj", "compound", "nmod")
            ):
                continue
            best = ent.root
    return best


RELATIVE_OPENERS = frozenset(["who", "whose", "whom", "which"])


def _in_relative(doc: Any, i: int, start_char: int) -> bool:
    """Token ``i`` inside a relative clause ('Jane Doe, a nurse whose son Tom Doe was hurt, said'): no speaker.

    The clause runs from its relative word to the next comma; a name in it
    modifies the phrase before it, whose head is the one speaking.
    """
    for t in reversed(doc[:i]):
        if t.idx < start_char or t.text in (",", ";", ":") or t.is_sent_start:
            return False
        if t.lower_ in RELATIVE_OPENERS and t.tag_ in ("WP", "WP$", "WDT"):
            return True
    return False


def find_reported(doc: Any, text: str, marks: list[tuple[int, int]], breaks: list[int] | None = None) -> list[Raw]:
    """Reported clauses of the whole doc, each with the speaker the parse gives.

    ``breaks`` are offsets (the end of a headline line) that no reported clause runs across.
    """
    out: list[Raw] = []
    breaks = breaks or []
    for v in doc:
        if v.lower_ == "according" and v.i + 1 < len(doc) and doc[v.i + 1].lower_ == "to":
            r = _according(doc, text, v, marks, breaks)
            if r:
                out.append(r)
            continue
        misread = _said_as_adjective(v)
        if misread is not None:
            r = _misread_said(doc, text, v, misread, marks, breaks)
            if r:
                out.append(r)
            continue
        lemma = v.lemma_.lower()
        denial = lemma in DENIAL_VERBS and v.pos_ == "VERB"
        finding = lemma in FINDING_VERBS and v.pos_ == "VERB"
        measured = _measured(v)
        if not (is_reporting_verb(v) or denial or finding or measured) or v.pos_ != "VERB" or in_marks(v.idx, marks):
            continue
        if not denial and any(c.dep_ == "neg" for c in v.children):
            continue  # 'X did not say why …': what X left unsaid is no statement of X's ('does not dispute' is)
        line_start = text.rfind("\n", 0, v.idx) + 1
        if not text[line_start : v.idx].strip() and v.text[:1].islower():
            r = _line_initial(doc, text, v, line_start, marks)
            if r:
                out.append(r)
            continue
        lo, hi = _clause_bounds(v, marks, breaks)
        comp = [ch for ch in v.children if ch.dep_ == "ccomp" and lo <= ch.i < hi] or _cut_clauses(v, lo, hi)
        if any((x := outer_reporter(ch)) is not None and x.i == v.i and not _denied(ch) for ch in comp):
            continue  # 'Y found that A, the agency reported': Y's statement, relayed (see below)
        relays = [ch for ch in comp if is_relay(ch)]
        # 'X said A, the agency reported' parsed with A under 'reported': A is still X's clause
        comp = [ch for ch in comp if ch not in relays] + [c for r in relays for c in _clause_before(r)]
        outer = outer_reporter(v)
        if outer is not None:
            relays.append(outer)
        if finding:
            comp = [ch for ch in comp if any(g.dep_ in ("nsubj", "nsubjpass") for g in ch.children)]
        elif not comp and lemma in CONTENT_VERBS:
            comp = [ch for ch in v.children if ch.dep_ == "dobj" and ch.pos_ != "PRON" and len(list(ch.subtree)) >= 3]
        if not comp and is_reporting_verb(v):
            comp = _that_relcl(v) or _that_advcl(v)
        if not comp and lemma == "accuse":
            comp = _charge(v)
        if not comp and measured:
            comp = [measured]
        if not comp and denial:
            comp = [ch for ch in v.children if ch.dep_ == "dobj" and ch.lemma_.lower() in CLAIM_NOUNS]
        comp = [ch for ch in comp if lo <= ch.i < hi]
        if not comp:
            if not (denial or finding or measured):
                out.extend(_parenthetical(doc, text, v, lo, hi, marks))
            continue
        s, e = _complement_span(v, comp, lo, hi)
        if denial and v.i < s:
            s = v.i  # 'denied that …': the denial, not the claim it denies
            while s - 1 > lo and v.doc[s - 1].dep_ == "advmod" and v.doc[s - 1].head.i == v.i:
                s -= 1  # 'categorically rejected claims that …': the adverb is part of the denial
        span = _char_span(doc, text, s, e, marks)
        if span is None:
            continue
        cs, ce = span
        subj = subject_of(v)
        if subj is None:
            subj = ent_left(doc, doc[lo].idx, v)
        if subj is None or subj.pos_ == "SCONJ" or negative_subject(subj):
            continue  # 'Nobody from X told us …': a denial by whoever says it, not X's statement
        if subj.lower_ in AUTHOR_PRONOUNS and not org_pronoun(subj, v):
            continue
        speaker = phrase_for(subj)
        if cs < speaker.start < ce and speaker.end <= v.idx:
            # '…, the X Monitor said' with the name parsed into the clause: the clause ends before it;
            # 'which the X Board said gave …': the clause is what follows the verb
            k = token_index_at(doc, speaker.start)
            span = _char_span(doc, text, s, k, marks) if k is not None else None
            if span is None and v.i + 1 < e:
                span = _char_span(doc, text, v.i + 1, e, marks)
            if span is None:
                continue
            cs, ce = span
        sent = v.sent
        vias = via_in(doc, sent.start_char, sent.end_char, exclude=(speaker.start, speaker.end))
        vias = quoting(v) + [x for x in vias if not (cs <= x.name.start < ce)]
        vias += [
            Via(phrase_for(x), cue_text(r), r.idx) for r in relays if (x := _nsubj(r)) is not None and x.pos_ != "PRON"
        ]
        out.append(Raw(cs, ce, "indirect", speaker, subj, cue_text(v), vias))
    return out


def _that_advcl(v: Any) -> list[Any]:
    """'X told Y by telephone that A were B - "…" - detained at …' parsed with the clause hung as an adverbial
    clause of the verb: the clause opened by 'that' right after the verb and its recipient is what X said."""
    for ch in v.children:
        if ch.dep_ != "advcl" or ch.i <= v.i:
            continue
        first = ch.left_edge
        if first.lower_ != "that" or first.dep_ != "mark" or first.i - v.i > 6:
            continue
        between = v.doc[v.i + 1 : first.i]
        if all(t.dep_ in ("dobj", "dative", "prep", "pobj", "advmod", "npadvmod", "det", "compound") for t in between):
            return [ch]
    return []


def _said_as_adjective(v: Any) -> tuple[Any, Any] | None:
    """'The VWC said power was restored …' parsed as 'the said power': the speaker and the reported verb.

    'said' hung as a modifier on the noun after it, with a name right before it, and that noun the
    subject of a verb further on: the name said the clause ('the said property' has no name before it).
    """
    if v.lower_ != "said" or v.dep_ not in ("amod", "acl", "compound") or v.i == 0:
        return None
    noun, prev = v.head, v.doc[v.i - 1]
    if noun.i != v.i + 1 or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = noun.head
    if verb.i <= noun.i or verb.pos_ not in ("VERB", "AUX") or verb.sent.start != v.sent.start:
        return None
    if prev.pos_ not in ("PROPN", "NOUN") or not prev.text[:1].isupper() or prev.sent.start != v.sent.start:
        return None
    return prev, verb


def _misread_said(
    doc: Any, text: str, v: Any, found: tuple[Any, Any], marks: list[tuple[int, int]], breaks: list[int]
) -> Raw | None:
    subj, verb = found
    lo, hi = _clause_bounds(v, marks, breaks)
    if not lo <= subj.i < v.i:
        return None
    span = _char_span(doc, text, v.i + 1, min(hi, verb.right_edge.i + 1), marks)
    if span is None:
        return None
    speaker = span_name(doc, subj.left_edge.i if subj.left_edge.i >= lo else subj.i, subj.i + 1, subj)
    vias = via_in(doc, v.sent.start_char, v.sent.end_char, exclude=(speaker.start, speaker.end))
    vias = [x for x in vias if not (span[0] <= x.name.start < span[1])]
    return Raw(span[0], span[1], "indirect", speaker, subj, v.text, vias)


def _charge(v: Any) -> list[Any]:
    """'X accused Y on Monday of hiding the figures': the charge ('of hiding the figures') is X's reported words."""
    return [
        ch
        for ch in v.children
        if ch.dep_ == "prep" and ch.lower_ == "of" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in ch.children)
    ]


def org_pronoun(subj: Any, v: Any) -> bool:
    """'It said …': 'it' as the active subject of the reporting verb itself, standing for an organisation.

    Resolved later (``coref.resolve_it``) to the organisation that is the
    latest subject or speaker before it, or dropped; 'it is said', 'it was
    reported' have no speaker.
    """
    if subj.lower_ != "it" or subj.dep_ != "nsubj" or subj.head.i != v.i:
        return False
    return not any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children)


def _cut_clauses(v: Any, lo: int, hi: int) -> list[Any]:
    """The verb's complement where the parse hung it under a clause of the paragraph before.

    'The following report is from X:' + blank line + 'The board voted …, the museum said' parsed as
    one sentence makes 'is' the complement of 'said' and 'voted' a clause under it: the clauses of the
    verb's own paragraph whose head lies outside it are what it reports.
    """
    out: list[Any] = []
    for ch in v.children:
        if ch.dep_ != "ccomp" or lo <= ch.i < hi:
            continue
        out += [
            t
            for t in ch.subtree
            if lo <= t.i < hi
            and not lo <= t.head.i < hi
            and t.pos_ in ("VERB", "AUX")
            and any(g.dep_ in ("nsubj", "nsubjpass") for g in t.children)
        ]
    return out


def negative_subject(subj: Any) -> bool:
    """'Nobody (from X)', 'No one at X', 'No official', 'None of them': a subject that negates the statement."""
    if subj.lower_ in NEGATIVE_SUBJECTS:
        return True
    doc = subj.doc
    if subj.lower_ == "one" and subj.i > 0 and doc[subj.i - 1].lower_ == "no":
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children)


def _denied(v: Any) -> bool:
    """A reported clause whose subject negates it ('Nobody at X warned …'): whole, it is the reporter's."""
    subj = _nsubj(v)
    return subj is not None and negative_subject(subj)


def _complement_span(v: Any, comp: list[Any], lo: int, hi: int) -> tuple[int, int]:
    """Token range of the reported clause: the complement's subtree.

    After "X told Y that …" the clause runs from "that" to the end of the last
    complement, even where the parse hung the clause's first words on Y as a
    relative clause ("told a news conference that results … had been verified").
    """
    k = ([ch for ch in comp if ch.i > v.i] or comp)[0]
    s, e = max(lo, k.left_edge.i), min(hi, k.right_edge.i + 1)
    that = _that_after_object(v, k)
    if that is not None:
        s = max(lo, that.i)
        e = min(hi, max([e] + [ch.right_edge.i + 1 for ch in comp if ch.i > that.i]))
    return s, e


OBJECT_DEPS = frozenset(["dobj", "dative", "iobj", "npadvmod", "prt", "advmod"])


def _that_after_object(v: Any, k: Any) -> Any | None:
    """The complementiser 'that' in 'told Y that …' (the last one before the clause starts)."""
    doc = v.doc
    if k.i < v.i:
        return None
    inside: set[int] = set()
    for ch in v.rights:
        if ch.dep_ in OBJECT_DEPS or (ch.dep_ == "prep" and ch.lower_ in ("to", "at", "during", "on")):
            inside.update(t.i for t in ch.subtree)
    found = None
    for i in range(v.i + 1, k.left_edge.i + 1):
        t = doc[i]
        if t.lower_ == "that" and (i == k.left_edge.i or i in inside):
            if all(j in inside for j in range(v.i + 1, i)):
                found = t
        elif i not in inside and i != k.left_edge.i:
            break
    return found


RELATIVE_WORDS = frozenset(["that", "which", "who", "whom"])


def _that_relcl(v: Any) -> list[Any]:
    """'told a briefing that cargo had been inspected': a 'that'-clause the parse hung on the object as relative.

    Taken as the complement only when it follows the verb's object or
    prepositional phrase directly (no comma, a few words) and has a subject of
    its own, so that 'that' cannot be its relative pronoun.
    """
    doc = v.doc
    for r in doc[v.i + 1 : min(len(doc), v.i + MAX_OBJECT_GAP + 2)]:
        if r.text in (",", ";", ":") or r.is_sent_start:
            return []
        if r.lower_ != "that":
            continue
        # 'said in a written statement that …' with the clause hung on the noun as its content ('acl')
        rel = r.head if r.head.dep_ == "relcl" or (r.dep_ == "mark" and r.head.dep_ == "acl") else r.head.head
        if rel.dep_ not in ("relcl", "acl") or rel.left_edge.i != r.i or not _object_chain(rel.head, v):
            return []
        if any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ not in RELATIVE_WORDS for g in rel.children):
            return [rel]
        return []
    return []


MAX_OBJECT_GAP = 8  # tokens between a reporting verb and 'that' ('told a news conference that …')


def _object_chain(t: Any, v: Any) -> bool:
    """``t`` is the verb's object, or the object of a preposition chain under it ('in a letter to the council')."""
    for _ in range(6):
        if t.head.i == v.i:
            return t.dep_ in OBJECT_DEPS or t.dep_ == "prep"
        if t.dep_ not in ("pobj", "prep", "dobj", "dative"):
            return False
        t = t.head
    return False


def _char_span(doc: Any, text: str, s: int, e: int, marks: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Character span of tokens s..e, trimmed; None when too short or made up by a direct quote."""
    while s < e and (doc[s].is_punct or doc[s].is_space or doc[s].lower_ in ("that", ",")):
        s += 1
    while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space):
        e -= 1
    if e < len(doc) and doc[e].text in CLOSE_MARKS and any(t.text in OPEN_MARKS for t in doc[s:e]):
        e += 1
    if e - s < 3:
        return None
    cs, ce = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
    m = DATELINE.match(text, cs, ce)
    if m:
        cs = m.end()
    inside = [(o, c) for o, c in marks if (cs <= o <= ce or o < cs < c) and not _embedded(o, c, cs, ce)]
    if inside:
        # a direct quote makes up the clause: that quote carries the attribution, unless the
        # clause says something of its own before the quote opens ('said X had …, “more than …”')
        return _before_quote(doc, s, min(o for o, _ in inside)) if min(o for o, _ in inside) > cs else None
    return cs, ce


MIN_REPORTED_WORDS = 4  # words of reported content before a quotation for a clause of its own


def _before_quote(doc: Any, s: int, o: int) -> tuple[int, int] | None:
    """Character span of the reported words from token ``s`` up to a quote mark at ``o``, trimmed.

    When the quote sits in a later conjunct ('said A and that B were “…”'),
    the span ends with the conjunct before it.
    """
    e = s
    while e < len(doc) and doc[e].idx < o:
        e += 1
    set_off = e > s and doc[e - 1].text in (",", ";", ":", "\u2013", "\u2014")  # '…, “more than …”'
    t = doc[min(e, len(doc) - 1)]
    for _ in range(8):
        if t.dep_ == "conj" and s < t.left_edge.i < e and t.head.i >= s:
            e, set_off = t.left_edge.i, True  # 'said A and that B were “…”': A
            break
        if t.dep_ == "advcl" and s < t.left_edge.i < e and t.head.i >= s and _opens_clause(t):
            e, set_off = t.left_edge.i, True  # 'said A, while B “…”': A, a statement of its own
            break
        if t.head.i == t.i:
            break
        t = t.head
    if not set_off:
        return None  # the quote completes the clause ('said X was “…”'): the quote carries it
    while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space or doc[e - 1].pos_ in ("CCONJ", "SCONJ", "DET")):
        e -= 1
    if sum(t.is_alpha for t in doc[s:e]) < MIN_REPORTED_WORDS or not any(t.pos_ in ("VERB", "AUX") for t in doc[s:e]):
        return None
    return doc[s].idx, doc[e - 1].idx + len(doc[e - 1])


def _opens_clause(t: Any) -> bool:
    """An adverbial clause with a conjunction and a subject of its own ('while officials “…”')."""
    return any(c.dep_ == "mark" for c in t.children) and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)


def _nsubj(v: Any) -> Any | None:
    subs = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < v.i]
    return subs[0] if subs else None


PAREN_DEPS = frozenset(["parataxis", "ccomp", "conj", "advcl"])


MAX_RELAY_WORDS = 10  # a longer clause after the comma is a statement of its own, not a relay


def _words(toks: list[Any]) -> int:
    return sum(not t.is_punct for t in toks)


def _clause_before(v: Any) -> list[Any]:
    """Complement clauses a relay carries before itself ('A, the agency reported' with A parsed under it)."""
    return [c for c in v.children if c.dep_ == "ccomp" and c.i < v.i]


def _core(v: Any, skip: Any = None) -> list[Any]:
    """The reporting clause itself: the verb with its subject and modifiers, without conjuncts or punctuation.

    A participle continuing the report ('…, X said, adding that …') is not part
    of it, and with a name set off before the verb ('…, almost all of them
    citizens, X said') the clause starts at the name.
    """
    leave = {c.i for c in _clause_before(v)} | ({skip.i} if skip is not None else set())
    leave |= {c.i for c in v.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > v.i}
    # '…, X said on Friday, as Y demanded …': a clause set off after the verb is no part of it
    # and so is a phrase set off after it ('…, X told reporters on Saturday, after returning from the site')
    leave |= {
        c.i
        for c in v.children
        if c.dep_ in ("advcl", "prep") and c.i > v.i and c.left_edge.i > 0 and doc_prev(c).text == ","
    }
    toks = [v] + [
        t for c in v.children if c.dep_ not in ("conj", "cc", "punct") and c.i not in leave for t in c.subtree
    ]
    found = _set_off(v)
    if found is not None:
        toks = [t for t in toks if t.i >= found[1]]
    return sorted(toks, key=lambda t: t.i)


def doc_prev(c: Any) -> Any:
    """The token before the left edge of ``c``'s subtree."""
    return c.doc[c.left_edge.i - 1]


def _set_off(v: Any) -> tuple[Any, int] | None:
    """A name set off right before the verb while the parse's subject lies before it (or it has none).

    '…, the X Monitor (XM) said' with the name parsed into the clause before: (head, first token).
    """
    found = name_before(v) or _role_then_name(v)
    subj = _nsubj(v)
    if found is None or (subj is not None and subj.i >= found[1]):
        return None
    return found


_ROLE_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})


def _role_then_name(v: Any) -> tuple[Any, int] | None:
    """'…, the agency's spokesman, Commander Ivo Marr, told …': a person's role and then the name, each set off
    by commas, right before the verb: (the name's last token, the role's first token)."""
    doc = v.doc
    i = v.i - 1
    if i < 4 or doc[i].text != ",":
        return None
    end = i - 1
    j = end
    while j >= 0 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and end - j < 4:
        j -= 1
    if j == end or j < 2 or doc[j].text != ",":
        return None
    k = j - 1
    if doc[k].lemma_.lower() not in PERSON_NOUNS:
        # 'the governor of the Varnel district, Jon Doe, told …': the role noun with the place or body it serves
        k = _role_before_of(doc, j)
        if k is None:
            return None
    start = k
    while start > 0 and j - start < 9 and doc[start - 1].text != "," and not doc[start - 1].is_space:
        start -= 1
    if start == 0 or doc[start - 1].text != ",":
        return None
    if doc[start].lower_ not in _ROLE_OPENERS and not any(t.tag_ == "POS" for t in doc[start:k]):
        return None  # "the spokesman", "its spokeswoman", "Fenwick's transport minister"
    return doc[end], start


def _role_before_of(doc: Any, comma: int) -> int | None:
    """The role noun of a description ending at ``comma`` that closes with the body or place it serves
    ('the head of the trauma department', 'the governor of the Varnel district'): the noun's index, or None."""
    for k in range(comma - 2, max(comma - 8, 0), -1):
        t = doc[k]
        if t.text == "," or t.is_space:
            return None
        if t.lemma_.lower() in PERSON_NOUNS and t.pos_ == "NOUN" and doc[k + 1].lower_ == "of":
            tail = doc[k + 2 : comma]
            if all(x.pos_ in ("DET", "PROPN", "NOUN", "ADJ") for x in tail) and tail[-1].pos_ == "NOUN":
                return k
    return None


def _relay_left(v: Any, core: list[Any]) -> int:
    """First token of a relaying clause: its core, or the name set off before the verb."""
    found = _set_off(v)
    return min(core[0].i, found[1]) if found is not None else core[0].i


def _relay_subject(v: Any) -> Any | None:
    found = _set_off(v)
    return found[0] if found is not None else _nsubj(v)


def is_relay(v: Any) -> bool:
    """A reporting clause set off by a comma after the clause it reports: '…, X said' / '…, the agency reported'."""
    doc = v.doc
    if not is_reporting_verb(v) or v.dep_ not in PAREN_DEPS or v.head.i >= v.i or v.head.pos_ not in ("VERB", "AUX"):
        return False
    core = _core(v)
    left = _relay_left(v, core)
    if left == 0 or doc[left - 1].text != "," or _relay_subject(v) is None or _words(core) > MAX_RELAY_WORDS:
        return False
    return not any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > v.i and not _hearer(v, c) for c in v.children)


def _hearer(v: Any, c: Any) -> bool:
    """The one told: '…, X told Fjord Radio on Monday' ('tell' takes its hearer as its object, not the news)."""
    if v.lemma_.lower() not in ("tell", "inform", "assure", "brief") or c.dep_ != "dobj":
        return False
    return c.pos_ in ("PROPN", "PRON") or (c.pos_ == "NOUN" and len(list(c.subtree)) <= 2)


def outer_reporter(v: Any) -> Any | None:
    """'Y found that A, the agency reported': for Y's verb, the relaying verb parsed as its head."""
    h = v.head
    if v.dep_ != "ccomp" or h.i <= v.i or not is_reporting_verb(h) or _nsubj(h) is None:
        return None
    if not (v.lemma_.lower() in FINDING_VERBS or is_reporting_verb(v)) or _nsubj(v) is None:
        return None
    core = _core(h, skip=v)
    if _words(core) > MAX_RELAY_WORDS or core[0].i == 0 or h.doc[core[0].i - 1].text != ",":
        return None
    return h if any(c.dep_ == "ccomp" for c in v.children) else None


def _parenthetical(doc: Any, text: str, v: Any, lo: int, hi: int, marks: list[tuple[int, int]]) -> list[Raw]:
    """'A happened, X said, and B happened' / 'A happened, X said.': A (and B) reported by X.

    A relay after a clause that is itself reported ('Y found that A, the agency
    reported') is a via of Y's statement instead (see :func:`is_relay`).
    """
    if not is_relay(v):
        return []
    head = v.head
    if head.lemma_.lower() in FINDING_VERBS or is_reporting_verb(head):
        return []
    subj = _relay_subject(v)
    if subj is None or (subj.lower_ in AUTHOR_PRONOUNS and not org_pronoun(subj, v)):
        return []
    speaker = phrase_for(subj)
    core = _core(v)
    parts = [(max(lo, head.left_edge.i), _relay_left(v, core))]
    after = core[-1].i + 1
    after += int(after < hi and doc[after].text == ",")
    if after + 1 < hi and doc[after].lower_ == "and" and doc[after - 1].text == ",":
        conj = [
            c
            for c in (*head.children, *v.children)
            if c.dep_ == "conj"
            and c.i > after
            and c.pos_ in ("VERB", "AUX")
            and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        ]
        if conj:
            parts.append((after + 1, min(hi, conj[0].right_edge.i + 1)))
    out: list[Raw] = []
    sent = v.sent
    for s, e in parts:
        span = _char_span(doc, text, s, e, marks)
        if span is None:
            continue
        vias = via_in(doc, sent.start_char, sent.end_char, exclude=(speaker.start, speaker.end))
        vias = [x for x in vias if not (span[0] <= x.name.start < span[1])]
        out.append(Raw(span[0], span[1], "indirect", speaker, subj, cue_text(v), vias))
    return out


def _measured(v: Any) -> Any | None:
    """'The weather service recorded 80 mm of rain': an organisation's measurement, as its statement."""
    if v.lemma_.lower() not in MEASURE_VERBS or v.pos_ != "VERB":
        return None
    subj = [c for c in v.children if c.dep_ == "nsubj"]
    if not subj or not (subj[0].ent_type_ == "ORG" or org_kind_of_noun(subj[0].lemma_.lower()) is not None):
        return None
    objs = [c for c in v.children if c.dep_ == "dobj" and any(t.like_num for t in c.subtree)]
    return objs[0] if objs else None


def _embedded(o: int, c: int, cs: int, ce: int) -> bool:
    """A short quotation inside a reported clause ('said X would “cooperate fully” with …')."""
    return cs < o and c < ce and (c - o) * 2 < ce - cs


def _clause_bounds(v: Any, marks: list[tuple[int, int]], breaks: list[int] | None = None) -> tuple[int, int]:
    """Token range of the verb's sentence, cut at paragraph breaks, headline ends and semicolons outside quotations."""
    sent = v.sent
    lo, hi = _cut_at(v.doc, sent.start, sent.end, v.idx, breaks or [])
    return _cut_around(sent, v.i, lo, hi, lambda t: _blank(t) or (t.text == ";" and not in_marks(t.idx, marks)))


def _blank(t: Any) -> bool:
    """A paragraph break inside a sentence (the parse ran a sentence over it)."""
    return bool(t.is_space and BLANK_LINE.search(t.text))


def _cut_around(tokens: Any, vi: int, lo: int, hi: int, cut: Callable[[Any], bool]) -> tuple[int, int]:
    """lo..hi narrowed to the tokens between the last ``cut`` token before the verb (index ``vi``)
    and the first one after it."""
    for t in tokens:
        if cut(t):
            if t.i < vi:
                lo = t.i + 1
            else:
                hi = t.i
                break
    return lo, hi


def _cut_at(doc: Any, lo: int, hi: int, char: int, breaks: list[int]) -> tuple[int, int]:
    """Token range lo..hi cut at the break offsets around the character ``char``."""
    for b in breaks:
        if not doc[lo].idx < b < doc[hi - 1].idx + len(doc[hi - 1]):
            continue
        k = token_index_at(doc, b)
        if k is None:
            continue
        if char < b:
            hi = min(hi, k)
        else:
            lo = max(lo, k)
    return lo, hi


def _according(doc: Any, text: str, v: Any, marks: list[tuple[int, int]], breaks: list[int]) -> Raw | None:
    """'According to X, …' / '…, according to X.'"""
    to = doc[v.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"] or [
        t for t in doc[v.i + 2 : v.i + 8] if t.pos_ in ("PROPN", "NOUN")
    ][:1]
    if not objs:
        return None
    obj = objs[0]
    sent = v.sent
    phrase_end = obj.right_edge.i + 1
    for t in doc[to.i + 1 : phrase_end]:
        if t.text == ",":
            phrase_end = t.i
            break
    if phrase_end < len(doc) and doc[phrase_end].text == ")" and any(t.text == "(" for t in doc[to.i : phrase_end]):
        phrase_end += 1  # 'according to the head of the X Board (XB), Jon Edrin,': the bracket the parse left out
    if (obj.lemma_.lower() in DOC_NOUNS or obj.lower_ in RECORD_NOUNS) and obj.pos_ == "NOUN":
        # 'according to a statement by X': X speaks, the statement is the vehicle
        by = [p for c in obj.rights if c.lower_ in ("by", "from", "of") for p in c.children if p.dep_ == "pobj"]
        if by and by[0].i < phrase_end:
            obj = by[0]
    # 'according to the Chairman of the X Board, Mr. Jon Edrin,': a capitalised role noun takes the name too
    role = obj.lower_ in PERSON_NOUNS or obj.lower_ in TITLE_WORDS
    appos = _apposition_name(doc, phrase_end) if obj.pos_ != "PROPN" or role else None
    slo, shi = _cut_at(doc, sent.start, sent.end, v.idx, breaks)
    slo, shi = _cut_around(doc[slo:shi], v.i, slo, shi, _blank)  # a sentence the parse ran over a paragraph break
    if v.i <= slo + 1 or (shi - phrase_end > 2 * (v.i - slo) and doc[phrase_end].text == ","):
        s = phrase_end  # 'According to X, …' / 'In fact, according to X, …'
        e = shi
        if appos is not None:
            s = appos[1]  # 'According to the X's chair, Ana Ruiz, …'
    else:
        s, e = slo, v.i
    while s < e and (doc[s].is_punct or doc[s].is_space):
        s += 1
    while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space):
        e -= 1
    if e - s < 3:
        return None
    cs, ce = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
    if any(o < cs < c or o < ce < c for o, c in marks):
        return None  # inside a direct quotation
    named = name_after(doc, to.idx + len(to))
    speaker = named if named is not None and named.start <= obj.idx < named.end + 1 else phrase_for(obj)
    if named is not None and obj.pos_ != "PROPN" and named.end <= obj.idx:
        speaker = named  # "according to X, the Y of Z": the name, not the apposition
    if appos is not None and s == appos[1]:
        speaker = appos[0]
    vias = via_in(doc, sent.start_char, sent.end_char, exclude=(speaker.start, speaker.end))
    vias = [x for x in vias if x.cue != "according to" and not (cs <= x.name.start < ce)]
    return Raw(cs, ce, "indirect", speaker, obj, "according to", vias)


def _apposition_name(doc: Any, comma: int) -> tuple[Name, int] | None:
    """', Ana Ruiz,' after a role phrase: the name and the token index after its closing comma."""
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    name = name_after(doc, doc[comma + 1].idx, limit=5)
    if name is None:
        return None
    j = token_index_at(doc, name.end)
    toks = [t for t in doc[comma + 1 : j or comma + 1]]
    person = name.label == "PERSON" or any(t.ent_type_ == "PERSON" for t in toks)
    if j is None or j + 1 >= len(doc) or doc[j].text != "," or not person:
        return None
    return name, j + 1


def _line_initial(doc: Any, text: str, v: Any, line_start: int, marks: list[tuple[int, int]]) -> Raw | None:
    """A paragraph of reported content, then a line 'asserted X, the …'."""
    prev_end = line_start - 1
    while prev_end > 0 and text[prev_end - 1].isspace():
        prev_end -= 1
    prev_start = text.rfind("\n", 0, prev_end) + 1
    cs, ce = prev_start, prev_end
    while ce > cs and text[ce - 1] in ",;: ":
        ce -= 1
    if ce - cs < 10 or any(o < ce <= c + 1 for o, c in marks):
        return None
    name = name_after(doc, v.idx + len(v))
    if name is None:
        return None
    return Raw(cs, ce, "indirect", name, None, v.text)
