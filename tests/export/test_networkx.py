import subprocess

import networkx as nx

from kg.export.networkx import to_networkx
from kg.graph import read_build
from tests.conftest import KG



def test_networkx_graph_has_one_edge_per_statement(full_build):
    g = to_networkx(full_build.graph)
    assert g.number_of_nodes() == len(full_build.graph.entities)
    assert g.number_of_edges() == len(full_build.graph.statements)
    hik = full_build.graph.find_company("Hikvision")
    cetc = full_build.graph.find_company("China Electronics Technology Group Corporation")
    assert any(d["predicate"] == "subsidiary_of" for d in g.get_edge_data(hik.id, cetc.id).values())


def test_cli_export_graphml_and_gexf_read_back(full_build_dir, tmp_path):
    graph = read_build(full_build_dir)
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = tmp_path / f"g.{fmt}"
        r = subprocess.run([KG, "export", str(full_build_dir), "--format", fmt, "--output", str(out)],
                           capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        back = reader(out)
        assert back.number_of_nodes() == len(graph.entities)
        assert back.number_of_edges() == len(graph.statements)
        assert back.nodes["company/hangzhou-hikvision-digital-technology"]["name"].startswith("Hangzhou Hikvision")
    bad = subprocess.run([KG, "export", str(tmp_path)], capture_output=True, text=True)
    assert bad.returncode == 1 and bad.stderr.startswith("error:") and "Traceback" not in bad.stderr
