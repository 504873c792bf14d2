"""A readable terminal view of a comparison, with rich."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newstrace.model import Alignment, Comparison

_RELATION_TEXT = {
    "a_from_b": "A was written from B",
    "b_from_a": "B was written from A",
    "shared_source": (
        "shared source: common quotes or wire text, or one story told sentence by sentence; "
        "neither is shown to be a rewrite"
    ),
    "unrelated": "unrelated: no reuse found",
}
_KIND_STYLE = {"verbatim": "bold green", "near_verbatim": "green", "paraphrase": "cyan"}


def _name(comparison: Comparison, side: str) -> str:
    info = comparison.a if side == "a" else comparison.b
    label = info.id or info.title or "(text)"
    extra = ", ".join(x for x in (info.outlet, info.published) if x)
    return f"{side.upper()}: {label}" + (f" ({extra})" if extra else "")


def _summary(comparison: Comparison) -> Panel:
    verdict = comparison.verdict
    lines = Text()
    lines.append(_RELATION_TEXT[verdict.relation], style="bold")
    lines.append(f"   confidence {verdict.confidence:.2f}\n")
    lines.append(
        f"coverage: A {comparison.coverage.a:.0%} traced to B, "
        f"B {comparison.coverage.b:.0%} traced to A\n"
    )
    for reason in verdict.reasons:
        lines.append(f"• {reason}\n")
    title = f"{_name(comparison, 'a')}  ~  {_name(comparison, 'b')}"
    return Panel(lines, title=title, title_align="left")


def _squash(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _table(alignments: tuple[Alignment, ...], width: int) -> Table:
    table = Table(title=f"{len(alignments)} aligned passages", expand=True, show_lines=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("A", ratio=1)
    table.add_column("B", ratio=1)
    limit = max(160, 3 * width)
    for alignment in alignments:
        table.add_row(
            Text(alignment.kind, style=_KIND_STYLE[alignment.kind]),
            f"{alignment.score:.2f}",
            _squash(alignment.a_text, limit),
            _squash(alignment.b_text, limit),
        )
    return table


_STATUS_STYLE = {
    "exact": "green",
    "joined": "green",
    "truncated": "yellow",
    "altered": "bold red",
    "misattributed": "bold red",
    "unmatched": "red",
}


def _quotes(comparison: Comparison, limit: int) -> Table:
    table = Table(title="quotations of A, checked against B", expand=True)
    table.add_column("status", no_wrap=True)
    table.add_column("speaker", no_wrap=True)
    table.add_column("quotation in A", ratio=2)
    table.add_column("changes", ratio=1)
    for quote in comparison.analysis.quotes:
        speaker = quote.speaker or "?"
        if quote.b_speaker and quote.status == "misattributed":
            speaker += f" (B: {quote.b_speaker})"
        table.add_row(
            Text(quote.status, style=_STATUS_STYLE[quote.status]),
            speaker,
            _squash(quote.text, limit),
            " ".join(quote.diff),
        )
    return table


def _findings(comparison: Comparison, limit: int) -> Text:
    analysis = comparison.analysis
    lines = Text()
    for credit in analysis.attributions:
        lines.append("credit   ", style="bold")
        lines.append(f"“{credit.text}” → {credit.outlet}\n")
    for change in analysis.discrepancies:
        lines.append(f"{change.kind:<8} ", style="bold red")
        lines.append(f"A: {change.a_text}   B: {change.b_text}\n")
    if analysis.wording:
        lines.append("wording  ", style="bold yellow")
        lines.append("loaded words A added: " + ", ".join(w.word for w in analysis.wording) + "\n")
    for label, passages in (("added", analysis.added), ("omitted", analysis.omitted)):
        for passage in passages:
            lines.append(f"{label:<8} ", style="bold")
            lines.append(f"{passage.side.upper()}: {_squash(passage.text, limit)}\n")
    return lines


def render(comparison: Comparison, console: Console) -> None:
    """Print the summary, the aligned passages, the quotations and the findings."""
    limit = max(160, 3 * (console.width // 2))
    parts: list[Panel | Table | Text] = [
        _summary(comparison),
        _table(comparison.alignments, console.width // 2),
    ]
    if comparison.analysis.quotes:
        parts.append(_quotes(comparison, limit))
    parts.append(_findings(comparison, limit))
    console.print(Group(*parts))
