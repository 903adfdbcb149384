"""Name normalisation and matching, shared by entity resolution and the coreference benchmark.

A surface form ("Maj. Gen. Arman Velasco's", "the URGC", "Liwa al-Zarin") is turned
into a :class:`NameKey`: honorifics, articles, possessives and Arabic-style particles
removed, transliterated to ASCII, split into core tokens, generic organisation words
(designators: "Force", "Brigades", "News Agency") and pre-head adjectives ("Velundian",
"Democratic") set aside. :func:`relation` then compares two keys by general rules only:

* titles are dropped in English and other languages ("Maître", "M.", "Sra.", "Herr", "Hanım",
  "-san"); hyphen and space are one separator, so "Ebanga-Morel" and "Ebanga Morel" are one name;
* tokens match when equal, one edit apart (typos, "Varnel"/"Vanrel"), or when their
  phonetic key (metaphone) agrees and they are close in spelling (transliteration:
  "Hashem"/"Hasham", "Mousavi"/"Musavi"), or when they are one spelling once a closed set of
  romanisation equivalences is applied to both ("ph"/"f", "kh"/"h", "ou"/"u"; for tokens of five
  letters or more also the Slavic ones: "x"/"ks", "c"/"tz"/"ts"/"z", "cz"/"ch", "w"/"v", "j"/"y",
  "sch"/"sh": "Ilona Dobrac"/"Ilona Dobratz"); a demonym never matches its country
  ("Oman"/"Omani");
* an acronym matches a long form whose initials it spells ("URGC"), accents folded and elided
  articles and function words skipped ("OEI" for "Office Émeraude d'Information");
* a shorter name is part of a longer one when its tokens are an ordered subsequence and
  it keeps the surname (persons), or differs only in adjectives and designators (orgs); a
  compound surname ("Ebanga-Morel", "Mr Ebanga Morel") is the surname of the full name;
* different given names ("Hisham Tawfiq"/"Nabil Tawfiq") and different designators
  ("Zarin Force"/"al-Zarin Brigades") block a match;
* a product's model number ("Lumiflex-3") is kept apart from its stem: two model numbers are two
  products, and the bare stem is a part of the model's name;
* a place's name and the name with an administrative division word ("Varnel" / "Varnel Province") are
  one name, two division words two places; the Slavic ending "-ić" is one ending however romanised
  ("-ic", "-ich", "-itch", "-icz"); an acronym may skip a generic word inside a name ("FNA" for
  "Fjord National News Agency").

No name of any real person or organisation is listed here: only closed-class words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

import jellyfish
from anyascii import anyascii

from ..analyze.mentions import (
    ENGLISH_HONORIFICS,
    FOREIGN_HONORIFICS,
    HONORIFIC_SUFFIXES,
    POSTFIX_HONORIFICS,
    STATE_HEADS,
    is_title_word,
)

__all__ = [
    "NameKey",
    "name_key",
    "name_score",
    "relation",
    "skeleton",
    "tok_sim",
    "vowel_variant",
    "clean_surface",
    "strip_honorifics",
    "blocking_keys",
    "translit_variants",
    "fold_translit",
    "title_only",
    "STATE_HEADS",
    "TRAILING_GENERIC",
    "place_like",
    "loose_variant",
    "division_word",
    "PLACE_DIVISIONS",
]

# Titles, ranks and honorifics stripped before matching (a generic closed list), with those of
# other languages (analyze.mentions, which also repairs the model's spans with them).
_ENGLISH_HONORIFICS = frozenset(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady madam madame monsieur
    gen general maj major lt lieutenant col colonel brig brigadier capt captain cpt sgt sergeant
    cmdr commander adm admiral marshal field cpl corporal pvt private officer
    president vice premier chancellor minister prime secretary senator sen rep representative
    congressman congresswoman governor gov mayor judge justice chief deputy ambassador
    king queen prince princess emperor sultan emir amir sheikh shaikh shaykh sheik
    hajj haj haji hajji hadji martyr shahid sardar sayyed sayyid seyed seyyed sayed syed
    imam ayatollah grand hojatoleslam mullah mufti mawlana maulana allama
    rev reverend father pope cardinal bishop archbishop rabbi pastor brother sister saint st
    leader supreme comrade mx hon honourable honorable excellency his her the late former
    """.split()
)
HONORIFICS = _ENGLISH_HONORIFICS | ENGLISH_HONORIFICS | FOREIGN_HONORIFICS
# Words that are kept although they look like honorifics when they stand alone.
_ARTICLES = frozenset({"the", "a", "an"})
# Arabic-style definite articles written as a hyphenated prefix: al-Haddar, ad-Din, el-Sisi.
# Elided French/Italian articles and prepositions glued to a word: d'Information, l'Union, dell'Arte.
_ELISION_RE = re.compile(r"^(?:d|l|dell|dall|nell|sull|all|qu)['\u2019](?=\w)", re.I)
_SUFFIX_RE = re.compile(r"(?<=[^\W\d_]{3})[-\u2010\u2011](?:" + "|".join(HONORIFIC_SUFFIXES) + r")$")
_PARTICLE_RE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ul|ud|ed|er|es)[-\u2010\u2011\u2013\u2014](?=\w)", re.I)
_PARTICLE_WORDS = frozenset(
    {"al", "el", "ad", "ar", "as", "ash", "at", "az", "ul", "ud", "de", "da", "di", "van", "von"}
    | {"lo", "del", "della", "der", "den", "dos", "das"}
)
# Generational suffixes after a name ("Jr", "III"): dropped for matching.
_GENERATIONAL = frozenset({"jr", "sr", "jnr", "snr", "ii", "iii", "iv"})
# Words after which an organisation's or place's head noun is followed by what it is of
# ("Bank of X", "Banco de X", "L'Echo de X"): in persons' names only "of"/"for" count ("de Gaulle").
_OF_WORDS = ("of", "for", "de", "du", "des", "del", "della", "di", "da", "dos", "das")
# Function words skipped in initials and matching.
_STOP = frozenset({"of", "for", "the", "and", "in", "on", "to", "at", "by", "de", "la", "le", "du", "des", "&"})
# Generic corporate words that outlets drop freely ("Reuters News Agency" -> "Reuters").
SUFFIX_DESIGNATORS = frozenset(
    "news agency agencies inc incorporated ltd limited llc plc co corp corporation company group holdings "
    "network channel tv newspaper daily press service services gmbh ag sa".split()
)
# Generic words of the two kinds above: an outlet's ("News Agency", "TV") and a firm's ("Ltd",
# "Group"). Names that differ only by generic words of different kinds are different bodies.
_MEDIA_GENERIC = frozenset("news agency agencies network channel tv newspaper daily press service services".split())
# Generic words that close a body's name and that texts drop freely ("Fjord Watch International" / "Fjord Watch"):
# of no kind (neither a media outlet's nor a firm's word); only as the last word of a longer name.
TRAILING_GENERIC = frozenset({"international", "worldwide"})
# Generic unit words that tell organisations apart ("Zarin Force" vs "al-Zarin Brigades").
UNIT_DESIGNATORS = frozenset(
    "force forces brigade brigades battalion battalions corps army militia militias movement party "
    "front wing unit units regiment division guard guards committee council".split()
)
# Common transliterated generic words, glossed to the English designator they stand for.
_GLOSS = {
    "saraya": "brigades",
    "kataib": "brigades",
    "kata'ib": "brigades",
    "katibat": "battalion",
    "liwa": "brigade",
    "jaysh": "army",
    "jaish": "army",
    "harakat": "movement",
    "harakat-e": "movement",
    "hizb": "party",
    "jabhat": "front",
    "sepah": "corps",
    "fawj": "regiment",
}
_DEMONYM_RE = re.compile(r"^[a-z]{3,}(?:ian|ean|ese|ish|ic|i)$")
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_ACRONYM_RE = re.compile(rf"^[{_UPPER}][{_UPPER}0-9&]*(?:[-\u2010\u2011\u2013\u2014/][{_UPPER}0-9&]+)*$")
_QUOTES = "\"'\u2018\u2019\u201c\u201d\u00ab\u00bb`[]()"
_POSSESSIVE_RE = re.compile(r"(?:['\u2019]s|s['\u2019]|['\u2019])$")


