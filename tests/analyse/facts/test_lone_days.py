"""The one weekday of two aligned sentences of a copy, given otherwise."""

from __future__ import annotations

from newstrace.analyse.facts.lone_days import lone_months, lone_weekdays, one_day_each
from newstrace.model import Alignment, Span


def _aligned(a: list[str], b: list[str], pairs: list[tuple[int, int, float]]) -> list[Alignment]:
    """Sentence ``i`` of A aligned with sentence ``j`` of B at ``score`` for each (i, j,
    score), each text the join of its sentences."""
    a_text, b_text = " ".join(a), " ".join(b)
    alignments = []
    for i, j, score in pairs:
        a_start, b_start = a_text.index(a[i]), b_text.index(b[j])
        a_span = Span(a_start, a_start + len(a[i]))
        b_span = Span(b_start, b_start + len(b[j]))
        alignments.append(Alignment("paraphrase", score, a_span, b_span, a[i], b[j]))
    return alignments


def _changes(
    a: list[str], b: list[str], pairs: list[tuple[int, int, float]]
) -> list[tuple[str, str]]:
    """The weekdays changed between the sentences ``a`` and ``b`` so aligned."""
    found = lone_weekdays(_aligned(a, b, pairs), " ".join(a), min_score=0.4)
    return [(d.a_text, d.b_text) for d in found]


AKIN = "The trouble began on Saturday, when Akin was asked about abortion in cases of rape."
AKIN_SOURCE = "On Sunday, Akin prompted outrage with his answer to a question about abortion."


def test_the_one_weekday_of_each_aligned_sentence_given_otherwise() -> None:
    # no word before or after the two days in common: the sentences tell one thing
    assert _changes([AKIN], [AKIN_SOURCE], [(0, 0, 0.6)]) == [("Saturday", "Sunday")]


def test_the_source_day_named_elsewhere_in_the_copy_is_kept_for_another_thing() -> None:
    a = [AKIN, "Party leaders met on Sunday to ask him to quit."]
    assert _changes(a, [AKIN_SOURCE], [(0, 0, 0.6)]) == []


def test_a_weekday_that_bounds_or_names_a_thing_dates_no_event() -> None:
    a = ["That follows Obama's backpedaling on the Thursday night speech on the mosque."]
    b = ["By Saturday, the president clarified that he was not speaking of the mosque."]
    assert _changes(a, b, [(0, 0, 0.65)]) == []


def test_a_sentence_reckoning_a_day_from_another_tells_of_two_days() -> None:
    a = ["The two met at the White House on Sunday, two days after Boehner chided him."]
    b = ["It came after Boehner publicly chided Obama on Friday for the lack of progress."]
    assert _changes(a, b, [(0, 0, 0.6)]) == []


def test_the_best_aligned_source_sentence_naming_a_day_is_the_one_compared() -> None:
    a = ["Rick Santorum scrambled on Monday to explain his charge of a phony theology."]
    b = [
        "Rick Santorum on Sunday tried to clarify his comment about a phony theology.",
        "It was during a campaign stop in Ohio on Saturday that he spoke of a phony theology.",
    ]
    found = _changes(a, b, [(0, 0, 0.76), (0, 1, 0.57)])
    assert found == [("Monday", "Sunday")]


def test_a_weekday_of_someones_thing_is_not_the_day_of_what_is_told() -> None:
    # "Axelrod's comment on Sunday" dates his comment; Boehner's reply came on Tuesday
    a = ["So said John Boehner on Tuesday, swatting away David Axelrod's claim of terror."]
    b = ["Boehner dismissed David Axelrod's comment on Sunday that terror ruled the House."]
    assert _changes(a, b, [(0, 0, 0.7)]) == []
    # Perry's statement is what the copy tells of ("he attacked"): its day is the day told
    a = ["On Monday he attacked the plan to use foreign aid to push gay rights abroad."]
    b = ["The ad follows Perry's statement on Tuesday criticizing the plan to use foreign aid."]
    assert _changes(a, b, [(0, 0, 0.7)]) == [("Monday", "Tuesday")]


# rw-708's copy and source (fresh55), called `shared_source`: each dates the apology by
# one day, and the source names other days too.
LAUTEN = "Lauten, press secretary to a House Republican, apologized Sunday for a Facebook rant."
LAUTEN_SOURCE = [
    "The communications director for a Republican member of Congress had to apologize "
    "Saturday for a Facebook post critical of the first daughters.",
    "Elizabeth Lauten wrote in a now-deleted Facebook post Friday that Malia and Sasha "
    'Obama should "try showing a little class."',
]


