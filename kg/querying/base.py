"""The named-query catalogue: each question is a pair queries/NAME.cypher + queries/NAME.rq with a
header (description, parameters with types and defaults, result columns). This module reads the
headers, resolves parameters (any name of a company, region, sector, programme or body), and
normalises answers, so that both backends give identical rows.

Header lines (`//` in Cypher, `#` in SPARQL), the same in both files:
    description: TEXT
    param NAME: TYPE [= DEFAULT] -- TEXT      TYPE: company region sector program body date int choice(a|b)
    columns: NAME[:TYPE], ...                 TYPE: str (default) int float bool set list
    example: NAME=VALUE, ...                  parameters for docs and benchmarks
    limit: PARAM -- (SPARQL only) the runner keeps the first PARAM rows
    shortest-paths: A B RELATION -- (SPARQL only) rows are edges; the runner finds the shortest paths
"""
from __future__ import annotations

import datetime as dt
import re
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from kg.errors import InputError
from kg.querytext import QUERIES_DIR

ENTITY_PARAMS = {"company": "Company", "region": "Region", "sector": "Sector", "program": "Sanction",
                 "body": "StateBody"}
MAX_HOPS = 6          # the bound written in path.cypher: variable-length bounds cannot be parameters
SEPARATOR = "\x1f"    # GROUP_CONCAT separator in the .rq files (a set column)


class QueryError(InputError):
    """A bad query name or parameter (one line)."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: str | None    # None: required; "": optional, unset
    doc: str

    @property
    def choices(self) -> tuple[str, ...]:
        m = re.fullmatch(r"choice\((.*)\)", self.type)
        return tuple(m.group(1).split("|")) if m else ()


@dataclass(frozen=True)
class Column:
    name: str
    type: str = "str"


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    columns: tuple[Column, ...]
    cypher: str
    sparql: str
    sparql_limit: str = ""           # parameter applied by the runner (SPARQL cannot bind LIMIT)
    shortest_paths: tuple[str, ...] = ()
    example: dict = field(default_factory=dict, hash=False, compare=False)   # parameters for docs and benchmarks

    def param(self, name: str) -> Param:
        return next(p for p in self.params if p.name == name)


def _header(text: str, comment: str) -> dict:
    head = {"params": [], "columns": [], "example": {}, "limit": "", "shortest-paths": ()}
    for line in text.splitlines():
        if not line.startswith(comment):
            break
        body = line[len(comment):].strip()
        key, _, value = body.partition(":")
        value, _, _doc = value.partition(" -- ")
        if key == "description":
            head["description"] = value.strip()
        elif key.startswith("param "):
            type_, _, default = value.partition("=")
            head["params"].append(Param(key[6:].strip(), type_.strip(), default.strip() if "=" in value else None,
                                        body.partition(" -- ")[2].strip()))
        elif key == "columns":
            for col in value.split(","):
                name, _, type_ = col.strip().partition(":")
                head["columns"].append(Column(name, type_ or "str"))
        elif key == "example":
            head["example"] = dict(item.strip().split("=", 1) for item in value.split(",") if item.strip())
        elif key == "limit":
            head["limit"] = value.strip()
        elif key == "shortest-paths":
            head["shortest-paths"] = tuple(value.split())
    return head


@lru_cache(maxsize=1)
def catalogue() -> dict[str, NamedQuery]:
    out = {}
    for cypher_path in sorted(QUERIES_DIR.glob("*.cypher")):
        name = cypher_path.stem
        rq_path = cypher_path.with_suffix(".rq")
        cypher, sparql = cypher_path.read_text(encoding="utf-8"), rq_path.read_text(encoding="utf-8")
        hc, hs = _header(cypher, "//"), _header(sparql, "#")
        for key in ("description", "params", "columns", "example"):
            if hc.get(key) != hs.get(key):
                raise ValueError(f"queries/{name}: the {key} in the .cypher and .rq headers differ")
        out[name] = NamedQuery(name, hc["description"], tuple(hc["params"]), tuple(hc["columns"]), cypher, sparql,
                               hs["limit"], hs["shortest-paths"], hc["example"])
    return out


def get(name: str) -> NamedQuery:
    queries = catalogue()
    if name not in queries:
        raise QueryError(f"no query named {name!r}; `kg query --list` shows the catalogue")
    return queries[name]


class QueryEngine(ABC):
    """Runs the catalogue's queries on one backend. Values arrive resolved: entity ids, ISO dates, ints."""

    @abstractmethod
    def company_names(self) -> list[tuple[str, str, str]]:
        """(company id, kind: name|alias|previous, name) for every name of every company."""

    @abstractmethod
    def execute(self, query: NamedQuery, params: dict[str, Any]) -> list[dict]:
        """Raw rows (column name -> backend value)."""

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # --- shared by every backend
    def company_index(self):
        if getattr(self, "_index", None) is None:
            from kg.resolve import CompanyIndex
            names: dict[str, dict[str, list[str]]] = {}
            for cid, kind, name in self.company_names():
                names.setdefault(cid, {"name": [], "alias": [], "previous": []})[kind].append(name)
            index = CompanyIndex()
            for cid, n in sorted(names.items()):
                index.add(cid, (n["name"] or [cid])[0], names=n["previous"], aliases=n["alias"])
            self._index = index
        return self._index

    def run(self, name: str, /, **raw: Any) -> list[dict]:
        query = get(name)
        params = resolve_params(query, raw, self)
        rows = self.execute(query, params)
        return [{c.name: normalise(row.get(c.name), c.type) for c in query.columns} for row in rows]


