"""Writes a build to its output directory atomically: a temporary sibling directory is filled,
then swapped into place, so a failed or killed build leaves the previous output intact."""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from kg.graph import Graph
from kg.pipeline import BuildResult

FILES = ("graph.ttl", "graph.nt", "graph.jsonld", "statements.jsonl", "entities.jsonl", "sources.jsonl",
         "report.json", "overview.html")


def filtered(graph: Graph, min_confidence: float) -> Graph:
    if min_confidence <= 0:
        return graph
    g = Graph()
    g.sources, g.entities = dict(graph.sources), dict(graph.entities)
    g.statements = {k: s for k, s in graph.statements.items() if s.confidence >= min_confidence}
    return g


def write_build(result: BuildResult, out: Path, min_confidence: float = 0.0) -> dict:
    from kg.export.html import overview_html
    from kg.ontology import load
    from kg.stores.rdf import ntriples, serialise

    graph = filtered(result.graph, min_confidence)
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    _repair(out)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        serialise(ntriples(graph, load()), tmp)
        for name, lines in (("statements.jsonl", graph.to_jsonl()), ("entities.jsonl", graph.entity_lines()),
                            ("sources.jsonl", graph.source_lines())):
            with open(tmp / name, "w", encoding="utf-8") as f:
                for line in lines:
                    f.write(line + "\n")
        report = {
            "counts": graph.counts(),
            "sources_read": sorted(result.sources_read),
            "sources_rejected": [{"path": r.path, "reason": r.reason} for r in result.rejected],
            "warnings": list(result.warnings),
            "min_confidence": min_confidence,
        }
        (tmp / "report.json").write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        (tmp / "overview.html").write_text(overview_html(graph), encoding="utf-8")
        os.chmod(tmp, 0o755)
        _swap(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return report


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    import ctypes
    import sys
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def _swap(new: Path, out: Path) -> None:
    """Replace `out` by `new` so that at every moment one complete build is at `out`: an atomic
    exchange where the system has one, else two renames (and a later build repairs a cut between them)."""
    if out.exists():
        if _exchange(new, out):
            shutil.rmtree(new, ignore_errors=True)     # `new` now holds the previous build
            return
        old = out.with_name(f".{out.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        os.rename(out, old)
        os.rename(new, out)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.rename(new, out)


def _repair(out: Path) -> None:
    """A build killed between the two renames of the fallback swap left the previous one aside."""
    old = out.with_name(f".{out.name}.old")
    if not out.exists() and old.is_dir():
        os.rename(old, out)
