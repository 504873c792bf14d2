"""Which credits of a copy name where its story came from, read beside its source.

:mod:`credits` finds the credit phrases of one text; here a copy's credits are read against
the source sentences aligned to theirs: a citation the copy merely carries over from its
source credits no source, and a named organisation the copy gives as the speaker of its
source's own words credits it.
"""

from __future__ import annotations

import re

from newstrace.analyse.credits import (
    BACK_REFERENCE,
    INTERVIEWED,
    NAME,
    NOT_NAMES,
    ORGANISATION,
    OWN_REQUEST,
    Credit,
    all_credits,
    canonical_outlet,
    dateline_agency,
    find_credits,
    is_interview,
    longest_known_prefix,
    named_outlets,
    organisation_name,
    without_overlaps,
)
from newstrace.analyse.people import LABEL
from newstrace.analyse.resources import (
    FIRM_NOUNS,
    ORGANISATION_HEADS,
    PERSON_LIKE_OUTLETS,
    RELEASE_WORDS,
    SPEECH_VERBS,
    STATEMENT_WORDS,
)
from newstrace.analyse.second_credits import headed_documents, second_credits
from newstrace.model import Alignment
from newstrace.segment.document import Document


def _sentence_of(doc: Document, position: int) -> int:
    return next(
        (k for k, bounds in enumerate(doc.ranges) if bounds.start <= position < bounds.end), -1
    )


def _linked(copy: Document, position: int, alignments: list[Alignment]) -> set[int]:
    """The source sentences aligned with the copy's sentence that holds ``position``."""
    index = _sentence_of(copy, position)
    return {j for x in alignments if index in x.a_sentences for j in x.b_sentences}


def _own_outlets(doc: Document) -> set[str | None]:
    """The outlets ``doc`` is known to be by: its record's, its dateline's agency's, and
    the one whose requests for comment it reports."""
    text = doc.normalised.text
    own = {canonical_outlet(doc.article.outlet), dateline_agency(text)}
    for match in OWN_REQUEST.finditer(text):
        known = longest_known_prefix(match.group("name"))
        own.add(known[0] if known else None)
    return own | _own_interviews(text)


# A name of two words or more right before "told" ("Mr. Trump told Axios", "Donald Trump
# later told Axios"): who gave the interview.  One capitalised word ("Officials told",
# "Shields told" opening a sentence) or a pronoun is not read.
_INTERVIEWEE = re.compile(
    r"(?<![\w'-])[A-Z][\w'.-]* (?P<name>[A-Z][\w'-]+)(?: [a-z]+ly| later| also)? \Z"
)


def _interviewee(text: str, match: re.Match[str]) -> str | None:
    """The surname of whoever ``match`` ("told CNN") says spoke to the outlet, when named
    in full right before it; None for "in an interview with" and any other subject."""
    if not match.group().startswith("told"):
        return None
    found = _INTERVIEWEE.search(text[max(0, match.start() - 60) : match.start()])
    return found.group("name") if found else None


def _own_interviews(text: str) -> set[str | None]:
    """An outlet ``text`` says people spoke to twice or more and never cites for a report
    of its own ("X reported", "according to X"): the interviews are the text's own.  Not
    when one named person told it each time ("Mr. Trump told Axios during an interview
    that was released", "Mr. Trump told Axios that ..."): that is one interview, another
    outlet's, that the text reports, as an outlet's own reporting talks to several people."""
    told: dict[str, list[str | None]] = {}
    for match in INTERVIEWED.finditer(text):
        known = longest_known_prefix(match.group("name"))
        if known:
            told.setdefault(known[0], []).append(_interviewee(text, match))
    interviews = {c.start for c in all_credits(text) if is_interview(text, c)}
    cited = {c.outlet for c in all_credits(text) if c.start not in interviews}
    return {
        outlet
        for outlet, people in told.items()
        if len(people) >= 2 and outlet not in cited and not _one_interviewee(people)
    }


def _one_interviewee(people: list[str | None]) -> bool:
    """Whether every interview names one and the same person as who spoke."""
    return None not in people and len(set(people)) == 1


