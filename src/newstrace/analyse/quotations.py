"""The direct quotations of a text: where they are, their words, and who said them.

A quotation split by an attribution (``"...," Mr. Kerry said, "and ..."``) is one quote in
two pieces.  Its words leave out what the writer put in square brackets ("[President
Barack] Obama's war").  An ellipsis cuts a piece in two units, as the speaker's words
around it were not said together, and a quotation inside it ('what's in it?') is a unit
of its own.  Internal: may change without notice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from newstrace.analyse.attribution import (
    Mention,
    find_attribution,
    introduced_before,
    is_bare_attribution,
)
from newstrace.analyse.people import People, sex_of
from newstrace.analyse.prose import crosses_sentence, sentence_rest, sentence_start
from newstrace.analyse.speakers import Reading, Speaker, SpeakerResolver
from newstrace.segment.document import Document, per_document

# A word; letters a writer restored in brackets belong to it ("[W]e").
_WORD = re.compile(r"(?:\[\w+\])?\w+(?:\[\w+\]\w*)*")
# What a writer put in brackets, standing alone ("[to build a border wall]").
_INSERTION = re.compile(r"(?<!\w)\[[^\]\"]*\](?!\w)")
_ELLIPSIS = re.compile(r"\.\.\.|\u2026")
# An excerpt of another text in quote marks opening with a quotation of its own: two marks
# before the first word of a paragraph.
_EXCERPT_OPENING = re.compile(r'\s*""\w')
# A quotation inside the quotation: "the group that says 'what's in it?' And ..."
_INNER_QUOTE = re.compile(r"(?<!\w)'(?=\w)[^\"]*?\S'(?!\w)")


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation of a text: its pieces (normalised ranges, without the marks), its
    words (lower-cased) with their ranges, and the words in each unit (a piece, or a part
    of one between ellipses)."""

    pieces: tuple[tuple[int, int], ...]
    speaker: Speaker | None
    words: tuple[str, ...]
    word_spans: tuple[tuple[int, int], ...]
    units: tuple[int, ...]
    # its speaker is named right next to it ("...," Ana Ruiz said), not a pronoun's, a role's
    # or the quote before's: a reader needs no inference to know who said it
    named: bool = False
    # "he" or "she": the sex the attribution gives the speaker ("he said", "Mr. Ruiz
    # said"); "they": a group speaks; "" when it tells neither (a name, a role) or the
    # mention is doubtful
    sex: str = ""
    # "he" or "she": the sex the text tells elsewhere of the person named right next to the
    # quote ("Their father, Dick Cheney," then '..., Cheney said'); "" when it does not
    told_sex: str = ""
    # the words are a document's, no person's: '"...," the statement said', '"...," a memo
    # detailing the findings reads' (``_DOCUMENT``)
    document: bool = False
    # how its speaker was read: from an attribution in its own sentence, or inferred from
    # the sentence before or the quote before (``speakers.Reading``)
    read: Reading = "own sentence"
    # two people named next to it who speak together ("Ruiz and Hale said"): the words are
    # the pair's, and ``speaker`` is the pair, unsure as one person
    members: tuple[Speaker, ...] = ()
    # its speaker is named right next to it by a definite role resolved without doubt ("The
    # disgraced general, fired in February, has said": the one person the text just named,
    # who holds no other role here), as plain to a reader as his name (``quotes._spoken``)
    described: bool = False


