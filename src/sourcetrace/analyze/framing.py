"""Descriptors (titles, appositions, modifiers, names) attached to referents, with their voice.

A descriptor is the wording an article uses for a referent: the title before a
name ("Gen. Velasco"), the modifiers before a noun or name ("the late
terrorist-general", "occupied Velundia"), an apposition ("Velasco, the Zarin
Force commander"), a predicate nominal ("X is a cancer"), the class a verb of
classification puts its subject in ("a move that amounts to an expropriation",
"X constitutes a violation", "X is tantamount to theft", "the decision smells of / smacks of /
reeks of / borders on protectionism"; the subject, an event or
claim as much as a name, is the referent), the name itself ("Operation Al-Marid
Flood"), a single noun that re-describes a referent ("this sham", "the regime's
commission"), and a role description that refers back to a named person ("the
long-ruling president" after "X": its words describe X); the last two come from
``analyze.reference``. What the outlet says a referent does or undergoes is a descriptor
too (kind "action"): a verb whose subject or passive subject is a mention of the referent
("the manuscripts have been safeguarded"), and an act in -ing the referent owns ("Varnel's
grandstanding"), or an abstract noun a name owns as a subject ("Varnel's silence put the herds at risk",
"the hysteria in Varnel has ...": its conduct in the outlet's words); frequent neutral verbs (a closed
class of being, motion, possession, counting, meeting, making and showing), reporting, labelling and
classifying verbs, and
negated, hypothetical or questioned verbs give none, unless a predicate of the passive subject
follows ("were held hostage": the phrase; "kept the villagers captive": "captive" for the object), a passive
"left" takes its infinitive ("a valley left to burn"), "make"/"stage" a bare noun ("Varnel makes hysteria"), and a
purpose infinitive counts for the subject of the verb it hangs on ("the union used the crash to blackmail ...").
A verb of treatment puts its object in the class after "as" ("has treated the island as a hostage"), in the outlet's
words whoever the subject. A manner adverb in -ly before a participle modifier is part of it ("the temporarily
occupied slopes"), and the modifiers before a name in quotation marks are the outlet's ('the foreign-funded "Fjord
Dawn" group').
A plural noun (or a singular collective, "the crowd") for a group of people that names no one is a
descriptor too (kind "reference", referent ``GROUP_REFERENT``, the one unnamed referent of the story's
people): "Thugs set fire to ...", "police cleared the rioters", "families of the martyrs"; the same crowd
is "rioters" in one outlet and "protesters" in another. Nouns count as people by an agent ending ("-ers",
"-ists", "-ants", "-men", ...; not a unit, not the object of a preposition of place) or by what the article
shows of them: general nouns for people and kin, role nouns, the head of a "who" clause, the subject of an
act only people do, the object of one done only to people, the complement of a kin noun.
What a copula says its subject is ("the accusations are absurd": "absurd") and a preposition with a bare
noun for a referent's state ("journalists are behind bars") are predicates; a passive verb closed by "in/on
the" and a bare noun ("caught in the act") is an action with its idiom. A noun of a closed class for a ruling
power in "the N in/of <name>" ("the regime in Kelmar") describes the name; standing alone ("the regime hides the
truth") it is the outlet's word for the story's unnamed ruling power (``RULING_REFERENT``). A noun of a causative
verb in -ise/-ify with an "of" object ("the destabilisation of public order") is an action of the object, and the
noun after a kind noun that a copula gives "it"/"this" ("It is the kind of hysteria that ...") a predicate of it.
A label the outlet coins in capitals before a headline's colon ("BLACK MONDAY: markets crash") is a name in its own
voice (not a genre label, "EXCLUSIVE:", nor a speaker, "JANE DOE: I will not resign"); a verb in -s the tagger read as
a plural noun with an object ("the Varnel elite forgets") leaves the subject phrase before it ("Varnel elite").
A definite re-description in an
indirect quote ("The impostor was stopped ..., police said") is in the outlet's words, as is a distancing
"so-called"/"self-styled" modifier: only quotation marks and interview answers make it the speaker's. A label a
labelling verb credits to a named or definite subject or passive agent ("Jane Doe dismissed it as meddling in
Varnel's affairs") is that one's word, marks or not; one credited to no one in particular ("critics call it a
stunt") or to "we"/"I" stays the outlet's. A noun set
against a referent keeps its phrase ("its war against free media": an action on "free media").
A bare abstract noun that a copula makes the value of a definite one ("Negligence, not nature, is the thread
that ...") is what the outlet calls that noun. Fragments give nothing: the words of a name the tagger missed
("Fjord Freight Lines"), a title inside a longer name phrase ("Transport Minister" before a name), the part of a
hyphenated measure ("30-year") (a hyphenated head is one word: "a cover-up" is a descriptor of "cover-up",
not of "up"), a head that is no word ("Col.", "1990s"), a modifier opened by a quantifying
adjective ("other", "own", "only"), a date in apposition; counts ("dozens of") are no group, and in indirect
speech only a definite noun for people is read as the outlet's.
"our" before a noun in own voice ("our fishermen") is a modifier: the outlet speaks as one of a side
(not "our correspondent", the newsroom itself). Points in calendar time ("last week",
"Monday night") give no modifier descriptor. Found by general rules over the spaCy parse and
part-of-speech tags (pre-modifiers are also taken from the surface order of tags,
so a misparsed "in occupied Velundia" still yields its modifier). No word list
decides what is loaded (the neutral verbs only say what is not): that is left to the cross-outlet comparison in
``link.framing``. Navigation, share and tag lines (and such a line taken for the
headline) give no descriptors.

``voice`` is "quoted" when the descriptor overlaps an attributed span (see
``analyze.voice``), "own" otherwise.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from ..model import Article, Descriptor, Mention, Span
from .reference import ROLE_HEADS, References, furniture_spans, head_word, is_furniture_line
from .units import is_person_unit
from .voice import REPORTING_VERBS, merge_spans, quote_mark_spans, verbatim_spans

__all__ = ["find_descriptors", "HONORIFICS", "LABELLING_VERBS", "CLASSIFYING_VERBS", "NEUTRAL_VERBS"]

# Generic closed class of honorifics and ranks that NER sometimes folds into a PERSON name.
HONORIFICS = frozenset(
    """mr mrs ms miss mx dr prof professor gen general maj major lt lieutenant col colonel capt captain
    sgt sergeant adm admiral brig brigadier cmdr commander president vice prime minister sen senator rep
    gov governor mayor judge justice king queen prince princess emir sheikh shaikh sayyed sayed sayyid
    imam ayatollah hajj haj hajji rabbi rev reverend father pope saint st sir lord lady dame chief sardar
    mullah mufti pastor bishop cardinal""".split()
)
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "EVENT", "FAC", "LOC", "LAW", "WORK_OF_ART"})
_MOD_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "advmod"})
_MAX_MODS = 5


def _is_hyphen_join(doc: Any, i: int) -> bool:
    """A hyphen glued to words on both sides ("terrorist-general")."""
    t = doc[i]
    return (
        t.text in ("-", "\u2010", "\u2011")
        and i > 0
        and not doc[i - 1].whitespace_
        and not t.whitespace_
        and i + 1 < len(doc)
    )


def _is_modifier(doc: Any, i: int) -> bool:
    t = doc[i]
    if _is_hyphen_join(doc, i):
        return True
    if i + 1 < len(doc) and _is_hyphen_join(doc, i + 1) and t.is_alpha:
        return True  # glued to the next word: "terrorist-general", "anti-Arvania"
    if i > 0 and _is_hyphen_join(doc, i - 1) and t.is_alpha:
        return True  # second half of a hyphenated pre-modifier: "the long-ruling president"
    if t.is_punct or t.is_space or t.like_num or t.pos_ in ("DET", "PRON", "NUM", "ADP", "CCONJ", "PART", "AUX"):
        return False
    if t.tag_ == "RB" and t.lower_.endswith("ly") and t.is_alpha and i + 1 < len(doc) and t.head.i == i + 1:
        # a manner adverb of the adjective or participle after it: "the politically motivated action", "a
        # deeply flawed report" (the adjective is taken first, right to left; the noun head is never its head)
        nxt = doc[i + 1]
        return nxt.pos_ == "ADJ" or nxt.tag_ in ("VBN", "VBG", "JJ")
    if t.pos_ == "ADJ":
        return t.dep_ not in ("acomp", "conj", "ROOT")
    if t.tag_ in ("VBN", "VBG"):
        # "occupied Velundia", "the occupying regime"; not "Arvania occupied Velundia", not "in backing X"
        prev = doc[i - 1] if i > 0 else None
        manner = prev is not None and prev.tag_ == "RB" and prev.lower_.endswith("ly") and prev.head.i == i
        if t.tag_ == "VBN" and manner:
            prev = doc[i - 2] if i > 1 else None  # past its manner adverb: "the temporarily occupied slopes"
        if t.tag_ == "VBG":
            return prev is not None and prev.pos_ in ("DET", "ADJ")
        return (
            prev is None
            or prev.pos_ in ("DET", "ADP", "PUNCT", "ADJ", "CCONJ", "SCONJ", "NUM")
            or prev.tag_ == "PRP$"  # "our fallen brothers", "their stolen land"
        )
    if t.pos_ in ("NOUN", "PROPN"):
        return bool(t.dep_ in _MOD_DEPS)
    return False


def _left_modifiers(doc: Any, start: int, lower: int) -> int:
    """Index of the first pre-modifier left of token ``start`` (``start`` when there is none)."""
    i = start
    n = 0  # words taken: a hyphenated word ("so-called", "human-rights") counts once and is taken whole
    while i - 1 >= lower and _is_modifier(doc, i - 1):
        inside = _is_hyphen_join(doc, i - 1) or _is_hyphen_join(doc, i)  # a hyphen or a part glued before one
        if not inside:
            if n >= _MAX_MODS:
                break
            n += 1
        i -= 1
    while i < start and (_is_hyphen_join(doc, i) or (i > 0 and _is_hyphen_join(doc, i - 1))):
        i += 1  # never start on a hyphen or inside a hyphenated word ("30-year concession": not "year concession")
    return i


def _word_starts(doc: Any, a: int, b: int) -> list[int]:
    """Token indexes in [a, b) that begin a word (not glued to the token before by a hyphen)."""
    return [k for k in range(a, b) if k == a or (doc[k - 1].whitespace_ and not _is_hyphen_join(doc, k))]


def _chars(doc: Any, a: int, b: int) -> tuple[int, int]:
    """Character offsets of tokens [a, b)."""
    last = doc[b - 1]
    return doc[a].idx, last.idx + len(last.text)


class _Voice:
    """Overlap test against merged (sorted, disjoint) attributed spans."""

    def __init__(self, attributed: list[Span]) -> None:
        self.spans = [(s.start, s.end) for s in merge_spans(attributed)]
        self.starts = [s for s, _ in self.spans]

    def of(self, start: int, end: int) -> str:
        # among disjoint sorted spans starting before ``end``, the last one reaches furthest right
        k = bisect.bisect_left(self.starts, end)
        return "quoted" if k and self.spans[k - 1][1] > start else "own"


def find_descriptors(
    doc: Any,
    article: Article,
    mentions: tuple[Mention, ...],
    attributed: list[Span],
    title_doc: Any = None,
) -> list[Descriptor]:
    """Descriptors of referents in one article (sorted by position, no duplicates).

    ``title_doc``, when given, is ``article.title`` parsed by the same pipeline: a
    headline is in the outlet's own voice (except for quote marks, reporting clauses
    and the "Speaker: claim" headline convention), so its descriptors are added too.
    They have no offsets into ``article.text``: ``start == end == -1`` and no referent
    offsets (downstream code must not use them to slice the text).
    """
    if doc is None:
        return []
    has_title = title_doc is not None and bool(article.title) and title_doc.text == article.title
    if has_title and is_furniture_line(article.title or ""):
        has_title = False  # a navigation line taken for the headline is no wording of the outlet's
    prior: list[str] = []
    if has_title:  # the headline's words, read before the body; a quoted word there is not yet the outlet's
        said = _Voice(_title_attributed(title_doc))
        capitals = _all_caps(article.title or "")
        prior = [
            t.lemma_
            for t in title_doc
            if t.is_alpha and said.of(t.idx, t.idx + len(t.text)) == "own" and not (capitals and t.pos_ == "PROPN")
        ]  # an all-caps headline's nouns read as names ('THE SABOTEUR'): the body, in true case, tells their first use
    body = _body_descriptors(doc, article, mentions, attributed, prior)
    if not has_title:
        return body
    return body + _title_descriptors(title_doc, article, mentions)


def _all_caps(text: str) -> bool:
    """A headline set in capitals ('FERRY BOSS SACKED OVER PIER'): three letter words or more, none in lower case."""
    toks = re.findall(r"[^\W\d_]+", text)
    return sum(1 for t in toks if len(t) > 1) >= 3 and not any(ch.islower() for ch in text)


def _title_descriptors(title_doc: Any, article: Article, mentions: tuple[Mention, ...] = ()) -> list[Descriptor]:
    """Descriptors of the headline, with start == end == -1 (the title is not in ``article.text``)."""
    title = title_doc.text
    attributed = _title_attributed(title_doc)
    pseudo = Article(id=article.id, text=title, source=article.source)
    seen: set[tuple[str, str, str, str]] = set()
    out: list[Descriptor] = []
    for d in _body_descriptors(title_doc, pseudo, (), attributed):
        key = (d.term, d.referent, d.kind, d.voice)
        if key not in seen:
            seen.add(key)
            out.append(Descriptor(article.id, -1, -1, d.term, d.referent, d.voice, d.kind, None, None))
    label = _headline_label(title_doc, attributed, article.text, mentions)
    if label is not None and (label, label, "name", "own") not in seen:
        out.append(Descriptor(article.id, -1, -1, label, label, "own", "name", None, None))
    return out


# Genre and format labels that open a headline before a colon ("EXCLUSIVE: …", "WATCH: …"): no coined name
_GENRE_LABELS = frozenset(
    """breaking exclusive update updated analysis opinion watch video live note editorial comment correction
    interview explainer explained feature profile review commentary column podcast photos pictured pictures gallery
    listen read insight focus background obituary special report investigation reportage quiz poll revealed
    statement press release just in developing urgent flash advisory sponsored advertorial promoted letter
    letters debate first person fact check factcheck new latest now today official confirmed world news""".split()
)
_LABEL_RE = re.compile(r"^(?P<label>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){1,3})\s*:\s+\S")


def _headline_label(title_doc: Any, attributed: list[Span], body: str, mentions: tuple[Mention, ...]) -> str | None:
    """A label the outlet coins for the story, in capitals before a headline's colon ("BLACK MONDAY: markets
    crash", "JAB SCANDAL: …"): two to four words, none of them a genre label ("EXCLUSIVE", "WATCH"), a title,
    a role or a speaker's noun, not in quote marks, and no name the tagger sees in the headline or where the body
    writes the label again ("JANE DOE: I will not resign" over a body naming Jane Doe is a speaker)."""
    m = _LABEL_RE.match(title_doc.text)
    if m is None or _Voice(attributed).of(0, m.end("label")) != "own":
        return None
    words = [w.lower().strip("'’-") for w in m.group("label").split()]
    if any(w in _GENRE_LABELS or w in HONORIFICS or w in ROLE_HEADS or w in _SPEAKER_HEADS for w in words):
        return None
    if any(e.label_ == "PERSON" and e.start_char < m.end("label") for e in title_doc.ents):
        return None
    for again in re.finditer(re.escape(m.group("label")), body, re.I):
        if any(x.label in _SPEAKER_LABELS and x.start < again.end() and again.start() < x.end for x in mentions):
            return None
    return m.group("label")


_SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _title_attributed(title_doc: Any) -> list[Span]:
    """Spans of a headline in a speaker's words: quote marks, reporting clauses, what follows "Speaker:"."""
    from .voice import reporting_spans

    title = title_doc.text
    attributed = quote_mark_spans(title) + reporting_spans(title_doc)
    colon = _speaker_colon(title_doc)
    if colon is not None:
        attributed.append(Span(colon, len(title)))
    return attributed


