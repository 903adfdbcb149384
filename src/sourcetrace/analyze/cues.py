"""Closed-class cue lists and small span helpers shared by quotes and citations.

Everything here is generic English: reporting verbs, document nouns, outlet
words, pronouns. No names of outlets, people or places.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

# Lemmas of verbs that introduce speech or a reported statement.
REPORTING_VERBS = frozenset(
    """
    say tell add state confirm affirm assert acknowledge announce reveal claim note mention
    stress explain insist argue warn deny report write declare reiterate emphasize emphasise
    underline highlight inform recall admit comment conclude tweet testify disclose indicate
    maintain allege complain reply respond answer urge vow pledge promise assure predict accuse boast
    describe observe remark suggest caution concede contend charge estimate believe
    announce divulge quip repeat address shout whisper cite reject refute dispute rebut
    swear remind guarantee underscore clarify specify
    """.split()
)
# Verbs of denial: what is denied is reported speech whose text keeps the verb
# ("denied that any money was paid"), so the claim is not read as asserted.
DENIAL_VERBS = frozenset("deny reject dismiss refute dispute rebut".split())
# Verbs of finding: with a that-clause ("observers found that …") the finding is the finder's statement.
FINDING_VERBS = frozenset("find conclude determine establish discover".split())
# Verbs of measurement: an organisation's recorded figure is its statement.
MEASURE_VERBS = frozenset("record measure register log".split())
# Nouns for claims that a denial verb can take as its object ("rejected the accusations").
CLAIM_NOUNS = frozenset(
    """
    accusation allegation claim charge report suggestion assertion rumour rumor notion idea criticism
    statement account version assessment finding conclusion figure
    """.split()
)
# Reporting verbs whose direct object can itself be the reported content
# ("the ministry announced the closure of ...").
CONTENT_VERBS = frozenset(
    "announce reveal confirm deny report claim acknowledge admit disclose allege divulge reiterate highlight".split()
)
# Verbs whose indirect object / "to"-object is the party told (a possible outlet).
TELL_VERBS = frozenset("tell inform say reveal confirm speak talk explain write describe disclose".split())
# Nouns for documents whose content can be quoted ("the report said").
DOC_NOUNS = frozenset(
    """
    report article interview story account statement study survey document communique release
    dispatch broadcast bulletin post tweet letter paper analysis investigation piece
    """.split()
)
# Records a body keeps and is cited by ("according to the official data of the ministry"): the body speaks.
RECORD_NOUNS = frozenset(
    """
    data figures statistics calculations estimate estimates count counts records findings information numbers tally
    """.split()
)
# Verbs whose object is a document its subject issues ("the mission issued a statement").
ISSUE_VERBS = frozenset(
    "issue release publish put send post sign write deliver read tweet circulate distribute file submit present".split()
)
# Common nouns for a single person ('the official said … He added'): a pronoun may take them up.
PERSON_NOUNS = frozenset(
    """
    official spokesman spokeswoman spokesperson minister president chairman chairwoman chair director secretary
    leader commander governor mayor lawyer attorney witness resident officer diplomat analyst expert man woman
    candidate premier chief head deputy senator lawmaker legislator ambassador envoy judge prosecutor doctor
    """.split()
)
# Family members: a name in apposition to one is a person's ('his wife, Ana,').
KIN_NOUNS = frozenset(
    """
    wife husband mother father son daughter brother sister widow widower partner fiancee fiancé fiancée fiance
    uncle aunt niece nephew cousin grandmother grandfather grandson granddaughter parent stepmother stepfather
    stepson stepdaughter girlfriend boyfriend
    """.split()
)
# Words that mark an organisation as a news outlet or publisher.
OUTLET_WORDS = frozenset(
    """
    news agency press times post journal herald tribune gazette telegraph guardian daily weekly
    television tv radio channel network broadcaster broadcasting wire newspaper magazine review
    institute institution observer monitor mail express chronicle courier dispatch media
    """.split()
)
# Outlet words no other kind of body uses ('Rights Radio' is a broadcaster, 'Rights Monitor' need not be).
MEDIUM_WORDS = frozenset(
    "news press tv radio television channel broadcaster broadcasting newspaper magazine wire daily weekly media".split()
)
# Intermediary cues for via-chains and citations: cue phrase -> regex.
VIA_CUES: tuple[tuple[str, str], ...] = (
    ("as quoted by", r"\bas quoted by\s+"),
    ("as reported by", r"\bas reported by\s+"),
    # the verb before its subject, as translated reports write it: 'as informs the state agency X',
    # 'as reported the agency Y', 'as transmitted the agency Z'
    ("as reported by", r"\bas (?:reported|reports|informs|informed|transmit(?:s|ted)|communicat(?:es|ed))\s+(?=the\s)"),
    ("quoted by", r"\bquoted by\s+"),
    ("reported by", r"\breported by\s+"),
    ("as cited by", r"\bas cited (?:by|in)\s+"),  # 'figures cited by X': X cites them, the page does not
    ("in an interview with", r"\b(?:in|during) an? (?:\w+ )?interview with\s+"),
    ("interview with", r"\binterview with\s+"),
    ("according to", r"\baccording to\s+"),
    ("told", r"\btold\s+"),
    ("spoke to", r"\b(?:spoke|speaking|talked|talking) to\s+"),
    ("informed", r"\binformed\s+"),
    ("revealed to", r"\b(?:revealed|said|confirmed|explained|disclosed|stated|announced|declared|admitted) to\s+"),
    ("in a statement to", r"\bin a statement to\s+"),
    ("published by", r"\bpublished by\s+"),
    ("broadcast by", r"\b(?:broadcast|aired) (?:by|on)\s+"),
    # 'a statement carried by the state news agency X': the outlet that ran it (an outlet only, see citations)
    ("carried by", r"\b(?:carried|relayed) by\s+"),
)
# Titles and honorifics that can open a speaker's name ('Minister X:', 'Comrade Y:', 'Dr Z said').
TITLE_WORDS = frozenset(
    """
    mr mrs ms miss mx dr prof professor hon honourable honorable engr eng engineer comrade sheikh shaikh sir
    dame lord lady rev reverend father imam rabbi bishop pastor minister president premier chairman chairwoman
    chair senator sen rep representative governor gov mayor judge justice general gen colonel col major maj
    captain capt lieutenant lt commander admiral ambassador secretary director chief commissioner councillor
    councilor deputy speaker king queen prince princess emir sultan ayatollah mp mep
    sergeant sgt corporal cpl brigadier marshal excellency highness majesty
    """.split()
)
# Words that label page furniture ('Photo: X', 'Source: Y', 'Read more: Z'): never a speaker.
LABEL_WORDS = frozenset(
    """
    photo photos photograph photographs image images picture pictures pic pics source sources credit credits
    caption file video videos watch read listen related update updated note editor tags tag topics share
    advertisement sponsored subscribe newsletter follow click see graphic graphics illustration map chart
    """.split()
)
# Label words that are furniture even without a colon ('Photo', 'Video', 'Read more'); 'Sources' may speak.
FURNITURE_LABELS = LABEL_WORDS - frozenset("source sources update updated note editor share follow see related".split())


def is_label(text: str) -> bool:
    """A speaker that is a furniture label: 'Photo', 'Image:', 'Read more', 'Source:'."""
    words = text.split()
    if not words or not words[0][:1].isupper():
        return False
    first = words[0].rstrip(":.").lower()
    if words[0].endswith(":") or (len(words) >= 2 and words[1].startswith(":")):
        return first in LABEL_WORDS
    return first in FURNITURE_LABELS and (len(words) == 1 or words[1].lower() in ("more", "also", "by"))


# Verbs that ask: a quotation that is a question ('“…?” X asked') is the asker's words.
# A correction note: the outlet's notice about its own earlier text ('Correction: An earlier version of
# this article said …'). What it says the earlier text said is no statement of the article, and the note
# quotes no one.
CORRECTION_NOTE = re.compile(
    r"(?:corrections?|clarifications?|erratum|correcci[oó]n|rectificatif|korrektur)\s*[:\u2014\u2013-]"
    r"|(?:(?:update|updated|editor['\u2019]?s\s+note|note)\s*[:\u2014\u2013-]\s*)?(?:"
    r"(?:an?\s+|the\s+)?(?:earlier|previous|prior|original)\s+versions?\s+of\s+this\s+(?:article|story|report|piece|post)"
    r"|this\s+(?:article|story|report|piece|post)\s+(?:was|has\s+been|had\s+been)\s+"
    r"(?:amended|corrected|updated|edited|changed))",
    re.IGNORECASE,
)


def correction_notes(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs that open as a correction note (see ``CORRECTION_NOTE``)."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group().lstrip(" \t*_>\u2022")
        if CORRECTION_NOTE.match(line):
            out.append((m.start(), m.end()))
    return out


def in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


# A dateline opening the body: 'VARNEL, May 6 (FPA) - ', 'MADRID (AP) — '.
DATELINE = re.compile(r"[A-Z][A-Z .'-]+(?:\s*\([^)\n]{1,20}\))?,?[^\n\u2013\u2014-]{0,25}\s[\u2013\u2014-]+\s+")
QUESTION_VERBS = frozenset("ask wonder query enquire inquire demand".split())
# Subjects that negate the statement ('Nobody from X told us …'): the sentence is the writer's
# (or the quoted speaker's) denial, and the subject is no speaker.
NEGATIVE_SUBJECTS = frozenset("nobody noone none nothing neither".split())
# Audiences after 'told' ('told MPs', 'told reporters'): the people addressed, never an outlet or carrier.
AUDIENCE_NOUNS = frozenset(
    """
    mp mps mep meps reporter reporters journalist journalists correspondent correspondents committee
    parliament lawmaker lawmakers legislator legislators senator senators congress senate assembly council
    councillor councillors court tribunal judge judges jury inquiry hearing panel conference briefing
    delegate delegates audience crowd supporters crowds rally students investors analysts shareholders
    members residents villagers voters listeners viewers readers colleagues staff workers employees
    officials diplomats envoys house chamber commission board summit forum meeting session commons lords
    """.split()
)


def is_audience(name: str) -> bool:
    """'MPs', 'the committee', 'Parliament', 'the Senate health panel': people addressed, not an outlet."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", strip_det(name).replace("\u2019s", "").replace("'s", ""))]
    if not words or len(words) > 4 or set(words) & (OUTLET_WORDS - {"institute", "institution"}):
        return False
    return words[-1] in AUDIENCE_NOUNS or (len(words) == 1 and words[0] in AUDIENCE_NOUNS)