def strip_honorifics(surface: str) -> str:
    """Drop titles/honorifics and articles: "Maj. Gen. Arman Velasco" -> "Arman Velasco",
    "Maître Ebanga-Morel" -> "Ebanga-Morel", "Ahmet Bey" -> "Ahmet", "Tanaka-san" -> "Tanaka".
    A title that is also a given name stays after another title or before "bin" ("Sheikh Amir
    bin Harith" -> "Amir bin Harith"); the last word always stays."""
    words = surface.split()
    i = min(_title_run(words), len(words) - 1)
    words = words[i:]
    if len(words) > 1 and anyascii(words[-1]).strip(".,").lower() in POSTFIX_HONORIFICS:
        words = words[:-1]
    if words and words[-1][:1].isupper():
        words[-1] = _SUFFIX_RE.sub("", words[-1])
    return " ".join(words)


def _title_run(words: list[str]) -> int:
    """How many leading words are titles (analyze.mentions.is_title_word, with this module's extra
    words: "the late", "former", "field")."""
    i = 0
    while i < len(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        low = anyascii(words[i]).strip(".,").lower()
        extra = low in _ENGLISH_HONORIFICS and low not in ENGLISH_HONORIFICS and low not in FOREIGN_HONORIFICS
        if not (extra or is_title_word(words[i], nxt, i > 0) or _compound_title(words[i], nxt)):
            break
        i += 1
    return i


def _compound_title(word: str, nxt: str) -> bool:
    """A rank written as hyphen-joined titles before a name ("Colonel-General", "Lieutenant-Colonel")."""
    parts = re.split(r"[-\u2010\u2011]", word)
    return (
        len(parts) > 1
        and nxt[:1].isupper()
        and all(p[:1].isupper() and anyascii(p).lower() in _ENGLISH_HONORIFICS for p in parts)
    )


def title_only(surface: str) -> bool:
    """The surface is only titles ("Engr.", "the Minister", "Sheikh"): never a name of its own."""
    s = " ".join(surface.split()).strip(_QUOTES + " ,;:")
    words = s.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and _title_run([*words, "X"]) >= len(words)  # as if a name followed


def clean_surface(surface: str) -> str:
    """Surface form without enclosing quotes, a leading "the" and a trailing possessive."""
    s = " ".join(surface.split()).strip(_QUOTES + " ,.;:")
    if s.lower().startswith("the "):
        s = s[4:].strip(_QUOTES + " ")
    s = _POSSESSIVE_RE.sub("", s) if len(s) > 3 else s
    return s.strip(_QUOTES + " ,.;:")


@dataclass(frozen=True)
class NameKey:
    """Normalised form of one name mention, ready for :func:`relation`."""

    tokens: tuple[str, ...]  # core tokens, lower-case ASCII, particles and designators removed
    designators: frozenset[str] = frozenset()  # unit designators (Force, Brigades, ...)
    modifiers: tuple[str, ...] = ()  # pre-head adjectives set aside (Velundian, Democratic)
    acronym: str = ""  # letters, when the surface is an acronym ("URGC")
    initials: str = ""  # initials of the long form ("URGC" for United Republican Guards Corps)
    honorific: bool = False  # the surface began with a title ("Hajj Rahim")
    label: str = ""
    head: int = -1  # index of the head token ("Republic" in "Democratic Republic of Velundia"); -1: the last
    particle_first: bool = False  # the first token carried an article ("al-Karmi"): not a given name
    initial_forms: frozenset[str] = frozenset()  # other initials an acronym may spell (function words kept, ...)
    surname_len: int = 1  # tokens of the last written word: 2 for a compound "Ebanga-Morel"
    generic: tuple[str, ...] = ()  # generic words dropped from an organisation ("news", "agency")
    state: str = ""  # the state head of a formal name ("emirate" in "Emirate of X"; tokens: X)
    model: str = ""  # a product's model number ("3" in "Lumiflex-3"; tokens: the stem)
    inverted: tuple[str, ...] = ()  # "Ministry of Health" written head last: ("health", "ministry")

    @property
    def empty(self) -> bool:
        return not self.tokens and not self.acronym


def _norm_token(tok: str) -> str:
    return re.sub(r"[^a-z0-9&']", "", anyascii(tok).lower()).strip("'")


_INITIALS_RE = re.compile(r"(?:[^\W\d_]\.){2,3}")
_MODEL_RE = re.compile(r"^(?P<stem>.*[^\W\d_])[-\u2010\u2011](?P<model>\d{1,4}[A-Za-z]?|[A-Z]\d{1,4})$")


def name_key(surface: str, label: str = "") -> NameKey:
    """Normalise a surface form (see module docstring)."""
    s = clean_surface(surface)
    m = _MODEL_RE.match(s) if label == "PRODUCT" else None
    if m:  # "Lumiflex-3": the stem's key with its model number apart
        stem = name_key(m.group("stem"), label)
        if not stem.empty:
            return replace(stem, model=m.group("model").lower())
    bare = s if label in ("ORG", "FAC") else strip_honorifics(s)
    honorific = bare != s
    if _ACRONYM_RE.match(bare) and 2 <= len(re.sub(r"[^A-Z]", "", anyascii(bare))) <= 8 and not _is_roman(bare):
        letters = re.sub(r"[^A-Z0-9]", "", anyascii(bare)).lower()
        return NameKey(tokens=(letters,), acronym=letters, honorific=honorific, label=label)
    raw_words = [w for w in re.split(r"[\s\u2013\u2014]+", bare) if w]
    parts: list[str] = []
    part_word: list[int] = []  # index of the written word each part comes from
    initials = []
    content_parts: list[str] = []  # the words the initials come from
    every: list[str] = []  # initials of all words, function words included
    by_word: list[str] = []  # one initial per written word ("Agence France-Presse" -> "af")
    particle_first = bool(raw_words) and bool(_PARTICLE_RE.match(raw_words[0]))
    for wi, w in enumerate(raw_words):
        if label == "PERSON" and _INITIALS_RE.fullmatch(w):
            w = "-".join(re.findall(r"[^\W\d_]", w))  # "B.R." is two initials, like "B. R."
        w = _ELISION_RE.sub("", _PARTICLE_RE.sub("", w))
        first = True
        for piece in re.split(r"[-\u2010\u2011/]", w):
            t = _norm_token(piece)
            if not t:
                continue
            if t not in _STOP and t not in _PARTICLE_WORDS:
                initials.append(t[0])
                content_parts.append(t)
                if first:
                    by_word.append(t[0])
                    first = False
            every.append(t[0])
            parts.append(t)
            part_word.append(wi)
    tokens: list[str] = []
    token_word: list[int] = []
    designators: set[str] = set()
    generic: list[str] = []
    head = -1
    of_words = ("of", "for") if label == "PERSON" else _OF_WORDS
    for t, wi in zip(parts, part_word, strict=True):
        if t in of_words and tokens and head < 0:
            head = len(tokens) - 1
        if t in SUFFIX_DESIGNATORS and t not in _STOP:
            generic.append(t)
            continue
        if t in _STOP or t in _PARTICLE_WORDS:
            continue
        if t in _GENERATIONAL and tokens:
            continue
        g = _GLOSS.get(t, t)
        if g in UNIT_DESIGNATORS and len(parts) > 1:
            designators.add(_singular(g))
            continue
        tokens.append(t)
        token_word.append(wi)
    if not tokens:  # a name made only of generic words: keep them as its core
        tokens = [t for t in parts if t not in _STOP and t not in _PARTICLE_WORDS]
        token_word = []
        designators = set()
        generic = []
        head = -1
    if label not in ("PERSON", "GPE", "LOC") and len(tokens) > 1 and tokens[-1] in TRAILING_GENERIC and token_word:
        generic.append(tokens.pop())  # "Fjord Watch International" is the body "Fjord Watch" writes
        token_word.pop()
    state = ""
    if head == 0 and len(tokens) > 1 and tokens[0] in STATE_HEADS and not designators:
        state = tokens.pop(0)  # "Emirate of X" is the state X
        token_word.pop(0)
        head = -1
    surname_len = token_word.count(token_word[-1]) if token_word else 1
    modifiers: list[str] = []
    if label != "PERSON" and len(tokens) > 1:
        while len(tokens) > 1 and head != 0 and _DEMONYM_RE.match(tokens[0]):
            modifiers.append(tokens.pop(0))
            head = head - 1 if head > 0 else head
        if len(tokens) == 1 and len(modifiers) == 1 and tokens[0] in STATE_HEADS and not state:
            state = tokens[0]  # "Russian Federation": the state of the demonym
    content = "".join(initials) if len(initials) >= 2 else ""
    forms = {"".join(every), "".join(by_word)} - {content}
    # an acronym may skip a generic word inside the name, never its last ("Fjord National News Agency": FNA)
    inner = [t[0] for n, t in enumerate(content_parts) if n == len(content_parts) - 1 or t not in _MEDIA_GENERIC]
    if len(inner) >= 3:
        forms.add("".join(inner))
    # a syllabic acronym takes two letters of its first word ("Varnel News Agency": VANA)
    if len(content_parts) >= 3 and len(content_parts[0]) >= 3 and content_parts[0][1].isalpha():
        forms.add(content_parts[0][:2] + "".join(t[0] for t in content_parts[1:]))
    forms.discard(content)
    inverted: tuple[str, ...] = ()
    if (
        label not in ("PERSON", "GPE", "LOC", "NORP")
        and head == 0
        and len(tokens) > 1
        and tokens[0] in _INVERTIBLE_HEADS
        and sum(t in ("of", "for") for t in parts) == 1
        and not (designators or generic or state or modifiers)
    ):
        inverted = (*tokens[1:], tokens[0])  # "Ministry of Health and Social Protection": "Health ... Ministry"
    return NameKey(
        inverted=inverted,
        tokens=tuple(tokens),
        designators=frozenset(designators),
        modifiers=tuple(modifiers),
        initials=content,
        honorific=honorific,
        label=label,
        head=head,
        particle_first=particle_first,
        initial_forms=frozenset(f for f in forms if len(f) >= 2),
        surname_len=min(surname_len, len(tokens)),
        generic=tuple(generic),
        state=state,
    )


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and word not in ("corps",) else word


def _is_roman(s: str) -> bool:
    return bool(re.fullmatch(r"[IVXLC]+", s))


def _demonym_of(a: str, b: str) -> bool:
    """True when one token is the other plus a demonym ending (Oman/Omani, Kenya/Kenyan)."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if not long_.startswith(short[:-1]):
        return False
    for stem in (short, short[:-1]):
        if long_.startswith(stem) and long_[len(stem) :] in ("i", "n", "an", "ian", "ese", "ish", "ans", "is", "ns"):
            return True
    return False


@lru_cache(maxsize=65536)
def skeleton(tok: str) -> str:
    """Consonant skeleton, doubled letters collapsed, a leading vowel kept as "v": Tammar -> tmr."""
    if not tok:
        return ""
    head = "v" if tok[0] in "aeiouy" else tok[0]
    rest = re.sub(r"[aeiouy]", "", tok[1:])
    return re.sub(r"(.)\1+", r"\1", head + rest)


def _final_consonant_variant(a: str, b: str) -> bool:
    """One name is the other plus a final consonant (Lukas/Lukasz); a final vowel marks gender."""
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(long_) == len(short) + 1 and long_.startswith(short) and long_[-1] not in "aeiouy"


@lru_cache(maxsize=65536)
def fold_translit(tok: str) -> str:
    """One romanised spelling of a name token: "ph" as "f", "q"/"ck" and a hard "c" as "k",
    "dj" as "j", "ee" as "i", "oo"/"ou" as "u", "y" as "i", a final "-ah" as "-a", doubled
    consonants single ("Josephine"/"Josefine", "Waheed"/"Wahid", "Coulibaly"/"Kulibaly", "Djamel"/"Jamel")."""
    t = tok.lower()
    t = t.replace("ph", "f").replace("dj", "j")
    t = re.sub(r"ck|q", "k", t)
    t = re.sub(r"c(?![eiyh])", "k", t)
    t = t.replace("ee", "i").replace("oo", "u").replace("ou", "u").replace("y", "i")
    t = re.sub(r"ah$", "a", t)
    return re.sub(r"([^aeiou])\1+", r"\1", t)


# Romanisations of Slavic and Central European letters (a closed set of grapheme equivalences):
# "-off"/"-ov" at the end, "sch"/"sh", "x"/"ks", "cz"/"ch", "w"/"v", "c"/"tz"/"ts"/"z" (the sound ts), "j"/"y"/"i".
_SLAVIC_RULES: tuple[tuple[str, str], ...] = (
    (r"(?<=[oe])ff$", "v"),  # the surname ending "-ov"/"-ev" written "-off"/"-eff" (French, older English)
    (r"sch", "sh"),
    (r"x", "ks"),
    (r"cz", "ch"),
    (r"ck", "k"),
    (r"w", "v"),
    (r"tz|ts|c(?!h)|(?<![sdk])z(?!h)", "\x00"),  # one letter for the sound ts, kept apart from "s"
    (r"j(?!i)", "y"),  # "Jarmila"/"Yarmila", "Jurij"/"Yuriy"; not "Jiang"/"Yang"
)
_SLAVIC_MIN = 5  # shorter tokens ("Jang"/"Yang", "Vang"/"Wang") are too many names to read so loosely


@lru_cache(maxsize=65536)
def slavic_fold(tok: str) -> str:
    """One spelling of a name token romanised from a Slavic or Central European language:
    "Alexandra"/"Aleksandra", "Dobratz"/"Dobrac"/"Dobrats", "Wladimir"/"Vladimir", "Jarmila"/"Yarmila",
    "Czeslaw"/"Cheslav", "Schmidt"/"Shmidt" (then folded as :func:`fold_translit` does)."""
    t = tok.lower()
    for pat, rep in _SLAVIC_RULES:
        t = re.sub(pat, rep, t)
    return fold_translit(t).replace("\x00", "ts")


@lru_cache(maxsize=65536)
def sibilant_fold(tok: str) -> str:
    """A (diacritic-free) name token with "sh", "ch" and "zh" read as "s", "c" and "z": the letters "š", "č" and
    "ž" are written both ways once the diacritic is dropped ("Novashek", "Novášek" and "Novasek" are one name)."""
    return re.sub(r"([scz])h", r"\1", tok.lower())


def _kh_variants(t: str) -> set[str]:
    return {re.sub(r"(.)\1+", r"\1", t.replace("kh", h)) for h in ("h", "k")}


@lru_cache(maxsize=65536)
def _plain_variants(tok: str) -> frozenset[str]:
    return frozenset(_kh_variants(fold_translit(tok)))


@lru_cache(maxsize=65536)
def translit_variants(tok: str) -> frozenset[str]:
    """Spellings of one romanised name token folded together (:func:`fold_translit`), "kh" (and "ch"
    inside a word) read as "h" or "k" and all doubled letters single ("Khalilova"/"Halilova", "Qadir"/"Kadir",
    "Gulnozah"/"Gulnoza", "Yunus"/"Younous"): one variant per reading of "kh"; a token of five
    letters or more also in its Slavic reading (:func:`slavic_fold`: "Aleksandra"/"Alexandra")."""
    if len(tok) < _SLAVIC_MIN:
        return _plain_variants(tok)
    out = _plain_variants(tok) | _kh_variants(slavic_fold(tok))
    inner = tok[:1] + re.sub(r"(?<!s)ch", "kh", tok[1:])  # "Varchov"/"Varkhov": "ch" inside a word as "kh" (German)
    if inner != tok:
        out |= _plain_variants(inner) | _kh_variants(slavic_fold(inner))
    return out


def _typo_apart(a: str, b: str) -> bool:
    """Tokens of five letters or more one edit apart: a typo when long (seven letters) or when the first and
    last letters agree, or one final consonant more (Lukas/Lukasz, not Daniel/Daniela); never one first letter
    for another ("Mardel"/"Vardel" are two names; a letter more before it romanises one: "Khristov"/"Hristov")."""
    if min(len(a), len(b)) < 5 or jellyfish.damerau_levenshtein_distance(a, b) > 1:
        return False
    if len(a) == len(b) and a[0] != b[0]:
        return False
    return min(len(a), len(b)) >= 7 or a[-1] == b[-1] or _final_consonant_variant(a, b)


@lru_cache(maxsize=262144)
def tok_sim(a: str, b: str) -> bool:
    """Two name tokens that may be the same word: equal, a typo apart, or a transliteration; never a
    surname and its feminine form (:func:`feminine_pair`)."""
    if a == b:
        return True
    if feminine_pair(a, b):
        return False
    if min(len(a), len(b)) >= 3 and (a == b + "s" or b == a + "s"):  # plural: Colt/Colts
        return True
    if min(len(a), len(b)) < 4 or not a.isalpha() or not b.isalpha():
        return False
    if _demonym_of(a, b):
        return False
    if _typo_apart(a, b):
        return True
    fa, fb = fold_translit(a), fold_translit(b)  # Marcourt/Markour: "c" as "k", then a final consonant dropped
    if (fa, fb) != (a, b) and _typo_apart(fa, fb):
        return True
    if _plain_variants(a) & _plain_variants(b):  # four letters suffice: Wahid/Waheed, Marc/Mark
        return True
    if min(len(a), len(b)) >= _SLAVIC_MIN and translit_variants(a) & translit_variants(b):  # Aleksandra/Alexandra
        return True
    if skeleton(a) == skeleton(b) and jellyfish.jaro_winkler_similarity(a, b) >= 0.85 and _short_vowels_ok(a, b):
        return True
    if a[0] == b[0] and min(len(a), len(b)) >= 5 and sibilant_fold(a) == sibilant_fold(b):  # Sashenko/Sasenko
        return True
    sa, sb = _slavic_stem(a), _slavic_stem(b)  # Petrović/Petrovich/Petrovitch: one patronymic ending
    if sa and sb and (sa == sb or bool(translit_variants(sa) & translit_variants(sb))):
        return True
    # Boubacar/Bubakari: the same once folded
    if min(len(fa), len(fb)) >= 5 and skeleton(fa) == skeleton(fb) and _close(fa, fb):
        return True
    # "kh" read as "k" (or "h") on one side and one vowel written otherwise: Vakhtor/Vaktar
    return any(
        min(len(x), len(y)) >= 5 and skeleton(x) == skeleton(y) and _close(x, y)
        for x in _plain_variants(a)
        for y in _plain_variants(b)
    )


# Slavic surname endings and their feminine forms: "-ov"/"-ova", "-ev"/"-eva", "-in"/"-ina", "-ski"/"-ska",
# "-sky"/"-skaya" (a closed set of inflections: the wife "Varnova" is not her husband "Varnov").
_FEMININE_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ov", "ova"),
    ("ev", "eva"),
    ("off", "ova"),
    ("eff", "eva"),
    ("in", "ina"),
    ("yn", "yna"),
    ("ski", "ska"),
    ("sky", "ska"),
    ("skiy", "skaya"),
    ("sky", "skaya"),
    ("cki", "cka"),
)


def feminine_pair(a: str, b: str) -> bool:
    """One token is a Slavic surname and the other its feminine form on the same stem ("varnov"/"varnova",
    "lisowski"/"lisowska"): two persons of one family, never one name's spellings."""
    for x, y in ((a, b), (b, a)):
        for masc, fem in _FEMININE_ENDINGS:
            if x.endswith(masc) and y.endswith(fem) and len(x) - len(masc) >= 3:
                if x[: len(x) - len(masc)] == y[: len(y) - len(fem)]:
                    return True
    return False


def _short_vowels_ok(a: str, b: str) -> bool:
    """Short tokens (under five letters) of one length that differ in vowels are one name only when the vowels
    are a pair romanisations swap (:data:`_VOWEL_SWAPS`: "Musa"/"Mosa"); "Mara"/"Mira", "Koss"/"Kess" are two
    names. Longer tokens and tokens of other lengths are left to the other rules."""
    if min(len(a), len(b)) >= 5 or len(a) != len(b):
        return True
    return _vowel_swaps(a, b)


# The South Slavic patronymic ending "-ić" as romanisations write it once the diacritic is dropped: "-ic",
# "-ich" (English), "-itch" (French), "-itsch" (German), "-icz" (Polish).
_SLAVIC_END_RE = re.compile(r"(?:itsch|itch|ich|icz|ic)$")


def _slavic_stem(tok: str) -> str:
    """The token without a Slavic patronymic ending, when a stem of four letters or more is left, else ""."""
    m = _SLAVIC_END_RE.search(tok)
    return tok[: m.start()] if m and m.start() >= 4 else ""


def _close(fa: str, fb: str) -> bool:
    """Folded spellings one vowel apart ("bubakar"/"bubakari"), the first letter shared."""
    if fa[0] != fb[0]:
        return False
    if len(fa) == len(fb):
        diff = [(x, y) for x, y in zip(fa, fb, strict=True) if x != y]
        return len(diff) == 1 and diff[0][0] in "aeiou" and diff[0][1] in "aeiou"
    short, long_ = sorted((fa, fb), key=len)
    return len(long_) == len(short) + 1 and any(
        long_[k] in "aeiou" and long_[:k] + long_[k + 1 :] == short for k in range(len(long_))
    )


VOWEL_VARIANT_MIN = 5  # shorter tokens share too many skeletons ("Mara"/"Mira") to read vowels loosely


def vowel_variant(a: str, b: str) -> bool:
    """Two spellings of one name romanised with other vowels ("Mustafa"/"Mostafa",
    "Hossein"/"Husayn"): the same first letter and consonant skeleton once folded, at least
    :data:`VOWEL_VARIANT_MIN` letters each, lengths at most one vowel apart and every other
    difference a vowel pair romanisations swap (u/o, a/e, e/i; never "Martin"/"Morton")."""
    if not (a.isalpha() and b.isalpha()) or min(len(a), len(b)) < VOWEL_VARIANT_MIN or _demonym_of(a, b):
        return False
    if feminine_pair(a, b):
        return False
    fa, fb = fold_translit(a), fold_translit(b)
    if fa[0] != fb[0] or skeleton(fa) != skeleton(fb):
        return False
    if len(fa) == len(fb):
        return _vowel_swaps(fa, fb)
    short, long_ = sorted((fa, fb), key=len)
    return len(long_) == len(short) + 1 and any(
        long_[k] in "aeiou" and _vowel_swaps(long_[:k] + long_[k + 1 :], short) for k in range(1, len(long_))
    )


# Vowels that romanisations of one Persian, Arabic or Turkic name write either way (u/o, a/e, e/i).
_VOWEL_SWAPS = frozenset({frozenset("uo"), frozenset("ae"), frozenset("ei")})


def _vowel_swaps(fa: str, fb: str) -> bool:
    """Equal-length spellings whose letters differ only by :data:`_VOWEL_SWAPS`."""
    return all(x == y or frozenset((x, y)) in _VOWEL_SWAPS for x, y in zip(fa, fb, strict=True))


def _vowels_apart(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    """Names of two or more tokens, pair by pair alike, where the tokens that are not
    :func:`tok_sim` differ only in vowels (:func:`vowel_variant`) and at least one token agrees:
    "Mustafa Rahimi"/"Mostafa Rahimi" (never one token alone: too loose for a bare surname)."""
    if len(ta) < 2:
        return False
    sims = [tok_sim(x, y) for x, y in zip(ta, tb, strict=True)]
    return any(sims) and all(s or vowel_variant(x, y) for s, x, y in zip(sims, ta, tb, strict=True))


def _consonant_tail_variant(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    """Full names whose given names match and whose surnames differ only by two or three consonants closing
    the longer one ("Kelemat"/"Kelematch", "Brenic"/"Brenicsz"): one surname romanised with and without the
    letters of its last sound. A vowel in the extra letters makes another name ("Jonas"/"Jonasson")."""
    if not all(tok_sim(x, y) for x, y in zip(ta[:-1], tb[:-1], strict=True)):
        return False
    short, long_ = sorted((ta[-1], tb[-1]), key=len)
    extra = long_[len(short) :]
    return (
        len(short) >= 5
        and 2 <= len(extra) <= 3
        and long_.startswith(short)
        and extra.isalpha()
        and not set(extra) & set("aeiouy")
    )


def loose_variant(a: NameKey, b: NameKey) -> bool:
    """Two full names of one length whose first and last tokens match and whose other tokens
    share their folded consonants ("Karim Osman Haddad"/"Karim Usman Haddad"): spellings of one
    name, to be trusted only when something else (a shorter form fitting both) links them."""
    ta, tb = a.tokens, b.tokens
    if len(ta) != len(tb) or len(ta) < 3 or a.acronym or b.acronym:
        return False
    if not (tok_sim(ta[0], tb[0]) and tok_sim(ta[-1], tb[-1])):
        return False
    return all(
        tok_sim(x, y) or (len(x) > 2 and len(y) > 2 and skeleton(fold_translit(x)) == skeleton(fold_translit(y)))
        for x, y in zip(ta[1:-1], tb[1:-1], strict=True)
    )


def name_score(a: NameKey, b: NameKey) -> float:
    """Spelling closeness of two names (1.0 = identical core tokens), to rank candidates."""
    x, y = " ".join(a.tokens), " ".join(b.tokens)
    return 1.0 if x == y else jellyfish.jaro_winkler_similarity(x, y)


def _subsequence(short: tuple[str, ...], long_: tuple[str, ...], initials: bool = False) -> list[int] | None:
    """Positions in ``long_`` matched in order by the tokens of ``short``, or None; ``initials``: an
    initial of ``short`` (not its last token) may stand for a given name of ``long_`` (:func:`initial_of`)."""
    pos: list[int] = []
    j = 0
    for n, t in enumerate(short):
        loose = initials and n < len(short) - 1
        while j < len(long_) and not (tok_sim(t, long_[j]) or (loose and initial_of(t, long_[j]))):
            j += 1
        if j == len(long_):
            return None
        pos.append(j)
        j += 1
    return pos


def initial_of(x: str, y: str) -> bool:
    """``x`` is a one-letter initial of the name ``y``: its first letter, in any romanisation of it ("Y." for
    "Jorik", romanised "Yorik" too)."""
    if len(x) != 1 or not x.isalpha() or len(y) < 2 or not y.isalpha():
        return False
    firsts = {y[0], *(v[:1] for v in translit_variants(y))}
    return x in firsts or fold_translit(x) in firsts


def _initialled(ta: tuple[str, ...], tb: tuple[str, ...]) -> str:
    """Persons' names of one length, the surnames alike, where one writes initials for the other's given
    names ("B. Varnak"/"Boris Varnak", "J.R. Doe"/"Jane Rita Doe"): the initialled name is a part of the full
    one ("a<b" or "b<a"), so that two persons sharing an initial and a surname never make one; "" otherwise."""
    if len(ta) < 2 or len(ta[-1]) < 3 or not tok_sim(ta[-1], tb[-1]):
        return ""
    a_ini = b_ini = False
    for x, y in zip(ta[:-1], tb[:-1], strict=True):
        if tok_sim(x, y):
            continue
        if initial_of(x, y):
            a_ini = True
        elif initial_of(y, x):
            b_ini = True
        else:
            return ""
    if a_ini == b_ini:
        return ""
    return "a<b" if a_ini else "b<a"


def _squash_sim(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Names split differently: "Saif ad-Din al-Karmi" vs "Seifeddin al-Karmi"."""
    x, y = "".join(a), "".join(b)
    if len(x) < 8 or len(y) < 8 or x == y:
        return x == y
    return skeleton(x) == skeleton(y) and jellyfish.jaro_winkler_similarity(x, y) >= 0.85


def _split_alike(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    """Tokens pair up with the same consonants each, so the names are split alike and the tokens that are
    not :func:`tok_sim` differ only in their vowels, which the token comparison has already judged:
    "Martin Hollis"/"Morton Hollis" are two men, not one name squashed two ways (for persons only:
    "Gulf of Eden" is a typo of "Gulf of Aden")."""
    return all(tok_sim(x, y) or skeleton(x) == skeleton(y) for x, y in zip(ta, tb, strict=True))


def _modifiers_conflict(a: NameKey, b: NameKey) -> bool:
    """Both names carry a demonym and none agree ("Brazilian ..." vs "Velundian ...")."""
    da = [m for m in a.modifiers if not m.endswith("ic")]
    db = [m for m in b.modifiers if not m.endswith("ic")]
    if not da or not db:
        return False
    return not any(tok_sim(x, y) for x in da for y in db)


def _designators_ok(a: NameKey, b: NameKey) -> bool:
    if a.designators and b.designators:
        return bool(a.designators & b.designators)
    if a.designators or b.designators:  # one side drops its unit word: only for longer names
        # ("Civic Dawn" / "Civic Dawn Party": an adjective in "-ic" the key sets aside is a word of the
        # name; a nationality is not: "Varnelian Authority" is not "Varnelian Authority Forces")
        return min(len(a.tokens) + _ic_words(a), len(b.tokens) + _ic_words(b)) >= 2
    return True


def _ic_words(k: NameKey) -> int:
    return sum(m.endswith("ic") for m in k.modifiers)


# Head nouns of public bodies whose name is written both "HEAD of X" and "X HEAD" ("Ministry of Health" /
# "Health Ministry", "Department of Justice" / "Justice Department"): a closed class.
_INVERTIBLE_HEADS = frozenset(
    "ministry department office bureau directorate agency inspectorate secretariat court university institute "
    "commission".split()
)


@lru_cache(maxsize=1 << 18)
def relation(a: NameKey, b: NameKey, *, first_names: bool = True) -> str:
    """How name ``a`` relates to ``b``: "same", "a<b" (a is a part of b), "b<a", or "" (no match).

    ``first_names``: allow a lone given name ("Hisham", "Hajj Rahim") to be part of a full name;
    sensible inside one article only. A body's "HEAD of X" name (one "of", no other qualifier) is also
    read head last, as "X HEAD" ("Ministry of Health and Social Protection" holds "Health Ministry").
    Pure in its arguments, so cached: provenance asks the same pairs again for every cluster.
    """
    r = _relation(a, b, first_names)
    if r or a.inverted == b.inverted:
        return r
    if a.inverted and not b.inverted and b.head < 0 and len(b.tokens) > 1:
        return _relation(replace(a, tokens=a.inverted, head=-1, inverted=()), b, first_names)
    if b.inverted and not a.inverted and a.head < 0 and len(a.tokens) > 1:
        return _relation(a, replace(b, tokens=b.inverted, head=-1, inverted=()), first_names)
    return r


def _relation(a: NameKey, b: NameKey, first_names: bool) -> str:
    if a.empty or b.empty:
        return ""
    da, db = division_word(a), division_word(b)
    if da and db and da != db:
        return ""  # "Varnel Province" / "Varnel District": two divisions
    if bool(da) != bool(db):  # "Varnel" / "Varnel Province": the place and the place with its division word
        if (b if da else a).label == "PERSON":
            return ""  # a lone word tagged as a person may be the surname of someone named after the place
        bare = relation(_drop_division(a) if da else a, _drop_division(b) if db else b, first_names=first_names)
        return bare if bare == "same" else ""  # never a part of a body named after the place ("Radio Varnel")
    if a.model or b.model:
        return _model_relation(a, b, first_names)
    if a.state or b.state:
        r = _state_relation(a, b, first_names)
        if r is not None:
            return r
    if a.acronym or b.acronym:
        if a.acronym and b.acronym:
            return "same" if a.acronym == b.acronym else ""
        if (a.acronym and b.tokens == (a.acronym,)) or (b.acronym and a.tokens == (b.acronym,)):
            return "same"  # a name written in capitals: COLTS
        shortest = 2 if first_names else 3
        if a.acronym and len(a.acronym) >= shortest and _spells(a.acronym, b):
            return "a<b"
        if b.acronym and len(b.acronym) >= shortest and _spells(b.acronym, a):
            return "b<a"
        return ""
    if _modifiers_conflict(a, b) or not _designators_ok(a, b) or _generic_conflict(a, b):
        return ""
    ta, tb = a.tokens, b.tokens
    persons = "PERSON" in (a.label, b.label) and not {a.label, b.label} - {"PERSON", ""}
    if len(ta) == len(tb):
        if all(tok_sim(x, y) for x, y in zip(ta, tb, strict=True)):
            return "same"
        if persons and (by_initials := _initialled(ta, tb)):
            return by_initials
        if _vowels_apart(ta, tb):
            return "same"
        if persons and len(ta) > 1 and _consonant_tail_variant(ta, tb):
            return "same"
        person = "PERSON" in (a.label, b.label)  # near given names are two people; a place's typo is the place
        return "same" if len(ta) > 1 and _squash_sim(ta, tb) and not (person and _split_alike(ta, tb)) else ""
    if _squash_sim(ta, tb) and min(len(ta), len(tb)) > 1:
        return "same"
    short, long_, rel = (a, b, "a<b") if len(ta) < len(tb) else (b, a, "b<a")
    pos = _subsequence(short.tokens, long_.tokens, initials=persons)
    if pos is None:
        return ""
    if short.honorific and (long_.designators or long_.label in ("ORG", "FAC", "GPE")):
        return ""  # a titled name is a person's
    last = long_.head if long_.head >= 0 else len(long_.tokens) - 1
    if last in pos and (long_.head >= 0 or pos[-1] == last):  # keeps the surname / head noun
        if short.label == "PERSON" or long_.label == "PERSON":
            # a surname alone, or given names that agree ("Reza Tavani" < "Sayyed Reza Jafari Tavani")
            if len(short.tokens) > 1 and any(len(t) > 2 for t in long_.tokens[: pos[0]]):
                if not _surname_tail(short, long_, pos):
                    return ""  # given names must agree; leading initials may be dropped
        return rel
    if first_names and pos == [0] and len(short.tokens) == 1 and not long_.designators and not short.particle_first:
        if short.honorific or (short.label == "PERSON" and long_.label in ("PERSON", "")):
            return rel
    return ""


# Administrative division words written after a place's name ("Varnel Province", "Osk county"): a closed
# class. "State" is left out: it ends too many names of other kinds ("Ohio State").
PLACE_DIVISIONS = frozenset(
    "province region county district governorate prefecture oblast krai raion canton voivodeship "
    "municipality territory".split()
)


def division_word(k: NameKey) -> str:
    """The division word a place's name ends with ("province" in "Varnel Province"), or "": the name is not
    a person's nor an acronym, and the word follows a capitalised name of one or two tokens."""
    if k.acronym or k.label == "PERSON" or k.model or k.state or k.designators or k.generic or k.head >= 0:
        return ""
    if len(k.tokens) not in (2, 3) or k.tokens[-1] not in PLACE_DIVISIONS or k.tokens[-2] in PLACE_DIVISIONS:
        return ""
    return k.tokens[-1]


def _drop_division(k: NameKey) -> NameKey:
    tokens = k.tokens[:-1]
    initials = k.initials[:-1] if len(k.initials) > 2 else ""
    return replace(k, tokens=tokens, initials=initials, initial_forms=frozenset(), surname_len=1)


def _model_relation(a: NameKey, b: NameKey, first_names: bool) -> str:
    """Product names: different model numbers are different products ("X-3"/"X-5"); the bare
    stem is a part of a model's name ("Lumiflex" < "Lumiflex-3")."""
    if a.model and b.model and a.model != b.model:
        return ""
    r = relation(replace(a, model=""), replace(b, model=""), first_names=first_names)
    if r == "same" and a.model != b.model:
        return "b<a" if a.model else "a<b"
    return r


_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})


def place_like(key: NameKey) -> bool:
    """The key names a place or a people: so tagged, or a state's formal name ("Emirate of X")."""
    return bool(key.state) or key.label in _PLACE_LABELS


def _generic_conflict(a: NameKey, b: NameKey) -> bool:
    """Generic words are dropped to match variants of one body only ("Reuters News Agency"/
    "Reuters"), never to make an organisation its place ("X News Agency" is not the country X)
    nor two bodies one ("X News Agency"/"X Group")."""
    ga, gb = set(a.generic) - TRAILING_GENERIC, set(b.generic) - TRAILING_GENERIC
    if ga and gb:
        return (ga <= _MEDIA_GENERIC) != (gb <= _MEDIA_GENERIC)
    if a.generic or b.generic:
        other = b if a.generic else a
        return place_like(other)
    return False


def _state_relation(a: NameKey, b: NameKey, first_names: bool) -> str | None:
    """A state's formal name and the state: "Russian Federation" is "Russia"; a bare "Emirate"
    is part of "Emirate of X" (inside one article). None: no rule applies."""
    for x, y, rel in ((a, b, "a<b"), (b, a, "b<a")):
        if not y.state:
            continue
        if len(y.tokens) == 1 and y.tokens == (y.state,) and len(y.modifiers) == 1:
            if len(x.tokens) == 1 and not x.acronym and _demonym_of(x.tokens[0], y.modifiers[0]):
                return "same"
        if first_names and x.tokens == (y.state,) and not x.modifiers and not x.state and y.tokens != (y.state,):
            return rel
    return None


def _spells(acronym: str, key: NameKey) -> bool:
    """The acronym spells the long form's initials (content words, all words, or one per word)."""
    return bool(key.initials) and (acronym == key.initials or acronym in key.initial_forms)


def _surname_tail(short: NameKey, long_: NameKey, pos: list[int]) -> bool:
    """A multi-token short name that is the whole surname of the long one: a compound written
    as one word ("Ebanga-Morel"), the long name's own compound surname, or a titled short form
    ("Mr Ebanga Morel") after one given name, always the last tokens of the long name (so a
    father "Sheikh Hamad Al Thani" is not the son "Tamim bin Hamad Al Thani")."""
    n, m = len(short.tokens), len(long_.tokens)
    if long_.head >= 0 or pos != list(range(m - n, m)):
        return False
    return short.surname_len >= n or long_.surname_len >= n or (short.honorific and m == n + 1)


def blocking_keys(key: NameKey) -> set[str]:
    """Cheap keys so that only plausible pairs are compared (never all pairs)."""
    out: set[str] = set()
    if key.acronym:
        out.add("A:" + key.acronym)
        return out
    if key.initials and len(key.initials) >= 2:
        out.add("A:" + key.initials)
        out.update("A:" + f for f in key.initial_forms)
    if len(key.tokens) == 1 and 2 <= len(key.tokens[0]) <= 8:  # "FPB News", "Nato": one word an acronym may be
        out.add("A:" + key.tokens[0])
    for t in key.tokens[-1:] + key.tokens[:1]:
        out.add("P:" + skeleton(t)[:4])
        out.add("K:" + "".join(sorted(set(t))))
        if t.isalpha():  # transliteration variants block together ("Khalilova"/"Halilova", "Novashek"/"Novasek")
            out.update("P:" + skeleton(v)[:4] for v in translit_variants(t))
            out.add("P:" + skeleton(sibilant_fold(t))[:4])
    if len(key.tokens) > 1:
        out.add("S:" + skeleton("".join(key.tokens))[:5])
    return out
