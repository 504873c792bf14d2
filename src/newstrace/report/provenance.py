"""Scan results as files: reuse pairs (JSON Lines), provenance graph (CSV, GraphML), clusters."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from newstrace.model import Comparison

_FIELDS = [
    "source",
    "copy",
    "relation",
    "confidence",
    "credited",
    "best_source",
    "source_published",
    "copy_published",
    "coverage_of_copy",
]


def pair_record(c: Comparison) -> dict[str, Any]:
    """One reuse pair: who copied whom (null for shared sources), evidence in brief."""
    copy_side = {"a_from_b": "a", "b_from_a": "b"}.get(c.verdict.relation)
    source, copy = (c.b, c.a) if copy_side == "a" else (c.a, c.b)
    credited = None
    if copy_side:
        credited = (c.evidence.a if copy_side == "a" else c.evidence.b).credits_other
    passages = sorted(c.alignments, key=lambda x: -len(x.a_text))[:3]
    return {
        "a": c.a.id,
        "b": c.b.id,
        "relation": c.verdict.relation,
        "confidence": c.verdict.confidence,
        "source": source.id if copy_side else None,
        "copy": copy.id if copy_side else None,
        "credited": credited,
        "a_published": c.a.published,
        "b_published": c.b.published,
        "coverage": c.coverage.to_dict(),
        "reasons": list(c.verdict.reasons),
        "passages": [{"kind": x.kind, "a_text": x.a_text, "b_text": x.b_text} for x in passages],
    }


def _edges(pairs: list[dict[str, Any]], comparisons: list[Comparison]) -> list[dict[str, Any]]:
    edges = []
    for pair, c in zip(pairs, comparisons, strict=True):
        if pair["copy"] is None:
            continue
        copy_is_a = pair["copy"] == c.a.id
        edges.append(
            {
                "source": pair["source"],
                "copy": pair["copy"],
                "relation": pair["relation"],
                "confidence": pair["confidence"],
                "credited": pair["credited"],
                "best_source": False,
                "source_published": (c.b if copy_is_a else c.a).published,
                "copy_published": (c.a if copy_is_a else c.b).published,
                "coverage_of_copy": c.coverage.a if copy_is_a else c.coverage.b,
            }
        )
    best: dict[str, dict[str, Any]] = {}
    for edge in edges:
        current = best.get(edge["copy"])
        if current is None or (edge["confidence"], edge["coverage_of_copy"]) > (
            current["confidence"],
            current["coverage_of_copy"],
        ):
            best[edge["copy"]] = edge
    for edge in best.values():
        edge["best_source"] = True
    return sorted(edges, key=lambda e: (e["copy_published"] or "", e["copy"], e["source"]))


def clusters(pairs: list[dict[str, Any]]) -> list[list[str]]:
    """Groups of articles joined by any reuse (copies and shared sources), largest first."""
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for pair in pairs:
        parent[root(pair["a"])] = root(pair["b"])
    groups: dict[str, list[str]] = {}
    for node in parent:
        groups.setdefault(root(node), []).append(node)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: (-len(g), g))


def write_provenance(comparisons: Iterable[Comparison], directory: Path) -> dict[str, int]:
    """Write pairs.jsonl, graph.csv, graph.graphml and clusters.jsonl atomically."""
    found = list(comparisons)
    pairs = [pair_record(c) for c in found]
    edges = _edges(pairs, found)
    directory.mkdir(parents=True, exist_ok=True)
    _atomic(
        directory / "pairs.jsonl", "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs)
    )
    _atomic(directory / "clusters.jsonl", "".join(json.dumps(g) + "\n" for g in clusters(pairs)))
    _write_csv(directory / "graph.csv", edges)
    _atomic(directory / "graph.graphml", _graphml(edges))
    return {"pairs": len(pairs), "edges": len(edges), "clusters": len(clusters(pairs))}


def _atomic(path: Path, text: str) -> None:
    """Write to a temporary file and rename it into place: readers never see half a file."""
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def _write_csv(path: Path, edges: list[dict[str, Any]]) -> None:
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=_FIELDS)
        writer.writeheader()
        writer.writerows(edges)
    os.replace(temporary, path)


def _graphml(edges: list[dict[str, Any]]) -> str:
    nodes = sorted({e["source"] for e in edges} | {e["copy"] for e in edges})
    keys = [
        ("relation", "string"),
        ("confidence", "double"),
        ("credited", "boolean"),
        ("best_source", "boolean"),
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ]
    lines += [
        f'  <key id="{name}" for="edge" attr.name="{name}" attr.type="{kind}"/>'
        for name, kind in keys
    ]
    lines.append('  <graph edgedefault="directed">')
    lines += [f"    <node id={quoteattr(node)}/>" for node in nodes]
    for edge in edges:
        lines.append(
            f"    <edge source={quoteattr(edge['source'])} target={quoteattr(edge['copy'])}>"
        )
        for name, _ in keys:
            value = edge[name]
            text = str(value).lower() if isinstance(value, bool) or value is None else str(value)
            lines.append(f'      <data key="{name}">{text}</data>')
        lines.append("    </edge>")
    lines += ["  </graph>", "</graphml>", ""]
    return "\n".join(lines)
