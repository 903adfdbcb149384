"""Outlets and agencies an article says it relies on.

Forms: "according to the X", "X reports", "told X" (also "told the
French-language daily X"), "as quoted by X", "as reported by X", "In an
interview with X", "(ABC) –" after a dateline, "Source: X" lines, "Additional
reporting by X" (an outlet, not a reporter), "X News Agency", "the X report",
"a statement carried by the news agency X" (when X reads as a medium).
A negated publishing verb ("X has not published its replies") cites nothing; a
party or rights body ("the X Front (XF) said", "according to the Y Rights
Watch") speaks for itself and is no citation. Persons are told apart from
organisations by the entity label, outlet words ("news", "agency", "post",
"institute", ...), all-capital acronyms, and by the name being used elsewhere
in the article as an outlet ("the X report", "X news agency"). A citation of
the article's own outlet (from metadata, or from a trailing credit line when
the metadata has none) is not a citation.
"""

from __future__ import annotations

import re
from typing import Any

from ..model import Article, Citation, Quote
from .attribution import (
    OUTLET_DESCRIPTOR,
    OUTLET_NOUNS,
    Name,
    doc_text,
    is_reporting_verb,
    name_after,
    outlet_name_after,
    phrase_for,
    token_index_at,
)
from .coref import expand_acronym, person_shaped
from .cues import (
    DOC_NOUNS,
    OUTLET_WORDS,
    PERSON_NOUNS,
    SELF_SPEAKING_KINDS,
    TITLE_WORDS,
    VIA_CUES,
    doc_ents,
    drop_caches,
    is_audience,
    is_outlet_like,
    is_own_outlet,
    org_kind_of_name,
    strip_det,
)
from .mentions import ROLE_NOUNS
from .speakers import issuer_of

__all__ = ["find_citations"]

# cues whose object is a publisher by construction (persons still excluded)
RELAY_CUES = frozenset(["as quoted by", "as reported by", "reported by", "quoted by", "as cited by", "published by"])
# cues whose object may be a person: the name must look like an outlet
TALK_CUES = frozenset(
    ["told", "spoke to", "informed", "revealed to", "in an interview with", "interview with", "in a statement to"]
)
# cues strong enough that a capitalised name after them that is not a known
# person reads as an outlet ('according to The X', 'told Y')
STRONG_CUES = frozenset(["according to", "told", "in an interview with", "interview with", "spoke to"])
PUBLISH_LEMMAS = frozenset(["report", "publish", "broadcast", "air", "quote", "cite"])
PUBLISH_PREFIXES = ("report", "publish", "broadcast", "aired", "airs")
CREDIT_RE = re.compile(
    # 'Source: X' takes its colon ('Sources at the ministry told …' is a sentence)
    r"^[ \t]*(?:(?:sources?|credits?)\s*:|(?:via|reported by|as reported by|originally published (?:by|in|on))\b\s*:?)"
    r"\s*\(?\s*"
    r"(?P<name>[^\n(),;|]{2,60})",
    re.IGNORECASE | re.MULTILINE,
)
DATELINE_RE = re.compile(
    r"^[ \t]*[A-Z][A-Za-z .'-]{1,40},?[^\n(]{0,30}\((?P<name>[A-Z][A-Za-z/&]{1,12})\)\s*[\u2013\u2014-]",
    re.MULTILINE,
)
ADDITIONAL_RE = re.compile(r"\b(?:with )?additional reporting (?:by|from)\s+", re.IGNORECASE)
PAREN_AGENCY_RE = re.compile(r"^[ \t]*\((?P<name>[A-Z][A-Za-z/&]{1,12})\)\s*[\u2013\u2014-]", re.MULTILINE)
# document nouns whose source is a publisher ("the X report"), not a speaker ("a statement from X")
PUBLISHED_NOUNS = DOC_NOUNS - {"statement", "communique", "release", "letter", "tweet", "post", "document", "paper"}
# word orders of translated text: 'declared for the agency X' (told X), 'as reported the agency X' (as X reported);
# the name must read as an outlet, and must open with a capital or follow 'the … agency'
TRANSLATED_CUES: tuple[tuple[str, str], ...] = (
    (
        "said for",
        r"\b(?:said|stated|declared|told|confirmed|explained|announced) for\s+(?=(?:the )?\w+ agency\b|[A-Z])",
    ),
    ("as reported", r"\b[Aa]s (?:reported|wrote|informed|transmitted|conveyed) (?=the |[A-Z])"),
    # a publishing verb after the clause it carries, before its subject: '…, writes the portal X', '…, informs X'
    ("writes", r",\s+(?:writes|wrote|reports|reported|informs|transmits|communicates) (?=the |[A-Z])"),
    # 'the minister said …, citing the state agency X': a medium only (see MEDIA_ONLY_CUES)
    # ... or a relay's own source: 'according to the X Wire, which cited the state agency Y'
    ("citing", r"\b(?:citing|quoting|(?:which|who) (?:cited|quoted)) (?=the |an? |[A-Z])"),
)
# cues whose object is often no medium ('citing security concerns', 'citing the ministry'): a medium only
MEDIA_ONLY_CUES = frozenset(["citing"])
# ... unless a medium's publishing verb comes just before: 'as the X Wire reported, citing Y' (Y is its source)
RELAYED_BEFORE = re.compile(r"\b(?:reported|reports|wrote|writes|published|broadcast),\s*$")
# cues whose object ran someone's words ('a statement carried by X'): an outlet only when it reads as a medium
CARRY_CUES = frozenset(["carried by"])
GENERIC = frozenset(["news", "latest news", "related news", "media", "press", "the press", "state media", "reports"])


