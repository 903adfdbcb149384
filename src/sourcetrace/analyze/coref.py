"""Coreference for speakers: pronouns, role descriptions and generic organisation nouns.

'he said' -> the person named (or quoted) just before, never a name inside a
quotation nor a place; 'the minister said' -> the person introduced with that
title or apposition; 'the company said' -> the organisation that is the subject
of the same or the previous sentence, else one named with that noun or kind;
'the union leader' -> the person introduced as the head of a body of that kind.
A wire's own agency (the dateline's '(FNA)') is never what 'the company' or
'the agency' names; an untagged name ending in a plural noun ('Varnel
Resources') is an organisation, not a person; a possessor ('Ana Ruiz's
husband') is not the person of the phrase.
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
    GROUP_KINDS,
    KIN_NOUNS,
    OUTLET_WORDS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    TITLE_WORDS,
    acronym,
    doc_ents,
    find_quote_spans,
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


# styles of address after 'His' / 'Her' ('His Excellency Ana Ruiz')
HONORIFIC_STYLES = frozenset(["excellency", "highness", "majesty", "holiness", "eminence"])
# the titles of whoever 'the head of state' / 'the head of government' stands for
HEAD_OF = {
    "state": frozenset("president king queen monarch emir sultan emperor empress".split()),
    "government": frozenset("premier chancellor".split()),
}


def role_lemmas(head: Any) -> frozenset[str]:
    """The role nouns a description stands for: its own lemma, or the titles of 'the head of state'."""
    lemma = head.lemma_.lower()
    if lemma == "head":
        for prep in head.rights:
            if prep.lower_ == "of":
                objs = [p.lemma_.lower() for p in prep.children if p.dep_ == "pobj"]
                if objs and objs[0] in HEAD_OF:
                    return HEAD_OF[objs[0]]
    return frozenset([lemma])


def resolve_description(doc: Any, head: Any, before: int, since: int = 0, outlets: bool = True) -> Name | None:
    """'the Leader' / 'the minister' / 'the newspaper' -> the nearest earlier name it describes.

    A person or organisation introduced with that apposition ("X, the Leader of
    ...") or title ("Foreign Minister X"); for outlet nouns ("the newspaper"),
    the nearest earlier name that looks like an outlet (unless ``outlets`` is
    false: 'the agency said' is no news agency). Names before ``since`` (an
    earlier live-blog entry) are not taken.
    """
    lemma = head.lemma_.lower()
    lemmas = role_lemmas(head)
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
        if any(_described_by(doc, ent, x) for x in lemmas):
            best = Name(ent.text, ent.start_char, ent.end_char, ent.label_)
    if best is None and not org_noun and lemma not in OUTLET_NOUNS:
        best = _titled_in_text(doc, lemmas, max(since, before - TITLED_WINDOW), before)
    return best


TITLED_WINDOW = 3000  # characters back to look for a capitalised title before a name the tagger missed
_NAME_WORD = r"[A-Z][a-z][\w'\u2019-]*"


def _titled_in_text(doc: Any, lemmas: frozenset[str], since: int, before: int) -> Name | None:
    """'Corporal Ana Ruiz … the corporal said': a capitalised title right before a capitalised name introduces
    that person even where the tagger found no person there (the latest such name)."""
    text = doc_text(doc)
    best: Name | None = None
    for lemma in lemmas:
        if lemma not in TITLE_WORDS:
            continue
        pattern = r"\b" + re.escape(lemma.capitalize()) + rf"\s+({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})"
        for m in re.finditer(pattern, text[since:before]):
            words = m.group(1).split()
            if any(w.lower().rstrip(".") in TITLE_WORDS | PERSON_NOUNS for w in words):
                continue
            start = since + m.start(1)
            ents = [e for e in doc_ents(doc) if e.start_char <= start < e.end_char]
            if ents and ents[0].label_ in ("ORG", "GPE", "NORP", "FAC"):
                continue  # 'Minister Avenue', 'President Hotel': a place or a body
            if best is None or start > best.start:
                best = Name(m.group(1), start, start + len(m.group(1)), "PERSON")
    return best


def _described_by(doc: Any, ent: Any, lemma: str) -> bool:
    """The name carries the role noun as a title ('Foreign Minister X') or in apposition ('X, the minister,')."""
    root = ent.root
    # 'Foreign Minister X': the title modifies the name itself, not another noun ('a museum spokeswoman, X')
    titled = any(
        t.lemma_.lower() == lemma and t.dep_ == "compound" and ent.start <= t.head.i < ent.end
        for t in doc[max(0, ent.start - 3) : ent.end]
    )
    titled = titled or (ent.label_ == "PERSON" and lemma in _title_words(doc, ent.start))
    titled = titled or (ent.label_ == "PERSON" and lemma in role_words(doc, ent.start, ent.end))
    return (
        titled
        or any(c.dep_ == "appos" and c.lemma_.lower() == lemma for c in root.children)
        or (root.dep_ == "appos" and root.head.lemma_.lower() == lemma)
    )


def resolve_sole_holder(doc: Any, head: Any, since: int = 0, until: int | None = None) -> Name | None:
    """'The outspoken mayor said …' before the article names her: the one person it ever gives that title.

    Only for a role noun of persons ('mayor', 'governor'), and only when every
    person so titled anywhere in the article (from ``since``) is the same one
    ('Mayor Ana Ruiz' and 'Ruiz'), between ``since`` and ``until``; the first such mention is returned.
    """
    lemma = head.lemma_.lower()
    if not (lemma in PERSON_NOUNS or lemma in TITLE_WORDS) or org_kind_of_noun(lemma) is not None:
        return None
    found = [
        e
        for e in doc_ents(doc)
        if since <= e.start_char < (len(doc_text(doc)) if until is None else until)
        and e.label_ == "PERSON"
        and not e.start <= head.i < e.end
        and _described_by(doc, e, lemma)
    ]
    keys = {_name_key(e.text).split()[-1] for e in found if _name_key(e.text)}
    if len(keys) != 1:
        return None
    e = found[0]
    return Name(e.text, e.start_char, e.end_char, "PERSON")


# nouns for whoever heads a body: 'the union leader' is the person introduced as the union's chairman
HEAD_NOUNS = frozenset(
    """
    leader head chief boss chairman chairwoman chair chairperson president director secretary-general
    general-secretary ceo
    """.split()
)


def resolve_head_of(doc: Any, head: Any, before: int, since: int = 0) -> Name | None:
    """'the union leader' / 'the leader of the miners' union' -> the person introduced earlier as the head
    of a body of that kind ('Ivo Marr, the chairman of the Varnel Dockers' Federation,'); the latest one."""
    if head.lemma_.lower() not in HEAD_NOUNS and head.lower_ not in HEAD_NOUNS:
        return None
    mods = [c for c in head.children if c.dep_ == "compound"]  # 'the union leader'
    # 'the leader of the union'
    mods += [p for c in head.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    kinds = {org_kind_of_noun(m.lemma_.lower()) for m in mods if m.pos_ == "NOUN"} - {None}
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    best: Name | None = None
    for ent in doc_ents(doc):
        if ent.start_char >= before:
            break
        if ent.start_char < since or ent.label_ != "PERSON" or len(ent.text.split()) < 2:
            continue
        for step, comma in ((-1, ent.start - 1), (1, ent.end)):
            at = comma + step  # the role phrase beyond the comma beside the name
            if not (0 <= comma < len(doc) and 0 <= at < len(doc)) or doc[comma].text != ",":
                continue
            role = _role_phrase(doc, at, step)
            words = {w for t in role for w in (t.lemma_.lower(), t.lower_)}
            if not words & HEAD_NOUNS:
                continue
            of = min((x.i for x in role if x.lower_ == "of"), default=len(doc))
            tail = " ".join(t.text for t in role if t.i > of)
            org = next((e for e in doc_ents(doc) if e.label_ == "ORG" and e.start <= of + 1 < e.end), None)
            if org is not None and len(org.text) > len(tail):
                tail = org.text  # 'the chairman of the Varnel Dockers' Federation': the body's whole name
            if tail and org_kind_of_name(tail) == kind:
                best = Name(ent.text, ent.start_char, ent.end_char, "PERSON")
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
    while (
        i >= 0
        and start - i <= 3
        and (
            doc[i].lower_.rstrip(".") in TITLE_WORDS
            or doc[i].text == "."
            or (doc[i].lower_ in ("his", "her") and i + 1 < start and doc[i + 1].lower_ in HONORIFIC_STYLES)
        )
    ):
        i -= 1  # honorifics between the comma and the name ('…, Hon. Ana Ruiz', '…, His Excellency Ana Ruiz')
    if i >= 0 and doc[i].text == ",":
        out |= _role_head(doc, _role_phrase(doc, i - 1, -1))
    if end < len(doc) and doc[end].text == ",":
        after = _role_phrase(doc, end + 1, 1)
        nxt = after[-1].i + 1 if after else len(doc)
        # 'According to Ana Ruiz, the minister said …': the role is the next clause's subject, no apposition
        if not (nxt < len(doc) and doc[nxt].pos_ in ("VERB", "AUX")):
            out |= _role_head(doc, after)
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
    if low == "it":
        return resolve_it(doc, pron, said, quoted, lo)
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
    opened = _quote_before(doc, pron, quoted)
    if opened is not None:
        # '“A. B,” she said': a quotation of several sentences is one; the sentence before it is the recent one
        before_quote = [k for k in sent_starts if k <= opened]
        recent = min(recent, before_quote[-2] if len(before_quote) >= 2 else 0)
    cands: list[tuple[tuple[int, int], Name]] = []
    for ent in doc_ents(doc):
        if not person_ent(ent) or ent.start < window_start or ent.end > pron.i:
            continue
        if inside(ent.start_char, quoted) or place_like(doc, ent.text) or named_thing(doc, ent.text):
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
    # gender agreement: a person the text shows to be of the other gender is no referent; where one is
    # left out, persons named further back count too
    gender = PRONOUN_GENDER.get(low)
    agreeing = [c for c in cands if not _disagrees(doc, c[1], gender)]
    if len(agreeing) < len(cands):
        agreeing += _earlier_persons(doc, window_start, gender, quoted)
    if not agreeing:
        return None
    return max(agreeing, key=lambda c: c[0])[1]


def _quote_before(doc: Any, pron: Any, quoted: list[tuple[int, int]]) -> int | None:
    """Token index where the quotation that the pronoun's attribution follows ('“…,” she said') opens."""
    text = doc_text(doc)
    for o, c in quoted:
        if c < pron.idx and pron.idx - c <= 4 and not text[c + 1 : pron.idx].strip(" ,\u2014-"):
            return token_index_at(doc, o)
    return None


NON_PERSON_LABELS = frozenset(["GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY"])


def person_ent(ent: Any) -> bool:
    """A person entity, or one the parse mislabelled that opens with a personal title and a capitalised name.

    'Lieutenant Commander Ana Ruiz' read as a work of art is still a person, and so is a lone surname read as
    an organisation after the person's full name.
    """
    if ent.label_ == "PERSON":
        return True
    if ent.label_ in NON_PERSON_LABELS:
        return False
    words = ent.text.split()
    if ent.label_ == "ORG" and _surname_of_person(ent.doc, Name(ent.text, ent.start_char, ent.end_char, "ORG")):
        return True  # 'Ruiz' tagged as a body after 'Ana Ruiz' was named: still her
    rest = [w for w in words if w.lower().rstrip(".") not in TITLE_WORDS]
    return (
        len(words) >= 2
        and words[0].lower().rstrip(".") in TITLE_WORDS
        and bool(rest)
        and len(rest) <= 4
        and all(w[:1].isupper() for w in words)
    )


# ---------------------------------------------------------------- gender agreement

PRONOUN_GENDER = {
    **{w: "m" for w in ("he", "him", "his", "himself")},
    **{w: "f" for w in ("she", "her", "hers", "herself")},
}
# titles and role nouns that mark a person's gender ('Mrs Ruiz', 'Ana Ruiz, the board's spokeswoman,', 'her husband, X')
GENDER_WORDS: dict[str, str] = {
    **{
        w: "m"
        for w in """
        mr mister sir lord king prince duke baron earl monsieur señor senor herr signor
        husband father son brother uncle nephew grandfather grandson boyfriend widower stepfather
        spokesman businessman congressman councilman policeman assemblyman
        """.split()
    },
    **{
        w: "f"
        for w in """
        mrs ms miss madam madame mme lady dame queen princess duchess baroness countess señora senora frau signora
        wife mother daughter sister aunt niece grandmother granddaughter girlfriend widow stepmother
        spokeswoman businesswoman congresswoman councilwoman policewoman assemblywoman chairwoman actress
        """.split()
    },
}
MAX_TITLE_GAP = 3  # tokens between a gendered title or role noun and the name ('Mrs. Ana Ruiz', 'spokeswoman Ruiz')


def _disagrees(doc: Any, name: Name, gender: str | None) -> bool:
    """The text marks the person's gender, and it is not the pronoun's."""
    if gender is None:
        return False
    known = person_gender(doc, name)
    return known is not None and known != gender


def _name_key(text: str) -> str:
    """A person's name without articles or leading titles ('Mrs. Ana Ruiz' -> 'ana ruiz')."""
    words = strip_det(text).split()
    while len(words) > 1 and (words[0].lower().rstrip(".") in TITLE_WORDS or words[0].lower() in GENDER_WORDS):
        words = words[1:]
    return " ".join(words).lower()


def person_gender(doc: Any, name: Name) -> str | None:
    """'m' / 'f' where the article shows a person's gender, else None.

    Shown by a gendered title or role noun with the name ('Mrs Ruiz', 'Ana
    Ruiz, the board's spokeswoman,', 'her husband, Tom Ruiz,'), or by a
    subject or possessive pronoun whose only possible referent is that
    person ('Tom Ruiz said his lawyer …'). Conflicting marks give
    None. A surname alone takes the gender of the one full name it ends.
    """
    genders = doc.user_data.get("_st_gender")
    if genders is None:
        genders = _genders(doc)
        doc.user_data["_st_gender"] = genders
    key = _name_key(name.text)
    if " " not in key:
        # a surname alone: the one full name it ends (two people sharing it leave it open)
        full = [k for k in genders if " " in k and k.split()[-1] == key]
        if len(full) == 1 and not genders.get(key):
            key = full[0]
    return genders.get(key) or None


def _genders(doc: Any) -> dict[str, str]:
    """Gender marks per person name (lower-case, without titles); '' where none or conflicting ones."""
    marks: dict[str, set[str]] = {}
    persons = [
        e for e in doc_ents(doc) if person_ent(e) and not place_like(doc, e.text) and not named_thing(doc, e.text)
    ]
    full = {_name_key(e.text) for e in persons if " " in _name_key(e.text)}
    for e in persons:
        key = _canonical(_name_key(e.text), full)
        if not key:
            continue
        found = marks.setdefault(key, set())
        words = _titles_before(doc, e.start) | role_words(doc, e.start, e.end)
        for t in doc[e.start : e.end - 1]:  # the name's own leading titles ('Mrs Ana Ruiz'), not 'Tom King'
            w = t.lower_.rstrip(".")
            if w not in GENDER_WORDS and w not in TITLE_WORDS:
                break
            words.add(w)
        for w in words:
            if w in GENDER_WORDS:
                found.add(GENDER_WORDS[w])
        if not found and _feminine_form(_name_key(e.text)):
            found.add("f")
    quoted = find_quote_spans(doc_text(doc))
    for t in doc:
        g = PRONOUN_GENDER.get(t.lower_)
        if g is None or t.dep_ not in ("nsubj", "nsubjpass", "poss") or inside(t.idx, quoted):
            continue
        only = _only_person_before(doc, t, persons, quoted)
        if only is not None:
            marks.setdefault(_canonical(_name_key(only.text), full), set()).add(g)
    return {k: (next(iter(v)) if len(v) == 1 else "") for k, v in marks.items()}


# Slavic feminine surname endings ('Ivanova', 'Petrovna', 'Lisowska', 'Novakova'): a closed set of inflections
_FEMININE_SURNAME_RE = re.compile(r"[^aeiouy](?:ova|eva|ovna|evna|skaya|ska|cka)$")


def _feminine_form(key: str) -> bool:
    """A full name whose given name ends in '-a' and whose surname takes a Slavic feminine ending ('Olga Varnikova',
    'Anna Lisowska'): a woman's name, the masculine forms being '-ov', '-ski' ('Jorge Villanueva' is no such)."""
    words = key.split()
    return (
        len(words) >= 2
        and words[0].endswith("a")
        and len(words[-1]) >= 6
        and bool(_FEMININE_SURNAME_RE.search(words[-1]))
    )


def _titles_before(doc: Any, start: int) -> set[str]:
    """Title words and role nouns right before a name ('Mrs. Ana Ruiz', 'spokeswoman Ruiz'), not across a link word."""
    out: set[str] = set()
    i = start - 1
    while i >= 0 and start - i <= MAX_TITLE_GAP:
        w = doc[i].lower_.rstrip(".")
        if doc[i].text == ".":
            i -= 1
            continue
        if w not in GENDER_WORDS and w not in TITLE_WORDS:
            break
        out.add(w)
        i -= 1
    return out


def _only_person_before(doc: Any, t: Any, persons: list[Any], quoted: list[tuple[int, int]]) -> Any | None:
    """The one person a pronoun can refer to: the only one named before it in its own sentence.

    Any other person, named or described by a person noun ('a lawyer') not set
    beside the name, makes it ambiguous; so does a sentence naming none (the
    pronoun may reach back to anyone).
    """
    a, b = t.sent.start, t.i
    full = {_name_key(e.text) for e in persons if " " in _name_key(e.text)}
    named = [e for e in persons if a <= e.start and e.end <= b and not inside(e.start_char, quoted)]
    keys = {_canonical(_name_key(e.text), full) for e in named}
    tokens = {i for e in named for i in range(e.start, e.end)}
    nouns = [
        x
        for x in doc[a:b]
        if x.pos_ == "NOUN"
        and (x.lower_ in PERSON_NOUNS or x.lower_ in GENDER_WORDS)
        and x.i not in tokens
        and not inside(x.idx, quoted)
        and not _beside_name(x, tokens)
    ]
    return named[-1] if len(keys) == 1 and not nouns else None


def _canonical(key: str, full: set[str]) -> str:
    """A surname stands for the one full name it ends ('ruiz' -> 'ana ruiz'); with two such names it stays."""
    if " " in key:
        return key
    ends = [k for k in full if k.split()[-1] == key]
    return ends[0] if len(ends) == 1 else key


def _beside_name(x: Any, name_tokens: set[int]) -> bool:
    """A role noun set beside a name ('her husband, Tom Ruiz,', 'spokeswoman Ana Ruiz'): the same person."""
    if any(c.i in name_tokens for c in x.children if c.dep_ in ("appos", "compound", "flat")):
        return True
    if x.head.i in name_tokens and x.dep_ in ("appos", "compound"):
        return True
    return any(abs(x.i - i) <= 2 for i in name_tokens)


def _earlier_persons(
    doc: Any, before: int, gender: str | None, quoted: list[tuple[int, int]]
) -> list[tuple[tuple[int, int], Name]]:
    """Persons named before token ``before`` (outside quotations, within reach) not known to be of another gender.

    Scored as pronoun candidates: a subject +2, none recent.
    """
    lo = doc[before].idx - EARLIER_REACH if before < len(doc) else 0
    out: list[tuple[tuple[int, int], Name]] = []
    for ent in doc_ents(doc):
        if ent.start >= before or ent.start_char < lo:
            continue
        if not person_ent(ent) or inside(ent.start_char, quoted) or place_like(doc, ent.text):
            continue
        if named_thing(doc, ent.text):
            continue
        name = Name(ent.text, ent.start_char, ent.end_char, "PERSON")
        if not _disagrees(doc, name, gender):
            out.append(((2 * _subject_like(ent.root), ent.start), name))
    return out


EARLIER_REACH = 1500  # characters back to look for a person of the pronoun's gender


MAX_IT_SENTENCES = 3  # sentences back that 'it said' looks for the organisation it stands for


def resolve_it(doc: Any, pron: Any, said: list[Said], quoted: list[tuple[int, int]], lo: int) -> Name | None:
    """'It said …' -> the organisation (or country) that is the latest subject or speaker before it.

    Going back sentence by sentence (to the previous paragraph at most), the
    first sentence with a speaker or main-clause subject outside quotations
    decides: an organisation or country is the answer; a person, a pronoun or
    another thing ('the report', 'the boat') leaves 'it' unresolved.
    """
    sent = pron.sent
    for _ in range(MAX_IT_SENTENCES):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        if sent.end_char <= lo:
            return None
        spoke = [x for x in said if sent.start_char <= x.mention.start < sent.end_char]
        subj = _main_subject(sent, quoted)
        if subj is not None and any(x.mention.start <= subj.idx < x.mention.end for x in spoke):
            spoke = [x for x in spoke if x.mention.start <= subj.idx < x.mention.end]
        if spoke:
            name = spoke[-1].name
            return name if _org_like(doc, name) else None
        if subj is None:
            continue
        if subj.pos_ == "PRON":
            return None
        found = _org_phrase(doc, subj)
        return found if _org_like(doc, found) else None
    return None


def _main_subject(sent: Any, quoted: list[tuple[int, int]]) -> Any | None:
    """The subject of a sentence's main verb, outside quotations."""
    root = sent.root
    subs = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and not inside(c.idx, quoted)]
    return subs[0] if subs else None


def _org_phrase(doc: Any, tok: Any) -> Name:
    """The organisation a subject names: its entity, or the body a generic noun stands for ('the ministry')."""
    for e in doc_ents(doc):
        if e.start <= tok.i < e.end and e.label_ in ("ORG", "GPE"):
            return Name(e.text, e.start_char, e.end_char, e.label_)
    if tok.pos_ == "NOUN" and any(c.lower_ == "the" for c in tok.children):
        found = resolve_generic_org(doc, tok, tok.idx, [])
        if found is not None:
            return found
    return phrase_for(tok)


def _org_like(doc: Any, name: Name) -> bool:
    """A speaker 'it' can stand for: an organisation or country, never a person or a document."""
    if name.label in ("ORG", "GPE"):
        return not is_doc_noun(name)
    if name.label or is_doc_noun(name) or person_speaker(doc, name) or (name.plural and not _plural_name(doc, name)):
        return False
    return org_kind_of_noun(name.lemma) is not None or _acronym_like(name.text) or _plural_name(doc, name)


def _person_in(doc: Any, name: Name) -> Name:
    """The person entity a speaker phrase holds ('Commission chair Ana Ruiz' -> 'Ana Ruiz'), else the phrase.
    A possessor is not the phrase's person ('Ana Ruiz's husband' is not Ana Ruiz)."""
    text = doc_text(doc)
    for e in doc_ents(doc):
        if re.match(r"['\u2019]s?\b", text[e.end_char : e.end_char + 2]):
            continue
        if e.label_ == "PERSON" and name.start <= e.start_char and e.end_char <= name.end:
            if e.end_char == name.end or text[e.end_char : e.end_char + 1].isspace():
                return Name(e.text, e.start_char, e.end_char, "PERSON")  # whole words, not 'Castell' of 'Castell-Reyes'
    return name


def _subject_like(tok: Any) -> bool:
    """A clause subject, a passive's agent, or a name in apposition to a subject ('The minister, Ana Ruiz, …')."""
    if tok.dep_ in SUBJ_DEPS or any(c.dep_ == "relcl" for c in tok.children):
        return True
    if tok.dep_ == "ROOT" and tok.pos_ == "PROPN" and any(c.pos_ == "VERB" for c in tok.subtree):
        return True  # 'MP Ana Ruiz, a former judge, called on …' parsed with the name as the root
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        return True  # 'That account was muddied by Tom Ruiz himself': the passive's agent is its logical subject
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
    if s.lemma in PERSON_NOUNS or s.lemma in KIN_NOUNS:
        return True
    if s.label not in ("", "ORG"):
        # 'Lieutenant Commander Ana Ruiz' mislabelled as a work of art: a titled name is a person
        return s.label not in NON_PERSON_LABELS and titled_name(doc, s) and not place_like(doc, s.text)
    if _plural_name(doc, s):
        return False  # 'Varnel Resources'
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
    """A single capitalised word that ends the name of a person named earlier ('Ruiz' after 'Ana Ruiz').

    The earlier full name may be one the parse tagged as an organisation when it
    has a person's shape ('Ana Ruiz': two or three capitalised words, no word of
    an organisation's kind, no outlet word).
    """
    if " " in s.text.strip() or not s.text[:1].isupper():
        return False
    return any(
        e.label_ in ("PERSON", "ORG")
        and e.start_char < s.start
        and len(e.text.split()) > 1
        and e.text.split()[-1] == s.text
        and (e.label_ == "PERSON" or person_shaped(e.text))
        for e in doc_ents(doc)
    )


def person_shaped(text: str) -> bool:
    """'Ana Ruiz': two or three capitalised words (lower-case after the first letter) naming no organisation kind."""
    words = text.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and w[1:].isalpha() and w[1:].islower() for w in words)
        and org_kind_of_name(text) is None
        and not {w.lower() for w in words} & OUTLET_WORDS
    )


