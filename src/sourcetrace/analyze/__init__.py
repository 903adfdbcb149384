"""Per-article analysis: a pure function of one article (parallelisable as a map).

Components run in order, each declaring what it needs:

    doc (spaCy) -> sentences, mentions
    quotes      needs doc, mentions                  (analyze.quotes)
    citations   needs doc, quotes                    (analyze.citations)
    attributed  needs doc, quotes                    (analyze.voice)
    claims      needs doc, quotes, mentions          (analyze.claims)
    descriptors needs doc, mentions, attributed      (analyze.framing)
"""

from __future__ import annotations

from typing import Any

from ..model import Article, ArticleAnalysis, Mention, Span
from .citations import find_citations
from .claims import find_claims
from .framing import find_descriptors
from .nlp import load_nlp, shared_nlp
from .quotes import find_quotes
from .voice import attributed_spans

__all__ = ["analyze_article", "analyze_doc", "load_nlp", "shared_nlp", "PIPELINE_VERSION", "pipeline_fingerprint"]

# Bump when any component's output changes, so cached analyses are redone.
PIPELINE_VERSION = "0.1.0"


def pipeline_fingerprint() -> str:
    """PIPELINE_VERSION plus a hash of this stage's source, so editing an analyzer invalidates the cache."""
    import hashlib
    from pathlib import Path

    h = hashlib.sha1(PIPELINE_VERSION.encode())
    for f in sorted(Path(__file__).parent.glob("*.py")):
        h.update(f.read_bytes())
    return f"{PIPELINE_VERSION}+{h.hexdigest()[:12]}"


ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "EVENT", "FAC", "LOC", "WORK_OF_ART", "LAW"})


def analyze_article(article: Article, nlp: Any) -> ArticleAnalysis:
    """Analyse one article with a loaded spaCy pipeline."""
    return analyze_doc(article, nlp(article.text), nlp)


def analyze_doc(article: Article, doc: Any, nlp: Any = None) -> ArticleAnalysis:
    sentences = tuple(Span(s.start_char, s.end_char) for s in doc.sents)
    mentions = tuple(
        Mention(article.id, e.start_char, e.end_char, e.text, e.label_) for e in doc.ents if e.label_ in ENTITY_LABELS
    )
    quotes = find_quotes(doc, article, mentions)
    citations = find_citations(doc, article, quotes)
    attributed = attributed_spans(doc, article, quotes)
    claims = find_claims(doc, article, quotes, mentions)
    title_doc = nlp(article.title) if nlp is not None and article.title else None  # headline descriptors
    descriptors = find_descriptors(doc, article, mentions, attributed, title_doc)
    return ArticleAnalysis(
        article=article,
        sentences=sentences,
        mentions=mentions,
        quotes=tuple(quotes),
        citations=tuple(citations),
        claims=tuple(claims),
        descriptors=tuple(descriptors),
        attributed=tuple(attributed),
    )