# Heads of a short headline prefix that announce a speaker: "Minister: ...", "Union chief: ...".
_SPEAKER_HEADS = frozenset(
    """spokesman spokeswoman spokesperson official officials source sources police union ministry chief
    leader head expert experts witness witnesses residents""".split()
)


def _speaker_colon(title_doc: Any) -> int | None:
    """Offset just after "Speaker:" when a headline opens with a short speaker label and a colon."""
    for t in title_doc:
        if t.text != ":":
            continue
        pre = [p for p in title_doc[: t.i] if not p.is_punct]
        if not pre or len(pre) > 4:
            return None
        last = pre[-1]
        is_person = any(e.label_ == "PERSON" and e.end == last.i + 1 for e in title_doc.ents)
        if is_person or last.lower_.rstrip(".") in HONORIFICS or last.lower_ in _SPEAKER_HEADS:
            return int(t.idx + 1)
        return None
    return None


def _body_descriptors(
    doc: Any, article: Article, mentions: tuple[Mention, ...], attributed: list[Span], prior: list[str] | None = None
) -> list[Descriptor]:
    text = article.text
    labels = _label_spans(doc)  # "Jane Doe dismissed it as meddling": the label is hers, marks or not
    voice = _Voice([*attributed, *labels])
    verbatim = _Voice([*verbatim_spans(article), *labels])  # the speaker's own words: quote marks, interview answers
    furniture = [(s.start, s.end) for s in furniture_spans(text)]
    out: dict[tuple[int, int, str, str], Descriptor] = {}

    def emit(
        a: int, b: int, referent: str, kind: str, ref: tuple[int, int] | None, own_only: bool = False,
        referring: bool = False,
    ) -> None:  # fmt: skip
        while b > a and (
            doc[b - 1].dep_ == "case" or doc[b - 1].text in ("'s", "\u2019s", "'", "\u2019", "-", "\u2010", "\u2011")
        ):
            b -= 1  # no trailing possessive marker, no hyphen left over from a split word ("Rear-")
        if a >= b:
            return
        start, end = _chars(doc, a, b)
        term = text[start:end].strip()
        if not term or "\n" in term or not any(ch.isalpha() for ch in term):
            return
        if any(fa <= start < fb for fa, fb in furniture):
            return  # a menu, share bar or tag line the cleaning stage let through
        if kind in ("modifier", "apposition") and _is_time_noun(doc[b - 1]):
            return  # "last week", "Monday night", "the same year", "X, 18 November": a point in time
        if kind in ("modifier", "apposition") and doc[a].lower_ in _QUANTIFYING_ADJECTIVES:
            return  # "other markets", "its own vaccine", "the only call": the shorter term without it is kept
        said = voice.of(start, end)
        referring = referring or (kind == "modifier" and bool(_DISTANCING.match(term)))
        if referring and said == "quoted" and verbatim.of(start, end) == "own":
            said = "own"  # "The spy was detained ..., police said": the paraphrase refers in the outlet's words
        if own_only and said != "own":
            return  # "our X" inside a quotation is the speaker's side, not the outlet's
        key = (start, end, kind, referent)
        if key not in out:
            out[key] = Descriptor(
                article=article.id,
                start=start,
                end=end,
                term=term,
                referent=referent,
                voice=said,  # type: ignore[arg-type]
                kind=kind,
                referent_start=ref[0] if ref else None,
                referent_end=ref[1] if ref else None,
            )

    # token index -> the NE span it belongs to (from the given mentions, else doc.ents)
    ents = _entity_spans(doc, mentions)
    ent_of: dict[int, Any] = {}
    for e in ents:
        for k in range(e.start, e.end):
            ent_of[k] = e

    def compact(tok: Any, lower: int) -> tuple[int, int]:
        """A noun with its pre-modifiers, without determiners; a name keeps its whole span."""
        e = ent_of.get(tok.i)
        if e is not None:
            a = _strip_det(doc, e.start, e.end)
            return _left_modifiers(doc, a, lower), e.end
        return _left_modifiers(doc, tok.i, lower), tok.i + 1

    refs = References(
        doc, ents, ent_of, HONORIFICS, prior or (), said=lambda t: voice.of(t.idx, t.idx + len(t.text)) == "quoted"
    )
    people = _people_lemmas(doc, ent_of)
    things = _thing_lemmas(doc, ent_of)
    for sent in doc.sents:
        lower = sent.start
        for tok in sent:
            if not _is_nominal_head(tok):
                continue
            if _verb_read_as_noun(tok):  # "the Varnel elite forgets": the subject's noun is the head
                _misread_subject(doc, tok, lower, emit, ent_of)
                continue
            e = ent_of.get(tok.i)
            if e is not None:
                if tok.i != e.root.i:
                    continue
                _entity_descriptors(doc, e, lower, emit, compact, ent_of)
                our = _our(tok)
                if our is not None and our.i < e.start:  # "our Navy"
                    a = _strip_det(doc, e.start, e.end)
                    emit(our.i, e.end, doc[a : e.end].text, "modifier", _chars(doc, a, e.end), own_only=True)
                continue
            if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
                continue  # part of a longer nominal ("Transport Minister Jane Doe": "Minister" is no head)
            if tok.i + 1 < len(doc) and _is_hyphen_join(doc, tok.i + 1):
                continue  # first half of a hyphenated word
            h = _hyphen_word(doc, tok.i)[0]  # a hyphenated head is one word: "cover-up", not "up" with "cover"
            a = _left_modifiers(doc, h, lower)
            ant = refs.antecedent(tok)
            if ant is not None:  # "the long-ruling president" after "X": descriptors of X
                s, t = _strip_det(doc, ant.start, ant.end), ant.end
                while t > s + 1 and (doc[t - 1].tag_ == "POS" or doc[t - 1].dep_ == "case"):
                    t -= 1  # "Martyr Velasco's" -> "Martyr Velasco"
                named, ref = doc[s:t].text, _chars(doc, s, t)
                for k in _word_starts(doc, a, h):
                    emit(k, tok.i + 1, named, "modifier", ref, referring=True)
                emit(h, tok.i + 1, named, "reference", ref, referring=True)
                continue
            ref = (doc[h].idx, tok.idx + len(tok.text))
            noun = head_word(tok) if h < tok.i else tok.lemma_.lower()
            whole = [h] if h < tok.i and tok.is_alpha else []  # the hyphenated word itself: "a cover-up"
            for k in (_word_starts(doc, a, h) if a < h and tok.is_alpha else []) + whole:
                if not _name_words_only(doc, k, tok.i + 1, sent):  # "Fjord Freight Lines": a name the NER missed
                    emit(k, tok.i + 1, noun, "modifier", ref)
            our = _our(tok)
            if our is not None and our.i == a - 1 and tok.lemma_.lower() not in _NEWSROOM_NOUNS:
                emit(our.i, tok.i + 1, noun, "modifier", ref, own_only=True)  # "our fishermen"
            if refs.redescription(tok, a < h):  # "this sham", "the regime's commission"
                definite = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                person = tok.lemma_.lower() in people  # "the spy was detained, police said"; not "the company"
                emit(h, tok.i + 1, noun, "reference", ref, referring=definite and person)
            if _is_group_noun(tok, people, things):  # "Thugs set fire to ...", "police cleared the rioters"
                emit(tok.i, tok.i + 1, GROUP_REFERENT, "reference", ref)
    _labelling_descriptors(doc, ent_of, emit)
    _distancing_marker_descriptors(doc, text, emit)
    _against_descriptors(doc, ent_of, emit)
    _classifying_descriptors(doc, ent_of, emit)
    _specifying_descriptors(doc, ent_of, emit)
    _qualifying_of_descriptors(doc, ent_of, emit)
    _action_descriptors(doc, ent_of, emit)
    _ruling_descriptors(doc, ent_of, emit)
    _event_of_place_descriptors(doc, ent_of, emit)
    _unnamed_ruling_descriptors(doc, ent_of, emit)
    _nominal_action_descriptors(doc, ent_of, emit)
    _kind_descriptors(doc, ent_of, emit)
    _conduct_descriptors(doc, ent_of, emit, people)
    return sorted(out.values(), key=lambda d: (d.start, d.end, d.kind, d.referent))


