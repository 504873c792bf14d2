"""Clues to who copied whom that two bare texts carry, read the way a careful reader does.

Each function measures one text (the possible copy) against the other:

* *information asymmetry* (:func:`details_dropped`, :func:`details_new`): specific
  details -- names, initials, titles, figures, days -- that the other's aligned passages
  give and this text lacks, and this text's details the other never gives.  A copy
  generalises or drops them; a source almost never lacks what its copy adds.
* *quotation forms* (:func:`quotes_cut`): this text's quotations that are a part of one of
  the other's, or several of them joined.  A copy trims and joins; a source quotes whole.
* *primary sources* (:func:`quotes_from_speech`): this text's quotations whose words stand
  in the other as plain, unquoted speech -- a statement, a transcript, a press release --
  but not in this text itself (:func:`carried`: a story that prints a letter whole).
* *attribution* (:func:`hedges`): "according to", "reportedly", "the report notes" outside
  quotations: a copy points at where its story came from.

None of them decides alone; ``analyse/direction.py`` weighs them with the alignment's
containment and order in a fitted model.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import lru_cache

from newstrace.analyse.credits import NAME, Credit, find_credits, is_interview
from newstrace.analyse.quotations import words_of
from newstrace.analyse.quotes import extract_quotes
from newstrace.analyse.resources import HONORIFICS, NUMBER_WORDS, TITLES
from newstrace.model import Alignment, QuoteCheck
from newstrace.segment.document import Document, per_document
from newstrace.segment.quoted import QuoteMask
from newstrace.segment.resources import STOPWORDS

# Words, figures, and dotted abbreviations as one token ("U.S.", "B.").
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]\.(?=\s+[A-Z])|[A-Za-z][\w'’-]*|\d[\d,.]*\d|\d")
# What ends a sentence before a token: a full stop (not an initial's or a title's), a
# question or exclamation mark, a colon or a line break, maybe with a quotation mark.
_SENTENCE_END = re.compile(
    r"(?:^|[!?:\n]|(?<![A-Z])(?<!Mr)(?<!Mrs)(?<!Ms)(?<!Dr)(?<!St)\.)[\"“(\s]*$"
)
# A quotation this short ("constructive", "a war of choice") is a word or a phrase anyone
# may use plainly: only longer ones point at a primary source.
_MIN_SPEECH_WORDS = 5
_HEDGE = re.compile(
    r"\b(?:according to|reportedly|allegedly|is said to|are said to|"
    r"(?:reports?|reported|reporting) that|the (?:report|article|story|paper|newspaper|outlet) "
    r"(?:notes|noted|says|said|reports|reported|adds|added)|citing|, per)\b",
    re.IGNORECASE,
)


def _detail(token: str, before: str) -> str | None:
    """The detail a token stands for (folded), or None for an ordinary word.

    Details are figures, capitalised words that do not open a sentence (names, places,
    days), initials, abbreviations and titles; honorifics ("Mr.") are house style.
    """
    if token[0].isdigit():
        return token.replace(",", "").rstrip(".")
    if token.endswith("."):  # "U.S.", or the initial "B." of "Ashton B. Carter"
        return token.lower()
    word = token.lower().removesuffix("’s").removesuffix("'s")
    if word in NUMBER_WORDS:
        return str(NUMBER_WORDS[word])
    if word in TITLES:
        return word
    if not token[0].isupper() or word in HONORIFICS or word in STOPWORDS:
        return None
    if _SENTENCE_END.search(before[-6:]):
        return None
    return word


@lru_cache(maxsize=1_024)  # a whole text is read for details by both sides of a comparison
def details(text: str) -> frozenset[str]:
    """The specific details a passage gives (see :func:`_detail`), leaving out the names
    in its credits ("according to the New York Times" is not a detail of the story)."""
    credits = [(c.start, c.end) for c in find_credits(text)]
    found = set()
    for match in _TOKEN.finditer(text):
        if any(start <= match.start() < end for start, end in credits):
            continue
        detail = _detail(match.group(), text[: match.start()])
        if detail:
            found.add(detail)
    return frozenset(found)


def _slots(text: str) -> list[tuple[str, str | None]]:
    """A passage's tokens (folded) with the detail each stands for, or None."""
    return [
        (m.group().lower(), _detail(m.group(), text[max(0, m.start() - 8) : m.start()]))
        for m in _TOKEN.finditer(text)
    ]


def changed_details(own: str, other: str) -> set[str]:
    """Details of ``other`` whose place in a passage shared word for word ``own`` fills
    with another detail: "on Saturday" told "on Friday", "ABC News" told "NBC News".

    A changed value is no detail one text has and the other lacks: a copy that changes a
    day or an outlet adds nothing, and counted as its source's loss it read the source as
    the copy (fresh40's rw-530, two changed facts against one detail dropped).
    """
    ours, theirs = _slots(own), _slots(other)
    matcher = SequenceMatcher(None, [t for t, _ in ours], [t for t, _ in theirs], autojunk=False)
    changed: set[str] = set()
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "replace" and any(d for _, d in ours[i1:i2]):
            changed |= {d for _, d in theirs[j1:j2] if d}
    return changed


