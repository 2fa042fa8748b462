"""The ontology as data: controlled vocabularies loaded from ontology/vocab/*.yaml.

The same concepts drive the extractors (synonym and pattern matching), the RDF export
(each concept becomes a skos:Concept of its class) and, through it, the SHACL shapes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

from kg.ids import entity_id
from kg.types import ENTITY_ATTRIBUTES, Entity

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"


@dataclass(frozen=True)
class Concept:
    key: str
    scheme: str
    type: str                       # entity type: Sector, Region, ...
    label: str
    synonyms: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    broader: tuple[str, ...] = ()   # keys in the same scheme
    attributes: tuple[tuple[str, str], ...] = ()

    @property
    def id(self) -> str:
        return entity_id(self.type, self.key)

    def attr(self, key: str, default: str = "") -> str:
        return dict(self.attributes).get(key, default)

    def entity(self) -> Entity:
        """The concept as every store holds it (extractor-only attributes left out)."""
        return Entity(id=self.id, type=self.type, name=self.label,
                      aliases=tuple(sorted(set(self.synonyms) - {self.label})),
                      attributes=tuple((k, v) for k, v in self.attributes if k in ENTITY_ATTRIBUTES))


def _as_tuple(value) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _case_sensitive(phrase: str) -> bool:
    """Acronyms (AI, PLA, US) are matched as written; other phrases ignore case."""
    return any(sum(c.isupper() for c in w) >= 2 for w in phrase.split())


def _plural(phrase: str) -> str | None:
    """The plural of a phrase's last word ("supercomputer" -> "supercomputers"), so a vocabulary
    lists each term once; None where the last word is not a countable-looking noun."""
    head, _, last = phrase.rpartition(" ")
    if not last.isalpha() or not last.islower() or last.endswith(("s", "ing", "ed")) or len(last) < 3:
        return None
    if last.endswith("y") and last[-2] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("x", "ch", "sh")):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}".strip()


class Vocabulary:
    """One scheme's concepts with a compiled matcher over their synonyms and patterns."""

    def __init__(self, scheme: str, type_: str, concepts: list[Concept]):
        self.scheme, self.type, self.concepts = scheme, type_, concepts
        self.by_key = {c.key: c for c in concepts}
        self._surface: dict[str, str] = {}
        sensitive, insensitive = [], []
        for c in concepts:
            for s in (c.label, *c.synonyms):
                if not _case_sensitive(s) and (plural := _plural(s)) is not None:
                    insensitive.append(plural)
                    self._surface.setdefault(plural.lower(), c.key)
                if _case_sensitive(s):
                    sensitive.append(s)
                    self._surface[s] = c.key
                    if (plural := _plural(s)) is not None:     # "AI chip" -> "AI chips"
                        sensitive.append(plural)
                        self._surface.setdefault(plural, c.key)
                else:
                    insensitive.append(s)
                    self._surface[s.lower()] = c.key
        self._sensitive = self._alternation(sensitive, 0)
        self._insensitive = self._alternation(insensitive, re.IGNORECASE)
        self._patterns = [(re.compile(p, re.IGNORECASE), c.key) for c in concepts for p in c.patterns]
        # the extractor asks about the same sentence and the same name words many times over
        self._find_cached = lru_cache(maxsize=8192)(self._find)

    @staticmethod
    def _alternation(phrases: list[str], flags: int):
        if not phrases:
            return None
        # Longest first so that "video surveillance" wins over "surveillance".
        alts = sorted({re.escape(p).replace(r"\ ", r"[\s-]+").replace("'", "['’]") for p in phrases},
                      key=len, reverse=True)
        # "Guangzhou-based", "state-owned": a hyphenated modifier still ends the match.
        right = r"(?:(?=-(?:based|headquartered|owned|backed|linked|made)\b)|(?![\w-]))"
        return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")" + right, flags)

    def find(self, text: str) -> list[tuple[int, int, Concept]]:
        """Non-overlapping matches (start, end, concept), longest match wins."""
        return list(self._find_cached(text))

    def _find(self, text: str) -> tuple[tuple[int, int, Concept], ...]:
        found = []
        for rx, sensitive in ((self._sensitive, True), (self._insensitive, False)):
            if rx is None:
                continue
            for m in rx.finditer(text):
                key = self._lookup(m.group(0), sensitive)
                if key:
                    found.append((m.start(), m.end(), 1, self.by_key[key]))
        for rx, key in self._patterns:
            term = "term" in rx.groupindex    # a pattern may require context around the words that name the concept
            for m in rx.finditer(text):
                found.append((*(m.span("term") if term else m.span()), 0, self.by_key[key]))
        # longest first; for the same words, a pattern (which read their context) before a bare synonym:
        # "Taiwan has added ... to its entity list" is Taiwan's list, though "entity list" alone is Commerce's
        found.sort(key=lambda f: (f[0], -(f[1] - f[0]), f[2]))
        result, last_end = [], -1
        for s, e, _pattern_first, c in found:
            if s >= last_end:
                result.append((s, e, c))
                last_end = e
        return tuple(result)

    def _lookup(self, surface: str, sensitive: bool) -> str | None:
        norm = re.sub(r"[\s-]+", " ", surface).replace("’", "'")
        if sensitive:
            return self._surface.get(norm) or self._surface.get(surface)
        for cand in (norm.lower(), surface.lower(), norm.lower().replace(" ", "-")):
            if cand in self._surface:
                return self._surface[cand]
        return None

    def lookup(self, text: str) -> Concept | None:
        """The concept whose label or synonym is exactly `text` (any case)."""
        hits = self.find(text.strip())
        if len(hits) == 1 and hits[0][0] == 0 and hits[0][1] == len(text.strip()):
            return hits[0][2]
        return None

    def ancestors(self, key: str) -> list[str]:
        out, todo = [], list(self.by_key[key].broader)
        while todo:
            k = todo.pop()
            if k not in out:
                out.append(k)
                todo.extend(self.by_key[k].broader)
        return out


