"""Direct quotations: check each of A's against B.

Each quote of A (``quotations.py``) is looked up in B by its words (case, punctuation and
spacing ignored): in one of B's quotes, those in the passages aligned with it first; in
B's plain text (a primary source: a statement, a transcript); as pieces of B's quotes run
together; then by a fuzzy match.  A quotation split by an attribution and not found whole
is checked piece by piece (the copy may have made one of two of B's).  It is classified
``exact`` (a whole quote of B, or whole sentences of a statement), ``truncated`` (a part of
one), ``joined`` (pieces of one or more B quotes given as one), ``altered`` (words changed;
the word diff is given), ``misattributed`` (B's words, given to another speaker) or
``unmatched``.

A misattribution is an accusation, so it is claimed only on evidence a reader would accept:
both speakers resolved without doubt (``speakers.py``), the words a statement (four words or
more, three that are a whole quote or sentence of B or that both texts give, right next to
them, each to a person named in full, two that are a whole quote of B whose
speaker both texts name right next to it, or that the copy puts in the mouth of a person
named in full with a verb of speech right before them ("Trump told him to "stop lying""), or
one when both name so a person in full; a "he" or "she" resolved without doubt, the subject
of a verb of speech running into the words, names so the person named in full just before
it in its sentence, no other person between: "author Lois Romano does criticize what she
calls the "radical" nature"), B naming the copy's speaker too, as someone else
(by surname alone when the given names differ, as a nickname's does, unless that is B's
speaker herself, or misspelt with the same given name, or by a full name B wrote where it
was not read as a person's), and no quote of B giving the same words to the copy's speaker;
never when neither speaker is read from an attribution in the quote's own sentence and one
goes on from a quote in the paragraph before (``_inferred_across``).
A speaker named right next to the words by a surname two people of the text share ("Mrs.
Clinton", of Hillary and Bill), or a "he" after such a surname alone ("Cruz ... he told
Trump"), is known as far as the surname: enough against a speaker of another surname.
Three cases need no speaker resolved without doubt, since the texts
themselves rule out one person: the words given to a man in one text and a woman in the
other ("he said" against "she said" or "Mrs. Ruiz"), and a group's words ("they said") given
to one person B names elsewhere but not among the group, and its mirror: one person's words
given right next to them to a group of people ("Hard-line House Republicans insist: "..."")
by a copy that names that person too; and two people's words, spoken together ('"...," Ana
Ruiz and Tom Hale said': a joint statement), given right next to them to a third person B
names too.
With no attribution read in the copy, its speaker may be the subject of the quote's own
clause, verb of speech or not ("Issa has railed against the "..."": ``subject_words``), for
a statement of four words or more that B gives to someone else, read in the words'
paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from newstrace.analyse.people import People, Person
from newstrace.analyse.prose import (
    char_before,
    paragraph_end,
    paragraph_start,
    sentence_start,
    starts_sentence,
)
from newstrace.analyse.quotations import DOCUMENT_WORDS, Quote, extract_quotes, people_of
from newstrace.analyse.resources import (
    NAME_SUFFIXES,
    ORGANISATION_HEADS,
    ROLE_ALTERNATION,
    SPEECH_VERBS,
)
from newstrace.analyse.speakers import Speaker, a_voice, an_outlet, label_speaker
from newstrace.analyse.subject_words import subject_speaker
from newstrace.config import DEFAULT_CONFIG, QuoteConfig
from newstrace.model import Alignment, QuoteCheck, QuoteStatus, Span
from newstrace.segment.document import Document
from newstrace.segment.quoted import QuoteMask
from newstrace.segment.resources import STOPWORDS

__all__ = ["QuoteMatcher", "check_quotes", "extract_quotes", "same_person"]

# Between the runs of a joined quote, a joining word of the writer's ("and"); the
# thresholds of the check are QuoteConfig's (config.py).
_JOINING_WORDS = frozenset("and but or so then".split())
# A quote with this many of B's words or fewer put in others' place is B's quote altered.
_SWAPPED_WORDS = 2
# A run shorter than ``min_joined_run`` may be found anywhere ("of the"), but a whole
# quotation of B of this many words ("no excuses" and "fully accept my responsibility")
# is one the copy took as a unit.
_WHOLE_RUN = 2


@dataclass(frozen=True, slots=True)
class _Found:
    """Where a quote's words stand in B and what they are there."""

    status: QuoteStatus
    start: int  # normalised range in B
    end: int
    speaker: Speaker | None
    diff: tuple[str, ...] = ()
    # the copy's speaker when read here, not from its attribution (``subject_words``)
    copy_speaker: Speaker | None = None


def _find(needle: tuple[str, ...], haystack: tuple[str, ...]) -> int:
    """First index where ``needle`` occurs contiguously in ``haystack``, or -1."""
    size = len(needle)
    first = needle[0] if needle else None
    for start in range(len(haystack) - size + 1):
        if haystack[start] == first and haystack[start : start + size] == needle:
            return start
    return -1


def _exact_status(quote: Quote, source: Quote, start: int) -> QuoteStatus:
    """exact / joined / truncated for a quote found word for word at ``start`` of ``source``."""
    bounds = [0]
    for size in source.units:
        bounds.append(bounds[-1] + size)
    end = start + len(quote.words)
    touched = [k for k in range(len(source.units)) if bounds[k] < end and bounds[k + 1] > start]
    if len(touched) > 1 and len(quote.units) < len(touched):
        return "joined"
    return "exact" if start in bounds and end in bounds else "truncated"


