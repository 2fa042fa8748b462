"""SHACL validation of a built graph against ontology/shapes.ttl (pyshacl)."""
from __future__ import annotations

from pathlib import Path

from kg.ontology import ONTOLOGY_DIR


def validate_graph(data) -> tuple[bool, list[str]]:
    from pyshacl import validate
    from rdflib import Graph
    from rdflib.namespace import SH

    shapes = Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")
    ontology = Graph().parse(ONTOLOGY_DIR / "kg.ttl", format="turtle")
    conforms, report, _text = validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                       allow_warnings=False)
    lines = []
    for r in report.subjects(predicate=None, object=SH.ValidationResult):
        focus = report.value(r, SH.focusNode)
        path = report.value(r, SH.resultPath)
        msg = report.value(r, SH.resultMessage)
        lines.append(f"violation: {focus} {path or ''}: {msg}")
    return bool(conforms), sorted(lines)


def validate_dir(directory: Path) -> tuple[bool, list[str]]:
    from rdflib import Graph
    data = Graph().parse(directory / "graph.nt", format="nt")
    return validate_graph(data)
