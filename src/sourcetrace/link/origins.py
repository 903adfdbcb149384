"""Where each claim of a cluster comes from, and how many independent roots the cluster has.

A claim's **path** runs from its root source to the page (earliest first):

    speaker -> first carrier (the agency that ran the interview) -> intermediaries -> outlet -> republisher

read from the claim itself: its quote (speaker, ``via`` chain), its ``origin`` (set by
``analyze.claims``, which carries attribution over to an adjacent unattributed figure), the
citations inside its span ("..., X reported", "citing an interview given to Y"), the
article's republication source ("originally published by X", "Source: X"), the speaker's
affiliation ("Commission chairwoman J. Doe", "J. Doe, the party's secretary", "the head of the
mission, J. Doe") and the carriers that the speaker's words reached in the cluster's articles.

Its **root** is its earliest known node: the speaker, else the first carrier (a report by an
agency that names no one), else, for a claim in the outlet's own voice, the outlet and what its
article says it relies on (the outlets it cites, the one it republishes): an unattributed
statement is no more independent than its sources. An unnamed person speaking for a body ("a
ministry spokesman", "officials at the commission") roots the claim in that body as the article
names it (else as the article's quoted institution with that head noun), and in the outlet that
heard them when no carrier is named.

**Names** are canonicalised before they are compared, by the rules the entity resolver uses
(:mod:`.names`): a surname, given name or acronym resolves to the fuller name nearest it in its
article, a name cut short ("Fjord Radio") to the one organisation the article names in full with
those opening words ("Fjord Radio and Television"), a name written in lower case after its owner
("Varnel's national heritage board") to that name; a body described without its name ("the
commission", "the ports ministry") resolves to the named organisation with that head noun, or, when
its head only says what kind of body it is ("the rights group"), to one whose name holds its other
words ("Varnel Rights Monitor"); people of a body ("Organisers from the banned X Front (XF)") speak
for it, and a role written before a name ("Harbour Minister Dr J. Doe") ties the person to it; across
articles, names match by :func:`names.relation` ("OEI" and "Office Émeraude d'Information" are
one; "Jane Doe" and "John Doe" are two), and a partial name joins a fuller one only when exactly one fits.
An acronym the article defines in brackets ("the Federation of X Miners (SGT)") is that name whatever
letters it spells; a description set beside a name ("The company, Fjord Freight Lines, said") is that
name; a minister with no portfolio named speaks for the ministry; a claim relaying a body's words
("asked about the company's statement that ...") has that body on its path. A claim that opens with
its own subject and a verb of saying ("The Varnel foreign ministry accused ...", "Witnesses insist ...")
is rooted in that subject when the speaker attributed to it was named outside its sentence and cannot
be it (another name, another kind of body, a paper the article cites), and so is a claim attributed to
no one whose subject is a named body with a verb of saying ("The X Port Authority has already accused
...", never a passive: "The losses of X are estimated ..."); a speaker cut before the body it
owns ("according to Varnel['s interior ministry]") is that body; a description written right before a
name ("the Brisk company Fjord Freight Ltd") names it for the rest of the article, whether or not the
entity recogniser found the name, and in the story's other articles that name no such body ("the
operator, Fjord Freight Ltd" in one, "the operator" in another), when only one name is so described; a
group of people is one source whatever its quantifier ("Several witnesses", "Some witnesses"), and
people who speak as themselves ("witnesses", "residents", not "officials", who speak for a body) are
a source wherever the story credits them ("..., according to witnesses"). An unattributed claim whose
subject is a body or the records it keeps ("The museum's inventory lists ...", "Witnesses put the toll
at ...") or a body urging others ("The bureau urged both sides to ...") is that body's (those people's)
word, not the outlet's own; a claim about a body's own statement ("The bureau will no doubt issue its
usual statement calling for ...") has that body on its path. A one-word name the article writes as the
owner of a ministry, government, army or minister ("Varnel's interior ministry", "Varnel's Foreign
Minister J. Doe") is a state: as a speaker ("Varnel shut its ports, saying ...") it is never a body
named after it ("the Varnel Port Authority"), and it speaks through those organs and officials; its
authorities ("Authorities in Varnel", "Varnel's government") are the state itself, and an organ written as
its own ("Varnel's harbour ministry") speaks for it. A person's words that reached a carrier are also the
words of the bodies they speak for ("Harbour Minister J. Doe told Fjord Radio": the harbour ministry's
words reached Fjord Radio). A crowd ("Witnesses said ...") and the one of it the story names, placed in it
by their own article ("J. Doe, who witnessed the collapse", "Mrs Doe survived"), are one source. A piece of
work given as the speaker is the body that made it ("A preliminary review by the Varnel Institute found ...");
a member of a body's governing organ speaks for the body ("the Chairman of the Management Board of the X
Authority, J. Doe"); a bare role ("according to the Chairman, J. Doe") is the person named, never a carrier.
A part of a body named with "of" ("the Regional Office of the Varnel Institute", "The commission of the
Ministry of Ports found ...") speaks for that body, and a description may hold all of a name's words ("the
labour ministry" for "Ministry of Labour"). The organs and officials of two states are never one source
however alike their words ("Varnel's energy ministry", "the Tarlandian Minister of Energy J. Doe"); an organ
keeps its state when its article names no such body; a state's minister of a portfolio speaks for its
ministry of that portfolio ("The Minister of Energy of Varnel Jon Berg" for "the energy ministry of
Varnel", whether the speaker is the whole title or the name written after it), and a title written
with its portfolio names the person at its end (Jon Berg).

**Counting**: two members depend on each other when the root of one lies on the path of the
other (the same speaker, a relay, one reporting the other, a speaker and the body they speak
for), when they came through the same first carrier (one interview, told by one agency), or when
they share a passage of ``SHINGLE`` words (copied text). An outlet's own-voice statement joins the
sources its outlet carries, but never bridges two of them that are otherwise independent (it relies
on one; it proves nothing about the other). A member that does not tell the claim is no origin of
it: a source keeping something back ("It did not give a number for those still trapped") or a claim
that takes it as known in a participle before a name ("a march called by the banned X Front" beside
"The X Front was banned in 2017"). The independent origins are the
connected groups, each shown by its name written out in full where one is known (never an
acronym or a description when the full name is known). Everything is indexed by node and by
word shingle, never compared member against member.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from ..analyze.claims import INSTITUTION_HEADS, is_institution, is_named
from ..analyze.mentions import is_title_word
from ..analyze.numbers import CARDINALS, SCALE_WORDS, TENS
from ..model import ArticleAnalysis, Citation, Claim, Mention, Quote
from .claim_features import TOKEN
from .deeds import is_past
from .names import NameKey, blocking_keys, name_key, relation, tok_sim

EntityLookup = Callable[[str, int | None, int | None, str | None], str | None]

__all__ = ["Member", "member_paths", "group_members", "outlet_of", "SHINGLE"]

SHINGLE = 8  # words in a row that reveal a copied passage
PLACES = ("GPE", "LOC")
# Role nouns that tie a person to the body they speak for (a closed class).
ROLE_WORDS = frozenset(
    """
    chairman chairwoman chairperson chair president vice secretary spokesman spokeswoman spokesperson
    minister director head chief leader commissioner official officer governor mayor executive manager
    adviser advisor ambassador envoy coordinator founder member representative deputy general national
    senior acting interim commander
    """.split()
)
# Ranks written with a role ("Lieutenant Commander", "Rear-Admiral"): part of the title, never a body.
RANK_WORDS = frozenset("admiral rear lieutenant captain colonel brigadier sergeant marshal major".split())
_ROLE_CORE = ROLE_WORDS - {"deputy", "general", "national", "senior", "acting", "interim", "vice", "member"}
ROLE_WORDS |= RANK_WORDS
# Words after an organisation's own name that do not change which organisation it is.
GENERIC_ORG_WORDS = INSTITUTION_HEADS | frozenset(
    """
    branch office bureau desk website site channel service wing arm mission unit division section
    news times post herald journal gazette chronicle courier tribune observer daily weekly review
    """.split()
)
_CAP_WORD = r"[A-Z\u00c0-\u00de][\w'\u2019&.-]*"
# Nouns for people who speak as members of a body ("observers from X", "officials at X").
MEMBER_NOUNS = frozenset(
    "observers observer monitors members staff workers delegates officials official sources source "
    "representatives experts inspectors investigators researchers spokespeople organisers organizers organiser "
    "organizer activists".split()
)
# People who speak as a group without a name ("Witnesses insist ...", "Several residents said ...").
PEOPLE_NOUNS = MEMBER_NOUNS | frozenset(
    "survivors witnesses eyewitnesses residents passengers relatives families victims doctors nurses rescuers "
    "villagers locals neighbours neighbors protesters demonstrators analysts diplomats people parents".split()
)
# People who speak as themselves, not for a body: one source wherever the story quotes them.
CROWD_NOUNS = PEOPLE_NOUNS - MEMBER_NOUNS - {"analysts", "diplomats"}
# "Organisers from the banned X Front (XF)": lower-case words may describe the body before its
# name, and its acronym may follow it.
_MEMBERS_OF = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+){0,2}(?P<who>[A-Za-z]+)\s+(?:from|of|at|with|for|in)\s+"
    rf"(?:the\s+)?(?:[a-z][a-z-]+\s+){{0,2}}?(?P<org>{_CAP_WORD}(?:\s+(?:of|for|and|{_CAP_WORD}))*)"
    r"(?:\s+\([A-Z][\w&.-]*\))?$"
)
# Head nouns that say only what kind of body a description is ("the rights group"): such a head
# fits any named organisation whose name holds the description's other words.
KIND_HEADS = frozenset("group organisation organization body outfit".split())
# Citation cues saying the whole article comes from another publisher.
REPUBLISH_CUES = frozenset(
    {"published by", "source line", "originally published by", "republished from", "dateline"}  # "CITY (XYZ) -"
)
# Citation cues naming who carried a person's words ("told X", "in an interview with X"): they
# attribute that person's words, never the outlet's own statements next to them.
SPOKEN_CUES = frozenset(
    {
        "told",
        "spoke to",
        "interview",
        "in an interview with",
        "interview given to",
        "revealed to",
        "announced to",
        "said to",
    }
)
_ORG_PHRASE = rf"(?:the\s+)?(?P<org>{_CAP_WORD}(?:\s+(?:of|for|and|the|{_CAP_WORD}))*)"
_ROLE = r"(?P<role>(?i:[a-z]+(?:-[a-z]+)?))"
_AFTER = (
    # "J. Doe, the party's national secretary" / "J. Doe, a spokeswoman for the ministry" / "J. Doe of the Front"
    re.compile(rf"^,\s+(?:the\s+|a\s+|an\s+)?{_ORG_PHRASE}['\u2019]s?\s+(?:[a-z]+\s+){{0,3}}?{_ROLE}\b"),
    # "J. Doe, head of gas research at the analysts' group X Monitor": the body is the one after "at", not the field
    re.compile(
        r"^,\s+(?:the\s+|a\s+|an\s+)?(?:(?i:[a-z]+)\s+){0,3}?" + _ROLE + r"\s+(?:of|for)\s+(?:[a-z][a-z-]*\s+){1,3}?"
        rf"(?:at|with)\s+(?:the\s+|an?\s+)?(?:[a-z][a-z'\u2019-]*\s+){{0,3}}?(?P<org>{_CAP_WORD}(?:\s+(?:of|for|and|{_CAP_WORD}))*)"
    ),
    re.compile(
        r"^,\s+(?:the\s+|a\s+|an\s+)?(?:(?i:[a-z]+)\s+){0,3}?" + _ROLE + r"\s+(?:of|for|at|to)\s+"
        rf"(?:the\s+)?(?P<org>{_CAP_WORD}(?:\s+(?:of|for|and|{_CAP_WORD}))*|[a-z]+(?:\s+[a-z]+)?)"
    ),
    re.compile(rf"^\s+of\s+{_ORG_PHRASE}"),
)
# "the head of the mission, J. Doe" / "The Director-General of the KPA, Engr. J. Doe"
_BEFORE = re.compile(
    r"(?:the\s+|a\s+|an\s+|its\s+)?" + _ROLE + r"\s+(?:of|for|at)\s+(?:the\s+)?"
    rf"(?P<org>{_CAP_WORD}(?:\s+(?:{_CAP_WORD}|[a-z]+)){{0,4}}?|[a-z]+(?:\s+[a-z]+)?)(?:\s+\([A-Z][\w&.-]*\))?,\s+$"
)
# A body's governing organ ("the Management Board of the X Operator"): its members speak for the body itself.
ORGAN_HEADS = frozenset("board council committee presidium secretariat directorate".split())
_ORGAN_OF = re.compile(
    r"(?:the\s+|a\s+|an\s+)?"
    + _ROLE
    + r"\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?P<organ>(?i:"
    + "|".join(sorted(ORGAN_HEADS))
    + rf"))\s+(?:of|for)\s+(?:the\s+)?(?P<org>{_CAP_WORD}(?:\s+(?:of|for|and|the|{_CAP_WORD})){{0,7}}?)"
    r"(?:\s+\([A-Z][\w&.-]*\))?,\s+$"
)


def _is_role(word: str, words: frozenset[str] = ROLE_WORDS) -> bool:
    """A role noun, whatever its case or hyphenation: "Chief", "director-general"."""
    parts = re.sub(r"['\u2019]s$", "", word.strip(",.")).lower().split("-")
    return any(p in words for p in parts) and all(p in ROLE_WORDS for p in parts)


def outlet_of(pa: ArticleAnalysis) -> str:
    return pa.article.outlet or f"article:{pa.article.id}"


def _display(name: str) -> str:
    return " ".join(name.split()).strip(" ,.;:\"'\u201c\u201d")


def _plain(name: str) -> str:
    return re.sub(r"^the\s+", "", _display(name), flags=re.I)


_QUANTIFIERS = frozenset("several some many most other few numerous dozens hundreds various".split())


def _core(name: str) -> str:
    """A name without the descriptors written before it: "the state-run X Agency" -> "X Agency"; a
    group of people without its quantifier: "Several witnesses" -> "witnesses"; a body's name written in
    lower case after its owner: "Varnel's national heritage board" -> "Varnel National Heritage Board"."""
    plain = _plain(name)
    words = plain.split()
    while len(words) > 1 and words[0].lower() in _QUANTIFIERS:
        words.pop(0)
    if len(words) < len(plain.split()) or (words and words[0].lower() in PEOPLE_NOUNS):
        if words[-1].lower() in PEOPLE_NOUNS and all(w.islower() for w in words[1:]):
            return " ".join(words).lower()
    if not is_named(plain):
        return plain
    owned = re.fullmatch(r"([A-Z][\w-]*)['\u2019]s\s+((?:[A-Za-z][\w-]*\s+){1,3}([A-Za-z][\w-]*))", plain)
    if owned and owned.group(3).lower() in INSTITUTION_HEADS:  # "Varnel's national heritage board", whatever its case
        return " ".join([owned.group(1), *(w[:1].upper() + w[1:] for w in owned.group(2).split())])
    words = plain.split()
    while len(words) > 1 and re.fullmatch(r"[a-z][a-z-]*", words[0]):
        words.pop(0)
    return " ".join(words)


def split_title(surface: str) -> tuple[str, str]:
    """("Commission chairwoman", "Jane Doe") from "Commission chairwoman Jane Doe": a role
    phrase written before a person's name, and the name."""
    words = _display(surface).split()
    last = max((i for i, w in enumerate(words) if _is_role(w, _ROLE_CORE)), default=-1)
    if 0 <= last < len(words) - 1 and all(w[:1].isupper() for w in words[last + 1 :]):
        return " ".join(words[: last + 1]), " ".join(words[last + 1 :])
    return "", _display(surface)


