"""Within-document coreference over given mentions: mention description and document clusters.

Used by :mod:`coref`. A mention gets its syntactic head, the predicate slot it fills, a kind
(``pron``, ``rel``, ``name``, ``noun``, ``time``) and, for names, a :class:`NameKey` and the
common nouns the syntax ties to it (its roles). A name's head is a proper noun that the topic
does not also use in lower case as a common noun ("Swimmer Dies" in a headline is a noun); a
person's key leaves out the common nouns and titles before the name ("lawyer Mark Doe").
Mentions of different task types never join. Inside one document:

* names join when :func:`names.relation` relates them (a surname alone, a given name alone);
* common nouns join on the same head lemma and the same numbers ("$2 million" is not "$5 million");
* a common noun joins a name only where the syntax ties them: apposition ("Jane Doe, the
  actress"), a noun modifying the name ("actress Jane Doe") or a copula ("Doe is the actress");
* a pronoun goes to the nearest earlier compatible mention: same task type, number
  (no "she" -> "engineers"), and gender of the whole cluster so far (pronouns, gendered nouns
  such as "mother", titles); "we"/"you" only to the same pronoun; a relative pronoun to the
  mention right before it;
* times join on a canonical key (:func:`time_key`: weekday, month-day, number and unit).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from .names import NameKey, name_key, relation

__all__ = ["M", "UF", "describe", "cluster_document"]

_MASC = frozenset("he him his himself".split())
_FEM = frozenset("she her hers herself".split())
_PERSON_PRON = _MASC | _FEM
_THING_PRON = frozenset("it its itself".split())
_PLURAL_PRON = frozenset("they them their theirs themselves".split())
_FIRST_PRON = frozenset("i me my mine myself we us our ours ourselves".split())
_RELATIVE = frozenset("who whom whose which that".split())
_DETERMINERS = frozenset("the a an this that these those his her its their our my your".split())
_PREPS = frozenset("on in at by during since from until for of to".split())
NORM_HEAD_PHRASE = True
PRON_PREFER_NAMES = True
_LOCATIVE = frozenset("in at near on off outside inside".split())
_INDEF = frozenset("a an some one another two three several many".split())
FINE_TYPES = True


@dataclass
class M:
    id: str
    doc: str
    topic: str
    start: int
    end: int
    text: str
    coarse: str
    fine: str
    kind: str = "noun"  # pron | rel | name | noun | time
    head: str = ""
    key: NameKey | None = None
    norm: str = ""
    root: int = -1  # token index of the syntactic head in the document
    tokens: tuple[int, int] = (-1, -1)
    plural: bool = False
    arg: tuple[str, str] | None = None  # the predicate it fills and how: ("arrest", "dobj")
    nums: frozenset[str] = frozenset()  # numbers in a common noun phrase ("$2 million", "five people")
    roles: frozenset[str] = frozenset()  # for a name: common nouns the syntax ties to it ("actress Jane Doe")


def tkey(m: M) -> str:
    """The type two mentions must share to corefer: the task's fine type (ECB+ never mixes them)."""
    return m.fine if FINE_TYPES else m.coarse


class UF:
    def __init__(self) -> None:
        self.p: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.p.setdefault(x, x)
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[rb] = ra


def norm_text(s: str) -> str:
    words = re.findall(r"[a-z0-9$%]+", s.lower())
    while words and (words[0] in _DETERMINERS or words[0] in _PREPS):
        words = words[1:]
    return " ".join(words)


