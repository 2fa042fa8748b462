"""The build: read the list and articles, extract, resolve to one graph, report what was rejected."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from kg.errors import InputError
from kg.graph import Graph
from kg.ids import entity_id, statement_id
from kg.ontology import Ontology, load
from kg.resolve import CompanyIndex, name_key
from kg.types import COMPANY, Entity, Rejection, Source, Statement, Triple

SAMPLE_DIR = Path(__file__).resolve().parent / "sample"


@dataclass
class BuildResult:
    graph: Graph
    sources_read: list[str] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def expand(paths: Iterable[str | Path], suffixes: tuple[str, ...] = ()) -> tuple[list[str], list[Rejection]]:
    """A directory means every file in it with one of `suffixes` (all when empty; sorted, hidden files
    skipped); named files are taken whatever their suffix; URLs pass through."""
    from kg.readers.article import is_url
    out, rejected = [], []
    for p in paths:
        if is_url(str(p)):
            out.append(str(p))
            continue
        path = Path(p)
        if path.is_dir():
            out.extend(str(f) for f in sorted(path.rglob("*")) if f.is_file() and not f.name.startswith(".")
                       and (not suffixes or f.suffix.lower() in suffixes))
        elif path.exists():
            out.append(str(path))
        else:
            rejected.append(Rejection(str(path), "no such file or directory"))
    return out, rejected


def sample_inputs() -> tuple[list[str], list[str]]:
    return [str(SAMPLE_DIR / "sample-1260h.csv")], sorted(
        str(p) for p in SAMPLE_DIR.iterdir() if p.name.startswith("article-"))


def load_lists(paths: list[str], ontology: Ontology, result: BuildResult | None = None):
    """Read list files into a graph and a company index (for resolving article mentions)."""
    from kg.extract.list1260h import list_graph
    from kg.readers.list1260h import read_list
    graph, index = Graph(), CompanyIndex()
    for p in paths:
        try:
            lf = read_list(Path(p))
        except InputError as e:
            if result is None:
                raise
            result.rejected.append(Rejection(p, str(e)))
            continue
        g, idx = list_graph(lf, ontology)
        graph.update(g)
        for c in idx.companies.values():
            index.add(c.id, c.name, names=c.names, aliases=c.aliases)
        if result is not None:
            result.sources_read.append(p)
            result.warnings.extend(lf.problems)
    return graph, index


def default_index(ontology: Ontology) -> CompanyIndex:
    """Known company names when no list is given: the bundled sample list."""
    return load_lists(sample_inputs()[0], ontology)[1]


def add_triples(graph: Graph, source: Source, triples: list[Triple], ontology: Ontology) -> None:
    graph.add_source(source)
    concepts = {c.id: c for v in ontology.vocabularies for c in v.concepts}
    for t in triples:
        for key, name, type_ in ((t.subject_key, t.subject, t.subject_type), (t.object_key, t.object, t.object_type)):
            if key in concepts:
                c = concepts[key]
                graph.add_entity(c.entity())
            elif key not in graph.entities:
                graph.add_entity(Entity(id=key or entity_id(COMPANY, name_key(name)), type=type_, name=name,
                                        attributes=(("listed", "false"),)))
        graph.add_statement(Statement(
            id=statement_id(t.subject_key, t.predicate, t.object_key, source.id), subject=t.subject_key,
            predicate=t.predicate, object=t.object_key, source=source.id, evidence=t.evidence, start=t.start,
            end=t.end, extractor=t.extractor, confidence=t.confidence, date=t.date or source.published,
            valid_from=t.valid_from, valid_to=t.valid_to, qualifiers=t.qualifiers))


def build(lists: list[str], articles: list[str], strict: bool = False,
          progress: Callable[[str], None] | None = None) -> BuildResult:
    from kg.extract.article import RuleExtractor
    from kg.readers.article import read_article
    ontology = load()
    result = BuildResult(Graph())
    list_paths, rejected = expand(lists, suffixes=(".csv",))
    article_paths, rejected2 = expand(articles)
    result.rejected.extend(rejected + rejected2)
    if strict and result.rejected:
        return result
    graph, index = load_lists(list_paths, ontology, result)
    if strict and result.rejected:
        return result
    result.graph.update(graph)
    extractor = RuleExtractor(ontology, index if index.companies else default_index(ontology))
    for p in article_paths:
        if progress:
            progress(p)
        try:
            doc = read_article(p)
        except InputError as e:
            result.rejected.append(Rejection(p, str(e).removeprefix(f"{p}: ")))
            if strict:
                break
            continue
        add_triples(result.graph, doc.source, extractor.extract(doc), ontology)
        result.sources_read.append(p)
    return result
