import re

import pytest

from kg.querying.base import QueryError, catalogue, normalise, resolve_params, shortest_paths
from kg.querytext import QUERIES_DIR

REQUIRED = {"on-list": ["program", "date"], "list-changes": ["program", "since", "until"], "company": ["name"],
            "by-sector": ["sector"], "by-region": ["region"], "allegations-in-region": ["region"],
            "multi-listed": ["min"], "group": ["name"], "neighbours": ["name", "limit"],
            "path": ["from", "to", "max_hops"], "evidence": ["name", "kind"], "affiliations": ["body"]}


def test_every_required_query_ships_as_a_pair_with_the_agreed_parameters():
    queries = catalogue()
    for name, params in REQUIRED.items():
        assert name in queries, name
        assert [p.name for p in queries[name].params] == params, name
        assert queries[name].description and queries[name].columns
    assert {p.stem for p in QUERIES_DIR.glob("*.cypher")} == {p.stem for p in QUERIES_DIR.glob("*.rq")}


def test_query_texts_use_parameters_and_never_format_values():
    for q in catalogue().values():
        for p in q.params:
            assert f"${p.name}" in q.cypher, (q.name, p.name)
        body = "\n".join(line for line in q.cypher.splitlines() if not line.startswith("//"))
        assert not re.search(r"\{[a-z_]+\}|%s|\$\{", body), q.name   # no Python or shell-style templates


def test_parameters_resolve_any_alias_and_reject_bad_values(rdf_engine):
    q = catalogue()["company"]
    assert resolve_params(q, {"name": "Hikvision"}, rdf_engine)["name"] == \
        resolve_params(q, {"name": "Hangzhou Hikvision Digital Technology Co., Ltd."}, rdf_engine)["name"]
    for alias in ("XUAR", "xinjiang uyghur autonomous region", "region/xinjiang", "xinjiang"):
        assert resolve_params(catalogue()["by-region"], {"region": alias}, rdf_engine)["region"] == "region/xinjiang"
    assert resolve_params(catalogue()["on-list"], {"program": "Entity List", "date": "2020-01-01"},
                          rdf_engine)["program"] == "sanction/us-bis-entity-list"
    for name, params, message in (
            ("company", {}, "required"),
            ("company", {"name": "No Such Firm Anywhere Ltd"}, "no company"),
            ("on-list", {"date": "2024-02-30"}, "not a date"),
            ("on-list", {"program": "Fictional List"}, "not a known program"),
            ("path", {"from": "Hikvision", "to": "Hikvision"}, "same company"),
            ("path", {"from": "Hikvision", "to": "Dahua", "max_hops": "99"}, "out of range"),
            ("evidence", {"name": "Hikvision", "kind": "gossip"}, "one of"),
            ("multi-listed", {"min": "two"}, "whole number"),
            ("multi-listed", {"mni": "2"}, "unknown parameter")):
        with pytest.raises(QueryError, match=message):
            resolve_params(catalogue()[name], params, rdf_engine)


def test_normalise_makes_backend_values_comparable():
    assert normalise("https://w3id.org/kg1260h/id/company/x", "str") == "company/x"
    assert normalise("b\x1fa", "set") == ["a", "b"] and normalise(["b", "a"], "set") == ["a", "b"]
    assert normalise("", "str") is None and normalise(None, "set") == []
    assert normalise("0.900", "float") == 0.9 and normalise("3", "int") == 3


def test_shortest_paths_finds_every_shortest_path_both_directions():
    edges = [("a", "A", "x", "X", "sector"), ("b", "B", "x", "X", "sector"), ("a", "A", "y", "Y", "based_in"),
             ("b", "B", "y", "Y", "linked_to"), ("a", "A", "b", "B", "subsidiary_of")]
    assert shortest_paths(edges, "a", "b", 4) == [{"length": 1, "node_ids": ["a", "b"], "nodes": ["A", "B"],
                                                   "relations": ["subsidiary_of"]}]
    two = shortest_paths(edges[:4], "b", "a", 4)
    assert [p["node_ids"] for p in two] == [["b", "x", "a"], ["b", "y", "a"]]
    assert shortest_paths(edges[:4], "a", "b", 1) == []
