"""A year a copy gives a thing its source dates by another (``facts/own_years.py``)."""

from __future__ import annotations

from newstrace.analyse.facts.own_years import own_years

COPY = (
    "He calls the Iran deal terrible. In 2004 he wanted the Cuba embargo lifted; now he"
    " opposes the thaw with Havana."
)
SOURCE = (
    "He said the Iran deal is terrible. As governor in 2002, he called for lifting the"
    " embargo of Cuba. He left office in 2007 to run for president."
)


def _changes(a: str, b: str) -> list[tuple[str, str]]:
    return [(d.a_text, d.b_text) for d in own_years(a, b)]


def test_a_year_the_source_never_names_for_the_year_of_the_sentence_told() -> None:
    assert _changes(COPY, SOURCE) == [("2004", "2002")]


def test_a_year_of_a_sentence_telling_something_else_is_not_compared() -> None:
    # the copy's year dates what no sentence of the source tells
    a = "He calls the Iran deal terrible. In 2004 he won a second term as governor."
    assert _changes(a, SOURCE) == []


def test_a_year_the_source_names_is_kept() -> None:
    assert _changes(COPY.replace("2004", "2007"), SOURCE) == []


def test_years_far_apart_date_two_things() -> None:
    assert _changes(COPY.replace("2004", "1984"), SOURCE) == []


def test_a_copys_changed_year_is_reported_though_its_sentence_is_not_aligned() -> None:
    from newstrace.analyse.report import analyse
    from newstrace.config import AnalyseConfig
    from newstrace.model import Article, Coverage
    from newstrace.segment.document import Document
    from tests.analyse.links import sentence_link

    a, b = Document(Article(COPY)), Document(Article(SOURCE))
    links = [sentence_link(a, b, 0, 0)]
    found = analyse(
        a, b, links, "a_from_b", coverage=Coverage(a=0.9, b=0.6), config=AnalyseConfig()
    )
    assert ("date", "2004", "2002") in [(d.kind, d.a_text, d.b_text) for d in found.discrepancies]
    # independent reports tell of different years of one life
    found = analyse(
        a, b, links, "shared_source", coverage=Coverage(a=0.3, b=0.3), config=AnalyseConfig()
    )
    assert not [d for d in found.discrepancies if d.kind == "date"]


def test_each_texts_one_own_year_needs_a_word_in_common_only() -> None:
    a = "The magazine has been here before, with Palin in jogging shorts in 2010."
    b = "In 2009, the editors selected a photo of Sarah Palin in running shorts."
    assert _changes(a, b) == [("2010", "2009")]
    assert _changes(a, "In 2009, the editors chose a cover of the mayor.") == []
    # a year the source names within a date is named
    assert _changes(a, b.replace("In 2009", "In June 2010")) == []


def test_a_years_sentence_may_name_years_both_texts_name() -> None:
    a = "From 2010 to 2016 the couple spent the money on vacations in Italy and Hawaii."
    b = "Between 2009 and 2016 the couple used campaign funds for vacations to Italy and Hawaii."
    assert _changes(a, b) == [("2010", "2009")]


# rw-705: the copy merges two sentences of its source into one, and names a month beside
# the year (the month changed too).
MERGED_SOURCE = (
    "Mary Cheney, openly lesbian and married to Heather Poe since 2012, posted to her page."
    "\n\nElizabeth Cheney declared in July she plans to challenge incumbent Senator Mike "
    "Enzi, also a Republican, in the state's Republican primary. The election is slated for "
    "2014.\n\nFormer Vice President Cheney has publicly voiced support for same-sex marriage."
)
MERGED_COPY = (
    "Mary, who is gay and married Heather Poe in 2012, wrote that she loves her sister.\n\n"
    "Liz said in June she would challenge Republican Sen. Mike Enzy in the 2016 primary. "
    "Holidays could get awkward."
)


def test_the_one_year_of_each_text_read_with_the_sentence_before() -> None:
    assert _changes(MERGED_COPY, MERGED_SOURCE) == [("2016", "2014")]


def test_a_second_year_of_the_copys_own_leaves_the_moved_one_unknown() -> None:
    copy = MERGED_COPY.replace("Holidays could", "By 2018 holidays could")
    assert _changes(copy, MERGED_SOURCE) == []


def test_a_lone_year_of_a_sentence_sharing_no_word_is_not_compared() -> None:
    source = MERGED_SOURCE.replace(
        "Elizabeth Cheney declared in July she plans to challenge incumbent Senator Mike "
        "Enzi, also a Republican, in the state's Republican primary.",
        "Her father was vice president for eight years.",
    )
    assert _changes(MERGED_COPY, source) == []


def test_lone_years_far_apart_date_two_things() -> None:
    assert _changes(MERGED_COPY.replace("2016", "2024"), MERGED_SOURCE) == []


def test_a_long_sentence_is_not_read_with_the_one_before() -> None:
    """sib-80's two rewrites of one source, one read as condensed from the other: "Liz is
    taking on incumbent Republican Sen. Mike Enzy in the 2014 primary" and "Mary Cheney,
    who is openly gay and married Heather Poe in 2012, went after her" tell of two years,
    though each, read with the sentence before it, shares words with the other."""
    a = (
        "Their father, former Vice President Dick Cheney, backs same-sex marriage but, like "
        "Liz, reportedly wants the states to settle it. Liz is taking on incumbent Republican "
        "Sen. Mike Enzy in the 2014 primary. Thanksgiving at the Cheneys' could be awkward."
    )
    b = (
        "Liz Cheney, who is challenging GOP Sen. Mike Enzie in Wyoming's Republican primary, "
        "has a new critic of her hard-line marriage stance: her own sister.\n\nMary Cheney, "
        "who is openly gay and married Heather Poe in 2012, went after her in a scathing "
        "Facebook post, Fox News reports."
    )
    assert _changes(a, b) == []
