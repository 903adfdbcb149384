"""Direct quotes and reported speech, with speaker, cue and via-chain.

Direct quotes are found from quote marks (curly or straight, including the
multi-paragraph convention) and attributed from the clause after or before
them, or from a name lead-in with no verb ("Minister X: “…”"); a quote inside
a clause that an outlet relays ("X said that Y “…”, the agency reported") is
X's, via the agency. Reported speech comes from the dependency parse
(reporting verb + clausal complement, "according to X", content verbs with an
object); a clause with a quotation after its own reported words keeps both.
Furniture labels ("Photo", "Source:") are never speakers. Speakers are then
resolved (``analyze.speakers``, ``analyze.coref``): pronouns to the most
salient earlier person not shown to be of the other gender, 'it said' to the
organisation that is the latest subject or speaker, definite descriptions ("the minister") to the person
introduced with that title or apposition, generic organisation nouns ("the
company") to the organisation they stand for, and documents ("the report
said") to the outlet behind them (or the person the report says it
interviewed), which extends the via-chain.
"""

from __future__ import annotations

import re
from typing import Any

from ..model import Article, Mention, Quote, content_id
from .attribution import (
    Via,
    is_reporting_verb,
    name_after,
    phrase_for,
    quoted_as_saying,
    span_name,
    subject_of,
    token_index_at,
    via_in,
)
from .cues import (
    LABEL_VERBS,
    LABEL_WORDS,
    QUESTION_VERBS,
    TITLE_WORDS,
    correction_notes,
    doc_ents,
    drop_caches,
    find_quote_spans,
    in_spans,
    is_label,
    is_own_outlet,
)
from .interview import interview_raws, intro_person, mend_question_speakers, party
from .layout import title_line_ends
from .mentions import ROLE_NOUNS
from .reported import AUTHOR_PRONOUNS, cue_text, ent_left, find_reported, in_marks, quoting
from .speakers import Raw, continue_speakers, dedupe_via, extend_chains, resolve_speakers
from .voice import unlabelled_interview

__all__ = ["find_quotes"]

STOP_TOKENS = frozenset([".", "!", "?", ";", "\u201c", "\u201d", '"'])
MIN_WORDS = 3  # shorter quoted bits are scare quotes or titles


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
    answers, turns = interview_raws(doc, article)  # Q&A answers: the interviewee's speech
    if not turns:
        answers = _unlabelled_answers(doc, article)  # questions without 'Q:' labels
    kept = [(o, c) for o, c in marks if len(text[o + 1 : c].split()) >= MIN_WORDS]
    heads = title_line_ends(text, article.title)  # a headline line is a sentence of its own
    raws += find_reported(doc, text, kept + [r.mark for r in answers if r.mark is not None], heads)
    mend_question_speakers(doc, raws, turns)
    raws += answers
    notes = correction_notes(text)  # the outlet's notice about its own earlier text quotes no one
    raws = [r for r in raws if not in_spans(r.start, notes)]
    raws.sort(key=lambda r: (r.start, r.end))
    for r in raws:
        if r.speaker is not None and is_label(r.speaker.text):
            r.speaker, r.head, r.cue, r.via = None, None, None, []  # 'Photo', 'Video': page furniture
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
        if article.outlet:  # 'told the Sentinel' in the Sentinel: the publisher itself, not an intermediary
            r.via = [v for v in r.via if not is_own_outlet(article.outlet, v.name.text)]
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


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (len(text) if b < 0 else b)


def _attribute_direct(doc: Any, text: str, raw: Raw, marks: list[tuple[int, int]]) -> None:
    o, c = raw.mark or (raw.start, raw.end)
    if _after(doc, text, raw, o, c):
        _relayed(doc, text, raw, o, c, marks)
        return
    if _before(doc, text, raw, o, c, marks) or _next_line(doc, text, raw, c):
        return
    _verb_object(doc, raw, o, c)


RELAY_LEMMAS = frozenset(["report", "quote", "cite", "publish", "broadcast", "carry"])


