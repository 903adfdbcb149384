"""Who is speaking: speaker spans, intermediaries (via), and speaker resolution.

Helpers over a spaCy ``Doc`` built from the article text; offsets are
character offsets into that text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from .cues import (
    DOC_NOUNS,
    LABEL_VERBS,
    LABEL_WORDS,
    OUTLET_WORDS,
    PERSON_NOUNS,
    REPORTING_VERBS,
    TITLE_WORDS,
    VIA_CUES,
    doc_ents,
    is_audience,
    is_outlet_like,
    org_kind_of_name,
    token_ent,
)

# cues naming the party a speaker talked to (nearest link of the chain)
RECIPIENT_CUES = frozenset(["told", "spoke to", "informed", "revealed to", "in an interview with", "interview with"])
SUBJ_DEPS = frozenset(["nsubj", "nsubjpass", "csubj"])
CUT_DEPS = frozenset(["appos", "relcl", "acl", "punct", "advcl", "cc", "conj"])


@dataclass(frozen=True)
class Name:
    """A name or noun phrase found in the text."""

    text: str
    start: int
    end: int
    label: str = ""  # entity label when known
    plural: bool = False
    lemma: str = ""  # lemma of the head word


@dataclass(frozen=True)
class Via:
    name: Name
    cue: str
    pos: int  # where the cue starts


def span_name(doc: Any, start: int, end: int, head: Any) -> Name:
    span = doc[start:end]
    return Name(
        span.text,
        span.start_char,
        span.end_char,
        head.ent_type_,
        head.tag_ in ("NNS", "NNPS"),
        head.lemma_.lower(),
    )


NAME_PREPS = frozenset(["in", "of", "from", "at", "for", "with"])


def phrase_for(tok: Any) -> Name:
    """The name or noun phrase headed by ``tok``, without appositions or clauses."""
    doc = tok.doc
    if tok.pos_ == "PRON":
        return span_name(doc, tok.i, tok.i + 1, tok)
    held = _role_holder(tok) or _name_given(tok) or _past_contrast(tok)
    if held is not None:
        return phrase_for(held)
    tail = _titled_tail(tok)
    if tail is not None:
        last = doc[tail[1] - 1]
        return Name(doc[tail[0] : tail[1]].text, doc[tail[0]].idx, last.idx + len(last), "PERSON", False, last.lemma_)
    # a capitalised title ('Minister', 'MP'), also inside what the parse tags as an organisation's name
    # ('The Provincial Commissioner for Roads, Dr. Ana Ruiz,')
    role = tok.pos_ == "PROPN" and (not tok.ent_type_ or tok.lower_ in TITLE_WORDS or tok.lower_ in PERSON_NOUNS)
    # 'the board's director-general, X,': a hyphenated role the tagger reads as an adjective
    noun_adj = tok.pos_ == "ADJ" and tok.dep_ in SUBJ_DEPS
    if tok.pos_ == "NOUN" or role or noun_adj:
        # 'the club president, Tom Ellis': the name, not the title ('an Orvandian MP, X,' too)
        names = [
            c
            for c in tok.rights
            if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "LOC", "DATE", "TIME", "NORP")
        ]
        if role:
            names = [c for c in names if _person_like(c)]
        names = names or [c for c in tok.rights if _comma_apposition(c)]
        if names and any(c.dep_ == "prep" and c.i < names[0].i for c in tok.rights) and not _person_like(names[0]):
            names = []  # 'a spokeswoman for the contractor, X Ltd': X names the contractor
        if not names:
            # 'the president of the X Association, Greta Sorvik,': the parse hangs the
            # name on the organisation; a person's name there names the title holder
            names = [
                a
                for c in tok.rights
                if c.dep_ == "prep"
                for p in c.children
                if p.dep_ == "pobj"
                for a in p.rights
                if a.dep_ == "appos" and a.pos_ == "PROPN" and a.ent_type_ == "PERSON" and _person_like(a)
            ]
        if not names and tok.lemma_.lower() in PERSON_NOUNS:
            names = _set_off_holder(tok)
        if names:
            return phrase_for(names[0])
    start = tok.i
    # 'The X Electoral and Boundaries Commission': a conjunction inside an organisation's name is part of it
    org = token_ent(tok) if tok.pos_ == "PROPN" and tok.ent_type_ == "ORG" else None
    for i in range(tok.i - 1, tok.left_edge.i - 1, -1):
        t = doc[i]
        in_name = (
            org is not None
            and org.start <= i
            and t.dep_ in ("cc", "conj")
            and (t.lower_ == "and" or t.text == "&" or t.pos_ == "PROPN")
        )
        if t.text in (",", "\u201c", "\u201d", '"', "(", ")") or "\n" in t.text:
            break
        if t.dep_ in CUT_DEPS - {"punct"} and not in_name:
            break
        if t.dep_ == "punct" and t.text not in ("-", "\u2019", "'"):
            break
        start = i
    end = tok.i + 1
    while end < len(doc) and doc[end].dep_ in ("flat", "compound") and doc[end].head.i == tok.i:
        end += 1
    for child in tok.rights:
        if child.i < end:
            continue
        if child.dep_ == "prep" and child.lower_ in NAME_PREPS and child.i == end:
            stop = child.right_edge.i + 1
            inner = doc[child.i : stop]
            # 'the government of Fjordia, whose club …' with the clause hung inside the 'of' phrase: cut at it
            commas = [t.i for t in inner if t.text == "," and t.i + 1 < len(doc)]
            cut = next((i for i in commas if doc[i + 1].lower_ in SET_OFF_RELATIVES), None)
            if cut is not None and cut > child.i + 1 and tok.pos_ == "NOUN":  # a name takes no 'from …' phrase
                stop = cut
                inner = doc[child.i : stop]
            if any(t.text in (",", "\u201c", "\u201d", '"') or "\n" in t.text for t in inner) or stop - start > 12:
                break
            end = stop
        else:
            break
    return span_name(doc, start, end, tok)


_HONORIFIC_WORDS = frozenset(["mr", "mrs", "ms", "miss", "dr", "mx"])
_TAIL_STOPS = frozenset([",", ";", ":", "(", ")", '"', "\u201c", "\u201d", "\u2013", "\u2014"])


def _titled_tail(tok: Any) -> tuple[int, int] | None:
    """'First Deputy Minister of Energy and Transport of the Republic of Varnel Jane Doe, speaking …': a long
    title written straight before its holder's name, with no comma (a style of translated official news): the
    name is the last two capitalised words before the clause goes on (a comma or a verb), when the article
    names a person by that surname elsewhere (tagged as a person, or after an honorific: 'Mr Doe said')."""
    doc = tok.doc
    if tok.lower_ not in TITLE_WORDS and tok.lemma_.lower() not in PERSON_NOUNS:
        return None
    j = tok.i + 1
    while (
        j < len(doc)
        and j - tok.i <= 16
        and doc[j].text not in _TAIL_STOPS
        and doc[j].pos_ not in ("VERB", "AUX")
        and "\n" not in doc[j].text
    ):
        j += 1
    k = j
    while k > tok.i + 1 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha:
        k -= 1
    if j - k < 2 or not any(t.lower_ in ("of", "for") for t in doc[tok.i + 1 : k]):
        return None  # 'Minister Jane Doe' and 'the minister, Jane Doe,' are read elsewhere
    surname = doc[j - 1].lower_
    for t in doc:
        if t.i in (j - 1, j - 2) or t.lower_ != surname:
            continue
        before = doc[t.i - 1].lower_.rstrip(".") if t.i > 0 else ""
        if t.ent_type_ == "PERSON" or before in _HONORIFIC_WORDS:
            return j - 2, j
    return None


def _past_contrast(tok: Any) -> Any | None:
    """'A, not six, the mayor …, told …' parsed with the number as the subject: the correction is nobody; the
    phrase set off after it is the speaker."""
    if tok.pos_ != "NUM" or not any(c.dep_ == "neg" for c in tok.children):
        return None
    return next((c for c in tok.rights if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")), None)


NAMING_LEMMAS = frozenset(["give", "identify", "name", "call", "introduce"])


def _name_given(tok: Any) -> Any | None:
    """'one woman who gave her name only as Edda', 'a man identified only as Ottar', 'a nurse named Wenke': the name
    the clause gives the person (whatever the tagger took it for)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in PERSON_NOUNS:
        return None
    for c in tok.rights:
        if c.dep_ not in ("relcl", "acl") or c.lemma_.lower() not in NAMING_LEMMAS:
            continue
        if c.lemma_.lower() == "give" and not any(o.dep_ == "dobj" and o.lemma_.lower() == "name" for o in c.children):
            continue  # 'who gave her name as …', not 'who gave evidence as a witness'
        for p in c.children:
            objs = [o for o in p.children if o.dep_ == "pobj"] if p.lower_ == "as" and p.dep_ == "prep" else [p]
            for o in objs:
                if o.dep_ in ("pobj", "oprd", "attr", "dobj") and o.pos_ == "PROPN" and o.text[:1].isupper():
                    return o
    return None


