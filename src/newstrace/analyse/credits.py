"""Credits: the phrases in which a text names the outlet, agency or organisation its story
came from.

Outlets and agencies: ``according to the New York Times``, ``the Times reported``,
``HuffPost said, citing Politico``, ``first reported by Politico``, ``told Fox News``,
``(Reuters)``, ``AP contributed to this report``; and ``the report notes``, which points back
to the outlet credited before it.  An organisation's own documents: ``according to a press
release from Marlow Valley Creamery``, ``the County Health Department said in a news
release``, ``said in a statement issued by her office``.  Outlet names are folded to one
canonical name each.

A phrase naming the text's own outlet (its record's ``outlet``, or the agency of its dateline,
``NEW YORK (Reuters) -``) credits no other source.  :func:`credits_of_source` also leaves out
the citations a copy merely carries over from its source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from newstrace.analyse.resources import (
    JURISDICTION_WORDS,
    ORGANISATION_HEADS,
    OUTLET_ALIASES,
    OUTLET_SPEECH_VERBS,
    PERSON_LIKE_OUTLETS,
    RELEASE_WORDS,
    REPORTING_VERBS,
    SPEECH_VERBS,
    STATEMENT_WORDS,
)
from newstrace.model import Alignment
from newstrace.segment.document import Document

# A capitalised word or abbreviation ("Sen.", "U.S."), and a name of up to five of them
# ("New York Times", "Fox News"); a longer word ending in a full stop ends its sentence.
_CAP = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.|[A-Z][\w&'-]*)"
_NAME = rf"(?P<name>{_CAP}(?: {_CAP}){{0,4}})"
_REPORTING = r"(?:(?:first|has|had) )?(?:" + "|".join(REPORTING_VERBS) + r")|is reporting"
# A name followed by one of these must be an outlet from its first word ("Politico
# Playbook reported") ...
_OUTLET_PATTERNS = [
    re.compile(
        r"[Aa]ccording to (?:(?:a|an|the) (?:report|story|article|interview|investigation|"
        r"analysis) (?:by|in|from|with) )?(?:the )?" + _NAME
    ),
    re.compile(r"(?:first )?reported (?:by|in) (?:the )?" + _NAME),
    re.compile(r"(?:[Tt]he )?" + _NAME + rf" (?:{_REPORTING})\b"),
    re.compile(r"\b(?:told|in an interview with) (?:the )?" + _NAME),
    re.compile(r"(?:[Tt]he )?" + _NAME + r" contributed (?:to this (?:report|story)|reporting)"),
]
# ... and before a verb of speech, an outlet as a whole: "BuzzFeed editor Ben Smith said"
# quotes a person.
_SPEECH = re.compile(r"(?:[Tt]he )?" + _NAME + r" (?:" + "|".join(OUTLET_SPEECH_VERBS) + r")\b")
# A wire credit in brackets, "(AFP)": the whole bracket must name a known agency.
_BRACKETED = re.compile(r"\((?P<name>[A-Z][\w.&' -]{1,40})\)")
# "NEW YORK (Reuters) -", "(CNN) -": the agency whose story the text is, at its very start.
_DATELINE = re.compile(r"\A\s*(?:[A-Z][^()\n]{0,60}?)?\((?P<name>[^()\n]{1,40})\)\s*-")
# "the report notes", "the HuffPost report notes": the outlet it names, else the one
# credited before it.
_BACK_REFERENCE = re.compile(
    rf"\b[Tt]he (?:{_NAME} )?(?:report|article|story|paper|newspaper|piece) "
    r"(?:notes|noted|says|said|reports|reported|adds|added)\b"
)

# Capitalised words that open a sentence rather than continue a name.
_NOT_NAMES = r"(?:The|A|An|In|It|He|She|They|We|I|But|And|This|That|On|At)\b"
# "did not respond to The Huffington Post's request for comment", "a HuffPost request for
# comment": an outlet names itself so in its own reporting.
_OWN_REQUEST = re.compile(_NAME + r"(?:'s|')? requests? for comment")
# An organisation, or a person's office: "Bramwell County Public Health", "the Ministry of
# Defence", "Sen. Dana Whitfield's office".
_ORGANISATION = (
    # "state Rep. Dolores Fairweather", "former Sen. Ann Lee": a lower-case word may open
    # a person's title
    # the office of a person or body: "the office of local MPP Rachel Tremblay-Hart"
    r"(?:(?:the )?office of )?"
    rf"(?:the )?(?:(?:{JURISDICTION_WORDS}) |[a-z]+ (?=[A-Z][a-z]{{0,3}}\. [A-Z]))?"
    rf"{_CAP}(?:(?: (?:of|for|and|on|the))* (?!{_NOT_NAMES}){_CAP}){{0,6}}"
    r"(?:(?<='s) (?:press |campaign |parliamentary |constituency )?"
    r"(?:office|campaign|team|spokesman|spokeswoman|spokesperson))?"
)
# "her office", "his Senate office", "their campaign office": a person's office, named by
# its holder's pronoun.
_PRONOUN_OFFICE = r"(?:her|his|their|its) (?:[\w-]+ ){0,2}office\b"
_DOCUMENT_PATTERNS = [
    # "according to a press release from Marlow Valley Creamery"
    re.compile(
        rf"(?:[Aa]ccording to|[Ii]n) (?:a|an|the) (?:{STATEMENT_WORDS}|{RELEASE_WORDS})"
        rf"(?: (?:issued|released|put out|published|sent))? (?:from|by) (?P<org>{_ORGANISATION})"
    ),
    # "according to a statement from her office": an office named by its holder's pronoun
    # issues a document as surely as one named in full ("her" is whoever the sentence is
    # about, so the office keeps the pronoun)
    re.compile(
        rf"(?:[Aa]ccording to|[Ii]n) (?:a|an|the) (?:{STATEMENT_WORDS}|{RELEASE_WORDS})"
        rf"(?: (?:issued|released|put out|published|sent))? (?:from|by) (?P<org>{_PRONOUN_OFFICE})"
    ),
    # "a statement released by Ms Maclachlan's office said": the document as the speaker
    re.compile(
        rf"\b(?:a|an|the) (?:{STATEMENT_WORDS}|{RELEASE_WORDS})"
        rf" (?:issued|released|put out|published|sent) (?:from|by) (?P<org>{_ORGANISATION})"
        r"(?= (?:said|says|stated|read|reads|added)\b)"
    ),
    # "Bramwell County Public Health said in a news release"
    re.compile(
        rf"(?P<org>{_ORGANISATION}) (?:said|says|announced|stated|confirmed|reported)"
        rf"(?: on \w+| \w+day)? in (?:a|an|its) (?:{RELEASE_WORDS})"
    ),
]
# "the Northmoor Fire and Rescue Service said in a statement": a statement an organisation
# (a name ending in one of ORGANISATION_HEADS) issues, as a release is.
_ORGANISATION_STATEMENT = re.compile(
    rf"(?P<org>{_ORGANISATION}) (?:said|says|stated)(?: on \w+| \w+day)? in (?:a|an|its) "
    rf"{STATEMENT_WORDS}\b"
)
# "Ms Osei said in a statement issued by her parliamentary office": the statement's issuer is
# named, so the statement is a document, not just how a quotation is attributed.  "A
# statement from her office" names its issuer as plainly without the participle; there the
# issuer must be an office (a bare "from" may give a place: "in a statement from London").
# The subject is a name, not a pronoun ("She said in a statement ...").
_ISSUED_STATEMENT = re.compile(
    rf"(?:(?!{_NOT_NAMES})(?P<subject>{_CAP}(?: {_CAP}){{0,3}}) )?(?:said|says|stated) (?:\w+ )?"
    rf"in (?:a|an) {STATEMENT_WORDS} (?:(?:issued|released|put out|published|sent(?: out)?) "
    rf"(?:by|from|through) (?:(?P<office>{_PRONOUN_OFFICE})|(?P<org>{_ORGANISATION}))"
    rf"|from (?P<own_office>{_PRONOUN_OFFICE}))"
)


@dataclass(frozen=True, slots=True)
class Credit:
    """A credit in a normalised text: the phrase's range and the outlet it names."""

    start: int
    end: int
    outlet: str