# A sentence that reports an interview: "Rice said in an interview on PBS", "told CNBC".
_REPORTS_INTERVIEW = re.compile(r"\bin an interview\b")


# "followed an article in The Daily Caller", "a report by Fox News": a piece the sentence
# names its outlet as the author of, cited without a verb of reporting.
_PIECE_BY = re.compile(
    r"\b(?:an?|the) (?:article|report|story|piece|column) (?:in|by|from) (?:the )?" + NAME
)


def _reported_outlets(sentence: str) -> set[str]:
    """The outlets ``sentence`` credits for a report of theirs, not for an interview, or
    names as a piece's author: a source that says its story "followed an article in The
    Daily Caller" cites that outlet's report as surely as "The Daily Caller reported"."""
    pieces = {
        known[0]
        for match in _PIECE_BY.finditer(sentence)
        if (known := longest_known_prefix(match.group("name")))
    }
    return pieces | {
        credit.outlet
        for credit in find_credits(sentence)
        if not INTERVIEWED.match(sentence, credit.start)
    }


# "The Washington Post reporter Robert Costa writes", "Maggie Haberman in the New York
# Times explains", "Robert Costa of The Washington Post wrote": a writer of the outlet named
# beside it, the piece theirs.
_WRITER_AFTER = re.compile(
    r"(?:'s)? (?:reporter|columnist|correspondent|writer|editor|journalist|critic|contributor)s?\b"
)
_WRITER_BEFORE = re.compile(r"(?<![\w'-])[A-Z][\w'-]+,? (?:of|in|at|for) (?:the |The )?\Z")
_WORD_START = re.compile(r"(?<!\S)\S")


def _writers_outlets(sentence: str) -> set[str]:
    """The outlets ``sentence`` names as the paper of a writer it names: a source that says
    "The Washington Post reporter Robert Costa writes" cites the Post's piece as surely as
    "the Post reported", though no reporting verb follows the outlet's name."""
    found = set()
    for match in re.finditer(NAME, sentence):
        for word in _WORD_START.finditer(match.group("name")):
            start = match.start("name") + word.start()
            known = longest_known_prefix(sentence[start : match.end("name")])
            if known is None or sentence[start : start + known[1]].lower() in PERSON_LIKE_OUTLETS:
                continue
            end = start + known[1]
            if _WRITER_AFTER.match(sentence, end) or _WRITER_BEFORE.search(sentence[:start]):
                found.add(known[0])
    return found


def _carried(text: str, credit: Credit, partners: list[str]) -> bool:
    """Whether ``credit`` of the copy ``text`` repeats a citation of its ``partners``, the
    source sentences aligned to its sentence.

    An interview the copy reports ("told CNN") is carried over when a partner names the
    outlet in any words ("first telling CNN", "speaking on CNN"), or reports an interview
    itself, whichever outlet it names: the copy that writes "told CNN" for the source's
    "told CNBC" changed a fact of the citation, it did not credit a source.  A report the
    copy credits ("HuffPost said", "first reported by HuffPost") is carried over only when
    a partner credits that outlet's report too, or names a writer of it ("The Washington
    Post reporter Robert Costa writes", :func:`_writers_outlets`): a partner's "officials
    told HuffPost" is the interview the source did itself, and the copy's report credit
    names the source.
    """
    if INTERVIEWED.match(text, credit.start):
        return any(
            credit.outlet in named_outlets(partner)
            or _REPORTS_INTERVIEW.search(partner)
            or any(longest_known_prefix(m.group("name")) for m in INTERVIEWED.finditer(partner))
            for partner in partners
        )
    return any(
        credit.outlet in _reported_outlets(partner) | _writers_outlets(partner)
        for partner in partners
    )


