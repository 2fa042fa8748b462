"""Regenerate queries/README.md: the catalogue with one example output per query (the parameters in
each query's `example:` header line), run on a built
graph (the full shared list and articles, by default) with the RDF backend.

    .venv/bin/python scripts/catalogue_doc.py [BUILD_DIR]
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHOWN = 4


def cell(value, width: int = 60) -> str:
    text = "; ".join(map(str, value)) if isinstance(value, list) else "" if value is None else str(value)
    text = text.replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= width else text[:width - 1] + "…"


def main() -> None:
    from kg.querying import catalogue, open_engine
    build = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    if build is None:
        from kg.pipeline import build as run_build
        from kg.writer import write_build
        shared = ROOT.parent / "shared" / "data"
        build = Path("/tmp/kg-catalogue-build")
        write_build(run_build([str(shared / "lists")], [str(shared / "articles")]), build)
    head = (ROOT / "queries" / "README.md").read_text(encoding="utf-8").split("<!-- catalogue -->")[0]
    out = [head.rstrip() + "\n\n<!-- catalogue -->\n"]
    with open_engine("rdf", build) as engine:
        for q in catalogue().values():
            params = q.example
            rows = engine.run(q.name, **params)
            flags = " ".join(f"-p {k}={v!r}" if " " in str(v) else f"-p {k}={v}" for k, v in params.items())
            out.append(f"### `{q.name}`\n\n{q.description}\n\nParameters: " + "; ".join(
                f"`{p.name}` ({p.type}{'' if p.default is None else ', default ' + (p.default or 'unset')}) {p.doc}"
                for p in q.params) + "\n")
            out.append(f"```\nkg query {q.name} --graph build {flags}\n```\n")
            cols = [c.name for c in q.columns]
            out.append("| " + " | ".join(cols) + " |\n|" + "---|" * len(cols) + "\n")
            for r in rows[:SHOWN]:
                out.append("| " + " | ".join(cell(r[c]) for c in cols) + " |\n")
            more = len(rows) - SHOWN
            out.append(f"\n{len(rows)} rows" + (f" ({more} more not shown)" if more > 0 else "") + ".\n\n")
    (ROOT / "queries" / "README.md").write_text("".join(out).rstrip() + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
