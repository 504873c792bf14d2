"""The compare pipeline: normalise -> segment -> align -> measure -> decide -> analyse.

This is the one place where the order of the stages lives in code.
"""

from __future__ import annotations

from typing import NamedTuple

from newstrace.align import align
from newstrace.align.paraphrase import unit_texts
from newstrace.analyse.ahead import read_ahead
from newstrace.analyse.direction import decide
from newstrace.analyse.evidence import measure
from newstrace.analyse.quotations import extract_quotes
from newstrace.analyse.quotes import check_quotes
from newstrace.analyse.report import analyse
from newstrace.analyse.stock import CommonWording
from newstrace.config import DEFAULT_CONFIG, Config
from newstrace.embed.encoder import get_encoder
from newstrace.errors import EmptyTextError
from newstrace.model import Alignment, Article, Comparison, Coverage, Evidence, QuoteCheck
from newstrace.segment.document import Document

__all__ = ["Weighed", "compare", "compare_documents", "prepare", "weigh"]


def _as_article(value: str | Article, name: str) -> Article:
    article = value if isinstance(value, Article) else Article(text=value)
    if not isinstance(article.text, str):
        raise TypeError(f"article {name} must be a str or an Article, not {type(value).__name__}")
    if not article.text.strip():
        raise EmptyTextError(f"article {name} is empty", path=article.id)
    return article


def prepare(article: Article, config: Config = DEFAULT_CONFIG) -> Document:
    """Normalise and segment one article (reusable across comparisons); over the size
    limits of ``config.limits`` it raises :class:`TooLargeError`."""
    document = Document(article, config.limits)
    if not document.tokens:
        raise EmptyTextError("no words in the text", path=article.id)
    return document


def compare(a: str | Article, b: str | Article, *, config: Config = DEFAULT_CONFIG) -> Comparison:
    """Compare article ``a`` with article ``b``: what was reused, and which way it went.

    ``a`` and ``b`` are plain strings or :class:`Article` records.  Spans in the result are
    character offsets into the original texts.
    """
    doc_a, doc_b = prepare(_as_article(a, "A"), config), prepare(_as_article(b, "B"), config)
    # The encoder runs on the other threads while this one derives what needs no vector.
    get_encoder().prefetch(unit_texts(doc_a, doc_b))
    for doc in (doc_a, doc_b):
        extract_quotes(doc)
    read_ahead(doc_a, doc_b, config.analyse)
    return compare_documents(doc_a, doc_b, config=config)


class Weighed(NamedTuple):
    """What the verdict weighs of two prepared articles: their alignments, each side's
    quotations checked against the other (A's, B's), the coverage and the evidence."""

    alignments: list[Alignment]
    quotes: tuple[list[QuoteCheck], list[QuoteCheck]]
    coverage: Coverage
    evidence: Evidence


def weigh(doc_a: Document, doc_b: Document, *, config: Config = DEFAULT_CONFIG) -> Weighed:
    """Align two prepared articles, check each side's quotations and measure the evidence:
    the steps of :func:`compare_documents` before the verdict (benchmarks that study the
    verdict's inputs call this rather than repeat them)."""
    alignments = align(doc_a, doc_b, config=config.align)
    a_quotes = check_quotes(doc_a, doc_b, alignments, config.quotes)
    b_quotes = check_quotes(doc_b, doc_a, [x.swapped() for x in alignments], config.quotes)
    coverage, evidence = measure(
        doc_a,
        doc_b,
        alignments,
        firm_score=config.align.paraphrase_threshold,
        quotes=(a_quotes, b_quotes),
    )
    return Weighed(alignments, (a_quotes, b_quotes), coverage, evidence)


def compare_documents(
    doc_a: Document,
    doc_b: Document,
    *,
    config: Config = DEFAULT_CONFIG,
    common: CommonWording | None = None,
) -> Comparison:
    """:func:`compare` on prepared articles, so that one article compared with many is
    normalised and segmented once (``trace``).  ``common``: the wording an index found in
    many articles (``analyse.stock``), which is no evidence of a shared text."""
    alignments, (a_quotes, _), coverage, evidence = weigh(doc_a, doc_b, config=config)
    info_a, info_b = doc_a.article.info(), doc_b.article.info()
    verdict = decide(
        info_a, info_b, coverage, evidence, alignments, config=config.verdict, common=common
    )
    analysis = analyse(
        doc_a,
        doc_b,
        alignments,
        verdict.relation,
        coverage=coverage,
        config=config.analyse,
        quotes=a_quotes,
        evidence=evidence,
    )
    return Comparison(
        a=info_a,
        b=info_b,
        verdict=verdict,
        coverage=coverage,
        alignments=tuple(alignments),
        evidence=evidence,
        analysis=analysis,
    )