def _relayed(doc: Any, text: str, raw: Raw, o: int, c: int, marks: list[tuple[int, int]]) -> None:
    """'X said that Y “…”, the agency reported': X speaks; the agency after the quote only relays."""
    head = raw.head
    if head is None or raw.speaker is None or not raw.cue:
        return
    i = token_index_at(doc, c + 1)
    verb = next((t for t in doc[i : i + 12] if t.text == raw.cue.split()[0]), None) if i is not None else None
    if verb is None or verb.lemma_.lower() not in RELAY_LEMMAS:
        return
    inner = Raw(raw.start, raw.end, raw.kind, mark=raw.mark)
    if not _before(doc, text, inner, o, c, marks) or inner.speaker is None:
        return
    if inner.label and (inner.head is None or inner.head.pos_ not in ("PRON", "PROPN")):
        return  # 'He called it “a farce”, the agency reported': a person's label, relayed; nothing else
    if inner.head is None or inner.head.i == head.i or not inner.cue:
        return
    relay = Via(raw.speaker, raw.cue, raw.speaker.start)
    raw.head, raw.speaker, raw.cue = inner.head, inner.speaker, inner.cue
    raw.via = inner.via + [relay] + [v for v in raw.via if v.name.start != relay.name.start]


# dependency steps from a quoted fragment up to the verb whose object holds it
OBJECT_PATH = frozenset(["dobj", "pobj", "prep", "attr", "oprd", "dative", "amod", "compound", "nmod", "conj", "appos"])
OBJECT_LINKS = frozenset(["dobj", "prep", "attr", "oprd", "dative"])
TOPIC_PREPS = frozenset(["of", "about", "on", "for", "against"])  # 'talking of “…”', 'blamed it on “…”'
MAX_FRAGMENT = 12  # tokens: a longer quotation is a statement, not a scare-quoted phrase


def _verb_object(doc: Any, raw: Raw, o: int, c: int) -> bool:
    """'The ministry blamed a “technical hitch”': a quoted fragment in a verb's object is the subject's word."""
    i, j = token_index_at(doc, o + 1), token_index_at(doc, c)
    if i is None or j is None or not 0 < j - i <= MAX_FRAGMENT:
        return False
    words = [t for t in doc[i:j] if t.is_alpha]
    if not words or all(t.text[:1].isupper() for t in words):
        return False  # a title ('the book “The Long Road”'), not someone's word
    roots = [t for t in doc[i:j] if not i <= t.head.i < j and not t.is_punct]
    if len(roots) != 1 or roots[0].pos_ in ("VERB", "AUX"):
        return False
    t = roots[0]
    for _ in range(6):
        h = t.head
        if t.dep_ not in OBJECT_PATH or h.i == t.i or o <= h.idx <= c:
            return False
        if h.pos_ == "VERB" and h.lemma_.lower() != "be":
            if t.dep_ not in OBJECT_LINKS or (t.dep_ == "prep" and t.lower_ not in TOPIC_PREPS):
                return False
            h = _labelling_host(h)
            subj = subject_of(h, skip=(o, c))
            if subj is None or subj.lower_ in AUTHOR_PRONOUNS or subj.pos_ == "SCONJ" or subj.dep_ == "nsubjpass":
                return False
            raw.head, raw.speaker, raw.cue, raw.label = subj, phrase_for(subj), cue_text(h), True
            sent = h.sent
            raw.via = via_in(doc, sent.start_char, sent.end_char, exclude=(raw.speaker.start, raw.speaker.end))
            return True
        t = h
    return False


