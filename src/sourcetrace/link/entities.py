"""Entity resolution within and across articles.

1. Candidate mentions per article: spaCy NER mentions, tidied (possessive ORG spans split,
   "Velundian" + "Tamarra" joined, spans across paragraphs dropped), plus cheap extra
   candidates the small model misses: acronyms ("VPLF-GC") and capitalised names with
   Arabic-style particles ("Saif ad-Din al-Karmi Brigades").
2. Within an article: full names are grouped when they match (:func:`names.relation`);
   each partial mention (a surname, a lone given name after a title, an acronym, a name
   without its adjectives) goes to the nearest preceding compatible full name, so two
   men surnamed alike stay apart and a bare surname follows the text.
3. Across articles: groups whose full names match are merged (blocking keys, no all-pairs);
   a group known only by a partial name joins another only when exactly one fits, or when all
   that fit are spellings of one full name kept apart ("Karim Osman Haddad"/"Karim Usman Haddad"
   for "Karim Haddad": the same given name and surname, a middle name spelled two ways).
4. Forms the writer defines (:mod:`.entity_forms`): "LONG (ACR)" makes ACR an alias of LONG in
   the article, and across articles where the corpus defines ACR one way; product names with a
   model number ("X-3") are PRODUCT candidates, and their bare stem is no person; a vessel's name in
   apposition after a vessel noun ("the trawler, the Aina Lind") is a PRODUCT wherever it is written.
5. Names known from the articles' metadata: each article's outlet ("Fjord Post Agency", often
   written only in its masthead or footer) and the names its furniture spells out for acronyms
   (``Article.names``: "© Fjord Public Broadcaster (FPB)" under an "FPB News" masthead) are full
   names without mentions, matched across
   articles like any other: a body's acronym whose initials spell it ("FPA") or its distinctive
   word ("the Post") joins it, and the entity's name and aliases take it. It never takes a lone
   place word, a group also known by a name that does not fit it, nor a part of a longer name.
6. A lone word the corpus shows to be a place is not a short form of a longer name that opens
   with it ("Varnel" / "Varnel Bridge"), whatever the model's label in that article; nor is a
   country's name (its demonym is written: "Varnelian") a short form of a longer name, not a
   person's nor the state's formal name, that ends with it ("Libera Varnel", a newspaper), in an
   article or across articles.
7. Citations are named by the resolved entity of their source (:func:`canonical_citations`).
8. Forms as written: a person's name with the titles written right before it ("Dr. Jane Roe", "Governor
   Roe") is an alias of the person; a name the model tags as a body is a person's when the article writes
   its last word after a courtesy title ("Ms Roe"); a lone word the corpus writes with a division word
   ("Varnel Province") is a region, one entity with that name, never the short form of a body ("Radio Varnel").
9. Cut names mended from the corpus: a name the model cut after its first word ("Fjord" + "Watch International")
   takes it back where the corpus writes the longer name; a one-word outlet ("Fjordnet") written in a body is
   a mention of it; a titled full name ("Colonel Jane Roe") lends "Colonel Roe" as an alias with the surname.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from anyascii import anyascii

from ..analyze.mentions import is_title_word, leading_titles
from ..model import ArticleAnalysis, Citation, Entity, EntityMention, content_id
from .entity_context import Cand as _Cand
from .entity_context import Group as _Group
from .entity_context import UnionFind as _UF
from .entity_context import (
    add_known_given_names,
    add_known_initials,
    add_known_names,
    add_speaker_surnames,
    dateline_words,
    join_given_names,
    join_namesakes_by_post,
    join_org_first_words,
    person_surnames,
    place_aware,
    place_evidence,
    place_word,
    split_person_tails,
)
from .entity_forms import (
    add_vessels,
    bracket_definitions,
    broadcaster_cands,
    disease_cands,
    product_cands,
    product_stems,
    retype_stems,
    unambiguous_acronyms,
    vessel_names,
)
from .names import (
    PLACE_DIVISIONS,
    SUFFIX_DESIGNATORS,
    TRAILING_GENERIC,
    UNIT_DESIGNATORS,
    NameKey,
    blocking_keys,
    clean_surface,
    division_word,
    loose_variant,
    name_key,
    name_score,
    relation,
    strip_honorifics,
    title_only,
    tok_sim,
)

__all__ = ["resolve_entities", "EntityLookup", "candidate_mentions", "canonical_citations"]

# entity_of(article_id, start, end, surface) -> entity id or None
EntityLookup = Callable[[str, int | None, int | None, str | None], str | None]

KEEP_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT"})
_MAX_BLOCK = 400  # a blocking key shared by more groups than this is too common to compare on

# "VPLF-GC"; a broadcaster's or a site's letters with a channel number ("DRT1", "NRK24")
_ACRONYM_RE = re.compile(r"(?<![\w-])[A-Z][A-Z&]{1,7}(?:[-\u2010\u2011\u2013][A-Z]{1,4})*(?:\d{1,2})?(?![\w-])")
_CAP = r"(?:[A-Z][\w'\u2019]*)"
_PART = r"(?:(?:al|el|ad|ar|as|ash|at|az|an|Al|El|Ad)[-\u2010\u2011]" + _CAP + ")"
_PARTICLE_NAME_RE = re.compile(rf"(?<![\w'\u2019-])(?:{_CAP}|{_PART})(?:[ ](?:{_CAP}|{_PART}))+")
# Lower-case words that never stand inside a person's name (name particles "de", "van", "bin" do): a span
# the model tagged as one person's name across them ends before them.
_PERSON_CUT_RE = re.compile(r" (?:on|in|at|to|from|with|by|told|said|says|tells) (?=\S)")
_POSS_SPLIT_RE = re.compile(r"(?:['\u2019]s?)\s+(?=[A-Z])")
_PUNCT = ".,;:\"'\u2018\u2019\u201c\u201d()"
# Generic head nouns of organisation and publication names (a closed class, no proper names).
ORG_HEADS = frozenset(
    """
    federation union association league society institute institution foundation fund trust
    alliance coalition confederation congress assembly guild syndicate club chamber
    council committee commission board authority agency bureau office department ministry
    inspectorate directorate secretariat tribunal court church mosque synagogue temple school
    college university academy hospital clinic museum library centre center theatre theater
    bank exchange company firm partnership cooperative collective network
    tribune times post herald journal gazette chronicle courier mirror observer guardian standard
    telegraph express mail star sun news review monitor voice record register echo sentinel
    dispatch bulletin weekly daily magazine radio television broadcaster
    """.split()
)


# Head nouns after which an organisation name goes on with "for/of/on (the) + capitalised words"
# ("Commission for the Upper Basin", "Ministry of Trade and Industry"): a closed class.
_LONG_ORG_HEADS = (
    "Commission Committee Council Institute Agency Authority Organisation Organization Federation Union "
    "Ministry Department Office Bureau Front Association Society Foundation Fund Board League Alliance "
    "Coalition Directorate Inspectorate Secretariat Centre Center Tribunal Court Bank Service Corps Academy "
    "Assembly Congress Conference Chamber Movement Party Forces Army Brigades Programme Program"
).split()
_CALENDAR = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December".split()
)
_UCAP = r"[A-Z][\w\u2010-]*"
_LONG_ORG_RE = re.compile(
    rf"(?<![\w'\u2019-])((?:{_UCAP} )*(?:{'|'.join(_LONG_ORG_HEADS)}))"
    rf"((?: (?:for|of|on)(?: the)?(?: {_UCAP}(?: (?:and|&) {_UCAP})?)+)+)(?![\w'\u2019-])"
)
_LEAD_FUNCTION = frozenset(
    "The A An This That These Those In On At By For From With After Before Under When While As Its His Her "
    "Their Our Then But And Or If Yesterday Today".split()
)


# A firm's full name: capitalised words ending with "Company", "Corporation", "Combine", "Works" or "Holdings"
# ("Fjord Cable Works Joint Stock Company", "Varn Mining and Metallurgical Combine"), which the small model often
# leaves untagged or cuts at its "and".
_COMPANY_RE = re.compile(
    rf"(?<![\w'\u2019-])((?:{_UCAP} (?:(?:and|&) (?={_UCAP} ))?){{2,8}}(?:Company|Corporation|Combine|Works|Holdings))"
    rf"(?![\w'\u2019-])"
)


def _company_cands(text: str) -> list[_Cand]:
    """Firms' full names (:data:`_COMPANY_RE`) inside running text (never in a title-case line, where any run of
    words is capitalised), leading function words ("The") left out."""
    out: list[_Cand] = []
    for m in _COMPANY_RE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        words = re.findall(r"[^\W\d_]+", line)
        if sum(w[0].islower() for w in words) < len(words) / 3:
            continue
        start, words = m.start(), m.group(1).split(" ")
        while len(words) > 2 and words[0] in _LEAD_FUNCTION:
            start += len(words[0]) + 1
            words = words[1:]
        if words[0] not in _LEAD_FUNCTION and len(words) >= 3:
            out.append(_Cand(start, m.end(), text[start : m.end()], "ORG"))
    return out


def _long_org_cands(text: str) -> list[_Cand]:
    """Organisation names that go on past their head noun: "International Commission for the
    Upper Basin". The small model often cuts or splits these at "for the". Firms' full names too
    (:func:`_company_cands`)."""
    out: list[_Cand] = _company_cands(text)
    for m in _LONG_ORG_RE.finditer(text):
        start, end = m.start(), m.end()
        words = m.group(1).split(" ")
        while len(words) > 1 and words[0] in _LEAD_FUNCTION:
            start += len(words[0]) + 1
            words = words[1:]
        if words[0] in _LEAD_FUNCTION:
            continue
        tail = m.group(2)
        # stop before a weekday or month ("the Council on Monday")
        cal = re.search(r" (?:for|of|on)(?: the)? (?:" + "|".join(_CALENDAR) + r")\b", tail)
        if cal:
            tail = tail[: cal.start()]
            end = m.start(2) + len(tail)
            if not tail:
                continue
        out.append(_Cand(start, end, text[start:end], "ORG"))
    return out


def _merge_long_orgs(text: str, cands: list[_Cand]) -> list[_Cand]:
    """A long organisation name replaces the pieces the model made of it (a leading "the" is kept)."""
    for e in _long_org_cands(text):
        overlapping = [c for c in cands if c.start < e.end and e.start < c.end]
        if any(c.end > e.end for c in overlapping):
            continue  # the model's span goes further: keep it
        if any(c.start < e.start and text[c.start : e.start].lower() not in ("the ", "") for c in overlapping):
            continue
        if any(c.start == e.start and c.end == e.end for c in overlapping):
            continue
        start = min([e.start] + [c.start for c in overlapping])
        cands = [c for c in cands if c not in overlapping]
        cands.append(_Cand(start, e.end, text[start : e.end], "ORG"))
    return sorted(cands, key=lambda c: (c.start, -c.end))


def candidate_mentions(pa: ArticleAnalysis) -> list[_Cand]:
    """NER mentions tidied, plus acronyms and particle names the model missed."""
    text = pa.article.text
    out: list[_Cand] = []
    for m in pa.mentions:
        if m.label not in KEEP_LABELS or "\n" in m.text or not m.text.strip():
            continue
        if re.match(r"(?:anti|pro|non|ex|post|pre)-", m.text):
            continue  # "anti-Arvania" is an attitude, not a name
        if title_only(m.text):
            continue  # "Engr.", "the Minister": a title alone is nobody's name
        cut = _PERSON_CUT_RE.search(m.text) if m.label == "PERSON" else None
        if cut:  # "Roe on DRT1": a person's name, then what the model ran on into
            head = m.text[: cut.start()]
            if not title_only(head):
                out.append(_Cand(m.start, m.start + len(head), head, "PERSON"))
            continue
        if m.label != "PERSON" and re.search(r", | \(|\(", m.text):
            offset = m.start
            for piece in re.split(r"(, | ?\()", m.text):
                if piece and not re.fullmatch(r", | ?\(", piece) and piece.strip(" \u201c\u201d\"'"):
                    out.append(_Cand(offset, offset + len(piece), piece, m.label))
                offset += len(piece)
            continue
        if m.label in ("ORG", "FAC", "GPE"):
            cut = _POSS_SPLIT_RE.search(m.text)
            if cut and _distinct_name(m.text[cut.end() :]):  # "the Republican Guards' Zarin Force"
                out.append(_Cand(m.start, m.start + cut.start(), m.text[: cut.start()], m.label))
                out.append(_Cand(m.start + cut.end(), m.end, m.text[cut.end() :], m.label))
                continue
        out.append(_Cand(m.start, m.end, m.text, m.label))
    out.sort(key=lambda c: (c.start, -c.end))
    # a demonym right before an organisation: "Velundian Tamarra"
    joined: list[_Cand] = []
    for c in out:
        prev = joined[-1] if joined else None
        if (
            prev is not None
            and prev.label == "NORP"
            and c.label == "ORG"
            and text[prev.end : c.start] == " "
            and not c.text.lower().startswith("the ")
        ):
            joined[-1] = _Cand(prev.start, c.end, text[prev.start : c.end], "ORG")
        else:
            joined.append(c)
    extra: list[_Cand] = []
    for hit in _ACRONYM_RE.finditer(text):
        if re.fullmatch(r"[IVXLC]+", hit.group()) or len(re.sub(r"[^A-Z]", "", hit.group())) < 2:
            continue
        extra.append(_Cand(hit.start(), hit.end(), hit.group(), "ORG"))
    for hit in _PARTICLE_NAME_RE.finditer(text):
        if re.search(_PART, hit.group()):
            org = _has_unit_word(hit.group()) or text[max(0, hit.start() - 4) : hit.start()].lower() == "the "
            extra.append(_Cand(hit.start(), hit.end(), hit.group(), "ORG" if org else "PERSON"))
    extra.extend(product_cands(text))
    extra.extend(disease_cands(text))
    extra.extend(broadcaster_cands(text))
    for e in extra:
        overlapping = [c for c in joined if c.start < e.end and e.start < c.end]
        if any(c.start == e.start and c.end == e.end for c in overlapping):
            continue
        if any(c.start < e.start or c.end > e.end for c in overlapping):
            continue  # the model's span is larger: keep it
        joined = [c for c in joined if c not in overlapping]
        joined.append(e)
    joined.sort(key=lambda c: (c.start, -c.end))
    return _split_defined_tails(text, _extend_to_acronym(text, _merge_long_orgs(text, joined)))


_BRACKET_AFTER_RE = re.compile(r"((?: [A-Z][\w'\u2019-]*){1,2}) \(([A-Z][A-Za-z&]*[A-Z])\)")


def _spelled(acronym: str, surface: str) -> bool:
    """The acronym spells the initials of the name (:func:`names.name_key`: content words, all words...)."""
    letters = re.sub(r"[^a-z0-9]", "", anyascii(acronym).lower())
    k = name_key(surface, "ORG")
    return len(letters) >= 2 and bool(k.initials) and (letters == k.initials or letters in k.initial_forms)


def _extend_to_acronym(text: str, cands: list[_Cand]) -> list[_Cand]:
    """A body's name the model cut before its last one or two words, when the name written up to a bracketed
    acronym is the one the acronym spells and the cut name is not: "the Fjord Power Grid" + " Operator
    (FPGO)" is "the Fjord Power Grid Operator"."""
    out: list[_Cand] = []
    drop: set[int] = set()
    for c in cands:
        m = _BRACKET_AFTER_RE.match(text, c.end) if c.label in ("ORG", "FAC") else None
        if m and _spelled(m.group(2), text[c.start : m.end(1)]) and not _spelled(m.group(2), c.text):
            end = m.end(1)
            drop.update(id(o) for o in cands if o is not c and c.start <= o.start and o.end <= end)
            c = _Cand(c.start, end, text[c.start : end], c.label)
        out.append(c)
    return [c for c in out if id(c) not in drop] if drop else out


