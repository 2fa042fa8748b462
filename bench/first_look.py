"""Record a held-out set's first-look triples for calibration: run once, right after the set is committed and
before any rule is made from it.

Appends to bench/labelled/first-look.jsonl every Sector, Region, Allegation and Sanction triple that the rules
(bundled gazetteer) give for the set's articles, with its prior confidence (calibration factors off, so the
priors are what bench/calibration.py fits) and the commit it ran at. The learned readers are off: what they add
to the rules' first look is what bench/relations.py measures.

    .venv/bin/python bench/first_look.py SET
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FIRST_LOOK = ROOT / "bench" / "labelled" / "first-look.jsonl"
KINDS = ("Sector", "Region", "Allegation", "Sanction")


def main() -> None:
    if len(sys.argv) != 2 or not (ROOT / "bench" / "labelled" / sys.argv[1] / "articles").is_dir():
        sys.exit("usage: bench/first_look.py SET   (a directory under bench/labelled with an articles/ folder)")
    name = sys.argv[1]
    from kg.extract import article
    from kg.ontology import load
    from kg.pipeline import default_index
    from kg.readers.article import read_article
    article.calibration = lambda: {}     # priors, not calibrated confidences
    # the rules' own first look: bench/relations.py measures what the learned readers add to it
    from kg.extract import names, relations
    relations.model = lambda: {}
    names.model = lambda: {}
    commit = subprocess.check_output(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, text=True).strip()
    ontology = load()
    extractor = article.RuleExtractor(ontology, default_index(ontology))
    from kg.errors import InputError

    def triples(path):
        try:
            return extractor.extract(read_article(path))
        except InputError as e:    # what the reader could not read gave no triples on the first look: say so
            print(f"unread: {e}")
            return []

    rows = [{"article": path.stem, "commit": commit, "confidence": t.confidence, "extractor": t.extractor,
             "object": t.object, "object_type": t.object_type, "predicate": t.predicate, "set": name, "subject": t.subject}
            for path in sorted((ROOT / "bench" / "labelled" / name / "articles").iterdir())
            for t in triples(path) if t.object_type in KINDS]
    with FIRST_LOOK.open("a", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, sort_keys=True) + "\n")
    print(f"{len(rows)} first-look triples of {name} appended to {FIRST_LOOK.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
