"""A self-contained HTML report of a comparison: summary, both texts side by side, tables.

The page loads nothing: CSS and JavaScript are inline, there are no fonts or images, and a
Content-Security-Policy forbids any network access.  Article text is untrusted, so every
piece of it goes through Jinja's autoescaping; the policy also admits only the report's own
script (by its hash), so an injected script would not run even if escaping failed.

Highlights are drawn on flat, non-overlapping fragments: the text is cut at every span
boundary, and each fragment carries the ids of all the spans covering it.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from itertools import pairwise
from typing import Literal

import jinja2
from markupsafe import Markup

from newstrace.model import (
    Alignment,
    Analysis,
    Article,
    ArticleInfo,
    Attribution,
    Comparison,
    Discrepancy,
    LoadedWord,
    Passage,
    QuoteCheck,
    Span,
)

Side = Literal["a", "b"]

_VERSION = metadata.version("newstrace")  # read once: a report is rendered per request
PALETTE_SIZE = 8  # colours cycle; must match the .pal-N rules of report.css

_RELATION = {
    "a_from_b": ("A was written from B", "A reuses B's text: B is the source, A the copy."),
    "b_from_a": ("B was written from A", "B reuses A's text: A is the source, B the copy."),
    "shared_source": (
        "Shared source: neither is shown to be a rewrite",
        "They share quotations or wire text, or tell one story sentence by sentence, but "
        "neither is shown to be a rewrite of the other.",
    ),
    "unrelated": ("Unrelated: no reuse found", "No passage of one text was traced to the other."),
}
_ROLES: dict[str, tuple[str, str]] = {
    "a_from_b": ("copy", "source"),
    "b_from_a": ("source", "copy"),
}
_KIND_LABEL = {"verbatim": "verbatim", "near_verbatim": "near-verbatim", "paraphrase": "paraphrase"}
QUOTE_STATUSES = ("exact", "joined", "truncated", "altered", "misattributed", "unmatched")
_QUOTE_HELP = {
    "exact": "the quoted words stand in B as they are",
    "joined": "pieces of B stitched into one quotation",
    "truncated": "a part of B's quotation, cut short",
    "altered": "words of the quotation were changed",
    "misattributed": "B gives these words to another speaker",
    "unmatched": "not found in B",
}


@dataclass(frozen=True, slots=True)
class Mark:
    """A span of one text to highlight, and what it links to on the other side."""

    start: int
    end: int
    css: str
    tip: str
    link: str = ""  # id shared with the partner's marks ("al3", "q0"); "" for no partner
    align_rank: int = -1  # alignments only: 0 lexical, 1 paraphrase (-1: not an alignment)
    order: int = 0

    @property
    def is_alignment(self) -> bool:
        return self.align_rank >= 0


@dataclass(frozen=True, slots=True)
class Fragment:
    """A stretch of text covered by one and the same set of marks."""

    text: str
    css: str = ""
    links: str = ""  # every link id covering the fragment: the partners find it by these
    hover: str = ""  # the link ids to light up when the fragment is hovered
    tip: str = ""


@dataclass(frozen=True, slots=True)
class SideView:
    letter: str
    name: str
    title: str | None
    meta: tuple[str, ...]
    role: str | None
    fragments: tuple[Fragment, ...]


# --- fragments ---------------------------------------------------------------------------


def split_fragments(text: str, marks: Iterable[Mark]) -> list[Fragment]:
    """Cut ``text`` at every mark boundary; each piece carries the marks covering it."""
    size = len(text)
    clipped = sorted(
        (m for m in (_clip(mark, size) for mark in marks) if m is not None),
        key=lambda m: m.start,
    )
    cuts = sorted({0, size, *(m.start for m in clipped), *(m.end for m in clipped)})
    fragments: list[Fragment] = []
    active: list[Mark] = []
    waiting = iter(clipped)
    pending = next(waiting, None)
    for start, end in pairwise(cuts):
        while pending is not None and pending.start <= start:
            active.append(pending)
            pending = next(waiting, None)
        active = [m for m in active if m.end > start]
        fragments.append(_fragment(text[start:end], active))
    return fragments


def _clip(mark: Mark, size: int) -> Mark | None:
    """The mark inside ``[0, size)``, or None when nothing of it is left (a bad span)."""
    start, end = max(0, mark.start), min(size, mark.end)
    if start >= end:
        return None
    if (start, end) == (mark.start, mark.end):
        return mark
    return Mark(start, end, mark.css, mark.tip, mark.link, mark.align_rank, mark.order)


def _fragment(text: str, covering: Sequence[Mark]) -> Fragment:
    if not covering:
        return Fragment(text)
    aligned = [m for m in covering if m.is_alignment]
    others = [m for m in covering if not m.is_alignment]
    shown: list[Mark] = []
    if aligned:
        # The innermost passage gives the colour; passages with exactly its span (one
        # passage of A with two partners in B) light up together with it.
        inner = min(aligned, key=lambda m: (m.end - m.start, m.align_rank, m.order))
        shown = [m for m in aligned if (m.start, m.end) == (inner.start, inner.end)]
    css = _unique(c for m in (shown[:1] + others) for c in m.css.split())
    return Fragment(
        text=text,
        css=" ".join(["frag", *css]),
        links=" ".join(_unique(m.link for m in covering if m.link)),
        hover=" ".join(_unique(m.link for m in shown + others if m.link)),
        tip="\n".join(_unique(m.tip for m in shown + others if m.tip)),
    )


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


# --- marks -------------------------------------------------------------------------------


def _side_span(side: Side, a_span: Span, b_span: Span) -> Span:
    return a_span if side == "a" else b_span


def alignment_marks(alignments: Sequence[Alignment], side: Side) -> list[Mark]:
    marks = []
    for k, al in enumerate(alignments):
        span = _side_span(side, al.a_span, al.b_span)
        strength = "al-para" if al.kind == "paraphrase" else "al-lex"
        marks.append(
            Mark(
                span.start,
                span.end,
                css=f"al {strength} al-{al.kind} pal-{k % PALETTE_SIZE}",
                tip=f"Passage {k + 1}: {_KIND_LABEL[al.kind]}, score {al.score:.2f}",
                link=f"al{k}",
                align_rank=int(al.kind == "paraphrase"),
                order=k,
            )
        )
    return marks


def quote_marks(quotes: Sequence[QuoteCheck], side: Side) -> list[Mark]:
    marks = []
    for i, quote in enumerate(quotes):
        tip = _quote_tip(quote)
        if side == "a":
            marks += [
                Mark(p.start, p.end, f"q q-{quote.status}", tip, f"q{i}") for p in quote.a_spans
            ]
        elif quote.b_span is not None:
            src_tip = f"Quoted in A ({quote.status})"
            marks.append(
                Mark(
                    quote.b_span.start, quote.b_span.end, f"qsrc q-{quote.status}", src_tip, f"q{i}"
                )
            )
    return marks


def _quote_tip(quote: QuoteCheck) -> str:
    lines = [f"Quotation: {quote.status} ({_QUOTE_HELP.get(quote.status, '')})"]
    lines.append(f"Speaker in A: {quote.speaker or 'unknown'}")
    if quote.b_speaker and quote.b_speaker != quote.speaker:
        lines.append(f"Speaker in B: {quote.b_speaker}")
    if quote.diff:
        lines.append("Changes: " + " ".join(quote.diff))
    return "\n".join(lines)


def discrepancy_marks(discrepancies: Sequence[Discrepancy], side: Side) -> list[Mark]:
    marks = []
    for i, d in enumerate(discrepancies):
        span = _side_span(side, d.a_span, d.b_span)
        other, says = ("B", d.b_text) if side == "a" else ("A", d.a_text)
        tip = f"Different {d.kind}: {other} says “{says}”"
        marks.append(Mark(span.start, span.end, "disc", tip, f"d{i}"))
    return marks


def wording_marks(wording: Sequence[LoadedWord], side: Side) -> list[Mark]:
    marks = []
    for i, w in enumerate(wording):
        if side == "a":
            tip = f"Loaded word added by A: “{w.word}” is not in B's passage"
            marks.append(Mark(w.a_span.start, w.a_span.end, "loaded", tip, f"w{i}"))
        else:
            tip = f"A adds the loaded word “{w.word}” here"
            marks.append(Mark(w.b_span.start, w.b_span.end, "loaded-src", tip, f"w{i}"))
    return marks


def passage_marks(passages: Sequence[Passage], css: str, tip: str) -> list[Mark]:
    return [Mark(p.span.start, p.span.end, css, tip) for p in passages]


def credit_marks(attributions: Sequence[Attribution]) -> list[Mark]:
    return [
        Mark(c.a_span.start, c.a_span.end, "credit", f"Credits {c.outlet}") for c in attributions
    ]


def side_marks(comparison: Comparison, side: Side) -> list[Mark]:
    """Every highlight of one side's text, in no particular order."""
    an = comparison.analysis
    marks = alignment_marks(comparison.alignments, side)
    marks += quote_marks(an.quotes, side) + discrepancy_marks(an.discrepancies, side)
    marks += wording_marks(an.wording, side)
    copy, source = _copy_letters(an)
    marks += passage_marks(
        [p for p in an.added if p.side == side], "added", f"Added in {copy}: no partner in {source}"
    )
    marks += passage_marks(
        [p for p in an.omitted if p.side == side],
        "omitted",
        f"Left out of {copy}: no partner in {copy}",
    )
    if side == "a":
        marks += credit_marks(an.attributions)
    return marks