# A document, not a person, closing the quote's sentence as the subject of its verb: "the
# statement said", "said the statements", "a memo detailing the findings reads".  Who
# wrote it is not said there: a reader knows only that the words are the document's.
# The nouns of documents (``quotes.py`` looks for them too, near a person's name).
DOCUMENT_WORDS = (
    r"(?:statements?|memos?|memorandum|letters?|releases?|tweets?|filings?|headlines?)\b"
)
_DOCUMENT_NOUN = r"(?:the|an?)\s+(?:[\w'-]+\s+){0,2}" + DOCUMENT_WORDS
_DOCUMENT_VERB = r"(?:said|says|reads?|stated|states|added|adds|continued|continues)"
_DOCUMENT = re.compile(
    r"^[\s,]*(?:"
    + _DOCUMENT_VERB
    + r"\s+"
    + _DOCUMENT_NOUN
    + r"|"
    + _DOCUMENT_NOUN
    + r"(?:\s+[a-z][\w'-]*){0,6}\s+"
    + _DOCUMENT_VERB
    + r")\s*[.!?]?\s*$"
)
# The same document opening the quote's sentence as the subject of its verb, the quote
# after it: 'The headline advertising the magazine's story reads, "..."', 'The statement
# said: "..."'.  The sentence holds nothing else, so no one else is said to speak.
_DOCUMENT_BEFORE = re.compile(
    r"^[\s\"]*(?:[Tt]he|[Aa]n?)\s+(?:[\w'-]+\s+){0,2}"
    + DOCUMENT_WORDS
    + r"(?:\s+[a-z][\w'-]*){0,6}\s+"
    + _DOCUMENT_VERB
    + r"\s*[,:]?\s*$"
)


_PRONOUN_SEX = {"he": "he", "him": "he", "she": "she", "her": "she", "they": "they"}


def _sex(mention: Mention | None) -> str:
    """The sex a sure attribution tells: its pronoun's, or its honorific's ("Mr. Ruiz");
    a given name does not tell it (Jordan, Kim)."""
    if mention is None or mention.doubtful:
        return ""
    if mention.kind == "pair":
        return "they"
    who = mention.text.strip().lower()
    if who in _PRONOUN_SEX:
        return _PRONOUN_SEX[who]
    return {"m": "he", "f": "she"}.get(sex_of(who.split()[:1]), "")


def _told_sex(
    people: People, mention: Mention | None, speaker: Speaker | None, position: int
) -> str:
    """The sex the text tells, elsewhere, of a person named next to the quote without
    doubt ("Their father, Dick Cheney," then '..., Cheney said'): a reader knows it as
    surely as from "Mr. Cheney".

    Read with ``People.sex``, not the narrower ``People.sex_beside``: the person's sex
    wherever the text tells it, by an honorific before the surname alone or a "his" after
    the full name too ("Senator John McCain ... began his questions ... Mr. McCain
    asserted").  ``sex_beside`` is the right one where a misread alone rules a person out
    (which people a "he" may be, ``speakers._of_sex``).  Here it moved two quote checks
    (review58: fresh18's rw-261 with the source first, McCain's words against the other
    text's "she"), but that claim came from the other text's pronoun carried to a quote
    whose sentence names McCain, not from his "his", which is true: mended where the
    pronoun is carried (``extract_quotes``, quotes59)."""
    if mention is None or mention.kind != "name" or mention.doubtful:
        return ""
    if speaker is None or not speaker.sure:
        return ""
    person = people.named(speaker.name, position)
    return {"m": "he", "f": "she"}.get(people.sex(person), "") if person else ""