def _ends_full_name(doc: Any, word: str) -> bool:
    """A full person's name in the text ends with ``word`` ('Ana Ruiz' for 'Ruiz'), the name itself no place.

    The full name may be tagged as an organisation when it has a person's shape.
    """
    return any(
        (e.label_ == "PERSON" or (e.label_ == "ORG" and person_shaped(e.text)))
        and len(e.text.split()) > 1
        and e.text.split()[-1] == word
        and not any(x.text == e.text and x.label_ in ("GPE", "LOC", "NORP", "FAC") for x in doc_ents(doc))
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
    if found and " " not in text and _ends_full_name(doc, text):
        found = False  # 'Jane Varnel' named in full: 'Varnel' tagged a place elsewhere is still her surname
    if not found and " " not in text and len(text) > 3:
        stem = key[:-1] if key[-1] in "aeiouy" else key
        forms = ({key + x for x in DEMONYM_ENDINGS} | {stem + x for x in DEMONYM_ENDINGS}) - {key}
        found = any(t.lower_ in forms and t.text[:1].isupper() for t in doc)
    cache[text] = found
    return found


def named_thing(doc: Any, text: str) -> bool:
    """A name the parse calls a person that the text gives an article ('the men of the X', 'boarded the X').

    A person's name takes no 'the' of its own; a ship's, a building's or an
    event's does. Names that only modify a noun ('the X administration') do
    not count.
    """
    cache = doc.user_data.setdefault("_st_things", {})
    key = strip_det(text)
    if key not in cache:
        found = False
        for m in re.finditer(r"\b[Tt]he\s+" + re.escape(key) + r"(?![\w\u2019'-])", doc_text(doc)):
            k = token_index_at(doc, m.end())
            nxt = doc[k] if k is not None and "\n" not in doc_text(doc)[m.end() : doc[k].idx] else None
            if nxt is None or not (nxt.pos_ in ("NOUN", "PROPN") or nxt.lower_ in ("'s", "\u2019s")):
                found = True  # not 'the X administration', 'the X's office'
                break
        cache[key] = found
    return bool(cache[key])


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
    same_kind = [e for e in orgs if _of_kind(org_kind_of_name(_full_name(doc, e).text), kind)]
    pick = by_noun[-1] if by_noun else (same_kind[-1] if same_kind and kind != "group" else None)
    if pick is None and kind in ("company", "group"):
        unmarked = [
            e for e in orgs if org_kind_of_name(e.text) is None and (e.start_char in spoke or e.root.dep_ in SUBJ_DEPS)
        ]
        if kind == "group":  # 'the group': the latest body of a group kind, or unmarked that spoke or acted
            unmarked = sorted(unmarked + same_kind, key=lambda e: e.start_char)
        pick = unmarked[-1] if unmarked else None
        # an earlier speaker the model left untagged that reads as a firm ('Varnel Resources denied …')
        untagged = [
            x
            for x in speakers
            if since <= x.start < before
            and x.label == ""
            and org_kind_of_name(x.text) is None
            and _plural_name(doc, x)
            and not news_outlet(doc, x)
        ]
        if untagged and (pick is None or untagged[-1].start > pick.start_char):
            return Name(untagged[-1].text, untagged[-1].start, untagged[-1].end, "ORG")
    if pick is None:
        return None
    return _acronym_expansion(doc, pick) or Name(pick.text, pick.start_char, pick.end_char, "ORG")


def _of_kind(marked: str | None, kind: str) -> bool:
    """A name marked as ``marked`` fits a generic noun of ``kind`` ('the group': a firm, party, union, NGO)."""
    return marked is not None and (marked == kind or (kind == "group" and marked in GROUP_KINDS))


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
    if m is not None:
        return True
    # 'PORT ELM, May 6 (FNA) -': the agency in a dateline's brackets wrote the story
    bare = strip_det(name.text)
    at_dateline = r"^[^\n]{0,80}\(\s*" + re.escape(bare) + r"\s*\)\s*[-\u2013\u2014]"
    return bool(bare) and re.search(at_dateline, text, re.M) is not None


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
            t for t in span if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and (upto is None or t.i < upto)
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
            unmarked = marked is None and (kind in ("company", "group") or _acronym_like(full.text))
            if _of_kind(marked, kind) or lemma_in(head, full.text) or unmarked:
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
    if _plural_name(doc, name):
        return True  # 'Varnel Resources', 'Fjord Holdings': no person's name ends in a plural noun
    return any(e.label_ == "ORG" and e.start_char <= name.start < e.end_char for e in doc_ents(doc)) and not any(
        e.label_ == "PERSON" and e.start_char <= name.start < e.end_char for e in doc_ents(doc)
    )


def _plural_name(doc: Any, name: Name) -> bool:
    """A capitalised name of two words or more whose last word is a plural proper noun, with no person in it."""
    i, j = token_index_at(doc, name.start), token_index_at(doc, max(name.start, name.end - 1))
    if i is None or j is None or j <= i:
        return False
    toks = [t for t in doc[i : j + 1] if not t.is_punct]
    if len(toks) < 2 or toks[-1].tag_ != "NNPS" or not all(t.text[:1].isupper() for t in toks):
        return False
    return not any(t.ent_type_ == "PERSON" for t in toks)


def expand_acronym(doc: Any, name: Name) -> Name:
    """'VGP' -> the earlier 'Varnel Global Ports (VGP)' or organisation entity it abbreviates."""
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