def _copy_letters(an: Analysis) -> tuple[str, str]:
    """("A", "B") when A is read as the copy in ``added``/``omitted``, else ("B", "A")."""
    sides = {p.side for p in an.added} | {"a" if p.side == "b" else "b" for p in an.omitted}
    return ("B", "A") if sides == {"b"} else ("A", "B")


# --- summary and tables ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Count:
    label: str
    n: int
    css: str = ""
    help: str = ""


@dataclass(frozen=True, slots=True)
class Summary:
    headline: str
    explanation: str
    relation: str
    confidence: int  # percent
    coverage_a: int
    coverage_b: int
    reasons: tuple[str, ...]
    kinds: tuple[Count, ...]
    quotes: tuple[Count, ...]
    discrepancies: tuple[Count, ...]
    credits: tuple[str, ...]
    extras: tuple[Count, ...]


def _percent(share: float) -> int:
    return round(max(0.0, min(1.0, share)) * 100)


def summarise(comparison: Comparison) -> Summary:
    verdict, an = comparison.verdict, comparison.analysis
    headline, explanation = _RELATION.get(verdict.relation, (verdict.relation, ""))
    kinds: Counter[str] = Counter(al.kind for al in comparison.alignments)
    statuses: Counter[str] = Counter(q.status for q in an.quotes)
    return Summary(
        headline=headline,
        explanation=explanation,
        relation=verdict.relation,
        confidence=_percent(verdict.confidence),
        coverage_a=_percent(comparison.coverage.a),
        coverage_b=_percent(comparison.coverage.b),
        reasons=verdict.reasons,
        kinds=tuple(Count(_KIND_LABEL[k], kinds[k], f"al-{k}") for k in _KIND_LABEL),
        quotes=tuple(
            Count(s, statuses[s], f"q-{s}", _QUOTE_HELP[s]) for s in QUOTE_STATUSES if statuses[s]
        ),
        discrepancies=tuple(
            Count(k, n) for k, n in sorted(Counter(d.kind for d in an.discrepancies).items())
        ),
        credits=_credits(comparison),
        extras=_extras(an),
    )


