"""The stated grounds in a 1260H list note: ownership, control and affiliation with state bodies,
military-civil fusion contributor grounds, and the cited paragraphs of Section 1260H."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.ontology import Concept, Ontology
from kg.types import AFFILIATED_WITH, CITES_PROVISION, CONTROLLED_BY, GROUND, OWNED_BY

RELATIONS = (("owned", OWNED_BY), ("controlled", CONTROLLED_BY), ("affiliated", AFFILIATED_WITH),
             ("acts on behalf of", AFFILIATED_WITH))
# Clauses of a note sentence start at each "is"/"it is"/"it officially acts".
CLAUSE_BREAK = re.compile(r"(?:[,;]\s*|\s+)(?:and\s+)?(?:it\s+)?(?=\bis\b|\bofficially\b)")
PROVISION = re.compile(r"1260H((?:\([^()\s]+\))+)|(?<![\w)])((?:\([a-zA-Z0-9]+\))+)")


@dataclass(frozen=True)
class Ground:
    predicate: str
    concept: Concept | None        # state body or legal ground
    provision: str                 # for cites_provision
    degree: str                    # direct | indirect | direct and indirect | ""
    start: int                     # span in the note
    end: int


def _degree(text: str) -> str:
    t = text.lower()
    d, i = bool(re.search(r"\bdirectly\b", t)), bool(re.search(r"\bindirectly\b", t))
    return "direct and indirect" if (d and i) else "indirect" if i else "direct" if d else ""


def provisions(text: str) -> list[str]:
    """'Sections 1260H(g)(3)(B)(i), (iii), and (v)' -> 1260H(g)(3)(B)(i), ...(iii), ...(v)."""
    out, last = [], None
    for m in PROVISION.finditer(text):
        if m.group(1):
            last = re.findall(r"\([^()]+\)", m.group(1))
        elif last is not None:
            parts = re.findall(r"\([^()]+\)", m.group(2))
            if parts[0] == "(g)":
                last = parts
            else:   # a shortened reference replaces the tail of the previous one
                last = last[:len(last) - len(parts)] + parts
        else:
            continue
        ref = "1260H" + "".join(last)
        if ref not in out:
            out.append(ref)
    return out


def note_grounds(note: str, ontology: Ontology) -> list[Ground]:
    grounds: list[Ground] = []
    for sm in re.finditer(r"[^.]+(?:\.(?=\S)[^.]*)*\.?", note):   # sentences; keeps "(B)(i)." together
        sentence, offset = sm.group(0), sm.start()
        body = sentence.split("(Section")[0]
        if "fusion" in body.lower():
            for s, e, c in ontology.grounds.find(body):
                grounds.append(Ground(GROUND, c, "", "", offset + s, offset + e))
        else:
            cuts = [0] + [m.end() for m in CLAUSE_BREAK.finditer(body)] + [len(body)]
            for a, b in zip(cuts, cuts[1:]):
                clause = body[a:b]
                bodies = ontology.bodies.find(clause)
                for word, predicate in RELATIONS:
                    pos = clause.find(word)
                    if pos < 0 or not bodies:
                        continue
                    # the adverbs right before this relation word ("directly and indirectly owned")
                    before = re.search(r"((?:(?:directly|indirectly)(?:\s+and\s+)?)+)\s*$", clause[:pos])
                    degree = _degree(before.group(1)) if before else _degree(clause[:pos])
                    for s, e, c in bodies:
                        grounds.append(Ground(predicate, c, "", degree, offset + a + s, offset + a + e))
        for ref in provisions(sentence):
            grounds.append(Ground(CITES_PROVISION, None, ref, "", offset, offset + len(sentence)))
    return grounds
