"""Neo4j store over Bolt, with the official `neo4j` driver.

Graph model: one node per entity, labelled with its type (Company, Sector, Region, Allegation,
Sanction, StateBody, LegalGround) and one Source node per article or list edition, each keyed by a
unique `id`. Every statement is one relationship, typed by its predicate (SECTOR, BASED_IN, LISTED_ON
...), carrying its provenance as properties: `id` (the statement id), `source` (a Source id),
`evidence`, `start`, `end`, `extractor`, `confidence`, `date`, `valid_from`, `valid_to`, and the
qualifiers (`action`, `holder`, `degree`, `printed_name`, `removal_reason`). A designation is a
LISTED_ON relationship from a list edition (valid_from/valid_to). Vocabulary hierarchy: (narrower
concept)-[:BROADER]->(broader concept).

Writes are `UNWIND $rows` + `MERGE` on labelled, constrained keys in managed write transactions,
so a load is idempotent and a batch is either wholly written or not at all.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Iterator

from kg.errors import InputError
from kg.graph import Graph
from kg.ontology import Ontology
from kg.querytext import render
from kg.stores.base import GraphReader, GraphWriter, Progress
from kg.types import ENTITY_TYPES, PREDICATES, SOURCE, Entity, Source, Statement

LABELS = tuple(ENTITY_TYPES) + (SOURCE,)
REL_TYPES = {p: p.upper() for p in PREDICATES}
BROADER = "BROADER"
NAMES = frozenset(LABELS) | frozenset(REL_TYPES.values()) | {BROADER}
STATEMENT_FIELDS = ("source", "evidence", "start", "end", "extractor", "confidence", "date", "valid_from", "valid_to")
BOOLEAN_ATTRIBUTES = {"listed"}


@dataclass(frozen=True)
class Neo4jConfig:
    uri: str = "bolt://localhost:7687"
    username: str = "neo4j"
    password: str = ""
    database: str = "neo4j"
    retry_seconds: float = 15.0     # how long the driver retries a transaction on a transient failure

    @classmethod
    def from_env(cls, uri: str | None = None, username: str | None = None, password: str | None = None,
                 database: str | None = None) -> "Neo4jConfig":
        """Flags override NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE, which override defaults."""
        env = os.environ
        return cls(uri=uri or env.get("NEO4J_URI") or cls.uri,
                   username=username or env.get("NEO4J_USERNAME") or cls.username,
                   password=password if password is not None else env.get("NEO4J_PASSWORD", cls.password),
                   database=database or env.get("NEO4J_DATABASE") or cls.database)


class StoreError(InputError):
    """The server could not be reached, refused the credentials, or failed mid-load (one line)."""


def connect(config: Neo4jConfig):
    """A driver that has been checked to reach the server with these credentials."""
    import neo4j
    from neo4j.exceptions import AuthError, ConfigurationError, Neo4jError, ServiceUnavailable
    try:
        driver = neo4j.GraphDatabase.driver(config.uri, auth=(config.username, config.password),
                                            connection_timeout=10,
                                            max_transaction_retry_time=config.retry_seconds)
    except (ValueError, ConfigurationError) as e:
        raise StoreError(f"bad Neo4j URI {config.uri!r}: {e}") from None
    try:
        with driver.session(database=config.database) as session:
            session.run("RETURN 1").consume()
    except AuthError:
        driver.close()
        raise StoreError(f"{config.uri}: the server refused the credentials of user {config.username!r}") from None
    except (ServiceUnavailable, OSError) as e:
        driver.close()
        raise StoreError(f"{config.uri}: server unreachable ({_first_line(e)})") from None
    except Neo4jError as e:
        driver.close()
        raise StoreError(f"{config.uri}: {_first_line(e)}") from None
    return driver


def _first_line(e: Exception) -> str:
    text = str(getattr(e, "message", None) or e).strip()
    return text.splitlines()[0].rstrip(":") if text else type(e).__name__


def _batches(rows: list, size: int) -> Iterator[list]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def node_row(e: Entity) -> dict:
    props = {"id": e.id, "name": e.name}
    if e.aliases:
        props["aliases"] = list(e.aliases)
    if e.previous_names:
        props["previous_names"] = list(e.previous_names)
    for k, v in e.attributes:
        props[k] = (v == "true") if k in BOOLEAN_ATTRIBUTES else v
    return {"id": e.id, "props": props}


def source_row(s: Source) -> dict:
    props = {k: v for k, v in (("id", s.id), ("kind", s.kind), ("title", s.title), ("url", s.url), ("path", s.path),
                               ("published", s.published), ("content_hash", s.content_hash)) if v}
    return {"id": s.id, "props": props}


def statement_row(st: Statement) -> dict:
    props = {"id": st.id}
    for k in STATEMENT_FIELDS:
        v = getattr(st, k)
        if v != "":
            props[k] = v
    props.update(st.qualifiers)
    return {"id": st.id, "subject": st.subject, "object": st.object, "props": props}


def plan(graph: Graph, ontology: Ontology | None) -> tuple[dict, dict]:
    """Rows to write: nodes by label, relationships by (from label, type, to label)."""
    entities = dict(graph.entities)
    broader = []
    if ontology is not None:
        for vocab in ontology.vocabularies:
            for c in vocab.concepts:
                entities.setdefault(c.id, c.entity())
                for b in c.broader:
                    target = vocab.by_key[b]
                    broader.append((c.type, target.type, {"id": f"broader/{c.id}/{target.id}", "subject": c.id,
                                                          "object": target.id, "props": {"id": f"broader/{c.id}/{target.id}"}}))
    nodes: dict[str, list] = {}
    for e in sorted(entities.values(), key=lambda e: e.id):
        nodes.setdefault(e.type, []).append(node_row(e))
    nodes[SOURCE] = [source_row(s) for s in sorted(graph.sources.values(), key=lambda s: s.id)]
    rels: dict[tuple[str, str, str], list] = {}
    for st in sorted(graph.statements.values(), key=lambda s: s.id):
        key = (entities[st.subject].type, REL_TYPES[st.predicate], entities[st.object].type)
        rels.setdefault(key, []).append(statement_row(st))
    for from_, to, row in broader:
        rels.setdefault((from_, BROADER, to), []).append(row)
    return nodes, rels



def row_count(graph: Graph, ontology: Ontology | None = None) -> int:
    nodes, rels = plan(graph, ontology)
    return sum(map(len, nodes.values())) + sum(map(len, rels.values()))


class Neo4jWriter(GraphWriter):
    def __init__(self, driver, database: str = "neo4j", batch_size: int = 1000):
        if batch_size < 1:
            raise ValueError("batch size must be at least 1")
        self.driver, self.database, self.batch_size = driver, database, batch_size

    def _session(self):
        return self.driver.session(database=self.database)

    def _write(self, query: str, rows: list[dict], progress: Progress | None) -> int:
        with self._session() as session:
            for batch in _batches(rows, self.batch_size):
                session.execute_write(lambda tx: tx.run(query, rows=batch).consume())
                if progress:
                    progress(len(batch))
        return len(rows)

    def ensure_constraints(self) -> None:
        with self._session() as session:
            for label in LABELS:
                session.run(render("store/constraint.cypher", NAMES, label=label)).consume()

    def clear(self, batch: int = 10_000) -> int:
        """Delete kg's own nodes (and their relationships), nothing else, in bounded transactions."""
        deleted = 0
        with self._session() as session:
            for label in LABELS:
                query = render("store/delete-label.cypher", NAMES, label=label)
                while True:
                    n = session.execute_write(lambda tx: tx.run(query, limit=batch).single()["deleted"])
                    deleted += n
                    if n == 0:
                        break
        return deleted

    def write(self, graph: Graph, ontology: Ontology | None = None, progress: Progress | None = None) -> dict:
        nodes, rels = plan(graph, ontology)
        self.ensure_constraints()
        written = {"nodes": 0, "relationships": 0}
        for label, rows in nodes.items():
            written["nodes"] += self._write(render("store/merge-nodes.cypher", NAMES, label=label), rows, progress)
        for (from_, type_, to), rows in rels.items():
            query = render("store/merge-relationships.cypher", NAMES, **{"from": from_, "type": type_, "to": to})
            written["relationships"] += self._write(query, rows, progress)
        return written


