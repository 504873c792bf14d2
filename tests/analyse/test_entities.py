"""Changed names, numbers, dates and titles; harmless variants are not changes."""

from __future__ import annotations

import pytest

from tests.analyse.facts.aligned import changes


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (
            "He will meet Phillip Hammond.",
            "He will meet Philip Hammond.",
            [("name", "Phillip Hammond", "Philip Hammond")],
        ),
        (
            "Police arrested John Smyth.",
            "Police arrested John Smith.",
            [("name", "John Smyth", "John Smith")],
        ),
        ("Seven people were hurt.", "Nine people were hurt.", [("number", "Seven", "Nine")]),
        ("It cost $5 million.", "It cost $7 million.", [("number", "5 million", "7 million")]),
        (
            "They met on Friday afternoon.",
            "They met on Thursday afternoon.",
            [("date", "Friday", "Thursday")],
        ),
        ("The law passed in 2014.", "The law passed in 2015.", [("date", "2014", "2015")]),
        (
            "Senator John Smith spoke.",
            "Governor John Smith spoke.",
            [("title", "Senator John Smith", "Governor John Smith")],
        ),
    ],
)
def test_each_kind_of_change(a: str, b: str, expected: list[tuple[str, str, str]]) -> None:
    assert changes(a, b) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ash Carter called Sergei Shoigu.", "Ashton B. Carter called Sergei K. Shoigu."),
        ("The U.S. agreed.", "The United States agreed."),
        ("Seven months ago the two met.", "The two men met seven months ago."),
        ("It was the first time the two had spoken.", "It was his first talk in seven months."),
        ("Vladimir Putin met Bashar al-Assad.", "President Bashar al-Assad met the Russians."),
        ("Talks may resume in December.", "Talks resume in December, officials said."),
        ("The law passed on Thursday.", "The law of 2016 passed."),
        ("Rep. Maxine Waters spoke.", "Representative Maxine Waters spoke."),
        ("Chairman Devin Nunes spoke.", "Representative Devin Nunes spoke."),
    ],
)
def test_harmless_variants_are_not_changes(a: str, b: str) -> None:
    assert changes(a, b) == []


def test_a_change_across_two_sentences_is_a_misreading() -> None:
    # whatever rule read it, a fact is stated in one sentence
    from newstrace.analyse.report import _across_sentences
    from newstrace.model import Discrepancy, Span

    a = "Ann Hale is the policy director. Yet Hale said more."
    b = "Policy adviser Ann Hale said more."
    across = Discrepancy("title", a[:41], b[:23], Span(0, 41), Span(0, 23))
    assert _across_sentences(across, a, b)
    within = Discrepancy("title", a[:31], b[:23], Span(0, 31), Span(0, 23))
    assert not _across_sentences(within, a, b)


def test_a_passage_is_read_once_however_many_comparisons_hold_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # ``trace`` compares one article with several: its aligned sentences are read once
    from newstrace.analyse import entities
    from newstrace.analyse.entities import find_discrepancies
    from newstrace.model import Alignment, Span

    query = "Police said nine people were hurt in the Tuesday blast in Lyon."
    others = [
        "Police said seven people were hurt in the blast in Lyon on Tuesday.",
        "Six people were hurt in the blast in Lyon on Tuesday, police said.",
    ]
    read: list[str] = []
    original = entities._Facts.of

    def counted(text: str, offset: int) -> entities._Facts:
        read.append(text)
        return original(text, offset)

    monkeypatch.setattr(entities._Facts, "of", counted)
    entities._facts.cache_clear()
    found = [
        find_discrepancies(
            [Alignment("paraphrase", 0.8, Span(0, len(query)), Span(0, len(b)), query, b)],
            min_score=0.55,
        )
        for b in others
    ]
    assert [[(d.kind, d.a_text, d.b_text) for d in f] for f in found] == [
        [("number", "nine", "seven")],
        [("number", "nine", "Six")],
    ]
    assert read.count(query) == 1


def _aligned_with(a: str, sources: list[tuple[str, float]]) -> list[tuple[str, str, str]]:
    """The changes of copy sentence ``a`` aligned whole with each source sentence, scored."""
    from newstrace.analyse.entities import find_discrepancies
    from newstrace.model import Alignment, Span

    b_text = " ".join(s for s, _ in sources)
    pairs = [
        Alignment(
            "paraphrase",
            score,
            Span(0, len(a)),
            Span(b_text.index(s), b_text.index(s) + len(s)),
            a,
            s,
        )
        for s, score in sources
    ]
    found = find_discrepancies(pairs, min_score=0.4, copy=True)
    return [(d.kind, d.a_text, d.b_text) for d in found]


@pytest.mark.parametrize(
    ("a", "sources", "expected"),
    [
        # a date: the copy's "Sunday" was written from the e-mail's "Saturday", the better
        # aligned, not the call's "Monday"
        (
            "Steele e-mailed the committee members on Sunday night about a call.",
            [
                ("Steele sent an e-mail to committee members Saturday night about a call.", 0.74),
                ("Steele will speak with committee members Monday evening about his run.", 0.57),
            ],
            [("date", "Sunday", "Saturday")],
        ),
        # a figure: likewise, the better aligned sentence is the one written from
        (
            "Last year the couple paid an effective federal rate of 38 percent.",
            [
                ("Last year, the Clintons paid an effective federal tax rate of 35 percent.", 0.54),
                ("Bush paid an effective federal tax rate of roughly 36 percent.", 0.48),
            ],
            [("number", "38", "35")],
        ),
        # a figure that transposes one of the source's was written from it, however aligned:
        # "37.5" / "35.7", not Bush's "36" of a sentence aligned better
        (
            "Last year the couple paid an effective federal rate of 37.5 percent.",
            [
                (
                    "Last year, the Clintons paid an effective federal tax rate of 35.7 percent.",
                    0.48,
                ),
                ("Bush paid an effective federal tax rate of roughly 36 percent.", 0.54),
            ],
            [("number", "37.5", "35.7")],
        ),
        # the copy's "last month" is the first source sentence's, stated alike beside
        # "budget", not the second's "last week" changed
        (
            "Ryan, the Budget Committee chairman, has cited it since unveiling the plan last month",
            [
                ("Ryan, since introducing the plan last month, has talked about it often.", 0.62),
                (
                    "Ryan, chairman of the Budget Committee, said last week the letters are wrong.",
                    0.74,
                ),
            ],
            [],
        ),
        # the source names the FBI for its probe, not for the release the copy gives it
        (
            "His tweet answered Abedin emails the FBI released Friday, found during the probe.",
            [
                (
                    "His tweet lashed out at Abedin over emails released by the State Department.",
                    0.54,
                ),
                ("The emails were found during the FBI's probe of the private email server.", 0.49),
            ],
            [("organisation", "FBI", "State Department")],
        ),
    ],
)
def test_a_copys_fact_is_read_against_the_source_fact_it_was_written_from(
    a: str, sources: list[tuple[str, float]], expected: list[tuple[str, str, str]]
) -> None:
    assert _aligned_with(a, sources) == expected
