"""Direct quotations: extract them with their speakers, and check each of A's against B.

A quotation split by an attribution (``"...," Mr. Kerry said, "and ..."``) is one quote in
two pieces.  Each quote of A is looked up in B's quotes, then in B's whole text, by its words
(case, punctuation and spacing ignored) and classified: ``exact``, ``joined`` (pieces of one
B quote given as one), ``truncated`` (a part of a B quote), ``altered`` (words changed; the
word diff is given), ``misattributed`` (same words, another speaker) or ``unmatched``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from newstrace.analyse.resources import PRONOUNS, SPEECH_VERBS
from newstrace.analyse.speakers import Speaker, SpeakerResolver, find_attribution
from newstrace.model import Alignment, QuoteCheck, QuoteStatus, Span
from newstrace.segment.document import Document, per_document

_MAX_GAP_WORDS = 8  # an attribution between two pieces of one quote is short
_MIN_ALTERED_SCORE = 75  # rapidfuzz partial ratio of an altered quote to its source ...
# ... and the share of words the two keep in place: a longer quote that only contains the
# other's few words is another quotation, not an altered one.
_MIN_ALTERED_WORDS = 0.6
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation of a text: its pieces (normalised ranges, without the marks)."""

    pieces: tuple[tuple[int, int], ...]
    speaker: Speaker | None
    named: bool  # the speaker is named next to the quote (not a pronoun or a guess)
    words: tuple[str, ...]
    piece_sizes: tuple[int, ...]  # words in each piece


def _content(text: str, start: int, end: int) -> tuple[int, int]:
    """The range inside the quote marks of a quoted region."""
    inner_end = end - 1 if end - start >= 2 and text[end - 1] == '"' else end
    return start + 1, inner_end


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


_TITLE_DOT = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.")
_INNER_END = re.compile(r"[.!?:;]\s+\S")


def _continues(text: str, previous: tuple[int, int], region: tuple[int, int]) -> bool:
    """True when ``region`` continues the quote ending at ``previous`` after an attribution.

    The first piece must end with a comma (``"...," he said, "..."``) and the gap hold only
    a short attribution: no sentence ends inside it (``he said. But then Kerry added:``).
    """
    gap = text[previous[1] : region[0]]
    if "\n" in gap or not text[previous[0] : previous[1]].rstrip('"').rstrip().endswith(","):
        return False
    if _INNER_END.search(_TITLE_DOT.sub("Title", gap).strip()):
        return False
    gap_words = _words(gap)
    return len(gap_words) <= _MAX_GAP_WORDS and any(w in SPEECH_VERBS for w in gap_words)


def _group(text: str, regions: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    groups: list[list[tuple[int, int]]] = []
    for region in regions:
        if groups and _continues(text, groups[-1][-1], region):
            groups[-1].append(region)
        else:
            groups.append([region])
    return groups


def _sentence_start(text: str, position: int) -> int:
    """Start of the sentence around ``position`` (after the last . ! ? or line break)."""
    cut = max(text.rfind(mark, 0, position) for mark in (". ", "? ", "! ", "\n"))
    return 0 if cut < 0 else cut + 1


_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)[.!?](?=\s)|\n")


def _sentence_rest(text: str, position: int) -> str:
    """The rest of the sentence from ``position`` (the text after a closing quote mark).

    Empty when the quotation itself ended the sentence (``...divergence."``).
    """
    if text[max(0, position - 2) : position].rstrip('"')[-1:] in (".", "!", "?"):
        return ""
    match = _SENTENCE_END.search(text, position + 1)
    return text[position : match.end() if match else len(text)]


@per_document
def extract_quotes(doc: Document) -> tuple[Quote, ...]:
    """The quotations of ``doc`` in reading order, with their speakers."""
    text = doc.normalised.text
    regions = [r for r in doc.quoted_regions if _WORD.search(text[r[0] : r[1]])]
    resolver = SpeakerResolver(text)
    quotes = []
    for group in _group(text, regions):
        first, last = group[0], group[-1]
        before = text[_sentence_start(text, first[0]) : first[0]]
        after = _sentence_rest(text, last[1])
        gap = text[group[0][1] : group[1][0]] if len(group) > 1 else ""
        mention = find_attribution(before, after, gap)
        speaker = resolver.resolve(mention, first[0])
        pieces = tuple(_content(text, start, end) for start, end in group)
        piece_words = [_words(text[a:b]) for a, b in pieces]
        quotes.append(
            Quote(
                pieces=pieces,
                speaker=speaker,
                named=mention is not None and mention.text.lower() not in PRONOUNS,
                words=tuple(w for words in piece_words for w in words),
                piece_sizes=tuple(len(words) for words in piece_words),
            )
        )
    return tuple(quotes)


def _find(needle: tuple[str, ...], haystack: tuple[str, ...]) -> int:
    """First index where ``needle`` occurs contiguously in ``haystack``, or -1."""
    size = len(needle)
    for start in range(len(haystack) - size + 1):
        if haystack[start : start + size] == needle:
            return start
    return -1


def _exact_status(quote: Quote, source: Quote, start: int) -> QuoteStatus:
    """exact / joined / truncated for a quote found word for word at ``start`` of ``source``."""
    bounds = [0]
    for size in source.piece_sizes:
        bounds.append(bounds[-1] + size)
    end = start + len(quote.words)
    touched = [k for k in range(len(source.pieces)) if bounds[k] < end and bounds[k + 1] > start]
    whole_pieces = start in bounds and end in bounds
    if len(touched) > 1 and len(quote.pieces) < len(touched):
        return "joined"
    return "exact" if whole_pieces else "truncated"


