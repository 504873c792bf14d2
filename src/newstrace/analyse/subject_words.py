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
    found = _SUBJECT_CLAUSE.search(before) or _RELATIVE_CLAUSE.search(before)
    if found is None or '"' in before:
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
