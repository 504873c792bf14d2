"""What the copy added and what it left out of its source, and the loaded words it added."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Literal

from newstrace.align.units import quote_mask
from newstrace.analyse.lexicon import (
    LISTED_STRENGTH,
    is_adjective_of_listed_adverb,
    is_listed,
    is_modifier,
    judging_head,
    participle_strength,
    quality_nouns,
    rating,
    stem,
    strength,
    synonyms_of,
    word_forms,
)
from newstrace.config import DEFAULT_MIN_OTHER_RATING, DEFAULT_MIN_RATING
from newstrace.loaded_words import LOADED_CHARGES, LOADED_SYNONYMS
from newstrace.model import Alignment, LoadedWord, Passage, Span
from newstrace.segment.document import Document, per_document

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


# The particles of a phrasal verb that let its object stand between verb and particle.
# A pronoun object must stand there ("shrugged it off", never "shrugged off it"), so a
# listed verb-particle phrase also matches with a pronoun between: the rewrite had no
# other way to write the listed phrase.  A longer object between is left out: the verb
# then often keeps its plain sense ("waved the stories away"; on the development splits
# such matches added 4 false flags for 1 word found).  Particles that also start a
# prepositional phrase ("turned on him", "dug in", "piled on") are left out too.
_SEPARABLE = frozenset({"off", "aside", "away", "down", "through", "up", "out"})
_OBJECT_PRONOUN = r"(?:it|him|her|them|me|us|you|this|that)"


@lru_cache(maxsize=1_024)  # the lexicon's phrases are looked for in every sentence
def _phrase(phrase: str) -> re.Pattern[str]:
    words = phrase.split()
    if len(words) == 2 and words[1] in _SEPARABLE:
        verb, particle = map(re.escape, words)
        return re.compile(rf"\b{verb}(?:\s+{_OBJECT_PRONOUN})?\s+{particle}\b", re.I)
    return re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", re.I)


@lru_cache(maxsize=1_024)
def _phrase_forms(phrase: str) -> re.Pattern[str]:
    """``_phrase`` as the source may write it: its words joined by hyphens too ("a
    thinly-veiled attack" for "thinly veiled") and its first word in any of its regular
    forms ("doubling down", "double down" and "doubles down" for "doubled down"), as a
    single word is the source's in another form (its stem, ``lexicon.stem``).  The stem
    may end in a doubled letter ("ripping into" for "ripped into")."""
    pattern = _phrase(phrase).pattern.replace(r"\s+", r"[\s-]+")
    first = phrase.split()[0]
    root = stem(first)
    if root != first:
        forms = rf"{re.escape(root)}{re.escape(root[-1])}?(?:ing|ed|es|s|e)?"
        pattern = pattern.replace(re.escape(first), forms, 1)
    return re.compile(pattern, re.I)


@lru_cache(maxsize=1_024)
def _first_word(phrase: str) -> re.Pattern[str]:
    return re.compile(re.escape(phrase.split()[0]), re.I)


@lru_cache(maxsize=8)  # one lexicon per configuration, read in every comparison
def _listed_phrases(lexicon: frozenset[str]) -> tuple[str, ...]:
    """The lexicon's phrases, longest first, then alphabetically: where two start at one
    place the longer is reported, the same in every process (a frozenset's order is not)."""
    return tuple(sorted((entry for entry in lexicon if " " in entry), key=lambda p: (-len(p), p)))


def _present(phrases: Sequence[str], text: str) -> list[str]:
    """Those of ``phrases`` whose first word is somewhere in ``text``, in any case: a phrase
    (``_phrase``) can match in a part of the text only then.  One search of the whole text
    per phrase, instead of one per sentence: the same matches, in the same order."""
    return [phrase for phrase in phrases if _first_word(phrase).search(text)]


@lru_cache(maxsize=64)  # read ahead while the encoder runs (``analyse.ahead``)
def _phrases_in(lexicon: frozenset[str], text: str) -> tuple[str, ...]:
    """``_present`` of the lexicon's phrases in ``text``."""
    return tuple(_present(_listed_phrases(lexicon), text))


# What may stand between a sentence's end (a line's, a colon's, a quotation's opening) and
# its first word.
_OPENING = re.compile(r"(?:^|[.!?:;\n]|,\s*[\"“‘'])[\s\"'(“‘—-]*\Z")


def _in_name(text: str, match: re.Match[str]) -> bool:
    """Whether a word (``match`` in ``text``) is written as a word of a name is: a capital
    and small letters, not at a sentence's start."""
    word = match.group()
    capitalised = len(word) > 1 and word[0].isupper() and word[1].islower()
    return capitalised and not _OPENING.search(text, max(0, match.start() - 12), match.start())


@per_document
def _words_used(doc: Document) -> tuple[frozenset[str], frozenset[str]]:
    """The lower-cased words of a text, and the stems of those it writes outside a name:
    "the Whittington Lecture" says "lecture" (a copy's "his Thursday lecture" is the
    source's word), but a copy that writes "the group lectured Ryan" adds the verb
    (rw-731): a name's word is the thing named, not every word of its stem."""
    text = doc.normalised.text
    matches = list(_WORD.finditer(text))
    words = frozenset(match.group().lower() for match in matches)
    plain = {match.group().lower() for match in matches if not _in_name(text, match)}
    return words, frozenset(stem(word) for word in plain)


def read_ahead(a: Document, b: Document, lexicon: frozenset[str]) -> None:
    """Derive what :func:`loaded_words` reads of each text alone, and keep it."""
    _phrases_in(lexicon, a.normalised.text)
    _words_used(a)
    _words_used(b)


@lru_cache(maxsize=16_384)  # a text's common words come back in every sentence and pair
def _strength(
    term: str, lexicon: frozenset[str], min_rating: float, min_other_rating: float
) -> float | None:
    return strength(term, lexicon, min_rating=min_rating, min_other_rating=min_other_rating)


def _named(text: str, start: int, end: int, term: str, lexicon: frozenset[str]) -> bool:
    """Whether a word capitalised inside a sentence is a name: a rated word always ("Happy
    Valley"); a listed one when written as a name is, a capital and small letters
    ("Scandal", a show's title, "Vanity Fair"), not all in capitals for stress
    ("DISGRACEFUL") nor a capital letter the word always has ("U-turn")."""
    if not text[start].isupper():
        return False
    return term not in lexicon or (end - start > 1 and text[start + 1].islower())


# "caved" said of a structure, a word or two before it: "part of its roof caved in" is the
# plain sense of the verb, a thing that fell, no charge of yielding (pr-196, pr-220, pr-226,
# pr-340: the four stories of a fire that flag it, none annotated so).
_CAVED = frozenset("cave caved caves caving".split())
_STRUCTURE_BEFORE = re.compile(
    r"\b(?:roof|roofs|ceiling|ceilings|wall|walls|floor|floors|building|buildings|tunnel"
    r"|tunnels|mine|mines|structure|ground)\s+(?:\w+\s+)?\Z",
    re.IGNORECASE,
)


def _a_structure_fell(text: str, start: int, term: str) -> bool:
    """Whether ``term`` at ``start`` is "caved" (or "caved in") said of a structure."""
    return term.split()[0] in _CAVED and bool(_STRUCTURE_BEFORE.search(text[:start][-60:]))


def _terms(
    text: str, start: int, end: int, phrases: Sequence[str]
) -> Iterator[tuple[int, int, str]]:
    """Where the listed ``phrases`` and the words of ``text[start:end]`` are, each with the
    term to look up: the listed phrase ("shrugged off" for "shrugged it off"), else the
    words as written."""
    for phrase in phrases:
        for match in _phrase(phrase).finditer(text[start:end]):
            yield start + match.start(), start + match.end(), phrase
    for match in _WORD.finditer(text, start, end):
        yield match.start(), match.end(), " ".join(match.group().lower().split())


# How much more strongly (VADER, 0-4) a verb or a noun must rate than the source passage's
# strongest word of the same sign to colour it: "defeated" for "lost" adds nothing.  On
# the tune split 1.0 keeps the words 0.5 finds, with 5 false flags fewer in 60 pairs.
_MARGIN = 1.0


def _stronger(term: str, source: str, own: bool = False) -> bool:
    """Whether a rated verb or noun colours what the source passage says: it is negative
    (framing by a verb or a noun is pejorative: "betrayed"; VADER's positive ones are
    mostly events, "won", "praised") and no negative word of the source comes within
    :data:`_MARGIN` of it ("betrayed" for "left", not "defeated" for "lost").
    Adjectives and adverbs are rated strongly enough to stand alone.  In a sentence of the
    copy's own (``own``) a verb or a noun is not read: the passage beside it is not its
    source, to be stronger than."""
    if is_modifier(term):
        return True
    if own:
        return False
    mine = rating(term)
    if mine >= 0:
        return False
    theirs = [rating(word.lower()) for word in _WORD.findall(source)]
    same_sign = [abs(r) for r in theirs if r * mine > 0]
    return abs(mine) - max(same_sign, default=0.0) >= _MARGIN


def _partners(
    a: Document, b: Document, alignments: list[Alignment], *, copy: bool
) -> dict[int, Span]:
    """The source passage each sentence of A is read against: an aligned sentence's, from
    the first alignment holding it.  When A is the copy, a sentence of its own between them
    ("The embattled senator fumed.") is read against the passage of the nearest aligned
    sentence before it (else after it): a rewriter colours the story in the sentences it
    adds as much as in those it rewrites, and they gloss the passage beside them."""
    partners: dict[int, Span] = {}
    for alignment in alignments:
        b_span = _sentence_span(b, alignment.b_sentences, alignment.b_span)
        for index in alignment.a_sentences:
            partners.setdefault(index, b_span)
    if not copy or not partners:
        return partners
    aligned = sorted(partners)
    for index in range(len(a.sentences)):
        if index not in partners:
            before = [k for k in aligned if k < index]
            partners[index] = partners[before[-1] if before else aligned[0]]
    return partners


def _beside(b: Document, span: Span) -> str:
    """The source passage ``span`` with the sentence on each side of it: a rewrite folds
    a sentence that judges the one before into it ("The spot closes on '…,' a thinly
    veiled jab" for "'…' That line is a not-so-veiled swipe"), and the aligner links the
    copy's sentence to one of the two."""
    inside = [i for i, s in enumerate(b.sentences) if s.span.overlap(span) > 0]
    if not inside:
        return b.text[span.start : span.end]
    first, last = max(inside[0] - 1, 0), min(inside[-1] + 1, len(b.sentences) - 1)
    return b.text[b.sentences[first].span.start : b.sentences[last].span.end]


def _says(words: frozenset[str], text: str, term: str) -> bool:
    """Whether a text (its ``words``, its ``text``) says ``term``, a word or a phrase."""
    return bool(_phrase(term).search(text)) if " " in term else term in words


def _sources_in_other_words(
    term: str,
    source_words: frozenset[str],
    copy_words: frozenset[str],
    passage: str,
    copy: str,
) -> bool:
    """Whether B (its words) says ``term`` in another form ("illegal" for "illegally") or
    by a synonym of the project's list ("incensed" for "enraged": ``LOADED_SYNONYMS``),
    or its ``passage`` that the copy's sentence is read against (with the sentence on
    each side: :func:`_beside`) lays the same charge on
    what the sentence tells, by the noun of the quality ("partisanship" for "partisan":
    :func:`lexicon.quality_nouns`), by a compound of the same judging half
    ("attention-grabbing" for "headline-grabbing": :func:`lexicon.judging_head`) or in
    other words ("tore into" for "lashed out": ``LOADED_CHARGES``): the colour is B's,
    the copy adds none.  A text lays a quality or
    a charge on more than one thing (a primary's "nastiness" and the copy's "nasty" remark,
    a speech's "tirade" and a voicemail's "rant"), so those are read in the passage only.
    A synonym the copy (``copy``) writes too is not B's: the copy kept it where B has it
    ("just excoriated the Bush administration," McCain said), and its own word ("Clinton
    herself lambasted the Bush White House" for B's "Clinton criticized") is colour added
    beside it."""
    if any(form in source_words for form in word_forms(term)):
        return True
    # the synonym as the group writes it: its noun or its verb ("outrage") may say less
    synonyms = synonyms_of(term, LOADED_SYNONYMS)
    if any(w in source_words and w not in copy_words for w in synonyms):
        return True
    passage_words = frozenset(word.lower() for word in _WORD.findall(passage))
    if any(noun in passage_words for noun in quality_nouns(term)):
        return True
    # a compound of the same judging half ("headline-grabbing" for "attention-grabbing")
    head = judging_head(term)
    if head is not None and any(judging_head(word) == head for word in passage_words):
        return True
    return any(
        _says(passage_words, passage, w) and not _says(copy_words, copy, w)
        for w in synonyms_of(term, LOADED_CHARGES)
    )


# What follows an adjective standing before its noun: a word that is not a function word
# ("how bitter the fight", "bitter than ever", "bitter about it") nor a noun of time or
# weather, where such an adjective often keeps its plain sense ("bitter cold", "a bitter
# winter", "a bitter week" of a shutdown: an unannotated flag on the development splits).
_BEFORE_NOUN = re.compile(
    r"\s+(?!(?:the|a|an|and|or|but|nor|to|of|in|on|at|for|than|as|that|this|is|was|were|are|"
    r"be|been|about|over|with|by|from|enough|cold|wind|winds|weather|winter|day|days|night|"
    r"nights|week|weeks|month|months|year|years)\b)[a-z]",
    re.I,
)


# A determiner before a word, with at most one adverb of degree between ("a damaging
# stream", "the most punishing schedule"): the word stands as its noun's adjective.
_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|this|that|these|those|his|her|its|their|our|your|my|such|another)\s+"
    r"(?:(?:most|more|very|deeply|particularly|especially|potentially|increasingly)\s+)?\Z",
    re.I,
)


