"""Corpus-level evidence for entity resolution (:mod:`.entities`): which lone words are places,
bare surnames the model missed, lone first words of organisation names.

A lone capitalised word is taken as a place (never the organisation named after it, and no
organisation's name reduces to it when its generic words are dropped) when the corpus says so:
the model tags it as a place in most of its lone mentions, a demonym of it is written
("Velundian", "Tarqani", "Omani"), it is the state of a formal name ("Emirate of X"), or it
heads a dateline ("NORDHEIM –").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from anyascii import anyascii

from ..analyze.cues import KIN_NOUNS, REPORTING_VERBS
from ..analyze.mentions import is_title_word
from ..model import ArticleAnalysis
from .names import NameKey, blocking_keys, clean_surface, name_key, relation, strip_honorifics, tok_sim

__all__ = [
    "Cand",
    "Group",
    "UnionFind",
    "corpus_places",
    "place_evidence",
    "place_aware",
    "person_surnames",
    "add_speaker_surnames",
    "split_person_tails",
    "add_known_names",
    "add_known_given_names",
    "join_org_first_words",
    "join_namesakes_by_post",
    "dateline_words",
    "place_word",
]


@dataclass(frozen=True)
class Cand:
    """One candidate mention: character span, surface and NER label."""

    start: int
    end: int
    text: str
    label: str


class UnionFind:
    def __init__(self, n: int) -> None:
        self.p = list(range(n))

    def find(self, x: int) -> int:
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[max(ra, rb)] = min(ra, rb)


@dataclass
class Group:
    """One article's mentions of one entity."""

    article: str
    anchors: list[NameKey]  # keys of its full-name mentions (used across articles)
    members: list[int]  # indices into the global mention list


def _reporting_forms() -> frozenset[str]:
    irregular = {
        "say": "said says",
        "tell": "told tells",
        "write": "wrote writes",
        "tweet": "tweeted tweets",
        "swear": "swore swears",
    }
    forms: set[str] = set()
    for v in REPORTING_VERBS:
        if v in irregular:
            forms.update(irregular[v].split())
            continue
        stem = v[:-1] if v.endswith("e") else v
        forms.update({v + "s" if not v.endswith(("s", "sh", "ch", "x")) else v + "es", stem + "ed"})
        if v.endswith("y") and v[-2] not in "aeiou":
            forms.update({v[:-1] + "ies", v[:-1] + "ied"})
    return frozenset(forms)


_REPORTING_FORMS = _reporting_forms()
_CAP_WORD_RE = re.compile(r"(?<![\w'\u2019-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w-])")


def person_surnames(per_cands: Sequence[list[Cand]]) -> tuple[list[set[str]], set[str]]:
    """Surnames (last word, as written) of the multi-word PERSON names of each article and of the corpus."""
    per: list[set[str]] = []
    for cs in per_cands:
        found = set()
        for c in cs:
            words = strip_honorifics(clean_surface(c.text)).split()
            if c.label == "PERSON" and len(words) >= 2 and words[-1][:1].isupper():
                found.add(words[-1])
        per.append(found)
    return per, set().union(*per) if per else set()


def add_speaker_surnames(text: str, cs: list[Cand], here: set[str], corpus: set[str]) -> list[Cand]:
    """A bare surname the model missed, as the subject of a reporting verb ("…," Vardani said /
    said Vardani.), when a person of that surname is named in the article or the corpus."""
    if not corpus:
        return cs
    taken = [(c.start, c.end) for c in cs]
    extra: list[Cand] = []
    for hit in _CAP_WORD_RE.finditer(text):
        w = hit.group()
        if w not in here and w not in corpus:
            continue
        if any(a < hit.end() and hit.start() < b for a, b in taken):
            continue
        after = re.match(r"\s+([a-z]+)\b", text[hit.end() : hit.end() + 20])
        before = re.search(r"\b([a-z]+)\s+$", text[max(0, hit.start() - 20) : hit.start()])
        nxt = text[hit.end() : hit.end() + 2]
        subject = after is not None and after.group(1) in _REPORTING_FORMS
        inverted = before is not None and before.group(1) in _REPORTING_FORMS and not re.match(r"\s+[A-Z]", nxt)
        if subject or inverted:
            extra.append(Cand(hit.start(), hit.end(), w, "PERSON"))
    return sorted([*cs, *extra], key=lambda c: (c.start, -c.end)) if extra else cs


