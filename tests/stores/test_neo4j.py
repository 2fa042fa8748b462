"""Integration tests against a real Bolt server (ArcadeDB, or Neo4j when NEO4J_URI is set)."""
import os
import subprocess
from dataclasses import replace

import pytest

from kg.graph import Graph
from kg.ontology import load as load_ontology
from kg.stores.neo4j import (LABELS, Neo4jConfig, Neo4jReader, Neo4jWriter, StoreError, connect, counts, load, plan)
from kg.graph import read_build
from tests.conftest import KG



def expected_counts(graph: Graph) -> dict:
    nodes, rels = plan(graph, load_ontology())
    out = {label: [len(nodes.get(label, [])), 0] for label in LABELS}
    for (from_, _type, _to), rows in rels.items():
        out[from_][1] += len(rows)
    return {k: tuple(v) for k, v in out.items()}


def test_load_counts_match_the_graph_and_a_second_load_changes_nothing(neo4j_driver, neo4j_config, full_build_dir):
    graph = read_build(full_build_dir)
    writer = Neo4jWriter(neo4j_driver, neo4j_config.database, batch_size=200)
    writer.write(graph, load_ontology())
    first = counts(neo4j_driver, neo4j_config.database)
    assert first == expected_counts(graph)
    assert first["Company"][0] == sum(1 for e in graph.entities.values() if e.type == "Company")
    writer.write(graph, load_ontology())
    assert counts(neo4j_driver, neo4j_config.database) == first


def test_round_trip_build_load_read(neo4j_driver, neo4j_config, full_build_dir):
    graph = read_build(full_build_dir)
    Neo4jWriter(neo4j_driver, neo4j_config.database).write(graph, load_ontology())
    back = Neo4jReader(neo4j_driver, neo4j_config.database).read()
    assert back.sources == graph.sources
    assert back.statements == graph.statements
    assert {k: back.entities[k] for k in graph.entities} == graph.entities
    concepts = {c.id for v in load_ontology().vocabularies for c in v.concepts}
    assert set(back.entities) - set(graph.entities) <= concepts     # the vocabulary, loaded with the graph


def test_more_inputs_add_and_update_without_duplicates(neo4j_driver, neo4j_config, full_build):
    from kg.pipeline import build, sample_inputs
    small = build(*sample_inputs()).graph
    writer = Neo4jWriter(neo4j_driver, neo4j_config.database)
    writer.write(small, load_ontology())
    # the full graph shares ids with the sample wherever they name the same facts
    big = full_build.graph
    changed_id = sorted(set(small.statements) & set(big.statements))[0]
    big_changed = Graph()
    big_changed.update(big)
    big_changed.statements[changed_id] = replace(big.statements[changed_id], confidence=0.123)
    writer.write(big_changed, load_ontology())
    merged = Graph()
    merged.update(small)
    merged.update(big_changed)
    merged.statements[changed_id] = big_changed.statements[changed_id]
    assert counts(neo4j_driver, neo4j_config.database) == expected_counts(merged)
    back = Neo4jReader(neo4j_driver, neo4j_config.database).read()
    assert back.statements[changed_id].confidence == 0.123
    assert set(back.statements) == set(small.statements) | set(big.statements)


def test_replace_clears_only_kg_data(neo4j_driver, neo4j_config, full_build_dir):
    with neo4j_driver.session(database=neo4j_config.database) as s:
        s.run("CREATE (:UserNote {id: $id, text: $text})", id="note-1", text="keep me").consume()
    try:
        load(read_build(full_build_dir), neo4j_config, load_ontology())
        written = load(read_build(full_build_dir), neo4j_config, load_ontology(), replace=True)
        assert written["cleared"] == sum(n for n, _ in counts(neo4j_driver, neo4j_config.database).values())
        with neo4j_driver.session(database=neo4j_config.database) as s:
            assert s.run("MATCH (n:UserNote) RETURN n.text AS t").single()["t"] == "keep me"
    finally:
        with neo4j_driver.session(database=neo4j_config.database) as s:
            s.run("MATCH (n:UserNote) DELETE n").consume()


def test_hostile_names_are_stored_verbatim_as_parameters(neo4j_driver, neo4j_config):
    from kg.types import Entity, Source, Statement
    hostile = ["O'Brien \"Quotes\" {braces} \\backslash", "x'}) DETACH DELETE n //", "$rows MATCH (m) DELETE m",
               "} ; DROP ALL . SELECT * WHERE { ?s ?p ?o }", "<script>alert(1)</script>"]
    g = Graph()
    g.add_source(Source(id="article/hostile", kind="article", title=hostile[1]))
    for i, name in enumerate(hostile):
        g.add_entity(Entity(id=f"company/hostile-{i}", type="Company", name=name, aliases=(name[::-1],)))
    g.add_entity(Entity(id="sector/drones", type="Sector", name="Drones"))
    g.add_statement(Statement(id="stmt/hostile", subject="company/hostile-1", predicate="sector", object="sector/drones",
                              source="article/hostile", evidence=hostile[1] + " " + hostile[3], start=0, end=5,
                              extractor="test", confidence=0.5, qualifiers=(("holder", hostile[2]),)))
    Neo4jWriter(neo4j_driver, neo4j_config.database).write(g)
    back = Neo4jReader(neo4j_driver, neo4j_config.database).read()
    assert back.entities == g.entities and back.statements == g.statements and back.sources == g.sources


def test_unreachable_server_and_wrong_credentials_are_one_line_errors(neo4j_config):
    from kg.devserver import free_port
    with pytest.raises(StoreError, match="unreachable"):
        connect(Neo4jConfig(uri=f"bolt://127.0.0.1:{free_port()}", password="x"))
    with pytest.raises(StoreError, match="refused the credentials"):
        connect(replace(neo4j_config, password=neo4j_config.password + "-wrong"))


def test_cli_load_and_errors(neo4j_driver, neo4j_config, full_build_dir):
    env = dict(os.environ, NEO4J_URI=neo4j_config.uri, NEO4J_USERNAME=neo4j_config.username,
               NEO4J_PASSWORD=neo4j_config.password, NEO4J_DATABASE=neo4j_config.database)
    ok = subprocess.run([KG, "load", "neo4j", str(full_build_dir), "--batch-size", "500"], env=env,
                        capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert "rows/s" in ok.stdout
    assert counts(neo4j_driver, neo4j_config.database) == expected_counts(read_build(full_build_dir))
    bad = subprocess.run([KG, "load", "neo4j", str(full_build_dir), "--password", "wrong"], env=env,
                         capture_output=True, text=True)
    assert bad.returncode == 1
    assert bad.stderr.count("\n") == 1 and "credentials" in bad.stderr and "Traceback" not in bad.stderr
    missing = subprocess.run([KG, "load", "neo4j", str(full_build_dir / "nope")], env=env, capture_output=True,
                             text=True)
    assert missing.returncode == 1 and "not a built graph" in missing.stderr


def test_labels_and_types_come_only_from_the_ontology():
    from kg.querytext import render
    from kg.stores.neo4j import NAMES
    with pytest.raises(ValueError):
        render("store/merge-nodes.cypher", NAMES, label="Company {id: 1}) DETACH DELETE n //")
    with pytest.raises(ValueError):
        render("store/merge-nodes.cypher", NAMES, label="Person")
    assert ":Company {id: row.id}" in render("store/merge-nodes.cypher", NAMES, label="Company")
