"""How sure ``shared_source`` may be of a pair shaped like a condensed rewrite: a short text
much of which is traced to one about twice its length or longer, neither shown written from
the other.

The copy model reads such a pair as two reports quoting one statement, and must keep them
apart from copies (no false accusations), so the call stands.  But its confidence, one
less the copy probability, said 1.00 of fresh37's rw-486 and rw-493: condensed rewrites
(101 of 207 words, 147 of 354) that kept two or three quotations word for word and retold
the rest.  Of the ``shared_source`` calls at 0.99 or more on every read split and BASIL
(tune ... fresh37, both orders), 796 of 804 are right; the 8 wrong ones (rw-300, rw-449,
rw-486, rw-493) are all this shape, and of its 184 ordered ``shared_source`` calls, 114
are right (0.62: 70 condensed rewrites against 60 sibling and 54 BASIL calls), stated
0.84 on average.  So the copy probability of such a call is held at least at
``CONDENSED_DOUBT``: ``shared_source`` is said no surer than the 0.7-0.8 tenth of all calls
is right, as of two retellings of one report (``direction._RETOLD_COPY``).  A lower bound
on the copy probability under one half turns no call; a ceiling of 0.6 or 0.65 leaves the
0.7-0.8 tenth more than 0.1 under its accuracy (BASIL and siblings are right there), so
it is not lower (BENCHMARKS.md "Rewrites after fresh37").

What the texts do say of such a pair is whether the short text quotes people the long one
does not: a condensed rewrite keeps some of its source's quotations and retells the rest,
a report of its own quotes its own speakers.  On every read split and BASIL (tune ...
fresh38, both orders) the 192 ordered ``shared_source`` calls of the shape are right 20
times of 80 when the short text has no quotation of its own (60 rewrites wrong, 18 sibling
and 2 BASIL calls right), 42 of 60 with one (18 rewrites wrong), 52 of 52 with two or more
(12 sibling and 40 BASIL calls).  So the shape asks for at most ``MAX_OWN_QUOTATIONS``, and
its calls are said no surer than those with one are right (0.70).  Those with none are
right less often, but they cannot be said so: a bound of one half or more would call them
copies (18 siblings and 2 of BASIL among them), and one under 0.7 leaves the 0.7-0.8 tenth
with calls 0.85 right (+0.108; BENCHMARKS.md "Rewrites after fresh38").

What the shares say of the pair besides is how much of the *long* text the short one
retells, and in whose words (``condensed_doubt``): a condensed rewrite retells much of its
source in words of its own, which no sibling or same-event pair of the shape did on every
read split and BASIL; such a pair is a copy, no surer than 0.8 (BENCHMARKS.md "Condensed
rewrites after fresh42", "after fresh44" and "after fresh48").  One that keeps a passage
of the long text's wording besides, and tells at least half of its own sentences firmly
from it, is a copy too, and surer: a passage kept word for word is a copy's mark, and the
siblings that share one with a long text much of which they retell are two retellings of
one outlet's report, which the texts say themselves (``direction._retold``), no copy
("after fresh46").  So is one that keeps a passage and quotes no one the long text does
not, however few of its own sentences are firmly traced: it took its wording, much of its
story and all its speakers from the long text, where a report of its own quotes its own
("Copies left at shared_source after fresh52").  What the credits say is whom the short
text names as its source: one that credits an outlet the long text does not name, beside
a long text that tells its story as another outlet's report, names the long text's own
outlet, as a rewriter credits the article it retells ("after fresh48").

A condensed text that quotes no one the long text does not and keeps none of its wording
is a copy from a third of the long text retold (``RETELLS_LONG_OWN``): its speakers are all
the long text's, its other words all its own (BENCHMARKS.md "Condensed rewrites after
fresh54").

A short text of the shape but for the share traced, too little of whose own words is
traced for the copy model to be asked (``untraced_shape``), is ``shared_source`` at one
less ``UNTRACED_DOUBT``, not 1.00: what it shares with the long text is a quotation or
two, and the rest is either a report of its own or a rewrite retold too freely for the
paraphrase layer to follow.  Tracing such a rewrite is no way out: its retold sentences
score with theirs as two rewrites of one source and two reports of one event score theirs
(BENCHMARKS.md "Heavy rewrites traced by a quotation only after fresh55").
"""

