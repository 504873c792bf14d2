"""Words the copy puts in the mouth of its clause's subject with no verb of speech.

"Issa has railed against the "outrageous IRS targeting of Americans ..."", "Hutchinson
agreed the bill "threatens to undermine the spirit of inclusion."": no attribution is read
there (``attribution.py`` knows verbs of speech only), yet a reader takes the words for the
subject's: the writer's few words between the name and the quote are the subject's own
act, and no one else is named in the sentence.  Read for the copy's side of the
misattribution check alone (``quotes.py``), never for B's side, whose speaker is read as
before.  Not when the verb takes another's words as its object ("rejected the
"...", "quoted", "echoed"), nor in a passive ("was accused of "..."") or after "what"
("railed against what he called"): there the words are someone else's.
Nor is a verb of speech read in a participle after the clause's comma ("Speaker Nancy
Pelosi rejected it even before Mr. Trump spoke, denouncing the offer as "..."", fresh56's
rw-722): the participle's subject is the clause's, as a reader takes it, when no one else
is named in the clause but after a word that opens a clause of its own ("before Mr.
Trump spoke"): no capitalised word before that.
Internal: may change without notice.
"""

from __future__ import annotations

import re

from newstrace.analyse.people import People
from newstrace.analyse.prose import sentence_rest, sentence_start
from newstrace.analyse.quotations import Quote
from newstrace.analyse.resources import SPEECH_VERBS
from newstrace.analyse.speakers import Speaker

__all__ = ["subject_speaker"]

# A capitalised name (maybe titled: "Gov. Asa Hutchinson") opening the sentence or a clause
# joined by "and" or "but" ("Walmart pushed too, and Hutchinson agreed the bill "), maybe
# an appositive between commas, or a name and its relative clause ("... Reince Priebus, who
# wanted "), then only the writer's lower-case words up to the quote mark: one clause,
# whose subject no other name, figure or clause (a comma, a colon) may take over.
_SUBJECT_CLAUSE = re.compile(
    r"(?:^\s*(?:(?:But|And|So|Yet|Still|Meanwhile)\s+)?|,\s+(?:and|but)\s+|;\s+)"
    r"(?P<who>(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w'-]*)"
    r"(?:,[^,\"]{1,80},)?\s+(?P<rest>[a-z][a-z -]*?)"
    # the quote may stand in apposition to the clause's last noun, after its comma: "Costa,
    # too, sees his personality, "brash, challenging and often combative," as his main
    # asset" gives Costa the words as plainly (fresh54's rw-689)
    r",?\s*$"
)
_RELATIVE_CLAUSE = re.compile(
    r"\s(?P<who>(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w'-]*),\s+who\s+(?P<rest>[a-z][a-z -]*?)\s*$"
)
# "Speaker Nancy Pelosi rejected it even before Mr. Trump spoke, denouncing the offer as ":
# a name opening the sentence, its clause (no comma, no quote), then after its comma a
# participle of speech and up to three of the writer's words before the quote mark.
_PARTICIPLE_CLAUSE = re.compile(
    r"^\s*(?:(?:But|And|So|Yet|Still|Meanwhile)\s+)?"
    r"(?P<who>(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w'-]*)"
    r"(?P<clause>\s+[a-z][^,;:\"]{0,100}),\s+(?P<verb>[a-z]+ing)"
    r"(?P<rest>(?:\s+[a-z][\w'-]*){0,3})\s*$"
)
# Participles that tell the subject's own name for a thing, with "as" ("denouncing the
# offer as "..."", "branding him "..."") though not verbs of speech on their own.
_NAMING_PARTICIPLES = frozenset(
    "denouncing branding labeling labelling deriding condemning blasting slamming".split()
)
# Words opening a clause of its own inside the subject's: a name after one is that
# clause's subject, not a rival for the participle ("even before Mr. Trump spoke").
_CLAUSE_OPENERS = frozenset("before after when while since until because as".split())
# The writer's words between the name and the quote, at most.
_MAX_WORDS = 8
# Words before the quote that make it someone else's: a verb whose object is another's
# words ("rejected the "..."", "quoted", "echoed"), a passive ("was accused of"), "what"
# ("railed against what critics call"), a plural of people ("critics", "opponents").
_OTHERS_WORDS = frozenset(
    """quoted quotes quoting cited cites citing read reads reading repeated repeats repeating
    echoed echoes echoing borrowed mocked mocks mocking ridiculed ridicules rejected rejects
    denied denies disputed disputes dismissed dismisses scoffed scoffs laughed laughs
    questioned questions challenged challenges refuted refutes contradicted mimicked
    parodied heard hears accused so-called
    was were is are be been being what whom critics opponents others people""".split()
)


def subject_speaker(quote: Quote, people: People) -> Speaker | None:
    """The subject of the clause that holds the copy's quotation ``quote`` (its words in
    ``people.text``), when nothing else is read and that subject is a person the copy names
    in full, of a surname no one else of the copy shares; else None."""
    text = people.text
    if len(quote.pieces) != 1 or (quote.speaker is not None and quote.read == "own sentence"):
        return None
    start, end = quote.pieces[0]
    before = text[sentence_start(text, start) : start].rstrip('"')
    if '"' in before:
        return None
    found = _SUBJECT_CLAUSE.search(before) or _RELATIVE_CLAUSE.search(before)
    if found is None:
        found = _participle_clause(before)
    if found is None:
        return None
    words = found.group("rest").split()
    if len(words) > _MAX_WORDS or any(w in SPEECH_VERBS or w in _OTHERS_WORDS for w in words):
        return None
    after = sentence_rest(text, end).split('"')[0]
    if any(w in SPEECH_VERBS or w[:1].isupper() for w in re.findall(r"[\w'-]+", after)):
        return None  # an attribution after the quote, not read, may name another
    person = people.named(found.group("who"), start)
    if person is None or not person.given or people.rivals(person):
        return None
    return Speaker(person.key, person.name, person.given)


def _participle_clause(before: str) -> re.Match[str] | None:
    """The sentence ``before`` the quote when it is a name's clause and, after its comma,
    a participle of speech running into the quote (``_PARTICIPLE_CLAUSE``): a verb of
    speech ("calling it"), or one naming a thing with "as" ("denouncing the offer as");
    no capitalised word in the clause (another person, maybe) but after a word opening a
    clause of its own."""
    found = _PARTICIPLE_CLAUSE.search(before)
    if found is None:
        return None
    verb, rest = found.group("verb"), found.group("rest").split()
    if verb not in SPEECH_VERBS and not (verb in _NAMING_PARTICIPLES and rest[-1:] == ["as"]):
        return None
    head = re.split(r"\b(?:" + "|".join(_CLAUSE_OPENERS) + r")\b", found.group("clause"))[0]
    return None if re.search(r"\b[A-Z]", head) else found
