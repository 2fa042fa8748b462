"""Named queries over a built graph: kg.querying.open_engine() then engine.run(name, **params)."""
from __future__ import annotations

from pathlib import Path

from kg.querying.base import QueryEngine, QueryError, catalogue, get

BACKENDS = ("rdf", "rdflib", "neo4j")


def open_engine(backend: str = "rdf", graph: str | Path | None = None, config=None) -> QueryEngine:
    """rdf: pyoxigraph over a built graph directory; rdflib: the same with rdflib's own SPARQL engine;
    neo4j: the server in `config` (or NEO4J_* settings), in read transactions."""
    if backend in ("rdf", "rdflib"):
        if graph is None:
            raise QueryError(f"the {backend} backend needs a built graph directory (--graph DIR)")
        from kg.querying.rdf import OxigraphEngine, RdflibEngine
        return (OxigraphEngine if backend == "rdf" else RdflibEngine).from_dir(graph)
    if backend == "neo4j":
        from kg.querying.neo4j import Neo4jEngine
        from kg.stores.neo4j import Neo4jConfig
        return Neo4jEngine(config or Neo4jConfig.from_env())
    raise QueryError(f"unknown backend {backend!r} (one of {', '.join(BACKENDS)})")


__all__ = ["BACKENDS", "QueryEngine", "QueryError", "catalogue", "get", "open_engine"]