# Endings of abstract nouns for a stance, a quality or a doctrine ("silence", "arrogance", "protectionism",
# "recklessness", "hostility", "hysteria"): morphology, not a list of loaded words.
_ABSTRACT_RE = re.compile(r"[a-z]{3}(?:ism|ence|ance|ness|ity|acy|ia)$")


def _conduct_descriptors(doc: Any, ent_of: dict[int, Any], emit: Any, people: frozenset[str]) -> None:
    """An abstract noun a named referent owns, as the subject of a clause, names its conduct in the outlet's
    words (kind "action"): "Varnel's silence put the herds at risk" (term "Varnel's silence"), "the
    hysteria in Varnel has little to do with health" (term "hysteria"). The noun is singular, bare (no
    other modifier), not a noun for people, and has an ending of an abstract noun."""
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not tok.is_alpha or tok.i in ent_of:
            continue
        lemma = tok.lemma_.lower()
        if tok.dep_ not in ("nsubj", "nsubjpass") or lemma in people or not _ABSTRACT_RE.search(lemma):
            continue
        kids = [c for c in tok.children if c.dep_ != "punct"]
        owners = [c for c in kids if c.dep_ == "poss" and c.i in ent_of and ent_of[c.i].root.i == c.i]
        if len(kids) == 1 and owners:  # "Varnel's silence"
            e = ent_of[owners[0].i]
            a = _strip_det(doc, e.start, e.end)
            t = e.end
            while t > a + 1 and (doc[t - 1].tag_ == "POS" or doc[t - 1].dep_ == "case"):
                t -= 1
            emit(a, tok.i + 1, doc[a:t].text, "action", _chars(doc, a, t))
            continue
        dets = [c for c in kids if c.dep_ == "det" and c.lower_ == "the"]
        preps = [c for c in kids if c.dep_ == "prep" and c.lower_ == "in"]
        if len(kids) != 2 or not dets or not preps:
            continue
        names = [ent_of[g.i] for g in preps[0].children if g.dep_ == "pobj" and g.i in ent_of]
        if names:  # "the hysteria in Varnel"
            e = names[0]
            a = _strip_det(doc, e.start, e.end)
            emit(tok.i, tok.i + 1, doc[a : e.end].text, "action", _chars(doc, a, e.end))


# Generic closed class of adjectives that count, compare or single out rather than describe ("other", "own",
# "same", "only"): a modifier that starts with one says nothing of its noun that the rest of it does not. ("certain"
# is no such word: "certain opposition circles" hints at people it does not name.)
_QUANTIFYING_ADJECTIVES = frozenset(
    "own other same many several such various few more most much only entire whole numerous further".split()
)


def _name_words_only(doc: Any, a: int, b: int, sent: Any) -> bool:
    """Whether tokens [a, b) are all capitalised proper nouns in a sentence that is not set in title case: the words of
    a name the entity tagger missed ("Fjord Freight Lines", "Radio North Coast"), not a modifier and its
    noun. A title-case headline ("Heroic Rescuers Save 40") capitalises every word: no sign of a name."""
    if any(
        doc[k].tag_ not in ("NNP", "NNPS") or not doc[k].text[:1].isupper()
        for k in range(a, b) if not _is_hyphen_join(doc, k)
    ):  # fmt: skip
        return False
    words = [t for t in sent if t.is_alpha and not t.is_stop]
    return sum(1 for t in words if t.text[:1].isupper()) * 3 < len(words) * 2


# The referent of a people-group noun that names no one ("the rioters", "protesters"): one unnamed
# referent per story, the people of its events, so that the nouns outlets choose for them are compared.
GROUP_REFERENT = "people"
# Generic closed class of kin and collective nouns for people ("the crowd", "a mob"), beside the
# nouns for people that counts share (units.PERSON_UNITS).
_HUMAN_NOUNS = frozenset(
    """people person man woman child boy girl youth baby infant family relative parent mother father son daughter
    wife husband widow widower brother sister orphan friend neighbour neighbor resident citizen civilian crowd mob
    gang horde throng rabble militia""".split()
)
_COLLECTIVES = frozenset("crowd mob gang horde throng rabble militia".split())
# Generic closed class of nouns of number and share ("dozens of", "a total of", "the majority of").
_QUANTITY_NOUNS = frozenset(
    "dozen score hundred thousand million billion number total handful couple majority minority lot rest".split()
)
# Generic closed class of nouns of kinship and mourning: "families of X", "funerals for X" say X are people.
_KIN_NOUNS = frozenset(
    """family relative parent mother father son daughter wife husband widow widower brother sister child orphan
    friend funeral grave""".split()
)
# Generic closed class of verbs whose subject is a person (or people): acts of will, protest and violence, and
# of make-believe ("the regime's mouthpieces pretend").
_HUMAN_AGENT_VERBS = frozenset(
    """protest demonstrate riot loot chant march rally flee shout scream cheer mourn pray vote demand urge vow
    pledge plead beg resign boycott storm ransack vandalise vandalize torch hurl throw ambush besiege infiltrate
    poach kidnap abduct murder testify pretend brag gloat""".split()
)
# Generic closed class of verbs whose object (or passive subject) is a person (or people).
_HUMAN_PATIENT_VERBS = frozenset(
    """kill murder wound injure arrest detain abduct kidnap execute torture evacuate deport jail imprison rescue
    bury massacre slaughter martyr hire employ recruit interview thank sentence convict prosecute interrogate""".split()
)
# Plural endings of English agent and member nouns ("rioters", "terrorists", "militants", "gunmen", "saboteurs").
_AGENT_PLURAL_RE = re.compile(r"(?:[^m]ers|ors|ists|ians|ants|eers|eurs|ees|(?<!m)ents|men)$")
# Endings that look like an agent's but are not: a stem of one or two letters ("lists", "knees", "doors",
# "trees") and the "-cidents" of chance events ("accidents", "incidents").
_NOT_AGENT_RE = re.compile(r"^(?:[a-z]{1,2}(?:ists|ees|ors)|[a-z]*cidents)$")
_WHO = frozenset({"who", "whom", "whose"})
_PLACE_PREPOSITIONS = frozenset("in inside within into behind near beneath under through across".split())
_UNIT_RE = re.compile(r"(?:met(?:er|re)|lit(?:er|re))s$")  # "kilometers", "litres": units, no people


def _people_lemmas(doc: Any, ent_of: dict[int, Any]) -> frozenset[str]:
    """Lemmas of common nouns that the article shows to denote people: general nouns for people and kin, role
    nouns, the head of a "who" clause ("the men who ..."), the subject of an act only people do ("Thugs set
    fire to ...", "residents fled"), the object of one done only to people ("police arrested 40 students"),
    the complement of a kin noun ("families of the victims"). Read in every voice: the wording's meaning does
    not change with who speaks it."""
    out: set[str] = set()
    for t in doc:
        if t.pos_ != "NOUN" or t.i in ent_of:
            continue
        lemma, head = t.lemma_.lower(), t.head
        hl = head.lemma_.lower()
        if lemma in _HUMAN_NOUNS or is_person_unit(lemma) or lemma in ROLE_HEADS or lemma in HONORIFICS:
            out.add(lemma)
        elif any(c.dep_ == "relcl" and any(g.lower_ in _WHO for g in c.children) for c in t.children):
            out.add(lemma)  # "the men who ..."
        elif t.dep_ == "nsubj" and (
            hl in _HUMAN_AGENT_VERBS
            or (hl in ("set", "open") and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in head.children))
        ):
            out.add(lemma)  # "set fire to", "opened fire on": only people do
        elif t.dep_ in ("dobj", "nsubjpass") and hl in _HUMAN_PATIENT_VERBS:
            out.add(lemma)
        elif t.dep_ == "pobj" and head.lower_ in ("of", "for") and head.head.lemma_.lower() in _KIN_NOUNS:
            out.add(lemma)
        elif t.dep_ == "poss" and hl in _KIN_NOUNS:
            out.add(lemma)  # "the victims' families"
    return frozenset(out)


# Generic closed class of nouns of measure and of vessels that hold a substance or goods: "tonnes of X",
# "drums of X" say X is a thing.
_MEASURE_NOUNS = frozenset(
    """ton tonne tonnage kilogram kilo gram pound litre liter gallon barrel drum crate box bag sack tank can
    bottle carton pallet load cargo shipment consignment batch volume quantity""".split()
)
_RATE_WORDS = frozenset({"a", "an", "per", "each", "every"})
_THING_RELATIVES = frozenset({"which"})


def _thing_lemmas(doc: Any, ent_of: dict[int, Any]) -> frozenset[str]:
    """Lemmas of plural common nouns that the article shows to denote things: the complement of a noun of
    measure or of a vessel ("400 tonnes of solvents", "drums of solvents"), a count at a rate ("600,000
    containers a year"), the head of a "which" clause. Only the agent ending ("-ers") made such nouns people;
    the article's evidence for people (``_people_lemmas``) still wins."""
    out: set[str] = set()
    for t in doc:
        if t.pos_ != "NOUN" or t.tag_ != "NNS" or t.i in ent_of:
            continue
        lemma, head = t.lemma_.lower(), t.head
        if t.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _MEASURE_NOUNS:
            out.add(lemma)
        elif any(c.dep_ == "nummod" for c in t.children) and t.i + 2 < len(doc):
            nxt, unit = doc[t.i + 1], doc[t.i + 2]
            if nxt.lower_ in _RATE_WORDS and unit.lemma_.lower() in _TIME_NOUNS:
                out.add(lemma)  # "600,000 containers a year"
        elif any(c.dep_ == "relcl" and any(g.lower_ in _THING_RELATIVES for g in c.children) for c in t.children):
            out.add(lemma)
    return frozenset(out)


def _is_group_noun(tok: Any, people: frozenset[str], things: frozenset[str] = frozenset()) -> bool:
    """A plural noun (or a singular collective: "the crowd") for a group of people that names no one: the
    noun an outlet chooses for the people of its story ("rioters", "protesters", "martyrs")."""
    if not tok.is_alpha or tok.is_stop or len(tok.text) < 3 or tok.pos_ != "NOUN" or _is_time_noun(tok):
        return False
    lemma = tok.lemma_.lower()
    if lemma in _QUANTITY_NOUNS:
        return False  # "dozens of workers", "hundreds of relatives": the count, not the people's noun
    if tok.tag_ == "NN":
        return lemma in _COLLECTIVES
    if tok.tag_ != "NNS" or tok.dep_ in ("compound", "npadvmod"):
        return False
    if lemma in people:
        return True
    if not _AGENT_PLURAL_RE.search(tok.lower_) or _UNIT_RE.search(tok.lower_) or lemma in things:
        return False
    if _NOT_AGENT_RE.match(tok.lower_):
        return False
    # an agent ending alone, in a place ("inside its waters", "behind closed doors"), is a thing's ending
    return not (tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPOSITIONS)


