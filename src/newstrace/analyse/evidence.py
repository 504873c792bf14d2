"""Measure what the alignments show: coverage, traced sentences, order, quotes, credits."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from itertools import pairwise

import numpy as np
import numpy.typing as npt

from newstrace.analyse.clues import (
    details_dropped,
    details_new,
    hedges,
    quote_words_added,
    quote_words_beyond,
    quotes_cut,
    quotes_from_speech,
)
from newstrace.analyse.credits import canonical_outlet, credited_outlets
from newstrace.analyse.quotations import people_of
from newstrace.analyse.retold import story_credits
from newstrace.analyse.seated import unnamed_seated
from newstrace.analyse.statement_story import first_person
from newstrace.model import (
    Alignment,
    Coverage,
    Evidence,
    QuoteCheck,
    Sentence,
    SideEvidence,
    Span,
)
from newstrace.segment.document import Document, per_document

Mask = npt.NDArray[np.bool_]


def _mask(length: int, spans: list[Span]) -> Mask:
    mask = np.zeros(length, dtype=bool)
    for span in spans:
        mask[span.start : span.end] = True
    return mask


def read_ahead(doc: Document) -> None:
    """Derive and keep the masks :func:`measure` reads of ``doc`` (``analyse.ahead``)."""
    _letters(doc)
    _inside_quotes(doc)


@per_document
def _letters(doc: Document) -> Mask:
    """Which characters of the original text are letters or digits (what coverage counts)."""
    # Each distinct character is asked once, not each character of the text.
    codes = np.frombuffer(doc.text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    distinct = np.unique(codes)
    alnum = np.array([chr(code).isalnum() for code in distinct.tolist()], dtype=bool)
    mask = alnum[np.searchsorted(distinct, codes)]
    mask.setflags(write=False)
    return mask


def _share(letters: Mask, covered: Mask, within: Mask | None = None) -> float:
    """Share of the letters and digits (inside ``within``) that are covered.

    Punctuation and spacing are left out: a passage that ends before a full stop still
    covers its whole sentence.
    """
    counted = letters if within is None else letters & within
    total = int(counted.sum())
    return int((counted & covered).sum()) / total if total else 0.0


@per_document
def _inside_quotes(doc: Document) -> Mask:
    """Which characters of the original text are inside a quotation."""
    spans = [doc.normalised.to_original(s, e) for s, e in doc.quoted_regions]
    mask = _mask(len(doc.text), spans)
    mask.setflags(write=False)
    return mask


def _word_starts(letters: Mask) -> Mask:
    """The first letter or digit of every word."""
    starts = letters.copy()
    starts[1:] &= ~letters[:-1]
    return starts


def _longest_own_passage(starts: Mask, outside: Mask, spans: list[Span]) -> int:
    """Words outside quotations in the longest of ``spans``, counted by their first letter."""
    own = starts & outside
    return max((int(own[s.start : s.end].sum()) for s in spans), default=0)


# Sentences a lifted block may skip between two of its passages, in either text.  A block
# of paragraphs lifted into another story and lightly edited is cut into several passages
# wherever a sentence was dropped or reworded (one in four, now and then two in a row, in
# the 20k scan's light plants); two passages that follow each other in both texts, with at
# most this many sentences between them, are still one block.
BLOCK_SKIP = 2


def _follows(before: Alignment, after: Alignment) -> bool:
    """Whether ``after`` continues the block of ``before`` in both texts (``BLOCK_SKIP``)."""
    return all(
        first
        and then
        and later.start >= earlier.start
        and 0 <= then[0] - first[-1] <= BLOCK_SKIP + 1
        for first, then, earlier, later in (
            (before.a_sentences, after.a_sentences, before.a_span, after.a_span),
            (before.b_sentences, after.b_sentences, before.b_span, after.b_span),
        )
    )


def longest_block(
    alignments: list[Alignment], weight: Callable[[Alignment], int]
) -> list[Alignment]:
    """The heaviest block of passages shared word for word or nearly: a chain in which each
    passage follows the one before it in both texts, skipping at most ``BLOCK_SKIP``
    sentences of either (a sentence cut or reworded in a lifted block).  Which text is A
    does not matter, ties apart."""
    passages = sorted(
        (x for x in alignments if x.kind != "paraphrase"),
        key=lambda x: (x.a_span.start, x.b_span.start),
    )
    # The heaviest chain ending at each passage, and the passage before it there.
    best: list[int] = []
    before: list[int | None] = []
    for k, passage in enumerate(passages):
        links = [(best[j], j) for j in range(k) if _follows(passages[j], passage)]
        total, previous = max(links, default=(0, None))
        best.append(total + weight(passage))
        before.append(previous)
    if not passages:
        return []
    end: int | None = max(range(len(passages)), key=best.__getitem__)
    chain = []
    while end is not None:
        chain.append(passages[end])
        end = before[end]
    return chain[::-1]


def _longest_own_block(starts: Mask, outside: Mask, alignments: list[Alignment], side: str) -> int:
    """Words outside quotations in the longest block of passages (``longest_block``)."""
    own = starts & outside

    def span(x: Alignment) -> Span:
        return x.a_span if side == "a" else x.b_span

    block = longest_block(alignments, lambda x: int(own[span(x).start : span(x).end].sum()))
    return int((_mask(len(own), [span(x) for x in block]) & own).sum())


def _traced(letters: Mask, covered: Mask, sentences: list[Sentence]) -> int:
    return sum(
        _share(letters[s.span.start : s.span.end], covered[s.span.start : s.span.end]) >= 0.5
        for s in sentences
    )


def _own_sentences(doc: Document, letters: Mask, inside_quotes: Mask) -> list[Sentence]:
    """Sentences mostly outside quotations: the reporter's own words."""
    return [
        s
        for s in doc.sentences
        if _share(letters[s.span.start : s.span.end], inside_quotes[s.span.start : s.span.end])
        < 0.5
    ]


