"""Check-worthy claims with normalised dates and quantities.

A claim is a sentence (or a clause split off at a semicolon) that states something:
it has a verb and names someone, something, a number or a date. A sentence that tells
two facts also yields a sub-claim per fact (see ``sub_clauses``): clauses joined by "and"
with a subject or a reported clause of their own, or clauses carrying their own numbers;
the link stage aligns the parts instead of the whole. Claims inside a
quote carry the quote's id and speaker; every claim carries its ``origin``, the
earliest known source: the speaker's first intermediary (the agency that ran the
interview), else a named speaker or a body described without its name ("the
commission", "the ports ministry", "the commission's figures"), else the agency
the article's quotes came through (an unnamed person or a document: "officials",
"the statement"), else the article's outlet. A figure the text states without
attribution takes the source the text gives it next to it (see ``carry_attribution``):
"X won 52 percent, the commission said. Turnout was 64 percent." or "Turnout was
64 percent. The figure was announced by the commission."
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from ..model import Article, Claim, DateValue, Mention, Quantity, Quote, content_id
from .cues import DATELINE, correction_notes, in_spans
from .quantities import find_quantities
from .reported import negative_subject
from .temporal import find_dates

__all__ = ["find_claims", "carry_attribution", "is_named", "is_institution", "REPORTING_VERBS", "DENIAL_VERBS"]

REPORTING_VERBS = frozenset(
    "say tell state add claim report confirm reveal announce affirm assert acknowledge insist note explain "
    "allege argue write warn declare stress emphasise emphasize reiterate mention credit believe deny "
    "admit".split()
)
DENIAL_VERBS = frozenset("deny reject refute dismiss disprove contradict dispute".split())
GENERIC_HEADS = frozenset(
    "source sources report reports official officials report media account interview article statement "
    "spokesman spokeswoman spokesperson person people expert experts analyst analysts diplomat witness "
    "witnesses resident residents observer observers he she they it we i".split()
)
# Head nouns of bodies that speak for themselves (a closed class, no proper names).
INSTITUTION_HEADS = frozenset(
    """
    commission committee council ministry department agency authority authorities government administration
    cabinet parliament assembly congress senate court tribunal police army military navy service services union
    federation association party front movement company firm operator group corporation bank board bureau office
    mission body organisation organization institute foundation embassy presidency regime prosecutor prosecutors
    inspectorate directorate secretariat municipality team club campaign coalition alliance league network
    utility hospital university school observatory delegation junta regulator watchdog laboratory
    museum gallery library archive archives academy college clinic consulate legislature
    """.split()
)
# People described by their role and no name: unnamed persons ("a senior executive", "the minister").
ROLE_HEADS = frozenset(
    "executive executives director directors minister ministers head chief chairman chairwoman chair president "
    "secretary commander commanders officer officers lawyer lawyers adviser advisers advisor aide aides insider "
    "insiders member members employee employees worker workers staffer staffers".split()
)
# Unnamed people as sources: they stand for the outlet's own reporting unless the article is relayed.
PERSON_HEADS = ROLE_HEADS | frozenset(
    "source sources official officials spokesman spokeswoman spokesperson person people expert experts analyst "
    "analysts diplomat diplomats witness witnesses resident residents observer observers".split()
)
_PREP_TAIL = re.compile(r"\s+(?:of|at|in|for|from|with|on|close|familiar|inside|within|near)\b.*$", re.I | re.S)
_POSSESSOR = re.compile(r"^(?P<owner>.+?)['’]s?\s+\S", re.S)
ACCORDING = re.compile(r"\baccording to (?:the |a |an )?(?P<src>[^,.;:()\"“”]{2,80})", re.I)
MIN_WORDS = 4


def is_named(name: str | None) -> bool:
    """A proper name rather than a description ("the sources", "a senior official")."""
    if not name:
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", name)
    caps = [w for w in words if w[0].isupper() and w.lower() not in ("the", "a", "an")]
    return bool(caps) and not all(w.lower() in GENERIC_HEADS for w in caps)


def is_institution(name: str | None) -> bool:
    """A body described without its name that speaks for itself ("the commission", "the ports
    ministry", "the commission's figures", "police"), as opposed to a proper name (``is_named``),
    an unnamed person ("officials", "a senior source", "he") or a bare document ("the statement")."""
    if not name or is_named(name):
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", _PREP_TAIL.sub("", name.strip()))
    words = [w for w in words if w.lower() not in ("the", "a", "an", "this", "that", "its", "their")]
    if not words:
        return False
    if words[-1].lower() in INSTITUTION_HEADS:  # "the commission", "the pilots' association"
        return True
    owner = _POSSESSOR.match(" ".join(words))
    if owner and " " in " ".join(words):  # "the commission's figures": the owner is the source
        return is_institution(owner.group("owner")) or is_named(owner.group("owner"))
    return False


def _unnamed_person(name: str) -> bool:
    """An unnamed person or group of people: "a senior electoral official", "residents"."""
    words = re.findall(r"[A-Za-z][\w'’-]*", _PREP_TAIL.sub("", name.strip()))
    return bool(words) and words[-1].lower() in PERSON_HEADS


QUOTED = re.compile(r"[“\"]([^”\"]{20,})[”\"]")


def _has_verb(toks: Any) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in toks)


def _pieces(sent: Any) -> list[tuple[int, int]]:
    """A sentence split at semicolons between clauses, at paragraph breaks, and between
    two quoted passages ("“A,” she said, adding, “B.”" -> one claim per passage)."""
    bounds = [sent.start_char]
    quoted = [m for m in QUOTED.finditer(sent.text) if len(m.group(1).split()) >= MIN_WORDS]
    for m in quoted[1:]:
        # a passage without a verb continues the one before ("“We had no word,” she said, “not a call.”")
        inner = sent.doc.char_span(sent.start_char + m.start(1), sent.start_char + m.end(1), alignment_mode="expand")
        if inner is not None and _has_verb(inner):
            bounds.append(sent.start_char + m.start())
    for tok in sent:
        if (
            tok.text == ";"
            and tok.i > sent.start + MIN_WORDS
            and tok.i < sent.end - MIN_WORDS
            and _has_verb(tok.doc[sent.start : tok.i])
            and _has_verb(tok.doc[tok.i + 1 : sent.end])
        ):
            bounds.append(tok.idx + 1)
        elif tok.is_space and "\n" in tok.text and sent.start < tok.i < sent.end - 1:
            bounds.append(tok.idx)  # a paragraph break always ends a claim
        elif "\n" in tok.whitespace_ and tok.i < sent.end - 1:
            bounds.append(tok.idx + len(tok.text))
    bounds.append(sent.end_char)
    bounds = sorted(set(bounds))
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ";"):
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _checkworthy(span: Any) -> bool:
    words = [t for t in span if t.is_alpha]
    if len(words) < MIN_WORDS:
        return False
    if not any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    return any(t.pos_ in ("PROPN", "NOUN", "NUM") for t in span)


def _quote_for(s: int, e: int, quotes: list[Quote]) -> Quote | None:
    best: tuple[int, Quote] | None = None
    for q in quotes:
        overlap = min(e, q.end) - max(s, q.start)
        if overlap <= 0:
            continue
        if overlap >= 0.4 * (e - s) or overlap >= 0.9 * (q.end - q.start) > 0.25 * (e - s):
            if best is None or overlap > best[0]:
                best = (overlap, q)
    return best[1] if best else None


def _subject_text(verb: Any) -> str | None:
    for child in verb.children:
        if child.dep_ == "nsubj":
            left = child.left_edge
            while left.dep_ in ("det", "punct") and left.i < child.i:
                left = left.nbor()
            if DATELINE.match(verb.doc.text, left.idx):
                return None  # a dateline the parse took for the subject ("MASSELO, March 4 (Agency) - ...")
            text = verb.doc.text[left.idx : child.right_edge.idx + len(child.right_edge.text)]
            return text if len(text) <= 60 else child.text
    return None


def _agent_text(verb: Any) -> str | None:
    """The agent of a passive reporting verb: "was announced by [the commission]"."""
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    left = obj.left_edge
                    text = verb.doc.text[left.idx : obj.right_edge.idx + len(obj.right_edge.text)]
                    return text if len(text) <= 60 else obj.text
    return None


# Words that name a figure itself ("a figure of 6,000", "puts the total at"), not what it is the sum of.
FIGURE_NAMES = frozenset("figure figures number estimate count total tally".split())
# Nouns for a figure a source gives ("puts the death toll at 12", "has given a figure of 6,000").
FIGURE_NOUNS = FIGURE_NAMES | frozenset("toll cost damage losses bill".split())
# Verbs that give a figure: "put/place/set X at N", "give/cite/quote a figure of N".
FIGURE_AT_VERBS = frozenset("put place set".split())
FIGURE_OF_VERBS = frozenset("give cite quote".split())


def _gives_figure(verb: Any) -> bool:
    """A verb by which its subject states a figure: "the ministry puts the toll at 12", "the
    agency estimated the damage at ...", "has given a figure of more than 6,000 hectares",
    "the ministry speaks of about 2,800 hectares"."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    kids = list(verb.children)
    if lemma == "estimate":
        return any(c.dep_ in ("dobj", "ccomp") for c in kids)
    if lemma == "speak":
        return _of_figure(kids)
    objs = [c for c in kids if c.dep_ == "dobj" and c.lemma_.lower() in FIGURE_NOUNS]
    if lemma in FIGURE_AT_VERBS:
        return bool(objs) and any(
            c.dep_ == "prep" and c.lower_ == "at" for c in (*kids, *(k for o in objs for k in o.children))
        )
    if lemma in FIGURE_OF_VERBS:
        return any(_of_figure(o.children) for o in objs)
    return False


def _of_figure(tokens: Any) -> bool:
    """One of ``tokens`` is "of" before a number ("of more than 6,000 hectares")."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(t.like_num for t in c.subtree) for c in tokens)


def _takes_lives(verb: Any) -> bool:
    """ "The quake has claimed the lives of 1,174": "claim" with lives or victims for object kills; it reports
    nothing."""
    return verb.lemma_.lower() == "claim" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("life", "lives", "victim", "toll") for c in verb.children
    )


def _attribution(span: Any, text: str, s: int, e: int) -> str | None:
    """The speaker a sentence attributes itself to ("according to X", "X said", "was announced by
    X", "X puts the toll at 12")."""
    m = ACCORDING.search(text, s, e)
    if m:
        return m.group("src").strip()
    for tok in span:
        reports = tok.lemma_.lower() in REPORTING_VERBS and tok.pos_ == "VERB" and not _takes_lives(tok)
        if reports or _gives_figure(tok):
            if tok.dep_ in ("relcl", "acl") and any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
                continue  # "..., which the commission said gave ...": it reports only that clause
            subj = _subject_text(tok) or _agent_text(tok)
            if not subj and tok.dep_ == "conj":  # "X rejected the result and said ...": X's words
                subj = _subject_text(tok.head)
            if subj and subj.lower() not in ("it", "this", "that", "which", "who"):
                return subj
    return None


ANAPHORS = frozenset("the this that these those".split())


def _refers_back(span: Any) -> bool:
    """The sentence names the source of what the previous one stated: a passive reporting verb
    whose subject points back ("The figure was announced by the commission", "This was
    confirmed by police")."""
    for tok in span:
        if tok.lemma_.lower() in REPORTING_VERBS and tok.pos_ == "VERB" and _agent_text(tok):
            for subj in tok.children:
                if subj.dep_ == "nsubjpass" and (
                    subj.lower_ in ("this", "that", "it")
                    or any(d.dep_ == "det" and d.lower_ in ANAPHORS for d in subj.children)
                ):
                    return True
    return False


def _negated(span: Any) -> bool:
    for tok in span:
        if (tok.dep_ == "neg" or tok.lower_ == "never") and not (
            tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "only"
        ):
            return True
        if tok.lemma_.lower() in DENIAL_VERBS and tok.pos_ == "VERB":
            return True
        if tok.dep_ in ("nsubj", "nsubjpass") and negative_subject(tok):
            return True  # "Nobody from the agency told us", "No official confirmed it"
    return False


def _main_via(quotes: list[Quote], *, most: bool = False) -> str | None:
    """The intermediary most of an article's quotes came through, if any. ``most``: only when it
    carried more than half of them (an article relayed from one agency); one relayed quote among
    the outlet's own does not make the outlet's unnamed sources the agency's."""
    c = Counter(q.via[0] for q in quotes if q.via)
    if not c:
        return None
    via, n = c.most_common(1)[0]
    return via if not most or 2 * n > len(quotes) else None


def _person_words(name: str) -> set[str]:
    """The words of a speaker's own name, without the role phrase before it: "Velmora Chief
    Executive Jane Doe" -> {jane, doe}; "Velmora" -> {velmora}."""
    words = re.findall(r"[^\W\d_][\w'’-]*", name)
    roles = [i for i, w in enumerate(words) if w.lower() in PERSON_HEADS or w.lower() in ("chief", "general")]
    if roles and roles[-1] < len(words) - 1:
        words = words[roles[-1] + 1 :]
    return {w.lower() for w in words if len(w) >= 4}


def _speaker_via(speaker: str, quotes: list[Quote]) -> str | None:
    """The first intermediary recorded for this speaker elsewhere in the article (the same
    person's name, not a body named in another speaker's title: "Velmora says" is not the words
    of "Velmora's chief executive" that an agency carried)."""
    words = _person_words(speaker)
    for q in quotes:
        if q.via and q.speaker and words & _person_words(q.speaker):
            return q.via[0]
    return None


# Verbs that report what a body found: "the agency found particles in nine batches" is the
# agency's finding, whoever states it.
FINDING_VERBS = frozenset("find discover detect conclude determine establish identify uncover record measure".split())


def _noun_phrase(tok: Any) -> Any:
    """A name with its compound words ("Ostwick Analytical Laboratories", "the Ostwick laboratory")."""
    left = tok
    while left.i > 0 and left.nbor(-1).head.i == tok.i and left.nbor(-1).dep_ in ("compound", "flat", "det", "amod"):
        left = left.nbor(-1)
    return tok.doc[left.i : tok.i + 1]


def _finder(span: Any) -> str | None:
    """The body whose finding a sentence states in the outlet's own words: the named or
    institutional subject of a finding verb ("Health watchdog the PHRA found ...", "Tests by X
    found ...", "Police detected ..."); never an unnamed person ("our correspondent found")."""
    for tok in span:
        if tok.lemma_.lower() not in FINDING_VERBS or tok.pos_ != "VERB":
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if not subjects and tok.dep_ == "acl" and tok.head.dep_ == "ROOT" and tok.head.pos_ in ("NOUN", "PROPN"):
            subjects = [tok.head]  # a parse that lost the main verb: "The X laboratory, ..., found ..."
        elif tok.dep_ != "ROOT":
            continue
        subjects.sort(key=lambda t: t.pos_ != "PROPN")
        for subj in subjects:
            agent = [
                p
                for c in subj.children
                if c.dep_ == "prep" and c.lower_ == "by"
                for p in c.children
                if p.dep_ == "pobj"
            ]
            for cand in [*agent, subj] if subj.pos_ == "NOUN" else [subj]:
                phrase = _noun_phrase(cand)
                if (any(t.pos_ == "PROPN" for t in phrase) and is_named(phrase.text)) or is_institution(
                    phrase.text.lower()
                ):
                    return str(phrase.text)
        return None
    return None


def claim_origin(article: Article, quote: Quote | None, speaker: str | None, quotes: list[Quote]) -> str | None:
    """The earliest known source of a claim (see module docstring)."""
    if quote is not None and quote.via:
        return quote.via[0]
    if speaker and is_named(speaker):
        return _speaker_via(speaker, quotes) or speaker
    if speaker and is_institution(speaker):
        return speaker  # "the commission says ...": the body itself, not an agency cited elsewhere
    if speaker and _unnamed_person(speaker):  # "a senior official said": the outlet's own source
        return _main_via(quotes, most=True) or article.outlet
    if quote is not None or speaker:  # a document or a description: the agency the article relays, if any
        return _main_via(quotes, most=True) or article.outlet
    return article.outlet


def _verb_of(tok: Any) -> Any | None:
    """The nearest verb governing a token."""
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            return tok
    return tok if tok.pos_ in ("VERB", "AUX") else None


def _numbered_heads(span: Any, quantities: list[Quantity], dates: Sequence[DateValue] = ()) -> list[Any]:
    """Clause verbs that carry numbers of different units (see ``sub_clauses``); else two verbs
    joined by "and", one with a date and the other with a number ("began refusing food on 3 May
    and had lost 9 kg": a date and a weight, two facts). A date in a clause that hangs off another
    ("were killed after the roof fell in on Tuesday") is the time of that fact: one claim."""
    heads = _measured_heads(span, quantities)
    if heads or not dates:
        return heads
    heads = _measured_heads(span, [q for q in quantities if q.unit not in TIME_UNITS], dates)  # a figure, no span
    for h in heads:  # "began refusing food on 2 May and had lost 9 kg": "lost" joins "began", "refusing" its xcomp
        joined = (h.head.i, *[c.i for c in h.head.children if c.dep_ == "xcomp"])
        if len(heads) == 2 and h.dep_ == "conj" and any(o.i in joined for o in heads if o is not h):
            return heads
    return []


def _measured_heads(span: Any, quantities: list[Quantity], dates: Sequence[DateValue] = ()) -> list[Any]:
    doc = span.doc
    verbs: dict[int, Any] = {}
    units: dict[int, set[str]] = {}
    measures = [(q.start, q.end, str(q.unit)) for q in quantities if q.unit]
    measures += [(d.start, d.end, "date") for d in dates if d.precision in ("day", "month")]
    for start, end, unit in measures:
        tok = doc.char_span(start, end, alignment_mode="expand")
        v = _verb_of(tok.root) if tok is not None else None
        if v is None or not span.start <= v.i < span.end or v.dep_ not in ("advcl", "conj", "xcomp", "ccomp", "ROOT"):
            continue
        if unit == "date" and any(c.dep_ == "ccomp" for c in v.children):
            continue  # the day a thing was said ("told the radio on Thursday that ..."), not a fact of its own
        verbs[v.i] = v
        units.setdefault(v.i, set()).add(unit)
    for i, v in list(verbs.items()):  # "had lost 14 kg, falling from 78 kg": the participle tells the same measure
        if v.dep_ == "advcl" and v.head.i in verbs and units[i] & units[v.head.i]:
            units[v.head.i] |= units.pop(i)
            del verbs[i]
    if len(verbs) < 2 or not any(v.dep_ in ("advcl", "conj") for v in verbs.values()):
        return []
    if len(set.union(*units.values())) < sum(len(u) for u in units.values()):
        return []  # one measure compared across clauses ("2 km then, 250 km now") is one claim
    return list(verbs.values())


CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "ccomp"})


