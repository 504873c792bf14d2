"""Who said a quotation, resolved the way a reader resolves it, and how sure that is.

Rule-based on purpose: no named-entity model with its weights is published on PyPI by its
authors (spaCy's models are not; the re-uploads there are unofficial).  The mention next to
a quote (``attribution.py``) is resolved to a person the text names (``people.py``): a name
to its fullest form (a surname two people share, "Mrs. Cruz", to the one whose sex, as the
text told it, fits the honorific), a role ("the attorney") to the one person the text
gave it before (of several, the one described with its words or the one just spoken of;
a role it gave no one, like a "he", to the person just named), "he" or "she" to the one
person the sentence before names, an indefinite role ("a Ryan spokesman") to someone unnamed, and a
quote with no attribution to the speaker of the quote before it.  "They" is never surely one
person.  A speaker is ``sure`` only when that reading leaves no doubt; a misattribution is
claimed only between sure speakers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from newstrace.analyse.attribution import AFFILIATION, SPEECH_NOUN, Mention
from newstrace.analyse.credits import canonical_outlet
from newstrace.analyse.people import (
    LABEL,
    ROLE_PHRASE,
    People,
    Person,
    looks_like_name,
    owner_of,
    role_of,
    sex_of,
)
from newstrace.analyse.prose import (
    paragraph_start,
    previous_paragraph,
    sentence_rest,
    sentence_start,
    starts_sentence,
)
from newstrace.analyse.resources import (
    CALLING_ALTERNATION,
    HONORIFICS,
    MEDIUM_WORDS,
    MONTHS,
    PARTIES,
    PERSON_LIKE_OUTLETS,
    RELATIONAL_ROLES,
    ROLE_ALTERNATION,
    ROLE_NOUNS,
    ROLE_SYNONYMS,
    SENTENCE_OPENERS,
    SPEECH_VERBS,
    TITLES,
    WEEKDAYS,
)
from newstrace.segment.resources import STOPWORDS

# Between the two names of a pair who speak together (``SpeakerResolver._pair``).
_AND = re.compile(r"\s+and\s+")
# A legislator's party and state after a name of the pair, as the attribution read it.
_AFFILIATION = re.compile(AFFILIATION)


@dataclass(frozen=True, slots=True)
class Speaker:
    """A speaker: ``key`` (the surname, lower-cased), the fullest ``name`` in the text, a
    ``given`` name if known, and ``sure``: resolved without doubt (see the module).
    ``surname_sure``: not sure, but named right next to the quote by a surname two people
    of the text share ("Mrs. Clinton" after Hillary and Bill Clinton), or a "he" whose
    sentences before name only so ("Clinton ... she said"): whichever of them it is, the
    words are given to someone of that surname."""

    key: str
    name: str
    given: str = ""
    sure: bool = True
    surname_sure: bool = False

    @property
    def surname(self) -> str:
        """The last word of ``name``, as the text writes it: what a quote's surname
        readers search the text for."""
        return self.name.split()[-1]


# How a quote's speaker was read: from an attribution in the quote's own sentence; from
# the sentence before, in its paragraph ('Ruiz said: "..."'); or, with no attribution, from
# the quote before it, in its paragraph or in the paragraph before (a quote opening its own).
Reading = Literal["own sentence", "sentence before", "quote before", "paragraph before"]


def _speaker(person: Person, *, sure: bool) -> Speaker:
    return Speaker(person.key, person.name, person.given, sure)


def _unsure(speaker: Speaker) -> Speaker:
    return replace(speaker, sure=False, surname_sure=False)


# "a spokesman", "an aide", "one blogger", "another aide": an indefinite article brings in
# someone not met before; "the spokesman" is someone met before.
_INDEFINITE = re.compile(r"(?i:an?|one|another)\s")
_DEFINITE = re.compile(r"(?i:the)\s")
# "her doctor", "his pastor": a role held for the person a pronoun stands for, so not that
# person (fresh39's rw-516b: 'Hillary Clinton is "fit to serve …," her doctor says').
_HELD_FOR_PRONOUN = re.compile(r"(?i:his|her|their|its)\s")


def unnamed(description: str) -> Speaker:
    """Someone a text describes but does not name ("a Ryan spokesman", "an aide"): an
    indefinite description brings in a new person, so no one the text names (a reader
    takes a reporter's unnamed source for someone else than the people named); sure."""
    return Speaker("unnamed: " + " ".join(description.lower().split()), description)


def a_voice(speaker: Speaker) -> bool:
    """Whether ``speaker`` is an ad's or a film's voice the text does not name ("an unseen
    announcer", "the narrator": ``_VOICES``), a speaker of its own."""
    words = speaker.name.lower().split()
    return speaker.key.startswith("unnamed: ") and bool(words) and role_of(words[-1]) in _VOICES


def _clean(name: str) -> list[str]:
    return [
        w
        for w in name.replace("'s", "").split()
        if w.lower().strip(".") not in HONORIFICS and w.lower() not in TITLES
    ]


def speaker_key(name: str) -> str | None:
    """The key a name is compared by: its last word, lower-cased, titles removed."""
    words = _clean(name)
    return words[-1].lower().strip(".") if words else None


# How many sentences back a pronoun's person is looked for.
_PRONOUN_REACH = 3
# How far around a person's mention the words describing him are looked for.
_DESCRIPTION_REACH = 80
# A name, maybe with an appositive, then its speech verb: the subject of a speech clause.
_SPEAKS_AFTER = re.compile(
    r"(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*(?:,[^,\"]{1,80},)?\s+(?:\w+ly\s+)?(?:"
    + "|".join(sorted(SPEECH_VERBS))
    + r")\b"
)
# A clause's subject: after "but", "and" ... or a semicolon, or after a quotation closing a
# clause before it ("When Sellers answered that "...," Justice Scalia scoffed": the main
# clause's subject, whom a "he" after it is taken for).  The name may carry what the person
# does in the writer's lower-case words before it (", though author Lois Romano does
# criticize what she calls ...": fresh51's rw-652, where "she" is the clause's subject; "and
# longtime aide Ana Ruiz"); not after a verb of the clause (", and hired campaign manager
# Tom Pike", ", but told spokesman ...": the one named is its object).
_DESCRIBING_WORD = r"(?!(?:" + "|".join(sorted(SPEECH_VERBS)) + r"|[a-z]+ed)\s)[a-z][\w-]*\s+"
_CLAUSE_OPENS = re.compile(
    r"(?:,\s+(?:but|and|while|though|although|whereas|yet)|;|,[\"\u201d])\s+"
    r"(?:(?:the\s+)?(?:" + _DESCRIBING_WORD + r"){0,2}?(?:" + CALLING_ALTERNATION + r")\s+)?"
    r"(?:[A-Z][\w.'-]*\s+){0,3}$"
)
# A name's appositive and the sentence's end, with no verb ("Tom Pike, Republican of Ohio.").
_CLOSES_APPOSED = re.compile(r"(?:,[^,\"]{1,80})?\s*[.!?]")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}")
# A pronoun's speech clause set off by commas inside the reported words ("Sugar Run, she
# said, is ..."): an aside in a clause whose subject, before it, is what she speaks of.  The
# clause may go on in her own words ('Trump, she said, "believes ..."': fresh52's rw-673,
# the press secretary's words, not the president's).
_ASIDE_BEFORE = re.compile(r",\s*$")
_ASIDE = re.compile(
    r"\w+\s+(?:\w+ly\s+)?(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\s*,\s*\"?[a-z]"
)
# A phrase fronted before the pronoun, with no verb of its own: "Of Obama, he said", "Asked
# about Reid, she said".  The pronoun, the subject of the clause, cannot be a person named
# inside it (a reader hears "Of Obama, Obama said" as two people); "After Obama spoke, he
# said" has a clause of its own, where he may be Obama, so "after" is left out.  A
# participle fronted so ("Singling out Ruiz, he added", "Praising Obama, she said") has the
# pronoun for its subject too, so the one it names, its object, is someone else; a
# preposition in "-ing" ("During Obama's visit, he said") is no participle, nor "Nothing".
# Whom the words are addressed to, fronted with or without a comma ("To Tlaib she added:"),
# is someone else too.  So is whom the occasion of the words was aimed at, addressed to or
# shared with, named after a second preposition in a fronted "In"/"At"/"During" phrase ("In
# a Twitter tirade aimed at Huma Abedin, he wrote", "During an interview with Ana Ruiz, he
# said"): the pronoun is the tirade's author or the one interviewed, not its target (fresh48's
# rw-624); a name right after the first preposition ("In Obama's speech, he said") may be he.
# An aside crediting the report ("as first reported by Fox News,") may follow the phrase.
_FRONTED_PHRASE = re.compile(
    r"[\s\"]*(?:(?:(?:(?!(?:During|According|Including|Following|Pending|Considering)\b)"
    r"(?![A-Za-z]*thing\b)[A-Z][a-z]{2,}ing(?:\s+(?:out|up|off|back|down))?|"
    r"(?:[Aa]sked|[Pp]ressed|[Qq]uestioned)\s+(?:about|on|of|whether)|"
    r"(?:[Ss]peaking|[Tt]alking|[Ww]riting)\s+(?:of|about|to)|(?:[Rr]eferring|[Tt]urning|"
    r"[Rr]esponding)\s+to|[Ii]n\s+(?:response|reply)\s+to|[Aa]s\s+for|[Oo]f|[Aa]bout|[Oo]n|"
    r"[Rr]egarding|[Cc]oncerning|[Ww]ith|[Aa]gainst|[Uu]nlike)\s[^,.;:\"]{1,60},"
    r"|(?:In|At|During)\s+(?:an?|the|his|her|their|its)\s[^,.;:\"]{0,60}?\s"
    r"(?:at|to|with|against|toward|towards)\s[^,.;:\"]{1,60},)"
    r"(?:\s+(?:as|according\s+to)\s[^,.;:\"]{1,60},)?"
    r"|To\s[^,.;:\"]{1,60}?,?)\s*$"
)
_SPEECH_VERB = re.compile(r"\b(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b")
# What ends a clause: after it, a name may open a clause of its own ("..., but Pike said").
_CLAUSE_BREAK = re.compile(r"[,;]\s+(?:but|and|while|though|although|whereas|yet)\b|;")
# A role opening a sentence up to a comma ("The committee's Republican chairman,"), and
# what stands between it and the name in apposition: the comma, maybe a title ("Rep.").
_ROLE_OPENING = re.compile(
    r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w.-]*'s)(?:\s+[\w.'-]+){0,4}?"
    r"\s+(?P<role>[a-z][a-z-]+)(?=,)"
)
_APPOSED = re.compile(r",\s+(?:[A-Z][\w.]*\s+)?")
# A proper noun's possessive opening the sentence right before a name ("Pennsylvania's Bob
# Casey will oppose", "South Carolina's Lindsey Graham said"): it only tells where the man
# is from or whose he is, and the name is the sentence's subject all the same.
_POSSESSIVE_OPENING = re.compile(r"[\s\"]*(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*'s\s+")
# A clause or a participle's phrase fronted before the sentence's subject, up to its comma
# ("When Pike finished his answer, Hale shot back", "Announcing the deal, Mr. Hale showed"):
# the name after it is the subject; one inside a fronted clause is only that clause's.
_SUBORDINATOR = (
    r"(?:When|While|As|After|Before|Because|Although|Though|If|Once|Until|Since|Whereas|Unless)"
)
# A question put to the subject, fronted ("Asked whether Mr. Netanyahu was playing politics,
# Ms. Rice demurred"): its participle has the main clause's subject for its own, and a name
# inside it is what the subject was asked about, never who answers.
_ASKED = r"(?:Asked|Pressed|Questioned)\s[^,;:\"]{1,160}"
_FRONTED_QUESTION = re.compile(r"[\s\"]*" + _ASKED + r",\s+")
_FRONTED_CLAUSE = re.compile(
    r"[\s\"]*(?:"
    + _SUBORDINATOR
    + r"\s[^,;:\"]{1,160}|[A-Z][a-z]{2,}ing\b[^,;:\"]{0,60}|"
    + _ASKED
    + r"),\s+"
)
# A fronted phrase's last words, a role and its comma, before a name in apposition to it.
_ENDS_IN_ROLE = re.compile(r"\b(?:" + ROLE_ALTERNATION + r")(?:\s+of\s+[a-z]+)?,\s+$")
_IN_FRONTED_CLAUSE = re.compile(r"[\s\"]*" + _SUBORDINATOR + r"\s")
# A plural description opening a sentence as its subject, a verb after it: "The Georgetown
# scholars pointed", "Many faculty members say" (``SpeakerResolver._group``).
_GROUP_SUBJECT = re.compile(
    r"[\s\"]*(?P<who>(?:[Tt]he|[Mm]any|[Ss]ome|[Mm]ost)\s+(?:[A-Z][\w.'-]*\s+){0,3}"
    r"(?:[a-z][\w-]*\s+){0,2}[a-z]+[^s\W]s)\s+(?:(?:also|all|\w+ly)\s+)?[a-z]+\b"
)
_PRONOUN_SUBJECT = re.compile(r"(?:[Hh]e|[Ss]he|[Tt]hey)\b")
_OTHER_SEX = {"m": "f", "f": "m"}
_PRONOUN_SEX = {"he": "m", "she": "f"}
_OPENER_WORD = re.compile(r"[A-Za-z]+(?=,?\s)")
_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w'-]*")
# Capitalised words that name no one: a sentence's opening word, a date, a title.
_NO_AGENT = SENTENCE_OPENERS | STOPWORDS | MONTHS | WEEKDAYS | HONORIFICS | TITLES
_SEMICOLON = re.compile(r";")
# A pronoun of the other sex than "he" or "she" (``_aside_of_other_sex``).
_OTHER_SEX_PRONOUN = {
    "he": re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers)\b"),
    "she": re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im)\b"),
}
_PERSONAL_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]im|[Hh]er|[Hh]ers)\b")
# A verb's object pronoun right after a name and its verb ("When Ryan needled him over his
# gaffes"): the one the verb's subject acts on, so someone else than that subject (he would
# be "himself"); "her" only where it cannot be a possessive ("needled her rival").
_OBJECT_PRONOUN = re.compile(
    r"(?:\s+\w+ly)?\s+[a-z]+(?:\s+(?:up|out|off|back|down|on|at|to|with|about|for))?\s+"
    r"(?P<object>him\b|her(?=[,.;:]|\s+(?:over|about|on|for|with|in|at|to|as|after|"
    r"before|during|again)\b))"
)
_OBJECT_OF = {"he": "him", "she": "her"}
# A medium that carries words (``MEDIUM_WORDS``), the subject of the quote's own sentence
# and acting on them ("The ad ends with "...""): not surely the last speaker quoted's words.
_MEDIUM_SUBJECT = re.compile(
    r"[\s\"]*(?:(?:Then|And|But|Finally),?\s+)?"
    r"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w'-]+\s+){0,2}"
    rf"(?:{MEDIUM_WORDS})"
    r"\s+[a-z]+(?:\s+[a-z]+){0,3}[\s,:\"]*$"
)
# A piece of writing the subject of the quote's sentence, acting on whom it addresses ("The
# sneering message also urged them to dress "..." and "..."", "The post told readers to
# "...""): the words are the writing's, and who wrote it is not said there; the quote
# before may be a report of it that gives it to someone ("the mayor told them to "...,"
# HuffPost said, citing the post"), so its speaker is not surely this one's (fresh50's
# rw-646).  The quote may stand anywhere after the writing's verb, past another quote of
# the sentence; an ad's or a film's words are read so only right after it (``_MEDIUM_SUBJECT``).
_WRITING_SUBJECT = re.compile(
    r"[\s\"]*(?:(?:Then|And|But|Finally),?\s+)?"
    r"(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w'-]+\s+){0,2}"
    r"(?:messages?|posts?|postings?|notes?|letters?|e-?mails?|tweets?|memos?)"
    r"\s+(?:also\s+|then\s+|even\s+)?[a-z]+(?:ed|s)\b"
)
# A document with no author named, the subject of the quote's sentence, whose content the
# quote gives ("A written statement that "..." calmed no one.", "The statement saying "..."
# came late"): the words are the document's, and the sentence does not say who wrote it; a
# reader does not take them for the last speaker quoted before it (fresh54's rw-695: Michael
# Steele's written statement set after John McCain's words).  An owner ("his statement",
# "Steele's letter") tells whose it is: not read so.
_DOCUMENT_CONTENT = re.compile(
    r"[\s\"]*(?:(?:Then|And|But|Finally|Yet),?\s+)?"
    r"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?:statements?|letters?|memos?|memorandum|releases?|tweets?|messages?|posts?|notes?"
    r"|e-?mails?|filings?)"
    r"(?:\s+(?:that|saying|reading|stating|declaring)|\s*[,:]?\s*which\s+(?:reads?|said|says))?"
    r"[\s,:\"]*"
)