# Each outlet's canonical name and short forms, lower case, to its canonical name.
_OUTLET_NAMES = {
    name: canonical
    for canonical, aliases in OUTLET_ALIASES.items()
    for name in (canonical.lower(), *aliases)
}


def canonical_outlet(name: str | None) -> str | None:
    """The canonical name of an outlet mentioned as ``name``, or None if it is not known."""
    if not name:
        return None
    folded = name.lower().strip(" .").removesuffix("'s").rstrip("'")
    return _OUTLET_NAMES.get(folded) or _OUTLET_NAMES.get(folded.removeprefix("the "))


def _longest_known_prefix(name: str) -> tuple[str, int] | None:
    """The outlet named by the longest known prefix of ``name``, and that prefix's length."""
    words = name.split()
    for size in range(len(words), 0, -1):
        prefix = " ".join(words[:size])
        outlet = canonical_outlet(prefix)
        if outlet:
            return outlet, len(prefix.rstrip("."))
    return None


def _outlet_credits(text: str) -> list[Credit]:
    found = []
    for pattern in _OUTLET_PATTERNS:
        for match in pattern.finditer(text):
            known = _longest_known_prefix(match.group("name"))
            if known:
                outlet, length = known
                end = max(match.end(), match.start("name") + length)
                if match.end("name") == match.end():
                    end = match.start("name") + length
                found.append(Credit(match.start(), end, outlet))
    for whole in (_SPEECH, _BRACKETED):  # the name as a whole must be an outlet's
        for match in whole.finditer(text):
            named = canonical_outlet(match.group("name"))
            if named and match.group("name").lower() not in PERSON_LIKE_OUTLETS:
                found.append(Credit(match.start(), match.end(), named))
    return found