@dataclass(frozen=True)
class Ontology:
    sectors: Vocabulary
    regions: Vocabulary
    allegations: Vocabulary
    programmes: Vocabulary
    bodies: Vocabulary
    grounds: Vocabulary

    @property
    def vocabularies(self) -> tuple[Vocabulary, ...]:
        return (self.sectors, self.regions, self.allegations, self.programmes, self.bodies, self.grounds)

    def clear_caches(self, keep: bool = True) -> None:
        """Forget remembered matches (benchmarks: no timed round reuses another round's work); with keep=False,
        stop remembering them (adversarial benchmarks: repeated text costs what new text would)."""
        for v in self.vocabularies:
            v._find_cached = lru_cache(maxsize=8192 if keep else 0)(v._find)

    @cached_property
    def concepts_by_id(self) -> dict[str, Concept]:
        return {c.id: c for v in self.vocabularies for c in v.concepts}


def _read_scheme(doc: dict) -> Vocabulary:
    concepts = []
    for key, spec in doc["concepts"].items():
        extra = {k: str(v) for k, v in spec.items()
                 if k not in ("label", "synonyms", "patterns", "broader", "parent")}
        broader = _as_tuple(spec.get("broader")) + _as_tuple(spec.get("parent"))
        concepts.append(Concept(key=key, scheme=doc["scheme"], type=doc["class"], label=spec["label"],
                                synonyms=_as_tuple(spec.get("synonyms")),
                                patterns=_as_tuple(spec.get("patterns")), broader=broader,
                                attributes=tuple(sorted(extra.items()))))
    vocab = Vocabulary(doc["scheme"], doc["class"], concepts)
    for c in concepts:
        for b in c.broader:
            if b not in vocab.by_key:
                raise ValueError(f"{doc['scheme']}: {c.key} names unknown broader concept {b!r}")
    return vocab


@lru_cache(maxsize=4)
def load(directory: Path = ONTOLOGY_DIR) -> Ontology:
    schemes: dict[str, Vocabulary] = {}
    for path in sorted((directory / "vocab").glob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            if doc:
                schemes[doc["scheme"]] = _read_scheme(doc)
    return Ontology(sectors=schemes["sectors"], regions=schemes["regions"],
                    allegations=schemes["allegations"], programmes=schemes["programmes"],
                    bodies=schemes["state-bodies"], grounds=schemes["grounds"])