from __future__ import annotations

from newstrace.model import Coverage, Evidence

# The shorter text's words, as a share of the longer's, up to which it is condensed: about
# half or less.  A rewriter told to condense a story to half its length writes about half,
# a word or two over as often as under: fresh41's rw-532, 101 words of 202, was left out by
# "under half" (``shared_source`` at 0.94), and fresh45's rw-582b, 105 of 208, by "at most
# half" (``shared_source`` at 1.00, the copy model not asked: a sure call on a copy): a
# word or two in two hundred is 0.01.  Measured with the thirty-sixth session's merged
# rules over tune ... fresh46: 0.51 turns 6 ordered calls right and 0.55 another 10, no
# sibling or BASIL call turning (at 0.6 two of BASIL's same-event pairs are copies); but
# from 0.53 on, the 0.6-0.7 tenth's calls are right more than 0.1 above what they say
# (+0.109 at 0.53, +0.095 at 0.51): BENCHMARKS.md "Wrong-way and sure calls after
# fresh46" and "After the thirty-sixth session's merges".
CONDENSED_LENGTH = 0.51
# Share of the shorter text traced to the longer from which the shape holds.
CONDENSED_TRACED = 0.45
# Quotations of the short text's own (of four words or more, not in the other) up to which
# the shape holds: with two or more, every call of the shape is right (module docstring).
MAX_OWN_QUOTATIONS = 1
# The copy probability at least of such a ``shared_source`` call: 42 of the 60 calls whose
# short text has one quotation of its own are right (module docstring).
CONDENSED_DOUBT = 0.3