def _speaks(text: str, start: int, end: int) -> bool:
    """The word at text[start:end] is the subject of a reporting verb ("Roe said", "said Roe.")."""
    after = re.match(r"\s+([a-z]+)\b", text[end : end + 20])
    before = re.search(r"\b([a-z]+)\s+$", text[max(0, start - 20) : start])
    nxt = text[end : end + 2]
    if after is not None and after.group(1) in _REPORTING_FORMS:
        return True
    return before is not None and before.group(1) in _REPORTING_FORMS and not re.match(r"\s+[A-Z]", nxt)


def _fold_word(w: str) -> str:
    return re.sub(r"[^a-z]", "", anyascii(w).lower())


_NAME_WORD_RE = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")
_TAIL_LABELS = frozenset({"ORG", "FAC", "GPE", "LOC"})


def split_person_tails(
    text: str,
    cs: list[Cand],
    corpus_surnames: set[str],
    bodies: Counter[str],
    generic: Callable[[str], bool],
) -> list[Cand]:
    """A body's name and the name of the person who speaks for it, read by the model as one name ("the
    spokesman of Fjordnet Jane Roe", "chairman of the FPU Jan Novak", "Minister of Energy Ana Velt"):
    the last two capitalised words are a person's name when the surname is one of the corpus (the last
    word of a person's full name, spelled alike or transliterated: "Novak"/"Nowak", or a bare surname that
    speaks in the article: "Roe said"), and what comes before is a body's name: an acronym, a name the
    corpus writes alone as no person's, or the object of "of" ("Minister of Energy"). Never when the
    corpus writes the whole span as a body's name elsewhere, an acronym in brackets follows it, or a word
    of the two is a title or a generic word. A portfolio word ("Minister of Energy") is no candidate. A surname
    the corpus does not know does when the two words speak ("the Department of Hospital Care Ana Velt informed"),
    neither is written in lower case in the article and the body's name is a "HEAD of X" name."""
    lone_speakers = {
        _fold_word(c.text)
        for c in cs
        if c.label == "PERSON" and len(c.text.split()) == 1 and _speaks(text, c.start, c.end)
    }
    known = {_fold_word(s) for s in corpus_surnames} | lone_speakers
    known.discard("")
    lower_words: set[str] | None = None
    out: list[Cand] = []
    for c in cs:
        words = c.text.split(" ")
        if c.label not in _TAIL_LABELS or len(words) < 3 or "\n" in c.text:
            out.append(c)
            continue
        given, last = words[-2], words[-1]
        lead = " ".join(words[:-2])
        lead_clean = clean_surface(lead)
        surname = _fold_word(last)
        fits = (
            _NAME_WORD_RE.match(given)
            and _NAME_WORD_RE.match(last)
            and not is_title_word(given, last)
            and not generic(given)
            and not generic(last)
            and len(surname) >= 4
            and lead_clean
            and lead_clean.split()[-1][:1].isupper()
            and bodies[clean_surface(c.text)] < 2  # written so elsewhere, the whole is a body's name
            and not re.match(r" \([A-Z]{2,}", text[c.end : c.end + 4])  # "X Y Z (XYZ)" defines a body
        )
        acronym = lead_clean.isupper() and len(lead_clean) >= 2
        if fits and not any(tok_sim(surname, k) for k in known):
            if lower_words is None:
                lower_words = set(re.findall(r"(?<![\w'\u2019-])[a-z]+(?![\w'\u2019-])", text))
            # an unknown surname: the two words speak ("... Care Ana Velt informed") and are no common words
            fits = (
                " of " in lead_clean
                and _speaks(text, c.start, c.end)
                and given.lower() not in lower_words
                and last.lower() not in lower_words
            )
        if fits:
            after_of = bool(re.search(r"\bof\s+(?:the\s+)?$", text[max(0, c.start - 8) : c.start]))
            fits = acronym or after_of or bodies[lead_clean] > 0
        if not fits:
            out.append(c)
            continue
        tail_start = c.start + len(lead) + 1
        if acronym or not _portfolio(text, c.start):
            out.append(Cand(c.start, c.start + len(lead), lead, c.label))
        out.append(Cand(tail_start, c.end, text[tail_start : c.end], "PERSON"))
    return _drop_portfolios(text, out)