def _split_defined_tails(text: str, cands: list[_Cand]) -> list[_Cand]:
    """ "X of the Y (ACR)" where the acronym spells Y and not the whole name ("the Board of the Fjord Power
    Grid Operator (FPGO)"): Y is the body the acronym defines, X a body of its own; two candidates."""
    out: list[_Cand] = []
    for c in cands:
        m = re.match(r" \(([A-Z][A-Za-z&]*[A-Z])\)", text[c.end : c.end + 12]) if c.label in ("ORG", "FAC") else None
        cut = list(re.finditer(r" of (?:the )?(?=[A-Z])", c.text)) if m else []
        if m and cut and not _spelled(m.group(1), c.text):
            last = cut[-1]
            tail = c.text[last.end() :]
            head = c.text[: last.start()]
            if _spelled(m.group(1), tail) and len(tail.split()) >= 2 and clean_surface(head):
                out.append(_Cand(c.start, c.start + len(head), head, c.label))
                out.append(_Cand(c.start + last.end(), c.end, tail, c.label))
                continue
        out.append(c)
    return out


def _extend_to_written(per_article: Sequence[ArticleAnalysis], per_cands: list[list[_Cand]]) -> list[list[_Cand]]:
    """A body's name the model cut before its last word where the corpus writes the longer name as one
    candidate ("the Fjord Power Grid" + " Operator said", beside "Fjord Power Grid Operator (FPGO)"): the
    candidate takes the word."""
    longer = {
        clean_surface(c.text)
        for cs in per_cands
        for c in cs
        if c.label in ("ORG", "FAC") and len(clean_surface(c.text).split()) >= 3
    }
    if not longer:
        return per_cands
    out: list[list[_Cand]] = []
    for pa, cs in zip(per_article, per_cands, strict=True):
        text = pa.article.text
        new: list[_Cand] = []
        for c in cs:
            m = re.match(r" ([A-Z][\w'\u2019-]*)(?![\w'\u2019-])", text[c.end : c.end + 40])
            if m and c.label in ("ORG", "FAC") and clean_surface(c.text + m.group()) in longer:
                end = c.end + m.end()
                if not any(o is not c and o.start < end and c.end < o.end for o in cs):
                    c = _Cand(c.start, end, text[c.start : end], c.label)
            new.append(c)
        out.append(new)
    return out