# A condensed text that retells the long one in words of its own: at least this share of
# the long text is traced back to it ...
RETELLS_LONG = 0.4
# ... and at least half of it when the short text quotes someone the long one does not: a
# condensed report of its own retells less of another (its own quotation's speaker is news
# the long text lacks).  At ``RETELLS_LONG`` alone, the light plant of a Fox article
# against another outlet's report of the event (``benchmarks/accuracy.py``'s sibling
# copies, 0.44 of the long text traced back, one quotation of its own) was called a copy;
# the rewrites released with one quotation of their own retell 0.50 to 0.94 of their
# sources, the held siblings and same-event pairs with one at most 0.35 (but two that are
# held otherwise; BENCHMARKS.md "After the thirty-seventh session's merges").
RETELLS_LONG_QUOTING = 0.5
# ... and from this share when it quotes no one the long one does not and shares no passage
# of ``OWN_WORDS_BELOW`` own words with it: every quotation it gives is the long text's,
# every word outside them its own, and over a third of the long text retold.
# ``RETELLS_LONG`` was set against the non-copies of the shape sharing no passage (sib-265
# 0.34, BASIL's 37569447/baa71235 0.33: condensed43), and those quote one person of their
# own, which ``RETELLS_LONG_QUOTING`` now holds apart.  Over tune ... fresh54 and BASIL,
# the non-copies of the shape that share no passage and quote no one of their own retell
# at most 0.28 of the long text (sib-253 0.279, sib-207 0.284 two retellings of one
# report, sib-48 0.25); the rewrites held between 0.34 and 0.4 of it (fresh54's rw-692b
# 0.38, rw-467, rw-558, rw-277, rw-474, rw-409, rw-584) are released, no sibling, BASIL or
# wrong-way call moves (BENCHMARKS.md "Condensed rewrites after fresh54").  A kept passage
# keeps ``RETELLS_LONG``: BASIL's baa71235/f004a025, quoting no one of its own, is 0.38
# traced back with a 10-word passage.
RETELLS_LONG_OWN = 0.34
# ... and the two share no passage of this many words of the reporter's own (but see
# ``KEPT_OWN_SHARE``).
OWN_WORDS_BELOW = 5
# (The short text quoting no one the long one does not was asked too, by condensed45; the
# shape lets it quote one person of its own, and a condensed rewrite's one "own" quotation
# is mostly one of its source's with a word altered or a speaker's name changed, which the
# quotation check counts as new: fresh48's rw-621 ("I'll stop Obama's war" for "end"),
# rw-426b, rw-522, rw-583b, rw-248b, rw-358.  The non-copies of the shape quoting one
# person of their own are at most 0.34 of the long text traced back (sib-265; BASIL's
# 37569447/baa71235 0.33) but BASIL's 85642250/ed0e1a57 (0.52, a 13-word passage, 5 of 14
# own sentences) and sib-530 (two retellings of one report): BENCHMARKS.md "Condensed
# rewrites after fresh48".)
# The copy probability at least of such a pair: of the 87 pairs the hold touched on every
# read split and BASIL (tune ... fresh44: 51 rewrites, 29 sibling, 7 same-event pairs),
# 15 rewrites have the shape, no sibling or same-event pair.  The nearest: siblings with
# no shared passage 0.34 and 0.33 of the long text traced back, but each quoting one
# person of its own, as do the 4 BASIL pairs with none (0.27 to 0.33); with neither, 0.28
# (sib-207).  BASIL's 2 calls and the 120 sibling copy calls unchanged (BENCHMARKS.md
# "Condensed rewrites after fresh44").  Said at first no surer than the hold says
# ``shared_source`` (0.7); with the one-quotation release (above) and the credit's
# (``CREDITED_DOUBT``), the 214 ordered calls it and ``KEPT_DOUBT`` raise on every read
# split (tune ... fresh48) are all right (rewrites all), and at 0.7 and 0.75 the 0.7-0.8
# tenth of every call is said 0.116 under its accuracy; at 0.8 and 0.86 every tenth of
# twenty calls or more is within 0.1 (0.7-0.8 +0.090, 0.8-0.9 +0.098; at 0.85, +0.0999;
# BENCHMARKS.md "after fresh48").  At 0.8 the 110 ordered calls it set on every read split
# (tune ... fresh50: 55 rewrite pairs, no sibling or BASIL pair) were all right, said
# 0.795: all right on 55 pairs bounds the share right from below at about 0.95 (1 - 3/55),
# so 0.9 says what it measures with 0.05 to spare; at 0.9 it sets 188 calls (94 rewrite
# pairs), all right, and the 0.7-0.8 tenth of every call is said 0.053 under its accuracy,
# 0.8-0.9 0.075 (+0.085 and +0.100 at 0.8 and 0.86; BENCHMARKS.md "Confidence and sibling
# calls after fresh50").
RETOLD_DOUBT = 0.9
# A condensed text that shares a passage of own words with the long one is a condensed
# rewrite still when it tells at least this share of its own sentences firmly from it (one
# story told sentence by sentence, as ``direction`` reads half of a text's own sentences)
# and the texts are not two retellings of one outlet's report.  The passage was asked
# against two retellings of one source keeping its wording alike (condensed43): on every
# read split and BASIL (tune ... fresh46) the hold's siblings that share one and retell 0.4
# of the long text or more (sib-110, sib-398, sib-506, sib-530) all tell their story as
# one outlet's report, as the long text does.  The hold's other non-copies that share one
# and quote no one of their own are at most 0.38 traced back (BASIL baa71235/f004a025,
# sib-591: 3 of 8 and 1 of 4 own sentences firmly); of those not retellings, the one
# telling half of its own is 0.12 (sib-339).  The held rewrites that share one (7 to 22
# words: rw-273, rw-329, rw-356b, rw-436, rw-523b, rw-532, rw-532b, rw-580, rw-580b,
# rw-581b) tell 0.56 to 0.86; fresh39's rw-511b (0.50 traced back, 9 words, 1 of 7), a
# wrong-way call, is not made surer (BASIL's 2 calls and the 124 sibling copy calls
# unchanged).  Nor need it, when the short text quotes no one the long one does not
# (``condensed_doubt``): over tune ... fresh52 and BASIL the non-copies of the shape that
# keep a passage, quote no one of their own and are no retellings of one report are 0.38
# traced back at most (BASIL baa71235/f004a025 0.381, sib-591 0.373), under
# ``RETELLS_LONG``; the rewrites it releases (fresh52's rw-664, 0.43 traced back, an
# 11-word passage, none of its 4 own sentences firmly; rw-511b) and the 48 rewrite pairs
# it makes surer are all right, and no sibling or BASIL call moves (BENCHMARKS.md "Copies
# left at shared_source after fresh52").
KEPT_OWN_SHARE = 0.5
# The copy probability at least of such a pair: a passage kept word for word makes it
# more a copy, not less, and at 0.7 the 0.6-0.7 tenth of every call on every read split
# is said 0.116 under its accuracy (BENCHMARKS.md "Condensed rewrites after fresh46");
# raised with ``RETOLD_DOUBT`` ("after fresh48").  At 0.86 the 104 ordered calls it set on
# every read split (tune ... fresh50: 52 rewrite pairs, no sibling or BASIL pair) were all
# right, said 0.853: all right on 52 pairs bounds the share right from below at about 0.94
# (1 - 3/52), so 0.92 says what it measures with 0.02 to spare, and its calls leave the
# 0.8-0.9 tenth, right 0.100 above what it said.  At 0.92 it sets 146 calls:
# 72 rewrite pairs, right, and sib-518, a sibling of the shape the copy model calls at
# 0.9196 (wrong before and after, lifted by 0.0004; BENCHMARKS.md "Confidence and sibling
# calls after fresh50").
KEPT_DOUBT = 0.92
# A condensed text that credits an outlet the long one does not name at all, beside a long
# text that tells its story as another outlet's report ("The New York Times reports"),
# names its source by the source's own outlet: rewriters credit the article they retell,
# which may itself credit another (``analyse.declared_source``), and a second retelling of
# the report the long one credits would credit that report.  Of the 1,200 pairs of the
# shape on every read split and BASIL (tune ... fresh48), 25 credit so, all rewrites (24
# of them copy calls already; fresh48's rw-625, "Fox News reported" beside "The Times
# reports", held ``shared_source``); no sibling or same-event pair.  Two siblings of one
# source may both credit the source's outlet, but then the long one names it too.  A copy
# no surer than 0.8, ``RETOLD_DOUBT``'s value when it was measured (and the declared
# source's ceiling holds: the copy does not credit the report the long one tells); two
# rewrite pairs over tune ... fresh50 are too few to say it surer with ``RETOLD_DOUBT``.
CREDITED_DOUBT = 0.8
# The copy probability at least of a ``shared_source`` call on a pair the copy model is not
# asked about (``VerdictConfig.min_copy_traced``: neither text has 15% of its words outside
# quotations traced) whose shorter text is of the condensed shape but for the share traced
# (``untraced_shape``): what it shares with the long text is a quotation or two, and the
# rest is either a report of its own or a rewrite retold too freely for the paraphrase
# layer, which the texts do not tell apart (fresh50's rw-647 and fresh55's rw-708, heavy
# rewrites of a third of their sources: ``shared_source`` at 1.00).  On every read split
# and BASIL (tune ... fresh55, both orders) 8 calls have the shape: those 4 wrong, sib-171
# and one BASIL pair (262 of 929 words, one quotation of its own) right: 4 of 8.  Said as
# the condensed hold says its calls (``CONDENSED_DOUBT``): a bound of one half or more
# would call a copy wherever the direction reads surely, and 2 of the 4 pairs are none.
# The 0.7-0.8 tenth of every call is then right 0.058 above what it says (+0.065 before),
# the 0.9-1.0 tenth loses its four wrong calls at 1.00 (BENCHMARKS.md "Heavy rewrites
# traced by a quotation only after fresh55").
UNTRACED_DOUBT = 0.3