def _portfolio(text: str, start: int) -> bool:
    """The words at ``start`` follow "<title> of" ("Minister of Energy", "Secretary of Trade"): a portfolio."""
    m = re.search(r"(?<![\w'\u2019-])([A-Za-z]+) of (?:the )?$", text[max(0, start - 30) : start])
    return m is not None and is_title_word(m.group(1), "X")


def _drop_portfolios(text: str, cs: list[Cand]) -> list[Cand]:
    """A lone capitalised word the model tags as a body between "<title> of" and a person's name ("the
    Minister of Energy Ana Velt"), or before a title and a person's name ("Energy Minister Ana Velt"): the
    holder's portfolio, no body's name."""
    persons = {c.start for c in cs if c.label == "PERSON"}
    out = []
    for c in cs:
        lone = c.label == "ORG" and re.fullmatch(r"[A-Z][a-z]+", c.text) is not None
        if lone and (c.end + 1) in persons and text[c.end : c.end + 1] == " " and _portfolio(text, c.start):
            continue
        m = re.match(r" ([A-Z][a-z]+) ", text[c.end : c.end + 30]) if lone else None
        if m and (c.end + m.end()) in persons and is_title_word(m.group(1), "X"):
            continue
        out.append(c)
    return out


_CAP_RUN_RE = re.compile(r"(?<![\w'\u2019-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?)+(?![\w-])")


def add_known_names(text: str, cs: list[Cand], people: Sequence[NameKey]) -> list[Cand]:
    """A person's full name the model missed in an article ("the chief of FPU Jan Novak has said"), when the
    corpus names that person elsewhere: two or three capitalised words on no candidate whose given names
    and surname all match one full name of a person of the corpus (spelled alike or transliterated:
    "Jan Novak"/"Jan Nowak"), never a run of words that matches only in part."""
    index: dict[str, set[NameKey]] = defaultdict(set)
    for k in people:
        if len(k.tokens) in (2, 3) and len(k.tokens[-1]) >= 4 and not k.acronym:
            for b in blocking_keys(k):
                if b.startswith("P:"):
                    index[b].add(k)
    if not index:
        return cs
    taken = [(c.start, c.end) for c in cs]
    extra: list[Cand] = []
    for run in _CAP_RUN_RE.finditer(text):
        words = run.group().split(" ")
        offsets = [run.start()]
        for w in words[:-1]:
            offsets.append(offsets[-1] + len(w) + 1)
        for n in (3, 2):
            for i in range(len(words) - n + 1):
                start, end = offsets[i], offsets[i] + len(" ".join(words[i : i + n]))
                if any(a < end and start < b for a, b in taken):
                    continue
                if any(is_title_word(w) for w in words[i : i + n]):
                    continue
                key = name_key(text[start:end], "PERSON")
                if len(key.tokens) != n:
                    continue
                near = {k for b in blocking_keys(key) for k in index.get(b, ())}
                if any(relation(key, k, first_names=False) == "same" for k in near):
                    extra.append(Cand(start, end, text[start:end], "PERSON"))
                    taken.append((start, end))
    return sorted([*cs, *extra], key=lambda c: (c.start, -c.end)) if extra else cs


_INITIALLED_RE = re.compile(r"(?<![\w.'\u2019-])(?:[A-Z]\.[ \u00a0]?){1,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w'\u2019-])")


