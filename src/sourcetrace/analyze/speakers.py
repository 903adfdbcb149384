"""Speaker resolution: pronouns, role descriptions and generic organisation nouns.

'he said' -> the person named just before; 'the minister said' -> the person
introduced with that title; 'the company said' -> the organisation it stands
for. Helpers over a spaCy ``Doc``; offsets are character offsets into its text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .attribution import (
    OUTLET_NOUNS,
    RECIPIENT_CUES,
    SUBJ_DEPS,
    Name,
    Via,
    attached_name,
    doc_agency,
    doc_text,
    interviewee,
    is_dateline,
    is_reporting_verb,
    phrase_for,
    subject_of,
    token_index_at,
)
from .cues import (
    DOC_NOUNS,
    ISSUE_VERBS,
    OUTLET_WORDS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    acronym,
    doc_ents,
    is_outlet_like,
    org_kind_of_name,
    org_kind_of_noun,
    same_outlet,
    strip_det,
)


def resolve_description(doc: Any, head: Any, before: int) -> Name | None:
    """'the Leader' / 'the minister' / 'the newspaper' -> the nearest earlier name it describes.

    A person or organisation introduced with that apposition ("X, the Leader of
    ...") or title ("Foreign Minister X"); for outlet nouns ("the newspaper"),
    the nearest earlier name that looks like an outlet.
    """
    lemma = head.lemma_.lower()
    org_noun = org_kind_of_noun(lemma) is not None  # 'the commission' is no person ('Commission chair X')
    best: Name | None = None
    for ent in doc_ents(doc):
        if ent.start_char >= before:
            break
        if lemma in OUTLET_NOUNS:
            if ent.label_ not in ("PERSON", "GPE", "NORP", "DATE", "CARDINAL") and is_outlet_like(ent.text):
                best = Name(ent.text, ent.start_char, ent.end_char, ent.label_)
            continue
        if ent.label_ not in ("PERSON", "ORG") or (org_noun and ent.label_ == "PERSON"):
            continue
        if ent.label_ == "ORG" and lemma not in {w.lower() for w in re.findall(r"[A-Za-z]+", ent.text)}:
            continue  # 'the ministry' may be 'the Interior Ministry'; 'the minister' is no ministry
        root = ent.root
        titled = any(t.lemma_.lower() == lemma and t.dep_ == "compound" for t in doc[max(0, ent.start - 3) : ent.end])
        titled = titled or (ent.label_ == "PERSON" and lemma in _title_words(doc, ent.start))
        if (
            titled
            or any(c.dep_ == "appos" and c.lemma_.lower() == lemma for c in root.children)
            or (root.dep_ == "appos" and root.head.lemma_.lower() == lemma)
        ):
            best = Name(ent.text, ent.start_char, ent.end_char, ent.label_)
    return best


def _title_words(doc: Any, start: int) -> set[str]:
    """Lemmas of a capitalised title run right before a name ('Minister of Water Dr X')."""
    out: set[str] = set()
    i = start - 1
    while i >= 0 and start - i <= 8:
        t = doc[i]
        if "\n" in t.text or not (t.text[:1].isupper() or t.lower_ in ("of", "for", "and", "-")):
            break
        out.update((t.lemma_.lower(), t.lower_))
        if t.is_sent_start:
            break
        i -= 1
    return out


def _paragraph_start(doc: Any, char: int) -> int:
    """Offset where the paragraph holding ``char`` starts (after a blank line or a line break)."""
    text = doc_text(doc)
    return text.rfind("\n", 0, max(0, char)) + 1


def resolve_pronoun(doc: Any, pron: Any, speakers: list[Name]) -> Name | None:
    """'he' / 'they' -> the most salient earlier person or group (None when unsure)."""
    low = pron.lower_
    starts = doc.user_data.get("_st_sents")
    if starts is None:
        starts = [s.start for s in doc.sents]
        doc.user_data["_st_sents"] = starts
    sent_starts = [k for k in starts if k <= pron.i]
    window_start = sent_starts[-3] if len(sent_starts) >= 3 else 0
    # a long quotation can fill the sentence window: also reach back to the
    # paragraph before the pronoun's own ('Breuer said …' / '“…,” he said')
    para = _paragraph_start(doc, pron.idx)
    text = doc_text(doc)
    back = para - 1
    while back > 0 and text[back - 1].isspace():
        back -= 1
    prev_para = _paragraph_start(doc, back) if back > 0 else 0
    k = token_index_at(doc, prev_para)
    if k is not None and k < window_start:
        window_start = k
    if low in PLURAL_PRONOUNS:
        for s in reversed(speakers):
            if s.start < pron.idx and s.plural and s.start >= doc[window_start].idx:
                return s
        return None
    if low not in PERSON_PRONOUNS:
        return None
    # salience: a subject (+2), an earlier speaker (+2), in the pronoun's sentence or the one before (+2);
    # ties go to the later mention
    recent = sent_starts[-2] if len(sent_starts) >= 2 else 0
    best: tuple[int, int] | None = None
    chosen: Name | None = None
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON" or ent.start < window_start or ent.end > pron.i or place_like(doc, ent.text):
            continue
        root = ent.root
        score = 2 * _subject_like(root) + 2 * (ent.start >= recent)
        if any(s.start <= ent.start_char < s.end for s in speakers):
            score += 2  # 'Engineer X said …': the speaker span may start at the title
        key = (score, ent.start)
        if best is None or key > best:
            best, chosen = key, Name(ent.text, ent.start_char, ent.end_char, "PERSON")
    # earlier speakers, whatever the entity label ('Maître X said …' typed ORG)
    lo = doc[window_start].idx
    named = [e.start_char for e in doc_ents(doc) if e.label_ == "PERSON"]
    for s in speakers:
        if any(s.start <= x < s.end for x in named):
            continue  # a person entity: scored above, by its own span
        if lo <= s.start and s.end <= pron.idx and person_speaker(doc, s):
            root = _span_root(doc, s.start, s.end)
            if root is None:
                continue
            key = (2 + 2 * _subject_like(root) + 2 * (root.i >= recent), root.i)
            if best is None or key > best:
                best, chosen = key, s
    return chosen


def _subject_like(tok: Any) -> bool:
    """A clause subject, or a name in apposition to one ('The minister, Ana Ruiz, ordered …')."""
    if tok.dep_ in SUBJ_DEPS or any(c.dep_ == "relcl" for c in tok.children):
        return True
    return tok.dep_ == "appos" and tok.head.dep_ in SUBJ_DEPS


def _span_root(doc: Any, start: int, end: int) -> Any | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def person_speaker(doc: Any, s: Name) -> bool:
    """A speaker that a singular personal pronoun can stand for: a person's name or a person noun."""
    if s.plural or is_doc_noun(s):
        return False
    if s.label == "PERSON":
        return not place_like(doc, s.text)
    if s.lemma in PERSON_NOUNS:
        return True
    if s.label not in ("", "ORG"):
        return False
    words = strip_det(s.text).split()
    lowered = {w.lower() for w in words}
    return (
        2 <= len(words) <= 5
        and all(w[:1].isupper() for w in words)
        and not any(w.isupper() and len(w) > 1 for w in words)
        and org_kind_of_name(s.text) is None
        and not lowered & OUTLET_WORDS
        and not any(e.label_ in ("GPE", "LOC", "NORP") and e.text == s.text for e in doc_ents(doc))
    )


DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "i", "ish", "ean")


