"""What the copy added and what it left out of its source, and the loaded words it added."""

from __future__ import annotations

import re
from typing import Literal

from newstrace.model import Alignment, LoadedWord, Passage, Span
from newstrace.segment.document import Document

# Words with inner hyphens or apostrophes; a possessive "'s" is left outside the word.
_WORD = re.compile(r"\w+(?:[-'’](?![sS]\b)\w+)*")


def _covered(sentence: Span, spans: list[Span]) -> float:
    return sum(sentence.overlap(span) for span in spans) / max(1, len(sentence))


def untraced(doc: Document, spans: list[Span], side: Literal["a", "b"]) -> list[Passage]:
    """Runs of consecutive sentences of ``doc`` less than half covered by ``spans``."""
    runs: list[list[Span]] = []
    previous = -2
    for index, sentence in enumerate(doc.sentences):
        if _covered(sentence.span, spans) >= 0.5:
            continue
        if index == previous + 1:
            runs[-1].append(sentence.span)
        else:
            runs.append([sentence.span])
        previous = index
    passages = []
    for run in runs:
        span = Span(run[0].start, run[-1].end)
        passages.append(Passage(span=span, text=doc.text[span.start : span.end], side=side))
    return passages


def _sentence_span(doc: Document, indices: tuple[int, ...], fallback: Span) -> Span:
    if not indices:
        return fallback
    return Span(doc.sentences[indices[0]].span.start, doc.sentences[indices[-1]].span.end)


def loaded_words(
    a: Document, b: Document, alignments: list[Alignment], lexicon: frozenset[str]
) -> list[LoadedWord]:
    """Words of the lexicon in an aligned passage of A that its partner in B does not use.

    Whole sentences are compared: "The embattled minister met ..." has its copied passage
    start at "minister", but the word it added is in the sentence.  A sentence aligned to
    several sentences of B (a rewrite that merged them) added a word that none of them uses.

    Multi-word entries ("terror group") match as phrases, before single words.  Matching
    ignores case.
    """
    single = {entry for entry in lexicon if " " not in entry}
    phrases = [entry for entry in lexicon if " " in entry]
    found: dict[int, LoadedWord] = {}
    whole = []
    for aligned in alignments:
        a_span = _sentence_span(a, aligned.a_sentences, aligned.a_span)
        b_span = _sentence_span(b, aligned.b_sentences, aligned.b_span)
        whole.append(
            Alignment(
                aligned.kind,
                aligned.score,
                a_span,
                b_span,
                a.text[a_span.start : a_span.end],
                b.text[b_span.start : b_span.end],
                aligned.a_sentences,
            )
        )
    for x in whole:
        partners = [
            y.b_text.lower() for y in whole if y is x or set(y.a_sentences) & set(x.a_sentences)
        ]
        partner_words = {w for text in partners for w in _WORD.findall(text)}
        for phrase in phrases:
            for match in re.finditer(r"\b" + re.escape(phrase) + r"\b", x.a_text, re.I):
                if not any(phrase in text for text in partners):
                    start = x.a_span.start + match.start()
                    end = x.a_span.start + match.end()
                    found.setdefault(start, LoadedWord(match.group(), Span(start, end), x.b_span))
        for match in _WORD.finditer(x.a_text):
            word = match.group().lower()
            start = x.a_span.start + match.start()
            if word in single and word not in partner_words and start not in found:
                end = start + len(word)
                found[start] = LoadedWord(match.group(), Span(start, end), x.b_span)
    return sorted(found.values(), key=lambda w: w.a_span.start)
