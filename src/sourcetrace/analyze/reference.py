"""Referring expressions that re-describe a referent, and lines that are page furniture.

Used by :mod:`analyze.framing`. Three general rules over the spaCy parse, none of them
a list of loaded words (what sets an outlet apart is left to ``link.framing``):

* **Re-description.** A determiner-led noun phrase in an argument slot (subject, object,
  possessor) whose head word has not occurred earlier in the article (nor in its
  headline, in the outlet's own voice: a word only a quoted speaker used before is new wording when the
  outlet takes it up) gives new wording for something already under discussion: "this sham",
  "these thugs", "the regime's commission", "the farce continued". A demonstrative
  ("this/that/these/those") may carry modifiers; a bare definite ("the" + one noun) counts
  only as subject or possessor, the slots of a referring topic, and not in "the truth is
  that ...". Prepositional phrases ("in this regard", "at that time"), dates and stop
  words ("the others") are left out. Once a head word has been used this way, its later
  uses of the same kind count as well.
* **Anaphoric description.** A singular definite noun phrase naming a person's role
  ("the long-ruling president", "the veteran leader") refers back to a name it fits: the
  latest name the article ties to the same role noun (title, apposition, copula:
  "President X", "X, the president", "X is president"), else the one person named in the
  latest of the current and three previous sentences that names anybody. A role noun is
  one of a closed class of offices and titles, one written before a person's name in the
  article ("analyst Jane Doe"), or a noun with an age ("the X, 67,") or a "who" clause.
  Its head and pre-modifiers are then descriptors of that name. A rank qualifier ("the deputy
  minister") points only to a name whose office had it too. A hyphenated head is one word ("cover-up").
* **Furniture.** A navigation, share or tag line ("World  Africa  Politics",
  "Share: WhatsApp | Facebook | Telegram") is no prose; nothing on it is a descriptor.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from ..model import Span

__all__ = ["References", "furniture_spans", "head_word", "is_furniture_line", "role_word"]

# Separators between items of a navigation / share / tag line: runs of spaces, bars, bullets, arrows.
_NAV_SEP = re.compile(r"\s{2,}|\s*[|\u2022\u00b7\u203a\u00bb\u2192/>]\s*|\t")
_LABEL = re.compile(r"^\s*[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+)?\s*:\s+")
_SENTENCE_END = ".!?\u201d\u2019\"')"


def is_furniture_line(line: str) -> bool:
    """A line of three or more short items, as in a menu, breadcrumb, share bar or tag list.

    Items are separated by runs of spaces or separator marks ("World  Africa  Politics",
    "News > Europe > Markets"), or by commas after a short "Label:" ("Tags: a, b, c").
    Each item is one to four words, most start with a capital or digit (unless a label
    introduces them), and the line does not end like a sentence.
    """
    s = line.strip()
    if not s or s[-1] in _SENTENCE_END:
        return False
    label = _LABEL.match(s)
    body = s[label.end() :] if label else s
    items = [x.strip() for x in _NAV_SEP.split(body) if x and x.strip()]
    if label and len(items) < 3:
        items = [x.strip() for x in re.split(r"\s*[,;|\u2022\u00b7]\s*", body) if x.strip()]
    if len(items) < 3 or len(items) > 20:
        return False
    if any(len(x.split()) > 4 or any(c in ".!?" for c in x) for x in items):
        return False
    if label:
        return True  # "Tags: a, b, c": the label says what the list is
    capital = sum(1 for x in items if x[0].isupper() or x[0].isdigit())
    return capital * 3 >= len(items) * 2


def furniture_spans(text: str) -> list[Span]:
    """Character spans of the lines of ``text`` that :func:`is_furniture_line` accepts."""
    out: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        if is_furniture_line(line):
            out.append(Span(pos, pos + len(line)))
        pos += len(line) + 1
    return out


_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_DEFINITE = frozenset({"the"}) | _DEMONSTRATIVES
_TOPIC_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
_NAME_SHAPE_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "poss", "attr"})
# Generic closed class of nouns for a person's office or role (besides framing.HONORIFICS).
ROLE_HEADS = frozenset(
    """leader head incumbent candidate challenger official spokesman spokeswoman spokesperson chairman
    chairwoman chairperson chair secretary ambassador envoy lawyer premier chancellor ruler founder
    director""".split()
)
# Generic closed class of words that rank an office below or beside another: "the deputy minister" is not
# the minister named before.
_RANK_QUALIFIERS = frozenset("deputy vice assistant associate junior acting interim shadow co under".split())
_LOOKBACK = 3  # sentences before a role description searched for the person it refers to
_PRONOUN_PERSON = frozenset("he him his himself she her hers herself".split())


def _words(span: Any, honorifics: frozenset[str]) -> tuple[str, ...]:
    """A name's words (split at spaces, hyphenated parts kept together), casefolded, without
    determiners, honorifics, a possessive ending and punctuation."""
    out = []
    for w in span.text.split():
        w = re.sub(r"[\u2019']s$", "", w.strip(".,;:()[]\"'\u201c\u201d\u2018\u2019")).casefold()
        if w and w not in ("the", "a", "an") and w.rstrip(".") not in honorifics:
            out.append(w)
    return tuple(out)


# Abbreviated titles, read as the role noun they stand for ("Gen. X" ... "the general").
_ABBREVIATIONS = {
    "gen": "general",
    "col": "colonel",
    "lt": "lieutenant",
    "maj": "major",
    "capt": "captain",
    "sgt": "sergeant",
    "adm": "admiral",
    "brig": "brigadier",
    "cmdr": "commander",
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "pres": "president",
    "prof": "professor",
    "dr": "doctor",
}


def role_word(tok: Any) -> str:
    """The role noun a token stands for: its lemma, the whole hyphenated word it ends
    ("secretary-general", not "general"), an abbreviation spelled out ("Gen." -> "general")."""
    doc, i = tok.doc, tok.i
    word = tok.lemma_.casefold()
    while (
        i >= 2
        and doc[i - 1].text in ("-", "\u2010", "\u2011")
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
    ):
        word = doc[i - 2].lower_ + "-" + word
        i -= 2
    word = word.rstrip(".")
    return _ABBREVIATIONS.get(word, word)


def head_word(tok: Any) -> str:
    """A noun's word, casefolded: its lemma, or the whole hyphenated word it ends ("cover-up")."""
    doc, i = tok.doc, tok.i
    word = tok.lemma_.casefold()
    while i >= 2 and doc[i - 1].text in _HYPHENS and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        word = doc[i - 2].lower_ + "-" + word
        i -= 2
    return word


