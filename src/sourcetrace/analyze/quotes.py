"""Direct quotes and reported speech, with speaker, cue and via-chain.

Direct quotes are found from quote marks (curly or straight, including the
multi-paragraph convention); reported speech from the dependency parse
(reporting verb + clausal complement, "according to X", content verbs with an
object). Speakers are then resolved: pronouns to the most salient earlier
person or group, definite descriptions ("the Leader") to an earlier person
introduced with that apposition, and documents ("the report said") to the
outlet behind them (or the person the report says it interviewed), which
extends the via-chain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..model import Article, Mention, Quote, content_id
from .attribution import (
    OUTLET_NOUNS,
    RECIPIENT_CUES,
    Name,
    Via,
    doc_agency,
    interviewee,
    is_reporting_verb,
    name_after,
    phrase_for,
    quoted_as_saying,
    resolve_description,
    resolve_generic_org,
    resolve_pronoun,
    subject_of,
    token_index_at,
    via_in,
)
from .cues import CONTENT_VERBS, DOC_NOUNS, LABEL_VERBS, doc_ents, drop_caches, find_quote_spans, same_outlet, strip_det

__all__ = ["find_quotes"]

AUTHOR_PRONOUNS = frozenset(["i", "we", "you", "it", "this", "that", "one"])
STOP_TOKENS = frozenset([".", "!", "?", ";", "\u201c", "\u201d", '"'])
OPEN_MARKS = frozenset(["\u201c", '"'])
CLOSE_MARKS = frozenset(["\u201d", '"'])
MIN_WORDS = 3  # shorter quoted bits are scare quotes or titles
DATELINE = re.compile(r"[A-Z][A-Z .'-]+(?:\s*\([^)\n]{1,20}\))?,?[^\n\u2013\u2014-]{0,25}\s[\u2013\u2014-]+\s+")


@dataclass
class _Raw:
    start: int
    end: int
    kind: str
    speaker: Name | None = None
    head: Any = None  # the speaker's head token, when it came from the parse
    cue: str | None = None
    via: list[Via] = field(default_factory=list)
    mark: tuple[int, int] | None = None  # quote-mark offsets of a direct quote


def find_quotes(doc: Any, article: Article, mentions: tuple[Mention, ...]) -> list[Quote]:
    """Direct and indirect quotes of one article, each with speaker, cue and via."""
    del mentions  # the parse's own entities are used (same text, same offsets)
    try:
        return _find_quotes(doc, article)
    finally:
        drop_caches(doc)


def _find_quotes(doc: Any, article: Article) -> list[Quote]:
    text = article.text
    marks = find_quote_spans(text)
    raws: list[_Raw] = []
    for o, c in marks:
        s, e = _content(text, o + 1, c)
        if len(text[s:e].split()) < 2:
            continue
        raw = _Raw(s, e, "direct", mark=(o, c))
        _attribute_direct(doc, text, raw, marks)
        raws.append(raw)
    kept = [(o, c) for o, c in marks if len(text[o + 1 : c].split()) >= MIN_WORDS]
    raws += _indirect(doc, text, kept)
    raws.sort(key=lambda r: (r.start, r.end))
    _resolve(doc, text, raws)
    _continue_speakers(text, raws)
    _extend_chains(raws)
    out: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    for r in raws:
        words = len(text[r.start : r.end].split())
        if words < MIN_WORDS or (r.speaker is None and (r.kind == "indirect" or words < 4)):
            continue
        if (r.start, r.end) in seen:
            continue
        seen.add((r.start, r.end))
        sp = r.speaker
        out.append(
            Quote(
                id=content_id("q", article.id, r.start, r.end),
                article=article.id,
                start=r.start,
                end=r.end,
                text=text[r.start : r.end],
                kind="direct" if r.kind == "direct" else "indirect",
                speaker=sp.text if sp else None,
                speaker_start=sp.start if sp else None,
                speaker_end=sp.end if sp else None,
                cue=r.cue,
                via=tuple(_dedupe_via(r)),
            )
        )
    return out


# ---------------------------------------------------------------- direct quotes


def _content(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    return s, e


def _cue_text(v: Any) -> str:
    prt = [c for c in v.children if c.dep_ == "prt"]
    return f"{v.text} {prt[0].text}" if prt else v.text


def _in_marks(char: int, marks: list[tuple[int, int]]) -> bool:
    return any(o < char < c for o, c in marks)


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (len(text) if b < 0 else b)


def _attribute_direct(doc: Any, text: str, raw: _Raw, marks: list[tuple[int, int]]) -> None:
    o, c = raw.mark or (raw.start, raw.end)
    if _after(doc, text, raw, o, c) or _before(doc, text, raw, o, c, marks):
        return
    _next_line(doc, text, raw, c)


def _after(doc: Any, text: str, raw: _Raw, o: int, c: int) -> bool:
    """'“…,” said X' / '“…,” X told Y' / '“…,” the report said'."""
    i = token_index_at(doc, c + 1)
    if i is None:
        return False
    last = text[o + 1 : c].rstrip()[-1:]
    clause = []
    for t in doc[i : i + 14]:
        if t.text in STOP_TOKENS or "\n" in t.text:
            break
        clause.append(t)
    stop_ok = (
        i + len(clause) >= len(doc)
        or doc[i + len(clause)].text in (".", "!", "?", ";")
        or ("\n" in doc[i + len(clause)].text)
    )
    if last == "." and not (stop_ok and len(clause) <= 6):
        return False
    for v in clause[:10]:
        if not is_reporting_verb(v):
            continue
        subj = subject_of(v, skip=(o, c))
        if subj is None or not (c < subj.idx):
            left = [t for t in clause if t.i < v.i and t.pos_ in ("PROPN", "NOUN", "PRON")]
            subj = left[-1] if left else _object_after(v)
        if subj is None:
            continue
        raw.head = subj
        raw.speaker = phrase_for(subj)
        raw.cue = _cue_text(v)
        end = clause[-1].idx + len(clause[-1]) if clause else c
        sent_end = v.sent.end_char if v.sent.end_char > end else end
        raw.via = via_in(doc, c + 1, max(end, sent_end), exclude=(raw.speaker.start, raw.speaker.end))
        return True
    return False


def _object_after(v: Any) -> Any | None:
    """Inverted attribution the parser got wrong ('confirmed X'): the noun after the verb."""
    for t in v.doc[v.i + 1 : v.i + 6]:
        if t.pos_ in ("PROPN", "NOUN") and t.dep_ not in ("compound", "amod", "poss"):
            return t
        if t.text in STOP_TOKENS or t.text == ",":
            break
    return None


def _before(doc: Any, text: str, raw: _Raw, o: int, c: int, marks: list[tuple[int, int]]) -> bool:
    """'X said: “…”' / 'X says Y “…”' / 'X stresses that Y “…”'."""
    para_start, _ = _paragraph(text, o)
    i = token_index_at(doc, o)
    if i is None:
        return False
    sent = doc[i].sent
    start_char = max(para_start, sent.start_char)
    before = text[start_char:o].rstrip()
    if not before and text[para_start:o].strip():
        start_char = para_start
        before = text[start_char:o].rstrip()
    if not before:
        return False
    colon = before.endswith(":")
    semi = max((k for k in range(start_char, o) if text[k] == ";" and not _in_marks(k, marks)), default=-1)
    if semi >= 0:
        start_char = semi + 1  # 'X said …; Y said “…”': only Y's clause
    j = token_index_at(doc, start_char)
    if j is None:
        return False
    toks = [t for t in doc[j:i] if not _in_marks(t.idx, marks)]
    verbs = [t for t in toks if is_reporting_verb(t) or _labels_quote(t, o)]
    if not verbs and colon:
        verbs = [t for t in toks if t.pos_ == "VERB" and t.dep_ == "ROOT"]
    for v in reversed(verbs):
        subj = subject_of(v, skip=(o, c))
        if subj is not None and (not start_char <= subj.idx < o or _in_marks(subj.idx, marks)):
            subj = None
        if subj is None and v.tag_ == "VBG":
            return False  # "…, adding, “…”": the speaker carries over from the previous quote
        if subj is None:
            subj = _ent_left(doc, start_char, v) or _adjacent_noun(doc, start_char, v)
        if subj is None:
            continue
        raw.head = subj
        raw.speaker = phrase_for(subj)
        raw.cue = _cue_text(v)
        raw.via = _quoting(v) + via_in(
            doc, max(start_char, v.sent.start_char), o, exclude=(raw.speaker.start, raw.speaker.end)
        )
        return True
    return False


def _labels_quote(v: Any, o: int) -> bool:
    """'X called Y “a …”' / 'dismissed Y as “…”': a labelling verb whose complement is the quote."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in LABEL_VERBS:
        return False
    i = token_index_at(v.doc, o + 1)
    if i is None or i <= v.i:
        return False
    t = v.doc[i]
    for _ in range(8):
        if t.i == v.i:
            return True
        if t.head is t or t.dep_ in ("ccomp", "relcl", "advcl"):
            return False
        t = t.head
    return False


