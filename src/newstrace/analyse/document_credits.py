"""Credits of an organisation's or a person's own document, read in a copy beside its
source: the organisation the copy gives as the speaker of its source's own words
("Severnshire Police said"), a release credited by what its issuer is ("the cooperative
said in a press release", "the operator said in a press release", "according to a press
release from the company") or by its holder's title ("according to a statement from the
mayor's office"), a statement the copy is written from ("Councilmember Ann Ruiz said in a
statement"), and a document's credit that only relays the source's own attribution of it.
:mod:`source_credits` gathers them with the credits of outlets.
"""

from __future__ import annotations

import re

from newstrace.analyse.credits import (
    NAME,
    NOT_NAMES,
    ORGANISATION,
    Credit,
    canonical_outlet,
    organisation_name,
)
from newstrace.analyse.people import LABEL
from newstrace.analyse.resources import (
    FIRM_NOUNS,
    ORGANISATION_HEADS,
    RELEASE_WORDS,
    SPEECH_VERBS,
    STATEMENT_WORDS,
)
from newstrace.analyse.second_credits import headed_documents
from newstrace.model import Alignment
from newstrace.segment.document import Document


def sentence_of(doc: Document, position: int) -> int:
    """The index of the sentence of ``doc`` that holds ``position`` (-1 if none)."""
    return next(
        (k for k, bounds in enumerate(doc.ranges) if bounds.start <= position < bounds.end), -1
    )


def linked_sentences(copy: Document, position: int, alignments: list[Alignment]) -> set[int]:
    """The source sentences aligned with the copy's sentence that holds ``position``."""
    index = sentence_of(copy, position)
    return {j for x in alignments if index in x.a_sentences for j in x.b_sentences}


# "Severnshire Police said officers stopped a van": an organisation named as a speaker (a
# name opens after a word that opens sentences or a weekday: "On Sunday Severnshire Police").
_ORGANISATION_SPEAKS = re.compile(
    rf"(?<![\w'.-])(?!{NOT_NAMES}|\w+day\b)(?P<org>{ORGANISATION}) "
    r"(?:said|says|announced|stated|confirmed)\b"
)
# What attributes a sentence's words to someone: a verb of speech, "according to".
_ATTRIBUTED = re.compile(r"\b(?:" + "|".join(sorted(SPEECH_VERBS)) + r"|according to)\b", re.I)


def _unquoted(doc: Document, index: int) -> list[str]:
    """The pieces of sentence ``index`` of ``doc`` outside its quotations."""
    bounds, text = doc.ranges[index], doc.normalised.text
    plain, at = [], bounds.start
    for start, end in doc.quoted_regions:
        if start < bounds.end and end > at:
            plain.append(text[at : max(at, start)])
            at = min(max(at, end), bounds.end)
    plain.append(text[at : bounds.end])
    return plain


def _in_own_voice(doc: Document, index: int) -> bool:
    """Whether sentence ``index`` of ``doc`` states what it says in the text's own voice:
    no verb of speech nor "according to" outside its quotations."""
    return not any(_ATTRIBUTED.search(piece) for piece in _unquoted(doc, index))


# "I was told on Monday", "we said in March": the author's own speech, in a first-person
# statement's own voice.
_FIRST_PERSON_SPEECH = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:[a-z]+\s+){0,2}?(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b"
)


def _in_authors_voice(doc: Document, index: int) -> bool:
    """Whether sentence ``index`` of ``doc`` is in its own voice (``_in_own_voice``), the
    author's speaking in the first person aside: a statement's "I was told ..." is its
    author's account, no one else's words."""
    return not any(
        _ATTRIBUTED.search(_FIRST_PERSON_SPEECH.sub(" ", piece)) for piece in _unquoted(doc, index)
    )


_WORD_CHARACTER = re.compile(r"\w")