def _each_day(
    a: list[str], b: list[str], pairs: list[tuple[int, int, float]]
) -> list[tuple[str, str]]:
    found = one_day_each(_aligned(a, b, pairs), " ".join(a), " ".join(b), min_score=0.4)
    return [(d.a_text, d.b_text) for d in found]


def test_the_one_weekday_of_each_whole_text_given_otherwise_in_aligned_sentences() -> None:
    # rw-608 (fresh46): the copy dates all it tells by Thursday, its source by Wednesday
    a = ["Michele Bachmann (R-Minn.) tweeted a photo of herself there on Thursday."]
    b = [
        "Michele Bachmann (R-Minn.) showed her support for Chick-fil-A Wednesday when she "
        "tweeted a photo of her visiting the restaurant."
    ]
    assert _each_day(a, b, [(0, 0, 0.6)]) == [("Thursday", "Wednesday")]
    assert _each_day(a, b, []) == []  # days of sentences the aligner does not link


def test_two_sentences_sharing_only_a_quotation_may_date_two_sayings_of_it() -> None:
    # one quotation given on two days: "she repeated" it (``test_reach``'s two reports)
    quote = '"We will not back down from this fight, whatever it costs us in the end,"'
    a = [f"On Monday the mayor told a crowd in the square {quote} before leaving."]
    b = [f"Speaking to reporters on Tuesday, she repeated {quote} and left."]
    assert _each_day(a, b, [(0, 0, 0.84)]) == []


def test_a_text_naming_another_weekday_may_tell_of_two_days() -> None:
    # a report naming Friday too may date the apology by the day it learnt of it
    assert _each_day([LAUTEN], LAUTEN_SOURCE, [(0, 0, 0.6)]) == []
    assert _each_day([LAUTEN], LAUTEN_SOURCE[:1], [(0, 0, 0.6)]) == [("Sunday", "Saturday")]


def _month_changes(
    a: list[str], b: list[str], pairs: list[tuple[int, int, float]]
) -> list[tuple[str, str]]:
    found = lone_months(_aligned(a, b, pairs), " ".join(a), " ".join(b), min_score=0.4)
    return [(d.a_text, d.b_text) for d in found]


GRIMM = "Grimm is best remembered for his infamous February threat to a cable news reporter."
GRIMM_SOURCE = "Grimm made headlines in January after confronting a cable news reporter."


def test_the_one_month_of_each_aligned_sentence_given_otherwise() -> None:
    assert _month_changes([GRIMM], [GRIMM_SOURCE], [(0, 0, 0.6)]) == [("February", "January")]
    # a year beside it tells the same time
    a = ["In 2008 he won in Iowa, but McCain took the later primaries and he quit that February."]
    b = ["But McCain won most of the later primaries, and he withdrew from the race that March."]
    assert _month_changes(a, b, [(0, 0, 0.6)]) == [("February", "March")]


def test_a_month_named_in_the_other_text_is_kept_for_another_thing() -> None:
    a = [GRIMM, "He was indicted in January on fraud charges."]
    assert _month_changes(a, [GRIMM_SOURCE], [(0, 0, 0.6)]) == []
    b = [GRIMM_SOURCE, "He said in February that he would run again."]
    assert _month_changes([GRIMM], b, [(0, 0, 0.6)]) == []


def test_a_month_bound_or_reckoned_from_another_is_no_month_moved() -> None:
    a = ["Grimm must answer the cable news reporter by February, his lawyer said."]
    assert _month_changes(a, [GRIMM_SOURCE], [(0, 0, 0.6)]) == []
    b = ["Grimm made headlines in January, a month after confronting a cable news reporter."]
    assert _month_changes([GRIMM], b, [(0, 0, 0.6)]) == []


def test_a_weekday_after_a_of_a_thing_first_told_dates_it() -> None:
    # "a Monday tirade": the thing the sentence tells of, and the day it happened
    a = ["In a Monday tirade aimed at the mayor's aide, the governor wrote that she must go."]
    b = ["The governor went after the mayor's aide on Tuesday, writing that she must go."]
    assert _changes(a, b, [(0, 0, 0.6)]) == [("Monday", "Tuesday")]