def _org_of_title(title: str) -> str | None:
    """The body a role phrase names: "Commission chairwoman" -> "Commission", "Ports minister"
    -> "Ports ministry", "MWF general secretary" -> "MWF", "The PHRA director-general" -> "PHRA",
    "Velmora's chief executive" -> "Velmora", "the ports authority's director" -> "ports authority";
    a minister with no portfolio named ("Minister J. Doe") speaks for the ministry the article tells of."""
    words = title.split()
    core = [w for w in words if not _is_role(w) and w.lower() not in {"a", "an", "the", "its", "their"}]
    core = [re.sub(r"['\u2019]s?$", "", w) for w in core]
    if not core and any(w.lower() == "minister" for w in words):
        return "the ministry"
    if not core or not (any(w[:1].isupper() for w in core) or core[-1].lower() in INSTITUTION_HEADS):
        return None
    org = " ".join(core)
    return f"{org} ministry" if any(w.lower() == "minister" for w in words) else org


# ------------------------------------------------------------------ names in one article


@dataclass(frozen=True)
class _Named:
    start: int
    text: str
    label: str
    defines: str = ""  # the acronym the article defines for it: "Federation of X Miners (FXM)"
    described: str = ""  # the description set before it: "company" in "The company, Fjord Freight Ltd, said"


_DEFINES = re.compile(r"\s*\(\s*(?:the\s+)?([A-Z][A-Za-z]*[A-Z][A-Z0-9&.-]*)\s*\)")
# "The company, Fjord Freight Ltd, did not respond": a description and the name set beside it.
_APPOSED = re.compile(r"(?:^|(?<=[\s(\"\u201c]))(?i:the|its|their)\s+(?P<desc>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*),\s+$")


# "the Brisk company Fjord Freight Ltd", "run by Varnel firm Fjord Freight": a common noun written
# right before a name says what it is, whether or not the entity recogniser found the name.
_PREMODIFIED = re.compile(
    r"(?:\b(?i:the|its|their)\s+(?:[A-Za-z][\w-]*\s+)?|(?<=\s)[A-Z][\w-]*\s+)(?P<desc>[a-z]+)\s+"
    rf"(?P<name>{_CAP_WORD}(?:[ \t]+(?:of|for|and|{_CAP_WORD}))*)"  # a name never runs across a line
)
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)


def _premodified(text: str, people: Sequence[tuple[int, int]] = ()) -> list[_Named]:
    """Names that a description is written right before: "the Brisk company Fjord Freight Ltd"; never a
    person's name (``people``: the spans the entity recogniser tags as persons), as in "the head of the
    bureau Jane Doe"."""
    out = []
    for m in _PREMODIFIED.finditer(text):
        name = re.sub(r"\s+(?:of|for|and)$", "", m.group("name")).rstrip(".,")
        if any(a <= m.start("name") < b for a, b in people):
            continue
        if m.group("desc") in INSTITUTION_HEADS | KIND_HEADS and name.split()[0].lower() not in _CALENDAR:
            out.append(_Named(m.start("name"), name, "ORG", "", m.group("desc")))
    return out


def _article_names(pa: ArticleAnalysis) -> list[_Named]:
    """Names an article gives in full: its entity mentions (with the acronym the article defines
    right after one, in brackets), quote speakers and cited sources."""
    text = pa.article.text

    def defines(m: Mention) -> str:
        return d.group(1) if m.label in ("ORG", "FAC") and (d := _DEFINES.match(text, m.end)) else ""

    def described(m: Mention) -> str:
        a = _APPOSED.search(text, max(0, m.start - 60), m.start) if m.label in ("ORG", "FAC") else None
        if not a or a.group("desc").split()[-1] not in INSTITUTION_HEADS | KIND_HEADS:
            return ""
        return a.group("desc") if re.match(r"\s*(?:[,.;]|\()", text[m.end : m.end + 2]) else ""

    out = [
        _Named(m.start, m.text, m.label, defines(m), described(m))
        for m in pa.mentions
        if m.label in ("PERSON", "ORG", "NORP", "FAC", *PLACES)
    ]
    out += [_Named(q.speaker_start or q.start, split_title(q.speaker)[1], "") for q in pa.quotes if q.speaker]
    out += [_Named(c.start, c.cites, "ORG") for c in pa.citations]
    out += _premodified(text, [(m.start, m.end) for m in pa.mentions if m.label == "PERSON"])
    out = [n for n in out if is_named(n.text)]
    return [n for n in out if n.label or _placeless(n.text, out) == n.text]  # "Tarland's regulator": no name


class _Keys:
    """name_key, computed once per surface within one count."""

    def __init__(self) -> None:
        self._memo: dict[tuple[str, str], NameKey] = {}

    def __call__(self, surface: str, label: str = "") -> NameKey:
        k = (surface, label)
        if k not in self._memo:
            self._memo[k] = name_key(surface, label)
        return self._memo[k]


def _singular(t: str) -> str:
    return t[:-1] if len(t) > 3 and t.endswith("s") and not t.endswith("ss") else t


def _words(key: NameKey) -> list[str]:
    return [_singular(t) for t in key.tokens] + sorted(_singular(d) for d in key.designators)


def _head(key: NameKey) -> str:
    return _singular(key.tokens[key.head if key.head >= 0 else -1]) if key.tokens else ""


def contained(short: NameKey, long_: NameKey, described: bool = False) -> bool:
    """``short`` names the same body as ``long_`` with fewer words: its words all occur in the longer
    name, and it keeps the longer name's head noun ("the ports ministry" in "Ministry of Ports and
    Waterways", "the water commission" in "... Water and Sanitation Commission") or drops only
    generic words ("Varnel" in "Varnel News branch"). A ``described`` body (written without its
    name) whose head only says what kind of body it is (:data:`KIND_HEADS`) fits a name holding its
    other words ("the rights group" in "Varnel Rights Monitor"), and one may hold all of the name's words
    ("the labour ministry" for "Ministry of Labour")."""
    sw, lw = _words(short), _words(long_)
    if not sw or short.acronym or len(sw) > len(lw) or (len(sw) == len(lw) and not described):
        return False  # a description may hold all of a name's words: "the labour ministry", "Ministry of Labour"
    kind_head = sw[-1] in KIND_HEADS or bool(KIND_HEADS & set(short.generic))
    if described and kind_head and not tok_sim(sw[-1], _head(long_)):  # "the rights group"
        if len(sw) == len(lw):
            return False  # a kind of body ("the international body") fits only a name with more words
        kind = [a for a in sw if a not in KIND_HEADS]
        return bool(kind) and all(any(tok_sim(a, b) for b in lw) for a in kind)
    if not all(any(tok_sim(a, b) for b in lw) for a in sw):
        return False
    if tok_sim(sw[-1], _head(long_)):
        return True
    rest = [b for b in lw if not any(tok_sim(a, b) for a in sw)]
    return all(b in GENERIC_ORG_WORDS for b in rest)


def _owner(surface: str) -> str:
    """A document stands for whoever issued it: "the commission's figures" -> "the commission"."""
    if not surface.split() or is_named(surface) or surface.split()[-1].lower() in INSTITUTION_HEADS:
        return surface  # "the pilots' association" is the association
    m = re.match(r"^(?P<owner>.+?)['\u2019]s?\s+\S", surface)
    return m.group("owner") if m else surface


