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
from typing import Any

from ..model import Article, Mention, Quote, content_id
from .attribution import (
    Name,
    Via,
    is_reporting_verb,
    name_after,
    phrase_for,
    quoted_as_saying,
    subject_of,
    token_index_at,
    via_in,
)
from .cues import (
    CLAIM_NOUNS,
    CONTENT_VERBS,
    DENIAL_VERBS,
    DOC_NOUNS,
    LABEL_VERBS,
    MEASURE_VERBS,
    doc_ents,
    drop_caches,
    find_quote_spans,
    org_kind_of_noun,
)
from .speakers import Raw, continue_speakers, dedupe_via, extend_chains, resolve_speakers

__all__ = ["find_quotes"]

AUTHOR_PRONOUNS = frozenset(["i", "we", "you", "it", "this", "that", "one"])
STOP_TOKENS = frozenset([".", "!", "?", ";", "\u201c", "\u201d", '"'])
OPEN_MARKS = frozenset(["\u201c", '"'])
CLOSE_MARKS = frozenset(["\u201d", '"'])
MIN_WORDS = 3  # shorter quoted bits are scare quotes or titles
DATELINE = re.compile(r"[A-Z][A-Z .'-]+(?:\s*\([^)\n]{1,20}\))?,?[^\n\u2013\u2014-]{0,25}\s[\u2013\u2014-]+\s+")


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
    raws: list[Raw] = []
    for o, c in marks:
        s, e = _content(text, o + 1, c)
        if not text[s:e].strip():
            continue
        raw = Raw(s, e, "direct", mark=(o, c))
        _attribute_direct(doc, text, raw, marks)
        if len(text[s:e].split()) >= 2 or raw.label:
            raws.append(raw)
    kept = [(o, c) for o, c in marks if len(text[o + 1 : c].split()) >= MIN_WORDS]
    raws += _indirect(doc, text, kept)
    raws.sort(key=lambda r: (r.start, r.end))
    resolve_speakers(doc, text, raws)
    continue_speakers(text, raws)
    extend_chains(raws)
    out: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    for r in raws:
        words = len(text[r.start : r.end].split())
        if (words < MIN_WORDS and not (r.label and r.speaker)) or (
            r.speaker is None and (r.kind == "indirect" or words < 4)
        ):
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
                via=tuple(dedupe_via(r)),
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


def _attribute_direct(doc: Any, text: str, raw: Raw, marks: list[tuple[int, int]]) -> None:
    o, c = raw.mark or (raw.start, raw.end)
    if _after(doc, text, raw, o, c) or _before(doc, text, raw, o, c, marks):
        return
    _next_line(doc, text, raw, c)


def _after(doc: Any, text: str, raw: Raw, o: int, c: int) -> bool:
    """'“…,” said X' / '“…,” X told Y' / '“…,” the report said'."""
    i = token_index_at(doc, c + 1)
    if i is None:
        return False
    last = text[o + 1 : c].rstrip()[-1:]
    clause = []
    for t in doc[i : i + 20]:
        if t.text in STOP_TOKENS or "\n" in t.text:
            break
        clause.append(t)
    lead = [t for t in clause[:2] if t.text != ","]
    if lead and lead[0].pos_ == "CCONJ":
        return False  # '“…”, and X described …': a new clause, not the attribution
    stop_ok = (
        i + len(clause) >= len(doc)
        or doc[i + len(clause)].text in (".", "!", "?", ";")
        or ("\n" in doc[i + len(clause)].text)
    )
    if last == "." and not (stop_ok and len(clause) <= 6):
        return False
    for n, v in enumerate(clause[:18]):
        if not is_reporting_verb(v):
            continue
        subj = subject_of(v, skip=(o, c))
        if n >= 10 and (subj is None or not c < subj.idx < v.idx):
            continue  # far from the quote: only 'X, a former …, said' (an apposition in between)
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


def _before(doc: Any, text: str, raw: Raw, o: int, c: int, marks: list[tuple[int, int]]) -> bool:
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
        raw.label = _labels_quote(v, o)
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


def _next_line(doc: Any, text: str, raw: Raw, c: int) -> bool:
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


def _indirect(doc: Any, text: str, marks: list[tuple[int, int]]) -> list[Raw]:
    out: list[Raw] = []
    for v in doc:
        if v.lower_ == "according" and v.i + 1 < len(doc) and doc[v.i + 1].lower_ == "to":
            r = _according(doc, text, v, marks)
            if r:
                out.append(r)
            continue
        denial = v.lemma_.lower() in DENIAL_VERBS and v.pos_ == "VERB"
        measured = _measured(v)
        if not (is_reporting_verb(v) or denial or measured) or v.pos_ != "VERB" or _in_marks(v.idx, marks):
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
        if not comp and measured:
            comp = [measured]
        if not comp and denial:
            comp = [ch for ch in v.children if ch.dep_ == "dobj" and ch.lemma_.lower() in CLAIM_NOUNS]
        comp = [ch for ch in comp if lo <= ch.i < hi]
        if not comp:
            continue
        k = ([ch for ch in comp if ch.i > v.i] or comp)[0]
        s, e = max(lo, k.left_edge.i), min(hi, k.right_edge.i + 1)
        if denial and v.i < s:
            s = v.i  # 'denied that …': the denial, not the claim it denies
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
        out.append(Raw(cs, ce, "indirect", speaker, subj, _cue_text(v), vias))
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


def _according(doc: Any, text: str, v: Any, marks: list[tuple[int, int]]) -> Raw | None:
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
    if obj.lemma_.lower() in DOC_NOUNS and obj.pos_ == "NOUN":
        # 'according to a statement by X': X speaks, the statement is the vehicle
        by = [p for c in obj.rights if c.lower_ in ("by", "from", "of") for p in c.children if p.dep_ == "pobj"]
        if by and by[0].i < phrase_end:
            obj = by[0]
    appos = _apposition_name(doc, phrase_end) if obj.pos_ != "PROPN" else None
    if v.i <= sent.start + 1 or (sent.end - phrase_end > 2 * (v.i - sent.start) and doc[phrase_end].text == ","):
        s = phrase_end  # 'According to X, …' / 'In fact, according to X, …'
        e = sent.end
        if appos is not None:
            s = appos[1]  # 'According to the X's chair, Ana Ruiz, …'
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
