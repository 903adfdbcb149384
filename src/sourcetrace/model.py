"""Result records: frozen dataclasses holding character offsets into article text.

Every record that points at text carries ``article`` (an article id) and
``start``/``end`` offsets into that article's cleaned ``text``; the exported
``text`` fields are slices of it, never rewritten copies.

Two layers:

* per-article records (``ArticleAnalysis``), produced by ``sourcetrace.analyze``
  as a pure function of one ``Article``;
* cross-article records (``Entity``, ``Cluster``, ``FramingTerm``,
  ``TimelineEntry``), produced by ``sourcetrace.link``.

``Analysis`` holds both and maps one-to-one onto the ``analysis.json`` contract.
"""

from __future__ import annotations

import dataclasses
import hashlib
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

SCHEMA_VERSION = 1


def content_id(prefix: str, *parts: object, length: int = 12) -> str:
    """A stable id derived from content, so re-runs give the same ids."""
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}{h[:length]}"


@dataclass(frozen=True)
class Problem:
    """An input that was not analysed (or only partly), and why."""

    source: str
    reason: str
    # "skipped": an input that should have been an article and was not analysed;
    # "ignored": a file that is not an article (e.g. gold.yaml in a corpus folder);
    # "warning": analysed, with a caveat (e.g. decoded as cp1252).
    severity: Literal["skipped", "ignored", "warning"] = "skipped"


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    source: str
    outlet: str | None = None
    published: str | None = None
    author: str | None = None
    title: str | None = None
    dateline: str | None = None
    url: str | None = None
    content_hash: str = ""
    # full names the page's furniture spells out for acronyms ("© Fjord Public Broadcaster (FPB)"):
    # names its publisher goes by, evidence for entity resolution; not exported
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """A named-entity mention in one article."""

    article: str
    start: int
    end: int
    text: str
    label: str  # PERSON, ORG, GPE, NORP, EVENT, ...


@dataclass(frozen=True)
class Quote:
    id: str
    article: str
    start: int
    end: int
    text: str
    kind: Literal["direct", "indirect"]
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    via: tuple[str, ...] = ()
    speaker_entity: str | None = None  # filled by the link stage


@dataclass(frozen=True)
class Citation:
    article: str
    cites: str
    cue: str
    start: int
    end: int


@dataclass(frozen=True)
class DateValue:
    value: str  # ISO prefix: YYYY, YYYY-MM or YYYY-MM-DD
    text: str
    precision: Literal["year", "month", "day"]
    start: int
    end: int


@dataclass(frozen=True)
class Quantity:
    value: float
    text: str
    start: int
    end: int
    unit: str | None = None
    low: float | None = None  # bounds: "at least 12" -> low=12, high=None
    high: float | None = None
    # "value": what the claim states; "reference": a whole it takes a fraction of, not a figure the
    # claim asserts ("less than half of the promised $620 million": the $620 million)
    role: Literal["value", "reference"] = "value"


@dataclass(frozen=True)
class Claim:
    id: str
    article: str
    start: int
    end: int
    text: str
    quote: str | None = None
    origin: str | None = None
    dates: tuple[DateValue, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    negated: bool = False
    speaker: str | None = None


@dataclass(frozen=True)
class Descriptor:
    """A word or phrase an article uses for a referent, and in whose voice."""

    article: str
    start: int
    end: int
    term: str
    referent: str  # surface text of the referent (a name), resolved by link
    voice: Literal["own", "quoted"]
    kind: str = "modifier"  # title | apposition | modifier | predicate | name | reference | action
    referent_start: int | None = None  # offsets of the referent, when it is a span of the text
    referent_end: int | None = None


@dataclass(frozen=True)
class ArticleAnalysis:
    """Everything found in one article; a pure function of the article."""

    article: Article
    sentences: tuple[Span, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    citations: tuple[Citation, ...] = ()
    claims: tuple[Claim, ...] = ()
    descriptors: tuple[Descriptor, ...] = ()
    attributed: tuple[Span, ...] = ()  # spans in quoted/attributed voice


@dataclass(frozen=True)
class EntityMention:
    article: str
    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[EntityMention, ...] = ()


@dataclass(frozen=True)
class Contradiction:
    a: str
    b: str
    kind: str  # date | number | denial | nli
    detail: str


@dataclass(frozen=True)
class Cluster:
    id: str
    claims: tuple[str, ...]
    origins: tuple[str, ...] = ()
    independent_origins: int = 0
    contradictions: tuple[Contradiction, ...] = ()


@dataclass(frozen=True)
class FramingTerm:
    article: str
    outlet: str | None
    entity: str | None
    term: str
    count: int
    voice: Literal["own", "quoted"]
    score: float | None = None  # weighted log-odds z-score against other outlets
    distinctive: bool = False


@dataclass(frozen=True)
class TimelineEntry:
    date: str
    precision: Literal["year", "month", "day"]
    text: str
    claims: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProvenanceEdge:
    source: str  # node label, e.g. a speaker, agency or outlet
    target: str
    kind: str  # said-to | relayed-by | cites | copies
    article: str | None = None


@dataclass(frozen=True)
class Analysis:
    articles: tuple[Article, ...] = ()
    per_article: tuple[ArticleAnalysis, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    clusters: tuple[Cluster, ...] = ()
    citations: tuple[Citation, ...] = ()
    framing: tuple[FramingTerm, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    provenance: tuple[ProvenanceEdge, ...] = ()
    problems: tuple[Problem, ...] = ()
    version: int = SCHEMA_VERSION
    extra: dict[str, Any] = field(default_factory=dict)


# ---------------------------------------------------------------- (de)serialising

T = TypeVar("T")


def to_dict(obj: Any) -> Any:
    """Dataclasses to plain JSON-able values (tuples become lists)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list | tuple):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


def from_dict(cls: type[T], data: Any) -> T:
    """Rebuild a dataclass written by ``to_dict`` (used for the analysis cache)."""
    return typing.cast(T, _build(cls, data))


def _build(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        kwargs = {f.name: _build(hints[f.name], data[f.name]) for f in dataclasses.fields(tp) if f.name in data}
        return typing.cast(Any, tp)(**kwargs)
    if origin is tuple:
        return tuple(_build(typing.get_args(tp)[0], x) for x in data)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(tp) if a is not type(None)]
        return _build(members[0], data) if len(members) == 1 else data
    return data