_PLACE_OWNER = re.compile(
    r"^(?:the\s+)?(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['\u2019]s?\s+(?P<body>[a-z][\w\s-]*)$"
)


def _placeless(surface: str, names: Sequence[_Named]) -> str:
    """A body described by the place it belongs to is that body described without its name:
    "Tarland's regulator" -> "the regulator" (when the article names Tarland as a place)."""
    m = _PLACE_OWNER.match(_display(surface))
    if not m or m.group("body").split()[-1].lower() not in INSTITUTION_HEADS:
        return surface
    place = m.group("place")
    return f"the {m.group('body')}" if any(n.label in PLACES and n.text == place for n in names) else surface


def resolve_in_article(surface: str, names: Sequence[_Named], pos: int, keys: _Keys) -> str:
    """The fuller name a partial one stands for in its article (nearest before ``pos``, else the
    first after): a surname or given name, an acronym, a description of a body without its name."""
    owned = _owner(split_title(surface)[1])
    surface = _placeless(owned, names)
    # an organ only a state has keeps its state when the article names no such body: "Varnel's energy ministry"
    unresolved = owned if surface != owned and opening_head(surface, STATE_HEADS) else surface
    names = [n for n in names if n.label not in PLACES]
    k = keys(surface)
    if k.empty:
        return _display(surface)
    if is_named(surface) and (longer := _cut_short(_display(surface), names)):
        return longer
    if k.acronym and (longer := _defined(k, names, keys)):
        return longer
    generic = not is_named(surface)
    partial = generic or bool(k.acronym) or len(k.tokens) == 1 or k.honorific
    if not partial:
        return _display(surface)
    same_text = Counter(n.label for n in names if n.text == surface and n.label)
    if same_text:  # the article's own label for it: a lone given name is a person's
        k = keys(surface, same_text.most_common(1)[0][0])
    best: tuple[int, int, str] | None = None
    for n in names:
        nk = keys(n.text, n.label)
        if generic:
            fits = n.label != "PERSON" and (contained(k, nk, described=True) or n.described == _plain(surface).lower())
        else:
            fits = relation(k, nk) == "a<b"
        if fits:
            rank = (0, pos - n.start) if n.start <= pos else (1, n.start - pos)
            if best is None or rank < best[:2]:
                best = (*rank, n.text)
    return _display(best[2]) if best else _display(unresolved)


def _defined(acronym: NameKey, names: Sequence[_Named], keys: _Keys) -> str | None:
    """The long form an article defines for an acronym ("the Federation of X Miners (FVM)"), whatever
    letters it spells (an acronym of a name in another language): the one the article gives."""
    longer = {_plain(n.text) for n in names if n.defines and keys(n.defines).acronym == acronym.acronym}
    return next(iter(longer)) if len(longer) == 1 else None


def _cut_short(surface: str, names: Sequence[_Named]) -> str | None:
    """The organisation's full name when a name as given is only its opening words ("Fjord Radio"
    for "Fjord Radio and Television", "Fjord Radio and Television (FRT)"): the article names the
    organisation in full, never the shorter form alone, and no person by it."""
    full = [n for n in names if n.label == "ORG" and _display(n.text).startswith(surface + " ")]
    starts = {n.start for n in full}
    mine = [n for n in names if _display(n.text) == surface and n.start not in starts]  # not a cut copy
    if not full or any(n.label in ("PERSON", "ORG") for n in mine):
        return None
    longer = {_display(n.text) for n in full}
    return next(iter(longer)) if len(longer) == 1 else None


def unnamed_body(speaker: str) -> str | None:
    """The body an unnamed person speaks for: "a ministry spokesman" -> "ministry", "officials at
    the commission" -> "commission" (a person described with a name is a named speaker)."""
    words = _plain(speaker).split()
    if not words or is_named(speaker) or is_institution(speaker):
        return None
    if words[-1].lower() in _ROLE_CORE | MEMBER_NOUNS and len(words) > 1:
        return _org_of_title(" ".join(words))
    m = _UNNAMED_FOR.match(_display(speaker))
    if m and _is_role(m.group("who"), _ROLE_CORE | MEMBER_NOUNS):
        return m.group("org")
    return None


# a source that speaks without leave of the body it works for: "who asked not to be named", "on condition of
# anonymity", "was not authorised to speak to the media"
_UNOFFICIAL = re.compile(
    r"\b(?:asked|requested|wished)\s+not\s+to\s+be\s+(?:named|identified)\b|\bon\s+(?:the\s+)?condition\s+of\s+"
    r"anonymity\b|\bnot\s+(?:been\s+)?authori[sz]ed\s+to\s+(?:speak|talk|comment|brief)\b",
    re.I,
)
# "a nurse at the X Hospital", "an engineer with the X Company": an unnamed person and where they work
_UNNAMED_AT = re.compile(
    r"^(?P<who>(?:[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)\s+(?:at|of|from|with|in)\s+(?:the\s+)?[A-Z]"
)


def unofficial_voice(speaker: str, text: str) -> str | None:
    """The unnamed person ("a nurse") whose words the claim tells when it says they speak without leave
    of the body they work for ("A nurse at the X Hospital, who asked not to be named because she was not
    authorised to speak to the media, said ..."): their own origin, not the body's (which its named heads
    speak for); None otherwise."""
    m = _UNNAMED_AT.match(speaker.strip())
    if m is None or not _UNOFFICIAL.search(text):
        return None
    return m.group("who").lower()


_UNNAMED_FOR = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+){0,2}(?P<who>[A-Za-z-]+)\s+(?:from|of|at|with|for)\s+(?:the\s+)?"
    r"(?P<org>[a-z]+(?:\s+[a-z]+)?)$"
)


def _untitled(before: str) -> str:
    """Text before a name without the courtesy titles that end it ("..., Dr " -> "..., ")."""
    while True:
        m = re.search(r"(\S+)\s*$", before)
        word = m.group(1) if m else ""
        if not m or not (is_title_word(word, "X") or _is_role(word, RANK_WORDS)) or _is_role(word, _ROLE_CORE):
            return before  # a role ("Interior Minister Dr J. Doe") ties the name to a body: kept
        before = before[: m.start()]


def _members_of(surface: str) -> str | None:
    """The body a group of people belongs to: "Observers from the X Community" -> "X Community"."""
    group = _MEMBERS_OF.match(_display(surface))
    return group.group("org") if group and group.group("who").lower() in MEMBER_NOUNS | ROLE_WORDS else None


def affiliations(person: str, pa: ArticleAnalysis) -> list[str]:
    """Bodies a person speaks for, as the article presents them (see module docstring)."""
    title, name = split_title(person)
    out = [org] if title and (org := _org_of_title(title)) else []
    words = _plain(person).split()
    if not title and len(words) > 1 and words[-1].lower() in _ROLE_CORE | MEMBER_NOUNS:
        out += [org] if (org := _org_of_title(" ".join(words))) else []  # "a Kraft spokesman": Kraft's
    group = _members_of(person)
    if group:
        out.append(group)  # "Observers from the X Community": they speak for it
    if not is_named(name) or len(name) < 4:
        return out
    text = pa.article.text
    for m in list(re.finditer(re.escape(name), text))[:3]:
        before = _untitled(text[max(0, m.start() - 100) : m.start()].split("\n")[-1])
        lead = re.split(r"[,;:()\[\]\"\u201c\u201d\u2013\u2014]|\s-\s", before)[-1].strip()  # "CITY (XNA) – "
        t = split_title(f"{lead} {name}")[0]
        if t and (org := _org_of_title(t)):
            out.append(org)
        elif (organ := state_organ(lead)) and organ.kind == "minister" and organ.portfolio:
            out.append(lead)  # "The Minister of Energy of Varnel Jon Berg": Varnel's energy ministry speaks
        b = _BEFORE.search(before)
        if (o := _ORGAN_OF.search(before)) and _is_role(o.group("role")):
            out.append(o.group("org"))  # "the Chairman of the Management Board of the X Operator, J. Doe"
        elif b and _is_role(b.group("role")):
            out.append(b.group("org"))
        elif before.endswith(", ") and (t := re.split(r"[,;:.!?\u201c\u201d\"]", before[:-2])[-1].strip()):
            # "The PHRA director-general, Dr J. Doe" / "Velmora's chief executive, J. Doe": apposition
            head = t.split()
            if head and _is_role(head[-1], _ROLE_CORE) and (org := _org_of_title(t)):
                out.append(org)
        after = text[m.end() : m.end() + 120].split("\n")[0]
        for rx in _AFTER:
            a = rx.match(after)
            if a and ("role" not in a.groupdict() or _is_role(a.group("role"))):
                out.append(re.sub(r"\s+(?:of|for|and|the)$", "", a.group("org")))
                break
    return out


# ------------------------------------------------------------------ one member's path


@dataclass
class Member:
    """A claim of the cluster with its path: ``roots`` (its earliest nodes) and ``carrier`` (the
    agency that ran the interview, if named) within ``nodes`` (every node of its path)."""

    claim: Claim
    pa: ArticleAnalysis
    roots: list[str] = field(default_factory=list)
    carrier: list[str] = field(default_factory=list)
    nodes: list[str] = field(default_factory=list)
    label: str = ""
    reached: list[tuple[str, str]] = field(default_factory=list)
    own: bool = False  # in the outlet's own voice (rooted in the outlet and what its article relies on)


def bare_role(name: str) -> bool:
    """A role with no name ("the Chairman", "the Deputy Minister"): a person the claim goes on to name,
    never a carrier of their words."""
    words = _plain(name).split()
    return bool(words) and all(_is_role(w) for w in words)


def _usable(name: str | None) -> bool:
    """A source name, not a fragment of text a rule caught ("s at the commission told the ...")."""
    return name is not None and _plain(name)[:1].isupper() and len(name.split()) <= 8


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    return text.rfind("\n", 0, start) + 1, len(text) if (e := text.find("\n", end)) < 0 else e


def _upstream(pa: ArticleAnalysis, same: Callable[[str, str], bool]) -> tuple[list[str], list[Citation]]:
    """(sources the article republishes, the outlets and agencies it cites for what it reports)."""
    outlet = outlet_of(pa)
    cites = [c for c in pa.citations if _usable(c.cites) and not same(c.cites, outlet)]
    return [c.cites for c in cites if c.cue in REPUBLISH_CUES], [c for c in cites if c.cue not in SPOKEN_CUES]


def _reached(pa: ArticleAnalysis, names: Sequence[_Named], keys: _Keys) -> list[tuple[str, str]]:
    """(speaker, carrier) for each source the article quotes: the words reached the agency that
    carried them, else this outlet; names resolved in the article. A person's words are also those
    of the bodies they speak for ("Harbour Minister Jane Doe told Fjord Radio": the harbour ministry's
    words reached Fjord Radio too)."""
    out = set()
    for q in pa.quotes:
        if q.speaker and (is_named(q.speaker) or is_institution(q.speaker)):
            who = resolve_in_article(q.speaker, names, q.speaker_start or q.start, keys)
            carrier = q.via[0] if q.via else outlet_of(pa)
            out.add((who, carrier))
            for body in dict.fromkeys(affiliations(who, pa)):
                if _usable(body):
                    out.add((resolve_in_article(body, names, q.speaker_start or q.start, keys), carrier))
    return sorted(out)


