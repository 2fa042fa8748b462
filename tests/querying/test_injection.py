"""Names full of quotes, braces, backslashes and query fragments: stored and queried as parameters,
they come back verbatim and nothing else in the store changes."""
import pytest

from kg.graph import Graph
from kg.pipeline import BuildResult
from kg.querying.base import QueryError
from kg.types import Entity, Source, Statement

HOSTILE = [
    "O'Brien \"Quoted\" {Braces} \\Backslash\\ Ltd",
    "x'}) DETACH DELETE n // Co",
    "\" } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o } # Group",
    "$name MATCH (m) DETACH DELETE m RETURN 1 Corp",
    "<script>alert(1)</script> Holdings",
]


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    from kg.writer import write_build
    g = Graph()
    g.add_source(Source(id="article/hostile", kind="article", title=HOSTILE[2], published="2025-01-08"))
    from kg.ontology import load
    g.add_entity(load().sectors.by_key["drones"].entity())
    g.add_entity(load().regions.by_key["xinjiang"].entity())
    for i, name in enumerate(HOSTILE):
        cid = f"company/hostile-{i}"
        g.add_entity(Entity(id=cid, type="Company", name=name, aliases=(name[::-1],), attributes=(("listed", "false"),)))
        g.add_statement(Statement(id=f"stmt/h{i}", subject=cid, predicate="sector", object="sector/drones",
                                  source="article/hostile", evidence=name + " makes drones.", start=0,
                                  end=len(name) + 14, extractor="test", confidence=0.8))
        g.add_statement(Statement(id=f"stmt/r{i}", subject=cid, predicate="linked_to", object="region/xinjiang",
                                  source="article/hostile", evidence=HOSTILE[(i + 1) % len(HOSTILE)], start=0, end=5,
                                  extractor="test", confidence=0.7, qualifiers=(("holder", HOSTILE[1]),)))
    out = tmp_path_factory.mktemp("hostile") / "build"
    write_build(BuildResult(g), out)
    return out, g


def check_engine(engine, graph, size):
    before = size()
    for i, name in enumerate(HOSTILE):
        rows = engine.run("company", name=name)
        assert ("name", name) in {(r["relation"], r["value"]) for r in rows}
        assert ("alias", name[::-1]) in {(r["relation"], r["value"]) for r in rows}
        evidence = engine.run("evidence", name=name, kind="sector")
        assert [r["evidence"] for r in evidence] == [name + " makes drones."]
    assert {r["company"] for r in engine.run("by-region", region="Xinjiang")} == set(HOSTILE)
    for value in ("'}) MATCH (n) DETACH DELETE n //", "} ; DROP ALL ;"):
        with pytest.raises(QueryError):
            engine.run("company", name=value + " zz-no-such-firm")
        with pytest.raises(QueryError):
            engine.run("evidence", name=HOSTILE[0], kind=value)
    assert size() == before


def test_rdf_backend(hostile_build):
    from kg.querying import open_engine
    out, graph = hostile_build
    with open_engine("rdf", out) as engine:
        check_engine(engine, graph, lambda: len(engine.store))


def test_neo4j_backend(hostile_build, neo4j_config, neo4j_driver):
    from kg.querying.neo4j import Neo4jEngine
    from kg.stores.neo4j import counts, load
    from kg.graph import read_build
    out, graph = hostile_build
    load(read_build(out), neo4j_config)
    with Neo4jEngine(neo4j_config) as engine:
        check_engine(engine, graph, lambda: counts(neo4j_driver, neo4j_config.database))
