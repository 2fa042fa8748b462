"""The SPARQL endpoint over HTTP on a loopback port, as a client (SPARQLWrapper) sees it."""
import json
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest
from SPARQLWrapper import CSV, JSON, POST, TSV, TURTLE, SPARQLWrapper

from kg.serve import make_server

COUNT = "PREFIX kg: <https://w3id.org/kg1260h/ontology#> SELECT (COUNT(?c) AS ?n) WHERE { ?c a kg:Company }"


@pytest.fixture(scope="module")
def endpoint(full_build_dir):
    server = make_server(full_build_dir, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def companies(full_build_dir):
    from kg.graph import read_build
    return sum(1 for e in read_build(full_build_dir).entities.values() if e.type == "Company")


def test_select_over_get_and_post_in_json_csv_tsv(endpoint, full_build_dir):
    expected = companies(full_build_dir)
    for method in ("GET", POST):
        client = SPARQLWrapper(endpoint + "/sparql")
        client.setMethod(method)
        client.setQuery(COUNT)
        client.setReturnFormat(JSON)
        assert int(client.query().convert()["results"]["bindings"][0]["n"]["value"]) == expected
    for fmt, head in ((CSV, b"n\r\n"), (TSV, b"?n\n")):
        client = SPARQLWrapper(endpoint + "/sparql")
        client.setQuery(COUNT)
        client.setReturnFormat(fmt)
        body = client.query().convert()
        assert body.startswith(head) and str(expected).encode() in body


def test_construct_returns_turtle(endpoint):
    client = SPARQLWrapper(endpoint + "/sparql")
    client.setQuery("PREFIX kg: <https://w3id.org/kg1260h/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
                    " CONSTRUCT { ?c rdfs:label ?n } WHERE { ?c a kg:Company ; rdfs:label ?n } LIMIT 5")
    client.setReturnFormat(TURTLE)
    from rdflib import Graph
    assert len(Graph().parse(data=client.query().convert(), format="turtle")) == 5


def test_updates_are_refused_and_nothing_changes(endpoint, full_build_dir):
    update = "PREFIX kg: <https://w3id.org/kg1260h/ontology#> DELETE WHERE { ?c a kg:Company }"
    for request in (
            urllib.request.Request(endpoint + "/sparql", data=update.encode(),
                                   headers={"Content-Type": "application/sparql-update"}),
            urllib.request.Request(endpoint + "/sparql", data=urllib.parse.urlencode({"update": update}).encode(),
                                   headers={"Content-Type": "application/x-www-form-urlencoded"}),
            urllib.request.Request(endpoint + "/sparql?" + urllib.parse.urlencode({"update": update}))):
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(request, timeout=10)
        assert e.value.code == 403
    # an update smuggled in as a query is a syntax error, not a write
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(endpoint + "/sparql?" + urllib.parse.urlencode({"query": update}), timeout=10)
    assert e.value.code == 400
    with urllib.request.urlopen(endpoint + "/sparql?" + urllib.parse.urlencode({"query": COUNT}), timeout=10) as r:
        assert int(json.load(r)["results"]["bindings"][0]["n"]["value"]) == companies(full_build_dir)


def test_service_clauses_do_not_reach_the_network(endpoint):
    import socket
    listener = socket.socket()     # a would-be remote endpoint: it must never see a connection
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(0.5)
    remote = f"http://127.0.0.1:{listener.getsockname()[1]}/sparql"
    try:
        for query in (f"SELECT * WHERE {{ SERVICE <{remote}> {{ ?s ?p ?o }} }}",
                      f"select * {{ service silent <{remote}> {{ ?s ?p ?o }} }}",
                      f"SELECT * WHERE {{ \\u0053ERVICE <{remote}> {{ ?s ?p ?o }} }}"):
            with pytest.raises(urllib.error.HTTPError) as e:
                urllib.request.urlopen(endpoint + "/sparql?" + urllib.parse.urlencode({"query": query}), timeout=10)
            assert e.value.code == 400 and b"SERVICE" in e.value.read()
        with pytest.raises(socket.timeout):
            listener.accept()
    finally:
        listener.close()


def test_named_queries_as_json(endpoint):
    with urllib.request.urlopen(endpoint + "/queries", timeout=10) as r:
        assert {q["name"] for q in json.load(r)} >= {"on-list", "company", "path"}
    url = endpoint + "/queries/group?" + urllib.parse.urlencode({"name": "CETC"})
    with urllib.request.urlopen(url, timeout=10) as r:
        rows = json.load(r)
    assert "company/hangzhou-hikvision-digital-technology" in {row["company_id"] for row in rows}
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(endpoint + "/queries/group?name=No+Such+Company+Zzz", timeout=10)
    assert e.value.code == 400
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(endpoint + "/queries/drop-everything", timeout=10)
    assert e.value.code == 404
