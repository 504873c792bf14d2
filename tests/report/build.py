"""Comparisons made by hand, with the analysis fields filled, for the report tests."""

from __future__ import annotations

from newstrace.model import (
    Alignment,
    AlignmentKind,
    Analysis,
    Article,
    Attribution,
    Comparison,
    Coverage,
    Discrepancy,
    Evidence,
    LoadedWord,
    Passage,
    QuoteCheck,
    SideEvidence,
    Span,
    Verdict,
)


def span_of(text: str, phrase: str, start: int = 0) -> Span:
    """The span of the first ``phrase`` in ``text`` (at or after ``start``)."""
    at = text.index(phrase, start)
    return Span(at, at + len(phrase))


def pair(a: Article, b: Article, kind: AlignmentKind, a_phrase: str, b_phrase: str) -> Alignment:
    """An alignment of the first ``a_phrase`` in A with the first ``b_phrase`` in B."""
    a_span, b_span = span_of(a.text, a_phrase), span_of(b.text, b_phrase)
    score = 1.0 if kind == "verbatim" else 0.7
    return Alignment(
        kind,
        score,
        a_span,
        b_span,
        a.text[a_span.start : a_span.end],
        b.text[b_span.start : b_span.end],
    )


def _side(credits: tuple[str, ...] = ()) -> SideEvidence:
    return SideEvidence(4, 3, 3, 2, 0.8, 0.6, 12, 1.0, bool(credits), credits)


def comparison(
    a: Article,
    b: Article,
    alignments: tuple[Alignment, ...],
    analysis: Analysis | None = None,
    reasons: tuple[str, ...] = ("A was written from B: its own sentences are traced to B",),
) -> Comparison:
    return Comparison(
        a=a.info(),
        b=b.info(),
        verdict=Verdict("a_from_b", 0.72, reasons),
        coverage=Coverage(0.8, 0.4),
        alignments=alignments,
        evidence=Evidence(_side(("The Daily Planet",)), _side()),
        analysis=analysis or Analysis(),
    )


# Markup that must show as text wherever an article, a tooltip or a table puts it.
XSS = (
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "</textarea><svg onload=alert(1)>",
    "'><iframe src=javascript:alert(1)>",
    "</style><style>body{display:none}</style>",
    "<!-- --><a href=https://evil.example/x>x</a>",
)
XSS_TEXT = " ".join(XSS)


def xss_articles() -> tuple[Article, Article]:
    a = Article(
        f"Officials said {XSS_TEXT} on Friday. The minister resigned after 12 days in office.",
        id='a"><img src=x onerror=alert(1)>',
        title="<script>alert('title')</script>",
        outlet="<blink>Outlet</blink>",
        published="2015-09-19",
        url="https://evil.example/<script>",
    )
    b = Article(
        f"Officials said {XSS_TEXT} on Thursday. The minister resigned after 15 days in office.",
        id="b</textarea>",
        outlet="Paper & Co",
    )
    return a, b


def xss_comparison(a: Article, b: Article) -> Comparison:
    quote_span = span_of(a.text, XSS[0])
    analysis = Analysis(
        quotes=(
            QuoteCheck(
                XSS[0],
                XSS[1],
                (quote_span,),
                "altered",
                span_of(b.text, XSS[0]),
                XSS[2],
                XSS[3],
                ("-<blink>", "+</td>"),
            ),
        ),
        attributions=(Attribution(XSS[1], XSS[0], span_of(a.text, "Officials said")),),
        discrepancies=(
            Discrepancy("number", "12", XSS[1], span_of(a.text, "12"), span_of(b.text, "15")),
            Discrepancy(
                "date", "Friday", "Thursday", span_of(a.text, "Friday"), span_of(b.text, "Thursday")
            ),
        ),
        added=(Passage(span_of(a.text, "on Friday"), "on Friday"),),
        omitted=(Passage(span_of(b.text, "on Thursday"), XSS[4], side="b"),),
        wording=(LoadedWord(XSS[1], span_of(a.text, "resigned"), span_of(b.text, "resigned")),),
    )
    alignments = (
        pair(a, b, "verbatim", f"Officials said {XSS_TEXT}", f"Officials said {XSS_TEXT}"),
        pair(a, b, "paraphrase", "The minister resigned", "The minister resigned"),
    )
    return comparison(a, b, alignments, analysis, reasons=(XSS[0], XSS[1]))