def same_person(x: Speaker, y: Speaker, config: QuoteConfig = DEFAULT_CONFIG.quotes) -> bool:
    """Whether two speakers, each of its own text, are one person: the same surname (or two
    spellings of it) and no two different given names ("Asa" and "Seth Hutchinson")."""
    if x.key != y.key:
        similar = Levenshtein.normalized_similarity(x.key, y.key)
        return similar >= config.same_surname or (
            bool(x.given) and _same_given(x, y) and similar >= config.misspelt_surname
        )
    if _name_tail(x, y) or _name_tail(y, x):
        return True  # "Pena Nieto" is Enrique Pena Nieto, not another given name
    if x.given and y.given and _misspelt_given(x.given, y.given, config):
        return True  # "Vincente Fox" is Vicente Fox, his given name misspelt (rw-605)
    return not (
        x.given and y.given and not (x.given.startswith(y.given) or y.given.startswith(x.given))
    )


def _misspelt_given(x: str, y: str, config: QuoteConfig) -> bool:
    """Whether two given names of one surname are one name spelt two ways ("Vincente" and
    "Vicente"): as alike as two spellings of a surname must be (``same_surname``)."""
    return Levenshtein.normalized_similarity(x, y) >= config.same_surname


def _name_tail(short: Speaker | Person, full: Speaker | Person) -> bool:
    """Whether ``short``'s name is the last words of ``full``'s, but for the surname's
    spelling ("Pena Neito" of "Enrique Pena Nieto", "Lopez Obrador" of "Andres Manuel Lopez
    Obrador"): a man of two surnames called by them, his first taken for a given name."""
    shorter, fuller = short.name.lower().split(), full.name.lower().split()
    if not 1 < len(shorter) < len(fuller):
        return False
    return shorter[:-1] == fuller[-len(shorter) : -1]


def _same_given(x: Speaker | Person, y: Speaker | Person) -> bool:
    """The same given name, or one's the word the other's full name has before its surname
    (``_name_tail``)."""
    return x.given == y.given or _name_tail(x, y) or _name_tail(y, x)


def _misattributed(
    quote: Quote,
    source: Speaker | None,
    b_people: People,
    b_speakers: list[Speaker],
    config: QuoteConfig,
    *,
    whole: bool = False,
    both_named: bool = False,
    spoken: bool = False,
) -> bool:
    """The copy gives B's words to someone else (see the module docstring).  ``whole``:
    the words are a whole quote or sentences of B ("Stop lying!"), a statement however short;
    a shorter fragment may be a catch-phrase anyone uses.  ``both_named``: both texts name the
    speaker right next to the words (``QuoteConfig.min_misattributed_named``), a word alone
    when both are people named in full (``min_misattributed_in_full``), and then three words
    of a part of B's quote too (``min_misattributed_part_in_full``).  ``spoken``: the copy
    puts the words in its speaker's mouth with a verb of speech right before them (``_spoken``):
    two words will do then too, if the speaker is a person named in full in one text."""
    copy = _known(quote.speaker, source, config) or _named_by_b(quote, source, b_people)
    source = _known(source, copy, config)
    if copy is None or source is None:
        return False
    # two people named in full: the copy's maybe by B alone ("Schumer" for B's "Chuck
    # Schumer"), if the copy's own name is no surname two of its people share
    sure = quote.speaker is not None and quote.speaker.sure
    in_full = bool(source.given and (copy.given or (sure and _a_person(copy, b_people))))
    if whole and both_named:
        shortest = config.min_misattributed_in_full if in_full else config.min_misattributed_named
    elif both_named and in_full:
        shortest = config.min_misattributed_part_in_full
    elif whole and spoken and _a_person(copy, b_people):
        shortest = config.min_misattributed_named
    else:
        shortest = _shortest(config, whole)
    if len(quote.words) < shortest or same_person(copy, source, config):
        return False
    if any(same_person(copy, other, config) for other in b_speakers):
        return False
    if a_voice(copy):
        # an ad's announcer or narrator is a speaker of its own, heard and not shown: words
        # B gives a person named in full ("Mr. Netanyahu is shown saying") are not its own
        return _a_person(source, b_people)
    # B names the copy's speaker: by the same given name, else by the surname alone ("Bill"
    # and "William Kristol": a nickname is no other person), unless that is the source's
    # speaker herself ("Lindsey" for "Lindsay Walters": a misspelt given name)
    end = len(b_people.text)
    resolved = b_people.resolve(copy.key, copy.given, set(), end)
    if resolved is not None and resolved.key != copy.key:
        # the copy's one word is B's given name ("Liz" of "Liz Cheney"): a reader knows her
        # by it, so the words are another's only if that is not B's speaker
        return not same_person(_as_speaker(resolved), source, config)
    if resolved is not None:
        return True
    named = b_people.resolve(copy.key, "", set(), end)
    if named is not None:
        return named.key != source.key
    # "choice of Paul Ryan": B writes his full name where it was not read as a person's;
    # inside quotation marks too ("he said on "On the Record with Greta Van Susteren""):
    # the person is in B's story all the same, and B gives the words to someone else
    return _misspelt_in(copy, b_people, config) or (
        bool(copy.given) and b_people.written_in_full(copy.name, quoted=True)
    )


def _a_person(copy: Speaker, b_people: People) -> bool:
    """Whether the copy's speaker is a person named in full in one of the texts: by the
    copy, or by B under that surname ("Donald Trump" in B for the copy's "Trump"); not a
    body ("Google said it "cares deeply"" for its spokesperson's words)."""
    return bool(copy.given) or _named_in_full(copy.key, b_people) is not None


def _named_in_full(key: str, b_people: People) -> Person | None:
    """The person B names in full whom the surname ``key`` stands for ("Donald Trump" for
    "Trump"); of that surname: "Google" is not "Google Drive", resolved by its first word."""
    named = b_people.resolve(key, "", set(), len(b_people.text))
    return named if named is not None and named.key == key and named.given else None