def details_dropped(
    alignments: Iterable[Alignment], side: str, own_text: str, firm_score: float
) -> tuple[int, int]:
    """Details of the other text's aligned passages that this text never gives: how many
    it dropped, and how many more it changed.

    Counted over firm alignments only (lexical passages, and paraphrase links scoring at
    least ``firm_score``: a loose link joins sentences that are only alike), against the
    whole of this text, since a copy may move a detail to another sentence.  A detail whose
    place in a passage shared word for word this text fills with another
    (:func:`changed_details`) is changed, not dropped: a copy that changes a day or an
    outlet has lost nothing, and counted as lost it read the source as the copy (fresh40's
    rw-530: "Friday" for "Saturday", "NBC" for "ABC").  Two rewrites that each change
    something still each lack the other's value: the copy model's two-way loss counts both.
    A paraphrase has no such places to compare.
    """
    dropped: set[str] = set()
    changed: set[str] = set()
    for x in alignments:
        if x.kind == "paraphrase" and x.score < firm_score:
            continue
        own, other = (x.a_text, x.b_text) if side == "a" else (x.b_text, x.a_text)
        found = details(other)
        moved = found & changed_details(own, other) if x.kind != "paraphrase" else frozenset()
        dropped |= found - moved
        changed |= moved
    given = details(own_text)
    return len(dropped - given), len(changed - given - dropped)


def details_new(text: str, other_text: str) -> float:
    """The share of a text's details that the other never gives.

    A copy's details are nearly all its source's (but for a changed fact or a sentence of
    its own); a source has many its copy dropped; two rewrites of one article each keep
    some the other dropped; independent reports each have many of their own.  Smoothed
    (add one half, out of one more), so that a text with no detail, or two, says little:
    a short text without a name or figure is not thereby a copy.
    """
    own = details(text)
    return (len(own - details(other_text)) + 0.5) / (len(own) + 1)


def quotes_cut(checks: Iterable[QuoteCheck], doc: Document) -> int:
    """Quotations of ``doc`` that are a part of one of the other's, or several joined,
    leaving out those ``doc`` itself carries as plain words (:func:`carried`)."""
    return sum(
        check.status in ("truncated", "joined")
        and not carried(doc, tuple(w for w, _, _ in words_of(check.text)))
        for check in checks
    )


def quote_words_beyond(checks: Iterable[QuoteCheck], other_checks: Iterable[QuoteCheck]) -> int:
    """Words this text's quotations give beyond the other's quotations that are a part of
    them (the other's ``truncated`` checks that land in a quotation of this text the other
    does not hold whole).  A copy can trim its source's quotation but not extend it: a text
    that quotes more of a statement than the other did was not written from the other.
    An ``altered`` quotation counts the words it adds (the ``+`` of its diff)."""
    holders = [c for c in checks if c.status in ("unmatched", "altered")]
    parts: dict[int, int] = {}
    for part in other_checks:
        if part.status != "truncated" or part.b_span is None:
            continue
        for k, holder in enumerate(holders):
            if holder.a_span.start <= part.b_span.start and part.b_span.end <= holder.a_span.end:
                parts[k] = parts.get(k, 0) + len(part.text.split())
                break
    beyond = 0
    for k, words in parts.items():
        holder = holders[k]
        if holder.status == "altered":
            beyond += sum(edit.startswith("+") for edit in holder.diff)
        else:
            beyond += max(0, len(holder.text.split()) - words)
    return beyond


# The checks of the other text that may stand inside a quotation of this one as a part of
# it: trimmed, with a word or two put otherwise, or given to another speaker (the words are
# the speaker's all the same); of four words or more, as ``SideEvidence.quotations``
# counts quotations: a shorter one is a phrase anyone may quote.
_HELD_PARTS = ("truncated", "altered", "misattributed")
_HELD_PART_WORDS = 4


def quote_words_added(checks: Iterable[QuoteCheck], other_checks: Iterable[QuoteCheck]) -> int:
    """Words this text's quotations give past the other's quotations that stand inside
    them, net of the words the two put otherwise: for each quotation of this text the other
    does not hold whole (``unmatched`` or ``altered``), its words not among those of the
    other's quotations inside it (``_HELD_PARTS``, of ``_HELD_PART_WORDS`` words or more),
    less theirs not among its own.

    :func:`quote_words_beyond` counts only the other's ``truncated`` checks: a part with a
    word changed ("slash" for "cut") or given to another speaker is a part still, and a copy
    gets no more of a quotation than its source gives, whatever it changes.  Counted net, a
    word put for another ("pushed" for "shoved") adds nothing, nor does a quotation that two
    texts each alter against the other: the extension must be words the other lacks.
    """
    # the other's quotations that may be parts: found in this text (``b_span``, where they
    # stand in it) and long enough
    others = [
        (c.b_span, c.text)
        for c in other_checks
        if c.status in _HELD_PARTS
        and c.b_span is not None
        and len(c.text.split()) >= _HELD_PART_WORDS
    ]
    added = 0
    for holder in (c for c in checks if c.status in ("unmatched", "altered")):
        span = holder.a_span
        parts = [text for at, text in others if span.start <= at.start and at.end <= span.end]
        if not parts:
            continue
        own = Counter(word for word, _, _ in words_of(holder.text))
        held = Counter(word for text in parts for word, _, _ in words_of(text))
        added += max(0, (own - held).total() - (held - own).total())
    return added