def _after(doc: Any, text: str, raw: Raw, o: int, c: int) -> bool:
    """'“…,” said X' / '“…,” X told Y' / '“…,” the report said'."""
    i = token_index_at(doc, c + 1)
    if i is None:
        return False
    last = text[o + 1 : c].rstrip()[-1:]
    clause = []
    for t in doc[i : i + 20]:
        if (t.text in STOP_TOKENS and not _title_stop(doc, t)) or "\n" in t.text:
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
    question = "?" in text[o + 1 : c]
    for n, v in enumerate(clause[:18]):
        if not (is_reporting_verb(v) or (question and asks(v))):
            continue
        subj = subject_of(v, skip=(o, c))
        if n >= 10 and (subj is None or not c < subj.idx < v.idx):
            continue  # far from the quote: only 'X, a former …, said' (an apposition in between)
        if v.tag_ == "VBG" and (subj is None or subj.idx < o):
            continue  # '“…,” adding that …': the speaker is the one before the quote, or carries over
        if subj is None or not (c < subj.idx):
            left = [t for t in clause if t.i < v.i and t.pos_ in ("PROPN", "NOUN", "PRON")]
            subj = left[-1] if left else _object_after(v)
        if subj is None:
            continue
        raw.head = subj
        raw.speaker = phrase_for(subj)
        raw.cue = cue_text(v)
        end = clause[-1].idx + len(clause[-1]) if clause else c
        sent_end = v.sent.end_char if v.sent.end_char > end else end
        raw.via = via_in(doc, c + 1, max(end, sent_end), exclude=(raw.speaker.start, raw.speaker.end))
        return True
    return False


def _title_stop(doc: Any, t: Any) -> bool:
    """The full stop of an abbreviated title before a name ('Col. Jane Doe', 'Gen. Ivo Marr'): no sentence end."""
    if t.text != "." or t.i == 0 or t.i + 1 >= len(doc):
        return False
    prev, nxt = doc[t.i - 1], doc[t.i + 1]
    return not prev.whitespace_ and prev.text[:1].isupper() and prev.lower_ in TITLE_WORDS and nxt.text[:1].isupper()


def _object_after(v: Any) -> Any | None:
    """Inverted attribution the parser got wrong ('confirmed X'): the noun after the verb.

    A noun inside a prepositional phrase is where or when it was said, not who said it ('underlined at
    the press conference the Deputy Mayor X'): the search goes on past it, unless it is a person's name
    the parser hung on the phrase ('told to Fjord Herald Jane Doe, owner of a farm', where the outlet
    and the name run together).
    """
    for t in v.doc[v.i + 1 : v.i + 12]:
        if t.pos_ in ("PROPN", "NOUN") and t.dep_ not in ("compound", "amod", "poss"):
            if not _in_pp(t, v) or t.ent_type_ == "PERSON":
                return t
        if t.text in STOP_TOKENS or t.text == ",":
            break
    return None


def _in_pp(t: Any, v: Any) -> bool:
    """``t`` is the object of a preposition between the verb ``v`` and itself ('at the press conference')."""
    h = t
    for _ in range(4):
        if h.dep_ != "pobj" or h.head.i == h.i:
            return False
        if v.i < h.head.i < t.i and h.head.pos_ == "ADP":
            return True
        h = h.head
    return False


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
    semi = max((k for k in range(start_char, o) if text[k] == ";" and not in_marks(k, marks)), default=-1)
    if semi >= 0:
        start_char = semi + 1  # 'X said …; Y said “…”': only Y's clause
    j = token_index_at(doc, start_char)
    if j is None:
        return False
    toks = [t for t in doc[j:i] if not in_marks(t.idx, marks)]
    question = "?" in text[o + 1 : c]
    verbs = [t for t in toks if is_reporting_verb(t) or _labels_quote(t, o) or (question and asks(t))]
    verbs = [v for v in verbs if not _embedded_verb(doc, v, verbs, (o, c), colon)]
    verbs = [_labelling_host(v) for v in verbs]
    lead = _colon_lead(doc, toks) if colon and not verbs else None
    if lead is not None:
        raw.head, raw.speaker, raw.cue = lead, phrase_for(lead), ":"
        return True
    vox = _vox_pop_lead(doc, toks) if colon and not verbs else None
    if vox is not None:
        raw.head, raw.speaker, raw.cue = doc[vox[1] - 1], span_name(doc, vox[0], vox[1], doc[vox[1] - 1]), ":"
        return True
    if not verbs and colon:
        # 'X put it well on Monday: “…”': the main verb before the colon, the parse may hang it on the quote's
        verbs = [
            t for t in toks if t.pos_ == "VERB" and (t.dep_ == "ROOT" or (t.dep_ == "ccomp" and o < t.head.idx < c))
        ]
        verbs = verbs or [t for t in toks if _blunt_copula(t)]
    for v in reversed(verbs):
        subj = subject_of(v, skip=(o, c))
        if subj is not None and subj.dep_ == "nsubjpass" and subj.head.i == v.i and quoted_as_saying(v) is None:
            continue  # '… that the bank had not been informed and that “…”': the one informed says nothing
        if subj is not None and (not start_char <= subj.idx < o or in_marks(subj.idx, marks)):
            subj = None
        if subj is None and v.tag_ == "VBG":
            return False  # "…, adding, “…”": the speaker carries over from the previous quote
        if subj is None:
            subj = ent_left(doc, start_char, v) or _adjacent_noun(doc, start_char, v)
        if subj is None:
            continue
        raw.head = subj
        raw.speaker = phrase_for(subj)
        raw.cue = cue_text(v)
        raw.label = _labels_quote(v, o)
        raw.via = quoting(v) + via_in(
            doc, max(start_char, v.sent.start_char), o, exclude=(raw.speaker.start, raw.speaker.end)
        )
        return True
    return False