def _wholly_quoted(doc: Document, index: int) -> bool:
    """Whether every word of sentence ``index`` of ``doc`` stands inside its quotations."""
    return not any(_WORD_CHARACTER.search(piece) for piece in _unquoted(doc, index))


def _mostly_quoted(doc: Document, index: int) -> bool:
    """Whether most words of sentence ``index`` of ``doc`` stand inside its quotations."""
    outside = sum(len(piece.split()) for piece in _unquoted(doc, index))
    return 2 * outside < len(doc.sentences[index].text.split())


def _member_of(name: str) -> bool:
    """Whether ``name`` is a person's, given with the body they belong to ("Battalion Chief
    Tomasz Keller of the Brannock Fire District", "Dr Ann Lee of Kestrel University"): what
    stands before "of" is a person, not a body ("Department of Health", "University of
    Kent" are bodies), and the person who speaks at a press conference is a speaker, not
    the author of a document the story credits."""
    before = name.split(" of ", 1)[0].split()
    return " of " in name and before[-1] not in ORGANISATION_HEADS


def speaking_organisations(
    copy: Document, source: Document, alignments: list[Alignment]
) -> list[Credit]:
    """A named organisation the copy gives as the speaker of what its source says in its
    own voice (:func:`_in_its_voice`): the source is that organisation's document (a police
    appeal, a council's notice), and "Severnshire Police said" credits it as "said in a
    news release" would.  The name must be an organisation's in full, a word of its own
    before the noun that heads it ("Police" alone, "the department", is any force or any
    department)."""
    text = copy.normalised.text
    found = []
    for match in _ORGANISATION_SPEAKS.finditer(text):
        name = organisation_name(match.group("org"))
        if len(name.split()) < 2 or name.split()[-1] not in ORGANISATION_HEADS:
            continue
        if _member_of(name):
            continue
        linked = linked_sentences(copy, match.start(), alignments)
        if linked and all(_in_its_voice(source, j, name) for j in linked):
            found.append(Credit(match.start(), match.end(), name))
    return found


def _in_its_voice(source: Document, index: int, name: str) -> bool:
    """Whether sentence ``index`` of ``source`` reads as organisation ``name``'s own
    document.  Not where it is attributed: the source's "police said" is carried over by
    the copy's "police said"; nor where it names the organisation itself ("The Justice
    Department revealed on Thursday ..."), whose words the source reports (rw-263b); nor a
    quotation whole ('... stating, "We do not support this legislation."'); nor a
    transcript's turn, a person's spoken words (:func:`_in_speakers_turn`)."""
    return (
        _in_own_voice(source, index)
        and name not in source.sentences[index].text
        and not _wholly_quoted(source, index)
        and not _in_speakers_turn(source, index)
    )


def _in_speakers_turn(doc: Document, index: int) -> bool:
    """Whether sentence ``index`` of ``doc`` stands in a transcript's turn, a paragraph
    opening with its speaker's label ("MARGARET OYELARAN: Today the Ellisford Port Authority
    is announcing ..."): a person's spoken words, no body's document, so the copy's "the
    Ellisford Port Authority announced" names who spoke at the press conference (pr-201)."""
    text = doc.normalised.text
    turn = text.rfind("\n", 0, doc.ranges[index].start) + 1
    label = LABEL.match(text, turn)
    return label is not None and "\n" not in label.group()


# A source passage that itself names a statement or release as what it reports (not a
# word of a compound: "fish on a catch-and-release basis").
_NAMES_DOCUMENT = re.compile(rf"(?<![\w-])(?:{STATEMENT_WORDS}|{RELEASE_WORDS})\b")


def _names_a_document_near(source: Document, linked: set[int]) -> bool:
    """Whether a source sentence of ``linked``, or the one before it, names a statement or
    release itself ("... has apologized in a statement released by his office:" before the
    quotation): a copy's credit of that document there relays its source's attribution."""
    nearby = linked | {j - 1 for j in linked if j > 0}
    return any(_NAMES_DOCUMENT.search(source.sentences[j].text) for j in nearby)