def condensed_doubt(
    coverage: Coverage,
    evidence: Evidence,
    shape: tuple[str, float],
    *,
    credited: tuple[str, str] | None,
    retold: bool = False,
) -> float:
    """The copy probability at least of a pair of ``condensed_shape``: ``CREDITED_DOUBT``
    when the short text credits an outlet the long one does not name, the long one telling
    its story as another's report (``credited``: ``credited_elsewhere`` of ``evidence`` and
    ``shape``, which the caller reads once for the floor and its reason); ``RETOLD_DOUBT``
    when the short text retells much of the long one (``RETELLS_LONG`` of it traced back)
    in words of its own (no passage of ``OWN_WORDS_BELOW`` own words shared; from
    ``RETELLS_LONG_OWN`` of it when it quotes no one the long one does not); ``KEPT_DOUBT``
    when it shares such a passage but tells ``KEPT_OWN_SHARE`` of its own sentences firmly
    from the long one, or quotes no one the long one does not; else ``CONDENSED_DOUBT``, and
    always when the texts are two retellings of one outlet's report (``retold``:
    ``direction._retold`` says neither is shown written from the other).

    A condensed rewrite is written from the whole of its source and retells it in its own
    words, quoting whom its source quotes (one quotation altered at most, as the shape
    allows).  A condensed sibling retells a common source that the long text retold with
    more of its own, so less of the long text is traced back (a third at most among the
    hold's siblings without a shared passage), and two retellings of one source, like two
    reports quoting one statement, keep some of its wording alike.  A rewrite may keep a
    passage of its source's wording as well; the hold's siblings that do and retell as much
    of the long text say they are retellings of one report, and the rest tell few of their
    own sentences from the other; those that quote no one of their own retell less of the
    long text (0.38 at most).  A rewrite may also name its source by its outlet, which
    a sibling of the long text would not, the long text crediting another."""
    if retold:
        return CONDENSED_DOUBT
    short, long_traced = (evidence.a, coverage.b) if shape[0] == "A" else (evidence.b, coverage.a)
    floor = CREDITED_DOUBT if credited else CONDENSED_DOUBT
    passage = max(
        evidence.a.longest_passage_outside_quotes, evidence.b.longest_passage_outside_quotes
    )
    # A speaker of its own is news the long text lacks; with none, and no wording kept,
    # it retells the long text in words of its own from a third of it.
    if short.quotations_new:
        bound = RETELLS_LONG_QUOTING
    else:
        bound = RETELLS_LONG_OWN if passage < OWN_WORDS_BELOW else RETELLS_LONG
    if long_traced < bound:
        return floor
    if passage < OWN_WORDS_BELOW:
        return max(floor, RETOLD_DOUBT)
    # ... its own sentences told from the long one, or its speakers all the long one's
    kept = short.own_share >= KEPT_OWN_SHARE or not short.quotations_new
    return max(floor, KEPT_DOUBT) if kept else floor