# Abbreviations that end an organisation's or a person's name with their full stop.
_NAME_ABBREVIATIONS = frozenset({"Inc.", "Co.", "Corp.", "Ltd.", "Jr.", "Sr."})


def _organisation(name: str) -> str:
    """The name without its article, nor the full stop of a sentence it ends ("Ann Lee.")."""
    if name.endswith(".") and name.split()[-1] not in _NAME_ABBREVIATIONS:
        name = name[:-1]
    return name[4:] if name.lower().startswith("the ") else name


def _document_credits(text: str) -> list[Credit]:
    found = []
    for pattern in _DOCUMENT_PATTERNS:
        for match in pattern.finditer(text):
            found.append(Credit(match.start(), match.end(), _organisation(match.group("org"))))
    for match in _ORGANISATION_STATEMENT.finditer(text):
        if match.group("org").split()[-1] in ORGANISATION_HEADS:
            found.append(Credit(match.start(), match.end(), _organisation(match.group("org"))))
    for match in _ISSUED_STATEMENT.finditer(text):
        subject, org = match.group("subject"), match.group("org")
        office = match.group("office") or match.group("own_office")
        if org:
            issuer = _organisation(org)
        elif subject:  # "Ms Osei's parliamentary office"
            issuer = f"{subject}'s {office.split(' ', 1)[1]}"
        else:
            issuer = office
        found.append(Credit(match.start(), match.end(), issuer))
    return found


def _back_references(text: str, found: list[Credit]) -> list[Credit]:
    references = []
    for match in _BACK_REFERENCE.finditer(text):
        if match.group("name"):
            known = _longest_known_prefix(match.group("name"))
            outlet = known[0] if known else None
        else:
            earlier = [c for c in found if c.end <= match.start()]
            outlet = earlier[-1].outlet if earlier else None
        if outlet:
            references.append(Credit(match.start(), match.end(), outlet))
    return references