def describe(ms: list[M], doc: Any, common: frozenset[str] = frozenset()) -> None:
    for m in ms:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        low = m.text.lower().strip()
        m.norm = norm_text(m.text)
        if span is None or len(span) == 0:
            m.head = m.norm.split()[-1] if m.norm else low
            continue
        root = span.root
        while root.pos_ == "ADP":  # "in the prison": the noun, not the preposition
            objs = [c for c in root.children if c.dep_ == "pobj" and span.start <= c.i < span.end]
            if not objs:
                break
            root = objs[0]
        for t in span[root.i - span.start + 1 :]:  # "Center in Malibu", "Center , Calif": the head phrase
            if t.text == "," or (t.pos_ == "ADP" and t.lower_ in _LOCATIVE and t.head.i == root.i):
                span = doc[span.start : t.i]
                break
        while len(span) > 1 and span[0].pos_ == "ADP":
            span = span[1:]
        if NORM_HEAD_PHRASE:
            m.norm = norm_text(span.text)
        m.root = root.i
        m.plural = root.tag_ in ("NNS", "NNPS") or "Plur" in root.morph.get("Number")
        m.tokens = (span.start, span.end)
        m.head = root.lemma_.lower() if root.pos_ != "PROPN" else root.text.lower()
        m.arg = predicate_slot(root)
        if low in _RELATIVE:
            m.kind = "rel"
        elif len(span) == 1 and (root.pos_ == "PRON" or low in _PERSON_PRON | _THING_PRON | _PLURAL_PRON):
            m.kind = "pron"
        elif m.coarse == "TIME":
            m.kind = "time"
            if TIME_KEYS:
                m.norm = time_key(m.text) or m.norm
        elif _is_name(span, root, common):
            m.kind = "name"
            label = {"HUM": "PERSON" if m.fine.endswith("PER") else "ORG", "LOC": "GPE"}.get(m.coarse, "")
            words = [t for t in span if t.pos_ in ("PROPN", "NOUN", "ADJ", "NUM") or t.text[:1].isupper()]
            titles = {t.lower_ for t in words if t.i < root.i and t.lower_ in common} if NAME_TITLES else set()
            if NAME_PROPER_ONLY and label == "PERSON":
                proper = [t for t in words if t.pos_ == "PROPN" and t.lower_ not in titles]
                words = proper or [t for t in words if t.text[:1].isupper()] or words
            text = " ".join(t.text for t in words) if words else m.text
            m.key = name_key(text, label)
            m.roles = frozenset(_descriptors(doc, span, root, common) | titles)
        else:
            m.kind = "noun"
            m.nums = numbers(span.text)
            if root.pos_ == "PROPN":
                m.head = root.lemma_.lower()


def prefix_name(a: NameKey, b: NameKey) -> bool:
    """Two names of a place, group or thing, one the start of the other ("Promises", "Promises Treatment Center")."""
    if "PERSON" in (a.label, b.label) or a.acronym or b.acronym or not a.tokens or not b.tokens:
        return False
    short, long_ = sorted((a.tokens, b.tokens), key=len)
    return len(short) < len(long_) and long_[: len(short)] == short


def numbers(text: str) -> frozenset[str]:
    """The numbers written in a phrase, digits or words: "five people" -> {"5"}, "$2.6 million" -> {"2.6"}."""
    out = set()
    for w in re.findall(r"[0-9]+(?:\s?[.,]\s?[0-9]+)*|[a-z]+", text.lower()):
        if w[0].isdigit():
            out.add(re.sub(r"\s", "", w).replace(",", ""))
        elif w in _NUMBERS and w not in ("zero", "one"):
            out.add(_NUMBERS[w])
    return frozenset(out)


