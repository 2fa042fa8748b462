"""One build, timed phase by phase, run in its own process by bench/run.py (so that its peak memory
is its own). Prints one JSON object.

    .venv/bin/python bench/phases.py LIST ARTICLES_DIR OUT CACHE WORKERS
"""
from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    list_path, articles, out, cache_path, workers = sys.argv[1:6]
    from kg.cache import ExtractionCache, code_fingerprint, index_fingerprint
    from kg.extract.article import RuleExtractor, nlp
    from kg.graph import Graph
    from kg.ontology import ONTOLOGY_DIR, load
    from kg.pipeline import BuildResult, add_triples, expand, extract_articles, load_lists
    from kg.writer import write_build

    times = {}
    t = time.perf_counter()
    ontology = load()
    result = BuildResult(Graph())
    graph, index = load_lists([list_path], ontology, result)
    result.graph.update(graph)
    nlp()
    times["load lists and model"] = time.perf_counter() - t
    baseline_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # code, model and list loaded

    paths, _ = expand([articles])
    cache = ExtractionCache(Path(cache_path), code_fingerprint(ONTOLOGY_DIR) + index_fingerprint(index))
    t = time.perf_counter()
    outcomes, reused = extract_articles(paths, RuleExtractor(ontology, index), int(workers), cache)
    times["extract"] = time.perf_counter() - t
    cache.close()

    t = time.perf_counter()
    for path, source, triples in outcomes:
        add_triples(result.graph, source, triples, ontology)
        result.sources_read.append(path)
    times["assemble graph"] = time.perf_counter() - t

    t = time.perf_counter()
    report = write_build(result, Path(out))
    times["write outputs"] = time.perf_counter() - t
    self_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"times": times, "articles": len(paths), "reused": reused,
                      "statements": sum(report["counts"]["statements"].values()),
                      "entities": sum(report["counts"]["entities"].values()),
                      "peak_rss_mb": self_rss, "baseline_rss_mb": baseline_mb, "worker_peak_rss_mb": child_rss}))


if __name__ == "__main__":
    main()