def _coordinated_heads(span: Any) -> list[Any]:
    """Clauses joined by "and", each with its own subject or its own reported clause: "Two people
    drowned, and 400 were evacuated"; "The ministry denied that X, and said Y". The main clause
    is tried first, then the clause it reports ("officials said [A, and B]"). Contrasts ("X, but
    now Y") stay one claim: the comparison is what is claimed."""
    root = span.root
    reported = [c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    rival = _rival_account(root)
    if rival is not None and reported:
        return [root, rival]
    # "[A], and [B], officials said": the parser may hang both clauses off the reporting verb
    if (
        len(reported) >= 2
        and any(x.dep_ == "cc" and x.lower_ == "and" for c in reported[:-1] for x in c.children)
        and all(any(x.dep_ in CLAUSE_DEPS for x in c.children) for c in reported)
    ):
        return reported
    for v in (root, *reported):
        if v.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "cc" and c.lower_ == "and" for c in v.children):
            continue
        conj = [
            c
            for c in v.children
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(x.dep_ in CLAUSE_DEPS for x in c.children)
        ]
        if conj:
            return [v, *conj]
    return []


RIVAL_MARKS = frozenset("while whereas".split())


def _rival_account(root: Any) -> Any | None:
    """A second speaker's account hung off the first by "while" ("X has refused food for 33 days, his
    lawyer said, while the prison service insisted his health was stable"): a reporting verb with its own
    subject and its own reported clause, a claim of its own with its own origin. The parser may hang it off
    the first speaker's reported clause ("X said the span gave way at 17:38, while Y told a briefing it fell at
    17:52")."""
    if root.lemma_.lower() not in REPORTING_VERBS:
        return None
    reported = [c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    for c in [x for v in (root, *reported) for x in v.children]:
        if (
            c.dep_ == "advcl"
            and c.lemma_.lower() in REPORTING_VERBS | DENIAL_VERBS
            and any(x.dep_ == "mark" and x.lower_ in RIVAL_MARKS for x in c.children)
            and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
            and any(x.dep_ == "ccomp" for x in c.children)
        ):
            return c
    return None


def sub_clauses(span: Any, quantities: list[Quantity], dates: Sequence[DateValue] = ()) -> list[tuple[int, int]]:
    """Clauses that tell a fact each, as (start, end) offsets: coordinated or participial clauses
    carrying numbers of different units ("A fire tore through the depot, injuring 12 workers and
    forcing 400 residents out" -> "A fire tore through the depot, injuring 12 workers" and
    "forcing 400 residents out"), else clauses joined by "and" with a subject or a reported clause
    of their own (see ``_coordinated_heads``). Empty when the sentence tells one fact."""
    numbered = _numbered_heads(span, quantities, dates)
    heads = sorted(numbered or _coordinated_heads(span), key=lambda t: t.i)
    if len(heads) < 2:
        return _dated_relative(span, dates)
    out: list[tuple[int, int]] = []
    for n, v in enumerate(heads):
        others = {t.i for w in heads if w is not v and w.i > v.i and v.is_ancestor(w) for t in w.subtree}
        own = [t for t in v.subtree if t.i not in others and span.start <= t.i < span.end]
        while own and (own[-1].is_punct or own[-1].dep_ == "cc") and not _closes_quote(own):
            own.pop()
        if not own:
            continue
        start = span.start_char if n == 0 else own[0].idx
        part = span.doc.char_span(start, own[-1].idx + len(own[-1].text), alignment_mode="expand")
        if not numbered and (part is None or not (_checkworthy(part) or _nobody_clause(part))):
            return []  # a fragment would be no claim of its own: keep the sentence whole
        out.append((start, own[-1].idx + len(own[-1].text)))
    return _with_according(span, out) if len(out) >= 2 else []


def _day_of(span: Any, dates: Sequence[DateValue], start: int, end: int) -> set[str]:
    """The days and months the dates within [start, end) give to an act: not the day a thing was said
    ("said on Friday that ...", a verb with a reported clause)."""
    out = set()
    for d in dates:
        if d.precision not in ("day", "month") or not (start <= d.start and d.end <= end):
            continue
        tok = span.doc.char_span(d.start, d.end, alignment_mode="expand")
        v = _verb_of(tok.root) if tok is not None else None
        if v is not None and not any(c.dep_ == "ccomp" for c in v.children):
            out.add(d.value)
    return out


def _dated_relative(span: Any, dates: Sequence[DateValue]) -> list[tuple[int, int]]:
    """A relative clause set off by commas that dates an act of its own, inside a clause that dates
    another act to another day ("the banker, against whom a warrant was issued on 12 March, crossed
    the border on Sunday, 18 March"): two facts, the relative clause and the clause after it (from its
    verb's words after the relative clause to the end). Empty otherwise."""
    doc = span.doc
    for v in span:
        if v.dep_ != "relcl" or v.pos_ not in ("VERB", "AUX"):
            continue
        sub = list(v.subtree)
        first, last = sub[0], sub[-1]
        if first.i <= span.start or last.i + 2 >= span.end or doc[first.i - 1].text != ",":
            continue
        if doc[last.i + 1].text != ",":
            continue
        rel = (first.idx, last.idx + len(last.text))
        rest_tok = doc[last.i + 2]
        rest = (rest_tok.idx, span.end_char)
        outer = _verb_of(v.head)  # the clause the relative clause sits in
        if outer is None or not rest_tok.i <= outer.i < span.end:
            continue  # the clause it sits in must be told after it ("X, who ..., entered ...")
        own, other = _day_of(span, dates, *rel), _day_of(span, dates, *rest)
        if not own or not other or own & other:
            continue
        part = doc.char_span(*rest, alignment_mode="expand")
        if part is None or not _checkworthy(part):
            continue
        while rest[1] > rest[0] and doc.text[rest[1] - 1] in ".!?":
            rest = (rest[0], rest[1] - 1)
        return [rel, rest]
    return []


def _closes_quote(toks: list[Any]) -> bool:
    """The last token closes a quotation the tokens open ("the boat “turned back on its own”"):
    kept with the part, which would otherwise end inside the quote."""
    last = toks[-1].text
    if last in ("”", "’"):
        return any(t.text == {"”": "“", "’": "‘"}[last] for t in toks[:-1])
    return last == '"' and sum(t.text.count('"') for t in toks) % 2 == 0


def _nobody_clause(part: Any) -> bool:
    """A clause with a negative subject ("and that nobody was detained", "and no one was hurt"): a
    fact of its own, though it names nothing."""
    words = [t for t in part if t.is_alpha]
    negative = any(t.dep_ in ("nsubj", "nsubjpass") and negative_subject(t) for t in part)
    return len(words) >= 3 and negative and _has_verb(part)


def _with_according(span: Any, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """An "according to X" left between two parts (or after the last) goes with the part before it,
    the clause it attributes ("a train derailed, killing nine people, according to the ministry,
    though officials gave different accounts" -> "..., killing nine people, according to the ministry")."""
    text = span.doc.text
    out = list(parts)
    for tok in span:
        if tok.lower_ != "according" or tok.i + 1 >= span.end or tok.nbor(1).lower_ != "to":
            continue
        end = max(t.idx + len(t.text) for t in tok.subtree if t.i < span.end)
        for n, (s, e) in enumerate(out):
            nxt = out[n + 1][0] if n + 1 < len(out) else span.end_char
            if e <= tok.idx and end <= nxt and not text[e : tok.idx].strip(" ,"):
                out[n] = (s, end)
                break
    return out


def find_claims(doc: Any, article: Article, quotes: list[Quote], mentions: tuple[Mention, ...]) -> list[Claim]:
    text = article.text
    quotes = [q for q in quotes if q.article == article.id]
    date_spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "DATE"]
    claims: list[Claim] = []
    refers_back: set[str] = set()
    notes = correction_notes(text)  # what an earlier version said is no claim of the article
    for sent in doc.sents:
        for s0, e0 in _pieces(sent):
            s, e = _trim(text, s0, e0)
            if e <= s or in_spans(s, notes):
                continue
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None or not _checkworthy(span):
                continue
            quote = _quote_for(s, e, quotes)
            speaker = quote.speaker if quote is not None else _attribution(span, text, s, e)
            dates = find_dates(text, s, e, article.published, date_spans)
            quantities = find_quantities(
                text, s, e, exclude=[(d.start, d.end) for d in dates], pos={t.idx: t.pos_ for t in span}
            )
            claims.append(
                Claim(
                    id=content_id("c", article.id, s, e),
                    article=article.id,
                    start=s,
                    end=e,
                    text=text[s:e],
                    quote=quote.id if quote is not None else None,
                    origin=claim_origin(article, quote, speaker, quotes)
                    if quote is not None or speaker
                    else _finder(span) or article.outlet,
                    dates=tuple(dates),
                    quantities=tuple(quantities),
                    negated=_negated(span),
                    speaker=speaker,
                )
            )
            if _refers_back(span):
                refers_back.add(claims[-1].id)
            claims.extend(_split(claims[-1], span, quotes, article))
    return carry_attribution(claims, article, quotes, refers_back)


TIME_UNITS = frozenset("second minute hour day week month year decade century".split())


def _figures(c: Claim) -> set[str]:
    """Units of the figures a claim states: counts, amounts, shares and measures (not bare numbers,
    years or durations, which a writer gives in their own voice)."""
    return {str(q.unit) for q in c.quantities if q.unit and q.unit not in TIME_UNITS}


def carry_attribution(
    claims: list[Claim], article: Article, quotes: list[Quote], refers_back: AbstractSet[str] = frozenset()
) -> list[Claim]:
    """Figures stated without attribution take the origin the text gives them next to them:

    * the next sentence of the paragraph names their source and points back to them
      ("Turnout was 64 percent. The figure was announced by the commission on Monday.");
    * else the nearest attributed sentence before them states figures as reported speech, in
      the same paragraph, or in the one before when it states a figure of the same kind
      ("X won 52 percent, the commission said. [...] Turnout was 64 percent."), with only
      unattributed sentences between.

    A direct quote ends its speaker's words, so it is never carried on. Only ``origin`` changes:
    ``speaker`` and ``quote`` still say what the sentence itself says."""
    text = article.text
    breaks = [m.start() for m in re.finditer(r"\n\s*", text)]  # one break per run of blank lines
    kind = {q.id: q.kind for q in quotes}

    def para(c: Claim) -> int:
        return bisect.bisect_right(breaks, c.start)

    def attributed(c: Claim) -> bool:
        return c.quote is not None or c.speaker is not None

    out = list(claims)
    for i, c in enumerate(claims):
        units = _figures(c)
        if attributed(c) or c.origin != article.outlet or not units:
            continue
        src: Claim | None = None
        nxt = next((d for d in claims[i + 1 :] if d.start >= c.end), None)
        if nxt is not None and nxt.id in refers_back and para(nxt) == para(c):
            src = nxt
        else:
            for d in reversed(claims[:i]):
                if d.end > c.start:
                    continue  # the sentence this clause is part of
                if para(d) < para(c) - 1:
                    break
                if attributed(d):
                    own = _figures(d)
                    reported = d.quote is None or kind.get(d.quote) == "indirect"
                    if reported and own and (para(d) == para(c) or own & units):
                        src = d
                    break
        if src is not None and src.origin and src.origin != article.outlet:
            out[i] = dataclasses.replace(c, origin=src.origin)
    return out


def _split(parent: Claim, span: Any, quotes: list[Quote], article: Article) -> list[Claim]:
    """Sub-claims for clauses that tell a fact each; the sentence-level claim is kept too. A part
    is negated only by a negation inside it ("X denied A, and said B": B is no denial)."""
    out = []
    rival = _rival_account(span.root)
    for s, e in sub_clauses(span, list(parent.quantities), parent.dates):
        s, e = _trim(article.text, s, e)
        if e <= s or (s, e) == (parent.start, parent.end):
            continue
        part = span.doc.char_span(s, e, alignment_mode="expand")
        quote = _quote_for(s, e, quotes)
        speaker, origin = parent.speaker, parent.origin
        if rival is not None and part is not None and s > span.start_char and s <= rival.idx < e:
            # "..., while the prison service insisted ...": the second account is its speaker's
            speaker = _attribution(part, article.text, s, e) or speaker
            origin = claim_origin(article, quote, speaker, quotes) if speaker else origin
        out.append(
            dataclasses.replace(
                parent,
                speaker=speaker,
                origin=origin,
                id=content_id("c", article.id, s, e),
                start=s,
                end=e,
                text=article.text[s:e],
                quote=quote.id if quote is not None else parent.quote,
                dates=tuple(d for d in parent.dates if s <= d.start and d.end <= e),
                quantities=tuple(q for q in parent.quantities if s <= q.start and q.end <= e),
                negated=_negated(part) if part is not None else parent.negated,
            )
        )
    return out
