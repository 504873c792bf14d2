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
    OWN_REQUEST,
    Credit,
    all_credits,
    canonical_outlet,
    dateline_agency,
    find_credits,
    is_interview,
    longest_known_prefix,
    named_outlets,
    without_overlaps,
)
from newstrace.analyse.document_credits import (
    firm_releases,
    headed_document_credits,
    linked_sentences,
    relayed_document,
    sentence_of,
    speaking_organisations,
    statements_written_from,
    titled_offices,
)
from newstrace.analyse.facts.staff import CITED_AS
from newstrace.analyse.resources import PERSON_LIKE_OUTLETS
from newstrace.analyse.second_credits import second_credits
from newstrace.model import Alignment
from newstrace.segment.document import Document


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
    names the source.  A fact the copy says an outlet noted ("as Politico notes") where a
    partner names who noted it the same way is the partner's citation, its name changed or
    not (:func:`_cited_as_noting`).
    """
    if _cited_as_noting(text, credit, partners):
        return True
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


def _cited_as_noting(text: str, credit: Credit, partners: list[str]) -> bool:
    """Whether ``credit`` names who noted the fact of its sentence ("as Politico notes")
    where a partner names someone so too ("as TPM notes"): the copy carried its source's
    citation over, and an outlet put for the source's there is a fact changed
    (``staff.cited_as_noting``, rw-703), no credit of the copy's source."""
    framed = any(
        m.start("name") < credit.end and credit.start < m.end("name")
        for m in CITED_AS.finditer(text)
    )
    return framed and any(CITED_AS.search(partner) for partner in partners)


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
    index = sentence_of(copy, credit.start)
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
    names the statement or release itself.  The credits of an organisation's or a
    person's own document are :mod:`document_credits`': a named organisation the copy
    gives as the speaker of the source's own words, its release credited by the noun
    heading its name or by what the firm is, an office's document credited by its holder's
    title ("from the mayor's office"), a statement the copy is written from
    credited by its author's name; and a shorter mention of a document's issuer after its
    fuller credit is :func:`second_credits.second_credits`.

    An interview the copy reports and does not carry over ("X told CNN") says where X
    spoke, not where the copy's story came from: it credits the source only when the
    outlet is one of those, as the development set's annotators read it.
    """
    text = copy.normalised.text
    found = list(find_credits(text, copy.article.outlet))
    carried = set()
    for n, credit in enumerate(found):
        linked = linked_sentences(copy, credit.start, alignments)
        partners = [source.sentences[j].text for j in sorted(linked | _pointed_to(source, linked))]
        relayed = _relayed(text, credit, partners)
        if relayed:  # the partner's citation, so carried over
            found[n] = credit = Credit(credit.start, credit.end, relayed)
        if (
            _carried(text, credit, partners)
            or _swapped_citation(copy, source, credit, partners)
            or relayed_document(credit, source, linked)
        ):
            carried.add(credit)
    interviews = {credit for credit in found if INTERVIEWED.match(text, credit.start)}
    borrowed = carried | interviews
    own = _own_outlets(source) | {credit.outlet for credit in found if credit not in borrowed}
    kept = [credit for credit in found if credit not in borrowed or credit.outlet in own]
    kept = without_overlaps(
        kept
        + speaking_organisations(copy, source, alignments)
        + headed_document_credits(copy, source, alignments)
        + firm_releases(copy, source, alignments)
        + titled_offices(copy, source, alignments)
        + statements_written_from(copy, source, alignments)
    )
    return tuple(without_overlaps(kept + second_credits(text, kept, copy.article.outlet)))