# "Trump told him to ", "Mike Huckabee declaring it ", "Palin called her ": a verb of speech
# right after the speaker's name, and up to three words of the writer's (no punctuation)
# between it and the quote: the copy itself puts the words in that person's mouth.  An
# appositive set off by commas may stand between the name and its verb ("Colin Powell,
# who also used private email, has said that ", "The disgraced general, fired in February,
# has said"): it tells about him, the verb is still his; so may the relative's "who" whose
# own verb it is ("Flynn, who has said he feels "): the name is its subject (fresh25's
# rw-345b).  The quote may be the last of two things the verb tells someone to do, joined by
# "and" ("Trump telling Fox to apologize and "): still what the verb puts in his mouth
# (fresh53's rw-680b).  Whom the verb addresses may be named in full, his name one of the
# few words ("Trump told Vincente Fox to apologize and ": fresh55's rw-702b).
_SPEECH = r"(?:" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")"
_ADDRESSED = r"(?:\s+[A-Z][\w'-]*(?=\s+[A-Z]))?"
_SPOKEN_AFTER_NAME = re.compile(
    r"(?:,\s+[^,;:.\"]{1,80},|,\s+who)?\s+(?:[a-z]+\s+)?"
    + _SPEECH
    + _ADDRESSED
    + r"(?:\s+[\w'-]+){0,3}(?:\s+and)?\s*$"
    # or his clause's verb and, after its comma, his participle of speech: "Trump lashed out
    # on Twitter, telling Fox to "
    + r"|\s+[a-z][^,;:.\"]{0,60},\s+(?:"
    + "|".join(sorted((v for v in SPEECH_VERBS if v.endswith("ing")), key=len, reverse=True))
    + r")(?:\s+[\w'-]+){0,3}\s*$"
)
# A definite role closing the words before that verb: "The disgraced general" (has said).
_ROLE_BEFORE_VERB = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,3}(?i:" + ROLE_ALTERNATION + r")$")


def _spoken(quote: Quote, people: People) -> bool:
    """Whether the copy names the quote's speaker (by his surname, as the subject) right
    before a verb of speech whose few words run on into the quote, in one clause: "Trump
    told him to "stop lying,"", not "Herrod scoffs at critics' "fear-mongering"" (no verb of
    speech) nor "..., says it merely clarifies the law, and Herrod blames "..."" (a comma).
    A definite role resolved without doubt names him as plainly when he is the one person
    the copy names from the sentence before on (``Quote.described``: "Michael Flynn
    admitted ... The disgraced general, fired in February, has said he feels "very
    badly"", fresh53's rw-684); not after two ("Bell and Hale pleaded guilty").
    ``people``: the copy's."""
    copy = quote.speaker
    if copy is None or not (quote.named or (quote.described and _alone_before(quote, people))):
        return False
    text = people.text
    head = text[: quote.pieces[0][0]].rstrip('"')
    surname = copy.surname
    found = _SPOKEN_AFTER_NAME.search(head)
    if found is None:
        return False
    if quote.named:
        return head[: found.start()].endswith(surname)
    return _ROLE_BEFORE_VERB.search(head, 0, found.start()) is not None


# "she calls the ", "he told them to ": a pronoun, the subject of a verb of speech whose few
# words run on into the quote (no punctuation between).
_PRONOUN_SPEAKS = re.compile(
    r"\b(?:[Hh]e|[Ss]he)\s+(?:[a-z]+\s+)?" + _SPEECH + r"(?:\s+[\w'-]+){0,3}\s*$"
)


def _named_by_pronoun(quote: Quote, people: People) -> bool:
    """Whether the quote's speaker, a "he" or "she" resolved without doubt to a person named
    in full, is named in the pronoun's own sentence with no other person between: "though
    author Lois Romano does criticize what she calls the "radical" nature" — the pronoun,
    subject of the verb of speech that runs into the words, takes back the name just
    written, as plain to a reader as the name itself.  A person named between ("Bloomberg
    ... threw jabs at Trump, whom he called"), or the name in a sentence before, leaves it
    an inference.  ``people``: the quote's text's."""
    speaker = quote.speaker
    if speaker is None or not speaker.sure or not speaker.given or quote.named:
        return False
    if quote.read != "own sentence":
        return False
    text = people.text
    start = quote.pieces[0][0]
    begin = sentence_start(text, start)
    found = _PRONOUN_SPEAKS.search(text, begin, len(text[:start].rstrip('"')))
    return found is not None and _last_named(speaker, people, begin, found.start())


def _last_named(speaker: Speaker, people: People, begin: int, end: int) -> bool:
    """Whether ``speaker`` is named between ``begin`` and ``end`` by his surname, and no
    other person after that name (``_none_after``)."""
    at = people.text.rfind(speaker.surname, begin, end)
    return at >= 0 and _none_after(speaker, people, at, end)


def _none_after(speaker: Speaker, people: People, at: int, end: int) -> bool:
    """Whether no other person is named after ``speaker``'s surname, found at ``at``, up to
    ``end``: a capitalised word there that is a person of the text."""
    after = at + len(speaker.surname)
    for word in re.finditer(r"\b[A-Z][\w'-]+", people.text[after:end]):
        key = word.group().lower().removesuffix("'s")
        other = people.resolve(key, "", set(), after + word.start())
        if other is not None and other.key != speaker.key:
            return False
    return True


def _next_to(quote: Quote, people: People) -> bool:
    """Whether the quote's speaker is named right next to it, read where either text names
    its speaker by a pronoun (``_named_by_pronoun``): by that pronoun, or by name
    (``Quote.named``) with no other person between a name before the words and them (not
    "Arizona Policy" in "The Center for Arizona Policy ... says ...; its president, Kathy
    Herrod, scoffs at critics' "fear-mongering"": fresh22's rw-311)."""
    if _named_by_pronoun(quote, people):
        return True
    if not quote.named or quote.speaker is None:
        return False
    start = quote.pieces[0][0]
    at = people.text.rfind(quote.speaker.surname, sentence_start(people.text, start), start)
    # Not named before the words in their sentence: named after them ("...," Obama said).
    return at < 0 or _none_after(quote.speaker, people, at, start)


