"""kg command line. Heavy libraries are imported inside commands so that `kg --help` is instant."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional, Tuple

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Build a knowledge graph of Chinese military-linked companies from the DoD 1260H "
                       "list and news articles.")


class Fmt(str, Enum):
    jsonl = "jsonl"
    table = "table"


class Kind(str, Enum):
    list = "list"
    article = "article"


load_app = typer.Typer(no_args_is_help=True, help="Load a built graph into a store.")
app.add_typer(load_app, name="load")


class QueryFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class Backend(str, Enum):
    rdf = "rdf"
    neo4j = "neo4j"
    rdflib = "rdflib"


class ExportFormat(str, Enum):
    graphml = "graphml"
    gexf = "gexf"


def fail(message: str, code: int = 2) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _rows_progress():
    """A progress bar that shows rows written and rows/s."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeElapsedColumn
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task):
            return Text(f"{task.speed:,.0f} rows/s" if task.speed else "")
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), Rate(), TimeElapsedColumn(),
                    transient=True, disable=not sys.stderr.isatty(), console=None)


def _load_neo4j(directory: Path, uri, username, password, database, batch_size: int, replace: bool):
    import time

    from kg.errors import InputError
    from kg.ontology import load as load_ontology
    from kg.stores.neo4j import Neo4jConfig, load, row_count
    from kg.graph import read_build
    try:
        graph = read_build(directory)
        config = Neo4jConfig.from_env(uri, username, password, database)
        ontology = load_ontology()
        started = time.perf_counter()
        with _rows_progress() as progress:
            task = progress.add_task("loading", total=row_count(graph, ontology))
            written = load(graph, config, ontology, batch_size=batch_size, replace=replace,
                           progress=lambda n: progress.update(task, advance=n))
        seconds = time.perf_counter() - started
    except InputError as e:
        fail(str(e), 1)
    rows = written["nodes"] + written["relationships"]
    cleared = f", cleared {written['cleared']} kg nodes first" if replace else ""
    typer.echo(f"loaded {written['nodes']} nodes and {written['relationships']} relationships into "
               f"{config.uri} (database {config.database}) in {seconds:.1f} s, {rows / max(seconds, 1e-9):,.0f} rows/s{cleared}")


@app.callback()
def _options(debug: bool = typer.Option(False, "--debug", help="Show the traceback of an unexpected error "
                                                               "(anywhere on the command line)")) -> None:
    """Build a knowledge graph of Chinese military-linked companies from the DoD 1260H list and news articles."""


@app.command()
def build(list_: Optional[List[str]] = typer.Option(None, "--list", help="1260H list CSV file or directory (repeatable)"),
          articles: Optional[List[str]] = typer.Option(None, "--articles", help="Article file, directory or URL (repeatable)"),
          out: Path = typer.Option(Path("build"), "--out", help="Output directory"),
          strict: bool = typer.Option(False, "--strict", help="Stop at the first rejected source"),
          min_confidence: float = typer.Option(0.0, "--min-confidence", min=0.0, max=1.0),
          neo4j: bool = typer.Option(False, "--neo4j", help="Also load the built graph into Neo4j (NEO4J_* settings)"),
          workers: int = typer.Option(0, "--workers", min=0, help="Extraction processes (0: one per core when "
                                                                   "there are many articles)"),
          cache: Optional[Path] = typer.Option(None, "--cache", help="Extraction cache [.kg-cache/ beside OUT]"),
          no_cache: bool = typer.Option(False, "--no-cache", help="Extract every article again")):
    """Build the graph (the bundled sample when no inputs are given) and write it to OUT."""
    from kg.pipeline import sample_inputs
    lists, arts = list(list_ or []), list(articles or [])
    if not lists and not arts:
        lists, arts = sample_inputs()
    cache_path = None if no_cache else (cache or out.resolve().parent / ".kg-cache") / "extract.sqlite"
    try:
        _build(lists, arts, out, strict, min_confidence, neo4j, workers, cache_path)
    except KeyboardInterrupt:
        typer.echo(f"interrupted: {out} holds the last complete build, untouched by this one", err=True)
        raise typer.Exit(130)


