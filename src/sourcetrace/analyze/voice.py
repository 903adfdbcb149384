"""Which spans of an article are in quoted or attributed voice.

Everything that is not returned here is the outlet's own voice. Four sources,
unioned:

* the quotes found by ``analyze.quotes`` (direct and indirect), when given;
* the answers of a Q&A interview page ("Ruiz: …" after "Q: …"), see ``analyze.layout``, or
  of one whose questions carry no label ("Mrs. Ruiz, why …?"), see :func:`unlabelled_interview`;
* text between quotation marks (curly or straight double quotes, top-level
  curly single quotes), including quotes that run over several paragraphs in
  the print convention (each continued paragraph reopens with a quote mark);
* reported-speech clauses: the complement clause of a reporting verb
  ("X said that ...", "the report claims ..."), the rest of a sentence around a
  parenthetical reporting clause ("X, the report says, helped ..."), and the
  clause carrying an "according to X" phrase (up to sentence end, a ";" or a
  ", but/yet" that opens a new independent clause, which is the outlet's again).

The reporting clause itself (speaker and verb) stays in the outlet's voice: in
"Tawfiq credited the late general with ..." nothing is attributed, because the
verb's object is the outlet's wording, not a reported clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from ..model import Article, Quote, Span
from .layout import interview_turns

__all__ = [
    "attributed_spans",
    "quote_mark_spans",
    "reporting_spans",
    "merge_spans",
    "is_self_speaker",
    "REPORTING_VERBS",
    "unlabelled_interview",
]

# Closed class of reporting / attribution verbs (lemmas).
REPORTING_VERBS = frozenset(
    """say tell claim state add confirm affirm assert reveal stress note argue insist deny allege
    report announce explain acknowledge reiterate declare warn write suggest emphasize emphasise
    maintain contend admit recall indicate believe think testify accuse reply respond
    remark comment observe predict promise threaten vow boast complain concede disclose estimate
    point""".split()
)
# Verbs whose infinitive complement is itself the reported content ("Arvania claims to support ...").
_XCOMP_REPORTING = frozenset("claim deny allege pretend profess purport promise threaten vow".split())

_DOUBLE = '\u201c\u201d\u201e\u201f"\u00ab\u00bb'
_SINGLE_OPEN = "\u2018"
_SINGLE_CLOSE = "\u2019"


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Sorted, non-overlapping union of spans (touching spans are joined)."""
    out: list[Span] = []
    for s in sorted((s for s in spans if s.end > s.start), key=lambda s: (s.start, s.end)):
        if out and s.start <= out[-1].end:
            if s.end > out[-1].end:
                out[-1] = Span(out[-1].start, s.end)
        else:
            out.append(s)
    return out


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for m in re.finditer(r"\n", text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _double_quote_spans(text: str) -> list[Span]:
    """Pair double quote marks by toggling within a paragraph (robust to a mis-typed direction).

    A paragraph that ends inside a quote continues the quote when the next paragraph opens
    with a quote mark (the multi-paragraph convention); otherwise the quote ends with its paragraph.
    """
    spans: list[Span] = []
    open_at: int | None = None
    paras = _paragraphs(text)
    for k, (a, b) in enumerate(paras):
        for i in range(a, b):
            if text[i] not in _DOUBLE:
                continue
            if open_at is None:
                open_at = i
            elif i == _first_char(text, a, b) and text[i] not in "\u201d\u00bb":
                continue  # reopening mark of a continued multi-paragraph quote
            else:
                spans.append(Span(open_at, i + 1))
                open_at = None
        if open_at is not None:
            nxt = paras[k + 1] if k + 1 < len(paras) else None
            if nxt is not None and text[_first_char(text, *nxt)] in _DOUBLE.replace("\u201d", ""):
                continue
            spans.append(Span(open_at, b))
            open_at = None
    return spans


def _first_char(text: str, a: int, b: int) -> int:
    i = a
    while i < b and text[i].isspace():
        i += 1
    return min(i, b - 1) if b > a else a


def _single_quote_spans(text: str, inside: list[Span]) -> list[Span]:
    """Top-level curly single quotes: an opening mark at a word start, closing before a non-letter."""
    spans: list[Span] = []
    for a, b in _paragraphs(text):
        open_at: int | None = None
        for i in range(a, b):
            c = text[i]
            if c == _SINGLE_OPEN and (i == a or not text[i - 1].isalnum()) and i + 1 < b and not text[i + 1].isspace():
                if open_at is None:
                    open_at = i
            elif c == _SINGLE_CLOSE and open_at is not None:
                nxt = text[i + 1] if i + 1 < b else " "
                if not nxt.isalnum():
                    spans.append(Span(open_at, i + 1))
                    open_at = None
    return [s for s in spans if not any(o.start <= s.start and s.end <= o.end for o in inside)]


def quote_mark_spans(text: str) -> list[Span]:
    """Spans between quotation marks (marks included)."""
    double = merge_spans(_double_quote_spans(text))
    return merge_spans(double + _single_quote_spans(text, double))


def _subtree_span(tok: Any) -> Span:
    left, right = tok.left_edge, tok.right_edge
    return Span(left.idx, right.idx + len(right.text))


def _trim(text: str, s: Span) -> Span | None:
    a, b = s.start, s.end
    while a < b and (text[a].isspace() or text[a] in ",;:\u2013\u2014-"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:\u2013\u2014-"):
        b -= 1
    return Span(a, b) if b > a else None


def _minus(outer: Span, hole: Span) -> list[Span]:
    return [s for s in (Span(outer.start, hole.start), Span(hole.end, outer.end)) if s.end > s.start]


# Conjunctions that, after a comma, may open a new independent clause in the outlet's voice.
_CLAUSE_CONJ = frozenset({"but", "yet", "whereas"})


def _clause_breaks(sent: Any) -> list[int]:
    """Character offsets where a new independent clause starts: after ";" and at ", but/yet <clause>"."""
    breaks: list[int] = []
    for t in sent:
        if t.text == ";":
            breaks.append(t.idx)
        elif t.lower_ in _CLAUSE_CONJ and t.i > sent.start and t.doc[t.i - 1].text == ",":
            # only when a clause follows: a later verb whose subject also comes after the conjunction
            # (read off the tokens, not the attachment, which the parser often gets wrong here)
            if any(
                v.pos_ in ("VERB", "AUX")
                and any(g.dep_ in ("nsubj", "nsubjpass", "expl") and g.i > t.i for g in v.children)
                for v in t.doc[t.i + 1 : sent.end]
            ):
                breaks.append(t.doc[t.i - 1].idx)
    return breaks


def _own_clause(sent: Any, sent_span: Span, hole: Span) -> Span:
    """The clause of ``sent_span`` that holds ``hole`` (an "according to X" phrase), cut at clause breaks."""
    a, b = sent_span.start, sent_span.end
    for x in _clause_breaks(sent):
        if x <= hole.start:
            a = max(a, x)
        elif x >= hole.end:
            b = min(b, x)
    return Span(a, b) if b > a else sent_span


def _relative_clause(tok: Any) -> Span | None:
    """The span of the relative clause that holds ``tok`` ("…, where, according to X, the guards were …"), or None
    when ``tok`` hangs in the main clause."""
    head = tok
    while head.head.i != head.i:
        if head.dep_ == "relcl":
            return _subtree_span(head)
        head = head.head
    return None


_COMMENT_DEPS = frozenset({"npadvmod", "appos", "advmod", "dobj", "obj", "attr", "nmod"})


def _comment_cut(clause: Any, end: int) -> int:
    """End of a reported clause before a closing summative apposition, which is the writer's
    comment on the report: "X said 18 villages were hit, a figure well below ..." -> cut at the comma.
    The apposition is a phrase of three or more words opened by "a/an" after a comma, attached to
    the clause verb (as a noun or, misparsed, an adverbial), running to the clause's end."""
    right = clause.right_edge
    for d in clause.children:
        if d.i <= clause.i or d.dep_ not in _COMMENT_DEPS or d.right_edge.i - d.left_edge.i < 2:
            continue
        first = d.left_edge
        if first.lower_ not in ("a", "an") or first.i == 0 or clause.doc[first.i - 1].text != ",":
            continue
        if d.right_edge.i < right.i - 1 or any(k.i > d.right_edge.i and not k.is_punct for k in clause.children):
            continue
        return int(clause.doc[first.i - 1].idx)
    return end


# Nouns by which a page speaks of itself as a reporting voice ("this newspaper has warned that ...").
_SELF_NOUNS = frozenset("newspaper paper website site channel broadcaster outlet magazine publication".split())


def _name_words(name: str) -> set[str]:
    return {w for w in re.findall(r"[\w\u2019'-]+", name.casefold()) if w not in ("the", "a", "an")}


def is_self_speaker(speaker: str, outlet: str | None) -> bool:
    """Whether a speaker is the page's own outlet: the outlet's name or a part of it ("the Tribune" on a
    page of "The Fjord Tribune"), "this newspaper" / "this channel", or "we". Its reported clauses
    ("the Tribune has repeatedly warned that ...") are the outlet's own voice."""
    s = speaker.strip().casefold()
    if s == "we":
        return True
    words = s.split()
    if len(words) == 2 and words[0] in ("this", "our") and words[1] in _SELF_NOUNS:
        return True
    mine = _name_words(outlet or "")
    theirs = _name_words(speaker)
    return (
        bool(theirs)
        and bool(mine)
        and theirs <= mine
        and speaker[:1].isalpha()
        and any(w[:1].isupper() for w in speaker.split() if w.casefold() not in ("the", "a", "an"))
    )


def _speaker_text(verb: Any) -> str:
    """The subject phrase of a reporting verb ("" when it has none)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return str(verb.doc[subjects[0].left_edge.i : subjects[0].right_edge.i + 1].text) if subjects else ""


def _colon_before(clause: Any, verb: Any) -> bool:
    """Whether a complement clause ends before its reporting verb with a colon or a semicolon between
    them: a fronted report is set off by a comma ("Prices will rise, the bank said"); a clause closed by
    a colon is the writer's own statement that the report then bears out ("The cover-up has begun:
    relatives said that ...", a parse that hangs the lead-in on the verb)."""
    if clause.right_edge.i >= verb.i:
        return False
    # the mark may be parsed as the clause's own last token ("X answers Y: four diplomats told to leave")
    return any(t.text in (":", ";") for t in verb.doc[clause.right_edge.i : verb.i])


def reporting_spans(doc: Any, outlet: str | None = None) -> list[Span]:
    """Clauses in reported speech, found from the dependency parse. A clause the page's own outlet
    reports (``outlet``, see :func:`is_self_speaker`) is no reported speech."""
    text = doc.text
    paras = _paragraphs(text)
    out: list[Span] = []
    for sent in doc.sents:
        for tok in sent:
            # a sentence the parser ran over a paragraph break is cut back to the verb's paragraph
            para = next((Span(a, b) for a, b in paras if a <= tok.idx < b), Span(sent.start_char, sent.end_char))
            sent_span = Span(max(sent.start_char, para.start), min(sent.end_char, para.end))
            lemma = tok.lemma_.lower()
            if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                hole = Span(tok.idx, max(_subtree_span(tok).end, _subtree_span(doc[tok.i + 1]).end))
                clause = _own_clause(sent, sent_span, hole)
                rel = _relative_clause(tok)
                if rel is not None:  # "… the dock, where, according to X, the guards …": only the relative clause
                    clause = Span(max(clause.start, rel.start), min(clause.end, rel.end))
                out.extend(_minus(clause, hole))
                continue
            if tok.pos_ not in ("VERB", "AUX") or lemma not in REPORTING_VERBS:
                continue
            if lemma == "point" and not any(c.lower_ == "out" for c in tok.children):
                continue
            if is_self_speaker(_speaker_text(tok), outlet):
                continue  # "the Tribune has warned that ...": the outlet speaking
            # a complement clause has a subject or a complementiser; a bare noun labelled ccomp is a misparse
            comps = [
                c
                for c in tok.children
                if c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for g in c.children)
            ]
            if lemma in _XCOMP_REPORTING:
                comps += [c for c in tok.children if c.dep_ == "xcomp"]
            for c in comps:
                if not sent_span.start <= c.idx < sent_span.end:
                    continue  # the clause head sits in another paragraph: a misparse over the break
                if _colon_before(c, tok):
                    continue  # "The cover-up has begun: relatives said that ...": the outlet's lead-in

                sub = _subtree_span(c)
                end = _comment_cut(c, sub.end)
                out.append(Span(max(sub.start, sent_span.start), min(end, sent_span.end)))
            has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            has_object = any(c.dep_ in ("dobj", "obj", "attr", "prep") for c in tok.children)
            short = tok.right_edge.i - tok.left_edge.i < 10
            parenthetical = tok.left_edge.i > sent.start and doc[tok.left_edge.i - 1].text in (",", "\u2013", "\u2014")
            if not comps and has_subject and not has_object and short and parenthetical and tok.head.i != tok.i:
                # "X, the report says, helped ..." / "... helped X, the report says."
                head = tok.head
                if head.i < tok.left_edge.i or head.i > tok.right_edge.i:
                    out.extend(_minus(sent_span, _subtree_span(tok)))
    return [t for s in out if s.end > s.start and (t := _trim(text, s)) is not None]


def _main_clause_of_relative_source(doc: Any, q: Quote) -> bool:
    """Whether an indirect quote is the main clause before a relative clause that holds its 'according to X'
    ("Varnel's guards block the road to the post, where, according to shepherds, fires were lit"): the source
    speaks for the relative clause only (``reporting_spans`` marks it), not for the clause it hangs on."""
    if (q.cue or "").lower() != "according to" or q.speaker_start is None:
        return False
    span = doc.char_span(q.speaker_start, q.speaker_start + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    i = span[0].i
    acc = next((doc[j] for j in range(i - 1, max(i - 4, 0) - 1, -1) if doc[j].lower_ == "according"), None)
    rel = _relative_clause(acc) if acc is not None else None
    return rel is not None and q.start < rel.start and q.end < rel.end


def _indirect_cut(doc: Any, q: Quote) -> Span:
    """An indirect quote without a closing summative apposition (see :func:`_comment_cut`)."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or len(span) == 0 or span.root.pos_ not in ("VERB", "AUX"):
        return Span(q.start, q.end)
    end = min(q.end, _comment_cut(span.root, q.end))
    return Span(q.start, end) if end > q.start else Span(q.start, q.end)


def verbatim_spans(article: Article) -> list[Span]:
    """Spans in a speaker's own words: between quotation marks, and the answers of a Q&A page (the
    interviewee's words, quotation marks or not). Reported speech without them (an indirect quote,
    "X said that ...") is a paraphrase in the outlet's words."""
    text = article.text
    turns = interview_turns(text, article.outlet, article.author)
    answers = [Span(t.start, t.end) for t in turns if not t.question] if turns else unlabelled_interview(text)[2]
    return quote_mark_spans(text) + answers


_ASIDE_OPENERS = frozenset({"who", "whose", "whom"})


def _aside_clauses(doc: Any) -> list[Span]:
    """The writer's asides on a name: a relative clause set off by a comma after a proper name ("Tomas Vellner,
    who is holed up in a church, ..."). Inside reported speech ("the ministry said that X, who …, had asked …")
    it is the outlet's identification of X, not the report: a restrictive clause ("the men who …") is the report's."""
    out: list[Span] = []
    for tok in doc:
        if tok.dep_ != "relcl" or tok.head.pos_ not in ("PROPN", "NOUN") or tok.i <= tok.head.i:
            continue
        first = tok.left_edge
        if first.lower_ not in _ASIDE_OPENERS or first.i < 2 or doc[first.i - 1].text != ",":
            continue
        if doc[first.i - 2].pos_ != "PROPN":
            continue  # the comma closes a name ("the activist Tomas Vellner, who …")
        out.append(_subtree_span(tok))
    return out


def _without(spans: list[Span], holes: list[Span]) -> list[Span]:
    """``spans`` with the parts that ``holes`` cover taken out."""
    for hole in holes:
        spans = [p for s in spans for p in (_minus(s, hole) if s.start < hole.end and hole.start < s.end else [s])]
    return spans


def attributed_spans(doc: Any, article: Article, quotes: list[Quote]) -> list[Span]:
    """Spans of ``article.text`` in quoted or attributed voice (sorted, merged); an aside of the writer's on a
    name inside reported speech (``_aside_clauses``) is no part of it, unless it is between quotation marks."""
    text = article.text
    spans = [
        _indirect_cut(doc, q) if doc is not None and q.kind == "indirect" else Span(q.start, q.end)
        for q in quotes
        if q.article == article.id and 0 <= q.start < q.end <= len(text)
        and not (q.kind == "indirect" and is_self_speaker(q.speaker or "", article.outlet))
        and not (doc is not None and q.kind == "indirect" and _main_clause_of_relative_source(doc, q))
    ]  # fmt: skip
    if doc is not None:
        spans = _without(spans + reporting_spans(doc, article.outlet), _aside_clauses(doc))
    spans += verbatim_spans(article)
    return merge_spans(spans)


# --- Q&A pages without 'Q:' / 'A:' labels -------------------------------------------------------
# "Mrs. Varnel, how many ferries sailed?" then her answer paragraphs, then the next question.
QA_MAX_QUESTION_WORDS = 40
QA_MIN_QUESTIONS = 2
QA_QUOTE_OPENERS = "\"'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u201a\u2039\u203a"
# a vocative with a title at the start of a question: 'Mrs. Varnel, ...', 'Dr Jane Doe, ...'
QA_VOCATIVE_RE = re.compile(
    r"^(?:(?:and|so|but|well)\s+)?(?:mr|mrs|ms|miss|dr|prof|professor|minister|mister|madam|sir|general|colonel|"
    r"senator|president|chairman|chairwoman|director|father|imam|rabbi|mayor|governor|ambassador|herr|frau|"
    r"se\u00f1or|se\u00f1ora|senor|senora|monsieur|madame|signor|signora)\.?\s+"
    r"((?:[^\W\d_][\w'\u2019-]*\s+){0,2}[^\W\d_][\w'\u2019-]*)\s*,\s+\S",
    re.IGNORECASE,
)
QA_SECOND_PERSON_RE = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)
QA_INTERVIEW_RE = re.compile(r"\binterview", re.IGNORECASE)