def dateline_agency(text: str) -> str | None:
    """The agency named in the dateline that opens ``text`` ("WASHINGTON (AP) -"), if any."""
    match = _DATELINE.match(text)
    return canonical_outlet(match.group("name")) if match else None


def _without_overlaps(credits: Iterable[Credit]) -> list[Credit]:
    """Credits in reading order, each phrase once: of two that overlap, the first, longest."""
    kept: list[Credit] = []
    for credit in sorted(credits, key=lambda c: (c.start, -c.end)):
        if not kept or credit.start >= kept[-1].end:
            kept.append(credit)
    return kept


@lru_cache(maxsize=1_024)  # a text is read for credits several times per comparison
def _all_credits(text: str) -> tuple[Credit, ...]:
    """Every credit phrase of ``text``, its own outlet's too, in reading order: read once
    per text, whichever outlet it is then read as being by."""
    found = _outlet_credits(text) + _document_credits(text)
    found.sort(key=lambda credit: credit.start)
    return tuple(_without_overlaps(found + _back_references(text, found)))


def find_credits(text: str, own_outlet: str | None = None) -> tuple[Credit, ...]:
    """Every credit in ``text`` to an outlet, agency or organisation, in reading order.

    ``own_outlet`` is the text's own outlet (a record's ``outlet``): a phrase naming it
    ("told the Guardian" in the Guardian) credits no other source.  Nor does a phrase
    naming the agency of the text's dateline ("a spokesman told Reuters" after
    "LONDON (Reuters) -"), whose own story the text is; the dateline itself credits that
    agency unless it is ``own_outlet``.
    """
    own = canonical_outlet(own_outlet) or own_outlet
    dateline = _DATELINE.match(text)
    agency = canonical_outlet(dateline.group("name")) if dateline else None

    def credits_another(credit: Credit) -> bool:
        if credit.outlet == own:
            return False
        if dateline is not None and credit.outlet == agency:
            return credit.start < dateline.end()  # the dateline itself
        return True

    return tuple(credit for credit in _all_credits(text) if credits_another(credit))


def credited_outlets(text: str, own_outlet: str | None = None) -> list[str]:
    """Names of the outlets and organisations ``text`` credits, in order of first mention."""
    outlets: list[str] = []
    for credit in find_credits(text, own_outlet):
        if credit.outlet not in outlets:
            outlets.append(credit.outlet)
    return outlets


def named_outlets(text: str) -> set[str]:
    """Every known outlet ``text`` names, in any phrase: "speaking on ABC News", "first
    telling CNN" name the outlet as surely as "told CNN" credits it."""
    named = set()
    for match in re.finditer(_NAME, text):
        words = match.group("name").split()
        for first in range(len(words)):
            rest = " ".join(words[first:])
            known = _longest_known_prefix(rest)
            if known and rest[: known[1]].lower() not in PERSON_LIKE_OUTLETS:
                named.add(known[0])
    return named


def _sentence_of(doc: Document, position: int) -> int:
    return next(
        (k for k, bounds in enumerate(doc.ranges) if bounds.start <= position < bounds.end), -1
    )


def _own_outlets(doc: Document) -> set[str | None]:
    """The outlets ``doc`` is known to be by: its record's, its dateline's agency's, and
    the one whose requests for comment it reports."""
    text = doc.normalised.text
    own = {canonical_outlet(doc.article.outlet), dateline_agency(text)}
    for match in _OWN_REQUEST.finditer(text):
        known = _longest_known_prefix(match.group("name"))
        own.add(known[0] if known else None)
    return own | _own_interviews(text)


# "Whitman told HuffPost", "in an interview with Fox News": how an outlet reports the
# interviews it did itself.
_INTERVIEWED = re.compile(r"\b(?:told|in an interview with) (?:the )?" + _NAME)


