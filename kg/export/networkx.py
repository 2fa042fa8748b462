"""networkx exporter of the neutral graph: a MultiDiGraph with one edge per statement, for
notebooks, and GraphML/GEXF files for Gephi or yEd."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kg.graph import Graph


def to_networkx(graph: Graph, with_sources: bool = False):
    """Nodes are entities (attributes: type, name, aliases, and the entity's attributes); edges are
    statements keyed by statement id, with predicate and evidence. GraphML takes only scalars, so
    lists are joined with "; "."""
    import networkx as nx
    g = nx.MultiDiGraph()
    for e in sorted(graph.entities.values(), key=lambda e: e.id):
        g.add_node(e.id, type=e.type, name=e.name, aliases="; ".join(e.aliases),
                   previous_names="; ".join(e.previous_names), **dict(e.attributes))
    for st in sorted(graph.statements.values(), key=lambda s: s.id):
        src = graph.sources.get(st.source)
        g.add_edge(st.subject, st.object, key=st.id, predicate=st.predicate, source=st.source,
                   source_url=(src.url or src.path) if src else "", evidence=st.evidence, start=st.start, end=st.end,
                   extractor=st.extractor, confidence=st.confidence, date=st.date, valid_from=st.valid_from,
                   valid_to=st.valid_to, **dict(st.qualifiers))
    if with_sources:
        for s in graph.sources.values():
            g.add_node(s.id, type="Source", name=s.title or s.url or s.path or s.id, kind=s.kind,
                       published=s.published)
    return g


def write(graph: Graph, path: Path, fmt: str) -> None:
    """GraphML or GEXF, written to a temporary file and renamed into place."""
    import networkx as nx
    writer = {"graphml": nx.write_graphml, "gexf": nx.write_gexf}[fmt]
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent if str(path.parent) else ".")
    os.close(fd)
    try:
        writer(to_networkx(graph), tmp)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