def _credits(comparison: Comparison) -> tuple[str, ...]:
    """The credits A gives: its attribution phrases, else the outlets the evidence names."""
    found = [f"A credits {c.outlet}: “{c.text}”" for c in comparison.analysis.attributions]
    if not found:
        found = [f"A credits {name}" for name in comparison.evidence.a.outlets_credited]
    found += [f"B credits {name}" for name in comparison.evidence.b.outlets_credited]
    return tuple(_unique(found))


def _extras(an: Analysis) -> tuple[Count, ...]:
    copy, source = _copy_letters(an)
    return (
        Count(_plural(len(an.added), "passage") + f" added in {copy}", len(an.added), "added"),
        Count(
            _plural(len(an.omitted), "passage") + f" of {source} left out",
            len(an.omitted),
            "omitted",
        ),
        Count(_plural(len(an.wording), "loaded word"), len(an.wording), "loaded"),
    )


def _plural(n: int, noun: str) -> str:
    return noun if n == 1 else noun + "s"


def _name(info: ArticleInfo, letter: str) -> str:
    return info.id or info.title or f"Article {letter}"


def side_view(comparison: Comparison, article: Article, side: Side) -> SideView:
    info = comparison.a if side == "a" else comparison.b
    letter = side.upper()
    roles = _ROLES.get(comparison.verdict.relation)
    meta = [x for x in (info.outlet, info.published) if x]
    meta.append(f"{len(article.text):,} characters")
    if article.url:
        meta.append(article.url)  # as text only: the report links to nothing outside
    return SideView(
        letter=letter,
        name=_name(info, letter),
        title=info.title if info.title and info.title != info.id else None,
        meta=tuple(meta),
        role=roles[0 if side == "a" else 1] if roles else None,
        fragments=tuple(split_fragments(article.text, side_marks(comparison, side))),
    )