def _alone_before(quote: Quote, people: People) -> bool:
    """Whether the quote's speaker is the one person the text names, other than as an
    owner ("Robert Mueller's inquiry"), from the sentence before the quote's up to it."""
    start = quote.pieces[0][0]
    begin = sentence_start(people.text, max(0, sentence_start(people.text, start) - 2))
    named = {
        person.key
        for at, person in people.mentions
        if begin <= at < start and (at, person) not in people.possessives
    }
    return quote.speaker is not None and named == {quote.speaker.key}


def _known(speaker: Speaker | None, other: Speaker | None, config: QuoteConfig) -> Speaker | None:
    """``speaker`` as far as it is known without doubt: itself when sure; when only its
    surname is ("Mrs. Clinton", of two Clintons), that surname alone, if it is no spelling
    of ``other``'s (the other text's speaker): whichever Clinton spoke, no Brown did."""
    if speaker is None or other is None:
        return None
    if speaker.sure:
        return speaker
    if not speaker.surname_sure:
        return None
    similar = Levenshtein.normalized_similarity(speaker.key, other.key)
    if similar >= config.misspelt_surname:
        return None
    return Speaker(speaker.key, speaker.surname)


def _named_by_b(quote: Quote, source: Speaker | None, b_people: People) -> Speaker | None:
    """The copy's speaker when it is one word the copy names right next to the words but
    never in full ("...," Obama has said), and B names one person of that surname in
    full (Barack Obama), not B's speaker: a reader takes the copy's word for him.  A
    pronoun's person, or a name B gives two people, stays unknown."""
    speaker = quote.speaker
    if speaker is None or source is None or not quote.named or speaker.given:
        return None
    if len(speaker.name.split()) != 1:
        return None
    person = _named_in_full(speaker.key, b_people)
    if person is None or b_people.rivals(person) or person.key == source.key:
        return None
    return speaker


def _shortest(config: QuoteConfig, whole: bool) -> int:
    """The fewest words a statement may have: fewer when they are a whole quote or sentence
    of B (``_misattributed``)."""
    return config.min_misattributed_sentence if whole else config.min_misattributed_words


def _other_sex(
    quote: Quote, source: Quote, b_speakers: list[Speaker], config: QuoteConfig, *, whole: bool
) -> bool:
    """A man's words given to a woman or the reverse ("he said" against B's "she said", or
    "Mr. Ruiz"): whoever each pronoun stands for, they are not one person, so neither
    speaker need be resolved without doubt; unless the copy's speaker is one of B's own.
    The copy's sex may be the one its text tells of the person it names next to the words
    (``Quote.told_sex``, "Their father, Dick Cheney,"); B's is its attribution's own."""
    copy = quote.speaker
    sex = quote.sex or quote.told_sex
    if not (sex and source.sex) or "they" in (sex, source.sex):
        return False
    if sex == source.sex:
        return False
    if copy is None or source.speaker is None:
        return False
    if len(quote.words) < _shortest(config, whole):
        return False
    return not any(same_person(copy, other, config) for other in b_speakers)


def _group_words(
    quote: Quote, source: Quote, b_people: People, text: str, config: QuoteConfig, *, whole: bool
) -> bool:
    """A group's words ("they said", "They vowed Congress would ...") given by the copy to
    one person it names without doubt, whom B names elsewhere but not among the people of
    the group's sentence or the one before it (who may be the group: "Ana Ruiz and Tom Hale
    said ... They vowed"): the copy gives them to someone who did not say them."""
    copy = quote.speaker
    if source.sex != "they" or quote.sex == "they" or copy is None or not copy.sure:
        return False
    if len(quote.words) < _shortest(config, whole):
        return False
    start = source.pieces[0][0]
    before = sentence_start(text, max(0, sentence_start(text, start) - 2))
    near = b_people.between(before, paragraph_end(text, source.pieces[-1][1]))
    if any(same_person(copy, _as_speaker(person), config) for _, person in near):
        return False
    return b_people.resolve(copy.key, copy.given, set(), len(text)) is not None


def _pair_words(
    quote: Quote,
    source: Quote,
    b_people: People,
    others: list[Speaker],
    config: QuoteConfig,
    *,
    whole: bool,
) -> bool:
    """Two people's words, spoken together ('"...," Ana Ruiz and Tom Hale said'), given by
    the copy, right next to them, to a third person it names without doubt and B names too,
    as neither of the pair: the copy gives them to someone who did not say them."""
    copy = quote.speaker
    if not source.members or quote.members or copy is None or not (copy.sure and quote.named):
        return False
    if len(quote.words) < _shortest(config, whole):
        return False
    if any(same_person(copy, person, config) for person in (*source.members, *others)):
        return False
    return b_people.resolve(copy.key, copy.given, set(), len(b_people.text)) is not None


# Plural nouns of people who speak each for himself ("House Republicans", "lawmakers"), not
# a body's voice ("the White House", "the campaign") nor those who speak for others
# ("aides", "officials"): one member's words are not theirs.  A body's leaders ("House GOP
# leaders") are several people too: one leader's words, given to them all, are made the
# leadership's line (fresh52's rw-665, a whip's "personal belief").
_MEMBERS = frozenset(
    "republicans democrats lawmakers legislators senators conservatives liberals progressives"
    " moderates critics opponents supporters activists leaders".split()
)


