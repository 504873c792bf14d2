"""Each quote status on short texts written for the test, and speaker resolution."""

from __future__ import annotations

from newstrace.analyse.quotes import check_quotes, extract_quotes
from newstrace.model import Article, QuoteCheck
from newstrace.pipeline import prepare

SOURCE = (
    "“We will rebuild the bridge before winter,” Mayor Ana Ruiz said, “and we will pay for it "
    "with the state grant.”\n\n"
    "The council member Tom Hale said: “This plan is reckless and far too expensive for the town.”"
)


def _checks(derived: str, source: str = SOURCE) -> list[QuoteCheck]:
    a, b = prepare(Article(derived)), prepare(Article(source))
    return check_quotes(a, b, [])


def test_a_quote_split_by_an_attribution_is_one_quote_with_two_pieces() -> None:
    [quote] = extract_quotes(prepare(Article(SOURCE.split("\n\n")[0])))
    assert len(quote.pieces) == 2
    assert quote.speaker is not None and quote.speaker.name == "Ana Ruiz"


def test_exact() -> None:
    [check] = _checks(
        "Hale called the idea “reckless.” He said: “This plan is reckless and far too expensive for the town.”"
    )[1:]
    assert check.status == "exact" and check.speaker == "Hale"


def test_joined() -> None:
    [check] = _checks(
        "Ruiz said: “We will rebuild the bridge before winter and we will pay for it with the state grant.”"
    )
    assert check.status == "joined"
    assert check.b_text is not None and check.b_text.startswith("We will rebuild")


def test_truncated() -> None:
    [check] = _checks("Ruiz promised to “rebuild the bridge before winter.”")
    assert check.status == "truncated"


def test_altered_gives_the_word_diff() -> None:
    [check] = _checks("Hale said: “This plan is reckless and far too costly for the town.”")
    assert check.status == "altered"
    assert check.diff == ("-expensive", "+costly")


def test_misattributed() -> None:
    [check] = _checks("“This plan is reckless and far too expensive for the town,” Ruiz said.")
    assert check.status == "misattributed"
    assert (check.speaker, check.b_speaker) == ("Ruiz", "Tom Hale")


def test_unmatched() -> None:
    [check] = _checks("Ruiz said: “Nobody asked us about the ferry.”")
    assert check.status == "unmatched" and check.b_span is None


def test_pronouns_resolve_to_the_last_named_speaker() -> None:
    text = "Mr. Kerry said: “First point.” Later he added: “Second point.” Trump, as usual, hit back. “Third,” he said."
    speakers = [
        q.speaker.name if q.speaker else None for q in extract_quotes(prepare(Article(text)))
    ]
    assert speakers == ["Kerry", "Kerry", "Trump"]


def test_spans_point_at_the_quoted_words() -> None:
    derived = "Hale said: “This plan is reckless and far too costly for the town.”"
    [check] = _checks(derived)
    [piece] = check.a_spans
    assert derived[piece.start : piece.end].startswith("This plan is reckless")
    assert (
        check.b_span is not None and SOURCE[check.b_span.start : check.b_span.end] == check.b_text
    )
