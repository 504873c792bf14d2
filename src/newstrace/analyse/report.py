"""Assemble the analysis of an aligned pair: quotes, credits, changes, additions, wording."""

from __future__ import annotations

from typing import Literal

from newstrace.analyse.additions import loaded_words, untraced
from newstrace.analyse.entities import find_discrepancies
from newstrace.analyse.facts.affiliations import changed_ties
from newstrace.analyse.facts.broadcasters import (
    changed_broadcasters,
    posted_elsewhere,
    redescribed_stations,
)
from newstrace.analyse.facts.chamber_posts import changed_chamber_offices
from newstrace.analyse.facts.chambers import swapped_candidacies, swapped_committees
from newstrace.analyse.facts.clock import timeline_times
from newstrace.analyse.facts.condensed import read_as_copy
from newstrace.analyse.facts.copied import bodies_kept
from newstrace.analyse.facts.counts import counts_a_list, counts_the_rest
from newstrace.analyse.facts.degrees import changed_schools
from newstrace.analyse.facts.firms import misspelt_firms
from newstrace.analyse.facts.framed import framed_changes, taken_figures
from newstrace.analyse.facts.kin import renamed_bodies
from newstrace.analyse.facts.listed import relisted_members
from newstrace.analyse.facts.lone_days import lone_months, lone_weekdays, one_day_each
from newstrace.analyse.facts.lone_states import lone_states
from newstrace.analyse.facts.offices import swapped_callings, swapped_offices
from newstrace.analyse.facts.own_months import own_months
from newstrace.analyse.facts.own_years import own_years
from newstrace.analyse.facts.persons import known_names, person_changes
from newstrace.analyse.facts.quoted import one_statement, quoted_spans
from newstrace.analyse.facts.reach import widened
from newstrace.analyse.facts.regnal import changed_holders
from newstrace.analyse.facts.repeats import changed_repeats
from newstrace.analyse.facts.respelt import respelt_across, respelt_aligned
from newstrace.analyse.facts.staff import cited_as_noting, journalists_moved, journalists_outlets
from newstrace.analyse.facts.towns import placed_towns
from newstrace.analyse.prose import crosses_sentence
from newstrace.analyse.quotes import check_quotes
from newstrace.analyse.source_credits import credits_of_source
from newstrace.config import AnalyseConfig
from newstrace.model import (
    Alignment,
    Analysis,
    Attribution,
    Coverage,
    Discrepancy,
    Evidence,
    Passage,
    QuoteCheck,
    Relation,
    Span,
)
from newstrace.segment.document import Document


def _attributions(
    doc: Document, other: Document, alignments: list[Alignment]
) -> tuple[Attribution, ...]:
    """``doc``'s credits of the outlet or organisation its story came from (not its own
    outlet, nor the citations it carries over from ``other``)."""
    found = []
    for credit in credits_of_source(doc, other, alignments):
        span = doc.normalised.to_original(credit.start, credit.end)
        found.append(Attribution(doc.text[span.start : span.end], credit.outlet, span))
    return tuple(found)


def _credited_spans(
    relation: Relation,
    a: Document,
    b: Document,
    alignments: list[Alignment],
    credits: tuple[Attribution, ...],
) -> tuple[list[Span], list[Span]]:
    """The spans of the copy's credits of the text it was written from, in A and in B.

    The outlet a copy credits for its story names its source, not a fact of it: set
    against the outlet its source credits for its own story ("..., according to The
    Huffington Post" / "..., the Los Angeles Times reports" in the Huffington Post's story,
    rw-682b), it names another text, and no outlet was changed.  But the outlet of a
    journalist the credit names is a fact of the person, as its source gives it ("Robert
    Costa of The Washington Times writes" / "The Washington Post reporter Robert Costa
    writes", rw-439: ``staff.py``), whatever the credit: such a credit is left out.
    ``credits`` are A's; B's are read when B is the copy.

    B's are read here, and only here, because no other reading of a comparison gives them:
    the evidence's ``outlets_credited`` and ``story_credits`` (``evidence._side``,
    ``retold``) are outlet names without spans, read from B's text alone (with no own
    outlet, or in their own forms), not B's credits of its source read against A's aligned
    sentences (``credits_of_source``, run with the texts' roles swapped), and
    ``Analysis.attributions`` holds A's alone."""
    if relation == "a_from_b":
        return _not_journalists(a.text, [x.a_span for x in credits]), []
    if relation == "b_from_a":
        swapped = [x.swapped() for x in alignments]
        return [], _not_journalists(b.text, [x.a_span for x in _attributions(b, a, swapped)])
    return [], []