def _set_off_holder(tok: Any) -> list[Any]:
    """'A deputy of the ruling party in Orvik, Tomas Verlan, has …' with the name hung on the place: the person's
    name set off by the first comma after a role noun, ending its phrase, names the role's holder."""
    doc = tok.doc
    end = tok.right_edge.i
    commas = [t for t in doc[tok.i + 1 : end + 1] if t.text == ","]
    if not commas:
        return _name_set_off_after(tok)
    k = commas[0].i
    for a in tok.subtree:
        # the tagger may read the name into the body's ('Director of the X Service, Ana Ruiz,' as one ORG)
        # or as a conjunct of the body's last word ('… for Roads and Rescue, Ana Ruiz, said'), no list going on
        if a.dep_ not in ("appos", "conj") or a.pos_ != "PROPN" or a.ent_type_ not in ("PERSON", "ORG"):
            continue
        if a.left_edge.i != k + 1:
            continue
        after = a.right_edge.i + 1
        listed = a.dep_ == "conj" and after + 1 < len(doc) and doc[after + 1].lower_ in ("and", "or")
        if (after > end or doc[after].text == ",") and _person_like(a) and not listed:
            return [a]
    return []


def _name_set_off_after(tok: Any) -> list[Any]:
    """'…," said the union's chairwoman, Dr Jane Doe, in a statement': a person's name between commas right after
    the role noun's phrase, the parse hanging both on the verb: the role's holder."""
    doc = tok.doc
    k = tok.right_edge.i + 1
    if k + 2 >= len(doc) or doc[k].text != ",":
        return []
    for a in doc[k + 1 : min(k + 6, len(doc))]:
        if a.pos_ != "PROPN" or a.ent_type_ != "PERSON" or a.left_edge.i != k + 1 or a.head.i == tok.i:
            continue
        last = max([a.i, *(c.i for c in a.children if c.dep_ in ("compound", "flat"))])
        if last + 1 < len(doc) and doc[last + 1].text in (",", ".") and a.dep_ in SUBJ_DEPS:
            return [a]
    return []


