"""HTML exporter of (a part of) the neutral graph with pyvis: one self-contained page.

- Offline: vis.js is inlined (cdn_resources="in_line") and every tag that would load a file (pyvis
  still links bootstrap from a CDN) is removed, so the page needs nothing but itself.
- Safe: tooltips are HTML built here, with every text from a source escaped; the page turns them
  into DOM elements (vis.js shows a string title with innerText, an element as it is). "href" is
  written "hre&#102;" so that pyvis never switches to its innerHTML popup, which breaks on edges.
- Readable: colour and shape per class with a legend, edge labels from the ontology, node size by
  degree, a title. Above `layout_above` (200) nodes the layout is computed in Python (networkx) and
  physics is off; above `max_nodes` the least connected nodes are left out, and the page says so.
"""
from __future__ import annotations

import html
import re
from functools import lru_cache

from kg.graph import Graph

COLOURS = {"Company": "#d62728", "Sector": "#1f77b4", "Region": "#2ca02c", "Allegation": "#ff7f0e",
           "Sanction": "#9467bd", "StateBody": "#8c564b", "LegalGround": "#7f7f7f"}
SHAPES = {"Company": "dot", "Sector": "box", "Region": "triangle", "Allegation": "diamond", "Sanction": "star",
          "StateBody": "square", "LegalGround": "ellipse"}
CLASS_LABELS = {"Company": "Company", "Sector": "Sector", "Region": "Region", "Allegation": "Allegation",
                "Sanction": "Sanctions list", "StateBody": "State body", "LegalGround": "Legal ground"}
EVIDENCE_SHOWN = 4

_STYLE = """<style>
 body { font-family: system-ui, sans-serif; margin: 0.5em 1em; }
 .kg-head h2 { margin: 0.2em 0; } .kg-head p { margin: 0.2em 0; color: #333; }
 .kg-legend span { margin-right: 1em; white-space: nowrap; }
 div.vis-tooltip { max-width: 520px; white-space: normal; font-family: system-ui, sans-serif; font-size: 13px; }
 .kg-tip b { font-weight: 600; } .kg-tip .ev { margin: 0.3em 0; } .kg-tip .src { color: #555; font-size: 12px; }
 #mynetwork { border: 1px solid #ddd; }
</style>"""

# Turns the HTML tooltips (escaped here in Python) into elements, once the network exists.
_TOOLTIPS = """<script>
(function () {
  function element(markup) { var d = document.createElement("div"); d.className = "kg-tip"; d.innerHTML = markup; return d; }
  nodes.update(nodes.get().filter(function (n) { return typeof n.title === "string"; })
                          .map(function (n) { return {id: n.id, title: element(n.title)}; }));
  edges.update(edges.get().filter(function (e) { return typeof e.title === "string"; })
                          .map(function (e) { return {id: e.id, title: element(e.title)}; }));
  window.network = network;
})();
</script>"""


def esc(text: str) -> str:
    return html.escape(text, quote=True).replace("href", "hre&#102;")


@lru_cache(maxsize=1)
def predicate_labels() -> dict[str, str]:
    """Edge labels from the ontology's rdfs:label of each property ("based in", "subsidiary of" ...)."""
    from rdflib import RDFS, Graph as RDFGraph

    from kg.ontology import ONTOLOGY_DIR
    from kg.stores.rdf import PREDICATES
    onto = RDFGraph().parse(ONTOLOGY_DIR / "kg.ttl", format="turtle")
    return {name: str(onto.value(term, RDFS.label) or name.replace("_", " ")) for name, term in PREDICATES.items()}


def _node_tooltip(graph: Graph, eid: str, designations: list) -> str:
    e = graph.entities[eid]
    parts = [f"<b>{esc(e.name)}</b><br>{esc(CLASS_LABELS.get(e.type, e.type))}"]
    if e.aliases:
        parts.append("also: " + esc(", ".join(e.aliases[:10])) + (" …" if len(e.aliases) > 10 else ""))
    if e.previous_names:
        parts.append("formerly: " + esc(", ".join(e.previous_names[:6])))
    for s in sorted(designations, key=lambda s: (s.valid_from, s.object))[:8]:
        programme = graph.entities[s.object].name
        parts.append(f"{esc(programme)}: {esc(s.valid_from)} → {esc(s.valid_to) if s.valid_to else 'now'}")
    return "<br>".join(parts)


def _edge_tooltip(graph: Graph, statements: list, label: str) -> str:
    first = statements[0]
    head = (f"<b>{esc(graph.entities[first.subject].name)}</b> {esc(label)} "
            f"<b>{esc(graph.entities[first.object].name)}</b>")
    parts = [head]
    for s in sorted(statements, key=lambda s: (-s.confidence, s.source, s.start))[:EVIDENCE_SHOWN]:
        src = graph.sources.get(s.source)
        where = (src.title or src.url or src.path or src.id) if src else s.source
        date = s.valid_from or s.date
        parts.append(f"<div class='ev'>“{esc(s.evidence[:400])}”<br><span class='src'>{esc(where)}"
                     f"{' · ' + esc(date) if date else ''} · confidence {s.confidence:.2f}</span></div>")
    if len(statements) > EVIDENCE_SHOWN:
        parts.append(f"<span class='src'>and {len(statements) - EVIDENCE_SHOWN} more statements</span>")
    return "".join(parts)


