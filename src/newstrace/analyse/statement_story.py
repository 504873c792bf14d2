"""A story written from a statement: the story's quotations are the statement's own words.

A politician's statement, a press release, a letter or a transcript quotes nobody: it is
the speaker's own first-person text.  A story written from it quotes its sentences
(``"I am angry ...," she said``) and retells the rest in the outlet's voice.  When several
of one text's quotations stand in the other as plain, unquoted words, the other quotes
nobody at length, and the first text's own words are told from the other, the other
is the primary document and the first the story written from it -- whatever the lengths
say: a story of a statement is often about as long as the statement, and each gives
details the other lacks (the story its background, the statement what the story cut),
which the paraphrase model reads as two rewrites of one source (fresh33's pr-206 at a
copy probability of 0.07; pr-56, pr-164, pr-200 before it).

Two reports that quote one statement each quote it (neither has it as plain words), and a
report that prints a statement whole quotes others too (BASIL's same-event pairs: every
report holding another's quotations as plain words quotes four or more at length itself).
A rewrite may keep its source's one quotation as plain words and quote nobody: asked for one
quotation, and neither for the story's sentences nor for a direction, the rule read rw-380
and rw-380b the wrong way; asked for two, none.  On every read split (tune ... fresh33) the
rule holds for no sibling, rewrite or BASIL pair, and for 152 ordered primary-source pairs,
each the right way (BENCHMARKS.md, "Stories of a statement after fresh33").

The story's own words are told from the statement when half or more of its text outside
quotations is traced to it, firmly or loosely (``outside_quotes``), not half of its own
sentences *firmly* (``own_share``), as the rule first read it: a story retells the rest of
a statement in the outlet's voice, which the encoder links loosely, and adds sentences of
its own (what the statement's subject did not say, who could not be reached), which are
the story's, not something it failed to take.  fresh35's pr-218 (a senator's statement and
the story quoting five of its sentences) has 3 of its 8 own sentences firmly traced, 62%
of its text outside quotations traced; the other 160 ordered pairs the rule holds for on
every read split have 58% or more, and it holds for no other pair either way
(BENCHMARKS.md, "Rewrites and statements after fresh35").

The quotations are counted from the evidence: those of four words or more that the other
text gives (``quotations`` less ``quotations_new``), which, when the other quotes nothing of
four words or more, it can only give as plain words -- whole (``quotes_from_speech``), or
cut and joined (fresh26's pr-164: two sentences of the statement joined in one quotation,
which ``quotes_from_speech`` does not count).

One quotation is enough when the statement speaks in its own voice and the story does not:
"we", "our", "I" outside quotations (``SideEvidence.first_person``), as an organisation's
statement speaks of itself ("We know how much the North Stand means to our supporters")
and a story of it in the third person ("said club chair Maureen Ashworth").  fresh38's
pr-240, a football club's statement and the story quoting two of its sentences joined in
one quotation, was ``shared_source`` at 0.86 for want of a second.  On every read split
(tune ... fresh38, ordered pairs) one found quotation, the other quoting nobody, holds for
that pair and for rw-380 and rw-380b, whose source, a news report, says "we" nowhere
outside quotations (nor does its rewrite); it holds for no sibling or BASIL pair
(BENCHMARKS.md, "Rewrites after fresh38").

How much of the story is told from the statement is read over its whole text, its
quotations too (``Coverage``), not only over its text outside them: those quotations are the
statement's plain words, which the story took from it as it took the rest.  fresh52's pr-320
(a senator's first-person statement and a 223-word story quoting three of its passages,
two of them sentences joined, beside a paragraph of background and one on the caucus it
left) has 49% of its text outside quotations traced and 58% of all of it; every other
ordered pair the rule holds for on every read split has 63% or more of its whole text
traced, and with the whole text read the rule still holds for no sibling, rewrite or BASIL
pair (BENCHMARKS.md, "Copies left at shared_source after fresh52").

A statement may quote someone itself -- a club's release quoting its chief executive --
and still be the source whose plain words the story quotes.  Then the quotations the other
gives are no longer its plain words by elimination, but the evidence says so directly:
``quotes_from_speech`` counts the story's quotations standing whole in the other as plain,
unquoted speech.  Two of them, the other speaking in its own voice ("we", "our") and the
story not, are the statement read as above.  fresh43's pr-270 (a club's statement in the
first person, quoting its chief executive once; the story quoting two of the club's own
sentences and two of his, apart, not his quotation as the club gives it) was
``shared_source`` at 0.95 for that one quotation.  Two reports of one event quote the
same people, each giving the other's quotations; on every read split one BASIL report has
two quotations standing as plain speech in another that quotes people, 74% of it traced
and the direction 0.997 -- but that other says "we" or "I" twice (``MIN_VOICE`` asks
three) and the first gives two of its quotations.  So the statement must speak in its
own voice and the story give none of the statement's quotations whole.  So read, the
reading holds for three primary pairs (pr-190, pr-270, pr-306), each the right way, never
for a sibling or BASIL pair (BENCHMARKS.md, "Copies left at shared_source after
fresh52").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newstrace.model import Coverage, Evidence, SideEvidence

# Quotations of the story found in the statement from which the rule holds: one shared
# sentence may be a slogan or a line both texts took from elsewhere; two are a pattern.
# With one (and no other condition) a source whose one quotation its rewrite kept as plain
# words read as the story (rw-380, rw-380b, module docstring).
MIN_QUOTED = 2
# Words of the first person outside quotations from which a text speaks in its own voice (a
# slip, a quoted phrase the quotation marks missed, is one or two); the story's must be
# under a quarter of the statement's (pr-240: 8 against 0; module docstring).
MIN_VOICE = 3
VOICE_RATIO = 4
# "US" (the country) is kept apart by its case.
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Uu]s|[Oo]urs?|[Oo]urselves|[Mm]e|[Mm]y|[Mm]yself)\b")
# Share of the story's text, quotations and all, traced to the statement (``Coverage``) from
# which it is told from it (every primary pair the rule holds for has 58% or more: pr-320;
# the others 63% or more; module docstring).
MIN_TOLD = 0.5
# How surely the texts (and dates) must say the story is the copy; the lowest among the
# primary pairs the rule holds for is 0.95.
MIN_DIRECTION = 0.9
# The copy probability the rule gives, as a lifted block gives it (``direction.py``).
STATEMENT_COPY = 0.9


def first_person(text: str, quoted: Iterable[tuple[int, int]]) -> int:
    """Words of the first person in ``text`` outside the ``quoted`` regions (start, end)."""
    regions = list(quoted)
    return sum(
        not any(start <= found.start() < end for start, end in regions)
        for found in _FIRST_PERSON.finditer(text)
    )


def own_voice(story: SideEvidence, statement: SideEvidence) -> bool:
    """Whether ``statement`` speaks in the first person and ``story`` does not."""
    return (
        statement.first_person >= MIN_VOICE
        and story.first_person * VOICE_RATIO < statement.first_person
    )


def _found_in_other(side: SideEvidence) -> int:
    """The side's quotations (of four words or more) that the other text gives too."""
    return side.quotations - side.quotations_new