def _qa_paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
        pos += len(line) + 1
    return out


def _qa_is_question(p: str) -> bool:
    return (
        p.endswith("?")
        and len(p.split()) <= QA_MAX_QUESTION_WORDS
        and p[:1] not in QA_QUOTE_OPENERS
        and not re.search(r"\?\s*[\"\u201d\u00bb\u2019']", p[-3:])
    )


def _qa_is_prose(p: str) -> bool:
    """A paragraph of running speech: several words, ending like a sentence (not a menu, caption or '***')."""
    return len(p.split()) >= 3 and p[-1:] in '.!\u2026"\u201d\u00bb)' and any(ch.isalpha() for ch in p)


def _qa_is_prompt(p: str) -> bool:
    """An interviewer's statement put as a question: one sentence addressing the interviewee ('... you ...')."""
    body = p.rstrip(".")
    return (
        len(p.split()) <= QA_MAX_QUESTION_WORDS
        and not re.search(r"[.!?]\s+[A-Z]", body)
        and QA_SECOND_PERSON_RE.search(p) is not None
        and p[:1] not in QA_QUOTE_OPENERS
    )


@lru_cache(maxsize=64)
def unlabelled_interview(text: str) -> tuple[str | None, int, list[Span]]:
    """A Q&A page whose questions carry no 'Q:' label: (the vocative name or None, where the first
    question starts, the answer paragraphs); (None, -1, []) on other pages. Cached (framing, voice
    and quotes each ask it of the same page): callers must not change the list.

    Questions are short paragraphs ending with '?' (not inside quotation marks); the answers are
    the prose paragraphs between one question and the next. The page must have at least two
    questions each followed by an answer, and either address the interviewee with a title
    ('Mrs. Varnel, how ...?') or say 'interview' before the first question and ask in the second
    person, so rhetorical questions in an ordinary article do not make it an interview.
    A one-sentence paragraph in second person after an answer ('The ministry says you lied.') is
    the interviewer's prompt, not part of the answer.
    """
    paras = _qa_paragraphs(text)
    qs = [k for k, (a, b) in enumerate(paras) if _qa_is_question(text[a:b])]
    if len(qs) < QA_MIN_QUESTIONS:
        return None, -1, []
    answers: list[Span] = []
    asked = 0
    sizes: list[int] = []
    for n, k in enumerate(qs):
        last = n + 1 == len(qs)
        stop = qs[n + 1] if not last else len(paras)
        block: list[Span] = []
        for j in range(k + 1, stop):
            a, b = paras[j]
            p = text[a:b]
            if not _qa_is_prose(p):
                break  # furniture ('***', 'Comments (12)'): the interview is over or broken
            if block and _qa_is_prompt(p):
                sizes.append(len(block))
                answers += block
                block = []
                continue
            if last and sizes and len(block) >= max(sizes):
                break  # after the last question: no longer than the longest answer before it
            block.append(Span(a, b))
        if block:
            asked += 1
            sizes.append(len(block))
            answers += block
        elif not last:
            return None, -1, []  # two questions in a row: a list of questions, not an interview
    if asked < QA_MIN_QUESTIONS:
        return None, -1, []
    first = paras[qs[0]][0]
    name = None
    for k in qs:
        m = QA_VOCATIVE_RE.match(text[paras[k][0] : paras[k][1]])
        if m:
            name = m.group(1)
            break
    if name is None:
        second = sum(1 for k in qs if QA_SECOND_PERSON_RE.search(text[paras[k][0] : paras[k][1]]))
        if not (QA_INTERVIEW_RE.search(text[:first]) and second >= 1):
            return None, -1, []
    return name, first, answers
