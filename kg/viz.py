"""Interactive subgraph views of a built graph, one self-contained HTML page each (pyvis).

    kg.viz.company("build", "Hikvision", hops=2)
    kg.viz.query("build", "allegations-in-region", region="Xinjiang")
    kg.viz.path("build", "Hikvision", "SenseTime")

Each returns the page as a `Page` (a str), which Jupyter displays inline; `.save(path)` writes it.
"""
from __future__ import annotations

import html
import os
import tempfile
from pathlib import Path

from kg.errors import InputError
from kg.graph import Graph

# Lists, legal grounds and state bodies join hundreds of companies: a company view shows them but
# does not walk through them (the affiliations and on-list queries answer those questions).
HUBS = frozenset({"Sanction", "LegalGround", "StateBody"})


class Page(str):
    """An HTML page that shows itself inline in Jupyter (in an iframe, so its scripts stay apart)."""

    def __repr__(self) -> str:
        return f"<kg.viz.Page: {len(self):,} characters of HTML; .save(path) writes it>"

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{html.escape(self, quote=True)}" style="width:100%;height:820px;border:0" '
                f'sandbox="allow-scripts"></iframe>')

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(self)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)     # mkstemp makes 0600; a saved page is an ordinary file
        os.replace(tmp, path)
        return path


def _load(graph: str | Path | Graph) -> Graph:
    if isinstance(graph, Graph):
        return graph
    from kg.graph import read_build
    return read_build(graph)


def subgraph(graph: Graph, ids: set[str]) -> Graph:
    """The entities in `ids` and every statement between two of them."""
    out = Graph()
    out.sources = graph.sources
    out.entities = {k: graph.entities[k] for k in ids if k in graph.entities}
    out.statements = {k: s for k, s in graph.statements.items() if s.subject in out.entities and s.object in out.entities}
    return out


def neighbourhood(graph: Graph, start: str, hops: int) -> set[str]:
    adjacent: dict[str, set[str]] = {}
    for s in graph.statements.values():
        if s.predicate == "cites_provision":
            continue
        adjacent.setdefault(s.subject, set()).add(s.object)
        adjacent.setdefault(s.object, set()).add(s.subject)
    seen, frontier = {start}, {start}
    for _ in range(hops):
        nxt = set()
        for node in frontier:
            if node != start and graph.entities[node].type in HUBS:
                continue
            nxt |= adjacent.get(node, set()) - seen
        seen |= nxt
        frontier = nxt
    return seen


def company(graph: str | Path | Graph, name: str, hops: int = 1, max_nodes: int = 1000) -> Page:
    from kg.export.html import render
    g = _load(graph)
    found = g.find_company(name)
    if found is None:
        raise InputError(f"no company named {name!r} in the graph")
    if hops < 1:
        raise InputError("hops must be at least 1")
    ids = neighbourhood(g, found.id, hops)
    view = subgraph(g, ids)
    view.statements = {k: s for k, s in view.statements.items() if s.predicate != "cites_provision"}
    return Page(render(view, found.name, f"Everything within {hops} step{'s' if hops > 1 else ''} of the company "
                       "(lists, legal grounds and state bodies are shown but not walked through).",
                       focus={found.id}, max_nodes=max_nodes))


def _ids_in(rows: list[dict], graph: Graph) -> set[str]:
    ids = set()
    for row in rows:
        for value in row.values():
            for v in (value if isinstance(value, list) else [value]):
                if isinstance(v, str) and v in graph.entities:
                    ids.add(v)
    return ids


def query(graph: str | Path, name: str, max_nodes: int = 1000, **params) -> Page:
    """The entities a named query's answer mentions, and the statements between them."""
    from kg.export.html import render
    from kg.querying import get, open_engine
    from kg.querying.base import resolve_params
    g = _load(graph)
    with open_engine("rdf", graph) as engine:
        rows = engine.run(name, **params)
        asked = resolve_params(get(name), params, engine)
    # what the answer mentions, and what was asked about (the company, region ...)
    ids = _ids_in(rows, g) | {v for v in asked.values() if isinstance(v, str) and v in g.entities}
    shown = ", ".join(f"{k.rstrip('_')}={v}" for k, v in params.items())
    return Page(render(subgraph(g, ids), f"{name}" + (f" ({shown})" if shown else ""),
                       f"{get(name).description} {len(rows)} rows.", max_nodes=max_nodes))


def path(graph: str | Path, source: str, target: str, max_hops: int = 4) -> Page:
    from kg.export.html import render
    from kg.querying import open_engine
    g = _load(graph)
    with open_engine("rdf", graph) as engine:
        rows = engine.run("path", from_=source, to=target, max_hops=max_hops)
    a, b = g.find_company(source), g.find_company(target)
    if not rows:
        ids = {a.id, b.id}
        note = f"No connection within {max_hops} steps."
    else:
        ids = {n for r in rows for n in r["node_ids"]}
        note = f"{len(rows)} shortest connection{'s' if len(rows) > 1 else ''} of {rows[0]['length']} steps."
    view = subgraph(g, ids)
    pairs = {frozenset(p) for r in rows for p in zip(r["node_ids"], r["node_ids"][1:])}
    view.statements = {k: s for k, s in view.statements.items() if frozenset((s.subject, s.object)) in pairs}
    return Page(render(view, f"{a.name} ↔ {b.name}", note, focus={a.id, b.id}))