# Generic closed class of nouns for the power that rules a place: "the regime in Kelmar", "the junta of X".
_RULING_NOUNS = frozenset(
    """regime junta government administration authorities authority leadership rulers ruler cabinet
    dictatorship dictator autocracy clique establishment state""".split()
)


def _ruling_descriptors(doc: Any, ent_of: dict[int, Any], emit: Any) -> None:
    """The noun a sentence chooses for the power that rules a named place: N in "the N in/of/at <name>"
    ("the regime in Kelmar", "the government of Brelland"), N one of a closed class of nouns for a
    ruling power; it and its pre-modifiers describe the name ("the Kelmar regime" is read as a modifier)."""
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _RULING_NOUNS or tok.i in ent_of:
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        for p in tok.children:
            if p.dep_ != "prep" or p.lower_ not in ("in", "of", "at"):
                continue
            names = [ent_of[g.i] for g in p.children if g.dep_ == "pobj" and g.i in ent_of]
            if not names:
                continue  # (any name: the small tagger often types a capital as an organisation)
            e = names[0]
            a = _strip_det(doc, e.start, e.end)
            first = _left_modifiers(doc, tok.i, tok.left_edge.i)
            for k in _word_starts(doc, first, tok.i + 1):
                emit(k, tok.i + 1, doc[a : e.end].text, "reference", _chars(doc, a, e.end))


# Generic closed class of nouns for a place, a part of one or its people and things, which an "of <place>"
# complement only locates ("the city of Tallinge", "the north of Varnel", "the people of Fjord", "the economy of X")
_PLACE_PART_NOUNS = frozenset(
    """city town village region province district county state capital port harbour harbor area zone territory
    centre center heart outskirts suburb suburbs edge border borders coast shore side part rest whole north south
    east west interior people population residents inhabitants citizens name history future economy map streets
    country nation republic kingdom island islands""".split()
)


def _event_of_place_descriptors(doc: Any, ent_of: dict[int, Any], emit: Any) -> None:
    """The noun a sentence chooses for what happened at a named place, when it is the subject of the clause:
    N in "the N of <place>" ("The carnage of Tallinge has shaken the nation", "the miracle of Fjord was
    televised"), a bare singular common noun with only "the" before it, the place right after "of"; the noun
    describes the place's event in the outlet's words (kind "reference", referent the place). Not a role or
    ruling noun, nor one of a closed class of nouns for a place, a part of one or its people (``_PLACE_PART_NOUNS``)."""
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not tok.is_alpha or tok.i in ent_of:
            continue
        lemma = tok.lemma_.lower()
        if tok.dep_ not in ("nsubj", "nsubjpass") or lemma in _PLACE_PART_NOUNS or lemma in _RULING_NOUNS:
            continue
        if lemma in ROLE_HEADS or lemma in HONORIFICS or _is_time_noun(tok):
            continue
        lefts = list(tok.lefts)
        if len(lefts) != 1 or lefts[0].dep_ != "det" or lefts[0].lower_ != "the":
            continue
        for p in tok.children:
            if p.dep_ != "prep" or p.lower_ != "of" or p.i != tok.i + 1:
                continue
            objs = [g for g in p.children if g.dep_ == "pobj" and g.i in ent_of]
            if not objs:
                continue
            e = ent_of[objs[0].i]
            if e.label_ not in ("GPE", "LOC", "NORP") or e.start != p.i + 1:  # a place, not a body ("the board of X")
                continue
            emit(tok.i, tok.i + 1, e.text, "reference", _chars(doc, e.start, e.end))


# The referent of a noun for the ruling power that names no one ("the regime", "media of regime"): one unnamed
# referent per story, so that "the regime" of one outlet and "the government" of another are compared.
RULING_REFERENT = "ruling power"
# the nouns of ``_RULING_NOUNS`` that name a ruling power when they stand alone (not "state", "authority",
# "administration", "establishment": a country, a permit, the giving of a drug, a shop)
_UNNAMED_RULING = _RULING_NOUNS - {"state", "authority", "administration", "establishment"}


def _unnamed_ruling_descriptors(doc: Any, ent_of: dict[int, Any], emit: Any) -> None:
    """A noun of the closed class for a ruling power that stands alone ("the regime hides the truth", "the
    pocket media of regime"): the outlet's word for the power of the story (kind "reference", referent
    ``RULING_REFERENT``). Singular only ("governments" are several). Not when a name goes with it ("the Kelmar
    regime", "the regime in Kelmar": read with the name) nor when it modifies another noun ("government building")."""
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _UNNAMED_RULING or tok.i in ent_of or not tok.is_alpha:
            continue
        if tok.tag_ != "NN":
            continue  # "governments", "rulers": several powers, not the one of the story
        if tok.dep_ in ("compound", "poss") or (tok.i + 1 < len(doc) and _is_hyphen_join(doc, tok.i + 1)):
            continue
        if any(c.i in ent_of for c in tok.lefts if c.dep_ in ("compound", "poss", "amod", "nmod")):
            continue
        named = [
            g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "of", "at")
            for g in p.children if g.dep_ == "pobj" and g.i in ent_of
        ]  # fmt: skip
        if named:
            continue
        emit(tok.i, tok.i + 1, RULING_REFERENT, "reference", (tok.idx, tok.idx + len(tok.text)))


# Endings of nouns made from causative verbs in -ise/-ize/-ify ("destabilisation", "militarization",
# "glorification"), with the ending of the verb they come from.
_CAUSATIVE_NOUN = re.compile(r"^(?P<stem>[a-z]{3,})(?:(?P<ise>isation|ization)|(?P<ify>ification))$")


# Generic closed class of -ise/-ize/-ify verbs of routine office and method, whose nouns name a thing or a
# procedure more than a deed ("organisation", "authorisation", "identification", "specification").
_NEUTRAL_CAUSATIVES = frozenset(
    """organise organize realise realize authorise authorize utilise utilize localise localize finalise finalize
    specialise specialize summarise summarize categorise categorize prioritise prioritize standardise standardize
    synchronise synchronize optimise optimize customise customize digitise digitize capitalise capitalize
    hospitalise hospitalize immunise immunize sterilise sterilize stabilise stabilize civilise civilize
    identify qualify modify verify clarify justify notify certify classify specify unify simplify quantify
    electrify solidify purify diversify amplify exemplify codify ratify""".split()
)


def _nominal_action_descriptors(doc: Any, ent_of: dict[int, Any], emit: Any) -> None:
    """A noun of a causative verb with its object after "of" ("attempts at the destabilisation of public
    order", "the militarization of the border") says what the object undergoes, as the passive verb would
    ("public order was destabilised"): the noun is an action of the object, in the outlet's words. Nouns of
    neutral verbs ("the organisation of", "the modification of") give none."""
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not tok.is_alpha or tok.i in ent_of:
            continue
        m = _CAUSATIVE_NOUN.match(tok.lower_)
        if m is None:
            continue
        stem = m.group("stem")
        verbs = {stem + "ise", stem + "ize"} if m.group("ise") else {stem + "ify", stem + "y"}
        if verbs & (_NOT_ACTIONS | _NEUTRAL_CAUSATIVES):
            continue  # neutral: "organisation", "realisation", "identification", "qualification"
        objs = [
            g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")
        ]  # fmt: skip
        if not objs or _is_time_noun(objs[0]):
            continue
        obj = objs[0]
        e = ent_of.get(obj.i)
        if e is not None:
            a = _strip_det(doc, e.start, e.end)
            emit(tok.i, tok.i + 1, doc[a : e.end].text, "action", _chars(doc, a, e.end))
        else:
            emit(tok.i, tok.i + 1, obj.lemma_.lower(), "action", (obj.idx, obj.idx + len(obj.text)))


# Generic closed class of kind nouns: "the kind of X", "a sort of X", "a form of X" put a matter in class X.
_KIND_NOUNS = frozenset("kind sort type form brand".split())
_MATTER_PRONOUNS = frozenset("it this that".split())


def _kind_descriptors(doc: Any, ent_of: dict[int, Any], emit: Any) -> None:
    """The class a copula puts a matter in by a kind noun, when the subject is "it"/"this"/"that" (a matter
    the article has just told, no name): "It is the kind of hysteria that ...", "This is a form of blackmail":
    the noun after "of" (with its pre-modifiers) is a predicate of that matter (referent "it"/"this"/"that")."""
    for verb in doc:
        if verb.lemma_ != "be" or verb.pos_ not in ("AUX", "VERB") or not _asserted(verb):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in _MATTER_PRONOUNS]
        attrs = [c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() in _KIND_NOUNS]
        if not subjects or not attrs:
            continue
        kinds = [
            g for p in attrs[0].children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.tag_ == "NN" and g.is_alpha
        ]  # fmt: skip
        if not kinds or kinds[0].i in ent_of or _is_time_noun(kinds[0]) or kinds[0].is_stop:
            continue
        noun, subject = kinds[0], subjects[0]
        first = _left_modifiers(doc, noun.i, noun.left_edge.i)
        for k in _word_starts(doc, first, noun.i + 1):
            emit(k, noun.i + 1, subject.lower_, "predicate", (subject.idx, subject.idx + len(subject.text)))


# Generic closed class of nouns for a news outlet's own staff, audience and services: "our" before
# them is the newsroom speaking of itself ("our correspondent", "our newsletter"), not taking a side.
_NEWSROOM_NOUNS = frozenset(
    """correspondent reporter journalist editor newsroom staff team desk reader viewer listener audience
    subscriber subscription newsletter website site app page podcast channel programme program show edition
    coverage journalism reporting report investigation analysis story article archive policy term privacy
    cookie standard principle guideline partner advertiser sponsor comment source producer presenter
    photographer service content feed""".split()
)


def _our(tok: Any) -> Any:
    """The first-person-plural possessive before a noun ("our fishermen", "our brave soldiers"): in the
    outlet's own voice it speaks as a member of a side."""
    for c in tok.lefts:
        if c.dep_ == "poss" and c.lower_ == "our":
            return c
    return None


# Generic closed class of nouns of calendar time, with English weekday and month names.
_TIME_NOUNS = frozenset(
    """time second minute hour day night morning afternoon evening midday midnight week weekend fortnight month
    year decade century monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december""".split()
)


def _is_time_noun(tok: Any) -> bool:
    """A noun naming a stretch or point of calendar time ("week", "evening", "Monday")."""
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in _TIME_NOUNS or tok.lower_ in _TIME_NOUNS)


# Generic closed class of labelling verbs: "V X as Y", "V X Y", "X was V-ed (as) Y".
LABELLING_VERBS = frozenset(
    """call dub label brand term name style describe characterise characterize portray depict paint cast
    dismiss denounce condemn decry criticise criticize slam lambast hail praise tout deem regard consider
    view""".split()
)
_REL_PRONOUNS = frozenset({"which", "that", "who", "whom"})