def _one_members_words(
    quote: Quote, source: Quote, a_people: People, text: str, config: QuoteConfig, *, whole: bool
) -> bool:
    """One person's words ('"...," Kevin McCarthy said') given by the copy, right next to
    them, to a group of people it names ("Hard-line House Republicans insist: "...""): when
    the copy names that person too, it knew whose they were.  Not when B's paragraph names
    the group in the writer's words (he may speak for it: "on behalf of House Republicans"),
    nor for a body ("the White House said" for its chief of staff's words) or those who
    speak for others ("aides"): the mirror of ``_group_words``."""
    copy, speaker = quote.speaker, source.speaker
    if copy is None or not quote.named or copy.key not in _MEMBERS:
        return False
    if speaker is None or not speaker.sure or not speaker.given:
        return False
    if len(quote.words) < _shortest(config, whole):
        return False
    if a_people.resolve(speaker.key, speaker.given, set(), len(a_people.text)) is None:
        return False
    begin = paragraph_start(text, source.pieces[0][0])
    paragraph = text[begin : paragraph_end(text, source.pieces[-1][1])]
    quoted = QuoteMask(paragraph)
    named = re.finditer(r"\b" + re.escape(copy.key) + r"\b", paragraph, re.IGNORECASE)
    return all(quoted.inside(m.start()) for m in named)


def _generations_apart(
    quote: Quote,
    source: Quote,
    people: tuple[People, People],
    others: list[Speaker],
    config: QuoteConfig,
    *,
    whole: bool,
) -> bool:
    """A son's words given to his father ("the Rev. Jesse L. Jackson" for B's "Jesse L.
    Jackson Jr.") or the reverse: one name with a generational suffix ("Jr.", "Sr.", "III")
    and the same without, when each text names both (so each tells them apart: a writer who
    dropped the "Jr." for the one man names no other of the surname).  ``same_person`` takes
    the two for one man's spellings; ``people``: the copy's and B's."""
    copy, speaker = quote.speaker, source.speaker
    if copy is None or speaker is None or not (copy.sure and speaker.sure):
        return False
    short, long = sorted((copy.key, speaker.key), key=len)
    if not long.startswith(short + " ") or long[len(short) + 1 :] not in NAME_SUFFIXES:
        return False
    if len(quote.words) < _shortest(config, whole) or copy.given != speaker.given:
        return False
    if any(other.key == copy.key for other in others):
        return False
    return all({short, long} <= {p.key for _, p in told.mentions} for told in people)


# A list's bullet before an item's first word, at a paragraph's start.
_BULLET = re.compile(r"\s*[-*\u2022\u2013\u2014]\s*")


# A document's name: a person named in a sentence with one may be its author; how far after
# the name it is looked for.
_TIE_REACH = 200
_DOCUMENT_WORD = re.compile(r"\b" + DOCUMENT_WORDS, re.IGNORECASE)


# A body's name: an acronym ("ACLU", "NRA") or a name ending in a body's noun ("Mount
# Kisco Medical Group", "the Tenants Union").
_BODY_ACRONYM = re.compile(r"[A-Z]{2,6}")
_BODY_HEADS = ORGANISATION_HEADS | {"Union", "Conference", "Coalition", "Center", "Centre"}


def _a_body(source: Quote, b_people: People) -> bool:
    """Whether B gives the words, in their own sentence, to a body ('"...," the ACLU
    wrote'): a name no person of B's, an acronym or ending in a body's noun; not an outlet
    ("CNN reported"), which relays others' words."""
    speaker = source.speaker
    if speaker is None or speaker.given or source.read != "own sentence":
        return False
    if an_outlet(speaker.name) or an_outlet(speaker.name.removeprefix("The ")):
        return False
    words = speaker.name.split()
    if not words or b_people.resolve(speaker.key, "", set(), len(b_people.text)) is not None:
        return False
    return bool(_BODY_ACRONYM.fullmatch(words[-1])) or words[-1] in _BODY_HEADS


def _document_words(
    quote: Quote, source: Quote, b_people: People, text: str, config: QuoteConfig, *, whole: bool
) -> bool:
    """A document's words ('"...," the memo reads') given by the copy to one person it names
    right next to them, whom B names but never in a sentence with a document, as its author
    would be ("Ruiz said in a statement", "Ruiz's letter"), nor in the quote's paragraph: B
    tells no one spoke them, the copy puts them in a person's mouth.  So with a body's words
    ('"...," the ACLU wrote': ``_a_body``) given to a person B never names in a sentence
    with the body, nor with a document (he may speak for it, or have signed its letter):
    fresh54's rw-698, the ACLU's letter given to Mitch McConnell."""
    copy = quote.speaker
    body = _a_body(source, b_people)
    if not (source.document or body) or (source.speaker is not None and source.speaker.sure):
        return False
    if copy is None or not (copy.sure and quote.named):
        return False
    if len(quote.words) < _shortest(config, whole):
        return False
    # B names him as ``_misattributed`` reads it: by his full name, by his surname alone
    # when the given names differ ("Author Lisa Romano" for B's "author Lois Romano"), or
    # misspelt with the same given name ("Lois Romana"): the copy's person is B's
    last = len(text)
    named = b_people.resolve(copy.key, copy.given, set(), last) or b_people.resolve(
        copy.key, "", set(), last
    )
    if named is None and not _misspelt_in(copy, b_people, config):
        return False
    begin = paragraph_start(text, source.pieces[0][0])
    end = paragraph_end(text, begin)
    for at, person in b_people.mentions:
        if person != named and not same_person(copy, _as_speaker(person), config):
            continue
        # its sentence and, to be safe, what follows it up to the paragraph's end
        sentence = text[sentence_start(text, at) : at + _TIE_REACH].split("\n")[0]
        if begin <= at < end or _DOCUMENT_WORD.search(sentence):
            return False
        if body and source.speaker is not None and source.speaker.surname in sentence:
            return False
    return True


