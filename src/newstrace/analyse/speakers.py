"""Who said a quotation: the attribution next to it, with pronouns and titles resolved.

Rule-based on purpose: no named-entity model with its weights is published on PyPI by its
authors (spaCy's models are not; the re-uploads there are unofficial), and news attribution
follows few patterns: ``"...," Mr. Kerry said``, ``said Peter Cook``, ``Kerry added: "..."``,
``according to the Pentagon``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newstrace.analyse.resources import (
    HONORIFICS,
    MONTHS,
    PRONOUNS,
    SENTENCE_OPENERS,
    SPEECH_VERBS,
    TITLES,
    WEEKDAYS,
)
from newstrace.segment.resources import STOPWORDS

_VERB = r"(?:" + "|".join(sorted(SPEECH_VERBS)) + r")"
_NAME = r"(?:(?:[A-Z][\w.'-]*|al|bin|de|van|von)\s+){0,4}[A-Z][\w'-]*"
_WHO = r"(?:" + _NAME + r"|[Hh]e|[Ss]he|[Tt]hey)"
_AFTER = re.compile(
    r"^[\s,]*(?:(?:" + _VERB + r")\s+(?P<a>" + _WHO + r")|(?P<b>" + _WHO + r")\s+"
    r"(?:\w+ly\s+)?" + _VERB + r")\b"
)
_BEFORE = re.compile(r"(?P<name>" + _WHO + r")\s+(?:\w+ly\s+)?" + _VERB + r"\b[^\"]*$")
# "... in Syria, Peter Cook, the Pentagon press secretary, said in a statement."
_LATER = re.compile(r"(?P<name>" + _NAME + r")(?:,[^,\"]{0,60},)?\s+(?:\w+ly\s+)?" + _VERB + r"\b")
# A name that begins a sentence and is followed by a comma or a verb: its subject.
_SUBJECT = re.compile(
    r"(?:^|[.!?]\"?\s+|\n)((?:[A-Z][a-z'-]+\s+){0,2}[A-Z][a-z'-]+)(?=,|\s+[a-z]+\b)"
)
_ACCORDING = re.compile(r"[Aa]ccording to (?:the )?(?P<name>" + _NAME + r")[^\"]*$")


# Capitalised words that stand before names but are not given names ("Secretary of State
# John Kerry", "Defense Secretary Ashton B. Carter").
_NOT_GIVEN_NAMES = frozenset("state defense foreign white house senate the".split())


@dataclass(frozen=True, slots=True)
class Speaker:
    """A speaker: ``key`` (a lower-cased surname or name) and the fullest name in the text."""

    key: str
    name: str


def _clean(name: str) -> list[str]:
    words = [
        w
        for w in name.replace("'s", "").split()
        if w.lower().strip(".") not in HONORIFICS and w.lower() not in TITLES
    ]
    return words


def speaker_key(name: str) -> str | None:
    """The key a name is compared by: its last word, lower-cased, titles removed."""
    words = _clean(name)
    return words[-1].lower().strip(".") if words else None


@dataclass(frozen=True, slots=True)
class Mention:
    """How a quotation's source is named next to it; ``organisation`` for "according to X"."""

    text: str
    organisation: bool = False


def find_attribution(before: str, after: str, gap: str = "") -> Mention | None:
    """The speaker named next to a quotation (a name or a pronoun), or None."""
    for text in (gap, after):
        match = _AFTER.match(text)
        if match:
            return Mention(match.group("a") or match.group("b"))
    match = _BEFORE.search(before) or _LATER.search(after.split('"')[0])
    if match:
        return Mention(match.group("name"))
    match = _ACCORDING.search(before)
    return Mention(match.group("name"), organisation=True) if match else None


class SpeakerResolver:
    """Resolves names and pronouns to speakers, in reading order, within one article."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.last: Speaker | None = None
        self.last_at = -1
        self._subjects = [
            (m.start(1), m.group(1)) for m in _SUBJECT.finditer(text) if self._proper(m.group(1))
        ]

    def resolve(self, mention: Mention | None, position: int) -> Speaker | None:
        """The speaker of the quotation at ``position``.

        A name is resolved to its fullest form.  A missing attribution continues the last
        speaker; a pronoun refers to whoever was named last: the last speaker, or a person
        who began a sentence after that speaker's quotation ("Trump, as is often his way,
        fired back. ... he said").
        """
        if mention is None:
            return self.last  # an unattributed quote continues the last speaker's words
        if mention.text.lower() in PRONOUNS:
            subject = self._subject_between(self.last_at, position)
            if subject is not None:
                return self.resolve(Mention(subject), position)
            return self.last
        key = speaker_key(mention.text)
        if key is None or key in WEEKDAYS or key in MONTHS:
            return self.last  # "said Thursday": a day, not a speaker
        person = self._person_for_organisation(mention.text) if mention.organisation else None
        speaker = person or Speaker(key=key, name=self._fullest_name(key, mention.text))
        self.last, self.last_at = speaker, position
        return speaker

    def _proper(self, name: str) -> bool:
        """A name rather than a sentence opener ("However,", "Asked about", "The Obama ...")."""
        words = [w.lower() for w in name.split()]
        if any(w in STOPWORDS or w in SENTENCE_OPENERS for w in (words[0], words[-1])):
            return False
        return not any(len(w) > 4 and w.endswith(("ly", "ing", "ed")) for w in words)

    def _subject_between(self, start: int, end: int) -> str | None:
        inside = [name for at, name in self._subjects if start < at < end]
        return inside[-1] if inside else None

    def _fullest_name(self, key: str, mention: str) -> str:
        """The longest name ending in the surname: up to two given names or initials."""
        given = r"(?:[A-Z][a-z'-]+|[A-Z]\.)"
        pattern = re.compile(r"(?:" + given + r"\s+){0,2}" + re.escape(key.capitalize()) + r"\b")
        best = " ".join(_clean(mention)) or mention
        for match in pattern.finditer(self.text):
            words = [w for w in _clean(match.group(0)) if w.lower() not in _NOT_GIVEN_NAMES]
            candidate = " ".join(words)
            if len(candidate) > len(best):
                best = candidate
        return best

    def _person_for_organisation(self, mention: str) -> Speaker | None:
        """ "The Pentagon" said it, and the text names the Pentagon's press secretary: him."""
        words = _clean(mention)
        if len(words) != 1:
            return None
        org = re.escape(words[0])
        person = r"(?P<person>[A-Z][\w'-]+ [A-Z][\w'-]+)"
        patterns = [
            org + r"(?: [a-z]+){1,3} " + person,
            person + r", (?:the |a )?" + org + r"\b",
        ]
        found = {m.group("person") for p in patterns for m in re.finditer(p, self.text)}
        if len(found) != 1:
            return None
        name = found.pop()
        key = speaker_key(name)
        return Speaker(key=key, name=name) if key else None