def add_known_initials(text: str, cs: list[Cand], people: Sequence[NameKey]) -> list[Cand]:
    """A person's initials and surname ("Y. Roe", "J.R. Roe") the model missed or took for a body's name,
    when the corpus writes a full name those initials stand for ("Yana Roe": :func:`names.relation` reads
    the initialled name as a part of it): a PERSON candidate, or the candidate of exactly those words retyped
    as one. Words inside a longer candidate are left to it."""
    full = [k for k in people if len(k.tokens) >= 2 and not k.acronym]
    if not full:
        return cs
    out = list(cs)
    changed = False
    for hit in _INITIALLED_RE.finditer(text):
        key = name_key(hit.group(), "PERSON")
        if len(key.tokens) < 2 or not any(relation(key, k, first_names=False) == "a<b" for k in full):
            continue
        over = [i for i, c in enumerate(out) if c.start < hit.end() and hit.start() < c.end]
        if not over:
            out.append(Cand(hit.start(), hit.end(), hit.group(), "PERSON"))
            changed = True
        elif len(over) == 1 and (out[over[0]].start, out[over[0]].end) == hit.span() and out[over[0]].label != "PERSON":
            out[over[0]] = replace(out[over[0]], label="PERSON")
            changed = True
    return sorted(out, key=lambda c: (c.start, -c.end)) if changed else cs


_GIVEN_BEFORE_RE = re.compile(r"(?<![\w'\u2019.-])([A-Z][^\W\d_]+)[ \u00a0]$")


def add_known_given_names(text: str, cs: list[Cand], people: Sequence[NameKey]) -> list[Cand]:
    """A person's name the model cut after its given name ("citizen of Varnel Yorik Falkstrem" tagged
    "Falkstrem"; "Boris Petrovich Varnak" tagged "Petrovich Varnak"): the capitalised word right before a
    person's span, on no other candidate and no title, joins it when it matches the given name of a full
    name of the corpus ("Jorik Falkstrom", "Boris Varnak") and the longer name is that name or holds it."""
    full = [k for k in people if len(k.tokens) >= 2 and not k.acronym]
    if not full:
        return cs
    out: list[Cand] = []
    for c in cs:
        m = _GIVEN_BEFORE_RE.search(text, max(0, c.start - 40), c.start) if c.label == "PERSON" else None
        if (
            m is None
            or is_title_word(m.group(1), (c.text.split() or [""])[0])
            or any(o.start < m.end(1) and m.start(1) < o.end for o in cs)
        ):
            out.append(c)
            continue
        longer = name_key(text[m.start(1) : c.end], "PERSON")
        own = name_key(c.text, "PERSON")
        if len(longer.tokens) != len(own.tokens) + 1 or longer.honorific:
            out.append(c)
            continue
        given = longer.tokens[0]
        if any(tok_sim(given, k.tokens[0]) and relation(k, longer, first_names=False) in ("same", "a<b") for k in full):
            c = Cand(m.start(1), c.end, text[m.start(1) : c.end], c.label)
        out.append(c)
    return out