def _inferred_across(quote: Quote, sources: list[Quote]) -> bool:
    """Whether neither side's speaker is read from an attribution in the quote's own
    sentence, and one side's goes on from a quote in the paragraph before (``Quote.read``):
    two guesses, one across a paragraph's break, are no evidence for an accusation (each
    text may have put the words after another speaker's quote, and an attribution the
    reader missed may name a third person).  B's side is a guess when all its quotes are."""
    reads = {quote.read, *(source.read for source in sources)}
    inferred = quote.read != "own sentence" and all(s.read != "own sentence" for s in sources)
    return inferred and "paragraph before" in reads


def _as_speaker(person: Person) -> Speaker:
    return Speaker(person.key, person.name, person.given)


def _misspelt_in(copy: Speaker, b_people: People, config: QuoteConfig) -> bool:
    """Whether B names the copy's speaker with the same given name and a surname spelt
    alike ("Brad Wenstrop" for B's "Brad Wenstrup", "Pena Neito" for B's "Enrique Pena
    Nieto": ``_same_given``): the copy misspelt him, he is B's too."""
    return bool(copy.given) and any(
        _same_given(person, copy)
        and Levenshtein.normalized_similarity(person.key, copy.key) >= config.misspelt_surname
        for _, person in b_people.mentions
    )


def _opens_sentence(text: str, position: int) -> bool:
    """Whether a sentence opens at ``position``.  After a colon, only a capital opens one:
    "two things: that the fees stop and ..." goes on with the sentence before the colon,
    and words taken from there on are a part of it, not a whole sentence.  A list's item
    opens one after its bullet ("-On a few occasions ...", talking points)."""
    if char_before(text, position) == ":" and text[position : position + 1].islower():
        return False
    if _BULLET.fullmatch(text, paragraph_start(text, position), position):
        return True
    return starts_sentence(text, position)