def _concept(type_: str, value: str):
    from kg.ontology import load
    ontology = load()
    vocab = {"Region": ontology.regions, "Sector": ontology.sectors, "Sanction": ontology.programmes,
             "StateBody": ontology.bodies}[type_]
    value = value.strip()
    for c in vocab.concepts:
        if value in (c.key, c.id) or value.lower() == c.label.lower():
            return c
    return vocab.lookup(value)


def resolve_params(query: NamedQuery, raw: dict[str, Any], engine: QueryEngine) -> dict[str, Any]:
    """Checked, resolved parameter values; a clear QueryError for anything wrong."""
    raw = {k.rstrip("_"): v for k, v in raw.items()}     # from_= for `from`, a Python keyword
    unknown = set(raw) - {p.name for p in query.params}
    if unknown:
        raise QueryError(f"{query.name}: unknown parameter(s) {', '.join(sorted(unknown))}; "
                         f"it takes {', '.join(p.name for p in query.params) or 'none'}")
    out: dict[str, Any] = {}
    for p in query.params:
        value = raw.get(p.name)
        if value is None or value == "":
            if p.default is None:
                raise QueryError(f"{query.name}: parameter {p.name!r} is required ({p.doc})")
            value = p.default
        if value == "" and p.default == "":
            out[p.name] = None
            continue
        out[p.name] = _resolve(query.name, p, value, engine)
    if query.name == "path" and out["from"] == out["to"]:
        raise QueryError("path: 'from' and 'to' name the same company")
    return out


def _resolve(qname: str, p: Param, value: Any, engine: QueryEngine) -> Any:
    where = f"{qname}: {p.name}={value!r}"
    if p.type == "company":
        cid = engine.company_index().resolve(str(value))
        if cid is None:
            raise QueryError(f"{where}: no company by that name in the graph")
        return cid
    if p.type in ENTITY_PARAMS:
        concept = _concept(ENTITY_PARAMS[p.type], str(value))
        if concept is None:
            raise QueryError(f"{where}: not a known {p.type} (see ontology/vocab)")
        return concept.id
    if p.type == "date":
        text = dt.date.today().isoformat() if value == "today" else str(value)
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            raise QueryError(f"{where}: not a date (YYYY-MM-DD)") from None
    if p.type == "int":
        try:
            n = int(value)
        except (TypeError, ValueError):
            raise QueryError(f"{where}: not a whole number") from None
        if n < (0 if p.name != "max_hops" else 1) or (p.name == "max_hops" and n > MAX_HOPS):
            raise QueryError(f"{where}: out of range" + (f" (1 to {MAX_HOPS})" if p.name == "max_hops" else ""))
        return n
    if p.choices:
        if value not in p.choices:
            raise QueryError(f"{where}: one of {', '.join(p.choices)}")
        return value
    return str(value)