def _own_similarity(
    letters: Mask, own: list[Sentence], alignments: list[Alignment], side: str, mine: Mask
) -> float:
    """How closely the other text gives the reporter's own sentences, on average: for each
    own sentence, its best alignment's score times the share of the sentence it covers
    (an untraced sentence counts 0); ``mine``: the letters not quoted by the other."""
    if not own:
        return 0.0
    total = 0.0
    for sentence in own:
        span = sentence.span
        counted = int(letters[span.start : span.end].sum()) or 1
        best = 0.0
        for x in alignments:
            ours = x.a_span if side == "a" else x.b_span
            if ours.overlap(span):
                covered = mine[max(span.start, ours.start) : min(span.end, ours.end)].sum()
                best = max(best, x.score * min(1.0, int(covered) / counted))
        total += best
    return total / len(own)


def _quoted_by_other(
    length: int, alignments: list[Alignment], other_inside: Mask, side: str
) -> Mask:
    """Characters of this text whose partner in the other text is inside a quotation.

    A passage's characters are mapped to the other's in proportion to their place in it,
    so that a long passage holding both prose and a quotation is split between them.
    """
    quoted = np.zeros(length, dtype=bool)
    for x in alignments:
        ours, theirs = (x.a_span, x.b_span) if side == "a" else (x.b_span, x.a_span)
        if not len(ours) or not len(theirs):
            continue
        offsets = np.arange(len(ours))
        mapped = theirs.start + (offsets * len(theirs)) // len(ours)
        quoted[ours.start : ours.end] |= other_inside[np.minimum(mapped, len(other_inside) - 1)]
    return quoted


def _statement(check: QuoteCheck) -> bool:
    """A quotation of four words or more: shorter ones are phrases, titles, scare quotes."""
    return len(check.text.split()) >= 4


def _own_chain(
    own: list[Sentence],
    alignments: list[Alignment],
    side: str,
    firm_score: float,
    letters: Mask,
    mine: Mask,
) -> float:
    """The share of own sentences on the longest chain of firm links that keeps the other's
    order (a rewrite follows its source sentence by sentence, with a few moves; the
    sentences of an independent report that look like the other's are scattered)."""
    if not own:
        return 0.0
    best: dict[int, tuple[float, int]] = {}
    for x in alignments:
        ours = x.a_span if side == "a" else x.b_span
        if x.kind == "paraphrase" and x.score < firm_score:
            continue
        if mine[ours.start : ours.end].sum() * 2 < letters[ours.start : ours.end].sum():
            continue  # the reporter's words in it are mostly what the other quoted
        own_indices, theirs = (
            (x.a_sentences, x.b_sentences) if side == "a" else (x.b_sentences, x.a_sentences)
        )
        for i in own_indices:
            if theirs and x.score > best.get(i, (-1.0, 0))[0]:
                best[i] = (x.score, theirs[0])
    partners = [best[s.index][1] for s in own if s.index in best]
    # Longest non-decreasing subsequence (patience sorting).
    tails: list[int] = []
    for partner in partners:
        k = bisect_right(tails, partner)
        tails[k : k + 1] = [partner]
    return len(tails) / len(own)


def order_kept(alignments: list[Alignment], *, side: str = "a", max_step: int = 3) -> float:
    """Share of consecutive traced sentences of one side whose partners also follow each other.

    A step counts as kept when the next sentence's partner lies 0 to ``max_step``
    sentences further on in B.  A rewrite that moves a whole block loses one step at each
    end of the block, while independent reports, whose best partners are scattered, lose
    most steps.  Returns 1.0 with fewer than three traced sentences.
    """
    partner: dict[int, int] = {}
    for alignment in alignments:
        own, other = (
            (alignment.a_sentences, alignment.b_sentences)
            if side == "a"
            else (alignment.b_sentences, alignment.a_sentences)
        )
        for i in own:
            partner[i] = min(partner.get(i, other[0]), *other)
    if len(partner) < 3:
        return 1.0
    sequence = [partner[i] for i in sorted(partner)]
    kept = sum(0 <= after - before <= max_step for before, after in pairwise(sequence))
    return kept / (len(sequence) - 1)