def _labelling_host(v: Any) -> Any:
    """'X called the parents who speak publicly “…”': a speech verb in a relative clause on the object of a
    labelling verb ('call', 'brand') gives way to that verb, whose subject names the quoted label."""
    obj = v.head
    if v.dep_ != "relcl" or obj.dep_ != "dobj" or obj.i >= v.i:
        return v
    host = obj.head
    return host if host.pos_ == "VERB" and host.lemma_.lower() in LABEL_VERBS else v


def _blunt_copula(t: Any) -> bool:
    """'Asked about it, the union president was blunt: “…”': a copula before a colon whose subject is a
    person's name or a title or role noun (not 'The message was clear: “…”')."""
    if t.pos_ != "AUX" or t.lemma_ != "be" or t.dep_ != "ROOT":
        return False
    if not any(c.dep_ == "acomp" for c in t.children):
        return False
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.pos_ == "PROPN" or subj.lower_ in TITLE_WORDS or subj.lower_ in ROLE_NOUNS)


def asks(v: Any) -> bool:
    """'asked', 'wondered', 'queried': a verb that introduces a quoted question."""
    return v.pos_ == "VERB" and v.lemma_.lower() in QUESTION_VERBS


COMPLEMENT_DEPS = frozenset(["ccomp", "parataxis", "dobj", "xcomp", "attr", "oprd"])


def _embedded_verb(doc: Any, v: Any, verbs: list[Any], mark: tuple[int, int], colon: bool) -> bool:
    """'X replied that the agency had repeated …, “because …”': 'repeated' is X's reported clause.

    A reporting verb inside the complement of another one before the quote
    does not govern a quotation set off after its clause: the main verb (and
    its speaker) does. The inner verb keeps a quotation that is its own
    complement ('X said Y told him: “…”').
    """
    if colon:
        return False
    outer = {t.i for t in verbs if t.i != v.i}
    t, inside = v, False
    for _ in range(4):  # up through complement clauses only ('replied that … had repeated'), not conjuncts
        if t.head.i == t.i or t.dep_ not in ("ccomp", "xcomp"):
            break
        t = t.head
        if t.i in outer:
            inside = True
            break
    if not inside:
        return False
    o, c = mark
    k = token_index_at(doc, o + 1)
    if k is None:
        return False
    root = doc[k]
    for _ in range(10):  # the quotation's root: the first token whose head lies outside it
        if root.head.i == root.i or not o < root.head.idx < c:
            break
        root = root.head
    return not (root.head.i == v.i and root.dep_ in COMPLEMENT_DEPS)


LEAD_LINKS = frozenset("of the for and bin ibn al el de van von - 's \u2019s .".split())
MAX_LEAD_WORDS = 7