def _not_journalists(text: str, credited: list[Span]) -> list[Span]:
    """The credits of ``credited`` that name no journalist's outlet of ``text``."""
    if not credited:
        return []
    outlets = journalists_outlets(text)
    return [c for c in credited if not any(c.overlap(o) for o in outlets)]


def _within(span: Span, spans: list[Span]) -> bool:
    return any(span.within(x) for x in spans)


def copy_side(
    relation: Relation, coverage: Coverage, alignments: list[Alignment]
) -> Literal["a", "b"] | None:
    """The text read as the copy, for listing what it added and left out.

    The copy when the verdict names one; otherwise the text more contained in the other
    (the larger share traced), so a wrong or cautious verdict still shows what differs.
    None when nothing is aligned: two unrelated texts have no additions, only differences.
    """
    if not alignments:
        return None
    if relation in ("a_from_b", "b_from_a"):
        return "b" if relation == "b_from_a" else "a"
    return "b" if coverage.b > coverage.a else "a"


def _merged_changes(found: list[Discrepancy], more: list[Discrepancy]) -> list[Discrepancy]:
    """``found`` and the changes of ``more`` (people's, framed ones) that no change of
    ``found`` already overlaps, in reading order."""
    extra = [
        p
        for p in more
        if not any(
            p.a_span.overlap(f.a_span)
            and p.b_span.overlap(f.b_span)
            and not _title_around_name(p, f)
            for f in found
        )
    ]
    return sorted([*found, *extra], key=lambda d: (d.a_span.start, d.b_span.start))


def _title_around_name(title: Discrepancy, name: Discrepancy) -> bool:
    """A changed title written with the name it is given, around a change of that name
    ("National Organization of Marriage's chairman, Brian Browne" / "Brian Brown, president
    of the National Organization of Marriage", rw-671): the office is a fact of its own, the
    name misspelt another, so the name's change overlaps the title's without saying it."""
    return (
        title.kind == "title"
        and name.kind == "name"
        and title.a_span.start <= name.a_span.start
        and name.a_span.end <= title.a_span.end
        and title.b_span.start <= name.b_span.start
        and name.b_span.end <= title.b_span.end
        and (title.a_span, title.b_span) != (name.a_span, name.b_span)
    )


def _across_sentences(change: Discrepancy, a_text: str, b_text: str) -> bool:
    """A change whose text on either side runs from one sentence into the next: a fact is
    stated in one sentence, so such a span is a misreading (a title read on past a full
    stop), whatever rule made it."""
    return crosses_sentence(a_text, change.a_span.start, change.a_span.end) or crosses_sentence(
        b_text, change.b_span.start, change.b_span.end
    )


def _rest_for_whole(change: Discrepancy, a_text: str, b_text: str) -> bool:
    """A count of the rest of a set on one side only ("the other two beaches" / "all three
    beaches", one named before): the whole less the ones named, not a changed count,
    whatever rule paired them.  Both sides counting the rest ("the other two" / "the other
    three") is a count changed, and kept."""
    return change.kind == "number" and counts_the_rest(a_text, change.a_span) != counts_the_rest(
        b_text, change.b_span
    )


