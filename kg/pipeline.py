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
    reused: int = 0          # articles whose triples came from the extraction cache


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
    concepts = ontology.concepts_by_id
    for t in triples:
        for key, name, type_ in ((t.subject_key, t.subject, t.subject_type), (t.object_key, t.object, t.object_type)):
            if key in concepts:
                if key not in graph.entities:   # a concept never changes: added once, not merged per triple
                    graph.add_entity(concepts[key].entity())
            elif key not in graph.entities:
                graph.add_entity(Entity(id=key or entity_id(COMPANY, name_key(name)), type=type_, name=name,
                                        attributes=(("listed", "false"),)))
        graph.add_statement(Statement(
            id=statement_id(t.subject_key, t.predicate, t.object_key, source.id), subject=t.subject_key,
            predicate=t.predicate, object=t.object_key, source=source.id, evidence=t.evidence, start=t.start,
            end=t.end, extractor=t.extractor, confidence=t.confidence, date=t.date or source.published,
            valid_from=t.valid_from, valid_to=t.valid_to, qualifiers=t.qualifiers))


BATCH = 48           # articles per spaCy pipe (and per task handed to a worker process)
AUTO_PARALLEL = 64   # with workers=0, this many articles to extract make it worth starting workers

_worker_extractor = None    # set in the parent before forking: workers inherit it, model loaded


def _extract_batch(paths: list[str]) -> list[tuple]:
    """Read and extract a batch: (path, Source, triples) or (path, Rejection) per article, in order."""
    from kg.readers.article import read_article
    docs, out = [], []
    for p in paths:
        try:
            docs.append(read_article(p))
            out.append(None)
        except InputError as e:
            out.append((p, Rejection(p, str(e).removeprefix(f"{p}: "))))
    triples = iter(_worker_extractor.extract_many(docs, batch_size=64))
    documents = iter(docs)
    return [o if o is not None else (p, next(documents).source, next(triples)) for p, o in zip(paths, out)]


def extract_articles(paths: list[str], extractor, workers: int = 1, cache=None,
                     progress: Callable[[str], None] | None = None) -> tuple[list[tuple], int]:
    """(path, Source, triples) or (path, Rejection) for every path, in input order, whatever the
    number of workers (results are merged in the order a serial run produces them), and how many
    came from the cache."""
    global _worker_extractor
    results: dict[int, tuple] = {}
    keys: dict[int, str] = {}
    if cache is not None:
        from kg.readers.article import is_url
        for i, p in enumerate(paths):
            if not is_url(p) and Path(p).is_file():
                try:
                    keys[i] = cache.key(p, Path(p).read_bytes())
                except OSError:
                    pass
        hits = cache.get_many(list(keys.values()))
        for i, key in keys.items():
            if key in hits:
                results[i] = (paths[i], *hits[key])
                if progress:
                    progress(paths[i])
    pending = [i for i in range(len(paths)) if i not in results]
    batches = [pending[j:j + BATCH] for j in range(0, len(pending), BATCH)]
    if workers == 0:
        import os
        workers = min(os.cpu_count() or 1, 8) if len(pending) >= AUTO_PARALLEL else 1
    _worker_extractor = extractor
    fresh = []
    if workers > 1 and len(batches) > 1:
        import multiprocessing
        from kg.extract.article import nlp
        nlp()   # load the model once, before forking
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            done = pool.imap(_extract_batch, [[paths[i] for i in b] for b in batches])
            for batch, outcome in zip(batches, done):
                fresh.extend(zip(batch, outcome))
                if progress:
                    for i in batch:
                        progress(paths[i])
    else:
        for batch in batches:
            fresh.extend(zip(batch, _extract_batch([paths[i] for i in batch])))
            if progress:
                for i in batch:
                    progress(paths[i])
    for i, outcome in fresh:
        results[i] = outcome
    if cache is not None:
        cache.put_many([(keys[i], o[1], o[2]) for i, o in fresh if i in keys and not isinstance(o[1], Rejection)])
    return [results[i] for i in range(len(paths))], len(paths) - len(pending)


def build(lists: list[str], articles: list[str], strict: bool = False,
          progress: Callable[[str], None] | None = None, workers: int = 1,
          cache_path: Path | None = None) -> BuildResult:
    """Read the lists and articles into one graph. `workers` > 1 extracts in that many processes
    (0: as many as the machine has cores, when there is enough to do); `cache_path` reuses the
    triples of articles extracted before (same bytes, same code, same lists). The graph is the same
    whatever the workers and the cache."""
    from kg.extract.article import RuleExtractor
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
    index = index if index.companies else default_index(ontology)
    extractor = RuleExtractor(ontology, index)
    cache = None
    if cache_path is not None:
        from kg.cache import ExtractionCache, code_fingerprint, index_fingerprint
        from kg.ontology import ONTOLOGY_DIR
        cache = ExtractionCache(cache_path, code_fingerprint(ONTOLOGY_DIR) + index_fingerprint(index))
    try:
        outcomes, result.reused = extract_articles(article_paths, extractor, workers, cache, progress)
    finally:
        if cache is not None:
            cache.close()
    for outcome in outcomes:
        if isinstance(outcome[1], Rejection):
            result.rejected.append(outcome[1])
            if strict:
                break
            continue
        path, source, triples = outcome
        add_triples(result.graph, source, triples, ontology)
        result.sources_read.append(path)
    return result