def _labelled_pairs(verb: Any) -> list[tuple[Any, Any]]:
    """(target, complement) token pairs of a labelling verb: "called X a liar", "dismissed X as Y"."""
    kids = list(verb.children)
    passive = [c for c in kids if c.dep_ == "nsubjpass"]
    objs = [c for c in kids if c.dep_ in ("dobj", "obj")]
    comps = [c for c in kids if c.dep_ in ("oprd", "xcomp") and c.pos_ in ("NOUN", "PROPN", "ADJ")]
    as_preps = [c for c in kids if c.dep_ == "prep" and c.lower_ == "as"]
    as_preps += [g for o in objs for g in o.children if g.dep_ == "prep" and g.lower_ == "as"]
    for p in as_preps:
        comps += [g for g in p.children if g.dep_ in ("pobj", "pcomp", "amod", "acomp", "attr", "dobj")]
    if passive:
        target = passive[0]
        comps += [o for o in objs if o.pos_ in ("NOUN", "PROPN", "ADJ")]  # "was branded a disgrace"
    elif objs:
        target = objs[0]
        comps += [o for o in objs[1:] if o.pos_ in ("NOUN", "PROPN", "ADJ")]
    else:
        return []
    if target.lower_ in _REL_PRONOUNS and verb.dep_ == "relcl":
        target = verb.head  # "X, which it called Y"
    if target.pos_ == "PRON":
        return []
    return [(target, c) for c in comps if c.i != target.i]


# Generic closed class of partitive and kind nouns: "part of X", "a kind of X", "an example of X" say X.
_PARTITIVES = frozenset("part kind sort type form piece example instance bit element portion".split())


def _of_object(tok: Any, heads: frozenset[str], pos: tuple[str, ...] = ()) -> Any:
    """The object of "of" after ``tok`` when its lemma is one of ``heads`` (of a part of speech in ``pos``, when
    given): "campaign" in "part of a campaign", "workers" in "dozens of workers"; else ``tok`` itself."""
    if tok.lemma_.lower() not in heads:
        return tok
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            objs = [g for g in p.children if g.dep_ == "pobj" and (not pos or g.pos_ in pos)]
            if objs:
                return objs[0]
    return tok


def _partitive_object(comp: Any) -> Any:
    """The noun after "of" when a label is a partitive or kind noun ("as part of a campaign": "campaign")."""
    return _of_object(comp, _PARTITIVES)


def _labeller(verb: Any) -> bool:
    """Whether a labelling verb names who gives the label, someone the reader can tell apart from the writer: a
    subject that is a name, a pronoun or a definite noun ("Jane Doe dismissed it as meddling", "which the council
    called a stunt") or such a passive's agent ("branded a stunt by the mayor"). The label is then that one's word,
    quotation marks or not. A label credited to no one in particular ("Industry figures dismissed the claims as
    scaremongering", "critics call it a stunt") or to "we"/"I" (an editorial) stays the outlet's."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "csubj") and _identified(c):
            return True
        if c.dep_ == "agent" and any(g.dep_ == "pobj" and _identified(g) for g in c.children):
            return True
    return False


_UNIDENTIFIED_PRONOUNS = frozenset("i we me us some many others several few most all one someone somebody".split())


def _identified(tok: Any) -> bool:
    """A name, a personal pronoun, or a noun with a definite determiner or an owner ('the mayor', 'its board')."""
    if tok.lower_ in _UNIDENTIFIED_PRONOUNS:
        return False
    if tok.pos_ in ("PROPN", "PRON"):
        return True
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
        or c.dep_ == "poss"
        or (c.dep_ == "compound" and c.pos_ == "PROPN")
        for c in tok.children
    )


# a writer's distancing marker before a name or noun ("the so-called independent council", "the self-styled
# mayor"): in reported speech without quotation marks it is the outlet's wording, as a definite re-description is
_DISTANCING = re.compile(r"(?i)(?:so[- ]called|self[- ](?:styled|proclaimed|appointed))\b")


# a distancing marker set before a word in quotation marks: 'the so-called "evidence"', "the self-styled 'court'"
_MARKED_QUOTE = re.compile(_DISTANCING.pattern + r"(?=\s*[\"“‘'«„])")


def _distancing_marker_descriptors(doc: Any, text: str, emit: Any) -> None:
    """The marker itself before a scare-quoted word (kind "modifier", the quoted word its referent): the quoted
    word is someone else's, the marker the writer's doubt of it, wherever the marker stands outside quotes."""
    for m in _MARKED_QUOTE.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        after = next((t for t in doc[span.end : span.end + 3] if t.is_alpha), None)
        if after is None:
            continue
        emit(span.start, span.end, after.text, "modifier", (after.idx, after.idx + len(after.text)))


def _against_descriptors(doc: Any, ent_of: dict[int, Any], emit: Any) -> None:
    """A noun set against a referent with its "against" phrase ("its war against free media", "a campaign
    against the union"): what the outlet calls what is done to the object of "against" (kind "action")."""
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.i in ent_of:
            continue
        for p in tok.children:
            if p.dep_ != "prep" or p.lower_ != "against":
                continue
            for obj in (g for g in p.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")):
                e = ent_of.get(obj.i)
                if e is not None:
                    a = _strip_det(doc, e.start, e.end)
                    referent, ref = doc[a : e.end].text, _chars(doc, a, e.end)
                else:
                    lo = _left_modifiers(doc, obj.i, p.i + 1)
                    referent, ref = doc[lo : obj.i + 1].text, _chars(doc, lo, obj.i + 1)
                end = max(obj.i, e.end - 1 if e is not None else obj.i) + 1
                if "\n" in doc[tok.i : end].text:
                    continue
                emit(_left_modifiers(doc, tok.i, tok.left_edge.i), end, referent, "action", ref)


def _label_spans(doc: Any) -> list[Span]:
    """The labels a labelling verb credits to someone other than the writer (``_labeller``): the complement after
    "as" ("dismissed it as meddling in its affairs"), a predicate ("called the plan a stunt"), a passive's second
    object ("was branded a disgrace by the mayor"), each with its phrase; quotation marks or not, the words are
    that one's."""
    out: list[Span] = []
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in LABELLING_VERBS or not _labeller(verb):
            continue
        kids = list(verb.children)
        objs = [c for c in kids if c.dep_ in ("dobj", "obj")]
        passive = any(c.dep_ == "nsubjpass" for c in kids)
        comps = [c for c in kids if c.dep_ in ("oprd", "xcomp") and c.pos_ in ("NOUN", "PROPN", "ADJ")]
        comps += objs if passive else objs[1:]
        as_preps = [c for c in kids if c.dep_ == "prep" and c.lower_ == "as"]
        as_preps += [g for o in objs for g in o.children if g.dep_ == "prep" and g.lower_ == "as"]
        comps += [g for p in as_preps for g in p.children if g.dep_ in ("pobj", "pcomp", "amod", "acomp", "attr")]
        # "as" read as a clause's marker: "dismissed the criticism as Ostrian meddling"
        comps += [
            c for c in kids if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "as" for g in c.children)
        ]
        for c in comps:
            start, end = _chars(doc, c.left_edge.i, c.right_edge.i + 1)
            out.append(Span(start, end))
    return out


# Generic closed class of verbs of treatment whose "as" phrase says what the subject makes of its object ("has
# treated the island as a hostage", "uses the pipeline as a weapon", "held the crew as bargaining chips"): the
# outlet's wording for the object, whoever the subject (not a label the subject gives, as with LABELLING_VERBS).
_TREATING_VERBS = frozenset("treat use exploit hold keep wield employ weaponise weaponize".split())


def _labelling_descriptors(doc: Any, ent_of: dict[int, Any], emit: Any) -> None:
    """Evaluative predicate complements of labelling verbs: Y in "dismissed X as Y" describes X; so does Y in
    "treated X as Y" (``_TREATING_VERBS``)."""
    for verb in doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX") or (lemma not in LABELLING_VERBS and lemma not in _TREATING_VERBS):
            continue
        for target, comp in _labelled_pairs(verb):
            comp = _partitive_object(comp)  # "dismissed the claims as part of a smear campaign": the campaign
            e = ent_of.get(target.i)
            if e is not None:
                a = _strip_det(doc, e.start, e.end)
                referent = doc[a : e.end].text
                ref = _chars(doc, a, e.end)
            else:
                referent = target.lemma_.lower()
                ref = (target.idx, target.idx + len(target.text))
            if comp.pos_ == "VERB" and (comp.tag_ != "VBG" or any(True for _ in comp.children)):
                continue  # a bare gerund ("as scaremongering") is a label; a verb phrase is not
            if comp.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB") or comp.i in ent_of:
                continue
            lo = max(comp.left_edge.i, verb.i + 1) if comp.i > verb.i else comp.left_edge.i
            first = _left_modifiers(doc, comp.i, lo)
            for k in _word_starts(doc, first, comp.i + 1):
                emit(k, comp.i + 1, referent, "predicate", ref)


# Generic closed class of verbs that classify their subject, beyond the copula, with the
# preposition that introduces the class (None: a direct object): "X amounts to / constitutes /
# represents / counts as Y"; and adjectives after "be" that do the same ("is tantamount to Y").
# Verbs of resemblance classify the same way ("the decision smells of protectionism", "smacks of /
# reeks of / borders on"); the small tagger often takes "reeks", "borders" for plural nouns, so
# their written forms are read as the verb wherever the preposition follows.
CLASSIFYING_VERBS: dict[str, str | None] = {
    "constitute": None, "represent": None, "signify": None, "embody": None,
    "amount": "to", "equate": "to", "count": "as", "qualify": "as",
    "smell": "of", "smack": "of", "reek": "of", "border": "on", "verge": "on",
}  # fmt: skip
CLASSIFYING_ADJECTIVES = frozenset({"tantamount", "equivalent", "akin", "synonymous"})
_RESEMBLANCE_FORMS = {
    f"{lemma}{end}": lemma for lemma in ("smell", "smack", "reek", "border") for end in ("", "s", "ed", "ing")
} | {"smelt": "smell", "verge": "verge", "verges": "verge", "verged": "verge", "verging": "verge"}


def _classifying_lemma(verb: Any) -> str | None:
    """The classifying verb a token stands for: its lemma when tagged a verb, else (a misparsed
    "reeks", "borders") the written form of a verb of resemblance right before its preposition."""
    lemma = verb.lemma_.lower()
    if verb.pos_ == "VERB" and lemma in CLASSIFYING_VERBS:
        return lemma
    form = _RESEMBLANCE_FORMS.get(verb.lower_)
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if form and nxt is not None and nxt.lower_ == CLASSIFYING_VERBS[form] and nxt.head.i == verb.i:
        return form
    return None


def _subject_of(verb: Any) -> Any:
    """The subject of a (perhaps misparsed) verb: its nsubj, else for a verb tagged as a noun (or a
    root that took its subject for a modifier) the nearest nominal modifier on its left ("The
    ruling reeks of ...": "ruling", "The new tariff smells of ...": "tariff")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return subjects[0]
    if verb.pos_ in ("NOUN", "PROPN") or verb.dep_ == "ROOT":
        left = [
            c
            for c in verb.lefts
            if c.dep_ in ("compound", "amod", "nmod") and (c.pos_ in ("NOUN", "PROPN") or c.tag_ == "VBG")
        ]
        if left:
            return left[-1]
    return None


def _classified_pairs(verb: Any) -> list[tuple[Any, Any]]:
    """(subject, class noun) pairs of a classifying verb or a copula: "a move that amounts to an
    expropriation" (move, expropriation), "the seizure is tantamount to theft" (seizure, theft)."""
    lemma = verb.lemma_.lower()
    comps: list[Any] = []
    classifying = _classifying_lemma(verb)
    if classifying is not None:
        prep = CLASSIFYING_VERBS[classifying]
        if prep is None:
            comps = [c for c in verb.children if c.dep_ in ("dobj", "obj", "attr")]
        else:
            comps = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == prep for g in p.children]
    elif lemma == "be":
        for a in verb.children:
            if a.dep_ == "attr":
                comps.append(a)  # "the deal was a scandal"
            elif a.dep_ == "acomp" and a.lower_ in CLASSIFYING_ADJECTIVES:
                comps += [g for p in a.children if p.dep_ == "prep" and p.lower_ in ("to", "with") for g in p.children]
    if not comps:
        return []
    subject = _subject_of(verb)
    if subject is None:
        return []
    if subject.lower_ in _REL_PRONOUNS and verb.dep_ == "relcl":
        subject = verb.head  # "a move that amounts to ..."
    if subject.pos_ not in ("NOUN", "PROPN") and not (subject.tag_ == "VBG" and subject.dep_ != "nsubj"):
        return []  # "it", "this": no referent to attach the class to
    return [(subject, c) for c in comps if c.dep_ in ("pobj", "dobj", "obj", "attr") and c.i != subject.i]