def place_like(doc: Any, text: str) -> bool:
    """A name the parse calls a person but that reads as a place elsewhere in the text.

    Another mention labelled as a place, group or organisation, or a demonym
    built on it ('Velmaria' -> 'Velmarian'), marks a mislabelled country or city.
    """
    cache = doc.user_data.setdefault("_st_places", {})
    if text in cache:
        return bool(cache[text])
    key = text.lower()
    found = any(e.text.lower() == key and e.label_ in ("GPE", "LOC", "NORP", "FAC", "ORG") for e in doc_ents(doc))
    if not found and " " not in text and len(text) > 3:
        stem = key[:-1] if key[-1] in "aeiouy" else key
        forms = {key + x for x in DEMONYM_ENDINGS} | {stem + x for x in DEMONYM_ENDINGS}
        found = any(t.lower_ in forms and t.text[:1].isupper() for t in doc)
    cache[text] = found
    return found


def is_doc_noun(name: Name) -> bool:
    return name.lemma in DOC_NOUNS and name.label not in ("PERSON",)


def _acronym_expansion(doc: Any, ent: Any) -> Name | None:
    """'MBL' -> the earlier 'Marsden Bulk Logistics' it abbreviates."""
    letters = re.sub(r"[^A-Za-z]", "", ent.text)
    if not (2 <= len(letters) <= 6 and letters.isupper()):
        return None
    for other in doc_ents(doc):
        if other.start >= ent.start:
            break
        if other.label_ == "ORG" and other.text != ent.text and acronym(other.text) == letters:
            return Name(other.text, other.start_char, other.end_char, "ORG")
    return None