def join_org_first_words(
    groups: list[Group],
    keys: list[NameKey],
    cands: list[Cand],
    uf: UnionFind,
    places: set[str],
    shown: set[str] | frozenset[str] = frozenset(),
) -> None:
    """A lone word that opens exactly one multi-word organisation name ("Calloway" for "Calloway
    Freight Systems") joins it, whatever the model's label, unless the word is a place (tagged as
    one in most of its lone mentions, or by :func:`corpus_places`) or the surname of a person
    named with a given name. A word placed only by the model's labels (not in ``shown``: no demonym, dateline
    nor 'in X' of it) still joins the one body of the corpus it opens when each of its mentions follows the
    body's full name in its article (:func:`_after_its_body`)."""
    place_votes: Counter[str] = Counter()  # a word the model tags as a place more often than as a name
    name_votes: Counter[str] = Counter()
    person_surnames: set[str] = set()
    org_first: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for gi, grp in enumerate(groups):
        for i in grp.members:
            k, lab = keys[i], cands[i].label
            if k.empty or k.acronym:
                continue
            if len(k.tokens) == 1:
                (place_votes if lab in _PLACE_LABELS else name_votes)[k.tokens[0]] += 1
            elif len(k.tokens) >= 2 and lab == "PERSON":
                person_surnames.add(k.tokens[-1])
            if lab == "ORG" and len(k.tokens) >= 2 and k.head != 0 and not k.modifiers and _capitalised(cands[i].text):
                org_first[k.tokens[0]][grp.article].add(gi)
    named_fully = {uf.find(gi) for gi, grp in enumerate(groups) if any(len(keys[i].tokens) > 1 for i in grp.members)}
    for gi, grp in enumerate(groups):
        if uf.find(gi) in named_fully:
            continue  # already part of a longer name
        ks = {keys[i] for i in grp.members}
        labels = {cands[i].label for i in grp.members}
        if any(len(k.tokens) != 1 or k.acronym or k.designators for k in ks) or not labels <= _LONE_LABELS:
            continue
        toks = {k.tokens[0] for k in ks}
        if len(toks) != 1:
            continue
        tok = toks.pop()
        if tok in person_surnames or tok not in org_first:
            continue
        where = org_first[tok]
        placed = place_votes[tok] > name_votes[tok] or tok in places
        if placed and (
            tok in shown
            or len({uf.find(g) for gs in where.values() for g in gs}) != 1  # 'Varnel Post' and 'Varnel Bank'
            or not _after_its_body(grp.members, cands, groups, where.get(grp.article))
        ):
            continue
        options = where.get(grp.article) or {g for gs in where.values() for g in gs}
        roots = {uf.find(g) for g in options} - {uf.find(gi)}
        if len(roots) == 1:
            uf.union(gi, roots.pop())


def _after_its_body(members: list[int], cands: list[Cand], groups: list[Group], bodies: set[int] | None) -> bool:
    """Every mention of a lone word comes after, in its article, a multi-word organisation name that opens with
    it ("the Fjord Energy Monitor wrote ... Fjord's analysts"): the body's short name, whatever place label the
    model gives the word (the corpus shows no place of that name)."""
    if not bodies:
        return False
    first = min(cands[i].start for g in bodies for i in groups[g].members)
    return all(cands[i].start > first for i in members)


# What may stand between an organisation's name and a person's name set beside it as the holder of a post:
# "the head of the Foo Union, Jane Roe" / "the Foo Union, whose president Jane Roe" / "Foo Union chair Jane Roe"
# (ORG first), "Jane Roe, the president of the Foo Union" / "Jane Roe, head of the Foo Union" (the person first).
_ORG_THEN_PERSON = re.compile(r"(?:,\s*(?:whose\s+)?(?:[a-z]+\s+){0,2}|\s+(?:[a-z]+\s+){1,2})")
_PERSON_THEN_ORG = re.compile(r",\s*(?:the\s+|its\s+)?(?:[a-z-]+\s+){1,3}(?:of|at)\s+(?:the\s+)?")


def _posts(groups: list[Group], keys: list[NameKey], cands: list[Cand], texts: dict[str, str]) -> dict[int, set[int]]:
    """Person group -> the organisation groups whose name is set right beside one of its mentions (a post)."""
    by_article: dict[str, list[tuple[int, int]]] = defaultdict(list)  # article -> (mention, group)
    for gi, grp in enumerate(groups):
        for i in grp.members:
            by_article[grp.article].append((i, gi))
    out: dict[int, set[int]] = defaultdict(set)
    for aid, ms in by_article.items():
        text = texts.get(aid, "")
        orgs = [(i, gi) for i, gi in ms if cands[i].label == "ORG" and len(keys[i].tokens) >= 2]
        for i, gi in ms:
            c = cands[i]
            if c.label != "PERSON" or len(keys[i].tokens) < 2:
                continue
            for j, gj in orgs:
                o = cands[j]
                if o.end <= c.start and _ORG_THEN_PERSON.fullmatch(text[o.end : c.start]):
                    out[gi].add(gj)
                elif c.end <= o.start and _PERSON_THEN_ORG.fullmatch(text[c.end : o.start]):
                    out[gi].add(gj)
    return out


