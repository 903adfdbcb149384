"""Coreference for speakers: pronouns, role descriptions and generic organisation nouns.

'he said' -> the person named (or quoted) just before, never a name inside a
quotation nor a place; 'the minister said' -> the person introduced with that
title or apposition; 'the company said' -> the organisation that is the subject
of the same or the previous sentence, else one named with that noun or kind.
Helpers over a spaCy ``Doc``; offsets are character offsets into its text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .attribution import OUTLET_NOUNS, SUBJ_DEPS, Name, doc_text, is_dateline, phrase_for, token_index_at
from .cues import (
    DATELINE,
    DOC_NOUNS,
    OUTLET_WORDS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    TITLE_WORDS,
    acronym,
    doc_ents,
    is_outlet_like,
    org_kind_of_name,
    org_kind_of_noun,
    strip_det,
)


@dataclass(frozen=True)
class Said:
    """A speaker met so far: who it resolved to, where it was mentioned, and where its statement ends."""

    name: Name  # the resolved speaker
    mention: Name  # the words in the text ('he', 'the minister', 'Ana Ruiz')
    last: int  # the latest offset of the mention or its statement


def inside(char: int, spans: list[tuple[int, int]]) -> bool:
    return any(o < char < c for o, c in spans)


def resolve_description(doc: Any, head: Any, before: int, since: int = 0, outlets: bool = True) -> Name | None:
    """'the Leader' / 'the minister' / 'the newspaper' -> the nearest earlier name it describes.

    A person or organisation introduced with that apposition ("X, the Leader of
    ...") or title ("Foreign Minister X"); for outlet nouns ("the newspaper"),
    the nearest earlier name that looks like an outlet (unless ``outlets`` is
    false: 'the agency said' is no news agency). Names before ``since`` (an
    earlier live-blog entry) are not taken.
    """
    lemma = head.lemma_.lower()
    org_noun = org_kind_of_noun(lemma) is not None  # 'the commission' is no person ('Commission chair X')
    best: Name | None = None
    for ent in doc_ents(doc):
        if ent.start_char >= before:
            break
        if ent.start_char < since:
            continue
        if lemma in OUTLET_NOUNS and (outlets or org_kind_of_noun(lemma) is None):
            if ent.label_ not in ("PERSON", "GPE", "NORP", "DATE", "CARDINAL") and is_outlet_like(ent.text):
                name = Name(ent.text, ent.start_char, ent.end_char, ent.label_)
                # 'the agency reported': a news agency, not a public body named '… Agency'
                if org_kind_of_noun(lemma) is None or news_outlet(doc, name):
                    best = name
            continue
        if ent.label_ not in ("PERSON", "ORG") or (org_noun and ent.label_ == "PERSON"):
            continue
        if ent.label_ == "ORG" and lemma not in {w.lower() for w in re.findall(r"[A-Za-z]+", ent.text)}:
            continue  # 'the ministry' may be 'the Interior Ministry'; 'the minister' is no ministry
        root = ent.root
        # 'Foreign Minister X': the title modifies the name itself, not another noun ('a museum spokeswoman, X')
        titled = any(
            t.lemma_.lower() == lemma and t.dep_ == "compound" and ent.start <= t.head.i < ent.end
            for t in doc[max(0, ent.start - 3) : ent.end]
        )
        titled = titled or (ent.label_ == "PERSON" and lemma in _title_words(doc, ent.start))
        titled = titled or (ent.label_ == "PERSON" and lemma in role_words(doc, ent.start, ent.end))
        if (
            titled
            or any(c.dep_ == "appos" and c.lemma_.lower() == lemma for c in root.children)
            or (root.dep_ == "appos" and root.head.lemma_.lower() == lemma)
        ):
            best = Name(ent.text, ent.start_char, ent.end_char, ent.label_)
    return best


ROLE_LINKS = frozenset(["of", "for", "on", "at", "and", "the", "a", "an", "'s", "\u2019s", "-"])
MAX_ROLE = 10  # tokens of a role phrase set off by commas


def role_words(doc: Any, start: int, end: int) -> set[str]:
    """Head words of a role set off by commas beside a name (tokens ``start:end``).

    'the Minister of Ports, Hon. Ana Ruiz,' / 'Ana Ruiz, the Minister of Ports,'
    -> {'minister'}: the words of the role's head ('Minister', 'director-general'),
    not of what it hangs on ('the minister's aide' is an aide).
    """
    out: set[str] = set()
    i = start - 1
    while i >= 0 and (doc[i].lower_.rstrip(".") in TITLE_WORDS or doc[i].text == ".") and start - i <= 3:
        i -= 1  # honorifics between the comma and the name ('…, Hon. Ana Ruiz')
    if i >= 0 and doc[i].text == ",":
        out |= _role_head(doc, _role_phrase(doc, i - 1, -1))
    if end < len(doc) and doc[end].text == ",":
        out |= _role_head(doc, _role_phrase(doc, end + 1, 1))
    return out


def _role_phrase(doc: Any, i: int, step: int) -> list[Any]:
    toks: list[Any] = []
    while 0 <= i < len(doc) and len(toks) < MAX_ROLE:
        t = doc[i]
        if "\n" in t.text or t.text in (",", ";", ":", "(", ")") or t.ent_type_ == "PERSON":
            break
        if not (t.pos_ in ("NOUN", "PROPN", "ADJ") or t.lower_ in ROLE_LINKS):
            break
        toks.append(t)
        if step < 0 and t.pos_ == "DET" and not (i > 0 and doc[i - 1].lower_ in ("of", "for", "on", "at", "and")):
            break  # the phrase's own article, not one inside it ('the Minister of the Interior')
        i += step
    return sorted(toks, key=lambda t: t.i)


def _role_head(doc: Any, toks: list[Any]) -> set[str]:
    """Lemmas of the role's head word, the last before a preposition ('Minister' of 'Minister of Ports').

    Words joined to it by hyphens count ('director-general'); modifiers do not
    ('the opposition spokesman' is a spokesman, not 'the opposition').
    """
    group: list[Any] = []
    for t in toks:
        if t.lower_ in ("of", "for", "on", "at", "and") or t.pos_ == "DET" and group:
            break
        if t.lower_ in ("'s", "\u2019s"):
            group = []  # 'the board's director': the director
            continue
        if t.pos_ != "DET":
            group.append(t)
    while group and group[-1].text == "-":
        group.pop()
    if not group:
        return set()
    head = [group[-1]]
    k = len(group) - 2
    while k >= 1 and group[k].text == "-" and not group[k].whitespace_:
        head.append(group[k - 1])
        k -= 2
    return {w for t in head for w in (t.lemma_.lower(), t.lower_)}


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


def resolve_pronoun(doc: Any, pron: Any, said: list[Said], quoted: list[tuple[int, int]]) -> Name | None:
    """'he' / 'they' -> the most salient earlier person or group (None when unsure).

    Candidates: person entities outside quotations, earlier speakers (also by
    where their statement ends, so 'He said …' after a long quotation goes to
    its speaker) and definite person nouns ('the minister') that resolve to a
    name. Places and names inside quoted text are never taken.
    """
    low = pron.lower_
    starts = doc.user_data.get("_st_sents")
    if starts is None:
        starts = [s.start for s in doc.sents]
        doc.user_data["_st_sents"] = starts
    sent_starts = [k for k in starts if k <= pron.i]
    window_start = sent_starts[-3] if len(sent_starts) >= 3 else 0
    # a long quotation can fill the sentence window: also reach back to the
    # paragraph before the pronoun's own ('Sandell said …' / '“…,” he said')
    para = _paragraph_start(doc, pron.idx)
    text = doc_text(doc)
    back = para - 1
    while back > 0 and text[back - 1].isspace():
        back -= 1
    prev_para = _paragraph_start(doc, back) if back > 0 else 0
    k = token_index_at(doc, prev_para)
    if k is not None and k < window_start:
        window_start = k
    lo = doc[window_start].idx
    if low in PLURAL_PRONOUNS:
        for s in reversed(said):
            if s.mention.end <= pron.idx and (s.mention.plural or s.name.plural) and s.mention.start >= lo:
                return s.name
        return None
    if low not in PERSON_PRONOUNS:
        return None
    # salience: a subject (+2), an earlier speaker (+2), in the pronoun's sentence or the one before (+2);
    # ties go to the later mention
    recent = sent_starts[-2] if len(sent_starts) >= 2 else 0
    cands: list[tuple[tuple[int, int], Name]] = []
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON" or ent.start < window_start or ent.end > pron.i:
            continue
        if inside(ent.start_char, quoted) or place_like(doc, ent.text):
            continue
        score = 2 * _subject_like(ent.root) + 2 * (ent.start >= recent)
        if any(s.mention.start <= ent.start_char < s.mention.end for s in said):
            score += 2  # 'Engineer X said …': the speaker span may start at the title
        cands.append(((score, ent.start), Name(ent.text, ent.start_char, ent.end_char, "PERSON")))
    for s in said:
        if s.mention.end > pron.idx or s.last < lo or not person_speaker(doc, s.name):
            continue
        root = _span_root(doc, s.mention.start, s.mention.end)
        at = token_index_at(doc, min(s.last, pron.idx))
        if root is None or at is None:
            continue
        at = min(at, pron.i - 1)
        cands.append(((2 + 2 * _subject_like(root) + 2 * (at >= recent), at), _person_in(doc, s.name)))
    for t in doc[window_start : pron.i]:
        noun = t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.text.islower())  # 'the minister' tagged NNP
        if noun and t.lower_ in PERSON_NOUNS and t.dep_ in SUBJ_DEPS:
            if inside(t.idx, quoted) or not any(c.lower_ == "the" for c in t.children):
                continue
            found = resolve_description(doc, t, t.idx)
            if found is not None and found.label == "PERSON":
                cands.append(((2 + 2 * (t.i >= recent), t.i), found))
    if not cands:
        return None
    return max(cands, key=lambda c: c[0])[1]


def _person_in(doc: Any, name: Name) -> Name:
    """The person entity a speaker phrase holds ('Commission chair Ana Ruiz' -> 'Ana Ruiz'), else the phrase."""
    text = doc_text(doc)
    for e in doc_ents(doc):
        if e.label_ == "PERSON" and name.start <= e.start_char and e.end_char <= name.end:
            if e.end_char == name.end or text[e.end_char : e.end_char + 1].isspace():
                return Name(e.text, e.start_char, e.end_char, "PERSON")  # whole words, not 'Castell' of 'Castell-Reyes'
    return name


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
    if words and (titled_name(doc, s) or _surname_of_person(doc, s)) and not place_like(doc, s.text):
        return True
    return (
        2 <= len(words) <= 5
        and all(w[:1].isupper() for w in words)
        and not any(w.isupper() and len(w) > 1 for w in words)
        and org_kind_of_name(s.text) is None
        and not lowered & OUTLET_WORDS
        and not any(e.label_ in ("GPE", "LOC", "NORP") and e.text == s.text for e in doc_ents(doc))
    )


TITLE_BEFORE = re.compile(r"(?:^|[^\w])([A-Z][A-Za-z]*)\.?\s+$")


def titled_name(doc: Any, s: Name) -> bool:
    """A name opened or preceded by a personal title ('Engr. Wenck', 'Comrade Ostrova')."""
    words = s.text.split()
    if len(words) >= 2 and words[0].lower().rstrip(".") in TITLE_WORDS and words[-1][:1].isupper():
        return True
    m = TITLE_BEFORE.search(doc_text(doc)[max(0, s.start - 24) : s.start])
    return m is not None and m.group(1).lower() in TITLE_WORDS and s.text[:1].isupper()


def _surname_of_person(doc: Any, s: Name) -> bool:
    """A single capitalised word that ends the name of a person named earlier ('Ruiz' after 'Ana Ruiz')."""
    if " " in s.text.strip() or not s.text[:1].isupper():
        return False
    return any(
        e.label_ == "PERSON" and e.start_char < s.start and len(e.text.split()) > 1 and e.text.split()[-1] == s.text
        for e in doc_ents(doc)
    )


DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "i", "ish", "ean")


def place_like(doc: Any, text: str) -> bool:
    """A name the parse calls a person but that reads as a place elsewhere in the text.

    Another mention labelled as a place, group or organisation, or a demonym
    built on it ('Orvandia' -> 'Orvandian'), marks a mislabelled country or city.
    """
    cache = doc.user_data.setdefault("_st_places", {})
    if text in cache:
        return bool(cache[text])
    key = text.lower()
    found = any(e.text.lower() == key and e.label_ in ("GPE", "LOC", "NORP", "FAC", "ORG") for e in doc_ents(doc))
    if not found and " " not in text and len(text) > 3:
        stem = key[:-1] if key[-1] in "aeiouy" else key
        forms = ({key + x for x in DEMONYM_ENDINGS} | {stem + x for x in DEMONYM_ENDINGS}) - {key}
        found = any(t.lower_ in forms and t.text[:1].isupper() for t in doc)
    cache[text] = found
    return found


def is_doc_noun(name: Name) -> bool:
    return name.lemma in DOC_NOUNS and name.label not in ("PERSON",)


def _acronym_expansion(doc: Any, ent: Any) -> Name | None:
    """'CFS' -> the earlier 'Calloway Freight Systems' it abbreviates."""
    letters = re.sub(r"[^A-Za-z]", "", ent.text)
    if not (2 <= len(letters) <= 6 and letters.isupper()):
        return None
    for other in doc_ents(doc):
        if other.start >= ent.start:
            break
        if other.label_ == "ORG" and other.text != ent.text and acronym(other.text) == letters:
            return Name(other.text, other.start_char, other.end_char, "ORG")
    return None


def resolve_generic_org(doc: Any, head: Any, before: int, speakers: list[Name], since: int = 0) -> Name | None:
    """'the company' / 'the ministry' / 'the union' -> the organisation it stands for.

    The organisation that is the subject of the same or the previous sentence
    ('X filed …, the company said'); else the most recent organisation whose name holds the noun ('the ministry' ->
    'the Ministry of Ports'); else the most recent one marked as the same kind
    ('the company' -> 'X Logistics'); for companies, else the most recent
    unmarked organisation that spoke or was a subject earlier.
    """
    lemma = head.lemma_.lower()
    kind = org_kind_of_noun(lemma)
    if kind is None:
        return None
    subj = _subject_org(doc, head, kind, since)
    if subj is not None:
        return subj
    orgs = [
        e
        for e in doc_ents(doc)
        if e.label_ == "ORG"
        and since <= e.start_char
        and e.end_char <= before
        and not is_dateline(doc[e.start])
        and not news_outlet(doc, Name(e.text, e.start_char, e.end_char, "ORG"))
    ]
    by_noun = [e for e in orgs if lemma in {w.lower() for w in re.findall(r"[A-Za-z]+", e.text)}]
    spoke = {s.start for s in speakers}
    # 'the museum' is the one that acted or spoke, else one not named as a mere place ('shown at the X Museum')
    topical = [e for e in by_noun if e.start_char in spoke or _in_subject(e.root)]
    by_noun = topical or [e for e in by_noun if not _locative(e.root)] or by_noun
    # an acronym counts as the name it abbreviates ('TFRA' for the 'X Food Regulatory Agency')
    same_kind = [e for e in orgs if org_kind_of_name(_full_name(doc, e).text) == kind]
    pick = by_noun[-1] if by_noun else (same_kind[-1] if same_kind else None)
    if pick is None and kind == "company":
        unmarked = [
            e for e in orgs if org_kind_of_name(e.text) is None and (e.start_char in spoke or e.root.dep_ in SUBJ_DEPS)
        ]
        pick = unmarked[-1] if unmarked else None
    if pick is None:
        return None
    return _acronym_expansion(doc, pick) or Name(pick.text, pick.start_char, pick.end_char, "ORG")


def _in_subject(tok: Any) -> bool:
    """A token inside a clause subject ('The board of the X Museum voted …'), through nouns and prepositions."""
    while tok.dep_ in ("pobj", "prep", "poss", "compound", "appos", "conj", "nmod", "case"):
        if tok.head is tok:
            return False
        tok = tok.head
    return tok.dep_ in SUBJ_DEPS


LOCATIVE_PREPS = frozenset("at in inside outside near into within".split())


def _locative(tok: Any) -> bool:
    """A name used as a place: the object of 'at' / 'in' ('shown at the X Museum', 'held in the Y Library')."""
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS


def news_outlet(doc: Any, name: Name) -> bool:
    """A news outlet or agency ('the X News agency', 'EBN' standing for it): never what 'the agency' names."""
    if org_kind_of_name(name.text) == "outlet":
        return True
    full = expand_acronym(doc, name)
    if full is not name and org_kind_of_name(full.text) == "outlet":
        return True
    text = doc_text(doc)
    # 'the X News agency (XNA)': the acronym defined right after an outlet's name
    m = re.search(r"\b(?:news|press) agency\s*\(\s*" + re.escape(strip_det(name.text)) + r"\s*\)", text, re.IGNORECASE)
    return m is not None


def _acronym_like(text: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", strip_det(text))
    return 2 <= len(letters) <= 6 and letters.isupper() and " " not in strip_det(text)


def _full_name(doc: Any, e: Any) -> Name:
    return expand_acronym(doc, Name(e.text, e.start_char, e.end_char, "ORG"))


def _subject_org(doc: Any, head: Any, kind: str, since: int = 0) -> Name | None:
    """'X filed for arbitration, the company said' / 'X denied it. …, the company said': X.

    The nearest proper-noun subject before the noun in its own sentence, else
    in the sentence before, that names an organisation of that kind (any name
    not marked otherwise, for companies); persons and places are not taken.
    """
    sent = head.sent
    prev = doc[sent.start - 1].sent if sent.start > 0 else None
    for span, upto in ((sent, head.i), (prev, None)):
        if span is None:
            continue
        subs = [
            t
            for t in span
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and (upto is None or t.i < upto)
        ]
        for t in reversed(subs):
            if t.ent_type_ not in ("", "ORG") or _named_place(doc, t.text) or t.idx < since or _dateline(t):
                continue
            ent = next((e for e in doc_ents(doc) if e.label_ == "ORG" and e.start <= t.i < e.end), None)
            name = Name(ent.text, ent.start_char, ent.end_char, "ORG") if ent is not None else phrase_for(t)
            if news_outlet(doc, name):
                continue  # 'the agency' is never a news agency merely cited
            full = expand_acronym(doc, name)
            marked = org_kind_of_name(full.text)
            # an unexplained acronym ('The TFRA ordered …, according to the agency') may be any body
            unmarked = marked is None and (kind == "company" or _acronym_like(full.text))
            if marked == kind or lemma_in(head, full.text) or unmarked:
                if marked is None and not _org_shaped(doc, name):
                    continue
                return full
    return None


def _dateline(tok: Any) -> bool:
    """'VARNEL, May 6 (FPA) -' / 'VARNEL (FPA) -': a dateline, not an acronym subject ('KGP, which …')."""
    return is_dateline(tok) and DATELINE.match(doc_text(tok.doc), tok.idx) is not None


def _named_place(doc: Any, text: str) -> bool:
    return any(e.text == text and e.label_ in ("GPE", "LOC", "NORP", "PERSON") for e in doc_ents(doc))


def lemma_in(head: Any, text: str) -> bool:
    return head.lemma_.lower() in {w.lower() for w in re.findall(r"[A-Za-z]+", text)}


def _org_shaped(doc: Any, name: Name) -> bool:
    """An unmarked name that reads as an organisation: an ORG entity or an acronym, not a person's name."""
    letters = re.sub(r"[^A-Za-z]", "", name.text)
    if 2 <= len(letters) <= 6 and letters.isupper():
        return True
    return any(e.label_ == "ORG" and e.start_char <= name.start < e.end_char for e in doc_ents(doc)) and not any(
        e.label_ == "PERSON" and e.start_char <= name.start < e.end_char for e in doc_ents(doc)
    )


def expand_acronym(doc: Any, name: Name) -> Name:
    """'KGP' -> the earlier 'Korvath Global Ports (KGP)' or organisation entity it abbreviates."""
    letters = re.sub(r"[^A-Za-z]", "", name.text)
    if not (2 <= len(letters) <= 6 and letters.isupper()):
        return name
    text = doc_text(doc)
    pattern = r"((?:[A-Z][\w'\u2019&.-]*\s+(?:(?:of|and|for|the|de)\s+)*){1,6})\(" + re.escape(name.text) + r"\)"
    for m in re.finditer(pattern, text[: name.start]):
        full = m.group(1).rstrip()
        words = full.split()
        for k in range(len(words)):
            if words[k][:1].isupper() and acronym(" ".join(words[k:])) == letters:
                at = m.start(1) + full.index(" ".join(words[k:]))
                return Name(full[at - m.start(1) :], at, m.start(1) + len(full), "ORG")
    for ent in doc_ents(doc):
        if ent.start_char >= name.start:
            break
        if ent.label_ == "ORG" and ent.text != name.text and acronym(ent.text) == letters:
            return Name(ent.text, ent.start_char, ent.end_char, "ORG")
    return name