# A name's possessive and a noun of speech it owns: "Rashida Tlaib's remark", "Ruiz's
# angry vow" (``_remark_owned_before``).
_OWNED_REMARK = re.compile(
    r"(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*?'s\s+(?:[a-z][\w-]*\s+){0,2}" + SPEECH_NOUN + r"\b"
)

# Between a role and the name right after it: maybe a comma, maybe a title ("Her boss,
# Rep. Tom Pike", "attorney Tom Pike").
_APPOSED_HOLDER = re.compile(r",?\s+(?:[A-Z][\w'-]*\.?\s+){0,2}")

# The voice of an ad or a film ("the announcer", "the ad's unseen announcer", "the
# narrator"): a speaker of its own, heard and not shown, whom a reader does not take for the
# person just named (the one shown in the clip, or the candidate the ad is for) unless the
# text made someone its narrator ("Morgan Freeman narrates the film").
_VOICES = frozenset({"announcer", "narrator", "voice-over"})


# Offices one person holds together: a role the text names (its words telling which body,
# if they must) and the offices its holder may have beside it.  A committee's chair is one
# of its house's members: "the committee chairman said" after "California Rep. Ed Royce" is
# Royce, who has no other role in the text; a member's office is no second role, as "the
# governor" after "Tom Hale, the mayor," would be.
_HELD_TOGETHER: dict[str, tuple[re.Pattern[str], frozenset[str]]] = {
    "chairman": (
        re.compile(r"\b(?:committee|subcommittee|panel|caucus)\b", re.IGNORECASE),
        frozenset({"representative", "senator"}),
    ),
}