def headed_document_credits(
    copy: Document, source: Document, alignments: list[Alignment]
) -> list[Credit]:
    """The copy's credits of a body's release or statement by the noun heading the body's
    name ("the cooperative said in a press release",
    :func:`second_credits.headed_documents`), unless carried over: where the aligned source
    sentence, or the one before it, names a statement or release itself ("a statement from
    the Democratic committee said"), the copy relays the source's attribution, as a copy of
    a news report does, rather than crediting the body's document as its own source."""
    found = []
    for credit in headed_documents(copy.normalised.text, copy.article.outlet):
        linked = linked_sentences(copy, credit.start, alignments)
        if not _names_a_document_near(source, linked):
            found.append(credit)
    return found


# "the company said in a press release", "the firm announced in a statement": a firm's
# release, the firm named by what it is.  Firms' names seldom end in the noun ("Kestrel
# Freight", "Larchmont Mills"), so :func:`second_credits.headed_documents` cannot tell
# whose it is.  The noun may be told by what the firm makes or does ("the cabinet maker",
# "the trucking company", pr-319): one lower-case word before it, unless the word makes it
# another firm than the one the story is about ("the parent company", "a rival firm").
_ANOTHER_FIRM = r"(?:other|rival|parent|partner|sister|competing|former|new)\b"
_THE_FIRM = rf"(?:(?!{_ANOTHER_FIRM})[a-z]+ )?(?:{'|'.join(FIRM_NOUNS)})\b"
# "according to a press release from the company", "in a statement from the company": the
# firm's document named first, then its issuer by what the firm is, as a story written
# from the release says it as plainly as "the company said in a press release" (pr-301,
# pr-331).
_DOCUMENT_FROM = (
    rf"\b(?:[Aa]ccording to|[Ii]n) (?:a|an) (?:{RELEASE_WORDS}|{STATEMENT_WORDS})"
    r"(?: (?:issued|released|put out|published|sent))? (?:from|by) the "
)
_FIRM_DOCUMENT = re.compile(
    rf"\b[Tt]he {_THE_FIRM} "
    r"(?:said|says|announced|stated)(?: on \w+| \w+day)? "
    rf"in (?:a|an|its) (?:{RELEASE_WORDS}|{STATEMENT_WORDS})\b"
    rf"|{_DOCUMENT_FROM}{_THE_FIRM}(?!')"  # "from the company's lawyer" is the lawyer's
)
# A firm's name of two capitalised words or more ("Brannock Glassworks", "Carrow &
# Lindqvist Furniture"), not opening with a word that opens sentences.
_FIRM_NAME = re.compile(rf"(?<![\w'&.-])(?!{NOT_NAMES})[A-Z][\w'-]+(?: (?:& )?[A-Z][\w'-]+)+")


def _firm_named_first(copy: str, source: str) -> str | None:
    """The firm whose release a copy credits as "the company's": the first name of two
    capitalised words or more the copy gives (a story from a release opens with its
    issuer: "Haulage firm Kestrel Freight will shut ..."), if the source names it too, as
    the issuer's release does ("Kestrel Freight Ltd, the independent haulage company,
    today announced")."""
    first = _FIRM_NAME.search(copy)
    return first.group() if first is not None and first.group() in source else None


def firm_releases(copy: Document, source: Document, alignments: list[Alignment]) -> list[Credit]:
    """The copy's credits of a firm's release as "the company's" ("..., the company said in
    a press release", "according to a press release from the company"), unless carried
    over: where the aligned source sentence, or the one before it, names a statement or
    release itself, the copy relays its source's attribution (a news story's "the company
    said in a statement"), as for :func:`headed_document_credits`."""
    text = copy.normalised.text
    found = []
    for match in _FIRM_DOCUMENT.finditer(text):
        linked = linked_sentences(copy, match.start(), alignments)
        firm = _firm_named_first(text[: match.start()], source.normalised.text)
        if firm is None or not linked:
            continue
        if not _names_a_document_near(source, linked):
            found.append(Credit(match.start(), match.end(), firm))
    return found