def _build(lists: list[str], arts: list[str], out: Path, strict: bool, min_confidence: float, neo4j: bool,
           workers: int, cache_path: Path | None) -> None:
    from rich.progress import Progress

    from kg.pipeline import build as run_build
    from kg.writer import write_build
    with Progress(transient=True, disable=not sys.stderr.isatty()) as progress:
        task = progress.add_task("extracting", total=None)
        result = run_build(lists, arts, strict=strict, workers=workers, cache_path=cache_path,
                           progress=lambda p: progress.update(task, advance=1, description=Path(p).name))
    for r in result.rejected:
        typer.echo(f"rejected: {r.path}: {r.reason}", err=True)
    for w in result.warnings:
        typer.echo(f"warning: {w}", err=True)
    if strict and result.rejected:
        fail("build stopped (--strict); nothing written", 1)
    if not result.graph.statements:
        fail("no statements were built from the inputs; nothing written", 1)
    report = write_build(result, out, min_confidence=min_confidence)
    c = report["counts"]
    typer.echo(f"built {out}: {sum(c['entities'].values())} entities, {sum(c['statements'].values())} statements "
               f"from {len(result.sources_read)} sources ({len(result.rejected)} rejected"
               + (f", {result.reused} articles reused from the cache)" if result.reused else ")"))
    if neo4j:
        _load_neo4j(out, None, None, None, None, 1000, False)
    if result.rejected:
        raise typer.Exit(1)


@load_app.command("neo4j")
def load_neo4j(directory: Path = typer.Argument(..., help="A built graph directory"),
               uri: Optional[str] = typer.Option(None, "--uri", help="Bolt URI [env NEO4J_URI; bolt://localhost:7687]"),
               username: Optional[str] = typer.Option(None, "--username", help="[env NEO4J_USERNAME; neo4j]"),
               password: Optional[str] = typer.Option(None, "--password", help="[env NEO4J_PASSWORD]"),
               database: Optional[str] = typer.Option(None, "--database", help="[env NEO4J_DATABASE; neo4j]"),
               batch_size: int = typer.Option(1000, "--batch-size", min=1, help="Rows per transaction"),
               replace: bool = typer.Option(False, "--replace", help="First delete what kg wrote before (its own "
                                                                      "labels only; other data is left alone)")):
    """Load a built graph into Neo4j (idempotent: loading again changes nothing)."""
    try:
        _load_neo4j(directory, uri, username, password, database, batch_size, replace)
    except KeyboardInterrupt:
        typer.echo("interrupted: the batches written so far are committed, none half-written; "
                   "run the load again to complete it", err=True)
        raise typer.Exit(130)


@app.command()
def export(directory: Path = typer.Argument(..., help="A built graph directory"),
           format: ExportFormat = typer.Option(ExportFormat.graphml, "--format"),
           output: Optional[Path] = typer.Option(None, "--output", help="File to write [DIRECTORY/graph.FORMAT]")):
    """Export a built graph for networkx, Gephi or yEd (GraphML or GEXF)."""
    from kg.errors import InputError
    from kg.export.networkx import write
    from kg.graph import read_build
    try:
        graph = read_build(directory)
    except InputError as e:
        fail(str(e), 1)
    path = output or directory / f"graph.{format.value}"
    write(graph, path, format.value)
    typer.echo(str(path))


@app.command()
def query(name: Optional[str] = typer.Argument(None, help="A named query (see --list)"),
          graph: Optional[Path] = typer.Option(None, "--graph", help="Built graph directory (rdf backends)"),
          param: Optional[List[str]] = typer.Option(None, "--param", "-p", help="key=value (repeatable)"),
          backend: Backend = typer.Option(Backend.rdf, "--backend", help="rdf (pyoxigraph), neo4j (NEO4J_* "
                                                                         "settings), or rdflib"),
          format: QueryFormat = typer.Option(QueryFormat.table, "--format"),
          list_: bool = typer.Option(False, "--list", help="Show the catalogue")):
    """Run one of the shipped, parameterised queries (the same answers in Cypher and SPARQL)."""
    from kg.errors import InputError
    from kg.querying import catalogue, get, open_engine
    if list_ or name is None:
        return _print_catalogue(catalogue())
    params = dict(_parse_params(param))
    try:
        named = get(name)
        with open_engine(backend.value, graph) as engine:
            rows = engine.run(name, **params)
    except InputError as e:
        fail(str(e))
    _print_rows(rows, [c.name for c in named.columns], format)