def find_citations(doc: Any, article: Article, quotes: list[Quote]) -> list[Citation]:
    """Every outlet or agency the article's body says it relies on (own outlet excluded)."""
    try:
        return _find_citations(doc, article, quotes)
    finally:
        drop_caches(doc)


def _find_citations(doc: Any, article: Article, quotes: list[Quote]) -> list[Citation]:
    text = article.text
    own = article.outlet or _credit_outlet(text)
    known = _outlet_names(doc)
    media_known = _outlet_names(doc, media=True)
    # names the article goes on to call 'the newspaper' or that 'report' something
    known |= {_key(q.speaker) for q in quotes if q.speaker and (q.cue or "").lower().startswith(PUBLISH_PREFIXES)}
    # and the names that relayed someone's words ('He called it “a farce”, the Fjord Post reported')
    known |= {_key(v) for q in quotes for v in q.via if v and any(ch.isupper() for ch in v)} - {""}
    # and the names it presents as a medium ('his newspaper X', 'the state television Y', 'X, the paper …,')
    known |= {_key(name.text) for name, _ in _described_media(doc)} - {""}
    found: list[Citation] = []

    persons = _person_words(doc)

    def add(
        name: Name | None, cue: str, *, strict: bool, strong: bool = False, media: bool = True, report: bool = False
    ) -> None:
        if name is None:
            return
        cites = name.text.strip(" .,:;\u2013\u2014-\n\t")
        if not cites or cites.lower() in GENERIC or not any(ch.isupper() for ch in cites):
            return
        if _described_medium(doc, cites, name.start + name.text.find(cites)):
            return  # 'spoke to Varnelian television', 'told local radio': a kind of medium, named by no one
        if is_audience(cites) and not report:
            return  # 'told MPs', 'told the committee': the people addressed
        if _body_name(cites) and not (media or _key(cites) in media_known):
            return  # 'the X Regulatory Agency', 'the Ports Authority': a body, not a news agency
        if strip_det(cites).lower() in OUTLET_NOUNS | DOC_NOUNS:
            return  # 'The newspaper', 'the agency': a reference, not a name
        if name.label == "PERSON" and re.search(r"[A-Za-z]\s?\d{1,3}$", cites):
            name = Name(name.text, name.start, name.end, "ORG")  # 'Fjord24', 'Skyline 24': no person's name
        if name.label in ("PERSON", "GPE", "NORP", "DATE", "CARDINAL") and not _has_outlet_word(cites):
            if _key(cites) not in known:
                return
        if strict and not (
            is_outlet_like(cites, name.label)
            or _key(cites) in known
            or (strong and _unknown_name(cites, name.label, persons))
        ):
            return
        if any(w.lower() in DOC_NOUNS for w in cites.split()[:1]):
            return
        if is_own_outlet(own, cites):
            return  # 'told the Sentinel' in the Sentinel, 'VBC Radio' in VBC News: the outlet itself
        if not report and _self_speaking(doc, cites):
            return  # 'the X Front (XF) said', 'according to the Y Rights Watch': a party or NGO speaking for itself
        start = name.start + name.text.find(cites)
        found.append(Citation(article.id, cites, cue, start, start + len(cites)))

    for cue, pattern in VIA_CUES + TRANSLATED_CUES:
        for m in re.finditer(pattern, text, flags=re.IGNORECASE if cue in dict(VIA_CUES) else 0):
            name = outlet_name_after(doc, m.end())
            if name is None or _credit_line(text, m.start()):
                continue
            media = cue in RELAY_CUES or bool(MEDIA_CONTEXT.search(text, m.end(), max(m.end(), name.start)))
            if not media and cue in MEDIA_ONLY_CUES:  # what a medium reported, it had from Y (RELAYED_BEFORE)
                media = RELAYED_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None
            if cue in CARRY_CUES | MEDIA_ONLY_CUES and not (
                media or _has_outlet_word(name.text) or _key(name.text) in known
            ):
                continue  # 'passengers carried by Fjord Air': a carrier, not a medium
            if cue in RELAY_CUES:
                add(name, cue, strict=False)
            elif cue == "according to" or cue in STRONG_CUES:
                add(name, cue, strict=True, strong=True, media=media)
            else:
                add(name, cue, strict=True, media=media)
    for m in ADDITIONAL_RE.finditer(text):
        # 'Additional reporting by the X Herald' (an outlet), not '… by Ana Ruiz in Y' (a reporter)
        add(outlet_name_after(doc, m.end()), "additional reporting by", strict=True)
    for m in DATELINE_RE.finditer(text):
        add(Name(m.group("name"), m.start("name"), m.end("name"), "ORG"), "dateline", strict=False)
    for m in PAREN_AGENCY_RE.finditer(text):
        add(Name(m.group("name"), m.start("name"), m.end("name"), "ORG"), "dateline", strict=False)
    for m in CREDIT_RE.finditer(text):
        if re.match(r"\s*(photo|image|picture)", text[m.start() : m.start("name")], re.IGNORECASE):
            continue
        raw = m.group("name").strip()
        if raw.lower().startswith(("photo", "image")):
            continue
        add(Name(raw, m.start("name"), m.start("name") + len(raw), "ORG"), "source line", strict=False)
    for name, cue in _outlet_phrases(doc, known):
        add(name, cue, strict=False, media=_media_cue(cue))
    for name, cue in _described_sources(doc):
        add(name, cue, strict=False)
    for name, cue in _report_issuers(doc):
        add(name, cue, strict=False, report=True)
    for name, cue in _monitor_estimates(doc):
        add(name, cue, strict=False, report=True)
    for m in MONITOR_DESCRIPTOR_RE.finditer(text):
        name = name_after(doc, m.end())
        if name is not None and name.start == m.end():
            add(Name(name.text, name.start, name.end, "ORG"), "according to", strict=False, report=True)
    for m in CITING_DOCUMENT_RE.finditer(text):
        name = name_after(doc, m.end())
        if name is not None and name.label not in ("PERSON", "GPE", "NORP", "LOC", "DATE", "TIME", "CARDINAL"):
            add(Name(name.text, name.start, name.end, "ORG"), "citing", strict=False, report=True)
    for m in ON_AIR_RE.finditer(text):
        name = outlet_name_after(doc, m.end())
        if name is not None:
            short = BRACKET_ACRONYM_RE.match(text, name.end)
            if short:  # 'of the First Channel of X Television (XTV-1)': the name with the acronym it goes by
                name = Name(text[name.start : short.end()], name.start, short.end(), name.label)
            add(name, m.group().strip(), strict=not OUTLET_DESCRIPTOR.match(text, m.end()))
    for t in doc:
        if t.pos_ == "VERB" and t.lemma_.lower() in PUBLISH_LEMMAS and not _negated(t):
            for c in t.children:
                if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN"):
                    add(phrase_for(c), t.text, strict=True)
    for q in quotes:
        if q.speaker and q.speaker_start is not None and q.speaker_end is not None and q.cue:
            i = token_index_at(doc, q.speaker_start)
            label = doc[i].ent_type_ if i is not None else ""
            verb = (q.cue or "").split()[0].lower()
            if verb.startswith(PUBLISH_PREFIXES) or _has_outlet_word(q.speaker) or _key(q.speaker) in known:
                name = Name(q.speaker, q.speaker_start, q.speaker_end, label)
                add(name, q.cue, strict=True, media=verb.startswith(PUBLISH_PREFIXES))
                continue
            described = _medium_described(doc, q.speaker, q.speaker_start)
            if described is not None:
                add(described, q.cue, strict=False)
    return _dedupe(found)


