"""The provenance graph of a story as a picture: who copied whom, in time order.

Articles stand in columns by publication date, earliest on the left (undated ones last);
an arrow goes from each copy to the article it copied from, solid green when the copy
credits its source and dashed red when it does not; a dotted grey line joins two articles
that share passages with no direction claimed.  The SVG is drawn here, on the server, with
every piece of text escaped: it embeds no script, style sheet or external reference.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import quote
from xml.sax.saxutils import escape, quoteattr

from newstrace.store.pairs import Story

COLUMN, ROW = 280.0, 90.0  # distance between node centres
BOX_W, BOX_H = 190.0, 62.0
MARGIN, TOP, LEGEND = 24.0, 56.0, 80.0
GAP = COLUMN - BOX_W  # between two columns: room for the bows of same-day lines
LEGEND_WIDTH = 2 * MARGIN + 300.0
ID_CHARS = 24  # what fits in a box at 12 px
_STYLE = {  # stroke colour, dash pattern, arrowhead
    "credited": ("#2e7d32", "", "nt-arrow-credited"),
    "uncredited": ("#c62828", "7 4", "nt-arrow-uncredited"),
    "shared": ("#8a8a8a", "2 4", ""),
}


@dataclass(frozen=True, slots=True)
class Node:
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class Edge:
    a: str
    b: str
    source: str | None
    copy: str | None
    relation: str
    confidence: float
    credited: bool | None

    @property
    def style(self) -> str:
        if self.copy is None:
            return "shared"
        return "credited" if self.credited else "uncredited"


@dataclass(frozen=True, slots=True)
class StoryGraph:
    article: str
    truncated: bool
    width: float
    height: float
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    columns: tuple[tuple[float, str], ...]  # (x, label) of each date column

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "truncated": self.truncated,
            "width": self.width,
            "height": self.height,
            "nodes": [asdict(node) for node in self.nodes],
            "edges": [asdict(edge) for edge in self.edges],
        }


def layout(story: Story, article_id: str) -> StoryGraph:
    """Place the articles of ``story``: a column per publication date, in time order."""
    columns: dict[str, list[Any]] = {}
    for item in story.articles:
        day = (item.published or "")[:10] or "undated"
        columns.setdefault(day, []).append(item)
    days = sorted(d for d in columns if d != "undated") + (
        ["undated"] if "undated" in columns else []
    )
    nodes = []
    for k, day in enumerate(days):
        for row, item in enumerate(sorted(columns[day], key=lambda i: (i.outlet or "", i.id))):
            x, y = MARGIN + BOX_W / 2 + k * COLUMN, TOP + BOX_H / 2 + row * ROW
            nodes.append(Node(item.id, item.title, item.outlet, item.published, x, y))
    rows = max((len(group) for group in columns.values()), default=1)
    edges = tuple(
        Edge(p.a, p.b, p.source, p.copy, p.relation, p.confidence, p.credited) for p in story.pairs
    )
    return StoryGraph(
        article=article_id,
        truncated=story.truncated,
        # Room on the right for the last column's bows, and for the legend.
        width=max(2 * MARGIN + BOX_W + (len(days) - 1) * COLUMN + GAP, LEGEND_WIDTH),
        height=TOP + BOX_H + (rows - 1) * ROW + LEGEND,
        nodes=tuple(nodes),
        edges=edges,
        columns=tuple((MARGIN + BOX_W / 2 + k * COLUMN, day) for k, day in enumerate(days)),
    )


# --- the picture -------------------------------------------------------------------------


def to_svg(graph: StoryGraph) -> str:
    at = {node.id: node for node in graph.nodes}
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="story-graph" role="img" '
        f'width="{graph.width:.0f}" height="{graph.height:.0f}" '
        f'viewBox="0 0 {graph.width:.0f} {graph.height:.0f}" font-family="system-ui, sans-serif">',
        f"<title>{escape(f'Provenance graph of {graph.article}')}</title>",
        _markers(),
        '<text x="8" y="16" font-size="12" fill="#555">time →</text>',
    ]
    parts += [
        f'<text class="day" x="{x:.1f}" y="{TOP - 14:.1f}" font-size="12" '
        f'text-anchor="middle" fill="#555">{escape(label)}</text>'
        for x, label in graph.columns
    ]
    parts += [_edge(edge, at) for edge in graph.edges if edge.a in at and edge.b in at]
    parts += [_node(node, node.id == graph.article) for node in graph.nodes]
    parts.append(_legend(graph.height - LEGEND + 20))
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _markers() -> str:
    markers = [
        f'<marker id="{marker}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" '
        f'markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
        f'fill="{colour}"/></marker>'
        for colour, _dash, marker in _STYLE.values()
        if marker
    ]
    return "<defs>" + "".join(markers) + "</defs>"


def _edge(edge: Edge, at: dict[str, Node]) -> str:
    colour, dash, marker = _STYLE[edge.style]
    start, end = (at[edge.copy], at[edge.source or ""]) if edge.copy else (at[edge.a], at[edge.b])
    (x1, y1), (x2, y2) = _border(start, end), _border(end, start)
    path = f"M{x1:.1f},{y1:.1f} L{x2:.1f},{y2:.1f}"
    if math.isclose(start.x, end.x):  # same day: bow out to the right, wider for longer spans
        rows = abs(end.y - start.y) / ROW
        bend = start.x + BOX_W / 2 + min(GAP - 12, 10 + 14 * rows) * 2
        side = start.x + BOX_W / 2
        path = f"M{side:.1f},{start.y:.1f} Q{bend:.1f},{(start.y + end.y) / 2:.1f} "
        path += f"{side:.1f},{end.y:.1f}"
    tip = _edge_tip(edge)
    attributes = f'stroke="{colour}" stroke-width="2" fill="none"'
    attributes += f' stroke-dasharray="{dash}"' if dash else ""
    attributes += f' marker-end="url(#{marker})"' if marker else ""
    return (
        f'<g class="edge edge-{edge.style}" data-copy={quoteattr(edge.copy or "")} '
        f"data-source={quoteattr(edge.source or '')}><title>{escape(tip)}</title>"
        f'<path d="{path}" {attributes}/></g>'
    )


def _edge_tip(edge: Edge) -> str:
    if edge.copy is None:
        return f"{edge.a} and {edge.b} share passages (confidence {edge.confidence:.2f})"
    credit = "credits its source" if edge.credited else "does not credit its source"
    return f"{edge.copy} copied from {edge.source}, {credit} (confidence {edge.confidence:.2f})"


def _border(node: Node, towards: Node) -> tuple[float, float]:
    """Where the line from ``node``'s centre towards ``towards`` leaves its box."""
    dx, dy = towards.x - node.x, towards.y - node.y
    if dx == 0 and dy == 0:
        return node.x, node.y
    scale = min(
        (BOX_W / 2) / abs(dx) if dx else math.inf, (BOX_H / 2 + 3) / abs(dy) if dy else math.inf
    )
    return node.x + dx * scale, node.y + dy * scale