# Verbs of saying in the forms that follow a sentence's subject ("The company said", "Witnesses insist").
_SAYING = (
    "said says say told tells accused accuses claimed claims claim insisted insists insist denied denies deny "
    "stated states announced announces estimated estimates estimate warned warns confirmed confirms blamed blames "
    "rejected rejects maintained maintains argued argues alleged alleges added adds reported reports"
)
_OPENER = re.compile(
    r"^(?P<who>(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther)\s+)?"
    r"(?:[A-Z][\w'\u2019.&-]*\s+|[a-z][\w-]*\s+){0,5}?[A-Za-z][\w'\u2019.&-]*)"
    rf"\s+(?:(?:has|have|had)\s+)?(?:also\s+|already\s+)?(?P<verb>{'|'.join(_SAYING.split())}|made\s+(?:it\s+)?clear)\b"
)


_NOBODY = frozenset("nobody no none nothing noone everyone everybody someone somebody anyone anybody all each".split())
# Words that open a subordinate clause: "While the ministry counts what suits it, ..." has no source as subject.
_SUBORDINATORS = frozenset(
    "while whilst although though when whenever if unless because since as after before once".split()
)


def _subject_only(who: str) -> bool:
    """An opener that is a subject, not a clause ending in a passive ("The ranges of X are estimated")."""
    return not _AUX & {w.lower() for w in who.split()}


def opening_speaker(text: str) -> str | None:
    """The source a claim names as its own subject: "The company said the ship ..." -> "The company",
    "Witnesses insist it happened ..." -> "Witnesses" (a name, a body or a group of people; never a
    pronoun)."""
    m = _OPENER.match(text.strip())
    if not m or text[m.end() : m.end() + 4] in (" us ", " me "):  # "Nobody there told us ...": someone's own words
        return None
    who = m.group("who")
    if who.split()[0].lower() in _NOBODY:
        return None
    if is_named(who) or is_institution(who):
        return who
    return who if _plain(who).split()[-1].lower() in PEOPLE_NOUNS else None


# Records a body keeps, whose figures are that body's word ("the museum's inventory lists ...").
DOCUMENT_NOUNS = frozenset(
    "inventory records record figures data list lists manifest register report statistics count tally log "
    "census estimate estimates database registry books accounts".split()
)
_RECORDING = "lists listed shows showed records recorded puts put counts counted gives gave estimates estimated numbers"
# Verbs of urging: a body that urges or calls on others speaks ("The bureau urged both sides to ...").
_URGING = "urged urges called calls appealed appeals demanded demands"
_OWN_SUBJECT = re.compile(
    r"^(?P<who>(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther)\s+)?"
    r"(?:[A-Z][\w'\u2019.&-]*\s+|[a-z][\w-]*\s+){0,4}?[A-Za-z][\w.&-]*?)"
    r"(?:['\u2019]s?\s+(?:[a-z][\w-]*\s+){0,2}?(?P<doc>[a-z]+))?"
    r"(?:,\s+(?:which|who)\b[^,]{1,80},)?"
    rf"\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?P<verb>{'|'.join((_RECORDING + ' ' + _URGING).split())})\b"
)
_ACCORDING_TO_PEOPLE = re.compile(
    r"\baccording to (?P<who>(?:(?:the|some|several|many|other)\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z]+)\s*[.,;]?\s*$"
)


_TELLS = "informs informed reports reported says said notes noted states stated writes wrote announces announced"
# "As reports the X Agency, ...", "As the X Agency reported, ...": a clause opening the claim that names its source.
_AS_TOLD = re.compile(
    rf"^As\s+(?:(?:{'|'.join(_TELLS.split())})\s+(?:the\s+)?(?P<after>{_CAP_WORD}(?:\s+(?:of|for|and|the|{_CAP_WORD}))*)"
    rf"|(?:the\s+)?(?P<before>{_CAP_WORD}(?:\s+(?:of|for|and|the|{_CAP_WORD}))*?)\s+(?:has\s+|had\s+)?(?:{'|'.join(_TELLS.split())}))\s*,"
)


def own_subject(text: str) -> str | None:
    """The source an unattributed claim names in its own words: a body or its records as the subject
    ("The museum's inventory lists 2,314 coins" -> "The museum", "The museum, which has counted them,
    lists ..." -> "The museum"), a body or a name urging others ("The bureau urged both sides ..."), a
    group of people putting a figure ("Witnesses put the toll at 40"), a source named in an opening clause
    ("As reports the X Agency, ...", "As the X Agency said, ..."), or a group of people it ends by
    crediting ("..., according to witnesses")."""
    if (a := _ACCORDING_TO_PEOPLE.search(text.strip())) and opening_head(a.group("who"), CROWD_NOUNS):
        return a.group("who")
    if (told := _AS_TOLD.match(text.strip())) and is_named(who := told.group("after") or told.group("before")):
        return who  # "As informs the X Agency, the ship ...": its words
    m = _OWN_SUBJECT.match(text.strip())
    if not m or m.group("who").split()[0].lower() in _NOBODY | _SUBORDINATORS:
        return None
    who, doc = m.group("who"), m.group("doc")
    if doc is not None:
        return who if doc in DOCUMENT_NOUNS and (is_named(who) or is_institution(who)) else None
    if m.group("verb") in _URGING.split():  # "The bureau urged ...", "Varnel called on ..."
        return who if opening_head(who, INSTITUTION_HEADS) or (is_named(who) and who[:1].isupper()) else None
    if opening_head(who, INSTITUTION_HEADS):
        return who
    return (
        who
        if opening_head(who, PEOPLE_NOUNS) and m.group("verb") in ("puts", "put", "estimates", "estimated")
        else None
    )


_POSSESSED_BODY = re.compile(r"^['\u2019]s?((?:\s+[a-z][\w-]*){1,4})")


def possessed_body(speaker: str, text: str, end: int | None) -> str:
    """A speaker cut before the body it owns is that body: "Varnel" in "according to Varnel's foreign
    ministry" -> "Varnel's foreign ministry" (read at ``end``, where the speaker's words stop in
    ``text``)."""
    if end is None or not is_named(speaker) or re.search(r"['\u2019]s?$", speaker):
        return speaker
    m = _POSSESSED_BODY.match(text[end : end + 80])
    words = m.group(1).split() if m else []
    head = next((i for i, w in enumerate(words) if w in INSTITUTION_HEADS), None)
    return f"{speaker}'s {' '.join(words[: head + 1])}" if head is not None else speaker


# Nouns for a piece of work a body produces and that speaks for it ("A preliminary assessment by the X Chamber").
WORK_NOUNS = frozenset(
    "assessment report study analysis review audit survey investigation inquiry evaluation paper findings "
    "document memo memorandum letter statement communique communiqué".split()
)
_AUTHOR = re.compile(rf"^\s+(?:by|from)\s+(?:the\s+)?(?P<org>{_CAP_WORD}(?:\s+(?:of|for|and|the|on|{_CAP_WORD}))*)")


def authored_by(speaker: str, text: str, end: int | None) -> str:
    """A piece of work given as the speaker is the body that made it: "A preliminary technical assessment"
    in "A preliminary technical assessment by the Varnel Chamber of Engineers (VCE) found ..." -> "Varnel
    Chamber of Engineers" (read at ``end``, where the speaker's words stop in ``text``)."""
    words = _plain(speaker).split()
    if end is None or not words or words[-1].lower() not in WORK_NOUNS | DOCUMENT_NOUNS or is_named(speaker):
        return speaker
    m = _AUTHOR.match(text[end : end + 120])
    if not m:
        return speaker
    org = re.sub(r"(?:\s+(?:of|for|and|the|on))+$", "", m.group("org"))
    return org if is_named(org) else speaker


_ROLE_BODY = re.compile(rf"^\s+(?:of|for|at)\s+(?:the\s+)?(?P<org>{_CAP_WORD}(?:\s+(?:of|for|and|the|{_CAP_WORD}))*)")


def role_of(speaker: str, text: str, end: int | None) -> str:
    """A bare role given with the body it holds a post in is that body: "The representative" in "The
    representative of the Varnel Relief Office in Tarland, Mrs J. Doe, told ..." -> "Varnel Relief Office"
    (read at ``end``, where the role stops in ``text``); a role of an unnamed body ("the head of the
    mission") stays as it is."""
    if end is None or not bare_role(speaker):
        return speaker
    m = _ROLE_BODY.match(text[end : end + 150])
    if not m:
        return speaker
    org = re.sub(r"(?:\s+(?:of|for|and|the))+$", "", m.group("org"))
    return org if is_named(org) and not bare_role(org) else speaker


_PERSON_NAME = r"(?:[A-Z]\.\s?|[A-Z][a-z][\w'\u2019-]*\s+)[A-Z][a-z][\w'\u2019-]*"


def role_holder(role: str, pa: ArticleAnalysis, before: int) -> str | None:
    """The person a bare role stands for ("the Minister said ..."): the nearest one named before ``before`` in
    the article with that role written before the name ("The Minister of Ports of Varnel Jon Berg said",
    "Ports Minister J. Berg told") or set beside it ("Jon Berg, the ports minister,"); None when no one is."""
    heads = {w.lower().strip(",.") for w in _plain(role).split() if _is_role(w, _ROLE_CORE)}
    if not heads or not bare_role(role):
        return None
    held = "|".join(sorted(re.escape(h) for h in heads))
    links = r"(?:of|the|and|for|on)"
    titled = re.compile(
        rf"\b(?i:{held})\b(?:,?\s+(?:{_CAP_WORD}|{links}))*?\s+(?P<name>{_PERSON_NAME})(?=,|\s+(?!{links}\b)[a-z])"
    )
    apposed = re.compile(rf"(?<![\w.])(?P<name>{_PERSON_NAME}),\s+(?:[\w'\u2019-]+\s+){{0,4}}?(?i:{held})\b")
    text = pa.article.text[:before]
    found = [m for rx in (titled, apposed) for m in rx.finditer(text)]
    found = [m for m in found if not is_institution(m.group("name")) and "." not in text[m.start() : m.start("name")]]
    return max(found, key=lambda m: m.start("name")).group("name") if found else None


_OF_WHOLE = re.compile(rf"\s+of\s+(?:the\s+)?(?P<whole>{_CAP_WORD}(?:\s+(?:of|for|and|the|on|{_CAP_WORD}))*)")


def whole_of(surface: str, text: str = "", end: int | None = None) -> str | None:
    """The body a part of it is named after: "Regional Office of the Varnel Institute (VI)" -> "Varnel
    Institute"; "The commission" in "The commission of the Ministry of Ports found ..." -> "Ministry of Ports"
    (read at ``end``, where the part's name stops in ``text``). The part names a body ("office", "commission")
    and so does the whole ("Institute", "Ministry"): "Ministry of Foreign Affairs" is no part of anything. A
    whole described by its head noun ("the press service of the company") or by its acronym ("of the VACB")
    is given as written, for the caller to resolve to the body its article names."""
    name = _display(surface)
    if end is not None and (m := _OF_WHOLE.match(text[end : end + 150])):
        name = f"{name} of {m.group('whole')}"
    words = re.sub(r"\s*\([A-Z][\w&.-]*\)$", "", name).split()
    for k, w in enumerate(words):
        if w != "of" or not any(x.lower() in INSTITUTION_HEADS for x in words[:k]):
            continue
        whole = words[k + 1 :]
        whole = whole[1:] if whole[:1] in (["the"], ["The"]) else whole
        while whole and whole[-1].lower() in ("of", "for", "and", "the", "on"):
            whole.pop()
        if whole and whole[0][:1].isupper() and any(x[:1].isupper() and x.lower() in INSTITUTION_HEADS for x in whole):
            return " ".join(whole)
        if len(whole) == 1 and name_key(whole[0]).acronym:
            return whole[0]  # "the press service of the VACB": the body its acronym stands for
        if 0 < len(whole) <= 3 and all(x.islower() for x in whole) and _singular(whole[-1]) in INSTITUTION_HEADS:
            return "the " + " ".join(whole)  # "the press service of the company": the company the article names
    return None