def join_namesakes_by_post(
    groups: list[Group], keys: list[NameKey], cands: list[Cand], uf: UnionFind, texts: dict[str, str]
) -> None:
    """Two persons of different articles with one surname and other given names ("Jan Novak" / "Ivan Novak":
    a given name written in two languages) are one person when both are set beside the same organisation as
    holders of a post ("the head of the Foo Union, Jan Novak" / "Foo Union chair Ivan Novak") and no third
    person of the corpus carries that surname."""
    posts = _posts(groups, keys, cands, texts)
    by_surname: dict[str, set[int]] = defaultdict(set)  # folded surname -> person roots
    for gi, grp in enumerate(groups):
        for k in grp.anchors:
            if k.label == "PERSON" and len(k.tokens) >= 2 and len(k.tokens[-1]) >= 4:
                by_surname[k.tokens[-1]].add(uf.find(gi))
    for roots in by_surname.values():
        if len(roots) != 2:
            continue
        a, b = sorted(roots)
        ga = [gi for gi in range(len(groups)) if uf.find(gi) == a]
        gb = [gi for gi in range(len(groups)) if uf.find(gi) == b]
        if {groups[g].article for g in ga} & {groups[g].article for g in gb}:
            continue  # two persons named in one article are two persons
        orgs_a = {uf.find(o) for g in ga for o in posts.get(g, ())}
        orgs_b = {uf.find(o) for g in gb for o in posts.get(g, ())}
        if orgs_a & orgs_b:
            uf.union(a, b)


_KIN_BEFORE_RE = re.compile(r"\b(?:" + "|".join(sorted(KIN_NOUNS)) + r")(?:\s+and\s+\w+)?,?\s+$", re.I)


def join_given_names(
    groups: list[Group], cands: list[Cand], uf: UnionFind, texts: dict[str, str], places: set[str]
) -> None:
    """A relative named by the given name alone ("his son Jon", "whose brother Jon") is the one person of the
    corpus with that given name and a surname ("Jon Varnick") when the article writes that surname (the
    relative's: "Ada Varnick ... her son Jon") and no other person of the corpus fits."""

    def people(grp: Group) -> bool:  # every name of the group is a person's
        return bool(grp.anchors) and all(k.label == "PERSON" for k in grp.anchors)

    full: list[tuple[int, NameKey]] = [
        (gi, k) for gi, grp in enumerate(groups) if people(grp) for k in grp.anchors if len(k.tokens) >= 2
    ]
    if not full:
        return
    words: dict[str, set[str]] = {}
    for gi, grp in enumerate(groups):
        lone = [k for k in grp.anchors if k.label == "PERSON" and len(k.tokens) == 1 and not k.honorific]
        if not lone or len(lone) != len(grp.anchors) or grp.article not in texts or lone[0].tokens[0] in places:
            continue
        text = texts[grp.article]
        if not any(_KIN_BEFORE_RE.search(text, max(0, cands[i].start - 30), cands[i].start) for i in grp.members):
            continue  # named as someone's relative: the family's surname is the one the article writes
        if grp.article not in words:
            words[grp.article] = {anyascii(w).lower() for w in re.findall(r"[^\W\d_]+", text)}
        fits = {
            uf.find(gj)
            for gj, k in full
            if groups[gj].article != grp.article
            and tok_sim(lone[0].tokens[0], k.tokens[0])
            and k.tokens[-1] in words[grp.article]
        }
        if len(fits) == 1:
            uf.union(gi, fits.pop())


_DATELINE_RE = re.compile(
    r"^[ \t]*([A-Z][A-Z'\u2019.-]+(?: [A-Z][A-Z'\u2019.-]+){0,3})(?:,[^\n]{0,40}?)?\s*[\u2013\u2014-]+\s", re.M
)


