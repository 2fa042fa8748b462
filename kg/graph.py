"""The one neutral in-memory graph. RDF, Neo4j, networkx and HTML are exporters of it."""
from __future__ import annotations

import json
from dataclasses import asdict, replace
from typing import Iterable, Iterator

from kg.types import Entity, Source, Statement


def _merge(a: Entity, b: Entity) -> Entity:
    """Upsert: the same id seen again adds names; the first name stays canonical."""
    names = set(a.aliases) | set(b.aliases) | ({b.name} - {a.name})
    prev = set(a.previous_names) | set(b.previous_names)
    attrs = dict(a.attributes)
    attrs.update({k: v for k, v in b.attributes if k not in attrs})
    return replace(a, aliases=tuple(sorted(names - {a.name})), previous_names=tuple(sorted(prev - {a.name})),
                   attributes=tuple(sorted(attrs.items())))


STATEMENT_FIELDS = tuple(Statement.__dataclass_fields__)


class Graph:
    def __init__(self):
        self.entities: dict[str, Entity] = {}
        self.statements: dict[str, Statement] = {}
        self.sources: dict[str, Source] = {}

    def add_entity(self, entity: Entity) -> Entity:
        old = self.entities.get(entity.id)
        self.entities[entity.id] = entity if old is None else _merge(old, entity)
        return self.entities[entity.id]

    def add_source(self, source: Source) -> None:
        self.sources[source.id] = source

    def add_statement(self, st: Statement) -> None:
        old = self.statements.get(st.id)
        if old is None or st.confidence > old.confidence:
            self.statements[st.id] = st

    def update(self, other: "Graph") -> None:
        for s in other.sources.values():
            self.add_source(s)
        for e in other.entities.values():
            self.add_entity(e)
        for st in other.statements.values():
            self.add_statement(st)

    def of_type(self, type_: str) -> Iterator[Entity]:
        return (e for e in self.entities.values() if e.type == type_)

    def about(self, entity_id: str, predicate: str | None = None) -> list[Statement]:
        return [s for s in self.statements.values()
                if s.subject == entity_id and (predicate is None or s.predicate == predicate)]

    def find_company(self, name: str) -> Entity | None:
        """The company known by `name`: any of its names, short names or their variants."""
        from kg.resolve import CompanyIndex
        index = CompanyIndex()
        for e in self.of_type("Company"):
            index.add(e.id, e.name, names=e.previous_names, aliases=e.aliases)
        cid = index.resolve(name)
        return self.entities[cid] if cid else None

    # Serialisation: sorted, so that two builds of the same inputs are byte-identical.
    def to_jsonl(self) -> Iterable[str]:
        for st in sorted(self.statements.values(), key=lambda s: s.id):
            yield json.dumps(self.statement_record(st), ensure_ascii=False, sort_keys=True)

    def statement_record(self, st: Statement) -> dict:
        subj, obj, src = self.entities[st.subject], self.entities[st.object], self.sources.get(st.source)
        rec = {f: getattr(st, f) for f in STATEMENT_FIELDS}     # asdict() deep-copies: slow on big graphs
        rec["qualifiers"] = dict(st.qualifiers)
        rec.update(subject_id=st.subject, subject=subj.name, subject_type=subj.type,
                   object_id=st.object, object=obj.name, object_type=obj.type,
                   source_id=st.source, source=(src.url or src.path or src.id) if src else st.source)
        return rec

    def entity_lines(self) -> Iterable[str]:
        for e in sorted(self.entities.values(), key=lambda e: e.id):
            rec = asdict(e)
            rec["attributes"] = dict(e.attributes)
            yield json.dumps(rec, ensure_ascii=False, sort_keys=True)

    def source_lines(self) -> Iterable[str]:
        for s in sorted(self.sources.values(), key=lambda s: s.id):
            yield json.dumps(asdict(s), ensure_ascii=False, sort_keys=True)

    def counts(self) -> dict:
        by_type, by_pred = {}, {}
        for e in self.entities.values():
            by_type[e.type] = by_type.get(e.type, 0) + 1
        for s in self.statements.values():
            by_pred[s.predicate] = by_pred.get(s.predicate, 0) + 1
        return {"entities": dict(sorted(by_type.items())), "statements": dict(sorted(by_pred.items())),
                "sources": len(self.sources)}


def read_build(directory) -> Graph:
    """The neutral graph of a built graph directory (entities.jsonl, sources.jsonl, statements.jsonl)."""
    from pathlib import Path

    from kg.errors import InputError
    directory = Path(directory)
    files = [directory / n for n in ("entities.jsonl", "sources.jsonl", "statements.jsonl")]
    missing = [f.name for f in files if not f.is_file()]
    if missing:
        raise InputError(f"{directory}: not a built graph (no {', '.join(missing)})")
    g = Graph()
    fields = {f for f in Statement.__dataclass_fields__}
    try:
        with open(files[0], encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                g.entities[r["id"]] = Entity(id=r["id"], type=r["type"], name=r["name"], aliases=tuple(r["aliases"]),
                                             previous_names=tuple(r["previous_names"]),
                                             attributes=tuple(sorted(r["attributes"].items())))
        with open(files[1], encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                g.sources[r["id"]] = Source(**r)
        with open(files[2], encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                r.update(subject=r["subject_id"], object=r["object_id"], source=r["source_id"],
                         qualifiers=tuple(sorted(r["qualifiers"].items())))
                g.statements[r["id"]] = Statement(**{k: v for k, v in r.items() if k in fields})
    except (ValueError, KeyError, TypeError) as e:
        raise InputError(f"{directory}: damaged build file ({type(e).__name__}: {str(e)[:200]})") from None
    return g