def _role_holder(tok: Any) -> Any | None:
    """'The Emirate of X's economy minister, Ana Ruiz,' parsed with the name on 'Emirate': the name.

    A person's name in apposition right after a comma that follows a role noun
    names the holder of that role, whatever the parse hung it on.
    """
    doc = tok.doc
    for c in tok.rights:
        if c.dep_ != "appos" or c.pos_ != "PROPN" or c.ent_type_ != "PERSON":
            continue
        k = c.left_edge.i - 1
        role = doc[k - 1] if k > 0 else None
        if doc[k].text == "," and role is not None and role.i != tok.i and role.pos_ in ("NOUN", "PROPN"):
            if role.lower_ in PERSON_NOUNS or role.lower_ in TITLE_WORDS:
                return c
    return None


def _comma_apposition(c: Any) -> bool:
    """A person's name the parse hung on a role as a conjunct: 'a deputy, Ana Ruiz, said'."""
    doc, head = c.doc, c.head
    if c.dep_ != "conj" or c.pos_ != "PROPN" or not _person_like(c):
        return False
    left, right = c.left_edge.i, c.right_edge.i
    if any(k.dep_ == "cc" and head.i < k.i < c.i for k in head.children):
        return False
    return doc[left - 1].text == "," and right + 1 < len(doc) and doc[right + 1].text == ","


def _person_like(tok: Any) -> bool:
    """A proper name that reads as a person's ('Wiktor Sandell'), not an organisation's."""
    if tok.ent_type_ == "PERSON":
        return True
    if tok.ent_type_ not in ("", "ORG"):
        return False
    # the name's own words: 'Doctor of Medical Sciences' is a title, 'Medical' no word of a name 'Doctor'
    words = [t for t in tok.subtree if t.i == tok.i or _name_word_of(t, tok)]
    text = " ".join(t.text for t in words)
    return (
        2 <= len(words) <= 4
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text[1:].islower() for t in words)
        and org_kind_of_name(text) is None
        and not is_outlet_like(text)
    )


def _name_word_of(t: Any, tok: Any) -> bool:
    """``t`` joins ``tok``'s name through compound / flat links only (not through a preposition)."""
    for _ in range(6):
        if t.dep_ not in ("compound", "flat") or t.head.i == t.i:
            return False
        t = t.head
        if t.i == tok.i:
            return True
    return False