# A small letter after the participle, not a verb's particle: "not taking that lying down"
# is a verb, and a name after it is often the verb's object ("his attacking Obama").
_NOUN_AFTER = re.compile(r"\s+(?!(?:down|up|out|off|away|back|around|along|through)\b)[a-z]")


def _attributive_participle(term: str, text: str, start: int, end: int) -> float | None:
    """The strength of ``term`` (``text[start:end]``) as a pejorative "-ing" participle
    standing as an adjective between a determiner and its noun ("a damaging stream of
    hacked emails", rw-724b: :func:`lexicon.participle_strength`), or None.  After
    "promised" or "by" it may be a verb with its object ("damaging relations"), so the
    determiner is wanted."""
    power = participle_strength(term)
    if power is None or not (_BEFORE_NOUN.match(text, end) and _NOUN_AFTER.match(text, end)):
        return None
    return power if _DETERMINER_BEFORE.search(text, max(0, start - 40), start) else None


def _loaded_before_noun(term: str, lexicon: frozenset[str], text: str, end: int) -> bool:
    """Whether ``term``, ending at ``end`` of ``text``, is the adjective of a listed adverb
    standing before its noun ("a bitter feud", "his conspicuous silence": lexicon.
    :func:`is_adjective_of_listed_adverb`)."""
    return is_adjective_of_listed_adverb(term, lexicon) and bool(_BEFORE_NOUN.match(text, end))