# lower-case nouns that present the name after them as a news medium ('the opposition portal X', 'the website Y')
MEDIUM_DESCRIPTORS = frozenset(
    "portal website site blog tabloid newspaper daily weekly broadcaster outlet magazine channel newsletter".split()
)


def _medium_described(doc: Any, speaker: str, start: int) -> Name | None:
    """A speaker phrase that describes a medium and then names it ('The Fjord opposition portal Varnel Today'):
    the name after the medium noun, unless it is a person's."""
    m = re.search(r"\b([a-z]+)\s+((?:[A-Z][\w'\u2019&-]*\s*){1,5})$", speaker)
    if m is None or m.group(1) not in MEDIUM_DESCRIPTORS:
        return None
    cites = m.group(2).strip()
    if cites.split()[0].lower().rstrip(".") in TITLE_WORDS | PERSON_NOUNS:
        return None  # 'the newspaper Editor Jane Doe': a person at the medium
    at = start + m.start(2)
    ents = [e for e in doc_ents(doc) if e.start_char <= at < e.end_char]
    if ents and ents[0].label_ in ("PERSON", "GPE", "LOC", "NORP"):
        return None
    return Name(cites, at, at + len(cites), ents[0].label_ if ents else "ORG")


# ---------------------------------------------------------------- helpers