def name_after(doc: Any, char: int, limit: int = 10) -> Name | None:
    """A proper name (or outlet phrase) starting at character ``char``."""
    i = _token_at(doc, char)
    if i is None:
        return None
    start = i
    while i < len(doc) and doc[i].lower_ in ("the", "a", "an") and i - start < 2:
        i += 1
    if i >= len(doc):
        return None
    ent = token_ent(doc[i])
    if ent is not None and ent.start == start < i:
        start = i = ent.start  # 'The Trade Examiner': the article belongs to the name
    if ent is not None and ent.start == i and ent.label_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT"):
        end = i + 1
        while end < ent.end and doc[end].text != "," and doc[end].pos_ not in ("VERB", "AUX", "ADV", "SCONJ"):
            end += 1
        while end < len(doc) and doc[end].lower_ in OUTLET_WORDS and doc[end].text[:1].isalpha():
            end += 1
        return Name(doc[start:end].text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), ent.label_)
    # a run of capitalised words, allowing inner connectors ("of", "al-", "-")
    j = i
    while j < len(doc) and j - i < limit:
        t = doc[j]
        if (
            t.text[:1].isupper()
            and t.pos_ in ("PROPN", "NOUN", "ADJ", "X", "VERB")
            and (not t.is_sent_start or doc[j - 1].is_space)
            or (t.text[:1].isupper() and j == i)
        ):
            j += 1
        elif t.text in ("-", "&", "'s", "’s") or (t.lower_ in ("of", "al", "el") and j > i):
            j += 1
        elif t.text == "\n" and j > i and j + 1 < len(doc) and doc[j + 1].text[:1].isupper():
            j += 1  # a hard line break inside a name
        else:
            break
    while j > i and (doc[j - 1].text in ("-", "&") or doc[j - 1].lower_ in ("of", "al", "el")):
        j -= 1
    if j == i:
        return None
    j += int(_brand_number(doc, j))
    return Name(doc[start:j].text, doc[start].idx, doc[j - 1].idx + len(doc[j - 1]), "")


def _brand_number(doc: Any, j: int) -> bool:
    """A short number closing a name ('Skyline 24', 'Channel 7'): digits right after the capitalised words, with
    no noun or unit after them ('told Fjord Post 24 hours later' keeps its number apart)."""
    if j >= len(doc) or not doc[j].text.isdigit() or len(doc[j].text) > 3 or not doc[j - 1].whitespace_:
        return False
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    return nxt is None or nxt.is_punct or nxt.is_space or nxt.pos_ in ("ADP", "VERB", "AUX", "CCONJ", "ADV")


# 'the French-language daily X', 'the state-run X', 'the pan-Arab newspaper X': lower-case words
# describing an outlet before its name
OUTLET_MODIFIER = (
    r"(?:[\w\u2019'-]+-(?:run|owned|controlled|backed|language|based|affiliated|funded|aligned|leaning)"
    r"|official|semi-official|independent|private|public|national|local|regional|leading|popular|influential"
    r"|state|government|international|global|foreign|domestic|online|financial|business"
    r"|prominent|conservative|liberal|opposition|(?:pan|pro|anti)-[\w-]+|[A-Z][\w-]*"
    # a medium's noun before the outlet noun: 'the television channel X', 'the radio station X'
    r"|television|radio|tv|cable|satellite|commercial|news)"
)
OUTLET_NOUN = (
    r"(?:daily|newspaper|paper|weekly|magazine|broadcaster|channel|station|website|site|news portal|portal|blog"
    r"|outlet|news agency|agency|network|tabloid|broadsheet|wire service|radio|television|news site|news outlet"
    r"|publication)"
)
OUTLET_DESCRIPTOR = re.compile(
    rf"(?:(?:[Tt]he|[Aa]n?)\s+(?:(?:{OUTLET_MODIFIER}\s+){{0,3}}{OUTLET_NOUN}|(?:{OUTLET_MODIFIER}\s+){{0,2}}"
    rf"[\w\u2019'-]+-(?:run|owned|controlled|backed|language|based|affiliated|funded|aligned|leaning))"
    # 'according to news agency X', 'told state broadcaster X': no article before a lower-case outlet noun
    rf"|(?:(?:{OUTLET_MODIFIER}|[a-z]+-[a-z]+)\s+){{0,2}}{OUTLET_NOUN})\s+"
    r"(?=[A-Z\u00c0-\u00de\"\u201c'])"
)


def outlet_name_after(doc: Any, char: int) -> Name | None:
    """The name after a cue, past a descriptor ('told the French-language daily X' -> X, an outlet)."""
    m = OUTLET_DESCRIPTOR.match(doc_text(doc), char)
    if m is not None and "\n" not in m.group():
        name = name_after(doc, m.end())
        if name is not None:
            return Name(name.text, name.start, name.end, "ORG", name.plural, name.lemma)
    return name_after(doc, char)