def _headed_body(description: str, names: Sequence[_Named], text: str, pos: int) -> str | None:
    """The body an article names whose name ends in a description's head noun, nearest before ``pos``
    (else the first after): "the company" -> "Brisk Ferry Lines Company" (its head is a generic word, which
    ``resolve_in_article`` leaves aside), a mention or a run of capitalised words ending in that head."""
    head = _singular(_plain(description).split()[-1].lower())
    found = [(n.start, n.text) for n in names if n.label not in ("PERSON", *PLACES)]
    cap = head.capitalize()
    found += [(m.start(), m.group(0)) for m in re.finditer(rf"\b(?:[A-Z][\w&.-]*\s+){{1,7}}{cap}s?\b", text)]
    best: tuple[int, int, str] | None = None
    for at, name in found:
        words = re.sub(r"^(?:The|A|An)\s+", "", _plain(name)).split()
        if len(words) < 2 or _singular(words[-1].lower()) != head or not words[-1][:1].isupper():
            continue
        if not is_named(name := " ".join(words)) or words[0].lower() in INSTITUTION_HEADS:
            continue
        rank = (0, pos - at) if at <= pos else (1, at - pos)
        if best is None or rank < best[:2]:
            best = (*rank, name)
    return _display(best[2]) if best else None


_DESCRIBED_BODY = re.compile(r"(?i:the|its|his|her|their)\s+(?P<head>[A-Za-z]+)(?:['\u2019]s?)?$")


def _own_body(surface: str, speaker: str | None, pa: ArticleAnalysis) -> bool:
    """A body a person's claim cites by a bare description of the body the person speaks for:
    "Deputy Minister Jane Doe said that, according to the Ministry's data, 900 ... remain held" cites her own
    ministry, whichever ministry the article named last; she stays the source (the ministry is among the
    bodies she speaks for, ``affiliations``)."""
    if not speaker or is_institution(speaker):
        return False
    m = _DESCRIBED_BODY.match(surface.strip())
    if not m or (head := _singular(m.group("head").lower())) not in INSTITUTION_HEADS:
        return False
    return any(head in _plain(b).lower().split() for b in affiliations(speaker, pa))


def _quote_inside(c: Claim, pa: ArticleAnalysis) -> Quote | None:
    """The reported words a claim holds without being mostly quoted ("In a statement to
    shareholders ..., the company said [it had put ...]"): a quote inside it that has a speaker."""
    return next((q for q in pa.quotes if q.speaker and c.start <= q.start and q.end <= c.end), None)


def _body_in_article(body: str, pa: ArticleAnalysis, names: Sequence[_Named], pos: int, keys: _Keys) -> str | None:
    """The body of the article a description stands for: a named one ("ministry" -> "Ministry of
    Ports"), else the nearest institution the article quotes with that head ("the ports ministry")."""
    named = resolve_in_article(body, names, pos, keys)
    if is_named(named):
        return named
    k, best = keys(body), None
    for q in pa.quotes:
        if q.speaker and is_institution(who := _placeless(q.speaker, names)) and (q.speaker_start or q.start) < pos:
            if contained(k, keys(who), described=True) or _plain(who).lower() == _plain(body).lower():
                best = max(best or (-1, ""), ((q.speaker_start or q.start), _display(who)))
    return best[1] if best else None


# "the company's statement that ...", "the ministry's earlier denial that ...": words of that body
# that a claim relays (the nouns of saying are a closed class).
_STATEMENT = re.compile(
    r"['\u2019]s?\s+(?:(?:earlier|own|latest|initial|first|official|written|public)\s+)?"
    r"(?:statement|claim|assertion|account|version|denial|announcement|accusation|allegation|explanation|"
    r"remarks|comments|insistence)s?\s+that\b"
)
_STATEMENT_OWNER = re.compile(
    r"(?:(?:\b[Tt]he\s+)?(?:(?:[A-Z][\w&.-]*|of|for|and)\s+){0,5}[A-Z][\w&.-]*"
    r"|\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)$"
)


_STATEMENT_NOUNS = (
    "statement|claim|assertion|account|version|denial|announcement|accusation|allegation|explanation|"
    "remarks|comments|insistence|call|appeal|warning"
)
# "The Varnel Bureau will no doubt issue its usual statement calling on ...": the subject's own words.
_OWN_STATEMENT = re.compile(
    r"^(?P<who>(?:[Tt]he\s+)?(?:[A-Z][\w&.-]*\s+(?:(?:of|for|and|the)\s+)*){0,6}?[A-Z][\w&.-]*"
    r"|(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
    rf"\s+(?:[a-z][\w-]*\s+){{1,5}}?(?:its|their)\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:{_STATEMENT_NOUNS})s?\b"
)
_PRONOUNS = frozenset("it its they their he she this that these those we you".split())


def relayed_statements(text: str) -> list[str]:
    """Sources whose statement a claim relays: "Asked about the company's statement that a contractor
    had caused the fire, J. Doe said ..." -> ["the company"]; a body that is the subject of a claim
    about its own statement ("The bureau will no doubt issue its usual statement calling for calm")
    -> ["The bureau"]."""
    out = []
    for m in _STATEMENT.finditer(text):
        if o := _STATEMENT_OWNER.search(text, 0, m.start()):
            out.append(o.group(0))
    if (own := _OWN_STATEMENT.match(text.strip())) and (who := own.group("who")).split()[0].lower() not in _PRONOUNS:
        rest = text.strip()[own.end("who") :].split()
        who = f"{who} {rest[0]}" if rest and rest[0] in INSTITUTION_HEADS else who  # "The Fjord Freight company"
        one = _plain(who)
        if opening_head(who, INSTITUTION_HEADS) or (is_named(who) and (len(one.split()) > 1 or one.isupper())):
            out.append(who)  # a sentence's capitalised first word alone ("Prices") is no name
    return out


def _other(opener: str, said_by: str, pa: ArticleAnalysis) -> bool:
    """The subject a claim opens with is not the speaker attributed to it from outside its sentence:
    another name, a group of people where a named source was carried over, a body with another head
    noun ("the ministry" for "the prosecutor's office"), or a body for a publication the article
    cites (its report is not that body's words). A description that could name it ("The company
    said" for "Fjord Freight Ltd") is taken as resolved."""
    a, b = _plain(opener).lower(), _plain(said_by).lower()
    if a == b:
        return False
    if is_named(opener) and is_named(said_by) and not opening_head(opener, INSTITUTION_HEADS | PEOPLE_NOUNS):
        return relation(name_key(opener), name_key(said_by), first_names=False) not in ("same", "a<b", "b<a")
    if opening_head(opener, PEOPLE_NOUNS):
        return not opening_head(said_by, PEOPLE_NOUNS)
    head = opening_head(opener, INSTITUTION_HEADS)
    if head is None:
        return False
    other = opening_head(said_by, INSTITUTION_HEADS)
    cited = any(_plain(c.cites).lower() == b for c in pa.citations)
    return cited or (other is not None and _singular(other) != _singular(head))


def opening_head(name: str, heads: frozenset[str]) -> str | None:
    """The head noun of a description when it is one of ``heads``: "The Varnel foreign ministry" -> "ministry"."""
    words = re.sub(r"['\u2019]s?$", "", _plain(name)).split()
    return words[-1].lower() if words and words[-1].lower() in heads else None


# Heads of the bodies and offices only a state has: a name that owns one ("Varnel's interior ministry",
# "Varnel's Foreign Minister J. Doe") is a state.
STATE_HEADS = frozenset("ministry government cabinet parliament army navy embassy presidency legislature".split())
STATE_ROLES = frozenset("minister premier president".split())


def state_organs(name: str, text: str) -> list[str]:
    """The state bodies and officials an article writes as a one-word name's own ("Varnel's interior
    ministry", "Varnel's Foreign Minister Jane Doe" -> "Jane Doe"): a state speaks through them."""
    word = _plain(name)
    if not re.fullmatch(r"[A-Z][a-zà-ÿ-]+", word):
        return []
    heads = "|".join(sorted(STATE_HEADS | STATE_ROLES))
    out = []
    for m in re.finditer(
        rf"\b{re.escape(word)}['’]s\s+(?P<what>(?:[A-Za-z][\w-]*\s+){{0,3}}?(?P<head>(?i:{heads})))\b"
        r"(?P<person>,?\s+(?:Dr\.?\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){1,2})?",
        text,
    ):
        if m.group("head").lower() in STATE_ROLES:
            if m.group("person"):
                out.append(m.group("person").strip(" ,"))
        else:
            out.append(f"{word}'s {m.group('what')}")
    return list(dict.fromkeys(out))


# Collective words for a state's apparatus ("Authorities in Varnel", "Varnel's government"): the state itself;
# never "the Varnelian authorities" (an adjective names no state).
_STATE_COLLECTIVE = re.compile(
    r"^(?:(?i:authorities|government)\s+(?:in|of)\s+(?P<x>[A-Z][a-zà-ÿ-]+)"
    r"|(?P<y>[A-Z][a-zà-ÿ-]+)['’]s\s+(?i:authorities|government))$"
)
_STATE_ORGAN = re.compile(
    rf"^(?P<x>[A-Z][a-zà-ÿ-]+)['’]s\s+(?:[A-Za-z][\w-]*\s+){{0,3}}?(?i:{'|'.join(sorted(STATE_HEADS))})$"
)


def state_of(speaker: str) -> tuple[str, bool] | None:
    """The state a speaker is, or speaks for: ("Varnel", True) for "Authorities in Varnel" or "Varnel's
    government" (the state itself), ("Varnel", False) for "Varnel's harbour ministry" (one of its organs).
    The authorities of a state and its ministry are one source, as "Varnel said" and its minister are."""
    plain = _plain(speaker)
    if m := _STATE_COLLECTIVE.match(plain):
        return m.group("x") or m.group("y"), True
    if m := _STATE_ORGAN.match(plain):
        return m.group("x"), False
    return None


_ORGAN_WORDS = "|".join(sorted(STATE_HEADS | STATE_ROLES))
_DEMONYM_WORD = r"[A-Z][a-zà-ÿ]{2,}(?:ian|ean|ese|ish|i)"
_FORMAL_STATE = r"(?:[A-Z][\w-]*\s+){0,2}?(?:Republic|Kingdom|State|Federation|Emirate|Sultanate|Principality)\s+of\s+"
# "Varnel's energy ministry", "Varnelian Energy Minister J. Doe", "the energy ministry of Varnel", "The Minister of
# Energy of the Republic of Varnel J. Doe", "Government of Varnel": an organ or official and the state it belongs to.
_STATE_BEFORE = re.compile(
    rf"^(?:(?i:the)\s+)?(?:(?P<own>[A-Z][\w-]+)['\u2019]s\s+|(?P<dem>{_DEMONYM_WORD})\s+)"
    rf"(?P<pf>(?:[A-Za-z][\w-]*\s+){{0,3}}?)(?P<kind>(?i:{_ORGAN_WORDS}))\b(?!-)"
    r"(?:\s+(?:of|for)\s+(?P<pf2>[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*))?"
)
_STATE_AFTER = re.compile(
    rf"^(?:(?i:the)\s+)?(?:(?P<dem>{_DEMONYM_WORD})\s+)?(?P<pre>(?:(?!(?i:of|the)\s)[A-Za-z][\w-]*\s+){{0,3}}?)(?P<kind>(?i:{_ORGAN_WORDS}))"
    r"(?:\s+(?:of|for)\s+(?P<pf>[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*))?"
    rf"(?:\s+of\s+(?:the\s+)?(?:{_FORMAL_STATE})?(?P<st>[A-Z][\w-]+))?(?![\w-])"
)
_DEMONYM_ENDINGS = frozenset("i n an ian ese ish ans is ns".split())