_HYPHENS = ("-", "\u2010", "\u2011")


def _qualifiers(tok: Any) -> set[str]:
    """Rank qualifiers written before a role noun: "deputy" in "the deputy transport minister"."""
    return {c.lower_ for c in tok.children if c.i < tok.i and c.lower_ in _RANK_QUALIFIERS}


def _glued(part: Any, tok: Any) -> bool:
    """Whether ``part`` is an earlier piece of the hyphenated word ``tok`` ends ("cover" in "cover-up")."""
    doc = tok.doc
    i = tok.i
    while i >= 2 and doc[i - 1].text in _HYPHENS and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
        if part.i == i:
            return True
    return False


class References:
    """Re-descriptions and anaphoric descriptions in one parsed article.

    ``ents`` are the name spans framing uses; ``ent_of`` maps a token index to its span;
    ``honorifics`` is framing's closed class of titles; ``prior`` holds the lemmas of the
    headline (read before the body).
    """

    def __init__(
        self,
        doc: Any,
        ents: list[Any],
        ent_of: dict[int, Any],
        honorifics: frozenset[str],
        prior: Iterable[str] = (),
        said: Callable[[Any], bool] | None = None,
    ) -> None:
        self.doc = doc
        self.said = said or (lambda t: False)
        self.ents = sorted(ents, key=lambda e: e.start)
        self.ent_of = ent_of
        self.person_nouns = honorifics | ROLE_HEADS
        common = {t.lemma_.casefold() for t in doc if t.pos_ == "NOUN"}
        self.personlike = {e.start: self._personlike(e, common) for e in self.ents}
        # a name's identity: its full form; a shorter form ("Doe", "Mr Doe") is the latest full
        # name it ends ("Jane Doe"), so two people sharing a surname stay apart once named in full
        self.key: dict[int, tuple[str, ...]] = {}
        full: list[tuple[str, ...]] = []
        for e in self.ents:
            words = _words(e, honorifics) or (e.text.casefold(),)
            match = [f for f in full if len(f) > len(words) and f[-len(words) :] == words]
            self.key[e.start] = match[-1] if match else words
            if not match:
                full.append(words)
        # a name is a person's when it is given in full somewhere (given name and surname) and one
        # of its mentions is typed PERSON or looks like a personal name; its other mentions count
        # too, whatever their type ("Velasco" tagged GPE once)
        person_keys = {self.key[e.start] for e in self.ents if self.personlike[e.start] and len(self.key[e.start]) >= 2}
        self.personlike = {e.start: self.key[e.start] in person_keys for e in self.ents}
        self.roles: dict[tuple[str, ...], set[str]] = {}
        for e in self.ents:
            if self.personlike[e.start]:
                self.roles.setdefault(self.key[e.start], set()).update(self._roles(e))
                if e.label_ == "PERSON":
                    self.person_nouns |= self._titles(e)
        # first occurrence of each lemma (token index; the headline counts as before the body)
        # (and in the outlet's own voice: a word first used only by a quoted speaker is new in the outlet's
        # words when it takes it up: "'This is a blockade,' he said. ... The blockade has left ...")
        self.first: dict[str, int] = {w.casefold(): -1 for w in prior}
        self.first_own: dict[str, int] = dict(self.first)
        for t in doc:
            forms = (t.lemma_.casefold(), t.lower_, head_word(t))
            for w in forms:
                self.first.setdefault(w, t.i)
            if not self.said(t):
                for w in forms:
                    self.first_own.setdefault(w, t.i)
        self.redescribed: set[str] = set()

    # ------------------------------------------------------------------ names

    def _personlike(self, e: Any, common: set[str]) -> bool:
        """A name that may be a person's: labelled PERSON, or a short run of capitalised proper
        nouns (the small model often types foreign personal names as ORG) with no word the
        article also uses as a common noun ("Commission", "Court") and no acronym."""
        if e.label_ == "PERSON":
            return True
        if (
            e.label_ not in _NAME_SHAPE_LABELS
            or e[0].lower_ == "the"
            or (e.start and self.doc[e.start - 1].lower_ == "the")
        ):
            return False  # "the Denver Post": a personal name takes no article
        words = [t for t in e if not t.is_punct and t.pos_ != "DET"]
        if not words or len(words) > 4:
            return False
        return all(
            t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper() and t.lower_ not in common
            for t in words
        )

    def _titles(self, e: Any) -> set[str]:
        """Common nouns written right before a person's name, as a title: "analyst Jane Doe"."""
        doc = self.doc
        out: set[str] = set()
        i = e.start - 1
        while i >= 0 and i >= e.start - 3 and doc[i].pos_ == "NOUN" and doc[i].dep_ == "compound":
            out.add(role_word(doc[i]))
            i -= 1
        return out

    def _roles(self, e: Any) -> set[str]:
        """Role nouns the syntax ties to a name: a title inside or before it, an apposition, a copula."""
        doc = self.doc
        out = {role_word(t) for t in e if t.lower_.rstrip(".") in self.person_nouns}
        i = e.start - 1
        while i >= 0 and i >= e.start - 4 and doc[i].pos_ in ("NOUN", "PROPN") and i not in self.ent_of:
            out.add(role_word(doc[i]))
            i -= 1
        root = e.root
        for c in root.children:
            if c.dep_ == "appos" and c.pos_ == "NOUN":
                out.add(role_word(c))
                out |= _qualifiers(c)
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            out.add(role_word(root.head))
            out |= _qualifiers(root.head)
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
            for c in root.head.children:
                if c.dep_ == "attr" and c.pos_ == "NOUN":
                    out.add(role_word(c))
                    out |= _qualifiers(c)
        return out

    # ------------------------------------------------------------- noun phrases

    def _determiner(self, tok: Any) -> str | None:
        dets = [c.lower_ for c in tok.children if c.dep_ == "det" and c.i < tok.i]
        return dets[0] if dets else None

    def _indefinite(self, tok: Any) -> bool:
        return self._determiner(tok) in ("a", "an", "another", "one")

    def _plain_noun(self, tok: Any) -> bool:
        return bool(tok.pos_ == "NOUN" and tok.tag_ in ("NN", "NNS") and not tok.ent_type_ and tok.i not in self.ent_of)

    def redescription(self, tok: Any, has_modifiers: bool) -> bool:
        """Whether ``tok`` heads a determiner-led phrase that gives new wording for a referent (a hyphenated
        head is one word: "this cover-up" is headed by "cover-up", not "up")."""
        word = head_word(tok)
        hyphenated = "-" in word
        if not self._plain_noun(tok) or not tok.is_alpha or len(word) < 3 or (tok.is_stop and not hyphenated):
            return False  # a stop word ("the others", "the rest of") refers to nothing by itself
        det = self._determiner(tok)
        if det not in _DEFINITE:
            return False
        if tok.dep_ not in _ARGUMENT_DEPS:
            return False  # "in this regard", "at that time": a connective, not a referent
        if det == "the":
            others = [c for c in tok.children if c.dep_ not in ("det", "case", "punct") and not _glued(c, tok)]
            if has_modifiers or others or tok.dep_ not in _TOPIC_DEPS:
                return False
            verb = tok.head
            if verb.lemma_ == "be" and any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
                return False  # "the truth is that ...", "the plan was to ...": no referent
        lemma = word if hyphenated else tok.lemma_.casefold()
        if lemma in self.redescribed:
            return True
        first = self.first if self.said(tok) else self.first_own
        if first.get(lemma, tok.i) < tok.i or (not hyphenated and first.get(tok.lower_, tok.i) < tok.i):
            return False
        self.redescribed.add(lemma)
        return True

    def _is_person_noun(self, tok: Any) -> bool:
        if role_word(tok) in self.person_nouns or tok.lower_ in self.person_nouns:
            return True
        # structural cues: "the X, 67," (an age), "the X who ..."
        for c in tok.children:
            if c.dep_ == "appos" and c.like_num:
                return True
            if c.dep_ == "relcl" and any(g.lower_ in ("who", "whom", "whose") for g in c.children):
                return True
        return False

    def antecedent(self, tok: Any) -> Any | None:
        """The name a singular definite role description ("the veteran leader") refers back to."""
        if not self._plain_noun(tok) or tok.tag_ != "NN" or self._determiner(tok) not in ("the", "this", "that"):
            return None
        if tok.dep_ in ("appos", "compound", "attr", "oprd"):
            return None  # tied to a name by apposition or a copula: framing's other rules
        if any(c.dep_ == "poss" or (c.dep_ == "appos" and not c.like_num) for c in tok.children):
            return None  # someone else's ("the minister's aide"), or named right here ("the leader, X")
        for p in tok.children:
            if p.dep_ == "prep" and any(g.i in self.ent_of or g.lower_ in _PRONOUN_PERSON for g in p.children):
                return None  # "the spokesman for X", "the lawyer of X": a different person
        if not self._is_person_noun(tok):
            return None
        lemma = role_word(tok)
        quals = _qualifiers(tok)  # "the deputy minister": only a name tied to a deputy's office

        def fits(key: tuple[str, ...]) -> bool:
            return quals <= self.roles.get(key, set())

        before = [e for e in self.ents if e.end <= tok.i and self.personlike[e.start]]
        for e in reversed(before):
            if lemma in self.roles.get(self.key[e.start], ()) and fits(self.key[e.start]):
                return e
        # the latest sentence (this one, or one of the three before) that names someone
        sent, window = tok.sent, []
        for _ in range(_LOOKBACK + 1):
            window = [e for e in before if sent.start <= e.start < sent.end]
            if window or sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
        keys = {self.key[e.start] for e in window}
        if len(keys) != 1:
            return None  # nobody, or more than one person it could be
        key = next(iter(keys))
        if quals and not fits(key):
            return None  # "the deputy minister" after the minister: someone else
        if any(lemma in rs for k, rs in self.roles.items() if k != key):
            return None  # the role belongs to someone named later
        if any(self._indefinite(t) for t in self.doc[: tok.i] if t.pos_ == "NOUN" and role_word(t) == lemma):
            return None  # "a senior official ... the official said": refers to that unnamed phrase
        return window[-1]
