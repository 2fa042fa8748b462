"""Extraction results of unchanged inputs, reused across builds (SQLite, one row per article).

A row is keyed by the article's path and bytes and by a fingerprint of everything else its triples
depend on: the extractor's and readers' code, the ontology's vocabularies, and the names of the
known companies (the lists read). Change any of them and the article is extracted again.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import asdict
from pathlib import Path

from kg.types import Source, Triple

PACKAGE = Path(__file__).resolve().parent
CODE = ("extract", "readers", "resolve.py", "types.py", "ids.py", "ontology.py")


def code_fingerprint(ontology_dir: Path) -> str:
    h = hashlib.sha256()
    files = sorted(p for name in CODE for p in ((PACKAGE / name).rglob("*.py") if (PACKAGE / name).is_dir()
                                                else [PACKAGE / name]))
    files += sorted((ontology_dir / "vocab").glob("*.yaml"))
    for p in files:
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def index_fingerprint(index) -> str:
    h = hashlib.sha256()
    for cid, c in sorted(index.companies.items()):
        h.update(json.dumps([cid, c.name, sorted(c.names), sorted(c.aliases)], ensure_ascii=False).encode())
    return h.hexdigest()


class ExtractionCache:
    def __init__(self, path: Path, fingerprint: str):
        self.path, self.fingerprint = Path(path), fingerprint
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = self._open()
        except sqlite3.DatabaseError:    # not a cache kg wrote, or damaged: it only costs re-extraction
            self.path.unlink()
            self.db = self._open()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        return db

    def key(self, path: str, data: bytes) -> str:
        return hashlib.sha256(self.fingerprint.encode() + b"\0" + path.encode() + b"\0" + data).hexdigest()

    def get_many(self, keys: list[str]) -> dict[str, tuple[Source, list[Triple]]]:
        out = {}
        for i in range(0, len(keys), 500):
            part = keys[i:i + 500]
            rows = self.db.execute(f"SELECT key, value FROM results WHERE key IN ({','.join('?' * len(part))})", part)
            for key, value in rows:
                out[key] = _decode(value)
        return out

    def put_many(self, items: list[tuple[str, Source, list[Triple]]]) -> None:
        with self.db:    # one transaction
            self.db.executemany("INSERT OR REPLACE INTO results (key, value) VALUES (?, ?)",
                                [(k, _encode(s, t)) for k, s, t in items])

    def close(self) -> None:
        self.db.close()


def _encode(source: Source, triples: list[Triple]) -> str:
    return json.dumps({"source": asdict(source), "triples": [asdict(t) for t in triples]}, ensure_ascii=False)


def _decode(value: str) -> tuple[Source, list[Triple]]:
    d = json.loads(value)
    triples = [Triple(**{**t, "qualifiers": tuple(tuple(q) for q in t["qualifiers"])}) for t in d["triples"]]
    return Source(**d["source"]), triples
