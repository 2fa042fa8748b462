from rdflib import Graph as RDFGraph

from kg.graph import read_build
from kg.stores.rdf import from_rdf, ntriples, serialise, to_rdf


def test_round_trip_through_every_serialisation(full_build, ontology, tmp_path):
    serialise(ntriples(full_build.graph, ontology), tmp_path)
    for name, fmt in (("graph.nt", "nt"), ("graph.ttl", "turtle"), ("graph.jsonld", "json-ld")):
        back = from_rdf(RDFGraph().parse(tmp_path / name, format=fmt))
        assert back.statements == full_build.graph.statements, name
        # the export also carries every vocabulary concept, used or not
        assert set(full_build.graph.entities) <= set(back.entities)
        for k, e in full_build.graph.entities.items():
            assert back.entities[k] == e, k
        assert set(back.sources) == set(full_build.graph.sources)


def test_designations_are_typed_with_dates(full_build, ontology):
    rdf = to_rdf(full_build.graph, ontology)
    rows = list(rdf.query("""
        PREFIX kg: <https://w3id.org/kg1260h/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?from ?to WHERE { ?c rdfs:label ?n ; kg:designation ?d . ?d kg:validFrom ?from .
                                 OPTIONAL { ?d kg:validTo ?to } } """, initBindings={}))
    assert len(rows) == 397


def test_build_directory_reads_back_the_same_graph(full_build, full_build_dir):
    back = read_build(full_build_dir)
    assert back.entities == full_build.graph.entities
    assert back.statements == full_build.graph.statements
    assert back.sources == full_build.graph.sources


def test_literals_with_quotes_backslashes_and_newlines_round_trip(tmp_path):
    from kg.graph import Graph
    from kg.types import Entity
    g = Graph()
    name = 'A "quoted" \\ back\\slash\nnew line \t tab — ü 中文'
    g.add_entity(Entity(id="company/x", type="Company", name=name, aliases=("<b>&amp;</b>",)))
    serialise(ntriples(g), tmp_path)
    for fname, fmt in (("graph.nt", "nt"), ("graph.ttl", "turtle"), ("graph.jsonld", "json-ld")):
        assert from_rdf(RDFGraph().parse(tmp_path / fname, format=fmt)).entities["company/x"] == \
            g.entities["company/x"], fname
