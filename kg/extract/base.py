from __future__ import annotations

from abc import ABC, abstractmethod

from kg.types import Document, Triple


class Extractor(ABC):
    """Turns one cleaned document into triples, each with its evidence span and confidence."""
    name: str = "extractor"
    version: str = "0"

    @abstractmethod
    def extract(self, doc: Document) -> list[Triple]:
        ...