def words_of(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """The words of ``text[start:end]`` with their ranges, bracketed insertions left out."""
    end = len(text) if end is None else end
    skipped = [m.span() for m in _INSERTION.finditer(text, start, end)]
    return [
        (m.group().replace("[", "").replace("]", "").lower(), m.start(), m.end())
        for m in _WORD.finditer(text, start, end)
        if not any(a <= m.start() < b for a, b in skipped)
    ]


def quote_ranges(text: str) -> list[tuple[int, int]]:
    """The ranges inside quote marks, paired in order within a paragraph.

    A quote left open at a paragraph's end runs to that end (news style).  An excerpt set
    off in quote marks that opens with a quotation ('""We have learned ...," he said.')
    opens with two marks: the first, the excerpt's, is passed over.  When the next
    paragraph does not open again but holds an odd number of marks, its first mark closes
    the quote: its words up to that mark are still quoted ("...appeared.\\n\\nMr. Stone has
    nothing to hide.\u201d").
    """
    ranges: list[tuple[int, int]] = []
    left_open = False
    start = 0
    for paragraph in text.split("\n"):
        marks = [start + k for k, char in enumerate(paragraph) if char == '"']
        if _EXCERPT_OPENING.match(paragraph):
            # the excerpt's mark, not the quotation's: paired with the quotation's own
            # marks it would turn the paragraph inside out (the attribution quoted)
            marks.pop(0)
        if left_open and len(marks) % 2 and not paragraph.lstrip().startswith('"'):
            ranges.append((start, marks.pop(0)))
        for opening, closing in zip(marks[::2], marks[1::2], strict=False):
            ranges.append((opening + 1, closing))
        if len(marks) % 2:
            ranges.append((marks[-1] + 1, start + len(paragraph)))
        if paragraph.strip():
            left_open = len(marks) % 2 == 1
        start += len(paragraph) + 1
    return ranges


def _group(text: str, ranges: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Ranges joined into quotes: a piece ending in a comma and one after a bare attribution."""
    groups: list[list[tuple[int, int]]] = []
    for current in ranges:
        previous = groups[-1][-1] if groups else None
        if (
            previous is not None
            and text[previous[0] : previous[1]].rstrip().endswith(",")
            and "\n" not in text[previous[1] : current[0]]
            # '"...," he told local TV. As TPM put it, "..."': two sentences, two quotes
            and not crosses_sentence(text, previous[1], current[0])
            and is_bare_attribution(text[previous[1] : current[0]])
        ):
            groups[-1].append(current)
        else:
            groups.append([current])
    return groups


def _units(
    text: str, pieces: list[tuple[int, int]]
) -> tuple[list[tuple[str, int, int]], list[int]]:
    words: list[tuple[str, int, int]] = []
    units: list[int] = []
    for start, end in pieces:
        cuts = [m.start() for m in _ELLIPSIS.finditer(text, start, end)]
        cuts += [at for m in _INNER_QUOTE.finditer(text, start, end) for at in m.span()]
        bounds = [start, *sorted(cuts), end]
        for begin, finish in pairwise(bounds):
            found = words_of(text, begin, finish)
            if found:
                words.extend(found)
                units.append(len(found))
    return words, units


def _introduced(text: str, start: int) -> Mention | None:
    """For a quote that is a sentence of its own, its words at ``start``: the speaker the
    sentence before, in the same paragraph, reports (``attribution.introduced_before``).  A
    quote with words of the writer's after it may have an attribution not read as one."""
    previous_end = len(text[:start].rstrip(' "'))
    if previous_end == 0 or "\n" in text[previous_end:start]:
        return None
    previous_start = sentence_start(text, max(0, previous_end - 1))
    if "\n" in text[previous_start:previous_end]:
        return None
    return introduced_before(text[previous_start:previous_end], start - previous_end)


def _documents(
    text: str, around: tuple[str, str], mention: Mention | None, quotes: list[Quote], at: int
) -> bool:
    """Whether the quote at ``at`` is a document's words (``_DOCUMENT`` after it in its
    sentence, ``_DOCUMENT_BEFORE`` before it; ``around`` holds the two): so is one with no
    attribution going on, in the same paragraph, from a document's quote."""
    before, after = around
    if _DOCUMENT.match(after) or (mention is None and _DOCUMENT_BEFORE.match(before)):
        return True
    if mention is not None or not quotes or not quotes[-1].document:
        return False
    return "\n" not in text[quotes[-1].pieces[-1][1] : at]


def _sentence_before(text: str, ranges: list[tuple[int, int]], start: int) -> int:
    """Where the writer's words before the quote at ``start`` begin in its sentence: a
    full stop inside an earlier quotation ('"... not to that place. I'm hopeful," she said,
    adding that "..."') is no sentence's end of the writer's, so a sentence found from there
    begins after that quotation, not inside it, where its words ("I'm") are the speaker's."""
    begin = sentence_start(text, start)
    inside = [b for a, b in ranges if a <= begin < b < start]
    return inside[-1] + 1 if inside else begin


def _runs_on(text: str, people: People, previous: Quote, start: int, alone: bool) -> bool:
    """Whether the quote at ``start``, a sentence of its own with no attribution (``alone``),
    runs on from ``previous`` in its paragraph, no one named between ('"...," she said. "I
    put my arms around ..."'): whoever "she" is, a reader hears the same voice go on, so its
    sex is the pronoun's even when the pronoun's person is a guess (fresh55's rw-710: Hillary
    Clinton's words given to "Mr. Obama")."""
    end = previous.pieces[-1][1]
    if not alone or "\n" in text[end:start]:
        return False
    return not people.between(end, start)


@per_document
def _quote_ranges_of(doc: Document) -> tuple[tuple[int, int], ...]:
    return tuple(quote_ranges(doc.normalised.text))


@per_document
def people_of(doc: Document) -> People:
    """The people ``doc`` names (``analyse.people``), found once per document."""
    return People(doc.normalised.text, list(_quote_ranges_of(doc)))


@per_document
def extract_quotes(doc: Document) -> tuple[Quote, ...]:
    """The quotations of ``doc`` in reading order, with their speakers."""
    text = doc.normalised.text
    ranges = [r for r in _quote_ranges_of(doc) if words_of(text, *r)]
    resolver = SpeakerResolver(text, people_of(doc), ranges)
    quotes: list[Quote] = []
    for group in _group(text, ranges):
        first, last = group[0], group[-1]
        before = text[_sentence_before(text, ranges, first[0]) : first[0]].rstrip('"')
        after = sentence_rest(text, last[1])
        gap = text[group[0][1] + 1 : group[1][0] - 1] if len(group) > 1 else ""
        # a quotation closed by "?" or "!" ends its own sentence
        ends = text[last[1] - 1] in "?!"
        mention = find_attribution(before, after, gap, ends_sentence=ends)
        # '"... Wait until when?" Then an announcer concludes: "..."': the sentence after a
        # quotation that ended its own announces the next quotation, not this one, which
        # stands alone as a sentence of its own
        alone = not after.strip() or (ends and after.split('"')[0].rstrip().endswith(":"))
        introduced = mention is None and not before.strip() and alone
        if introduced:
            mention = _introduced(text, first[0])
        speaker = resolver.resolve(mention, first[0], last[1])
        read: Reading = "sentence before" if introduced and mention is not None else resolver.read
        words, units = _units(text, group)
        sex = _sex(mention)
        described = mention is not None and mention.kind == "role" and not mention.doubtful
        if (
            mention is None
            and speaker is not None
            and quotes
            and quotes[-1].speaker == speaker
            and (speaker.sure or _runs_on(text, people_of(doc), quotes[-1], first[0], introduced))
        ):
            # a quote that goes on with the speaker of the one before ("...," he said. "...")
            # is still his or hers; only when it surely goes on with that speaker: a quote
            # whose own sentence names someone else ('... she said. Senator Tom Pike opened
            # with "..."') may be that person's, and the pronoun before tells nothing of it
            # (fresh18's rw-261: McCain's words, held for "she", claimed as a woman's); or
            # when it is a sentence of its own right after that one (``_runs_on``)
            sex = quotes[-1].sex if quotes[-1].sex in ("he", "she") else ""
        quotes.append(
            Quote(
                pieces=tuple(group),
                speaker=speaker,
                words=tuple(w for w, _, _ in words),
                word_spans=tuple((a, b) for _, a, b in words),
                units=tuple(units),
                named=mention is not None and mention.kind == "name" and not mention.doubtful,
                sex=sex,
                told_sex=_told_sex(people_of(doc), mention, speaker, first[0]),
                document=_documents(text, (before, after), mention, quotes, first[0]),
                read=read,
                members=resolver.members,
                described=described and speaker is not None and speaker.sure,
            )
        )
    return tuple(quotes)
