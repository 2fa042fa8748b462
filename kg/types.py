"""The records that pipeline stages exchange. Small, frozen and typed, defined in one place."""
from __future__ import annotations

from dataclasses import dataclass, field

# Entity types, as in the ontology (ontology/kg.ttl).
COMPANY, SECTOR, REGION, ALLEGATION, SANCTION, STATE_BODY, LEGAL_GROUND, SOURCE = (
    "Company", "Sector", "Region", "Allegation", "Sanction", "StateBody", "LegalGround", "Source")

ENTITY_TYPES = (COMPANY, SECTOR, REGION, ALLEGATION, SANCTION, STATE_BODY, LEGAL_GROUND)

# Predicates (ontology properties). Region ties keep their kind as the predicate.
SECTOR_P = "sector"
BASED_IN, OPERATES_IN, LINKED_TO = "based_in", "operates_in", "linked_to"
ALLEGED, DENIES = "alleged", "denies"
LISTED_ON, DISPUTES = "listed_on", "disputes"
SUBSIDIARY_OF = "subsidiary_of"
OWNED_BY, CONTROLLED_BY, AFFILIATED_WITH = "owned_by", "controlled_by", "affiliated_with"
GROUND, CITES_PROVISION = "ground", "cites_provision"
PREDICATES = (SECTOR_P, BASED_IN, OPERATES_IN, LINKED_TO, ALLEGED, DENIES, LISTED_ON, DISPUTES, SUBSIDIARY_OF,
              OWNED_BY, CONTROLLED_BY, AFFILIATED_WITH, GROUND, CITES_PROVISION)

# Entity attributes that are data (exported and stored); other concept attributes only steer extractors.
ENTITY_ATTRIBUTES = ("authority", "kind", "listed", "url")

# Actions a text can report for a sanction.
ADDED, REMOVED, LISTED, PREVIOUSLY_LISTED = "added", "removed", "listed", "previously_listed"


@dataclass(frozen=True)
class Source:
    """A document statements come from: one article, or one edition of a list."""
    id: str
    kind: str                      # "article" | "list"
    title: str = ""
    url: str = ""
    path: str = ""
    published: str = ""            # ISO date (may be YYYY-MM or YYYY)
    content_hash: str = ""


@dataclass(frozen=True)
class Entity:
    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    previous_names: tuple[str, ...] = ()
    # Sorted (key, value) pairs, so that entities stay hashable and deterministic.
    attributes: tuple[tuple[str, str], ...] = ()

    def attr(self, key: str, default: str = "") -> str:
        return dict(self.attributes).get(key, default)


@dataclass(frozen=True)
class Statement:
    """subject -predicate-> object, with the evidence behind it."""
    id: str
    subject: str                   # entity id
    predicate: str
    object: str                    # entity id
    source: str                    # source id
    evidence: str                  # the sentence (or list row / note) that states it
    start: int                     # character span of the evidence in the cleaned text
    end: int
    extractor: str
    confidence: float
    date: str = ""                 # when the source says it happened, else the source's date
    valid_from: str = ""
    valid_to: str = ""
    qualifiers: tuple[tuple[str, str], ...] = ()   # action, holder, degree ...

    def qualifier(self, key: str, default: str = "") -> str:
        return dict(self.qualifiers).get(key, default)


@dataclass(frozen=True)
class Triple:
    """An extractor's output before ids are minted: display names plus evidence."""
    subject: str
    subject_type: str
    predicate: str
    object: str
    object_type: str
    evidence: str
    start: int
    end: int
    confidence: float
    extractor: str
    subject_key: str = ""          # entity id when the extractor resolved it
    object_key: str = ""
    date: str = ""
    valid_from: str = ""
    valid_to: str = ""
    qualifiers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Candidate:
    """A company–fact pair one sentence holds, as the extractor's learned reader sees it: its features, whether
    the rules read it, and the model's probability that the text states it (for training and inspection)."""
    subject: str
    subject_key: str
    object: str
    object_key: str
    object_type: str
    start: int                     # the sentence's span
    end: int
    features: tuple[str, ...]
    read_by_rules: bool
    probability: float


@dataclass(frozen=True)
class NameCandidate:
    """A name the tagger found, as the extractor's learned name reader sees it: its features, whether the rules
    took it for a company, and the model's probability that the text names a company by it."""
    text: str
    label: str                     # the tagger's label (ORG, PERSON ...)
    start: int                     # the sentence's span
    end: int
    features: tuple[str, ...]
    registered_by_rules: bool
    probability: float


@dataclass(frozen=True)
class Rejection:
    """A source that could not be read, and why (one line)."""
    path: str
    reason: str


@dataclass
class Document:
    """A cleaned article: text whose offsets all evidence spans refer to."""
    source: Source
    text: str
    paragraphs: list[tuple[int, int]] = field(default_factory=list)   # spans into text
    headings: set[int] = field(default_factory=set)                  # paragraph indices that are headings
