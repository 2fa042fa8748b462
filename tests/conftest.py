import csv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
LIST_CSV = SHARED / "lists" / "us-dod-1260h.csv"
ARTICLES = SHARED / "articles"
GOLD = SHARED / "gold"


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
