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
``NEW YORK (Reuters) -``) credits no other source.  This module reads one text alone;
``source_credits.py`` reads a copy beside its source, to tell which of its credits name
where its story came from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from newstrace.analyse.people import People
from newstrace.analyse.resources import (
    JURISDICTION_WORDS,
    ORGANISATION_HEADS,
    OUTLET_ALIASES,
    OUTLET_SPEECH_VERBS,
    PERSON_LIKE_OUTLETS,
    RELEASE_WORDS,
    REPORTING_VERBS,
    STATEMENT_WORDS,
)

# A capitalised word or abbreviation ("Sen.", "U.S."), and a name of up to five of them
# ("New York Times", "Fox News"); a longer word ending in a full stop ends its sentence.
_CAP = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.|[A-Z][\w&'-]*)"
NAME = rf"(?P<name>{_CAP}(?: {_CAP}){{0,4}})"
_REPORTING = r"(?:(?:first|has|had) )?(?:" + "|".join(REPORTING_VERBS) + r")|is reporting"
# A name followed by one of these must be an outlet from its first word ("Politico
# Playbook reported") ...
_OUTLET_PATTERNS = [
    re.compile(
        r"[Aa]ccording to (?:(?:a|an|the) (?:report|story|article|interview|investigation|"
        r"analysis) (?:by|in|from|with) )?(?:the )?" + NAME
    ),
    re.compile(r"(?:first )?reported (?:by|in) (?:the )?" + NAME),
    re.compile(r"(?:[Tt]he )?" + NAME + rf" (?:{_REPORTING})\b"),
    re.compile(r"\b(?:told|in an interview with) (?:the )?" + NAME),
    re.compile(r"(?:[Tt]he )?" + NAME + r" contributed (?:to this (?:report|story)|reporting)"),
]
# ... and before a verb of speech, an outlet as a whole: "BuzzFeed editor Ben Smith said"
# quotes a person.
_SPEECH = re.compile(r"(?:[Tt]he )?" + NAME + r" (?:" + "|".join(OUTLET_SPEECH_VERBS) + r")\b")
# A wire credit in brackets, "(AFP)": the whole bracket must name a known agency.
_BRACKETED = re.compile(r"\((?P<name>[A-Z][\w.&' -]{1,40})\)")
# "NEW YORK (Reuters) -", "(CNN) -": the agency whose story the text is, at its very start.
_DATELINE = re.compile(r"\A\s*(?:[A-Z][^()\n]{0,60}?)?\((?P<name>[^()\n]{1,40})\)\s*-")
# "the report notes", "the HuffPost report notes": the outlet it names, else the one
# credited before it.  "Added" with an object is no speech: "the report added another jolt
# to a chaotic week", "added to the pressure" tell what the report did, not what it says.
BACK_REFERENCE = re.compile(
    rf"\b[Tt]he (?:{NAME} )?(?:report|article|story|paper|newspaper|piece) "
    r"(?:notes|noted|says|said|reports|reported|"
    r"(?:adds|added)(?! (?:a|an|another|the|new|fresh|more|to|fuel|weight|up)\b))\b"
)

# Capitalised words that open a sentence rather than continue a name.
NOT_NAMES = r"(?:The|A|An|In|It|He|She|They|We|I|But|And|This|That|On|At)\b"
# "did not respond to The Huffington Post's request for comment", "a HuffPost request for
# comment": an outlet names itself so in its own reporting.
OWN_REQUEST = re.compile(NAME + r"(?:'s|')? requests? for comment")
# An organisation, or a person's office: "Bramwell County Public Health", "the Ministry of
# Defence", "Sen. Dana Whitfield's office".
ORGANISATION = (
    # "state Rep. Dolores Fairweather", "former Sen. Ann Lee": a lower-case word may open
    # a person's title
    # the office of a person or body: "the office of local MPP Rachel Tremblay-Hart"
    r"(?:(?:the )?office of )?"
    # "the state Office of ...", "the city's Office of Labor Standards Enforcement"
    rf"(?:the )?(?:(?:{JURISDICTION_WORDS})(?:'s)? |[a-z]+ (?=[A-Z][a-z]{{0,3}}\. [A-Z]))?"
    rf"{_CAP}(?:(?: (?:of|for|and|on|the))* (?!{NOT_NAMES}){_CAP}){{0,6}}"
    r"(?:(?<='s) (?:press |campaign |parliamentary |constituency )?"
    r"(?:office|campaign|team|spokesman|spokeswoman|spokesperson))?"
)
# "her office", "his Senate office", "their campaign office": a person's office, named by
# its holder's pronoun (``second_credits.py`` reads it to find that holder).
PRONOUN_OFFICE = r"(?:her|his|their|its) (?:[\w-]+ ){0,2}office\b"
_DOCUMENT_PATTERNS = [
    # "according to a press release from Marlow Valley Creamery"
    re.compile(
        rf"(?:[Aa]ccording to|[Ii]n) (?:a|an|the) (?:{STATEMENT_WORDS}|{RELEASE_WORDS})"
        rf"(?: (?:issued|released|put out|published|sent))? (?:from|by) (?P<org>{ORGANISATION})"
    ),
    # "according to a statement from her office": an office named by its holder's pronoun
    # issues a document as surely as one named in full ("her" is whoever the sentence is
    # about, so the office keeps the pronoun)
    re.compile(
        rf"(?:[Aa]ccording to|[Ii]n) (?:a|an|the) (?:{STATEMENT_WORDS}|{RELEASE_WORDS})"
        rf"(?: (?:issued|released|put out|published|sent))? (?:from|by) (?P<org>{PRONOUN_OFFICE})"
    ),
    # "a statement released by Ms Maclachlan's office said": the document as the speaker
    re.compile(
        rf"\b(?:a|an|the) (?:{STATEMENT_WORDS}|{RELEASE_WORDS})"
        rf" (?:issued|released|put out|published|sent) (?:from|by) (?P<org>{ORGANISATION})"
        r"(?= (?:said|says|stated|read|reads|added)\b)"
    ),
    # "Bramwell County Public Health said in a news release"
    re.compile(
        rf"(?P<org>{ORGANISATION}) (?:said|says|announced|stated|confirmed|reported)"
        rf"(?: on \w+| \w+day)? in (?:a|an|its) (?:{RELEASE_WORDS})"
    ),
]
# "the Northmoor Fire and Rescue Service said in a statement": a statement an organisation
# (a name ending in one of ORGANISATION_HEADS) issues, as a release is.
_ORGANISATION_STATEMENT = re.compile(
    rf"(?P<org>{ORGANISATION}) (?:said|says|stated)(?: on \w+| \w+day)? in (?:a|an|its) "
    rf"{STATEMENT_WORDS}\b"
)
# "Ms Osei said in a statement issued by her parliamentary office": the statement's issuer is
# named, so the statement is a document, not just how a quotation is attributed.  "A
# statement from her office" names its issuer as plainly without the participle; there the
# issuer must be an office (a bare "from" may give a place: "in a statement from London").
# The subject is a name, not a pronoun ("She said in a statement ...").
_ISSUED_STATEMENT = re.compile(
    rf"(?:(?!{NOT_NAMES})(?P<subject>{_CAP}(?: {_CAP}){{0,3}}) )?(?:said|says|stated) (?:\w+ )?"
    rf"in (?:a|an) {STATEMENT_WORDS} (?:(?:issued|released|put out|published|sent(?: out)?) "
    rf"(?:by|from|through) (?:(?P<office>{PRONOUN_OFFICE})|(?P<org>{ORGANISATION}))"
    rf"|from (?P<own_office>{PRONOUN_OFFICE}))"
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


def longest_known_prefix(name: str) -> tuple[str, int] | None:
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
            known = longest_known_prefix(match.group("name"))
            if known and not _a_surname(text, match.group("name")[: known[1]]):
                outlet, length = known
                end = max(match.end(), match.start("name") + length)
                if match.end("name") == match.end():
                    end = match.start("name") + length
                found.append(Credit(match.start(), end, outlet))
    for whole in (_SPEECH, _BRACKETED):  # the name as a whole must be an outlet's
        for match in whole.finditer(text):
            named = canonical_outlet(match.group("name"))
            if named and not _a_person(text, match.group("name"), whole is _SPEECH):
                found.append(Credit(match.start(), match.end(), named))
    return found


def _a_person(text: str, name: str, speaks: bool) -> bool:
    """Whether an outlet's name before a verb of speech is a person's: "Fox said" is
    Vicente Fox, "Bloomberg said" Michael Bloomberg; so is any one word the text gives a
    person as a surname ("conservative publisher Andrew Breitbart", then "Breitbart
    said"), a name the outlet shares with its founder."""
    folded = name.lower()
    if folded in PERSON_LIKE_OUTLETS:
        return True
    return speaks and _a_surname(text, name)


def _a_surname(text: str, name: str) -> bool:
    """Whether a bare one-word outlet's name is a surname the text gives a person: in a text
    about "Vicente Fox", "Trump told Fox to stop lying" names the man, not Fox News (rw-440,
    rw-440b, where an interview credit was read).  A name of two words ("Fox News") is
    the outlet's, whoever else the text names."""
    return " " not in name and name.lower() in _surnames(text)


@lru_cache(maxsize=256)
def _surnames(text: str) -> frozenset[str]:
    """The surnames ``text`` gives people with a given name: found once per text, however
    many outlets' names stand before a verb of speech in it."""
    return frozenset(p.key for _, p in People(text).mentions if p.given)


# Abbreviations that end an organisation's or a person's name with their full stop.
_NAME_ABBREVIATIONS = frozenset({"Inc.", "Co.", "Corp.", "Ltd.", "Jr.", "Sr."})


def organisation_name(name: str) -> str:
    """The name without its article, nor the full stop of a sentence it ends ("Ann Lee.")."""
    if name.endswith(".") and name.split()[-1] not in _NAME_ABBREVIATIONS:
        name = name[:-1]
    return name[4:] if name.lower().startswith("the ") else name


def _document_credits(text: str) -> list[Credit]:
    found = []
    for pattern in _DOCUMENT_PATTERNS:
        for match in pattern.finditer(text):
            found.append(Credit(match.start(), match.end(), organisation_name(match.group("org"))))
    for match in _ORGANISATION_STATEMENT.finditer(text):
        if match.group("org").split()[-1] in ORGANISATION_HEADS:
            found.append(Credit(match.start(), match.end(), organisation_name(match.group("org"))))
    for match in _ISSUED_STATEMENT.finditer(text):
        subject, org = match.group("subject"), match.group("org")
        office = match.group("office") or match.group("own_office")
        if org:
            issuer = organisation_name(org)
        elif subject:  # "Ms Osei's parliamentary office"
            issuer = f"{subject}'s {office.split(' ', 1)[1]}"
        else:
            issuer = office
        found.append(Credit(match.start(), match.end(), issuer))
    return found


def _back_references(text: str, found: list[Credit]) -> list[Credit]:
    references = []
    for match in BACK_REFERENCE.finditer(text):
        if match.group("name"):
            known = longest_known_prefix(match.group("name"))
            outlet = known[0] if known else None
        else:
            # a report is an outlet's report, not someone's interview with it: "the Times
            # reports ... Calderón told CNN ... the report notes" is the Times's report
            earlier = [c for c in found if c.end <= match.start()]
            reports = [c for c in earlier if not is_interview(text, c)] or earlier
            outlet = reports[-1].outlet if reports else None
        if outlet:
            references.append(Credit(match.start(), match.end(), outlet))
    return references


def dateline_agency(text: str) -> str | None:
    """The agency named in the dateline that opens ``text`` ("WASHINGTON (AP) -"), if any."""
    match = _DATELINE.match(text)
    return canonical_outlet(match.group("name")) if match else None


def without_overlaps(credits: Iterable[Credit]) -> list[Credit]:
    """Credits in reading order, each phrase once: of two that overlap, the first, longest."""
    kept: list[Credit] = []
    for credit in sorted(credits, key=lambda c: (c.start, -c.end)):
        if not kept or credit.start >= kept[-1].end:
            kept.append(credit)
    return kept


@lru_cache(maxsize=1_024)  # a text is read for credits several times per comparison
def all_credits(text: str) -> tuple[Credit, ...]:
    """Every credit phrase of ``text``, its own outlet's too, in reading order: read once
    per text, whichever outlet it is then read as being by."""
    found = _outlet_credits(text) + _document_credits(text)
    found.sort(key=lambda credit: credit.start)
    return tuple(without_overlaps(found + _back_references(text, found)))


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

    return tuple(credit for credit in all_credits(text) if credits_another(credit))


def credited_outlets(
    text: str, own_outlet: str | None = None, *, reports_only: bool = False
) -> list[str]:
    """Names of the outlets and organisations ``text`` credits, in order of first mention;
    ``reports_only``: not those a person spoke to ("told CNN", :func:`is_interview`)."""
    outlets: list[str] = []
    for credit in find_credits(text, own_outlet):
        if reports_only and is_interview(text, credit):
            continue
        if credit.outlet not in outlets:
            outlets.append(credit.outlet)
    return outlets


def named_outlets(text: str) -> set[str]:
    """Every known outlet ``text`` names, in any phrase: "speaking on ABC News", "first
    telling CNN" name the outlet as surely as "told CNN" credits it."""
    named = set()
    for match in re.finditer(NAME, text):
        words = match.group("name").split()
        for first in range(len(words)):
            rest = " ".join(words[first:])
            known = longest_known_prefix(rest)
            if known and rest[: known[1]].lower() not in PERSON_LIKE_OUTLETS:
                named.add(known[0])
    return named


# "Whitman told HuffPost", "in an interview with Fox News": how an outlet reports the
# interviews it did itself.
INTERVIEWED = re.compile(r"\b(?:told|in an interview with) (?:the )?" + NAME)


def is_interview(text: str, credit: Credit) -> bool:
    """Whether ``credit`` names an outlet someone spoke to ("told Fox News", "in an
    interview with the Times") rather than one whose report the text cites."""
    return INTERVIEWED.match(text, credit.start) is not None