# nouns of a published finding an article can rely on ('a report by X', 'X's annual count', 'X said in a study')
REPORT_NOUNS = frozenset("report study survey index count tally census audit ranking yearbook bulletin".split())
# kinds of body whose report is its own word, not a source relied on: a government, party, company, council
REPORT_SELF_KINDS = frozenset(["government", "party", "company", "council", "club", "agency"])
# 'according to the bulletin of X': the article relies on the document; only a government's or a party's is its
# own word still
ACCORDING_SELF_KINDS = frozenset(["government", "party"])


# last words that make a name a body's, whatever the tagger says ('the Quiet Walls Project', 'Open Lens Forum')
BODY_NAME_WORDS = frozenset(
    """
    project initiative international forum watch trust foundation institute institution centre center network
    society fund observatory monitor group organisation organization association league programme program
    coalition alliance union federation campaign collective
    """.split()
)


def _body_named(name: str, label: str) -> bool:
    """A body's name: a word of a body's name, an outlet word or an organisation kind in it, an acronym, or a
    name of several words the tagger calls an organisation that is not shaped like a person's ('Ana Ruiz');
    no all-capital headline ('PRESS GROUP') and no lone word the tagger took for a body (a town, 'from X')."""
    words = re.findall(r"[A-Za-z][\w'-]*", name)
    if not words or (len(words) > 1 and name.isupper()):
        return False
    if len(words) == 1 and 2 <= len(words[0]) <= 6 and words[0].isupper():
        return True  # an acronym
    lowered = {w.lower() for w in words}
    if lowered & (BODY_NAME_WORDS | OUTLET_WORDS) or org_kind_of_name(name) is not None:
        return True
    return label == "ORG" and len(words) > 1 and not person_shaped(name)


