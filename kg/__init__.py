"""kg: a knowledge graph of Chinese military-linked and surveillance companies.

For notebooks: `kg.query("company", graph="build", name="Hikvision")` returns rows (dicts);
`kg.query_frame(...)` the same as a pandas DataFrame. Heavy modules load on first use.
"""
from __future__ import annotations

__version__ = "0.1.0"

_engines: dict = {}


def query(name: str, /, graph=None, backend: str = "rdf", **params) -> list[dict]:
    """Run a named query (see `kg query --list`). `graph` is a built graph directory (rdf backends);
    the neo4j backend uses NEO4J_* settings. Company, region and other parameters take any alias.
    `from` is a Python keyword: pass it as `from_=`."""
    from pathlib import Path

    from kg.querying import open_engine
    key = (backend, str(Path(graph).resolve()) if graph is not None else None)
    stamp = (Path(graph) / "graph.nt").stat().st_mtime_ns if graph is not None else None
    cached = _engines.get(key)
    if cached is None or cached[1] != stamp:   # a rebuilt graph is reloaded
        if cached is not None:
            cached[0].close()
        _engines[key] = (open_engine(backend, graph), stamp)
    return _engines[key][0].run(name, **params)


def query_frame(name: str, /, graph=None, backend: str = "rdf", **params):
    """query() as a pandas DataFrame (needs pandas), columns in the catalogue's order."""
    import pandas as pd

    from kg.querying import get
    return pd.DataFrame(query(name, graph=graph, backend=backend, **params), columns=[c.name for c in get(name).columns])