def is_interview(text: str, credit: Credit) -> bool:
    """Whether ``credit`` names an outlet someone spoke to ("told Fox News", "in an
    interview with the Times") rather than one whose report the text cites."""
    return _INTERVIEWED.match(text, credit.start) is not None


def _own_interviews(text: str) -> set[str | None]:
    """An outlet ``text`` says people spoke to twice or more and never cites for a report
    of its own ("X reported", "according to X"): the interviews are the text's own."""
    told: dict[str, int] = {}
    for match in _INTERVIEWED.finditer(text):
        known = _longest_known_prefix(match.group("name"))
        if known:
            told[known[0]] = told.get(known[0], 0) + 1
    interviews = {c.start for c in _all_credits(text) if is_interview(text, c)}
    cited = {c.outlet for c in _all_credits(text) if c.start not in interviews}
    return {outlet for outlet, n in told.items() if n >= 2 and outlet not in cited}


# A sentence that reports an interview: "Rice said in an interview on PBS", "told CNBC".
_REPORTS_INTERVIEW = re.compile(r"\bin an interview\b")


# "followed an article in The Daily Caller", "a report by Fox News": a piece the sentence
# names its outlet as the author of, cited without a verb of reporting.
_PIECE_BY = re.compile(
    r"\b(?:an?|the) (?:article|report|story|piece|column) (?:in|by|from) (?:the )?" + _NAME
)


def _reported_outlets(sentence: str) -> set[str]:
    """The outlets ``sentence`` credits for a report of theirs, not for an interview, or
    names as a piece's author: a source that says its story "followed an article in The
    Daily Caller" cites that outlet's report as surely as "The Daily Caller reported"."""
    pieces = {
        known[0]
        for match in _PIECE_BY.finditer(sentence)
        if (known := _longest_known_prefix(match.group("name")))
    }
    return pieces | {
        credit.outlet
        for credit in find_credits(sentence)
        if not _INTERVIEWED.match(sentence, credit.start)
    }


def _carried(text: str, credit: Credit, partners: list[str]) -> bool:
    """Whether ``credit`` of the copy ``text`` repeats a citation of its ``partners``, the
    source sentences aligned to its sentence.

    An interview the copy reports ("told CNN") is carried over when a partner names the
    outlet in any words ("first telling CNN", "speaking on CNN"), or reports an interview
    itself, whichever outlet it names: the copy that writes "told CNN" for the source's
    "told CNBC" changed a fact of the citation, it did not credit a source.  A report the
    copy credits ("HuffPost said", "first reported by HuffPost") is carried over only when
    a partner credits that outlet's report too: a partner's "officials told HuffPost" is
    the interview the source did itself, and the copy's report credit names the source.
    """
    if _INTERVIEWED.match(text, credit.start):
        return any(
            credit.outlet in named_outlets(partner)
            or _REPORTS_INTERVIEW.search(partner)
            or any(_longest_known_prefix(m.group("name")) for m in _INTERVIEWED.finditer(partner))
            for partner in partners
        )
    return any(credit.outlet in _reported_outlets(partner) for partner in partners)


def _pointed_to(source: Document, linked: set[int]) -> set[int]:
    """The sentence before each of ``linked`` that points back to a piece without naming
    its outlet ("The article said ..."): the piece is the one that sentence names ("...
    followed an article in The Daily Caller."), and its citation is the partner's too."""
    return {
        j - 1
        for j in linked
        if j > 0
        and any(not m.group("name") for m in _BACK_REFERENCE.finditer(source.sentences[j].text))
    }


def _relayed(text: str, credit: Credit, partners: list[str]) -> str | None:
    """The outlet an unnamed back reference of the copy ("the paper reports") stands for
    when its partners credit another outlet's report: the copy relays the citation of the
    source's sentence ("the Washington Post reported"), and the paper is the one cited
    there, not the outlet the copy credited before."""
    match = _BACK_REFERENCE.match(text, credit.start)
    if match is None or match.group("name"):
        return None
    cited = [outlet for partner in partners for outlet in sorted(_reported_outlets(partner))]
    return cited[0] if cited and credit.outlet not in cited else None