def _cell(value) -> str:
    if isinstance(value, list):
        return "; ".join(map(str, value))
    return "" if value is None else str(value)


def _print_rows(rows: list[dict], columns: list[str], format: "QueryFormat") -> None:
    if format == QueryFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    elif format == QueryFormat.csv:
        import csv
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        for r in rows:
            writer.writerow([_cell(r[c]) for c in columns])
    else:
        from rich.console import Console
        from rich.table import Table
        table = Table(*columns, caption=f"{len(rows)} rows")
        for r in rows:
            table.add_row(*[_cell(r[c]) for c in columns])
        Console().print(table)


def _print_catalogue(queries) -> None:
    from rich.console import Console
    from rich.table import Table
    table = Table("query", "parameters", "description")
    for q in queries.values():
        params = ", ".join(p.name + ("" if p.default is None else f"={p.default}") for p in q.params)
        table.add_row(q.name, params, q.description)
    Console().print(table)


@app.command()
def viz(directory: Path = typer.Argument(..., help="A built graph directory"),
        company: Optional[str] = typer.Option(None, "--company", help="A company, by any of its names"),
        hops: int = typer.Option(1, "--hops", min=1, max=4, help="Steps around the company"),
        query_name: Optional[str] = typer.Option(None, "--query", help="A named query whose answer to draw"),
        param: Optional[List[str]] = typer.Option(None, "--param", "-p", help="key=value for --query (repeatable)"),
        path_: Optional[Tuple[str, str]] = typer.Option(None, "--path", help="Two companies: --path A B"),
        max_hops: int = typer.Option(4, "--max-hops", min=1, max=6),
        output: Optional[Path] = typer.Option(None, "--output", "-o", help="HTML file [./VIEW-NAME.html]")):
    """Draw a subgraph as one self-contained, offline HTML page and print its path."""
    from kg import viz as views
    from kg.errors import InputError
    from kg.ids import slug
    chosen = sum(x is not None for x in (company, query_name, path_))
    if chosen != 1:
        fail("choose one view: --company NAME, --query NAME or --path A B")
    try:
        if company:
            page, stem = views.company(directory, company, hops=hops), f"company-{slug(company)}"
        elif query_name:
            params = dict(_parse_params(param))
            page, stem = views.query(directory, query_name, **params), "query-" + slug(
                "-".join([query_name, *map(str, params.values())]))
        else:
            page, stem = views.path(directory, path_[0], path_[1], max_hops=max_hops), \
                f"path-{slug(path_[0])}-{slug(path_[1])}"
        written = page.save(output or Path(stem[:120] + ".html"))
    except InputError as e:
        fail(str(e))
    typer.echo(str(written))


def _parse_params(items) -> list[tuple[str, str]]:
    out = []
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key:
            fail(f"--param {item!r}: expected key=value")
        out.append((key.strip(), value))
    return out


