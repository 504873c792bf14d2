"""Progress of long commands: a live bar on a terminal, a line every few seconds in a log.

A scan run from a script or a scheduler has no terminal, and rich's bar then shows nothing
at all; half an hour of silence reads as a hang.  So without a terminal each task prints a
plain line every ``interval`` seconds (done/total, rate, ETA), and one when it ends.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

LOG_INTERVAL = 15.0  # seconds between two lines in a log: often enough to see it move

Advance = Callable[[int], None]


class _RateColumn(ProgressColumn):
    """Items per second (blank until there is a measurement)."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.speed:,.1f}/s" if task.speed else "", style="progress.data.speed")


def _clock(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}"


@dataclass
class LogTask:
    """One task's counter, printed as a line at most every ``interval`` seconds."""

    description: str
    total: int | None
    console: Console
    interval: float = LOG_INTERVAL
    clock: Callable[[], float] = time.monotonic
    done: int = 0
    started: float = field(init=False)
    last_line: float = field(init=False)

    def __post_init__(self) -> None:
        self.started = self.last_line = self.clock()

    def line(self) -> str:
        elapsed = max(1e-9, self.clock() - self.started)
        rate = self.done / elapsed
        text = f"{self.description}: {self.done:,}"
        if self.total is not None:
            text += f"/{self.total:,}"
        text += f" ({rate:,.1f}/s, {_clock(elapsed)} elapsed"
        if self.total is not None and rate > 0:
            text += f", ETA {_clock(max(0, self.total - self.done) / rate)}"
        return text + ")"

    def advance(self, n: int = 1) -> None:
        self.done += n
        now = self.clock()
        if now - self.last_line >= self.interval:
            self.last_line = now
            self.console.print(self.line(), markup=False, highlight=False)

    def finish(self) -> None:
        self.console.print(self.line().replace(": ", " done: ", 1), markup=False, highlight=False)


class Reporter:
    """Progress for one command: ``with Reporter(console) as r: step = r.task("x", total)``."""

    def __init__(self, console: Console, *, interval: float = LOG_INTERVAL) -> None:
        self.console = console
        self.live = console.is_terminal
        self.interval = interval
        self._bar: Progress | None = None
        self._logged: list[LogTask] = []

    def __enter__(self) -> Reporter:
        if self.live:
            self._bar = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                _RateColumn(),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=self.console,
            )
            self._bar.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
        elif not any(exc):
            for task in self._logged:
                task.finish()

    def task(self, description: str, total: int | None = None) -> Advance:
        """A new task; the returned function advances it by n items."""
        if self._bar is not None:
            bar, task_id = self._bar, self._bar.add_task(description, total=total)

            def advance(n: int = 1) -> None:
                bar.advance(task_id, n)

            return advance
        task = LogTask(description, total, self.console, self.interval)
        self.console.print(f"{description}: started", markup=False, highlight=False)
        self._logged.append(task)
        return task.advance


@contextmanager
def stage(console: Console, description: str) -> Iterator[None]:
    """A step with no count: a spinner on a terminal, a start and an end line in a log."""
    if console.is_terminal:
        with console.status(description):
            yield
        return
    started = time.monotonic()
    console.print(f"{description}: started", markup=False, highlight=False)
    yield
    took = _clock(time.monotonic() - started)
    console.print(f"{description}: done in {took}", markup=False, highlight=False)