def numbers_clash(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> bool:
    return bool(a) and bool(b) and not a & b


NUMBERS = True  # common nouns with different numbers ("$2 million", "$5 million") never merge
NAME_ROOT_ONLY = True  # a name's syntactic head is a proper noun ("Detroit accounting firm" is a noun phrase)
NAME_COMMON_CHECK = True  # a capitalised word used in lower case as a noun elsewhere in the topic is a noun
NAME_TITLES = True  # capitalised common nouns before a name are titles ("Singer Jane Doe"), not part of it
NAME_PROPER_ONLY = True  # a person's name key leaves out the common nouns before it ("lawyer Mark Doe")


def _is_name(span: Any, root: Any, common: frozenset[str]) -> bool:
    if root.pos_ != "PROPN" and (NAME_ROOT_ONLY or not any(t.ent_type_ for t in span if t.pos_ == "PROPN")):
        return False
    if NAME_COMMON_CHECK and root.pos_ == "PROPN":
        proper = [t for t in span if t.pos_ == "PROPN"]
        if proper and all(t.lower_ in common for t in proper):
            return False
    return True


def common_nouns(docs: Any) -> frozenset[str]:
    """Words written in lower case as common nouns somewhere in ``docs`` (a topic)."""
    return frozenset(t.lower_ for doc in docs for t in doc if t.pos_ == "NOUN" and t.is_lower and t.is_alpha)


_SLOTS = frozenset("nsubj nsubjpass dobj agent attr dative poss compound npadvmod conj".split())


def predicate_slot(t: Any) -> tuple[str, str] | None:
    """The word a mention's head depends on and the relation: ("arrest", "dobj"), ("check", "p:into")."""
    if t.dep_ == "pobj" and t.head.dep_ == "prep":
        v, rel = t.head.head, "p:" + t.head.lower_
    elif t.dep_ in _SLOTS:
        v, rel = t.head, "dobj" if t.dep_ == "nsubjpass" else t.dep_
    else:
        return None
    if v.pos_ not in ("VERB", "NOUN", "AUX"):
        return None
    return v.lemma_.lower(), rel


def _descriptors(doc: Any, span: Any, root: Any, common: frozenset[str] = frozenset()) -> set[str]:
    """Common nouns tied to a name by the syntax: inside its span, compound or apposition, copula."""
    out = {t.lemma_.lower() for t in span if t.pos_ == "NOUN" and t.i != root.i}
    for c in root.children:
        if c.dep_ in ("compound", "appos", "amod", "nmod") and c.pos_ == "NOUN":
            out.add(c.lemma_.lower())
        elif c.dep_ == "compound" and c.i < span.start and c.lower_ in common:  # "Singer Jane Doe"
            out.add(c.lower_)
        if c.dep_ == "appos":
            out.update(cc.lemma_.lower() for cc in c.children if cc.dep_ == "compound" and cc.pos_ == "NOUN")
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        out.add(root.head.lemma_.lower())
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        out.update(c.lemma_.lower() for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN")
    return out


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_FULL_MONTH = {
    m[:3]: m for m in "january february march april may june july august september october november december".split()
}
_NUMBERS = {
    w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())
}
_TIME_FILLER = frozenset(
    "early late last this next past earlier later about around approximately nearly almost just after before "
    "more than less some a an the on in at by during since from until for of to".split()
)
TIME_KEYS = True


def time_key(text: str) -> str:
    """A canonical key for a time expression: its weekday, else month and day, else its number and unit.

    "late Thursday", "Thursday evening" -> ``wd:thursday``; "Dec. 2", "December 2" -> ``md:dec-2``;
    "90 days", "a 90-day" -> ``90 day``. Empty when nothing is recognised.
    """
    words = re.findall(r"[a-z]+|[0-9]+", text.lower())
    for w in words:
        if w in _WEEKDAYS:
            return "wd:" + w
    for i, w in enumerate(words):
        if w[:3] in _MONTHS and (len(w) == 3 or w.startswith(_FULL_MONTH.get(w[:3], w))):
            days = [x for x in words[max(0, i - 2) : i + 3] if x.isdigit() and int(x) <= 31]
            if days:
                return f"md:{w[:3]}-{int(days[0])}"
    kept = [_NUMBERS.get(w, w) for w in words if w not in _TIME_FILLER]
    kept = [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in kept]
    return " ".join(kept)


PRON_GENDER = True
_FEMALE_NOUNS = frozenset(
    "woman women girl girls mother mom mum sister daughter wife actress girlfriend grandmother aunt niece "
    "lady ladies queen widow bride princess stepmother stepmom heroine waitress mrs ms miss madam".split()
)
_MALE_NOUNS = frozenset(
    "man men boy boys father dad brother son husband boyfriend grandfather uncle nephew king widower groom "
    "prince stepfather stepdad mr sir".split()
)


def _gender(m: M) -> str:
    """'f' or 'm' where a pronoun, a gendered noun or a title says so, else ''."""
    low = m.text.lower()
    if m.kind == "pron":
        g = _pron_class(low)
        return g if g in ("m", "f") else ""
    words = re.findall(r"[a-z]+", low)
    if m.kind == "noun" and m.head in _FEMALE_NOUNS or (m.kind == "name" and words[:1] and words[0] in _FEMALE_NOUNS):
        return "f"
    if m.kind == "noun" and m.head in _MALE_NOUNS or (m.kind == "name" and words[:1] and words[0] in _MALE_NOUNS):
        return "m"
    return ""


def indefinite(text: str) -> bool:
    w = text.lower().split()
    return bool(w) and w[0] in _INDEF


def _pron_class(low: str) -> str:
    for name, group in (
        ("m", _MASC),
        ("f", _FEM),
        ("t", _THING_PRON),
        ("pl", _PLURAL_PRON),
        ("1", _FIRST_PRON),
        ("2", _SECOND_PRON),
    ):
        if low in group:
            return name
    return low


_SECOND_PRON = frozenset("you your yours yourself yourselves".split())
_SINGULAR_PRON = _PERSON_PRON | _THING_PRON
PRON_AGREE = True


def _pron_ok(m: M, ante: M) -> bool:
    low = m.text.lower()
    if PRON_AGREE:
        if m.fine and ante.fine and m.fine != ante.fine:  # the task's type: a person pronoun, a person
            return False
        if low in _FIRST_PRON or low in _SECOND_PRON:  # "we", "you": only the same speaker's pronouns
            return ante.kind == "pron" and _pron_class(ante.text.lower()) == _pron_class(low)
        if ante.kind not in ("pron", "rel"):
            if low in _SINGULAR_PRON and ante.plural:
                return False
            if low in _PLURAL_PRON and not ante.plural and not ante.fine.endswith("ORG"):
                return False
    if ante.kind in ("pron", "rel"):
        return tkey(ante) == tkey(m) and _pron_class(ante.text.lower()) == _pron_class(low)
    if low in _PERSON_PRON:
        return ante.fine.endswith("PER") or ante.fine.endswith("HUMAN_PART")
    if low in _THING_PRON:
        return ante.coarse in ("NON", "LOC") or ante.fine.endswith("ORG")
    return tkey(ante) == tkey(m)


def _tied(a: M, b: M, doc: Any) -> bool:
    """A common noun ``a`` and a name ``b`` tied by the syntax (apposition, modifier, copula)."""
    if a.root < 0 or b.root < 0 or doc is None:
        return False
    ta, tb = doc[a.root], doc[b.root]
    if ta.head.i == tb.i and ta.dep_ in ("appos", "compound"):
        return True
    if tb.head.i == ta.i and tb.dep_ == "appos":
        return True
    if ta.dep_ == "attr" and ta.head.lemma_ == "be":
        return any(c.i == tb.i for c in ta.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    return False


def cluster_document(ms: list[M], uf: UF, doc: Any = None, main_person: bool = False) -> None:
    """Union the mentions of one document in ``uf``."""
    ms.sort(key=lambda m: (m.start, m.end))
    for m in ms:
        uf.find(m.id)
    names = [m for m in ms if m.kind == "name"]
    for i, a in enumerate(names):
        for b in names[:i]:
            if tkey(a) == tkey(b) and a.key is not None and b.key is not None and relation(a.key, b.key):
                uf.union(b.id, a.id)
                break
    by_head: dict[tuple[str, str], M] = {}
    by_time: dict[str, M] = {}
    by_norm: dict[tuple[str, str], M] = {}
    for m in ms:
        if m.kind in ("name", "noun") and m.norm:
            first = by_norm.setdefault((tkey(m), m.norm), m)
            uf.union(first.id, m.id)
        if m.kind == "noun" and m.head:
            first = by_head.setdefault((tkey(m), m.head + "#" + ",".join(sorted(m.nums)) if NUMBERS else m.head), m)
            uf.union(first.id, m.id)
        elif m.kind == "time" and m.norm:
            first = by_time.setdefault(tkey(m) + "|" + m.norm, m)
            uf.union(first.id, m.id)
    if doc is not None:
        for a in ms:
            if a.kind != "noun":
                continue
            for b in names:
                if tkey(b) == tkey(a) and _tied(a, b, doc):
                    uf.union(b.id, a.id)
                    break
    if main_person:
        for m in ms:
            if m.kind != "noun" or m.coarse != "HUM" or indefinite(m.text):
                continue
            cands = [n for n in names if n.fine == m.fine]
            if cands:
                sizes: dict[str, int] = defaultdict(int)
                for n in cands:
                    sizes[uf.find(n.id)] += 1
                best = max(sizes, key=lambda r: (sizes[r], r))
                uf.union(best, m.id)
    gender: dict[str, set[str]] = defaultdict(set)
    if PRON_GENDER:
        for m in ms:
            g = _gender(m)
            if g:
                gender[uf.find(m.id)].add(g)

    def fits(m: M, ante: M) -> bool:
        if not _pron_ok(m, ante):
            return False
        g = _pron_class(m.text.lower())
        if PRON_GENDER and g in ("m", "f"):
            return not (gender[uf.find(ante.id)] - {g})
        return True

    def join(ante: M, m: M) -> None:
        merged = gender[uf.find(ante.id)] | gender[uf.find(m.id)]
        uf.union(ante.id, m.id)
        gender[uf.find(m.id)] = merged

    for i, m in enumerate(ms):
        if m.kind not in ("pron", "rel"):
            continue
        for j in range(i - 1, -1, -1):
            ante = ms[j]
            if ante.end > m.start:
                continue
            if m.kind == "rel":
                if tkey(ante) == tkey(m) or m.start - ante.end <= 3:
                    join(ante, m)
                break
            if fits(m, ante):
                if PRON_PREFER_NAMES and m.text.lower() in _PERSON_PRON and ante.kind == "noun":
                    better = next(
                        (
                            b
                            for b in ms[:j][::-1]
                            if b.kind in ("name", "pron") and fits(m, b) and m.start - b.end < 300
                        ),
                        None,
                    )
                    if better is not None:
                        ante = better
                join(ante, m)
                break