@app.command()
def serve(directory: Path = typer.Argument(..., help="A built graph directory"),
          host: str = typer.Option("127.0.0.1", "--host", help="Interface to bind (loopback unless told otherwise)"),
          port: int = typer.Option(8000, "--port", min=0, max=65535)):
    """Serve the graph as a read-only SPARQL 1.1 endpoint (/sparql) and the named queries (/queries)."""
    from kg.errors import InputError
    from kg.serve import make_server
    try:
        server = make_server(directory, host, port)
    except InputError as e:
        fail(str(e), 1)
    except OSError as e:
        fail(f"cannot listen on {host}:{port}: {e.strerror or e}", 1)
    h, p = server.server_address[:2]
    typer.echo(f"serving {directory} on http://{h}:{p}/sparql (read-only) and http://{h}:{p}/queries", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@app.command()
def extract(paths: List[str] = typer.Argument(..., help="List or article files (or URLs)"),
            format: Fmt = typer.Option(Fmt.jsonl, "--format"),
            list_: Optional[List[str]] = typer.Option(None, "--list", help="List CSV whose names resolve mentions"),
            kind: Optional[Kind] = typer.Option(None, "--kind", help="Override the kind told by extension and content"),
            min_confidence: float = typer.Option(0.0, "--min-confidence", min=0.0, max=1.0)):
    """Print the triples of list or article files, with their evidence."""
    from kg.errors import InputError
    from kg.extract.article import RuleExtractor
    from kg.ontology import load
    from kg.pipeline import add_triples, default_index, expand, load_lists
    from kg.graph import Graph
    from kg.readers.article import read_article
    from kg.readers.base import read_text
    from kg.readers.list1260h import looks_like_list

    ontology = load()
    files, missing = expand(paths)
    errors = [f"{r.path}: {r.reason}" for r in missing]
    index = None
    if list_:
        # a directory means the list files in it, as `kg build --list` takes them
        list_files, missing_lists = expand(list(list_), suffixes=(".csv",))
        if missing_lists or not list_files:
            fail(f"{missing_lists[0].path}: {missing_lists[0].reason}" if missing_lists
                 else f"{list_[0]}: no list file (.csv) in it")
        try:
            index = load_lists(list_files, ontology)[1]
        except InputError as e:
            fail(str(e))
    graph = Graph()
    for p in files:
        try:
            is_list = kind == Kind.list if kind else (p.lower().endswith(".csv") or (
                not p.startswith(("http://", "https://")) and looks_like_list(read_text(Path(p))[0][:2000])))
            if is_list:
                graph.update(load_lists([p], ontology)[0])
            else:
                if index is None:
                    index = default_index(ontology)
                doc = read_article(p)
                add_triples(graph, doc.source, RuleExtractor(ontology, index).extract(doc), ontology)
        except InputError as e:
            errors.append(str(e))
    records = [graph.statement_record(s) for s in sorted(graph.statements.values(), key=lambda s: (s.source, s.start, s.id))
               if s.confidence >= min_confidence]
    if format == Fmt.jsonl:
        for r in records:
            typer.echo(json.dumps(r, ensure_ascii=False, sort_keys=True))
    else:
        from rich.console import Console
        from rich.table import Table
        table = Table("subject", "predicate", "object", "type", "conf", "evidence")
        for r in records:
            table.add_row(r["subject"], r["predicate"], r["object"], r["object_type"], f"{r['confidence']:.2f}",
                          r["evidence"][:90])
        Console().print(table)
    for e in errors:
        typer.echo(f"error: {e}", err=True)
    if errors:
        raise typer.Exit(1)


@app.command()
def validate(directory: Path = typer.Argument(..., help="A built graph directory")):
    """Validate a built graph against the SHACL shapes in ontology/."""
    from kg.validate import validate_dir
    if not (directory / "graph.ttl").is_file():
        fail(f"{directory}: not a built graph (no graph.ttl)")
    ok, lines = validate_dir(directory)
    for line in lines:
        typer.echo(line)
    if not ok:
        raise typer.Exit(1)
    typer.echo(f"{directory}: conforms to the SHACL shapes")


def main() -> None:
    argv = sys.argv[1:]
    debug = "--debug" in argv
    try:
        app(args=[a for a in argv if a != "--debug"], prog_name="kg")
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as e:   # a bug, or a failure no check foresaw: one line unless --debug
        if debug:
            raise
        detail = (str(e).strip().splitlines() or [""])[0][:300]
        typer.echo(f"error: unexpected {type(e).__name__}: {detail} (run again with --debug for the traceback)",
                   err=True)
        sys.exit(3)


if __name__ == "__main__":
    main()