def _adjacent_noun(doc: Any, start_char: int, v: Any) -> Any | None:
    """The noun right before a verb ('Al-Nakhala states'), skipping adverbs and auxiliaries.

    A noun inside a modifier ('a diplomat familiar with the talks said') gives
    way to the noun the modifier hangs on.
    """
    i = v.i - 1
    while i >= 0 and doc[i].idx >= start_char and doc[i].pos_ in ("ADV", "AUX", "PART"):
        i -= 1
    if not (i >= 0 and doc[i].idx >= start_char and doc[i].pos_ in ("PROPN", "NOUN")):
        return None
    t = doc[i]
    for _ in range(4):
        if t.dep_ == "pobj" and t.head.head.idx >= start_char and t.head.head is not t.head:
            t = t.head.head
            if t.pos_ == "ADJ" and t.dep_ == "amod":
                t = t.head
            continue
        break
    return t if t.pos_ in ("PROPN", "NOUN") else doc[i]


def _quoting(v: Any) -> list[Via]:
    """'State television quoted X as saying': the quoting outlet as the first link."""
    quoted = quoted_as_saying(v)
    if quoted is None or quoted[1] is None:
        return []
    name = phrase_for(quoted[1])
    return [Via(name, "quoted", quoted[1].idx)]


def _ent_left(doc: Any, start_char: int, v: Any) -> Any | None:
    """Fallback subject: the nearest person or organisation before the verb in its clause."""
    best = None
    for ent in doc_ents(doc):
        if ent.start_char < start_char or ent.end > v.i:
            continue
        if ent.label_ in ("PERSON", "ORG", "NORP"):
            prev = doc[ent.start - 1].lower_ if ent.start > 0 else ""
            attached_inside = ent.root.head.idx >= start_char and ent.root.head.i != ent.root.i
            if prev in ("with", "to", "by", "from") or (
                attached_inside and ent.root.dep_ in ("poss", "pobj", "dobj", "compound", "nmod")
            ):
                continue
            best = ent.root
    return best


