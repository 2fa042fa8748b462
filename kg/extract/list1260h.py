"""The 1260H list stage: rows -> one company per real company, designations, parents, grounds."""
from __future__ import annotations

import re

from kg.extract.notes import note_grounds
from kg.graph import Graph
from kg.ids import entity_id, make_key, statement_id
from kg.ontology import Ontology
from kg.readers.list1260h import ListFile, ListRow, clean_printed_name
from kg.resolve import CompanyIndex, fold, name_key
from kg.types import (COMPANY, LEGAL_GROUND, LISTED, LISTED_ON, REMOVED, SUBSIDIARY_OF, Entity, Source,
                      Statement)

PROGRAMME = "us-dod-1260h"
EXTRACTOR = "list-1260h"
NOTE_EXTRACTOR = "list-1260h-notes"


class _Clusters:
    """Union-find over row indices."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def cluster_rows(rows: tuple[ListRow, ...]) -> list[list[ListRow]]:
    """Rows of one company across editions: same name after folding, a previous name that is
    another row's name, or the same printed short name with near-identical full names
    ("Shenzhen DJI Innovation Technology" / "Shenzhen DJI Technology")."""
    from rapidfuzz import fuzz

    uf = _Clusters(len(rows))
    by_key: dict[str, int] = {}
    by_alias: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        for n in (r.clean_name, *r.previous_names):
            k = name_key(n)
            if k in by_key:
                uf.union(i, by_key[k])
            else:
                by_key[k] = i
        for a in r.aliases:
            by_alias.setdefault(fold(a), []).append(i)
    # "Hesai Group (also known as Hesai Technology Co., Ltd.)": an alias that is a full legal name
    for i, r in enumerate(rows):
        for a in r.aliases:
            if re.search(r"\b(Co\.?|Ltd\.?|Limited|Inc\.?|Corporation|Corp\.?)\s*$", a) and name_key(a) in by_key:
                uf.union(i, by_key[name_key(a)])
    for idx in by_alias.values():
        for j in idx[1:]:
            a, b = name_key(rows[idx[0]].clean_name), name_key(rows[j].clean_name)
            if fuzz.token_set_ratio(a, b) >= 90:
                uf.union(idx[0], j)
    groups: dict[int, list[ListRow]] = {}
    for i, r in enumerate(rows):
        groups.setdefault(uf.find(i), []).append(r)
    return list(groups.values())


def edition_source(listfile: ListFile, date: str, url: str) -> Source:
    return Source(id=f"list/{PROGRAMME}/{date}", kind="list", title=f"DoD Section 1260H list, edition of {date}",
                  url=url, path=listfile.path, published=date, content_hash=listfile.content_hash)


def company_entity(rows: list[ListRow]) -> Entity:
    rows = sorted(rows, key=lambda r: (r.start_date, r.line))
    # The id comes from the first name the company was listed under, so later renames keep it.
    ident = name_key(rows[0].clean_name)
    latest = rows[-1]
    names = {r.clean_name for r in rows}
    previous = {p for r in rows for p in r.previous_names} | (names - {latest.clean_name})
    aliases = {a for r in rows for a in r.aliases} | {clean_printed_name(r.name) for r in rows}
    aliases -= {latest.clean_name} | previous
    return Entity(id=entity_id(COMPANY, ident), type=COMPANY, name=latest.clean_name,
                  aliases=tuple(sorted(aliases)), previous_names=tuple(sorted(previous)),
                  attributes=(("listed", "true"),))


def list_graph(listfile: ListFile, ontology: Ontology) -> tuple[Graph, CompanyIndex]:
    g = Graph()
    programme = ontology.programmes.by_key[PROGRAMME]
    index = CompanyIndex()
    row_company: dict[int, str] = {}
    for cluster in cluster_rows(listfile.rows):
        ent = g.add_entity(company_entity(cluster))
        index.add(ent.id, ent.name, names=(*ent.previous_names, *[r.clean_name for r in cluster]),
                  aliases=ent.aliases)
        for r in cluster:
            row_company[r.line] = ent.id
    sources: dict[str, Source] = {}
    for r in listfile.rows:
        src = sources.get(r.start_date)
        if src is None or (r.source_url and not src.url):
            src = sources[r.start_date] = edition_source(listfile, r.start_date, r.source_url)
    for s in sources.values():
        g.add_source(s)

    for r in listfile.rows:
        cid, src = row_company[r.line], sources[r.start_date].id
        quals = [("action", REMOVED if r.end_date else LISTED), ("printed_name", r.name)]
        if r.end_date and r.note and len(r.note) < 80:
            quals.append(("removal_reason", r.note))
        g.add_statement(Statement(
            id=statement_id(cid, LISTED_ON, programme.id, src, r.start_date), subject=cid, predicate=LISTED_ON,
            object=programme.id, source=src, evidence=r.raw, start=r.start, end=r.end, extractor=EXTRACTOR,
            confidence=1.0, date=r.start_date, valid_from=r.start_date, valid_to=r.end_date,
            qualifiers=tuple(sorted(quals))))
        if r.parent:
            parent_name = clean_printed_name(r.parent)
            pid = index.resolve(r.parent, fuzzy=False) or index.resolve(parent_name)
            if pid is None:   # a parent that is not itself listed still gets a node
                pid = entity_id(COMPANY, name_key(parent_name))
                short = [r.parent[r.parent.rfind("(") + 1:-1]] if r.parent.endswith(")") else []
                g.add_entity(Entity(id=pid, type=COMPANY, name=parent_name, aliases=tuple(short),
                                    attributes=(("listed", "false"),)))
                index.add(pid, parent_name, aliases=short)
            if pid != cid:
                g.add_statement(Statement(
                    id=statement_id(cid, SUBSIDIARY_OF, pid, src), subject=cid, predicate=SUBSIDIARY_OF, object=pid,
                    source=src, evidence=r.raw, start=r.start, end=r.end, extractor=EXTRACTOR, confidence=1.0,
                    date=r.start_date, valid_from=r.start_date, valid_to=r.end_date))
        if r.note and not (r.end_date and len(r.note) < 80):
            note_at = r.raw.find(r.note)
            base = r.start + (note_at if note_at >= 0 else 0)
            for gr in note_grounds(r.note, ontology):
                if gr.concept is not None:
                    obj = gr.concept.id
                    g.add_entity(gr.concept.entity())
                else:
                    obj = entity_id(LEGAL_GROUND, "provision-" + gr.provision)
                    g.add_entity(Entity(id=obj, type=LEGAL_GROUND, name="Section " + gr.provision,
                                        attributes=(("kind", "provision"),)))
                quals = (("degree", gr.degree),) if gr.degree else ()
                g.add_statement(Statement(
                    id=statement_id(cid, gr.predicate, obj, src, make_key(gr.degree)), subject=cid,
                    predicate=gr.predicate, object=obj, source=src, evidence=r.note,
                    start=base + (gr.start if note_at >= 0 else 0),
                    end=base + (gr.end if note_at >= 0 else len(r.raw)), extractor=NOTE_EXTRACTOR,
                    confidence=0.95, date=r.start_date, valid_from=r.start_date, valid_to=r.end_date,
                    qualifiers=quals))
    g.add_entity(programme.entity())
    return g, index