# "Severnshire Police said officers stopped a van": an organisation named as a speaker (a
# name opens after a word that opens sentences or a weekday: "On Sunday Severnshire Police").
_ORGANISATION_SPEAKS = re.compile(
    rf"(?<![\w'.-])(?!{_NOT_NAMES}|\w+day\b)(?P<org>{_ORGANISATION}) "
    r"(?:said|says|announced|stated|confirmed)\b"
)
# What attributes a sentence's words to someone: a verb of speech, "according to".
_ATTRIBUTED = re.compile(r"\b(?:" + "|".join(sorted(SPEECH_VERBS)) + r"|according to)\b", re.I)


def _in_own_voice(doc: Document, index: int) -> bool:
    """Whether sentence ``index`` of ``doc`` states what it says in the text's own voice:
    no verb of speech nor "according to" outside its quotations."""
    bounds, text = doc.ranges[index], doc.normalised.text
    plain, at = [], bounds.start
    for start, end in doc.quoted_regions:
        if start < bounds.end and end > at:
            plain.append(text[at : max(at, start)])
            at = min(max(at, end), bounds.end)
    plain.append(text[at : bounds.end])
    return not any(_ATTRIBUTED.search(piece) for piece in plain)


def _speaking_organisations(
    copy: Document, source: Document, alignments: list[Alignment]
) -> list[Credit]:
    """A named organisation the copy gives as the speaker of what its source says in its
    own voice: the source is that organisation's document (a police appeal, a council's
    notice), and "Severnshire Police said" credits it as "said in a news release" would.
    The name must be an organisation's in full, a word of its own before the noun that
    heads it ("Police" alone, "the department", is any force or any department), and every
    aligned source sentence must be unattributed: where the source says "police said", the
    copy's "police said" carries that attribution over."""
    text = copy.normalised.text
    found = []
    for match in _ORGANISATION_SPEAKS.finditer(text):
        name = _organisation(match.group("org"))
        if len(name.split()) < 2 or name.split()[-1] not in ORGANISATION_HEADS:
            continue
        index = _sentence_of(copy, match.start())
        linked = {j for x in alignments if index in x.a_sentences for j in x.b_sentences}
        if linked and all(_in_own_voice(source, j) for j in linked):
            found.append(Credit(match.start(), match.end(), name))
    return found


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
    News ..." in a copy that says, of another passage, "Fox News reported").  A named
    organisation the copy gives as the speaker of the source's own words credits it too
    (:func:`_speaking_organisations`).

    An interview the copy reports and does not carry over ("X told CNN") says where X
    spoke, not where the copy's story came from: it credits the source only when the
    outlet is one of those, as the development set's annotators read it.
    """
    text = copy.normalised.text
    found = list(find_credits(text, copy.article.outlet))
    carried = set()
    for n, credit in enumerate(found):
        index = _sentence_of(copy, credit.start)
        linked = {j for x in alignments if index in x.a_sentences for j in x.b_sentences}
        partners = [source.sentences[j].text for j in sorted(linked | _pointed_to(source, linked))]
        relayed = _relayed(text, credit, partners)
        if relayed:  # the partner's citation, so carried over
            found[n] = credit = Credit(credit.start, credit.end, relayed)
        if _carried(text, credit, partners):
            carried.add(credit)
    interviews = {credit for credit in found if _INTERVIEWED.match(text, credit.start)}
    borrowed = carried | interviews
    own = _own_outlets(source) | {credit.outlet for credit in found if credit not in borrowed}
    kept = [credit for credit in found if credit not in borrowed or credit.outlet in own]
    return tuple(_without_overlaps(kept + _speaking_organisations(copy, source, alignments)))