def _classifying_descriptors(doc: Any, ent_of: dict[int, Any], emit: Any) -> None:
    """The class a sentence puts its subject in: Y in "X amounts to / constitutes / represents a Y",
    "X is tantamount to Y", and "X is a Y" for a subject that is no name (names: the copula rule of
    ``_entity_descriptors``). Only an indefinite or bare singular class noun counts ("a betrayal",
    "theft"), not a definite or counted object ("represents the workers", "represents 1,800 workers")."""
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") and verb.lower_ not in _RESEMBLANCE_FORMS:
            continue
        for subject, comp in _classified_pairs(verb):
            if comp.pos_ != "NOUN" or comp.i in ent_of:
                continue
            if verb.lemma_.lower() == "be" and comp.dep_ == "attr" and subject.i in ent_of:
                continue  # a name's predicate nominal: already read with the name
            dets = [c.lower_ for c in comp.children if c.dep_ == "det"]
            if any(c.dep_ == "nummod" or c.like_num for c in comp.children):
                continue
            if (dets and dets[0] not in ("a", "an")) or (not dets and comp.tag_ != "NN"):
                continue
            e = ent_of.get(subject.i)
            if e is not None:
                a = _strip_det(doc, e.start, e.end)
                referent, ref = doc[a : e.end].text, _chars(doc, a, e.end)
            else:
                word = subject.lower_ if subject.tag_ == "VBG" else subject.lemma_.lower()  # "ruling", not "rule"
                referent, ref = word, (subject.idx, subject.idx + len(subject.text))
            first = _left_modifiers(doc, comp.i, comp.left_edge.i)
            for k in _word_starts(doc, first, comp.i + 1):
                emit(k, comp.i + 1, referent, "predicate", ref)


def _specifying_descriptors(doc: Any, ent_of: dict[int, Any], emit: Any) -> None:
    """The value a specifying copula gives a definite noun: "Negligence, not nature, is the thread that
    runs ...", "Greed was their motive". A bare singular noun (no determiner, owner or count: an abstract
    or mass noun, which English lets stand alone) before "be" and a definite or owned complement reads as
    "the thread is negligence": the bare noun, with its pre-modifiers, is what the outlet calls the
    complement. Negated or questioned copulas, names, times and stop words give none."""
    for verb in doc:
        if verb.lemma_ != "be" or verb.pos_ not in ("AUX", "VERB") or not _asserted(verb):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        attrs = [c for c in verb.children if c.dep_ == "attr" and c.i > verb.i and c.pos_ == "NOUN"]
        if not subjects or not attrs:
            continue
        subj, attr = subjects[0], attrs[0]
        initial = subj.tag_ == "NNP" and subj.i == subj.sent.start and not subj.ent_type_  # "Greed" capitalised
        if not (subj.tag_ == "NN" or initial) or not subj.is_alpha or subj.is_stop or subj.i in ent_of:
            continue
        if _is_time_noun(subj):
            continue
        if any(c.dep_ in ("det", "poss", "nummod", "predet") for c in subj.children):
            continue
        if attr.i in ent_of or not any(
            (c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in attr.children
        ):
            continue
        first = _left_modifiers(doc, subj.i, subj.left_edge.i)
        for k in _word_starts(doc, first, subj.i + 1):
            emit(k, subj.i + 1, attr.lemma_.lower(), "predicate", (attr.idx, attr.idx + len(attr.text)))


# Generic closed class of nouns of a stretch of time or of a pattern of acts that an "of" phrase qualifies
# ("days of shame", "a night of terror", "an act of aggression", "a climate of fear"), beside the calendar
# time nouns (``_TIME_NOUNS``; not the weekday and month names).
_PERIOD_NOUNS = frozenset("act campaign reign wave climate culture spiral orgy spree era period season".split())
# Generic closed class of nouns a stretch of time measures, neutral quantities ("six weeks of age", "20 years of
# experience", "years of service"), which no "of" phrase makes a qualified time
_MEASURED_NOUNS = frozenset(
    """age experience service seniority tenure operation existence life work practice training study schooling
    education membership marriage residence employment construction testing data footage""".split()
)
_CALENDAR_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december""".split()
)


def _qualifying_of_descriptors(doc: Any, ent_of: dict[int, Any], emit: Any) -> None:
    """A bare singular noun after "of" that qualifies a noun of a stretch of time or of a pattern of acts says
    what that time or those acts were, in the outlet's words: "after eight days of shame at the border" (term
    "days of shame"), "a night of terror", "an act of aggression", "years of political neglect" (the "of" noun
    keeps its pre-modifiers). The "of" noun is no name, time, number or stop word, and has no determiner,
    owner or count ("days of the week", "a week of his holiday" give none)."""
    for tok in doc:
        if tok.pos_ != "NOUN" or not tok.is_alpha or tok.i in ent_of or tok.lower_ in _CALENDAR_NAMES:
            continue
        lemma = tok.lemma_.lower()
        if (lemma not in _TIME_NOUNS and lemma not in _PERIOD_NOUNS) or lemma == "time":
            continue  # "at the time of publication": a point, not a stretch the "of" noun qualifies
        if tok.i > 0 and _is_hyphen_join(doc, tok.i - 1):
            continue  # the unit of a hyphenated measure: "two terawatt-hours of power"
        for p in tok.children:
            if p.dep_ != "prep" or p.lower_ != "of" or p.i != tok.i + 1:
                continue
            objs = [g for g in p.children if g.dep_ == "pobj"]
            if len(objs) != 1:
                continue
            g = objs[0]
            if g.pos_ != "NOUN" or g.tag_ != "NN" or not g.is_alpha or g.is_stop or g.i in ent_of or _is_time_noun(g):
                continue
            if g.lemma_.lower() in _MEASURED_NOUNS:
                continue  # "20 years of experience": a quantity, not what the time was
            if any(c.dep_ in ("det", "poss", "nummod", "predet") or c.like_num for c in g.children):
                continue
            if _left_modifiers(doc, g.i, p.i + 1) != p.i + 1:
                continue  # words between "of" and the noun that are no pre-modifiers ("days of such shame")
            emit(tok.i, g.i + 1, lemma, "modifier", (tok.idx, tok.idx + len(tok.text)))


_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "dative"})


def _verb_read_as_noun(tok: Any) -> bool:
    """A verb in -s the tagger read as a plural noun ("the regions that the Varnel elite forgets", "forgets" a
    noun): a plural noun with a direct object of its own, which no noun has, right after the subject's last
    word ("the agency bases itself on ..."). A subject alone is no sign: the parser gives one to a verbless clause
    ("most of them young animals")."""
    if tok.tag_ != "NNS" or not tok.lower_.endswith("s") or tok.i == 0:
        return False
    if not any(c.dep_ == "dobj" for c in tok.children):
        return False
    before = tok.doc[tok.i - 1]
    return before.head.i == tok.i and before.dep_ in ("compound", "amod", "nsubj")


def _misread_subject(doc: Any, verb: Any, lower: int, emit: Any, ent_of: dict[int, Any]) -> None:
    """The subject phrase before a misread verb (``_verb_read_as_noun``): its last word is the head, the name
    and the words before it are its modifiers ("the Varnel elite forgets": "Varnel elite" of "elite")."""
    h = verb.i - 1
    head = doc[h]
    if not head.is_alpha or not head.is_lower or head.pos_ not in ("NOUN", "ADJ"):
        return
    a = max(head.left_edge.i, lower)
    e = ent_of.get(a)
    if e is not None:
        a = e.start
    a = _strip_det(doc, a, h + 1)
    if any(doc[k].is_punct or doc[k].pos_ in ("DET", "ADP", "VERB", "AUX", "PRON", "SCONJ") for k in range(a, h)):
        return
    ref = (head.idx, head.idx + len(head.text))
    for k in _word_starts(doc, a, h):
        emit(k, h + 1, head.lemma_.lower(), "modifier", ref)


def _is_nominal_head(tok: Any) -> bool:
    """A noun, or a word the tagger called an adjective that heads a noun phrase ("the late terrorist-general")."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return True
    return bool(tok.pos_ == "ADJ" and tok.dep_ in _NOMINAL_DEPS)


def _entity_spans(doc: Any, mentions: tuple[Mention, ...]) -> list[Any]:
    spans = []
    for m in mentions:
        if m.label not in _NAME_LABELS:
            continue
        sp = doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand")
        if sp is not None and len(sp):
            spans.append(sp)
    if not spans:
        spans = [e for e in doc.ents if e.label_ in _NAME_LABELS]
    return spans


def _strip_det(doc: Any, a: int, b: int) -> int:
    while a < b - 1 and (doc[a].pos_ in ("DET", "PRON") or doc[a].dep_ == "case"):
        a += 1
    return a


_OPEN_MARKS = frozenset({'"', "\u201c", "\u00ab", "\u201e"})
_CLOSE_MARKS = frozenset({'"', "\u201d", "\u00bb", "\u201c"})


