"""Parallel extraction and the extraction cache change how fast a build is, never what it builds."""
import filecmp

import pytest

from kg.pipeline import build
from kg.writer import write_build
from tests.conftest import ARTICLES, LIST_CSV


@pytest.fixture(scope="module")
def many_articles(tmp_path_factory):
    """The shared pages, each present three times under other names (enough for several batches)."""
    d = tmp_path_factory.mktemp("articles")
    pages = sorted(p for p in ARTICLES.iterdir() if p.is_file() and not p.name.startswith("."))
    for i in range(3):
        for p in pages:
            (d / f"{i}-{p.name}").write_bytes(p.read_bytes())
    return d


def same(a, b):
    assert a.graph.entities == b.graph.entities
    assert a.graph.statements == b.graph.statements
    assert a.graph.sources == b.graph.sources
    assert a.sources_read == b.sources_read and a.rejected == b.rejected


def test_parallel_extraction_builds_the_same_graph_as_a_serial_run(many_articles, monkeypatch):
    import kg.pipeline
    monkeypatch.setattr(kg.pipeline, "BATCH", 4)           # many tasks, so that workers interleave
    serial = build([str(LIST_CSV)], [str(many_articles)], workers=1)
    parallel = build([str(LIST_CSV)], [str(many_articles)], workers=2)
    same(serial, parallel)


def test_adding_one_article_reuses_the_rest_and_equals_a_full_rebuild(many_articles, tmp_path):
    cache = tmp_path / "cache.sqlite"
    first = build([str(LIST_CSV)], [str(many_articles)], cache_path=cache)
    assert first.reused == 0
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "new.txt").write_text("Zhejiang Dahua Technology is a video surveillance company based in Hangzhou.\n")
    incremental = build([str(LIST_CSV)], [str(many_articles), str(extra)], cache_path=cache)
    assert incremental.reused == len(first.sources_read) - 1     # every article but the new one (the list is read)
    full = build([str(LIST_CSV)], [str(many_articles), str(extra)])
    same(incremental, full)
    write_build(incremental, tmp_path / "a")
    write_build(full, tmp_path / "b")
    files = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert filecmp.cmpfiles(tmp_path / "a", tmp_path / "b", files, shallow=False)[0] == files


def test_the_cache_is_not_used_when_the_list_changes(many_articles, tmp_path):
    cache = tmp_path / "cache.sqlite"
    build([str(LIST_CSV)], [str(many_articles)], cache_path=cache)
    from kg.pipeline import SAMPLE_DIR
    sample = build([str(SAMPLE_DIR / "sample-1260h.csv")], [str(many_articles)], cache_path=cache)
    assert sample.reused == 0            # other known names: the articles are read again


def test_a_damaged_cache_is_replaced_not_fatal(tmp_path):
    from kg.pipeline import sample_inputs
    cache = tmp_path / "cache.sqlite"
    cache.write_bytes(b"this is not a database" * 100)
    result = build(*sample_inputs(), cache_path=cache)
    assert result.graph.statements and result.reused == 0
    assert build(*sample_inputs(), cache_path=cache).reused == len(sample_inputs()[1])