_PEOPLE_OF = re.compile(r"^(?i:the)\s+(?P<d>[A-Z][a-z\u00e0-\u00ff]{2,}(?:ians|eans|ans|is|ese))$")


def people_state(speaker: str, texts: Iterable[str]) -> str | None:
    """The state a people written as a speaker stands for: "The Varnelians" (say, claim, deny) are
    Varnel's side, written with the state's name where the story gives one ("Varnelia"); an
    adjective ("Varnelian") is no state's name."""
    m = _PEOPLE_OF.match(_display(speaker))
    if m is None:
        return None
    people = m.group("d")
    for text in texts:
        found = Counter(
            w
            for w in re.findall(r"\b[A-Z][a-z\u00e0-\u00ff]{2,}\b", text)
            if len(w) < len(people) and not re.fullmatch(_DEMONYM_WORD, w) and one_state(w, people)
        )
        if found:
            return found.most_common(1)[0][0]
    return None


@dataclass(frozen=True)
class _Organ:
    state: str  # the state's name or demonym, lower case
    kind: str  # its head: "ministry", "minister", "government"
    portfolio: tuple[str, ...]  # "energy" in "Varnel's energy ministry" / "Minister of Energy of Varnel"


def state_organ(surface: str) -> _Organ | None:
    """The state an organ or official of a state belongs to, and its portfolio: "Varnel's energy ministry",
    "the Varnelian Energy Ministry", "the energy ministry of Varnel", "The Minister of Energy of Varnel Jane
    Doe" -> Varnel's (or the Varnelian) energy ministry/minister. A portfolio named after the head ("Ministry
    of Energy") is never a state; one named after a person's title may run into the name ("Varnelian Minister
    of Energy Jane Doe": energy, jane, doe)."""
    plain = _display(surface)
    if m := _STATE_BEFORE.match(plain):
        pf = tuple(
            w.lower() for w in f"{m.group('pf')} {m.group('pf2') or ''}".split() if w.lower() not in ("and", "of")
        )
        return _Organ((m.group("own") or m.group("dem")).lower(), m.group("kind").lower(), pf)
    m = _STATE_AFTER.match(plain)
    if not m:
        return None
    kind = m.group("kind").lower()
    pre = tuple(w.lower() for w in m.group("pre").split() if w.lower() not in ("and", "of"))
    pf = tuple(w.lower() for w in (m.group("pf") or "").split() if w.lower() != "and")
    state = m.group("dem") or ""
    if m.group("st"):
        state = m.group("st")  # "Minister of Energy of Varnel", "Ministry of Energy of the Republic of Varnel"
    elif pf and (pre or kind not in ("ministry", "minister")):
        state, pf = pf[0], ()  # "the energy ministry of Varnel", "Government of Varnel"; never "Ministry of Energy"
    return _Organ(state.lower(), kind, pre + pf) if state else None


def one_state(a: str, b: str) -> bool:
    """Two spellings of one state: "varnel" and "varnel", "varnelia" and "varnelian", "kharzan" and "kharzani"."""
    short, long_ = sorted((a.lower(), b.lower()), key=len)
    return short == long_ or any(
        long_.startswith(stem) and long_[len(stem) :] in _DEMONYM_ENDINGS for stem in (short, short[:-1]) if stem
    )


def _one_portfolio(a: _Organ, b: _Organ) -> bool:
    """A state's ministry and its minister of one portfolio (or two spellings of the ministry): one
    portfolio is the opening words of the other ("energy" of "energy lidiya doe", a title running into a name)."""
    if not one_state(a.state, b.state) or not a.portfolio or not b.portfolio:
        return False
    if a.kind == b.kind == "minister" or {a.kind, b.kind} - {"ministry", "minister"}:
        return False  # two officials are joined by their names, never by their posts
    short, long_ = sorted((a.portfolio, b.portfolio), key=len)
    return all(tok_sim(_singular(x), _singular(y)) for x, y in zip(short, long_, strict=False))


def member_paths(claims: Iterable[Claim], by_article: dict[str, ArticleAnalysis]) -> list[Member]:
    """Each claim's path and roots, its names resolved in its own article."""
    keys = _Keys()
    names: dict[str, list[_Named]] = {}
    quotes: dict[str, Quote] = {q.id: q for pa in by_article.values() for q in pa.quotes}

    def same(x: str, y: str) -> bool:
        return _plain(x).lower() == _plain(y).lower() or relation(keys(x), keys(y), first_names=False) == "same"

    reach: dict[str, list[tuple[str, str]]] = {}
    for aid, art in by_article.items():
        names[aid] = _article_names(art)
        reach[aid] = _reached(art, names[aid], keys)
    # "the operator, Fjord Freight Ltd" in one article of the story: "the operator" in another that names no operator
    described: dict[str, set[str]] = defaultdict(set)
    for here in names.values():
        for n in here:
            if n.described and len(n.described.split()) == 1:
                described[_singular(n.described)].add(_display(n.text))

    def stories(pa: ArticleAnalysis) -> Iterable[str]:  # its own article first, then the story's others
        yield pa.article.text
        yield from (x.article.text for x in by_article.values() if x is not pa)

    out: list[Member] = []
    for c in claims:
        pa = by_article.get(c.article)
        if pa is None:
            continue
        here = names[c.article]

        def res(x: str, c: Claim = c, here: list[_Named] = here) -> str:
            found = resolve_in_article(x, here, c.start, keys)
            words = _plain(found).split()  # a bare description only: "the foreign ministry" is not any ministry
            head = _singular(words[0]) if len(words) == 1 and words[0] in INSTITUTION_HEADS | KIND_HEADS else ""
            if head and len(elsewhere := described.get(head, set())) == 1:
                return next(iter(elsewhere))
            return found

        outlet = outlet_of(pa)
        republished, cited = _upstream(pa, same)
        quote = quotes.get(c.quote) if c.quote else _quote_inside(c, pa)
        said_by = quote.speaker if quote is not None and quote.speaker else c.speaker  # as the quote resolved it
        told = quote.speaker_start if quote is not None and quote.speaker and said_by == quote.speaker else None
        holder = role_holder(said_by, pa, c.start) if said_by else None
        if said_by and holder:
            said_by = holder  # "the Minister said ...": the minister the article named before
        elif said_by and told is not None and quote is not None:
            said_by = possessed_body(said_by, pa.article.text, quote.speaker_end)
            said_by = authored_by(said_by, pa.article.text, quote.speaker_end)
            said_by = role_of(said_by, pa.article.text, quote.speaker_end)
        elif said_by and (at := c.text.find(said_by)) >= 0:
            said_by = possessed_body(said_by, c.text, at + len(said_by))
            said_by = authored_by(said_by, c.text, at + len(said_by))
            said_by = role_of(said_by, c.text, at + len(said_by))
        origin = holder if holder and c.origin and bare_role(c.origin) else c.origin
        within = any(q.kind == "direct" and q.start <= c.start < q.end for q in pa.quotes)
        opener = None if within else opening_speaker(c.text)  # a quoted sentence is the speaker's words
        if opener and said_by and not (told is not None and c.start <= told < c.end) and _other(opener, said_by, pa):
            # the claim names its own source; one named outside its sentence was carried over wrongly
            quote = next((q for q in pa.quotes if q.speaker and c.start <= (q.speaker_start or -1) < c.end), None)
            origin = None if origin and same(origin, said_by) else origin
            said_by = opener
        if not said_by and not within:
            said_by = own_subject(c.text)  # "The museum's inventory lists ...", "..., according to witnesses"
            if not said_by and (opener := opening_speaker(c.text)) and _subject_only(opener) and is_named(res(opener)):
                said_by = opener  # "Varnel's trade ministry has accused ...": a named body's words, not the outlet's
        group = said_by if said_by and opening_head(said_by, CROWD_NOUNS) else None  # "witnesses said"
        via = [v for v in (quote.via if quote else ()) if v and not same(v, outlet)]
        inside = [
            x.cites
            for x in pa.citations
            if c.start <= x.start
            and x.end <= c.end
            and _usable(x.cites)
            and not same(x.cites, outlet)
            and not bare_role(x.cites)  # "According to the Chairman ..., J. Doe": the speaker, no carrier
            and not _own_body(pa.article.text[x.start : x.end], said_by, pa)
        ]
        speaker = said_by if said_by and (is_named(said_by) or is_institution(said_by)) else group
        if speaker and inside and any(same(speaker, x) for x in inside):
            speaker = None  # "..., X reported": X is the carrier
        unnamed = None
        if not speaker and said_by and (body := unnamed_body(said_by)):
            speaker = unnamed = _body_in_article(body, pa, here, c.start, keys)  # "a ministry spokesman": the ministry
        first: list[str] = []
        if inside:
            first.append(inside[-1])  # the last one named is the furthest back ("X reported, citing Y")
        elif via:
            first.append(via[0])
        elif (
            origin
            and not same(origin, outlet)
            and not (speaker and same(origin, speaker))
            and not (speaker and _own_body(origin, said_by, pa))
        ):
            first.append(origin)  # the agency the words came through, or a source carried over
        m = Member(c, pa, reached=reach[c.article])
        if speaker and (state := state_organs(speaker, pa.article.text)):
            m.roots.append(_display(speaker))  # "Varnel said": its government, not a body named after it
            m.nodes += [res(x) for x in state]
        elif speaker and (person := unofficial_voice(speaker, c.text)):
            m.roots.append(person)  # "a nurse at the X Hospital, who asked not to be named": hers, not the hospital's
        elif speaker:
            m.roots.append(res(speaker))
            # the role may be written only before the full name ("Interior Minister Dr. Jan Varnel ... Dr. Varnel said")
            bodies = affiliations(speaker, pa) + (affiliations(full, pa) if (full := res(speaker)) != speaker else [])
            m.nodes += [res(a) for a in dict.fromkeys(bodies)]
            if said_by and (belongs := state_of(said_by)):  # "Authorities in Varnel", "Varnel's harbour ministry"
                (m.roots if belongs[1] else m.nodes).append(belongs[0])
            elif said_by and (nation := people_state(said_by, stories(pa))):  # "The Varnelians claim ..."
                m.roots.append(nation)
        if unnamed and not first:  # an unnamed person's words are known through the outlet that heard them
            m.roots.append(outlet)
        m.carrier = [res(x) for x in first]
        if not m.roots:
            m.roots = list(m.carrier)
        if not m.roots:  # the outlet's own voice, or a source it does not name
            # its own reporting, unless the article is another's copy or its paragraph credits a report
            p0, p1 = _paragraph(pa.article.text, c.start, c.end)
            near = [x.cites for x in cited if p0 <= x.start and x.end <= p1 and x.cites not in republished]
            m.roots = [outlet, *(res(x) for x in republished + near)]
            m.own = True
        m.nodes += m.roots + m.carrier + [res(x) for x in inside + via] + [outlet] + [res(x) for x in republished]
        for part in dict.fromkeys([*(x for x in (said_by, *first) if x), *m.roots, *m.carrier]):
            at = c.text.find(part)  # "The commission of the Ministry of Ports", "Regional Office of the X Institute"
            if whole := whole_of(part, c.text, at + len(part) if at >= 0 else None):
                # a description ("of the company") only as the body the article names
                body = res(whole)
                body = body if is_named(body) else _headed_body(whole, here, pa.article.text, c.start) or ""
                if body:
                    m.nodes.append(body)
        for owner in relayed_statements(c.text):  # "asked about the company's statement that ...": its words too
            if (body := _body_in_article(owner, pa, here, c.start, keys)) and _usable(body):
                m.nodes.append(body)
        m.label = m.roots[0] if not first else res(first[0])
        if not speaker and not first and republished:
            m.label = res(republished[0])
        if group := _members_of(m.label):  # "Organisers from the X Front" are shown as the Front
            m.label = res(group)
        out.append(m)
    return out


