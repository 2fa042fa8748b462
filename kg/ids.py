"""Deterministic identifiers (after followthemoney's make_key)."""
from __future__ import annotations

import hashlib
import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return _NON_WORD.sub("-", text).strip("-") or "x"


def make_key(*parts: object) -> str:
    """A short stable hash of the parts (order matters, empty parts count)."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return digest[:16]


def entity_id(entity_type: str, identity: str) -> str:
    """Entity ids read well and are stable: type prefix plus slug of the resolved identity."""
    s = slug(identity)
    if len(s) > 80:
        s = s[:60] + "-" + make_key(identity)[:8]
    return f"{entity_type.lower()}/{s}"


def statement_id(subject: str, predicate: str, obj: str, source: str, *extra: object) -> str:
    return "stmt/" + make_key(subject, predicate, obj, source, *extra)


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
