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


XSD_NS = str(XSD)
DATE_TYPES = {10: XSD_NS + "date", 7: XSD_NS + "gYearMonth", 4: XSD_NS + "gYear"}
PREFIXES = {"kg": str(KG), "id": str(ID), "prov": str(PROV), "skos": str(SKOS), "schema": str(SDO),
            "dcterms": str(DCTERMS), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": XSD_NS}
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _n(term: str) -> str:
    return f"<{term}>"


def _lit(value: str, datatype: str = "") -> str:
    text = '"' + str(value).translate(_ESCAPES) + '"'
    return text + f"^^<{datatype}>" if datatype else text


def _date_lit(value: str) -> str:
    return _lit(value, DATE_TYPES.get(len(value), ""))


class _Lines:
    """N-Triples lines of the graph: the one place that says how the graph reads as RDF."""

    def __init__(self):
        self.lines: list[str] = []
        self.base = str(ID)

    def node(self, entity_id: str) -> str:
        return f"<{self.base}{entity_id}>"

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.append(f"{s} {p} {o} .")

    def attributes(self, node: str, attributes) -> None:
        for key, value in attributes:
            if key == "listed":
                self.add(node, _n(KG.onList), _lit("true" if value == "true" else "false", XSD_NS + "boolean"))
            elif key == "url":
                self.add(node, _n(SDO.url), _lit(value, XSD_NS + "anyURI"))
            elif key in ATTRIBUTES:
                self.add(node, _n(ATTRIBUTES[key]), _lit(value))


def ntriples(graph: Graph, ontology: Ontology | None = None) -> list[str]:
    """Every triple of the graph's RDF form, one N-Triples line each, sorted."""
    out = _Lines()
    add, rdf_type, label = out.add, _n(RDF.type), _n(RDFS.label)
    if ontology is not None:
        for vocab in ontology.vocabularies:
            scheme = out.node("scheme/" + vocab.scheme)
            add(scheme, rdf_type, _n(SKOS.ConceptScheme))
            add(scheme, label, _lit(vocab.scheme))
            for c in vocab.concepts:
                node = out.node(c.id)
                add(node, rdf_type, _n(CLASSES[c.type]))
                add(node, rdf_type, _n(SKOS.Concept))
                add(node, _n(SKOS.inScheme), scheme)
                add(node, _n(SKOS.prefLabel), _lit(c.label))
                add(node, label, _lit(c.label))
                for syn in c.synonyms:
                    add(node, _n(SKOS.altLabel), _lit(syn))
                for b in c.broader:
                    add(node, _n(SKOS.broader), out.node(vocab.by_key[b].id))
                out.attributes(node, c.attributes)
    for e in graph.entities.values():
        node = out.node(e.id)
        add(node, rdf_type, _n(CLASSES[e.type]))
        add(node, label, _lit(e.name))
        for a in e.aliases:
            add(node, _n(SKOS.altLabel), _lit(a))
        for prev in e.previous_names:
            add(node, _n(KG.previousName), _lit(prev))
        out.attributes(node, e.attributes)
        if e.type == "Company":
            add(node, rdf_type, _n(SDO.Organization))
            add(node, _n(SDO.name), _lit(e.name))
    for src in graph.sources.values():
        node = out.node(src.id)
        add(node, rdf_type, _n(KG.Source))
        add(node, rdf_type, _n(KG.ListEdition if src.kind == "list" else KG.Article))
        add(node, rdf_type, _n(PROV.Entity))
        add(node, _n(KG.sourceKind), _lit(src.kind))
        if src.title:
            add(node, _n(DCTERMS.title), _lit(src.title))
        if src.url:
            add(node, _n(SDO.url), _lit(src.url, XSD_NS + "anyURI"))
        if src.published:
            add(node, _n(DCTERMS.issued), _date_lit(src.published))
        if src.content_hash:
            add(node, _n(KG.contentHash), _lit(src.content_hash))
    # Statements are most of a big graph: their terms are formatted once, outside the loop.
    t_statement, t_designation = _n(KG.Statement), _n(KG.Designation)
    p_subject, p_predicate, p_object = _n(KG.subject), _n(KG.predicate), _n(KG.object)
    p_source, p_evidence, p_start, p_end = _n(PROV.wasDerivedFrom), _n(KG.evidence), _n(KG.charStart), _n(KG.charEnd)
    p_conf, p_extractor, p_date = _n(KG.confidence), _n(KG.extractor), _n(DCTERMS.date)
    p_from, p_to, p_programme, p_designation = _n(KG.validFrom), _n(KG.validTo), _n(KG.programme), _n(KG.designation)
    predicates = {k: _n(v) for k, v in PREDICATES.items()}
    qualifiers = {k: _n(v) for k, v in QUALIFIERS.items()}
    integer, decimal, base = XSD_NS + "integer", XSD_NS + "decimal", out.base
    lines = out.lines
    for st in graph.statements.values():
        subj, obj, pred, node = f"<{base}{st.subject}>", f"<{base}{st.object}>", predicates[st.predicate], \
            f"<{base}{st.id}>"
        lines += (f"{subj} {pred} {obj} .", f"{node} {rdf_type} {t_statement} .", f"{node} {p_subject} {subj} .",
                  f"{node} {p_predicate} {pred} .", f"{node} {p_object} {obj} .",
                  f"{node} {p_source} <{base}{st.source}> .", f"{node} {p_evidence} {_lit(st.evidence)} .",
                  f'{node} {p_start} "{st.start}"^^<{integer}> .', f'{node} {p_end} "{st.end}"^^<{integer}> .',
                  f'{node} {p_conf} "{st.confidence:.3f}"^^<{decimal}> .',
                  f"{node} {p_extractor} {_lit(st.extractor)} .")
        if st.date:
            add(node, p_date, _date_lit(st.date))
        if st.valid_from:
            add(node, p_from, _date_lit(st.valid_from))
        if st.valid_to:
            add(node, p_to, _date_lit(st.valid_to))
        for k, v in st.qualifiers:
            add(node, qualifiers[k], _lit(v))
        if st.predicate == "listed_on" and st.extractor.startswith("list-"):
            add(node, rdf_type, t_designation)
            add(node, p_programme, obj)
            add(subj, p_designation, node)
    return sorted(set(out.lines))


def to_rdf(graph: Graph, ontology: Ontology | None = None) -> RDFGraph:
    """The graph as an rdflib Graph (for SHACL validation and rdflib users)."""
    g = RDFGraph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    g.parse(data="\n".join(ntriples(graph, ontology)), format="nt")
    return g


def serialise(lines: list[str], directory, stem: str = "graph") -> list[str]:
    """N-Triples (sorted lines), Turtle and JSON-LD (pyoxigraph, from the sorted triples), so that
    equal graphs give equal files."""
    import pyoxigraph as ox
    data = ("\n".join(lines) + "\n").encode("utf-8")
    (directory / f"{stem}.nt").write_bytes(data)
    # In Rust from here on: no Python object per triple.
    store = ox.Store()
    store.bulk_load(data, ox.RdfFormat.N_TRIPLES)
    for suffix, fmt in (("ttl", ox.RdfFormat.TURTLE), ("jsonld", ox.RdfFormat.JSON_LD)):
        store.dump(str(directory / f"{stem}.{suffix}"), fmt, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)
    return [f"{stem}.nt", f"{stem}.ttl", f"{stem}.jsonld"]


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