@dataclass(frozen=True, slots=True)
class PassageRow:
    number: int
    link: str
    kind: str
    kind_label: str
    score: str
    palette: int
    a_text: str
    b_text: str


def passage_rows(alignments: Sequence[Alignment]) -> list[PassageRow]:
    return [
        PassageRow(
            number=k + 1,
            link=f"al{k}",
            kind=al.kind,
            kind_label=_KIND_LABEL[al.kind],
            score=f"{al.score:.2f}",
            palette=k % PALETTE_SIZE,
            a_text=al.a_text,
            b_text=al.b_text,
        )
        for k, al in enumerate(alignments)
    ]


# --- the document ------------------------------------------------------------------------


@cache
def _loader() -> jinja2.PackageLoader:
    return jinja2.PackageLoader("newstrace.report", "templates")


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=_loader(),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _asset(name: str) -> str:
    """A file of the templates folder, as it is (CSS and JavaScript are not templates)."""
    source, _, _ = _loader().get_source(_environment(), name)
    return source


def _csp(script: str) -> str:
    """A policy that loads nothing and runs only ``script`` (the report's own)."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
    )


def to_html(comparison: Comparison, a: Article, b: Article) -> str:
    """The report of ``comparison`` of articles ``a`` and ``b`` as one HTML document."""
    script = _asset("report.js")
    an = comparison.analysis
    copy_letter, source_letter = _copy_letters(an)
    return (
        _environment()
        .get_template("report.html.j2")
        .render(
            summary=summarise(comparison),
            sides=(side_view(comparison, a, "a"), side_view(comparison, b, "b")),
            passages=passage_rows(comparison.alignments),
            quotes=an.quotes,
            discrepancies=an.discrepancies,
            wording=an.wording,
            added=an.added,
            omitted=an.omitted,
            copy_letter=copy_letter,
            source_letter=source_letter,
            statuses=QUOTE_STATUSES,
            quote_help=_QUOTE_HELP,
            palette=range(PALETTE_SIZE),
            # Our own static files, trusted: inserted as they are, never mixed with data.
            css=Markup(_asset("report.css")),
            script=Markup(script),
            csp=_csp(script),
            version=_VERSION,
            schema_version=comparison.schema_version,
        )
    )
