"""Query texts live in files under queries/. This module reads them and fills the only
placeholders they may have: names of labels and relationship types, taken from the ontology."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

QUERIES_DIR = Path(__file__).resolve().parent.parent / "queries"
_NAME = re.compile(r"[A-Z][A-Za-z0-9_]*\Z")
_PLACEHOLDER = re.compile(r"__([A-Z]+)__")


@lru_cache(maxsize=None)
def read(relative: str) -> str:
    return (QUERIES_DIR / relative).read_text(encoding="utf-8")


def render(relative: str, allowed: frozenset[str], **names: str) -> str:
    """The query with __LABEL__-style placeholders replaced by names from `allowed`.

    Cypher cannot take a label or a relationship type as a parameter; this is the one place such
    names enter query text, and they must come from the ontology, never from input."""
    text = read(relative)
    for key, value in names.items():
        if value not in allowed or not _NAME.match(value):
            raise ValueError(f"{value!r} is not a label or relationship type of the ontology")
        text = text.replace(f"__{key.upper()}__", value)
    left = _PLACEHOLDER.search(text)
    if left:
        raise ValueError(f"{relative}: placeholder {left.group(0)} was not filled")
    return text
