"""Extraction quality and speed on the shared articles.

Runs ../shared/tools/score_extraction.py against `kg extract --format jsonl` (one process per
article, as the scorer does) on the shared articles and on the labelled sets in bench/labelled,
and prints per-article and overall precision, recall and F1 for each; then
times the extractor in-process over the same pages (pages/s, after a warm-up), next to the
bare spaCy pipeline it runs on, in the same process.

    .venv/bin/python bench/extraction.py
"""
from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


SETS = {"shared": (SHARED / "data" / "articles", SHARED / "data" / "gold"),
        **{name: (ROOT / "bench" / "labelled" / name / "articles", ROOT / "bench" / "labelled" / name / "gold")
           for name in ("dev", "test", "holdout", *(f"holdout{i}" for i in range(2, 282)))}}


def score() -> None:
    kg = Path(sys.executable).with_name("kg")
    for name, (articles, gold) in SETS.items():
        out = subprocess.run([sys.executable, str(SHARED / "tools" / "score_extraction.py"), "--articles", str(articles),
                              "--gold", str(gold), "--", str(kg), "extract", "--format", "jsonl"],
                             capture_output=True, text=True, check=True).stdout
        print(f"\n[{name}]\n{'article':48} {'precision':>9} {'recall':>7} {'f1':>6}")
        for line in out.splitlines():
            m = re.match(r"(\S+): precision ([\d.]+) \((\d+)/(\d+)\)\s+recall ([\d.]+)", line)
            if m:
                p, r = float(m.group(2)), float(m.group(5))
                f1 = 2 * p * r / (p + r) if p + r else 0.0
                print(f"{m.group(1):48} {p:9.2f} {r:7.2f} {f1:6.2f}")
            elif line.startswith("overall"):
                print(line)


def speed(rounds: int = 5) -> None:
    from kg.extract.article import RuleExtractor, nlp
    from kg.ontology import load
    from kg.pipeline import default_index
    from kg.readers.article import read_article

    ontology = load()
    extractor = RuleExtractor(ontology, default_index(ontology))
    docs = [read_article(p) for p in sorted((SHARED / "data" / "articles").iterdir())]
    words = sum(len(d.text.split()) for d in docs)
    for d in docs:   # warm-up: model load and caches
        extractor.extract(d)
    t0 = time.perf_counter()
    for _ in range(rounds):
        ontology.clear_caches()   # each round matches the vocabularies afresh, as a first reading would
        for d in docs:
            extractor.extract(d)
    kg_s = (time.perf_counter() - t0) / rounds
    paragraphs = [d.text[s:e] for d in docs for s, e in d.paragraphs]
    t0 = time.perf_counter()
    for _ in range(rounds):
        list(nlp().pipe(paragraphs))
    spacy_s = (time.perf_counter() - t0) / rounds
    print(f"\npages: {len(docs)}, words: {words}, rounds: {rounds}")
    print(f"kg extract:        {len(docs) / kg_s:8.1f} pages/s {words / kg_s:9.0f} words/s")
    print(f"bare spaCy pipe:   {len(docs) / spacy_s:8.1f} pages/s {words / spacy_s:9.0f} words/s")
    print(f"kg cost / spaCy cost: {kg_s / spacy_s:.2f}x")


if __name__ == "__main__":
    score()
    speed()
