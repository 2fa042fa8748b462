"""Overview HTML of a graph with pyvis: self-contained (vis.js inlined, no CDN links)."""
from __future__ import annotations

import html
import re

from kg.graph import Graph

COLOURS = {"Company": "#d62728", "Sector": "#1f77b4", "Region": "#2ca02c", "Allegation": "#ff7f0e",
           "Sanction": "#9467bd", "StateBody": "#8c564b", "LegalGround": "#7f7f7f"}
SHAPES = {"Company": "dot", "Sector": "box", "Region": "triangle", "Allegation": "diamond", "Sanction": "star",
          "StateBody": "square", "LegalGround": "ellipse"}


def overview_html(graph: Graph, title: str = "kg overview", max_nodes: int = 600) -> str:
    from pyvis.network import Network

    degree: dict[str, int] = {}
    for s in graph.statements.values():
        if s.predicate == "cites_provision":
            continue
        degree[s.subject] = degree.get(s.subject, 0) + 1
        degree[s.object] = degree.get(s.object, 0) + 1
    keep = set(sorted(degree, key=lambda k: (-degree[k], k))[:max_nodes])
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line", heading="")
    for eid in sorted(keep):
        e = graph.entities[eid]
        tip = f"{e.type}: {e.name}" + (f"\naliases: {', '.join(e.aliases[:8])}" if e.aliases else "")
        # A plain-text title (no markup) is shown as text by vis.js, so names cannot inject HTML.
        net.add_node(eid, label=e.name[:40], title=tip.replace("href", "hre\u200bf"), color=COLOURS.get(e.type, "#999"),
                     shape=SHAPES.get(e.type, "dot"), size=8 + min(degree[eid], 30))
    seen = set()
    for s in sorted(graph.statements.values(), key=lambda s: s.id):
        key = (s.subject, s.predicate, s.object)
        if s.subject in keep and s.object in keep and key not in seen:
            seen.add(key)
            net.add_edge(s.subject, s.object, label=s.predicate, title=s.evidence[:300].replace("href", "hre\u200bf"))
    left_out = len(degree) - len(keep)
    if len(keep) > 300:
        net.toggle_physics(False)
    page = net.generate_html()
    # pyvis links bootstrap from a CDN, and vis.js from ../node_modules, even with in-line resources:
    # drop every tag that loads a file, so the page needs nothing but itself.
    page = re.sub(r"<link\b[^>]*\bhref=\"(?!data:)[^\"]*\"[^>]*>\s*", "", page)
    page = re.sub(r"<script\b[^>]*\bsrc=\"(?!data:)[^\"]*\"[^>]*>\s*</script>\s*", "", page)
    legend = " ".join(f'<span style="color:{c}">&#9679; {t}</span>' for t, c in COLOURS.items())
    note = f" ({left_out} nodes left out)" if left_out else ""
    header = (f"<h2 style='font-family:sans-serif'>{html.escape(title)}</h2><p style='font-family:sans-serif'>"
              f"{len(keep)} nodes{note}. {legend}</p>")
    return page.replace("<body>", "<body>\n" + header, 1)