def _held_with(text: str, role: str) -> frozenset[str]:
    """The roles a person may hold besides ``role`` as ``text`` names it (``_HELD_TOGETHER``)."""
    held = _HELD_TOGETHER.get(role)
    if held is None or not held[0].search(text):
        return frozenset()
    return held[1]


def _redescribed(mention: str, introductions: list[str]) -> bool:
    """Whether a definite role ("the Democratic staffer") describes, by words besides its
    article and role noun, the last of the unnamed people the text brought in by that role
    ("A senior Democratic staffer told ...") and no other: however far back, a reader knows
    whom it means; "the staffer" alone, after two paragraphs of others, is a guess."""
    described = {w.lower() for w in mention.split()[1:-1]}
    if not described:
        return False
    fitting = [
        i for i, found in enumerate(introductions) if described <= set(found.lower().split())
    ]
    return fitting == [len(introductions) - 1]


class SpeakerResolver:
    """Resolves the speakers of one text's quotations, in reading order.  Names inside
    ``quoted`` ranges are the speakers' words, not the writer's: they name no speaker."""

    def __init__(self, text: str, people: People, quoted: list[tuple[int, int]]) -> None:
        self.text = text
        self.people = people
        self.quoted = quoted
        self.last: Speaker | None = None
        self.last_end = -1
        # whether ``last`` was read from a "they": a group's words, never one person's run
        self.last_plural = False
        # how the speaker ``resolve`` returned last was read (see ``Reading``)
        self.read: Reading = "own sentence"
        # the people of a pair ``resolve`` read last ("Ruiz and Hale said"), else none
        self.members: tuple[Speaker, ...] = ()

    def _quoted_at(self, position: int) -> bool:
        """Whether ``position`` is inside the speakers' words (``quoted``)."""
        return any(a <= position < b for a, b in self.quoted)

    def resolve(self, mention: Mention | None, start: int, end: int) -> Speaker | None:
        """The speaker of the quotation at ``[start, end)`` named by ``mention``; how it
        was read is left in ``read``."""
        self.read = "own sentence"
        self.members = ()
        if mention is not None and mention.kind == "pair":
            return self._pair(mention.text, start, end)
        speaker = self._resolve(mention, start)
        if speaker is not None and mention is not None and mention.doubtful:
            speaker = _unsure(speaker)
        if speaker is not None and mention is None and self._unread_attribution(end):
            speaker = _unsure(speaker)
        if (
            speaker is not None
            and speaker.surname_sure
            and (mention is None or mention.kind not in ("name", "pronoun"))
        ):
            # only a name next to the quote, or a "he" whose sentences name the surname
            speaker = replace(speaker, surname_sure=False)
        if speaker is not None:
            self.last, self.last_end = speaker, end
            if mention is not None:  # a quote with none goes on with the last's speaker
                self.last_plural = mention.text.lower() == "they"
        return speaker

    def _pair(self, text: str, start: int, end: int) -> Speaker | None:
        """Two people who speak together ("Ruiz and Hale said"): each is sure, named right
        next to the words, but the words are neither's alone; the pair is their speaker,
        unsure as one person."""
        names = _AND.split(_AFFILIATION.sub("", text))
        people = [self.people.named(name, start) for name in (names[0], names[-1])]
        members = tuple(_speaker(p, sure=True) for p in people if p is not None)
        if len(members) < 2:
            return None
        self.members = members
        speaker = Speaker(members[0].key, " and ".join(m.name for m in members), sure=False)
        self.last, self.last_end = speaker, end
        self.last_plural = True
        return speaker

    def _unread_attribution(self, end: int) -> bool:
        """Whether the writer's words after the quote ending at ``end``, in its sentence, hold
        a verb of speech ("...," Rev. Ann Ruiz of Our Lady, told HuffPost.): an attribution
        not read as one, whose speaker may be anyone, not surely the quote before's."""
        after = sentence_rest(self.text, end).split('"')[0]
        return bool(_SPEECH_VERB.search(after))

    def _resolve(self, mention: Mention | None, start: int) -> Speaker | None:
        if mention is None:
            return self._continued(start)
        if mention.kind == "group":
            group = self._group(start - mention.back)
            if group is not None:
                return group
        if mention.kind in ("pronoun", "group"):
            speaker = self._pronoun(start - mention.back, mention.text)
            # "they" speaks for a group ("the GOP members"), never surely for one person
            plural = mention.text.lower() == "they"
            return _unsure(speaker) if plural and speaker is not None else speaker
        if mention.kind == "role":
            return self._role(mention.text, start, start - mention.back)
        if mention.kind == "organisation":
            return self._organisation(mention.text)
        person = self.people.named(mention.text, start)
        if person is not None:
            sure = self._unambiguous(person, mention.text, start)
            # unsure only when another person shares the surname: the surname is certain
            return replace(_speaker(person, sure=sure), surname_sure=not sure)
        key = speaker_key(mention.text)
        if key is None or key in WEEKDAYS or key in MONTHS:
            return self._continued(start)  # "said Thursday": a day, not a speaker
        words = _clean(mention.text)
        # A name unknown to the text may be anything ("R-Ky.", "Senate Democrats", "Fox
        # News", a given name cut off): sure only when it could name a person in full.
        sure = len(words) > 1 and looks_like_name(words)
        return Speaker(key, " ".join(words), sure=sure)

    def _group(self, position: int) -> Speaker | None:
        """The group a "they" at ``position`` stands for (``attribution._THEY_QUOTED``):
        the plural subject opening the sentence before it in its paragraph, a description
        that names no one ("The Georgetown scholars pointed to ... From personal
        experience, they also "know how cuts ..."": the scholars' words, which a copy gave
        to one of them, Father Reese; fresh57's rw-731).  Sure, as an unnamed speaker is
        (``unnamed``); None when that sentence names anyone, whom "they" may include."""
        begin = sentence_start(self.text, position)
        if begin <= paragraph_start(self.text, position):
            return None
        before = sentence_start(self.text, len(self.text[:begin].rstrip()) - 1)
        found = _GROUP_SUBJECT.match(self.text, before, begin)
        if found is None or self._mentions(before, begin):
            return None
        return unnamed(found.group("who"))

    def _unambiguous(self, person: Person, mention: str, start: int) -> bool:
        """A surname two people share ("Mr. Hutchinson", father and son) stands for the one
        named in full in this sentence or the one before; further back, it is a guess."""
        rivals = self.people.rivals(person)
        if not rivals or person.given in mention.lower().split():
            return True
        # "Mrs. Clinton" when the text told the other Clinton is a man: no doubt left
        sex = sex_of(mention.split())
        if (
            sex
            and self.people.sex(person) != _OTHER_SEX[sex]
            and all(self.people.sex(rival) == _OTHER_SEX[sex] for rival in rivals)
        ):
            return True
        recent = sentence_start(self.text, max(0, sentence_start(self.text, start) - 1))
        return self.people.last_in_full(person, start) >= recent

    def _role(self, text: str, start: int, position: int) -> Speaker | None:
        """ "the attorney": the one person named before whom the text made its attorney.
        "a Ryan spokesman": someone the text does not name (see ``unnamed``)."""
        roles = [role for role in map(role_of, text.split()) if role]
        party = [w.lower() for w in text.split() if w.lower() in PARTIES]
        if party and not roles:
            return self._partisan(text, party[-1], position)
        if not roles:
            return None
        if _INDEFINITE.match(text):
            return unnamed(text)
        owner = owner_of(text)
        # the role before its quote links back from where it ends: "The former president
        # blasted current President Ana Ruiz for ..., saying she was "..."" is not Ruiz, named
        # after it (fresh45's rw-583b); "Her boss, Rep. Tom Pike, chimed in" names its own
        # holder; a role after its quote, from the quote's start
        holders = self.people.holders(roles[-1], min(start, self._role_end(text, position)), owner)
        if not holders and roles[-1] in _VOICES:
            return unnamed(text)  # an ad's voice, no one the text named (``_VOICES``)
        if len(holders) == 1:
            return _speaker(holders[0], sure=self._described(holders[0], text, start))
        if len(holders) > 1:
            return self._among(holders, text, roles[-1], (start, position))
        if (
            not holders
            and owner is None
            and RELATIONAL_ROLES & set(roles)
            and _DEFINITE.match(text)
        ):
            introduced = self._unnamed_before(text, roles[-1], position)
            if introduced is not None:
                return introduced
        if (
            not holders
            and owner is None
            and not RELATIONAL_ROLES & set(roles)
            and not _HELD_FOR_PRONOUN.match(text)
        ):
            return self._role_introduced(text, roles[-1], position)
        return Speaker("the " + roles[-1], text, sure=False)

    def _role_end(self, text: str, position: int) -> int:
        """Where the role ``text`` at ``position`` ends, with the name right after it ("Her
        boss, Rep. Tom Pike," names whose boss speaks; "The statement from attorney Tom
        Pike"): the holders it links back to are named before there."""
        found = self.text.find(text, max(0, position - 2))  # ``position`` may be a mark off
        end = (found if found >= 0 else position) + len(text)
        after = [at for at, _ in self.people.mentions if at >= end]
        if after and _APPOSED_HOLDER.fullmatch(self.text, end, min(after)):
            return min(after) + 1
        return end

    def _unnamed_before(self, mention: str, role: str, position: int) -> Speaker | None:
        """ "the spokesperson" after "A spokesperson for Google says ...": the one the text
        brought in unnamed by the role last before ``position`` (``unnamed``), as a reader
        takes it; sure when brought in in the same paragraph or the one before, or further
        back when ``mention`` describes it as only that one was (``_redescribed``), else a
        guess.  None when the text brought in no one so.  Only a role held for someone
        (``RELATIONAL_ROLES``: a spokesman, an aide, a source), whom news brings in unnamed
        on purpose; "a senator" may be any senator ("rare for a senator to ...")."""
        words = [w for w in ROLE_NOUNS | set(ROLE_SYNONYMS) if role_of(w) == role]
        pattern = (
            r"\b(?:[Aa]n?|[Aa]nother)\s+(?:[\w'-]+\s+){0,3}?(?:"
            + "|".join(sorted(words))
            + r")\b(?:\s+(?:for|of|at|with)\s+(?:the\s+)?[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3})?"
        )
        found = [
            m for m in re.finditer(pattern, self.text[:position]) if not self._quoted_at(m.start())
        ]
        if not found:
            return None
        begin = previous_paragraph(self.text, paragraph_start(self.text, position))[0]
        speaker = unnamed(found[-1].group())
        if found[-1].start() >= begin or _redescribed(mention, [m.group() for m in found]):
            return speaker
        return _unsure(speaker)

    def _among(
        self, holders: list[Person], text: str, role: str, where: tuple[int, int]
    ) -> Speaker:
        """ "the former president" when the text has made two people president: the one it
        described with each word of the role ("former"); else, as a reader takes a "he", the
        person the sentences just before speak of, when the role is his.  Sure then."""
        start, position = where
        described = [p for p in holders if self._described(p, text, start)]
        if len(described) == 1:
            return _speaker(described[0], sure=True)
        near = self._pronoun(position)
        if near is not None and near.sure and any(p.key == near.key for p in described):
            return near
        return Speaker("the " + role, text, sure=False)

    def _partisan(self, text: str, party: str, position: int) -> Speaker:
        """ "the Democrat added": as a "he", the person just spoken of; a party is no office,
        so an office he holds ("Sen. Al Franken") does not make it someone else, but the text
        giving him another party does."""
        speaker = self._pronoun(position)
        if speaker is None:
            return Speaker("the " + party, text, sure=False)
        person = self.people.named(speaker.name, position)
        others = PARTIES - {party}
        if person is None or others & self.people.context(person):
            return _unsure(speaker)
        if self._remark_owned_before(person, position):
            return _unsure(speaker)
        return speaker

    def _remark_owned_before(self, person: Person, position: int) -> bool:
        """Whether the sentence before ``position`` (or its own, up to it) names someone
        other than ``person`` as the owner of a remark ("Rashida Tlaib's remark", "Ruiz's
        vow"): a party epithet right after may be that one, whose remark the quote gives
        (fresh55's rw-706: "House Speaker Nancy Pelosi has shrugged off freshman Rep.
        Rashida Tlaib's remark ... The Michigan Democrat had vowed to "..."" is Tlaib, not the
        sentence's subject), and a reader picks between the two by what the story told of
        them, which the text may not tell."""
        begin = sentence_start(self.text, max(0, sentence_start(self.text, position) - 1))
        return any(
            owner != person and _OWNED_REMARK.match(self.text, at)
            for at, owner in self.people.possessives
            if begin <= at < position and not self._quoted_at(at)
        )

    def _described(self, person: Person, role: str, position: int) -> bool:
        """Whether the text described ``person`` before with each lower-case word of the
        role ("majority" of "the majority leader", next to "Majority Leader Mitch
        McConnell"): a word it never gave him ("the disgraced congressman") is the writer's
        judgment, and a reader picks its person by what the story told of him, not by the
        title he shares with another (no library links epithets to people)."""
        words = {w for w in role.split()[1:-1] if w.islower()}
        near = " ".join(
            self.text[max(0, at - _DESCRIPTION_REACH) : at + _DESCRIPTION_REACH].lower()
            for at, p in self.people.mentions
            if p == person and at < position
        )
        return all(re.search(r"\b" + re.escape(w) + r"\b", near) for w in words)

    def _role_introduced(self, text: str, role: str, position: int) -> Speaker:
        """A role the text gave no one ("Dick Cheney supports it. '...,' the former vice
        president has said"): a reader takes it, as a "he", for the person just named, and
        learns the role from it; sure only when that person has no other role here (else
        "the governor" after "Tom Hale, the mayor," is someone else) and the text brought in
        no one unnamed by the role before ("A student approaches Pike. '...,' the student
        answers": the student, not Pike)."""
        speaker = self._pronoun(position)
        if speaker is None:
            return Speaker("the " + role, text, sure=False)
        if self._brought_in_unnamed(role, position):
            return _unsure(speaker)
        person = self.people.named(speaker.name, position)
        if person is None or self.people.roles(person) - _held_with(text, role):
            return _unsure(speaker)
        return speaker

    def _brought_in_unnamed(self, role: str, position: int) -> bool:
        """Whether the text brought in someone unnamed by ``role`` before ``position``: "a
        student", "another student" (an indefinite description is a new person)."""
        pattern = r"\b(?:[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+){0,2}?" + re.escape(role) + r"\b"
        return re.search(pattern, self.text[:position]) is not None

    def _mentions(
        self, start: int, end: int, *, possessives: bool = True
    ) -> list[tuple[int, Person]]:
        """Who the writer names in ``[start, end)`` (not inside quotes); ``possessives``:
        with those only named as owners ("Putin's Russia"), who are not "he"."""
        return [
            (at, person)
            for at, person in self.people.between(start, end)
            if not self._quoted_at(at) and (possessives or not self._owner(at, person))
        ]

    def _owner(self, at: int, person: Person) -> bool:
        """Whether the mention at ``at`` only names an owner: "Putin's Russia", and by role,
        "the president's chief demand" (not the "he" of the sentence)."""
        if (at, person) in self.people.possessives:
            return True
        words = ROLE_PHRASE.match(self.text, at) or _CAPITALISED_RUN.match(self.text, at)
        return words is not None and self.text.startswith(("'s", "'"), words.end())

    def _pronoun(self, position: int, pronoun: str = "") -> Speaker | None:
        """ "he said": someone named in the nearest sentence before ``position`` that names
        anyone (its subject, else the last speaker, else the last named); sure when that
        sentence names one person only.  A sentence with a "he" or a "his" of its own
        speaks of someone named before it too: the search goes on, and all count.
        ``pronoun``: the word itself ("she"), when a pronoun is resolved (not a role)."""
        end, begin = position, sentence_start(self.text, position)
        if self._aside(begin, position):
            # "Sugar Run, she said, is": the name before is what she speaks of; only in the
            # aside's own clause: "Ruiz backed it; the plan, she said, is fair" names her
            # in a clause of its own before the semicolon, as a reader takes "she" for
            end = self._clause_start(begin, position)
        elif _FRONTED_PHRASE.fullmatch(self.text, begin, self._word_start(position)):
            end = begin  # "Of Obama, he said": the fronted phrase names someone else
        mentions: list[tuple[int, Person]] = []
        nearest: list[tuple[int, Person]] = []  # the nearest sentence naming anyone, owners too
        nearest_begin = own_begin = begin
        settled = False  # a sentence that names someone and refers to nobody before it
        # '"...," she wrote' after "their father, Dick Cheney": a reader never takes the
        # pronoun for someone the text told is of the other sex, and looks further back
        fits = self._of_sex(pronoun)
        for _ in range(_PRONOUN_REACH):
            found = [m for m in self._mentions(begin, end, possessives=False) if fits(m[1])]
            mentions = found + mentions
            if not nearest:
                nearest = [m for m in self._mentions(begin, end) if fits(m[1])]
                nearest_begin = begin
            settled = bool(found) and not self._has_pronoun(begin, end, self._binder(found))
            if settled or begin == 0:
                break
            end = len(self.text[:begin].rstrip())
            begin = sentence_start(self.text, end)
        # "He deemed Trump's economic plan "a con"": whom the pronoun's own clause names
        # after it, before its quotation, it is not (a reader hears "Trump deemed Trump's
        # plan" as two people)
        named_after = self._named_after(position) | self._acted_on(position)
        mentions = [(at, p) for at, p in mentions if p not in named_after]
        nearest = [(at, p) for at, p in nearest if p not in named_after]
        if not mentions:
            return self._run_goes_on_alone(position)
        people = {person for _, person in mentions}
        subjects = [p for at, p in mentions if self._subject(at)]
        spoke = [p for p in people if self.last and p.key == self.last.key]
        person = (subjects or spoke or [p for _, p in mentions])[-1]
        # "Blumenthal's campaign calls it ... Yet he told them": a sentence before the
        # pronoun's names someone else only as an owner, whom a reader may take "he" for (in
        # the pronoun's own sentence, "Tom Pike's plan will ..., she said", the owner is not
        # the speaker)
        owners = {p.key for _, p in nearest} if nearest_begin < own_begin else set()
        # or, the sentences looked over each referring back, the one person the text has
        # named at all before the pronoun ("Rep. Tom Pike is resigning, he announced. ...
        # his colleagues urged him to ... "...," he said. ... he added: "..."": no one else
        # is there for "he" to be; fresh54's rw-693b) — unless a "he" before his first
        # mention, or one in an aside, points to someone the text never names
        if not settled:  # read the whole text before the pronoun only when needed
            named_so_far = self._mentions(0, position)
            settled = {p for _, p in named_so_far} == {person} and not self._has_pronoun(
                0, position, named_so_far[0][0]
            )
        alone = (
            settled and len(people) == 1 and self.people.evident(person) and owners <= {person.key}
        )
        # the subject of the sentence before, named in full: someone ("Wayne Pacelle, ...");
        # or by an honorific or a title ("Later, Mr. Pike, meeting Governor Ana Ruiz,
        # offered ..."), which tells a person as a given name does
        subject = self._sole_subject(person, nearest) and (
            bool(person.given) or self._titled(person, nearest)
        )
        sure = (alone or subject) and not self._quoted_about(person, position)
        sure = sure and not self._aside_of_other_sex(begin, position, pronoun)
        if sure and self._shared_surname(person, mentions):
            # sure of the surname only: whichever Cruz "he" is, no Trump spoke
            return replace(_speaker(person, sure=False), surname_sure=True)
        return _speaker(person, sure=sure)

    def _of_sex(self, pronoun: str) -> Callable[[Person], bool]:
        """Whether a person may be the ``pronoun`` ("he", "she"): not one the text told,
        next to the full name, is of the other sex (``People.sex_beside``: "Mr. Tom Pike",
        "their father, Dick Cheney"); anyone for another word ("they", or none when a role
        is resolved as a "he" is)."""
        sex = _PRONOUN_SEX.get(pronoun.lower(), "")
        other = _OTHER_SEX.get(sex)
        # nor, for "he" or "she", an outlet the text names as it names a person ("...,
        # HuffPost said, citing a statement" then '"...," he said': a reader never takes
        # "he" for HuffPost; fresh54's rw-693); a name that is a person's too ("Fox") may be
        return lambda person: (
            (other is None or self.people.sex_beside(person) != other)
            and not (sex and _an_outlet(person))
        )

    def _shared_surname(self, person: Person, mentions: list[tuple[int, Person]]) -> bool:
        """Whether the sentences a pronoun looked back over name ``person`` by a surname
        another person of the text shares, and never in full ("Cruz, who spent Wednesday
        quoting a movie in her defense, ... "...," he said" after Ted and Heidi Cruz): which
        of the two the bare surname is, is the reader's guess, and so is the pronoun; its
        surname is not."""
        if not self.people.rivals(person):
            return False
        return not any(
            self.people.last_in_full(person, at + 1) == at for at, p in mentions if p == person
        )

    def _named_after(self, position: int) -> set[Person]:
        """Whom the writer names after the pronoun at ``position`` and before the quotation
        that follows it in its sentence (``_pronoun``); no one when the pronoun stands after
        its quotation ('"...," he has said, but like Liz ...': another clause)."""
        if self._quoted_at(position) or self._quoted_at(position - 1):
            return set()
        word_end = self._word_start(position)
        while word_end < len(self.text) and self.text[word_end].isalpha():
            word_end += 1
        end = word_end + len(sentence_rest(self.text, word_end))
        opening = min((a for a, _ in self.quoted if word_end < a < end), default=None)
        if opening is None:
            return set()
        return {p for _, p in self._mentions(word_end, opening)}

    def _acted_on(self, position: int) -> set[Person]:
        """Whom the writer names, in the pronoun's own sentence before it, as acting on an
        object pronoun of its sex ("When Ryan needled him over his gaffes, he shot back"):
        a reader takes the pronoun for the one acted on, who answers, never for the one who
        acted on him ("Ryan needled him, he shot back" is not Ryan shooting back)."""
        word = self._word_start(position)
        pronoun = re.match(r"[A-Za-z]+", self.text[word : word + 4])
        wanted = _OBJECT_OF.get(pronoun.group().lower()) if pronoun else None
        if wanted is None:
            return set()
        begin = sentence_start(self.text, position)
        return {
            person
            for at, person in self._mentions(begin, word, possessives=False)
            if (found := self._object_pronoun(at)) is not None
            and found < word
            and self.text[found : found + 3] == wanted
        }

    def _object_pronoun(self, at: int) -> int | None:
        """Where the object pronoun of the verb right after the name at ``at`` stands
        (``_OBJECT_PRONOUN``), if it has one."""
        name = _CAPITALISED_RUN.match(self.text, at)
        found = _OBJECT_PRONOUN.match(self.text, name.end()) if name else None
        return found.start("object") if found else None

    def _clause_start(self, begin: int, position: int) -> int:
        """Where the clause around ``position`` begins in the sentence at ``begin``: after
        its last semicolon of the writer's (a comma may only set off the aside), else
        ``begin``."""
        cut = begin
        for found in _SEMICOLON.finditer(self.text, begin, position):
            if not self._quoted_at(found.start()):
                cut = found.end()
        return cut

    def _quoted_about(self, person: Person, position: int) -> bool:
        """'Ruiz "believes we must wait," she said': a name right before the quote marks is
        the subject of the quoted words, whom the speaker speaks of; a reader cannot be sure
        the "she" after them is that person (one rarely speaks of oneself by name)."""
        begin = sentence_start(self.text, position)
        for at, named in self._mentions(begin, position, possessives=False):
            words = _CAPITALISED_RUN.match(self.text, at)
            if named == person and words and not self.text[words.end() : position].strip(' "'):
                return True
        return False

    def _word_start(self, position: int) -> int:
        """The start of the word at ``position`` (a mention's offset may fall inside it)."""
        while position > 0 and self.text[position - 1].isalpha():
            position -= 1
        return position

    def _aside(self, begin: int, position: int) -> bool:
        """Whether the pronoun at ``position`` opens a speech clause set off by commas
        inside the sentence's reported words (see ``_ASIDE``)."""
        word = self._word_start(position)
        return bool(_ASIDE_BEFORE.search(self.text, begin, word) and _ASIDE.match(self.text, word))

    def _aside_of_other_sex(self, begin: int, position: int, pronoun: str) -> bool:
        """Whether the pronoun at ``position`` opens an aside (``_aside``) after words that
        speak of someone by a pronoun of the other sex: "His words, she argued, can "..."" —
        "his" takes back the man just named, and "she" is someone else, whom the sentences
        before may not name as plainly (fresh40's rw-525: Pelosi's words read as Trump's)."""
        other = _OTHER_SEX_PRONOUN.get(pronoun.lower())
        if other is None or not self._aside(begin, position):
            return False
        start = self._clause_start(begin, position)
        return other.search(self.text, start, self._word_start(position)) is not None

    def _run_goes_on_alone(self, position: int) -> Speaker | None:
        """``_run_goes_on``, made sure across paragraphs (or a doubt of the last quote's) when
        its last speaker is the one person the text has named at all before the pronoun, shown
        to be someone (``People.evident``), with no "he" before his first mention ("President
        Trump said Friday ... "...," he said. ¶ He said the deal ... ¶ ..., but he said he
        hoped ... ¶ "Walls should not be controversial," he said.": no one else is there for
        "he" to be, as ``_pronoun`` reads it when the sentences it looks over name him alone;
        fresh12's rw-188).  Not after a group's quote ("they wrote", after the one person
        named: a spokesman's "he" may follow, never named; a BASIL report)."""
        speaker = self._run_goes_on(position)
        if speaker is None or speaker.sure or speaker.surname_sure or self.last_plural:
            return speaker
        named = self._mentions(0, position)
        if {p.key for _, p in named} != {speaker.key} or not self.people.evident(named[0][1]):
            return speaker
        return (
            speaker if self._has_pronoun(0, position, named[0][0]) else replace(speaker, sure=True)
        )

    def _run_goes_on(self, position: int) -> Speaker | None:
        """ "...," he said. "...," he added: a pronoun whose sentences back name nobody
        but quote the last speaker, in the same paragraph, with nobody named since, is that
        speaker, as sure as that quote's."""
        if self.last is None:
            return None
        begin = paragraph_start(self.text, position)
        # 'He added: "..."' opening the paragraph after the last speaker's quote goes on
        # with that speaker, as an unattributed quote opening it does (``_continued``)
        opens = not self.text[begin : self._word_start(position)].strip(' "')
        if self.last_end < begin and not (
            opens and self.last_end >= previous_paragraph(self.text, begin)[0]
        ):
            return _unsure(self.last)
        attributed = self.last_end + len(sentence_rest(self.text, self.last_end))
        others = {p.key for _, p in self._mentions(attributed, position)} - {self.last.key}
        return self.last if not others else _unsure(self.last)

    def _titled(self, person: Person, nearest: list[tuple[int, Person]]) -> bool:
        """Whether ``person`` is named with an honorific or a title as a subject of the
        sentence ``nearest`` holds ("Mr. Trump", "Sen. Reed")."""
        return any(
            p == person
            and self._subject(at)
            and self.text[at : self.text.find(" ", at)].lower().strip(".") in HONORIFICS
            for at, p in nearest
        )

    def _sole_subject(self, person: Person, nearest: list[tuple[int, Person]]) -> bool:
        """Whether ``person`` is the subject of the nearest sentence that names anyone, and
        no one else there is: a reader takes "he" for the subject before it ("Pacelle ...
        was gentler about the president's about-face. 'This is ...,' he wrote")."""
        subjects = {p for at, p in nearest if self._subject(at) and not self._owner(at, p)}
        return subjects == {person}

    def _subject(self, at: int) -> bool:
        """Whether the mention at ``at`` is a subject: it opens its sentence or a clause, or
        a speech verb follows it ("On Wednesday, press secretary Josh Earnest said ...")."""
        begin = sentence_start(self.text, at)
        if self._in_fronted_clause(begin, at) or self._in_fronted_question(begin, at):
            return False
        if starts_sentence(self.text, at) or self._after_openers(at):
            return True
        if _POSSESSIVE_OPENING.fullmatch(self.text, begin, at):
            return True
        if self._after_fronted_phrase(begin, at):
            return True
        if _FRONTED_CLAUSE.fullmatch(self.text, begin, at):
            return not self._apposed_in_fronted(begin, at)
        if _SPEAKS_AFTER.match(self.text, at) and not self._reported(at):
            return True
        if self._apposed(at):
            return True
        # the subject of a second clause: "..., but his son refused to take any credit"
        opens = _CLAUSE_OPENS.search(self.text, max(0, at - 60), at)
        if opens is None:
            return False
        # after a quotation, a name and its appositive closing the sentence ('"... the
        # previous chair," Rep. Tom Pike, Republican of Ohio.') are in apposition to the
        # quoted words' last noun: he has no verb, so he is no subject
        name = _CAPITALISED_RUN.match(self.text, at)
        return not (
            '"' in opens.group()
            and name is not None
            and _CLOSES_APPOSED.match(self.text, name.end()) is not None
        )

    def _apposed_in_fronted(self, begin: int, at: int) -> bool:
        """Whether the name at ``at``, after a fronted phrase that ends in a role, is set off
        by commas in apposition to that role ("According to his chief of staff, Bob Hauter,
        he would decide"): the phrase's object, not the subject, which comes after it."""
        name = _CAPITALISED_RUN.match(self.text, at)
        return (
            name is not None
            and self.text.startswith(",", name.end())
            and _ENDS_IN_ROLE.search(self.text, begin, at) is not None
        )

    def _after_fronted_phrase(self, begin: int, at: int) -> bool:
        """Whether the name at ``at`` comes right after a phrase fronted before the subject
        of the sentence at ``begin`` ("In response to a question after his speech, Obama
        defended"): it is that subject, and a "his" in the phrase is his own, as a reader
        binds it (fresh57's rw-732: Obama's words, given to George W. Bush by a copy, were
        read as his only unsure).  Not a name opening the sentence that only looks like a
        participle ("Kettering thanked Hesketh's chairman, Rob Atherley, ..."): she is the
        subject, and the name after her comma is her verb's object."""
        if _FRONTED_PHRASE.fullmatch(self.text, begin, at) is None:
            return False
        opening = begin + len(self.text[begin:at]) - len(self.text[begin:at].lstrip(' "'))
        return not any(named == opening for named, _ in self._mentions(begin, at))

    def _in_fronted_clause(self, begin: int, at: int) -> bool:
        """Whether the mention at ``at`` is the subject of a clause fronted before the main
        one, which names a subject of its own: "When Pike finished, Hale shot back" (Hale
        speaks); not when the main clause's subject is a pronoun, which a reader takes for
        the one just named ("When Pike learned of it, he became concerned": Pike)."""
        if not (
            _IN_FRONTED_CLAUSE.match(self.text, begin) and _IN_FRONTED_CLAUSE.match(self.text, at)
        ):
            return False
        fronted = _FRONTED_CLAUSE.match(self.text, begin)
        return fronted is not None and not _PRONOUN_SUBJECT.match(self.text, fronted.end())

    def _in_fronted_question(self, begin: int, at: int) -> bool:
        """Whether the mention at ``at`` stands in a question fronted before the subject it
        was put to (``_FRONTED_QUESTION``): "Asked whether Obama had flip-flopped, he
        sidestepped" names Obama only as what "he" was asked about."""
        fronted = _FRONTED_QUESTION.match(self.text, begin)
        return fronted is not None and at < fronted.end()

    def _after_openers(self, at: int) -> bool:
        """Whether only opening adverbs stand before the mention at ``at`` in its sentence
        ("Minutes later Mr. Trump wrote", "Still, Ruiz held"): it opens the clause all the same."""
        begin = sentence_start(self.text, at)
        words = _OPENER_WORD.findall(self.text, begin, at)
        return (
            bool(words)
            and len(words) == len(self.text[begin:at].split())
            and all(w.lower() in SENTENCE_OPENERS for w in words)
        )

    def _apposed(self, at: int) -> bool:
        """Whether the mention at ``at`` names, set off by a comma, the role that opens its
        sentence ("The committee's chairman, Rep. Tom Pike of Texas, has kept quiet"): the
        role is the subject, and the name in apposition is who holds it."""
        begin = sentence_start(self.text, at)
        opening = _ROLE_OPENING.match(self.text, begin)
        return (
            opening is not None
            and role_of(opening.group("role")) is not None
            and _APPOSED.fullmatch(self.text, opening.end(), at) is not None
        )

    def _reported(self, at: int) -> bool:
        """Whether the mention at ``at`` stands in the reported words of an earlier speech
        verb of its sentence, in the same clause: "Ana Ruiz said Tom Pike told her ...":
        Pike speaks inside Ruiz's account; the sentence's subject, the teller, is Ruiz."""
        begin = sentence_start(self.text, at)
        verbs = [
            v for v in _SPEECH_VERB.finditer(self.text, begin, at) if not self._quoted_at(v.start())
        ]
        if not verbs or verbs[0].start() == begin:
            return False  # "Said Ruiz, ...": no subject before the verb
        return not _CLAUSE_BREAK.search(self.text, verbs[-1].end(), at)

    def _has_pronoun(self, start: int, end: int, bound: int | None = None) -> bool:
        """Whether the writer's words in ``[start, end)`` hold a "he" or a "his".  One inside
        a quotation is the speaker's, wherever the sentence's bounds cut (a sentence found
        backwards may begin inside a quote, where a quote-mark regex would pair wrongly).
        One after ``bound`` (``_binder``) is that subject's own and points nowhere else,
        unless it is the object of the subject's verb ("Ryan needled him": someone else,
        ``_OBJECT_PRONOUN``) or opens a speech aside ("Blaming Ruiz, he said, was too
        easy"): the aside's "he" speaks of the one named in the clause it interrupts, so is
        someone else, named before (as ``_aside`` reads the pronoun being resolved)."""
        acted_on = None if bound is None else self._object_pronoun(bound)
        return any(
            not self._quoted_at(found.start())
            and (
                bound is None
                or (found.start() < bound and not self._fronted_own(found.start(), bound))
                or found.start() == acted_on
                or self._aside(sentence_start(self.text, found.start()), found.start())
            )
            for found in _PERSONAL_PRONOUN.finditer(self.text, start, end)
        )

    def _fronted_own(self, pronoun: int, bound: int) -> bool:
        """Whether the pronoun at ``pronoun`` stands in a phrase fronted before the subject
        at ``bound`` (``_after_fronted_phrase``), so is that subject's own."""
        begin = sentence_start(self.text, bound)
        return pronoun >= begin and self._after_fronted_phrase(begin, bound)

    def _binder(self, found: list[tuple[int, Person]]) -> int | None:
        """Where the one person a sentence names stands as its subject: a "his" or a "him"
        after it in that sentence is his own ("Flynn pleaded guilty to lying about his
        talks"), as a reader binds it, not someone named before; None when the sentence
        names two people or its one person is no subject ("As for his work with Griffin")."""
        if len({person for _, person in found}) != 1:
            return None
        return next((at for at, _ in found if self._subject(at)), None)

    def _continued(self, start: int) -> Speaker | None:
        """A quote with no attribution goes on with the quote before it, in the same
        paragraph or opening the next; sure when nobody else is named in between."""
        if self.last is None:
            return None
        begin = paragraph_start(self.text, start)
        previous = previous_paragraph(self.text, begin)
        opens_paragraph = not self.text[begin:start].strip(' "')
        if not (self.last_end >= begin or (opens_paragraph and self.last_end >= previous[0])):
            return None
        self.read = "quote before" if self.last_end >= begin else "paragraph before"
        # the attribution of the quote before ("," Tanya Sanerib, senior attorney with the
        # Center for Biological Diversity, said.") names its speaker and her body, nobody new;
        # after a question or an exclamation read as going on to its attribution ('"...act?"
        # Former FBI boss James Comey has accused Abedin of "..."'), words running on into
        # this very quote are this quote's sentence, not that attribution (fresh48's rw-624)
        attributed = self.last_end + len(sentence_rest(self.text, self.last_end))
        if attributed > start and self.text[self.last_end - 1 : self.last_end] in ("?", "!"):
            attributed = self.last_end
        others = {p.key for _, p in self._mentions(attributed, start)} - {self.last.key}
        sure = (
            self.last.sure
            and not others
            and not self._another_agent(attributed, start)
            and not self._carried_by_medium(start)
        )
        return replace(self.last, sure=sure, surname_sure=False)

    def _carried_by_medium(self, start: int) -> bool:
        """Whether the quote at ``start`` is what a medium its sentence opens with carries
        ("The spot closes on "..."": ``_MEDIUM_SUBJECT``; a piece of writing:
        ``_WRITING_SUBJECT``; a document whose content it gives: ``_DOCUMENT_CONTENT``): no
        person is said to speak it."""
        begin = sentence_start(self.text, start)
        return bool(
            _MEDIUM_SUBJECT.fullmatch(self.text, begin, start)
            or _WRITING_SUBJECT.match(self.text, begin, start)
            or _DOCUMENT_CONTENT.fullmatch(self.text, begin, start)
        )

    def _another_agent(self, attributed: int, start: int) -> bool:
        """Whether the writer's words before the quote at ``start``, in its sentence and
        after the attribution of the quote before, name someone the text does not name as a
        person ("In October, WikiLeaks pressed him to "..."" after Trump Jr.'s quote): the
        quote may be theirs, not the last speaker's.  A common word opening the sentence, a
        month, a day or a title names no one; nor a word opening the sentence that the text
        writes in lower case elsewhere ("Managers, he went on, "..."")."""
        last = {w.lower().strip(".") for w in self.last.name.split()} if self.last else set()
        opening = sentence_start(self.text, start)
        for found in _CAPITALISED_WORD.finditer(self.text, max(attributed, opening), start):
            word = found.group().lower()
            if self._quoted_at(found.start()) or word in last or word in _NO_AGENT:
                continue
            if not self.text[opening : found.start()].strip(' "') and re.search(
                r"\b" + re.escape(word) + r"\b", self.text
            ):
                continue  # capitalised only as the sentence's first word
            return True
        return False

    def _organisation(self, mention: str) -> Speaker | None:
        """ "according to the Pentagon", and the text names the Pentagon's press secretary:
        him (not sure: an organisation speaks through many)."""
        words = _clean(mention)
        key = speaker_key(mention)
        if len(words) != 1 or key is None:
            return Speaker(key, mention, sure=False) if key else None
        org = re.escape(words[0])
        person = r"(?P<person>[A-Z][\w'-]+ [A-Z][\w'-]+)"
        patterns = [org + r"(?: [a-z]+){1,3} " + person, person + r", (?:the |a )?" + org + r"\b"]
        found = {m.group("person") for p in patterns for m in re.finditer(p, self.text)}
        if len(found) != 1:
            return Speaker(key, words[0], sure=False)
        name = found.pop()
        return Speaker(speaker_key(name) or key, name, sure=False)


def an_outlet(name: str) -> bool:
    """Whether ``name``, read as a person's or a speaker's, is a known outlet's
    (``credits.canonical_outlet``: "HuffPost", "CNN", "The Huffington Post"), less those
    that are people's names too ("Fox", "Bloomberg": ``PERSON_LIKE_OUTLETS``)."""
    return name.lower() not in PERSON_LIKE_OUTLETS and canonical_outlet(name) is not None


def _an_outlet(person: Person) -> bool:
    return an_outlet(person.name)


def label_speaker(text: str, people: People, position: int) -> Speaker | None:
    """In a transcript, the speaker whose label ("MENDES:") heads the words at ``position``."""
    labels = [m for m in LABEL.finditer(text) if m.start() < position]
    if not labels:
        return None
    person = people.named(labels[-1].group("label").title(), labels[-1].start())
    return _speaker(person, sure=True) if person else None