def doc_text(doc: Any) -> str:
    """``doc.text``, kept on the doc (spaCy rebuilds the string on every access)."""
    text = doc.user_data.get("_st_text")
    if text is None:
        text = doc.text
        doc.user_data["_st_text"] = text
    return str(text)


def _token_at(doc: Any, char: int) -> int | None:
    starts = doc.user_data.get("_st_starts")
    if starts is None:
        starts = [t.idx for t in doc]
        doc.user_data["_st_starts"] = starts
    i = bisect.bisect_left(starts, char)
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i if i < len(doc) else None


def token_index_at(doc: Any, char: int) -> int | None:
    """Index of the first token starting at or after ``char``."""
    return _token_at(doc, char)


INFLECTED = frozenset(
    "says said tells told adds added states stated notes noted claims claimed reports reported insists insisted "
    "stresses stressed confirms confirmed reveals revealed affirms affirmed asserts asserted".split()
)


def is_reporting_verb(tok: Any) -> bool:
    """A verb introducing speech ("said", "points out"; also "states" mis-tagged as a noun)."""
    lemma = tok.lemma_.lower()
    if lemma == "point":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children) or (
            tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "out"
        )
    if tok.pos_ in ("VERB", "AUX") and lemma in REPORTING_VERBS:
        return True
    if tok.lower_ in INFLECTED and tok.pos_ in ("NOUN", "PROPN"):
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        prv = tok.doc[tok.i - 1] if tok.i > 0 else None
        # "X states, “…”" / "“…,” X states." : a verb in a noun's clothing
        return (
            (nxt is None or nxt.is_punct or nxt.lower_ == "that")
            and prv is not None
            and prv.pos_ in ("PROPN", "NOUN", "PRON")
        )
    return False


def is_dateline(tok: Any) -> bool:
    """An all-capital place name opening a line ('MADRID (AP) —', 'LONDON, May 2 -')."""
    doc = tok.doc
    line_start = tok.i == 0 or "\n" in doc[tok.i - 1].text
    nxt = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
    return line_start and tok.text.isupper() and len(tok.text) > 1 and nxt in ("(", ",", "\u2014", "\u2013", "-")


QUOTED_AS_VERBS = REPORTING_VERBS | LABEL_VERBS  # 'quoted X as saying / calling / describing …'