def _next_line(doc: Any, text: str, raw: _Raw, c: int) -> bool:
    """'“…”' newline 'asserted X, the …': speaker in the next paragraph line."""
    m = re.match(r"[\s,]*\n\s*", text[c + 1 :])
    if not m:
        return False
    i = token_index_at(doc, c + 1 + m.end())
    if i is None:
        return False
    v = doc[i]
    if not (v.text[:1].islower() and is_reporting_verb(v)):
        return False
    name = name_after(doc, v.idx + len(v))
    if name is None:
        return False
    raw.speaker, raw.cue = name, v.text
    return True


# ---------------------------------------------------------------- reported speech


def _indirect(doc: Any, text: str, marks: list[tuple[int, int]]) -> list[_Raw]:
    out: list[_Raw] = []
    for v in doc:
        if v.lower_ == "according" and v.i + 1 < len(doc) and doc[v.i + 1].lower_ == "to":
            r = _according(doc, text, v, marks)
            if r:
                out.append(r)
            continue
        if not is_reporting_verb(v) or v.pos_ != "VERB" or _in_marks(v.idx, marks):
            continue
        line_start = text.rfind("\n", 0, v.idx) + 1
        if not text[line_start : v.idx].strip() and v.text[:1].islower():
            r = _line_initial(doc, text, v, line_start, marks)
            if r:
                out.append(r)
            continue
        lo, hi = _clause_bounds(v, marks)
        comp = [ch for ch in v.children if ch.dep_ == "ccomp" and lo <= ch.i < hi]
        if not comp and v.lemma_.lower() in CONTENT_VERBS:
            comp = [ch for ch in v.children if ch.dep_ == "dobj" and ch.pos_ != "PRON" and len(list(ch.subtree)) >= 3]
        comp = [ch for ch in comp if lo <= ch.i < hi]
        if not comp:
            continue
        k = ([ch for ch in comp if ch.i > v.i] or comp)[0]
        s, e = max(lo, k.left_edge.i), min(hi, k.right_edge.i + 1)
        while s < e and (doc[s].is_punct or doc[s].is_space or doc[s].lower_ in ("that", ",")):
            s += 1
        while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space):
            e -= 1
        if e < len(doc) and doc[e].text in CLOSE_MARKS and any(t.text in OPEN_MARKS for t in doc[s:e]):
            e += 1
        if e - s < 3:
            continue
        cs, ce = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
        m = DATELINE.match(text, cs, ce)
        if m:
            cs = m.end()
        if any((cs <= o <= ce or o < cs < c) and not _embedded(o, c, cs, ce) for o, c in marks):
            continue  # a direct quote makes up the clause: that quote carries the attribution
        subj = subject_of(v)
        if subj is None:
            subj = _ent_left(doc, doc[lo].idx, v)
        if subj is None or subj.lower_ in AUTHOR_PRONOUNS or subj.pos_ == "SCONJ":
            continue
        speaker = phrase_for(subj)
        sent = v.sent
        vias = via_in(doc, sent.start_char, sent.end_char, exclude=(speaker.start, speaker.end))
        vias = _quoting(v) + [x for x in vias if not (cs <= x.name.start < ce)]
        out.append(_Raw(cs, ce, "indirect", speaker, subj, _cue_text(v), vias))
    return out


