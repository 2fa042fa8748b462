import json
import subprocess
import sys

import pytest

from kg.pipeline import build
from kg.validate import validate_graph
from kg.writer import write_build

from tests.conftest import ARTICLES, LIST_CSV

KG = [sys.executable, "-m", "kg"]


def run(*args, **kw):
    return subprocess.run(KG + list(args), capture_output=True, text=True, timeout=300, **kw)


def test_full_list_and_all_articles_build_a_valid_graph(full_build, ontology):
    from kg.stores.rdf import to_rdf
    assert not full_build.rejected
    ok, lines = validate_graph(to_rdf(full_build.graph, ontology))
    assert ok, lines[:5]
    counts = full_build.graph.counts()
    assert counts["statements"]["listed_on"] > 397 and counts["statements"]["sector"] > 10


def test_articles_resolve_to_list_companies(full_build):
    g = full_build.graph
    hik = g.find_company("Hikvision")
    assert hik.name == "Hangzhou Hikvision Digital Technology Co., Ltd."
    sources = {g.sources[s.source].kind for s in g.about(hik.id)}
    assert sources == {"list", "article"}
    assert g.find_company("Dahua Technology").id == g.find_company("Zhejiang Dahua Technology Co., Ltd.").id


def test_validation_catches_a_broken_graph(full_build, ontology):
    from rdflib import Literal
    from kg.namespaces import KG as K
    from kg.stores.rdf import to_rdf
    rdf = to_rdf(full_build.graph, ontology)
    st = next(rdf.subjects(K.confidence, None))
    rdf.set((st, K.confidence, Literal("1.5", datatype="http://www.w3.org/2001/XMLSchema#decimal")))
    ok, lines = validate_graph(rdf)
    assert not ok and any("confidence" in line for line in lines)


def test_cli_build_sample_writes_everything_and_validates(tmp_path):
    out = tmp_path / "b"
    r = run("build", "--out", str(out))
    assert r.returncode == 0, r.stderr
    for name in ("graph.ttl", "graph.nt", "graph.jsonld", "statements.jsonl", "report.json", "overview.html"):
        assert (out / name).stat().st_size > 0
    assert run("validate", str(out)).returncode == 0
    report = json.loads((out / "report.json").read_text())
    assert report["sources_rejected"] == [] and report["counts"]["entities"]["Company"] > 10
    import re
    html = (out / "overview.html").read_text()
    loads = re.findall(r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)=\"([^\"]*)\"", html)
    assert [u for u in loads if not u.startswith("data:")] == []


def test_two_builds_are_byte_identical(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for out in (a, b):
        assert run("build", "--list", str(LIST_CSV), "--articles", str(ARTICLES), "--out", str(out)).returncode == 0
    for name in ("graph.nt", "graph.ttl", "graph.jsonld", "statements.jsonl"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_rejected_source_is_one_line_and_build_goes_on(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x00binary")
    out = tmp_path / "out"
    r = run("build", "--articles", str(bad), "--articles", str(ARTICLES / "sdmmag-2019-10-hikvision-dahua-entity-list.txt"),
            "--out", str(out))
    assert r.returncode == 1
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert lines == [f"rejected: {bad}: binary file (NUL bytes), not text"]
    assert "Traceback" not in r.stderr
    assert json.loads((out / "report.json").read_text())["sources_rejected"][0]["path"] == str(bad)


def test_failed_build_leaves_previous_output_intact(tmp_path):
    out = tmp_path / "out"
    assert run("build", "--out", str(out)).returncode == 0
    before = (out / "graph.nt").read_bytes()
    r = run("build", "--articles", str(tmp_path / "missing.txt"), "--out", str(out), "--strict")
    assert r.returncode != 0 and "missing.txt" in r.stderr and "Traceback" not in r.stderr
    assert (out / "graph.nt").read_bytes() == before


def test_bad_list_is_a_clear_error(tmp_path):
    p = tmp_path / "l.csv"
    p.write_text("a,b\n1,2\n")
    r = run("extract", str(p))
    assert r.returncode == 1 and "missing column" in r.stderr and "Traceback" not in r.stderr


def test_extract_takes_a_list_directory_as_build_does(tmp_path):
    article = str(ARTICLES / "biometricupdate-2025-01-1260h-list.txt")
    by_file = run("extract", "--format", "jsonl", "--list", str(LIST_CSV), article)
    by_dir = run("extract", "--format", "jsonl", "--list", str(LIST_CSV.parent), article)
    assert by_file.returncode == by_dir.returncode == 0, by_dir.stderr
    assert by_dir.stdout == by_file.stdout and by_dir.stdout
    empty = run("extract", "--list", str(tmp_path), article)
    assert empty.returncode == 2 and "no list file" in empty.stderr and "Traceback" not in empty.stderr


def test_extract_jsonl_fields():
    r = run("extract", "--format", "jsonl", str(ARTICLES / "econotimes-2024-10-dji-sues-pentagon.html"))
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert rows
    for row in rows:
        for key in ("subject", "subject_type", "predicate", "object", "object_type", "source", "evidence", "start",
                    "end", "confidence", "valid_from", "valid_to"):
            assert key in row
    # the filter keeps exactly the triples at or above the cut (the highest confidence here, so some are dropped)
    confidences = sorted({row["confidence"] for row in rows})
    assert len(confidences) > 1
    high = run("extract", "--format", "jsonl", "--min-confidence", str(confidences[-1]),
               str(ARTICLES / "econotimes-2024-10-dji-sues-pentagon.html"))
    kept = [json.loads(line) for line in high.stdout.splitlines()]
    assert 0 < len(kept) == sum(row["confidence"] >= confidences[-1] for row in rows) < len(rows)


def test_write_is_atomic_on_error(tmp_path, monkeypatch, full_build):
    out = tmp_path / "out"
    write_build(full_build, out)
    before = sorted(p.name for p in out.iterdir())
    import kg.export.html as h
    monkeypatch.setattr(h, "overview_html", lambda g: (_ for _ in ()).throw(RuntimeError("boom")))
    with pytest.raises(RuntimeError):
        write_build(full_build, out)
    assert sorted(p.name for p in out.iterdir()) == before
    assert [p.name for p in tmp_path.iterdir()] == ["out"]     # no temporary directory left behind