@per_document
def _plain_words(doc: Document) -> tuple[str, ...]:
    """The words of the text outside its quotations, in order (a quotation is a break)."""
    words: list[str] = []
    regions = doc.quoted_regions
    k = 0
    for token in doc.tokens:
        while k < len(regions) and regions[k][1] <= token.start:
            k += 1
        inside = k < len(regions) and regions[k][0] <= token.start < regions[k][1]
        words.append("\x00" if inside else token.text)
    return tuple(words)


def _contains(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    size = len(needle)
    first = needle[0]
    return any(
        haystack[k : k + size] == needle
        for k in range(len(haystack) - size + 1)
        if haystack[k] == first
    )


def carried(doc: Document, words: tuple[str, ...]) -> bool:
    """Whether a quotation's words stand in its own text as plain words too: the text
    prints whole what it quotes from (a letter, a statement) and quotes a phrase of it
    around it.  Such a quotation is no sign that the other text is that document, nor
    cut from the other's: a story that prints a letter and quotes from it, against a
    copy that lifted the letter, read as the copy of its copy (20k scan, issue 17:
    ``plant-verbatim-88`` and ``-80`` against their source, three of its quotations of
    the letter counted both ways)."""
    return bool(words) and _contains(_plain_words(doc), words)


def _written_words(doc: Document, spans: tuple[tuple[int, int], ...]) -> int:
    """How many words a quotation has as written: a word's part after an apostrophe ("t"
    of "don't") is no word of its own, or a four-word name ("don't ask, don't tell")
    would pass for a sentence of speech."""
    text = doc.normalised.text
    return sum(start == 0 or text[start - 1] not in "'’" for start, _ in spans)


def quotes_from_speech(doc: Document, other: Document) -> int:
    """Quotations of ``doc`` whose words stand in ``other`` as plain, unquoted speech, and
    not in ``doc`` itself (:func:`carried`)."""
    plain = _plain_words(other)
    return sum(
        _written_words(doc, quote.word_spans) >= _MIN_SPEECH_WORDS
        and _contains(plain, quote.words)
        and not carried(doc, quote.words)
        for quote in extract_quotes(doc)
    )


# An outlet's own interview ("told Fox News", ``credits.is_interview``) is its own
# reporting, not a pointer to another's story: sources give more of them than their copies
# (in 72 of the development set's 354 copies and stories the source has more, in 8 the
# copy), so they are left out of the count.


def read_ahead(doc: Document) -> None:
    """Derive and keep what ``evidence.measure`` reads through this module of ``doc``
    alone: its details, its words outside quotations, its hedges (``analyse.ahead``)."""
    details(doc.text)
    _plain_words(doc)
    hedges(doc)


# "Fox News has learned", "CNN has confirmed": an outlet stating its own scoop, which in the
# development set stands only in sources (rw-145, rw-150, rw-151, rw-386), as their own
# interviews do; counted as a hedge it read the source as the copy.  So does the bare past
# when what was confirmed follows ("Fox News confirmed Steele sent an e-mail": rw-269 and
# rw-402's source); "..., CNN confirmed." closing a sentence credits another's report.
_OWN_SCOOP = re.compile(
    r"(?:[Tt]he )?" + NAME + r" (?:(?:has|have) (?:learned|confirmed)\b|confirmed (?=\w))"
)


def _own_scoop(text: str, credit: Credit) -> bool:
    """Whether ``credit`` is an outlet's statement of its own scoop ("Fox News has learned")."""
    return _OWN_SCOOP.match(text, credit.start) is not None


@per_document  # read ahead while the encoder runs (``analyse.ahead``)
def hedges(doc: Document) -> int:
    """Attribution hedges and credits of outlets outside quotations: how much a text points
    at another's story (an outlet's own interviews left out).

    Inside a quotation they are the speaker's words ("now according to ABC News he is
    saying ..."), which a copy carries or cuts with the quotation: they say where the speaker
    heard something, not where the reporter's text came from.  Counted there, a source
    quoting a candidate on "the reports" read as attributing its story, and a copy that cut
    the quotation short read as its source.
    """
    text = doc.normalised.text
    quoted = QuoteMask(text).inside
    credits = [
        c
        for c in find_credits(text)
        if not is_interview(text, c) and not _own_scoop(text, c) and not quoted(c.start)
    ]
    return sum(not quoted(m.start()) for m in _HEDGE.finditer(text)) + len(credits)
