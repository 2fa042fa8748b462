"""The research notebooks, executed top to bottom against the shared data and the test Bolt server."""
import os
import time

import nbformat
import pytest
from nbclient import NotebookClient

from tests.conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_the_three_notebooks_exist_and_are_stored_without_outputs():
    assert [p.stem for p in NOTEBOOKS] == ["01-quickstart", "02-biometrics-and-xinjiang", "03-list-editions"]
    for path in NOTEBOOKS:
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type == "code":
                assert cell.outputs == [] and cell.execution_count is None, path.name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_top_to_bottom(path, neo4j_config, monkeypatch):
    # the kernel inherits this environment: notebook 01 uses the test server rather than starting one
    monkeypatch.setenv("NEO4J_URI", neo4j_config.uri)
    monkeypatch.setenv("NEO4J_USERNAME", neo4j_config.username)
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_config.password)
    monkeypatch.setenv("NEO4J_DATABASE", neo4j_config.database)
    book = nbformat.read(path, as_version=4)
    started = time.monotonic()
    NotebookClient(book, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    outputs = [o for c in book.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    print(f"{path.name}: {time.monotonic() - started:.1f} s")
    if "02" in path.stem or "03" in path.stem:    # the plots were drawn
        assert any("image/png" in o.get("data", {}) for o in outputs)
