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
from functools import lru_cache

from newstrace.analyse.credits import NAME, NOT_NAMES, PRONOUN_OFFICE, Credit, canonical_outlet
from newstrace.analyse.prose import sentence_start
from newstrace.analyse.resources import ORGANISATION_HEADS, RELEASE_WORDS, STATEMENT_WORDS

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
# "Fire Chief Ronald Achterberg said in the statement", "she said in the release": a person
# speaking in the document, so the phrase attributes a quotation, as "Mr. Roe said in a
# statement" does, and credits no text; a body that "said in the statement" speaks by it.
_PERSON_SAID = re.compile(
    r"(?<![\w'.-])(?P<subject>[A-Z][\w'-]*|he|she),? (?:said|says|added|wrote) \Z"
)


# '"The fire is not suspicious," the department said', 'the service said: "Early signs
# ..."': a quotation of the body's words whole before its "said", or right after it.
_QUOTED_BEFORE = re.compile(r"\A[\"“].*[\"”],? \Z", re.DOTALL)
_QUOTED_AFTER = re.compile(r"[:,]? ?[\"“]")


def _tags_quotation(text: str, start: int, end: int) -> bool:
    """Whether the body's "said" at ``start``-``end`` tags a quotation, as "Fire Chief Ann
    Lee said" does: it names who spoke the quoted words, not the document the story's
    facts come from (the development set's writers never count it, pr-142, pr-166, pr-190,
    pr-202); "..., the department said" after facts the story restates credits it."""
    before = text[sentence_start(text, start) : start]
    return _QUOTED_BEFORE.match(before) is not None or _QUOTED_AFTER.match(text, end) is not None


def _person_said(text: str, start: int) -> bool:
    """Whether a person's verb of speech stands right before ``start``."""
    said = _PERSON_SAID.search(text[max(0, start - 60) : start])
    if said is None:
        return False
    subject = said.group("subject")
    return subject not in ORGANISATION_HEADS and subject not in ("It", "They", "We")


# "the cooperative said in a press release", "according to the district": a body named
# by the noun that heads its name ("Larkspur Dairy Cooperative", "the Kessler Valley Air
# Quality Management District"), as a reader follows the text that named it in full.  "In a
# release" makes the document the body's own, so the phrase credits it even as the first
# credit; "according to the district" credits only a body whose document was credited.
_HEAD_NOUN = "|".join(sorted(head.lower() for head in ORGANISATION_HEADS))
_HEAD_DOCUMENT = re.compile(
    rf"\b[Tt]he (?P<noun>{_HEAD_NOUN}) (?:said|says|announced|stated)(?: on \w+| \w+day)? "
    rf"in (?:a|an|its) (?:{RELEASE_WORDS}|{STATEMENT_WORDS})\b"
    # "according to a press release from the authority" (pr-89)
    rf"|\b(?:[Aa]ccording to|[Ii]n) (?:a|an) (?:{RELEASE_WORDS}|{STATEMENT_WORDS}) "
    rf"(?:(?:issued|released|sent) )?(?:from|by) the (?P<issuer>{_HEAD_NOUN})\b"
)
_ACCORDING_TO_HEAD = re.compile(rf"\b[Aa]ccording to the (?P<noun>{_HEAD_NOUN})\b")
# "the district said", "the authority says": the same body, named by its head noun as the
# speaker of its document, once the copy has credited that document in full ("according
# to a statement from the Kestrel Valley Fire District").  Only after such a credit: a
# firm's "the company said" before any credit of its release attributes its words like a
# person's (``_BODY_SAID``).
_HEAD_SAID = re.compile(rf"\b[Tt]he (?P<noun>{_HEAD_NOUN}) (?:said|says)\b")
# A body's name in full: capitalised words (with "of", "and" ...) before the noun heading it.
_BODY_WORDS = rf"(?<![\w'&-])(?:(?!{NOT_NAMES})[A-Z][\w&'-]* (?:(?:of|for|and|on|the|&) )*){{1,6}}"
# "According to Tallis, it draws 60,000 visitors": the words of a named person as the
# source of what the sentence says.
_ACCORDING_TO = re.compile(r"\b[Aa]ccording to " + NAME)
# "According to Brannock", "according to Carrow & Lindqvist": a body credited before,
# named by the first words of its name ("Brannock Glassworks", "Carrow & Lindqvist
# Furniture") as news style shortens a firm's.
_ACCORDING_TO_SHORT = re.compile(
    r"\b[Aa]ccording to (?P<name>[A-Z][\w'-]+(?: (?:& )?[A-Z][\w'-]+)*)(?![\w'&-])"
)
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
    his office", the holder of the "Office of State Representative Owen Tallis", the
    "Vasquez" of "Vasquez said in a statement"."""
    outlet = credit.outlet
    if "'s " in outlet:
        return outlet.split("'s ", 1)[0]
    if re.match(re.escape(outlet) + r",? (?:said|says|stated)\b", text[credit.start :]):
        return outlet  # "Vasquez said in a statement": its author, who speaks in it
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


@lru_cache(maxsize=64)  # one pattern per head noun, read for every credit of every copy
def _body_headed_by(noun: str) -> re.Pattern[str]:
    return re.compile(_BODY_WORDS + noun.capitalize() + r"\b")


def _bodies_headed(text: str, noun: str) -> set[str]:
    """The bodies ``text`` names in full whose names end in ``noun`` ("district")."""
    return {m.group().removesuffix("'s") for m in _body_headed_by(noun).finditer(text)}


def _headed_issuer(text: str, noun: str, own_outlet: str | None) -> str | None:
    """The one body ``text`` names before ``noun`` heads it, and it alone: with two
    ("the Democratic National Committee", "the Republican National Committee"), "the
    committee" may be either; a news outlet ("Tribune Company") or the text's own outlet
    is no issuer of a document the story credits."""
    bodies = _bodies_headed(text, noun)
    if len(bodies) != 1:
        return None
    (body,) = bodies
    if body.split().count(noun.capitalize()) > 1:  # "X Cooperative and Y Cooperative"
        return None
    if canonical_outlet(body) is not None or body == own_outlet:
        return None
    return body


def headed_documents(text: str, own_outlet: str | None = None) -> list[Credit]:
    """Credits in ``text`` of a body's release or statement by the noun that heads its
    name, "the cooperative said in a press release", "according to a press release from
    the authority", after the text named it in full."""
    found = []
    for match in _HEAD_DOCUMENT.finditer(text):
        noun = match.group("noun") or match.group("issuer")
        issuer = _headed_issuer(text[: match.start()], noun, own_outlet)
        if issuer:
            found.append(Credit(match.start(), match.end(), issuer))
    return found


