"""Adversarial input: extraction time must grow linearly with size, never hang.

Four kinds of page, each at 1x, 2x, 4x and 8x a base size, read and extracted in this process
(spaCy loaded once, before timing): ordinary prose (the shared articles, repeated), one very long
line with no sentence end, thousands of repeated company names, and deeply nested HTML. Prints the
seconds and the cost per 1,000 characters relative to the 1x size: a ratio near 1.0 is linear,
near 2, 4, 8 would be quadratic. Vocabulary matches are not cached here, so repeating text saves nothing.

    .venv/bin/python bench/adversarial.py
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "data" / "articles"


def prose(k: int) -> tuple[str, str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SHARED.glob("*.txt"))]
    body = "\n\n".join(t.split("\n---\n", 1)[-1] for t in texts)
    # numbered copies: the reader drops repeated paragraphs as boilerplate, so each copy must differ
    return "prose.txt", "\n\n".join(f"Copy {i}. " + body.replace("\n\n", f"\n\nCopy {i}. ") for i in range(k))


KINDS = {
    "prose (shared articles)": prose,
    "one long line, no full stop": lambda k: ("line.txt", "Hikvision is a video surveillance company based in "
                                              "Hangzhou and " * (2500 * k)),
    "repeated company names": lambda k: ("names.txt", "Hikvision, Dahua, SenseTime and Megvii were named. " * (300 * k)),
    # up to 1,920 levels; past 2,048 libxml2 drops the content and the page is rejected as having no text
    "nested HTML": lambda k: ("nested.html", "<html><body>" + "<div><span>" * (120 * k) +
                              "".join(f"<p>Company number {i} is a video surveillance company based in Hangzhou.</p>"
                                      for i in range(40 * k)) + "</span></div>" * (120 * k) + "</body></html>"),
}


def main() -> None:
    from kg.extract.article import RuleExtractor, nlp
    from kg.ontology import load
    from kg.pipeline import default_index
    from kg.readers.article import read_article
    nlp()
    extractor = RuleExtractor(load(), default_index(load()))
    load().clear_caches(keep=False)   # repeated sentences cost what new ones would: no match is remembered
    work = Path(tempfile.mkdtemp())
    print(f"{'input':30} {'size':>5} {'chars':>10} {'seconds':>8} {'ms/1k chars':>11} {'vs 1x':>6} {'triples':>7}")
    for kind, make in KINDS.items():
        base = None
        for k in (1, 2, 4, 8):
            name, content = make(k)
            path = work / name
            path.write_text(content, encoding="utf-8")
            started = time.perf_counter()
            doc = read_article(path)
            triples = extractor.extract(doc)
            seconds = time.perf_counter() - started
            per_k = seconds / len(content) * 1e6
            base = base or per_k
            print(f"{kind:30} {k:>4}x {len(content):>10,} {seconds:8.2f} {per_k:11.3f} {per_k / base:6.2f} {len(triples):>7}")


if __name__ == "__main__":
    main()
