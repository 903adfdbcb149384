"""Repairs to the small model's person and organisation spans: a pipeline component after "ner".

Requires ``doc.ents`` and the tagger/parser attributes (``pos_``, ``dep_``, ``head``); produces
``doc.ents``. Each rule is general (closed-class words and the shape of the text, no names):

1. ``LONG (ACR`` and ``LONG (ACR)`` spans: the parenthesised acronym becomes a span of its own
   and the long form loses the dangling bracket.
2. An ORG span shaped like a personal name (capitalised words, perhaps a hyphenated compound,
   no organisation word) becomes PERSON when the document treats it as a person: a courtesy
   title before it ("Mr", "Maître", "Frau", "Sr."), it is the surname of a PERSON named in full,
   a "he"/"she" in its clause, a given name before it; being the subject of a reporting verb or
   a hyphenated compound counts half. A determiner before it or "it"/"its" in its clause count
   against.
3. A repeat of a person's surname that the model left untagged becomes PERSON.
4. A PERSON span extends left over one adjacent capitalised given name the model left out
   ("Lucien" in "Lucien Ebanga Morel"), never over a title, a calendar word, a common noun or
   the end of a longer capitalised run (a headline).
5. Titles and organisation names cut by the model (:mod:`.span_repairs`): a span made only of a
   title ("Engr.") takes the name after it or is dropped; a title that is also a given name takes
   the title before it ("Sheikh Amir"); an organisation name cut at "and" is rejoined when the
   bracketed acronym after it spells the initials of the whole ("X Rail and Road Union (XRRU)").
6. Names glued to what stands before them (:mod:`.role_names`): the person after a role phrase
   ("X Chief Executive Jane Roe") is its own PERSON span, its given name included; a lower-case
   hyphenated descriptor ("mum-of-two Jane Roe") is never part of a name.
7. A "person" whose name ends in a number ("Fjord 24") is an organisation (a channel, a brand).
8. A name set off by commas right after a person or family noun ("his wife, Greta,", "the mayor,
   Greta Roe,") is a PERSON whatever the model's label; so is a later lone repeat of its last word
   as a subject ("Roe said").
9. The last word of an office's or a body's name ("Minister of Mines and Energy", "Ombudsman for
   Harbours") is never a given name of the person after it (rule 4).
10. A state's formal name the model left out ("of Republic of Varnel") is a GPE span; a person's span
    that runs on from its last word ("Varnel Jane Roe") is cut to the person.
11. Two or three untagged capitalised words after a rank or courtesy title ("Junior Sergeant Ana
    Varo") are a PERSON span.

The title vocabularies are shared with name matching (:mod:`sourcetrace.link.names`).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from anyascii import anyascii

from .cues import KIN_NOUNS, OUTLET_WORDS, PERSON_NOUNS, REPORTING_VERBS

__all__ = [
    "repair_entities",
    "ENGLISH_HONORIFICS",
    "FOREIGN_HONORIFICS",
    "POSTFIX_HONORIFICS",
    "HONORIFIC_SUFFIXES",
    "CASED_TITLES",
    "TITLE_GIVEN_NAMES",
    "is_title_word",
    "leading_titles",
    "title_token",
    "ORG_NAME_WORDS",
    "ROLE_NOUNS",
    "STATE_HEADS",
]

# Courtesy titles, ranks and offices written before a name in English (ASCII, lower case).
ENGLISH_HONORIFICS = frozenset(
    """
    mr mrs ms miss mx dr prof professor doctor sir dame lord lady madam madame monsieur messrs
    gen general maj major lt lieutenant col colonel brig brigadier capt captain cpt sgt sergeant
    cmdr commander adm admiral commodore ensign midshipman marshal cpl corporal pvt officer
    president vice premier chancellor minister prime secretary senator sen rep representative
    congressman congresswoman governor gov mayor judge justice chief deputy ambassador
    king queen prince princess emperor sultan emir amir sheikh shaikh shaykh sheik
    hajj haj haji hajji hadji sardar sayyed sayyid seyed seyyed sayed syed
    imam ayatollah hojatoleslam mullah mufti mawlana maulana allama
    rev reverend father pope cardinal bishop archbishop rabbi pastor saint st hon honourable honorable
    martyr shahid grand leader supreme comrade excellency late former brother sister
    engr atty amb insp supt cdr cllr pres
    """.split()
)
# The same before a name in other languages (folded to ASCII): French, Spanish, Portuguese,
# Italian, German, Dutch, South Asian, Persian/Arabic courtesy words.
FOREIGN_HONORIFICS = frozenset(
    """
    maitre mme mmes mlle mlles herr frau fraulein senor senora senorita sr sra srta dona dom
    sig signor signora signorina dott dottore dottoressa avv mgr dhr mevr mw
    shri shree smt ustad ustadh ustaz hazrat hadrat janab begum khun
    """.split()
)
# Titles written after a name: Turkish, Persian, Urdu ("Ahmet Bey", "Zeynep Hanım").
POSTFIX_HONORIFICS = frozenset("bey hanim efendi pasha khanum sahib".split())
# Honorific suffixes glued with a hyphen: Japanese, Korean, Hindi ("Tanaka-san", "Gandhi-ji").
HONORIFIC_SUFFIXES = ("san", "sama", "kun", "chan", "sensei", "dono", "ssi", "nim", "ji")
# Short titles that are also ordinary words or initials: titles only written exactly so.
# Professional abbreviations that are also words or given names without their full stop
# ("Eng." engineer, "Arch." architect, "Adv." advocate, "Fr." father) are among them.
CASED_TITLES = frozenset({"M.", "MM.", "Me", "Me.", "Pr", "Pr.", "Mmes", "Eng.", "Arch.", "Adv.", "Fr."})
_TITLES = ENGLISH_HONORIFICS | FOREIGN_HONORIFICS
# Titles that are also given names ("Sheikh Amir bin Harith"): a given name after another title
# or before a patronymic particle ("Amir bin ..."), a title otherwise ("Sultan Qaboos").
TITLE_GIVEN_NAMES = frozenset({"sultan", "amir", "emir", "malik"})
# Patronymic particles: "bin", "ibn", "bint" ("son/daughter of"); a title before one is a given name.
PATRONYMICS = frozenset({"bin", "ibn", "bint", "binti", "ben"})
# Job words that stand before a name like a title, beyond the honorifics ("Spokesman X").
_ROLE_WORDS = frozenset(
    """
    spokesman spokeswoman spokesperson chairman chairwoman chair director editor correspondent reporter
    analyst dean coach envoy speaker sheriff constable inspector detective superintendent commissioner
    councillor councilor councilman alderman candidate challenger leader founder opposition
    ombudsman ombudswoman ombudsperson government police army party state court commission council ministry agency
    operation battle war campaign summit conference treaty accord plan project festival cup award prize
    """.split()
)
# Job and office nouns written before a name like a title ("Chief Executive X", "Spokesman X"),
# beyond the courtesy titles: never a given name (:mod:`.role_names` splits names off them).
ROLE_NOUNS = frozenset(
    """
    executive executives officer ceo cfo coo cto chairman chairwoman chairperson chair spokesman
    spokeswoman spokesperson director manager head boss founder cofounder co-founder owner editor
    correspondent reporter analyst dean coach envoy speaker sheriff constable inspector detective
    superintendent commissioner councillor councilor councilman alderman candidate challenger
    attorney counsel advocate lawyer economist scientist researcher adviser advisor aide
    ombudsman ombudswoman ombudsperson
    """.split()
)
# Words of organisation names: a span holding one is not a person's name.
_ORG_WORDS = OUTLET_WORDS | frozenset(
    """
    commission committee council court party front union ministry department office bureau board
    authority association federation league society foundation fund trust alliance coalition
    movement army force forces brigade brigades corps police guard guards group company corporation
    bank university college school hospital institute church congress assembly parliament senate
    inc ltd llc plc corp co gmbh airlines airways motors industries holdings partners capital
    community centre center organisation organization agency network
    """.split()
)
ORG_NAME_WORDS = _ORG_WORDS  # public: shared with :mod:`.role_names`
# Heads of a state's formal name: "Emirate of X", "Kingdom of X", "State of X" name the state X (a closed class,
# shared with name matching).
STATE_HEADS = frozenset(
    "republic kingdom emirate emirates sultanate principality federation state commonwealth duchy "
    "caliphate confederation".split()
)
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)
_FUNCTION = frozenset(
    "the a an this that these those in on at by for from with after before under when while as its his her "
    "their our then but and or if yesterday today tonight dear meanwhile however also".split()
)
# Endings of English job nouns ("Inspector", "Economist", "Spokesman"): never taken as a given name.
_ROLE_ENDING_RE = re.compile(r"(?:er|or|ist|ant|man|woman|person|ary|ee)$")
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
# Arabic-style articles written as a hyphenated prefix ("al-Karmi"): not a double-barrelled name.
_PARTICLES = frozenset("al el ad ar as ash at az an ul ud ed er es".split())
_DETERMINERS = frozenset("the a an this that these those".split())
# Words inside the name of an office, a body or a place ("Ombudsman for Harbours", "Minister of Mines and Energy").
_OF_LINKS = frozenset({"of", "for", "and", "&"})
_PERSON_PRONOUNS = frozenset("he she his her him himself herself".split())
_THING_PRONOUNS = frozenset({"it", "its", "itself"})


def is_title_word(word: str, next_word: str = "", prev_title: bool = False) -> bool:
    """A courtesy title or rank before a name ("Mr.", "Maître", "Sra.", "Me" before a capital).

    ``prev_title``: the word follows another title. A title that is also a given name is a name
    there ("Sheikh Amir") and before a patronymic ("Amir bin Harith")."""
    if word in CASED_TITLES:
        return next_word[:1].isupper()
    low = anyascii(word).strip(".,").lower()
    if low not in _TITLES:
        return False
    if low in TITLE_GIVEN_NAMES and (prev_title or _patronymic(next_word)):
        return False
    return True


def _patronymic(word: str) -> bool:
    """ "bin", "ibn", "bint" as a particle (lower case, or "Bin"/"Ibn"; "Ben" is a given name too)."""
    low = word.lower()
    return low in PATRONYMICS and (word.islower() or low != "ben")


def leading_titles(words: list[str]) -> int:
    """How many of ``words`` are titles before the name ("Maj. Gen. Anna X" -> 2, "Sheikh Amir
    bin Harith" -> 1); all of them when the words are only titles ("Engr.")."""
    i = 0
    while i < len(words) and is_title_word(words[i], words[i + 1] if i + 1 < len(words) else "", i > 0):
        i += 1
    return i


def repair_entities(doc: Any) -> Any:
    """The pipeline component: apply the module's rules to ``doc.ents`` and return the doc."""
    from spacy.tokens import Span

    from .role_names import fix_descriptor_chains, split_role_names
    from .span_repairs import fix_title_spans, rejoin_split_orgs

    ents = _split_acronyms(doc, list(doc.ents), Span)
    ents = rejoin_split_orgs(doc, ents, Span)
    ents = fix_title_spans(doc, ents, Span)
    ents = fix_descriptor_chains(doc, ents, Span)
    ents = split_role_names(doc, ents, Span)
    ents = _retype_person_orgs(doc, ents, Span)
    ents = _retype_numbered_names(doc, ents, Span)
    ents = _appositive_persons(doc, ents, Span)
    ents = _aged_persons(doc, ents, Span)
    ents = _add_surname_repeats(doc, ents, Span)
    ents = _extend_given_names(doc, ents, Span)
    ents = _state_names(doc, ents, Span)
    ents = _titled_persons(doc, ents, Span)
    ents = _portfolio_cut(doc, ents, Span)
    ents = _office_holders(doc, ents, Span)
    ents.sort(key=lambda e: (e.start, -e.end))
    kept: list[Any] = []
    for e in ents:
        if kept and e.start < kept[-1].end:
            continue
        kept.append(e)
    doc.ents = kept
    doc.user_data.pop("_st_lower_words", None)
    return doc


def _split_acronyms(doc: Any, ents: list[Any], span: Any) -> list[Any]:
    """ "the Office Emeraude d'Information (OEI" -> the long form and "OEI"."""
    out: list[Any] = []
    for e in ents:
        if e.label_ == "PERSON" or len(e) < 3:
            out.append(e)
            continue
        paren = next((t.i for t in e if t.text == "(" and t.i > e.start), None)
        if paren is None:
            out.append(e)
            continue
        inner_end = e.end - 1 if doc[e.end - 1].text == ")" else e.end
        inner = doc[paren + 1 : inner_end]
        if len(inner) != 1 or not _acronym(inner[0].text):
            out.append(e)
            continue
        out.append(span(doc, e.start, paren, label=e.label_))
        out.append(span(doc, paren + 1, paren + 2, label=e.label_))
    return out


def _acronym(text: str) -> bool:
    letters = re.sub(r"[^A-Z]", "", anyascii(text))
    return 2 <= len(letters) <= 10 and text.isupper() and bool(re.fullmatch(r"[^\W\d_][\w&.-]*", text))


def _words(e: Any) -> list[Any]:
    return [t for t in e if t.text not in _HYPHENS]


def _key(tokens: list[Any]) -> tuple[str, ...]:
    return tuple(anyascii(t.text).lower() for t in tokens)


def _name_shaped(e: Any) -> bool:
    return _name_tokens(list(e))


def _name_tokens(toks: list[Any]) -> bool:
    """Capitalised words, hyphens glued, no organisation, calendar or function word."""
    words = [t for t in toks if t.text not in _HYPHENS]
    if not 1 <= len(words) <= 3:
        return False
    for k, t in enumerate(toks):
        if t.text in _HYPHENS:
            if k == 0 or k == len(toks) - 1 or t.whitespace_ or toks[k - 1].whitespace_:
                return False
            continue
        low = anyascii(t.text).lower()
        if not t.is_alpha or len(t) < 2 or not t.text[0].isupper() or t.is_upper:
            return False
        if low in _ORG_WORDS or low in _CALENDAR or low in _FUNCTION or low in _ROLE_WORDS:
            return False
    return True


def _compound(e: Any) -> bool:
    """A double-barrelled name ("Ebanga-Morel"), not an article prefix ("al-Karmi")."""
    return any(t.text in _HYPHENS and t.nbor(-1).lower_ not in _PARTICLES for t in e if t.i > e.start)


Key = tuple[str, ...]


class _People:
    """What the document's PERSON spans say: full names, surnames (the last word, a hyphen
    compound included, of a name of two or more words, or a lone word after a title, or a lone
    compound) and how often each name is tagged as something else. A PERSON surface counts once
    however often it recurs (the model repeats its mistakes); other tags count per mention."""

    def __init__(self, ents: list[Any]) -> None:
        self.names: Counter[Key] = Counter()
        self.surnames: Counter[Key] = Counter()
        self.other: Counter[Key] = Counter()
        seen: set[str] = set()
        for e in ents:
            if e.label_ != "PERSON":
                self.other[_key(_words(e))] += 1
                continue
            if e.text in seen:
                continue
            seen.add(e.text)
            toks = list(e)
            titles = 0
            while len(toks) > 1 and is_title_word(toks[0].text, toks[1].text, titles > 0):
                toks = toks[1:]
                titles += 1
                if len(toks) > 1 and toks[0].text == ".":
                    toks = toks[1:]
            if not _name_tokens(toks):
                continue
            self.names[_key([t for t in toks if t.text not in _HYPHENS])] += 1
            last = _last_word(toks)
            compound = len(last) > 1 and last[0].lower_ not in _PARTICLES
            if len(last) < len(toks) or len(toks) < len(e) or compound:
                self.surnames[_key([t for t in last if t.text not in _HYPHENS])] += 1

    def is_person(self, key: Key) -> bool:
        """The surname of a person named in full at least as often as tagged as something else
        (a lone word tagged PERSON proves nothing: the model often tags places so)."""
        n = self.surnames[key]
        return n > 0 and n >= self.other[key]


def _last_word(toks: list[Any]) -> list[Any]:
    """The tokens of the last whitespace-separated word ("Ebanga - Morel" is one word)."""
    j = len(toks) - 1
    while j > 0 and not toks[j - 1].whitespace_:
        j -= 1
    return toks[j:]


def _clause_pronouns(e: Any) -> tuple[bool, bool]:
    """(a he/she, an it/its) in the clause the span is the subject of."""
    root = e.root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False, False
    person = thing = False
    for t in root.head.subtree:
        if t.i < e.end:
            continue
        low = t.lower_
        if low in _PERSON_PRONOUNS and t.dep_ in ("nsubj", "nsubjpass", "poss", "dobj", "pobj"):
            person = True
        elif low in _THING_PRONOUNS and t.dep_ in ("nsubj", "nsubjpass", "poss"):
            thing = True
    return person, thing


def _title_before(doc: Any, e: Any) -> bool:
    return e.start > 0 and title_token(doc, e.start - 1)


def title_token(doc: Any, i: int) -> bool:
    """Token ``i`` is a title before a name; its full stop may be a token of its own ("Engr" ".")."""
    t = doc[i]
    word, j = t.text, i + 1
    if j < len(doc) and doc[j].text == "." and not t.whitespace_:
        word, j = word + ".", j + 1
    k = i - 2 if i >= 2 and doc[i - 1].text == "." else i - 1
    prev = k >= 0 and is_title_word(doc[k].text + ("." if k == i - 2 else ""), t.text)
    return is_title_word(word, doc[j].text if j < len(doc) else "", prev)


def _person_score(doc: Any, occurrences: list[Any], people: _People) -> int:
    """Evidence that a name-shaped ORG is a person (module docstring, rule 2)."""
    kinds: set[str] = set()
    against: set[str] = set()
    if people.is_person(_key(_words(occurrences[0]))):
        kinds.add("person-elsewhere")
    for e in occurrences:
        if _title_before(doc, e):
            kinds.add("title")
        if e.start > 0 and doc[e.start - 1].lower_ in _DETERMINERS:
            against.add("determiner")
        if _given_name_before(doc, e.start):
            kinds.add("given-name" if _compound(e) else "given-name-half")
        he, it = _clause_pronouns(e)
        if he:
            kinds.add("he")
        if it:
            against.add("it")
        if e.root.dep_ in ("nsubj", "nsubjpass") and e.root.head.lemma_ in REPORTING_VERBS:
            kinds.add("reporting")
    score = 2 * len(kinds & {"title", "person-elsewhere", "given-name", "he"})
    score += len(kinds & {"reporting", "given-name-half"}) + int(_compound(occurrences[0]))
    return score - 3 * len(against)


def _retype_person_orgs(doc: Any, ents: list[Any], span: Any) -> list[Any]:
    people = _People(ents)
    by_key: dict[Key, list[Any]] = {}
    for e in ents:
        if e.label_ in ("ORG", "PERSON") and _name_shaped(e):
            by_key.setdefault(_key(_words(e)), []).append(e)
    flip: set[Key] = set()
    for key, occ in by_key.items():
        orgs = [e for e in occ if e.label_ == "ORG"]
        if orgs and _person_score(doc, occ, people) >= 2:
            flip.add(key)
    if not flip:
        return ents
    return [
        span(doc, e.start, e.end, label="PERSON")
        if e.label_ == "ORG" and _name_shaped(e) and _key(_words(e)) in flip
        else e
        for e in ents
    ]


def _retype_numbered_names(doc: Any, ents: list[Any], span: Any) -> list[Any]:
    """A 'person' whose name ends in a number ('Fjord 24', 'Channel 7') is a channel or a brand: no personal
    name is written with digits."""
    return [
        span(doc, e.start, e.end, label="ORG")
        if e.label_ == "PERSON" and len(e) >= 2 and e[-1].is_digit and e[0].text[:1].isupper() and e[-2].is_alpha
        else e
        for e in ents
    ]


def _appositive_persons(doc: Any, ents: list[Any], span: Any) -> list[Any]:
    """A name set off by commas right after a person or family noun names that person ('his wife, Ana,',
    'the lawyer, Ivo Marr,'), whatever label the model gave it (a lone given name often reads as a place).
    A later lone repeat of such a name's last word as the subject of a verb ('Marr said') is that person too."""
    out = list(ents)
    surnames: set[str] = set()
    by_token = {i: e for e in ents for i in range(e.start, e.end)}
    for t in doc:
        h = t.head
        if t.dep_ != "appos" or t.pos_ != "PROPN" or h.pos_ != "NOUN" or h.i >= t.i:
            continue
        if h.lower_ not in KIN_NOUNS and h.lower_ not in PERSON_NOUNS:
            continue
        start = t.i
        while start > 0 and doc[start - 1].dep_ in ("compound", "flat") and doc[start - 1].head.i == t.i:
            start -= 1
        if start != h.i + 2 or doc[h.i + 1].text != "," or t.i + 1 >= len(doc) or doc[t.i + 1].text not in (",", "."):
            continue  # right after the noun and its comma, and closed by a comma or the sentence's end
        if not all(x.pos_ == "PROPN" and x.text[:1].isupper() and x.is_alpha for x in doc[start : t.i + 1]):
            continue
        e = by_token.get(t.i)
        if e is not None and (e.label_ == "PERSON" or e.start != start or e.end != t.i + 1):
            continue  # a person already, or a longer name ('the lawyer, Marr & Co,')
        if any(i in by_token for i in range(start, t.i + 1)) and e is None:
            continue
        if e is not None:
            out.remove(e)
        out.append(span(doc, start, t.i + 1, label="PERSON"))
        if t.i > start:
            surnames.add(t.text)
    if not surnames:
        return out
    return [
        span(doc, e.start, e.end, label="PERSON")
        if len(e) == 1
        and e.text in surnames
        and e.label_ in ("GPE", "LOC", "NORP", "ORG")
        and e.root.dep_ in ("nsubj", "nsubjpass")
        else e
        for e in out
    ]


_AGE_NEXT = {"a", "an", "the", "who", "was", "is", "had", "has", "said", "says", "told"}


def _aged_persons(doc: Any, ents: list[Any], span: Any) -> list[Any]:
    """A capitalised name with an age set off by commas after it ('Ana Varo, 44, a teacher', 'Ivo Marr, 71, said')
    is a person, whatever label the model gave it (an unfamiliar surname often reads as a place), and the whole
    run of capitalised words is the name ('Ana' included)."""
    out = list(ents)
    by_token = {i: e for e in ents for i in range(e.start, e.end)}
    for t in doc:
        i = t.i
        if not (t.like_num and t.is_digit and 1 <= len(t.text) <= 2 and 0 < i - 1 and i + 2 < len(doc)):
            continue
        if doc[i - 1].text != "," or doc[i + 1].text != "," or doc[i + 2].lower_ not in _AGE_NEXT:
            continue
        end = i - 1
        start = end
        while start > 0 and end - start < 3 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
            start -= 1
        if start == end or (start > 0 and doc[start - 1].is_title and not doc[start].is_sent_start):
            continue  # no name, or the end of a longer capitalised run
        inside = {id(by_token[k]) for k in range(start, end) if k in by_token}
        ents_in = [e for e in out if id(e) in inside]
        if any(e.start < start or e.end > end for e in ents_in) or any(e.label_ == "PERSON" for e in ents_in):
            continue  # a person already, or part of a longer name
        if any(doc[k].lower_ in _TITLES or doc[k].lower_ in ROLE_NOUNS for k in range(start, end)):
            continue
        out = [e for e in out if id(e) not in inside]
        out.append(span(doc, start, end, label="PERSON"))
    return out


def _add_surname_repeats(doc: Any, ents: list[Any], span: Any) -> list[Any]:
    """Untagged repeats of a person's surname used as a person: the subject of a verb, or after
    a title or a given name; proper nouns, not inside a longer capitalised run."""
    people = _People(ents)
    surnames = [k for k in people.surnames if people.is_person(k)]
    if not surnames:
        return ents
    taken = [False] * len(doc)
    for e in ents:
        for i in range(e.start, e.end):
            taken[i] = True
    out = list(ents)
    folded = [anyascii(t.text).lower() for t in doc]
    for sur in surnames:
        n = 2 * len(sur) - 1  # the words and the hyphens between them
        for i in range(len(doc) - n + 1):
            if folded[i] != sur[0] or folded[i + n - 1] != sur[-1]:
                continue
            toks = list(doc[i : i + n])
            if any(taken[t.i] for t in toks) or _key([t for t in toks if t.text not in _HYPHENS]) != sur:
                continue
            if any(t.text not in _HYPHENS for t in toks[1::2]) or any(t.pos_ != "PROPN" for t in toks[::2]):
                continue
            after = doc[i + n] if i + n < len(doc) else None
            if after is not None and after.is_title and after.pos_ == "PROPN" and not after.is_sent_start:
                continue  # part of a longer name
            cand = doc[i : i + n]
            given = _given_name_before(doc, i)
            if not (given or _title_before(doc, cand) or cand.root.dep_ in ("nsubj", "nsubjpass")):
                continue
            if i > 0 and doc[i - 1].is_title and not given and not _title_before(doc, cand):
                continue  # the end of a capitalised run that is not a given name
            out.append(span(doc, i, i + n, label="PERSON"))
            for t in toks:
                taken[t.i] = True
    return out


def _given_name_before(doc: Any, i: int) -> bool:
    """The token before ``i`` looks like a given name the model left out of a name span."""
    if i == 0:
        return False
    t = doc[i - 1]
    if t.ent_type_ or not t.is_alpha or not t.is_title or len(t) < 2 or t.whitespace_ != " ":
        return False
    if t.pos_ != "PROPN":
        return False
    low = anyascii(t.text).lower()
    given_title = low in TITLE_GIVEN_NAMES and i >= 2 and title_token(doc, i - 2)  # "Sheikh Amir"
    if (low in _TITLES and not given_title) or low in _ROLE_WORDS or low in ROLE_NOUNS or low in _ORG_WORDS:
        return False
    if low in _CALENDAR:
        return False
    if low in _FUNCTION or t.text in CASED_TITLES or _ROLE_ENDING_RE.search(low):
        return False
    if _lower_elsewhere(doc, t.lower_):
        return False  # a common word written with a capital here
    if i >= 2:
        p = doc[i - 2]
        if p.lower_ in _DETERMINERS:
            return False  # "the Seifeddin al-Karmi": a name after an article is not a person's
        if p.is_alpha and p.text[:1].isupper() and not title_token(doc, i - 2) and p.lower_ not in _FUNCTION:
            return False  # the end of a longer capitalised run (a headline, a multi-word name)
        if p.lower_ in _OF_LINKS and i >= 3 and doc[i - 3].is_alpha and doc[i - 3].text[:1].isupper():
            return False  # the last word of an office's or a body's name ("Minister of Mines and Energy")
    return True


def _lower_elsewhere(doc: Any, lower: str) -> bool:
    cache = doc.user_data.get("_st_lower_words")
    if cache is None:
        cache = {t.text for t in doc if t.is_alpha and t.text.islower()}
        doc.user_data["_st_lower_words"] = cache
    return lower in cache


def _extend_given_names(doc: Any, ents: list[Any], span: Any) -> list[Any]:
    out: list[Any] = []
    for e in ents:
        if e.label_ == "PERSON" and len(_words(e)) <= 3 and _given_name_before(doc, e.start):
            out.append(span(doc, e.start - 1, e.end, label="PERSON"))
        else:
            out.append(e)
    return out


def _portfolio_cut(doc: Any, ents: list[Any], span: Any) -> list[Any]:
    """ "Minister of Sport Jan Novak" tagged as the person "Sport Jan Novak": after a title and "of",
    the opening words of a person's span that the article also writes in lower case ("clean sport") name
    the office's field, not the person (two name words are always kept)."""
    out: list[Any] = []
    for e in ents:
        start = e.start
        if e.label_ == "PERSON" and start >= 2 and doc[start - 1].lower_ == "of" and title_token(doc, start - 2):
            while e.end - start > 2 and doc[start].is_alpha and _lower_elsewhere(doc, doc[start].lower_):
                start += 1
        out.append(span(doc, start, e.end, label="PERSON") if start != e.start else e)
    return out


# Titles of an office written with "of" and its field or body ("The Minister of Youth and Sport of the X
# Republic Jane Doe stated ...": the model often tags no one there).
_OFFICE_TITLES = frozenset(
    "minister chairman chairwoman chairperson president director secretary governor ambassador commissioner "
    "mayor head chief".split()
)
_OFFICE_LINKS = frozenset("of for on and the , -".split())


def _office_holders(doc: Any, ents: list[Any], span: Any) -> list[Any]:
    """The name a long office title runs into right before a verb of saying ("The Deputy Chairman of the
    Committee on Youth of the State Assembly Jane Doe stated ...", "The Minister of Energy of Varnel Jon
    Berg declared ..."): the last two capitalised words before the verb are a PERSON span when the model
    tagged them as no person, the title ("Minister of") opens the run in the same sentence and only
    capitalised words and links ("of", "the", "and", commas) stand between; never a common word of the
    document or a word of an organisation's name ("Affairs" may be a field: "Minister of Foreign Affairs said")."""
    people = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
    out: list[Any] = []
    cut: dict[int, int] = {}  # a span the new name is cut out of: its start -> the new end
    for v in doc:
        if v.lemma_.lower() not in REPORTING_VERBS or v.pos_ != "VERB" or v.i < 4:
            continue
        a, b = v.i - 2, v.i
        toks = list(doc[a:b])
        if any(i in people for i in range(a, b)) or not _name_tokens(toks):
            continue
        if any(
            not x.is_alpha
            or x.is_upper
            or x.pos_ != "PROPN"
            or _lower_elsewhere(doc, x.lower_)
            or x.lower_ in _ORG_WORDS
            for x in toks
        ):
            continue
        k = a - 1
        while k >= 0 and k > a - 25 and (doc[k].text[:1].isupper() or doc[k].lower_ in _OFFICE_LINKS):
            if doc[k].lower_ in _OFFICE_TITLES and k + 1 < a and doc[k + 1].lower_ == "of":
                break
            k -= 1
        else:
            continue
        if k < 0 or doc[k].lower_ not in _OFFICE_TITLES or doc[k].sent.start != v.sent.start:
            continue
        if a <= k + 2 or doc[a - 1].lower_ in _OFFICE_LINKS:
            continue  # "Minister of Foreign Affairs said", "of Energy and Natural Resources": the office's field
        out.append(span(doc, a, b, label="PERSON"))
        for e in ents:
            if e.start < a < e.end:
                cut[e.start] = a  # "the Committee on Youth ... Assembly Jane Doe" (ORG): its name ends before
    kept = []
    for e in ents:
        if e.start in cut:
            if cut[e.start] > e.start:
                kept.append(span(doc, e.start, cut[e.start], label=e.label_))
        elif not any(n.start < e.end and e.start < n.end for n in out):
            kept.append(e)
    return kept + out


def _state_names(doc: Any, ents: list[Any], span: Any) -> list[Any]:
    """A state's formal name the model left out ("of Republic of Varnel", no article before it): a capitalised
    state head ("Republic", "Kingdom"), "of" (or "of the") and one capitalised word is a GPE span, when the model
    tagged nothing on the head and the word is untagged, tagged alone (whatever the label), or opens a person's
    span that runs on into a name ("Republic of Varnel Jane Roe": the state, then the person)."""
    by_token = {i: e for e in ents for i in range(e.start, e.end)}
    out = list(ents)
    for h in doc:
        if h.text[:1] != h.text[:1].upper() or h.is_upper or h.lower_ not in STATE_HEADS or h.i in by_token:
            continue
        j = h.i + 1
        if j >= len(doc) or doc[j].lower_ != "of":
            continue
        j += 1
        if j < len(doc) and doc[j].lower_ == "the":
            j += 1
        if j >= len(doc) or not _place_word(doc, j):
            continue
        e = by_token.get(j)
        if e is None:
            nxt = doc[j + 1] if j + 1 < len(doc) else None
            if nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha:
                continue  # a longer name ("Republic of Varnel Cup")
            out.append(span(doc, h.i, j + 1, label="GPE"))
            continue
        if e.start != j:
            continue
        if e.end == j + 1:
            out.remove(e)
            out.append(span(doc, h.i, j + 1, label="GPE"))
        elif e.label_ == "PERSON" and _name_tokens(list(doc[j + 1 : e.end])) and len(_words(doc[j + 1 : e.end])) >= 2:
            out.remove(e)
            out.append(span(doc, h.i, j + 1, label="GPE"))
            out.append(span(doc, j + 1, e.end, label="PERSON"))
    return out


def _place_word(doc: Any, j: int) -> bool:
    """Token ``j`` may be a state's name: a capitalised word, no function, calendar or organisation word, never
    written in lower case in the document."""
    t = doc[j]
    low = anyascii(t.text).lower()
    if not t.is_alpha or len(t) < 3 or not t.text[0].isupper() or t.is_upper:
        return False
    if low in _FUNCTION or low in _CALENDAR or low in _ORG_WORDS or low in _TITLES or low in STATE_HEADS:
        return False
    return not _lower_elsewhere(doc, t.lower_)


# Ranks and courtesy titles that stand before a person's name and nothing else (a closed class): an untagged
# name right after one is a person's ("Junior Sergeant Ana Varo"); offices that also open names of bodies or
# places ("President", "King", "Saint", "General") are left out.
_PERSON_TITLES = frozenset(
    """
    mr mrs ms mx dr sergeant sgt corporal cpl lieutenant lt colonel col captain capt major maj brigadier brig
    commander cmdr admiral adm private pvt marshal senator congressman congresswoman ambassador mayor
    madam madame monsieur herr frau mme mlle
    """.split()
)


def _titled_persons(doc: Any, ents: list[Any], span: Any) -> list[Any]:
    """A person's name the model left untagged after a rank or courtesy title (:data:`_PERSON_TITLES`, perhaps
    after other titles: "Junior Sergeant Ana Varo"): two or three capitalised words on no span, none a common
    word of the document, a title, an organisation or calendar word, and no capitalised word right after
    them (a longer name) is a PERSON span."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = list(ents)
    for t in doc:
        low = anyascii(t.text).strip(".").lower()
        if low not in _PERSON_TITLES or not t.text[:1].isupper() or t.is_upper or t.i in taken:
            continue
        a = t.i + 1
        if a < len(doc) and doc[a].text == "." and not t.whitespace_:
            a += 1
        while a + 1 < len(doc) and doc[a].text[:1].isupper() and is_title_word(doc[a].text, doc[a + 1].text, True):
            a += 1  # "Lieutenant Colonel Ana Varo"
        b = a
        while b < len(doc) and b - a < 4 and doc[b].is_alpha and doc[b].text[:1].isupper() and not doc[b].is_upper:
            b += 1
        if not 2 <= b - a <= 3 or any(i in taken for i in range(a, b)):
            continue
        if b < len(doc) and doc[b].text[:1].isupper() and doc[b].is_alpha:
            continue
        toks = list(doc[a:b])
        if not _name_tokens(toks) or any(x.lower_ in _TITLES or x.lower_ in ROLE_NOUNS for x in toks):
            continue
        if any(_lower_elsewhere(doc, x.lower_) or x.pos_ != "PROPN" for x in toks):
            continue
        out.append(span(doc, a, b, label="PERSON"))
        taken.update(range(a, b))
    return out