def resolve_generic_org(doc: Any, head: Any, before: int, speakers: list[Name]) -> Name | None:
    """'the company' / 'the ministry' / 'the union' -> the organisation it stands for.

    The most recent organisation whose name holds the noun ('the ministry' ->
    'the Ministry of Ports'); else the most recent one marked as the same kind
    ('the company' -> 'X Logistics'); for companies, else the most recent
    unmarked organisation that spoke or was a subject earlier.
    """
    lemma = head.lemma_.lower()
    kind = org_kind_of_noun(lemma)
    if kind is None:
        return None
    orgs = [e for e in doc_ents(doc) if e.label_ == "ORG" and e.end_char <= before and not is_dateline(doc[e.start])]
    by_noun = [e for e in orgs if lemma in {w.lower() for w in re.findall(r"[A-Za-z]+", e.text)}]
    same_kind = [e for e in orgs if org_kind_of_name(e.text) == kind]
    pick = by_noun[-1] if by_noun else (same_kind[-1] if same_kind else None)
    if pick is None and kind == "company":
        spoke = {s.start for s in speakers}
        unmarked = [
            e for e in orgs if org_kind_of_name(e.text) is None and (e.start_char in spoke or e.root.dep_ in SUBJ_DEPS)
        ]
        pick = unmarked[-1] if unmarked else None
    if pick is None:
        return None
    return _acronym_expansion(doc, pick) or Name(pick.text, pick.start_char, pick.end_char, "ORG")


# ---------------------------------------------------------------- resolving quote speakers


@dataclass
class Raw:
    """A quote or reported clause while its speaker is being worked out."""

    start: int
    end: int
    kind: str
    speaker: Name | None = None
    head: Any = None  # the speaker's head token, when it came from the parse
    cue: str | None = None
    via: list[Via] = field(default_factory=list)
    mark: tuple[int, int] | None = None  # quote-mark offsets of a direct quote
    label: bool = False  # a short quoted label ('accused X of “…”', 'called Y “…”')


def resolve_speakers(doc: Any, text: str, raws: list[Raw]) -> None:
    """Pronouns, definite descriptions and documents to named speakers, in text order."""
    seen: list[Name] = []
    outlets: list[Name] = []
    for r in raws:
        head, sp = r.head, r.speaker
        if sp is None:
            continue
        if head is not None and head.lemma_.lower() in DOC_NOUNS and head.pos_ == "NOUN":
            resolve_document(doc, text, r, head)  # the issuer's head token stays for the steps below
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
            if found is None:
                found = _titled_speaker(head.lemma_.lower(), sp.start, seen)
            if found is not None and head.pos_ == "PROPN" and len(found.text.split()) < len(sp.text.split()):
                found = None  # 'The X Electoral Commission' is a name already, fuller than 'the commission'
            if found is not None:
                r.speaker = found
        if r.speaker is not None:
            seen.append(r.speaker)
            if r.cue == "according to" and r.speaker.lemma not in DOC_NOUNS and strip_det(r.speaker.text)[:1].isupper():
                outlets.append(r.speaker)
        outlets += [v.name for v in r.via if v.cue not in RECIPIENT_CUES]
        outlets.sort(key=lambda x: x.start)


