"""A condensed rewrite's values changed in a paraphrased sentence are no details of its own
(``clues.changed_in_paraphrase``, ``evidence._changed_values``): fresh41's rw-532 told
"five hundred and eighty-four days" as "548 days" and "12:00" as "12:30", which the copy
model counted as details its source lacks, the mark of two reports written apart."""

from __future__ import annotations

from newstrace.analyse.clues import changed_in_paraphrase, details_new
from newstrace.analyse.evidence import _changed_values
from newstrace.model import Alignment, Article, Span
from newstrace.segment.document import Document

# The copy's sentence, paraphrased from the source's, with a figure, a time and a
# name changed.
COPY = "Chief Justice Jon Ruiz gave the oath at 12:30 p.m., 548 days after the campaign began."
SOURCE = (
    "Chief Justice John Ruiz administered the oath of office at 12:00 p.m. on the steps, "
    "five hundred and eighty-four days after the long campaign began in Iowa."
)


def _link(score: float) -> Alignment:
    return Alignment("paraphrase", score, Span(0, len(COPY)), Span(0, len(SOURCE)), COPY, SOURCE)


def test_a_figure_told_otherwise_in_a_paraphrase_is_a_change() -> None:
    # "548" stands for the source's "5"/"100", "30" for "00"; the name is left out (two
    # reports spell one name two ways), and so is a detail with no other of its kind.
    assert changed_in_paraphrase([_link(0.8)], "a", 0.55) == {"548", "30"}
    assert changed_in_paraphrase([_link(0.8)], "b", 0.55) >= {"00", "100", "5"}
    assert "iowa" not in changed_in_paraphrase([_link(0.8)], "b", 0.55)


def test_a_loose_link_tells_no_change() -> None:
    assert changed_in_paraphrase([_link(0.5)], "a", 0.55) == frozenset()


def test_changed_values_are_not_new() -> None:
    changed = changed_in_paraphrase([_link(0.8)], "a", 0.55)
    assert details_new(COPY, SOURCE, changed) < details_new(COPY, SOURCE)


def test_only_a_condensed_text_reads_its_values_as_changed() -> None:
    """Two rewrites about as long as each other each change values of their source: the
    copy model's two-way loss weighs that, and read as changed, siblings crossed to copies."""
    long = Document(Article(SOURCE + " " + SOURCE.replace("Iowa", "Ohio")))
    short = Document(Article(COPY))
    assert _changed_values(short, long, [_link(0.8)], "a", 0.55) == {"548", "30"}
    about_as_long = Document(Article(COPY + " " + COPY.replace("Ruiz", "Ortiz")))
    assert _changed_values(about_as_long, Document(Article(SOURCE)), [_link(0.8)], "a", 0.55) == (
        frozenset()
    )
