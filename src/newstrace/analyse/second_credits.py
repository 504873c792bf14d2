"""Second credits: a shorter mention of the organisation or person whose document a copy
has already credited in full.

A story written from a press release names its issuer in full once ("according to a
statement from the Harlow Ridge Police Department") and then, as any reader follows it,
more briefly: "the department said", "according to the release", or "According to
Tallis" for the lawmaker whose statement it credited.  The development set's annotators
count these as second credits of the same issuer (``eval/README.md``, from pr-70 on), as
"the report notes" is one of the outlet credited before it.
"""

from __future__ import annotations

import re

from newstrace.analyse.credits import NAME, PRONOUN_OFFICE, Credit, canonical_outlet
from newstrace.analyse.prose import sentence_start

# "the department said", "the office says": a public body named by the noun that heads it,
# as the speaker.  Only these two nouns: a department or an office is a public body whose
# statement is its document, and the annotation counts them (pr-70, pr-94, pr-95 …); "the
# company said" after "X said in a press release" it never does (none of 5 development
# pairs), a firm's "said" attributing its statements like a person's.
_BODY_SAID = re.compile(r"\b[Tt]he (?P<noun>department|office) (?:said|says)\b")
# "according to the release", "in the statement": the document credited before, named
# again by what it is.
_THE_DOCUMENT = re.compile(
    r"\b(?:[Aa]ccording to|[Ii]n) the (?:news |press |media )?(?:release|statement)\b"
)
# "According to Tallis, it draws 60,000 visitors": the words of a named person as the
# source of what the sentence says.
_ACCORDING_TO = re.compile(r"\b[Aa]ccording to " + NAME)
# "State Representative Owen Tallis said, " right before "according to a statement from
# his office": the person whose office the pronoun names.
_SPEAKER_BEFORE = re.compile(NAME + r",? (?:said|says|stated|added),? \Z")
_PRONOUN_OFFICE = re.compile(r"\A" + PRONOUN_OFFICE)


def _is_document(credit: Credit) -> bool:
    """Whether ``credit`` names an organisation or an office, not a news outlet."""
    return canonical_outlet(credit.outlet) is None


def _author(text: str, credit: Credit) -> str | None:
    """The person whose statement ``credit`` names, if a person's: "Ms Osei" of "Ms
    Osei's parliamentary office", the speaker just before "according to a statement from
    his office", the holder of the "Office of State Representative Owen Tallis"."""
    outlet = credit.outlet
    if "'s " in outlet:
        return outlet.split("'s ", 1)[0]
    if outlet.startswith("Office of "):
        return outlet.removeprefix("Office of ")
    if _PRONOUN_OFFICE.match(outlet):
        speaker = _SPEAKER_BEFORE.search(text[sentence_start(text, credit.start) : credit.start])
        return speaker.group("name") if speaker else None
    return None


def _names_another_body(text: str, noun: str, issuer: str) -> bool:
    """Whether ``text`` names a body headed by ``noun`` ("the Department of Natural
    Resources") other than ``issuer``: "the department" may then be either."""
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(issuer), text)]
    return any(
        not any(start <= m.start() < end for start, end in spans)
        for m in re.finditer(rf"\b{noun.capitalize()}\b", text)
    )


def second_credits(text: str, credits: list[Credit]) -> list[Credit]:
    """The second credits in ``text`` of the issuers of the documents among ``credits``
    (the copy's credits of its source, in reading order), each after its fuller credit.

    "The department said" is one of the department, office or service credited before it,
    unless the copy names another body that "the department" may be; "according to the
    release" is one of the issuer of the document credited before it; "According to
    Tallis" is one of the statement of the person it names, when the copy credited his
    statement (by his name or his office) before it.  A person merely quoted ("Tallis
    said") is a speaker, not a credit of a text.
    """
    documents = [c for c in credits if _is_document(c)]
    found = []
    for match in _BODY_SAID.finditer(text):
        noun = match.group("noun")
        earlier = [c for c in documents if c.end <= match.start()]
        if not earlier:
            continue
        issuer = earlier[-1].outlet
        # an office is a person's or a body's office; a department is no one's office
        if (noun == "office") != ("office" in issuer.lower()):
            continue
        if not _names_another_body(text, noun, issuer):
            found.append(Credit(match.start(), match.end(), issuer))
    for match in _THE_DOCUMENT.finditer(text):
        earlier = [c for c in documents if c.end <= match.start()]
        if earlier:
            found.append(Credit(match.start(), match.end(), earlier[-1].outlet))
    for match in _ACCORDING_TO.finditer(text):
        named = match.group("name").rstrip(".").split()
        for credit in reversed([c for c in documents if c.end <= match.start()]):
            author = _author(text, credit)
            if author and named[-1] == author.split()[-1] and set(named) <= set(author.split()):
                found.append(Credit(match.start(), match.end(), credit.outlet))
                break
    return found