def _colon_lead(doc: Any, toks: list[Any]) -> Any | None:
    """'Minister Ana Ruiz: “…”' / 'Comrade Ruiz: “…”': a name with no verb before a colon names the speaker.

    The lead must be a person's name (an entity, or a title word and a
    capitalised name), not a furniture label ('Photo:', 'Source:').
    """
    if not toks or toks[-1].text != ":":
        return None
    words = [t for t in toks[:-1] if not t.is_space]
    if not words or len(words) > MAX_LEAD_WORDS or any(t.text in (",", ";", "(", ")") for t in words):
        return None
    if any(t.lower_.rstrip(".") in LABEL_WORDS for t in words):
        return None
    if not all(t.text[:1].isupper() or t.lower_ in LEAD_LINKS for t in words):
        return None
    persons = [e for e in doc_ents(doc) if e.label_ == "PERSON" and words[0].i <= e.start and e.end <= words[-1].i + 1]
    if persons and persons[-1].end == words[-1].i + 1:
        return persons[-1].root
    titled = words[0].lower_.rstrip(".") in TITLE_WORDS
    names = [t for t in words[1:] if t.text[:1].isupper() and t.lower_.rstrip(".") not in TITLE_WORDS]
    if titled and names and names[-1].i == words[-1].i and not any(t.pos_ in ("VERB", "AUX") for t in names):
        return names[-1]
    return None


MAX_VOX_WORDS = 10
VOX_OPENERS = frozenset(["a", "an", "from", "of"])


def _vox_pop_lead(doc: Any, toks: list[Any]) -> tuple[int, int] | None:
    """'Tomas, 64, from Bellmar: “…”' / 'Lina, a nurse in Orvik: “…”': a name, a comma and a short
    description (an age, 'a/an …', 'from …') with no verb, before a colon: the token range of the name.
    """
    if not toks or toks[-1].text != ":":
        return None
    words = [t for t in toks[:-1] if not t.is_space]
    commas = [k for k, t in enumerate(words) if t.text == ","]
    if not commas or not 1 <= commas[0] <= 3 or len(words) > MAX_VOX_WORDS:
        return None
    name, rest = words[: commas[0]], [t for t in words[commas[0] + 1 :] if t.text != ","]
    if not rest or any(t.pos_ in ("VERB", "AUX") or t.text in (";", "(", ")") for t in words):
        return None
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper() for t in name):
        return None
    if any(t.ent_type_ in ("GPE", "LOC", "ORG", "NORP", "DATE", "FAC") for t in name):
        return None
    if any(t.lower_.rstrip(".") in LABEL_WORDS or t.lower_.rstrip(".") in TITLE_WORDS for t in name):
        return None
    first = rest[0]
    age = first.like_num and first.text.isdigit() and 0 < int(first.text) < 120
    if not (age or first.lower_ in VOX_OPENERS):
        return None
    return name[0].i, name[-1].i + 1


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
    """The noun right before a verb ('Al-Darwani states'), skipping adverbs and auxiliaries.

    A noun inside a modifier ('a diplomat familiar with the talks said') gives
    way to the noun the modifier hangs on.
    """
    i = v.i - 1
    while i >= 0 and doc[i].idx >= start_char:
        if doc[i].pos_ in ("ADV", "AUX", "PART"):
            i -= 1
        elif (k := _adverbial_start(doc[i])) is not None:
            i = k - 1  # 'have on several occasions warned': a time or place phrase, not the subject
        else:
            break
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


def _adverbial_start(t: Any) -> int | None:
    """Index of the preposition opening an adverbial phrase that ends at ``t`` ('on several occasions'),
    a phrase hung on a verb or auxiliary; None for anything else."""
    prep = t.head
    if t.dep_ != "pobj" or prep.dep_ != "prep" or prep.i >= t.i or t.right_edge.i != t.i:
        return None
    return prep.i if prep.head.pos_ in ("VERB", "AUX") else None


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


def _unlabelled_answers(doc: Any, article: Article) -> list[Raw]:
    """Direct quotes of the interviewee for the answers of a Q&A page without 'Q:' / 'A:' labels.

    The interviewee is the person the questions address ('Mrs. Varnel, ...' -> the fullest
    'Jane Varnel' in the text), else the first person the introduction names.
    """
    name, first, spans = unlabelled_interview(article.text)
    if not spans:
        return []
    sp = party(doc, name, first, []) if name else None
    if sp is None:
        sp = intro_person(doc, first)
    if sp is None:
        return []
    return [Raw(s.start, s.end, "direct", sp, None, ":", [], mark=(s.start - 1, s.end)) for s in spans]