def _plain_words(story: SideEvidence, statement: SideEvidence) -> bool:
    """Whether the story's quotations the statement gives are its plain words: it quotes
    nobody, or two of them stand in it whole as plain speech, it speaks in its own voice,
    the story not, and the story gives none of its quotations whole (module docstring)."""
    if statement.quotations == 0:
        return True
    speech = story.quotes_from_speech >= MIN_QUOTED and own_voice(story, statement)
    return speech and _found_in_other(statement) == 0


def _tells(story: SideEvidence, statement: SideEvidence, told: float) -> bool:
    quoted = _found_in_other(story)
    enough = quoted >= MIN_QUOTED or (quoted >= 1 and own_voice(story, statement))
    return enough and _plain_words(story, statement) and told >= MIN_TOLD


def story_of_statement(evidence: Evidence, coverage: Coverage, p_a_copy: float) -> str | None:
    """Which text ("A" or "B") is the story written from the other, a statement, when the
    rule of the module docstring holds and the texts say the same way (``p_a_copy``: the
    probability that A is the copy, if one is); None when it does not hold."""
    if _tells(evidence.a, evidence.b, coverage.a) and p_a_copy >= MIN_DIRECTION:
        return "A"
    if _tells(evidence.b, evidence.a, coverage.b) and 1 - p_a_copy >= MIN_DIRECTION:
        return "B"
    return None


def statement_reason(evidence: Evidence, coverage: Coverage, story: str) -> str:
    """Why the story is called the copy of the statement, naming its quotations."""
    side, other = (evidence.a, evidence.b) if story == "A" else (evidence.b, evidence.a)
    statement = "B" if story == "A" else "A"
    quoted = _found_in_other(side)
    quotes = (
        f", though it quotes others ({other.quotations} quotation(s)), has "
        f"{side.quotes_from_speech} of {story}'s as plain speech"
        if other.quotations
        else " quotes nobody"
    )
    voice = (
        f" and speaks in the first person ({other.first_person} words outside quotations, "
        f"{story} {side.first_person})"
        if quoted < MIN_QUOTED or other.quotations
        else ""
    )
    told = coverage.a if story == "A" else coverage.b
    return (
        f"{quoted} of {story}'s {side.quotations} quotations stand in {statement} as "
        f"{statement}'s own words, and {statement}{quotes}{voice}: {statement} reads as the "
        f"statement itself (a release, a letter, a transcript) and {story} as the story "
        f"written from it ({told:.0%} of {story}'s text told from {statement})"
    )