def resolve_document(doc: Any, text: str, r: Raw, head: Any) -> None:
    """'the report said': the person it interviewed, its issuer, or the outlet behind it.

    The issuer ('X issued a statement', 'X said in a statement', 'a statement
    from X') becomes the speaker with its head token kept in ``r.head``, so that
    a pronoun or generic noun there is resolved in turn; otherwise ``r.head`` is
    cleared.
    """
    before = r.speaker.start if r.speaker else r.start
    para_start, _ = _paragraph_of(text, min(r.start, before))
    found = interviewee(doc, para_start, r.start)
    if found is None and attached_name(doc, head) is None:
        issuer = document_issuer(doc, head, before)
        if issuer is not None:
            r.speaker, r.head = phrase_for(issuer), issuer
            return
    agency = doc_agency(doc, before, head)
    if found is not None and found[1] is not None:
        agency = found[1]
    extra = [Via(agency, "report", agency.start)] if agency is not None else []
    if found is not None:
        r.speaker = found[0]
        r.via = extra + r.via
    elif agency is not None:
        r.speaker = agency
    r.head = None


ISSUER_WINDOW = 1500  # characters back to look for the document's first mention


def document_issuer(doc: Any, head: Any, before: int) -> Any | None:
    """Head token of who issued the document 'the statement' refers to, from its nearest earlier mention.

    'X issued / released a statement', 'X said in a statement that …', 'a
    statement from / by X', 'X's statement'.
    """
    lemma = head.lemma_.lower()
    for t in reversed(doc[max(0, head.i - 400) : head.i + 1]):
        if t.idx < before - ISSUER_WINDOW:
            break
        if t.lemma_.lower() != lemma or t.pos_ != "NOUN":
            continue
        found = _issuer_of(t)
        if found is not None:
            return found
    return None


def _issuer_of(t: Any) -> Any | None:
    for c in t.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return c
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            objs = [p for p in c.children if p.dep_ == "pobj"]
            if objs:
                return objs[0]
        if c.dep_ == "acl" and c.lemma_.lower() in ISSUE_VERBS:  # 'the report, published by X,'
            agent = [p for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
            if agent:
                return agent[0]
    verb = None
    if t.dep_ == "pobj" and t.head.lower_ in ("in", "through", "via") and is_reporting_verb(t.head.head):
        verb = t.head.head  # 'X said in a statement'
    elif t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in ISSUE_VERBS:
        verb = t.head  # 'X issued a statement' / 'a statement was released by X'
        agent = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if t.dep_ == "nsubjpass":
            return agent[0] if agent else None
    if verb is None:
        return None
    subj = subject_of(verb)
    if subj is None or subj.dep_ == "nsubjpass" or subj.lemma_.lower() in DOC_NOUNS:
        return None
    return None if subj.lower_ in ("it", "this", "that", "which", "who") else subj


def continue_speakers(text: str, raws: list[Raw]) -> None:
    """An unattributed quote right after an attributed statement continues the same speaker."""
    prev: Raw | None = None
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


def extend_chains(raws: list[Raw]) -> None:
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


def dedupe_via(r: Raw) -> list[str]:
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


def _paragraph_of(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (len(text) if b < 0 else b)


def _titled_speaker(lemma: str, before: int, seen: list[Name]) -> Name | None:
    """'the minister' -> an earlier speaker given that title ('Minister of Transport Dr X')."""
    for x in reversed(seen):
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", x.text)]
        if x.start < before and x.label != "ORG" and x.lemma != lemma and lemma in words[:-1]:
            return x
    return None