_WORD_BEFORE_RE = re.compile(r"(?<![\w'\u2019.-])([A-Z][\w'\u2019-]*) $")


def _extend_left_to_written(per_article: Sequence[ArticleAnalysis], per_cands: list[list[_Cand]]) -> list[list[_Cand]]:
    """A name the model cut after its first word ("Fjord" + "Watch International", "Fjord" + "Watch's") where
    the corpus writes the longer name as a candidate, or as the opening words of a longer body's name ("Fjord
    Watch International"): the candidate takes the untagged capitalised word before it, and a body's label."""
    written: Counter[tuple[str, str]] = Counter()
    openings: set[str] = set()
    for cs in per_cands:
        for c in cs:
            clean = clean_surface(c.text)
            written[(clean, c.label)] += 1
            words = clean.split()
            if c.label in ("ORG", "FAC") and len(words) >= 3:
                openings.update(" ".join(words[:k]) for k in range(2, len(words)))
    labels: dict[str, str] = {}
    for (clean, lab), _ in written.most_common():
        labels.setdefault(clean, lab)
    out: list[list[_Cand]] = []
    for pa, cs in zip(per_article, per_cands, strict=True):
        text = pa.article.text
        new: list[_Cand] = []
        for c in cs:
            m = _WORD_BEFORE_RE.search(text, max(0, c.start - 40), c.start) if c.text[:1].isupper() else None
            if m is not None and m.end() == c.start and not c.text.lower().startswith("the "):
                word = m.group(1)
                longer = clean_surface(text[m.start(1) : c.end])
                label: str | None = labels.get(longer) if longer != clean_surface(c.text) else None
                if label is None and longer in openings:
                    label = "ORG"
                free = not any(o is not c and o.start < c.start and m.start(1) < o.end for o in cs)
                if label and free and word not in _LEAD_FUNCTION and not is_title_word(word, c.text.split()[0]):
                    c = _Cand(m.start(1), c.end, text[m.start(1) : c.end], label)
            new.append(c)
        out.append(new)
    return out


def _people_in_bodies(per_article: Sequence[ArticleAnalysis], per_cands: list[list[_Cand]]) -> list[list[_Cand]]:
    """Persons' names the model joined to a body's name or missed, found with the corpus's persons
    (:func:`entity_context.split_person_tails`, :func:`entity_context.add_known_names`)."""
    _, corpus = person_surnames(per_cands)
    bodies = Counter(clean_surface(c.text) for cs in per_cands for c in cs if c.label != "PERSON")
    per_cands = [
        split_person_tails(pa.article.text, cs, corpus, bodies, _generic_word)
        for pa, cs in zip(per_article, per_cands, strict=True)
    ]
    people = list(
        dict.fromkeys(
            name_key(c.text, "PERSON")
            for cs in per_cands
            for c in cs
            if c.label == "PERSON" and len(strip_honorifics(clean_surface(c.text)).split()) >= 2
        )
    )
    if not people:
        return per_cands
    out = []
    for pa, cs in zip(per_article, per_cands, strict=True):
        text = pa.article.text
        cs = add_known_given_names(text, add_known_names(text, cs, people), people)
        out.append(add_known_initials(text, cs, people))
    return out


# Courtesy titles written only before a person's name (a closed class): "Ms Roe" is nobody's organisation.
_COURTESY_RE = re.compile(
    r"(?<![\w.])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Mme|Mlle|Herr|Frau)\.?[ \u00a0]+"
    r"((?:[A-Z][\w'\u2019-]*[ \u00a0]+){0,2}[A-Z][\w'\u2019-]+)"
)


