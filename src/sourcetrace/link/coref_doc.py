"""Within-document coreference over given mentions: mention description and document clusters.

Used by :mod:`coref`. A mention gets its syntactic head, a kind (``pron``, ``rel``, ``name``,
``noun``, ``time``) and, for names, a :class:`NameKey`. Inside one document:

* names join when :func:`names.relation` relates them (a surname alone, a given name alone);
* common nouns join on the same head lemma;
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


def describe(ms: list[M], doc: Any) -> None:
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
        if low in _RELATIVE:
            m.kind = "rel"
        elif len(span) == 1 and (root.pos_ == "PRON" or low in _PERSON_PRON | _THING_PRON | _PLURAL_PRON):
            m.kind = "pron"
        elif m.coarse == "TIME":
            m.kind = "time"
            if TIME_KEYS:
                m.norm = time_key(m.text) or m.norm
        elif root.pos_ == "PROPN" or any(t.ent_type_ for t in span if t.pos_ == "PROPN"):
            m.kind = "name"
            label = {"HUM": "PERSON" if m.fine.endswith("PER") else "ORG", "LOC": "GPE"}.get(m.coarse, "")
            words = [t for t in span if t.pos_ in ("PROPN", "NOUN", "ADJ", "NUM") or t.text[:1].isupper()]
            text = " ".join(t.text for t in words) if words else m.text
            m.key = name_key(text, label)
        else:
            m.kind = "noun"


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
        return ante.coarse == m.coarse and _pron_class(ante.text.lower()) == _pron_class(low)
    if low in _PERSON_PRON:
        return ante.fine.endswith("PER") or ante.fine.endswith("HUMAN_PART")
    if low in _THING_PRON:
        return ante.coarse in ("NON", "LOC") or ante.fine.endswith("ORG")
    return ante.coarse == m.coarse


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
            if a.coarse == b.coarse and a.key is not None and b.key is not None and relation(a.key, b.key):
                uf.union(b.id, a.id)
                break
    by_head: dict[tuple[str, str], M] = {}
    by_time: dict[str, M] = {}
    by_norm: dict[tuple[str, str], M] = {}
    for m in ms:
        if m.kind in ("name", "noun") and m.norm:
            first = by_norm.setdefault((m.coarse, m.norm), m)
            uf.union(first.id, m.id)
        if m.kind == "noun" and m.head:
            first = by_head.setdefault((m.coarse, m.head), m)
            uf.union(first.id, m.id)
        elif m.kind == "time" and m.norm:
            first = by_time.setdefault(m.norm, m)
            uf.union(first.id, m.id)
    if doc is not None:
        for a in ms:
            if a.kind != "noun":
                continue
            for b in names:
                if b.coarse == a.coarse and _tied(a, b, doc):
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
                if ante.coarse == m.coarse or m.start - ante.end <= 3:
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
