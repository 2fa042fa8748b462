"""SPARQL engines over a built graph directory: pyoxigraph (fast, the default) and rdflib's own
engine (for comparison). Parameters are bound as variables (`$name` in the .rq files), never pasted."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.namespaces import ID
from kg.querying.base import NamedQuery, QueryEngine, shortest_paths

ENTITY_TYPES = ("company", "region", "sector", "program", "body")


def _graph_file(directory: str | Path) -> Path:
    path = Path(directory) / "graph.nt"
    if not path.is_file():
        raise InputError(f"{directory}: not a built graph (no graph.nt)")
    return path


def _body(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


class _SparqlEngine(QueryEngine):
    def company_names(self) -> list[tuple[str, str, str]]:
        from kg.querytext import read
        rows = self.select(read("support/company-names.rq"), {})
        return [(_text(r["id"])[len(str(ID)):], _text(r["kind"]), _text(r["name"])) for r in rows]

    def execute(self, query: NamedQuery, params: dict[str, Any]) -> list[dict]:
        types = {p.name: p.type for p in query.params}
        # Bind what the text uses; LIMIT and path parameters are applied by the runner below.
        bindings = {k: ("iri", str(ID) + v) if types[k] in ENTITY_TYPES else ("int" if isinstance(v, int) else "str", v)
                    for k, v in params.items() if v is not None and re.search(rf"\${k}\b", _body(query.sparql))}
        rows = self.select(query.sparql, bindings)
        if query.shortest_paths:
            a, b, rel = query.shortest_paths
            edges = [(_text(r[a]), _text(r[a + "_name"]), _text(r[b]), _text(r[b + "_name"]), _text(r[rel]))
                     for r in rows]
            iri = str(ID)
            return shortest_paths(edges, iri + params["from"], iri + params["to"], params["max_hops"])
        if query.sparql_limit:
            rows = rows[:params[query.sparql_limit]]
        return rows

    def select(self, text: str, bindings: dict) -> list[dict]:
        raise NotImplementedError


class OxigraphEngine(_SparqlEngine):
    def __init__(self, store):
        self.store = store

    @classmethod
    def from_dir(cls, directory: str | Path) -> "OxigraphEngine":
        import pyoxigraph as ox
        store = ox.Store()
        with open(_graph_file(directory), "rb") as f:
            store.bulk_load(f, ox.RdfFormat.N_TRIPLES)
        return cls(store)

    def select(self, text: str, bindings: dict) -> list[dict]:
        import pyoxigraph as ox
        subs = {}
        for name, (kind, value) in bindings.items():
            subs[ox.Variable(name)] = (ox.NamedNode(value) if kind == "iri" else
                                       ox.Literal(str(value), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
                                       if kind == "int" else ox.Literal(value))
        result = self.store.query(text, substitutions=subs)
        names = [v.value for v in result.variables]
        return [{n: solution[n] for n in names} for solution in result]


def _text(term) -> str:
    """The lexical form of an RDF term, from pyoxigraph (`.value`) or rdflib (a str subclass)."""
    return term.value if hasattr(term, "value") and not isinstance(term, str) else str(term)


class RdflibEngine(_SparqlEngine):
    def __init__(self, graph):
        self.graph = graph

    @classmethod
    def from_dir(cls, directory: str | Path) -> "RdflibEngine":
        from rdflib import Graph
        return cls(Graph().parse(_graph_file(directory), format="nt"))

    def select(self, text: str, bindings: dict) -> list[dict]:
        from rdflib import Literal, URIRef, XSD
        init = {name: URIRef(value) if kind == "iri" else Literal(value, datatype=XSD.integer) if kind == "int"
                else Literal(value) for name, (kind, value) in bindings.items()}
        result = self.graph.query(text, initBindings=init)
        names = [str(v) for v in result.vars]
        return [{n: row[n] for n in names} for row in result]