def _swapped_citation(
    copy: Document, source: Document, credit: Credit, partners: list[str]
) -> bool:
    """Whether the copy's report credit names an outlet its source names elsewhere, in a
    sentence written only from ones that cite another outlet's report ("the Washington Post
    reported" for the partner's "Politico reported", the Post one the source says an
    insider told): the copy mixed up two of its source's citations, a changed fact, and
    credits no source with it.  Not when a partner cites no outlet (the copy's credit may
    be of the source's own reporting there: "..., The New York Times reported" on the
    Times's own lead, beside its "The Washington Post reported"), nor when the copy's
    sentence names the partner's outlet too ("HuffPost said, citing Politico": the copy
    credits its source and the citation)."""
    text = copy.normalised.text
    if INTERVIEWED.match(text, credit.start) or credit.outlet not in named_outlets(
        source.normalised.text
    ):
        return False
    index = _sentence_of(copy, credit.start)
    sentence = copy.sentences[index].text if index >= 0 else ""
    citations = [_reported_outlets(partner) for partner in partners]
    if not citations or not all(citations):
        return False
    cited = set().union(*citations)
    return credit.outlet not in cited and not cited & named_outlets(sentence)


def _pointed_to(source: Document, linked: set[int]) -> set[int]:
    """The sentence before each of ``linked`` that points back to a piece without naming
    its outlet ("The article said ..."): the piece is the one that sentence names ("...
    followed an article in The Daily Caller."), and its citation is the partner's too."""
    return {
        j - 1
        for j in linked
        if j > 0
        and any(not m.group("name") for m in BACK_REFERENCE.finditer(source.sentences[j].text))
    }


# Only "the paper" relays a partner's citation.  "The report notes" after "HuffPost
# reports" is the report the copy named: the copy names no other report for it to be, so a
# reader takes it for HuffPost's even where the source's sentence cited another outlet (the
# development set's annotators count it as a second credit).  "The paper" names a
# newspaper, and may be the one the source cited rather than the outlet credited before.
_PAPER = re.compile(r"\b(?:news)?paper\b")


def _relayed(text: str, credit: Credit, partners: list[str]) -> str | None:
    """The outlet an unnamed back reference of the copy ("the paper reports") stands for
    when its partners credit another outlet's report: the copy relays the citation of the
    source's sentence ("the Washington Post reported"), and the paper is the one cited
    there, not the outlet the copy credited before."""
    match = BACK_REFERENCE.match(text, credit.start)
    if match is None or match.group("name") or not _PAPER.search(match.group()):
        return None
    cited = [outlet for partner in partners for outlet in sorted(_reported_outlets(partner))]
    return cited[0] if cited and credit.outlet not in cited else None


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


