"""A copy of a retelling, or a second retelling?  When the text read as the source says
its whole story is another outlet's report ("The New York Times said, citing the report",
``SideEvidence.story_credits``) and the text read as the copy credits no outlet with its
story, the copy may have been written from that outlet's report as well as from
the source: what the two share, the source says it took from a third text.

A copy follows its source where the source departs from the report it retells (a fact
changed, a sentence of its own); a second retelling agrees with the report against it.
Without the report the texts cannot show which: the condensed sibling called a copy in
fresh35's sib-470 follows none of its near-verbatim sibling's departures (0 of 2 own
sentences, 0 of 2 changed facts, no credit), and nothing in the two texts says so.  So the
copy is not said surer than such calls are right: on every read split (tune ... fresh35,
one order per pair) the copy calls of this kind are 18 rewrite pairs (their source, a
real article, says "..., according to The Hill." or "the Los Angeles Times reports") and
9 sibling pairs (sib-422, sib-458, sib-470 at 0.95 to 0.98 among them), 0.67 right; no
primary-source pair and none of BASIL's copy calls (BENCHMARKS.md "Siblings after fresh35").
The relation stands when the texts say which way: a copy stays a copy, held at
``DECLARED_COPY`` (a pair whose direction is in doubt may then fall below the call).

But one departure the two texts do show: a quotation the source cut.  When the copy's
quotation holds one of the source's and goes on past it (``SideEvidence.quote_words_added``:
the part trimmed, a word put otherwise or given to another speaker, counted net), the copy
has words of the report the source lacks, so it agrees with the report against the
source: a second retelling, not a copy (``second_retelling``).  fresh46's sib-602 ("The new
law does not discriminate. To the extent that we need to clarify ..., we plan to do just
that" beside its long sibling's "The new law does not discriminate", a story told as Fox
News's) and fresh47's sib-614 were copy calls at 0.70 so; no rewrite or primary pair's copy
adds four words to its source's quotations (BENCHMARKS.md "Sibling copy calls and condensed
rewrites after fresh50").  The pair is ``shared_source``, no surer than the condensed hold
says it (``RETELLING_COPY``).
"""

from __future__ import annotations

from newstrace.model import SideEvidence

# The copy probability at most when the source declares its story another outlet's and the
# copy credits none (module docstring): 0.67 of such calls are right on every read split.
DECLARED_COPY = 0.7
# Words the copy's quotations give past the source's that stand inside them, net of the words
# put otherwise, from which the copy is a second retelling (``second_retelling``): four, as a
# quotation is counted from four words (``SideEvidence.quotations``).  Of the copy calls on
# every read split and BASIL (tune ... fresh50, both orders) the rewrites' and primary pairs'
# copies add at most 3 words (fresh13's rw-199, its quotation mark set three words earlier:
# "extensive plot to attack ..."), and none of those the declared reading holds adds any.
RETELLING_WORDS = 4
# The copy probability at most of a second retelling: ``shared_source`` no surer than 0.7,
# as the condensed hold says it (``condensed.CONDENSED_DOUBT``).
RETELLING_COPY = 0.3


def declared_source(copy: SideEvidence, source: SideEvidence) -> tuple[str, str] | None:
    """The outlet ``source`` credits with its whole story, with the form that says so,
    when ``copy`` credits no outlet with its own; None otherwise.  A copy that tells its
    story as an outlet's report names its source itself: the source's outlet (rewriters
    credit the article they retell, which may itself credit another), or the outlet both
    retell (``analyse.retold``), or the source's credit carried over."""
    if copy.story_credits or not source.story_credits:
        return None
    return source.story_credits[0]


def declared_reason(
    copy: str, source: str, declared: tuple[str, str], credited: tuple[str, ...] = ()
) -> str:
    """Why the copy call is no surer than ``DECLARED_COPY``; ``credited`` are the outlets
    the copy credits with a report (``SideEvidence.outlets_credited``).  A copy may credit
    the declared outlet with one passage ("..., Fox News reported." further on) and none
    with its story: it had that report in hand, which makes a second retelling of it no
    less likely, so the call is held all the same, and the reason says what the copy does
    credit rather than that it credits nothing (fresh53's sib-686 said "B does not credit
    Fox News" of a text whose lead ends "..., Fox News reported.")."""
    outlet, form = declared
    credit = (
        f"{copy} credits {outlet} with a passage, not with its story"
        if outlet in credited
        else f"{copy} credits no report of {outlet}'s"
    )
    return (
        f'{source} tells its story as a report of {outlet}\'s ("{form}"), and {credit}: '
        f"{copy} may have been written from that report as well as from {source}, which the "
        f"two texts cannot tell apart; no surer than {DECLARED_COPY:.0%}"
    )


def second_retelling(copy: SideEvidence) -> bool:
    """Whether the text read as the copy, its source telling its story as another outlet's
    report (``declared_source``), quotes ``RETELLING_WORDS`` or more past the source's
    quotations that stand inside its own: it had the report, which the source cut."""
    return copy.quote_words_added >= RETELLING_WORDS


def retelling_reason(copy: str, source: str, declared: tuple[str, str], added: int) -> str:
    """Why the pair is no copy (``second_retelling``)."""
    outlet, form = declared
    return (
        f"{source} tells its story as a report of {outlet}'s (\"{form}\"), and {copy}'s "
        f"quotations go {added} words past {source}'s that stand inside them: a copy gets no "
        f"more of a quotation than its source gives, so {copy} retells the report {source} "
        f"cut, not {source}; no surer than {1 - RETELLING_COPY:.0%} that neither was written "
        "from the other"
    )
