"""Bad input, interrupted builds and unexpected failures: clear one-line errors, nothing lost."""
import hashlib
import json
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import ARTICLES, KG, LIST_CSV, ROOT

SAMPLE = ROOT / "kg" / "sample"
HEADER = "Name,Clean Name,Alias,Previous Name,Parent Name,Note,Start date,End date,Source Url\n"


def kg(*args, **kw):
    return subprocess.run([KG, *map(str, args)], capture_output=True, text=True, **kw)


@pytest.fixture
def bad_inputs(tmp_path):
    arts, lists = tmp_path / "articles", tmp_path / "lists"
    arts.mkdir()
    lists.mkdir()
    (arts / "good.txt").write_text((SAMPLE / "article-surveillance-firms.txt").read_text(encoding="utf-8"))
    (arts / "empty.txt").write_bytes(b"")
    (arts / "binary.pdf").write_bytes(b"%PDF-1.4\x00\x01\x02" * 100)
    (arts / "latin1.txt").write_bytes("Hikvision est une société de vidéosurveillance.".encode("latin-1"))
    (arts / "bom-crlf.txt").write_bytes("\ufeffDahua\r\n\r\nZhejiang Dahua Technology is a video surveillance "
                                        "company based in Hangzhou.\r\n".encode("utf-8"))
    with open(arts / "huge.html", "wb") as f:      # 50 MB
        f.write(b"<html><body>" + b"<p>Hikvision is a video surveillance company.</p>" * 1_100_000)
    scripts = "".join(f"<script>document.write('Dahua is a drone maker {i}')</script>" for i in range(2000))
    (arts / "scripts.html").write_text(f"<html><head>{scripts}</head><body>{scripts}<article><p>Zhejiang Dahua "
                                       f"Technology is a video surveillance company.</p></article>{scripts}</body></html>")
    (lists / "good.csv").write_text((SAMPLE / "sample-1260h.csv").read_text(encoding="utf-8"))
    (lists / "missing-columns.csv").write_text("Name,Start date\nX Co.,2021-06-03\n")
    (lists / "rows.csv").write_text(HEADER + ",,,,,,2021-06-03,,\n"          # no name
                                    "A Co.,A Co.,,,,,2024-02-30,,\n"         # impossible date
                                    "B Co.,B Co.,,,,,03/06/2021,,\n"         # malformed date
                                    "C Co.,C Co.,,,,,2021-06-03,,\n"
                                    "C Co.,C Co.,,,,,2021-06-03,,\n"         # duplicate
                                    "D Co.,D Co.,,,,,2021-06-03,,,extra\n")  # extra column
    return lists, arts


def test_every_bad_source_gets_one_line_and_the_build_goes_on(bad_inputs, tmp_path):
    lists, arts = bad_inputs
    out = tmp_path / "out"
    r = kg("build", "--list", lists, "--list", tmp_path / "nowhere.csv", "--articles", arts, "--out", out)
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    rejected = [line for line in r.stderr.splitlines() if line.startswith("rejected: ")]
    names = sorted(Path(line.split(": ")[1]).name for line in rejected)
    assert names == ["binary.pdf", "empty.txt", "huge.html", "latin1.txt", "missing-columns.csv", "nowhere.csv"]
    reasons = " ".join(rejected)
    for reason in ("binary", "empty", "byte limit", "UTF-8", "missing column", "no such file"):
        assert reason in reasons
    warnings = [line for line in r.stderr.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == 4 and all("rows.csv" in w and "row skipped" in w for w in warnings)
    report = json.loads((out / "report.json").read_text())
    assert sorted(Path(x["path"]).name for x in report["sources_rejected"]) == names
    assert len(report["warnings"]) == 4
    statements = [json.loads(line) for line in (out / "statements.jsonl").read_text().splitlines()]
    evidence = " ".join(s["evidence"] for s in statements)
    assert "document.write" not in evidence                       # script text is never read as prose
    assert {"C Co."} <= {s["subject"] for s in statements}          # the good row of rows.csv
    assert any(s["source"].endswith("bom-crlf.txt") for s in statements)
    assert any(s["source"].endswith("scripts.html") for s in statements)


def test_strict_stops_at_the_first_rejection_and_writes_nothing(bad_inputs, tmp_path):
    lists, arts = bad_inputs
    out = tmp_path / "out"
    r = kg("build", "--list", lists, "--articles", arts, "--out", out, "--strict")
    assert r.returncode == 1 and not out.exists()
    assert len([line for line in r.stderr.splitlines() if line.startswith("rejected: ")]) == 1


def test_unexpected_error_is_one_line_unless_debug(monkeypatch, capsys):
    import sys

    import kg.graph as graph_module
    from kg import cli
    monkeypatch.setattr(graph_module, "read_build", lambda d: (_ for _ in ()).throw(RuntimeError("disk on fire\nsecond line")))
    monkeypatch.setattr(sys, "argv", ["kg", "export", "somewhere"])
    with pytest.raises(SystemExit) as e:
        cli.main()
    err = capsys.readouterr().err
    assert e.value.code == 3 and err.count("\n") == 1 and "disk on fire" in err and "--debug" in err
    monkeypatch.setattr(sys, "argv", ["kg", "export", "somewhere", "--debug"])
    with pytest.raises(RuntimeError, match="disk on fire"):
        cli.main()


def digest(directory: Path) -> dict:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(directory.iterdir())}


@pytest.fixture(scope="module")
def slow_inputs(tmp_path_factory):
    """Enough articles that a build takes several seconds: the shared pages, copied."""
    d = tmp_path_factory.mktemp("many")
    pages = [p for p in ARTICLES.iterdir() if p.is_file() and not p.name.startswith(".")]
    for i in range(6):
        for p in pages:
            (d / f"{i}-{p.name}").write_bytes(p.read_bytes())
    return d


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL], ids=["SIGINT", "SIGKILL"])
@pytest.mark.parametrize("phase", ["extracting", "writing"])
def test_a_killed_build_leaves_the_previous_output_intact(tmp_path, slow_inputs, sig, phase):
    out = tmp_path / "out"
    assert kg("build", "--out", out).returncode == 0          # the previous build: the bundled sample
    before = digest(out)
    proc = subprocess.Popen([KG, "build", "--list", str(LIST_CSV), "--articles", str(slow_inputs), "--out", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    if phase == "extracting":
        time.sleep(2.0)
        assert not list(tmp_path.glob(".out.*")), "the build reached writing too early for this test"
    else:
        while not list(tmp_path.glob(".out.*")) and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.005)
        assert proc.poll() is None, "the build ended before it could be interrupted"
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert digest(out) == before
    assert kg("validate", out).returncode == 0
    if sig == signal.SIGINT:
        assert proc.returncode == 130 and "Traceback" not in err and err.startswith("interrupted")
        assert not list(tmp_path.glob(".out.*"))                # cleaned up after itself
    assert kg("build", "--out", out).returncode == 0            # and the next build goes through
    assert digest(out) == before


def test_validate_never_fetches_owl_imports(tmp_path):
    import socket
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(0.5)
    out = tmp_path / "out"
    assert kg("build", "--out", out).returncode == 0
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/ontology"
    with open(out / "graph.nt", "a", encoding="utf-8") as f:
        f.write(f"<https://w3id.org/kg1260h/id/x> <http://www.w3.org/2002/07/owl#imports> <{url}> .\n")
    kg("validate", out)
    try:
        with pytest.raises(socket.timeout):
            listener.accept()
    finally:
        listener.close()