class Neo4jReader(GraphReader):
    def __init__(self, driver, database: str = "neo4j"):
        self.driver, self.database = driver, database

    def _rows(self, query: str) -> list[dict]:
        with self.driver.session(database=self.database) as session:
            return session.execute_read(lambda tx: [r.data() for r in tx.run(query)])

    def read(self) -> Graph:
        g = Graph()
        for label in LABELS:
            for row in self._rows(render("store/read-nodes.cypher", NAMES, label=label)):
                p = row["props"]
                if label == SOURCE:
                    g.add_source(Source(id=p["id"], kind=p.get("kind", ""), title=p.get("title", ""),
                                        url=p.get("url", ""), path=p.get("path", ""),
                                        published=p.get("published", ""), content_hash=p.get("content_hash", "")))
                    continue
                attrs = {k: (("true" if v else "false") if k in BOOLEAN_ATTRIBUTES else str(v))
                         for k, v in p.items() if k not in ("id", "name", "aliases", "previous_names")}
                g.add_entity(Entity(id=p["id"], type=label, name=p["name"], aliases=tuple(p.get("aliases") or ()),
                                    previous_names=tuple(p.get("previous_names") or ()),
                                    attributes=tuple(sorted(attrs.items()))))
        for predicate, type_ in REL_TYPES.items():
            for row in self._rows(render("store/read-relationships.cypher", NAMES, type=type_)):
                p = row["props"]
                quals = tuple(sorted((k, str(v)) for k, v in p.items() if k != "id" and k not in STATEMENT_FIELDS))
                g.add_statement(Statement(
                    id=p["id"], subject=row["subject"], predicate=predicate, object=row["object"],
                    source=p["source"], evidence=p.get("evidence", ""), start=int(p["start"]), end=int(p["end"]),
                    extractor=p.get("extractor", ""), confidence=float(p["confidence"]), date=p.get("date", ""),
                    valid_from=p.get("valid_from", ""), valid_to=p.get("valid_to", ""), qualifiers=quals))
        return g


def counts(driver, database: str = "neo4j") -> dict[str, tuple[int, int]]:
    """(nodes, outgoing relationships) per kg label."""
    out = {}
    with driver.session(database=database) as session:
        for label in LABELS:
            rec = session.execute_read(lambda tx: tx.run(render("store/count.cypher", NAMES, label=label)).single())
            out[label] = (rec["nodes"], rec["relationships"])
    return out


def load(graph: Graph, config: Neo4jConfig, ontology: Ontology | None = None, batch_size: int = 1000,
         replace: bool = False, progress: Progress | None = None) -> dict:
    """Connect, optionally clear kg's own data, and upsert the graph. Driver failures become one line."""
    from neo4j.exceptions import DriverError, Neo4jError
    driver = connect(config)
    done = 0

    def counted(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress(n)
    try:
        writer = Neo4jWriter(driver, config.database, batch_size)
        cleared = writer.clear() if replace else 0
        written = writer.write(graph, ontology, counted)
        return {**written, "cleared": cleared}
    except (Neo4jError, DriverError, OSError) as e:
        raise StoreError(f"{config.uri}: load failed after {done} rows ({_first_line(e)}); every batch is "
                         "its own transaction, so re-running the load completes it") from None
    finally:
        driver.close()