def _report_issuers(doc: Any) -> list[tuple[Name, str]]:
    """Named bodies whose published report the article relies on: 'a report by X', 'X's annual count',
    'X says in its latest report', 'In a report released on Monday, X said'. Persons, places and the kinds
    of body that speak for themselves (a ministry, a party, a company) are left out."""
    out: list[tuple[Name, str]] = []
    for t in doc:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in REPORT_NOUNS:
            continue
        issuer = issuer_of(t) or _report_owner(t)
        if issuer is not None and issuer.pos_ == "NOUN":  # 'the watchdog Open Lens Forum said in a report'
            issuer = next((c for c in issuer.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if issuer is None or issuer.ent_type_ in ("GPE", "NORP", "LOC") or issuer.pos_ != "PROPN":
            continue
        name = phrase_for(issuer)
        bare = strip_det(name.text).replace("\u2019s", "").replace("'s", "").strip()
        relied = t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according"
        selfs = ACCORDING_SELF_KINDS if relied else REPORT_SELF_KINDS
        if not bare or org_kind_of_name(bare) in selfs or not _body_named(bare, issuer.ent_type_):
            continue
        at = name.start + name.text.find(bare)
        out.append((Name(bare, at, at + len(bare), "ORG"), t.text))  # a body, whatever the tagger took it for
    return out


def _report_owner(t: Any) -> Any | None:
    """The body a report belongs to, beyond :func:`issuer_of`: 'the annual census of X' (a name after "of"), and
    'X counts in its yearly report …' (the subject of a verb of counting, the report its own)."""
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            objs = [p for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
            if objs:
                return objs[0]
    own = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children)
    verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "in" else None
    if own and verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in ESTIMATE_LEMMAS:
        return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)
    return None


# verbs of a count or an estimate a monitor publishes ('X, a monitoring group, estimates that …')
ESTIMATE_LEMMAS = frozenset(["estimate", "count", "document", "tally", "calculate"])
# nouns presenting a body as one that watches and counts ('a monitoring group', 'a watchdog', 'a think tank')
MONITOR_HEADS = frozenset(["watchdog", "monitor", "observatory"])
MONITOR_MODIFIERS = frozenset(["monitoring", "research", "think"])


def _monitor_estimates(doc: Any) -> list[tuple[Name, str]]:
    """A named body the article presents as a monitor ('X, a monitoring group based in Y, estimates that …'):
    its count is a finding the article relies on."""
    out: list[tuple[Name, str]] = []
    for t in doc:
        if t.pos_ != "VERB" or t.lemma_.lower() not in ESTIMATE_LEMMAS or _negated(t):
            continue
        for subj in (c for c in t.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"):
            for a in (c for c in subj.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
                mods = {m.lemma_.lower() for m in a.children if m.dep_ in ("compound", "amod")}
                if a.lemma_.lower() in MONITOR_HEADS or mods & MONITOR_MODIFIERS:
                    out.append((phrase_for(subj), t.text))
                    break
    return out


# 'according to the internet monitoring group X', 'according to the watchdog Y': a monitor named after what it is
MONITOR_DESCRIPTOR_RE = re.compile(
    r"\b[Aa]ccording to (?:the |an? )?(?:[a-z][\w-]* ){0,3}"
    r"(?:watchdog|monitor|observatory|(?:monitoring|research) (?:group|body|organi[sz]ation|centre|center))\s+(?=[A-Z])"
)
# 'declared on the air of X', 'wrote on the pages of Y': the medium that carried someone's words
ON_AIR_RE = re.compile(
    # the programme's own title may stand between ('in the programme "Week Ahead" of X')
    r"\b(?:on|in) (?:the )?(?:(?:morning|evening|night|weekly|daily|main|late|live|political|current) )?"
    r"(?:air|airwaves|pages|columns|programmes?|programs?|shows?|studios?)"
    r"(?: [\"\u201c\u201e\u00ab][^\"\u201d\u201c\u00bb\n]{1,60}[\"\u201d\u201c\u00bb])? of\s+",
    re.IGNORECASE,
)
BRACKET_ACRONYM_RE = re.compile(r"\s*\([A-Z][A-Z0-9-]{1,10}\)")
# 'citing the statement of the X Union', 'citing a report by Y': the body whose document the report relies on
CITING_DOCUMENT_RE = re.compile(
    r"\bciting (?:a |an |the |its )?(?:[a-z]+ )?(?:statement|report|communiqu[eé]|release|data|figures|study|"
    r"findings|note|decision) (?:of|from|by|issued by) (?=(?:the )?[A-Z])"
)
# the nouns of an outlet descriptor that name a medium ('agency' alone may be a public body)
MEDIUM_WORDS = frozenset(
    "daily newspaper paper weekly magazine broadcaster channel station website portal blog outlet tabloid broadsheet"
    " radio television tv news publication".split()
)
# spreading or circulating a statement is publishing it ('the agency X spread the claim that …')
PUBLISHING_LEMMAS = frozenset(
    ["write", "report", "publish", "broadcast", "air", "carry", "spread", "circulate", "disseminate", "distribute"]
)


def _descriptor_media(doc: Any) -> list[tuple[Name, Any, bool]]:
    """Each name an outlet descriptor presents ('his newspaper X', 'the agency Y'): the name, the descriptor's
    last token, and whether the descriptor names a medium (not a bare 'agency', which may be a public body)."""
    text = doc_text(doc)
    out: list[tuple[Name, Any, bool]] = []
    for m in OUTLET_DESCRIPTOR.finditer(text):
        if "\n" in m.group() or (m.start() > 0 and text[m.start() - 1].isalnum()):
            continue
        name = name_after(doc, m.end())
        k = token_index_at(doc, m.end())
        k = k - 1 if k else None  # the descriptor's last word, before the name
        while k and doc[k].is_space:
            k -= 1
        if name is None or k is None or name.label in ("PERSON", "GPE", "NORP", "LOC", "DATE", "TIME", "CARDINAL"):
            if name is None or k is None or not _descriptor_noun(doc[k]):
                continue
        if name.text.split()[0].lower().rstrip(".") in TITLE_WORDS | PERSON_NOUNS | ROLE_NOUNS:
            continue  # 'the newspaper Editor Jane Doe': a person at the medium
        medium = bool(set(m.group().lower().split()) & MEDIUM_WORDS)
        out.append((Name(name.text, name.start, name.end, "ORG"), doc[k], medium))
    return out


def _descriptor_noun(t: Any) -> bool:
    """The descriptor's noun heads the name or stands beside it ('his newspaper X': X is its apposition)."""
    return t.lower_ in MEDIUM_WORDS and any(c.dep_ in ("appos", "compound") and c.i > t.i for c in t.children)


def _described_media(doc: Any) -> list[tuple[Name, str]]:
    """Names the article presents as a medium: after a medium descriptor ('the state television X') or with
    one set off after them ('X, the paper she works for,')."""
    out = [(name, "described") for name, _, medium in _descriptor_media(doc) if medium]
    for t in doc:
        if t.dep_ == "appos" and t.pos_ == "NOUN" and t.lower_ in MEDIUM_WORDS and t.head.pos_ == "PROPN":
            h = t.head
            if h.i < t.i and doc[t.i - 1].lower_ in ("the", "a", "an") and doc[t.i - 2].text == ",":
                out.append((phrase_for(h), "described"))
    return out


def _described_sources(doc: Any) -> list[tuple[Name, str]]:
    """A described outlet that says or writes something ('as the agency X was writing', 'his newspaper Y says'), or
    that someone speaks to ('told to the broadcaster Z')."""
    out: list[tuple[Name, str]] = []
    for name, noun, medium in _descriptor_media(doc):
        k = token_index_at(doc, name.start)
        toks = [noun] + ([doc[k]] if k is not None else [])
        for t in toks:
            head = t.head
            if t.dep_ not in ("nsubj", "compound", "appos") or head.i == t.i:
                continue
            while head.dep_ in ("compound", "appos") and head.head.i != head.i:
                head = head.head
            subj = head if head.pos_ in ("NOUN", "PROPN") else t
            verb = subj.head if subj.dep_ == "nsubj" else None
            if verb is None and medium and subj.dep_ == "pobj" and subj.head.lower_ == "to":
                # 'as his lawyer told to the broadcaster Radio X', 'said to the weekly Y': the medium told
                verb = subj.head.head if subj.head.head.pos_ == "VERB" else None
            publishes = verb is not None and verb.lemma_.lower() in PUBLISHING_LEMMAS
            if verb is None or _negated(verb) or not (is_reporting_verb(verb) or publishes):
                continue
            if medium or publishes:
                out.append((name, verb.text))
                break
    return out


# Nouns of a kind of medium, and lower-case words that describe many outlets of that kind ('local radio'); 'state
# television' is one broadcaster, and stays a citation.
_MEDIUM_NOUNS = frozenset(["television", "tv", "radio", "media", "press", "newspapers", "papers", "outlets"])
_MEDIUM_MODIFIERS = frozenset(["local", "regional", "private", "the"])


def _described_medium(doc: Any, cites: str, start: int) -> bool:
    """A medium described, not named: a people's adjective (a NORP entity) or a word that describes many outlets
    before a medium noun ('Varnelian television', 'local radio'): a country's or a region's media, no one outlet."""
    words = cites.split()
    if len(words) < 2 or len(words) > 3 or words[-1].lower() not in _MEDIUM_NOUNS or not words[-1][:1].islower():
        return False
    norp = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ == "NORP"]
    pos = start
    for w in words[:-1]:
        at = cites.find(w, pos - start) + start
        pos = at + len(w)
        if w.lower() in _MEDIUM_MODIFIERS:
            continue
        if not any(a <= at < b for a, b in norp):
            return False
    return True


def _self_speaking(doc: Any, cites: str) -> bool:
    """A party or a rights body, by its name or by the name its acronym spells out anywhere in the article."""
    bare = strip_det(cites).replace("\u2019s", "").replace("'s", "")
    end = len(doc_text(doc))
    full = expand_acronym(doc, Name(bare, end, end))
    return org_kind_of_name(full.text) in SELF_SPEAKING_KINDS or org_kind_of_name(bare) in SELF_SPEAKING_KINDS


def _negated(v: Any) -> bool:
    """'X has not published its replies' / 'X never reported it': no report to rely on."""
    return any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in v.children)


def _key(name: str) -> str:
    s = strip_det(name).lower()
    s = re.sub(r"\b(news agency|news|agency)\b", " ", s)
    return re.sub(r"[^a-z0-9]", "", s)


def _person_words(doc: Any) -> set[str]:
    """Words of the names of persons mentioned in the article (to tell 'told Smith' from 'told Delvan')."""
    return {w.lower() for e in doc_ents(doc) if e.label_ == "PERSON" for w in re.findall(r"[A-Za-z]{3,}", e.text)}


def _unknown_name(cites: str, label: str, persons: set[str]) -> bool:
    """After a strong cue: 'The X' or a capitalised name that is no person's named in the article."""
    if label in ("PERSON", "GPE", "NORP", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT"):
        return False
    words = [w for w in cites.split() if w.lower() not in ("the", "a", "an")]
    if not words or not all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return False
    if {w.lower() for w in re.findall(r"[A-Za-z]{3,}", cites)} & persons:
        return False
    return True


def _has_outlet_word(name: str) -> bool:
    return bool({w.lower() for w in re.findall(r"[A-Za-z]+", name)} & OUTLET_WORDS)


def _outlet_names(doc: Any, media: bool = False) -> set[str]:
    """Names the article uses with outlet words: 'X news agency', 'X News', 'X TV' (with ``media``, not 'X Agency')."""
    return {
        _key(name.text)
        for name, cue in _outlet_phrases(doc, set())
        if cue.split()[0] in OUTLET_WORDS and (not media or _media_cue(cue))
    } - {""}


# words around a cue that make the name after it a news medium ('told the state-run X', 'news agency X')
MEDIA_CONTEXT = re.compile(
    r"\b(?:news|press|wire|state-run|state-owned|state|broadcaster|newspaper|daily|weekly|outlet|media|channel|radio"
    r"|television|tv|magazine|tabloid|website)\b",
    re.IGNORECASE,
)
BODY_WORDS = frozenset(["agency", "authority"])


def _media_cue(cue: str) -> bool:
    """An outlet-phrase cue that names a medium ('news agency', 'radio'), not a bare 'agency'."""
    return bool(set(cue.lower().split()) - BODY_WORDS)


def _body_name(cites: str) -> bool:
    """A name ending in 'Agency' / 'Authority' with no other outlet word: a public body unless told otherwise."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", cites)]
    return bool(words) and words[-1] in BODY_WORDS and not set(words) & (OUTLET_WORDS - BODY_WORDS)


def _outlet_phrases(doc: Any, known: set[str] | None = None) -> list[tuple[Name, str]]:
    """'X News Agency' / 'X news' / 'the X report' / 'a report from X': X with the cue word.

    A name before a document noun ("the X report") counts when it is not a
    person, place or nationality, or when ``known`` lists it as an outlet.
    """
    known = _outlet_names(doc) if known is None else known
    out: list[tuple[Name, str]] = []
    n = len(doc)
    i = 0
    while i < n:
        t = doc[i]
        low = t.lower_
        is_outlet = low in ("news", "agency", "newspaper", "broadcaster", "tv", "television", "radio", "channel")
        is_doc = low in PUBLISHED_NOUNS and t.pos_ == "NOUN"
        if (is_outlet or is_doc) and i > 0:
            j = i
            while (
                j > 0 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].text[:1].isupper() and "\n" not in doc[j - 1].text
            ):
                j -= 1
            if j < i:
                end = i
                if is_outlet:
                    while end < n and doc[end].lower_ in OUTLET_WORDS:
                        end += 1
                span = doc[j:end]
                ok = is_outlet or doc[j].ent_type_ not in ("PERSON", "GPE", "NORP", "DATE") or _key(span.text) in known
                if ok:
                    out.append((Name(span.text, span.start_char, span.end_char, "ORG"), doc[i:end].text.lower() or low))
                    i = max(i + 1, end)
                    continue
        if low in PUBLISHED_NOUNS and t.pos_ == "NOUN" and i + 2 < n and doc[i + 1].lower_ in ("from", "by"):
            name = name_after(doc, doc[i + 2].idx)
            if name is not None and (name.label not in ("PERSON", "GPE", "NORP", "DATE") or _key(name.text) in known):
                out.append((name, f"{low} {doc[i + 1].lower_}"))
        i += 1
    return out


def _credit_line(text: str, pos: int) -> bool:
    """A 'Reported by X' / 'As reported by X' line standing alone (a credit, handled by CREDIT_RE)."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a : (len(text) if b < 0 else b)].strip()
    return bool(re.match(r"(?:as )?reported by\b", line, re.IGNORECASE)) and len(line.split()) <= 8


def _credit_outlet(text: str) -> str | None:
    """The outlet named by a credit line near the end of the text ('Source: X', 'Reported by X')."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for ln in lines[-6:]:
        m = re.match(
            r"(?:source|as reported by|reported by|originally published (?:by|in))\s*:?\s*\(?\s*([^\n(),;|]{2,60})",
            ln,
            re.IGNORECASE,
        )
        if m and len(ln.split()) <= 10:
            return m.group(1).strip()
    return None


def _dedupe(items: list[Citation]) -> list[Citation]:
    seen: set[tuple[int, int]] = set()
    out: list[Citation] = []
    for c in sorted(items, key=lambda c: (c.start, -c.end)):
        if any(s <= c.start < e for s, e in seen):
            continue
        seen.add((c.start, c.end))
        out.append(c)
    return out