def _whole_sentences(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` begins and ends a sentence (quote marks aside)."""
    after = text[end:].lstrip('"')
    return _opens_sentence(text, start) and (not after or after[0] in ".!?\n")


def _swapped(altered: _Found) -> bool:
    """Whether an altered quote is one of B's quotations word for word but for a word or two
    put in others' place ("who work at" for "who work for"): altered, before runs of B's
    running text are tried, where a writer's common words ("at the State Department") stand
    anywhere and would make the quote a joined one.  Words only added or only dropped are
    not this: the copy may have joined a quotation to its paraphrase ("Everything but
    immunity, he added")."""
    removed = sum(edit.startswith("-") for edit in altered.diff)
    added = len(altered.diff) - removed
    return 0 < removed <= _SWAPPED_WORDS and 0 < added <= _SWAPPED_WORDS


class QuoteMatcher:
    """Looks up A's quotes in B."""

    def __init__(self, b: Document, config: QuoteConfig = DEFAULT_CONFIG.quotes) -> None:
        self.b = b
        self.config = config
        self.text = b.normalised.text
        self.quotes = extract_quotes(b)
        self.people = people_of(b)
        self.text_words = tuple(t.text for t in b.tokens)
        # where each of B's quotes begins in B's original text
        self.starts = [b.normalised.to_original(*q.pieces[0]).start for q in self.quotes]

    def check(self, quote: Quote, a: Document, partners: list[Span]) -> QuoteCheck:
        # B's quotes in the passages aligned with the quote first, each in reading order
        aligned = [any(s.start <= at < s.end for s in partners) for at in self.starts]
        pairs = list(zip(self.quotes, aligned, strict=True))
        ordered = [q for q, x in pairs if x] + [q for q, x in pairs if not x]
        found = (
            self._in_a_quote(quote, ordered, people_of(a))
            or self._in_text(quote, ordered)
            or self._joined(quote, ordered)
        )
        if found is None:
            altered = self._altered(quote, ordered)
            # a word or two swapped is altered before runs of B's running text are tried
            swapped = altered if altered is not None and _swapped(altered) else None
            found = swapped or self._joined_from_text(quote) or altered
        return self._result(quote, a, found)

    def _in_a_quote(self, quote: Quote, ordered: list[Quote], a_people: People) -> _Found | None:
        holders = [(s, k) for s in ordered if (k := _find(quote.words, s.words)) >= 0]
        if not holders:
            return None
        # the whole of one of B's quotes, if the words are one; else the first that holds them
        statuses = [_exact_status(quote, s, k) for s, k in holders]
        best = statuses.index("exact") if "exact" in statuses else 0
        (source, start), status = holders[best], statuses[best]
        end = start + len(quote.words) - 1
        first, last = source.word_spans[start][0], source.word_spans[end][1]
        if status == "truncated" and self._whole(source, start, end):
            status = "exact"  # whole sentences of a longer quotation, as a statement's are
        others = [s.speaker for s, _ in holders if s.speaker is not None]
        whole = status == "exact"
        # each speaker named right next to the words, or taken back there by a pronoun
        named = quote.named and source.named
        if not named:
            # or a pronoun in one text (or both) taking back the name just written
            named = _next_to(quote, a_people) and _next_to(source, self.people)
        if not _inferred_across(quote, [source]) and (
            _misattributed(
                quote,
                source.speaker,
                self.people,
                others,
                self.config,
                whole=whole,
                both_named=named,
                spoken=whole and _spoken(quote, a_people),  # read for a whole quote only
            )
            or _other_sex(quote, source, others, self.config, whole=whole)
            or _group_words(quote, source, self.people, self.text, self.config, whole=whole)
            or _pair_words(quote, source, self.people, others, self.config, whole=whole)
            or _document_words(quote, source, self.people, self.text, self.config, whole=whole)
            or _one_members_words(quote, source, a_people, self.text, self.config, whole=whole)
            or _generations_apart(
                quote, source, (a_people, self.people), others, self.config, whole=whole
            )
        ):
            status = "misattributed"
        elif (subject := self._subject_words(quote, source, a_people, others)) is not None:
            return _Found("misattributed", first, last, source.speaker, copy_speaker=subject)
        return _Found(status, first, last, source.speaker)

    def _subject_words(
        self, quote: Quote, source: Quote, a_people: People, others: list[Speaker]
    ) -> Speaker | None:
        """The subject of the copy's clause (``subject_words``), when B gives the words to
        someone else, read in their paragraph (not carried over from the one before): a
        statement of four words or more, whole or not, the copy's reading being an
        inference with no verb of speech."""
        subject = subject_speaker(quote, a_people)
        if subject is None or source.read == "paragraph before":
            return None
        reread = replace(quote, speaker=subject, named=False)
        if _misattributed(reread, source.speaker, self.people, others, self.config):
            return subject
        return None

    def _whole(self, source: Quote, first: int, last: int) -> bool:
        """Whether words ``first``..``last`` of ``source`` are whole sentences of it: each
        end a sentence's or the quotation's own ("We will try again," he said)."""
        text, spans = self.text, source.word_spans
        opens = first == 0 or _opens_sentence(text, spans[first][0])
        after = text[spans[last][1] :].lstrip('"')
        closes = last == len(spans) - 1 or (not after or after[0] in ".!?\n")
        return opens and closes

    def _in_text(self, quote: Quote, ordered: list[Quote]) -> _Found | None:
        """Words B does not quote: a statement's or a transcript's own words."""
        first = _find(quote.words, self.text_words)
        if first < 0:
            return None
        tokens = self.b.tokens
        start, end = tokens[first].start, tokens[first + len(quote.words) - 1].end
        speaker = label_speaker(self.text, self.people, start)
        if self._quotations_touched(start, end) > 1:
            # pieces of two of B's quotations run together: joined, with their speaker
            joined = self._joined(quote, ordered)
            return joined or _Found("joined", start, end, speaker)
        status: QuoteStatus = "exact" if _whole_sentences(self.text, start, end) else "truncated"
        whole = status == "exact"
        if _misattributed(quote, speaker, self.people, [], self.config, whole=whole):
            status = "misattributed"
        return _Found(status, start, end, speaker)

    def _quotations_touched(self, start: int, end: int) -> int:
        """How many of B's quotations hold words of ``[start, end)`` of B's text.  Words found
        in B's running text across two quotations ("try showing a little class" and "dress
        like you deserve respect") are no statement's own sentence: the copy made the two
        quotations one.  A quotation left open at a paragraph's end and going on in the next
        (no quote mark between the two) is one."""
        touched = [
            source
            for source in self.quotes
            if any(a < end and start < b for a, b in source.word_spans)
        ]
        count = len(touched)
        for before, after in pairwise(touched):
            if '"' not in self.text[before.pieces[-1][1] : after.pieces[0][0]]:
                count -= 1
        return count

    def _joined_from_text(self, quote: Quote) -> _Found | None:
        """Runs of B's running text made one quote (a statement's words quoted)."""
        cover = _cover(quote.words, [self.text_words], self.config.min_joined_run)
        if cover is None:
            return None
        first, last = cover[0], cover[-1]
        start = self.b.tokens[first[1]].start
        end = self.b.tokens[last[1] + last[2] - 1].end
        return _Found("joined", start, end, label_speaker(self.text, self.people, start))

    def _joined(self, quote: Quote, ordered: list[Quote]) -> _Found | None:
        """Runs of B's quoted words made one quote."""
        cover = _cover(quote.words, [s.words for s in ordered], self.config.min_joined_run)
        if cover is None:
            return None
        sources = [ordered[run] for run, _, _ in cover]
        spans = [
            (sources[k].word_spans[at][0], sources[k].word_spans[at + size - 1][1])
            for k, (_, at, size) in enumerate(cover)
        ]
        speaker = sources[0].speaker
        if any(
            s.speaker is None or speaker is None or s.speaker.key != speaker.key for s in sources
        ):
            speaker = None
        status: QuoteStatus = "joined"
        if not _inferred_across(quote, sources) and _misattributed(
            quote, speaker, self.people, [], self.config
        ):
            status = "misattributed"
        return _Found(status, min(a for a, _ in spans), max(b for _, b in spans), speaker)

    def _altered(self, quote: Quote, ordered: list[Quote]) -> _Found | None:
        """The B quote most like the quote (rapidfuzz partial ratio), if the quote keeps
        most of its words in place: changed words."""
        needle = " ".join(quote.words)
        best = None
        for source in ordered:
            joined = " ".join(source.words)
            alignment = fuzz.partial_ratio_alignment(needle, joined)
            if alignment and (best is None or alignment.score > best[0].score):
                best = (alignment, source, joined)
        if best is None or best[0].score < self.config.min_altered_score:
            return None
        alignment, source, joined = best
        first, size = _whole_words(joined, alignment.dest_start, alignment.dest_end)
        window = source.words[first : first + size]
        kept = Levenshtein.normalized_similarity(list(quote.words), list(window))
        if not window or kept < self.config.min_altered_words:
            return None
        start, end = source.word_spans[first][0], source.word_spans[first + len(window) - 1][1]
        return _Found("altered", start, end, source.speaker, _word_diff(quote.words, window))

    def _result(self, quote: Quote, a: Document, found: _Found | None) -> QuoteCheck:
        a_spans = tuple(a.normalised.to_original(start, end) for start, end in quote.pieces)
        span = self.b.normalised.to_original(found.start, found.end) if found else None
        accused = found is not None and found.status == "misattributed"
        return QuoteCheck(
            text=" … ".join(a.text[s.start : s.end] for s in a_spans),
            speaker=_named((found and found.copy_speaker) or quote.speaker, accused=accused),
            a_spans=a_spans,
            status=found.status if found else "unmatched",
            b_span=span,
            b_text=self.b.text[span.start : span.end] if span is not None else None,
            b_speaker=_named(found.speaker if found else None, accused=accused),
            diff=found.diff if found else (),
        )


def _whole_words(joined: str, start: int, end: int) -> tuple[int, int]:
    """The words of ``joined`` (words joined by spaces) that characters ``start``..``end``
    touch, as (first, count): a character match may begin or end inside a word ("squalify
    anyone from serving in offic"), and that word is one of the window's, not left out."""
    while start < end and joined[start] == " ":
        start += 1
    while end > start and joined[end - 1] == " ":
        end -= 1
    first = joined.count(" ", 0, start)
    last = joined.count(" ", 0, max(start, end - 1))
    return first, last - first + 1


def _named(speaker: Speaker | None, *, accused: bool) -> str | None:
    """How a check names a speaker: its fullest name; in a misattribution, no more than is
    known ("Clinton", not which of two Clintons: ``Speaker.surname_sure``)."""
    if speaker is None:
        return None
    return speaker.surname if accused and speaker.surname_sure else speaker.name


def _cover(
    words: tuple[str, ...], runs: list[tuple[str, ...]], min_run: int
) -> list[tuple[int, int, int]] | None:
    """``words`` as two or more runs of ``runs`` (run index, start, length) of ``min_run``
    words or more, or each a whole quotation of two words or more, longest first from the
    left, with at most a joining word between them; None if they are not."""
    pieces: list[tuple[int, int, int]] = []
    position = 0
    while position < len(words):
        # the longest run; of equal ones, the first source (the aligned passages' first)
        size, at, index = max(
            ((*_longest_at(words, position, run), index) for index, run in enumerate(runs)),
            key=lambda found: (found[0], -found[2]),
            default=(0, 0, 0),
        )
        whole = size >= _WHOLE_RUN and at == 0 and size == len(runs[index])
        if size >= min_run or whole:
            pieces.append((index, at, size))
            position += size
        elif (single := _one_word_quotation(words[position], runs)) is not None:
            pieces.append((single, 0, 1))
            position += 1
        elif words[position] in _JOINING_WORDS and pieces:
            position += 1
        else:
            return None
    return pieces if len(pieces) > 1 else None


def _one_word_quotation(word: str, runs: list[tuple[str, ...]]) -> int | None:
    """The run that is ``word`` alone, a quotation of one word of B ("unpersuasive"): the
    copy took it as a unit, and may run it together with another ("unpersuasive,
    unconvincing and unsupportable"); a common word alone is no one's ("the")."""
    if word in STOPWORDS:
        return None
    return next((index for index, run in enumerate(runs) if run == (word,)), None)


def _longest_at(words: tuple[str, ...], position: int, run: tuple[str, ...]) -> tuple[int, int]:
    """The longest prefix of ``words[position:]`` found in ``run``: (length, where)."""
    best = (0, 0)
    first = words[position]
    for at in range(len(run)):
        if run[at] != first:
            continue
        size = 1
        while (
            position + size < len(words)
            and at + size < len(run)
            and run[at + size] == words[position + size]
        ):
            size += 1
        best = max(best, (size, at))
    return best


def _word_diff(a_words: tuple[str, ...], b_words: tuple[str, ...]) -> tuple[str, ...]:
    """Word edits from B's wording to A's: ``-word`` removed, ``+word`` added."""
    edits: list[str] = []
    for op in Levenshtein.opcodes(list(b_words), list(a_words)):
        if op.tag in ("replace", "delete"):
            edits.extend("-" + w for w in b_words[op.src_start : op.src_end])
        if op.tag in ("replace", "insert"):
            edits.extend("+" + w for w in a_words[op.dest_start : op.dest_end])
    return tuple(edits)


def check_quotes(
    a: Document,
    b: Document,
    alignments: list[Alignment],
    config: QuoteConfig = DEFAULT_CONFIG.quotes,
) -> list[QuoteCheck]:
    """Every quotation of A, checked against B."""
    matcher = QuoteMatcher(b, config)
    checks: list[QuoteCheck] = []
    for quote in extract_quotes(a):
        start = a.normalised.to_original(*quote.pieces[0]).start
        partners = [x.b_span for x in alignments if x.a_span.start <= start < x.a_span.end]
        check = matcher.check(quote, a, partners)
        if check.status == "unmatched" and len(quote.pieces) > 1:
            # "...," said Ana Ruiz of the Tenants Union, "...": the copy may have made one
            # quotation of two of B's, each with its own attribution there; not found
            # whole, each piece is B's words or not on its own
            checks.extend(matcher.check(piece, a, partners) for piece in _pieces(quote))
        else:
            checks.append(check)
    return checks


def _pieces(quote: Quote) -> list[Quote]:
    """Each piece of a quotation split by an attribution, as a quotation of its own."""
    bounds = [0]
    for size in quote.units:
        bounds.append(bounds[-1] + size)
    found: list[Quote] = []
    for start, end in quote.pieces:
        inside = [k for k, (a, _) in enumerate(quote.word_spans) if start <= a < end]
        if not inside:
            continue
        first, last = inside[0], inside[-1] + 1
        units = tuple(
            min(b, last) - max(a, first) for a, b in pairwise(bounds) if a < last and b > first
        )
        found.append(
            replace(
                quote,
                pieces=((start, end),),
                words=quote.words[first:last],
                word_spans=quote.word_spans[first:last],
                units=units,
            )
        )
    return found