def _embedded(o: int, c: int, cs: int, ce: int) -> bool:
    """A short quotation inside a reported clause ('said X would “cooperate fully” with …')."""
    return cs < o and c < ce and (c - o) * 2 < ce - cs


def _clause_bounds(v: Any, marks: list[tuple[int, int]]) -> tuple[int, int]:
    """Token range of the verb's sentence, cut at semicolons outside quotations ('X said …; Y said …')."""
    sent = v.sent
    lo, hi = sent.start, sent.end
    for t in sent:
        if t.text == ";" and not _in_marks(t.idx, marks):
            if t.i < v.i:
                lo = t.i + 1
            elif t.i > v.i:
                hi = t.i
                break
    return lo, hi


def _according(doc: Any, text: str, v: Any, marks: list[tuple[int, int]]) -> _Raw | None:
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
    if v.i <= sent.start + 1 or (sent.end - phrase_end > 2 * (v.i - sent.start) and doc[phrase_end].text == ","):
        s = phrase_end  # 'According to X, …' / 'In fact, according to X, …'
        e = sent.end
    else:
        s, e = sent.start, v.i
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
    vias = via_in(doc, sent.start_char, sent.end_char, exclude=(speaker.start, speaker.end))
    vias = [x for x in vias if x.cue != "according to" and not (cs <= x.name.start < ce)]
    return _Raw(cs, ce, "indirect", speaker, obj, "according to", vias)


def _line_initial(doc: Any, text: str, v: Any, line_start: int, marks: list[tuple[int, int]]) -> _Raw | None:
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
    return _Raw(cs, ce, "indirect", name, None, v.text)


# ---------------------------------------------------------------- resolution