def _entity_descriptors(doc: Any, e: Any, lower: int, emit: Any, compact: Any, ent_of: dict[int, Any]) -> None:
    label = e.label_
    root = e.root
    a = _strip_det(doc, e.start, e.end)
    referent = doc[a : e.end].text
    ref = (doc[a].idx, doc[e.end - 1].idx + len(doc[e.end - 1].text))
    # honorific folded into a PERSON name: "Hajj Rahim", "Sheikh X"
    h = a
    if label == "PERSON":
        while h < e.end - 1 and doc[h].text.lower().rstrip(".") in HONORIFICS:
            h += 1
        if h > a:
            emit(a, h, doc[h : e.end].text, "title", (doc[h].idx, ref[1]))
            referent = doc[h : e.end].text
            ref = (doc[h].idx, ref[1])
    # the name itself (an adjectival NORP is a modifier of something else, not a name); a bare
    # personal name is how anyone refers to a person, not a framing choice: only its titles count
    if not (label == "NORP" and root.pos_ == "ADJ") and not (label == "PERSON" and h == a):
        emit(h, e.end, referent, "name", ref)
    # pre-modifiers and titles outside the entity span; a name that itself modifies a later noun ("a senior
    # Varnel official", "the martyr Fjord leader") leaves the words before it to that noun
    m = _left_modifiers(doc, a, lower)
    if root.dep_ in ("compound", "amod", "nmod") and root.head.i > root.i and root.head.pos_ in ("NOUN", "PROPN"):
        m = a
    if m < a:
        if label == "PERSON":
            kind = "title" if doc[m].text[:1].isupper() else "modifier"
            for k in _word_starts(doc, m, a):
                emit(k, a, referent, kind, ref)
        else:
            for k in _word_starts(doc, m, a):
                emit(k, e.end, referent, "modifier", ref)
    # the pre-modifiers outside a name set in quotation marks: 'the foreign-funded "Fjord Tide" group' (the
    # marks hold the name only; the words before them are the outlet's)
    if 0 < a and e.end < len(doc) and doc[a - 1].text in _OPEN_MARKS and doc[e.end].text in _CLOSE_MARKS:
        mq = _left_modifiers(doc, a - 1, lower)
        for k in _word_starts(doc, mq, a - 1):
            emit(k, a - 1, referent, "modifier", ref)
    # appositions, both ways: "Velasco, the Zarin Force commander" / "the deputy, Hisham Tawfiq"
    for c in root.children:
        if c.dep_ == "appos" and c.i not in ent_of and c.pos_ in ("NOUN", "PROPN"):
            ca, cb = compact(c, c.left_edge.i)
            emit(ca, cb, referent, "apposition", ref)
    if root.dep_ == "appos" and root.head.i not in ent_of and root.head.pos_ == "NOUN":
        hd = root.head
        ca, cb = compact(hd, hd.left_edge.i)
        emit(ca, cb, referent, "apposition", ref)
    # predicate nominal: "X is a cancer"
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
        for c in root.head.children:
            if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") and c.i not in ent_of:
                ca, cb = compact(c, c.left_edge.i)
                emit(ca, cb, referent, "predicate", ref)


# Generic closed class of the most frequent neutral verbs of news prose: being and having, motion,
# possession and transfer, beginning and ending, counting and containing, deciding and meeting,
# making and showing, keeping records and administering documents ("revoked the licence", "catalogued the
# finds"). What the verb of a referent's own clause says about it is framing only when
# the verb carries more than the event ("the manuscripts have been safeguarded", "the board caved"), and
# which of the remaining verbs sets an outlet apart is left to the comparison in ``link.framing``.
NEUTRAL_VERBS = frozenset(
    """be have do get go come make take give put set let keep hold stand sit lie stay remain become seem appear
    exist rest live die bear grow work act play happen occur arise emerge result cause affect follow precede
    begin start end finish stop continue resume complete open close run operate last
    move travel arrive leave depart return reach enter exit pass cross turn change use place flow fly drive walk
    land sail ship
    send bring carry deliver transfer hand lend loan borrow share give receive accept obtain collect gather
    buy sell pay spend cost charge earn own possess fund finance invest market price value rate rank score
    contain include comprise consist number total count list average amount account involve concern relate
    refer belong date mark face fit match compare differ vary mean
    rise fall increase decrease reduce cut raise drop climb gain lose win beat double
    see look watch hear feel know think understand learn believe want need like wish hope expect plan intend
    decide choose try seek attempt manage fail lack miss tend
    meet visit attend host join lead head chair direct oversee govern control manage handle process deal treat
    hire employ appoint elect vote sign issue publish republish release print post air broadcast edit update
    translate present launch introduce unveil organise organize schedule
    ask question answer request require demand offer provide supply serve help support allow permit enable
    agree approve adopt reject refuse decline accept propose discuss debate negotiate consider review study
    examine investigate inspect audit check test measure record register file lodge submit
    apply appeal contact inform address advise mention cite quote express thank welcome invite urge call
    order pledge commit undertake contribute commission assign allocate distribute administer equip
    build construct create produce develop design establish found form base locate situate headquarter
    cover feature display show exhibit store house find discover identify trace recognise recognize dig
    speak talk read write teach train prepare wait focus settle affiliate withdraw suspend impose
    hit fire fight attack injure wound hurt kill survive suffer arrest detain sentence convict jail fine sue
    rule judge try blame estimate calculate shut break
    revoke renew extend cancel amend catalogue catalog archive document inventory repeat reopen phone switch
    greet acquaint cap board fish recommend concentrate react cool""".split()
)
# No action: neutral verbs, and verbs whose subject is a speaker, a labeller or a classifier (their
# wording is the reported, labelled or classified side's, read by the other rules).
_NOT_ACTIONS = NEUTRAL_VERBS | REPORTING_VERBS | LABELLING_VERBS | frozenset(CLASSIFYING_VERBS)
_VERB_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBP", "VB", "VBG"})
_HYPOTHETICAL = frozenset({"if", "whether", "unless"})
_MODALS = frozenset({"might", "may", "could", "would", "should"})
# Nouns in -ing that name a thing or a time, not an act ("the city's morning", "the museum's ceiling").
_ING_THINGS = frozenset(
    """thing something nothing anything everything king ring string spring wing sling ceiling morning
    evening wedding clothing offspring sibling darling pudding lightning""".split()
)


def _is_neutral_gerund(word: str) -> bool:
    """A noun in -ing whose verb is neutral ("the ministry's handling", "the board's meeting")."""
    if word in _ING_THINGS:
        return True
    stem = word[:-3]
    candidates = {stem, stem + "e"}
    if len(stem) > 2 and stem[-1] == stem[-2]:
        candidates.add(stem[:-1])  # "running" -> "run"
    return bool(candidates & _NOT_ACTIONS)


def _referent_token(tok: Any, ent_of: dict[int, Any]) -> bool:
    """A mention of a referent: a name or a noun, never a pronoun ("it", "this")."""
    return tok.i in ent_of or (tok.pos_ in ("NOUN", "PROPN") and tok.is_alpha)


def _clause_subject(verb: Any) -> Any:
    """The subject of a verb's clause: its own (passive) subject, the relative clause's noun ("scrolls that
    were safeguarded"), a conjoined verb's shared subject ("were seized and sold"), the subject of the verb a
    purpose infinitive hangs on ("used the crash to blackmail the board"), or the noun a passive participle
    modifies ("the scrolls safeguarded in Brelland")."""
    v = verb
    for _ in range(4):
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            subject = subjects[0]
            if subject.lower_ in _REL_PRONOUNS and v.dep_ == "relcl":
                return v.head
            return _counted(subject)
        if v.dep_ == "acl" and v.tag_ == "VBN" and v.head.pos_ in ("NOUN", "PROPN"):
            return v.head
        if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX") and v.head.i != v.i:
            v = v.head
            continue
        purpose = v.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
        if purpose and v.head.pos_ in ("VERB", "AUX") and v.head.i != v.i:
            v = v.head  # a purpose infinitive's subject is its verb's: "the union used the crash to blackmail ..."
            continue
        return None
    return None


def _counted(tok: Any) -> Any:
    """The noun a count stands for: "people" in "a total of 155 people were rescued", "dozens of workers"."""
    return _of_object(tok, _QUANTITY_NOUNS, ("NOUN", "PROPN"))


def _asserted(verb: Any) -> bool:
    """A verb the outlet asserts: not negated ("were not looted"), not under a modal of possibility ("could be
    looted"), not in an if/whether clause, not in a question."""
    if any(c.dep_ == "neg" or c.lower_ in ("never", "n't", "not") for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in _HYPOTHETICAL for c in verb.children):
        return False
    sent = verb.sent
    last = sent[-1] if len(sent) else None
    return not (last is not None and last.text == "?")


def _hyphen_word(doc: Any, i: int) -> tuple[int, int]:
    """Token range of the hyphenated word that token ``i`` belongs to ("re-elected": re, -, elected)."""
    a, b = i, i + 1
    while a >= 2 and _is_hyphen_join(doc, a - 1):
        a -= 2
    while b + 1 < len(doc) and _is_hyphen_join(doc, b):
        b += 2
    return a, b


# Generic closed class of verbs whose object predicate is an office, a verdict or a rank conferred
# ("elected president", "found guilty", "declared dead", "came second"): a fact of the event, no framing.
_CONFERRING_VERBS = frozenset(
    """elect reelect appoint name nominate choose select vote crown install declare designate proclaim
    pronounce find rule make sentence confirm certify rank rate come finish place""".split()
)
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last next".split())
_PERSONAL_PRONOUNS = {"they": "plural", "them": "plural", "he": "person", "him": "person", "she": "person",
                      "her": "person"}  # fmt: skip


def _pronoun_antecedent(doc: Any, pron: Any, ent_of: dict[int, Any]) -> Any:
    """The referent a personal pronoun picks up: the latest subject before it, in its sentence or the two
    before, that fits it (a plural noun for "they", a named person for "he"/"she")."""
    want = _PERSONAL_PRONOUNS.get(pron.lower_)
    if want is None:
        return None
    sents = [s for s in doc.sents if s.start <= pron.i]
    lo = sents[-3].start if len(sents) >= 3 else 0
    for k in range(pron.i - 1, lo - 1, -1):
        t = doc[k]
        if t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        e = ent_of.get(t.i)
        if want == "person" and e is not None and e.label_ == "PERSON" and e.root.i == t.i:
            return t
        if want == "plural" and e is None and t.tag_ in ("NNS", "NNPS") and t.is_alpha:
            return t
    return None


def _subject_action(
    doc: Any,
    verb: Any,
    start: int,
    stop: int,
    phrase_end: int,
    ent_of: dict[int, Any],
    referent_of: Any,
    emit: Any,
    pronouns: bool = False,
) -> None:
    """Emit the phrase ``doc[start:phrase_end]`` as an action of the verb's clause subject, when that subject
    (with ``pronouns``, a personal pronoun's antecedent) is a referent outside the verb phrase ``[start, stop)``."""
    subject = _clause_subject(verb)
    if pronouns and subject is not None and subject.pos_ == "PRON":
        subject = _pronoun_antecedent(doc, subject, ent_of)
    if subject is None or start <= subject.i < stop or not _referent_token(subject, ent_of):
        return
    referent, ref = referent_of(subject)
    emit(start, phrase_end, referent, "action", ref)


def _secondary_predicate(
    doc: Any, verb: Any, start: int, end: int, ent_of: dict[int, Any], referent_of: Any, emit: Any
) -> None:
    """A verb with a predicate (the parse's ``oprd``) of its passive subject or of its object: "the crew
    were held hostage", "the men were taken prisoner", "rebels held them hostage". The complement makes
    even a neutral verb say what the referent undergoes: the passive phrase is an action of its subject
    ("held hostage"), the complement after an object a predicate of the object ("hostage"). A personal
    pronoun stands for the latest fitting subject before it. Offices, verdicts and ranks conferred
    ("elected president", "found guilty") and labelling verbs (read by ``_labelling_descriptors``) give
    nothing here."""
    lemma = doc[end - 1].lemma_.lower()
    if lemma in _CONFERRING_VERBS or lemma in LABELLING_VERBS or lemma in REPORTING_VERBS:
        return
    comps = [
        c
        for c in verb.rights
        if c.dep_ == "oprd" and c.pos_ in ("NOUN", "ADJ") and c.tag_ in ("NN", "JJ") and c.is_alpha
        and c.i not in ent_of and c.lower_ not in _ORDINALS and not any(g.dep_ == "det" for g in c.children)
    ]  # fmt: skip
    if not comps:
        return
    comp = comps[0]
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i < comp.i]
    if objs:
        target = objs[0]
        if target.pos_ == "PRON":
            target = _pronoun_antecedent(doc, target, ent_of)
        if target is None or not _referent_token(target, ent_of):
            return
        referent, ref = referent_of(target)
        emit(comp.i, comp.i + 1, referent, "predicate", ref)
        return
    if any(not (t.pos_ in ("ADV", "PART") or t.dep_ == "prt") for t in doc[end : comp.i]) or comp.i - end > 2:
        return  # the phrase must read as one: "held hostage", "taken prisoner"
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    if not passive and not (verb.tag_ == "VBN" and verb.dep_ in ("acl", "conj")):
        return  # "a fact the village kept alive": the complement is the gap object's, not the subject's
    _subject_action(doc, verb, start, end, comp.i + 1, ent_of, referent_of, emit, pronouns=True)