def render(graph: Graph, title: str, subtitle: str = "", focus: set[str] | None = None, max_nodes: int = 1000,
           layout_above: int = 200, skip_predicates: frozenset[str] = frozenset(), height: str = "760px") -> str:
    """The page for every entity that takes part in a statement (or is in `focus`)."""
    from pyvis.network import Network

    groups: dict[tuple[str, str, str], list] = {}
    for s in graph.statements.values():
        if s.predicate not in skip_predicates and s.subject in graph.entities and s.object in graph.entities:
            groups.setdefault((s.subject, s.predicate, s.object), []).append(s)
    degree: dict[str, int] = {eid: 0 for eid in (focus or ())}
    for (a, _, b) in groups:
        degree[a] = degree.get(a, 0) + 1
        degree[b] = degree.get(b, 0) + 1
    ranked = sorted(degree, key=lambda k: (k not in (focus or ()), -degree[k], k))
    keep = set(ranked[:max_nodes])
    left_out = len(degree) - len(keep)
    edges = {k: v for k, v in groups.items() if k[0] in keep and k[2] in keep}

    positions = {}
    if len(keep) > layout_above:
        import networkx as nx
        g = nx.Graph()
        g.add_nodes_from(sorted(keep))
        g.add_edges_from((a, b) for a, _, b in edges)
        scale = 40 * len(keep) ** 0.5
        positions = {k: (float(x) * scale, float(y) * scale)
                     for k, (x, y) in nx.spring_layout(g, seed=7, iterations=60).items()}

    labels = predicate_labels()
    designations: dict[str, list] = {}
    for st in graph.statements.values():
        if st.predicate == "listed_on" and st.valid_from and st.subject in keep:
            designations.setdefault(st.subject, []).append(st)
    net = Network(height=height, width="100%", directed=True, cdn_resources="in_line", heading="")
    for eid in sorted(keep):
        e = graph.entities[eid]
        extra = {"x": positions[eid][0], "y": positions[eid][1]} if positions else {}
        net.add_node(eid, label=e.name if len(e.name) <= 42 else e.name[:40] + "…", title=_node_tooltip(graph, eid, designations.get(eid, [])),
                     color=COLOURS.get(e.type, "#999"), shape=SHAPES.get(e.type, "dot"),
                     size=10 + min(degree.get(eid, 0), 40) * (1.5 if eid in (focus or ()) else 1),
                     borderWidth=3 if eid in (focus or ()) else 1, font={"size": 16}, **extra)
    for (a, p, b), statements in sorted(edges.items()):
        label = labels.get(p, p)
        net.add_edge(a, b, label=label, title=_edge_tooltip(graph, statements, label),
                     width=1 + min(len(statements), 6) * 0.5, color="#9a9a9a",
                     font={"size": 11, "align": "middle", "color": "#555"}, arrows="to")
    if positions:
        net.toggle_physics(False)
    else:
        net.barnes_hut(gravity=-6000, spring_length=140)
        net.options.physics.stabilization.iterations = 300   # a page drawn in about a second, not ten
    page = net.generate_html()
    page = re.sub(r"<link\b[^>]*\bhref=\"(?!data:)[^\"]*\"[^>]*>\s*", "", page)
    page = re.sub(r"<script\b[^>]*\bsrc=\"(?!data:)[^\"]*\"[^>]*>\s*</script>\s*", "", page)
    page = re.sub(r"<center>\s*<h1>\s*</h1>\s*</center>", "", page)
    present = sorted({graph.entities[k].type for k in keep})
    legend = " ".join(f"<span style='color:{COLOURS.get(t, '#999')}'>&#9679;</span><span>{esc(CLASS_LABELS.get(t, t))}</span>"
                      for t in present)
    counts = f"{len(keep)} nodes, {len(edges)} links" + (f"; {left_out} less connected nodes left out" if left_out else "")
    header = (f"<div class='kg-head'><h2>{esc(title)}</h2>" + (f"<p>{esc(subtitle)}</p>" if subtitle else "") +
              f"<p class='kg-count'>{esc(counts)}. Hover a node or a link for names, dates and evidence.</p>"
              f"<p class='kg-legend'>{legend}</p></div>")
    page = page.replace("</head>", _STYLE + "\n</head>", 1)
    page = page.replace("<body>", "<body>\n" + header, 1)
    return page.replace("</body>", _TOOLTIPS + "\n</body>", 1)


def overview_html(graph: Graph, title: str = "kg overview", max_nodes: int = 600) -> str:
    """The whole graph (cited 1260H paragraphs left out: they only repeat the grounds)."""
    return render(graph, title, "Every company, sector, region, allegation, list and state body in this build.",
                  max_nodes=max_nodes, skip_predicates=frozenset({"cites_provision"}))
