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
    "shared_source": "shared source: common quotes or wire text, neither is a rewrite",
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


def render(comparison: Comparison, console: Console) -> None:
    """Print the summary and the aligned passages to ``console``."""
    console.print(Group(_summary(comparison), _table(comparison.alignments, console.width // 2)))