PERSON_PRONOUNS = frozenset("he she him her".split())
PLURAL_PRONOUNS = frozenset("they them".split())
OPEN_Q = "\u201c\u201e\u00ab"
CLOSE_Q = "\u201d\u00bb"
STRAIGHT_Q = '"'
NAME_STOP = frozenset(["the", "a", "an"])
SOFT_WRAP_SPAN = 600  # a quotation may run over single line breaks for this many characters


def iter_quote_marks(text: str) -> Iterator[tuple[int, str]]:
    """Positions of double quote marks and paragraph breaks, in order."""
    for m in re.finditer(r'[\u201c\u201d\u201e\u00ab\u00bb"]|\n', text):
        yield m.start(), m.group()


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """(open, close) offsets of the double-quote marks of each direct quotation.

    A quotation left open at the end of a paragraph continues when the next
    paragraph opens with a quote mark (the multi-paragraph convention);
    otherwise the unclosed mark is dropped. ``open`` is the offset of the
    opening mark and ``close`` that of the closing mark.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    n = len(text)
    marks = list(iter_quote_marks(text))
    skip: set[int] = set()
    for pos, ch in marks:
        if pos in skip:
            continue
        if ch == "\n":
            if open_at is None:
                continue
            # paragraph break inside an open quotation: it goes on only when
            # the next paragraph opens with a quote mark
            j = pos
            while j < n and text[j].isspace():
                j += 1
            if j < n and (text[j] in OPEN_Q or text[j] == STRAIGHT_Q):
                skip.add(j)
                continue
            if "\n" not in text[pos + 1 : j] and pos - open_at < SOFT_WRAP_SPAN and text[pos - 1 : pos] != "\n":
                continue  # a single line break inside a sentence: hard-wrapped text
            open_at = None
            continue
        prev = text[pos - 1] if pos > 0 else " "
        nxt = text[pos + 1] if pos + 1 < n else " "
        if ch in OPEN_Q:
            if open_at is not None and (not prev.isspace() or re.search(r"[,.!?;:]\s$", text[max(0, pos - 2) : pos])):
                spans.append((open_at, pos))  # a mis-typed closing mark
                open_at = None
            else:
                open_at = pos
        elif ch in CLOSE_Q:
            if open_at is not None:
                spans.append((open_at, pos))
                open_at = None
        else:  # straight quote: opens after space/punct, closes otherwise
            if open_at is None:
                if prev.isspace() or prev in "([—–-:" or pos == 0 or not nxt.isspace():
                    open_at = pos
            else:
                spans.append((open_at, pos))
                open_at = None
    return [(a, b) for a, b in spans if b - a > 1]


def strip_det(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in NAME_STOP:
        words = words[1:]
    return " ".join(words)


CACHE_KEYS = (
    "_st_text",
    "_st_ents",
    "_st_starts",
    "_st_doc_nouns",
    "_st_sents",
    "_st_places",
    "_st_things",
    "_st_gender",
)


def drop_caches(doc: Any) -> None:
    """Remove the per-doc lookup caches (kept only for one analysis call)."""
    for key in CACHE_KEYS:
        doc.user_data.pop(key, None)


def doc_ents(doc: Any) -> tuple[Any, ...]:
    """``doc.ents``, kept on the doc (spaCy rebuilds the tuple on every access)."""
    ents = doc.user_data.get("_st_ents")
    if ents is None:
        ents = tuple(doc.ents)
        doc.user_data["_st_ents"] = ents
    return tuple(ents)


def token_ent(tok: Any) -> Any | None:
    """The named-entity span holding a token, if any."""
    if not tok.ent_type_:
        return None
    for ent in doc_ents(tok.doc):
        if ent.start <= tok.i < ent.end:
            return ent
    return None


def trim_span(doc: Any, start: int, end: int) -> tuple[int, int]:
    """Drop punctuation, quote marks and conjunctions at a token span's edges."""
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].lower_ in ("that", "and")):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def is_outlet_like(span_text: str, label: str | None = None) -> bool:
    """True for a name that looks like an organisation or outlet rather than a person."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", span_text)}
    if words & OUTLET_WORDS:
        return True
    if label in ("ORG", "NORP_ORG"):
        return True
    letters = re.sub(r"[^A-Za-z]", "", span_text)
    return 2 <= len(letters) <= 6 and letters.isupper()


def acronym(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", name) if w[0].isupper())


# words that do not tell one outlet from another ('Delvan' / 'Delvan News Agency' / 'the Delvan report')
GENERIC_OUTLET_WORDS = frozenset("news agency tv online english service digital live com net report reports".split())


def _name_words(s: str) -> list[str]:
    """Lower-case words of a name, without articles or a trailing place ('X news agency in Y' -> x news agency)."""
    words = re.findall(r"[a-z0-9]+", strip_det(s).lower().replace("\u2019s", "").replace("'s", ""))
    for k, w in enumerate(words):
        if k and w in ("in", "from", "based"):
            words = words[:k]
            break
    return [w for w in words if w not in NAME_STOP]


def same_outlet(a: str | None, b: str | None) -> bool:
    """Loose test that two outlet names refer to the same publisher.

    Whole normalised names are compared, not substrings: equal when written
    together ('Press TV' / 'PressTV'), equal once generic words are dropped
    from both ('Delvan' / 'Delvan News Agency'), one name of two or more words
    running inside the other ('Al Monitor' / 'Al Monitor English'), the other's
    closing outlet word alone ('The Herald' / 'The Farmers' Herald'), or an
    acronym of the other. A generic head is never dropped to leave a bare
    place name that then matches inside another outlet's name.
    """
    if not a or not b:
        return False
    wa, wb = _name_words(a), _name_words(b)
    if not wa or not wb:
        return False
    if "".join(wa) == "".join(wb):
        return True
    ga, gb = [w for w in wa if w not in GENERIC_OUTLET_WORDS], [w for w in wb if w not in GENERIC_OUTLET_WORDS]
    if ga and gb and "".join(ga) == "".join(gb):
        return True
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) >= 2 and any(long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1)):
        return True
    if len(short) == 1 and short[0] in OUTLET_WORDS - GENERIC_OUTLET_WORDS and short[0] == long_[-1]:
        return True  # 'The Herald' for 'The Farmers' Herald': the outlet word the name ends with
    for x, y in ((a, b), (b, a)):
        letters = re.sub(r"[^A-Za-z]", "", x)
        if letters.isupper() and 2 <= len(letters) <= 6 and letters == acronym(y):
            return True
    return False


def _brand(name: str) -> tuple[str, bool]:
    """The words of an outlet's name that are not outlet words ('VBC Radio' -> 'vbc'), and whether all capitals."""
    generic = OUTLET_WORDS | GENERIC_OUTLET_WORDS
    words = [w for w in re.findall(r"[A-Za-z0-9]+", strip_det(name)) if w.lower() not in generic]
    return " ".join(w.lower() for w in words), bool(words) and all(w.isupper() and len(w) > 1 for w in words)


def is_own_outlet(own: str | None, name: str | None) -> bool:
    """``name`` is the article's own outlet ``own`` under another form: never a source the article cites.

    Besides :func:`same_outlet`: the last word of the outlet's name alone ('the
    Sentinel' in 'The Evening Sentinel'), the same capitalised brand under another
    outlet word ('VBC Radio' in 'VBC News'), or that brand as the acronym of
    the other name ('VBC News' of the 'Velundian Broadcasting Corporation').
    """
    if not own or not name:
        return False
    if same_outlet(own, name):
        return True
    wo, wn = _name_words(own), _name_words(name)
    if not wo or not wn:
        return False
    if len(wn) == 1 and len(wo) >= 2 and wn[0] == wo[-1] and len(wn[0]) > 2:
        return True  # the page's short form of its own name
    (bo, caps_o), (bn, caps_n) = _brand(own), _brand(name)
    if bo and bo == bn and (caps_o or caps_n):
        return True
    for brand, caps, other in ((bn, caps_n, own), (bo, caps_o, name)):
        if caps and " " not in brand and brand.upper() == acronym(other) and len(brand) >= 2:
            return True
    return False


# Verbs that label someone with a quoted phrase ('called X “a …”', 'branded X “…”',
# 'dismissed X as “…”'): the quoted complement is the subject's words.
LABEL_VERBS = frozenset("call brand dismiss label term describe denounce deride decry condemn hail accuse".split())
# Public institutions, each its own kind (after the museum kind in both tables below).
_INSTITUTION_KINDS: dict[str, frozenset[str]] = {
    "library": frozenset("library archive archives".split()),
    "court": frozenset("court tribunal".split()),
    "parliament": frozenset("parliament assembly senate congress legislature".split()),
    "school": frozenset("university college school academy".split()),
    "institute": frozenset("institute foundation".split()),
    "hospital": frozenset("hospital clinic".split()),
    "embassy": frozenset("embassy consulate".split()),
}
# Definite generic nouns for organisations ('the company said'), by kind. A noun
# resolves to the most recent organisation named with that noun, else to the
# most recent one of the same kind.
ORG_KINDS: dict[str, frozenset[str]] = {
    "company": frozenset(
        """
        company firm operator corporation conglomerate business carrier airline bank insurer
        manufacturer retailer producer developer owner employer chain supplier lender maker giant
        """.split()
    ),
    "government": frozenset("ministry department government office administration cabinet authority".split()),
    "union": frozenset("union federation association confederation guild syndicate".split()),
    "council": frozenset("council municipality city town county board commission committee".split()),
    "agency": frozenset("agency regulator inspectorate watchdog service police".split()),
    "party": frozenset("party movement coalition alliance".split()),
    "club": frozenset("club team side".split()),
    # 'the group' / 'the organisation': a company, party, union, campaign group or institute (GROUP_KINDS)
    "group": frozenset("group organisation organization".split()),
    # public institutions, each its own kind: 'the museum' is never the 'X Gallery' nor the 'Y Court'
    "museum": frozenset("museum gallery".split()),
    **_INSTITUTION_KINDS,
}
# Words that mark an organisation name as one of those kinds ('X Ltd', 'Ministry of Y').
ORG_KIND_MARKS: dict[str, frozenset[str]] = {
    "company": frozenset(
        """
        ltd limited inc incorporated corp corporation co company plc llc gmbh ag sa nv bv spa group holdings
        logistics industries enterprises partners bank airlines airways motors energy systems technologies
        securities capital shipping trading
        """.split()
    ),
    "government": frozenset("ministry department government office administration cabinet".split()),
    "union": frozenset("union federation association confederation guild syndicate".split()),
    "council": frozenset("council municipality commission committee board".split()),
    "agency": frozenset("agency inspectorate authority regulator service police directorate".split()),
    "party": frozenset("party movement coalition alliance front".split()),
    "club": frozenset("fc club united city athletic".split()),
    "museum": frozenset("museum museums gallery galleries".split()),
    **_INSTITUTION_KINDS,
    # a rights or campaign body ('the X Human Rights Monitor'), whatever outlet word its name holds
    "advocacy": frozenset("rights amnesty".split()),
}
# Kinds of organisation 'the group' / 'the organisation' can stand for (besides names marked as none).
GROUP_KINDS = frozenset(["company", "party", "union", "advocacy", "institute"])
# Kinds of organisation that speak for themselves: never an outlet or agency an article cites.
SELF_SPEAKING_KINDS = frozenset(["party", "advocacy"])


def org_kind_of_noun(lemma: str) -> str | None:
    """The organisation kind a generic noun ('company', 'ministry') names, if any."""
    for kind, nouns in ORG_KINDS.items():
        if lemma in nouns:
            return kind
    return None


def org_kind_of_name(name: str) -> str | None:
    """The kind an organisation name is marked as ('X Logistics' -> company), if any."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", name)}
    if words & ORG_KIND_MARKS["advocacy"] and not words & MEDIUM_WORDS:
        return "advocacy"  # 'the X Human Rights Monitor' / 'Y Rights Observer': a rights body, not a paper
    if words & OUTLET_WORDS - {"agency"} or {"news", "agency"} <= words:
        return "outlet"
    for kind, marks in ORG_KIND_MARKS.items():
        if words & marks:
            return kind
    return None