def credited_elsewhere(evidence: Evidence, shape: tuple[str, float]) -> tuple[str, str] | None:
    """The outlet the short text (``shape``) credits and the one the long text tells its
    story as a report of, when the long text names none of the outlets the short one
    credits (``CREDITED_DOUBT``); None otherwise."""
    short, long = (evidence.a, evidence.b) if shape[0] == "A" else (evidence.b, evidence.a)
    if not short.outlets_credited or not long.story_credits:
        return None
    if set(short.outlets_credited) & set(long.outlets_credited):
        return None
    return short.outlets_credited[0], long.story_credits[0][0]


def _short_side(coverage: Coverage, evidence: Evidence) -> tuple[str, float] | None:
    """The shorter text ("A" or "B") and the share of it traced, when it is at most
    ``CONDENSED_LENGTH`` of the other's words and has at most ``MAX_OWN_QUOTATIONS`` of its
    own, however much of it is traced; None otherwise."""
    a, b = ("A", evidence.a, coverage.a), ("B", evidence.b, coverage.b)
    (name, short, traced), (_, long, _) = sorted((a, b), key=lambda side: side[1].words)
    if short.words > CONDENSED_LENGTH * long.words:
        return None
    return (name, traced) if short.quotations_new <= MAX_OWN_QUOTATIONS else None


def condensed_shape(coverage: Coverage, evidence: Evidence) -> tuple[str, float] | None:
    """The shorter text ("A" or "B") and the share of it traced, when it is at most
    ``CONDENSED_LENGTH`` of the other's words, ``CONDENSED_TRACED`` of it is traced to
    the other and it has at most ``MAX_OWN_QUOTATIONS`` of its own; None otherwise."""
    shape = _short_side(coverage, evidence)
    return shape if shape and shape[1] >= CONDENSED_TRACED else None