def quoted_as_saying(verb: Any) -> tuple[Any, Any | None] | None:
    """'X quoted Y as saying …' / 'as calling Z “…”': (Y, X) for the participle of a speech or label verb."""
    speech = verb.lower_ == "saying" or (verb.tag_ == "VBG" and verb.lemma_.lower() in QUOTED_AS_VERBS)
    if not speech or verb.head.lower_ != "as":
        return None
    q = verb.head.head
    if q.lemma_.lower() not in ("quote", "cite"):
        return None
    objs = [c for c in q.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs:
        return None
    subs = [c for c in q.children if c.dep_ == "nsubj"]
    return objs[0], (subs[0] if subs else None)


def _past_dateline(tok: Any) -> Any | None:
    """A subject that is a dateline ('TORVIK (AP) – The mayor, X, said'): the phrase after the dash."""
    if not is_dateline(tok):
        return tok
    doc = tok.doc
    dash = next((t.i for t in doc[tok.i : tok.i + 12] if t.text in ("\u2014", "\u2013", "-", "--")), None)
    if dash is None:
        return None
    after = [c for c in tok.rights if c.dep_ == "appos" and c.i > dash]
    return after[0] if after else None


def subject_of(verb: Any, skip: tuple[int, int] | None = None) -> Any | None:
    """The grammatical subject of a reporting verb (inherited through conj/advcl/xcomp).

    A subject across a blank line or a furniture label ('Photo: …') is none;
    a name set off right before a reporting verb ('…, almost all of them
    citizens, Ruiz said') beats a subject the parse found further back. A subject
    the parse found inside (or missing because of) a relative clause set off by
    commas right before the verb ('X, whose ferry Y was due …, said') gives way to
    the phrase the clause hangs on.
    """
    found = _subject_of(verb, skip)
    if not is_reporting_verb(verb):
        return found
    rel = _relative_set_off(verb)
    if rel is not None and (found is None or rel[1] < found.i < verb.i):
        return rel[0]
    return found


def _subject_of(verb: Any, skip: tuple[int, int] | None = None) -> Any | None:
    quoted = quoted_as_saying(verb)
    if quoted is not None:
        return quoted[0]
    v = verb
    chain = [verb]
    for _ in range(4):
        subs = [
            _past_dateline(c)
            for c in v.children
            if c.dep_ in SUBJ_DEPS and not (skip and skip[0] <= c.idx < skip[1]) and c.pos_ != "SCONJ"
        ]
        subs = [c for c in subs if c is not None and not _cut_off(c, verb)]
        if subs and subs[0] is not None and subs[0].dep_ == "csubj" and subs[0].tag_ in ("VBN", "VBG"):
            # 'In an interview, relayed by the X Post, the union's head, Jane Roe, said ...': a participle
            # clause parsed as the subject is nobody; the name set off by commas before the verb speaks
            return _appositive_before(v)
        before = [
            c
            for c in subs
            if c is not None
            and c.i < v.i
            and c.pos_ in ("NOUN", "PROPN")
            and c.text[:1].isalpha()
            and c.ent_type_ not in ("DATE", "TIME")
        ]
        if len(subs) > 1 and is_reporting_verb(verb) and before:
            # two subjects in the parse ("..., more than 20 times the level permitted, the Institute said"):
            # the one nearest the verb speaks; the other is a phrase set off before it
            subs = [max(before, key=lambda c: int(c.i))]
        if subs:
            return _name_set_off(chain, subs[0]) or _antecedent(v, subs[0])
        if v.dep_ in ("conj", "advcl", "xcomp", "ccomp") and v.head is not v and v.head.pos_ in ("VERB", "AUX"):
            if v.dep_ == "ccomp" and v.i > v.head.i:
                break
            participle = v.tag_ == "VBG" and v.dep_ == "advcl"
            v = v.head
            chain.append(v)
            # "X said Y had Z, confirming …": the participle belongs to the speaker, not to Y
            if participle and v.dep_ == "ccomp" and is_reporting_verb(v.head):
                v = v.head
                chain.append(v)
            continue
        break
    found = _name_set_off(chain, None)
    if found is None and is_reporting_verb(verb):
        found = _appositive_before(verb)  # '…, as the minister, Ivo Marr, said': no subject in the parse
    return found


SET_OFF_RELATIVES = frozenset(["who", "whose", "which"])


def _relative_set_off(v: Any) -> tuple[Any, int] | None:
    """'The government of Fjordia, whose club was due to play, said …' with the relative clause parsed as the
    verb's complement and no subject left: the noun phrase opening the clause before ', whose …,' speaks.

    The phrase must open its sentence or follow a punctuation mark; 'of' complements climb to their head
    ('Fjordia' -> 'government'). Gives the phrase's head and the index of the relative word.
    """
    doc = v.doc
    if v.i < 4 or doc[v.i - 1].text != ",":
        return None
    lo = v.sent.start
    for k in range(v.i - 2, lo + 1, -1):
        t = doc[k]
        if t.is_space or doc[k - 1].is_space:
            return None
        if t.lower_ not in SET_OFF_RELATIVES or doc[k - 1].text != ",":
            continue
        head = doc[k - 2]
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head.head
        left = head.left_edge.i
        if left < lo or left > k - 2 or (left > lo and not doc[left - 1].is_punct):
            return None
        return head, k
    return None


RELATIVE_SUBJECTS = frozenset(["who", "which", "that"])


def _antecedent(v: Any, subj: Any) -> Any:
    """'…, Ana Ruiz, who said that …': the relative pronoun's antecedent, the noun its clause hangs on.

    With a second subject in the clause the pronoun is its object ('the son of X, who it calls “…”'):
    that subject speaks. A date or number the parse hangs the clause on ('a report, dated 11 May,
    which found …') is no antecedent: the pronoun stays.
    """
    if subj.lower_ not in RELATIVE_SUBJECTS or subj.tag_ not in ("WP", "WDT") or v.dep_ != "relcl":
        return subj
    others = [c for c in v.children if c.dep_ in SUBJ_DEPS and c.i != subj.i]
    if others:
        return others[0]
    head = v.head
    if head.i == v.i or head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in NON_NOMINAL_ENTS:
        return subj
    return head


NON_NOMINAL_ENTS = frozenset(["DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"])


BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _cut_off(subj: Any, verb: Any) -> bool:
    """A subject the parse found across a paragraph break, or a furniture label ('Photo: X')."""
    doc = subj.doc
    text = doc_text(doc)
    a, b = sorted((subj.idx, verb.idx))
    if BLANK_LINE.search(text, a, b):
        return True
    nxt = doc[subj.i + 1] if subj.i + 1 < len(doc) else None
    return subj.lower_ in LABEL_WORDS and subj.text[:1].isupper() and nxt is not None and nxt.text == ":"


def _name_set_off(chain: list[Any], subj: Any | None) -> Any | None:
    """'A, almost all of them citizens, Ruiz said': the name between a comma and the reporting verb.

    Taken over the parse's subject when that subject lies before the comma (or
    there is none); the name must not be a place, date or nationality.
    """
    for v in chain:
        if not is_reporting_verb(v):
            continue
        found = name_before(v)
        if found is None:
            continue
        name, start = found
        if subj is None or subj.i < start:
            return name
        return None
    return None


def _appositive_before(v: Any) -> Any | None:
    """'…, the union's head, Jane Roe, said': the proper name closed by the comma right before the verb
    and opened by a comma, the head of its run (no place, date or nationality)."""
    doc = v.doc
    end = v.i - 2
    if end < 1 or doc[v.i - 1].text != "," or doc[end].pos_ != "PROPN":
        return None
    i = end
    while i >= 0 and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper():
        i -= 1
    if i < 0 or doc[i].text != "," or end - i > 5:
        return None
    run = doc[i + 1 : end + 1]
    if any(t.ent_type_ in ("GPE", "LOC", "NORP", "DATE", "TIME", "FAC") for t in run):
        return None
    return doc[end]


def name_before(v: Any) -> tuple[Any, int] | None:
    """A proper name right before a verb, opening the paragraph or set off by a comma: (head, first token).

    The name may carry 'the' ('…, the Varnel Rights Watch said') and be
    followed by its acronym in brackets ('…, the Varnel Rights Watch (VRW) said').
    """
    doc = v.doc
    i = v.i - 1
    while i >= 0 and doc[i].pos_ in ("ADV", "AUX", "PART") and doc[i].text[:1].islower():
        i -= 1  # 'Ruiz also said', 'Ruiz has said'
    i = _past_bracket_acronym(doc, i)
    end = i
    while i >= 0 and (
        doc[i].pos_ == "PROPN"
        and doc[i].text[:1].isupper()
        or (doc[i].text in ("-", "\u2010") and not doc[i].whitespace_ and i > 0 and not doc[i - 1].whitespace_)
    ):
        i -= 1
    start = i + 1
    det = int(start <= end and i >= 0 and doc[i].lower_ == "the")
    i -= det
    opens = i < 0 or (doc[i].is_space and "\n" in doc[i].text)  # the name opens the paragraph
    if start > end or not (opens or doc[i].text == ",") or doc[start].text in ("-", "\u2010"):
        return None
    run = doc[start : end + 1]
    if any(t.ent_type_ in ("GPE", "LOC", "NORP", "DATE", "TIME", "FAC") for t in run):
        return None
    if any(e.text == run.text and e.label_ in ("GPE", "LOC", "NORP", "FAC") for e in doc_ents(doc)):
        return None  # a place the parse tagged elsewhere
    heads = [t for t in run if not (start <= t.head.i <= end) or t.head.i == t.i]
    if len(heads) == 1 and heads[0].pos_ == "PROPN":
        return heads[0], start - det
    return (doc[end], start - det) if doc[end].pos_ == "PROPN" else None


def _past_bracket_acronym(doc: Any, i: int) -> int:
    """Index before '(VRW)' when token ``i`` closes a bracketed acronym after a name, else ``i``."""
    if i < 3 or doc[i].text != ")" or doc[i - 2].text != "(":
        return i
    inner = doc[i - 1].text
    letters = re.sub(r"[^A-Za-z]", "", inner)
    if 2 <= len(letters) <= 8 and letters.isupper() and doc[i - 3].pos_ == "PROPN":
        return i - 3
    return i


def via_in(doc: Any, start: int, end: int, exclude: tuple[int, int] | None = None) -> list[Via]:
    """Intermediaries named by via cues in text[start:end], nearest first."""
    text = doc_text(doc)
    found: list[Via] = []
    for cue, pattern in VIA_CUES:
        for m in re.finditer(pattern, text[start:end], flags=re.IGNORECASE):
            at = start + m.start()
            name = outlet_name_after(doc, start + m.end())
            if name is None and cue in REF_CUES:
                name = _outlet_ref(text, start + m.end())
            if name is None or name.end > end + 40:
                continue
            if exclude and exclude[0] <= name.start < exclude[1]:
                continue
            if name.label == "PERSON" and not set(name.text.lower().split()) & OUTLET_WORDS:
                continue
            if is_audience(name.text):
                continue  # 'told MPs', 'told the committee': the audience, not a carrier
            if cue not in ("according to", "as quoted by", "as reported by", "reported by", "quoted by", "as cited by"):
                if not (is_outlet_like(name.text, name.label) or name.label in ("", "ORG", "GPE", "NORP")):
                    continue
            if cue == "according to" and not is_outlet_like(name.text, name.label):
                continue
            if any(v.name.start == name.start for v in found):
                continue
            found.append(Via(name, cue, at))
    found.sort(key=lambda v: (v.cue not in RECIPIENT_CUES, v.pos))
    return found


# cues after which 'the paper' / 'the agency' stands for the outlet last cited ('quoted by the paper')
REF_CUES = frozenset(["as quoted by", "as reported by", "quoted by", "reported by", "as cited by", "according to"])
OUTLET_REF = "OUTLET_REF"  # label of a Via name that still has to be resolved to an outlet
OUTLET_REF_RE = re.compile(
    r"the (?:newspaper|paper|agency|news agency|broadcaster|channel|daily|outlet|website|magazine|network|wire)\b"
)


def _outlet_ref(text: str, char: int) -> Name | None:
    m = OUTLET_REF_RE.match(text, char)
    return Name(m.group(), char, m.end(), OUTLET_REF) if m else None


def doc_agency(doc: Any, before: int, head: Any | None = None) -> Name | None:
    """The outlet behind 'the report' / 'the interview': a name attached to a document noun.

    Looks at the phrase itself first ("the Agency report"), then back through the
    text for the most recent document noun with a name attached ("a report from
    the X news agency", "an X interview").
    """
    i = token_index_at(doc, before)
    upto = i if i is not None else len(doc)
    nouns = doc.user_data.get("_st_doc_nouns")
    if nouns is None:
        nouns = [t.i for t in doc if t.lemma_.lower() in DOC_NOUNS and t.pos_ == "NOUN"]
        doc.user_data["_st_doc_nouns"] = nouns
    earlier = [doc[k] for k in reversed(nouns) if k < upto]
    lemma = head.lemma_.lower() if head is not None else ""
    # the phrase itself, then earlier mentions of the same document noun, then
    # any earlier document noun whose attached name looks like an outlet
    passes: list[tuple[list[Any], bool]] = [
        ([head] if head is not None else [], False),
        ([t for t in earlier if t.lemma_.lower() == lemma][:20], False),
        (earlier[:40], True),
    ]
    for candidates, strict in passes:
        for t in candidates:
            name = attached_name(doc, t)
            if name is not None and (not strict or is_outlet_like(name.text, name.label)):
                return name
    return None


def attached_name(doc: Any, t: Any) -> Name | None:
    """A name attached to a document noun: 'the X report', 'a report from X', 'a report in X'."""
    for c in t.children:
        proper = c.pos_ == "PROPN" or (c.text[:1].isupper() and not c.is_sent_start and c.pos_ in ("ADJ", "NOUN"))
        if c.dep_ in ("compound", "poss", "nmod") and proper and c.ent_type_ not in ("PERSON", "GPE", "NORP"):
            return phrase_for(c)
        if c.dep_ == "prep" and c.lower_ in ("in", "on"):
            for p in c.children:
                if p.dep_ == "pobj" and is_outlet_like(phrase_for(p).text, p.ent_type_ or None):
                    return phrase_for(p)
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            for p in c.children:
                if (
                    p.dep_ == "pobj"
                    and p.ent_type_ not in ("PERSON", "GPE", "NORP")
                    and (p.pos_ == "PROPN" or is_outlet_like(phrase_for(p).text))
                ):
                    return phrase_for(p)
    # "a report from the X news agency" parsed flat: look right of the noun
    m = re.match(r"\w+\s+(?:from|by)\s+", doc_text(doc)[t.idx : t.idx + 80])
    if m:
        name = name_after(doc, t.idx + m.end())
        if name is not None and name.label not in ("PERSON", "GPE", "NORP"):
            return name
    return None


def interviewee(doc: Any, start: int, end: int) -> tuple[Name, Name | None] | None:
    """A person a report says it interviewed in text[start:end], with the outlet named on the interview."""
    text = doc_text(doc)
    last = None
    for m in re.finditer(r"\binterview(?:ed)?\s+(?:with\s+)?", text[start:end], flags=re.IGNORECASE):
        name = name_after(doc, start + m.end())
        if name is not None and (
            name.label == "PERSON"
            or (name.label not in ("GPE", "NORP", "LOC") and not is_outlet_like(name.text, name.label))
        ):
            i = token_index_at(doc, start + m.start())
            last = (name, attached_name(doc, doc[i]) if i is not None else None)
    return last


OUTLET_NOUNS = frozenset(
    "newspaper paper agency broadcaster channel outlet daily website site portal network magazine publication "
    "wire".split()
)