def dateline_words(per_article: Sequence[ArticleAnalysis]) -> set[str]:
    """Name tokens of all-caps datelines ("NORDHEIM –", "LISBON, June 3 -"): places, not names."""
    out: set[str] = set()
    for pa in per_article:
        for m in _DATELINE_RE.finditer(pa.article.text):
            out.update(name_key(m.group(1), "GPE").tokens)
    return out


_PLACE_LABELS = ("GPE", "LOC", "NORP", "FAC")
_LONE_LABELS = frozenset({"PERSON", "ORG", *_PLACE_LABELS})


def _capitalised(surface: str) -> bool:
    words = clean_surface(surface).split()
    return bool(words) and words[0][:1].isupper()


# Endings that make a demonym of a place name ("Oman" -> "Omani", "Kenya" -> "Kenyan").
_DEMONYM_ENDINGS = ("n", "an", "ian", "i", "is", "ns", "ans", "ese", "ish")
_WORD_RE = re.compile(r"(?<![\w'\u2019-])[A-Z][^\W\d_]{2,}")


def _demonyms_written(texts: Sequence[str]) -> set[str]:
    return {anyascii(m.group()).lower() for t in texts for m in _WORD_RE.finditer(t)}


def corpus_places(per_article: Sequence[ArticleAnalysis], per_cands: Sequence[list[Cand]]) -> set[str]:
    """Lone name tokens the corpus shows to be places (module docstring)."""
    return place_evidence(per_article, per_cands)[0]


def place_evidence(
    per_article: Sequence[ArticleAnalysis], per_cands: Sequence[list[Cand]]
) -> tuple[set[str], set[str], set[str]]:
    """(places, sure places, demonym places): all lone tokens the corpus shows to be places (module
    docstring); those it shows by the words themselves, not by a demonym that may be a surname
    ("Omari"): tagged as places in most of their lone mentions, the state of a formal name, or a
    dateline; and those whose demonym the corpus writes: countries and regions ("Varnel",
    "Varnelian")."""
    votes: Counter[str] = Counter()
    others: Counter[str] = Counter()
    lone: set[str] = set()
    places: set[str] = set()
    for cs in per_cands:
        for c in cs:
            k = name_key(c.text, c.label)
            if k.acronym or k.empty:
                continue
            if k.state and len(k.tokens) == 1:
                places.add(k.tokens[0])
            if len(k.tokens) == 1 and not k.generic and not k.designators:
                lone.add(k.tokens[0])
                (votes if c.label in _PLACE_LABELS else others)[k.tokens[0]] += 1
    places.update(t for t in lone if votes[t] > others[t])
    sure = places | dateline_words(per_article)
    demonymed = _with_demonyms(lone, _demonyms_written([pa.article.text for pa in per_article]))
    places |= demonymed
    return places | sure, sure, demonymed


def _with_demonyms(lone: set[str], written: set[str]) -> set[str]:
    """The lone tokens whose demonym the corpus writes ("varnel" beside "Varnelian")."""
    out: set[str] = set()
    for t in lone:
        if len(t) >= 3 and t.isalpha():
            stems = (t, t[:-1]) if t[-1] in "aeiou" else (t,)
            if any(s + e in written for s in stems for e in _DEMONYM_ENDINGS if s + e != t):
                out.add(t)
    return out


def place_word(word: str, places: set[str]) -> bool:
    """A capitalised word that is a place of the corpus or its demonym ("Varnel", "Varnelian")."""
    w = anyascii(word).lower()
    if w in places:
        return True
    return any(w.endswith(e) and (w[: -len(e)] in places or w[: -len(e)] + "a" in places) for e in _DEMONYM_ENDINGS)


def place_aware(key: NameKey, places: set[str]) -> NameKey:
    """An organisation name whose core is a place once its generic words are dropped keeps them
    ("X News Agency" stays three words when X is a country), so it never equals the place."""
    if key.generic and len(key.tokens) == 1 and key.tokens[0] in places:
        return replace(key, tokens=key.tokens + key.generic, generic=())
    return key
