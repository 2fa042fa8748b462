"""Store roles. Backends implement them: kg/stores/neo4j.py (Bolt), kg/stores/rdf.py (files)."""
from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Callable

from kg.graph import Graph
from kg.ontology import Ontology

Progress = Callable[[int], None]     # called with the number of rows just written


class GraphWriter(ABC):
    @abstractmethod
    def write(self, graph: Graph, ontology: Ontology, progress: Progress | None = None) -> dict:
        """Upsert the graph (and the ontology's concepts); return counts of what was written."""


class GraphReader(ABC):
    @abstractmethod
    def read(self) -> Graph:
        """Rebuild the neutral graph from the store."""