def _shortened_body(text: str, match: re.Match[str], documents: list[Credit]) -> str | None:
    """The body credited last before ``match`` ("according to Brannock") if the words it
    names open that body's name and leave some off ("Brannock Glassworks"); a person's
    statement is :func:`_author`'s to read ("according to Tallis")."""
    earlier = [c for c in documents if c.end <= match.start()]
    if not earlier or _author(text, earlier[-1]) is not None:
        return None
    named, body = match.group("name").split(), earlier[-1].outlet.split()
    return earlier[-1].outlet if len(named) < len(body) and body[: len(named)] == named else None


def second_credits(text: str, credits: list[Credit], own_outlet: str | None = None) -> list[Credit]:
    """The second credits in ``text`` of the issuers of the documents among ``credits``
    (the copy's credits of its source, in reading order), each after its fuller credit.

    "The department said" is one of the department, office or service credited before it,
    unless the copy names another body that "the department" may be; "according to the
    release" is one of the issuer of the document credited before it (not "the chief
    said in the statement", a person's words quoted from it); "According to
    Tallis" is one of the statement of the person it names, when the copy credited his
    statement (by his name or his office) before it; "according to the district" is one of
    the body credited before it whose name "District" heads, the only such body the copy
    names (``own_outlet``, the copy's own outlet, is none).  A person merely quoted
    ("Tallis said") is a speaker, not a credit of a text.
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
        if _tags_quotation(text, match.start(), match.end()):
            continue
        if not _names_another_body(text, noun, issuer):
            found.append(Credit(match.start(), match.end(), issuer))
    for match in _THE_DOCUMENT.finditer(text):
        earlier = [c for c in documents if c.end <= match.start()]
        if earlier and not _person_said(text, match.start()):
            found.append(Credit(match.start(), match.end(), earlier[-1].outlet))
    for match in _ACCORDING_TO_HEAD.finditer(text):
        noun = match.group("noun")
        issuers = [c.outlet for c in documents if c.end <= match.start()]
        if issuers and issuers[-1] == _headed_issuer(text, noun, own_outlet):
            found.append(Credit(match.start(), match.end(), issuers[-1]))
    for match in _HEAD_SAID.finditer(text):
        noun = match.group("noun")
        if noun in ("department", "office"):
            continue  # read by ``_BODY_SAID`` above
        issuers = [c.outlet for c in documents if c.end <= match.start()]
        if (
            issuers
            and issuers[-1] == _headed_issuer(text, noun, own_outlet)
            and not _names_another_body(text, noun, issuers[-1])
            and not _tags_quotation(text, match.start(), match.end())
        ):
            found.append(Credit(match.start(), match.end(), issuers[-1]))
    for match in _ACCORDING_TO_SHORT.finditer(text):
        body = _shortened_body(text, match, documents)
        if body is not None:
            found.append(Credit(match.start(), match.end(), body))
    for match in _ACCORDING_TO.finditer(text):
        named = match.group("name").rstrip(".").split()
        for credit in reversed([c for c in documents if c.end <= match.start()]):
            author = _author(text, credit)
            if author and named[-1] == author.split()[-1] and set(named) <= set(author.split()):
                found.append(Credit(match.start(), match.end(), credit.outlet))
                break
    return found
