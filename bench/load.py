"""Neo4j load speed: batched UNWIND+MERGE against one row per query, same data, same server.

Builds the full shared list plus every shared article, copies that graph --copies times under
distinct ids (so that there are enough rows to time; default 10, about 14,000 rows), then loads it
three ways into the server
named by NEO4J_URI (else a local ArcadeDB started here): batched into an empty store, batched again
(an idempotent re-load: every row is an update), and one row per query (batch size 1, one managed
transaction per row) into an empty store. Prints rows/s and the ratio.

    .venv/bin/python bench/load.py [--batch-size 1000] [--copies 10]
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def copies(graph, n: int):
    """n disjoint copies of the graph: the same shape and text, distinct ids."""
    from dataclasses import replace

    from kg.graph import Graph
    out = Graph()
    for k in range(n):
        for e in graph.entities.values():
            out.add_entity(replace(e, id=f"{e.id}-{k}"))
        for s in graph.sources.values():
            out.add_source(replace(s, id=f"{s.id}-{k}"))
        for s in graph.statements.values():
            out.add_statement(replace(s, id=f"{s.id}-{k}", subject=f"{s.subject}-{k}", object=f"{s.object}-{k}",
                                      source=f"{s.source}-{k}"))
    return out


def timed_write(driver, database, graph, ontology, batch_size, clear_first):
    from kg.stores.neo4j import Neo4jWriter
    writer = Neo4jWriter(driver, database, batch_size)
    if clear_first:
        writer.clear()
    started = time.perf_counter()
    written = writer.write(graph, ontology)
    return written["nodes"] + written["relationships"], time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--copies", type=int, default=10)
    args = parser.parse_args()
    from kg.pipeline import build
    from kg.stores.neo4j import Neo4jConfig, Neo4jWriter, connect

    graph = copies(build([str(SHARED / "lists")], [str(SHARED / "articles")]).graph, args.copies)
    ontology = None    # concept nodes would not be copied; the copies carry the concepts they use
    server = None
    if os.environ.get("NEO4J_URI"):
        config = Neo4jConfig.from_env()
    else:
        from kg.devserver import ArcadeDBServer
        server = ArcadeDBServer().start()
        config = server.config
    driver = connect(config)
    try:
        timed_write(driver, config.database, graph, ontology, args.batch_size, True)   # warm-up (JIT, caches)
        rows, batched = timed_write(driver, config.database, graph, ontology, args.batch_size, True)
        _, reload_ = timed_write(driver, config.database, graph, ontology, args.batch_size, False)
        _, single = timed_write(driver, config.database, graph, ontology, 1, True)
        Neo4jWriter(driver, config.database).clear()
    finally:
        driver.close()
        if server:
            server.stop(remove=True)
    server_name = "ArcadeDB (arcadedb-embedded, Bolt plugin)" if server else config.uri
    print(f"server: {server_name}; data: full 1260H list + shared articles, copied {args.copies}x: {rows:,} rows "
          f"({len(graph.entities):,} entities, {len(graph.sources)} sources, {len(graph.statements):,} statements)")
    print(f"{'mode':44} {'seconds':>8} {'rows/s':>10}")
    print(f"{f'batched, {args.batch_size} rows per transaction':44} {batched:8.2f} {rows / batched:10,.0f}")
    print(f"{'batched re-load (all updates)':44} {reload_:8.2f} {rows / reload_:10,.0f}")
    print(f"{'one row per query and transaction':44} {single:8.2f} {rows / single:10,.0f}")
    print(f"batched is {single / batched:.1f}x faster than one row per query")


if __name__ == "__main__":
    main()
