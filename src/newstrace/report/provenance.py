"""Scan results as files: reuse pairs (JSON Lines), provenance graph (CSV, GraphML), clusters."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast
from xml.sax.saxutils import quoteattr

from newstrace.analyse.common_source import common_sources
from newstrace.config import DEFAULT_CONFIG, Config
from newstrace.model import (
    SCHEMA_VERSION,
    Comparison,
    PairPassage,
    PairRelation,
    PairSpans,
    ReusePair,
)

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
    "schema_version",
    "config_fingerprint",
]


def reuse_pair(c: Comparison, config: Config = DEFAULT_CONFIG) -> ReusePair:
    """One reuse pair: who copied whom (null for shared sources), evidence in brief."""
    copy_side = {"a_from_b": "a", "b_from_a": "b"}.get(c.verdict.relation)
    source, copy = (c.b, c.a) if copy_side == "a" else (c.a, c.b)
    credited = None
    if copy_side:
        credited = (c.evidence.a if copy_side == "a" else c.evidence.b).credits_other
    passages = sorted(c.alignments, key=lambda x: -len(x.a_text))[:3]
    return ReusePair(
        a=str(c.a.id),
        b=str(c.b.id),
        relation=cast(PairRelation, c.verdict.relation),
        confidence=c.verdict.confidence,
        source=source.id if copy_side else None,
        copy=copy.id if copy_side else None,
        credited=credited,
        a_published=c.a.published,
        b_published=c.b.published,
        coverage=c.coverage,
        reasons=tuple(c.verdict.reasons),
        passages=tuple(PairPassage(x.kind, x.a_text, x.b_text) for x in passages),
        config_fingerprint=config.fingerprint(),
    )


def pair_spans(c: Comparison) -> PairSpans:
    """The spans of every alignment of ``c``, on both sides, in its order: what the scan's
    rule of shared sources (``analyse.common_source``) reads of a pair."""
    return tuple((x.a_span.start, x.a_span.end, x.b_span.start, x.b_span.end) for x in c.alignments)


def pair_record(c: Comparison, config: Config = DEFAULT_CONFIG) -> dict[str, Any]:
    """:func:`reuse_pair` in its JSON form, a line of ``pairs.jsonl``."""
    return reuse_pair(c, config).to_dict()


def _edges(pairs: list[ReusePair]) -> list[dict[str, Any]]:
    edges: list[dict[str, Any]] = []
    for pair in pairs:
        if pair.copy is None:
            continue
        copy_is_a = pair.copy == pair.a
        edges.append(
            {
                "source": pair.source,
                "copy": pair.copy,
                "relation": pair.relation,
                "confidence": pair.confidence,
                "credited": pair.credited,
                "best_source": False,
                "source_published": pair.b_published if copy_is_a else pair.a_published,
                "copy_published": pair.a_published if copy_is_a else pair.b_published,
                "coverage_of_copy": pair.coverage.a if copy_is_a else pair.coverage.b,
                "schema_version": pair.schema_version,
                "config_fingerprint": pair.config_fingerprint,
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


def clusters(pairs: list[ReusePair]) -> list[list[str]]:
    """Groups of articles joined by any reuse (copies and shared sources), largest first."""
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for pair in pairs:
        parent[root(pair.a)] = root(pair.b)
    groups: dict[str, list[str]] = {}
    for node in parent:
        groups.setdefault(root(node), []).append(node)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: (-len(g), g))


@dataclass(frozen=True, slots=True)
class ScanFiles:
    """What :func:`write_pair_files` wrote: the pairs, the graph's edges and the clusters."""

    pairs: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    clusters: list[list[str]]

    def counts(self) -> dict[str, int]:
        return {"pairs": len(self.pairs), "edges": len(self.edges), "clusters": len(self.clusters)}


def write_provenance(
    comparisons: Iterable[Comparison], directory: Path, *, config: Config = DEFAULT_CONFIG
) -> dict[str, int]:
    """Write pairs.jsonl, graph.csv, graph.graphml and clusters.jsonl atomically, for the
    comparisons with reuse of one scan, after the scan's rule of common sources
    (``analyse.common_source``), as the engines write them."""
    found = list(comparisons)
    pairs = common_sources([reuse_pair(c, config) for c in found], [pair_spans(c) for c in found])
    return write_pair_files(pairs, directory, config.fingerprint()).counts()


def write_pair_files(pairs: list[ReusePair], directory: Path, fingerprint: str) -> ScanFiles:
    """The files of :func:`write_provenance` for ``pairs`` of a scan with the configuration
    of ``fingerprint`` (docs/json.md, "Scan files")."""
    written = ScanFiles([p.to_dict() for p in pairs], _edges(pairs), clusters(pairs))
    directory.mkdir(parents=True, exist_ok=True)
    lines = "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in written.pairs)
    _atomic(directory / "pairs.jsonl", lines)
    _atomic(directory / "clusters.jsonl", "".join(json.dumps(g) + "\n" for g in written.clusters))
    _write_csv(directory / "graph.csv", written.edges)
    _atomic(directory / "graph.graphml", _graphml(written.edges, fingerprint))
    return written


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


def _graphml(edges: list[dict[str, Any]], fingerprint: str) -> str:
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
    lines += [
        f'  <key id="{name}" for="graph" attr.name="{name}" attr.type="{kind}"/>'
        for name, kind in (("schema_version", "int"), ("config_fingerprint", "string"))
    ]
    lines.append('  <graph edgedefault="directed">')
    lines.append(f'    <data key="schema_version">{SCHEMA_VERSION}</data>')
    lines.append(f'    <data key="config_fingerprint">{fingerprint}</data>')
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
