"""RDF exporter and reader of the neutral graph (rdflib).

Each statement becomes a direct triple (company kg:sector sector) and a kg:Statement node that
carries its provenance (PROV-O: prov:wasDerivedFrom the source). A list listing is also a
kg:Designation (company kg:designation d; d kg:programme; kg:validFrom; kg:validTo).
"""
from __future__ import annotations

from dataclasses import replace

from rdflib import RDF, RDFS, XSD, Graph as RDFGraph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS, SDO

from kg.graph import Graph
from kg.namespaces import ID, KG
from kg.ontology import Ontology
from kg.types import Entity, Source, Statement

PREDICATES = {
    "sector": KG.sector, "based_in": KG.basedIn, "operates_in": KG.operatesIn, "linked_to": KG.linkedTo,
    "alleged": KG.alleged, "denies": KG.denies, "listed_on": KG.listedOn, "disputes": KG.disputes,
    "subsidiary_of": KG.subsidiaryOf, "owned_by": KG.ownedBy, "controlled_by": KG.controlledBy,
    "affiliated_with": KG.affiliatedWith, "ground": KG.ground, "cites_provision": KG.citesProvision,
}
PREDICATE_NAMES = {v: k for k, v in PREDICATES.items()}
CLASSES = {"Company": KG.Company, "Sector": KG.Sector, "Region": KG.Region, "Allegation": KG.Allegation,
           "Sanction": KG.Sanction, "StateBody": KG.StateBody, "LegalGround": KG.LegalGround}
CLASS_NAMES = {v: k for k, v in CLASSES.items()}
# Entity attributes (Entity.attributes keys) and how RDF states them.
ATTRIBUTES = {"listed": KG.onList, "kind": KG.kind, "authority": KG.authority, "url": SDO.url}
QUALIFIERS = {"action": KG.action, "holder": KG.holder, "degree": KG.degree, "printed_name": KG.printedName,
              "removal_reason": KG.removalReason}


def iri(entity_or_id: str) -> URIRef:
    return ID[entity_or_id]


def _date(value: str) -> Literal:
    if len(value) == 10:
        return Literal(value, datatype=XSD.date)
    return Literal(value, datatype=XSD.gYearMonth if len(value) == 7 else XSD.gYear if len(value) == 4 else XSD.string)


def to_rdf(graph: Graph, ontology: Ontology | None = None) -> RDFGraph:
    g = RDFGraph()
    for prefix, ns in (("kg", str(KG)), ("id", str(ID)), ("prov", str(PROV)), ("skos", str(SKOS)),
                       ("schema", str(SDO)), ("dcterms", str(DCTERMS))):
        g.bind(prefix, ns)
    if ontology is not None:
        for vocab in ontology.vocabularies:
            scheme = ID["scheme/" + vocab.scheme]
            g.add((scheme, RDF.type, SKOS.ConceptScheme))
            g.add((scheme, RDFS.label, Literal(vocab.scheme)))
            for c in vocab.concepts:
                node = iri(c.id)
                g.add((node, RDF.type, CLASSES[c.type]))
                g.add((node, RDF.type, SKOS.Concept))
                g.add((node, SKOS.inScheme, scheme))
                g.add((node, SKOS.prefLabel, Literal(c.label)))
                g.add((node, RDFS.label, Literal(c.label)))
                for s in c.synonyms:
                    g.add((node, SKOS.altLabel, Literal(s)))
                for b in c.broader:
                    g.add((node, SKOS.broader, iri(vocab.by_key[b].id)))
                _attributes(g, node, c.attributes)
    for e in graph.entities.values():
        _entity(g, e)
    for s in graph.sources.values():
        _source(g, s)
    for st in graph.statements.values():
        _statement(g, st)
    return g


def _entity(g: RDFGraph, e: Entity) -> None:
    node = iri(e.id)
    g.add((node, RDF.type, CLASSES[e.type]))
    g.add((node, RDFS.label, Literal(e.name)))
    for a in e.aliases:
        g.add((node, SKOS.altLabel, Literal(a)))
    for p in e.previous_names:
        g.add((node, KG.previousName, Literal(p)))
    _attributes(g, node, e.attributes)
    if e.type == "Company":
        g.add((node, RDF.type, SDO.Organization))
        g.add((node, SDO.name, Literal(e.name)))


def _attributes(g: RDFGraph, node: URIRef, attributes) -> None:
    for key, value in attributes:
        if key == "listed":
            g.add((node, KG.onList, Literal(value == "true")))
        elif key == "url":
            g.add((node, SDO.url, Literal(value, datatype=XSD.anyURI)))
        elif key in ATTRIBUTES:
            g.add((node, ATTRIBUTES[key], Literal(value)))


def _source(g: RDFGraph, s: Source) -> None:
    node = iri(s.id)
    g.add((node, RDF.type, KG.Source))
    g.add((node, RDF.type, KG.ListEdition if s.kind == "list" else KG.Article))
    g.add((node, RDF.type, PROV.Entity))
    g.add((node, KG.sourceKind, Literal(s.kind)))
    if s.title:
        g.add((node, DCTERMS.title, Literal(s.title)))
    if s.url:
        g.add((node, SDO.url, Literal(s.url, datatype=XSD.anyURI)))
    if s.published:
        g.add((node, DCTERMS.issued, _date(s.published)))
    if s.content_hash:
        g.add((node, KG.contentHash, Literal(s.content_hash)))