def _resolve(doc: Any, text: str, raws: list[_Raw]) -> None:
    """Pronouns, definite descriptions and documents to named speakers, in text order."""
    seen: list[Name] = []
    outlets: list[Name] = []
    for r in raws:
        head, sp = r.head, r.speaker
        if sp is None:
            continue
        if head is not None and head.lemma_.lower() in OUTLET_NOUNS and head.pos_ == "NOUN":
            # 'the newspaper reported': the outlet last cited before it
            earlier = [x for x in outlets if x.start < sp.start]
            if earlier:
                r.speaker = earlier[-1]
                seen.append(r.speaker)
                continue
        if head is not None and head.pos_ == "PRON":
            found = resolve_pronoun(doc, head, seen)
            if found is not None:
                r.speaker = found
        elif (
            head is not None
            and head.lower_ in ("this", "that")
            or (head is not None and any(c.lower_ in ("this", "these") and c.dep_ == "det" for c in head.children))
        ):
            if seen:
                r.speaker = seen[-1]
        elif head is not None and head.lemma_.lower() in DOC_NOUNS and head.pos_ == "NOUN":
            _resolve_document(doc, text, r, head)
        elif (
            head is not None
            and head.pos_ in ("NOUN", "PROPN")
            and head.tag_ in ("NN", "NNP")
            and head.ent_type_ != "PERSON"
            and any(c.lower_ == "the" for c in head.children)
        ):
            found = resolve_description(doc, head, r.start)
            if found is None and head.pos_ == "NOUN" and head.text.islower():
                found = resolve_generic_org(doc, head, sp.start, seen)
            if found is None:
                # 'a Western diplomat said …' then 'The diplomat said …'
                lemma = head.lemma_.lower()
                found = next((x for x in reversed(seen) if x.lemma == lemma and x.start < sp.start), None)
            if found is not None:
                r.speaker = found
        if r.speaker is not None:
            seen.append(r.speaker)
            if r.cue == "according to" and r.speaker.lemma not in DOC_NOUNS and strip_det(r.speaker.text)[:1].isupper():
                outlets.append(r.speaker)
        outlets += [v.name for v in r.via if v.cue not in RECIPIENT_CUES]
        outlets.sort(key=lambda x: x.start)


def _resolve_document(doc: Any, text: str, r: _Raw, head: Any) -> None:
    """'the report said': the outlet behind the report, or the person it interviewed."""
    agency = doc_agency(doc, r.speaker.start if r.speaker else r.start, head)
    para_start, _ = _paragraph(text, min(r.start, r.speaker.start if r.speaker else r.start))
    found = interviewee(doc, para_start, r.start)
    if found is not None and found[1] is not None:
        agency = found[1]
    extra = [Via(agency, "report", agency.start)] if agency is not None else []
    if found is not None:
        r.speaker = found[0]
        r.via = extra + r.via
    elif agency is not None:
        r.speaker = agency
    r.head = None


def _continue_speakers(text: str, raws: list[_Raw]) -> None:
    """An unattributed quote right after an attributed statement continues the same speaker."""
    prev: _Raw | None = None
    for r in raws:
        if r.kind == "direct" and r.mark is not None and r.speaker is None and prev is not None:
            prev_end = prev.mark[1] + 1 if prev.mark else prev.end
            gap = text[prev_end : r.mark[0]]
            parts = [p for p in gap.split("\n") if p.strip()]
            same_para = "\n" not in gap
            next_para = len(parts) <= 1 and gap.rstrip(" \t").endswith("\n")
            if (same_para or next_para) and len(gap) < 400 and prev.speaker is not None:
                r.speaker, r.via = prev.speaker, list(prev.via)
        if r.speaker is not None or r.kind == "direct":
            prev = r


def _extend_chains(raws: list[_Raw]) -> None:
    """'X told Agency' + elsewhere 'the Agency report, as quoted by Y' -> via [Agency, Y]."""
    relayed: list[tuple[Name, list[Via]]] = [(r.speaker, r.via) for r in raws if r.speaker is not None and r.via]
    for r in raws:
        if not r.via:
            continue
        last = r.via[-1].name
        for sp, chain in relayed:
            if chain is r.via or not same_outlet(sp.text, last.text):
                continue
            names = [v.name.text.lower() for v in r.via]
            r.via = r.via + [
                v for v in chain if v.name.text.lower() not in names and not same_outlet(v.name.text, last.text)
            ]
            break


def _dedupe_via(r: _Raw) -> list[str]:
    out: list[str] = []
    sp = r.speaker.text.lower() if r.speaker else ""
    for v in r.via:
        name = " ".join(v.name.text.split())
        key = re.sub(r"^(the|a|an)\s+", "", name.lower())
        if (
            key
            and key != re.sub(r"^(the|a|an)\s+", "", sp)
            and all(key != re.sub(r"^(the|a|an)\s+", "", x.lower()) for x in out)
        ):
            out.append(name)
    return out
