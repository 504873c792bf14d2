"""Retold stories: the outlet a text says its whole story is another's report of.

An aggregator tells its reader whose story it retells, in a few set forms: "as first
reported by The New York Times", "Fox News said, citing officials", "..., the Times
reports.", "..., according to HuffPost."  These credit the story, not a fact within it
("The Washington Post reported that ..."), an interview ("told Fox News") or the outlet's
own reporting ("Fox News has learned", "Fox News confirmed"), which a source names itself
by.  The past tense credits the story where it closes a clause of the lead, the text's
first sentence ("The House skipped parts of the Constitution, Fox News reported."): the
lead tells the story's news, and whose report that is the text says there.  Further on,
"..., Politico reported." credits the one fact it closes, as real articles use it: on
every read split (tune ... fresh53) and BASIL, 65 texts credit their lead so, all of them
written rewrites, and no real article, which says it further on only (3 texts: "..., the
Washington Post reported, ..."); fresh53's sib-686 told its story as Fox News's so,
unread, beside a sibling's "Fox News said, citing" (BENCHMARKS.md "Declared sources after
fresh53").  When two texts each say so of one outlet, in words of their own, both present
themselves as retellings of that outlet's report (``analyse.direction``).
"""

from __future__ import annotations

import re

from newstrace.analyse.credits import (
    NAME,
    canonical_outlet,
    dateline_agency,
    longest_known_prefix,
)

# Each form, named by the words that say it; the name after the words ("as first reported
# by The New York Times. More than ...") is read to its longest known outlet, the name
# before them must be an outlet's as a whole.
_FORMS = (
    ("as reported by", re.compile(r"\b[Aa]s (?:first )?reported by (?:the )?" + NAME)),
    ("citing", re.compile(r"(?:[Tt]he )?" + NAME + r" (?:said|says|reported|reports), citing\b")),
    # the present tense closing a clause: the aggregator's "..., the Times reports."
    ("reports", re.compile(r"(?:[Tt]he )?" + NAME + r" (?:reports|is reporting)(?=[.,;])")),
    # after a comma (or a quotation's closing comma), closing a clause: not "According to
    # the Post, ...", which opens the one claim it credits
    ("according to", re.compile(r",\"? according to (?:the )?" + NAME)),
    # the past tense closing a clause of the lead after a comma (or a quotation's closing
    # comma): "..., Fox News reported."; not "Fox News reported, citing", the form above
    ("reported", re.compile(r",\"? (?:[Tt]he )?" + NAME + r" reported(?=[.,;])(?!, citing)")),
)
# The forms whose outlet's name comes last, those of them that must close a clause, and
# those read only in the lead.
_NAME_LAST = frozenset({"as reported by", "according to"})
_CLOSING = frozenset({"according to"})
_LEAD_ONLY = frozenset({"reported"})


def _outlet(text: str, form: str, match: re.Match[str]) -> str | None:
    """The outlet ``match`` of ``form`` credits, or None."""
    if form not in _NAME_LAST:
        return canonical_outlet(match.group("name"))
    known = longest_known_prefix(match.group("name"))
    if known is None:
        return None
    end = match.start("name") + known[1]
    closes = text[end : end + 1] in (".", ",", ";")
    return known[0] if closes or form not in _CLOSING else None


def story_credits(
    text: str, own_outlet: str | None = None, *, lead_end: int = 0
) -> tuple[tuple[str, str], ...]:
    """The outlets ``text`` (normalised) says its story is a report of, each with the form
    that says so, in reading order; never ``own_outlet`` nor the agency of the text's
    dateline, whose own story the text is.  ``lead_end`` is where the text's first sentence
    ends (0: not known, and the forms read only in the lead are not read)."""
    own = {canonical_outlet(own_outlet), dateline_agency(text)}
    found = []
    for form, pattern in _FORMS:
        for match in pattern.finditer(text):
            if form in _LEAD_ONLY and match.start() >= lead_end:
                continue
            outlet = _outlet(text, form, match)
            if outlet is not None and outlet not in own:
                found.append((match.start(), outlet, form))
    return tuple((outlet, form) for _, outlet, form in sorted(found))


def retold_alike(
    a: tuple[tuple[str, str], ...], b: tuple[tuple[str, str], ...]
) -> tuple[str, str, str] | None:
    """An outlet both texts credit with their story (``story_credits`` ``a`` and ``b``),
    each in a form the other does not use, with A's form and B's; None when there is none.
    A copy that carried its source's credit over would mostly keep its words."""
    for outlet in dict.fromkeys(o for o, _ in a):
        mine = {f for o, f in a if o == outlet}
        others = {f for o, f in b if o == outlet}
        if mine - others and others - mine:
            return outlet, sorted(mine - others)[0], sorted(others - mine)[0]
    return None
