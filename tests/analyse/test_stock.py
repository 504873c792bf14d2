"""Common news wording is no evidence of a shared text (analyse/stock.py); an outlet's reuse
of its own text is reported as such."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

import pytest

import newstrace
from newstrace.analyse.stock import CommonWording, own_words, shared_own_words
from newstrace.candidates.features import ngram_hashes
from newstrace.model import Article
from newstrace.pipeline import compare_documents, prepare

# Two reports of different events, written for the tests.
BRIDGE = [
    "The city council voted on Monday to close the old river bridge to lorries after engineers found cracks in two of its piers.",
    "Drivers of heavy vehicles will have to take the ring road, adding about twenty minutes to the journey into the centre.",
    "Repairs are not expected to begin before the spring, when the river is lower and divers can inspect the foundations.",
]
SCHOOL = [
    "The education board approved a plan to extend the school day by half an hour at the three primary schools in the valley.",
    "Parents had asked for more time for reading and music, which were cut when the budget was reduced two years ago.",
    "Teachers' unions said they would study the plan before deciding whether to support it.",
]
# Another report of the bridge closure, in its own words.
BRIDGE_AGAIN = [
    "Lorries will no longer be allowed on the old river bridge, the council decided at its meeting this week.",
    "An inspection last month found that two of the piers had cracked, and the weight limit was cut at once.",
    "Hauliers said the detour along the ring road would cost them time and fuel.",
]
QUOTE = (
    "“We will not let a single family be cut off from the hospital while the work goes on,” "
    "the mayor said."
)

# Shared wording that is not a shared text, each with a sentence for each report.
NOT_A_TEXT = {
    "names with their titles and parties": (
        "Senate Majority Leader Mitch McConnell (R-Ky.) and Senate Minority Leader Chuck Schumer (D-N.Y.) praised the decision in a letter to the council.",
        "Senate Majority Leader Mitch McConnell (R-Ky.) and Senate Minority Leader Chuck Schumer (D-N.Y.) criticised the plan on their websites.",
    ),
    "a name with its title, party and state": (
        "Rep. Kevin Brady, R-Texas, the chairman of the Ways and Means Committee, asked for a federal grant.",
        "Parents wrote to Rep. Kevin Brady, R-Texas, the chairman of the Ways and Means Committee, last year.",
    ),
    "a stock phrase": (
        "The engineering firm that inspected the bridge did not immediately respond to a request for comment.",
        "The largest teachers' union did not immediately respond to a request for comment.",
    ),
    "a newsletter line": (
        "Sign up for our morning newsletter to get the news of the valley in your inbox.",
        "Sign up for our morning newsletter to get the news of the valley in your inbox.",
    ),
}


def longest_run(a_text: str, b_text: str) -> int:
    """The most words in a row (case and punctuation aside) that two passages share."""
    a_words = re.findall(r"\w+", a_text.lower())
    b_words = re.findall(r"\w+", b_text.lower())
    matcher = SequenceMatcher(None, a_words, b_words, autojunk=False)
    return matcher.find_longest_match(0, len(a_words), 0, len(b_words)).size


def _text(paragraphs: list[str], extra: str) -> str:
    return "\n\n".join([*paragraphs[:2], extra, *paragraphs[2:]])


def _shares_a_run(result: newstrace.Comparison, words: int = 8) -> bool:
    """The precondition: an aligned passage with ``words`` identical words in a row (which
    made the pair ``shared_source`` before common wording was set aside)."""
    return any(
        x.kind != "paraphrase" and longest_run(x.a_text, x.b_text) >= words
        for x in result.alignments
    )


@pytest.mark.parametrize("kind", sorted(NOT_A_TEXT))
def test_common_news_wording_is_not_a_shared_text(kind: str) -> None:
    bridge, school = NOT_A_TEXT[kind]
    result = newstrace.compare(_text(BRIDGE, bridge), _text(SCHOOL, school))
    assert _shares_a_run(result)
    assert result.verdict.relation == "unrelated"


def test_a_passage_of_real_shared_text_is_a_shared_source() -> None:
    result = newstrace.compare(_text(BRIDGE, QUOTE), _text(BRIDGE_AGAIN, QUOTE))
    assert result.verdict.relation == "shared_source"
    assert "self_reuse" not in " ".join(result.verdict.reasons)
    # The reason says what the model found, not that no own sentence is traced: the
    # sentences of each text traced to the other are counted in the reasons below it.
    assert result.verdict.reasons[0].startswith("they share 1 verbatim")
    assert "the texts cannot prove" in result.verdict.reasons[0]


def test_a_passage_the_index_finds_in_many_articles_is_discounted() -> None:
    a = prepare(Article(_text(BRIDGE, QUOTE)))
    b = prepare(Article(_text(BRIDGE_AGAIN, QUOTE)))
    words = [w for w, _ in own_words(QUOTE)]
    common = CommonWording(frozenset(ngram_hashes(words, 5).tolist()))
    assert compare_documents(a, b).verdict.reasons[0].startswith("they share 1 verbatim")
    # The passage set aside, no shared text is left: what relates the two is that they
    # report one event, much of each told loosely in the other's sentences (74% and 73%),
    # which is ``shared_source`` for that reason (``direction._loosely_told``), not a copy.
    discounted = compare_documents(a, b, common=common).verdict
    assert discounted.relation == "shared_source"
    assert "loosely similar sentences" in discounted.reasons[0]
    # Wording common elsewhere does not touch this passage.
    elsewhere = CommonWording(frozenset(ngram_hashes("a b c d e f".split(), 5).tolist()))
    assert compare_documents(a, b, common=elsewhere).verdict.relation == "shared_source"


def test_an_outlet_reusing_its_own_text_is_reported_as_self_reuse() -> None:
    a = Article(_text(BRIDGE, QUOTE), outlet="Valley Herald")
    b = Article(_text(BRIDGE_AGAIN, QUOTE), outlet="valley herald")
    reasons = newstrace.compare(a, b).verdict.reasons
    assert any(r.startswith("self_reuse: ") for r in reasons)
    other = Article(b.text, outlet="River Gazette")
    assert not any(r.startswith("self_reuse") for r in newstrace.compare(a, other).verdict.reasons)


def test_one_outlet_sharing_only_a_name_with_its_title_is_not_self_reuse() -> None:
    bridge, school = NOT_A_TEXT["names with their titles and parties"]
    a = Article(_text(BRIDGE, bridge), outlet="Valley Herald")
    b = Article(_text(SCHOOL, school), outlet="Valley Herald")
    result = newstrace.compare(a, b)
    assert result.verdict.relation == "unrelated"
    assert not any(r.startswith("self_reuse") for r in result.verdict.reasons)


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("Senator Chuck Schumer of New York, the Democratic leader, said", ["said"]),
        ("Mark Warner, the top Democrat on the Senate Intelligence Committee", []),
        ("the White House press secretary, Sarah Huckabee Sanders", ["the"]),
        ("two people briefed on the matter have said", ["two", "have", "said"]),
        ("$5.7 billion for the wall", ["for", "the", "wall"]),
        # The assistant secretary is a title, but no name goes with it here.
        (
            "above the assistant secretary level",
            ["above", "the", "assistant", "secretary", "level"],
        ),
        # A text in capitals: capitals say nothing, so they mark no names.
        (
            "THE MAYOR WILL NOT LET A FAMILY BE CUT OFF",
            "the mayor will not let a family be cut off".split(),
        ),
    ],
)
def test_own_words_leave_out_names_titles_numbers_and_stock_phrases(
    text: str, own: list[str]
) -> None:
    assert [w for w, mine in own_words(text) if mine] == own


def test_own_words_are_counted_in_one_run_of_identical_words() -> None:
    same = "the harbour will stay closed to every boat until the divers finish"
    assert shared_own_words(same, same) == 12
    # Two runs of 6 identical words are not one of 12.
    assert shared_own_words(same, same.replace("every", "each")) == 6