class QuoteMatcher:
    """Looks up A's quotes in B: B's quotes first (nearest the aligned passages), then B's text."""

    def __init__(self, b: Document) -> None:
        self.b = b
        self.quotes = extract_quotes(b)
        self.text_words = tuple(t.text for t in b.tokens)
        self._token_starts = [t.start for t in b.tokens]

    def check(self, quote: Quote, a: Document, partners: list[Span]) -> QuoteCheck:
        ordered = sorted(self.quotes, key=lambda q: not self._inside(q, partners))
        for source in ordered:
            start = _find(quote.words, source.words)
            if start >= 0:
                status = _exact_status(quote, source, start)
                if _misattributed(quote, source, a, self.b):
                    status = "misattributed"
                span = self._words_span(source, start, len(quote.words))
                return self._result(quote, a, status, span, source.speaker)
        start = _find(quote.words, self.text_words)
        if start >= 0:
            span = self._token_span(start, start + len(quote.words))
            return self._result(quote, a, "exact", span, None)
        return self._fuzzy(quote, a, ordered)

    def _fuzzy(self, quote: Quote, a: Document, ordered: list[Quote]) -> QuoteCheck:
        needle = " ".join(quote.words)
        best = None
        for source in ordered:
            alignment = fuzz.partial_ratio_alignment(needle, " ".join(source.words))
            if alignment and (best is None or alignment.score > best[0].score):
                best = (alignment, source)
        if best is None or best[0].score < _MIN_ALTERED_SCORE:
            return self._result(quote, a, "unmatched", None, None)
        alignment, source = best
        joined = " ".join(source.words)
        first = len(_words(joined[: alignment.dest_start]))
        count = len(_words(joined[alignment.dest_start : alignment.dest_end]))
        window = source.words[first : first + count]
        if Levenshtein.normalized_similarity(list(quote.words), list(window)) < _MIN_ALTERED_WORDS:
            return self._result(quote, a, "unmatched", None, None)
        span = self._words_span(source, first, count)
        result = self._result(quote, a, "altered", span, source.speaker)
        return replace(result, diff=_word_diff(quote.words, window))

    def _inside(self, quote: Quote, spans: list[Span]) -> bool:
        start = self.b.normalised.to_original(*quote.pieces[0]).start
        return any(span.start <= start < span.end for span in spans)

    def _words_span(self, source: Quote, start: int, count: int) -> Span:
        """Original span of ``count`` words of ``source`` from its word ``start`` (clamped)."""
        first = bisect_left(self._token_starts, source.pieces[0][0])
        in_quote = [
            k
            for k in range(first, len(self.b.tokens))
            if any(a <= self.b.tokens[k].start < b for a, b in source.pieces)
        ]
        if not in_quote:
            return self.b.normalised.to_original(*source.pieces[0])
        start = min(start, len(in_quote) - 1)
        end = min(len(in_quote), start + max(1, count))
        return self._token_span(in_quote[start], in_quote[end - 1] + 1)

    def _token_span(self, first: int, last: int) -> Span:
        return self.b.token_span(first, last)

    def _result(
        self,
        quote: Quote,
        a: Document,
        status: QuoteStatus,
        span: Span | None,
        b_speaker: Speaker | None,
    ) -> QuoteCheck:
        a_spans = tuple(a.normalised.to_original(start, end) for start, end in quote.pieces)
        return QuoteCheck(
            text=" … ".join(a.text[s.start : s.end] for s in a_spans),
            speaker=quote.speaker.name if quote.speaker else None,
            a_spans=a_spans,
            status=status,
            b_span=span,
            b_text=self.b.text[span.start : span.end] if span else None,
            b_speaker=b_speaker.name if b_speaker else None,
        )


def _paragraph(text: str, position: int) -> str:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start : end if end >= 0 else len(text)]


def _names_in(text: str) -> set[str]:
    return {word.lower() for word in _WORD.findall(text) if word[:1].isupper()}


def _misattributed(quote: Quote, source: Quote, a: Document, b: Document) -> bool:
    """Another speaker, claimed only on clear evidence.

    Both speakers are named next to their quotes (pronouns are not trusted), the quote is
    a statement (four words or more: shorter ones are titles and catch-phrases), the two
    names share no word, and neither text names the other's speaker in the quote's
    paragraph ("Sen. Chuck Schumer of New York said": the rules may pick "New York").
    """
    speaker, other = quote.speaker, source.speaker
    if not (quote.named and source.named and speaker and other) or len(quote.words) < 4:
        return False
    if set(speaker.name.lower().split()) & set(other.name.lower().split()):
        return False
    a_context = _names_in(_paragraph(a.normalised.text, quote.pieces[0][0]))
    b_context = _names_in(_paragraph(b.normalised.text, source.pieces[0][0]))
    return speaker.key not in b_context and other.key not in a_context


def _word_diff(a_words: tuple[str, ...], b_words: tuple[str, ...]) -> tuple[str, ...]:
    """Word edits from B's wording to A's: ``-word`` removed, ``+word`` added."""
    edits: list[str] = []
    for op in Levenshtein.opcodes(list(b_words), list(a_words)):
        if op.tag in ("replace", "delete"):
            edits.extend("-" + w for w in b_words[op.src_start : op.src_end])
        if op.tag in ("replace", "insert"):
            edits.extend("+" + w for w in a_words[op.dest_start : op.dest_end])
    return tuple(edits)


def check_quotes(a: Document, b: Document, alignments: list[Alignment]) -> list[QuoteCheck]:
    """Every quotation of A, checked against B."""
    matcher = QuoteMatcher(b)
    checks = []
    for quote in extract_quotes(a):
        start = a.normalised.to_original(*quote.pieces[0]).start
        partners = [x.b_span for x in alignments if x.a_span.start <= start < x.a_span.end]
        checks.append(matcher.check(quote, a, partners))
    return checks