def _node(node: Node, chosen: bool) -> str:
    left, top = node.x - BOX_W / 2, node.y - BOX_H / 2
    tip = "\n".join(x for x in (node.id, node.title, node.outlet, node.published) if x)
    fill, stroke = ("#fff4d6", "#b26a00") if chosen else ("#ffffff", "#5b6b7f")
    lines = [
        (_shorten(node.outlet or "unknown outlet", ID_CHARS), 'font-weight="600"'),
        (_shorten(node.id, ID_CHARS), ""),
        ((node.published or "undated")[:16], 'fill="#555"'),
    ]
    texts = "".join(
        f'<text x="{left + 10:.1f}" y="{top + 18 + 16 * k:.1f}" font-size="12" {extra}>'
        f"{escape(text)}</text>"
        for k, (text, extra) in enumerate(lines)
    )
    href = quoteattr("#/article/" + quote(node.id, safe=""))
    css = "node node-chosen" if chosen else "node"
    return (
        f'<a class="{css}" href={href} data-id={quoteattr(node.id)}>'
        f"<title>{escape(tip)}</title>"
        f'<rect x="{left:.1f}" y="{top:.1f}" width="{BOX_W:.0f}" height="{BOX_H:.0f}" rx="6" '
        f'fill="{fill}" stroke="{stroke}" stroke-width="{2 if chosen else 1}"/>{texts}</a>'
    )


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _legend(y: float) -> str:
    items = [
        ("credited", "copied from (the arrow points at the source), credited"),
        ("uncredited", "copied from, no credit to the source"),
        ("shared", "shared passages, no direction"),
    ]
    parts = []
    for k, (style, label) in enumerate(items):
        colour, dash, marker = _STYLE[style]
        row = y + 18 * k
        line = f'stroke="{colour}" stroke-width="2"'
        line += f' stroke-dasharray="{dash}"' if dash else ""
        line += f' marker-end="url(#{marker})"' if marker else ""
        parts.append(
            f'<line x1="{MARGIN:.0f}" y1="{row:.0f}" x2="{MARGIN + 40:.0f}" y2="{row:.0f}" {line}/>'
            f'<text x="{MARGIN + 50:.0f}" y="{row + 4:.0f}" font-size="12">{escape(label)}</text>'
        )
    return '<g class="legend">' + "".join(parts) + "</g>"