def _credits(credited: tuple[str, ...], outlet: str | None) -> bool:
    """Whether ``outlet`` is among the outlets a text credits (``credited``)."""
    target = canonical_outlet(outlet)
    return target is not None and target in credited


def _side(
    doc: Document,
    letters: Mask,
    other: Document,
    alignments: list[Alignment],
    side: str,
    firm_score: float,
    quotes: list[QuoteCheck],
    other_quotes: list[QuoteCheck],
) -> SideEvidence:
    inside = _inside_quotes(doc)
    # The reporter's own words are weighed against the other's own words: words of this
    # text found inside a quotation of the other are what the other quoted (this text is
    # its primary source: a statement, a transcript), not something this text copied.
    quoted = _quoted_by_other(len(doc.text), alignments, _inside_quotes(other), side) & ~inside
    mine = letters & ~quoted

    def mask(keep: Callable[[Alignment], bool]) -> Mask:
        return _mask(
            len(doc.text), [x.a_span if side == "a" else x.b_span for x in alignments if keep(x)]
        )

    lexical_spans = [
        x.a_span if side == "a" else x.b_span for x in alignments if x.kind != "paraphrase"
    ]
    covered = mask(lambda x: True)
    lexical = _mask(len(doc.text), lexical_spans)
    firm = mask(lambda x: x.kind != "paraphrase" or x.score >= firm_score)
    own = _own_sentences(doc, letters, inside)
    # The outlets the text credits with a report, in order of first mention, read once.  Not
    # those a person spoke to ("Fox told CNN", "in an interview with the Times", issue 16): a
    # source reporting an interview says so as often as its copy (fresh37's rw-488 read "A
    # credits CNN" of the source, which its copy changed to MSNBC), and a same-event report
    # naming the other's interview is no copy of it (4 of BASIL's ordered pairs).
    credited = tuple(credited_outlets(doc.normalised.text, reports_only=True))
    dropped, changed = details_dropped(alignments, side, doc.text, firm_score)
    return SideEvidence(
        sentences=len(doc.sentences),
        sentences_traced=_traced(letters, covered, doc.sentences),
        own_sentences=len(own),
        own_sentences_traced=_traced(letters, firm & ~quoted, own),
        outside_quotes=_share(letters, covered & ~quoted, ~inside),
        lexical_outside_quotes=_share(letters, lexical & ~quoted, ~inside),
        longest_passage_outside_quotes=_longest_own_passage(
            _word_starts(letters), ~inside & ~quoted, lexical_spans
        ),
        order=order_kept(alignments, side=side),
        credits_other=_credits(credited, other.article.outlet),
        outlets_credited=credited,
        details_dropped=dropped,
        details_changed=changed,
        details_new=details_new(doc.text, other.text),
        own_similarity=_own_similarity(letters, own, alignments, side, mine),
        own_chain=_own_chain(own, alignments, side, firm_score, letters & ~inside, mine & ~inside),
        quotations=sum(_statement(q) for q in quotes),
        quotations_new=sum(_statement(q) and q.status == "unmatched" for q in quotes),
        quotes_cut=quotes_cut(quotes, doc),
        quotes_from_speech=quotes_from_speech(doc, other),
        hedges=hedges(doc),
        words=int(_word_starts(letters).sum()),
        longest_block_outside_quotes=_longest_own_block(
            _word_starts(letters), ~inside & ~quoted, alignments, side
        ),
        quote_words_beyond=quote_words_beyond(quotes, other_quotes),
        story_credits=story_credits(
            doc.normalised.text,
            doc.article.outlet,
            lead_end=doc.ranges[0].end if doc.ranges else 0,
        ),
        first_person=first_person(doc.normalised.text, doc.quoted_regions),
        quote_words_added=quote_words_added(quotes, other_quotes),
        seated_unnamed=unnamed_seated(people_of(doc), other.normalised.text),
    )


def measure(
    a: Document,
    b: Document,
    alignments: list[Alignment],
    *,
    firm_score: float,
    quotes: tuple[list[QuoteCheck], list[QuoteCheck]] = ([], []),
) -> tuple[Coverage, Evidence]:
    """Coverage of each text by the other, and the evidence a verdict is decided from.

    ``firm_score`` is the paraphrase score from which a link counts towards the own
    sentences traced (weaker links only fill gaps between firmer ones); ``quotes`` are
    the quotation checks of A against B and of B against A.
    """
    a_letters, b_letters = _letters(a), _letters(b)
    a_covered = _mask(len(a.text), [x.a_span for x in alignments])
    b_covered = _mask(len(b.text), [x.b_span for x in alignments])
    coverage = Coverage(a=_share(a_letters, a_covered), b=_share(b_letters, b_covered))
    evidence = Evidence(
        a=_side(a, a_letters, b, alignments, "a", firm_score, quotes[0], quotes[1]),
        b=_side(b, b_letters, a, alignments, "b", firm_score, quotes[1], quotes[0]),
    )
    return coverage, evidence
