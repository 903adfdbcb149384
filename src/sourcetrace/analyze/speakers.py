"""Speaker resolution over the quotes of one article: documents, outlets, pronouns, descriptions.

'the report said' -> the outlet or issuer behind it; 'the newspaper reported'
-> the outlet last cited; pronouns, role descriptions and generic organisation
nouns through ``analyze.coref``; continuation quotes and via-chains. Helpers
over a spaCy ``Doc``; offsets are character offsets into its text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .attribution import (
    OUTLET_NOUNS,
    OUTLET_REF,
    RECIPIENT_CUES,
    Name,
    Via,
    attached_name,
    doc_agency,
    interviewee,
    is_reporting_verb,
    phrase_for,
    subject_of,
)
from .coref import (
    Said,
    news_outlet,
    place_like,
    resolve_description,
    resolve_generic_org,
    resolve_head_of,
    resolve_it,
    resolve_pronoun,
    resolve_sole_holder,
)
from .cues import (
    DOC_NOUNS,
    ISSUE_VERBS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    TITLE_WORDS,
    acronym,
    org_kind_of_noun,
    same_outlet,
    strip_det,
)
from .layout import entry_start_at, entry_starts

__all__ = ["Raw", "resolve_speakers", "continue_speakers", "extend_chains", "dedupe_via", "place_like"]


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
    said: list[Said] = []
    outlets: list[Name] = []
    quoted = [r.mark for r in raws if r.mark is not None]
    entries = entry_starts(text)
    for r in raws:
        if any(v.name.label == OUTLET_REF for v in r.via):
            r.via = _resolve_refs(r.via, outlets)
        head, sp = r.head, r.speaker
        if sp is None:
            continue
        owner = _speech_owner(head, sp)
        if owner is not None:  # 'according to the words of the spokesman': the spokesman speaks
            r.head, r.speaker = head, sp = owner, phrase_for(owner)
        named = _apposed_person(head)
        if named is not None:  # 'One of them, Ana Ruiz, 58, told …': the person named beside it
            r.head, r.speaker = head, sp = named, phrase_for(named)
        mention = sp
        if head is not None and head.lemma_.lower() in DOC_NOUNS and head.pos_ == "NOUN":
            resolve_document(doc, text, r, head)  # the issuer's head token stays for the steps below
            head, sp = r.head, r.speaker
            if sp is None:
                continue
        since = entry_start_at(entries, sp.start)  # a live blog: nothing from an earlier entry
        # 'the agency said' is a body (a regulator), unless it publishes ('the agency reported')
        press = not (head is not None and org_kind_of_noun(head.lemma_.lower()) and not _publishes(r.cue))
        if head is not None and head.lemma_.lower() in OUTLET_NOUNS and head.pos_ == "NOUN" and press:
            # 'the newspaper reported': the outlet last cited before it
            earlier = [x for x in outlets if since <= x.start < sp.start]
            if earlier:
                r.speaker = earlier[-1]
                seen.append(r.speaker)
                said.append(Said(r.speaker, mention, max(r.end, mention.end)))
                continue
        if head is not None and head.pos_ == "PRON":
            found = resolve_pronoun(doc, head, said, quoted)
            if found is not None:
                r.speaker = found
            elif head.lower_ == "it" and r.kind == "indirect":
                r.speaker = r.head = None  # 'it said' with no organisation before it: nobody's statement
        elif head is not None and _its_role(head, sp):
            # 'Its regional coordinator said': no name but the body 'its' stands for
            its = _its_role(head, sp)
            found = resolve_it(doc, its, said, quoted, since) or _its_body(doc, its, since)
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
            and (head.ent_type_ != "PERSON" or _role_tagged_person(head))
            and (any(c.lower_ == "the" for c in head.children) or _bare_role(head))
            and not _named_noun(head)
            and not _holder_named(head, sp)
            and not _of_named_body(head)
        ):
            found = resolve_description(doc, head, r.start, since, press)
            if found is None and head.pos_ == "NOUN" and head.text.islower():
                found = resolve_generic_org(doc, head, sp.start, seen, since)
                if found is not None and _self_named(head) and head.lemma_.lower() not in found.text.lower():
                    found = None  # 'the Varnelian foreign ministry': its own nationality names it, not an earlier body
            if found is None:  # 'the union leader': the person introduced as the head of such a body
                found = resolve_head_of(doc, head, r.start, since)
            recent = [x for x in seen if x.start >= since and (press or not news_outlet(doc, x))]
            if found is not None and _mentioned_in_passing(doc, found, recent):
                # '… rejected the claims of the rival minister Y. … The minister said': the minister who has been
                # speaking, not one named only inside another noun's phrase
                found = _titled_speaker(head.lemma_.lower(), sp.start, recent) or found
            if found is None:
                # 'a Western diplomat said …' then 'The diplomat said …'
                lemma = head.lemma_.lower()
                found = next((x for x in reversed(recent) if x.lemma == lemma and x.start < sp.start), None)
            if found is None:
                found = _titled_speaker(head.lemma_.lower(), sp.start, recent)
            if found is None:  # 'The Minister of X, Colonel Y, said …' then 'the Minister said …'
                found = _apposed_speaker(doc, head.lemma_.lower(), sp.start, recent)
            if found is None and head.pos_ == "NOUN" and head.text.islower():
                until = next((x for x in entries if x > sp.start), len(text))  # a live blog: this entry only
                found = resolve_sole_holder(doc, head, since, until)  # 'the tough-talking governor', named later
            if found is not None and head.pos_ == "PROPN" and len(found.text.split()) < len(strip_det(sp.text).split()):
                found = None  # 'The X Electoral Commission' is a name already, fuller than 'the commission'
            if found is not None and _body_named_apart(head, sp, found):
                found = None  # 'The Fjord Prison Service denied …' after 'Colonel of the Internal Service Jane Doe'
            if found is not None and _lesser_rank(text, head, found):
                # 'The Minister recalled ...' after 'the Deputy Minister, ... Jane Doe': the minister who spoke
                # before, when one did (else the deputy is the one so called: 'the prosecutor')
                alt = _titled_speaker(head.lemma_.lower(), sp.start, [x for x in recent if x.text != found.text])
                if alt is not None and not _lesser_rank(text, head, alt):
                    found = alt
                elif _full_rank_before(text, head, found.start):
                    found = None  # the article gives the role itself to someone: left for the minister named
            if found is not None and _kind_named_apart(head, found):
                found = None  # 'the emergencies ministry said …' after 'Varnel's foreign ministry'
            if found is not None:
                r.speaker = found
        if r.speaker is not None:
            seen.append(r.speaker)
            said.append(Said(r.speaker, mention, max(r.end, mention.end)))
            if r.cue == "according to" and r.speaker.lemma not in DOC_NOUNS and strip_det(r.speaker.text)[:1].isupper():
                outlets.append(r.speaker)
        outlets += [v.name for v in r.via if v.cue not in RECIPIENT_CUES]
        outlets.sort(key=lambda x: x.start)


PUBLISH_CUES = ("report", "quot", "publish", "carr", "broadcast", "cit", "air")


def _publishes(cue: str | None) -> bool:
    """A cue of publishing ('reported', 'quoted', 'carried'), after which 'the agency' is a news agency."""
    return bool(cue) and str(cue).lower().startswith(PUBLISH_CUES)


def _resolve_refs(via: list[Via], outlets: list[Name]) -> list[Via]:
    """'quoted by the paper': the outlet cited last before it; dropped when none was."""
    out: list[Via] = []
    for v in via:
        if v.name.label != OUTLET_REF:
            out.append(v)
            continue
        earlier = [x for x in outlets if x.start < v.pos]
        if earlier:
            out.append(Via(earlier[-1], v.cue, v.pos))
    return out


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
            issuer = _named_in_apposition(issuer)
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


def _named_in_apposition(t: Any) -> Any:
    """The name set beside an issuer described by a common noun ('The operator of the stadium, the company X
    Group, in a statement …'): the name's head, else the issuer itself. The parser may hang the apposition on
    a second subject of the same verb."""
    if t.pos_ != "NOUN":
        return t
    subjects = [t] + [c for c in t.head.children if c.dep_ == "nsubj" and c.i > t.i and c.pos_ == "NOUN"]
    for s in subjects:
        name = next((c for c in s.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if name is not None:
            return name
    return t


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
        found = issuer_of(t)
        if found is not None:
            return found
    return None


def issuer_of(t: Any) -> Any | None:
    """Head token of who issued the document ``t`` ('X's report', 'a report by X', 'X said in a report')."""
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
    """Via names once each, without the speaker itself under another form ('the TFRA' for its full name)."""
    out: list[str] = []
    sp = r.speaker.text.lower() if r.speaker else ""
    for v in r.via:
        name = " ".join(v.name.text.split())
        key = re.sub(r"^(the|a|an)\s+", "", name.lower())
        if r.speaker is not None and _acronym_of(name, r.speaker.text):
            continue
        if (
            key
            and key != re.sub(r"^(the|a|an)\s+", "", sp)
            and all(key != re.sub(r"^(the|a|an)\s+", "", x.lower()) for x in out)
        ):
            out.append(name)
    return out


def _body_named_apart(head: Any, sp: Name, found: Name) -> bool:
    """A body's proper name of two or more capitalised words ('The Fjord Prison Service', not a title such as
    'the Foreign Minister') is a speaker in its own right: never an earlier speaker lacking any of its words."""
    if head.pos_ != "PROPN" or head.lower_ in TITLE_WORDS or head.lower_ in PERSON_NOUNS:
        return False
    words = [w for w in strip_det(sp.text).split() if w[:1].isupper()]
    if len(words) < 2:
        return False
    have = {w.lower() for w in re.findall(r"[^\W\d_]+", found.text)}
    return any(w.lower() not in have for w in words)


LESSER_RANKS = ("deputy", "vice", "assistant")  # words making a role a lesser one: "Deputy Minister"
_LESSER = re.compile(rf"\b(?:{'|'.join(LESSER_RANKS)})[\s-]+(\w+)\W*(?:\w+\W+){{0,8}}$", re.I)


def _lesser_rank(text: str, head: Any, found: Name) -> bool:
    """The person found for a bare role ('the Minister') is titled a deputy of that role in the words right
    before their name ('the Deputy Minister, Head of the X Department Jane Doe'), and the role has no such word."""
    if found.label != "PERSON" or any(c.lower_ in LESSER_RANKS for c in head.children):
        return False
    m = _LESSER.search(text, max(0, found.start - 80), found.start)
    return m is not None and m.group(1).lower() == head.lemma_.lower()


def _full_rank_before(text: str, head: Any, before: int) -> bool:
    """The article writes the role as a title of its own ('The Minister of Health ...'), no deputy's, before."""
    role = head.lemma_.capitalize()
    return any(
        not re.search(rf"\b(?:{'|'.join(LESSER_RANKS)})[\s-]+$", text[max(0, m.start() - 12) : m.start()], re.I)
        for m in re.finditer(rf"\b{re.escape(role)}\b", text[:before])
    )


# Nouns naming the office of a body that speaks for it ("the press service" of the X Authority).
OFFICE_WORDS = frozenset("press media information communications communication news public relations".split())


def _kind_named_apart(head: Any, found: Name) -> bool:
    """A generic body noun with a noun before it that says which body of its kind it is ('the emergencies
    ministry') is never a body whose name has no word opening alike ('Varnel's foreign ministry'); the
    office that speaks for a body ('the press service') may be any body's."""
    if found.label not in ("ORG", "") or head.pos_ != "NOUN" or not head.text.islower():
        return False
    words = [
        c.lower_
        for c in head.children
        if c.dep_ == "compound"
        and c.i < head.i
        and c.text.isalpha()
        and c.text.islower()
        and c.lower_ not in OFFICE_WORDS
    ]
    have = [w.lower() for w in re.findall(r"[^\W\d_]+", found.text)]
    return any(not any(h[:5] == w[:5] for h in have) for w in words)


def _self_named(head: Any) -> bool:
    """A generic noun with a nationality or place modifier ('the Varnelian foreign ministry', 'the Fjord ministry')."""
    return any(
        c.dep_ in ("amod", "compound", "nmod") and c.i < head.i and c.ent_type_ in ("NORP", "GPE")
        for c in head.children
    )


def _of_named_body(head: Any) -> bool:
    """'the government of Fjordia', 'the people of Varnel': a body noun whose 'of' complement is a proper name
    names its own body; it stands for no earlier body of its kind. A person's role noun ('the minister of
    Fjordia') still stands for the holder named before."""
    if head.lemma_.lower() in PERSON_NOUNS:
        return False
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and obj.text[:1].isupper():
                    return True
    return False


def _holder_named(head: Any, sp: Name) -> bool:
    """'commented the deputy minister Jana Orvik': the phrase found the role's holder by name, outside the
    role noun; no earlier speaker with a like title stands for her."""
    if sp.start <= head.idx < sp.end:
        return False
    words = strip_det(sp.text).split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _apposed_person(head: Any) -> Any | None:
    """A subject with no name of its own that a person's name follows in apposition ('One of them, Ana Ruiz,'
    / 'Another, Jane Doe,'): the name's head token."""
    if head is None or head.ent_type_ == "PERSON" or head.pos_ not in ("NUM", "PRON"):
        return None
    if head.lower_ in PERSON_PRONOUNS:
        return None
    names = [c for c in head.children if c.dep_ == "appos" and c.i > head.i and c.pos_ == "PROPN"]
    return next((c for c in names if c.ent_type_ == "PERSON"), None)


def _role_tagged_person(head: Any) -> bool:
    """'the Chairwoman said' where the tagger took the lone capitalised role noun for a person's name."""
    lemma = head.lemma_.lower()
    if not (lemma in PERSON_NOUNS or lemma in TITLE_WORDS or head.lower_ in PERSON_NOUNS | TITLE_WORDS):
        return False
    doc = head.doc
    alone = head.ent_iob_ == "B" and (head.i + 1 >= len(doc) or doc[head.i + 1].ent_iob_ != "I")
    return alone  # the 'name' is the role noun alone, not 'Chairwoman Jane Doe'


def _named_noun(head: Any) -> bool:
    """'the Fenwick Wire agency', 'the X News agency (XNA)': a generic noun that a name makes a name.

    A person's role noun is never so named: 'the Fjordian minister' (a demonym the tagger took for a name) is a
    minister named before."""
    if head.pos_ != "NOUN" or head.lemma_.lower() in PERSON_NOUNS:
        return False
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper() for c in head.lefts)


def _acronym_of(a: str, b: str) -> bool:
    """One name is the other's acronym ('TFRA' / 'the Talvanian Food Regulatory Agency')."""
    for x, y in ((a, b), (b, a)):
        letters = re.sub(r"[^A-Za-z]", "", strip_det(x))
        if 2 <= len(letters) <= 6 and letters.isupper() and letters == acronym(strip_det(y)):
            return True
    return False


def _paragraph_of(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (len(text) if b < 0 else b)


# nouns of an event or act of speaking: 'the words of X', 'the press conference of X' are X's
SPEECH_EVENT_NOUNS = frozenset(
    "word remark comment speech address testimony briefing conference explanation assurance".split()
)


def _speech_owner(head: Any, sp: Name) -> Any | None:
    """The speaker behind a speech-event phrase ('the words of the spokesman', 'the minister's remarks')."""
    if head is None or head.pos_ != "NOUN" or head.lemma_.lower() not in SPEECH_EVENT_NOUNS:
        return None
    if not sp.start <= head.idx < sp.end:
        return None
    for c in head.children:
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
            return c
        if c.dep_ == "prep" and c.lower_ in ("of", "by") and c.i > head.i:
            objs = [p for p in c.children if p.dep_ == "pobj" and p.pos_ in ("PROPN", "NOUN")]
            if objs:
                return objs[0]
    return None


def _bare_role(head: Any) -> bool:
    """A role noun with no determiner at all, as translated text drops the article ('the words of minister')."""
    return (
        head.pos_ == "NOUN"
        and head.tag_ == "NN"
        and head.text.islower()
        and head.lemma_.lower() in PERSON_NOUNS
        and not any(c.dep_ in ("det", "poss", "compound", "amod", "nummod") for c in head.children)
    )


def _its_role(head: Any, sp: Name) -> Any | None:
    """The 'its' of a speaker phrase that is a role of a body and no name ('Its regional coordinator')."""
    if head.pos_ != "NOUN" or head.lemma_.lower() in DOC_NOUNS or head.tag_ != "NN":
        return None
    poss = [c for c in head.children if c.dep_ == "poss" and c.lower_ == "its"]
    if not poss or not sp.start <= head.idx < sp.end:
        return None
    words = re.findall(r"[A-Za-z][\w'-]*", sp.text)
    if any(w[:1].isupper() for w in words[1:]):
        return None  # 'its spokesman Jane Doe': the name speaks
    return poss[0]


# nouns for a body that 'its' may stand for, besides the kinds ``cues.org_kind_of_noun`` knows
BODY_NOUNS = frozenset("charity foundation fund trust society association organization organisation ngo".split())
MAX_ITS_SENTENCES = 3


def _its_body(doc: Any, its: Any, since: int) -> Name | None:
    """The body 'its' stands for: the subject of an earlier sentence, set off as a body ('X, the charity that …,').

    Sentence by sentence back (three at most), the first main-clause subject decides; a name the tagger
    took for a person's counts when an apposition calls it a body.
    """
    sent = its.sent
    for _ in range(MAX_ITS_SENTENCES):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        if sent.start_char < since:
            return None
        subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue
        subj = subjects[0]
        if subj.pos_ != "PROPN":
            return None
        # the apposition, or a second subject where the parse split it off ('X, the charity that …, has')
        kinds = [c.lemma_.lower() for c in [*subj.children, *subjects[1:]] if c.dep_ in ("appos", "nsubj")]
        if any(org_kind_of_noun(k) or k in BODY_NOUNS for k in kinds):
            return phrase_for(subj)
        return None
    return None


# role nouns one speaker may be given in turn ('X, official representative of the service' -> 'the spokesman')
ROLE_GROUPS = (frozenset(["spokesman", "spokeswoman", "spokesperson", "representative"]),)


def _apposed_speaker(doc: Any, lemma: str, before: int, seen: list[Name]) -> Name | None:
    """'the minister' -> an earlier speaker set in apposition to that role ('The Minister of X, General Y,')."""
    roles = next((g for g in ROLE_GROUPS if lemma in g), frozenset([lemma]))
    for x in reversed(seen):
        if x.start >= before or x.label == "ORG":
            continue
        span = doc.char_span(x.start, x.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.dep_ == "appos" and root.head.lemma_.lower() in roles and not span.start <= root.head.i < span.end:
            return x
        if any(c.dep_ == "appos" and c.lemma_.lower() in roles and c.i >= span.end for c in root.children):
            return x
    return None


def _mentioned_in_passing(doc: Any, found: Name, speakers: list[Name]) -> bool:
    """A person no earlier speaker is, named inside another noun's phrase ('the claims of the rival minister Y',
    'Y's claims'), not as a participant of the clause."""
    last = found.text.split()[-1].lower() if found.text.split() else ""
    if not last or any(last in x.text.lower().split() for x in speakers):
        return False
    k = next((t.i for t in doc if t.idx >= found.start), None)
    if k is None:
        return False
    root = doc[k : k + max(1, len(found.text.split()))].root
    for _ in range(3):  # 'the rival minister Y' with the name in apposition to the role
        if root.dep_ not in ("appos", "compound", "flat") or root.head.i == root.i:
            break
        root = root.head
    if root.dep_ == "poss":
        return root.head.pos_ == "NOUN"
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN"


def _titled_speaker(lemma: str, before: int, seen: list[Name]) -> Name | None:
    """'the minister' -> an earlier speaker given that title ('Minister of Transport Dr X')."""
    for x in reversed(seen):
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", x.text)]
        if x.start < before and x.label != "ORG" and x.lemma != lemma and lemma in words[:-1]:
            return x
    return None
