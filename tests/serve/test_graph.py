"""serve/graph.py: the story laid out in time order, and drawn as SVG with its text escaped."""

from __future__ import annotations

from xml.etree import ElementTree

from newstrace.model import Coverage, ReusePair
from newstrace.serve.graph import layout, to_svg
from newstrace.store.pairs import Story, StoryArticle
from tests.report.build import XSS

SVG = "{http://www.w3.org/2000/svg}"


def _pair(a: str, b: str, copy: str | None, credited: bool | None) -> ReusePair:
    source = None if copy is None else (b if copy == a else a)
    relation = "a_from_b" if copy == a else "b_from_a" if copy else "shared_source"
    return ReusePair(a, b, relation, 0.8, source, copy, credited, None, None,  # type: ignore[arg-type]
                     Coverage(0.5, 0.5), (), (), "")  # fmt: skip


STORY = Story(
    articles=(
        StoryArticle("late", "Late copy", "Blog", "2020-03-09"),
        StoryArticle("wire", "Wire", "Agency", "2020-03-01T08:00"),
        StoryArticle("same-day", None, "Paper", "2020-03-01"),
        StoryArticle("undated", None, None, None),
    ),
    pairs=(
        _pair("late", "wire", "late", False),
        _pair("wire", "same-day", "same-day", True),
        _pair("undated", "late", None, None),
    ),
    truncated=False,
)


def test_columns_follow_the_dates_and_undated_articles_come_last() -> None:
    graph = layout(STORY, "wire")
    x = {node.id: node.x for node in graph.nodes}
    assert x["wire"] == x["same-day"] < x["late"] < x["undated"]
    assert [label for _, label in graph.columns] == ["2020-03-01", "2020-03-09", "undated"]
    assert max(x.values()) < graph.width
    assert {(e.copy, e.source, e.credited) for e in graph.edges} == {
        ("late", "wire", False),
        ("same-day", "wire", True),
        (None, None, None),
    }


def test_the_svg_styles_credit_and_links_every_article() -> None:
    svg = to_svg(layout(STORY, "wire"))
    root = ElementTree.fromstring(svg)  # well-formed XML
    edges = {g.get("class"): g for g in root.iter(f"{SVG}g") if "edge" in (g.get("class") or "")}
    assert set(edges) == {"edge edge-credited", "edge edge-uncredited", "edge edge-shared"}
    uncredited = edges["edge edge-uncredited"].find(f"{SVG}path")
    assert uncredited is not None and uncredited.get("stroke-dasharray")
    shared = edges["edge edge-shared"].find(f"{SVG}path")
    assert shared is not None and "marker-end" not in shared.attrib
    links = [a.get("href") for a in root.iter(f"{SVG}a")]
    assert sorted(links) == [
        "#/article/late",
        "#/article/same-day",
        "#/article/undated",
        "#/article/wire",
    ]


def test_markup_in_ids_titles_and_outlets_is_escaped() -> None:
    story = Story(
        articles=(
            StoryArticle(XSS[1], XSS[0], XSS[2], "2020-01-01"),
            StoryArticle("b'><script>", XSS[4], XSS[5], "2020-01-02<x>"),
        ),
        pairs=(_pair(XSS[1], "b'><script>", "b'><script>", False),),
        truncated=False,
    )
    svg = to_svg(layout(story, XSS[1]))
    root = ElementTree.fromstring(svg)
    assert not [
        e
        for e in root.iter()
        if e.tag.split("}")[-1] in {"script", "img", "iframe", "style", "foreignObject"}
    ]
    assert "<script>" not in svg and "<img" not in svg
    hrefs = [a.get("href") or "" for a in root.iter(f"{SVG}a")]
    assert all(h.startswith("#/article/") and "<" not in h and '"' not in h for h in hrefs)
    titles = [t.text for t in root.iter(f"{SVG}title")]
    assert any(XSS[0] in (t or "") for t in titles)  # the text survives, as text
