"""Named queries on Neo4j (or ArcadeDB over Bolt), each in a read transaction with parameters."""
from __future__ import annotations

from typing import Any

from kg.querying.base import NamedQuery, QueryEngine
from kg.stores.neo4j import Neo4jConfig, connect


class Neo4jEngine(QueryEngine):
    def __init__(self, config: Neo4jConfig):
        self.config = config
        self.driver = connect(config)

    def _read(self, text: str, params: dict) -> list[dict]:
        with self.driver.session(database=self.config.database) as session:
            return session.execute_read(lambda tx: [r.data() for r in tx.run(text, params)])

    def company_names(self) -> list[tuple[str, str, str]]:
        from kg.querytext import read
        return [(r["id"], r["kind"], r["name"]) for r in self._read(read("support/company-names.cypher"), {})]

    def execute(self, query: NamedQuery, params: dict[str, Any]) -> list[dict]:
        return self._read(query.cypher, params)

    def close(self) -> None:
        self.driver.close()