def _person_by_courtesy(text: str, cands: list[_Cand]) -> list[_Cand]:
    """A name the model tags as an organisation or place ("Jane Roe" as ORG) is a person's when the article
    also writes its last word after a courtesy title ("Ms Roe", "Dr. Jane Roe") and the name is two or three
    capitalised words with no generic word of a body or a place ("Roe Foundation", "Roe County" stay)."""
    titled = {m.group(1).split()[-1] for m in _COURTESY_RE.finditer(text)}
    if not titled:
        return cands
    out: list[_Cand] = []
    for c in cands:
        words = clean_surface(c.text).split()
        if (
            c.label in ("ORG", "FAC", "GPE", "LOC")
            and 2 <= len(words) <= 3
            and words[-1] in titled
            and words[0] not in _LEAD_FUNCTION
            and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
            and not any(_generic_word(w) for w in words)
        ):
            c = _Cand(c.start, c.end, c.text, "PERSON")
        out.append(c)
    return out


def _generic_word(w: str) -> bool:
    low = anyascii(w).lower()
    return (
        low in ORG_HEADS
        or low in UNIT_DESIGNATORS
        or low in SUFFIX_DESIGNATORS
        or low in PLACE_DIVISIONS
        or _singular_head(low)
        or low in _LONG_ORG_HEADS_LOW
    )


_LONG_ORG_HEADS_LOW = frozenset(h.lower() for h in _LONG_ORG_HEADS)


def _division_places(per_cands: Sequence[list[_Cand]]) -> set[str]:
    """Lone words the corpus writes with an administrative division word ("Varnel Province"): a region's
    name, as sure as a demonym ("Varnelian") that it is a place; so a longer name ending with it ("Radio
    Varnel") is a body named after it, never its short form (:func:`_place_ends`)."""
    out: set[str] = set()
    for cs in per_cands:
        for c in cs:
            k = name_key(c.text, c.label)
            if division_word(k) and len(k.tokens) == 2:
                out.add(k.tokens[0])
    return out


def _distinct_name(rest: str) -> bool:
    """The part after a possessive is a name of its own ("Zarin Force", "Tamarra"), not the
    head noun of one name ("Teachers' Union", "Farmers' Herald")."""
    words = rest.split()
    if len(words) != 1:
        return len(words) > 1
    w = words[0].strip(_PUNCT).lower()
    return not (w in ORG_HEADS or w in UNIT_DESIGNATORS or w in SUFFIX_DESIGNATORS or _singular_head(w))


def _singular_head(w: str) -> bool:
    return w.endswith("s") and (w[:-1] in ORG_HEADS or w[:-1] in UNIT_DESIGNATORS)


def _has_unit_word(s: str) -> bool:
    k = name_key(s, "ORG")
    return bool(k.designators)


def _aliases(surface: str) -> list[str]:
    s = " ".join(surface.split())
    c = clean_surface(s)
    return [x for x in dict.fromkeys([s, c, strip_honorifics(c)]) if x]