# "according to a statement from the mayor's office": an office named by its holder's
# title, as "from her office" names it by a pronoun (``credits.PRONOUN_OFFICE``), the
# document as plainly the story's source (pr-332).
_TITLED_OFFICE = re.compile(_DOCUMENT_FROM + r"(?P<title>[a-z]+(?: [a-z]+)?)'s office\b")
# A name of one to three capitalised words after a title: "Mayor Daniel Ashgrove".
_HOLDER = r" (?P<name>[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})"


def _office_of(text: str, title: str) -> str:
    """Whose office "the mayor's office" is: the last person ``text`` names with that title
    ("Port Selden Mayor Daniel Ashgrove"), or the office as the text names it."""
    titled = " ".join(word.capitalize() for word in title.split())
    holders = re.findall(r"\b" + re.escape(titled) + _HOLDER, text)
    return f"{titled} {holders[-1]}'s office" if holders else f"the {title}'s office"


def titled_offices(copy: Document, source: Document, alignments: list[Alignment]) -> list[Credit]:
    """The copy's credits of an office's statement or release by its holder's title
    ("according to a statement from the mayor's office"), unless carried over: where the
    aligned source sentence, or the one before it, names a statement or release itself,
    the copy relays its source's attribution (a news story's "a statement from the
    governor's office said"), as for :func:`headed_document_credits`."""
    text = copy.normalised.text
    found = []
    for match in _TITLED_OFFICE.finditer(text):
        linked = linked_sentences(copy, match.start(), alignments)
        if not _names_a_document_near(source, linked):
            issuer = _office_of(text[: match.start()], match.group("title"))
            found.append(Credit(match.start(), match.end(), issuer))
    return found


# "Teresa Valdivia said in a statement", '"...," Drummond said in a statement': a named
# person or body as the author of a statement, and the statement the story's source.
_NAMED_STATEMENT = re.compile(
    rf"(?<![\w'.-])(?!{NOT_NAMES}){NAME} (?:said|says|stated)(?: \w+day)? in (?:a|an) "
    rf"{STATEMENT_WORDS}\b"
)


def statements_written_from(
    copy: Document, source: Document, alignments: list[Alignment]
) -> list[Credit]:
    """The copy's "X said in a statement" when the copy is written from that statement:
    the aligned source sentences are its own words, with no speech verb but its author's
    own ("I was told") and not quoted (a story quoting the statement quotes it), and
    neither they nor the sentence before each name a statement or release.  A news
    story's "Ruiz said in a statement" relays its source's attribution instead ("Ruiz said
    in a statement Tuesday that ..."), and credits no source of the copy (the development
    set's annotators count the one in primary pairs, pr-80, pr-146, pr-152, and never the
    other in a rewrite)."""
    found = []
    for match in _NAMED_STATEMENT.finditer(copy.normalised.text):
        linked = linked_sentences(copy, match.start(), alignments)
        if not linked or not all(
            _in_authors_voice(source, j) and not _mostly_quoted(source, j) for j in linked
        ):
            continue
        if not _names_a_document_near(source, linked):
            found.append(Credit(match.start(), match.end(), match.group("name")))
    return found


def relayed_document(credit: Credit, source: Document, linked: set[int]) -> bool:
    """Whether ``credit`` names an organisation's or a person's document ("Rep. Bob
    Etheridge said in a statement released by his office") where the aligned source names
    a statement or release itself: the source's attribution, carried over, and no credit of
    the copy's source (rw-434b).  A primary document does not name itself so: a story
    crediting the statement it is written from is aligned to the statement's own words."""
    return canonical_outlet(credit.outlet) is None and _names_a_document_near(source, linked)
