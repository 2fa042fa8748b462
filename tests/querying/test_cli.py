import csv
import io
import json
import os
import subprocess

from tests.conftest import KG



def kg(*args, env=None):
    return subprocess.run([KG, *args], capture_output=True, text=True, env=env)


def test_query_list_and_formats(full_build_dir):
    listing = kg("query", "--list")
    assert listing.returncode == 0 and "list-changes" in listing.stdout
    as_json = kg("query", "group", "--graph", str(full_build_dir), "--param", "name=CETC", "--format", "json")
    rows = json.loads(as_json.stdout)
    assert isinstance(rows, list) and "Hangzhou Hikvision Digital Technology Co., Ltd." in {r["company"] for r in rows}
    as_csv = kg("query", "group", "--graph", str(full_build_dir), "-p", "name=CETC", "--format", "csv")
    table = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert [r["company_id"] for r in table] == [r["company_id"] for r in rows]


def test_query_errors_are_one_line(full_build_dir):
    for args in (("query", "nope", "--graph", str(full_build_dir)),
                 ("query", "company", "--graph", str(full_build_dir)),
                 ("query", "company", "--graph", str(full_build_dir), "-p", "name"),
                 ("query", "company", "--graph", str(full_build_dir / "missing"), "-p", "name=DJI")):
        r = kg(*args)
        assert r.returncode == 2 and r.stderr.startswith("error:") and r.stderr.count("\n") == 1, (args, r.stderr)


def test_query_on_neo4j_backend_matches_rdf(neo4j_config, full_build_dir):
    from kg.ontology import load as load_ontology
    from kg.stores.neo4j import load
    from kg.graph import read_build
    load(read_build(full_build_dir), neo4j_config, load_ontology(), replace=True)
    env = dict(os.environ, NEO4J_URI=neo4j_config.uri, NEO4J_USERNAME=neo4j_config.username,
               NEO4J_PASSWORD=neo4j_config.password, NEO4J_DATABASE=neo4j_config.database)
    args = ("query", "list-changes", "-p", "since=2024-01-31", "-p", "until=2025-01-07", "--format", "json")
    neo = kg(*args, "--backend", "neo4j", env=env)
    rdf = kg(*args, "--graph", str(full_build_dir))
    assert neo.returncode == 0, neo.stderr
    assert sorted(json.dumps(r, sort_keys=True) for r in json.loads(neo.stdout)) == \
        sorted(json.dumps(r, sort_keys=True) for r in json.loads(rdf.stdout))


def test_python_api(full_build_dir):
    import kg as kg_api
    rows = kg_api.query("path", graph=full_build_dir, from_="Hikvision", to="SenseTime")
    assert rows and rows[0]["node_ids"][-1] == "company/sensetime-group"
    frame = kg_api.query_frame("multi-listed", graph=full_build_dir, min=2)
    assert list(frame.columns) == ["company_id", "company", "count", "programmes"] and len(frame) >= 2