def loaded_words(
    a: Document,
    b: Document,
    alignments: list[Alignment],
    lexicon: frozenset[str],
    *,
    min_rating: float = DEFAULT_MIN_RATING,
    min_other_rating: float = DEFAULT_MIN_OTHER_RATING,
    copy: bool = False,
) -> list[LoadedWord]:
    """Loaded words and phrases that A's aligned sentences add to their source B, strongest
    first: words the lexicons take for loaded (``analyse.lexicon``: VADER's strongly rated
    adjectives and adverbs, the words and phrases of ``lexicon``) that B uses nowhere.
    ``copy``: A is read as the copy of B (the verdict's copy or, under a verdict that
    names none, the text more contained in the other: ``report.copy_side``), and its
    sentences of its own are read too (:func:`_partners`).

    Whole sentences are read: "The embattled minister met ..." has its copied passage start
    at "minister", but the word it added is in the sentence.  A word B uses anywhere, not
    only in the sentences aligned to it, is not the copy's: a rewrite that moves the
    source's "embattled" to another sentence adds no framing.  Words inside quotations are
    the speaker's, not the rewriter's; a rated word capitalised inside a sentence is a name
    ("Happy Valley").  A word B says in another form or by a close synonym is B's too
    (:func:`_sources_in_other_words`).  Matching ignores case.
    """
    text = a.normalised.text
    phrases = _phrases_in(lexicon, text)
    source_words, source_stems = _words_used(b)
    copy_words = _words_used(a)[0]
    inside = quote_mask(a).inside
    partners = _partners(a, b, alignments, copy=copy)
    own = {index for index in partners if not any(index in x.a_sentences for x in alignments)}
    found: dict[int, LoadedWord] = {}
    for index, b_span in partners.items():
        bounds = a.ranges[index]
        for start, end, term in _terms(text, bounds.start, bounds.end, phrases):
            if start in found or inside(start):
                continue
            power = _strength(term, lexicon, min_rating, min_other_rating)
            before_noun = power is None and _loaded_before_noun(term, lexicon, text, end)
            if before_noun:
                power = LISTED_STRENGTH
            adjective = _attributive_participle(term, text, start, end)
            power = power if power is not None else adjective
            if power is None:
                continue
            opens = not text[bounds.start : start].strip(" \"'(")
            if _named(text, start, end, term, lexicon) and not opens:
                continue  # a name or a title ("Happy Valley", the show "Scandal")
            if _a_structure_fell(text, start, term):
                continue
            used = _phrase_forms(term).search(b.normalised.text) if " " in term else None
            if term in source_words or used or stem(term) in source_stems:
                continue
            source = b.text[b_span.start : b_span.end]
            near = _beside(b, b_span)
            if _sources_in_other_words(term, source_words, copy_words, near, text):
                continue
            loaded_alone = before_noun or adjective is not None or is_listed(term, lexicon)
            if not loaded_alone and not _stronger(term, source, index in own):
                continue
            span = a.normalised.to_original(start, end)
            found[start] = LoadedWord(a.text[span.start : span.end], span, b_span, power)
    return sorted(found.values(), key=lambda word: (-word.strength, word.a_span.start))