# Generic closed class of copulas whose adjective complement describes the subject ("the charges are absurd").
_COPULAS = frozenset("be seem appear remain become prove look sound".split())
_ADJ_COMPLEMENT_DEPS = frozenset({"prep", "xcomp", "ccomp", "advcl", "neg", "dobj", "pobj", "npadvmod"})


def _adjective_predicates(verb: Any, subject: Any, referent_of: Any, emit: Any) -> None:
    """Adjectives a copula says its subject is, in the outlet's words: "the accusations are absurd and
    baseless", "the regulator remained toothless". Plain adjectives only (no comparatives, no
    participles), without a complement of their own ("is aware of", "is likely to", "is unclear
    whether") or a negation."""
    adjectives = [c for c in verb.children if c.dep_ == "acomp"]
    adjectives += [g for a in adjectives for g in a.children if g.dep_ == "conj"]
    for adj in adjectives:
        if adj.pos_ != "ADJ" or adj.tag_ != "JJ" or not adj.is_alpha or len(adj.text) < 3:
            continue
        if any(c.dep_ in _ADJ_COMPLEMENT_DEPS for c in adj.children):
            continue
        referent, ref = referent_of(subject)
        emit(adj.i, adj.i + 1, referent, "predicate", ref)


# Generic closed classes of verbs that put or keep a referent in a state, and of prepositions of a state.
_STATE_VERBS = frozenset("be remain stay put keep hold place lock throw land end".split())
_STATE_PREPOSITIONS = frozenset("behind in under on at into".split())


def _state_phrases(doc: Any, verb: Any, start: int, end: int, ent_of: dict[int, Any], referent_of: Any,
                   emit: Any) -> None:  # fmt: skip
    """Prepositional idioms of a referent's state or of an act: a preposition with a bare noun after a
    verb ("journalists are behind bars", "remain in custody", "put him behind bars": a predicate of the
    subject, or of the object when there is one), and after a passive verb that is no neutral one, "in/on
    the" and a bare singular noun closing the clause ("was caught in the act", "were left in the dark": the
    phrase, an action). Names, times and numbers give none."""
    neutral = doc[end - 1].lemma_.lower() in _NOT_ACTIONS or verb.lemma_.lower() in _NOT_ACTIONS
    passive = any(c.dep_ == "auxpass" for c in verb.children) or (verb.tag_ == "VBN" and verb.dep_ in ("acl", "conj"))
    for p in verb.children:
        if p.dep_ != "prep" or p.pos_ != "ADP" or p.i < end or len(list(p.children)) != 1:
            continue
        noun = next(iter(p.children))
        if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or not noun.is_alpha or len(noun.text) < 3:
            continue
        if noun.i in ent_of or _is_time_noun(noun) or noun.is_stop:
            continue
        kids = list(noun.lefts)
        between = doc[end : p.i]
        objs = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i < p.i]
        if not kids and noun.i == p.i + 1 and noun.tag_ in ("NN", "NNS"):
            if verb.lemma_.lower() not in _STATE_VERBS or p.lower_ not in _STATE_PREPOSITIONS:
                continue  # "charged with espionage", "for example": no state
            if objs:
                target = objs[0]
                if target.pos_ == "PRON":
                    target = _pronoun_antecedent(doc, target, ent_of)
            elif all(t.pos_ in ("ADV", "PART") for t in between):
                target = _clause_subject(verb)
                if target is not None and target.pos_ == "PRON":
                    target = _pronoun_antecedent(doc, target, ent_of)
            else:
                continue
            if target is None or not _referent_token(target, ent_of):
                continue
            referent, ref = referent_of(target)
            emit(p.i, noun.i + 1, referent, "predicate", ref)
        elif (
            not neutral and passive and p.i == end and p.lower_ in ("in", "on") and noun.tag_ == "NN"
            and len(kids) == 1 and kids[0].dep_ == "det" and kids[0].lower_ == "the" and noun.i == p.i + 2
            and not list(noun.rights)
            and (noun.i + 1 >= len(doc) or doc[noun.i + 1].is_punct or doc[noun.i + 1].pos_ == "CCONJ")
        ):  # fmt: skip
            _subject_action(doc, verb, start, end, noun.i + 1, ent_of, referent_of, emit)


# Generic closed class of English adverbial particles of phrasal verbs ("caved in", "backed down", "gave up").
_PARTICLES = frozenset("in out up down off over back away".split())
# Generic closed class of light verbs: with a bare or indefinite noun object the noun carries the meaning of
# the act ("took a hostage", "made a U-turn", "paid a heavy price", "staged a walkout").
_LIGHT_VERBS = frozenset("take make give pay stage".split())
# Light verbs of making and staging whose bare singular object is the act too ("Varnel makes hysteria", "staged
# provocation"), except for the fixed idioms of a closed class ("made sense", "made way", "made progress").
_MAKE_VERBS = frozenset("make stage".split())
_MAKE_IDIOMS = frozenset(
    """sense way progress peace money use room history contact headway amends love time space mention reference
    landfall ground fun sure certain clear good public light note allowance provision effort shift""".split()
)


def _light_verb_phrase(
    doc: Any, verb: Any, start: int, end: int, ent_of: dict[int, Any], referent_of: Any, emit: Any
) -> None:
    """A light verb (``_LIGHT_VERBS``, neutral alone) with its direct object, a common noun after "a"/"an" or a
    bare plural (with its pre-modifiers): the phrase is what the subject does, in the outlet's words ("the
    regime has taken a hostage": "taken a hostage" of the regime). Definite, owned or counted objects ("took
    the bus", "made its case", "gave two interviews"), names, times and stop words give none."""
    if verb.lemma_.lower() not in _LIGHT_VERBS:
        return
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i >= end]
    if not objs:
        return
    h, b = _hyphen_word(doc, objs[0].i)  # "made a U-turn": the whole hyphenated word (often misparsed)
    obj = doc[b - 1]
    if obj.pos_ != "NOUN" or not obj.is_alpha or obj.is_stop or obj.i in ent_of or _is_time_noun(obj):
        return
    kids = [c for k in range(h, b) for c in doc[k].children if not h <= c.i < b]
    dets = [c.lower_ for c in kids if c.dep_ == "det"]
    if any(c.dep_ in ("poss", "nummod", "predet") or c.like_num for c in kids):
        return
    bare_make = verb.lemma_.lower() in _MAKE_VERBS and obj.tag_ == "NN" and obj.lemma_.lower() not in _MAKE_IDIOMS
    if (dets and dets[0] not in ("a", "an")) or (not dets and obj.tag_ != "NNS" and not bare_make):
        return  # a bare singular object is mostly a fixed idiom ("took place", "took office", "gave way")
    first = _left_modifiers(doc, h, end)
    if any(not (t.pos_ in ("DET", "ADV", "PART") or t.dep_ == "prt") for t in doc[end:first]):
        return  # the object must follow the verb as one phrase: "took a hostage", "has taken up a cause"
    _subject_action(doc, verb, start, end, obj.i + 1, ent_of, referent_of, emit, pronouns=True)


def _left_to(doc: Any, verb: Any, start: int, end: int, ent_of: dict[int, Any], referent_of: Any, emit: Any) -> None:
    """A passive "left" with a bare infinitive after it ("a borderland that has been left to burn", "were left to
    die"): the phrase is what the subject undergoes (kind "action"), though "leave" alone is neutral."""
    if verb.lemma_.lower() != "leave" or not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return
    if end + 1 >= len(doc) or doc[end].lower_ != "to":
        return
    inf = doc[end + 1]
    if inf.dep_ != "xcomp" or inf.head.i != verb.i or inf.tag_ != "VB":
        return
    _subject_action(doc, verb, start, end, inf.i + 1, ent_of, referent_of, emit)


def _action_descriptors(doc: Any, ent_of: dict[int, Any], emit: Any) -> None:
    """What the outlet says a referent does or undergoes, in its own words: a verb whose (passive)
    subject is a mention of the referent ("the archive was safeguarded": "safeguarded" describes
    the archive), and an act in -ing the referent owns ("Varnel's grandstanding", "the ministry's
    stonewalling"). Frequent neutral verbs (``NEUTRAL_VERBS``), reporting, labelling and classifying
    verbs, negated, hypothetical and questioned verbs give nothing."""

    def referent_of(tok: Any) -> tuple[str, tuple[int, int]]:
        e = ent_of.get(tok.i)
        if e is not None:
            a = _strip_det(doc, e.start, e.end)
            return doc[a : e.end].text, _chars(doc, a, e.end)
        h = _hyphen_word(doc, tok.i)[0]  # "a cover-up that fools nobody": the referent is "cover-up"
        if h < tok.i:
            return head_word(tok), (doc[h].idx, tok.idx + len(tok.text))
        return tok.lemma_.lower(), (tok.idx, tok.idx + len(tok.text))

    for tok in doc:
        if tok.lemma_ in _COPULAS and tok.pos_ in ("AUX", "VERB") and tok.dep_ not in ("aux", "auxpass"):
            subject = _clause_subject(tok)
            if subject is not None and _referent_token(subject, ent_of) and _asserted(tok):
                _adjective_predicates(tok, subject, referent_of, emit)
                if tok.lemma_ == "be":
                    _state_phrases(doc, tok, tok.i, tok.i + 1, ent_of, referent_of, emit)
        if tok.pos_ == "VERB" and tok.tag_ in _VERB_TAGS and tok.dep_ not in ("aux", "auxpass", "amod"):
            if not tok.is_alpha or not _asserted(tok):
                continue
            start, end = _hyphen_word(doc, tok.i)  # "re-elected", "rubber-stamped": the whole word
            if end - start == 1 and len(tok.text) < 3:
                continue
            _secondary_predicate(doc, tok, start, end, ent_of, referent_of, emit)  # even for a neutral verb
            _state_phrases(doc, tok, start, end, ent_of, referent_of, emit)
            if doc[end - 1].lemma_.lower() in _NOT_ACTIONS or tok.lemma_.lower() in _NOT_ACTIONS:
                _light_verb_phrase(doc, tok, start, end, ent_of, referent_of, emit)
                _left_to(doc, tok, start, end, ent_of, referent_of, emit)
                continue
            subject = _clause_subject(tok)
            if subject is None or start <= subject.i < end or not _referent_token(subject, ent_of):
                continue
            nxt = doc[end] if end < len(doc) else None
            particle = nxt is not None and nxt.dep_ == "advmod" and nxt.lower_ in _PARTICLES and not list(nxt.children)
            if nxt is not None and nxt.head.i == tok.i and (nxt.dep_ == "prt" or particle):
                end += 1  # "cracked down", "caved in" (a particle the parser took for an adverb: "caved in and ...")
            referent, ref = referent_of(subject)
            emit(start, end, referent, "action", ref)
        elif tok.tag_ in ("NN", "VBG") and tok.lower_.endswith("ing") and len(tok.text) > 5 and tok.is_alpha:
            owners = [c for c in tok.children if c.dep_ == "poss" and _referent_token(c, ent_of)]
            if not owners or _is_neutral_gerund(tok.lower_):
                continue
            referent, ref = referent_of(owners[0])
            emit(tok.i, tok.i + 1, referent, "action", ref)