def untraced_shape(coverage: Coverage, evidence: Evidence) -> str | None:
    """The shorter text ("A" or "B") of a pair the copy model is not asked about, when it
    is at most ``CONDENSED_LENGTH`` of the other's words, has at most ``MAX_OWN_QUOTATIONS``
    of its own and less than ``CONDENSED_TRACED`` of it is traced (more, and
    ``condensed_shape`` holds it): ``UNTRACED_DOUBT``; None otherwise.  The caller says
    whether the model was asked: this reads the lengths, quotations and coverage only."""
    shape = _short_side(coverage, evidence)
    return shape[0] if shape and shape[1] < CONDENSED_TRACED else None


def names_its_source(evidence: Evidence, shape: tuple[str, float]) -> bool:
    """Whether the short text (``shape``) tells its story as an outlet's report ("as first
    reported by The New York Times") and the long one tells it as its own, naming none of
    the outlets the short one credits: read as a condensed rewrite (``condensed_doubt``),
    the short text credits the long one's outlet, the copy's credit of its source.
    ``direction.decide`` weighs it as the credit prior weighs a credit of the other text's
    outlet, and only for a pair of the release's kind (its floor over the hold's): of the
    pairs of the shape on every read split and BASIL (tune ... fresh48), 397 rewrite pairs
    credit so (the short text always the copy) and 8 sibling pairs, none of that kind, so
    no sibling's call moves; fresh48's rw-621 ("as first reported by The New York Times",
    the Times's report beside it) was read the other way at 0.52, and held under the
    declared source's ceiling (BENCHMARKS.md "Condensed rewrites after fresh48")."""
    short, long = (evidence.a, evidence.b) if shape[0] == "A" else (evidence.b, evidence.a)
    return (
        bool(short.story_credits)
        and not long.story_credits
        and not set(short.outlets_credited) & set(long.outlets_credited)
    )


def condensed_reason(
    shape: tuple[str, float],
    doubt: float = CONDENSED_DOUBT,
    credited: tuple[str, str] | None = None,
) -> str:
    """Why a call on a pair of this shape is no surer (``condensed_shape``), at the copy
    probability ``doubt`` (``condensed_doubt``); ``credited``: the outlets of
    ``credited_elsewhere``, when it holds."""
    name, traced = shape
    other = "B" if name == "A" else "A"
    if doubt >= KEPT_DOUBT:
        return (
            f"{name} is at most half as long as {other}, {traced:.0%} of it is traced to "
            f"{other} and much of {other} back to it, its own sentences or its speakers "
            f"taken from {other} and a passage kept word for word: a condensed rewrite of "
            f"{other}, as such pairs are, but no surer than {doubt:.0%}"
        )
    if doubt > CONDENSED_DOUBT and credited:
        return (
            f"{name} is about half as long as {other} or less, {traced:.0%} of it is traced "
            f"to {other}, and it credits {credited[0]}, which {other} does not credit, telling "
            f"its story as {credited[1]}'s: {name} names its source by its outlet, as a "
            f"condensed rewrite of {other} does, but no surer than {doubt:.0%}"
        )
    if doubt > CONDENSED_DOUBT:
        return (
            f"{name} is about half as long as {other} or less, {traced:.0%} of it is traced "
            f"to {other} and much of {other} back to it, in words of its own: a condensed "
            f"rewrite of {other}, as such pairs are, but no surer than {doubt:.0%}"
        )
    return (
        f"{name} is about half as long as {other} or less, {traced:.0%} of it is traced to "
        f"{other}, "
        f"and it quotes no more than one person {other} does not: a condensed rewrite looks "
        f"so as often as two reports of one event, so no surer than {1 - CONDENSED_DOUBT:.0%} "
        "that neither was written from the other"
    )


def untraced_reason(name: str, doubt: float = UNTRACED_DOUBT) -> str:
    """Why a ``shared_source`` call on a pair of ``untraced_shape`` (``name``: its shorter
    text) is no surer than one less ``doubt``."""
    other = "B" if name == "A" else "A"
    return (
        f"{name} has about half the words of {other} or fewer and quotes no more than one "
        f"person {other} does not, but too little of its own words is traced to {other} to "
        f"weigh whether it was written from {other}: a rewrite retold in words of its own "
        f"looks so as often as a report of its own, so no surer than {1 - doubt:.0%} that "
        "neither was written from the other"
    )
