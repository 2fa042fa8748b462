"""A read-only SPARQL 1.1 Protocol endpoint over a built graph (pyoxigraph), plus the named queries
as JSON. Standard library HTTP server: this is for an analyst's machine or a trusted network, bound
to 127.0.0.1 unless told otherwise.

    GET  /sparql?query=...                      POST /sparql (form `query=` or application/sparql-query)
    GET  /queries                               the catalogue
    GET  /queries/NAME?param=value              a named query's rows as a JSON array
Updates (`update=`, application/sparql-update) are refused with 403.
"""
from __future__ import annotations

import json
import re
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from kg.querying.base import QueryError, catalogue
from kg.querying.rdf import OxigraphEngine

MAX_BODY = 1 << 20
RESULT_TYPES = {   # media type -> pyoxigraph QueryResultsFormat name
    "application/sparql-results+json": "JSON", "application/json": "JSON",
    "application/sparql-results+xml": "XML", "text/csv": "CSV", "text/tab-separated-values": "TSV",
}
GRAPH_TYPES = {"text/turtle": "TURTLE", "application/n-triples": "N_TRIPLES", "application/rdf+xml": "RDF_XML"}


# Strings, IRIs and comments, skipped when looking for the SERVICE keyword.
_SKIP = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:])", re.IGNORECASE)


def calls_service(query: str) -> bool:
    """Whether a query has a SERVICE clause. pyoxigraph would fetch the remote endpoint, and this
    endpoint must never make requests on a client's behalf, so such queries are refused."""
    # SPARQL processes \\u and \\U escapes before parsing, so a keyword can be spelt with them
    query = re.sub(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})", lambda m: chr(int(m.group(1) or m.group(2), 16)), query)
    return bool(_SERVICE.search(_SKIP.sub(" ", query)))


def _pick(accept: str, offered: dict, default: str) -> str:
    for part in accept.split(","):
        media = part.split(";")[0].strip().lower()
        if media in offered:
            return media
    return default


class Handler(BaseHTTPRequestHandler):
    engine: OxigraphEngine
    server_version = "kg-sparql/1"

    def log_message(self, fmt, *args):   # quiet by default; errors still reach the client
        pass

    def _send(self, status: int, body: bytes, media: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media + ("; charset=utf-8" if media.startswith(("text/", "application/json",
                                                                                          "application/sparql")) else ""))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, (message + "\n").encode(), "text/plain")

    def do_GET(self):
        url = urlparse(self.path)
        args = parse_qs(url.query, keep_blank_values=True)
        if url.path == "/sparql":
            if "update" in args:
                return self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")
            if "query" not in args:
                return self._error(HTTPStatus.BAD_REQUEST, "missing query parameter")
            return self._query(args["query"][0])
        if url.path == "/queries":
            return self._send(200, json.dumps([{"name": q.name, "description": q.description,
                                                "params": [{"name": p.name, "type": p.type, "default": p.default,
                                                            "doc": p.doc} for p in q.params],
                                                "columns": [c.name for c in q.columns]}
                                               for q in catalogue().values()], indent=1).encode(), "application/json")
        if url.path.startswith("/queries/"):
            name = url.path[len("/queries/"):]
            try:
                rows = self.engine.run(name, **{k: v[0] for k, v in args.items()})
            except QueryError as e:
                return self._error(HTTPStatus.BAD_REQUEST if name in catalogue() else HTTPStatus.NOT_FOUND, str(e))
            return self._send(200, json.dumps(rows, ensure_ascii=False).encode(), "application/json")
        return self._error(HTTPStatus.NOT_FOUND, "not found: try /sparql or /queries")

    def do_POST(self):
        url = urlparse(self.path)
        if url.path != "/sparql":
            return self._error(HTTPStatus.NOT_FOUND, "not found: POST to /sparql")
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "request body too large")
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media == "application/sparql-update":
            return self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")
        if media == "application/sparql-query":
            return self._query(body)
        if media == "application/x-www-form-urlencoded":
            form = parse_qs(body, keep_blank_values=True)
            if "update" in form:
                return self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")
            if "query" in form:
                return self._query(form["query"][0])
            return self._error(HTTPStatus.BAD_REQUEST, "missing query parameter")
        return self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"unsupported content type {media!r}")

    def _query(self, text: str) -> None:
        import pyoxigraph as ox
        if calls_service(text):
            return self._error(HTTPStatus.BAD_REQUEST, "SERVICE clauses are refused: this endpoint makes no "
                                                       "requests to other servers")
        try:
            result = self.engine.store.query(text)
        except SyntaxError as e:
            return self._error(HTTPStatus.BAD_REQUEST, f"query syntax error: {str(e).splitlines()[0]}")
        except (OSError, RuntimeError, ValueError) as e:
            return self._error(HTTPStatus.BAD_REQUEST, f"query failed: {str(e).splitlines()[0] if str(e) else e}")
        accept = self.headers.get("Accept") or ""
        if isinstance(result, ox.QueryTriples):
            media = _pick(accept, GRAPH_TYPES, "text/turtle")
            return self._send(200, result.serialize(format=getattr(ox.RdfFormat, GRAPH_TYPES[media])), media)
        media = _pick(accept, RESULT_TYPES, "application/sparql-results+json")
        body = result.serialize(format=getattr(ox.QueryResultsFormat, RESULT_TYPES[media]))
        return self._send(200, body, media)


def make_server(directory: str | Path, host: str = "127.0.0.1", port: int = 8000) -> ThreadingHTTPServer:
    engine = OxigraphEngine.from_dir(directory)
    handler = type("BoundHandler", (Handler,), {"engine": engine})
    return ThreadingHTTPServer((host, port), handler)