def _within_article(
    keys: list[NameKey],
    starts: list[int],
    defined: dict[int, int] | None = None,
    places: frozenset[str] = frozenset(),
    countries: frozenset[str] = frozenset(),
) -> tuple[list[list[int]], list[list[int]]]:
    """Group one article's mentions: returns (groups of mention indices, anchor indices per group).

    ``defined``: acronym mention -> the long form it is defined as ("LONG (ACR)"), which beats
    any other long form the letters spell. ``places``: lone words the corpus shows to be places,
    never taken as the first word of a longer name (:func:`_place_opens`); ``countries``: lone words
    with a demonym, never a short form of a longer name ending with them (:func:`_place_ends`)."""
    n = len(keys)
    distinct: dict[NameKey, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        if not k.empty:
            distinct[k].append(i)
    ks = list(distinct)
    index_of = {k: x for x, k in enumerate(ks)}
    # a key is partial when it is part of another key of the article
    partial_of: dict[int, list[int]] = defaultdict(list)
    same: list[tuple[int, int]] = []
    for x in range(len(ks)):
        for y in range(x + 1, len(ks)):
            r = relation(ks[x], ks[y])
            if r in ("a<b", "b<a") and places and _place_opens(ks[x], ks[y], places):
                continue
            if r in ("a<b", "b<a") and countries and _place_ends(ks[x], ks[y], countries):
                continue
            if r == "same":
                same.append((x, y))
            elif r == "a<b":
                partial_of[x].append(y)
            elif r == "b<a":
                partial_of[y].append(x)
    by_definition: dict[int, list[int]] = defaultdict(list)
    for i, j in (defined or {}).items():
        xa, ya = index_of.get(keys[i]), index_of.get(keys[j])
        if xa is not None and ya is not None and xa != ya and ya not in by_definition[xa]:
            by_definition[xa].append(ya)
    partial_of.update(by_definition)
    uf = _UF(len(ks))
    for x, y in same:
        if x not in partial_of and y not in partial_of:
            uf.union(x, y)
    for x, y in same:  # variants of a partial name stay with each other
        if x in partial_of and y in partial_of:
            uf.union(x, y)
    anchor_root: dict[int, list[int]] = defaultdict(list)  # root -> anchor mention indices
    for x, k in enumerate(ks):
        if x not in partial_of:
            anchor_root[uf.find(x)].extend(distinct[k])
    assign: dict[int, int] = {}  # mention index -> root
    for root, ms in anchor_root.items():
        for i in ms:
            assign[i] = root
    for x, targets in partial_of.items():
        roots = {uf.find(t) for t in targets if t not in partial_of}
        roots |= {uf.find(t2) for t in targets if t in partial_of for t2 in partial_of[t] if t2 not in partial_of}
        for i in distinct[ks[x]]:
            if not roots:
                assign[i] = uf.find(x)
                anchor_root.setdefault(uf.find(x), []).append(i)
                continue
            assign[i] = _nearest(i, roots, anchor_root, starts)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        if i in assign:
            groups[assign[i]].append(i)
    roots_sorted = sorted(groups, key=lambda r: min(groups[r]))
    return [groups[r] for r in roots_sorted], [anchor_root.get(r, []) for r in roots_sorted]


def _place_opens(a: NameKey, b: NameKey, places: frozenset[str]) -> bool:
    """One key is a lone word the corpus shows to be a place, the other a longer name that opens
    with it ("Varnel" / "Varnel Bridge"): the lone word is the place's own mention (an entity of its
    own), not a short form of that name, whatever the model's label."""
    short, long_ = (a, b) if len(a.tokens) < len(b.tokens) else (b, a)
    if len(short.tokens) != 1 or short.acronym or short.honorific or len(long_.tokens) < 2:
        return False
    t = short.tokens[0]
    return t in places and long_.tokens[0] == t and long_.tokens[-1] != t


def _place_ends(a: NameKey, b: NameKey, countries: frozenset[str]) -> bool:
    """One key is a lone country's or region's name (the corpus writes its demonym: "Varnel" beside
    "Varnelian"), the other a longer name, not a person's nor the state's formal name, that ends with
    it ("Libera Varnel", a newspaper; "Bank of Varnel"): a body or another place named after it, never
    a short form of it ("Republic of Varnel" has the state's one token)."""
    short, long_ = (a, b) if len(a.tokens) < len(b.tokens) else (b, a)
    if len(short.tokens) != 1 or short.acronym or short.honorific or len(long_.tokens) < 2:
        return False
    t = short.tokens[0]
    if t not in countries or long_.state or long_.label == "PERSON":
        return False
    return long_.tokens[-1] == t and long_.tokens[0] != t


def _nearest(i: int, roots: set[int], anchor_root: dict[int, list[int]], starts: list[int]) -> int:
    """The candidate whose anchor mention comes last before mention i (else first after it)."""
    best: tuple[int, int, int] | None = None
    for r in roots:
        before = [starts[j] for j in anchor_root.get(r, []) if starts[j] < starts[i]]
        after = [starts[j] for j in anchor_root.get(r, []) if starts[j] >= starts[i]]
        score = (0, -max(before), r) if before else (1, min(after) if after else 1 << 60, r)
        if best is None or score < best:
            best = score
    assert best is not None
    return best[2]


def resolve_entities(per_article: Sequence[ArticleAnalysis]) -> tuple[list[Entity], EntityLookup]:
    cands: list[_Cand] = []
    arts: list[str] = []
    keys: list[NameKey] = []
    groups: list[_Group] = []
    per_cands = [_person_by_courtesy(pa.article.text, candidate_mentions(pa)) for pa in per_article]
    per_cands = _extend_to_written(per_article, per_cands)
    per_cands = _extend_left_to_written(per_article, per_cands)
    per_cands = _people_in_bodies(per_article, per_cands)
    surnames, all_surnames = person_surnames(per_cands)
    stems = product_stems(per_cands)
    per_cands = [retype_stems(cs, stems, all_surnames) for cs in per_cands]
    places, sure_places, demonymed = place_evidence(per_article, per_cands)
    regions = _division_places(per_cands)
    places |= regions
    lone_places = frozenset(sure_places | regions)
    countries = (frozenset(demonymed) & frozenset(places)) | regions
    ships = vessel_names([pa.article.text for pa in per_article], per_cands, places, all_surnames)
    per_cands = [add_vessels(pa.article.text, cs, ships) for pa, cs in zip(per_article, per_cands, strict=True)]
    per_cands = _outlet_words(per_article, per_cands, places, all_surnames)
    prepared = []
    for pa, cs0, here in zip(per_article, per_cands, surnames, strict=True):
        cs = add_speaker_surnames(pa.article.text, cs0, here, all_surnames)
        ks = [place_aware(name_key(c.text, c.label), places) for c in cs]
        prepared.append((pa.article.id, cs, ks, bracket_definitions(pa.article.text, cs)))
    corpus_acronyms = unambiguous_acronyms([(ks[i], ks[j]) for _, _, ks, defs in prepared for i, j in defs.items()])
    for aid, cs, ks, defs in prepared:
        base = len(cands)
        cands.extend(cs)
        arts.extend([aid] * len(cs))
        keys.extend(ks)
        local, anchors = _within_article(ks, [c.start for c in cs], defs, lone_places, countries)
        for g, a in zip(local, anchors, strict=True):
            # an acronym the article defines stands for its group across articles too
            acr = [ks[i] for i in g if i in defs and ks[i].acronym in corpus_acronyms]
            groups.append(_Group(aid, list(dict.fromkeys([*(ks[i] for i in a), *acr])), [base + i for i in g]))
    # names known from the articles' metadata (their outlets): groups without mentions
    outlet_of: dict[int, str] = {}
    written: dict[int, list[str]] = {}  # the outlet's name as the pages write it ("The Fjord Post")
    for name, k, forms in _outlet_names(per_article, places):
        outlet_of[len(groups)] = name
        written[len(groups)] = forms
        groups.append(_Group(f"\x00outlet:{name}", [k], []))
    uf = _UF(len(groups))
    # across articles: full names that match
    index: dict[str, list[int]] = defaultdict(list)
    for gi, grp in enumerate(groups):
        for k in grp.anchors:
            for b in blocking_keys(k):
                index[b].append(gi)
    pairs: set[tuple[int, int]] = set()
    for block in index.values():
        members = list(dict.fromkeys(block))
        if len(members) > _MAX_BLOCK:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pairs.add((members[x], members[y]))
    partial_cands: dict[int, set[int]] = defaultdict(set)
    same_cands: dict[tuple[int, str], list[tuple[float, int]]] = defaultdict(list)
    degree: Counter[int] = Counter()
    for x, y in sorted(pairs):
        gx, gy = groups[x], groups[y]
        if gx.article == gy.article:
            continue
        meta = x in outlet_of or y in outlet_of
        if meta and not _fits_outlet(gx, gy, outlet_of, x, y, places):
            continue
        rels = {
            relation(a, b, first_names=False)
            for a in gx.anchors
            for b in gy.anchors
            if not _place_ends(a, b, countries)
        }
        if "same" in rels:
            score = max(name_score(a, b) for a in gx.anchors for b in gy.anchors)
            same_cands[(x, gy.article)].append((score, y))
            same_cands[(y, gx.article)].append((score, x))
        elif "a<b" in rels and x not in outlet_of:  # an outlet's name is a full name, never a part of another
            partial_cands[x].add(y)
        elif "b<a" in rels and y not in outlet_of:
            partial_cands[y].add(x)
        if rels - {""} and not meta:
            degree[x] += 1
            degree[y] += 1
    # one group matches at most one group of another article: the closest spelling, then the most cited
    chosen: set[tuple[int, int]] = set()
    for (x, _art), options in same_cands.items():
        salience = {y: (degree[y], len(groups[y].members)) for _, y in options}
        top = max(c[0] for c in options)
        near = [c for c in options if c[0] >= top - 0.02]
        best = max(near, key=lambda c: (salience[c[1]], c[0], -c[1]))
        chosen.add((x, best[1]))
    for x, y in chosen:
        if (y, x) in chosen:
            uf.union(x, y)
    # a group known only by a part of a name joins the one group that fits
    for x in sorted(partial_cands, key=lambda g: max((len(k.tokens) for k in groups[g].anchors), default=0)):
        roots = {uf.find(y) for y in partial_cands[x]} - {uf.find(x)}
        if len(roots) == 1:
            uf.union(x, roots.pop())
        elif len(roots) > 1 and _spellings_of_one(groups, uf, partial_cands[x]):
            for y in partial_cands[x]:
                uf.union(x, y)
    shown = frozenset(demonymed) | dateline_words(per_article) | _located_words(per_article)
    join_org_first_words(groups, keys, cands, uf, places, shown)
    texts = {pa.article.id: pa.article.text for pa in per_article}
    join_namesakes_by_post(groups, keys, cands, uf, texts)
    join_given_names(groups, cands, uf, texts, places)
    by_root: dict[int, list[int]] = defaultdict(list)
    known_as: dict[int, list[tuple[str, NameKey]]] = defaultdict(list)  # root -> metadata names
    for gi, grp in enumerate(groups):
        by_root[uf.find(gi)].extend(grp.members)
        if gi in outlet_of:
            known_as[uf.find(gi)].extend((form, grp.anchors[0]) for form in written[gi])
    entities: list[Entity] = []
    eid_of_mention: dict[int, str] = {}
    rooted = [(r, ms) for r, ms in by_root.items() if ms]  # a name known only from metadata is no entity
    for root, ms in sorted(rooted, key=lambda kv: min((arts[i], cands[i].start) for i in kv[1])):
        ent = _make_entity(ms, cands, arts, keys, known_as.get(root, []), texts)
        entities.append(ent)
        for i in ms:
            eid_of_mention[i] = ent.id
    entities = _surname_aliases(entities)
    entities = _generic_head_aliases(entities, texts)
    return entities, _Lookup(cands, arts, keys, eid_of_mention, entities, places)


# A capitalised word after a preposition of place, not going on into a longer name ('in Varnel', 'into Varnel'):
# the text shows the word to be a place
_LOCATED_RE = re.compile(r"\b(?:in|into|inside|near|across|throughout)\s+([A-Z][^\W\d_]+)\b(?!['\u2019]?\s*[A-Z])")


def _located_words(per_article: Sequence[ArticleAnalysis]) -> set[str]:
    """Lower-case words the articles write after a preposition of place (:data:`_LOCATED_RE`)."""
    return {anyascii(m.group(1)).lower() for pa in per_article for m in _LOCATED_RE.finditer(pa.article.text)}


def _surname(name: str) -> str | None:
    """The surname of a person's full name as written ("Dr. Jane Roe" -> "Roe"), or None: a name of one
    word, a short first word ("Xi Jinping": the family name may come first), a generational suffix or a
    lower-case hyphen part ("Jong-un")."""
    words = strip_honorifics(clean_surface(name)).split()
    if len(words) < 2 or len(words[0].strip(".")) <= 2:
        return None
    last = words[-1]
    parts = re.split(r"[-\u2010\u2011]", last)
    if len(last) < 3 or not all(p[:1].isupper() and p.replace("'", "").replace("\u2019", "").isalpha() for p in parts):
        return None
    if last.isupper() or last in ("Jr", "Sr") or re.fullmatch(r"[IVX]+", last):
        return None
    return last


def _surname_aliases(entities: list[Entity]) -> list[Entity]:
    """A person named with a given name is also known by the surname alone ("Jane Roe" -> "Roe"), even where
    no article writes it so, when no other entity of the corpus has that surname or goes by that word."""
    owners: dict[str, set[str]] = defaultdict(set)
    for e in entities:
        for al in (e.name, *e.aliases):
            owners[_fold(al)].add(e.id)
    by_surname: dict[str, dict[int, str]] = defaultdict(dict)
    for n, e in enumerate(entities):
        if e.type != "PERSON":
            continue
        if (own := _surname(e.name)) is None:
            continue
        by_surname[_fold(own)].setdefault(n, own)
        for full in e.aliases:  # the surname as each spelling of the full name writes it: "Jan Novak"/"Jan Nowak"
            last = _surname(full)
            if last is not None and last != own and tok_sim(_fold(last), _fold(own)):
                by_surname[_fold(last)].setdefault(n, last)
    out = list(entities)
    for folded, hits in by_surname.items():
        if len(hits) != 1:
            continue
        ((n, last),) = hits.items()
        e = out[n]
        if owners.get(folded, set()) - {e.id}:
            continue
        extra = [] if last in e.aliases else [last]
        extra += [t for t in _titled_surnames(e, last) if t not in e.aliases]
        if extra:
            out[n] = dataclasses.replace(e, aliases=(*e.aliases, *extra))
    return out


def _titled_surnames(e: Entity, last: str) -> list[str]:
    """The titles a person's full name is written with, before the surname alone ("Colonel Jane Roe" ->
    "Colonel Roe"): how later mentions and other texts name the person."""
    out: list[str] = []
    for al in e.aliases:
        words = al.split()
        n = leading_titles(words)
        if 0 < n < len(words) - 1 and words[-1] == last and words[0][:1].isupper():
            out.append(" ".join([*words[:n], last]))
    return list(dict.fromkeys(out))


def _fold(s: str) -> str:
    return _norm(anyascii(s))


def _outlet_names(per_article: Sequence[ArticleAnalysis], places: set[str]) -> list[tuple[str, NameKey, list[str]]]:
    """The distinct outlet names of the articles' metadata, with their keys and the forms the pages write
    them in ("The Fjord Post" and "Fjord Post" are one name; both are aliases): evidence for entity
    resolution, since an outlet's full name often stands only in its masthead or footer ("Fjord Post
    Agency"), while bodies write its acronym ("FPA") or the distinctive word ("the Post")."""
    out: dict[str, tuple[str, NameKey, list[str]]] = {}
    for pa in per_article:
        for raw in (pa.article.outlet or "", *pa.article.names):  # the outlet, and the names its furniture spells out
            written = " ".join(raw.split())
            name = clean_surface(written)
            if not name or len(name) > 80 or len(name.split()) > 8 or re.search(r"[/@:]|\w\.[a-z]{2,}\b", name):
                continue  # a domain, a url or a line of furniture is no name
            key = place_aware(name_key(name, "ORG"), places)
            if key.empty or key.acronym:
                continue
            if _norm(name) in out:
                forms = out[_norm(name)][2]
                if written not in forms:
                    forms.append(written)
                continue
            out[_norm(name)] = (name, key, [written])
    return list(out.values())


def _outlet_words(
    per_article: Sequence[ArticleAnalysis], per_cands: list[list[_Cand]], places: set[str], surnames: set[str]
) -> list[list[_Cand]]:
    """An outlet's distinctive last word written alone ("told Kurier" for the outlet "Brenmark Kurier") where
    the model tags nothing: an ORG candidate, which joins the outlet's name like any short form. Never a
    generic word ("Post", "News"), a place of the corpus, a person's surname, a weekday or a month, nor a word
    set beside another capitalised word (a longer name)."""
    words: set[str] = set()
    for pa in per_article:
        written = clean_surface(" ".join((pa.article.outlet or "").split()))
        parts = written.split()
        if len(parts) > 5 or not parts:
            continue
        w = parts[-1]
        low = anyascii(w).lower()
        if len(parts) == 1 and len(w) < 5:
            continue  # a one-word outlet ("Fjordnet") is its own distinctive word; a short one may be a common word
        if not re.fullmatch(r"[A-Z][a-z]{3,}", w) or _generic_word(w) or low in places or w in surnames:
            continue
        if w in _CALENDAR:
            continue
        words.add(w)
    if not words:
        return per_cands
    pattern = re.compile(r"(?<![\w'\u2019-])(" + "|".join(map(re.escape, sorted(words))) + r")(?![\w-])")
    out: list[list[_Cand]] = []
    for pa, cs in zip(per_article, per_cands, strict=True):
        text = pa.article.text
        extra = []
        for m in pattern.finditer(text):
            if any(c.start < m.end() and m.start() < c.end for c in cs):
                continue
            if re.search(r"[A-Z][\w'\u2019-]*[ \u00a0]$", text[max(0, m.start() - 30) : m.start()]):
                continue  # "Brenmark Kurier", "Ms Kurier": part of a longer name
            if re.match(r"[ \u00a0][A-Z]", text[m.end() : m.end() + 2]):
                continue
            extra.append(_Cand(m.start(), m.end(), m.group(), "ORG"))
        out.append(sorted([*cs, *extra], key=lambda c: (c.start, -c.end)) if extra else cs)
    return out


def _fits_outlet(gx: _Group, gy: _Group, outlet_of: dict[int, str], x: int, y: int, places: set[str]) -> bool:
    """An article's group may join an outlet's name when every name it is known by fits that name
    (the acronym "FPA" and nothing that spells another body) and it is no lone place word."""
    if x in outlet_of and y in outlet_of:
        return False
    body, outlet = (gy, gx) if x in outlet_of else (gx, gy)
    k = outlet.anchors[0]
    for a in body.anchors:
        if len(a.tokens) == 1 and not a.acronym and a.tokens[0] in places:
            return False
        if not relation(a, k, first_names=False):
            return False
    return bool(body.anchors)


def _spellings_of_one(groups: list[_Group], uf: _UF, ids: set[int]) -> bool:
    """The longest names of the candidate groups (of two or more roots) agree token by token,
    loosely: the first and last tokens match (:func:`names.tok_sim`), the others share their
    folded consonants ("Osman"/"Usman")."""
    full: dict[int, list[NameKey]] = defaultdict(list)
    for gi in ids:
        longest = max((len(k.tokens) for k in groups[gi].anchors if not k.acronym), default=0)
        full[uf.find(gi)].extend(k for k in groups[gi].anchors if len(k.tokens) == longest and longest >= 3)
    roots = list(full)
    if len(roots) < 2 or any(not full[r] for r in roots):
        return False
    return all(any(loose_variant(a, b) for a in full[roots[0]] for b in full[r]) for r in roots[1:])


def _make_entity(
    ms: list[int],
    cands: list[_Cand],
    arts: list[str],
    keys: list[NameKey],
    known_as: Sequence[tuple[str, NameKey]] = (),
    texts: dict[str, str] | None = None,
) -> Entity:
    """One entity from its mentions; ``known_as``: names from the articles' metadata (an outlet's
    full name), aliases and candidates for the name, though no mention is written so; ``texts``:
    the articles' texts, for the titled forms a person is written in (:func:`_titled_forms`)."""
    forms: Counter[str] = Counter()
    size: dict[str, int] = {}
    labels: Counter[str] = Counter()
    aliases: list[str] = []
    for i in sorted(ms, key=lambda i: (arts[i], cands[i].start)):
        c, k = cands[i], keys[i]
        aliases.extend(_aliases(c.text))
        form = strip_honorifics(clean_surface(c.text)) if c.label not in ("ORG", "FAC") else clean_surface(c.text)
        forms[form] += 1
        full = len(k.tokens) + len(k.designators) + len(k.modifiers) + bool(k.model)
        # an initial is less of a name than the given name it stands for ("B. Roe" < "Boris Roe")
        size[form] = 0 if k.acronym else 2 * full - sum(len(t) == 1 for t in k.tokens[:-1])
        labels[c.label] += 2 if c.label in ("PERSON", "ORG") else 1
    outlet_forms: set[str] = set()
    for surface, k in known_as:
        aliases.extend(_aliases(surface))
        form = clean_surface(surface)
        outlet_forms.add(form)
        if form not in forms:
            forms[form] = 0  # a name never written in the bodies
            size[form] = 2 * (len(k.tokens) + len(k.designators) + len(k.modifiers))
    if texts:
        known = {_norm(a) for a in aliases}
        for i in ms:
            if cands[i].label == "PERSON" and arts[i] in texts:
                aliases.extend(_titled_forms(texts[arts[i]], cands[i], known))
    aliases.extend(_acronym_heads(aliases))
    # the fullest name; of names as full, the one an article's outlet goes by, then the most written
    name = max(forms, key=lambda f: (size[f], f in outlet_forms, forms[f], len(f), f))
    label = labels.most_common(1)[0][0]
    if label != "GPE" and any(division_word(keys[i]) for i in ms):
        label = "GPE"  # "Varnel Province" is a place, whatever the model tags a lone "Varnel" as
    mentions = sorted(
        {EntityMention(arts[i], cands[i].start, cands[i].end) for i in ms}, key=lambda m: (m.article, m.start)
    )
    first = mentions[0]
    return Entity(
        id=content_id("e", name, label, first.article, first.start),
        name=name,
        type=label,
        aliases=tuple(dict.fromkeys(aliases)),
        mentions=tuple(mentions),
    )


def _acronym_heads(aliases: Sequence[str]) -> list[str]:
    """A body's name that goes on with what it is a part of ("Office for Border Safety of the Interior
    Ministry") while its acronym spells only the part before that "of" ("OBS"): that part is a name of the
    body too, as other texts write it."""
    acronyms = [a for a in aliases if _ACRONYM_RE.fullmatch(a)]
    out: list[str] = []
    if not acronyms:
        return out
    for form in aliases:
        if _ACRONYM_RE.fullmatch(form):
            continue
        for cut in re.finditer(r" of (?:the )?(?=[A-Z])", form):
            head = clean_surface(form[: cut.start()])
            if len(head.split()) < 2 or head in aliases or head in out:
                continue
            if any(_spelled(a, head) and not _spelled(a, form) for a in acronyms):
                out.append(head)
    return out


def _generic_head_aliases(entities: list[Entity], texts: dict[str, str]) -> list[Entity]:
    """A body's name closed by a generic word texts drop freely ("Fjord Watch International") has the name
    without it as an alias, when one of the body's articles writes it so on its own ("a Fjord Watch
    researcher") and no other entity goes by it (a place, a person)."""
    held = {_fold(a) for e in entities for a in (e.name, *e.aliases)}
    out: list[Entity] = []
    for e in entities:
        if e.type not in ("PERSON", "GPE", "NORP", "LOC"):
            own = [texts[a] for a in dict.fromkeys(m.article for m in e.mentions) if a in texts]
            heads = [h for h in _generic_heads(e.aliases, own) if _fold(h) not in held]
            if heads:
                e = dataclasses.replace(e, aliases=(*e.aliases, *heads))
        out.append(e)
    return out


def _generic_heads(aliases: Sequence[str], texts: Sequence[str]) -> list[str]:
    """The forms of ``aliases`` without their trailing generic word that ``texts`` write on their own."""
    out: list[str] = []
    for form in aliases:
        words = form.split()
        if len(words) < 2 or words[-1].lower() not in TRAILING_GENERIC or not words[0][:1].isupper():
            continue
        head = " ".join(words[:-1])
        if head in aliases or head in out or head.lower() in ("the", "a", "an"):
            continue
        alone = re.compile(rf"(?<![\w-]){re.escape(head)}(?![\w-]| {re.escape(words[-1])}\b)")
        if any(alone.search(t) for t in texts):
            out.append(head)
    return out


_TITLE_STOP = frozenset({"late", "former", "the"})  # may stand in a run of titles, never open a titled form


def _titled_forms(text: str, c: _Cand, known: set[str]) -> list[str]:
    """A person's name with the titles written right before it ("Dr. Jane Roe", "Governor Roe" for the
    mention "Jane Roe" or "Roe"), as written: one form per capitalised title that opens the run ("Deputy
    Minister Roe", "Minister Roe"). A given name written between the titles and a bare surname is kept
    when the name it makes is already one of the entity's (``known``, normalised: "Dr Jane" + "Roe")."""
    surface = clean_surface(c.text)
    if not surface or c.start <= 0:
        return []
    before: list[str] = []  # the words before the mention, nearest last, on its line and clause
    pos = c.start
    while len(before) < 6:
        m = re.search(r"(\S+)[ \t\u00a0]+$", text[:pos])
        if not m or re.search(r"[,;:!?\"'\u2018\u2019\u201c\u201d()\[\]]$", m.group(1)):
            break
        before.insert(0, m.group(1))
        pos = m.start()
        if re.search(r"[,;:!?\"'\u2018\u2019\u201c\u201d()\[\]]", m.group(1)):
            break
    name = surface.split()
    n = 0
    for k in (1, 2):
        if len(before) >= k and all(w[:1].isupper() and w.isalpha() for w in before[-k:]):
            if _norm(" ".join([*before[-k:], *name])) in known:
                n = k
    j = len(before) - n
    t = j
    while t > 0 and is_title_word(before[t - 1], before[t] if t < len(before) else name[0]):
        t -= 1
    out: list[str] = []
    words = [*before[j:], *name]
    for s in range(t, j):
        run = before[s:j]
        if not run[0][:1].isupper() or run[0].strip(".").lower() in _TITLE_STOP:
            continue
        if leading_titles([*run, *words]) < len(run):
            continue
        out.append(" ".join([*run, *words]))
    return out


class _Lookup:
    """entity_of(article, start, end, surface): by span first, else by name in the article's context."""

    def __init__(
        self,
        cands: list[_Cand],
        arts: list[str],
        keys: list[NameKey],
        eid_of: dict[int, str],
        entities: list[Entity],
        places: set[str] | None = None,
    ) -> None:
        self.by_article: dict[str, list[int]] = defaultdict(list)
        for i, a in enumerate(arts):
            self.by_article[a].append(i)
        self.cands, self.keys, self.eid_of = cands, keys, eid_of
        self.entities = {e.id: e for e in entities}
        self.places = places or set()
        self.alias_index: dict[str, set[str]] = defaultdict(set)
        self.name_index: dict[str, list[tuple[NameKey, str]]] = defaultdict(list)
        for e in entities:
            for al in (e.name, *e.aliases):
                self.alias_index[_norm(al)].add(e.id)
            k = name_key(e.name, e.type)
            for b in blocking_keys(k):
                self.name_index[b].append((k, e.id))

    def cited_name(self, c: Citation, text: str) -> str | None:
        """The full name of the source a citation names (:func:`canonical_citations`), or None."""
        if not text or text[c.start : c.end] != c.cites:
            return None
        inside = [
            i
            for i in self.by_article.get(c.article, [])
            if c.start <= self.cands[i].start and self.cands[i].end <= c.end and i in self.eid_of
        ]
        if not inside:
            return None
        i = max(inside, key=lambda j: (self.cands[j].end, -self.cands[j].start))
        cand, key = self.cands[i], self.keys[i]
        ent = self.entities.get(self.eid_of[i])
        if ent is None:
            return None
        prefix, tail = text[c.start : cand.start], text[cand.end : c.end]
        others = [self.cands[j] for j in inside if self.cands[j].end <= cand.start]
        if not _description(prefix, c.start, others, self.places) or not _generic_tail(tail):
            return None
        described = bool(re.sub(r"^(?:the|a|an)\s+", "", prefix.strip(), flags=re.I).strip())
        if key.acronym:  # "FPA" -> "Fjordane Press Agency (FPA)": the full name, with the letters as written
            if name_key(ent.name, ent.type).acronym:
                return ent.name if described or tail.strip() else None
            return f"{ent.name} ({cand.text.strip()})"
        r = relation(key, name_key(ent.name, ent.type), first_names=False)
        if r == "a<b" or (r == "same" and described):  # "the Varnel news" alone stays as written
            return ent.name
        return None

    def __call__(self, article: str, start: int | None, end: int | None, surface: str | None) -> str | None:
        idx = self.by_article.get(article, [])
        if start is not None and end is not None:
            for i in idx:
                c = self.cands[i]
                if c.start == start and c.end == end:
                    return self.eid_of.get(i)
            inside = [i for i in idx if self.cands[i].start >= start and self.cands[i].end <= end]
            if len(inside) == 1:
                return self.eid_of.get(inside[0])
        if not surface or not surface.strip():
            return None
        key = name_key(surface, "")
        if key.empty:
            return None
        # the article's own mentions: the nearest preceding match, else the most frequent
        hits: list[tuple[int, str]] = []
        for i in idx:
            r = relation(key, self.keys[i])
            if r in ("same", "a<b"):
                hits.append((self.cands[i].start, self.eid_of[i]))
        if hits:
            if start is not None:
                before = [h for h in hits if h[0] <= start]
                if before:
                    return max(before)[1]
            return Counter(e for _, e in hits).most_common(1)[0][0]
        exact = self.alias_index.get(_norm(surface), set()) | self.alias_index.get(_norm(clean_surface(surface)), set())
        if len(exact) == 1:
            return next(iter(exact))
        found = {
            eid
            for b in blocking_keys(key)
            for k, eid in self.name_index.get(b, [])
            if relation(key, k, first_names=False) in ("same", "a<b")
        }
        return found.pop() if len(found) == 1 else None


def _description(prefix: str, at: int, named: Sequence[_Cand], places: set[str]) -> bool:
    """Words before a source's name (``prefix``, starting at offset ``at``) that only describe it
    ("the Varnelian state news agency"): lower-case words that link nothing, an article, capitalised
    words that are a place of the corpus or its demonym, or open the phrase without being a name."""
    if re.search(r"[^\w\s'\u2019-]", prefix):
        return False
    for n, m in enumerate(re.finditer(r"[\w'\u2019-]+", prefix)):
        w, pos = m.group(), at + m.start()
        if w.lower() in _LINK_WORDS or re.search(r"['\u2019]s?$", w):
            return False
        if w[:1].islower() or w in ("The", "A", "An") or place_word(w, places):
            continue
        if n == 0 and not any(c.start <= pos < c.end for c in named):
            continue  # "State agency FPA" opening a sentence
        return False
    return True


def _generic_tail(tail: str) -> bool:
    """What follows the name in a citation is nothing, a possessive or generic words ("agency")."""
    t = re.sub(r"^['\u2019]s?", "", tail).strip()
    return all(w in _TAIL_WORDS for w in t.split())


def _norm(s: str) -> str:
    return " ".join(s.replace("\u2019", "'").replace("\u2013", "-").split()).lower()


# Words that may follow a source's name in a citation without being part of it ("the X News agency").
_TAIL_WORDS = frozenset(
    "agency agencies news service wire newspaper paper daily weekly channel broadcaster station radio "
    "television tv website site outlet magazine network".split()
)
# Words that make what comes before a name more than a description of it ("a reporter at X", "X and Y").
_LINK_WORDS = frozenset(
    "of at from for in with by to and or on via through about as his her their its our my your whose which "
    "who that than like said told".split()
)


def canonical_citations(
    per_article: Sequence[ArticleAnalysis], citations: Sequence[Citation], entity_of: EntityLookup
) -> list[Citation]:
    """Citations named by the resolved entity of their source: a shorter form ("the Post") gets that
    entity's full name ("Fjord Post"), an acronym the full name with the letters as written ("FPA",
    "the state agency FPA" -> "Fjord Post Agency (FPA)"); a description before the name ("the state
    news agency") is no part of it. A citation whose source resolves to no entity or no fuller name,
    or that names more than its source ("a reporter at the FPA"), stays as written."""
    if not isinstance(entity_of, _Lookup):
        return list(citations)
    texts = {pa.article.id: pa.article.text for pa in per_article}
    out = []
    for c in citations:
        name = entity_of.cited_name(c, texts.get(c.article, ""))
        out.append(dataclasses.replace(c, cites=name) if name and name != c.cites else c)
    return out