def normalise(value: Any, type_: str) -> Any:
    """Backend values to plain Python: ids for IRIs, numbers for typed literals, sorted lists for sets."""
    from kg.namespaces import ID
    if hasattr(value, "value") and not isinstance(value, (str, int, float, bool, list)):   # pyoxigraph term
        value = _oxigraph_value(value)
    elif value is not None and type(value).__module__.startswith("rdflib"):
        value = _rdflib_value(value)
    if isinstance(value, str) and value.startswith(str(ID)):
        value = value[len(str(ID)):]
    if value is None or value == "":
        return [] if type_ in ("set", "list") else None
    if type_ == "int":
        return int(value)
    if type_ == "float":
        return round(float(value), 6)
    if type_ == "bool":
        return value if isinstance(value, bool) else str(value).lower() == "true"
    if type_ == "set":
        items = value.split(SEPARATOR) if isinstance(value, str) else list(value)
        return sorted(normalise(v, "str") for v in items if v not in (None, ""))
    if type_ == "list":
        return [normalise(v, "str") for v in value]
    return value if isinstance(value, str) else str(value)


def _oxigraph_value(term) -> Any:
    import pyoxigraph as ox
    if isinstance(term, ox.Literal):
        return _typed(term.value, term.datatype.value)
    return term.value


def _rdflib_value(term) -> Any:
    from rdflib import Literal
    if isinstance(term, Literal):
        return _typed(str(term), str(term.datatype) if term.datatype else "")
    return str(term)


def _typed(lexical: str, datatype: str) -> Any:
    xsd = "http://www.w3.org/2001/XMLSchema#"
    if datatype == xsd + "boolean":
        return lexical == "true"
    if datatype in (xsd + "integer", xsd + "int", xsd + "long"):
        return int(lexical)
    if datatype in (xsd + "decimal", xsd + "double", xsd + "float"):
        return float(lexical)
    return lexical


def shortest_paths(edges: list[tuple[str, str, str, str, str]], source: str, target: str, max_hops: int) -> list[dict]:
    """Every shortest path (undirected) between two nodes over (a, a_name, b, b_name, relation) edges,
    as Cypher's allShortestPaths returns them: node ids, names and relation names, distinct."""
    from collections import defaultdict, deque
    adjacent: dict[str, set[tuple[str, str]]] = defaultdict(set)
    names = {}
    for a, a_name, b, b_name, rel in edges:
        adjacent[a].add((b, rel))
        adjacent[b].add((a, rel))
        names[a], names[b] = a_name, b_name
    depth, queue = {source: 0}, deque([source])
    while queue:
        node = queue.popleft()
        if node == target or depth[node] >= max_hops:
            continue
        for nxt, _ in adjacent[node]:
            if nxt not in depth:
                depth[nxt] = depth[node] + 1
                queue.append(nxt)
    if target not in depth:
        return []
    paths = []

    def back(node: str, nodes: list[str], rels: list[str]) -> None:   # walk from target to source
        if node == source:
            paths.append((nodes[::-1], rels[::-1]))
            return
        for prev, rel in adjacent[node]:
            if depth.get(prev) == depth[node] - 1:
                back(prev, nodes + [prev], rels + [rel])
    back(target, [target], [])
    rows = {(tuple(n), tuple(r)) for n, r in paths}
    return [{"length": len(r), "node_ids": list(n), "nodes": [names[x] for x in n], "relations": list(r)}
            for n, r in sorted(rows)]