def _speaking_organisations(
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
        linked = _linked(copy, match.start(), alignments)
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


def _headed_documents(
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
        linked = _linked(copy, credit.start, alignments)
        if not _names_a_document_near(source, linked):
            found.append(credit)
    return found


# "the company said in a press release", "the firm announced in a statement": a firm's
# release, the firm named by what it is.  Firms' names seldom end in the noun ("Kestrel
# Freight", "Larchmont Mills"), so :func:`second_credits.headed_documents` cannot tell
# whose it is.
_FIRM_DOCUMENT = re.compile(
    rf"\b[Tt]he (?:{'|'.join(FIRM_NOUNS)}) (?:said|says|announced|stated)(?: on \w+| \w+day)? "
    rf"in (?:a|an|its) (?:{RELEASE_WORDS}|{STATEMENT_WORDS})\b"
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


def _firm_releases(copy: Document, source: Document, alignments: list[Alignment]) -> list[Credit]:
    """The copy's credits of a firm's release as "the company's" ("..., the company said in
    a press release"), unless carried over: where the aligned source sentence, or the one
    before it, names a statement or release itself, the copy relays its source's
    attribution (a news story's "the company said in a statement"), as for
    :func:`_headed_documents`."""
    text = copy.normalised.text
    found = []
    for match in _FIRM_DOCUMENT.finditer(text):
        linked = _linked(copy, match.start(), alignments)
        firm = _firm_named_first(text[: match.start()], source.normalised.text)
        if firm is None or not linked:
            continue
        if not _names_a_document_near(source, linked):
            found.append(Credit(match.start(), match.end(), firm))
    return found


# "Teresa Valdivia said in a statement", '"...," Drummond said in a statement': a named
# person or body as the author of a statement, and the statement the story's source.
_NAMED_STATEMENT = re.compile(
    rf"(?<![\w'.-])(?!{NOT_NAMES}){NAME} (?:said|says|stated)(?: \w+day)? in (?:a|an) "
    rf"{STATEMENT_WORDS}\b"
)


def _statements_written_from(
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
        linked = _linked(copy, match.start(), alignments)
        if not linked or not all(
            _in_authors_voice(source, j) and not _mostly_quoted(source, j) for j in linked
        ):
            continue
        if not _names_a_document_near(source, linked):
            found.append(Credit(match.start(), match.end(), match.group("name")))
    return found


def _relayed_document(credit: Credit, source: Document, linked: set[int]) -> bool:
    """Whether ``credit`` names an organisation's or a person's document ("Rep. Bob
    Etheridge said in a statement released by his office") where the aligned source names
    a statement or release itself: the source's attribution, carried over, and no credit of
    the copy's source (rw-434b).  A primary document does not name itself so: a story
    crediting the statement it is written from is aligned to the statement's own words."""
    return canonical_outlet(credit.outlet) is None and _names_a_document_near(source, linked)


def credits_of_source(
    copy: Document, source: Document, alignments: list[Alignment]
) -> tuple[Credit, ...]:
    """The credits of ``copy`` (offsets into its normalised text) that name where its
    story came from.

    A credit in a sentence whose aligned partner in ``source`` names the same outlet is
    the source's own citation, carried over ("one insider told the Washington Post", from a
    HuffPost story that says so), as is a "the paper reports" whose partner cites another
    outlet's report.  It credits the source only when that outlet is the source's own: its
    record's outlet, its dateline's agency, the outlet whose requests for comment it
    reports, or an outlet the copy credits elsewhere in a sentence of its own ("He told Fox
    News ..." in a copy that says, of another passage, "Fox News reported").  A report
    credit put in place of the partner's citation of another outlet is carried over too,
    changed (:func:`_swapped_citation`), and so is a document's credit where the source
    names the statement or release itself (:func:`_relayed_document`).  A named
    organisation the copy gives as the speaker of the source's own words credits it too
    (:func:`_speaking_organisations`), as does its release credited by the noun heading
    its name (:func:`_headed_documents`), a statement the copy is written from credited by
    its author's name (:func:`_statements_written_from`), and a shorter mention of a
    document's issuer after its fuller credit (:func:`second_credits.second_credits`).

    An interview the copy reports and does not carry over ("X told CNN") says where X
    spoke, not where the copy's story came from: it credits the source only when the
    outlet is one of those, as the development set's annotators read it.
    """
    text = copy.normalised.text
    found = list(find_credits(text, copy.article.outlet))
    carried = set()
    for n, credit in enumerate(found):
        linked = _linked(copy, credit.start, alignments)
        partners = [source.sentences[j].text for j in sorted(linked | _pointed_to(source, linked))]
        relayed = _relayed(text, credit, partners)
        if relayed:  # the partner's citation, so carried over
            found[n] = credit = Credit(credit.start, credit.end, relayed)
        if (
            _carried(text, credit, partners)
            or _swapped_citation(copy, source, credit, partners)
            or _relayed_document(credit, source, linked)
        ):
            carried.add(credit)
    interviews = {credit for credit in found if INTERVIEWED.match(text, credit.start)}
    borrowed = carried | interviews
    own = _own_outlets(source) | {credit.outlet for credit in found if credit not in borrowed}
    kept = [credit for credit in found if credit not in borrowed or credit.outlet in own]
    kept = without_overlaps(
        kept
        + _speaking_organisations(copy, source, alignments)
        + _headed_documents(copy, source, alignments)
        + _firm_releases(copy, source, alignments)
        + _statements_written_from(copy, source, alignments)
    )
    return tuple(without_overlaps(kept + second_credits(text, kept, copy.article.outlet)))