# ------------------------------------------------------------------ counting


class _UF:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def _numbers_agree(a: NameKey, b: NameKey) -> bool:
    na, nb = (
        {t for t in a.tokens if any(ch.isdigit() for ch in t)},
        {t for t in b.tokens if any(ch.isdigit() for ch in t)},
    )
    return not na or not nb or na == nb


def _titled_tails(surface: str) -> list[str]:
    """The person a title written with its portfolio names ("The Minister of Energy of Varnel Jane Doe",
    "Varnelian Minister of Energy Jane Doe"): the last two or three capitalised words after the role, where
    :func:`split_title` finds no title (a portfolio with "of" may run into the name: both are tried)."""
    words = _display(surface).split()
    roles = [k for k, w in enumerate(words) if _is_role(w, _ROLE_CORE)]
    if not roles or split_title(surface)[0] or not any(w.lower() in ("of", "for") for w in words[roles[-1] :]):
        return []
    tail: list[str] = []
    for w in reversed(words[roles[-1] + 1 :]):
        if not w[:1].isupper() or w.lower() in _NAME_LINKS or w.lower() in INSTITUTION_HEADS or _is_role(w):
            break
        tail.insert(0, w)
    return [" ".join(tail[-n:]) for n in (2, 3) if len(tail) >= n]


def canonical_names(
    surfaces: Sequence[str], labels: dict[str, str] | None = None, entities: dict[str, str] | None = None
) -> list[int]:
    """A class id per surface: names of one source share it (see module docstring). ``labels``:
    entity labels known for some surfaces (a person's given name is then never an adjective);
    ``entities``: the resolved entity of some surfaces (names of one entity are one source). The organs and
    officials of two states ("Varnel's energy ministry", "the Fjordish Minister of Energy J. Doe") are never
    one source, however alike their words; a state's ministry and its minister of one portfolio are one."""
    keys = _Keys()
    ks = [keys(_core(s), (labels or {}).get(s, "")) for s in surfaces]
    generic = [not is_named(s) for s in surfaces]
    group = [_members_of(s) is not None for s in surfaces]  # people of a body: no fuller name of it
    uf = _UF(len(surfaces))
    organs = [state_organ(s) for s in surfaces]
    states: dict[int, set[str]] = {i: {o.state} for i, o in enumerate(organs) if o}  # per class root

    def apart(i: int, j: int) -> bool:
        a, b = states.get(uf.find(i), set()), states.get(uf.find(j), set())
        return bool(a and b) and not any(one_state(x, y) for x in a for y in b)

    def join(i: int, j: int) -> None:
        ri, rj = uf.find(i), uf.find(j)
        if ri != rj and not apart(ri, rj):
            uf.union(ri, rj)
            if held := states.pop(ri, set()) | states.get(rj, set()):
                states[uf.find(rj)] = held

    by_portfolio: dict[str, list[int]] = defaultdict(list)
    for i, o in enumerate(organs):
        if o and o.portfolio:
            by_portfolio[_singular(o.portfolio[0])].append(i)
    for held in by_portfolio.values():  # "Varnel's energy ministry" and "the Minister of Energy of Varnel, J. Doe"
        for x, i in enumerate(held):
            for j in held[x + 1 :]:
                if (oi := organs[i]) and (oj := organs[j]) and _one_portfolio(oi, oj):
                    join(i, j)
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, k in enumerate(ks):
        if k.empty:
            continue
        for b in blocking_keys(k) | {"W:" + w for w in _words(k)}:
            blocks[b].append(i)
    fuller: dict[int, set[int]] = defaultdict(set)
    seen: set[tuple[int, int]] = set()
    for members in blocks.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if (i, j) in seen:
                    continue
                seen.add((i, j))
                if _core(surfaces[i]).lower() == _core(surfaces[j]).lower():
                    join(i, j)
                    continue
                if not _numbers_agree(ks[i], ks[j]):
                    continue  # "Channel 4" is not "Channel 44", however close the spelling
                rel = "" if generic[i] or generic[j] else relation(ks[i], ks[j], first_names=False)
                if rel == "same":
                    join(i, j)
                elif not group[j] and (rel == "a<b" or contained(ks[i], ks[j], generic[i] and not generic[j])):
                    fuller[i].add(j)
                elif not group[i] and (rel == "b<a" or contained(ks[j], ks[i], generic[j] and not generic[i])):
                    fuller[j].add(i)
    for i, s in enumerate(surfaces):  # "The Minister of Energy of Varnel Jane Doe" is Jane Doe
        for tail in _titled_tails(s):
            tk = keys(tail, "PERSON")
            for j in sorted({j for b in blocking_keys(tk) for j in blocks.get(b, ())}):
                if j != i and not generic[j] and relation(tk, ks[j], first_names=False) == "same":
                    join(i, j)
    first_of: dict[str, int] = {}
    for i, s in enumerate(surfaces):
        eid = (entities or {}).get(s)
        if eid is not None:  # the entity resolver's verdict: "Velmora" is "Velmora Pharma AG"
            join(first_of.setdefault(eid, i), i)
    for i in sorted(fuller, key=lambda i: (-len(_words(ks[i])), i)):  # the longest partial names first
        classes = {uf.find(j) for j in fuller[i] if not apart(i, j)}
        if len(classes) == 1:  # a partial name joins a fuller one only when exactly one fits
            join(i, next(iter(classes)))
    return [uf.find(i) for i in range(len(surfaces))]


def _shingles(text: str) -> set[int]:
    words = [w.lower() for w in TOKEN.findall(text)]
    return {hash(tuple(words[i : i + SHINGLE])) for i in range(len(words) - SHINGLE + 1)}


def _entities_of(members: Sequence[Member], entity_of: EntityLookup | None) -> dict[str, str]:
    """The one entity each named node stands for, looked up in its member's article; a surface
    that stands for two entities in two articles is left to the name rules."""
    if entity_of is None:
        return {}
    found: dict[str, set[str | None]] = defaultdict(set)
    for m in members:
        for n in {*m.nodes, *m.roots, *m.carrier, m.label, *(x for pair in m.reached for x in pair)}:
            if is_named(n):
                found[n].add(entity_of(m.claim.article, None, None, n))
    return {n: e for n, es in found.items() if len(es) == 1 and (e := next(iter(es))) is not None}


SHORT_SUBJECT = 5  # words before a withholding verb that make a subject short ...
WITHHELD_SUBJECT = 15  # ... and the most a long subject that tells nothing may have
SAYING = frozenset("said says say told tells reported reports announced stated added confirmed".split())
# "It did not give a number", "The ministry declined to say how many", "She offered no date": a
# source keeping something back (verbs of telling, negated, and the information nouns they withhold).
_INFO = (
    r"(?:number|numbers|figure|figures|toll|tally|count|date|dates|time|details?|breakdown|estimate|timeline|"
    r"timetable|reasons?|explanation|evidence|names?|comment|information|data|sources?)"
)
_WITHHELD = re.compile(
    rf"^(?P<subject>(?:[\w'\u2019.-]+\s+){{0,{WITHHELD_SUBJECT}}}?)(?:"
    r"(?:(?:did|does|do|has|have|had|would|could|will)\s+not|(?:declined|refused|failed)\s+to"
    r"|(?:has|have|is|are)\s+yet\s+to)\s+(?:yet\s+)?"
    r"(?:(?:give|given|provided?|offer(?:ed)?|release[ds]?|publish(?:ed)?|disclosed?|put)\s+"
    rf"(?:(?:a|an|any|the|its|their|his|her)\s+)?(?:[a-z-]+\s+)?{_INFO}\b"
    r"|(?:say|said|specif(?:y|ied)|disclosed?|explain(?:ed)?|reveal(?:ed)?|confirm(?:ed)?)\s+"
    r"(?:why|how|what|when|where|which|who|whom|whether|if)\b"
    r"|comment(?:ed)?\b)"
    rf"|(?:gave|provided|offered|released|published)\s+no\s+(?:[a-z-]+\s+)?{_INFO}\b)",
    re.I,
)
_MORE_TOLD = re.compile(r"\b(?:but|while|although|though|saying|adding)\b|[;\"\u201c\u201d]", re.I)
# Words before a participle that make it a modifier of the noun after it ("the banned X Front").
_MODIFIER_DETS = frozenset("the a an its their his her these those".split())
_ADVERBS = frozenset("not never also still already since just then later now".split())


def _verb(word: str) -> bool:
    """A past participle, not a compound adjective ("state-owned", "Paris-based")."""
    return "-" not in word and is_past(word)


def _figure(word: str) -> bool:
    """A figure, in digits or in words: "30", "thirty", "three", "million"."""
    return any(ch.isdigit() for ch in word) or word in CARDINALS or word in TENS or word in SCALE_WORDS


def withholds(text: str) -> bool:
    """The claim tells only that its source kept something back ("It did not give a number for those
    still trapped", "The ministry declined to say how many were aboard"): it tells nothing of the fact.
    Its subject is short, or a long one that tells nothing itself (no figure, no comma, no "and", no verb
    of saying: "Officials of a relief agency who toured the camp before the vote declined to comment")."""
    m = _WITHHELD.search(text)
    if m is None or _MORE_TOLD.search(text):
        return False
    subject = [w.lower() for w in TOKEN.findall(m.group("subject"))]
    if len(subject) <= SHORT_SUBJECT:
        return True
    return "," not in m.group("subject") and not any(_figure(w) or w == "and" or w in SAYING for w in subject)


def _modifier_at(words: Sequence[str], k: int) -> bool:
    """``words[k]``, a participle, modifies the noun after it: "the banned X Front", "a sealed envelope"."""
    return 0 < k < len(words) - 1 and words[k - 1] in _MODIFIER_DETS and words[k + 1][:1].isalpha()


_AUX = frozenset("is are was were be been being has have had".split())


def _predicate_at(words: Sequence[str], k: int) -> bool:
    """``words[k]``, a participle, is a predicate after its helper: "was banned", "has (since) been used"."""
    j = k - 1
    while j > 0 and k - j <= 2 and (words[j].endswith("ly") or words[j] in _ADVERBS):
        j -= 1
    return j >= 0 and words[j] in _AUX


