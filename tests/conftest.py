import csv
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
LIST_CSV = SHARED / "lists" / "us-dod-1260h.csv"
ARTICLES = SHARED / "articles"
GOLD = SHARED / "gold"
KG = str(ROOT / ".venv" / "bin" / "kg")     # the installed command, as users run it


def load_script(path: Path, name: str):
    """A script that is not part of the package (a benchmark, the shared scorer), loaded as a module."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def ontology():
    from kg.ontology import load
    return load()


@pytest.fixture(scope="session")
def csv_rows():
    with open(LIST_CSV, encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="session")
def full_list(ontology):
    """(graph, index) of the full shared 1260H list."""
    from kg.extract.list1260h import list_graph
    from kg.readers.list1260h import read_list
    return list_graph(read_list(LIST_CSV), ontology)


@pytest.fixture(scope="session")
def full_build():
    """The full list plus every shared article, built in memory."""
    from kg.pipeline import build
    return build([str(LIST_CSV)], [str(ARTICLES)])


@pytest.fixture(scope="session")
def extractor(ontology):
    from kg.extract.article import RuleExtractor
    from kg.pipeline import default_index
    return RuleExtractor(ontology, default_index(ontology))


def text_doc(text: str, published: str = "2025-01-08"):
    """A cleaned document from plain text (paragraphs separated by blank lines)."""
    from kg.readers.article import assemble, drop_boilerplate, text_paragraphs
    from kg.types import Source
    return assemble(Source(id="article/test", kind="article", published=published),
                    drop_boilerplate(text_paragraphs(text)))


@pytest.fixture(scope="session")
def neo4j_config(tmp_path_factory):
    """The Bolt server under test: NEO4J_URI's when set (a real Neo4j), else a local ArcadeDB started
    for this test session and stopped at its end."""
    import os
    from kg.stores.neo4j import Neo4jConfig
    if os.environ.get("NEO4J_URI"):
        yield Neo4jConfig.from_env()
        return
    from kg.devserver import ArcadeDBServer
    server = ArcadeDBServer(root=tmp_path_factory.mktemp("arcadedb")).start()
    try:
        yield server.config
    finally:
        server.stop()


@pytest.fixture
def neo4j_driver(neo4j_config):
    """A driver on a database holding no kg data (other data, if any, is left alone)."""
    from kg.stores.neo4j import Neo4jWriter, connect
    driver = connect(neo4j_config)
    Neo4jWriter(driver, neo4j_config.database).clear()
    yield driver
    driver.close()


@pytest.fixture(scope="session")
def full_build_dir(tmp_path_factory, full_build):
    """The full build written to disk, as `kg build` writes it."""
    from kg.writer import write_build
    out = tmp_path_factory.mktemp("builds") / "full"
    write_build(full_build, out)
    return out