def _list_counted(change: Discrepancy, a_text: str, b_text: str) -> bool:
    """A count on one side set against one of the figures the other lists before the same
    noun ("two blocks" / "the 300 and 400 blocks"): the list's length is the count, each
    figure names one of the things; no changed figure, whatever rule paired them."""
    return change.kind == "number" and (
        counts_a_list(a_text, change.a_span, b_text, change.b_span)
        or counts_a_list(b_text, change.b_span, a_text, change.a_span)
    )


def analyse(
    a: Document,
    b: Document,
    alignments: list[Alignment],
    relation: Relation,
    *,
    coverage: Coverage,
    config: AnalyseConfig,
    quotes: list[QuoteCheck] | None = None,
    evidence: Evidence | None = None,
) -> Analysis:
    """How faithfully A reproduces B (quotes, facts, wording are checked from A's side).

    ``added``/``omitted``: the additions of the text read as the copy (:func:`copy_side`)
    and what it left out of the other; empty when nothing is aligned.  ``quotes``: A's
    quotations already checked against B, if the caller has them.  ``evidence``: the
    verdict's measurements, which say whether A reads as condensed from B though the pair
    is called `shared_source` (``facts.condensed``).
    """
    added: list[Passage] = []
    omitted: list[Passage] = []
    side = copy_side(relation, coverage, alignments)
    if side is not None:
        a_untraced = untraced(a, [x.a_span for x in alignments], "a")
        b_untraced = untraced(b, [x.b_span for x in alignments], "b")
        added, omitted = (b_untraced, a_untraced) if side == "b" else (a_untraced, b_untraced)
    checked = check_quotes(a, b, alignments) if quotes is None else quotes
    a_quoted, b_quoted = quoted_spans(a), quoted_spans(b)
    # a copy, or a text condensed from the other though called `shared_source`
    copied = read_as_copy(relation, coverage, evidence)
    # two copies of one source may each have moved a day: a weekday read across the whole
    # texts may be of two events (``condensed.py``); each may quote a figure or restate it
    one_copy = relation in ("a_from_b", "b_from_a")
    sentences = [widened(x, a, b, copy=copied) for x in alignments]
    found = find_discrepancies(sentences, min_score=config.min_change_score, copy=copied)
    if side is not None and relation != "unrelated":
        # two copies of one source name its people alike: a name one puts for the other's is
        # a person renamed, as in a copy (``persons._renamings``)
        one_story = copied or relation == "shared_source"
        found = _merged_changes(found, person_changes(a.text, b.text, copy=one_story))
        # a journalist's outlet, wherever each text names the person (``staff.py``)
        found = _merged_changes(found, journalists_moved(a.text, b.text))
    if copied:  # figures and dates recast past what the aligner links (``framed.py``)
        found = _merged_changes(found, framed_changes(a.text, b.text, weekdays=one_copy))
        # bodies renamed but for their last word, wherever they stand (``kin.py``)
        found = _merged_changes(found, renamed_bodies(a, b))
        # one holder of a line put for another, wherever they stand (``regnal.py``)
        found = _merged_changes(found, changed_holders(a.text, b.text))
        # a lone name misspelt in the same frame, wherever they stand (``respelt.py``)
        found = _merged_changes(found, respelt_across(a.text, b.text))
        # a lone name a letter off, the one of two aligned sentences each text alone names
        found = _merged_changes(
            found, respelt_aligned(sentences, a.text, b.text, min_score=config.min_change_score)
        )
        # one town of a state put for another, wherever they stand (``towns.py``)
        found = _merged_changes(found, placed_towns(a.text, b.text))
        # a list kept but for one member, wherever they stand (``listed.py``)
        found = _merged_changes(found, relisted_members(a.text, b.text))
        # one committee of a chamber put for another, wherever they stand (``chambers.py``)
        found = _merged_changes(found, swapped_committees(a.text, b.text))
        # a candidate's race put in the other chamber, wherever they stand (``chambers.py``)
        found = _merged_changes(found, swapped_candidacies(a.text, b.text))
        # a person's one office put for another, wherever they stand (``offices.py``)
        found = _merged_changes(found, swapped_offices(a.text, b.text))
        # the calling written before a person's name put for another (``offices.py``)
        found = _merged_changes(found, swapped_callings(a.text, b.text))
        # a year the source never names for one the copy never names (``own_years.py``)
        found = _merged_changes(found, own_years(a.text, b.text))
        # a month the source never names for one the copy never names (``own_months.py``)
        found = _merged_changes(found, own_months(a.text, b.text))
        # the times a thing happened in one span, counted otherwise (``repeats.py``)
        found = _merged_changes(found, changed_repeats(a.text, b.text))
        # the one name cited "as X notes" put for another, wherever they stand (``staff.py``)
        found = _merged_changes(found, cited_as_noting(a.text, b.text))
        # the one school each text gives a degree from, put for another (``degrees.py``)
        found = _merged_changes(found, changed_schools(a.text, b.text))
        # a person's firm, its name misspelt, wherever each text names it (``firms.py``)
        found = _merged_changes(found, misspelt_firms(a.text, b.text))
        # the organisation a person is tied to, put for another (``affiliations.py``)
        found = _merged_changes(found, changed_ties(a.text, b.text))
        # a station's city or network, before its call sign (``broadcasters.py``)
        found = _merged_changes(found, redescribed_stations(a.text, b.text))
        # the one weekday of two aligned sentences, however reworded (``lone_days.py``)
        if one_copy:
            found = _merged_changes(
                found, lone_weekdays(sentences, a.text, min_score=config.min_change_score)
            )
        # the one month of two aligned sentences, neither named in the other text
        found = _merged_changes(
            found, lone_months(sentences, a.text, b.text, min_score=config.min_change_score)
        )
        # the one state of two aligned sentences, neither named in the other text
        found = _merged_changes(
            found, lone_states(sentences, a.text, b.text, min_score=config.min_change_score)
        )
        # the one office of a chamber of two aligned sentences (``chamber_posts.py``)
        found = _merged_changes(
            found,
            changed_chamber_offices(sentences, a.text, b.text, min_score=config.min_change_score),
        )
    if relation == "shared_source":
        # the one weekday of each whole text, in two aligned sentences (``lone_days.py``)
        found = _merged_changes(
            found, one_day_each(sentences, a.text, b.text, min_score=config.min_change_score)
        )
    if side is not None and relation != "unrelated":
        # a quotation both give word for word, posted on another network (``broadcasters.py``)
        found = _merged_changes(found, posted_elsewhere(a.text, b.text, checked))
    credits = _attributions(a, b, alignments)
    if relation == "a_from_b":  # the copy's credits are known: A's
        # a network or station put for another, wherever they stand (``broadcasters.py``)
        credited = [x.a_span for x in credits]
        found = _merged_changes(found, changed_broadcasters(a.text, b.text, credited=credited))
    a_credited, b_credited = _credited_spans(relation, a, b, alignments, credits)
    if side is not None:
        found = taken_figures(known_names(found, a.text, b.text), a.text, b.text)
        found = timeline_times(found, a.text, b.text)
        found = bodies_kept(found, a.text, b.text)
    changes = [
        change
        for change in found
        # a figure one text quotes is the speaker's, unless the other is its copy: two
        # texts that may each be written from a third can each quote or restate it
        if one_statement(change, a_quoted, b_quoted, checked, copy=one_copy)
        and not _across_sentences(change, a.text, b.text)
        and not _rest_for_whole(change, a.text, b.text)
        and not _list_counted(change, a.text, b.text)
        and not _within(change.a_span, a_credited)
        and not _within(change.b_span, b_credited)
    ]
    return Analysis(
        quotes=tuple(checked),
        attributions=credits,
        discrepancies=tuple(changes),
        added=tuple(added),
        omitted=tuple(omitted),
        wording=tuple(
            loaded_words(
                a,
                b,
                alignments,
                config.loaded_words,
                min_rating=config.min_loaded_rating,
                min_other_rating=config.min_other_loaded_rating,
                copy=side == "a",
            )
        ),
    )