def tells_nothing(members: Sequence[Member]) -> set[int]:
    """Members that do not tell the cluster's claim, and so are no origin of it: one whose source only
    keeps something back (:func:`withholds`), and one that shares the claim's verbs with the others
    only as a participle before a noun while another article states them ("after a rally called by
    the banned X Front" beside "The X Front was banned in 2019"): a presupposed background, not a
    telling. A member sharing a figure with the others is always a telling."""
    words = [[w.lower() for w in TOKEN.findall(m.claim.text)] for m in members]
    stated: dict[str, set[str]] = defaultdict(set)  # participle -> articles where it is a predicate
    unbound: dict[str, set[str]] = defaultdict(set)  # participle -> articles where it is no modifier
    used: dict[str, set[str]] = defaultdict(set)
    for m, ws in zip(members, words, strict=True):
        for k, w in enumerate(ws):
            used[w].add(m.claim.article)
            if _verb(w) and not _modifier_at(ws, k):
                unbound[w].add(m.claim.article)
                if _predicate_at(ws, k):
                    stated[w].add(m.claim.article)
    out = set()
    for i, (m, ws) in enumerate(zip(members, words, strict=True)):
        if withholds(m.claim.text):
            out.add(i)
            continue
        shared = {w for w in ws if used[w] - {m.claim.article}}
        verbs = {w for w in shared if _verb(w)}
        if not verbs or any(_figure(w) for w in shared):
            continue
        if all(m.claim.article not in unbound[w] and stated[w] - {m.claim.article} for w in verbs):
            out.add(i)
    return out


def group_members(
    members: Sequence[Member], entity_of: EntityLookup | None = None
) -> tuple[list[list[int]], list[str]]:
    """Independent groups of members (indices), and a display name for each group's origin; members
    that tell nothing of the claim (:func:`tells_nothing`) are no origin of it, unless none tells it,
    nor are outlets' own unsourced lines that only repeat named sources (:func:`_sourced_only`)."""
    idle = tells_nothing(members)
    keep = [i for i in range(len(members)) if i not in idle]
    if not idle or not keep:
        return _sourced_only(members, *_group_members(members, entity_of))
    groups, labels = _group_members([members[i] for i in keep], entity_of)
    return _sourced_only(members, [[keep[i] for i in g] for g in groups], labels)


def _sourced_only(
    members: Sequence[Member], groups: list[list[int]], labels: list[str]
) -> tuple[list[list[int]], list[str]]:
    """The groups less those an outlet tells only in its own voice and that add nothing to what the
    named sources of the cluster tell: no figure, or only figures a sourced group gives too. An
    unsourced line beside named sources rests on them (it is no origin of its own); one that gives a
    figure none of them gives is an account of its own and stays. With no named source at all, every
    group stays."""
    sourced = [any(not members[i].own for i in g) for g in groups]
    if not any(sourced) or all(sourced):
        return groups, labels
    told = {q.value for g, s in zip(groups, sourced, strict=True) if s for i in g for q in members[i].claim.quantities}
    keep = [
        s or bool({q.value for i in g for q in members[i].claim.quantities} - told)
        for g, s in zip(groups, sourced, strict=True)
    ]
    return [g for g, k in zip(groups, keep, strict=True) if k], [x for x, k in zip(labels, keep, strict=True) if k]


def _group_members(
    members: Sequence[Member], entity_of: EntityLookup | None = None
) -> tuple[list[list[int]], list[str]]:
    said = {pair for m in members for pair in m.reached}
    surfaces = sorted(
        {n for m in members for n in m.nodes + m.roots + m.carrier + [m.label]} | {n for p in said for n in p}
    )
    known = {x.text: x.label for m in members for x in m.pa.mentions if x.label in ("PERSON", "ORG")}
    cls = dict(zip(surfaces, canonical_names(surfaces, known, _entities_of(members, entity_of)), strict=True))
    uf = _UF(len(members))
    rooted: dict[int, list[int]] = defaultdict(list)
    on_path: dict[int, list[int]] = defaultdict(list)
    reached: dict[int, set[int]] = defaultdict(set)  # a speaker's words reached these carriers
    for who, carrier in said:
        reached[cls[who]].add(cls[carrier])
    for i, m in enumerate(members):
        for c in {cls[r] for r in m.roots}:
            rooted[c].append(i)
        for c in {cls[n] for n in m.nodes + m.roots} | {x for r in m.roots for x in reached[cls[r]]}:
            on_path[c].append(i)
    sourced = {c for c, rs in rooted.items() if any(not members[i].own for i in rs)}
    for c, holders in on_path.items():
        if c in sourced:  # a root of one member on the path of others: one origin
            for i in holders[1:]:
                uf.union(holders[0], i)
    carried: dict[int, int] = {}
    for i, m in enumerate(members):
        for c in {cls[x] for x in m.carrier}:  # one interview, one agency's report
            uf.union(carried.setdefault(c, i), i)
    copied: dict[int, int] = {}
    for i, m in enumerate(members):
        for h in _shingles(m.claim.text):
            if h in copied:
                uf.union(copied[h], i)
            else:
                copied[h] = i
    for i, j in _crowd_voices(members):  # "Witnesses said ..." and the one witness the story names
        uf.union(i, j)
    _join_own_voice(members, uf, {c: h for c, h in on_path.items() if rooted.get(c) and c not in sourced})
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(members)):
        groups[uf.find(i)].append(i)
    written = Counter(n for m in members for n in m.nodes)  # how often each spelling is on a path
    spelled: dict[int, Counter[str]] = defaultdict(Counter)
    for m in members:
        spelled[cls[m.label]][m.label] += 1
    labels = []
    for g in groups.values():
        votes = Counter(cls[members[i].label] for i in g)
        top = max(votes, key=lambda c: (votes[c], -min(i for i in g if cls[members[i].label] == c)))
        names = {s for s in surfaces if cls[s] == top} | set(spelled[top])
        best = max(names, key=lambda s: (_full_name(s), spelled[top][s], len(s), written[s], s))
        labels.append(_display(re.sub(r"^the\s+", "", best)) if is_named(best) else best)
    return list(groups.values()), labels


# Verbs that make a person one of a crowd ("Jane Doe survived", "who witnessed the collapse").
_BEING_ONE = {"survivor": ("survived",), "witness": ("witnessed",), "eyewitness": ("witnessed",)}


def _one_of_crowd(noun: str) -> str:
    """The singular of a plural crowd noun: "witnesses" -> "witness", "families" -> "family"."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("sses", "shes", "ches", "xes")):
        return noun[:-2]
    return _singular(noun)


# Crowd nouns that say nothing of who the person is ("people"), or also name other things ("local time").
_NO_KIND = frozenset({"people", "local"})


def _crowd_voices(members: Sequence[Member]) -> list[tuple[int, int]]:
    """(a member rooted in a named person, one rooted in a crowd) where the person's own article places
    them in that crowd beside their name ("Jane Doe, who witnessed the collapse", "Mrs Doe survived",
    "Jane Doe, one of the survivors", "survivor Jane Doe") and the crowd is credited elsewhere ("Witnesses
    said ..."): the story's unnamed crowd speaks through the one of it that it names. A person who speaks
    for a body, or only speaks of the crowd ("Jane Doe said the survivors ..."), is not one of it."""
    crowds: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(members):
        for r in m.roots:
            if (noun := opening_head(r, CROWD_NOUNS)) and _one_of_crowd(noun.lower()) not in _NO_KIND:
                crowds[_one_of_crowd(noun.lower())].append(i)
                break
    out: list[tuple[int, int]] = []
    if not crowds:
        return out
    for i, m in enumerate(members):
        person = _plain(m.roots[0]) if m.roots and not m.own else ""
        words = person.split()
        if len(words) < 2 or not is_named(person) or is_institution(person) or opening_head(person, PEOPLE_NOUNS):
            continue
        if affiliations(person, m.pa):
            continue  # an official who speaks of the survivors is no survivor
        text = m.pa.article.text
        spots = [
            (text[max(0, x.start() - 60) : x.start()], text[x.end() : x.end() + 120])
            for x in re.finditer(rf"\b{re.escape(words[-1])}\b", text)
        ]
        for noun, held in crowds.items():
            if i not in held and any(_placed_in(noun, before, after) for before, after in spots):
                out.append((i, held[0]))
    return out


def _placed_in(noun: str, before: str, after: str) -> bool:
    """The text around a name places the person in the crowd ``noun`` (singular)."""
    nouns = rf"{re.escape(noun)}(?:s|es)?"
    if re.match(
        rf",\s+(?:(?:aged\s+)?\d+,\s+)?(?:a|an|another|fellow|one\s+of\s+the)\s+(?:[\w-]+\s+){{0,3}}?{nouns}\b",
        after,
        re.I,
    ):
        return True  # "Jane Doe, 44, a survivor", "Jane Doe, one of the survivors"
    if re.search(rf"\b(?i:{nouns})\s+(?:[A-Z][\w.'’-]*\s+){{0,3}}$", before):
        return True  # "survivor Jane Doe"
    being = "|".join(re.escape(f) for f in _BEING_ONE.get(noun, ()))
    return bool(being) and bool(
        re.match(rf"(?:,\s+[^,.;]{{0,60}}?\bwho\s+|\s+)(?:has\s+|had\s+|also\s+)?(?:{being})\b", after)
    )  # "Mrs Doe survived", "Jane Doe, a teacher who survived"


def _join_own_voice(members: Sequence[Member], uf: _UF, outlets: dict[int, list[int]]) -> None:
    """An outlet's own statements depend on the sources it carries: each class in ``outlets``
    (rooted only by own-voice members) joins the members on whose path it lies, unless they
    already form two or more groups that have sources of their own ("Delta Wire" quoting both
    the ministry and the coast guard): then its own-voice members join one of them and never
    bridge them (they are no more independent than their sources, and no proof that the sources
    are one)."""
    sourced = [False] * len(members)
    for i, m in enumerate(members):
        if not m.own:
            sourced[uf.find(i)] = True

    def join(a: int, b: int) -> None:
        ra, rb = uf.find(a), uf.find(b)
        if ra != rb:
            uf.union(ra, rb)
            sourced[rb] = sourced[rb] or sourced[ra]

    left: list[tuple[int, int]] = []  # (an own-voice member, the first source group it could rely on)
    for holders in outlets.values():
        comps = list(dict.fromkeys(uf.find(i) for i in holders))
        sources = [r for r in comps if sourced[r]]
        if len(sources) <= 1:
            for r in comps[1:]:
                join(comps[0], r)
            continue
        own = [r for r in comps if not sourced[r]]
        for r in own[1:]:
            join(own[0], r)
        if own:
            first = min(sources, key=lambda r: min(i for i in holders if uf.find(i) == r))
            left.append((own[0], min(i for i in holders if uf.find(i) == first)))
    for i, j in left:
        if not sourced[uf.find(i)]:
            join(i, j)


_NAME_LINKS = frozenset("of for and the on in de du des la le el al van von".split())


def _full_name(s: str) -> bool:
    """A name written out in full ("Fjord Radio and Television"), not an acronym ("FRT"), a
    description ("the state agency in Varnel") or a name cut from a phrase."""
    words = _plain(s).split()
    if len(words) < 2 or not is_named(s) or re.search(r"['’]s\b", s) or words[-1].lower() in _NAME_LINKS:
        return False  # "The Ministry of Foreign Affairs of": a name cut short
    return all(w[:1].isupper() or w.lower() in _NAME_LINKS or w[:2].lower() in ("d'", "l'") for w in words)