def _statement(g: RDFGraph, st: Statement) -> None:
    subj, obj, pred = iri(st.subject), iri(st.object), PREDICATES[st.predicate]
    g.add((subj, pred, obj))
    node = iri(st.id)
    g.add((node, RDF.type, KG.Statement))
    g.add((node, KG.subject, subj))
    g.add((node, KG.predicate, pred))
    g.add((node, KG.object, obj))
    g.add((node, PROV.wasDerivedFrom, iri(st.source)))
    g.add((node, KG.evidence, Literal(st.evidence)))
    g.add((node, KG.charStart, Literal(st.start, datatype=XSD.integer)))
    g.add((node, KG.charEnd, Literal(st.end, datatype=XSD.integer)))
    g.add((node, KG.confidence, Literal(format(st.confidence, ".3f"), datatype=XSD.decimal)))
    g.add((node, KG.extractor, Literal(st.extractor)))
    if st.date:
        g.add((node, DCTERMS.date, _date(st.date)))
    if st.valid_from:
        g.add((node, KG.validFrom, _date(st.valid_from)))
    if st.valid_to:
        g.add((node, KG.validTo, _date(st.valid_to)))
    for k, v in st.qualifiers:
        g.add((node, QUALIFIERS[k], Literal(v)))
    if st.predicate == "listed_on" and st.extractor.startswith("list-"):
        g.add((node, RDF.type, KG.Designation))
        g.add((node, KG.programme, obj))
        g.add((subj, KG.designation, node))


def serialise(g: RDFGraph, directory, stem: str = "graph") -> list[str]:
    """Turtle, N-Triples and JSON-LD, written sorted so that equal graphs give equal files."""
    out = []
    nt = sorted(line for line in g.serialize(format="nt").splitlines() if line.strip())
    (directory / f"{stem}.nt").write_text("\n".join(nt) + "\n", encoding="utf-8")
    out.append(f"{stem}.nt")
    (directory / f"{stem}.ttl").write_text(g.serialize(format="turtle"), encoding="utf-8")
    out.append(f"{stem}.ttl")
    import json
    doc = json.loads(g.serialize(format="json-ld"))
    nodes = doc if isinstance(doc, list) else doc.get("@graph", [doc])
    for node in nodes:   # rdflib emits nodes and values in hash order: sort for stable output
        for key, value in node.items():
            if isinstance(value, list):
                node[key] = sorted(value, key=lambda v: json.dumps(v, sort_keys=True))
    nodes.sort(key=lambda n: n.get("@id", ""))
    (directory / f"{stem}.jsonld").write_text(json.dumps(nodes, indent=1, sort_keys=True, ensure_ascii=False) + "\n",
                                              encoding="utf-8")
    out.append(f"{stem}.jsonld")
    return out


def _attribute_text(value) -> str:
    if isinstance(value, Literal) and value.datatype == XSD.boolean:
        return "true" if value.toPython() else "false"
    return str(value)


def from_rdf(g: RDFGraph) -> Graph:
    """Rebuild the neutral graph from its RDF export (the inverse of to_rdf for built graphs)."""
    from kg.types import Source as Src, Statement as St

    def local(node) -> str:
        return str(node)[len(str(ID)):]

    out = Graph()
    for node in set(g.subjects(RDF.type, KG.Source)):
        issued = g.value(node, DCTERMS.issued)
        out.add_source(Src(id=local(node), kind=str(g.value(node, KG.sourceKind)), title=str(g.value(node, DCTERMS.title) or ""),
                           url=str(g.value(node, SDO.url) or ""), published=str(issued or ""),
                           content_hash=str(g.value(node, KG.contentHash) or "")))
    statement_nodes = set(g.subjects(RDF.type, KG.Statement))
    for node in set(g.subjects(RDFS.label, None)) - statement_nodes:
        types = [CLASS_NAMES[t] for t in g.objects(node, RDF.type) if t in CLASS_NAMES]
        if not types or not str(node).startswith(str(ID)):
            continue
        name = str(g.value(node, RDFS.label))
        out.add_entity(Entity(id=local(node), type=types[0], name=name,
                              aliases=tuple(sorted({str(a) for a in g.objects(node, SKOS.altLabel)} - {name})),
                              previous_names=tuple(sorted(str(p) for p in g.objects(node, KG.previousName)))))
    quals = {v: k for k, v in QUALIFIERS.items()}
    attribute_names = {v: k for k, v in ATTRIBUTES.items()}
    for key, e in out.entities.items():
        attrs = sorted((attribute_names[p], _attribute_text(o)) for p, o in g.predicate_objects(iri(key))
                       if p in attribute_names)
        if attrs:
            out.entities[key] = replace(e, attributes=tuple(attrs))
    for node in statement_nodes:
        def text(p):
            v = g.value(node, p)
            return "" if v is None else str(v)
        out.add_statement(St(
            id=local(node), subject=local(g.value(node, KG.subject)),
            predicate=PREDICATE_NAMES[g.value(node, KG.predicate)], object=local(g.value(node, KG.object)),
            source=local(g.value(node, PROV.wasDerivedFrom)), evidence=text(KG.evidence),
            start=int(text(KG.charStart)), end=int(text(KG.charEnd)), extractor=text(KG.extractor),
            confidence=float(text(KG.confidence)), date=text(DCTERMS.date), valid_from=text(KG.validFrom),
            valid_to=text(KG.validTo),
            qualifiers=tuple(sorted((quals[p], str(o)) for p, o in g.predicate_objects(node) if p in quals))))
    return out


def read_dir(directory) -> Graph:
    """The neutral graph of a built graph directory (from its N-Triples)."""
    from pathlib import Path

    from kg.errors import InputError
    path = Path(directory) / "graph.nt"
    if not path.is_file():
        raise InputError(f"{directory}: not a built graph (no graph.nt)")
    try:
        return from_rdf(RDFGraph().parse(path, format="nt"))
    except Exception as e:   # a damaged file: one line, not a traceback
        raise InputError(f"{path}: cannot be read as a built graph ({type(e).__name__}: {str(e).splitlines()[0][:200]})")
