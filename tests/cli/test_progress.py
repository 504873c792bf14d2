"""The progress bars of index and scan render on a real terminal (rate and count)."""

from __future__ import annotations

import io

from rich.console import Console

import newstrace.cli.corpus as corpus


def test_progress_bars_render_with_and_without_a_total(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=120)
    monkeypatch.setattr(corpus, "_stderr", console)
    with corpus._progress() as bar:
        unknown = bar.add_task("indexing articles", total=None)
        known = bar.add_task("aligning pairs", total=4)
        for _ in range(4):
            bar.advance(unknown, 25)
            bar.advance(known, 1)
    text = screen.getvalue()
    assert "indexing articles" in text and "aligning pairs" in text
    assert "4/4" in text and "100" in text
